#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_hd.py - generator hd of labelled chat messages for the PHI redaction guard.

Setting: home infusion + durable medical equipment (DME) supplier operations chat
(drivers, dispatch, infusion nurses, intake, respiratory therapists, billing, bots).

Standard library only, fixed seed, byte-for-byte reproducible.  Writes
generated_hd.jsonl next to this file.  Every message is built as a list of
segments (plain text or labelled value), so the span list is produced together
with the text and is exact by construction; a final self-check re-derives the
offsets the way check_phi_corpus.py does and re-draws any message where an
earlier identical substring would make the left-to-right lookup ambiguous.
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 44120611
N_TOTAL = 1500
N_CLEAN = 675          # 45 %
R = random.Random(SEED)

# ----------------------------------------------------------------------------
# value pools
# ----------------------------------------------------------------------------
GIVEN_F = """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa
Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa
Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna
Brenda Pamela Nicole Ruth Katherine Virginia Evelyn Mildred Agnes Bernice Gladys Edna
Myrtle Hazel Opal Ethel Lorraine Doris Marjorie Beverly Theresa Rose Hope Faith Joy
Grace June April May Summer Dawn Ivy Holly Iris Pearl Ruby Amber Crystal Destiny
Patience Autumn Heather Violet Jade Star Gale Sunny Honor
María Guadalupe Carmen Rosa Ana Lucía Sofía Isabel Marisol Yolanda Graciela Esperanza
Consuelo Dolores Maricela Beatriz Xiomara Yesenia Leticia Milagros Altagracia Yadira
Chiamaka Ngozi Abena Ama Folake Yetunde Adaeze Efua Nneka Funmilayo Aminata Fatoumata
Awa Akosua Ifeoma Adwoa Mariama
Priya Anjali Sunita Lakshmi Deepa Kavita Meena Pooja Nirmala Harpreet Shreya Padma
Nasrin Tahmina Divya Rukhsana
Mei Xiu Yuki Akiko Ji-woo Seo-yeon Linh Huong Mai Sakura Naoko Eun-ji Lan Hoa Xiaoling
Fatima Aisha Layla Mariam Noor Zainab Huda Salma Rania Amira Samira
Olena Katarzyna Agnieszka Svetlana Ivana Oksana Zofia Irina Jelena Marta Ioana Halyna
Bozena Ludmila
Winona Tallulah Ayasha Dyani Kaya Nayeli Aiyana Kohana Onawa Tayanita
Leilani Malia Mele Pua Noelani Lani Makana Losa Ofa Sina
Siobhan Niamh Bronwyn Concetta Rosaria Eleni Marie-Claude Guerline Wislande Nadège
Pema Dolma Ingrid Astrid Miriam Esther
""".split()

GIVEN_M = """
James Robert John Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward
Ronald Timothy Jason Jeffrey Ryan Gary Nicholas Eric Larry Justin Scott Brandon Frank
Gregory Raymond Harold Walter Arthur Eugene Earl Clarence Wilbur Lloyd Homer Vernon
Irving Cecil Merle Roland Norman Bill Will Drew Rich Art Buck Chase Hunter Skip Sonny
Rusty Gene Forrest Clay Dale Wade
José Juan Luis Jorge Carlos Miguel Alejandro Javier Ricardo Fernando Héctor Raúl
Eduardo Ramón Sergio Alfredo Arturo Ignacio Rodrigo Joaquín Wilfredo Efraín
Adebayo Oluwaseun Kwame Kofi Chinedu Emeka Tunde Kwabena Obinna Babajide Mamadou
Ousmane Ibrahima Kojo Chidi Yaw Sekou
Rahul Vikram Arjun Rajesh Sanjay Amit Ravi Suresh Gurpreet Manpreet Anil Venkat Farhan
Imran Sandeep Prakash
Wei Jun Hiroshi Kenji Min-jun Hyun Thanh Minh Tuan Jian Haruto Takeshi Yong Sung Quan
Bao Dong-hyun
Mohammed Ahmed Omar Yusuf Khalid Hassan Ali Tariq Karim Bilal Mahmoud Nabil
Dmytro Piotr Tomasz Sergei Milos Bohdan Wojciech Nikolai Dragan Andrzej Vasile Lubomir
Yaroslav Grzegorz
Chayton Enapay Sequoyah Takoda Hinto Elu Waya Ahanu
Keoni Kalani Sione Tevita Kainoa Ikaika Tupou Sefa Iosefa Manaia
Declan Padraig Giuseppe Salvatore Dimitrios Yiannis Aurelio Jean-Baptiste Jacques
Fritzner Anh Tenzin Kiran Lars Anders Moshe Yosef
""".split()

SURNAMES = """
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore
Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright
Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell
Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy Bailey
Cooper Richardson Cox Howard Ward Peterson Gray Wood Watson Brooks Bennett Price Hughes
Long Foster Sanders Ross Powell Sullivan Russell Fisher Hayes Myers Ford Graham Wells
Cole West Stone Rice Fox Hunt Black Church Marsh Frost Snow Lamb Bishop Knight Hale Moss
Banks Field Steele Sharp Winter Summers Battle Bliss Golden Noble Payne Ball Nash
Fairweather Dearborn Tarbell Pickering Cogswell Thurlow Brannigan Whitcomb Lovejoy
Haskell Pettengill Goodwin Merrill
García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores
Rivera Gómez Díaz Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Ruiz Álvarez Mendoza
Castillo Jiménez Vásquez Romero Herrera Medina Aguilar Vargas Guzmán Castro Delgado Peña
Fuentes Cabrera Villanueva Santiago Quiñones Ocasio Betancourt Espinal Arroyo
De_la_Cruz Del_Valle
Okafor Adeyemi Mensah Asante Boateng Owusu Okonkwo Eze Nwosu Balogun Olawale Diallo
Traoré Keita Coulibaly Sow Ndiaye Diop Bah Camara Agyeman Appiah Osei Oduya Chukwu Obi
Ibekwe Ogunleye Akinola Danso Sesay Kamara Conteh Bangura
Patel Shah Singh Kumar Sharma Gupta Reddy Iyer Nair Menon Rao Desai Mehta Joshi
Chaudhry Malhotra Banerjee Chatterjee Mukherjee Pillai Krishnan Bhatt Sandhu Gill
Dhillon Rahman Hossain Chowdhury Siddiqui Qureshi
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Lin Kim Lee Park Choi Jung Kang
Cho Yoon Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Tanaka Suzuki Takahashi Watanabe
Ito Yamamoto Nakamura Kobayashi Sato Ong Tan Lim Goh
Haddad Khoury Nasser Saleh Hassan Ibrahim Mansour Farah Aziz Hamdan Abboud Karam Said
Al-Amin El-Sayed Darwish Qasim Yousef Bakr Shami
Kowalski Nowak Wiśniewski Wójcik Kaminski Lewandowski Zielinski Szymański Kovalenko
Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Petrov Ivanov Smirnov Volkov Popescu
Ionescu Novak Horvath Kovač Petrović Jovanović Nikolić Dvořák Svoboda Hrabowski Babić
Begay Yazzie Tsosie Benally Nez Etsitty Harjo Chee Manygoats Lonehill Whitehorse
Runningwater Redcloud Twoguns Blackfeather Sixkiller Deerinwater Standingbear
Kealoha Kahananui Akana Kamakau Fonoti Tuilagi Faleolo Taufa Vaipulu Leota Salave'a
Mahoe Nakoa Palakiko Tupou Lolohea Fifita Havili
O'Brien O'Connor McCarthy Fitzgerald Gallagher Doherty Rossi Russo Esposito Bianchi
Ferraro Papadopoulos Georgiou Dubois Lefebvre Jean-Baptiste Pierre Joseph Toussaint
Desrosiers Fontaine Schmidt Müller Becker Hoffmann Lindqvist Andersen Cohen Levy
Goldberg Friedman
""".split()
SURNAMES = [s.replace('_', ' ') for s in SURNAMES]

NICKS = {
    'William': ['Bill', 'Billy', 'Will'], 'Robert': ['Bob', 'Bobby', 'Rob'],
    'Elizabeth': ['Liz', 'Betsy', 'Beth'], 'Margaret': ['Peggy', 'Maggie', 'Marge'],
    'Richard': ['Rick', 'Dick', 'Richie'], 'James': ['Jim', 'Jimmy'], 'Joseph': ['Joe', 'Joey'],
    'Patricia': ['Pat', 'Trish', 'Patty'], 'Katherine': ['Kate', 'Kathy', 'Kitty'],
    'Dorothy': ['Dot', 'Dottie'], 'Edward': ['Ed', 'Eddie', 'Ted'], 'Thomas': ['Tom', 'Tommy'],
    'Charles': ['Chuck', 'Charlie'], 'Mildred': ['Millie'], 'Guadalupe': ['Lupe'],
    'Dolores': ['Lola'], 'Oluwaseun': ['Seun'], 'Chiamaka': ['Amaka'], 'Babajide': ['Jide'],
    'Funmilayo': ['Funmi'], 'Dmytro': ['Dima'], 'Svetlana': ['Sveta'], 'Nikolai': ['Kolya'],
    'Alejandro': ['Alex', 'Alejo'], 'Ignacio': ['Nacho'], 'Mohammed': ['Mo', 'Hamoudi'],
    'Venkat': ['Venky'], 'Eugene': ['Gene'], 'Lorraine': ['Lori'], 'Anthony': ['Tony'],
    'Donald': ['Don', 'Donnie'], 'Kenneth': ['Ken', 'Kenny'], 'Harold': ['Hal', 'Harry'],
    'Raymond': ['Ray'], 'Gregory': ['Greg'], 'Andrew': ['Andy', 'Drew'], 'Consuelo': ['Chelo'],
    'José': ['Pepe', 'Chepe'], 'Francisco': ['Paco'], 'Deborah': ['Debbie', 'Deb'],
    'Rebecca': ['Becky'], 'Barbara': ['Babs', 'Barb'], 'Susan': ['Sue', 'Suzy'],
    'Virginia': ['Ginny'], 'Theresa': ['Terry', 'Tess'], 'Marjorie': ['Margie'],
    'Agnes': ['Aggie'], 'Bernice': ['Bernie'], 'Clarence': ['Clancy'], 'Salvatore': ['Sal'],
    'Giuseppe': ['Joe', 'Pino'], 'Concetta': ['Connie'], 'Rosaria': ['Sara'],
    'Dimitrios': ['Jimmy', 'Takis'], 'Katarzyna': ['Kasia'], 'Agnieszka': ['Aga'],
    'Wojciech': ['Wojtek'], 'Tomasz': ['Tomek'], 'Piotr': ['Peter'], 'Oksana': ['Ksyusha'],
    'Yaroslav': ['Slava'], 'Leilani': ['Lani'], 'Iosefa': ['Sefa'], 'Kwabena': ['Kobby'],
    'Adebayo': ['Bayo'], 'Folake': ['Fola'], 'Ngozi': ['Zizi'], 'Xiomara': ['Xio'],
    'Milagros': ['Mili'], 'Altagracia': ['Tata'], 'Wilfredo': ['Willie'], 'Efraín': ['Fefo'],
    'Marie-Claude': ['Coco'], 'Jean-Baptiste': ['JB'], 'Fritzner': ['Fritz'],
    'Gurpreet': ['Gary'], 'Harpreet': ['Harp'], 'Seo-yeon': ['Sophie'], 'Min-jun': ['MJ'],
    'Haruto': ['Haru'], 'Hiroshi': ['Hiro'], 'Christopher': ['Chris', 'Topher'],
    'Nicholas': ['Nick', 'Nicky'], 'Timothy': ['Tim'], 'Walter': ['Walt'], 'Arthur': ['Art'],
    'Wilbur': ['Will'], 'Matthew': ['Matt'], 'Michael': ['Mike', 'Mickey'],
    'Daniel': ['Dan', 'Danny'], 'Jennifer': ['Jen', 'Jenny'], 'Kimberly': ['Kim'],
    'Pamela': ['Pam'], 'Cynthia': ['Cindy'], 'Kathleen': ['Kathy', 'Kay'],
    'Samira': ['Sami'], 'Mariama': ['Mimi'],
}

TOWNS = [  # (town, state, zip prefix)
    ('Dracut', 'MA', '018'), ('Amesbury', 'MA', '019'), ('Haverhill', 'MA', '018'),
    ('Lowell', 'MA', '018'), ('Methuen', 'MA', '018'), ('Lawrence', 'MA', '018'),
    ('Andover', 'MA', '018'), ('Tewksbury', 'MA', '018'), ('Billerica', 'MA', '018'),
    ('Chelmsford', 'MA', '018'), ('Westford', 'MA', '018'), ('Peabody', 'MA', '019'),
    ('Salem', 'MA', '019'), ('Beverly', 'MA', '019'), ('Gloucester', 'MA', '019'),
    ('Newburyport', 'MA', '019'), ('Ipswich', 'MA', '019'), ('Lynn', 'MA', '019'),
    ('Saugus', 'MA', '019'), ('Revere', 'MA', '021'), ('Chelsea', 'MA', '021'),
    ('Malden', 'MA', '021'), ('Medford', 'MA', '021'), ('Woburn', 'MA', '018'),
    ('Burlington', 'MA', '018'), ('Framingham', 'MA', '017'), ('Worcester', 'MA', '016'),
    ('Fitchburg', 'MA', '014'), ('Leominster', 'MA', '014'), ('Brockton', 'MA', '023'),
    ('Taunton', 'MA', '027'), ('Fall River', 'MA', '027'), ('New Bedford', 'MA', '027'),
    ('Plymouth', 'MA', '023'), ('Quincy', 'MA', '021'), ('Weymouth', 'MA', '021'),
    ('Springfield', 'MA', '011'), ('Chicopee', 'MA', '010'), ('Holyoke', 'MA', '010'),
    ('Pittsfield', 'MA', '012'), ('Nashua', 'NH', '030'), ('Manchester', 'NH', '031'),
    ('Salem', 'NH', '030'), ('Derry', 'NH', '030'), ('Hudson', 'NH', '030'),
    ('Londonderry', 'NH', '030'), ('Concord', 'NH', '033'), ('Dover', 'NH', '038'),
    ('Rochester', 'NH', '038'), ('Portsmouth', 'NH', '038'), ('Exeter', 'NH', '038'),
    ('Seabrook', 'NH', '038'), ('Plaistow', 'NH', '038'), ('Keene', 'NH', '034'),
    ('Biddeford', 'ME', '040'), ('Saco', 'ME', '040'), ('Sanford', 'ME', '040'),
    ('Kittery', 'ME', '039'), ('Portland', 'ME', '041'), ('Lewiston', 'ME', '042'),
    ('Pawtucket', 'RI', '028'), ('Woonsocket', 'RI', '028'), ('Cranston', 'RI', '029'),
    ('Warwick', 'RI', '028'), ('Enfield', 'CT', '060'), ('Willimantic', 'CT', '062'),
    ('Putnam', 'CT', '062'), ('Brattleboro', 'VT', '053'), ('Bennington', 'VT', '052'),
    ('Pepperell', 'MA', '014'), ('Groveland', 'MA', '018'), ('Merrimac', 'MA', '018'),
]
TOWN_ZIP = {}
for _t, _s, _p in TOWNS:
    TOWN_ZIP[(_t, _s)] = _p + '%02d' % R.randint(1, 98)

SITES = ['Lowell', 'Salem', 'Nashua', 'Worcester', 'Brockton', 'Portsmouth', 'Haverhill',
         'Woburn', 'Springfield', 'Manchester', 'Peabody', 'Methuen', 'Taunton', 'Biddeford']

