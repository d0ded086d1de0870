#!/usr/bin/env python3
"""gen_hg.py - generator hg: labelled clinical-operations chat messages (Slack/Teams)
for evaluating a PHI redactor.

Standard library only, fixed seed: running it again rewrites generated_hg.jsonl
byte for byte.  Every labelled value is tracked while the message is composed
(pieces of (text, type)); nothing is found by searching afterwards.  A final
self-check replays the corpus checker's left-to-right matching and re-rolls any
message where a span value would be matched at the wrong place.
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 20251014
N_MSG = 700
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_hg.jsonl")
R = random.Random(SEED)
TODAY = datetime.date(2025, 10, 14)

TYPES = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID",
         "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"}


def ch(seq):
    return R.choice(seq)


def csv(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# ---------------------------------------------------------------- names
GIVEN_F = csv("""Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Karen, Nancy,
Margaret, Betty, Dorothy, Sandra, Ashley, Kimberly, Donna, Carol, Michelle, Emily, Helen, Amanda,
Melissa, Deborah, Stephanie, Rebecca, Laura, Sharon, Cynthia, Kathleen, Shirley, Amy, Angela,
Virginia, Brenda, Pamela, Evelyn, Mildred, Gladys, Bernice, Agnes, Edna, Myrtle, Hazel, Mabel,
Ethel, Irene, Lorraine, Doris, Norma, Rose, Hope, Joy, Grace, Faith, Summer, Dawn, Crystal, Amber,
Ruby, Pearl, Iris, Ivy, Holly, May, June, April, Autumn, Blossom, Destiny, Harmony, Honor,
Liberty, Melody, Misty, Page, Sage, Sunny, Violet, Willow, Wren, Penny, Daisy, Star, Jewel,
Patience, Charity, Constance, Precious, Ginger, Candy, Brook, Bliss, María, Guadalupe, Carmen,
Rosa, Lucía, Ximena, Valentina, Camila, Sofía, Inés, Beatriz, Maribel, Yesenia, Araceli, Dolores,
Consuelo, Conceição, Gabriela, Fernanda, Luana, Marie-Claude, Fabienne, Guerline, Islande, Nadège,
Ketly, Amélie, Thérèse, Huong, Linh, Ngoc, Phuong, Trang, Xiaoling, Mei, Yan, Lihua, Ying,
Seo-yeon, Hye-jin, Eun-ji, Yuki, Akiko, Emiko, Priya, Lakshmi, Ananya, Deepa, Kavitha, Meenakshi,
Harpreet, Sunita, Fatima, Aisha, Layla, Noor, Mariam, Samira, Rania, Ngozi, Ama, Folake, Amara,
Abena, Thandiwe, Wanjiru, Selam, Hodan, Olena, Katarzyna, Svetlana, Ivana, Agnieszka, Natalia,
Siobhán, Niamh, Aoife, Saoirse, Fiona, Ingrid, Astrid, Sigrid, Liesel, Greta, Francesca, Giulia,
Antonella, Eleni, Despina, Zoë, Chloé, Malia, Leilani, Aroha, Cheyenne, Tallulah, Latoya, Keisha,
Imani, Aaliyah, Shanice, Tamika, Ebony, Nevaeh, Brianna, Kayla, Madison, Hannah, Olivia, Ava, Mia,
Harper, Abigail, Ella, Scarlett, Luna, Nora, Aurora, Stella, Maeve, Bridget, Colleen, Maura, Tess,
Peggy, Lois, Vera, Opal, Fern, Bea, Winnie, Dot, Magnolia, Clementine, Birdie""")
GIVEN_M = csv("""James, Robert, John, Michael, David, William, Richard, Joseph, Thomas, Charles,
Daniel, Matthew, Anthony, Donald, Steven, Paul, Andrew, Joshua, Kenneth, Kevin, Brian, George,
Timothy, Ronald, Edward, Jason, Jeffrey, Ryan, Gary, Nicholas, Eric, Jacob, Larry, Walter, Harold,
Raymond, Eugene, Roy, Clarence, Earl, Herbert, Floyd, Wilbur, Otis, Will, Mark, Bill, Hunter,
Frank, Gene, Guy, Art, Buck, Chase, Clay, Dale, Drew, Glen, Heath, Bud, Cash, Chance, Miles, Rich,
River, Rocky, Storm, Reed, Forest, Major, King, Rusty, Skip, Sonny, José, Juan, Luis, Jorge,
Alejandro, Javier, Santiago, Mateo, Diego, Ramón, Rafael, Héctor, Joaquín, Ignacio, Ernesto,
Eusebio, João, Thiago, Rodrigo, Antônio, Jean-Baptiste, Wilner, Réginald, Jacques, Minh, Thanh,
Duc, Quang, Tuan, Bao, Hieu, Wei, Jun, Zhiqiang, Hao, Jian, Min-jun, Ji-ho, Sung-min, Haruto,
Kenji, Takeshi, Arjun, Rajesh, Vikram, Sanjay, Rohan, Gurpreet, Aarav, Mohammed, Omar, Yusuf,
Khalid, Hassan, Tariq, Ibrahim, Chidi, Kwame, Oluwaseun, Kofi, Sipho, Tesfaye, Abdi, Dmitri,
Łukasz, Bogdan, Miroslav, Zoran, Piotr, Ciarán, Declan, Eamon, Padraig, Angus, Søren, Lars, Björn,
Jürgen, Matthias, Giuseppe, Vincenzo, Salvatore, Dimitrios, Spyros, Noé, Keanu, Koa, Tane, Tavita,
Shaquille, Deshawn, Tyrone, Jamal, Darnell, Marquis, Terrence, Dwayne, Cornelius, Jaylen, Elijah,
Liam, Noah, Oliver, Lucas, Henry, Owen, Caleb, Wyatt, Silas, Finn, Rory, Seamus, Cormac, Ezra,
Amos, Abe, Moe, Ike, Wendell, Lyle, Merle, Virgil, Royal, Lucky, Booker, Sterling""")
GIVEN_U = csv("""Pat, Sky, Sandy, Jordan, Casey, Riley, Avery, Quinn, Morgan, Jamie, Alex, Robin, Jesse,
Kerry, Leslie, Frankie, Marion, Shannon, Dana, Kim, Sasha, Noa, Ariel, Rowan, Emerson, Blair,
Dakota, Lane, Justice, Ocean""")
SURNAMES = csv("""Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez,
Hernandez, Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Perez,
Thompson, White, Harris, Sanchez, Clark, Ramirez, Lewis, Robinson, Walker, Young, Allen, King,
Wright, Scott, Torres, Nguyen, Hill, Flores, Green, Adams, Nelson, Baker, Hall, Rivera, Campbell,
Mitchell, Carter, Roberts, Stone, Rivers, Lane, Fox, Wolf, Field, Cook, Mason, Page, Price, Rich,
Short, Long, Day, Bell, Black, Bird, Cash, Frost, Hale, Hart, Hope, Hunt, Knight, Love, March, Marsh,
Moon, Noble, North, Pool, Read, Rose, Salmon, Shepherd, Snow, Strong, Swift, Trout, Waters, Wise,
Woods, Winter, Summers, Banks, Barber, Carpenter, Fisher, Gardner, Hunter, Porter, Potter, Sawyer,
Steel, Street, Castle, Church, Chambers, Brooks, Meadows, Paris, Holland, English, French, Welsh,
O'Brien, O'Connor, McCarthy, Murphy, Kelly, Sullivan, Walsh, Byrne, Fitzgerald, Donnelly, MacNeil,
McAllister, Ó Briain, Rossi, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo,
Conti, DeLuca, Mancini, Costa, Giordano, Lombardi, Moretti, Ferraro, Castillo, Vargas, Mendoza,
Guzmán, Ortiz, Morales, Reyes, Cruz, Ramos, Jiménez, Ruiz, Alvarado, Aguilar, Salazar, Delgado,
Peña, Figueroa, Santos, Ibáñez, Quintero, Villanueva, de la Cruz, Núñez, Silva, Oliveira, Souza,
Pereira, Ferreira, Almeida, Carvalho, Rocha, Medeiros, Furtado, Tavares, Amaral, Pacheco, Pierre,
Jean-Louis, Joseph, Charles, Baptiste, Dorvil, Toussaint, Desrosiers, Étienne, Lafontaine, Beaulieu,
Thibodeau, Gagnon, Lévesque, Bélanger, Ouellette, Fortin, Nguyễn, Tran, Le, Pham, Hoang, Huynh,
Phan, Vu, Vo, Dang, Bui, Ngo, Duong, Ly, Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou,
Xu, Sun, Ma, Zhu, Guo, Lin, Gao, Chan, Wong, Leung, Cheung, Lau, Tsang, Kim, Park, Choi, Jung,
Kang, Cho, Yoon, Jang, Lim, Han, Shin, Seo, Kwon, Hwang, Ahn, Song, Sato, Suzuki, Takahashi,
Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Yamada, Sasaki, Matsumoto,
Patel, Shah, Sharma, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Menon, Rao, Desai, Mehta, Chatterjee,
Banerjee, Krishnan, Pillai, Joshi, Kaur, Bhatt, Chaudhry, Verma, Agarwal, Subramanian, Haddad,
Khoury, Nasser, Saleh, Mansour, Hussein, Abdullah, Rahman, Farah, Aziz, Khalil, Hamdan, Al-Sayed,
El-Amin, Okafor, Adeyemi, Okonkwo, Mensah, Asante, Boateng, Owusu, Nwosu, Eze, Balogun, Abiodun,
Kamau, Otieno, Mwangi, Haile, Abebe, Diallo, Ndiaye, Traoré, Dlamini, Nkosi, Osei, Ogunleye,
Kowalski, Nowak, Wiśniewski, Kovalenko, Shevchenko, Petrov, Ivanova, Popescu, Horvat, Novák,
Dvořák, Kuznetsov, Zielinski, Sokolov, Babić, Müller, Schmidt, Schneider, Fischer, Weber, Becker,
Hoffmann, Schäfer, Koch, Richter, Larsen, Johansson, Lindqvist, Nyberg, Eriksen, Halvorsen,
Bergström, Papadopoulos, Georgiou, Nikolaidis, Dimitriou, Pappas, Van der Berg, Janssen, De Vries,
Kealoha, Kahananui, Begay, Yazzie, Tsosie, Two Bulls, Whitehorse, Ashkenazi, Friedman, Goldberg,
Katz, Levy, Cohen, Mizrahi, Hadid, Sarkis, Yilmaz, Demir, Kaya, Öztürk, Aydin, Ramdas, Persaud,
Baptiste-Roy, St. Fleur, Bien-Aimé, Mbeki, Achterberg, Vukovic, Lindgren""")
GIVEN_F = list(dict.fromkeys(GIVEN_F + GIVEN_U))
GIVEN_M = list(dict.fromkeys(GIVEN_M + GIVEN_U))
SURNAMES = list(dict.fromkeys(SURNAMES))
NICK = {"Robert": "Bobby", "William": "Billy", "Elizabeth": "Betsy", "Margaret": "Peggy",
        "Katarzyna": "Kasia", "Guadalupe": "Lupe", "Dolores": "Lola", "Alejandro": "Alex",
        "Francesca": "Frankie", "Jean-Baptiste": "JB", "Richard": "Rick", "Joseph": "Joey",
        "Patricia": "Trish", "Dmitri": "Dima", "Svetlana": "Sveta", "Oluwaseun": "Seun",
        "Mohammed": "Mo", "Thomas": "Tommy", "Jennifer": "Jen", "Kimberly": "Kimmy",
        "Deborah": "Debbie", "Dorothy": "Dottie", "Mildred": "Millie", "Agnes": "Aggie",
        "Harold": "Hal", "Ignacio": "Nacho", "José": "Pepe", "Padraig": "Paddy",
        "Salvatore": "Sal", "Vincenzo": "Enzo", "Rajesh": "Raj", "Xiaoling": "Lily",
        "Zhiqiang": "Johnny", "Min-jun": "Mike", "Concepción": "Concha", "Antônio": "Tonho",
        "Giuseppe": "Pino", "Theodore": "Teddy", "Kenneth": "Kenny", "Timothy": "Timmy",
        "Lakshmi": "Lucky", "Ngozi": "Zizi", "Natalia": "Tasha", "Eugene": "Geno",
        "Wilbur": "Will", "Bernice": "Bunny", "Catherine": "Cat", "Edward": "Ted",
        "Walter": "Wally", "Raymond": "Ray", "Charles": "Chuck", "Anthony": "Tony"}

ROLES_ADULT = [("daughter", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("sister", "F"),
               ("brother", "M"), ("niece", "F"), ("nephew", "M"), ("granddaughter", "F"),
               ("grandson", "M"), ("partner", None), ("friend", None), ("neighbor", None),
               ("HCP", None), ("POA", None), ("mother", "F"), ("father", "M"), ("cousin", None),
               ("stepdaughter", "F"), ("son-in-law", "M"), ("daughter-in-law", "F")]
ROLES_KID = [("mom", "F"), ("dad", "M"), ("mother", "F"), ("father", "M"), ("grandmother", "F"),
             ("grandfather", "M"), ("legal guardian", None), ("foster mom", "F"), ("aunt", "F"),
             ("uncle", "M"), ("stepdad", "M")]
ROLE_ES = {"daughter": ("hija", "filha", "pitit fi"), "son": ("hijo", "filho", "pitit gason"),
           "wife": ("esposa", "esposa", "madanm"), "husband": ("esposo", "marido", "mari"),
           "sister": ("hermana", "irmã", "sè"), "brother": ("hermano", "irmão", "frè"),
           "niece": ("sobrina", "sobrinha", "nyès"), "nephew": ("sobrino", "sobrinho", "neve"),
           "granddaughter": ("nieta", "neta", "pitit pitit"), "grandson": ("nieto", "neto", "pitit pitit"),
           "mother": ("madre", "mãe", "manman"), "father": ("padre", "pai", "papa"),
           "mom": ("mamá", "mãe", "manman"), "dad": ("papá", "pai", "papa")}

# ---------------------------------------------------------------- places, orgs
STREETS = csv("""Larkspur, Tamarack, Wexford, Millrace, Hadley, Juniper, Fenwick, Orchard, Birchwood, Sable,
Clement, Quarry, Bellflower, Cobb, Whitcomb, Alder, Foundry, Gristmill, Heron, Kettle, Lantern, Marlowe,
Nettle, Oxbow, Pickering, Quimby, Rowan, Saltmarsh, Thistle, Upland, Vesper, Winslow, Yarrow, Zephyr,
Brookside, Cranberry, Dunmore, Elmhurst, Fairview, Glenwood, Hollis, Ivywood, Jasper, Kinsley, Linden,
Meadowlark, Northgate, Old Mill, Pine Knoll, Ridgecrest, Stonegate, Tanager, Valley View, Water Wheel,
Beacon, Chestnut, Canal, Depot, Ferry, School, Pleasant, Summit, Spring, Walnut, Prospect, Highland,
Maple, Cedar, Sycamore, Bramble, Cutler, Dovecote, Easterly, Fletcher, Goshawk, Harrow, Inkberry,
Kestrel, Lowell Mill, Mossy Brook, Nightingale, Osprey, Partridge, Quail Run, Rook, Sandpiper""")
SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Way",
          "Terrace", "Pl", "Cir", "Blvd", "Hwy", "Pkwy", "Row", "Path", "Hill Rd", "Ext"]
TOWNS = csv("""Ashgrove, North Pellham, Merrow Falls, East Kestrel, Bramford, Wyndham Center, Colebrook Mills,
Halden, Stillwater Crossing, Fairhollow, Gannet Point, Larchfield, Oakhurst Landing, Sudbrook, Tillford,
West Orrin, Kettering Ridge, Marsh Haven, Dunsby, Harwick, Pomfret Hollow, Cray's Ferry, Lowmere, Belden,
Quarry Hill, Eastwick Falls, Brightwater, Morrow, Hatchett Lake, Graniteville, New Tarleton, Chilcott,
Ravensworth, Alder Bay, Pinecastle, Wolcott Springs, Hollings, Maplewood Junction, Sandover, Kinross,
Bellport Harbor, Vireo, Esterly, Cape Linden, Norbury, Drewsfield, South Amberly, Fenmoor, Ottery,
Glenhaven""")
STATES = {"MA": ("01", "02"), "NH": ("03",), "ME": ("04",), "VT": ("05",), "CT": ("06",),
          "RI": ("028", "029"), "NY": ("12", "13", "14"), "FL": ("32", "33", "34"), "NJ": ("07", "08")}
ORG = "Merrow Valley"
ORG_DOM = ["merrowvalley.org", "mvhealth.org", "mvmc.org"]
FACILITIES = ["Ashgrove campus", "Pell River Clinic", "Merrow Falls outpatient", "the Sudbrook site",
              "Harwick Urgent Care", "the Bramford ASC", "Tillford Family Medicine", "Lowmere dialysis center"]
SNFS = ["Kestrel Point SNF", "Bramford Rehab", "Lyndale Nursing & Rehab", "St. Ansel's Care Center",
        "Oak Terrace", "Harborlight Senior Living", "Wyndham House"]
OUTSIDE_HOSP = ["St. Brigid's", "Colebrook Regional", "Norbury General", "Tillford Memorial",
                "Cape Linden Hospital", "the VA"]
VENDORS = ["Northwind Medical", "Cadence Infusion Systems", "BrightPath Supply", "Halcyon Imaging",
           "Meridian Biomedical", "Vantor Dialysis", "Corvel Linen", "Apex Courier", "Lumen Cardiac",
           "Sorrel Diabetes Care", "Quillon Hearing", "TruCare Home O2"]
VENDOR_DOM = ["northwindmed.com", "cadenceinfusion.com", "brightpathsupply.com", "halcyonimaging.net",
              "meridianbiomed.com", "vantordialysis.com", "apexcourier.co", "lumencardiac.com"]
PERSONAL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                "comcast.net", "verizon.net", "proton.me", "gmx.de", "yahoo.com.br", "hotmail.fr",
                "live.com", "msn.com", "charter.net"]
AREA = [str(a) for a in (617, 508, 781, 978, 413, 339, 351, 774, 857, 603, 207, 401, 860, 203, 802,
                         212, 718, 347, 646, 914, 516, 631, 215, 267, 412, 202, 301, 410, 703, 804,
                         919, 704, 404, 305, 786, 407, 813, 312, 773, 847, 214, 713, 512, 210, 303,
                         602, 702, 619, 858, 415, 510, 408, 206, 503, 808, 907, 239, 561, 954)]

UNITS = ["4 West", "4W", "6 North", "6N", "5 South", "MICU", "SICU", "CVICU", "Neuro ICU", "the ED",
         "ED Pod B", "ED pod C", "Fast Track", "L&D", "Mother-Baby", "NICU", "PICU", "Peds 3", "5B Psych",
         "Adolescent Psych", "inpt Dialysis", "PACU", "Pre-op", "the OR", "Endo", "Cath Lab", "IR",
         "Ortho Clinic", "Cardiology Clinic", "Primary Care", "Infusion Center", "Onc 7E", "Tele 5S",
         "Med-Surg 3", "Obs", "Step-down", "Burn unit", "Rehab 2", "Wound Clinic", "Behavioral Health ED"]
DX = ["CHF exacerbation", "NSTEMI", "DKA", "sepsis ?UTI source", "COPD flare", "hip fx s/p ORIF",
      "SBO", "acute pancreatitis", "L MCA stroke", "upper GI bleed", "bilateral PEs", "LLE cellulitis",
      "AKI on CKD", "SI w/ plan", "EtOH withdrawal", "preeclampsia w/ severe features", "RSV bronchiolitis",
      "afib RVR", "hyponatremia", "syncope", "pneumonia", "c diff colitis", "new onset seizure",
      "hypertensive urgency", "sickle cell crisis", "opioid OD", "post-op ileus", "cholangitis",
      "hyperkalemia", "NOF fx", "delirium", "failure to thrive", "asthma exacerbation", "appendicitis",
      "diverticulitis", "hypoglycemia", "anaphylaxis", "COVID pna", "head bleed on eliquis",
      "acute psychosis", "catatonia", "PPROM", "pyelo", "TIA", "rhabdo", "burns 18% TBSA"]
PMH = ["HTN", "DM2", "CKD 3b", "ESRD on HD MWF", "afib on eliquis", "COPD on 2L home O2", "CAD s/p CABG",
       "HFrEF EF 25%", "dementia", "schizoaffective d/o", "OSA on CPAP", "hypothyroid", "cirrhosis",
       "prior CVA", "PVD", "obesity", "seizure d/o", "T1DM w/ pump", "bipolar", "PTSD", "OUD on bup"]
MEDS = ["heparin gtt", "insulin gtt", "vanc", "pip-tazo", "levo", "propofol", "Mg 2g", "K 40 PO",
        "lasix 40 IV", "ativan 1mg", "haldol 2mg", "zosyn", "cefepime", "amio gtt", "nitro gtt",
        "dilaudid PCA", "pit", "mag gtt", "precedex", "TPN", "ceftriaxone", "tylenol", "oxy 5",
        "enoxaparin", "keppra"]
DRIPS = ["heparin gtt", "insulin gtt", "levo @ 8", "amio gtt", "nitro gtt", "precedex", "pit",
         "mag", "dilt gtt", "bicarb gtt", "propofol 30"]
LABS = ["BMP", "CBC", "lactate", "trop", "Mg", "phos", "coags", "type & screen", "blood cx x2",
        "UA/UC", "ABG", "VBG", "LFTs", "lipase", "A1c", "TSH", "ammonia", "CK", "procal", "BNP",
        "vanc trough", "HCG", "tox screen", "peak/trough", "retic", "fibrinogen"]
LABVALS = ["K 6.4", "K 2.8", "Na 119", "trop 0.47", "Hgb 6.6", "lactate 4.3", "glucose 38",
           "glucose 512", "INR 5.8", "plt 14", "WBC 23.1", "Mg 1.0", "Ca 13.2", "pH 7.14",
           "ammonia 142", "CK 18,400", "Cr 4.9", "BNP 2810", "vanc trough 31"]
VITALS = ["BP 88/52 HR 118", "SpO2 89% on 4L", "T 38.9", "RR 28", "MAP 61", "HR 140s afib",
          "BP 198/104", "sats 93% RA", "afebrile, VSS", "HR 48 sinus brady", "GCS 13", "pain 8/10",
          "UOP 15 ml/hr", "FSBG 62", "VSS on RA"]
TODOS = ["recheck lytes at 2200", "needs PT eval", "wean O2 as tol", "f/u blood cx",
         "NPO after MN for EGD", "repeat trop at 0400", "foley out by 0600", "OOB to chair TID",
         "GI consult pending", "titrate levo for MAP > 65", "CIWA q4", "needs new PIV",
         "renal US ordered", "SW to see re: housing", "PT/OT recs SNF", "heparin level at 1800",
         "keep NPO", "strict I&Os", "fall precautions", "wound care consult"]
CODES = ["Full code", "DNR/DNI", "DNR ok to intubate", "CMO", "DNR, MOLST in chart", "full code for now"]
ISO = ["contact precautions (MRSA)", "droplet", "airborne r/o TB", "enteric (C diff)", "neutropenic",
       "contact+ (CRE)", "no iso"]
ALARMS = ["occlusion downstream", "air in line", "battery low", "infusion complete", "door open",
          "upstream occlusion", "channel error", "KVO"]
PUMPS = ["Alaris", "PCA pump", "enteral pump", "wound vac", "syringe pump", "epidural pump",
         "feeding pump", "Alaris channel B"]
HOMEDEV = ["pacemaker", "ICD", "insulin pump", "CGM", "cochlear implant processor", "hearing aid",
           "spinal cord stimulator", "VNS", "baclofen pump", "LVAD controller", "home BiPAP",
           "Holter monitor", "loop recorder"]
DESTS = ["CT", "MRI", "IR", "cath lab", "nuc med", "US", "echo", "dialysis", "PACU", "endo",
         "x-ray", "EEG", "OR 4", "OR 11", "PFT lab", "rad onc"]
MODES = ["wheelchair", "stretcher", "bed", "ambulatory w/ assist", "bed w/ tele", "stretcher + O2"]
STATUS = ["dc pending", "dc today", "stable", "needs sitter", "on tele", "NPO", "awaiting SNF", "obs",
          "to OR 1300", "pending CT", "comfort care", "waiting on PT", "ready for transfer",
          "boarding", "1:1", "high fall risk"]
BEDSTAT = ["clean, ready", "dirty", "blocked (iso)", "empty", "pending dc", "EVS in room", "closed - leak",
           "reserved for PACU", "held for ED admit"]
LANGS = ["Spanish", "Portuguese", "Haitian Creole", "Vietnamese", "Cantonese", "Mandarin", "Arabic",
         "Somali", "ASL", "Russian", "Cape Verdean Creole", "Khmer", "Nepali", "Polish"]
PAYERS = ["BCBS", "Blue Cross", "Tufts", "Harvard Pilgrim", "Aetna", "Cigna", "UHC", "Medicare",
          "MassHealth", "Medicaid", "Humana MA plan", "WellSense", "Fallon", "Tricare", "Ambetter"]
ALLERGENS = ["PCN", "sulfa", "latex", "shellfish", "contrast", "morphine", "NKDA", "peanuts", "codeine"]
PROCS = ["lap chole", "TKA", "ex lap", "I&D", "CABG x3", "EGD", "colonoscopy", "c-section",
         "ORIF wrist", "thoracentesis", "PEG", "trach", "L hemicolectomy", "cysto/stent", "TAVR"]
SPECIALTIES = ["cardiology", "GI", "neuro", "ortho", "pulm", "nephro", "heme/onc", "ID", "psych",
               "endo", "palliative", "wound care", "podiatry", "ENT"]
SUPPLIES = ["20g IVs", "ABG kits", "chux", "purewicks", "sterile gloves 7.5", "ECG electrodes",
            "saline flushes", "blood culture bottles", "NG tubes 14Fr", "trach kits", "Tegaderm",
            "SCD sleeves", "bair hugger blankets", "yellow gowns", "N95 (small)", "IV poles",
            "suction canisters", "pulse ox probes", "bedside commodes", "glucometer strips"]
FOODS = ["bagels", "tamales", "samosas", "donuts", "pho", "banh mi", "jollof rice", "pão de queijo",
         "cannoli", "birthday cake", "leftover sushi", "griot", "empanadas", "dumplings", "cookies",
         "chili", "baklava", "kimchi fried rice", "pizza", "fruit tray", "coffee + muffins"]
ROOMS = ["Conf Rm B", "the 4W breakroom", "Auditorium A", "the Sim Lab", "classroom 2", "the chapel",
         "Boardroom 3", "the huddle board", "MICU conf room", "Teams"]
MEETINGS = ["staff meeting", "unit council", "M&M", "quality huddle", "skills day", "journal club",
            "safety huddle", "CNO forum", "Epic super-user mtg", "budget review", "falls committee"]
COURSES = ["NRP", "PALS", "ACLS", "BLS", "TNCC", "CPI de-escalation", "sepsis bundle", "restraint",
           "blood admin", "CRRT", "stroke scale (NIHSS)", "lift equipment"]
EXEC_TITLES = ["CNO", "CEO", "CMO", "VP Nursing", "COO", "CFO", "Chief Quality Officer",
               "President of the medical staff", "board chair"]
FAITHS = ["Catholic", "Muslim", "Jewish", "Baptist", "Hindu", "Buddhist", "LDS", "Orthodox"]
MAKES = ["silver Camry", "blue Subaru Outback", "white Transit van", "red F-150", "black Civic",
         "grey RAV4", "green Jeep", "maroon minivan", "tan Buick"]
EMOJI = ["🙏", "👍", "🚨", "😅", "🙌", "☕", "🍕", "😬", "✅", "💙", "🎉", "🤞", "😩", "👀", "🔥",
         "🫠", "🥲", "💪", "📞", "🛏️", ":pray:", ":eyes:", ":rotating_light:", ":white_check_mark:"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {9: "ninety", 10: "one hundred"}
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
CPTS = ["99223", "36556", "93000", "71046", "99285", "59400", "90935", "31500", "43239", "47562",
        "99291", "36415", "97110", "94640"]
ICDS = ["I50.23", "N17.9", "J44.1", "E11.65", "A41.9", "I63.9", "K56.609", "O14.14", "J21.0",
        "F32.A", "R65.21", "N18.6", "S72.001A", "F10.239"]
ALNUM_UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def age_words(n):
    if n < 100:
        return "ninety" + ("-" + ONES[n - 90] if n > 90 else "")
    rest = n - 100
    if rest == 0:
        return ch(["one hundred", "a hundred"])
    return "one hundred " + ch(["and ", ""]) + ONES[rest] if rest < 10 else "one hundred " + str(rest)


def rand_day(start, end):
    return start + datetime.timedelta(days=R.randint(0, (end - start).days))


# ---------------------------------------------------------------- dates
def fmt_full(d):
    s = R.randint(0, 14)
    return [lambda: "%d/%d/%d" % (d.month, d.day, d.year),
            lambda: "%02d/%02d/%d" % (d.month, d.day, d.year),
            lambda: "%d/%d/%02d" % (d.month, d.day, d.year % 100),
            lambda: d.isoformat(),
            lambda: "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
            lambda: "%d-%s-%d" % (d.day, MON[d.month - 1], d.year),
            lambda: "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year),
            lambda: "%s %d %d" % (MON[d.month - 1], d.day, d.year),
            lambda: "%02d%02d%d" % (d.month, d.day, d.year),
            lambda: "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            lambda: "%d-%d-%d" % (d.month, d.day, d.year),
            lambda: "%d.%d.%d" % (d.month, d.day, d.year),
            lambda: "%02d/%02d/%d" % (d.month, d.day, d.year),
            lambda: "%s %s, %d" % (MON[d.month - 1], ordinal(d.day), d.year),
            lambda: "%d/%02d/%d" % (d.month, d.day, d.year)][s]()


def fmt_short(d):
    s = R.randint(0, 9)
    return [lambda: "%d/%d" % (d.month, d.day),
            lambda: "%02d/%02d" % (d.month, d.day),
            lambda: "%s %d" % (MON[d.month - 1], d.day),
            lambda: "%s %s" % (MON[d.month - 1], ordinal(d.day)),
            lambda: "%s %s" % (MONTHS[d.month - 1], ordinal(d.day)),
            lambda: "%s %d" % (MONTHS[d.month - 1], d.day),
            lambda: "%d %s" % (d.day, MON[d.month - 1]),
            lambda: "%d-%s" % (d.day, MON[d.month - 1]),
            lambda: "%d/%d" % (d.month, d.day),
            lambda: "%d-%d" % (d.month, d.day)][s]()


def fmt_es(d):
    return "%d de %s de %d" % (d.day, MES[d.month - 1], d.year)


def event_day(back=75, fwd=40):
    return TODAY + datetime.timedelta(days=R.randint(-back, fwd))


# ---------------------------------------------------------------- identifiers
def phone_parts():
    a = ch(AREA)
    while True:
        e = str(R.randint(2, 9)) + digits(2)
        if e[1:] != "11" and e != "555" and e != "958" and e != "959":
            break
    return a, e, digits(4)


def phone():
    a, e, l = phone_parts()
    f = R.randint(0, 12)
    s = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s", "+1-%s-%s-%s",
         "1-%s-%s-%s", "%s%s%s", "+1 (%s) %s-%s", "(%s)%s-%s", "%s-%s-%s", "(%s) %s-%s",
         "+1.%s.%s.%s"][f] % (a, e, l)
    if R.random() < 0.1:
        s += ch([" ext. ", " ext ", " x", " x.", ", ext "]) + str(R.randint(2, 4999))
    return s


def phone_intl():
    f = R.randint(0, 7)
    if f == 0:
        return "+44 7%s %s %s" % (digits(3), digits(3), digits(3))
    if f == 1:
        return "+33 6 %s %s %s %s" % (digits(2), digits(2), digits(2), digits(2))
    if f == 2:
        return "+55 11 9%s-%s" % (digits(4), digits(4))
    if f == 3:
        return "+509 3%s %s" % (digits(3), digits(4))
    if f == 4:
        return "+84 9%s %s %s" % (digits(1), digits(3), digits(4))
    if f == 5:
        return "+52 55 %s %s" % (digits(4), digits(4))
    if f == 6:
        return "+234 80%s %s %s" % (digits(1), digits(3), digits(4))
    return "+238 9%s %s %s" % (digits(2), digits(2), digits(2))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    f = R.randint(0, 5)
    return ["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d-%02d-%04d",
            "%03d.%02d.%04d", "%03d-%02d-%04d"][f] % (a, g, s)


def mrn():
    f = R.randint(0, 8)
    if f == 0:
        return digits(7)
    if f == 1:
        return "00" + digits(6)
    if f == 2:
        return "E" + digits(8)
    if f == 3:
        return "%s-%s-%s" % (digits(2), digits(2), digits(3))
    if f == 4:
        return "%s-%s" % (digits(3), digits(4))
    if f == 5:
        return "MV" + digits(7)
    if f == 6:
        return digits(10)
    if f == 7:
        return "%s %s %s" % (digits(2), digits(3), digits(3))
    return "H" + digits(6)


def har():
    f = R.randint(0, 5)
    return ["4" + digits(9), "%s-%s-%s" % (digits(2), digits(4), digits(3)), "G" + digits(7),
            "8" + digits(8), "PA%s" % digits(8), "%s %s" % (digits(5), digits(5))][f]


def hpid():
    f = R.randint(0, 6)
    if f == 0:
        return "".join(ch(ALNUM_UP) for _ in range(3)) + digits(9)
    if f == 1:
        return "".join(ch(ALNUM_UP) for _ in range(3)) + " " + digits(9)
    if f == 2:
        return digits(9) + "-0" + str(R.randint(1, 4))
    if f == 3:
        return "W" + digits(9)
    if f == 4:
        return "%s%s %s %s" % (ch(ALNUM_UP), ch(ALNUM_UP), digits(5), digits(4))
    if f == 5:
        return "M" + digits(8) + ch(ALNUM_UP)
    return "1%s" % digits(11)


MBI_L = [c for c in "ABCDEFGHJKMNPQRTUVWXY"]


def mbi():
    al = MBI_L + list("0123456789")
    c = [str(R.randint(1, 9)), ch(MBI_L), ch(al), str(R.randint(0, 9)), ch(MBI_L), ch(al),
         str(R.randint(0, 9)), ch(MBI_L), ch(MBI_L), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    if R.random() < 0.5:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def medicaid():
    return ch(["1%s" % digits(11), "%s %s %s" % (digits(4), digits(4), digits(4)),
               "MA%s" % digits(9), "%s%s" % (ch("ABCDEFGHJKLMNP"), digits(8))])


def dl():
    f = R.randint(0, 5)
    return ["S" + digits(8), "%s-%s-%s" % (digits(3), digits(3), digits(3)), "NHL" + digits(8),
            "%s%s" % (ch(ALNUM_UP), digits(7)), "%s %s %s" % (digits(3), digits(3), digits(3)),
            "D%s-%s-%s" % (digits(3), digits(4), digits(4))][f]


def dea(last="X"):
    first = ch("ABFGMPR")
    l = ascii_fold(last)[:1].upper()
    if not l.isalpha():
        l = ch(ALNUM_UP)
    d = [R.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return first + l + "".join(map(str, d)) + str(chk)


def prof_lic():
    f = R.randint(0, 5)
    return ["RN%s" % digits(7), "RN-%s" % digits(7), digits(6), "%s-%s" % (digits(3), digits(4)),
            "LPN%s" % digits(6), "MD%s" % digits(6)][f]


def plate():
    f = R.randint(0, 5)
    L = lambda n: "".join(ch(ALNUM_UP) for _ in range(n))
    return ["%s%s%s" % (R.randint(1, 9), L(3), digits(3)), "%s%s %s" % (R.randint(1, 9), L(2), digits(3)),
            "%s-%s" % (L(3), digits(4)), "%s %s" % (L(3), digits(4)), "%s%s" % (digits(3), L(3)),
            "%s %s%s" % (digits(2), L(2), digits(2))][f]


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    c = [ch(VIN_CH) for _ in range(17)]
    c[9] = ch("LMNPRSTV123456789")
    for i in range(11, 17):
        c[i] = str(R.randint(0, 9))
    tot = sum((int(x) if x.isdigit() else VIN_VAL[x]) * w for x, w in zip(c, VIN_W))
    c[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(c)


def dev_serial():
    f = R.randint(0, 6)
    L = lambda n: "".join(ch(ALNUM_UP) for _ in range(n))
    return [L(3) + digits(6) + L(1), digits(2) + L(1) + digits(5), L(3) + "-" + digits(3) + "-" + digits(4),
            L(1) + digits(7), digits(4) + L(1) + digits(4), "SN" + digits(8), L(2) + digits(6) + "-" + L(1)][f]


def cgm_id():
    return ch(["".join(ch(ALNUM_UP + "0123456789") for _ in range(6)),
               "".join(ch(ALNUM_UP + "0123456789") for _ in range(10))])


def udi():
    exp = TODAY + datetime.timedelta(days=R.randint(200, 1500))
    return "(01)%s(17)%02d%02d%02d(21)%s" % ("0" + digits(13), exp.year % 100, exp.month, exp.day,
                                            "".join(ch(ALNUM_UP + "0123456789") for _ in range(R.randint(6, 9))))


def ipv4():
    f = R.randint(0, 3)
    if f == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if f == 1:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if f == 2:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    return "%d.%d.%d.%d" % (ch([24, 66, 73, 98, 108, 148, 174, 207]), R.randint(0, 255),
                            R.randint(0, 255), R.randint(1, 254))


def ipv6():
    g = lambda: "%x" % R.randint(0x100, 0xffff)
    return ch(["fe80::%s:%s:%s:%s" % (g(), g(), g(), g()),
               "2600:%s:%s:%s::%s" % (g(), g(), g(), g()),
               "2001:%s:%s:%s:%s:%s:%s:%s" % tuple(g() for _ in range(7))])


def ccard():
    f = R.randint(0, 3)
    if f == 3:
        b = ch(["34", "37"]) + digits(12)
        n = b + str((10 - (sum(int(x) for x in luhn_all(b)) % 10)) % 10)
        return ch(["%s %s %s" % (n[:4], n[4:10], n[10:]), n])
    b = (ch(["4", "51", "52", "53", "54", "55", "6011"]))
    b = b + digits(15 - len(b))
    n = b + str((10 - (sum(int(x) for x in luhn_all(b)) % 10)) % 10)
    sep = ch([" ", "-", "", " "])
    return sep.join([n[:4], n[4:8], n[8:12], n[12:]])


def luhn_all(b):
    # digits contribution for a payload whose check digit will be appended
    out = []
    for i, c in enumerate(reversed(b)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        out.append(d)
    return out


def npi():
    b = ch("12") + digits(8)
    tot = 24 + sum(luhn_all(b))
    return b + str((10 - tot % 10) % 10)


def zip_for(st):
    p = ch(STATES[st])
    z = p + digits(5 - len(p))
    if R.random() < 0.15:
        z += "-" + digits(4)
    return z


def street():
    s = "%d %s %s" % (R.randint(2, 2999) if R.random() < 0.8 else R.randint(1, 99), ch(STREETS), ch(SUFFIX))
    r = R.random()
    if r < 0.15:
        s += ch([" Apt %d", " Apt %dB", " #%d", " Unit %d", ", Apt %d", " Fl %d"]) % R.randint(1, 40)
    return s


def town_state_zip(multiline=False):
    st = ch(list(STATES))
    t = ch(TOWNS)
    return "%s%s %s %s" % (t, ch([",", ""]), st, zip_for(st)) if R.random() < 0.8 else "%s, %s" % (t, st)


def addr_full():
    f = R.randint(0, 5)
    if f == 5:
        return "PO Box %d, %s" % (R.randint(2, 9999), town_state_zip())
    return "%s, %s" % (street(), town_state_zip())


def facility_addr():
    return "%d %s %s, %s" % (R.randint(10, 900), ch(STREETS), ch(SUFFIX), town_state_zip())


def url_portal(p=None):
    dom = ch(ORG_DOM)
    f = R.randint(0, 4)
    if f == 0:
        return "https://mychart.%s/visit/%s" % (dom, digits(8))
    if f == 1:
        return "https://portal.%s/pt/%s/results" % (dom, "E" + digits(8))
    if f == 2:
        return "https://telehealth.%s/join?pid=%s&v=%s" % (dom, digits(7), digits(6))
    if f == 3 and p:
        return "https://portal.%s/patient/%s-%s/%s" % (dom, slug(p.first), slug(p.last), digits(6))
    return "https://%s/myhealth/record?mrn=%s" % (dom, digits(8))


def url_personal(p):
    f = R.randint(0, 3)
    nm = slug(p.first) + ch(["-", "", "_"]) + slug(p.last)
    return ["https://www.carecircle-updates.net/%s" % nm,
            "https://helpfor%s.org/updates" % nm.replace("-", "").replace("_", ""),
            "https://give.fundmyrecovery.com/%s-recovery-%s" % (nm, digits(4)),
            "https://www.mealtrainplus.com/trains/%s%s" % (nm.replace("_", ""), digits(3))][f]


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, ctx, kind="adult", sex=None, last=None, role=None):
        self.kind = kind
        self.sex = sex or ch("FM")
        self.first = ch(GIVEN_F if self.sex == "F" else GIVEN_M)
        self.last = last or ch(SURNAMES)
        self.mi = ch("ABCDEFGHJKLMNPRSTVW")
        self.nick = NICK.get(self.first)
        self.role = role
        if kind == "kid":
            self.age_m = R.randint(0, 17 * 12)
            self.age = self.age_m // 12
        else:
            if ctx.phi and R.random() < 0.22:
                self.age = R.randint(90, 104)
            else:
                self.age = R.randint(19, 89)
        self.dob = self._dob()

    def _dob(self):
        if self.kind == "kid":
            d = TODAY - datetime.timedelta(days=int(self.age_m * 30.4) + R.randint(0, 29))
            return d
        y = TODAY.year - self.age - R.choice([0, 1])
        return rand_day(datetime.date(y, 1, 1), datetime.date(y, 12, 28))

    def hon(self):
        if self.sex == "F":
            return ch(["Mrs.", "Ms.", "Ms", "Mrs", "Miss"])
        return ch(["Mr.", "Mr", "Mr."])

    def pieces(self, a, ctx):
        N = "NAME"
        f, l = self.first, self.last
        full = f + " " + l
        if a == "any":
            a = ch(["full", "full", "full", "full", "mid", "inv", "invU", "hon", "first", "last",
                    "initlast", "lastinit", "honfull", "full", "hon"])
        if a == "full":
            return [[full, N]]
        if a == "first":
            return [[f, N]]
        if a == "last":
            return [[l, N]]
        if a == "mid":
            return [["%s %s. %s" % (f, self.mi, l), N]]
        if a == "inv":
            return [["%s, %s" % (l, f), N]]
        if a == "invU":
            s = "%s, %s" % (l.upper(), f.upper())
            if R.random() < 0.4:
                s += " " + self.mi
            return [[s, N]]
        if a == "hon":
            return [[self.hon() + " ", None], [l, N]]
        if a == "honfull":
            return [[self.hon() + " ", None], [full, N]]
        if a == "initlast":
            return [["%s. %s" % (f[0], l), N]]
        if a == "lastinit":
            return [["%s %s" % (l, f[0]), N]]
        if a == "firstinit":
            return [["%s %s" % (f, l[0]), N]]
        if a == "nick":
            if not self.nick:
                return [[full, N]]
            k = R.randint(0, 3)
            if k == 0:
                return [[full, N], [" (goes by ", None], [self.nick, N], [")", None]]
            if k == 1:
                return [[full, N], [' "', None], [self.nick, N], ['"', None]]
            if k == 2:
                return [[full, N], [" aka ", None], [self.nick, N]]
            return [[full, N], [" (prefers ", None], [self.nick, N], [")", None]]
        if a in ("he", "He", "his", "His", "him", "hes"):
            F = self.sex == "F"
            return [[{"he": "she" if F else "he", "He": "She" if F else "He",
                      "his": "her" if F else "his", "His": "Her" if F else "His",
                      "him": "her" if F else "him", "hes": "she's" if F else "he's"}[a], None]]
        if a == "s":
            return [[self.sex, None]]
        if a == "sexw":
            return [[ch(["female", "woman", "F"]) if self.sex == "F" else ch(["male", "man", "M"]), None]]
        if a == "role":
            return [[self.role or "family member", None]]
        if a in ("es", "pt", "ht"):
            i = {"es": 0, "pt": 1, "ht": 2}[a]
            t = ROLE_ES.get(self.role)
            return [[t[i] if t else ["familiar", "familiar", "fanmi"][i], None]]
        if a == "dob":
            return [[fmt_full(self.dob), "DATE"]]
        if a == "dobes":
            return [[fmt_es(self.dob), "DATE"]]
        if a == "age":
            return age_pieces(self.age, ctx)
        if a == "agesex":
            return agesex_pieces(self, ctx)
        raise KeyError(a)


def age_pieces(age, ctx):
    if age > 89:
        if R.random() < 0.15:
            ctx.tags.add("evasion")
            return [[age_words(age), "AGE"]]
        return [[str(age), "AGE"]]
    return [[str(age), None]]


def agesex_pieces(p, ctx):
    if p.kind == "kid":
        m = p.age_m
        if m < 1:
            s = ch(["DOL %d" % R.randint(1, 20), "%d day old" % R.randint(1, 20), "newborn"])
        elif m < 24:
            s = ch(["%d mo" % m, "%dmo" % m, "%d month old" % m, "%d m/o" % m])
        else:
            s = ch(["%dyo" % p.age, "%d y/o" % p.age, "%d-year-old" % p.age, "%dY" % p.age])
        return [[s + " " + ch([p.sex, ch(["girl", "F"]) if p.sex == "F" else ch(["boy", "M"])]), None]]
    a = age_pieces(p.age, ctx)
    s = p.sex
    sw = ch(["female", "woman", "lady"]) if s == "F" else ch(["male", "man", "gentleman"])
    f = R.randint(0, 9)
    if f == 0:
        return a + [[s, None]]
    if f == 1:
        return a + [[" " + s, None]]
    if f == 2:
        return a + [[ch(["yo ", "yo", " yo "]) + s, None]]
    if f == 3:
        return a + [[" y/o " + sw, None]]
    if f == 4:
        return [[s + " ", None]] + a
    if f == 5:
        return a + [["-year-old " + sw, None]]
    if f == 6:
        return [["(", None]] + a + [[s + ")", None]]
    if f == 7:
        return a + [[s.lower(), None]]
    if f == 8:
        return a + [["/" + s, None]]
    return a + [[" yr old " + s, None]]


# ---------------------------------------------------------------- context
PERSON_RE = re.compile(r"^(pt\d*|ptf|mom|rel\d*|kid|staff|vip|p\d+)$")


class Ctx:
    def __init__(self, phi):
        self.phi = phi
        self.persons = {}
        self.vars = {}
        self.tags = set()
        self.nfresh = 0

    def person(self, key):
        if key in self.persons:
            return self.persons[key]
        if key.startswith("rel"):
            if "kid" in self.persons:
                role, sx = ch(ROLES_KID)
                last = self.persons["kid"].last if R.random() < 0.6 else None
            else:
                role, sx = ch(ROLES_ADULT)
                base = self.person("pt" if key == "rel" else "pt")
                last = base.last if R.random() < 0.5 else None
            p = Person(self, sex=sx, last=last, role=role)
            p.age = min(p.age, 89)
        elif key == "kid":
            last = self.persons["rel"].last if "rel" in self.persons and R.random() < 0.6 else None
            p = Person(self, kind="kid", last=last)
        elif key == "mom":
            p = Person(self, sex="F")
            p.age = R.randint(17, 44)
            p.dob = p._dob()
        elif key == "ptf":
            p = Person(self, sex="F")
        else:
            p = Person(self)
        self.persons[key] = p
        return p

    def fresh(self):
        self.nfresh += 1
        return "p%d" % self.nfresh


STAFF_RE = re.compile(r"^(col\d*|vend\d*|exec\d*)$")


def email_for(p, kind="personal"):
    f, l = slug(p.first) or "x", slug(p.last) or "y"
    if kind == "work":
        user = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s" % (f, l), "%s.%s%d" % (f, l, R.randint(2, 9))])
        return "%s@%s" % (user, ch(ORG_DOM))
    if kind == "vendor":
        return "%s@%s" % (ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), f]), ch(VENDOR_DOM))
    user = ch(["%s.%s" % (f, l), "%s%s%s" % (f, l, digits(2)), "%s_%s" % (f, l), "%s%s%d" % (f[0], l, R.randint(40, 99)),
               "%s%s" % (l, f[0]), "%s.%s%s" % (f, l[0], digits(3)), "%s%s" % (f, digits(4)), "the%s%s" % (l, ch(["s", "family", "fam"]))])
    return "%s@%s" % (user, ch(PERSONAL_DOM))


def staff_pieces(p, a):
    f, l = p.first, p.last
    if a == "any":
        a = ch(["dr", "first", "firstL", "full", "full", "first", "dr"])
    if a == "dr":
        return [["Dr. " + l if R.random() < 0.8 else "Dr " + l, None]]
    if a == "first":
        return [[f, None]]
    if a == "last":
        return [[l, None]]
    if a == "firstL":
        return [["%s %s." % (f, l[0]) if R.random() < 0.5 else "%s %s" % (f, l[0]), None]]
    if a == "full":
        return [[f + " " + l, None]]
    if a == "email":
        return [[email_for(p, "vendor" if p.kind == "vendor" else "work"), "EMAIL"]]
    if a == "dea":
        return [[dea(l), "LICENSE_NUMBER"]]
    if a == "title":
        return [[ch(EXEC_TITLES) + " " + f + " " + l, None]]
    raise KeyError(a)


def person_gen(key, attr, ctx):
    if STAFF_RE.match(key):
        if key not in ctx.persons:
            p = Person(ctx)
            p.kind = "vendor" if key.startswith("vend") else "staff"
            ctx.persons[key] = p
        return staff_pieces(ctx.persons[key], attr or "any")
    p = ctx.person(key)
    if attr in (None, ""):
        attr = "any"
    if attr == "email":
        return [[email_for(p), "EMAIL"]]
    if attr == "url":
        return [[url_personal(p), "URL"]]
    if attr == "portal":
        return [[url_portal(p), "URL"]]
    return p.pieces(attr, ctx)


# ---------------------------------------------------------------- unlabelled fillers
def bed():
    n = R.randint(1, 40)
    return ch(["%d" % (R.randint(3, 9) * 100 + n), "%d-%s" % (R.randint(3, 9) * 100 + n, ch("AB")),
               "rm %d" % (R.randint(3, 9) * 100 + n), "bed %d" % n, "B%d" % n, "%s-%d" % (ch(["4W", "6N", "5S", "7E"]), n),
               "bay %d" % R.randint(1, 12), "hall bed %d" % R.randint(1, 6), "triage %d" % R.randint(1, 8),
               "pod C %d" % n, "room %d" % n, "%d" % n, "rm %d" % n, "ICU %d" % R.randint(1, 24)])


def time_():
    h, m = R.randint(0, 23), ch([0, 0, 0, 15, 30, 45, 10, 20, 40, 5])
    return ch(["%02d%02d" % (h, m), "%02d:%02d" % (h, m), "%d:%02d%s" % ((h % 12) or 12, m, ch(["a", "p"]) if h < 12 else "p"),
               "%d%s" % ((h % 12) or 12, ch(["am", "pm", "p", "a"])), "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM"),
               "noon", "%02d%02d" % (h, m)])


def meetdate():
    d = event_day(5, 60)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    return ch(["%s %d/%d" % (wd, d.month, d.day), "%d/%d" % (d.month, d.day), "%s %d" % (MON[d.month - 1], d.day),
               "%s %s" % (MON[d.month - 1], ordinal(d.day)), "%s, %s %d" % (wd, MONTHS[d.month - 1], d.day),
               "%d/%d/%d" % (d.month, d.day, d.year), d.isoformat(), "%s %d/%d" % (wd, d.month, d.day)])


def mention():
    return "<@U0%s>" % "".join(ch(ALNUM_UP + "0123456789") for _ in range(R.randint(8, 10)))


def channel():
    return "<#C0%s|%s>" % ("".join(ch(ALNUM_UP + "0123456789") for _ in range(8)),
                           ch(["4w-nursing", "bed-mgmt", "ed-flow", "icu-charge", "staffing", "biomed", "pharmacy-q",
                               "ld-triage", "psych-ops", "dialysis"]))


def ext():
    while True:
        e = digits(ch([4, 5]))
        if e != "4410":
            return ch(["x", "x", "ext ", "ext. ", "x"]) + e


def ticket():
    return ch(["INC%s" % digits(7), "RITM%s" % digits(7), "CHG%s" % digits(7), "TKT-%s" % digits(5),
               "SR-%s" % digits(5), "REQ%s" % digits(6), "BME-%s" % digits(4), "WO %s" % digits(6)])


def version():
    return ch(["v%d.%d.%d" % (R.randint(1, 14), R.randint(0, 12), R.randint(0, 30)),
               "build %d.%d.%d.%d" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(0, 5), R.randint(1, 40)),
               "%d.%d" % (R.randint(1, 20), R.randint(0, 9)), "fw %d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 9)),
               "Epic %s %d" % (ch(["Feb", "May", "Aug", "Nov"]), R.randint(2024, 2026)), "iOS %d.%d" % (R.randint(16, 19), R.randint(0, 4))])


def money():
    return ch(["$%d" % R.randint(5, 900), "$%d,%03d" % (R.randint(1, 90), R.randint(0, 999)),
               "$%d.%02d" % (R.randint(1, 400), R.randint(0, 99)), "$%dk" % R.randint(2, 400)])


FILL = {
    "unit": lambda c: ch(UNITS), "bed": lambda c: bed(), "bedn": lambda c: str(R.randint(1, 36)),
    "dx": lambda c: ch(DX), "pmh": lambda c: ", ".join(R.sample(PMH, R.randint(1, 3))),
    "med": lambda c: ch(MEDS), "drip": lambda c: ch(DRIPS), "lab": lambda c: ch(LABS),
    "labval": lambda c: ch(LABVALS), "vitals": lambda c: ch(VITALS), "todo": lambda c: ch(TODOS),
    "code": lambda c: ch(CODES), "iso": lambda c: ch(ISO), "alarm": lambda c: ch(ALARMS),
    "pump": lambda c: ch(PUMPS), "homedev": lambda c: ch(HOMEDEV), "dest": lambda c: ch(DESTS),
    "mode": lambda c: ch(MODES), "status": lambda c: ch(STATUS), "bedstat": lambda c: ch(BEDSTAT),
    "lang": lambda c: ch(LANGS), "payer": lambda c: ch(PAYERS), "allergen": lambda c: ch(ALLERGENS),
    "proc": lambda c: ch(PROCS), "specialty": lambda c: ch(SPECIALTIES), "supply": lambda c: ch(SUPPLIES),
    "food": lambda c: ch(FOODS), "room": lambda c: ch(ROOMS), "meeting": lambda c: ch(MEETINGS),
    "course": lambda c: ch(COURSES), "mention": lambda c: mention(), "channel": lambda c: channel(),
    "time": lambda c: time_(), "meetdate": lambda c: meetdate(), "ext": lambda c: ext(), "ticket": lambda c: ticket(),
    "version": lambda c: version(), "money": lambda c: money(), "cpt": lambda c: ch(CPTS), "icd": lambda c: ch(ICDS),
    "npi": lambda c: npi(), "facility": lambda c: ch(FACILITIES), "faddr": lambda c: facility_addr(),
    "snf": lambda c: ch(SNFS), "outhosp": lambda c: ch(OUTSIDE_HOSP), "vendor": lambda c: ch(VENDORS),
    "faith": lambda c: ch(FAITHS), "make": lambda c: ch(MAKES), "emoji": lambda c: ch(EMOJI),
    "town_biz": lambda c: ch(TOWNS), "state": lambda c: ch(list(STATES)),
    "relday": lambda c: ch(["today", "tomorrow", "tonight", "this AM", "yesterday", "overnight", "this afternoon",
                            "Monday", "after lunch", "later today", "first thing tmrw", "this weekend"]),
    "hd": lambda c: ch(["HD %d" % R.randint(1, 12), "POD %d" % R.randint(0, 7), "day %d" % R.randint(1, 9),
                        "LOS %d" % R.randint(2, 40), "hospital day %d" % R.randint(2, 15)]),
    "deadline": lambda c: ch(["Fri", "EOD", "end of month", "EOW", meetdate(), meetdate(), "COB Thursday", "noon tmrw"]),
    "fy": lambda c: ch(["Q%d" % R.randint(1, 4), "FY%d" % R.randint(2025, 2028), "Q%d FY%d" % (R.randint(1, 4), R.randint(25, 28)),
                        "H%d" % R.randint(1, 2), "CY%d" % R.randint(2025, 2027)]),
    "po": lambda c: ch(["PO %s" % ("45" + digits(8)), "PO#%s" % digits(6), "PO-%d-%s" % (R.randint(2025, 2026), digits(4))]),
    "invoice": lambda c: ch(["INV-%s" % digits(6), "invoice %s" % digits(7), "inv #%s-%s" % (digits(3), digits(3))]),
    "asset": lambda c: ch(["BME %s" % digits(6), "asset #%s-%s" % (digits(2), digits(5)), "tag %s" % digits(5),
                           "MV-BIO-%s" % digits(4), "asset tag %s" % digits(6)]),
    "zoom": lambda c: "%s %s %s" % ("9" + digits(2), digits(4), digits(4)),
    "zoomurl": lambda c: "https://%s.zoom.us/j/%s" % (ch(["mvhealth", "merrowvalley"]), "9" + digits(10)),
    "intranet": lambda c: "https://%s.%s/%s" % (ch(["mvnet", "intranet", "sharepoint", "policy"]), ch(ORG_DOM),
                                                   ch(["nursing/huddle-board", "education/bls", "policies/restraints",
                                                       "staffing/swap-board", "biomed/manuals", "hr/benefits",
                                                       "quality/dashboards", "it/downtime", "parking"])),
    "pubsite": lambda c: ch(["https://www.cdc.gov/flu", "https://www.fda.gov/safety/recalls",
                             "https://www.who.int/health-topics", "https://www.ahrq.gov/patient-safety"]),
    "build": lambda c: "build %d.%d.%d" % (R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 99)),
    "last4": lambda c: digits(4), "cardexp": lambda c: "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)),
    "costctr": lambda c: ch(["%s" % digits(5), "%s-%s" % (digits(4), digits(4))]),
    "lot": lambda c: ch(["%s%s" % (ch(ALNUM_UP), digits(6)), "%s-%s" % (digits(2), digits(5))]),
    "grp": lambda c: ch(["%s" % digits(6), "%s-%s" % (digits(3), digits(3)), "G%s" % digits(5)]),
    "count": lambda c: str(R.randint(2, 14)),
    "ga": lambda c: "%d%s" % (R.randint(24, 41), ch(["", "+%d" % R.randint(1, 6)])),
    "gp": lambda c: "G%dP%d" % (lambda g: (g, R.randint(0, g - 1)))(R.randint(1, 6)),
    "weight": lambda c: ch(["%d g" % R.randint(900, 4300), "%d lb %d oz" % (R.randint(3, 9), R.randint(0, 15))]),
    "kg": lambda c: "%d.%d kg" % (R.randint(48, 130), R.randint(0, 9)),
    "access": lambda c: ch(["L AVF", "R AVG", "R IJ tunneled cath", "L arm fistula, good thrill", "permcath"]),
    "injury": lambda c: ch(["no injury noted", "small lac to forehead", "c/o hip pain, xray ordered", "skin tear L forearm",
                            "CT head neg"]),
    "organism": lambda c: ch(["MRSA", "VRE", "C diff", "CRE", "flu A", "COVID", "scabies", "candida auris"]),
    "diet": lambda c: ch(["cardiac diet", "NPO", "clears", "renal diet", "mech soft", "CCD", "pureed, nectar thick"]),
    "item": lambda c: ch(["a phone charger", "his glasses", "a rosary", "clean clothes", "dentures", "a tablet",
                          "the hearing aid case", "a blanket from home", "CPAP mask"]),
    "model": lambda c: ch(["Azure XT", "Percepta", "Assurity MRI", "Accolade", "Micra AV", "Gallant HF"]),
    "implant": lambda c: ch(["pacemaker", "ICD", "neurostimulator", "baclofen pump", "cochlear implant", "LVAD"]),
    "event": lambda c: ch(["hypotension 70s/40s", "new onset afib", "desat to 82%", "unresponsive, FSBG 31",
                           "chest pain", "acute confusion", "seizure x2 min"]),
    "desc": lambda c: ch(["grey hoodie, jeans", "hospital gown + socks", "red jacket", "uses a walker", "tall, beard"]),
    "policy": lambda c: ch(["restraint policy", "NUR-%s" % digits(3), "falls policy v%d" % R.randint(2, 9),
                            "visitor policy", "CAUTI bundle", "hand-off policy", "PHI-in-chat guideline"]),
    "orroom": lambda c: "OR %d" % R.randint(1, 18), "ch": lambda c: ch("ABCD"),
    "funeral": lambda c: ch(["Hollis & Sons", "Whitcomb Funeral Home", "Graniteville Memorial Chapel",
                             "Esterly-Barnes FH", "Casa Funeraria Ortega"]),
    "pharm": lambda c: ch(["CVS on %s St" % ch(STREETS), "Walgreens %s" % ch(TOWNS), "Pell River Pharmacy",
                           "the Costco pharmacy", "Ashgrove Apothecary"]),
    "percent": lambda c: "%d%%" % R.randint(55, 99), "n": lambda c: str(R.randint(1, 9)),
    "nn": lambda c: str(R.randint(10, 40)),
    "age_young": lambda c: str(R.randint(19, 89)), "sex": lambda c: ch("MF"),
    "age89": lambda c: "89", "group_n": lambda c: str(R.randint(2, 9)),
    "vipt": lambda c: ch(["city councilor", "local news anchor", "former state senator", "Bruins alum",
                          "hospital trustee", "well-known author"]),
    "kidage": lambda c: ch(["%dyo" % R.randint(2, 16), "%d mo" % R.randint(2, 23), "DOL %d" % R.randint(1, 9),
                            "%d y/o" % R.randint(2, 16)]),
}

# labelled generators: name -> (type-free) string
LAB = {
    "phone": lambda c: phone(), "phone_intl": lambda c: phone_intl(), "ssn": lambda c: ssn(),
    "ssn_nosep": lambda c: (c.tags.add("evasion"), digits(9))[1], "mrn": lambda c: mrn(),
    "har": lambda c: har(), "hpid": lambda c: hpid(), "mbi": lambda c: mbi(), "medicaid": lambda c: medicaid(),
    "bank": lambda c: ch([digits(10), digits(12), "%s-%s" % (digits(4), digits(6)), "00%s" % digits(8)]),
    "dl": lambda c: dl(), "mdlic": lambda c: ch([digits(6), "MD%s" % digits(6), "%s-%s" % (digits(3), digits(4)), "DO.%s" % digits(5), "0%s" % digits(5)]), "dea": lambda c: dea(ch(SURNAMES)), "rnlic": lambda c: prof_lic(), "plate": lambda c: plate(),
    "vin": lambda c: vin(), "serial": lambda c: dev_serial(), "cgmid": lambda c: cgm_id(), "udi": lambda c: udi(),
    "ip": lambda c: ipv4(), "ip6": lambda c: ipv6(), "ipany": lambda c: ipv4() if R.random() < 0.8 else ipv6(),
    "cc": lambda c: ccard(), "url_portal": lambda c: url_portal(), "street": lambda c: street(),
    "addr_full": lambda c: addr_full(), "town": lambda c: ch(TOWNS),
    "zip": lambda c: zip_for(ch(list(STATES))),
    "addr": lambda c: ch([street(), addr_full(), addr_full()]),
    "pobox": lambda c: "PO Box %d" % R.randint(2, 9999),
    "dshort": lambda c: fmt_short(event_day()), "dfull": lambda c: fmt_full(event_day()),
    "date": lambda c: (fmt_short if R.random() < 0.6 else fmt_full)(event_day()),
    "dfuture": lambda c: (fmt_short if R.random() < 0.6 else fmt_full)(event_day(0, 60)),
    "dold": lambda c: (fmt_short if R.random() < 0.4 else fmt_full)(event_day(400, -121)),
    "dpast": lambda c: (fmt_short if R.random() < 0.6 else fmt_full)(event_day(120, -1)),
    "edd": lambda c: (fmt_short if R.random() < 0.5 else fmt_full)(event_day(-5, 150)),
    "dob": lambda c: fmt_full(c.person("pt").dob), "kiddob": lambda c: fmt_full(c.person("kid").dob),
    "age90": lambda c: str(R.randint(90, 104)),
    "age90w": lambda c: (c.tags.add("evasion"), age_words(R.randint(90, 106)))[1],
}


# ---------------------------------------------------------------- template engine
# {?a|b|c}  pick one     {~x}  optional (50%)     {#3-9}  integer
# {TYPE:gen}  labelled value from LAB    {TYPE:gen>v} store    {TYPE:=v} reuse stored value
# {pt.full} {rel.first} {col.dr} ...  persons (patients/relatives labelled, staff not)
# {gen}  unlabelled filler from FILL
def split_top(s):
    parts, depth, cur = [], 0, []
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return parts


def expand(t, ctx):
    out, buf, i, n = [], [], 0, len(t)
    while i < n:
        c = t[i]
        if c == "{":
            depth, j = 1, i + 1
            while depth:
                if t[j] == "{":
                    depth += 1
                elif t[j] == "}":
                    depth -= 1
                j += 1
            if buf:
                out.append(["".join(buf), None])
                buf = []
            out.extend(resolve(t[i + 1:j - 1], ctx))
            i = j
        else:
            buf.append(c)
            i += 1
    if buf:
        out.append(["".join(buf), None])
    return out


LABEL_RE = re.compile(r"^([A-Z_]+):(.+)$")


def resolve(inner, ctx):
    if inner.startswith("?"):
        return expand(ch(split_top(inner[1:])), ctx)
    if inner.startswith("~"):
        return expand(inner[1:], ctx) if R.random() < 0.5 else []
    if inner.startswith("#"):
        a, b = inner[1:].split("-")
        return [[str(R.randint(int(a), int(b))), None]]
    m = LABEL_RE.match(inner)
    if m and m.group(1) in TYPES:
        typ, g = m.group(1), m.group(2)
        store = None
        if ">" in g:
            g, store = g.split(">")
        if g.startswith("="):
            v = ctx.vars[g[1:]]
        elif "." in g:
            k, a = g.split(".", 1)
            ps = person_gen(k, a, ctx)
            v = "".join(p[0] for p in ps)
        else:
            v = LAB[g](ctx)
        if store:
            ctx.vars[store] = v
        return [[v, typ]]
    key, _, attr = inner.partition(".")
    if PERSON_RE.match(key) or STAFF_RE.match(key):
        return [list(p) for p in person_gen(key, attr, ctx)]
    if inner in FILL:
        return [[FILL[inner](ctx), None]]
    if inner in PGEN:
        return PGEN[inner](ctx)
    raise KeyError("unknown generator %r" % inner)


def E(t, ctx):
    return expand(t, ctx)


def tel_link(ctx):
    a, e, l = phone_parts()
    target = ch(["+1" + a + e + l, a + e + l, "+1-%s-%s-%s" % (a, e, l)])
    label = ch(["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "+1 %s %s %s" % (a, e, l), "%s.%s.%s" % (a, e, l)])
    return [["<tel:", None], [target, "PHONE"], ["|", None], [label, "PHONE"], [">", None]]


def url_link(ctx):
    u = url_portal(ctx.person("pt") if R.random() < 0.4 else None)
    if R.random() < 0.5:
        return [["<", None], [u, "URL"], ["|", None], [u, "URL"], [">", None]]
    return [["<", None], [u, "URL"], ["|" + ch(["link", "portal", "join visit", "results", "click here"]) + ">", None]]


PGEN = {"tel_link": tel_link, "url_link": url_link}


# ---------------------------------------------------------------- one-line frames with PHI
P_LINES = [
    # handoff / general floor
    ("handoff", "{bed} {pt} {pt.agesex} - {dx}, {~on {drip}, }{code}. {?fam aware|family updated|no family at bedside|{rel.role} at bedside}."),
    ("handoff", "handing off {pt.full} in {bed}: {dx}, {vitals}. needs {todo}"),
    ("handoff", "fyi {pt.hon} in {bed} is {code} as of {DATE:dshort}, MOLST signed by {rel.role} {rel.full}"),
    ("handoff", "{pt.first} in {bed} pulled {pt.his} IV again 🙄 {?restraint order?|can we get a sitter?|mitts on for now}"),
    ("handoff", "Night report {unit}: {pt.invU} ({bed}) {dx}; {labval} at {time}, repleted. {todo}."),
    ("handoff", "*{bed}* {pt.full} — {hd}, {dx}. plan: {todo}, then {todo}"),
    ("handoff", "{pt.last} in {bed} is a {?hard stick|fall risk|elopement risk|2-assist}, {pt.hes} {pt.age}, be careful"),
    ("handoff", "re {pt.full}: {pt.hes} {pt.age} and refuses {med}, {col.dr} aware"),
    # transport
    ("transport", "transport pls: {pt} {bed} → {dest} at {time}{~, MRN {MRN:mrn}}"),
    ("transport", "Transport request — {pt.inv}, MRN {MRN:mrn}, {unit} {bed} to {dest}, {mode}, iso: {iso}"),
    ("transport", "can someone bring {pt.hon} back from {dest}? been sitting in the hallway 40 min 😩"),
    ("transport discharge", "{?chair van|BLS|cab voucher} booked for {pt.full}, home {relday}, pickup {time} at {ADDRESS:addr_full}"),
    ("transport", "{pt.full} ({bed}) needs {mode} to {dest}, pt is {pt.agesex} w/ {dx}"),
    # lab
    ("lab", "lab called crit {labval} on {pt} (MRN {MRN:mrn}), {col} notified at {time}"),
    ("lab", "pls add on {lab} to {pt.last}'s AM draw, MRN {MRN:mrn}"),
    ("lab", "blood bank needs a new type & screen on {pt.inv}, DOB {DATE:dob} - armband mismatch"),
    ("lab", "specimen for {pt.full} came down unlabeled, needs recollect. DOB {pt.dob}"),
    ("lab", "{?POC|fingerstick|FSBG} {labval} for {pt.first} in {bed}, gave {med} per scale"),
    ("lab", "path back on {pt} from {DATE:dpast}, {col.dr} wants to tell {pt.him} in person"),
    ("lab", "micro: {pt.invU} blood cx from {DATE:dshort} growing GPC in clusters, {col.dr} paged"),
    # devices & alarms
    ("alarm device", "{pump} on {pt} in {bed} alarming {alarm}, pump SN {DEVICE_ID:serial}, biomed paged"),
    ("device", "{pt.full}'s {homedev} (serial {DEVICE_ID:serial}) needs interrogation before {proc}"),
    ("device", "pt in {bed} brought home insulin pump, serial {DEVICE_ID:serial}, documented in belongings for {pt.hon}"),
    ("device", "CGM transmitter {DEVICE_ID:cgmid} on {pt.first} keeps losing signal, ok to remove for MRI?"),
    ("device", "{vendor} rep coming to check {pt.hon}'s {model} pacer, serial {DEVICE_ID:serial}"),
    ("device", "UDI for {pt.full}'s implanted {implant}: {DEVICE_ID:udi}"),
    ("device alarm", "tele on {pt.last} ({bed}) dropped off central, box {asset}, station IP {IP_ADDRESS:ip}"),
    ("device", "hearing aid for {pt.hon} left in ED, SN {DEVICE_ID:serial}, pls send up to {unit}"),
    ("device", "LVAD pt {pt.full}: controller serial {DEVICE_ID:serial}, backup in bag, VAD coordinator {PHONE:phone}"),
    # family
    ("family-update", "{pt}'s {rel.role} {rel} called, wants update. cb {PHONE:phone}"),
    ("family-update", "updated {rel.role} ({rel.full}) by phone at {time}, {?will visit after work|aware of plan|questions about dc|upset, wants call from MD}"),
    ("family-update", "{rel.role} {rel.first} is POA for {pt.hon}, contact {PHONE:phone} or {rel.email}"),
    ("family-update", "{rel.role} at bedside asking for {col.dr} — name is {rel.full}, {pt.first}'s {rel.role}"),
    ("family-update security", "visitor {rel.full} here for {pt.last} in {bed}, not on approved list. security?"),
    ("family-update", "{pt.first}'s {rel.role} dropped off {item} at the desk, bag says '{pt.last} {bed}'"),
    ("family-update", "{rel.full} ({rel.role}) — {PHONE:phone} — prefers texts, speaks {lang}"),
    ("family-update", "{pt.full} asking for {pt.his} {rel.role} {rel.first}, can we FaceTime? number on file is {PHONE:phone}"),
    ("family-update", "pls call {rel.hon} ({pt.first}'s {rel.role}) at {PHONE:phone} re {pt.full} in {bed}"),
    ("family-update", "{pt.hon}'s {rel.role} lives in {ADDRESS:town}, 2 hrs away, can't come til {relday}"),
    # language mix
    ("family-update language", "la {rel.es} de {pt.full} llamó, quiere hablar con el médico. Su cel: {PHONE:phone} 🙏"),
    ("family-update language", "Sra. {ptf.last} no habla inglés, necesita intérprete para el consentimiento, {bed}"),
    ("family-update language", "o {?filho|neto} do paciente {pt.full} ligou, número {PHONE:phone}, obrigada"),
    ("family-update language", "{rel.ht} {pt.full} rele, li vle pale ak doktè a. Nimewo: {PHONE:phone}"),
    ("family-update language", "con gái của bệnh nhân {pt.full} gọi, sđt {PHONE:phone}, nhờ gọi lại"),
    ("family-update language", "la fille de {pt.hon} a appelé, elle arrive vers {time}, tél {PHONE:phone_intl}"),
    ("family-update language", "{pt.full}的女儿打电话来，电话 {PHONE:phone}，请回电"),
    ("family-update language", "дочь пациента {pt.full} звонила, тел. {PHONE:phone}"),
    ("registration language", "paciente {pt.inv}, fecha de nacimiento {pt.dobes}, MRN {MRN:mrn}"),
    # discharge
    ("discharge vehicle", "DC today: {pt.full} {bed}, {rel.role} picking up in a {make}, plate {VEHICLE_ID:plate}"),
    ("discharge", "dc summary for {pt.inv} DOB {pt.dob} faxed to PCP at {PHONE:phone}"),
    ("discharge", "{pt} going home to {ADDRESS:addr_full}, VNA referral sent"),
    ("discharge", "d/c'd {pt.hon} on {DATE:dshort}, f/u w/ {col.dr} {DATE:dfuture}"),
    ("discharge", "{pt.first} AMA'd at {time}, {pt.he} lives at {ADDRESS:street}, welfare check requested"),
    ("discharge", "discharge rx for {pt.full} sent to {pharm}, {PHONE:phone}"),
    ("discharge", "{pt.invU} dc to {snf} {relday}, report called, {rel.role} aware ({PHONE:phone})"),
    ("discharge", "home O2 vendor needs {pt.full}'s DOB {pt.dob} & address {ADDRESS:addr_full}"),
    # admissions
    ("admission", "new admit to {bed}: {pt}, {pt.agesex}, {dx}. DOB {pt.dob}, MRN {MRN:mrn}"),
    ("admission", "ED boarding {pt.inv} ({pt.agesex}) since {time}, bed assignment? {dx}"),
    ("admission", "heads up, direct admit coming from {outhosp}: {pt.full}, {dx}, ETA {time}"),
    ("admission", "readmit! {pt.full} was dc'd {DATE:dpast}, back w/ {dx} 😕"),
    ("admission", "admitted {DATE:dshort} for {dx}: {pt.lastinit}, {pt.agesex}, {unit} {bed}"),
    # billing / registration
    ("billing", "registration needs {pt.full}'s insurance: {payer} member ID {HEALTH_PLAN_ID:hpid}, group {grp}"),
    ("billing", "Medicare MBI for {pt.last} is {HEALTH_PLAN_ID:mbi}, old card in chart"),
    ("billing money", "{pt.hon}'s {rel.role} wants to pay the copay by phone, card {CREDIT_CARD:cc} exp {cardexp}"),
    ("billing", "HAR {ACCOUNT_NUMBER:har} for {pt.inv} has the wrong guarantor, pls fix"),
    ("billing", "guarantor acct {ACCOUNT_NUMBER:har} ({rel.full}) has a balance, pt asking about it"),
    ("billing", "MassHealth ID {HEALTH_PLAN_ID:medicaid} for {pt.first} in {bed} came back inactive"),
    ("billing", "SSN for {pt.full}?? registration has {SSN:ssn} but the card says otherwise"),
    ("billing ssn-topic", "{rel.role} of {pt.full} says last 4 of SSN is {last4}, can't find full SSN"),
    ("billing", "patient acct # {ACCOUNT_NUMBER:har} — {pt.full}, {DATE:dpast} ED visit, self-pay"),
    # security / vehicle / licence
    ("security vehicle", "security: car in ambulance bay, {make} plate {VEHICLE_ID:plate}, belongs to {pt.hon}'s {rel.role}"),
    ("security vehicle", "valet has keys for {rel.full}'s car, VIN {VEHICLE_ID:vin}, left running lol"),
    ("security", "pt {pt.full} brought in by PD, DL {LICENSE_NUMBER:dl} in belongings bag"),
    ("security", "belongings for {pt.hon}: wallet w/ card {CREDIT_CARD:cc}, DL {LICENSE_NUMBER:dl}, locked in safe"),
    # it
    ("it slack-markup", "{pt.full}'s {rel.role} can't open portal link <{URL:pt.portal}|visit summary>"),
    ("it", "sent {pt.hon} the telehealth link {URL:url_portal} for {pt.his} {DATE:dfuture} appt"),
    ("it", "family set up update page {URL:pt.url}, pls don't post clinical details there"),
    ("it", "bedside tablet in {bed} ({pt.last}) on {IP_ADDRESS:ip} won't connect to interpreter app"),
    ("it ticket", "WOW at {IP_ADDRESS:ipany} stuck on {col.first}'s login, ticket {ticket}"),
    ("it", "IV pump server {IP_ADDRESS:ip} down, all pumps on {unit} showing offline"),
    ("it", "armband printer for {unit} is {IP_ADDRESS:ip}, can someone re-add it"),
    # employee health
    ("employee-health", "EH case: {staff.full} (RN, {unit}) needlestick {DATE:dshort}, source pt {pt.full} {bed}"),
    ("employee-health", "{staff.first} from nights tested positive, out until cleared. exposure {DATE:dshort}"),
    ("employee-health", "our own {staff.full} was admitted to {unit} last night 😢 pls respect privacy"),
    ("employee-health", "occ health: {staff.full} back to work {DATE:dfuture} w/ lifting restriction after back injury"),
    # vip
    ("vip", "VIP in {bed}: {vip.full}, {vipt}. no info to press, chart access restricted"),
    ("vip", "{vip.hon} ({vipt}) coming in for {proc} {DATE:dfuture}, use alias in board"),
    # credentialing
    ("credentialing npi", "credentialing needs {col.full}'s DEA {LICENSE_NUMBER:col.dea} and state license {LICENSE_NUMBER:mdlic}, NPI {npi} is on file"),
    ("credentialing", "new traveler {col.full} RN license {LICENSE_NUMBER:rnlic} ({state}) verified ✅"),
    ("credentialing", "{col.dr}'s license {LICENSE_NUMBER:mdlic} lapses {cardexp}, renewal sent"),
    ("credentialing", "DEA # for {col.dr} is {LICENSE_NUMBER:col.dea} (pharmacy asking)"),
    # business contact
    ("business-contact", "rep for {vendor} is {vend.full}, {PHONE:phone} / {EMAIL:vend.email}"),
    ("business-contact", "pharmacy main line changed to {PHONE:phone}, update your favorites"),
    ("business-contact slack-markup", "new address for bed mgmt requests: <mailto:{EMAIL:col.email>e}|{EMAIL:=e}>"),
    ("business-contact", "fax H&Ps to {PHONE:phone} attn {col.first}"),
    ("business-contact slack-markup", "on-call IT: {tel_link}"),
    ("business-contact", "{col.full} (case mgmt) email is {EMAIL:col.email}, cell {PHONE:phone}"),
    ("business-contact slack-markup", "{vendor} tech support {tel_link}, ask for {vend.first}"),
    # referral
    ("referral", "referral for {pt.full} (DOB {pt.dob}) to {specialty}, pls call {pt.him} at {PHONE:phone}"),
    ("referral", "SNF referral sent for {pt.inv} to {snf}, they need the {payer} ID {HEALTH_PLAN_ID:hpid}"),
    ("referral", "{specialty} referral: {pt.lastinit} {pt.agesex}, seen {DATE:dpast}, needs appt in 2 wks"),
    # complaint / escalation
    ("complaint escalation", "{rel.full} ({pt.hon}'s {rel.role}) threatening to call the news, wants {col.dr}. patient relations?"),
    ("escalation", "fall: {pt.full} in {bed} fell at {time} on {DATE:dshort}, {injury}"),
    ("complaint", "complaint from {pt.full}, {ADDRESS:addr_full}, re billing for the {DATE:dpast} visit"),
    ("escalation", "rapid response {bed} {pt.last} {time}, {event}"),
    ("escalation", "code blue {bed} — {pt.full} {pt.agesex}, ROSC after {#2-14} min, {rel.role} on the way"),
    # records
    ("records", "ROI request: {rel.full} asking for {pt.full}'s records {DATE:dold} to {DATE:dpast}, fax {PHONE:phone}"),
    ("records", "records from {outhosp} for {pt.inv} MR# {MRN:mrn} scanned under wrong pt"),
    ("records", "chart # {MRN:mrn} and {MRN:mrn} are the same person ({pt.full}), HIM merge?"),
    # psych
    ("psych", "{pt.first} in {bed} on 1:1 for SI, {rel.role} {rel.full} NOT allowed to visit per team"),
    ("psych", "elopement: {pt.full}, {pt.agesex}, {desc}, last seen {time}. home address {ADDRESS:addr}"),
    ("psych", "section 12 for {pt.inv} expires at {time}, {col.dr} to re-eval"),
    ("psych", "{pt.hon} says {pt.his} {rel.role} {rel.first} is 'in the walls' again, prn given"),
    # L&D
    ("l&d", "L&D: {mom.full} {gp} @ {ga} wks, EDD {DATE:edd}, {?6cm|SROM clear|epidural in|pushing|on pit}"),
    ("l&d", "baby {?boy|girl} {mom.last} born {DATE:dshort} at {time}, {weight}, to NICU for {?grunting|low sugars|r/o sepsis}"),
    ("l&d", "{mom.first}'s {?husband|partner|mom|sister|doula} ({rel2.first}) needs a visitor badge for triage {#1-6}"),
    ("l&d", "pt {mom.inv} induction scheduled {DATE:dfuture} for {?GDM|PIH|post dates|IUGR}"),
    # peds
    ("peds", "peds: {kid.full}, {kid.agesex}, DOB {DATE:kiddob}, guardian {rel.full} {PHONE:phone}"),
    ("peds", "DCF on the way re {kid.full} in {bed}, do not release to {rel.full}"),
    ("peds", "{kid.first} in {bed} asking for {kid.his} {rel.role}, ({rel.first}) stepped out for food"),
    # dialysis
    ("dialysis", "chair {#1-14}: {pt.full}, EDW {kg}, next tx {DATE:dfuture}, {access}"),
    ("dialysis", "{pt.hon} missed HD {DATE:dpast} and {DATE:dpast}, transport says no answer at {PHONE:phone}"),
    ("dialysis", "{pt.lastinit} on chair {#1-14} has {access}, BP {#80-98}/{#40-60}, stopping early"),
    # clinic
    ("clinic", "pls move {pt.full} from {DATE:dfuture} to {DATE:dfuture}, {?ride fell through|work conflict|sick}"),
    ("clinic", "no-show: {pt.inv} DOB {pt.dob}, 3rd one, send letter to {ADDRESS:addr_full}"),
    ("clinic", "{pt} showed up for a {DATE:dshort} appt but it's tomorrow 🤦"),
    ("clinic", "pre-op call for {pt.full}: surgery {DATE:dfuture}, NPO after MN, reach at {PHONE:phone}"),
    ("clinic", "{pt.full} checked in for {specialty} f/u, MRN {MRN:mrn}, {?copay collected|needs new consent|interpreter requested}"),
    # OR
    ("or", "{orroom} add-on: {pt.inv}, {pt.agesex}, {proc}, consent signed, MRN {MRN:mrn}"),
    ("or", "{pt.last} is next in {orroom}, {col.dr} scrubbing, {rel.role} in the waiting room"),
    ("or", "case for {pt.full} bumped to {DATE:dfuture}, {col.dr} aware"),
    # death
    ("death", "{pt.full} ({bed}) expired {time} {DATE:dshort}, {rel.role} {rel.full} notified, NEOB called"),
    ("death", "{funeral} coming for {pt.hon}, their # {PHONE:phone}"),
    # ages
    ("age", "{pt.hon} is {AGE:age90} and sharp as a tack 😂 knows all our names"),
    ("age", "{AGE:age90}yo in {bed} slid out of chair, {injury}, {rel.role} ({rel.full}) notified"),
    ("age", "{pt.first} turns {AGE:age90} on {DATE:dfuture}!! cake in breakroom 🎂"),
    ("age evasion", "centenarian alert 🎂 {pt.full} is {AGE:age90w} today"),
    ("age", "{bed}: {AGE:age90} y/o {sex}, {dx}, {code}"),
    ("age", "pt in {bed} is {AGE:age90}, wife is {AGE:age90}, both want to room together lol"),
    # misc
    ("", "{pt.full} wants a notary for HCP form, {rel.role} {rel.full} to be agent"),
    ("interpreter", "interp needed: {lang} for {pt.full} {bed} at {time}"),
    ("", "chaplain visit req for {pt.hon} ({faith}), {rel.role} {rel.first} asking"),
    ("", "tray for {pt.first} {bed}: {diet}, {pt.he} says {pt.hes} allergic to {allergen}"),
    ("", "SW consult: {pt.full} may be homeless, last known address {ADDRESS:addr}"),
    ("", "{pt} needs PT before dc, lives alone in {ADDRESS:town}, 2nd floor walkup"),
    ("", "case mgmt: {pt.full} {payer} ID {HEALTH_PLAN_ID:hpid}, SNF bed offered for {DATE:dfuture}"),
    ("", "wound care: {pt.inv} stage {#2-4} sacral, photos uploaded under MRN {MRN:mrn}"),
    ("", "isolation: {pt.full} {bed} contact for {organism}, sign on door pls"),
    ("", "{pt.last}, {bed}, NPO since {DATE:dshort}?? that's way too long"),
    ("", "{pt.full} wants to go out to smoke, {pt.hes} on {drip} 🙃"),
    ("", "blood consent for {pt.hon} signed by {rel.role} {rel.full} (POA)"),
    ("downtime", "downtime log: {pt.inv} {MRN:mrn} {bed} {med} {time}"),
    ("", "{pt.firstinit} in {bed} says {pt.his} {rel.role} {rel.full} has keys to {pt.his} apt, {ADDRESS:street}"),
    ("", "pt's cat is alone at {ADDRESS:addr_full} 😿 {rel.role} {rel.first} can feed it?"),
    ("", "ssn on the facesheet for {pt.last} is {SSN:ssn_nosep}, pls verify"),
    ("", "{pt.full} (zip {ADDRESS:zip}) qualifies for the Meds-to-Beds program"),
    ("", "{col.first} pls update board: {bed} {pt.full} now {code}"),
    # rarer identifier types
    ("family-update", "{pt.full} asked us to text updates to {pt.his} {rel.role} at {PHONE:phone} and email {rel.email}"),
    ("security vehicle", "{rel.full} (visiting {pt.last}) parked in the ED lot, {make}, plate {VEHICLE_ID:plate}, gets towed at {time}"),
    ("registration", "registration: {pt.inv} SSN {SSN:ssn}, {payer} {HEALTH_PLAN_ID:hpid}"),
    ("billing money", "refund for {pt.full} goes back to card {CREDIT_CARD:cc}, acct {ACCOUNT_NUMBER:har}"),
    ("billing money", "gift shop charged {rel.full}'s card {CREDIT_CARD:cc} twice, {rel.he} wants a call at {PHONE:phone}"),
    ("money", "unit p-card {CREDIT_CARD:cc} for the pizza order, exp {cardexp} (ask {col.first} for the CVV)"),
    ("billing", "HAR {ACCOUNT_NUMBER:har} and {ACCOUNT_NUMBER:har} are both {pt.hon}, combine?"),
    ("billing", "{pt.full} wants the refund direct deposited, bank acct {ACCOUNT_NUMBER:bank}, routing on the form"),
    ("it", "guest wifi blocked {IP_ADDRESS:ipany}, it's {pt.last}'s {rel.role} streaming in {bed} lol"),
    ("it device", "monitor {asset} in {bed} ({pt.full}) has IP {IP_ADDRESS:ip} but isn't charting"),
    ("it slack-markup", "telehealth link for {pt.full}: {url_link}"),
    ("it", "{rel.role} posted {pt.first}'s update at {URL:pt.url}, asking if that's ok"),
    ("security vehicle", "PD needs VIN {VEHICLE_ID:vin} from the car {pt.full} was driving, tow yard has it"),
    ("registration", "SSN {SSN:ssn} belongs to {pt.inv}, not {pt2.inv}, registration merged wrong"),
    ("billing", "Medicaid app pending for {pt.full}, SSN {SSN:ssn}, DOB {pt.dob}"),
    ("it", "{pt.hon} can't log into the portal from home, {pt.his} IP {IP_ADDRESS:ipany} is locked out"),
    ("records", "{rel.full} emailed from {rel.email} asking for {pt.first}'s imaging CD"),
]


# ---------------------------------------------------------------- one-line clean frames (many hard negatives)
C_LINES = [
    # staffing
    ("staffing", "need {#2-3} RNs for nights {?tonight|tomorrow|Sat|Sun}, {count} admits pending, anyone? 🙏"),
    ("staffing", "{col.first} is floating to {unit} from 1900, {col2.first} covering charge"),
    ("staffing huddle", "huddle {time}: census {nn}/{#40-44}, {n} dc pending, {n} admits in ED, staffing {?ok|tight|short 1 PCA|short 2 RNs}"),
    ("staffing", "sick call x{n} on {unit}, calling {?float pool|per diems|agency|the on-call list}"),
    ("staffing calendar", "reminder: {?Nov|Dec|Jan} schedule requests due {deadline} to {col.full}"),
    ("staffing", "who can swap {?Tue|Wed|Thu|Fri} days for {?Sat|Sun|Mon} nights? DM me"),
    ("staffing slack-markup", "{mention} can you cover my 1:1 sitter break at {time}?"),
    ("staffing", "OT approved for {?Fri|Sat|Sun} 7p-11p, sign up in the binder by the Pyxis"),
    ("staffing", "welcome {col.full} (new grad RN) to {unit}! 🎉 orienting with {col2.first} this week"),
    ("exec-name calendar", "{exec.title} town hall {meetdate} at {time} in {room}"),
    ("staffing", "float pool has {n} RNs and {n} PCAs left for {?days|nights|evenings}, ask {col.first}"),
    ("staffing", "{col.dr} is the nocturnist tonight, {col2.dr} covers cards"),
    # supplies
    ("supplies", "out of {supply} on {unit}, central supply says {n} hrs"),
    ("supplies po", "{po} for {supply} approved, ETA {?Fri|Mon|next wk}"),
    ("supplies", "par levels updated, {supply} now {nn} per cart"),
    ("supplies ticket", "Pyxis in {unit} down again — {ticket}"),
    ("supplies", "who took the bladder scanner from {unit} 😤 {asset}"),
    ("supplies alarm", "biomed picked up pump {asset} for {alarm} alarms, loaner in clean utility"),
    ("supplies money", "{invoice} from {vendor} for {money}, cost center {costctr}"),
    ("supplies", "recall notice: {supply} lot {lot}, pull from shelves and bag for return"),
    ("supplies zip-like", "order # {#10000-99999} for {supply} shipped, should be here {relday}"),
    ("supplies", "{supply} on backorder until {fy}, use the alternate in bin {#1-40}"),
    # meetings
    ("meeting calendar", "{meeting} moved to {meetdate} {time}, Zoom ID {zoom}"),
    ("education calendar", "skills fair {meetdate}, {time} to {time} in {room}, bring your badge"),
    ("meeting", "{fy} quality: falls down {#5-40}%, CLABSI {#0-3}, CAUTI {#0-4} 🎉"),
    ("meeting exec-name money", "{fy} budget review w/ {exec.title} on {meetdate}, {money} over on agency"),
    ("meeting", "unit council minutes posted: {intranet}"),
    ("policy calendar", "{policy} effective {meetdate}, read & sign by {deadline}"),
    ("meeting calendar", "M&M {meetdate} at {time}: {zoomurl}"),
    ("meeting", "{col.first} pls send the agenda for {meeting} before {time}"),
    ("meeting calendar", "safety huddle every day at {time}, {room}, 10 min max"),
    # education
    ("education", "{course} renewal due {deadline}, sign up on {intranet}"),
    ("education", "CE: {course} class {meetdate}, {#1-8} contact hours, lunch provided"),
    ("education", "new {?Alaris|bladder scanner|lift|glucometer|bed} in-service {relday} at {time} w/ {vendor} rep"),
    ("education mrn-topic", "reminder: MRNs are {?10 digits|8 digits} after the merger, double check labels"),
    ("education hipaa ssn-topic", "pls don't post SSNs, DOBs or MRNs in this channel, use secure chat 🔒"),
    ("education hipaa", "HIPAA refresher due {deadline} in the LMS, {percent} done so far"),
    ("education", "precepting tips from {col.full} pinned in {channel}"),
    # food
    ("food", "{food} in {room} 🍕 thanks {col.first}!"),
    ("food", "potluck {?Fri|Sat|Thursday}, sign-up sheet by the Pyxis. {col.first} is bringing {food}"),
    ("food calendar", "who left {food} in the fridge since {meetdate}? 🤢"),
    ("food", "coffee machine fixed ☕ praise be"),
    ("food", "{food} for night shift courtesy of {col.dr}'s team 🙌"),
    # bed flow
    ("bed-board", "{bed} clean & ready, {bed} dirty, {bed} blocked for iso"),
    ("bed-board", "{n} open on {unit}, {n} pending dc, {n} in ED waiting"),
    ("bed-board", "{unit} on diversion until {time}"),
    ("bed-board", "ED holding {nn}, {n} admits waiting, pls push dc before noon"),
    ("bed-board", "EVS pls to {bed} STAT, admit waiting"),
    ("bed-board", "{unit} at capacity, next admit goes to {unit}"),
    # de-identified clinical
    ("clinical", "pt in {bed} ({pt.agesex}) needs a sitter, {?pulling lines|climbing OOB|agitated|impulsive}"),
    ("clinical handoff", "{bed} {pt.agesex} {dx}, {vitals}, {todo}"),
    ("clinical alarm", "{bed} pump alarming {alarm}, channel {ch}, can someone check?"),
    ("clinical transport", "transport for {bed} to {dest} at {time} pls, {mode}"),
    ("clinical lab", "lab: redraw {lab} on {bed}, hemolyzed"),
    ("clinical", "{bed} is {code}, {iso}"),
    ("clinical age-aggregate", "{n} pts over 90 on the unit today 😅 fall precautions for everyone"),
    ("clinical age-aggregate", "90-day readmission rate is {percent} this quarter, {fy} goal missed"),
    ("clinical", "{bed} {pt.agesex} {hd} {proc}, ambulating, pain controlled"),
    ("clinical", "rapid in {bed}, all good now, {col.dr} at bedside"),
    ("clinical cpt", "CPT {cpt} or {cpt} for the {proc}? coding asking"),
    ("clinical icd", "ICD {icd} isn't specific enough, coding wants {icd}"),
    ("clinical", "{bed}: 89yo {sex}, {dx}, {code}"),
    ("clinical", "pt in {bed} asking for {item}"),
    ("clinical", "{bed} {dx}, {hd}, {status}"),
    ("clinical", "{bed}'s {drip} bag is almost out, pharmacy sending up"),
    ("clinical", "who has {bed}? call light going off 10 min"),
    ("clinical", "L&D: {n} laboring, {n} in triage, {orroom} for c/s at {time}"),
    ("clinical peds", "peds: {kidage} in {bed} w/ {dx}, parents at bedside"),
    ("clinical dialysis", "dialysis chairs full until {time}, {n} inpts waiting"),
    ("clinical psych", "psych: {n} boarders in ED, {bed} needs a safety sitter"),
    ("clinical or", "OR: {orroom} running {nn} min late, {col.dr} wants to know why"),
    ("clinical", "{bed} {pt.agesex} w/ {pmh}, here for {dx}, {code}"),
    ("clinical", "{bed} vitals machine reading {?temps|BPs|sats} weird, swapping it"),
    # versions / tickets / it
    ("version it", "Epic upgrade tonight {time}, downtime {nn} min, {version}"),
    ("version it", "{build} pushed, barcode scanners should work now"),
    ("version it", "telemetry app {version} requires re-login, sorry all"),
    ("ticket it", "IT says {ticket} resolved, clear your cache"),
    ("ticket it", "{ticket}: badge reader on {unit} door broken"),
    ("it", "anyone know how to reset a {?Alaris|glucometer|bed scale|Vocera}? manual on {intranet}"),
    ("it version", "pump library {version} goes live {meetdate}"),
    # npi / facility / business
    ("npi", "NPI for {col.dr} is {npi} if anyone needs it for the form"),
    ("facility-address", "clinic address for the packet: {faddr}"),
    ("facility-address", "our {town_biz} site at {faddr} closes early {?Fri|Wed|on the holiday}"),
    ("facility-address", "new {?wound clinic|infusion suite|urgent care} opening at {faddr} {meetdate}"),
    ("ext", "call {col.first} at {ext} re: the {meeting}"),
    ("ext", "bed mgmt moved to {ext}, old extension forwards til {deadline}"),
    ("money", "card ending {last4} declined for the unit supply order, exp {cardexp}"),
    ("zip-like money", "cost center {costctr} for the food order, under {money}"),
    ("mrn-topic", "the two MRN fields on the consent form are confusing, which one?"),
    ("ssn-topic", "SSN field removed from intake form per compliance"),
    ("exec-name", "{exec.title} thanks everyone for the Magnet site visit 💙"),
    ("exec-name", "donor wall: the {?Harwick|Fenmoor|Stillwater} Family Foundation funded the new {?sim lab|family lounge|CT scanner}"),
    ("exec-name calendar", "board meeting {meetdate}, {exec.title} presenting {fy} results"),
    ("business", "{vendor} rep {vend.full} on site {relday} for the pump swap"),
    ("slack-markup", "{mention} {mention} pls ack the new {policy}"),
    ("business", "group number for the staff dental plan is {grp}, HR says"),
    ("age-aggregate policy", "patients 90+ get fall risk reassessment every shift per new policy"),
    ("age-aggregate", "{n} of our {nn} pts are over 80 and {n} are 90+, need more bed alarms"),
    ("business", "parking garage B validated for families, $5 max"),
    ("business", "{unit} wins the hand hygiene trophy 🏆 {percent} compliance"),
    ("calendar", "reminder {relday}: {?fire drill|EVS deep clean|Joint Commission tracer|code pink drill} at {time}"),
    ("calendar", "clinic templates for {meetdate} blocked for the {?offsite|all-staff|retreat}"),
    ("exec-name", "{exec.title} approved the {#4-16}-bed expansion for {fy}"),
    ("calendar", "mandatory fire drill {meetdate} {time}"),
    ("business", "parking permit renewals due {deadline}, pay at {intranet}"),
    ("clinical", "1:1 sitter for {bed} ends at {time}, {col.first} taking over"),
    ("it", "UDI scanning questions, see {intranet}"),
    ("credentialing", "RN license renewals are due by {deadline}, check the board site"),
    ("mrn-topic calendar", "MRN conversion to 10 digits happens {meetdate}, expect duplicates"),
    ("supplies", "{asset} is the tele box that keeps dropping, tagged for biomed"),
    ("", "{col.first} thx for the help with {bed} last night 🙌"),
    ("", "does anyone have the fax cover sheet template?"),
    ("", "{count} falls this month, all had bed alarms on, root cause mtg {meetdate}"),
    ("", "call light in {bed} stuck on, facilities notified {ticket}"),
    ("calendar", "QI project kickoff {meetdate}, {col.full} leading"),
    ("public", "flu vaccine clinic info: {pubsite}"),
    # other languages
    ("language staffing", "¿alguien puede cubrir el turno de noche el {?sábado|domingo|viernes}? gracias 🙏"),
    ("language meeting", "bom dia equipe, reunião às {time} na sala {#1-9}"),
    ("language", "mèsi anpil pou manje a 🙏 {food} te bon anpil"),
    ("language staffing", "hôm nay ai trực đêm? cần thêm 1 y tá cho {unit}"),
    ("language meeting", "Bonjour à tous, formation {course} {meetdate} à {time}"),
    ("language food", "大家辛苦了，茶水间有{?月饼|包子|水果}"),
    ("language", "¿dónde están los {?guantes|pañales|flushes}? el carro de {unit} está vacío"),
]


# ---------------------------------------------------------------- composed frames (clause grammar)
def at(t, key):
    return t.replace("{c@", "{col" + key[1:]).replace("{@", "{" + key)


def f_handoff(ctx):
    phi = ctx.phi
    ident = (["{bed} {pt} {pt.agesex}", "{pt.invU} {bed}", "*{pt.full}* ({bed}, {pt.agesex})",
              "{bed} - {pt.lastinit} - {pt.agesex}", "{pt.first} in {bed}", "{bed} {pt.hon}, {pt.agesex}",
              "{pt.nick}, {bed}"] if phi else
             ["{bed} {pt.agesex}", "*{bed}* ({pt.agesex})", "{bed} -", "{unit} {bed}:", "pt in {bed}, {pt.agesex},",
              "{bed} ({pt.s})"])
    S = ["{hd} {dx}", "admitted {relday} w/ {dx}", "{dx}, {hd}", "here for {dx}", "{dx} s/p {proc}"]
    if phi:
        S += ["{?adm|admitted|here since} {DATE:dpast} for {dx}", "{dx}, {proc} on {DATE:dshort}"]
    B = ["PMH {pmh}", "hx {pmh}", "{code}", "allergic to {allergen}", "{iso}", "lives w/ {?wife|husband|daughter|son|no one}",
         "baseline {?A&Ox3|confused|walks w/ walker|bedbound}"]
    A = ["{vitals}", "{labval}", "a&o x{#1-4}", "on {drip}", "pain {#0-10}/10", "{vitals}, {labval}", "{vitals}"]
    Rr = ["{todo}", "f/u {lab} at {time}", "{todo}, {todo}", "dispo {?home|SNF|rehab|TBD} {relday}"]
    if phi:
        Rr += ["{rel.role} {rel.first} calling at {time}, cb {PHONE:phone}", "f/u appt {DATE:dfuture}",
               "labels need MRN {MRN:mrn}", "{rel.role} ({rel.full}) wants a call"]
    s, b, a, r = ch(S), ch(B), ch(A), ch(Rr)
    lay = R.randint(0, 4)
    idt = ch(ident)
    if lay == 0:
        sep = ch([" | ", "; ", ". ", " // ", " - ", ", "])
        t = idt + " " + sep.join([s, b, a, r])
    elif lay == 1:
        t = "SBAR " + idt + "\nS: " + s + "\nB: " + b + "\nA: " + a + "\nR: " + r
    elif lay == 2:
        t = ch(["Handoff ", "report: ", "*Handoff* ", ""]) + idt + "\n• " + s + "\n• " + b + "\n• " + a + "\n• " + r
    elif lay == 3:
        t = idt + " " + s + ". " + ch(["Overnight ", "Today ", "Shift: "]) + a + ". " + ch(["Pls ", "Need to ", "TODO: "]) + r
    else:
        t = ch(["> ", ""]) + idt + " " + ", ".join([s, b, a]) + "\n" + ch(["next shift: ", "to do: ", "→ "]) + r
    return E(t, ctx), "handoff"


ROW_PHI = ["{bed} {@.invU} {@.agesex} {dx}", "{bed} – {@.last} – {status}", "{bed}: {@.full} (MRN {MRN:mrn}) {status}",
           "{bed} {@.any} adm {DATE:dshort} {dx}", "{bed} {@.lastinit} {@.agesex} {code}", "{bed} | {@.inv} | {dx} | {status}",
           "{bed} {@.last} {status} {emoji}", "{bed}  {@.full}  {dx}", "{bed} {@.firstinit} {dx}"]
ROW_CLEAN = ["{bed} {@.agesex} {dx}", "{bed}: {bedstat}", "{bed} {dx} - {status}", "{bed} – {bedstat}",
             "{bed} | {dx} | {status}", "{bed} {@.agesex} {status}", "{bed}  {dx}  {code}"]


def rows(ctx, n, need_phi):
    out = []
    k = R.randint(0, n - 1) if need_phi else -1
    for i in range(n):
        key = ctx.fresh()
        if ctx.phi and (i == k or R.random() < 0.5):
            t = ch(ROW_PHI)
        else:
            t = ch(ROW_CLEAN)
        out.append(at(t, key))
    return out


def f_bedboard(ctx):
    n = R.randint(3, 7)
    rs = rows(ctx, n, ctx.phi)
    head = ch(["*{unit} bed board {time}*", "{unit} board as of {time}:", "Bed status {unit} — {time}",
               "BED BOARD {unit}", ":bed: {unit} beds", "{unit} {?am|pm|noon} board"])
    bullet = ch(["", "• ", "- ", "▪ "])
    body = "\n".join(bullet + r for r in rs)
    if R.random() < 0.2:
        t = head + "\n```\n" + body + "\n```"
    else:
        t = head + "\n" + body
    if R.random() < 0.3:
        t += "\n" + ch(["pls update if wrong", "{n} dirty, EVS aware", "cc {mention}", "thx {col.first}"])
    return E(t, ctx), "bed-board"


def f_census(ctx):
    lines = ["{unit} census {nn}/{#40-44} @ {time}"]
    if ctx.phi:
        names = ", ".join(at(ch(["{@.last} ({bed})", "{bed} {@.last}", "{@.inv}", "{@.full} {bed}"]), ctx.fresh())
                          for _ in range(R.randint(1, 4)))
        lines.append(ch(["Admits: ", "New: ", "admits → "]) + names)
        if R.random() < 0.6:
            lines.append(ch(["DCs: ", "Going home: ", "dc → "]) + ", ".join(
                at(ch(["{@.last}", "{@.lastinit}", "{bed} {@.last}"]), ctx.fresh()) for _ in range(R.randint(1, 3))))
        else:
            lines.append("DCs: {n} ({?all before noon hopefully|pending rides|waiting on CM})")
    else:
        a, b = R.randint(0, 6), R.randint(0, 4)
        lines.append("Admits: %d (%d from ED, %d direct)" % (a + b, a, b))
        lines.append(ch(["DCs: {n}", "DCs: {n}, {n} by noon", "dc pending: {bed}, {bed}, {bed}"]))
    lines.append(ch(["Transfers: {n}", "ICU upgrades: {?none|1|2}", "sitters: {n}", "iso rooms: {n}", "tele: {nn}"]))
    sep = ch(["\n", " | ", "\n"])
    return E(sep.join(lines), ctx), "census"


def f_rounding(ctx):
    n = R.randint(3, 6)
    items = []
    for i in range(n):
        key = ctx.fresh()
        if ctx.phi and (i == 0 or R.random() < 0.6):
            items.append(at(ch(["{bed} {@.last}", "{bed} {@.any}", "{@.last} {bed} ({dx})", "{bed} {@.firstinit}"]), key))
        else:
            items.append(ch(["{bed}", "{bed} ({dx})", "{bed} - {status}"]))
    if ctx.phi and R.random() < 0.4:
        R.shuffle(items)
    head = ch(["Rounds {unit} {time}: ", "rounding order {unit} → ", "*{col.dr} rounding list*\n", "IDT rounds today:\n",
               "{unit} MDR list\n"])
    if head.endswith("\n"):
        body = "\n".join("%d. %s" % (i + 1, it) for i, it in enumerate(items))
    else:
        body = ch([", ", " → ", "; "]).join(items)
    t = head + body
    if R.random() < 0.3:
        t += ch([" — start at {time}", "\nstarting in 5", "\n{col.first} pls have vitals in", " ✅"])
    # guarantee at least one PHI item in phi messages
    return E(t, ctx), "rounding"


FORM_FIELDS_PHI = [
    (["Name", "Patient", "Pt name", "PATIENT NAME", "Nombre", "Patient Name"], "{pt.any}"),
    (["DOB", "D.O.B.", "Date of Birth", "Birthdate", "DOB (mm/dd/yyyy)"], "{pt.dob}"),
    (["MRN", "MRN#", "Med Rec #", "MR#", "Chart #", "Medical Record Number"], "{MRN:mrn}"),
    (["Sex", "Gender"], "{pt.s}"),
    (["Address", "Home address", "Addr", "Street"], "{ADDRESS:addr_full}"),
    (["Phone", "Cell", "Home phone", "Tel", "Contact #"], "{PHONE:phone}"),
    (["Email", "E-mail"], "{pt.email}"),
    (["Insurance", "Payer", "Primary ins"], "{payer}"),
    (["Member ID", "Subscriber ID", "Policy #", "Ins ID"], "{HEALTH_PLAN_ID:hpid}"),
    (["Group", "Group #", "Grp"], "{grp}"),
    (["SSN", "Social", "SS#"], "{SSN:ssn}"),
    (["Emergency contact", "EC", "Next of kin", "NOK"], "{rel.full} ({rel.role}) {PHONE:phone}"),
    (["PCP", "Primary care"], "{col.dr}"),
    (["Allergies", "ALLERGIES"], "{allergen}"),
    (["Reason", "Dx", "Reason for referral", "Chief complaint"], "{dx}"),
    (["HAR", "Acct #", "Account"], "{ACCOUNT_NUMBER:har}"),
    (["Language", "Preferred language"], "{lang}"),
    (["Age"], "{pt.age}"),
    (["Admit date", "Adm", "Date of service", "DOS"], "{DATE:dpast}"),
    (["Room", "Bed", "Unit/bed"], "{bed}"),
    (["Town", "City"], "{ADDRESS:town}"),
    (["Code status"], "{code}"),
]
FORM_FIELDS_CLEAN_SETS = [
    ("supplies po", [("Requester", "{col.full}"), ("Dept", "{unit}"), ("Item", "{supply}"), ("Qty", "{nn}"),
                     ("PO", "{po}"), ("Cost center", "{costctr}"), ("Needed by", "{deadline}")]),
    ("meeting calendar", [("Event", "{meeting}"), ("Date", "{meetdate}"), ("Time", "{time}"), ("Location", "{room}"),
                          ("Host", "{col.full}"), ("Zoom ID", "{zoom}")]),
    ("staffing", [("Shift", "{?D|E|N} {meetdate}"), ("Unit", "{unit}"), ("Needed", "{#1-3} RN, {#0-2} PCA"),
                  ("Contact", "{col.first} {ext}"), ("Incentive", "{?yes|no|bonus tier 2}")]),
    ("it ticket", [("Ticket", "{ticket}"), ("Reporter", "{col.full}"), ("Location", "{unit} {?nurses station|med room|breakroom}"),
                   ("Issue", "{?printer jam|Vocera won't log in|scanner offline|WOW battery dead}"), ("Priority", "{?P3|P2|low}"),
                   ("Version", "{version}")]),
    ("supplies", [("Equipment", "{?bladder scanner|Alaris|glucometer|hoyer lift}"), ("Asset", "{asset}"),
                  ("From", "{unit}"), ("To", "{unit}"), ("Moved by", "{col.first}")]),
    ("education", [("Course", "{course}"), ("Date", "{meetdate}"), ("Instructor", "{col.full}"), ("Seats", "{nn}"),
                   ("Sign up", "{intranet}")]),
    ("facility-address", [("Site", "{facility}"), ("Address", "{faddr}"), ("Main line", "ask operator"),
                          ("Hours", "{?7a-7p|8-5 M-F|24/7}")]),
]


def f_form(ctx):
    sep = ch([": ", ": ", " - ", ":\t", " = ", ": "])
    if ctx.phi:
        pool = FORM_FIELDS_PHI[:]
        must = [pool[0]] if R.random() < 0.8 else [pool[2]]
        rest = [f for f in pool if f not in must]
        chosen = must + R.sample(rest, R.randint(3, 8))
        if R.random() < 0.5:
            first = chosen[0]
            chosen = [first] + sorted(chosen[1:], key=lambda f: FORM_FIELDS_PHI.index(f))
        fields = [(ch(labels), val) for labels, val in chosen]
        title = ch(["*Referral intake*", "Pasted from fax:", "---- Transfer Request ----", "Registration correction",
                    "Facesheet", "New admit info", "pls verify:", "from the ED board:", "*Consult request*", ""])
        tags = "form structured"
    else:
        tags, fs = ch(FORM_FIELDS_CLEAN_SETS)
        fields = fs[:R.randint(3, len(fs))] if R.random() < 0.5 else fs
        title = ch(["*Request*", "form:", "copying from the portal:", "", "---"])
        tags = "form " + tags
    inline = R.random() < 0.25
    body = (" | " if inline else "\n").join(l + sep + v for l, v in fields)
    if R.random() < 0.15 and not inline:
        body = "```\n" + body + "\n```"
    t = (title + ("\n" if title and not inline else " " if title else "") + body) if title else body
    pieces = E(t, ctx)
    # a contiguous multi-line address in a pasted form stays one span
    if ctx.phi and R.random() < 0.3:
        for p in pieces:
            if p[1] == "ADDRESS" and ", " in p[0] and not inline:
                i = p[0].index(", ")
                p[0] = p[0][:i] + "\n" + p[0][i + 2:]
                break
    return pieces, tags


TABLE_COLS_PHI = [("Bed", "{bed}"), ("Patient", "{@.any}"), ("Age", "{@.age}"), ("MRN", "{MRN:mrn}"), ("Dx", "{dx}"),
                  ("Dispo", "{status}"), ("DOB", "{@.dob}"), ("Adm", "{DATE:dshort}"), ("Code", "{code}")]
TABLE_COLS_CLEAN = [("Bed", "{bed}"), ("Status", "{bedstat}"), ("Dx", "{dx}"), ("Dispo", "{status}"), ("Age", "{@.age}"),
                    ("Iso", "{iso}"), ("Code", "{code}")]


def f_table(ctx):
    if ctx.phi:
        cols = [TABLE_COLS_PHI[0], TABLE_COLS_PHI[1]] + R.sample(TABLE_COLS_PHI[2:], R.randint(1, 3))
    else:
        if R.random() < 0.3:
            cols = [("Shift", "{?D|E|N}"), ("Charge", "{c@.first}"), ("RNs", "{#3-9}"), ("PCAs", "{#1-4}"), ("Sitters", "{#0-3}")]
        else:
            cols = [TABLE_COLS_CLEAN[0]] + R.sample(TABLE_COLS_CLEAN[1:], R.randint(2, 3))
    head = "| " + " | ".join(c[0] for c in cols) + " |\n|" + "|".join("---" for _ in cols) + "|"
    lines = []
    for _ in range(R.randint(2, 5)):
        key = ctx.fresh()
        lines.append("| " + " | ".join(at(c[1], key) for c in cols) + " |")
    t = ch(["{unit} list {time}\n", "*{unit}*\n", "", "table for {col.first}:\n"]) + head + "\n" + "\n".join(lines)
    return E(t, ctx), "table"


REPLIES_CLEAN = ["on it", "done ✅", "👍", "thx, calling now", "can't, in a rapid", "{col.first} has it", "ack",
                 "who's the nurse?", "already sent", "pls put in a ticket", "ty!", "omw", "sending {col.first}",
                 "+1", "lol same", "will do after med pass", "escalated to {col.dr}", "👀", "fixed, try again"]
REPLIES_PHI = ["called {rel.role} {rel.first} back at {PHONE:phone}, no answer", "{pt.hon} is in {dest} now",
               "wait is this {pt.full} or the other one in {bed}?", "MRN is {MRN:mrn} fyi",
               "{pt.first} is refusing, documenting", "DOB {pt.dob}, matches"]


def one_line(ctx, kind):
    tags, t = ch(P_LINES if kind == "P" else C_LINES)
    return E(t, ctx), tags


def f_thread(ctx):
    for _ in range(20):
        if ctx.phi and R.random() < 0.6:
            q, tags = one_line(ctx, "P")
            rtpl = ch(REPLIES_CLEAN)
        elif ctx.phi:
            q, tags = one_line(ctx, "C")
            rtpl = ch(REPLIES_PHI)
        else:
            q, tags = one_line(ctx, "C")
            rtpl = ch(REPLIES_CLEAN)
        if not any("\n" in p[0] for p in q):
            break
    q = [["> ", None]] + q
    pre = ch(["", "", "replying in thread: ", "{mention} "])
    rep = E(pre + rtpl, ctx)
    return q + [["\n", None]] + rep, "thread " + tags


def stamp(base=None):
    if base is None:
        base = R.randint(6 * 60, 22 * 60)
    h, m = divmod(base, 60)
    return "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM")


def f_export(ctx):
    order = ch([("P", "C"), ("C", "P"), ("P", "P")]) if ctx.phi else ("C", "C")
    out, tags = [], "thread"
    t0 = R.randint(6 * 60, 21 * 60)
    for i, k in enumerate(order):
        who = "{col7.full}" if i % 2 == 0 else ch(["{col8.full}", "{col8.firstL}"])
        st = stamp(t0 + i * R.randint(1, 40))
        head = ch([who + "  " + st + "\n", "[" + st + "] " + who + "\n", who + " — " + st + "\n", who + ": "])
        out += E(head, ctx)
        line, tg = one_line(ctx, k)
        out += line
        tags += " " + tg
        if i < len(order) - 1:
            out.append(["\n\n" if R.random() < 0.5 else "\n", None])
    return out, tags


def f_checklist(ctx):
    box = lambda: ch(["☐", "☑", "[ ]", "[x]", "- [ ]", "✔️"])
    if ctx.phi:
        head = ch(["Discharge checklist – {pt.full}", "DC {pt.invU} ({bed})", "*{pt.hon} going home {relday}*"])
        items = ["med rec", "f/u appt {DATE:dfuture}", "ride: {rel.role} {PHONE:phone}", "VNA to {ADDRESS:addr_full}",
                 "scripts to {pharm}", "DME: {?walker|commode|home O2}", "teach-back done", "{todo}"]
    else:
        head = ch(["Discharge checklist {bed}", "DC {bed} {relday}", "*{bed} going home*"])
        items = ["med rec", "f/u appt scheduled", "ride arranged", "VNA referral sent", "scripts sent", "DME: {?walker|commode|home O2}",
                 "teach-back done", "IV out", "{todo}"]
    sel = R.sample(items, R.randint(3, 6))
    t = head + "\n" + "\n".join(box() + " " + s for s in sel)
    return E(t, ctx), "discharge checklist"


def f_pending(ctx):
    head = ch(["pending labs:", "*Outstanding results*", "labs still out {time}", "to-draw list {unit}"])
    items = []
    for i in range(R.randint(2, 5)):
        key = ctx.fresh()
        if ctx.phi and (i == 0 or R.random() < 0.5):
            items.append(at(ch(["{bed} {@.last}: {lab}", "{@.inv} - {lab}, {lab}", "{bed} ({@.lastinit}) {lab} due {time}",
                                "{@.full} MRN {MRN:mrn} {lab}"]), key))
        else:
            items.append(ch(["{bed}: {lab}", "{bed} {lab}, {lab}", "{bed} {lab} due {time}"]))
    if ctx.phi:
        R.shuffle(items)
    t = head + "\n" + "\n".join(ch(["- ", "• ", ""]) + x for x in items)
    return E(t, ctx), "lab"


def f_pumps(ctx):
    head = ch(["pumps in use {unit}:", "*Biomed pump audit*", "devices to swap before {time}:", "infusion check {unit}"])
    items = []
    for i in range(R.randint(2, 4)):
        key = ctx.fresh()
        if ctx.phi and (i == 0 or R.random() < 0.4):
            items.append(at(ch(["{bed} {@.last} {pump} SN {DEVICE_ID:serial}", "{@.inv}: {homedev} serial {DEVICE_ID:serial}",
                                "{bed} {pump} serial {DEVICE_ID:serial} ({@.last})"]), key))
        else:
            items.append(ch(["{bed} {pump} {asset}", "{asset} {alarm} x{n}", "{bed} {pump} ok", "{asset} due PM {deadline}"]))
    if ctx.phi:
        R.shuffle(items)
    t = head + "\n" + "\n".join(ch(["- ", "• ", ""]) + x for x in items)
    return E(t, ctx), "device alarm"


COMPOSED = [(f_handoff, 9), (f_bedboard, 6), (f_census, 4), (f_rounding, 4), (f_form, 7), (f_table, 4),
            (f_thread, 5), (f_export, 3), (f_checklist, 3), (f_pending, 3), (f_pumps, 2)]


# ---------------------------------------------------------------- voices and obfuscation
OPEN = ["", "", "", "", "", "fyi ", "FYI: ", "<!here> ", "heads up - ", "quick q: ", "morning! ", "PSA ", "update: ",
        "re {unit}: ", "{mention} ", "from nights: ", "ugh. ", "Hi team, ", "Good morning, ", "*URGENT* ", "{channel} ",
        "{emoji} ", "sorry to bug — ", "@charge ", "reminder: "]
CLOSE = ["", "", "", "", "", " thx", " thanks!", " 🙏", " ty", " - {col9.first}", " (sorry for the delay)", " pls ack",
         " :pray:", " lmk", " 👍", " cc {mention}", " ^^", " asap", " pls and ty", "!!", " 🙃"]
SHORT = {"patient": "pt", "patients": "pts", "please": "pls", "with": "w/", "without": "w/o", "because": "b/c",
         "thanks": "thx", "family": "fam", "history": "hx", "tomorrow": "tmrw", "about": "abt", "you": "u",
         "before": "b4", "tonight": "2nite", "waiting": "waitin", "someone": "s/o", "needs": "needz",
         "anyone": "any1", "people": "ppl", "message": "msg", "right": "R", "left": "L", "minutes": "mins"}
FWD = str.maketrans("0123456789", "０１２３４５６７８９")
OBF_TYPES = ["PHONE", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "CREDIT_CARD", "LICENSE_NUMBER", "EMAIL",
             "PHONE", "SSN", "MRN", "PHONE"]
SEP_RE = re.compile(r"[-. /]")


def obfuscate(v, t, ctx):
    if t == "EMAIL":
        if "@" not in v:
            return None
        user, dom = v.split("@", 1)
        parts = dom.split(".")
        k = R.randint(0, 4)
        ctx.tags.add("evasion")
        if k == 0:
            return user + " [at] " + " [dot] ".join(parts)
        if k == 1:
            return user + "(at)" + "(dot)".join(parts)
        if k == 2:
            return user.replace(".", " dot ") + " at " + " dot ".join(parts)
        if k == 3:
            return user + " @ " + dom
        ctx.tags.add("fullwidth")
        return user + "＠" + dom
    if sum(c.isdigit() for c in v) < 5:
        return None
    k = ch(["fw", "zw", "nbsp", "spaced", "mixed", "spelled", "nl", "nosep", "fw", "zw", "spaced"])
    ctx.tags.add("evasion")
    seps = [m.start() for m in SEP_RE.finditer(v)]
    if k == "fw":
        ctx.tags.add("fullwidth")
        return v.translate(FWD)
    if k == "zw":
        ctx.tags.add("zero-width")
        if seps:
            return SEP_RE.sub(lambda m: m.group(0) + "\u200b", v)
        i = len(v) // 2
        return v[:3] + "\u200b" + v[3:i] + "\u200b" + v[i:]
    if k == "nbsp":
        if seps:
            return SEP_RE.sub("\u00a0", v)
        return v[:3] + "\u00a0" + v[3:6] + "\u00a0" + v[6:]
    if k == "spaced":
        return " ".join(c for c in v if c.isalnum())
    if k == "mixed":
        if len(seps) >= 2:
            out = list(v)
            opts = ["-", ".", " ", "/"]
            for i in seps:
                out[i] = ch([o for o in opts if o != v[i]])
            return "".join(out)
        c = [x for x in v if x.isalnum()]
        return "".join(c[:3]) + "." + "".join(c[3:5]) + "-" + "".join(c[5:])
    if k == "spelled":
        groups = [g for g in SEP_RE.split(v) if g]
        words = []
        for g in groups:
            words.append(" ".join(DIGW[int(c)] if c.isdigit() else c for c in g))
        return ch([", ", " ", " - "]).join(words)
    if k == "nl":
        ctx.tags.add("multiline")
        if seps:
            i = ch(seps)
            return v[:i] + "\n" + v[i + 1:]
        i = len(v) // 2
        return v[:i] + "\n" + v[i:]
    if k == "nosep":
        s = SEP_RE.sub("", v)
        return s if s != v else v[:3] + " " + v[3:]
    return None


MARKUP_RE = re.compile(r"(<[@#!][^>]*>|<(?:https?|mailto|tel):[^>]*>)")


def lower_keep(s):
    parts = MARKUP_RE.split(s)
    return "".join(p if MARKUP_RE.fullmatch(p) else p.lower() for p in parts)


def typo_word(w):
    k = R.randint(0, 3)
    i = R.randint(1, len(w) - 3)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    if k == 2:
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "t", "l": "k", "u": "y"}
    c = w[i].lower()
    return w[:i] + near.get(c, c) + w[i + 1:]


def apply_voice(pieces, ctx):
    r = R.random()
    if r < 0.13:
        for p in pieces:
            if p[1] != "URL":
                p[0] = lower_keep(p[0])
        ctx.tags.add("lowercase")
    elif r < 0.16:
        for p in pieces:
            if p[1] in (None, "NAME"):
                p[0] = "".join(x if MARKUP_RE.fullmatch(x) else x.upper() for x in MARKUP_RE.split(p[0]))
        ctx.tags.add("caps")
    if R.random() < 0.2:
        for p in pieces:
            if p[1] is None and "<" not in p[0] and "`" not in p[0]:
                p[0] = re.sub(r"\b(%s)\b" % "|".join(SHORT), lambda m: SHORT[m.group(1)] if R.random() < 0.7 else m.group(1), p[0])
        ctx.tags.add("shorthand")
    if R.random() < 0.14:
        cands = [p for p in pieces if p[1] is None and "<" not in p[0] and "://" not in p[0] and "`" not in p[0]
                 and re.search(r"[A-Za-z]{5,}", p[0])]
        if cands:
            p = ch(cands)
            ws = list(re.finditer(r"[A-Za-z]{5,}", p[0]))
            m = ch(ws)
            p[0] = p[0][:m.start()] + typo_word(m.group(0)) + p[0][m.end():]
            ctx.tags.add("typo")
        names = [p for p in pieces if p[1] == "NAME" and re.fullmatch(r"[A-Za-z]{5,}", p[0])]
        if names and R.random() < 0.3:
            p = ch(names)
            p[0] = typo_word(p[0])
            ctx.tags.add("typo")
    if R.random() < 0.08:
        e = ch(EMOJI)
        if R.random() < 0.5:
            pieces.insert(0, [e + " ", None])
        else:
            pieces.append([" " + e, None])
    return pieces


# ---------------------------------------------------------------- assembly and self-check
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan", "ACCOUNT_NUMBER": "account", "LICENSE_NUMBER": "license",
            "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address",
            "CREDIT_CARD": "credit-card"}
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u26ff\u2700-\u27bf\U0001F000-\U0001F2FF]|:[a-z_]+:")
SLACK_RE = re.compile(r"<[@#!]|<https?://|<mailto:|<tel:|(^|\s)\*[^*\n]+\*|`|^> ", re.M)
CLEAN_LEAK_RE = re.compile(r"\b\d{3}[-. )]\s?\d{3}[-. ]\d{4}\b|[A-Za-z0-9._]+@[A-Za-z]|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\b\d{3}-\d{2}-\d{4}\b")
BAD_EDGE = set(" \t\n.,;:!?()[]{}<>\"'*`|")


def normalize(pieces):
    out = []
    for t, ty in pieces:
        if ty is None and not t:
            continue
        if out and ty is None and out[-1][1] is None:
            out[-1][0] += t
        else:
            out.append([t, ty])
    while out and out[0][1] is None and not out[0][0].strip():
        out.pop(0)
    while out and out[-1][1] is None and not out[-1][0].strip():
        out.pop()
    if out and out[0][1] is None:
        out[0][0] = out[0][0].lstrip()
    if out and out[-1][1] is None:
        out[-1][0] = out[-1][0].rstrip()
    return out


def assemble(pieces):
    text, spans, nbytes = [], [], 0
    for t, ty in pieces:
        if ty:
            spans.append((ty, t, nbytes))
        text.append(t)
        nbytes += len(t.encode("utf-8"))
    return "".join(text), spans


def self_check(text, spans, phi):
    b = text.encode("utf-8")
    pos = 0
    for ty, v, off in spans:
        if ty not in TYPES or not v or v[-1] in BAD_EDGE:
            return False
        if v[0] in BAD_EDGE and not (v[0] == "(" and ty in ("PHONE", "DEVICE_ID")):
            return False
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i != off:
            return False
        pos = i + len(vb)
    if phi != bool(spans):
        return False
    if not phi and CLEAN_LEAK_RE.search(text):
        return False
    if "  \n" in text or len(text) > 1400:
        return False
    return True


def make_tags(base, spans, text, ctx):
    tags = []
    for t in base.split():
        tags.append(t)
    types = [s[0] for s in spans]
    for ty in types:
        tags.append(TYPE_TAG[ty])
    if any(ty not in ("NAME", "DATE", "AGE") for ty in types):
        tags.append("structured")
    if "business-contact" in tags and not any(ty in ("PHONE", "EMAIL") for ty in types):
        tags = [t for t in tags if t != "business-contact"]
    if "\n" in text:
        tags.append("multiline")
    if EMOJI_RE.search(text.replace("☐", "").replace("☑", "")):
        tags.append("emoji")
    if SLACK_RE.search(text):
        tags.append("slack-markup")
    if re.search(r"[^\x00-\x7f]", text) and re.search(r"[àáâãçéêíóôõúñ¿¡ệữốồạảđươ]|[\u4e00-\u9fff\u0400-\u04ff]", text):
        tags.append("non-ascii")
    for t in sorted(ctx.tags):
        tags.append(t)
    if "multiline" in tags and "\n" not in text:
        tags.remove("multiline")
    tags.append("phi" if spans else "clean")
    return list(dict.fromkeys(tags))


def build(kind, frame):
    ctx = Ctx(kind == "P")
    if frame[0] == "line":
        tags, t = (P_LINES if kind == "P" else C_LINES)[frame[1]]
        opener, closer = ch(OPEN), ch(CLOSE)
        pieces = E(opener, ctx) + E(t, ctx) + E(closer, ctx)
        composed = False
    else:
        pieces, tags = frame[1](ctx)
        composed = True
    pieces = [[p[0], p[1]] for p in pieces]
    if ctx.phi and R.random() < (0.16 if not composed else 0.1):
        cands = [p for p in pieces if p[1] in OBF_TYPES]
        if cands:
            p = ch(cands)
            o = obfuscate(p[0], p[1], ctx)
            if o:
                p[0] = o
    pieces = normalize(pieces)
    pieces = apply_voice(pieces, ctx)
    pieces = normalize(pieces)
    text, spans = assemble(pieces)
    if not self_check(text, spans, ctx.phi):
        return None
    return {"text": text, "spans": [{"type": ty, "value": v} for ty, v, _ in spans],
            "tags": make_tags(tags, spans, text, ctx)}


def deck(kind):
    lines = P_LINES if kind == "P" else C_LINES
    d = [("line", i) for i in range(len(lines))]
    for f, w in COMPOSED:
        d += [("fn", f)] * w
    R.shuffle(d)
    return d


def main():
    kinds = ["P"] * (N_MSG // 2) + ["C"] * (N_MSG - N_MSG // 2)
    R.shuffle(kinds)
    decks = {"P": [], "C": []}
    seen = set()
    out = []
    for n, kind in enumerate(kinds, 1):
        item = None
        while item is None:
            if not decks[kind]:
                decks[kind] = deck(kind)
            frame = decks[kind].pop()
            for _ in range(40):
                item = build(kind, frame)
                if item and item["text"] not in seen:
                    break
                item = None
        seen.add(item["text"])
        out.append({"id": "hg%04d" % n, "text": item["text"], "spans": item["spans"], "tags": item["tags"]})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d messages to %s (%d with PHI)" % (len(out), OUT, sum(1 for o in out if o["spans"])))


if __name__ == "__main__":
    main()