STREETS = """Tarbox Elm Maple Pleasant Central Water High Pine Oak Washington Lincoln Summer
Winter Spring Prospect Chestnut Walnut Cedar Birch Willow Park Church School Mill Bridge
Union Franklin Jefferson Adams Highland Hillside Lakeview Riverside Meadow Orchard Sunset
Forest Cottage Grove Hawthorne Juniper Laurel Magnolia Ridge Valley Brook Granite Pond
Salem Haverhill Lowell Main Broad Front Liberty Pearl Locust Poplar Sycamore Beacon
Cabot Endicott Phillips Lafayette Merrimack Pawtucket Boston Canal Garden Greenwood
Wentworth Whittier Rogers Bradford Butternut Dogwood Quarry Turnpike Depot Academy
Bayberry Kimball Tyngsboro Nesmith Varnum""".split()
ST_SUFFIX = ['St', 'Street', 'Rd', 'Road', 'Ave', 'Avenue', 'Ln', 'Lane', 'Dr', 'Drive',
             'Way', 'Ct', 'Circle', 'Terrace', 'Pl', 'Blvd', 'Path', 'Hwy', 'Cir']

ORG_DOMAIN = 'nbhomecare.com'
PERSONAL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net',
                    'verizon.net', 'aol.com', 'hotmail.com', 'protonmail.com', 'msn.com',
                    'charter.net', 'me.com', 'live.com', 'gmx.com']
VENDORS = ['Apex Respiratory', 'Keystone Medical Supply', 'Bluewater Oxygen',
           'Cardinal Ridge Pharmacy', 'Summit Mobility', 'Halcyon Pumps', 'Northway Medical',
           'Granite Liquid Gas', 'Pioneer Infusion Supply', 'TriCounty Bedding Co',
           'Harborline Biomed', 'Evergreen Respiratory Parts']
VENDOR_DOMAINS = ['apexresp.com', 'keystonemedsupply.com', 'bluewaterox.com', 'cardinalridgerx.com',
                  'summitmobility.net', 'halcyonpumps.com', 'northwaymed.com', 'granitelgas.com',
                  'pioneerinfusion.com', 'tricountybedding.com', 'harborlinebiomed.com',
                  'evergreenrp.com']
HOSPITALS = ["St. Brendan's", 'Merrimack Valley Medical', 'North Shore General',
             'Seacoast Regional', 'Granite State Medical', 'Pioneer Valley Hospital',
             'Harbor Point Hospital', 'Riverbend Medical Center', 'Essex County Memorial',
             'Nashoba Valley General', 'Bayside Rehab', 'Mount Carmel LTACH']
PRACTICES = ['Riverside Pulmonary', 'Seacoast Sleep Center', 'Merrimack ID Associates',
             'North Shore Family Medicine', 'Granite Oncology', 'Valley Cardiology Group',
             'Bay State Wound Care', 'Lowell Community Health', 'Andover Internal Medicine']
PAYERS = ['Medicare', 'MassHealth', 'BCBS', 'Tufts', 'Harvard Pilgrim', 'Aetna', 'UHC',
          'Humana', 'Cigna', 'WellSense', 'Fallon', 'NH Healthy Families', 'Anthem', 'CCA',
          'Medicaid', 'Medicare Advantage']
EXEC_TITLES = ['CEO', 'COO', 'CFO', 'VP of Operations', 'Director of Pharmacy', 'CNO',
               'board chair', 'VP Revenue Cycle', 'Chief Compliance Officer', 'President']

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
MON = [m[:3] for m in MONTHS]
WDAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
WDAY_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TENS_WORD = {90: 'ninety'}

# ----------------------------------------------------------------------------
# clause grammar (macros): {@name} -> one of these (may contain [a|b] and {PH})
# ----------------------------------------------------------------------------
MACROS = {
    'greet': ['', '', '', 'hey team, ', 'hi all - ', 'fyi ', 'FYI: ', 'quick one: ', 'morning, ',
              'heads up: ', '@here ', 'pls note: ', 'update: ', 'ok so ', 'hey - ', 'Good morning! '],
    'ack': ['ok', 'got it', 'on it', '👍', 'ty', 'thx', 'copy', 'will do', 'done', 'k', 'roger',
            'sounds good', 'ack', 'on it now', 'yep', 'ok thx', 'perfect, thank you', 'np'],
    'equip': ['5L concentrator', 'E-tanks', 'portable concentrator', 'POC', 'CPAP', 'BiPAP',
              'AirSense 11', 'hospital bed', 'semi-electric bed', 'full-electric bed', 'wheelchair',
              'rollator', 'hoyer lift', 'nebulizer', 'suction machine', 'CADD pump',
              'elastomeric pumps', 'IV pole', 'bedside commode', 'alternating pressure mattress',
              'trach supplies', 'enteral pump', 'Kangaroo pump', 'pulse ox', 'liquid O2 base',
              'shower chair', 'trapeze bar', 'M6 cylinders', 'concentrator + 2 E-tanks',
              'low air loss mattress', 'Trilogy vent', 'cough assist'],
    'therapy': ['vanco 1g q12h', 'ertapenem daily', 'TPN', 'IVIG', 'IV hydration',
                'ceftriaxone 2g q24h', 'daptomycin', 'milrinone', 'cefazolin q8h', 'Remicade',
                'zosyn via CADD', 'micafungin', 'TPN + lipids', 'Ocrevus', 'meropenem'],
    'dx': ['COPD', 'CHF', 'OSA', 'cellulitis', 'osteomyelitis', 'ALS', 'pneumonia', 'bacteremia',
           "Crohn's", 'CIDP', 'dehydration', 'hyperemesis', 'endocarditis', 'Lyme',
           'pulmonary fibrosis', 'short gut', 'MS', 'hypoxemia'],
    'relword': ['daughter', 'son', 'wife', 'husband', 'niece', 'nephew', 'grandson',
                'granddaughter', 'sister', 'brother', 'neighbor', 'HCP', 'POA', 'son-in-law',
                'partner', 'daughter-in-law', 'guardian'],
    'window': ['window 8-12', 'AM window', 'PM window', 'between 1 and 4', 'after 2pm',
               '8a-10a', 'first stop', '12-4 window', 'last stop of the day'],
    'hospital': HOSPITALS,
    'practice': PRACTICES,
    'vendor': VENDORS,
    'payer': PAYERS,
    'reason': ['the tanks showed up 6 hours late', 'the driver left the bed in the garage',
               'nobody called before the delivery', 'the concentrator is too loud',
               'they were billed twice for the rental', 'the pump keeps alarming at night',
               'the mask is the wrong size again', 'the driver was rude',
               'the delivery went to the wrong house', 'no one picked up the old bed',
               'the nurse missed the visit', 'the CPAP came without a humidifier'],
    'room': ['conf room B', 'big conf room', 'the Teams link', 'dispatch office',
             'upstairs training room', 'the warehouse floor'],
    'closing': ['', '', ' thx', ' ty!', ' pls advise', ' lmk', ' asap pls', ' 🙏',
                ' when you get a sec', ' - thanks!'],
    'window2': ['9-11', '10-12', '1-3', '2-4', '8-10', 'noon-2'],
}

# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))

def dnz(n):
    return R.choice('123456789') + digits(n - 1)

def letters(n, pool='ABCDEFGHJKLMNPRSTUVWXYZ'):
    return ''.join(R.choice(pool) for _ in range(n))

def alnum(n, pool='ABCDEFGHJKLMNPRSTUVWXYZ0123456789'):
    return ''.join(R.choice(pool) for _ in range(n))

def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]

def ascii_fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def slug(s):
    return re.sub(r'[^a-z0-9]', '', ascii_fold(s).lower())

def ordn(d):
    if 10 <= d % 100 <= 20:
        return '%dth' % d
    return '%d%s' % (d, {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))

FW = {c: chr(ord(c) + 0xFEE0) for c in '0123456789'}

def to_fullwidth(s):
    return ''.join(FW.get(c, c) for c in s)

def spaced_digits(s):
    return ' '.join(c for c in s if c.isalnum())

def spell_digits(s):
    groups = re.findall(r'[0-9]+', s)
    return ', '.join(' '.join(ONES[int(c)] for c in g) for g in groups)

def insert_zw(s):
    """put a zero-width space or no-break space inside a number."""
    seps = [i for i, c in enumerate(s) if c in ' -.']
    if seps and R.random() < 0.5:
        i = R.choice(seps)
        return s[:i] + '\u00a0' + s[i + 1:]
    pos = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
    if not pos:
        return s
    i = R.choice(pos)
    return s[:i] + R.choice(['\u200b', '\u200b', '\u2060']) + s[i:]

def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

def age_words(n):
    if n < 100:
        w = 'ninety'
        return w if n == 90 else w + '-' + ONES[n - 90]
    rest = n - 100
    return 'one hundred' if rest == 0 else 'one hundred and ' + ONES[rest]

# ----------------------------------------------------------------------------
# segments: (text, kind, type)
#   kind 't' plain prose (all transforms), 'n' name text that is not PHI
#   (lower-case only), 'c' code-like text (lower-case only), 'r' raw/markup
#   (never changed), 's' labelled value (lower-case only; type set)
# ----------------------------------------------------------------------------
def T(s):
    return (s, 't', None)

def C(s):
    return (s, 'c', None)

def RAW(s):
    return (s, 'r', None)

def S(typ, s):
    return (s, 's', typ)

# ----------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------
YEAR_STYLES = ['m/d/Y', 'mm/dd/Y', 'm/d/y', 'Y-mm-dd', 'Month d, Y', 'Mon d, Y', 'dd-Mon-Y',
               'd Month Y', 'mmddY', 'dd.mm.Y', 'm-d-Y', 'ddMONY', 'Y/mm/dd', 'm.d.y',
               "Mon d 'y", 'Month dth, Y', 'mm-dd-yy', 'Mon. d, Y']
NOYEAR_STYLES = ['m/d', 'Mon dth', 'Month d', 'd Mon', 'Mon. d', 'Month dth', 'the dth of Month',
                 'mm/dd', 'm-d', 'Mon d']

def fmt_date(y, m, d, style):
    mon = MON[m - 1]
    monp = mon if mon == 'May' else mon + '.'
    table = {
        'm/d/Y': '%d/%d/%d' % (m, d, y), 'mm/dd/Y': '%02d/%02d/%d' % (m, d, y),
        'm/d/y': '%d/%d/%02d' % (m, d, y % 100), 'Y-mm-dd': '%d-%02d-%02d' % (y, m, d),
        'Month d, Y': '%s %d, %d' % (MONTHS[m - 1], d, y), 'Mon d, Y': '%s %d, %d' % (mon, d, y),
        'dd-Mon-Y': '%02d-%s-%d' % (d, mon, y), 'd Month Y': '%d %s %d' % (d, MONTHS[m - 1], y),
        'mmddY': '%02d%02d%d' % (m, d, y), 'dd.mm.Y': '%02d.%02d.%d' % (d, m, y),
        'm-d-Y': '%d-%d-%d' % (m, d, y), 'ddMONY': '%02d%s%d' % (d, mon.upper(), y),
        'Y/mm/dd': '%d/%02d/%02d' % (y, m, d), 'm.d.y': '%d.%d.%02d' % (m, d, y % 100),
        "Mon d 'y": "%s %d '%02d" % (mon, d, y % 100),
        'Month dth, Y': '%s %s, %d' % (MONTHS[m - 1], ordn(d), y),
        'mm-dd-yy': '%02d-%02d-%02d' % (m, d, y % 100), 'Mon. d, Y': '%s %d, %d' % (monp, d, y),
        'm/d': '%d/%d' % (m, d), 'Mon dth': '%s %s' % (mon, ordn(d)),
        'Month d': '%s %d' % (MONTHS[m - 1], d), 'd Mon': '%d %s' % (d, mon),
        'Mon. d': '%s %d' % (monp, d), 'Month dth': '%s %s' % (MONTHS[m - 1], ordn(d)),
        'the dth of Month': 'the %s of %s' % (ordn(d), MONTHS[m - 1]),
        'mm/dd': '%02d/%02d' % (m, d), 'm-d': '%d-%d' % (m, d), 'Mon d': '%s %d' % (mon, d),
    }
    return table[style]

def rand_ymd(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d

# ----------------------------------------------------------------------------
# persons
# ----------------------------------------------------------------------------
class Person(object):
    def __init__(self, role):
        self.role = role
        self.sex = R.choice('FM')
        self.first = R.choice(GIVEN_F if self.sex == 'F' else GIVEN_M)
        self.last = R.choice(SURNAMES)
        self.mi = R.choice('ABCDEFGHJKLMNPRSTW')
        self.nick = R.choice(NICKS[self.first]) if self.first in NICKS else None
        self.uid = 'U0' + alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
        self.title = R.choice(EXEC_TITLES)
        self.vendor_ix = R.randrange(len(VENDORS))
        self.cache = {}

SPAN_ROLES = ('PT', 'REL', 'EH')
ALL_ROLES = ('PT', 'REL', 'EH', 'COLL', 'EXEC', 'VEND', 'DOC', 'DRV')
PERSON_RE = re.compile(r'(PT|REL|EH|COLL|EXEC|VEND|DOC|DRV)(\d*)$')

# ----------------------------------------------------------------------------
# identifier values
# ----------------------------------------------------------------------------
AREAS = ['978', '617', '508', '603', '413', '781', '774', '401', '860', '207', '802', '339',
         '351', '857', '978', '603', '978', '508', '959', '224', '347', '215']
TOLLFREE = ['800', '888', '877', '866', '855']
PHONE_FMTS = [('({a}) {e}-{l}', 5), ('{a}-{e}-{l}', 6), ('{a}.{e}.{l}', 2), ('{a} {e} {l}', 1),
              ('{a}{e}{l}', 1), ('+1 {a} {e} {l}', 1), ('+1-{a}-{e}-{l}', 1),
              ('+1 ({a}) {e}-{l}', 1), ('1-{a}-{e}-{l}', 1), ('{a}/{e}-{l}', 0.5),
              ('+1{a}{e}{l}', 0.5), ('({a}){e}-{l}', 1), ('{a}.{e}-{l}', 0.4)]

def ssn_parts():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return '%03d' % a, '%02d' % R.randint(1, 99), '%04d' % R.randint(1, 9999)

def mbi_val():
    A = 'ACDEFGHJKMNPQRTUVWXY'
    N = '0123456789'
    v = (R.choice('123456789') + R.choice(A) + R.choice(A + N) + R.choice(N) + R.choice(A) +
         R.choice(A + N) + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N))
    if R.random() < 0.35:
        v = v[:4] + '-' + v[4:7] + '-' + v[7:]
    return v

def dea_val():
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice('ABFMG') + R.choice('ABCDEFGHJKLMNOPRSTWZ') + ''.join(map(str, d)) + str(chk)

VIN_TR = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

def vin_val():
    pool = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = [R.choice(['1', '2', '3', '5', 'J', 'W', 'K'])] + [R.choice(pool) for _ in range(16)]
    v[9] = R.choice('LMNPRSTV')
    tot = 0
    for i, c in enumerate(v):
        tot += (int(c) if c.isdigit() else VIN_TR[c]) * VIN_W[i]
    r = tot % 11
    v[8] = 'X' if r == 10 else str(r)
    return ''.join(v)

def plate_val():
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    return wchoice([
        (str(R.randint(1, 9)) + letters(3, L) + digits(2), 3),
        (str(R.randint(1, 9)) + letters(2, L) + ' ' + digits(3), 2),
        (letters(3, L) + '-' + digits(4), 2),
        (digits(3) + '-' + letters(3, L), 1),
        (str(R.randint(1, 9)) + letters(2, L) + digits(2), 1),
        (letters(2, L) + ' ' + digits(4), 1),
        (digits(3) + ' ' + digits(3), 0.5),
    ])

def npi_val():
    body = R.choice('12') + digits(8)
    return body + luhn_digit('80840' + body)

def cc_val():
    kind = wchoice([('visa', 5), ('mc', 3), ('amex', 1.5), ('disc', 0.5)])
    if kind == 'amex':
        body = R.choice(['34', '37']) + digits(12)
        n = body + luhn_digit(body)
        return wchoice([(n[:4] + ' ' + n[4:10] + ' ' + n[10:], 3), (n, 1), (n[:4] + '-' + n[4:10] + '-' + n[10:], 1)])
    pre = {'visa': '4', 'mc': R.choice(['51', '52', '53', '54', '55', '22']), 'disc': '6011'}[kind]
    body = pre + digits(15 - len(pre))
    n = body + luhn_digit(body)
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return wchoice([(' '.join(g), 5), ('-'.join(g), 2), (n, 2)])

def device_val():
    return wchoice([
        (letters(2) + digits(7), 2), ('2' + digits(10), 2), (digits(2) + letters(1) + digits(5), 1),
        (letters(1) + digits(2) + letters(1) + digits(6), 1), (letters(3) + '-' + digits(6), 1),
        (digits(4) + '-' + digits(4) + '-' + letters(2), 1), ('1' + letters(1) + digits(8), 1),
        (digits(9), 1),
    ])

def udi_val():
    s = '(01)0' + digits(13)
    if R.random() < 0.5:
        s += '(17)2' + str(R.randint(5, 9)) + '%02d%02d' % (R.randint(1, 12), R.randint(1, 28))
    if R.random() < 0.4:
        s += '(10)' + alnum(6)
    return s + '(21)' + alnum(R.randint(6, 10))

def ip_val():
    return wchoice([
        ('10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), 4),
        ('192.168.%d.%d' % (R.randint(0, 10), R.randint(2, 254)), 3),
        ('172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)), 2),
        ('%d.%d.%d.%d' % (R.choice([24, 50, 66, 71, 73, 98, 108, 174, 209]), R.randint(0, 255),
                          R.randint(0, 255), R.randint(1, 254)), 3),
        ('fe80::%x:%x:%x:%x' % (R.randint(1, 65535), R.randint(1, 65535), R.randint(1, 65535), R.randint(1, 65535)), 1),
        ('2601:%x:%x:%x::%x' % (R.randint(256, 4095), R.randint(1, 65535), R.randint(1, 65535), R.randint(1, 255)), 1),
    ])

def street_str():
    if R.random() < 0.07:
        return '%d Route %d' % (R.randint(1, 2400), R.choice([1, 28, 110, 113, 125, 133, 38, 3, 9, 20, 102]))
    n = R.randint(1, 199)
    num = wchoice([(str(n), 5), (str(R.randint(200, 999)), 3), (str(R.randint(1000, 9999)), 2),
                   (str(n) + R.choice('AB'), 0.5), ('%d-%d' % (n, n + 2), 0.3)])
    st = R.choice(STREETS) + ' ' + R.choice(ST_SUFFIX)
    unit = wchoice([('', 8), (', Apt ' + str(R.randint(1, 40)) + R.choice(['', 'A', 'B', 'C']), 1),
                    (' Apt ' + str(R.randint(1, 12)) + R.choice(['', 'R', 'L']), 1),
                    (' #' + str(R.randint(1, 30)), 0.7), (' Unit ' + str(R.randint(1, 60)), 0.6),
                    (', 2nd fl', 0.3)])
    return num + ' ' + st + unit

def town_pick():
    t, st, _ = R.choice(TOWNS)
    return t, st, TOWN_ZIP[(t, st)]

# ----------------------------------------------------------------------------
# clean (non-PHI) values; each returns (text, tag or None)
# ----------------------------------------------------------------------------
INTRA_URLS = [
    ('https://intranet.nbhomecare.com/policies/o2-storage', 'O2 storage policy'),
    ('https://intranet.nbhomecare.com/hr/benefits-2026', 'benefits'),
    ('https://nbhomecare.sharepoint.com/sites/Ops/SOPs/tank-transport.pdf', 'tank transport SOP'),
    ('https://lms.nbhomecare.com/course/4412', 'HIPAA module'),
    ('https://intranet.nbhomecare.com/training/privacy-refresher', 'privacy refresher'),
    ('https://www.cms.gov/medicare/payment/fee-schedules/dmepos', 'CMS fee schedule'),
    ('https://intranet.nbhomecare.com/maps/delivery-zones', 'zone map'),
    ('https://intranet.nbhomecare.com/fleet/dvir-checklist', 'DVIR checklist'),
    ('https://nbhomecare.sharepoint.com/sites/Board/FY26-goals', 'FY26 goals'),
    ('https://status.brightree.example.com', 'status page'),
    ('https://intranet.nbhomecare.com/pharmacy/cleanroom-schedule', 'cleanroom schedule'),
    ('https://wiki.nbhomecare.com/dispatch/route-app-faq', 'route app FAQ'),
]

def mdate_text():
    y = R.choice([2025, 2025, 2026])
    _, m, d = rand_ymd(y, y)
    r = R.random()
    if r < 0.08:
        return R.choice(['next Tue', 'Thursday', 'this Friday', 'EOD Fri', 'Monday', 'next week',
                         'tomorrow', 'end of month', 'the 15th'])
    style = R.choice(NOYEAR_STYLES + ['m/d', 'm/d', 'Mon d', 'm/d/Y', 'Month d, Y'])
    s = fmt_date(y, m, d, style)
    if r < 0.35:
        wd = datetime.date(y, m, d).weekday()
        s = R.choice([WDAY[wd] + ' ', WDAY_LONG[wd] + ', ', WDAY[wd] + ' ']) + s
    return s

def clean_value(name):
    if name == 'TICKET':
        return R.choice(['INC00' + digits(5), 'CS-' + dnz(5), 'DISP-' + dnz(4), 'IT-' + dnz(4),
                         'SR' + dnz(6), 'HD-' + dnz(5), 'TKT-' + dnz(5)]), 'ticket'
    if name == 'PO':
        return R.choice(['45' + digits(8), dnz(5), 'NB-' + dnz(5), dnz(6)]), 'po'
    if name == 'INV':
        return R.choice(['INV-' + dnz(5), dnz(7), 'A' + dnz(6)]), 'money'
    if name == 'VER':
        return R.choice(['v%d.%d.%d' % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 30)),
                         '%d.%d.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9)),
                         '2025.%d.%d.%d' % (R.randint(1, 12), R.randint(0, 3), R.randint(0, 9)),
                         'v%d.%d' % (R.randint(2, 30), R.randint(0, 9)),
                         '%d.%d.%d-rc%d' % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 9), R.randint(1, 4))]), 'version'
    if name == 'NPI':
        return npi_val(), 'npi'
    if name == 'HCPCS':
        return R.choice(['E1390', 'E0431', 'E0601', 'E0470', 'E0260', 'E0250', 'K0001', 'E0143',
                         'A4604', 'A7030', 'A7035', 'A7037', 'E0781', 'B4035', 'E0570', 'E0424',
                         'S9500', 'S9490', 'E0277', 'E0439', 'K0738', 'E1392']), 'cpt'
    if name == 'ICD':
        return R.choice(['J44.9', 'J44.1', 'G47.33', 'I50.9', 'J96.11', 'R09.02', 'L03.115', 'M86.9',
                         'A41.9', 'E86.0', 'K50.90', 'G12.21', 'J84.10', 'J18.9', 'I33.0', 'O21.1',
                         'G35', 'J96.12', 'K91.2']), 'icd'
    if name == 'EXT':
        return R.choice(['x' + dnz(4), 'ext. ' + dnz(4), 'ext ' + dnz(3), 'x' + dnz(3), 'extension ' + dnz(4)]), 'ext'
    if name == 'VANNO':
        return str(R.randint(2, 48)), None
    if name == 'DELNO':
        return R.choice(['D-' + dnz(4), '#D-' + dnz(4), 'DEL-' + dnz(4), 'DN' + dnz(6)]), 'ticket'
    if name == 'RTNO':
        return R.choice([str(R.randint(1, 14)), R.choice('ABCDEFG') + str(R.randint(1, 6))]), None
    if name == 'ASSET':
        return R.choice(['AT-' + dnz(5), 'NB' + dnz(6), 'A-' + dnz(4)]), None
    if name == 'LOT':
        return dnz(2) + letters(1) + dnz(3), None
    if name == 'RMA':
        return 'RMA-' + dnz(5), 'ticket'
    if name in ('COSTCTR', 'BIN'):
        return '0' + dnz(4), 'zip-like'
    if name == 'ZOOM':
        return R.choice(['Zoom ID %s %s %s' % (dnz(3), digits(4), digits(4)),
                         'zoom.us/j/' + dnz(10),
                         'meeting ID %s %s %s, passcode %s' % (dnz(3), digits(4), digits(4), digits(6))]), 'calendar'
    if name == 'MDATE':
        return mdate_text(), 'calendar'
    if name == 'TIME':
        return R.choice(['2pm', '10:30', '0900', '3:15 PM', 'noon', '8am', '14:00', '9:45am', '1pm', '7:30']), None
    if name == 'FISCAL':
        return R.choice(['Q1', 'Q2', 'Q3', 'Q4', 'FY2026', 'FY26', 'Q3 FY25', 'H2', 'Q4 2025']), 'money'
    if name == 'AGGAGE':
        return R.choice(['3 pts over 90', 'two patients 90+', 'four pts aged 90 or older',
                         '6 pts over ninety', '11 pts 90+', '2 pts over 90', 'a dozen pts 90+']), 'age-aggregate'
    if name == 'AGGCOUNT':
        return str(R.randint(12, 140)), 'age-aggregate'
    if name == 'YAGE':
        n = R.randint(34, 89)
        return R.choice(['%d y/o' % n, '%dyo' % n, '%d-year-old' % n, '%d yo' % n]), None
    if name == 'CONTRACT':
        return 'CT-' + dnz(4), 'po'
    if name == 'PRINTJOB':
        return dnz(4), 'ticket'
    if name == 'REFNO':
        return 'R' + dnz(6), None
    if name == 'WO':
        return 'WO-' + dnz(4), 'ticket'
    if name == 'GROUP':
        return dnz(6), None
    if name == 'MONEY':
        return R.choice(['$4,210.55', '$812.00', '$12,903.10', '$38.75', '$1,150', '$96.20']), 'money'
    raise KeyError(name)

CLEAN_NAMES = ['TICKET', 'PO', 'INV', 'VER', 'NPI', 'HCPCS', 'ICD', 'EXT', 'VANNO', 'DELNO', 'RTNO',
               'ASSET', 'LOT', 'RMA', 'COSTCTR', 'BIN', 'ZOOM', 'MDATE', 'TIME', 'FISCAL', 'AGGAGE',
               'AGGCOUNT', 'YAGE', 'CONTRACT', 'PRINTJOB', 'REFNO', 'WO', 'GROUP', 'MONEY']

# ----------------------------------------------------------------------------
# message context: resolves placeholders into segments
# ----------------------------------------------------------------------------
CHOICE_RE = re.compile(r'\[([^\[\]]*)\]')
MACRO_RE = re.compile(r'\{@(\w+)\}')
PH_RE = re.compile(r'\{([A-Za-z][A-Za-z0-9_]*)(?:\.([a-z]+))?\}')

def resolve(tpl):
    for _ in range(500):
        m = MACRO_RE.search(tpl)
        if m:
            tpl = tpl[:m.start()] + R.choice(MACROS[m.group(1)]) + tpl[m.end():]
            continue
        m = CHOICE_RE.search(tpl)
        if m:
            tpl = tpl[:m.start()] + R.choice(m.group(1).split('|')) + tpl[m.end():]
            continue
        break
    return tpl.replace('\u27e6', '[').replace('\u27e7', ']')


class Ctx(object):
    def __init__(self, clean):
        self.clean = clean
        self.people = {}
        self.tags = []
        self.nonbiz = False
        self.sites = []
        self.cache = {}

    # -- bookkeeping
    def tag(self, *ts):
        for t in ts:
            if t and t not in self.tags:
                self.tags.append(t)

    def span(self, typ, val, biz=False):
        if not biz:
            self.nonbiz = True
        return S(typ, val)

    def person(self, key):
        if key not in self.people:
            role = PERSON_RE.match(key).group(1)
            p = Person(role)
            names = [(q.first, q.last) for q in self.people.values()]
            while (p.first, p.last) in names or p.last in [n[1] for n in names]:
                p = Person(role)
            self.people[key] = p
        return self.people[key]

    def r(self, tpl):
        s = resolve(tpl)
        out = []
        pos = 0
        for m in PH_RE.finditer(s):
            if m.start() > pos:
                out.append(T(s[pos:m.start()]))
            out.extend(self.ph(m.group(1), m.group(2)))
            pos = m.end()
        if pos < len(s):
            out.append(T(s[pos:]))
        return out

    # -- obfuscation of a numeric value
    def obf(self, v, p=0.04, modes=('spaced', 'fw', 'zw', 'spell'), force=None):
        mode = force
        if mode is None:
            if R.random() >= p:
                return v
            mode = R.choice(modes)
        self.tag('evasion')
        if mode == 'spaced':
            return spaced_digits(v)
        if mode == 'fw':
            self.tag('fullwidth')
            return to_fullwidth(v)
        if mode == 'zw':
            self.tag('zero-width')
            return insert_zw(v)
        if mode == 'spell':
            return spell_digits(v)
        return v

    # -- phone / e-mail
    def phone(self, biz, force=None, link_ok=True):
        a = R.choice(TOLLFREE) if biz and R.random() < 0.3 else R.choice(AREAS)
        if R.random() < 0.35:
            e, l = '555', '01' + digits(2)
        else:
            e = str(R.randint(2, 9)) + digits(2)
            if e[1:] == '11':
                e = e[0] + '21'
            l = digits(4)
        fmt = wchoice(PHONE_FMTS)
        v = fmt.format(a=a, e=e, l=l)
        if fmt == '{a}.{e}-{l}':
            self.tag('evasion')
        if (biz and R.random() < 0.22) or (not biz and R.random() < 0.02):
            v += R.choice([' ext. ', ' ext ', ' x', ' x', ' ext.']) + str(R.randint(2, 4999))
        if force or R.random() < 0.045:
            v = self.obf(v, force=force or R.choice(['spaced', 'fw', 'zw', 'zw', 'spell']))
        elif link_ok and R.random() < 0.06:
            self.tag('slack-markup')
            return [RAW('<tel:'), self.span('PHONE', '+1' + a + e + l, biz), RAW('|'),
                    self.span('PHONE', v, biz), RAW('>')]
        return [self.span('PHONE', v, biz)]

    def email(self, p, biz, force=None):
        f, l = slug(p.first), slug(p.last)
        if biz:
            local = R.choice([f + '.' + l, f[0] + l, f + l[0], f + '_' + l, f + '.' + l])
            if p.role == 'VEND':
                dom = VENDOR_DOMAINS[p.vendor_ix]
            elif p.role == 'DOC':
                dom = slug(R.choice(PRACTICES))[:14] + '.org'
            else:
                dom = ORG_DOMAIN
        else:
            opts = [f + '.' + l, f[0] + l, f + l[0], f + '_' + l + digits(2), l + '.' + f,
                    f + str(R.randint(40, 99)), f + l, f[0] + '.' + l, l + f[0] + digits(3),
                    f + '.' + l + str(R.randint(1950, 1999))]
            if p.nick:
                opts.append(slug(p.nick) + l)
            local = R.choice(opts)
            dom = R.choice(PERSONAL_DOMAINS)
        r = R.random()
        if force or r < 0.05:
            self.tag('evasion')
            v = R.choice([local + ' [at] ' + dom.replace('.', ' [dot] '),
                          local + '(at)' + dom.replace('.', '(dot)'),
                          local + ' at ' + dom.replace('.', ' dot '),
                          local + ' [@] ' + dom,
                          local + ' @ ' + dom.replace('.', ' [.] ')])
            return [self.span('EMAIL', v, biz)]
        v = local + '@' + dom
        if r < 0.13:
            self.tag('slack-markup')
            return [RAW('<mailto:'), self.span('EMAIL', v, biz), RAW('|'), self.span('EMAIL', v, biz), RAW('>')]
        return [self.span('EMAIL', v, biz)]

    # -- person placeholders
    def person_segs(self, key, attr):
        p = self.person(key)
        role = p.role
        is_span = role in SPAN_ROLES
        biz = role not in SPAN_ROLES
        if role == 'EXEC':
            self.tag('exec-name')
        if role == 'EH':
            self.tag('employee-health')

        def N(v):
            return self.span('NAME', v) if is_span else (v, 'n', None)

        if attr in ('phone', 'email'):
            if attr not in p.cache:
                p.cache[attr] = self.phone(biz) if attr == 'phone' else self.email(p, biz)
            return list(p.cache[attr])
        if attr == 'emailob':
            return self.email(p, biz, force=True)
        if attr == 'he':
            return [T('he' if p.sex == 'M' else 'she')]
        if attr == 'his':
            return [T('his' if p.sex == 'M' else 'her')]
        if attr == 'him':
            return [T('him' if p.sex == 'M' else 'her')]
        if attr == 'title':
            return [T(p.title)]
        if attr == 'at':
            self.tag('slack-markup')
            return [RAW('<@' + p.uid + '>')]
        if attr in ('rel', 'kin', 'parent', 'spouse'):
            if attr not in p.cache:
                f = p.sex == 'F'
                if attr == 'parent':
                    w = R.choice(['mom', 'mother', 'mum']) if f else R.choice(['dad', 'father'])
                elif attr == 'spouse':
                    w = R.choice(['wife', 'partner']) if f else R.choice(['husband', 'partner'])
                else:
                    kin = (['daughter', 'wife', 'niece', 'sister', 'granddaughter', 'daughter-in-law'] if f else
                           ['son', 'husband', 'nephew', 'brother', 'grandson', 'son-in-law'])
                    if attr == 'rel' and R.random() < 0.25:
                        w = R.choice(['neighbor', 'HCP', 'POA', 'partner', 'guardian', 'friend'])
                    else:
                        w = R.choice(kin)
                p.cache[attr] = w
            return [T(p.cache[attr])]
        if attr == 'vendor':
            return [(VENDORS[p.vendor_ix], 'n', None)]
        if attr is None or attr == 'any':
            attr = wchoice([('full', 40), ('first', 14), ('mr', 14), ('inv', 8), ('mid', 8),
                            ('last', 8), ('nick', 5 if p.nick else 0)])
        full = p.first + ' ' + p.last
        if attr == 'full':
            return [N(full)]
        if attr == 'first':
            return [N(p.first)]
        if attr == 'last':
            return [N(p.last)]
        if attr == 'nickonly':
            return [N(p.nick or p.first)]
        if attr == 'mr':
            if role == 'DOC':
                hon = R.choice(['Dr. ', 'Dr ', 'dr. '])
            elif p.sex == 'M':
                hon = R.choice(['Mr. ', 'Mr. ', 'Mr '])
            else:
                hon = R.choice(['Mrs. ', 'Ms. ', 'Ms ', 'Mrs ', 'Miss '])
            return [T(hon), N(p.last)]
        if attr == 'inv':
            return [N(R.choice([p.last + ', ' + p.first, (p.last + ', ' + p.first + ' ' + p.mi).upper(),
                                p.last + ', ' + p.first + ' ' + p.mi, p.last.upper() + ', ' + p.first,
                                p.last + ',' + p.first]))]
        if attr == 'mid':
            return [N(R.choice([p.first + ' ' + p.mi + '. ' + p.last, p.first + ' ' + p.mi + ' ' + p.last]))]
        if attr == 'nick':
            if not p.nick:
                return [N(full)]
            k = R.randint(0, 3)
            if k == 0:
                return [N(full), T(' ('), N(p.nick), T(')')]
            if k == 1:
                return [N(full), T(' aka '), N(p.nick)]
            if k == 2:
                return [N(full), T(', goes by "'), N(p.nick), T('"')]
            return [N(full), T(' - '), N(p.nick), T(' to family')]
        raise KeyError('person attr %s' % attr)

    # -- dates / ages
    def sdate(self):
        y, m, d = rand_ymd(2024, 2025)
        out = []
        if R.random() < 0.12:
            out.append(T(WDAY[datetime.date(y, m, d).weekday()] + ' '))
        style = R.choice(NOYEAR_STYLES) if R.random() < 0.6 else R.choice(YEAR_STYLES)
        v = fmt_date(y, m, d, style)
        if R.random() < 0.015:
            v = self.obf(v, force='fw')
        out.append(self.span('DATE', v))
        return out

    def dob(self):
        y, m, d = rand_ymd(1921, 1999)
        v = fmt_date(y, m, d, R.choice(YEAR_STYLES))
        if R.random() < 0.03:
            v = self.obf(v, force=R.choice(['fw', 'zw', 'spaced']))
        return [self.span('DATE', v)]

    def age(self):
        n = wchoice([(R.randint(90, 95), 6), (R.randint(96, 99), 3), (R.randint(100, 106), 1)])
        if R.random() < 0.13:
            self.tag('evasion')
            return [self.span('AGE', age_words(n))]
        return [self.span('AGE', str(n))]

    # -- addresses
    def addr(self):
        street = street_str()
        t, st, z = town_pick()
        k = wchoice([('street', 25), ('full', 30), ('full2', 12), ('st_town', 13), ('st_town_st', 5),
                     ('pobox', 5), ('zip4', 5)])
        if k == 'street':
            v = street
        elif k == 'full':
            v = '%s, %s, %s %s' % (street, t, st, z)
        elif k == 'full2':
            v = '%s, %s %s %s' % (street, t, st, z)
        elif k == 'st_town':
            v = '%s, %s' % (street, t)
        elif k == 'st_town_st':
            v = '%s %s %s' % (street, t, st)
        elif k == 'pobox':
            v = '%s %d, %s, %s %s' % (R.choice(['PO Box', 'P.O. Box', 'po box']), R.randint(1, 9999), t, st, z)
        else:
            v = '%s, %s, %s %s-%s' % (street, t, st, z, digits(4))
        return [self.span('ADDRESS', v)]

    def town(self):
        t, st, _ = town_pick()
        out = [self.span('ADDRESS', t)]
        if R.random() < 0.3:
            out.append(T(', ' + st))
        return out

    def zipv(self):
        t, st, z = town_pick()
        if R.random() < 0.25:
            z = z + '-' + digits(4)
        return [self.span('ADDRESS', z)]

    # -- URLs
    def purl(self):
        p = self.person('PT')
        pid = dnz(6)
        f, l = slug(p.first), slug(p.last)
        v = R.choice([
            'https://portal.nbhomecare.com/patients/%s/orders' % pid,
            'https://track.nbhomecare.com/d/%s?pt=%s' % (alnum(8, 'abcdefghjkmnpqrstuvwxyz23456789'), pid),
            'https://nbhomecare.com/myaccount/%s/statements' % pid,
            'https://carecircle.example.org/updates/%s-%s' % (f, l),
            'https://www.caringupdates.org/visit/%s%s' % (f, l),
            'https://portal.nbhomecare.com/visit?patient=%s&name=%s' % (pid, l),
            'https://telehealth.nbhomecare.com/room/%s-%s' % (l, pid[-4:]),
            'https://pay.nbhomecare.com/invoice/%s/%s%s' % (pid, f[0], l),
        ])
        r = R.random()
        if r < 0.35:
            self.tag('slack-markup')
            if r < 0.12:
                return [RAW('<'), self.span('URL', v), RAW('|'), self.span('URL', v), RAW('>')]
            return [RAW('<'), self.span('URL', v), RAW('|' + R.choice(['portal link', 'tracker', 'link', 'visit link', 'update page']) + '>')]
        return [self.span('URL', v)]

    def intra(self):
        u, lab = R.choice(INTRA_URLS)
        if R.random() < 0.35:
            self.tag('slack-markup')
            return [RAW('<' + u + '|' + lab + '>')]
        return [RAW(u)]

    # -- facilities (clean)
    def site(self):
        s = R.choice([x for x in SITES if x not in self.sites])
        self.sites.append(s)
        return [(s, 'n', None)]

    def facaddr(self):
        self.tag('facility-address')
        s = '%d %s' % (R.randint(2, 480), R.choice(['Industrial Way', 'Commerce Dr', 'Technology Park Dr',
                                                     'Research Pl', 'Distribution Ave', 'Enterprise Rd',
                                                     'Ballardvale St', 'Progress Ave', 'Fordham Rd', 'Jackson St']))
        if R.random() < 0.6:
            t, st, z = town_pick()
            s += R.choice([', %s, %s %s' % (t, st, z), ', %s %s %s' % (t, st, z), ', %s' % t])
        return [('Unit ' + str(R.randint(1, 9)) + ', ' if R.random() < 0.1 else '', 'c', None), (s, 'n', None)]

    # -- labelled identifier with optional label
    def ident(self, name, with_label):
        table = {
            'SSN': ('SSN', ['SSN ', 'SSN: ', 'SS# ', 'ssn ', 'social ', 'SSN#', 'ss# ']),
            'MRN': ('MRN', ['MRN ', 'MRN: ', 'MRN# ', 'MR# ', 'med rec # ', 'chart # ', 'mrn ', 'MRN#']),
            'MEMBER': ('HEALTH_PLAN_ID', ['member ID ', 'member id: ', 'mbr id ', 'sub ID ', 'subscriber # ',
                                          'ID# ', 'policy # ', 'mem# ', 'member #']),
            'MBI': ('HEALTH_PLAN_ID', ['MBI ', 'MBI: ', 'mbi ', 'Medicare ID ']),
            'ACCT': ('ACCOUNT_NUMBER', ['acct ', 'acct# ', 'account # ', 'HAR ', 'pt acct ', 'HAR# ']),
            'BANK': ('ACCOUNT_NUMBER', ['acct ', 'account ', 'acct # ']),
            'DL': ('LICENSE_NUMBER', ['DL ', 'DL# ', "driver's license ", 'lic # ', 'license ']),
            'DEA': ('LICENSE_NUMBER', ['DEA ', 'DEA# ', 'DEA #']),
            'LIC': ('LICENSE_NUMBER', ['license # ', 'lic# ', 'lic ', 'license ', 'lic #']),
            'PLATE': ('VEHICLE_ID', ['plate ', 'tag ', 'reg ', 'plate# ']),
            'VIN': ('VEHICLE_ID', ['VIN ', 'vin ', 'VIN# ']),
            'DEVICE': ('DEVICE_ID', ['SN ', 'S/N ', 'serial ', 'ser# ', 'sn: ', 'SN# ', 'serial # ']),
            'UDI': ('DEVICE_ID', ['UDI ', 'udi: ']),
            'IP': ('IP_ADDRESS', ['IP ', 'ip ', 'IP: ']),
            'CC': ('CREDIT_CARD', ['']),
            'FAX': ('PHONE', ['fax ', 'f: ', 'fax# ', 'fax: ']),
            'BPHONE': ('PHONE', ['', '']),
            'ZIP': ('ADDRESS', ['zip ', 'ZIP ', 'zip: ']),
        }
        typ, labels = table[name]
        out = [T(R.choice(labels))] if with_label and labels != [''] else []
        if name in ('FAX', 'BPHONE'):
            return out + self.phone(True)
        if name == 'ZIP':
            return out + self.zipv()
        if name == 'SSN':
            a, g, s = ssn_parts()
            k = wchoice([('dash', 8), ('space', 1.5), ('none', 1), ('mixed', 0.7), ('dots', 0.5)])
            v = {'dash': '%s-%s-%s', 'space': '%s %s %s', 'none': '%s%s%s', 'mixed': '%s.%s-%s',
                 'dots': '%s.%s.%s'}[k] % (a, g, s)
            if k in ('none', 'mixed', 'dots'):
                self.tag('evasion')
            v = self.obf(v, p=0.05)
        elif name == 'MRN':
            v = self.obf(wchoice([(digits(8), 3), ('00' + digits(6), 2), (dnz(7), 2), ('M' + digits(7), 1),
                                  ('E' + digits(9), 1), (dnz(3) + '-' + digits(4), 1), (dnz(10), 1)]))
        elif name == 'MEMBER':
            v = self.obf(wchoice([(letters(3) + digits(9), 3), ('W' + digits(9), 2),
                                  (letters(3) + digits(8) + '01', 1), ('1' + digits(11), 2),
                                  (letters(2) + dnz(7) + letters(1), 1), ('M' + digits(8), 1),
                                  (dnz(9) + 'A', 1), (letters(3) + '-' + digits(9), 1),
                                  ('ZGP' + digits(6) + '-0' + str(R.randint(1, 4)), 1)]), p=0.03, modes=('spaced', 'fw', 'zw'))
        elif name == 'MBI':
            v = self.obf(mbi_val(), p=0.03, modes=('spaced', 'fw'))
        elif name == 'ACCT':
            v = self.obf(wchoice([('6' + digits(7), 3), ('G' + digits(7), 2), (dnz(7) + '-0' + str(R.randint(1, 9)), 1),
                                  (dnz(9), 2), ('H' + dnz(8), 1)]), p=0.03)
        elif name == 'BANK':
            v = self.obf(wchoice([(dnz(R.randint(9, 12)), 3), ('000' + digits(9), 1)]), p=0.03)
        elif name == 'DL':
            v = wchoice([('S' + digits(8), 3), (dnz(9), 2), (R.choice('ABCDEFGHJKLMNPRSTW') + digits(12), 1),
                         (digits(2) + letters(3) + digits(5), 1), (letters(1) + digits(3) + '-' + digits(4) + '-' + digits(4), 1)])
        elif name == 'DEA':
            v = dea_val()
        elif name == 'LIC':
            v = wchoice([('RN' + dnz(6), 3), (dnz(6), 2), ('RT-' + dnz(5), 1), ('PH' + dnz(5), 1),
                         ('MD' + dnz(5), 1), (dnz(3) + '-' + digits(4), 1), ('0' + dnz(5) + 'RN', 0.5)])
        elif name == 'PLATE':
            v = plate_val()
        elif name == 'VIN':
            v = vin_val()
        elif name == 'DEVICE':
            v = self.obf(device_val(), p=0.02, modes=('spaced', 'fw'))
        elif name == 'UDI':
            v = udi_val()
        elif name == 'IP':
            v = ip_val()
        elif name == 'CC':
            v = self.obf(cc_val(), p=0.05, modes=('spaced', 'fw', 'zw'))
        else:
            raise KeyError(name)
        return out + [self.span(typ, v)]

    # -- dispatcher
    def ph(self, name, attr):
        if PERSON_RE.match(name):
            return self.person_segs(name, attr)
        if name in ('DOB', 'DOB2'):
            return self.dob()
        if name in ('SDATE', 'SDATE2', 'SDATE3'):
            return self.sdate()
        if name == 'AGE':
            return self.age()
        if name == 'ADDR':
            return self.addr()
        if name == 'STREET':
            return [self.span('ADDRESS', street_str())]
        if name == 'TOWN':
            return self.town()
        if name == 'ZIPV':
            return self.zipv()
        if name == 'PURL':
            return self.purl()
        if name == 'INTRA':
            return self.intra()
        if name in ('SITE', 'SITE2', 'SITE3'):
            if name not in self.cache:
                self.cache[name] = self.site()
            return list(self.cache[name])
        if name == 'FACADDR':
            return self.facaddr()
        if name == 'PHONESP':
            return self.phone(False, force=R.choice(['spaced', 'spaced', 'fw']))
        if name == 'PHONESPELL':
            return self.phone(False, force='spell')
        if name == 'PHONEZW':
            return self.phone(False, force='zw')
        if name == 'SSNSP':
            a, g, s = ssn_parts()
            self.tag('evasion')
            return [self.span('SSN', R.choice([spaced_digits(a + g + s), a + g + s, spell_digits(a + ' ' + g + ' ' + s),
                                                to_fullwidth(a + '-' + g + '-' + s)]))]
        if name == 'MEMBERFW':
            self.tag('evasion', 'fullwidth')
            return [self.span('HEALTH_PLAN_ID', to_fullwidth('1' + digits(11)))]
        if name == 'CC':
            return self.ident('CC', False)
        if name in CLEAN_NAMES:
            v, tg = clean_value(name)
            self.tag(tg)
            return [C(v)]
        base = name[:-1] if name.endswith('V') else name
        return self.ident(base, not name.endswith('V'))

# ----------------------------------------------------------------------------
# templates.  "tag tag::text".  [a|b] = choice, {@macro} = clause grammar,
# {PT.full} etc. = values.  PT/REL/EH names are PHI; COLL/EXEC/VEND/DOC/DRV are
# staff / business names and are never labelled.  U+27E6/U+27E7 = literal [ ].
# ----------------------------------------------------------------------------
PHI_TEMPLATES = [
    # --- dispatch / delivery
    "{@greet}[delivery|deliv|drop-off] for {PT} at {ADDR} [moved|pushed|rescheduled] to {SDATE}[, {@window}|]",
    "at {ADDR} for {PT.mr}, no answer[ at the door| at the side door|], called {PT.phone} [twice|x2|3x] - [leaving a door tag|heading to next stop|waiting 10 min]",
    "{PT.full} - {@equip} [delivered|set up|dropped] {SDATE}, POD signed by [the|pt's] {REL.rel} {REL.full}",
    "can someone call {PT.first}'s {REL.rel} {REL.first} at {REL.phone}? [gate code changed|dog loose in the yard|they want an afternoon window|the driveway is iced over]",
    "swap [E-tanks|cylinders|the liquid base] for {PT.inv} tomorrow, address on file is old - new one is {ADDR}",
    "{@greet}new address for {PT.full}: {ADDR}. [please update Brightree|pls fix the route|update the manifest please]",
    "{PT.full} moved in with {PT.his} {@relword} in {TOWN}, move {PT.his} [deliveries|o2 refills|supply drops] to [the north route|route 4|the {SITE} branch]",
    "vehicles::[van|truck] plate {PLATEV} [has a flat|threw a check engine light|got rear-ended] on the way to {PT.mr}'s, [can someone cover|who's closest]?",
    "{PT.full} [refused delivery|wasn't home|declined the bed|turned the driver away], [rebook|reschedule] for {SDATE}",
    "driver {COLL1.first} says {PT.mr} at {STREET} [has no working smoke detector|is smoking near the concentrator|has candles lit next to the tanks] - RT please follow up",
    "{PT.full} [wants|asked for] delivery after 3 because {PT.he} [has dialysis|has PT|has a dr appt] {SDATE}",
    "[need|needs] a hospital bed at {ADDR} for {PT.full} [before|by] discharge {SDATE}",
    "discharge from {@hospital} {SDATE} for {PT.full}, {@equip} [needs to be there by noon|must be set up before arrival]",
    "{@window} [works|is fine] for {PT.mr}, {PT.his} {REL.rel} {REL.first} will be home, cell {REL.phone}",
    "picked up {@equip} from {PT.inv}, [pt expired|pt passed|hospice d/c] {SDATE}[, family asked for no calls before 10|]",
    "pickup at {ADDR} - [bed|concentrator|wheelchair] [no longer needed|pt moved to LTC|pt went to rehab]",
    "{PT.full} lives in {TOWN}, [that's way outside|outside] our [zone|area] - [handing to|refer to] the {SITE} branch",
    "lockbox code for {PT.mr} is on the [chart|order], NOT here. addr {ADDR}",
    "pt {PT.full} {ZIP} isn't in our service area per the map, please confirm before we accept",
    "{DRV.first} [couldn't find|can't find] {STREET}, pt {PT.last} says it's [behind the church|the blue house|off the dirt road] - [call|ring] {PT.phone}",
    "ticket::delivery ticket {DELNO} for {PT.full} shows {STREET} but {PT.he} [lives|is staying] in {TOWN} now",
    "escalation::[urgent|STAT]: {PT.full} [out of|low on] o2, [E-tanks|tanks] needed today at {ADDR}",
    "vehicles::[van|truck] {PLATEV} [assigned|is on] route {RTNO} today, first stop {PT.mr} on {STREET}",
    "{PT.mr} ({AGE}) [needs|wants] the driver to [bring the bed upstairs|come to the back door|call first], {PT.his} {REL.rel} {REL.full} will let you in",
    "{PT.full} [asked|wants to know] if we can leave tanks with the neighbor {REL.first} at {STREET} [if|when] {PT.he}'s at dialysis",
    "[wrong|bad] addr on {DELNO}: {PT.last} is at {ADDR}, not the old place",
    "{PT.first} [says|said] the [tanks|cylinders|boxes] were left [on the porch|in the rain|at the neighbor's], {PT.he} can't lift them - [send someone back|can we go back]?",
    # --- intake / referral
    "referral::new referral: {PT.inv}, DOB {DOB}, {@dx}, {@equip}, {@payer} {MEMBER}",
    "referral::intake for {PT.full} ({DOB}) - {MRN}, CMN [pending|needs signature from] Dr. {DOC.last}",
    "referral::referral from {@hospital} for {PT.full}, SOC {SDATE}, [home phone|cell|best #] {PT.phone}",
    "referral::{PT.full} DOB {DOB} {SSN} [for the Medicaid app|on the intake packet|for the MassHealth redetermination]",
    "please verify {PT.inv} {MBI} [before delivery|before SOC|before we bill]",
    "referral::{@hospital} CM [sent|faxed] over {PT.full}, [dob|DOB] {DOB}, [d/c|discharge] {SDATE}, {@therapy}",
    "referral::new {@therapy} start: {PT.inv} {DOB} {MRN} [first dose|SOC] {SDATE}",
    "intake q: {PT.full} has [both|two] plans - {@payer} {MEMBER} and {@payer} {MEMBERV}, which is primary?",
    "{PT.full}'s [POA|HCP] is {PT.his} {REL.kin} {REL.full} ({REL.phone}), send [the AOB|consents|paperwork] to {REL.email}",
    "[pt|patient] {PT.full} [gave|listed] {PT.email} for [portal|e-statements|the delivery texts]",
    "referral::{@payer} [auth|PA] for {PT.inv} [approved|pending], {MEMBER}, DOS {SDATE} - {SDATE2}",
    "can intake fix {PT.full}'s DOB? chart says {DOB} but [the card|the referral|pt] says {DOB2}",
    "referral::{PT.full} is {AGE}, lives alone in {TOWN}, [HOH|hard of hearing|vision impaired], call {PT.his} {REL.rel} {REL.first} at {REL.phone} [instead|first]",
    "{@greet}{PT.mr} [called|left a vm], wants to [switch|change] to [mail order|a POC|a lighter tank], cb {PT.phone}",
    "records::[dup chart|duplicate chart]: {PT.full} has {MRN} and {MRNV}, [please merge|need HIM to merge]",
    "records::[records request|ROI] for {PT.full} DOB {DOB} [from|by] {PT.his} {REL.rel} {REL.full}, send to {REL.email}",
    "{PT.full} SSN on the referral is {SSNV}, but [the card|Medicaid] shows different - [check|verify] with {PT.his} {@relword}",
    "referral::[peds|pediatric] referral: {PT.full} DOB {DOB}, {REL.parent} {REL.full} {REL.phone}, [enteral pump|Kangaroo pump + supplies|apnea monitor]",
    "multiline::{PT.inv}\nDOB: {DOB}\n{MRN}\nPhone: {PT.phone}\nAddr: {ADDR}",
    "referral::[new|another] referral [from|via] {@practice}: {PT.mid}, {DOB}, {@dx}, [wants|needs] {@equip} [asap|by Friday]",
    "referral::{PT.full} [d/c'd|discharged] from {@hospital} {SDATE}, needs {@equip} + {@equip} same day, [lives w/|with] {PT.his} {REL.rel} {REL.first}",
    "[insurance|ins] card for {PT.inv}: {@payer}, {MEMBER}, group {GROUP} - [uploaded|scanned]",
    "{PT.full} [switched|changed] to {@payer} on the 1st, new {MEMBER}, old one {MEMBERV} [termed|is termed]",
    # --- nursing
    "{PT.full} PICC dressing [change|chg] done {SDATE}, next due {SDATE2}",
    "[infusion|inf] visit for {PT.mr} [moved|rescheduled] to {SDATE}[ at {TIME}| {TIME}|]",
    "{PT.first} is {AGE} and [lives alone|very HOH], please have {PT.his} {REL.rel} {REL.first} [there|present] for [the teach|pump teaching]",
    "pump {DEVICEV} [alarming|occluded|won't prime] at {PT.mr}'s, swapping it [out|today]",
    "RN note: {PT.full} [missed|skipped] {PT.his} [dose|infusion] {SDATE}, [line flushed|site looks ok|no s/s infection]",
    "{PT.full} [ED visit|went to the ER|admitted] {SDATE}, hold [deliveries|the TPN delivery|the next drug shipment]",
    "{PT.inv} [readmitted|back in] at {@hospital} - [hold|pause] all [deliveries|visits], {PT.his} {REL.rel} {REL.first} will call",
    "{@greet}{PT.full} [fell|had a fall] {SDATE} at home, [no injury|bruised hip|sent to ED], incident report filed",
    "{PT.full} [labs|CBC/BMP] drawn {SDATE}, [vanco trough|CRP|CK] [pending|back]",
    "escalation::{PT.mr}'s [line|PICC] [came out|is leaking], {PT.his} {REL.rel} {REL.full} [called|is panicking], sending RN now",
    "[last|final] dose for {PT.full} {SDATE}, [pull the pole|pick up pump {DEVICEV}] after",
    "{PT.first} ([{AGE} yo|{AGE} y/o|age {AGE}]) [told|asked] the nurse [not to call|to only call] {PT.his} {REL.rel} {REL.first} [about|with] [results|questions]",
    "pump {DEVICE} went out with {PT.full} {SDATE}, [log|record] it in the [pump tracker|equipment log]",
    "{PT.full} SOC {SDATE} {TIME}, RN {COLL1.first}, {@therapy}",
    "nursing [visit|visits] for {PT.inv} [DOB {DOB}|{DOB}] [on hold|cancelled] until [further notice|md clears]",
    "{COLL1.first} can you cover {PT.mr}'s [IVIG|hydration|Remicade] {SDATE}? {PT.he}'s in {TOWN}, about 40 min from you",
    "[heads up|fyi] {PT.nick} is [very|quite] hard of hearing, [knock loud|call first] - [ring|cell] {PT.phone}",
    # --- respiratory
    "RT setup: {PT.full}, CPAP {DEVICE}, [auto 5-15|pressure 10|auto 6-14], compliance download due {SDATE}",
    "{PT.first}'s concentrator {DEVICE} [reads|showing] low purity, [swapping|will swap] {SDATE}",
    "{PT.full} [uses|using] the CPAP [under 4h|2h] a night, [call|reach] {PT.him} at {PT.phone} [before|ahead of] the 90-day [check|deadline]",
    "[O2 sat|overnight oximetry] for {PT.full} done {SDATE}, [88% for 6 min|qualifies on 2L|doesn't qualify]",
    "mask refit for {PT.mr} in {TOWN} [on|for] {SDATE}, [F20|N30i|AirFit P10] [size M|too big]",
    "BiPAP for {PT.full} ({DOB}) serial {DEVICEV} - [modem|wifi module] [not uploading|offline], IP showed {IPV}",
    "{PT.full}'s [POC|Inogen] {DEVICE} [returned|came back] [cracked|dead battery], [loaner|replacement] {DEVICE} [sent|dropped] {SDATE}",
    "{@greet}compliance [report|list]: {PT.inv} 32% [usage|use], {PT2.inv} 91%, {PT3.inv} [78%|64%]",
    "trach pt {PT.full}, {PT.his} {REL.rel} {REL.full} [needs|wants] [suction|vent] teaching {SDATE}",
    "[vent|Trilogy] check at {ADDR} for {PT.mr} {SDATE}",
    "RT {COLL1.first} [did|finished] the setup for {PT.full} in {TOWN}, [CPAP|AirSense] SN {DEVICEV}, [humidifier|heated tube] [added|included]",
    "{PT.last} [says|claims] the [concentrator|POC] [smells like burning|is beeping|won't turn on], SN {DEVICEV}, [swap|send] [tonight|first thing]",
    "[liquid|LOX] fill for {PT.mr} every [2 weeks|10 days], next {SDATE}, reservoir {DEVICE}",
    # --- billing
    "{PT.inv} {ACCT} [balance|bal] [$212.40|$88.00|$1,240.15], spoke with {PT.his} {@relword} at {REL.phone}",
    "pt read [a|her|his] card number over the phone [for the copay|for the rental]: {CC}[ exp 09/27| exp 11/26|] - [do NOT store|please shred the note]",
    "denial for {PT.full}, {MEMBER}, DOS {SDATE}, [CO-16|CO-197|missing CMN|no F2F]",
    "ACH refund to {PT.full}, {BANK} [routing on file|per the W-9|per the form]",
    "complaint::{PT.full} [disputes|is disputing] the [rental|cap] charge for {SDATE}, [cb|call back] {PT.phone}",
    "statement for {PT.inv} [bounced|returned] - new addr {ADDR}, {ACCT}",
    "{@payer} [MBI|beneficiary id] for {PT.full} is {MBIV}, the one on file [is old|was wrong]",
    "guarantor for {PT.full} is {PT.his} {REL.rel} {REL.full}, guarantor {ACCT}",
    "please post [$45|$120|$18.50] copay for {PT.inv} DOS {SDATE}, card {CC}",
    "collections: {PT.full} {ACCT}, [3|4] statements, [last|final] notice [sent|mailed] to {ADDR}",
    "write off for {PT.full} ({DOB}), [hardship|charity care] approved, {ACCT}",
    "[medicaid|MassHealth] id for {PT.full} [is|=] {MEMBERV}, [eligible|active] through 6/30",
    "card {CC} [declined|was declined] for {PT.mr}'s [copay|deductible], [left vm|called] {PT.phone}",
    "money::{PT.full} wants a payment plan on {ACCT}, [$25|$40|$50]/mo starting [next month|the 1st]",
    # --- IT
    "driver tablet for {COLL1.first} [can't reach|not connecting to] the VPN, [ip|IP] {IPV}",
    "telemetry [hub|gateway] at {PT.mr}'s [house|apt] [dropped|offline] since {SDATE}, last IP {IPV}",
    "[login|portal] link for {PT.first}: {PURL}",
    "{PT.full} [can't log in|locked out of] the portal, [reset|resent] link to {PT.email}",
    "ticket::[firewall|SIEM] [flagged|blocked] {IPV} [hitting|scanning] the [route app|portal] - {TICKET}",
    "printer at the {SITE} depot is {IPV} now, [reconnect|re-add] it [on|in] your tablets",
    "{PT.full} [sent|emailed] a photo of the [alarm|error screen] from {PT.email}, forwarding to RT",
    "[new|updated] [tracking|delivery] link for {PT.full}: {PURL}",
    "[VPN|ssh] from {IPV} [failed|denied] for {COLL1.email}, [locked|reset] the account",
    "ticket::{TICKET}: [route app|Brightree] [sync|export] [failing|stuck] from {IPV}, [dispatch|billing] [can't see|missing] today's stops",
    # --- employee health
    "{EH.full} (driver) [hurt|strained] {EH.his} back [lifting|carrying] a [liquid base|bed|tank cart], incident {SDATE}, [WC|workers comp] [filed|opened]",
    "{EH.first} from [dispatch|the warehouse] [is out|out] [for surgery|on medical leave] [until|through] {SDATE}, [don't share|keep it quiet]",
    "[needlestick|exposure] - {EH.full} (RN) {SDATE}, [occ health|employee health] [notified|aware], [baseline labs|source pt testing] [drawn|pending]",
    "{EH.full} [tested positive|is positive] for [COVID|flu] {SDATE}, who can cover {EH.his} [stops|route]?",
    "{EH.full} [TB test|PPD|fit test] [failed|positive] {SDATE}, HR [following|has it]",
    # --- complaints / escalations
    "complaint::{PT.mr}'s {REL.rel} {REL.full} [called|emailed] [upset|furious] - {@reason}, cb {REL.phone}",
    "escalation::{REL.full} ({PT.full}'s {REL.rel}) [says|reports] {@reason} - [manager|supervisor] to call back {REL.phone}",
    "complaint::[BBB|AG] complaint from {PT.full} of {TOWN} re: {@reason}",
    "complaint::{PT.full} [emailed|wrote to] [the CEO|customer service] from {PT.email}: {@reason}",
    "escalation::{PT.inv} {MRN} [- state surveyor|- the ombudsman|- an attorney] [asking|called] about why {@reason}",
    "complaint::{REL.first} ({REL.kin} of {PT.mr}) [posted|left] a [1-star|bad] review [saying|that] {@reason}",
    # --- VIP
    "vip::heads up, {PT.full} ([former mayor|the state senator's mother|our board chair's dad|a Bruins alum]) starts home infusion {SDATE}, [need to know only|keep it tight|no chatter please]",
    "vip::VIP pt {PT.last} [in|at] {STREET} - only {COLL1.first} and {COLL2.first} [deliver there|should go]",
    "vip::{PT.full} is a [local news anchor|city councilor|former Patriots player], [don't|do not] discuss outside this [channel|thread]",
    # --- credentialing (licence numbers are labelled whoever holds them)
    "credentialing::{COLL1.full}'s RN {LIC} [verified|renewed], exp [6/30|12/31|3/31]",
    "credentialing::new driver {COLL1.first} - {DL}, [road test passed|MVR clean|CDL not needed]",
    "credentialing::Dr. {DOC.last} {DEA} [on the order|for the TPN order], NPI {NPI}",
    "credentialing::RT {COLL1.full} MA {LIC} [lapses|expires] 8/31, [RRT|CRT] [current|on file]",
    "credentialing::pharmacist {COLL1.full} {LIC} [added|loaded] to the [board portal|state lookup]",
    "credentialing::driver {COLL1.first} {COLL1.last} {DL} [suspended|expired] per [MVR|the state], pull from route",
    # --- business contacts (phones/e-mails are labelled, names are not)
    "business-contact::vendor rep {VEND.full} from {VEND.vendor} - {VEND.email}, {VEND.phone}",
    "business-contact::{VEND.vendor} [customer service|order desk] is {VEND.phone}[, acct mgr {VEND.first}|]",
    "business-contact::[fax|send] [the CMN|orders|the F2F] to Dr. {DOC.last}'s office [at|-] {FAX}",
    "business-contact::[new|updated] dispatch line [is|=] {BPHONE}, old one [forwards|is dead]",
    "business-contact::[email|send] {COLL1.email} for [PO approvals|route changes|credentialing docs]",
    "business-contact::after-hours [pharmacist|RT|on-call] [cell|line]: {BPHONE}",
    "business-contact::[sig|signature] update: {COLL1.full} | [Intake Coordinator|Billing Lead|Dispatch Supervisor] | {COLL1.phone} | {COLL1.email}",
    "business-contact::{@hospital} [CM|case mgmt] {VEND.full} [can be reached at|is at] {VEND.phone} or {VEND.email}",
    "business-contact multiline::---------- Forwarded message ---------\nFrom: {VEND.full} <{VEND.email}>\nSubject: [Backorder|Price update|Recall notice] - [CPAP masks|E-tank regulators|CADD cassettes]\n\n[Hi team|Hello all], [see attached|please note the attached notice].\n{VEND.full}\n[Territory Manager|Account Executive], {VEND.vendor}\no: {VEND.phone}",
    # --- vehicles (plates / VINs are labelled even for company vans)
    "vehicles::[van|truck] {VANNO} ({PLATE}) [is due for|in for] [inspection|oil change|brakes]",
    "vehicles::{VIN} for the new [Transit|ProMaster|Sprinter] [registered|is in], plate {PLATEV}",
    "vehicles::{DRV.first} [got|received] a [parking ticket|toll violation|speeding ticket] in {PLATEV}, [forward to fleet|who pays?]",
    "vehicles::{PT.full}'s [car|vehicle] ({PLATEV}) is [blocking|in] the driveway, [call|text] {PT.him} at {PT.phone}",
    "vehicles::[accident|fender bender]: [van|truck] {PLATEV} vs [a parked car|a mailbox] on [Rte 28|Route 110|the Lowell Connector], [no injuries|driver ok]",
    # --- devices
    "{UDI} for {PT.full}'s pump",
    "[recall|field action]: [check|pull] [serials|units] - {PT.inv} has {DEVICEV}, [swap|replace] [asap|this week]",
    "{PT.full} [reports|says] [CGM|Dexcom|Libre] sensor {DEVICEV} [failed|fell off] early, [order|send] replacement",
    "[hearing aid|hearing aids] {DEVICEV} [left|forgotten] in the van after {PT.mr}'s visit - [return|drop] at {STREET}",
    # --- age
    "{PT.full} [turns|is turning] {AGE} on {SDATE} - [card|balloon] from the [team|branch]? 🎂",
    "[our oldest pt|oldest one on the route], {PT.mr}, {AGE} y/o, [still|only] on [2L|1L] [prn|at night]",
    "pt is {AGE} and {PT.his} {REL.spouse} {REL.first} is also on o2, both at {ADDR}",
    "{PT.inv} ({AGE}) - [fall risk|hoyer lift needed|2 person assist]",
    # --- structured / multi-line
    "multiline::{@greet}\n{PT.inv}\nDOB {DOB}\n{MEMBER}\n{@equip} - {SDATE}",
    "multiline::Pt: {PT.full}\nDOB: {DOB}\nAddr: {ADDR}\nPh: {PT.phone}\nIns: {@payer} {MEMBERV}\nDx: {ICD}",
    "multiline slack-markup::*{PT.full}*\n• {@equip}\n• {ADDR}\n• {SDATE} {@window}",
    "multiline::name: {PT.full}\nssn: {SSNV}\nmrn: {MRNV}\nacct: {ACCTV}",
    "multiline::re: {PT.full}\n> [can we|can u] [move|bump] {PT.his} delivery to {SDATE}?\n{@ack}",
    "multiline slack-markup::```\nPT   {PT.inv}\nDOB  {DOB}\nMRN  {MRNV}\nSN   {DEVICEV}\n```",
    "multiline::ORDER\npatient: {PT.inv} ({DOB})\nship to: {ADDR}\nitem: {@equip}\nordering: Dr. {DOC.full}, NPI {NPI}\n{MBI}",
    # --- evasion style
    "evasion::[not gonna|won't] type the whole thing but ss is {SSNSP}",
    "evasion::{PT.first}'s [cell|phone] {PHONESP} [dont|don't] [text|call] after 8",
    "evasion::[email|mail] {PT.first} at {PT.emailob}",
    "evasion::{PT.full} member id {MEMBERFW}",
    "evasion::[his|her] number is {PHONESPELL}, [pt|patient] {PT.last}",
    "evasion::{PT.mr} cell {PHONEZW} (copy/paste from the fax)",
    # --- short / shorthand / lower-case flavoured
    "[pls|plz] [call|cb] {PT.first} {PT.phone} re [tank|o2|cpap] [swap|refill]",
    "{PT.last} [needs|wants] [more|extra] [tanks|supplies] before [the storm|the weekend|the holiday]",
    "[otw|omw|en route] to {PT.first}'s, eta [20|15|30] [min|mins]",
    "[done|finished] at {PT.last}'s, [next|heading to] {PT2.last}",
    "{PT.first} [says|said] [thx|thank you] for [the quick delivery|fixing the bed|coming out in the snow] 🙏",
    "[cx|cancelled] {PT.full} [today|this am], [rebooked|rebook] {SDATE}",
    "{PT.last} and {PT2.last} [both|] on the [north|same] route, [combine|do back to back]",
    "dispatch: {PT.full} [ready for pickup|can go], [hospice|family] [called|confirmed]",
    "cb {PT.phone}",
    "{PT.last} - no answer",
    "addr: {ADDR}",
    "dob {DOB}?",
    "{PT.full}?",
    "{PT.mr} done ✅",
    # --- relatives / visitors
    "{REL.full} is the [new|] POA for {PT.full}, [paperwork|docs] [scanned|uploaded]",
    "[visitor|neighbor] {REL.first} [let the driver in|signed for the delivery] at {PT.mr}'s",
    "{PT.full}'s {REL.rel} {REL.first} [wants|asked for] [updates|a call] at {REL.phone} or {REL.email}",
    "[guardian|legal guardian] {REL.full} must [sign|co-sign] for {PT.full} ({DOB})",
    # --- URLs
    "[caring page|update page] for {PT.first}: {PURL} - [family|the daughter] [posted|shared] it in the [order notes|referral]",
    "multiline::{PURL}\n^ {PT.first}'s [delivery|visit] [tracker|link], [send|resend] to {PT.his} {@relword}",
    # --- misc
    "[weather|snow] [delay|delays]: {PT.mr} ({STREET}), {PT2.mr} ({TOWN}) [moved|bumped] to {SDATE}",
    "[lost|missing] POD for {PT.full} {SDATE} delivery, {COLL1.first} please [re-sign|get it]",
    "{PT.full} [asked us|wants us] to stop leaving voicemails at {PT.phone}, use {REL.first}'s # {REL.phone}",
    "{PT.full} {ZIP}, [copay|rate] [differs|changes] for out-of-state",
    "[hospice|Hospice] [revoked|elected] for {PT.full} {SDATE}, [switch billing|bill hospice] from that date",
    "{PT.inv} [needs|due for] [recert|CMN recert] [before|by] {SDATE}",
    "{DOC.full}'s office [called|said] {PT.full} [can stop|should stop] {@therapy} after {SDATE}",
    "{REL.parent} {REL.first} [called|said] {PT.first} (the baby) [pulled|dislodged] the [NG|g-tube|feeding tube], RN [heading|going] over",
    "tracking: {PT.full} {DOB} | {ADDR} | {@equip}",
    "{PT.inv} [pharmacy|rx] label [printed|reprinted], DOB {DOB} [matches|verified], ship {SDATE}",
    "{@greet}{PT.full} [died|passed away] {SDATE}, [family|{PT.his} {REL.rel} {REL.first}] [wants|asked for] [pickup|the bed picked up] [asap|this week]",
    "bots::\U0001f69a *DeliveryBot*: Delivery {DELNO} scheduled for {PT.full} on {SDATE}, {@window}. Address: {ADDR}",
    "bots::\u27e6DispatchBot\u27e7 {DELNO} -> van {VANNO} | {PT.inv} | {STREET} | ETA {TIME}",
    "bots::RefillBot: {PT.full} is due for [resupply|a mask refill|a tank refill] on {SDATE}. Reply 1 to confirm.",
    "bots::AlertBot: pump {DEVICEV} ({PT.last}) reported [OCCLUSION|LOW BATTERY|AIR IN LINE] at {TIME}",
    "bots::IntakeBot: new referral #{REFNO} - {PT.inv}, DOB {DOB}, from {@hospital}",
    "bots::Delivery {DELNO} for {PT.mr} [FAILED|RESCHEDULED] - reason: [no answer|refused|address not found]. New date {SDATE}.",
    "bots::ComplianceBot: {PT.full} CPAP usage [28%|41%|55%] last 30 days (SN {DEVICEV}) - below threshold",
    "bots business-contact::FaxBot: [inbound|new] fax from {FAXV} ([4|2|7] pages) - [CMN|order|F2F] [for an existing pt|to index]",
    "bots::FaxBot: fax to {FAXV} [failed|delivered] - CMN for {PT.inv}",
]

CLEAN_TEMPLATES = [
    "calendar::huddle [moved|pushed] to {MDATE} [at|@] {TIME}[, {@room}|]",
    "{TICKET} [opened|filed] for the [Brightree|route app|label printer|scanner] [outage|lag|crash]",
    "PO {PO} for [200|48|12 cases of] [nasal cannulas|E-tank regulators|CPAP filters|IV poles] [approved|sent to {@vendor}]",
    "route app [updated|pushed] to {VER}, [restart|force close] your tablets",
    "npi::ordering Dr. {DOC.full} NPI {NPI} [missing|not] on the [CMN|order] - [send back to|kick back to] [the office|the practice]",
    "{HCPCS} [rental|cap] reminder: month 13 = [ownership|pt owns it], [check|audit] your [lists|worklists]",
    "[CEO|CFO|COO|VP Ops] {EXEC.full} [visiting|touring] the {SITE} [depot|branch|warehouse] {MDATE}, [clean up|tidy] the [dock|break room]",
    "{SITE} [depot|branch] [closed|closing early] [Monday|for the holiday|Friday], [calls|overflow] roll to {SITE2}",
    "[warehouse|depot] at {FACADDR} - [receiving|dock] hours [now|are now] 7-3",
    "hipaa mrn-topic ssn-topic::[reminder|fyi]: [never|don't] paste MRNs or SSNs in this channel, use the [chart link|secure msg]",
    "{AGGAGE} on the [north|south|east] route this week, extra [checks|care] on the [stairs|tanks]",
    "[intake|billing|dispatch] [queue|line] moved to {EXT}",
    "van {VANNO} back in service, [new tires|brakes done|ac fixed]",
    "delivery {DELNO} [completed|closed], POD [uploaded|captured]",
    "{YAGE} on [3L|2L|4L] [wants|needs] a POC eval, who's free [tomorrow|this week]?",
    "cost center {COSTCTR} for [all|the] [fuel|tolls|van repairs]",
    "Zoom for the [RT|billing|intake] sync: {ZOOM}",
    "hipaa::[HIPAA|privacy] refresher due {MDATE}: {INTRA}",
    "{COLL1.first} [OOO|out] {MDATE}, {COLL2.first} covering [intake|dispatch|the phones]",
    "{ICD} + {HCPCS} needs [a qualifying sat|the F2F note|an AHI] [before|for] [billing|the claim]",
    "{FISCAL} [rental revenue|DSO|collections] [down|up] [3%|1.2 days|$40k], {EXEC.first} wants [numbers|a deck] by {MDATE}",
    "money::corp card ending [4417|0921|3308] [declined|over limit] at the [gas station|Shell|Pilot], exp [09/27|11/26]",
    "asset tag {ASSET} [missing|found] in van {VANNO}",
    "lot {LOT} [tubing|cannulas|extension sets] [on hold|recalled] - [pull|quarantine] from [vans|shelves]",
    "{EXEC.full} ({EXEC.title}) [will join|is joining] the [all-hands|town hall] {MDATE}",
    "calendar::[timesheets|mileage logs] due {MDATE} by [noon|5pm]",
    "[CMN|recert] [backlog|queue] is [212|87|140] [deep|orders], [need|want] it under 50 by {MDATE}",
    "new referring [practice|group] {@practice}, group NPI {NPI}, [added|loaded] to [Brightree|the EHR]",
    "{@vendor} [portal|api] [upgrade|maintenance] {MDATE} {TIME}-[2am|3am], build {VER}",
    "[invoice|inv] {INV} from {@vendor} [doesn't match|matches] PO {PO}, [hold|release] payment",
    "calendar::[training|in-service] on the new [CADD pump|Trilogy|AirSense 11] {MDATE} at the {SITE} branch, [lunch provided|bring your badge]",
    "reminder: [o2|oxygen] [cylinder|tank] racks [must be|need to be] chained [in|at] {SITE}",
    "[good job|shoutout|kudos] to {COLL1.first} and {COLL2.first} for [covering|doing] [19 stops|the snow route|a double shift] 🎉",
    "{VEND.full} from {VEND.vendor} [is|will be] [onsite|here] {MDATE} [to|for] [fix the fill station|service the liquid reservoir|swap the label printers]",
    "{RMA} for [6|4|2] [concentrators|pumps|CPAPs] [back to|shipped to] {@vendor}",
    "[fill station|liquid o2 tank] [at|in] {SITE} [down|offline] [until|till] {MDATE}, [use|pull from] {SITE2}",
    "mrn-topic::why are Brightree MRNs [8|10] digits now? [the labels|barcodes] [cut off|wrap]",
    "ssn-topic::intake asked [if|whether] we still need SSN on the [AOB|intake packet] - [no|nope], MBI only",
    "hipaa::don't [text|send] pt info from personal phones, use [TigerConnect|the secure app]",
    "[drivers|all drivers]: [pre-trip|DVIR] [checks|inspections] [every morning|daily], no exceptions",
    "fyi {@payer} [changed|updated] the [E0601|CPAP] [compliance|usage] rule effective {MDATE}",
    "[inventory|cycle] count {MDATE}, [no deliveries|no pulls] after [2pm|3pm]",
    "route {RTNO} [has|had] [22|18|31] stops [today|yesterday], [too many|split it]",
    "[new hire|welcome] {COLL1.full} [joins|joining] [dispatch|intake|the RT team] {MDATE} 👋",
    "[board meeting|board] {MDATE}, {EXEC.full} [presenting|to present] the [fleet|EV van] [plan|proposal]",
    "money::[Q3|Q4|FY26] budget [locked|approved], [two|2] [new vans|RT positions] [in|included]",
    "[our|the] {SITE} [office|branch] [wifi|network] [down|slow], IT [ticket|case] {TICKET}",
    "[new|the new] {SITE} [branch|depot] [opens|is at] {FACADDR} [in|starting] {MDATE}",
    "[sharps|biohazard] pickup at {SITE} [moved|is] {MDATE}",
    "[who|anyone] [has|have] the [spare|extra] keys for van {VANNO}?",
    "TPN [compounding|cleanroom] [recert|certification] {MDATE}, [pharmacy|cleanroom] [closed|down] [that am|all day]",
    "reminder: {HCPCS} needs [a new|an updated] CMN [each year|every 12 mo]",
    "[pump|CADD] [software|firmware] {VER} [approved|validated] by biomed",
    "[on-call|oncall] [this weekend|sat/sun]: {COLL1.first} (RT), {COLL2.first} (RN), {COLL3.first} (driver)",
    "multiline::{COLL1.first}: [can you|can u] [approve|sign off on] PO {PO}?\n{COLL2.first}: {@ack}",
    "[policy|SOP] [update|change] for [O2 storage|tank transport] effective {MDATE}: {INTRA}",
    "CS ticket {TICKET} [closed|resolved] - [driver|customer] [feedback|complaint] [addressed|handled]",
    "[we have|there are] {AGGCOUNT} pts [over 90|90+|aged 90 or older] on service, [survey|CAHPS] [sample|list] excludes them",
    "[mileage|fuel] reimbursement [rate|is] [67|70] cents [from|starting] {MDATE}",
    "[parking|lot] at {SITE} [repaved|closed] {MDATE}, park [on the street|at the church lot]",
    "{EXEC.title} {EXEC.full} [approved|signed] the [new|] [uniform|boot] [policy|stipend]",
    "calendar::[forklift|pallet jack] [cert|certification] class {MDATE} {TIME}, sign up in the LMS",
    "{@practice} [stopped|is no longer] [referring|sending] to us, {EXEC.first} [meeting|to meet] their [admin|office manager] {MDATE}",
    "{@vendor} [price increase|surcharge] [of|] [4%|6%|$2 per tank] [from|effective] {MDATE}",
    "[test|testing] the [new|] [dispatch|alert] bot, ignore",
    "build {VER} of the [driver|POD] app [breaks|fixes] [photo upload|signature capture]",
    "mrn-topic::MRN [format|field] in the [new|] [intake form|template] [should be|is] [10 digits|alphanumeric]",
    "[how many|#] [liquid|LOX] pts [do we have|on service] in {SITE}? [need|want] a count for {@vendor}",
    "[Medicare|medicare] [competitive bidding|CB] round [starts|begins] {MDATE}, [webinar|call] {ZOOM}",
    "[cleaned|reprocessed] [14|22|9] [concentrators|CPAPs] [today|this am], [back on|to] the shelf at {SITE}",
    "note: Dr. {DOC.last} [is now at|moved to] {@practice}, [update|change] [the referral source|the ordering address]",
    "[snow|storm] plan: [all|] [routes|deliveries] [frozen|on hold] [after|at] {TIME} {MDATE}",
    "FY2026 [goals|OKRs] [posted|up]: {INTRA}",
    "[thx|thanks] {COLL1.first}! [that fixed it|all set|works now]",
    "[lunch|pizza] in the {SITE} break room [at|@] [noon|12:30] 🍕",
    "[anyone|who] [seen|has] the [pallet|tank] cart from [dock 2|bay 3]?",
    "calendar::1:1s [moved|shifted] to [Thursdays|Tuesdays] [starting|from] {MDATE}",
    "{HCPCS} [resupply|refills] every [3 months|6 months] per {@payer}",
    "{ICD} [alone|by itself] doesn't [support|qualify for] [O2|oxygen], [need|add] [sats|the sat]",
    "[quality|QA] [audit|review] of [delivery tickets|PODs] for {FISCAL}: [96%|91%|88%] [complete|compliant]",
    "{EXEC.full} [from|at] {@hospital} [wants|asked for] a [meeting|call] [about|on] [referral volume|d/c delays] {MDATE}",
    "[who|anyone] [can|want to] [swap|trade] [on-call|weekend] {MDATE}? [dm|ping] me",
    "[new|updated] [driver|delivery] [zones|map] [live|published]: {INTRA}",
    "bin {BIN} [is|was] [empty|mislabeled], [restock|relabel] [nasal cannulas|masks]",
    "pharmacy after hours [goes|rolls] [through|to] [the answering service|{EXT}]",
    "[invoice|inv] {INV} [paid|posted] {MONEY}",
    "[LOX|liquid] [delivery|fill] from {@vendor} [arrives|is] {MDATE} {TIME}, [dock|bay] [2|1] [clear|cleared]",
    "{TICKET} - [scanner|label printer] at [pack|packing] station [jammed|fixed]",
    "[please|pls] [do not|don't] [leave|park] [vans|trucks] [idling|running] [at|in] the {SITE} lot",
    "[the|] [state|DPH] [survey|inspection] [window|is] [opens|expected] {MDATE}, [binder|policies] [ready|updated]",
    "[EHR|Brightree] [release|update] {VER} [tonight|on] {MDATE}, [expect|no] downtime",
    "{COLL1.first} is the [new|interim] [dispatch lead|RT manager|intake supervisor] [as of|from] {MDATE}",
    "[our|the] [Google|Yelp] [rating|reviews] [went|is] [up|down] to [4.6|4.1|3.9], {EXEC.first} [wants|asks] [drivers|everyone] to [read|review] [them|the comments]",
    "[meeting|call] with {@payer} [rep|provider rep] {VEND.full} {MDATE} [re|about] [rental caps|the audit]",
    "[hep B|flu|COVID] [shots|clinic] for staff {MDATE} [at|in] {SITE}, [sign up|sign-up sheet] [at the front desk|in the break room]",
    "[RT|RN] [staffing|coverage] [short|thin] [Tue|Wed|Fri], [overtime|OT] [approved|ok'd] by {EXEC.first}",
    "print job {PRINTJOB} [stuck|won't release] [on|at] the [front|intake] printer",
    "{ICD} [with|+] {HCPCS} [got|was] [denied|paid] on [3|5] claims [this week|last month], [pattern|trend]?",
    "[ordering|referring] [physician|doc] {DOC.full} NPI {NPI} [now|is] [active|deactivated] in PECOS",
    "[fleet|Fleet]: van {VANNO} [due|overdue] for [inspection|sticker] [by|on] {MDATE}",
    "[contract|agreement] {CONTRACT} with {@vendor} [renews|expires] {MDATE}",
    "[weekly|daily] [stats|numbers]: [142|87|203] deliveries, [12|6|9] setups, [3|1] [missed|failed] [windows|stops]",
    "age-aggregate::reminder: [patients|pts] [over 89|90+] [are|count as] [high risk|fall risk] in the [new|] [fall|safety] [protocol|policy]",
    "mrn-topic::MRN [column|field] [dropped|missing] [from|in] the [route export|manifest csv], {TICKET}",
    "[drivers|team]: [new|the] [phone|tablet] [chargers|mounts] [in|at] {SITE}, [grab one|one per van]",
    "{COLL1.at} [can you|could you] [look at|check] {TICKET}?",
    "{COLL1.at} {@ack}",
    "[ok|okay] [who|which one of you] [moved|took] my [stapler|coffee] 😂",
    "[the|our] {SITE} [lease|building lease] [ends|renews] {FISCAL}, [facilities|Facilities] [handling|on it]",
    "[CHAP|ACHC|Joint Commission] [accreditation|survey] [prep|mock survey] {MDATE} {TIME} [in the|at] {SITE} [conf room|office]",
    "[sales|marketing] [rep|liaison] {COLL1.full} [visiting|meeting with] [case managers|CMs] at {@hospital} {MDATE}",
    "[new|updated] [formulary|price list] from {@vendor} [attached|in the drive]",
    "[don't forget|remember] to [badge|clock] [in|out] at the {SITE} [door|kiosk]",
    "[pump|CADD] [inventory|count]: [42|37|55] [in stock|on shelf], [12|8|15] [in|at] [biomed|repair]",
    "{@greet}[the|] [HHS|OCR] [breach|audit] [training|module] [link|is up]: {INTRA}",
    "ok",
    "on it 👍",
    "van {VANNO} [ready|loaded]",
    "{TICKET} closed",
    "{@ack}",
    "[anyone|who's] [going|heading] to {SITE} [today|this pm]? [need|want] [a box of|two] [cannulas|regulators] [moved|brought over]",
    "hipaa::[reminder|pls]: [names|pt names] [go in|only in] Brightree, [not|never] in [slack|this channel]",
    "ssn-topic::[CMS|Medicare] [dropped|stopped using] SSN-based [ids|HICNs] years ago, [use|ask for] the MBI",
    "cpt::[E1390|E0431] [vs|or] [E1392|E0433]? [which|what] [code|HCPCS] for the [POC|portable]",
    "icd::[is {ICD} enough|does {ICD} qualify|would {ICD} qualify] for [CPAP|BiPAP] or do we need [the PSG|a sleep study]?",
    "age-aggregate::[fall|incident] [report|stats] {FISCAL}: [7|4|9] falls, [3|2] in pts 90+, [none|no] serious",
    "ext::{COLL1.first} is at {EXT} [if you need|for] [pump questions|billing stuff]",
    "zip-like::[item|SKU] {BIN} [is|=] [the 7ft cannula|large mask cushion], not [the 25ft|medium]",
    "exec-name::{EXEC.title} {EXEC.full} [will|to] [ride along|ride with drivers] {MDATE}, [be nice|no pressure]",
    "version::[iPad|tablet] OS {VER} [breaks|broke] the [scanner|camera] in the route app, [don't update|hold updates]",
    "facility-address::[mail|send] [returns|RMAs] to [our|the] warehouse: {FACADDR}",
    "[dispatch|intake] [is|'s] [slammed|drowning] [today|this am], [all hands|anyone free] [please help|pitch in]",
    "[reminder|fyi]: no [tank|cylinder] [deliveries|pickups] [on|for] {MDATE} [holiday|], routes [shift|move] a day",
    "{DOC.mr} [at|from] {@practice} [wants|asked for] [a lunch-and-learn|an in-service] on [the new CPAP|POCs] {MDATE}",
    "[Q|q]: [do we|can we] [bill|charge] [a delivery fee|mileage] for [out-of-zone|long] [trips|runs]? {EXEC.first} [said|says] [no|check with billing]",
]

# ----------------------------------------------------------------------------
# function templates: threads, tables, forms
# ----------------------------------------------------------------------------
THREAD_PHI_OPEN = [
    "anyone [know|remember] [what|which] [window|time] {PT.full} [wanted|asked for]?",
    "{PT.mr} [called|rang] [again|twice], [the|her|his] [tanks|bed|pump] [didn't come|still not there]",
    "new [referral|order] for {PT.inv}, DOB {DOB}, [going to|needs] {@equip}",
    "[who|which driver] [has|is doing] {PT.last} [today|this am]? [address|addr] [changed|is new]: {ADDR}",
    "{PT.full} [ED|ER] [visit|trip] {SDATE}, [should we|do we] hold the [delivery|drug shipment]?",
    "RT [needed|wanted] at {PT.full}'s - [CPAP|concentrator] {DEVICEV} [alarming|dead]",
]
THREAD_PHI_LINES = [
    "[which|what] [address|addr] do we have for {PT.him}? {ADDR}?",
    "[moved|bumped] {PT.him} to {SDATE}",
    "{PT.his} [number|cell] is {PT.phone}",
    "[I'll|i'll] call {PT.his} {REL.rel} {REL.first}",
    "[can|could] [you|u] put {PT.last} on [my|the] route?",
    "{REL.rel} {REL.full} [picks up|answers], not {PT.first}",
    "[she's|he's|pt is] {AGE} [fyi|btw], [go slow|be patient]",
    "[dob|DOB] on file {DOB}, [matches|confirmed]",
    "{PT.first} [says|said] [ok|fine] [for|with] {SDATE}",
    "member [id|#] {MEMBERV} [is|comes back] [active|inactive]",
]
THREAD_ANY_LINES = [
    "{@ack}", "[thanks|thx|ty]", "[np|no prob]", "[ok|k] [done|updated]",
    "[who's|who is] on route {RTNO} today?", "{COLL2.first} [has|is on] it",
    "[sec|one sec], [checking|looking]", "[yep|yes] [that's|thats] [right|the one]",
    "[updated|fixed] in Brightree", "[let me|lemme] [check|look] [with|w/] dispatch",
    "van {VANNO} [can|could] [swing by|go] after lunch", "[lol|haha] [ok|fine]",
    "[can we|let's] [talk|discuss] at huddle {TIME}", "[👍|✅|🙏]",
]
THREAD_CLEAN_OPEN = [
    "[who|anyone] [can|able to] [cover|take] route {RTNO} [tomorrow|Friday]?",
    "[label printer|scanner] at {SITE} [down|jammed] again, {TICKET}",
    "PO {PO} [still|is] [not approved|pending], [who|anyone] [can|able to] [sign|approve]?",
    "[huddle|standup] [moved|pushed] to {MDATE} {TIME}",
    "[route app|driver app] {VER} [is|keeps] [crashing|freezing] on [login|photo upload]",
    "[how many|#] [E-tanks|concentrators] [left|on the shelf] at {SITE}?",
]

def speaker_prefix(ctx, key, style, clock):
    p = ctx.person(key)
    nm = p.first if R.random() < 0.6 else p.first + ' ' + p.last
    ts = '%d:%02d %s' % (clock[0], clock[1], 'AM' if clock[0] < 12 else 'PM')
    if style == 'slack':
        return [(nm, 'n', None), T(': ')]
    if style == 'teams':
        return [C('['), C(ts), C('] '), (nm, 'n', None), T('\n')]
    if style == 'ts':
        return [C('%d:%02d ' % clock), (nm, 'n', None), T(': ')]
    if style == 'bold':
        ctx.tag('slack-markup')
        return [RAW('*'), (nm, 'n', None), RAW('*'), T(': ')]
    return [(nm.lower(), 'n', None), T(' - ')]

def tick(clock):
    h, m = clock
    m += R.randint(0, 9)
    if m >= 60:
        h, m = h + 1, m - 60
    return (min(h, 23), m)

def fn_thread(ctx, clean):
    n = R.randint(3, 6)
    style = R.choice(['slack', 'teams', 'ts', 'bold', 'plain'])
    speakers = ['COLL%d' % i for i in range(1, R.randint(2, 4) + 1)]
    clock = (R.randint(7, 16), R.randint(0, 59))
    segs = []
    for k in range(n):
        spk = speakers[k % len(speakers)] if k < len(speakers) else R.choice(speakers)
        if k == 0:
            tpl = R.choice(THREAD_CLEAN_OPEN if clean else THREAD_PHI_OPEN)
        elif clean:
            tpl = R.choice(THREAD_ANY_LINES)
        else:
            tpl = R.choice(THREAD_PHI_LINES + THREAD_ANY_LINES)
        segs += speaker_prefix(ctx, spk, style, clock) + ctx.r(tpl)
        clock = tick(clock)
        if k < n - 1:
            segs.append(T('\n'))
    return segs

def fn_manifest(ctx, clean):
    k = R.randint(2, 5)
    segs = ctx.r("Route {RTNO} [manifest|stops] - [today|AM run|PM run] (van {VANNO})\n")
    sep = R.choice([' | ', '\t', ' / '])
    segs.append(T(sep.join(['stop', 'patient', 'address', 'item', 'phone']) + '\n'))
    for j in range(k):
        segs.append(T('%d%s' % (j + 1, sep)))
        segs += ctx.r('{PT%d.inv}' % (j + 1)) + [T(sep)] + ctx.r('{ADDR}') + [T(sep)] + \
            ctx.r('{@equip}') + [T(sep)] + ctx.r('{PT%d.phone}' % (j + 1))
        if j < k - 1:
            segs.append(T('\n'))
    return segs

def fn_worklist(ctx, clean):
    k = R.randint(2, 4)
    segs = ctx.r("[billing|AR] worklist [for|-] {@payer} [denials|holds]\n")
    segs.append(T('acct | patient | DOB | bal | status\n'))
    for j in range(k):
        segs += ctx.r('{ACCTV} | {PT%d.inv} | {DOB} | $%d.%02d | [stmt 2|payment plan|to collections|resubmit]' %
                      (j + 1, R.randint(12, 2400), R.randint(0, 99)))
        if j < k - 1:
            segs.append(T('\n'))
    return segs

def fn_compliance(ctx, clean):
    k = R.randint(2, 4)
    segs = ctx.r("CPAP compliance - [30 day|90 day] [check|list], RT {COLL1.first}\n")
    segs.append(T('pt | SN | usage | last download\n'))
    for j in range(k):
        segs += ctx.r('{PT%d.full} | {DEVICEV} | %d%% | {SDATE}' % (j + 1, R.randint(12, 98)))
        if j < k - 1:
            segs.append(T('\n'))
    return segs

def fn_clean_table(ctx, clean):
    k = R.randint(2, 5)
    segs = ctx.r("[route stats|daily numbers] {MDATE}\n")
    segs.append(T('route | stops | setups | miles\n'))
    for j in range(k):
        segs += ctx.r('%s | %d | %d | %d' % (R.choice('ABCDEFG') + str(j + 1), R.randint(6, 28), R.randint(0, 6), R.randint(40, 220)))
        if j < k - 1:
            segs.append(T('\n'))
    return segs

def fn_oncall(ctx, clean):
    segs = ctx.r("on-call [week of|wk of] {MDATE}\n")
    segs += ctx.r("RT: {COLL1.full} {EXT}\nRN: {COLL2.full} {EXT}\ndriver: {COLL3.first}\npharmacist: {COLL4.full}")
    return segs

def fn_inventory(ctx, clean):
    items = R.sample(['E-tanks', 'M6 cylinders', 'nasal cannulas', 'CPAP filters', 'AirSense 11',
                      'CADD cassettes', 'IV poles', 'semi-electric beds', 'rollators', 'regulators'], 4)
    segs = ctx.r("{SITE} [inventory|stock] {MDATE}\n")
    for j, it in enumerate(items):
        segs.append(T('%s: %d on hand, par %d' % (it, R.randint(0, 80), R.randint(10, 60))))
        if j < 3:
            segs.append(T('\n'))
    return segs

def fn_intake_form(ctx, clean):
    fields = [('Name', '{PT.inv}'), ('DOB', '{DOB}'), ('Address', '{ADDR}'), ('Phone', '{PT.phone}'),
              ('Emergency contact', '{REL.full} ({REL.rel}) {REL.phone}'), ('Insurance', '{@payer} {MEMBERV}'),
              ('SSN', '{SSNV}'), ('MRN', '{MRNV}'), ('Email', '{PT.email}'), ('Ordering MD', 'Dr. {DOC.full}, NPI {NPI}'),
              ('Dx', '{ICD} {@dx}'), ('Equipment', '{@equip}')]
    pick = [fields[0]] + R.sample(fields[1:], R.randint(3, 7))
    segs = ctx.r("[intake form|referral form|new pt intake] [pasted|copied] from the fax:\n")
    sep = R.choice([': ', ' - ', ':\t'])
    for j, (k, v) in enumerate(pick):
        segs.append(T(k + sep))
        segs += ctx.r(v)
        if j < len(pick) - 1:
            segs.append(T('\n'))
    return segs

FN_PHI = [('multiline', fn_thread)] * 5 + [('multiline', fn_manifest), ('multiline', fn_manifest),
          ('multiline', fn_worklist), ('multiline', fn_compliance), ('multiline referral', fn_intake_form)]
FN_CLEAN = [('multiline', fn_thread)] * 5 + [('multiline', fn_clean_table),
            ('multiline calendar', fn_oncall), ('multiline', fn_inventory)]

# ----------------------------------------------------------------------------
# transforms (work on segments; labelled values move with their segment)
# ----------------------------------------------------------------------------
SHORT = [('as soon as possible', 'asap'), ('follow up', 'f/u'), ('going to', 'gonna'),
         ('patients', 'pts'), ('patient', 'pt'), ('without', 'w/o'), ('with', 'w/'),
         ('tomorrow', 'tmrw'), ('please', 'pls'), ('thanks', 'thx'), ('because', 'bc'),
         ('message', 'msg'), ('appointment', 'appt'), ('before', 'b4'), ('about', 'abt'),
         ('people', 'ppl'), ('prescription', 'rx'), ('deliveries', 'delivs'), ('delivery', 'deliv'),
         ('minutes', 'mins'), ('through', 'thru'), ('though', 'tho'), ('you', 'u'), ('your', 'ur'),
         ('okay', 'ok'), ('information', 'info'), ('address', 'addr'), ('weekend', 'wknd'),
         ('week', 'wk'), ('schedule', 'sched'), ('oxygen', 'o2'), ('discharge', 'd/c'),
         ('received', 'rcvd'), ('voicemail', 'vm'), ('tonight', 'tonite'), ('daughter', 'dtr'),
         ('concentrator', 'conc'), ('equipment', 'equip'), ('hospital', 'hosp'),
         ('insurance', 'ins'), ('referral', 'ref'), ('something', 'smth'), ('should', 'shd'),
         ('number', 'num'), ('pickup', 'p/u'), ('confirm', 'conf'),
         ('are', 'r')]

KEYNB = {'a': 'sqw', 'b': 'vnh', 'c': 'xvd', 'd': 'sfe', 'e': 'wrd', 'f': 'dgr', 'g': 'fht', 'h': 'gjy',
         'i': 'uok', 'j': 'hku', 'k': 'jli', 'l': 'kop', 'm': 'nj', 'n': 'bmh', 'o': 'ipl', 'p': 'ol',
         'q': 'wa', 'r': 'etf', 's': 'adw', 't': 'ryg', 'u': 'yij', 'v': 'cbf', 'w': 'qes', 'x': 'zcs',
         'y': 'tuh', 'z': 'xa'}

def tf_shorthand(segs):
    rules = [r for r in SHORT if R.random() < 0.6]
    out, changed = [], False
    for s in segs:
        if s[1] == 't':
            txt = s[0]
            for w, sh in rules:
                new = re.sub(r'(?<![\w/])' + re.escape(w) + r'(?![\w/])', sh, txt)
                if new != txt:
                    txt, changed = new, True
            s = (txt, 't', None)
        out.append(s)
    return out, changed

def mutate(w):
    i = R.randint(1, len(w) - 2)
    op = R.choice(['swap', 'drop', 'double', 'near'])
    if op == 'swap':
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 'drop':
        return w[:i] + w[i + 1:]
    if op == 'double':
        return w[:i] + w[i] + w[i:]
    c = w[i]
    return w[:i] + R.choice(KEYNB.get(c, c)) + w[i + 1:]

def tf_typo(segs):
    cands = []
    for si, s in enumerate(segs):
        if s[1] == 't':
            for m in re.finditer(r'(?<![\w\'/@.-])[a-z]{4,}(?![\w\'/@-])', s[0]):
                cands.append((si, m.start(), m.end()))
    if not cands:
        return segs, False
    picks = R.sample(cands, min(len(cands), R.choice([1, 1, 2])))
    segs = list(segs)
    for si, a, b in sorted(picks, key=lambda x: (x[0], -x[1])):
        txt = segs[si][0]
        w = txt[a:b]
        nw = mutate(w)
        if nw == w:
            continue
        segs[si] = (txt[:a] + nw + txt[b:], 't', None)
    return segs, True

def tf_markup(segs, ctx):
    segs = list(segs)
    did = False
    ops = R.sample(['wrap', 'bold', 'mention', 'channel', 'italic'], R.choice([1, 1, 2]))
    for op in ops:
        if op == 'wrap':
            ix = [i for i, s in enumerate(segs) if s[1] == 's' and
                  (i == 0 or segs[i - 1][1] != 'r') and (i + 1 == len(segs) or segs[i + 1][1] != 'r')
                  and '\n' not in s[0]]
            if not ix:
                continue
            i = R.choice(ix)
            mk = R.choice(['*', '*', '`', '_'])
            segs = segs[:i] + [RAW(mk), segs[i], RAW(mk)] + segs[i + 1:]
            did = True
        elif op in ('bold', 'italic'):
            cands = []
            for si, s in enumerate(segs):
                if s[1] == 't':
                    for m in re.finditer(r'(?<![\w\'/@.*_-])[A-Za-z]{4,}(?![\w\'/@*_-])', s[0]):
                        cands.append((si, m.start(), m.end()))
            if not cands:
                continue
            si, a, b = R.choice(cands)
            txt = segs[si][0]
            mk = '*' if op == 'bold' else '_'
            segs = segs[:si] + [T(txt[:a]), RAW(mk), T(txt[a:b]), RAW(mk), T(txt[b:])] + segs[si + 1:]
            did = True
        elif op == 'mention':
            segs = [RAW('<@U0' + alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') + '>'), T(' ')] + segs
            did = True
        else:
            ch = R.choice(['dispatch', 'intake', 'rt-team', 'billing', 'ops-north', 'drivers'])
            segs = segs + [T(R.choice([' cc ', ' fyi ', ' - '])), RAW('<#C0' + alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') + '|' + ch + '>')]
            did = True
    if did:
        ctx.tag('slack-markup')
    return segs, did

EMOJI = ['\U0001f69a', '\U0001f44d', '\U0001f64f', '\u2705', '\u26a0\ufe0f', '\U0001f6a8', '\U0001f605',
         '\U0001f4e6', '\U0001f440', '\U0001f62c', '\U0001f48a', '\U0001f525', '\U0001f914',
         ':truck:', ':white_check_mark:', ':pray:', ':rotating_light:', ':thumbsup:', ':eyes:', ':sweat_smile:']

def tf_emoji(segs):
    e = R.choice(EMOJI)
    if R.random() < 0.7:
        return list(segs) + [T(' '), RAW(e)], True
    return [RAW(e), T(' ')] + list(segs), True

def tf_lower(segs):
    out, changed = [], False
    for s in segs:
        if s[1] != 'r':
            lo = s[0].lower()
            if lo != s[0]:
                changed = True
            s = (lo, s[1], s[2])
        out.append(s)
    return out, changed

# ----------------------------------------------------------------------------
# assembly and self-check
# ----------------------------------------------------------------------------
STRUCT_TYPES = ('SSN', 'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'VEHICLE_ID',
                'DEVICE_ID', 'IP_ADDRESS', 'CREDIT_CARD')
TYPE_TAG = {'NAME': 'name', 'DATE': 'date', 'AGE': 'age', 'ADDRESS': 'address', 'PHONE': 'phone',
            'EMAIL': 'email', 'URL': 'url'}
EMOJI_RE = re.compile('[\U0001f300-\U0001faff\u2600-\u27bf]|:[a-z_]+:')

def assemble(segs):
    """text + spans; None if a checker-style left-to-right lookup would not land
    on the value's real position, or a value is malformed."""
    text = ''.join(s[0] for s in segs)
    spans = []
    off = 0
    for s in segs:
        b = len(s[0].encode('utf-8'))
        if s[1] == 's':
            v = s[0]
            if not v or v != v.strip() or v[-1] in '.,;:!?' or '\n' in v:
                return None
            spans.append((s[2], v, off, off + b))
        off += b
    tb = text.encode('utf-8')
    pos = 0
    for typ, v, a, b in spans:
        i = tb.find(v.encode('utf-8'), pos)
        if i != a:
            return None
        pos = b
    return text, spans

def tidy(segs):
    """merge neighbouring prose segments, collapse doubled spaces, trim the ends."""
    out = []
    for s in segs:
        if s[0] == '':
            continue
        if out and s[1] == 't' and out[-1][1] == 't':
            out[-1] = T(out[-1][0] + s[0])
        else:
            out.append(s)
    out = [T(re.sub(r'(?<=\S) {2,}', ' ', s[0]).replace(' \n', '\n')) if s[1] == 't' else s for s in out]
    if out and out[0][1] == 't':
        out[0] = T(out[0][0].lstrip())
    if out and out[-1][1] == 't':
        out[-1] = T(out[-1][0].rstrip())
    return [s for s in out if s[0] != '']

def render(tpl, clean):
    tags_txt, kind, payload = tpl
    ctx = Ctx(clean)
    for t in tags_txt.split():
        ctx.tag(t)
    segs = payload(ctx, clean) if kind == 'fn' else ctx.r(payload)
    segs = tidy(segs)
    form = []
    if R.random() < 0.25:
        segs, ch = tf_shorthand(segs)
        if ch:
            form.append('shorthand')
    if R.random() < 0.18:
        segs, ch = tf_typo(segs)
        if ch:
            form.append('typo')
    if R.random() < 0.14:
        segs, ch = tf_markup(segs, ctx)
    if R.random() < 0.12:
        segs, ch = tf_emoji(segs)
    if R.random() < 0.35:
        segs, ch = tf_lower(segs)
        if ch:
            form.append('lowercase')
    res = assemble(segs)
    if res is None:
        return None
    text, spans = res
    if clean and spans:
        raise RuntimeError('clean template produced PHI: %r' % (payload,))
    if not clean and not spans:
        return None
    tags = list(ctx.tags)
    for typ, _, _, _ in spans:
        tg = TYPE_TAG.get(typ) or ('structured' if typ in STRUCT_TYPES else None)
        if tg and tg not in tags:
            tags.append(tg)
    if spans and not ctx.nonbiz and 'business-contact' not in tags:
        tags.append('business-contact')
    if not (spans and not ctx.nonbiz) and 'business-contact' in tags:
        tags.remove('business-contact')
    for f in form:
        if f not in tags:
            tags.append(f)
    if '\n' in text and 'multiline' not in tags:
        tags.append('multiline')
    if '\n' not in text and 'multiline' in tags:
        tags.remove('multiline')
    if EMOJI_RE.search(text) and 'emoji' not in tags:
        tags.append('emoji')
    tags.append('phi' if spans else 'clean')
    return {'text': text, 'spans': [{'type': t, 'value': v} for t, v, _, _ in spans], 'tags': tags}

def parse_templates(lst, fns):
    out = []
    for s in lst:
        if '::' in s:
            tg, body = s.split('::', 1)
        else:
            tg, body = '', s
        out.append((tg, 'str', body))
    for tg, fn in fns:
        out.append((tg, 'fn', fn))
    return out

class Cycle(object):
    def __init__(self, items):
        self.items = list(items)
        self.queue = []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            R.shuffle(self.queue)
        return self.queue.pop()

def main():
    phi_t = parse_templates(PHI_TEMPLATES, FN_PHI)
    clean_t = parse_templates(CLEAN_TEMPLATES, FN_CLEAN)
    flags = [True] * N_CLEAN + [False] * (N_TOTAL - N_CLEAN)
    R.shuffle(flags)
    cyc = {True: Cycle(clean_t), False: Cycle(phi_t)}
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, 'generated_hd.jsonl')
    lines = []
    for i, clean in enumerate(flags):
        tpl = cyc[clean].next()
        rec = None
        for attempt in range(400):
            if attempt and attempt % 100 == 0:
                tpl = cyc[clean].next()
            rec = render(tpl, clean)
            if rec is not None:
                break
        if rec is None:
            raise RuntimeError('could not render message %d' % i)
        item = {'id': 'hd%04d' % (i + 1), 'text': rec['text'], 'spans': rec['spans'], 'tags': rec['tags']}
        lines.append(json.dumps(item, ensure_ascii=False))
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    n_clean = sum(flags)
    print('wrote %s: %d messages, %d clean, %d templates (%d PHI / %d clean)' % (
        out_path, len(lines), n_clean, len(phi_t) + len(clean_t), len(phi_t), len(clean_t)))

if __name__ == '__main__':
    main()
