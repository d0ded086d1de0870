#!/usr/bin/env python3
"""Generator for PHI-detector evaluation set "gz".

Theme: home health, hospice and community paramedicine chat (field nurses and
aides on the road, visit routes, DME/oxygen, pharmacy refills, family caregivers
calling in, on-call, office staff and directors).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes generated_gz.jsonl next to this file in the raw format read by
/work/corpora/check_phi_corpus.py: spans are {"type","value"} listed in reading
order, each value occurring in the text at the place it was put.

Messages are built as lists of segments (text, kind, meta):
  kind None   -> ordinary prose (typos, abbreviations, case changes allowed)
  kind "RAW"  -> unlabelled token (case changes allowed, nothing else)
  kind "LOCK" -> unlabelled markup, never changed (Slack ids etc.)
  kind TYPE   -> a labelled PHI value of that type
so every span value is known exactly where it was placed; the generator checks
that the checker's left-to-right search finds each value at that very place.
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 20251205
N_MESSAGES = 1500
PHI_SHARE = 0.55
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gz.jsonl")
REF_YEAR = 2025

TYPES = ("NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID",
         "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS", "ADDRESS", "CREDIT_CARD")
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id",
            "ACCOUNT_NUMBER": "account-number", "LICENSE_NUMBER": "license",
            "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
            "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}


class Retry(Exception):
    """Raised when a draw produced something inconsistent; the message is redrawn."""


# ---------------------------------------------------------------------------
# Name pools (written for this set; many origins; word-names; multi-part)
# ---------------------------------------------------------------------------
def _pool(s):
    return [x.strip() for x in s.replace("\n", " ").split(",") if x.strip()]


GIVEN_F = _pool("""
Mary, Patricia, Linda, Barbara, Elizabeth, Susan, Margaret, Dorothy, Helen, Ruth, Shirley,
Virginia, Frances, Evelyn, Mildred, Gladys, Lorraine, Beverly, Doris, Phyllis, Norma, Marjorie,
Eleanor, Edith, Irene, Agnes, Bernice, Muriel, Geraldine, Harriet, Florence, Ethel, Hazel, Wilma,
Lois, Marion, Theresa, Alice, Jean, Kathleen, Ashley, Brittany, Megan, Amber, Courtney, Deborah,
Janet, Carol, Joan, Judith, Nancy, Sandra, Sharon, Cynthia, Peggy, Bonnie, Tammy, Kristen,
Heather, Misty, Brandy, Shelby, Mary Ellen, Betty Lou,
Hope, Faith, Grace, Joy, Rose, Page, Summer, Autumn, April, May, June, Dawn, Holly, Ivy, Iris,
Daisy, Ruby, Pearl, Opal, Violet, Willow, Sky, Patience, Prudence, Charity, Mercy, Constance,
Honor, Destiny, Harmony, Melody, Star, Precious, Robin, Ginger, Candy, Crystal, Sunny,
Latoya, Keisha, Shaniqua, Tamika, Lakisha, Ebony, Imani, Aaliyah, Jada, Dominique, Odessa,
Beulah, Willie Mae, Lula, Hattie, Tanisha, Shanice, LaDonna, Octavia, Rashida, Nia, Essie,
Ola Mae, Queen,
María, Guadalupe, Carmen, Rosa, Ana, Josefina, Lucía, Sofía, Dolores, Esperanza, Consuelo,
Itzel, Marisol, Yesenia, Graciela, Xiomara, Catalina, Beatriz, Maribel, Pilar, Reyna, Luz,
Socorro, Milagros, Nayeli, María José, Ana Lucía,
Ngozi, Adaeze, Ama, Abena, Akosua, Chiamaka, Folake, Ifeoma, Yetunde, Nkechi, Efua, Fatoumata,
Aminata, Awa, Funmilayo, Bisi, Esi, Adjoa,
Tigist, Selam, Meseret, Hiwot, Almaz, Wanjiru, Njeri, Achieng, Zawadi, Amani, Nimo, Hodan,
Ayaan, Fartun, Eyerusalem, Mekdes,
Priya, Anjali, Sunita, Lakshmi, Deepa, Kavita, Meena, Pooja, Harpreet, Gurpreet, Jaswinder,
Ayesha, Nasreen, Tahmina, Rupa, Parvati, Shreya, Divya, Bhavna, Kamala, Savitri,
Mei, Xiu Ying, Li Na, Yan, Yuki, Akiko, Emiko, Sakura, Ji-woo, Seo-yeon, Soo-ah, Eun-ji,
Xiaoling, Shu-fen, Jing, Hana, Keiko, Mi-sook,
Linh, Huong, Lan, Mai, Phuong, Nguyet, Malee, Siriporn, Maricel, Jocelyn, Lourdes, Dalisay,
Sreypov, Chanthou, Nok, Ketsana, Thuy, Rosalinda, Mai Lee, Pa Houa,
Fatima, Aisha, Layla, Mariam, Nour, Zainab, Huda, Rania, Samira, Leila, Amira, Yasmin, Salma,
Hanan, Dalia, Rasha,
Rivka, Esther, Miriam, Devorah, Chana, Shira, Leah, Tova, Batya, Golda, Malka, Yael, Sarah, Ruthie,
Olga, Svetlana, Natalia, Irina, Tatiana, Oksana, Agnieszka, Katarzyna, Zofia, Halina, Jelena,
Milica, Vesna, Ludmila, Galina, Danuta, Jadwiga,
Leilani, Malia, Noelani, Mele, Losana, Talia, Lupe, Pua, Kaimana, Mahina, Salote, Moana,
Aiyana, Winona, Tallulah, Kimi, Halona, Enola, Nita, Kiona, Onawa, Hania, Sahkyo, Cheyenne, Dakota,
Sharlene, Marcia, Beverley, Nadine, Marie-Claire, Guerline, Widlene, Fabiola, Jocelyne, Ketly,
Yanelis, Yadira, Shevon, Tamara, Kerry-Ann, Yolande, Mirlande,
Conceição, Fátima, Eleni, Panagiota, Concetta, Carmela, Siobhan, Niamh, Anahit, Elif, Farzaneh,
Shirin, Giovanna, Bridget
""")

GIVEN_M = _pool("""
James, Robert, John, Michael, William, David, Richard, Joseph, Thomas, Charles, Edward, George,
Harold, Walter, Arthur, Ernest, Eugene, Raymond, Gerald, Donald, Kenneth, Wayne, Roger, Douglas,
Stanley, Howard, Clifford, Leonard, Russell, Warren, Clarence, Herbert, Melvin, Everett, Vernon,
Lloyd, Gordon, Elmer, Floyd, Bradley, Tyler, Cody, Dustin, Travis, Kyle, Norman, Ralph, Earl,
Francis, Carl, Harvey, Leroy, Wendell, Billy Ray,
Will, Bill, Mark, Guy, Rusty, Frank, Chase, Miles, Major, Sterling, Wade, Dale, Cliff, Rocky,
Buck, Bud, Chip, Hunter, King, Royal, Deacon, Christian, Noble, Jay, Drew, Earnest, Forrest,
Sonny, Rich, Pierce, Booker,
DeShawn, Tyrone, Jamal, Darnell, Jalen, Malik, Terrell, Marquis, Andre, Reginald, Cedric, Alonzo,
Cornelius, Roosevelt, Jerome, Lamar, DeAndre, Kendrick, Jermaine, Quentin, Otis, Willie, Percy,
José, Juan, Luis, Jesús, Miguel, Francisco, Alejandro, Javier, Ramón, Héctor, Rafael, Santiago,
Alberto, Ignacio, Rogelio, Teodoro, Ernesto, Jacinto, Fernando, Juan Carlos, José Luis,
Guillermo, Efraín,
Chinedu, Oluwaseun, Kwame, Kofi, Yaw, Emeka, Babajide, Tunde, Obinna, Kojo, Mamadou, Ousmane,
Moussa, Adebayo, Chukwuemeka, Olumide, Ekow, Kwabena, Femi,
Abebe, Dawit, Haile, Yohannes, Tesfaye, Kamau, Otieno, Faraji, Baraka, Abdirahman, Mulugeta,
Girma, Abdi,
Rahul, Vikram, Rajesh, Arjun, Sanjay, Ravi, Amit, Balwinder, Manpreet, Farhan, Imran, Suresh,
Venkatesh, Nikhil, Kiran, Anil, Dinesh, Gopal, Mohan, Harjit,
Wei, Jian, Hao, Jun, Hiroshi, Kenji, Takeshi, Haruto, Min-jun, Jae-hyun, Hyun-woo, Dong-hyun,
Ming, Guang, Chun, Zhiwei, Takumi, Sung-ho,
Minh, Thanh, Tuan, Duc, Quang, Bao, Somchai, Niran, Rizal, Rodrigo, Bayani, Vannak, Kham, Sokha,
Long, Hung, Nam, Tou, Chue,
Mohammed, Ahmed, Omar, Khalid, Youssef, Hassan, Ali, Karim, Tariq, Ibrahim, Mustafa, Walid,
Bilal, Jamil, Faisal, Sami, Nabil,
Moshe, Chaim, Yosef, Shlomo, Avraham, Mordechai, Yitzhak, Ari, Eli, Menachem, Hershel, Zev,
Irving, Morris, Saul,
Dmitri, Vladimir, Sergei, Aleksandr, Bogdan, Piotr, Tomasz, Wojciech, Jan, Miroslav, Dragan,
Goran, Stanislav, Yuri, Anatoly, Zbigniew, Mykola, Oleksandr,
Keoni, Kalani, Makoa, Sione, Tevita, Viliami, Sefo, Iosefa, Kainoa, Akoni, Tavita, Fetu,
Chayton, Takoda, Ahanu, Elu, Ahiga, Dyami, Mato, Nodin, Sani, Tokala,
Marlon, Delroy, Winston, Desmond, Cleon, Jean-Baptiste, Jean-Claude, Ricardo, Yunior, Dwayne,
Rohan, Fitzroy, Errol, Lascelles, Wilner, Jean-Robert, Rudolph,
João, Dimitrios, Georgios, Giuseppe, Salvatore, Padraig, Declan, Armen, Emre, Reza, Seamus,
Angelo, Vito
""")

SURNAMES = _pool("""
Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore,
Martin, Thompson, White, Clark, Lewis, Robinson, Walker, Hall, Allen, Wright, Scott, Green, Baker,
Adams, Nelson, Hill, Campbell, Mitchell, Roberts, Carter, Phillips, Evans, Turner, Parker,
Collins, Edwards, Stewart, Morris, Murphy, Cook, Rogers, Morgan, Cooper, Peterson, Bailey, Reed,
Kelly, Howard, Cox, Ward, Richardson, Watson, Brooks, Wood, Bennett, Gray, Hughes, Price,
Sanders, Myers, Long, Ross, Foster, Powell, Jenkins, Perry, Russell, Sullivan, Bell, Coleman,
Butler, Henderson, Barnes, Fisher, Crawford, Tucker, Boyd, Mason, Hunt, Black, Stone, Fox, Hale,
Moody, Armstrong, Short, Little, Small, Swift, Strong, Power, Read, Day, Knight, Sharp, Law,
Church, Field, Rose, Bishop, Young, Page, Hope, King, Love, Best, Rich, Chase, Frost, Snow,
Winter, Summers, Banks, Lane, Marsh, Wolfe, Crane, Bird, Drake, Woods, Sterling, Noble, Golden,
Gold, Bond, Street, Freeman, Pierce, Hardy, Goodwin, Cross, Cotton, Shepherd, Weaver, Mercer,
Archer, Fletcher, Porter, Hunter, Carpenter, Tanner, Glover, Faith, Bright, Goodnight,
Washington, Jefferson, Jackson, Booker, Mosley, Gaines, Dorsey, Pettaway, Battle, Blackwell,
Ware, Randolph, Toliver, Gathers, Mayfield, Hairston, Whitfield, Peoples, Staton, Jeter,
Haynes, Ivory, Merriweather, Outlaw, Sykes, Boykin, Rhodes,
García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres,
Flores, Rivera, Gómez, Díaz, Reyes, Cruz, Morales, Ortiz, Gutiérrez, Chávez, Ramos, Ruiz,
Álvarez, Mendoza, Castillo, Jiménez, Vásquez, Romero, Herrera, Medina, Aguilar, Vargas, Castro,
Guzmán, Delgado, Fuentes, Salazar, Soto, Ochoa, Villanueva, Espinoza, de la Cruz, De León,
del Valle, Santiago, Rosario, Colón, Figueroa, Quiñones, Ortega-Ruiz, García-Márquez,
Okafor, Adeyemi, Mensah, Boateng, Asante, Owusu, Nwosu, Eze, Okonkwo, Oyelaran, Danso, Appiah,
Ogunleye, Diallo, Traoré, Keita, Sow, Coulibaly, Ndiaye, Diop, Bamba, Onyekachi, Agyeman, Osei,
Akinola, Chukwu, Obi, Balogun, Fashola,
Tadesse, Bekele, Getachew, Alemu, Wolde, Mengistu, Kebede, Warsame, Mohamud, Farah, Omondi,
Mwangi, Njoroge, Mutua, Kiprotich, Nyambura, Habtemariam, Gebremedhin, Tekle,
Patel, Shah, Singh, Kaur, Sharma, Gupta, Reddy, Rao, Iyer, Nair, Menon, Desai, Mehta, Joshi,
Chatterjee, Banerjee, Mukherjee, Das, Bose, Khan, Chaudhry, Siddiqui, Hussain, Rahman,
Choudhury, Krishnan, Subramanian, Venkataraman, Pillai, Gill, Sandhu, Dhillon, Grewal, Bhatt,
Kapoor, Malhotra, Trivedi, Islam,
Wang, Li, Zhang, Liu, Chen, Huang, Zhao, Wu, Zhou, Xu, Sun, Zhu, Hu, Lin, Guo, Gao, Luo,
Tanaka, Suzuki, Watanabe, Takahashi, Yamamoto, Nakamura, Kobayashi, Sato, Ito, Kim, Lee, Park,
Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Ahn, Kwon, Chan, Wong, Leung, Lau, Cheung, Ng, Yip,
Tsang,
Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Dang, Bui, Ngo, Duong, Ly, Truong, Dinh, Santos,
Dela Cruz, Bautista, Aquino, Macapagal, Dimaculangan, Panganiban, Sok, Chea, Prak, Phommachanh,
Vongsavath, Srisai, Chaiyaporn, Saelim, Vang, Xiong, Thao, Lor, Moua,
Haddad, Khoury, Nasser, Saleh, Mansour, Hamdan, Aziz, Farouk, Kassem, Abboud, Said, Issa,
Yousef, Al-Sayed, Al-Masri, El-Amin, Abdullah, Bakr, Darwish, Shalhoub, Jaber, Hakim, Rahim,
Qureshi,
Cohen, Levy, Goldberg, Katz, Friedman, Schwartz, Rosen, Shapiro, Kaplan, Weiss, Adler, Horowitz,
Rabinowitz, Bernstein, Feldman, Greenberg, Rosenthal, Abramowitz, Lieberman, Hirsch, Mizrahi,
Peretz, Ben-David, Eisenberg,
Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Lewandowski, Zieliński, Szymański, Ivanov,
Petrov, Smirnov, Kuznetsov, Popov, Sokolov, Volkov, Morozov, Novak, Horvat, Kovač, Petrović,
Jovanović, Nikolić, Shevchenko, Bondarenko, Kovalenko, Tkachenko, Kravchenko, Dvořák, Svoboda,
Horváth, Nagy, Popescu, Ionescu,
Kahananui, Kealoha, Kalama, Akana, Palakiko, Tuilagi, Faleolo, Taufa, Fifita, Tupou, Vaipulu,
Seumalo, Leota, Aumua, Kapule,
Begay, Yazzie, Tsosie, Benally, Nez, Etsitty, Manuelito, Cornsilk, Deschenie, Wolfchild, Lente,
Chee, Harjo, Tiger, Sixkiller, Youngblood, Two Bulls, Whitecloud, Redcloud,
Baptiste, Pierre, Jean-Louis, Desir, Toussaint, Joseph, Charles, Augustin, Dorvil, Célestin,
Fleurant, McKenzie, Grant, Francis, Brathwaite, Alleyne, Forde, Thorne, St. Louis, St. Fleur,
Mohabir, Ramdass, Persaud, Ramcharan,
O'Brien, O'Connor, McCarthy, MacDonald, Fitzgerald, O'Neill, van der Berg, Van Buren, von Hagen,
De Vries, Schmidt, Müller, Schneider, Becker, Hoffmann, Dubois, Lefebvre, Gagnon, Tremblay,
Bouchard, LeBlanc, Thibodeaux, D'Amico, Di Stefano, Russo, Esposito, Romano, Ferrari, Bianchi,
De Luca, Lo Bianco, Silva, Pereira, Oliveira, Souza, Costa, Medeiros, da Silva, dos Santos,
Papadopoulos, Georgiou, Nikolaidis, Karras, Petrosyan, Hovhannisyan, Sarkisian, Yilmaz, Demir,
Kaya, Tehrani, Karimi, Hosseini, Moradi,
Smith-Jones, Nguyen-Tran, Okafor-Williams, Lloyd-Hughes, Bennett-Ali, Kaur-Sandhu, Rivera-Colón,
Levy-Stern, Haddad-Khoury, Johnson-Baptiste, Pérez-Whitfield, Mensah-Boateng
""")

NICKNAMES = {
    "Robert": ["Bobby", "Bob"], "William": ["Bill", "Billy"], "Elizabeth": ["Betty", "Liz", "Bess"],
    "Margaret": ["Peggy", "Maggie", "Marge"], "Dorothy": ["Dot", "Dottie"], "Richard": ["Dick", "Rick"],
    "Edward": ["Eddie", "Ted"], "James": ["Jim", "Jimmy"], "Patricia": ["Pat", "Patty"],
    "Joseph": ["Joe", "Joey"], "Thomas": ["Tom", "Tommy"], "Charles": ["Charlie", "Chuck"],
    "Francisco": ["Paco", "Pancho"], "José": ["Pepe"], "Guadalupe": ["Lupita"], "Dolores": ["Lola"],
    "Consuelo": ["Chelo"], "Ignacio": ["Nacho"], "Alejandro": ["Alex"], "Mohammed": ["Mo"],
    "Avraham": ["Avi"], "Yitzhak": ["Itzik"], "Aleksandr": ["Sasha"], "Natalia": ["Natasha"],
    "Katarzyna": ["Kasia"], "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"], "Funmilayo": ["Funmi"],
    "Harold": ["Hal"], "Eugene": ["Gene"], "Raymond": ["Ray"], "Gerald": ["Jerry"],
    "Donald": ["Don", "Donnie"], "Kenneth": ["Ken", "Kenny"], "Leonard": ["Lenny"], "Herbert": ["Herb"],
    "Frances": ["Fran", "Frannie"], "Mildred": ["Millie"], "Eleanor": ["Ellie", "Nell"],
    "Theresa": ["Terry", "Tess"], "Kathleen": ["Kathy", "Kay"], "Walter": ["Walt"], "Arthur": ["Art"],
    "Virginia": ["Ginny"], "Deborah": ["Debbie"], "Judith": ["Judy"], "Cynthia": ["Cindy"],
    "Sandra": ["Sandy"], "Clarence": ["Sonny"], "Cornelius": ["Neil"], "Willie Mae": ["Mae"],
    "Giuseppe": ["Joe", "Pino"], "Salvatore": ["Sal"], "Vladimir": ["Volodya"], "Reginald": ["Reggie"],
    "Ebony": ["Bonnie"], "Alberto": ["Tito"], "Rafael": ["Rafa"], "Esperanza": ["Espe"],
}

HON_F = ["Mrs. ", "Ms. ", "Mrs ", "Ms ", "Miss "]
HON_M = ["Mr. ", "Mr "]

RELATIONS = [("daughter", "F", ["daughter", "dtr", "dau"]), ("son", "M", ["son"]),
             ("wife", "F", ["wife"]), ("husband", "M", ["husband", "hsb", "hubby"]),
             ("niece", "F", ["niece"]), ("nephew", "M", ["nephew"]),
             ("granddaughter", "F", ["granddaughter", "granddtr"]), ("grandson", "M", ["grandson"]),
             ("sister", "F", ["sister", "sis"]), ("brother", "M", ["brother", "bro"]),
             ("daughter-in-law", "F", ["daughter-in-law", "DIL"]), ("son-in-law", "M", ["son-in-law", "SIL"]),
             ("partner", None, ["partner"]), ("POA", None, ["POA", "HCPOA"]),
             ("health care proxy", None, ["health care proxy", "HCP", "proxy"]),
             ("guardian", None, ["guardian"]), ("cousin", None, ["cousin"]),
             ("stepdaughter", "F", ["stepdaughter"]), ("caregiver daughter", "F", ["caregiver (daughter)"])]

# ---------------------------------------------------------------------------
# World: towns, offices, vendors, hospitals ...
# ---------------------------------------------------------------------------
TOWNS = [  # (town, state) -- used both for residences and (separately) for branches/offices
    ("Lowell", "MA"), ("Dracut", "MA"), ("Tyngsboro", "MA"), ("Chelmsford", "MA"), ("Westford", "MA"),
    ("Tewksbury", "MA"), ("Methuen", "MA"), ("Haverhill", "MA"), ("Groton", "MA"), ("Pepperell", "MA"),
    ("Townsend", "MA"), ("Ashby", "MA"), ("Fitchburg", "MA"), ("Gardner", "MA"), ("Winchendon", "MA"),
    ("Templeton", "MA"), ("Athol", "MA"), ("Orange", "MA"), ("Royalston", "MA"), ("Greenfield", "MA"),
    ("Amesbury", "MA"), ("Dunstable", "MA"), ("Sharon", "MA"), ("Warren", "MA"),
    ("Nashua", "NH"), ("Hudson", "NH"), ("Pelham", "NH"), ("Hollis", "NH"), ("Brookline", "NH"),
    ("Mason", "NH"), ("New Ipswich", "NH"), ("Rindge", "NH"), ("Jaffrey", "NH"), ("Keene", "NH"),
    ("Salem", "NH"), ("Windham", "NH"), ("Derry", "NH"), ("Londonderry", "NH"), ("Plaistow", "NH"),
    ("Kingston", "NH"), ("Danville", "NH"), ("Fremont", "NH"), ("Raymond", "NH"), ("Epping", "NH"),
    ("Northwood", "NH"), ("Strafford", "NH"), ("Barrington", "NH"), ("Concord", "NH"),
    ("Manchester", "NH"), ("Littleton", "NH"), ("Berlin", "NH"), ("Freedom", "NH"), ("Canaan", "NH"),
    ("Lebanon", "NH"), ("Chester", "NH"), ("Troy", "NH"),
    ("Lewiston", "ME"), ("Bangor", "ME"), ("Presque Isle", "ME"), ("Hope", "ME"), ("Liberty", "ME"),
    ("Unity", "ME"), ("Friendship", "ME"), ("Paris", "ME"), ("Mexico", "ME"), ("Peru", "ME"),
    ("Norway", "ME"), ("Poland", "ME"), ("Denmark", "ME"), ("China", "ME"), ("Bath", "ME"),
    ("Dover-Foxcroft", "ME"), ("Millinocket", "ME"),
    ("Brattleboro", "VT"), ("Rutland", "VT"), ("St. Johnsbury", "VT"), ("Bellows Falls", "VT"),
    ("Springfield", "VT"), ("Newport", "VT"), ("Island Pond", "VT"),
]
ZIP_PREFIX = {"MA": ["014", "018", "013", "019", "020"], "NH": ["030", "031", "034", "035", "038"],
              "ME": ["040", "042", "044", "045", "047"], "VT": ["050", "051", "053", "058"]}

BRANCHES = [("Lowell", "200 Mill St, Suite 4", "MA", "01852"), ("Nashua", "14 Riverside Dr", "NH", "03062"),
            ("Keene", "31 Court St, 2nd Floor", "NH", "03431"), ("Fitchburg", "455 Main St", "MA", "01420"),
            ("Athol", "88 Exchange St", "MA", "01331"), ("Lewiston", "120 Canal St", "ME", "04240"),
            ("Brattleboro", "9 Elliot St", "VT", "05301"), ("Haverhill", "62 Washington Sq", "MA", "01830"),
            ("Littleton", "301 Cottage St", "NH", "03561"), ("Bangor", "1 Cumberland Pl, Ste 210", "ME", "04401")]
AGENCIES = ["Riverbend VNA", "Riverbend Home Health & Hospice", "the agency", "RHH", "Riverbend"]
HOSPITALS = ["Riverside General", "St. Agatha's", "Pine Ridge Regional", "North Valley Medical Center",
             "Mercy Falls Hospital", "Granite Regional", "Cheshire Valley Medical", "Kennebec Memorial",
             "the VA", "St. Brendan's"]
VENDORS = ["NorthStar Medical Supply", "Granite State Oxygen", "Keystone DME", "BlueWave Respiratory",
           "Patriot Home Medical", "Summit Infusion", "Lakeside Medical Equipment", "Pioneer Home Oxygen",
           "CareRx Specialty", "Evergreen Mobility"]
PHARMACIES = ["Valley Pharmacy", "the CVS on Main", "Walgreens", "Hannaford pharmacy", "Rite Aid",
              "Market Basket pharmacy", "CareRx", "the hospice pharmacy (Optio)", "Brooks Pharmacy"]
FUNERAL_HOMES = ["Davis Funeral Home", "McDonald & Sons", "Riverside Chapel", "Pelletier Funeral Home",
                 "Hillside Memorial", "Brennan-Kowal Funeral Service"]
PAYERS = ["Medicare", "MassHealth", "Tufts Health Plan", "Harvard Pilgrim", "Anthem", "Humana", "UHC",
          "Aetna", "NH Healthy Families", "MaineCare", "BCBS", "Martin's Point", "VA Community Care",
          "WellSense", "Medicaid"]
DX = ["CHF", "COPD", "ESRD", "end-stage dementia", "pancreatic ca", "ALS", "CVA w/ L hemiparesis",
      "DM2 w/ foot ulcer", "s/p hip fx", "lung ca w/ mets", "Parkinson's", "failure to thrive",
      "stage 3 sacral wound", "cellulitis LLE", "HFrEF EF 20%", "metastatic breast ca", "cirrhosis",
      "end-stage COPD on 4L", "s/p CABG", "new trach", "PEG feeds", "AFib on Eliquis"]
MEDS = ["Lasix 40", "morphine 20mg/mL", "lorazepam 0.5", "Eliquis 5", "insulin glargine", "metoprolol 25",
        "haloperidol 0.5", "oxycodone 5", "Keppra 500", "ceftriaxone", "hydromorphone", "Ensure",
        "Seroquel 25", "scopolamine patch", "Senna", "prednisone 20", "Bumex 1", "Humalog sliding scale"]
DME = ["hospital bed", "O2 concentrator", "e-cyl tanks", "hoyer lift", "bedside commode", "shower chair",
       "wheelchair", "alternating-pressure mattress", "nebulizer", "suction machine", "rolling walker",
       "CPAP supplies", "overbed table", "portable concentrator", "tub bench", "trapeze bar"]
DEVICES = ["concentrator", "O2 concentrator", "CADD pump", "infusion pump", "CGM transmitter",
           "hearing aid", "pacemaker", "ICD", "LVAD controller", "insulin pump", "Kangaroo feeding pump",
           "BiPAP", "wound vac", "telemonitor hub", "trach humidifier"]
LANGS = ["Spanish", "Portuguese", "Haitian Creole", "Vietnamese", "Khmer", "Somali", "Nepali", "Arabic",
         "Russian", "Polish", "Twi", "Mandarin", "Cantonese", "ASL", "Hmong", "Tigrinya", "Tagalog"]
CHANNELS = ["#hh-lowell-field", "#hospice-oncall", "#intake", "#scheduling", "#dme-orders", "#it-help",
            "#leadership", "#cp-paramedicine", "#nashua-team", "#billing-q", "#general"]
STREETS = ["Elm", "Maple", "Pleasant", "Main", "High", "Church", "School", "Mill", "Pine", "Oak",
           "Chestnut", "Prospect", "Union", "Central", "Summer", "Spring", "Water", "Bridge", "Depot",
           "Hollow", "Brook", "Pond", "Ridge", "Hill", "Meadow", "Orchard", "Cemetery", "Old County",
           "North", "Grove", "Lakeview", "Farm", "Sawmill", "Tarbox", "Birch", "Cedar", "Walnut",
           "Liberty", "Washington", "Lincoln", "Franklin", "Hope", "King", "Young", "Rose", "Cross",
           "Old Mill", "Beaver Brook", "Turkey Hill", "Mountain", "Ash Swamp", "Tenney", "Pleasant View"]
SUFFIXES = ["St", "Street", "Rd", "Road", "Ave", "Ln", "Lane", "Dr", "Way", "Cir", "Ct", "Pl", "Ter",
            "Hwy", "Pike", "Ext"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {9: "ninety", 8: "eighty", 7: "seventy", 6: "sixty", 5: "fifty", 4: "forty"}


def age_words(n):
    if n >= 100:
        rest = n - 100
        return "one hundred" + ("" if rest == 0 else " and " + ONES[rest] if rest < 10 else " " + age_words(rest))
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def ascii_fold(s):
    table = {"á": "a", "à": "a", "ã": "a", "â": "a", "é": "e", "è": "e", "ê": "e", "í": "i", "ó": "o",
             "ô": "o", "õ": "o", "ú": "u", "ü": "u", "ñ": "n", "ç": "c", "ś": "s", "ń": "n", "ź": "z",
             "ż": "z", "ł": "l", "č": "c", "ć": "c", "ř": "r", "š": "s", "ž": "z", "ő": "o", "Á": "a",
             "É": "e", "Í": "i", "Ó": "o", "Ú": "u", "Ç": "c", "Ž": "z", "Š": "s", "Č": "c"}
    return "".join(table.get(c, c) for c in s)


def slug(s):
    s = ascii_fold(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def luhn_complete(prefix_digits, total_len, rng):
    digits = [int(c) for c in prefix_digits]
    while len(digits) < total_len - 1:
        digits.append(rng.randrange(10))
    # compute check digit
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d2 = d * 2
            s += d2 - 9 if d2 > 9 else d2
        else:
            s += d
    digits.append((10 - s % 10) % 10)
    return "".join(str(d) for d in digits)


def days_in_month(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, days_in_month(y, m))
    return y, m, d


def fmt_date(rng, y, m, d, dob=False, allow_noyear=True):
    """One date in one of many written forms. Returns (text, is_evasive)."""
    yy = y % 100
    styles = [
        (6, "%d/%d/%d" % (m, d, y)), (6, "%02d/%02d/%d" % (m, d, y)), (4, "%d/%d/%02d" % (m, d, yy)),
        (3, "%d-%02d-%02d" % (y, m, d)), (4, "%s %d, %d" % (MONTHS[m - 1], d, y)),
        (2, "%d-%s-%d" % (d, MON[m - 1], y)), (2, "%d %s %d" % (d, MONTHS[m - 1], y)),
        (2, "%d-%d-%d" % (m, d, y)), (2, "%d.%d.%02d" % (m, d, yy)), (1, "%s %d %d" % (MON[m - 1].upper(), d, y)),
        (1, "%02d%s%d" % (d, MON[m - 1].upper(), y)), (1, "%s %s, %d" % (MON[m - 1], ordinal(d), y)),
        (1, "%02d-%02d-%02d" % (m, d, yy)),
    ]
    if dob:
        styles += [(2, "%02d%02d%d" % (m, d, y)), (1, "%02d/%02d/%02d" % (m, d, yy))]
    if allow_noyear and not dob:
        styles += [(9, "%d/%d" % (m, d)), (3, "%02d/%02d" % (m, d)), (4, "%s %d" % (MON[m - 1], d)),
                   (3, "%s %s" % (MON[m - 1], ordinal(d))), (3, "%s %d" % (MONTHS[m - 1], d)),
                   (1, "%d %s" % (d, MON[m - 1])), (1, "%s. %d" % (MON[m - 1], d) if m != 5 else "May %d" % d),
                   (1, "%s %s" % (MONTHS[m - 1].lower(), ordinal(d)))]
    tot = sum(w for w, _ in styles)
    r = rng.uniform(0, tot)
    for w, s in styles:
        r -= w
        if r <= 0:
            return s
    return styles[-1][1]


def pick_weighted(rng, items):
    tot = sum(w for w, _ in items)
    r = rng.uniform(0, tot)
    for w, v in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][1]


# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------
class Person(object):
    def __init__(self, rng, sex=None, surname=None):
        self.sex = sex or rng.choice("FM")
        self.given = rng.choice(GIVEN_F if self.sex == "F" else GIVEN_M)
        self.sur = surname or rng.choice(SURNAMES)
        self.mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.nick = rng.choice(NICKNAMES[self.given]) if self.given in NICKNAMES else None
        self.attrs = {}

    def tokens(self):
        toks = set(re.split(r"[\s\-']+", self.given.lower())) | set(re.split(r"[\s\-']+", self.sur.lower()))
        if self.nick:
            toks.add(self.nick.lower())
        return toks - {"", "de", "la", "del", "da", "dos", "van", "von", "der", "st.", "lo", "di", "o", "d", "el", "al", "ben"}

    def full(self):
        return "%s %s" % (self.given, self.sur)


def street_line(rng, allow_unit=True):
    kind = pick_weighted(rng, [(10, "street"), (2, "route"), (1, "rural")])
    if kind == "rural":
        return pick_weighted(rng, [(2, "RR %d Box %d" % (rng.randint(1, 5), rng.randint(2, 480))),
                                   (1, "Rural Route %d, Box %d" % (rng.randint(1, 4), rng.randint(2, 300))),
                                   (1, "HC %d Box %d" % (rng.randint(30, 80), rng.randint(2, 150)))])
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 4999)]))
    if kind == "route":
        road = rng.choice(["Route %d" % rng.randint(2, 140), "Rte %d" % rng.randint(2, 140),
                           "RT %d%s" % (rng.randint(2, 40), rng.choice(["", "A", "B"])),
                           "State Hwy %d" % rng.randint(9, 119), "US Route %d" % rng.choice([1, 2, 3, 4, 5, 202, 302])])
        line = "%s %s" % (num, road)
    else:
        d = rng.choice(["", "", "", "", "N ", "S ", "E ", "W ", "North ", "Old "])
        suf = rng.choice(SUFFIXES)
        line = "%s %s%s %s" % (num, d, rng.choice(STREETS), suf)
        if rng.random() < 0.05:
            line = line.lower()
    if allow_unit and rng.random() < 0.28:
        unit = rng.choice(["Apt %d%s" % (rng.randint(1, 40), rng.choice(["", "", "A", "B", "C"])),
                           "Apt. %d" % rng.randint(1, 400), "Unit %d" % rng.randint(1, 60),
                           "#%d" % rng.randint(1, 30), "Lot %d" % rng.randint(1, 90),
                           "Trlr %d" % rng.randint(1, 40), "Bldg %s Apt %d" % (rng.choice("ABCD"), rng.randint(101, 420)),
                           "2nd fl", "Unit %d%s" % (rng.randint(1, 9), rng.choice("ABCDEF"))])
        line = line + rng.choice([" ", ", "]) + unit
    return line


def make_zip(rng, st):
    z = rng.choice(ZIP_PREFIX[st]) + "%02d" % rng.randint(1, 99)
    return z


def make_phone_digits(rng, area=None):
    area = area or rng.choice(["978", "603", "207", "802", "413", "508", "617", "781", "351", "774", "339"])
    ex = "%03d" % rng.randint(201, 989)
    if ex[1:] == "11":
        ex = "442"
    return area, ex, "%04d" % rng.randint(0, 9999)


def fmt_phone(rng, parts, allow_evasion=True, tags=None):
    a, e, l = parts
    style = pick_weighted(rng, [
        (8, "(%s) %s-%s" % (a, e, l)), (10, "%s-%s-%s" % (a, e, l)), (4, "%s.%s.%s" % (a, e, l)),
        (3, "%s%s%s" % (a, e, l)), (3, "%s %s %s" % (a, e, l)), (2, "+1 %s %s %s" % (a, e, l)),
        (2, "+1 (%s) %s-%s" % (a, e, l)), (2, "1-%s-%s-%s" % (a, e, l)), (1, "+1%s%s%s" % (a, e, l)),
        (1, "(%s)%s-%s" % (a, e, l)), (1, "+1-%s-%s-%s" % (a, e, l)), (1, "%s/%s-%s" % (a, e, l))])
    if allow_evasion and tags is not None:
        r = rng.random()
        if r < 0.025:
            style = " ".join(a + e + l)
            tags.append("evasion")
        elif r < 0.045:
            style = fullwidth(style)
            tags.extend(["evasion", "fullwidth"])
        elif r < 0.065:
            style = "%s\u200b%s\u200b%s" % (a, e, l)
            tags.extend(["evasion", "zero-width"])
        elif r < 0.08:
            style = "%s.%s-%s" % (a, e, l)
            tags.append("evasion")
        elif r < 0.092:
            w = lambda g: " ".join(DIGIT_WORDS[int(c)] if c != "0" or rng.random() < 0.5 else "oh" for c in g)
            style = "%s, %s, %s" % (w(a), w(e), w(l))
            tags.append("evasion")
        elif r < 0.107:
            style = "%s-%s-\n%s" % (a, e, l)
            tags.append("multiline")
        elif r < 0.117:
            style = "%s\u00a0%s\u00a0%s" % (a, e, l)
            tags.append("evasion")
    return style


def digits_evasion(rng, s, tags, p=0.08):
    """Obfuscate a digit string value sometimes (spaces, fullwidth, zero-width, NBSP)."""
    r = rng.random()
    if r >= p:
        return s
    k = rng.randrange(4)
    if k == 0:
        tags.extend(["evasion", "fullwidth"])
        return fullwidth(s)
    if k == 1:
        tags.extend(["evasion", "zero-width"])
        i = max(1, len(s) // 2)
        return s[:i] + "\u200b" + s[i:]
    if k == 2 and re.fullmatch(r"[0-9]+", s):
        tags.append("evasion")
        return " ".join(s)
    tags.append("evasion")
    return s.replace("-", "\u00a0").replace(" ", "\u00a0") if ("-" in s or " " in s) else s[:3] + "\u00a0" + s[3:]


# ---------------------------------------------------------------------------
# Message context: entities, cached values, tags
# ---------------------------------------------------------------------------
STOP_TOKENS = set()


def parse_arg(arg):
    """'r2b' -> ('r', '2', 'b'); '1b' -> ('', '1', 'b'); '' -> ('', '1', '')."""
    pre = ""
    if arg and arg[0] in "rsvx" and len(arg) > 1 and arg[1].isdigit():
        pre, arg = arg[0], arg[1:]
    m = re.match(r"(\d*)([a-z]*)$", arg or "")
    if not m:
        raise ValueError("bad slot arg %r" % arg)
    return pre, (m.group(1) or "1"), m.group(2)


class Ctx(object):
    def __init__(self, rng):
        self.rng = rng
        self.ents = {}
        self.cache = {}
        self.tags = []
        self.used_tokens = set()

    def tag(self, *ts):
        for t in ts:
            if t and t not in self.tags:
                self.tags.append(t)

    def ent(self, kind, idx="1"):
        key = (kind, idx)
        if key in self.ents:
            return self.ents[key]
        rng = self.rng
        for _ in range(80):
            if kind == "R":
                pt = self.ents.get(("P", idx)) or self.ent("P", "1")
                rel = rng.choice(RELATIONS)
                sex = rel[1] or rng.choice("FM")
                same = rel[0] in ("daughter", "son", "sister", "brother", "granddaughter", "grandson",
                                  "caregiver daughter", "wife", "husband") and rng.random() < 0.5
                p = Person(rng, sex, pt.sur if same else None)
                p.rel = rel
                p.reldisp = rng.choice(rel[2])
                toks = p.tokens() - (pt.tokens() if same else set())
                if same and p.given == pt.given:
                    continue
            else:
                p = Person(rng)
                toks = p.tokens()
            if toks & self.used_tokens:
                continue
            break
        else:
            raise Retry()
        self.used_tokens |= toks
        if kind in ("S", "MD", "V", "X"):
            p.uid = "U0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.choice([7, 8, 9])))
        self.ents[key] = p
        return p

    # patient biography -----------------------------------------------------
    def birth(self, idx, need_old=None):
        p = self.ent("P", idx)
        rng = self.rng
        if "age" not in p.attrs:
            old = need_old if need_old is not None else rng.random() < 0.38
            age = rng.randint(90, 104) if old else pick_weighted(rng, [(1, rng.randint(34, 64)), (4, rng.randint(65, 89))])
            y = REF_YEAR - age
            m = rng.randint(1, 11)
            d = rng.randint(1, days_in_month(y, m))
            p.attrs["age"] = age
            p.attrs["dob"] = (y, m, d)
        elif need_old and p.attrs["age"] < 90:
            raise Retry()
        return p

    def home(self, idx, kind="P"):
        p = self.ent(kind, idx)
        rng = self.rng
        if "town" not in p.attrs:
            town, st = rng.choice(TOWNS)
            p.attrs["town"] = town
            p.attrs["st"] = st
            p.attrs["zip"] = make_zip(rng, st)
            p.attrs["zip4"] = rng.random() < 0.15
            p.attrs["street"] = street_line(rng)
            p.attrs["pobox"] = rng.choice(["PO Box %d", "P.O. Box %d", "PO BOX %d", "Box %d", "POB %d"]) % rng.randint(2, 2999)
        return p

    def cached(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]


# ---------------------------------------------------------------------------
# Slot implementations.  Each returns a list of (text, kind, meta) segments.
# ---------------------------------------------------------------------------
def S_(t, kind=None, meta=None):
    return (t, kind, meta)


def hon_for(rng, p):
    return rng.choice(HON_F if p.sex == "F" else HON_M)


def name_form(ctx, p, form, ntype="NAME"):
    rng = ctx.rng
    if form == "nick" and not p.nick:
        form = "given"
    if form == "full":
        return [S_(p.full(), ntype)]
    if form == "mid":
        return [S_("%s %s%s %s" % (p.given, p.mid, rng.choice([".", ".", ""]), p.sur), ntype)]
    if form == "hon":
        return [S_(hon_for(rng, p)), S_(p.sur, ntype)]
    if form == "honfull":
        return [S_(hon_for(rng, p)), S_(p.full(), ntype)]
    if form == "sur":
        return [S_(p.sur, ntype)]
    if form == "given":
        return [S_(p.given, ntype)]
    if form == "nick":
        return [S_(p.nick, ntype)]
    if form == "inv":
        if rng.random() < 0.55:
            return [S_("%s, %s%s" % (p.sur.upper(), p.given.upper(), (" " + p.mid) if rng.random() < 0.6 else ""), ntype)]
        return [S_("%s, %s" % (p.sur, p.given), ntype)]
    if form == "init":
        return [S_("%s. %s" % (p.given[0], p.sur), ntype)]
    if form == "lower":
        return [S_(p.full().lower(), ntype)]
    if form == "lgiven":
        return [S_(p.given.lower(), ntype)]
    raise ValueError(form)


def pat_name(which):
    forms = {
        "P": [(4, "full"), (1, "mid"), (1, "honfull"), (2, "hon"), (0.8, "inv"), (0.5, "init"), (0.8, "lower"),
              (1.2, "given"), (0.8, "sur"), (0.3, "nick")],
        "Pf": [(6, "full"), (2, "mid"), (1, "honfull"), (1, "inv"), (1, "lower"), (0.6, "init")],
        "Ps": [(4, "hon"), (3, "given"), (2, "sur"), (1, "nick"), (0.5, "lgiven")],
        "Pl": [(5, "hon"), (3, "sur")],
        "Pg": [(5, "given"), (1, "nick"), (0.5, "lgiven")],
        "Pi": [(1, "inv")],
    }[which]

    def fn(ctx, arg):
        pre, idx, var = parse_arg(arg)
        p = ctx.ent("P", idx)
        ctx.tag("name")
        return name_form(ctx, p, pick_weighted(ctx.rng, forms))
    return fn


def slot_Psur(ctx, arg):
    pre, idx, var = parse_arg(arg)
    ctx.tag("name")
    return name_form(ctx, ctx.ent("P", idx), "sur")


def slot_Pgv(ctx, arg):
    pre, idx, var = parse_arg(arg)
    ctx.tag("name")
    return name_form(ctx, ctx.ent("P", idx), "given")


def slot_Pn(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("P", idx)
    if not p.nick:
        raise Retry()
    rng = ctx.rng
    ctx.tag("name", "nickname")
    f = rng.randrange(3)
    if f == 0:
        return name_form(ctx, p, "full") + [S_(" (" + rng.choice(["goes by ", "aka ", "", "prefers "]))] + [S_(p.nick, "NAME"), S_(")")]
    if f == 1:
        return name_form(ctx, p, "full") + [S_(' "'), S_(p.nick, "NAME"), S_('"')]
    return name_form(ctx, p, "inv") + [S_(" / " + rng.choice(["", "pref. name: ", "calls herself " if p.sex == "F" else "calls himself "])), S_(p.nick, "NAME")]


def rel_ent(ctx, arg):
    pre, idx, var = parse_arg(arg)
    return ctx.ent("R", idx)


def slot_R(ctx, arg):
    r = rel_ent(ctx, arg)
    rng = ctx.rng
    ctx.tag("name", "family")
    form = pick_weighted(rng, [(4, "full"), (3, "given"), (1, "honfull"), (0.5, "lower"), (0.5, "hon")])
    nm = name_form(ctx, r, form)
    k = rng.randrange(5)
    if k <= 1:
        return [S_(r.reldisp + " ")] + nm
    if k == 2:
        return nm + [S_(" (" + r.reldisp + ")")]
    if k == 3:
        return [S_(r.reldisp + ", ")] + nm + [S_(",")]
    return nm + [S_(", " + r.reldisp + ",")]


def slot_Rn(ctx, arg):
    r = rel_ent(ctx, arg)
    ctx.tag("name", "family")
    return name_form(ctx, r, pick_weighted(ctx.rng, [(4, "full"), (4, "given"), (1, "honfull"), (0.5, "lower"), (0.6, "hon")]))


def slot_Rf(ctx, arg):
    r = rel_ent(ctx, arg)
    ctx.tag("name", "family")
    return name_form(ctx, r, pick_weighted(ctx.rng, [(5, "full"), (1, "mid"), (1, "inv")]))


def slot_Rrel(ctx, arg):
    r = rel_ent(ctx, arg)
    return [S_(r.reldisp)]


def pronoun(kind):
    table = {"she": ("she", "he"), "She": ("She", "He"), "her": ("her", "his"), "herO": ("her", "him"),
             "hers": ("herself", "himself"), "mother": ("mother", "father"), "mom": ("mom", "dad")}

    def fn(ctx, arg):
        pre, idx, var = parse_arg(arg)
        p = ctx.ent("R" if pre == "r" else "P", idx)
        f, m = table[kind]
        return [S_(f if p.sex == "F" else m)]
    return fn


KIN_F = ["Mamá", "Abuela", "Lola", "Ammi", "Nana", "Bubbe", "Babcia", "Yiayia", "Ayi", "Nani", "Manman", "Mummy", "Bà"]
KIN_M = ["Papá", "Abuelo", "Lolo", "Abba", "Baba", "Zayde", "Dziadek", "Pappou", "Dada", "Papi", "Tonton", "Ông"]


def slot_famkin(ctx, arg):
    """Family word for the patient in the family's language (kinship term, not a name)."""
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("P", idx)
    ctx.tag("non-english")
    return [S_(ctx.rng.choice(KIN_F if p.sex == "F" else KIN_M))]


def slot_EH(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("EH", idx)
    ctx.tag("name", "employee-health")
    return name_form(ctx, p, pick_weighted(ctx.rng, [(5, "full"), (3, "given"), (1, "init"), (1, "lower")]))


def slot_VIP(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("VIP", idx)
    ctx.tag("name", "vip")
    return name_form(ctx, p, pick_weighted(ctx.rng, [(5, "full"), (2, "honfull"), (1, "mid")]))


# unlabelled people ----------------------------------------------------------
def slack_id(ctx, p):
    return [S_("<@%s>" % p.uid, "LOCK")]


def slot_S(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("S", idx)
    rng = ctx.rng
    ctx.tag("staff-name")
    k = pick_weighted(rng, [(4, "given"), (3, "full"), (1, "ginit"), (1, "role"), (0.7, "sur"), (1.2, "mention"), (0.4, "at")])
    if k == "given":
        return [S_(p.given, "RAW")]
    if k == "full":
        return [S_(p.full(), "RAW")]
    if k == "ginit":
        return [S_("%s %s." % (p.given, p.sur[0]), "RAW")]
    if k == "role":
        return [S_("%s (%s)" % (p.given, rng.choice(["RN", "LPN", "HHA", "PT", "OT", "MSW", "CM", "scheduler", "on-call", "DON"])), "RAW")]
    if k == "sur":
        return [S_(p.sur, "RAW")]
    if k == "at":
        return [S_("@%s.%s" % (slug(p.given), slug(p.sur)), "LOCK")]
    ctx.tag("slack-markup")
    return slack_id(ctx, p)


def slot_Sf(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("S", idx)
    ctx.tag("staff-name")
    k = ctx.rng.randrange(4)
    if k == 3:
        return [S_("%s %s, %s" % (p.given, p.sur, ctx.rng.choice(["RN", "LPN", "RN, CHPN", "PT", "MSW", "BSN"])), "RAW")]
    return [S_(p.full(), "RAW")]


def slot_Sg(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("S", idx)
    ctx.tag("staff-name")
    return [S_(p.given, "RAW")]


def slot_Sm(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("S", idx)
    ctx.tag("slack-markup")
    return slack_id(ctx, p)


def slot_MD(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("MD", idx)
    rng = ctx.rng
    ctx.tag("clinician-name")
    return [S_(rng.choice(["Dr. %s" % p.sur, "Dr %s" % p.sur, "Dr. %s" % p.full(), "%s (PCP)" % p.full(),
                           "Dr. %s" % p.sur, "%s, NP" % p.full(), "Dr. %s's office" % p.sur]), "RAW")]


def slot_MDn(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("MD", idx)
    ctx.tag("clinician-name")
    return [S_(p.sur, "RAW")]


def slot_V(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("V", idx)
    ctx.tag("vendor-name")
    return [S_(ctx.rng.choice([p.full(), p.given, "%s %s." % (p.given, p.sur[0])]), "RAW")]


def slot_X(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.ent("X", idx)
    ctx.tag("exec-name")
    rng = ctx.rng
    title = rng.choice(["CEO", "COO", "CFO", "CNO", "VP Clinical Ops", "VP Finance", "Chief Medical Officer", "board chair"])
    k = rng.randrange(4)
    if k == 0:
        return [S_("%s (%s)" % (p.full(), title), "RAW")]
    if k == 1:
        return [S_("our %s %s" % (title, p.full()), "RAW")]
    if k == 2:
        return [S_(p.full(), "RAW")]
    return [S_(p.given, "RAW")]


# dates / ages ----------------------------------------------------------------
def slot_DOB(ctx, arg):
    pre, idx, var = parse_arg(arg)
    rng = ctx.rng

    def mk():
        if var:
            y, m, d = rand_date(rng, 1921, 1985)
        else:
            y, m, d = ctx.birth(idx).attrs["dob"]
        return fmt_date(rng, y, m, d, dob=True)
    v = ctx.cached(("DOB", arg), mk)
    ctx.tag("date", "dob")
    v2 = digits_evasion(rng, v, ctx.tags, p=0.03) if re.fullmatch(r"[0-9/\-]+", v) else v
    ctx.cache[("DOB", arg)] = v2
    return [S_(v2, "DATE")]


def date_slot(kind, y0, y1):
    """Dates tied to a patient's care. '{VDATE:1b}' is a second date a few days/weeks after '{VDATE:1}'."""
    def fn(ctx, arg):
        rng = ctx.rng
        pre, idx, var = parse_arg(arg)

        def mk():
            base = ctx.cache.get(("rawdate", kind, pre + idx))
            if var and base:
                d = datetime.date(*base) + datetime.timedelta(days=rng.randint(1, 45))
                ymd = (d.year, d.month, d.day)
            else:
                ymd = rand_date(rng, y0, y1)
                if not var:
                    ctx.cache[("rawdate", kind, pre + idx)] = ymd
            return fmt_date(rng, *ymd)
        v = ctx.cached((kind, arg), mk)
        ctx.tag("date")
        return [S_(v, "DATE")]
    return fn


def slot_AGE(ctx, arg, suffix=True, spelled=None):
    pre, idx, var = parse_arg(arg)
    p = ctx.birth(idx, need_old=True)
    rng = ctx.rng
    age = p.attrs["age"]
    ctx.tag("age")
    if spelled is None:
        spelled = rng.random() < 0.12
    if spelled:
        ctx.tag("evasion", "spelled-age")
        v = age_words(age)
        if rng.random() < 0.3:
            v = v[0].upper() + v[1:]
        return [S_(v, "AGE")] + ([S_(rng.choice([" years old", " yrs old", " y/o"]))] if suffix else [])
    v = str(age)
    if rng.random() < 0.04:
        v = fullwidth(v)
        ctx.tag("fullwidth", "evasion")
    if not suffix:
        return [S_(v, "AGE")]
    return [S_(v, "AGE"), S_(rng.choice(["", "", "yo", " yo", " y/o", "y/o", " years old", " yrs"]))]


def slot_PAGE(ctx, arg):
    """Patient's age: labelled when over 89, plain otherwise (hard negative)."""
    pre, idx, var = parse_arg(arg)
    p = ctx.birth(idx)
    rng = ctx.rng
    age = p.attrs["age"]
    suffix = rng.choice(["", "yo", " yo", " y/o", "y/o", " years old", "F" if p.sex == "F" else "M", " yrs"])
    if age > 89:
        ctx.tag("age")
        if rng.random() < 0.08:
            ctx.tag("evasion", "spelled-age")
            return [S_(age_words(age), "AGE"), S_(rng.choice([" years old", " y/o"]))]
        return [S_(str(age), "AGE"), S_(suffix)]
    ctx.tag("age-under-90")
    return [S_(str(age) + suffix, "RAW")]


# addresses ---------------------------------------------------------------------
def zip_text(ctx, p):
    z = p.attrs["zip"]
    if p.attrs["zip4"]:
        z = z + "-%04d" % ctx.rng.randint(1, 9999)
        p.attrs["zip4"] = False
        p.attrs["zip"] = z
    return z


def slot_ADDR(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.home(idx, "R" if pre == "r" else "P")
    ctx.tag("address")
    if var:
        return [S_(ctx.cached(("ADDRv", arg), lambda: street_line(ctx.rng)), "ADDRESS")]
    return [S_(p.attrs["street"], "ADDRESS")]


def full_address(ctx, p, street=None):
    rng = ctx.rng
    st = street or p.attrs["street"]
    town, s, z = p.attrs["town"], p.attrs["st"], zip_text(ctx, p)
    f = pick_weighted(rng, [(5, "%s, %s, %s %s" % (st, town, s, z)), (4, "%s, %s %s %s" % (st, town, s, z)),
                            (2, "%s %s %s %s" % (st, town, s, z)), (2, "%s, %s" % (st, town)),
                            (1, "%s, %s %s" % (st, town, s)), (1.5, "%s\n%s, %s %s" % (st, town, s, z)),
                            (0.5, ("%s, %s, %s %s" % (st, town, s, z)).upper()),
                            (0.6, "%s, %s, %s %s" % (p.attrs["pobox"], town, s, z))])
    return f


def slot_ADDRF(ctx, arg):
    """Full postal address. Variant letters: 's' = single line (tables), others = an alternative address."""
    pre, idx, var = parse_arg(arg)
    p = ctx.home(idx, "R" if pre == "r" else "P")
    ctx.tag("address")
    single = "s" in var
    alt = var.replace("s", "")

    def mk(street=None):
        for _ in range(20):
            v = full_address(ctx, p, street)
            if not (single and "\n" in v):
                return v
        return v.replace("\n", ", ")
    if alt:
        v = ctx.cached(("ADDRFv", arg), lambda: mk(street_line(ctx.rng)))
    else:
        v = ctx.cached(("ADDRF", pre + idx + ("s" if single else "")), lambda: mk())
    if "\n" in v:
        ctx.tag("multiline")
    return [S_(v, "ADDRESS")]


def slot_TOWN(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.home(idx, "R" if pre == "r" else "P")
    ctx.tag("address", "town")
    return [S_(p.attrs["town"], "ADDRESS")]


def slot_ZIP(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.home(idx, "R" if pre == "r" else "P")
    ctx.tag("address", "zip")
    return [S_(ctx.cached(("ZIP", pre + idx), lambda: zip_text(ctx, p)), "ADDRESS")]


def slot_POBOX(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.home(idx, "R" if pre == "r" else "P")
    ctx.tag("address", "po-box")
    return [S_(p.attrs["pobox"], "ADDRESS")]


def slot_RR(ctx, arg):
    pre, idx, var = parse_arg(arg)
    p = ctx.home(idx)
    rng = ctx.rng
    if not re.match(r"(RR|Rural|HC)", p.attrs["street"]):
        p.attrs["street"] = pick_weighted(rng, [(2, "RR %d Box %d" % (rng.randint(1, 5), rng.randint(2, 480))),
                                                (1, "Rural Route %d Box %d" % (rng.randint(1, 4), rng.randint(2, 300))),
                                                (1, "HC %d Box %d" % (rng.randint(30, 80), rng.randint(2, 150)))])
        ctx.cache.pop(("ADDRF", idx), None)
    ctx.tag("address", "rural-route")
    return [S_(p.attrs["street"], "ADDRESS")]


# contact -------------------------------------------------------------------------
def slot_PH(ctx, arg, biz=False):
    rng = ctx.rng
    key = ("PHB" if biz else "PH", arg)
    if key not in ctx.cache:
        parts = make_phone_digits(rng)
        ctx.cache[key] = fmt_phone(rng, parts, tags=ctx.tags)
    v = ctx.cache[key]
    ctx.tag("phone")
    if "\n" in v:
        ctx.tag("multiline")
    return [S_(v, "PHONE", "biz" if biz else None)]


def slot_PHO(ctx, arg):
    return slot_PH(ctx, arg, biz=True)


def slot_PHOX(ctx, arg):
    rng = ctx.rng
    parts = make_phone_digits(rng, rng.choice(["978", "603", "800", "888", "866", "207"]))
    base = fmt_phone(rng, parts, allow_evasion=False)
    v = base + rng.choice([" ext. %d", " ext %d", " x%d", " x %d", ", ext. %d", " Ext %d"]) % rng.randint(2, 4999)
    ctx.tag("phone", "ext")
    return [S_(v, "PHONE", "biz")]


def slot_TEL(ctx, arg, biz=False):
    rng = ctx.rng
    parts = make_phone_digits(rng)
    a, e, l = parts
    disp = fmt_phone(rng, parts, allow_evasion=False)
    raw = rng.choice(["%s%s%s" % parts, "+1%s%s%s" % parts, "%s-%s-%s" % parts])
    ctx.tag("phone", "slack-markup")
    m = "biz" if biz else None
    return [S_("<tel:", "LOCK"), S_(raw, "PHONE", m), S_("|", "LOCK"), S_(disp, "PHONE", m), S_(">", "LOCK")]


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "hotmail.com", "outlook.com",
                    "icloud.com", "verizon.net", "myfairpoint.net", "gwi.net", "tds.net", "charter.net",
                    "protonmail.com", "live.com", "msn.com"]


def personal_email(rng, p):
    g, s = slug(p.given), slug(p.sur)
    user = pick_weighted(rng, [(4, "%s.%s" % (g, s)), (3, "%s%s%d" % (g[0], s, rng.randint(1, 99))),
                               (2, "%sfamily" % s), (2, "%s%d" % (g, rng.randint(40, 99))),
                               (1, "%s_%s" % (g, s)), (1, "nana.%s" % s if p.sex == "F" else "papa.%s" % s),
                               (1, "%s.%s%d" % (s, g[:1], rng.randint(1, 9)))])
    return user, rng.choice(PERSONAL_DOMAINS)


def obf_email(rng, user, dom, tags):
    r = rng.random()
    if r < 0.1:
        tags.append("evasion")
        d1, d2 = dom.rsplit(".", 1)
        return rng.choice(["%s [at] %s [dot] %s", "%s(at)%s(dot)%s", "%s at %s dot %s", "%s AT %s DOT %s",
                           "%s @ %s . %s"]) % (user, d1, d2)
    if r < 0.13:
        tags.extend(["evasion", "zero-width"])
        return "%s@\u200b%s" % (user, dom)
    return "%s@%s" % (user, dom)


def slot_EM(ctx, arg):
    pre, idx, var = parse_arg(arg)
    rng = ctx.rng

    def mk():
        p = ctx.ent("R" if pre == "r" else "P", idx)
        u, d = personal_email(rng, p)
        return obf_email(rng, u, d, ctx.tags)
    ctx.tag("email")
    return [S_(ctx.cached(("EM", arg), mk), "EMAIL")]


ORG_DOMAINS = {"S": ["riverbendvna.org", "riverbendhh.org"], "V": ["northstarmed.com", "gsoxygen.com", "keystonedme.com",
               "bluewaverespiratory.com", "summitinfusion.net", "pioneerhomeo2.com"], "MD": ["pineridgeregional.org",
               "rivgen.org", "northvalleymed.org"]}


def slot_EMB(ctx, arg):
    pre, idx, var = parse_arg(arg)
    rng = ctx.rng
    kind = {"s": "S", "v": "V", "": "S", "x": "MD"}[pre]

    def mk():
        if var == "law":
            p = ctx.ent("V", idx)
            return "%s%s@%s" % (slug(p.given)[:1], slug(p.sur), ctx.rng.choice(["bennettlawgroup.com", "kranelaw.com", "merrimackelderlaw.com"]))
        if var == "role":
            return rng.choice(["intake", "referrals", "scheduling", "billing", "oncall", "hr", "dme", "records"]) + "@" + rng.choice(ORG_DOMAINS["S"])
        p = ctx.ent(kind, idx)
        g, s = slug(p.given), slug(p.sur)
        user = rng.choice(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s_%s" % (g, s), "%s.%s" % (g[0], s)])
        return obf_email(rng, user, rng.choice(ORG_DOMAINS[kind]), ctx.tags)
    ctx.tag("email")
    return [S_(ctx.cached(("EMB", arg), mk), "EMAIL", "biz")]


def slot_MAILTO(ctx, arg):
    pre, idx, var = parse_arg(arg)
    rng = ctx.rng
    p = ctx.ent("R" if pre == "r" else "P", idx)
    u, d = personal_email(rng, p)
    v = "%s@%s" % (u, d)
    ctx.tag("email", "slack-markup")
    return [S_("<mailto:", "LOCK"), S_(v, "EMAIL"), S_("|", "LOCK"), S_(v, "EMAIL"), S_(">", "LOCK")]


def slot_MAILTOB(ctx, arg):
    pre, idx, var = parse_arg(arg)
    rng = ctx.rng
    p = ctx.ent("S" if pre != "v" else "V", idx)
    v = "%s.%s@%s" % (slug(p.given), slug(p.sur), rng.choice(ORG_DOMAINS["S" if pre != "v" else "V"]))
    ctx.tag("email", "slack-markup")
    return [S_("<mailto:", "LOCK"), S_(v, "EMAIL", "biz"), S_("|", "LOCK"), S_(v, "EMAIL", "biz"), S_(">", "LOCK")]


# identifiers ----------------------------------------------------------------------
def slot_SSN(ctx, arg):
    rng = ctx.rng

    def mk():
        a = rng.randint(1, 899)
        if a == 666:
            a = 667
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        A, G, Sx = "%03d" % a, "%02d" % g, "%04d" % s
        r = rng.random()
        if r < 0.55:
            v = "%s-%s-%s" % (A, G, Sx)
        elif r < 0.67:
            v = A + G + Sx
            ctx.tag("evasion")
        elif r < 0.75:
            v = "%s %s %s" % (A, G, Sx)
        elif r < 0.8:
            v = "%s.%s.%s" % (A, G, Sx)
        elif r < 0.85:
            v = rng.choice(["%s.%s-%s", "%s-%s %s", "%s %s-%s"]) % (A, G, Sx)
            ctx.tag("evasion")
        elif r < 0.89:
            v = " ".join(A + G + Sx)
            ctx.tag("evasion")
        elif r < 0.92:
            v = "%s, %s, %s" % tuple(" ".join(DIGIT_WORDS[int(c)] for c in x) for x in (A, G, Sx))
            ctx.tag("evasion", "spelled")
        elif r < 0.95:
            v = fullwidth("%s-%s-%s" % (A, G, Sx))
            ctx.tag("evasion", "fullwidth")
        elif r < 0.98:
            v = "%s-\u200b%s-\u200b%s" % (A, G, Sx)
            ctx.tag("evasion", "zero-width")
        else:
            v = "%s-%s-\n%s" % (A, G, Sx)
            ctx.tag("multiline")
        return v
    ctx.tag("ssn")
    return [S_(ctx.cached(("SSN", arg), mk), "SSN")]


def slot_MRN(ctx, arg):
    rng = ctx.rng

    def mk():
        v = pick_weighted(rng, [(5, "%07d" % rng.randint(100000, 9999999)), (3, "%08d" % rng.randint(100000, 99999999)),
                                (2, "RB%07d" % rng.randint(1, 9999999)), (1, "%02d-%02d-%04d" % (rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 9999))),
                                (1, "M%09d" % rng.randint(1, 999999999)), (1, "H%d" % rng.randint(1000000, 9999999)),
                                (1, "RB-%06d" % rng.randint(1, 999999)), (1, "%010d" % rng.randint(1, 9999999999))])
        return digits_evasion(rng, v, ctx.tags, p=0.07)
    ctx.tag("mrn")
    return [S_(ctx.cached(("MRN", arg), mk), "MRN")]


MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi(rng):
    al = MBI_LET + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(MBI_LET), rng.choice(al), str(rng.randint(0, 9)), rng.choice(MBI_LET),
         rng.choice(al), str(rng.randint(0, 9)), rng.choice(MBI_LET), rng.choice(MBI_LET), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    s = "".join(c)
    return rng.choice([s, "%s-%s-%s" % (s[:4], s[4:7], s[7:]), s, "%s %s %s" % (s[:4], s[4:7], s[7:])])


def slot_MBI(ctx, arg):
    rng = ctx.rng
    ctx.tag("health-plan-id", "mbi")
    return [S_(ctx.cached(("MBI", arg), lambda: digits_evasion(rng, make_mbi(rng), ctx.tags, p=0.04)), "HEALTH_PLAN_ID")]


def slot_MID(ctx, arg):
    rng = ctx.rng

    def mk():
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return pick_weighted(rng, [
            (3, "%s%s%s%09d" % (rng.choice(L), rng.choice(L), rng.choice(L), rng.randint(0, 999999999))),
            (2, "W%010d" % rng.randint(0, 9999999999)), (2, "HUM%08d" % rng.randint(0, 99999999)),
            (2, "%s%08d-0%d" % (rng.choice(L), rng.randint(0, 99999999), rng.randint(1, 4))),
            (1, "ZGP%06d" % rng.randint(0, 999999)), (1, "%012d" % rng.randint(0, 999999999999)),
            (1, "%s%s %04d %04d" % (rng.choice(L), rng.choice(L), rng.randint(0, 9999), rng.randint(0, 9999)))])
    ctx.tag("health-plan-id")
    return [S_(ctx.cached(("MID", arg), mk), "HEALTH_PLAN_ID")]


def slot_MCD(ctx, arg):
    rng = ctx.rng

    def mk():
        return pick_weighted(rng, [(3, "1000%08d" % rng.randint(0, 99999999)), (2, "%09d%s" % (rng.randint(0, 999999999), rng.choice("ABCDEFGH"))),
                                   (1, "ME%07d" % rng.randint(0, 9999999)), (1, "%010d" % rng.randint(0, 9999999999)),
                                   (1, "%04d-%04d-%04d" % (rng.randint(1000, 9999), rng.randint(0, 9999), rng.randint(0, 9999)))])
    ctx.tag("health-plan-id", "medicaid")
    return [S_(ctx.cached(("MCD", arg), mk), "HEALTH_PLAN_ID")]


def slot_ACCT(ctx, arg):
    rng = ctx.rng

    def mk():
        v = pick_weighted(rng, [(3, "%010d" % rng.randint(1, 9999999999)), (2, "%d" % rng.randint(40000000, 89999999)),
                                (1, "A%08d" % rng.randint(1, 99999999)), (1, "PA-%07d" % rng.randint(1, 9999999)),
                                (1, "%04d-%06d" % (rng.randint(1000, 9999), rng.randint(0, 999999)))])
        return digits_evasion(rng, v, ctx.tags, p=0.05)
    ctx.tag("account-number")
    return [S_(ctx.cached(("ACCT", arg), mk), "ACCOUNT_NUMBER")]


def slot_BANK(ctx, arg):
    rng = ctx.rng
    ctx.tag("account-number", "bank")
    return [S_(ctx.cached(("BANK", arg), lambda: "%d" % rng.randint(10 ** 8, 10 ** 12)), "ACCOUNT_NUMBER")]


def slot_DL(ctx, arg):
    rng = ctx.rng
    ctx.tag("license", "drivers-license")
    return [S_(ctx.cached(("DL", arg), lambda: pick_weighted(rng, [
        (3, "S%08d" % rng.randint(0, 99999999)), (2, "%02d%s%05d" % (rng.randint(1, 12), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), rng.randint(0, 99999))),
        (2, "%07d" % rng.randint(0, 9999999)), (2, "%08d" % rng.randint(0, 99999999)),
        (1, "D%03d-%04d-%04d" % (rng.randint(0, 999), rng.randint(0, 9999), rng.randint(0, 9999)))])), "LICENSE_NUMBER")]


def slot_LIC(ctx, arg):
    rng = ctx.rng
    ctx.tag("license", "credentialing")
    return [S_(ctx.cached(("LIC", arg), lambda: pick_weighted(rng, [
        (3, "RN%07d" % rng.randint(0, 9999999)), (2, "RN-%06d" % rng.randint(0, 999999)), (1, "RN %d" % rng.randint(100000, 2999999)),
        (1, "LPN.%07d" % rng.randint(0, 9999999)), (1, "%06d-21" % rng.randint(0, 999999)), (1, "P-%07d" % rng.randint(0, 9999999)),
        (1, "%06d" % rng.randint(10000, 999999)), (1, "EMT-P %06d" % rng.randint(0, 999999))])), "LICENSE_NUMBER")]


def make_dea(rng, surname):
    first = rng.choice("ABFGM")
    second = (slug(surname)[:1] or "x").upper()
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def slot_DEA(ctx, arg):
    rng = ctx.rng
    ctx.tag("license", "dea")
    md = ctx.ent("MD", "1")
    return [S_(ctx.cached(("DEA", arg), lambda: make_dea(rng, md.sur)), "LICENSE_NUMBER")]


def slot_PLATE(ctx, arg):
    rng = ctx.rng
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    ctx.tag("vehicle", "plate")
    return [S_(ctx.cached(("PLATE", arg), lambda: pick_weighted(rng, [
        (3, "%d%s%s%s%d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.choice(L), rng.randint(10, 99))),
        (2, "%s%s%s %d" % (rng.choice(L), rng.choice(L), rng.choice(L), rng.randint(100, 9999))),
        (2, "%d%s%s-%d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.randint(100, 999))),
        (2, "%d" % rng.randint(1000000, 4999999)), (1, "%s%s%s-%04d" % (rng.choice(L), rng.choice(L), rng.choice(L), rng.randint(0, 9999))),
        (1, "%d %s%s %d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.randint(10, 99)))])), "VEHICLE_ID")]


def slot_VIN(ctx, arg):
    rng = ctx.rng
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    ctx.tag("vehicle", "vin")
    return [S_(ctx.cached(("VIN", arg), lambda: rng.choice(["1", "2", "3", "4", "5", "J", "K"]) + "".join(rng.choice(al) for _ in range(16))), "VEHICLE_ID")]


def slot_SN(ctx, arg):
    rng = ctx.rng
    ctx.tag("device")

    def mk():
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return pick_weighted(rng, [
            (3, "%04d-%05d" % (rng.randint(1000, 9999), rng.randint(0, 99999))),
            (3, "%s%s%07d" % (rng.choice(L), rng.choice(L), rng.randint(0, 9999999))),
            (2, "%d%s%d%s%s%s" % (rng.randint(1, 9), rng.choice(L), rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.choice(L))),
            (2, "%02d-%06d" % (rng.randint(10, 29), rng.randint(0, 999999))),
            (1, "%s%s%s%06d%s" % (rng.choice(L), rng.choice(L), rng.choice(L), rng.randint(0, 999999), rng.choice(L))),
            (1, "(01)%014d(21)%s%04d" % (rng.randint(0, 10 ** 14 - 1), rng.choice(L) + rng.choice(L), rng.randint(0, 9999))),
            (1, "%dA%07d" % (rng.randint(1000, 9999), rng.randint(0, 9999999)))])
    return [S_(ctx.cached(("SN", arg), mk), "DEVICE_ID")]


def slot_URL(ctx, arg):
    pre, idx, var = parse_arg(arg)
    rng = ctx.rng

    def mk():
        p = ctx.ent("P", idx)
        g, s = slug(p.given), slug(p.sur)
        return pick_weighted(rng, [
            (3, "https://portal.riverbendvna.org/patient/%d" % rng.randint(100000, 9999999)),
            (2, "https://riverbend.hchb.com/chart?pt=%d" % rng.randint(10000, 999999)),
            (2, "https://www.caringbridge.org/visit/%s%s" % (g, s)),
            (2, "https://telehealth.riverbendvna.org/visit/%s-%s-%d" % (g, s, rng.randint(10, 99))),
            (1, "riverbend.hchb.com/pt/%d/visits" % rng.randint(10000, 999999)),
            (1, "https://mychart.pineridgeregional.org/MyChart/Visit?id=%s%d" % (s[:4], rng.randint(1000, 9999))),
            (1, "https://www.gofundme.com/f/help-%s-%s-hospice-care" % (g, s)),
            (1, "https://updates.riverbendvna.org/family/%s-%s" % (s, g))])
    ctx.tag("url")
    return [S_(ctx.cached(("URL", arg), mk), "URL")]


def slot_URLL(ctx, arg):
    seg = slot_URL(ctx, arg)
    ctx.tag("slack-markup")
    return [S_("<", "LOCK")] + seg + [S_("|" + ctx.rng.choice(["chart", "visit link", "portal", "update page", "summary", "open"]) + ">", "LOCK")]


def slot_IP(ctx, arg):
    rng = ctx.rng
    ctx.tag("ip")
    return [S_(ctx.cached(("IP", arg), lambda: pick_weighted(rng, [
        (4, "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))),
        (3, "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))),
        (2, "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))),
        (2, "%d.%d.%d.%d" % (rng.choice([24, 50, 66, 73, 98, 108, 174]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))),
        (1, "2601:%x:%x:%x::%x" % (rng.randint(0, 0xfff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xff))),
        (1, "fe80::%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(4)))])), "IP_ADDRESS")]


def slot_CC(ctx, arg):
    rng = ctx.rng

    def mk():
        kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
        if kind == "visa":
            n = luhn_complete("4", 16, rng)
        elif kind == "mc":
            n = luhn_complete("5" + str(rng.randint(1, 5)), 16, rng)
        elif kind == "disc":
            n = luhn_complete("6011", 16, rng)
        else:
            n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        if len(n) == 15:
            groups = [n[:4], n[4:10], n[10:]]
        else:
            groups = [n[i:i + 4] for i in range(0, 16, 4)]
        sep = rng.choice([" ", " ", "-", "", "  "])
        v = sep.join(groups)
        r = rng.random()
        if r < 0.06:
            v = "\u200b".join(groups)
            ctx.tag("evasion", "zero-width")
        elif r < 0.1:
            v = fullwidth(" ".join(groups))
            ctx.tag("evasion", "fullwidth")
        elif r < 0.13:
            v = " ".join(groups[:2]) + "\n" + " ".join(groups[2:])
            ctx.tag("multiline")
        return v
    ctx.tag("credit-card")
    return [S_(ctx.cached(("CC", arg), mk), "CREDIT_CARD")]


# unlabelled (hard-negative) values --------------------------------------------------
def raw(tags, fn):
    def slot(ctx, arg):
        v = ctx.cached((slot.keyname, arg), lambda: fn(ctx.rng))
        for t in tags:
            ctx.tag(t)
        return [S_(v, "RAW")]
    return slot


def _mdate(rng):
    y, m, d = rand_date(rng, 2025, 2026)
    return fmt_date(rng, y, m, d)


def _time(rng):
    h = rng.randint(6, 20)
    mm = rng.choice([0, 0, 15, 30, 30, 45, 10, 20])
    return pick_weighted(rng, [(4, "%d:%02d" % ((h - 1) % 12 + 1, mm)), (2, "%d%s" % ((h - 1) % 12 + 1, "am" if h < 12 else "pm")),
                               (2, "%02d%02d" % (h, mm)), (2, "%d:%02d %s" % ((h - 1) % 12 + 1, mm, "AM" if h < 12 else "PM")),
                               (1, "%d:%02d" % (h, mm)), (1, "noon"), (1, "%dish" % ((h - 1) % 12 + 1))])


def _ext(rng):
    return rng.choice(["x%d" % rng.randint(100, 9999), "ext. %d" % rng.randint(100, 9999), "ext %d" % rng.randint(10, 999),
                       "x %d" % rng.randint(100, 999), "Ext. %d" % rng.randint(2000, 7999)])


def _tkt(rng):
    return rng.choice(["INC%07d" % rng.randint(0, 9999999), "DEL-%d" % rng.randint(100, 9999), "RITM%07d" % rng.randint(0, 9999999),
                       "HD-%d" % rng.randint(1000, 99999), "#%d" % rng.randint(10000, 99999), "SR-%d" % rng.randint(10000, 99999),
                       "JIRA OPS-%d" % rng.randint(100, 9999), "CHG%07d" % rng.randint(0, 9999999), "IR-%d-%03d" % (rng.choice([2025, 2026]), rng.randint(1, 999))])


def _po(rng):
    return rng.choice(["PO %d" % rng.randint(4500000000, 4599999999), "PO# %d" % rng.randint(10000, 99999),
                       "P.O. %d-%02d" % (rng.randint(1000, 9999), rng.randint(1, 99)), "PO-%06d" % rng.randint(0, 999999),
                       "po %d" % rng.randint(100000, 999999)])


def _inv(rng):
    return rng.choice(["INV-%d-%04d" % (rng.choice([2025, 2026]), rng.randint(1, 9999)), "invoice %d" % rng.randint(100000, 999999),
                       "inv #%d" % rng.randint(10000, 99999)])


def _order(rng):
    return rng.choice(["SO-%d" % rng.randint(10000, 99999), "ORD %07d" % rng.randint(0, 9999999), "order #%d" % rng.randint(100000, 999999),
                       "WO-%d" % rng.randint(1000, 99999)])


def _ver(rng):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 9)),
                       "build %d.%d.%d.%d" % (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(0, 3), rng.randint(0, 30)),
                       "%d.%d.%d (%d)" % (rng.randint(3, 9), rng.randint(0, 30), rng.randint(0, 9), rng.randint(100, 999)),
                       "iOS %d.%d.%d" % (rng.randint(16, 18), rng.randint(0, 6), rng.randint(0, 3)), "Android %d" % rng.randint(12, 15),
                       "%d.%d" % (rng.randint(1, 24), rng.randint(0, 12)), "ver %d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 99)),
                       "10.%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 9), rng.randint(1000, 9999))])


def _npi(rng):
    while True:
        body = "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        full = luhn_complete("80840" + body, 15, rng)
        return body + full[-1]


def _room(rng):
    return rng.choice(["conf room B", "Rm %d" % rng.randint(100, 340), "the Birch room", "2nd fl training room", "room %d" % rng.randint(1, 12),
                       "the big conference room", "Suite %d break room" % rng.randint(100, 400), "the Maple room", "Teams", "the back office"])


def _zoom(rng):
    d = "%d" % rng.randint(81000000000, 99999999999)
    return rng.choice(["%s %s %s" % (d[:3], d[3:7], d[7:]), d, "https://zoom.us/j/%s" % d, "https://riverbend.zoom.us/j/%s?pwd=Qk9x%d" % (d, rng.randint(10, 99))])


def _intra(rng):
    return rng.choice(["https://intranet.riverbendvna.org/policies/PP-%d" % rng.randint(100, 999),
                       "<https://riverbend.sharepoint.com/sites/clinical|SharePoint>", "https://www.cms.gov/medicare/home-health",
                       "<https://intranet.riverbendvna.org/oncall|on-call calendar>", "https://riverbend.hchb.com/help",
                       "https://www.nhpco.org/resources", "<https://board.riverbendvna.org|board portal>", "https://intranet.riverbendvna.org/forms/mileage"])


def _asset(rng):
    return rng.choice(["asset RB-%04d" % rng.randint(1, 9999), "AT-%05d" % rng.randint(1, 99999), "tag #%d" % rng.randint(1000, 9999),
                       "asset tag %d" % rng.randint(10000, 99999), "RB-LOANER-%02d" % rng.randint(1, 40)])


def _money(rng):
    return rng.choice(["$%d,%03d.%02d" % (rng.randint(1, 48), rng.randint(0, 999), rng.randint(0, 99)), "$%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99)),
                       "$0.%d/mi" % rng.randint(58, 72), "$%d/hr" % rng.randint(18, 55), "$%dk" % rng.randint(2, 900)])


def _costc(rng):
    return rng.choice(["cost center %05d" % rng.randint(1000, 5999), "CC %05d" % rng.randint(1000, 5999), "GL %d-%05d" % (rng.randint(5000, 7999), rng.randint(1000, 5999))])


def _ozip(rng):
    b = rng.choice(BRANCHES)
    return rng.choice(["%s office zip is %s", "%s branch ZIP is %s", "%s office (zip %s)"]) % (b[0], b[3])


def _oaddr(rng):
    b = rng.choice(BRANCHES)
    return rng.choice(["%s, %s, %s %s" % (b[1], b[0], b[2], b[3]), "%s, %s %s %s" % (b[1], b[0], b[2], b[3]), "%s, %s" % (b[1], b[0]),
                       "%s (%s office)" % (b[1], b[0]), "%s\n%s, %s %s" % (b[1], b[0], b[2], b[3])])


def _venue(rng):
    return rng.choice(["the Elks Lodge, 14 Tenney St", "Grange Hall, 200 Main St", "the Radisson in %s" % rng.choice(BRANCHES)[0],
                       "Tavern on the Hill, 9 Summit Rd", "the Holiday Inn, 242 Main St", "Rotary Hall, 33 Water St, %s" % rng.choice(BRANCHES)[0]])


UNL = {
    "mdate": raw(["calendar"], _mdate), "mdate2": raw(["calendar"], _mdate), "time": raw([], _time),
    "ext": raw(["ext"], _ext), "tkt": raw(["ticket"], _tkt), "po": raw(["po"], _po), "inv": raw(["invoice"], _inv),
    "order": raw(["order-number"], _order), "ver": raw(["version"], _ver), "npi": raw(["npi"], _npi), "room": raw([], _room),
    "zoom": raw(["zoom"], _zoom), "pc": raw([], lambda r: "%06d" % r.randint(0, 999999)), "intra": raw(["intranet-url"], _intra),
    "asset": raw(["asset-tag"], _asset), "grp": raw(["group-number"], lambda r: r.choice(["group %07d" % r.randint(0, 9999999), "grp # %d-%02d" % (r.randint(1000, 9999), r.randint(1, 99)), "Group No. %d" % r.randint(100000, 999999)])),
    "money": raw(["money"], _money), "costc": raw(["zip-like", "cost-center"], _costc),
    "last4": raw(["last-4"], lambda r: r.choice(["ending %04d", "ending in %04d", "last 4 %04d", "x%04d", "…%04d"]) % r.randint(0, 9999)),
    "exp": raw(["card-expiry"], lambda r: r.choice(["exp %02d/%02d", "exp. %02d/%02d", "expires %02d/20%02d"]) % (r.randint(1, 12), r.randint(26, 31))),
    "ageagg": raw(["age-aggregate"], lambda r: r.choice(["%d pts over 90" % r.randint(2, 14), "patients 90+", "the 90+ group", "%d centenarians" % r.randint(2, 5),
                                                     "%d of our 90-plus pts" % r.randint(2, 9), "everyone over 90", "%d%% of census is 90+" % r.randint(8, 30)])),
    "agelow": raw(["age-under-90"], lambda r: r.choice(["%dyo", "%d y/o", "age %d", "%dF", "%dM", "a %d-year-old", "%d yrs"]) % r.randint(22, 89)),
    "n": raw([], lambda r: str(r.randint(2, 19))), "n2": raw([], lambda r: str(r.randint(20, 140))),
    "otown": raw(["business-town"], lambda r: r.choice(BRANCHES)[0]), "otown2": raw(["business-town"], lambda r: r.choice(BRANCHES)[0]),
    "oaddr": raw(["facility-address"], _oaddr), "oaddr2": raw(["facility-address"], _oaddr), "ozip": raw(["zip-like", "facility-address"], _ozip),
    "hosp": raw([], lambda r: r.choice(HOSPITALS)), "vco": raw(["vendor"], lambda r: r.choice(VENDORS)),
    "payer": raw([], lambda r: r.choice(PAYERS)), "payer2": raw([], lambda r: r.choice(PAYERS)),
    "pharm": raw([], lambda r: r.choice(PHARMACIES)), "fh": raw([], lambda r: r.choice(FUNERAL_HOMES)),
    "dx": raw([], lambda r: r.choice(DX)), "med": raw([], lambda r: r.choice(MEDS)), "med2": raw([], lambda r: r.choice(MEDS)),
    "dme": raw([], lambda r: r.choice(DME)), "dev": raw([], lambda r: r.choice(DEVICES)),
    "lpm": raw([], lambda r: r.choice(["1", "2", "2.5", "3", "4", "5", "6"])), "sat": raw([], lambda r: str(r.randint(78, 94))),
    "bp": raw([], lambda r: "%d/%d, %d/%d" % (r.randint(150, 200), r.randint(88, 112), r.randint(150, 200), r.randint(88, 112))),
    "wound": raw([], lambda r: "%.1f x %.1f x %.1f cm, %s" % (r.uniform(0.5, 6), r.uniform(0.5, 5), r.uniform(0.1, 1.2), r.choice(["sacrum", "L heel", "R heel", "coccyx", "R ischium", "L lateral malleolus"]))),
    "gate": raw(["gate-code"], lambda r: r.choice(["%04d" % r.randint(0, 9999), "#%04d" % r.randint(0, 9999), "%04d#" % r.randint(0, 9999), "*%d" % r.randint(100, 9999), "%d-%d-%d-%d" % tuple(r.randint(0, 9) for _ in range(4))])),
    "day": raw([], lambda r: r.choice(WEEKDAYS)), "month": raw([], lambda r: r.choice(MONTHS + ["Q1", "Q2", "Q3", "Q4", "FY2026", "FY2027"])),
    "lang": raw([], lambda r: r.choice(LANGS)), "channel": raw([], lambda r: r.choice(CHANNELS)),
    "unit": raw([], lambda r: r.choice(["CP-%d" % r.randint(1, 9), "Medic %d" % r.randint(1, 30), "rig %d" % r.randint(1, 12), "Car %d" % r.randint(1, 9)])),
    "roomn": raw(["room-number"], lambda r: r.choice(["rm %d" % r.randint(100, 499), "room %d%s" % (r.randint(1, 30), r.choice("AB")), "bed %d" % r.randint(1, 16), "Rm. %d" % r.randint(200, 420)])),
    "miles": raw([], lambda r: "%d" % r.randint(18, 260)), "venue": raw(["facility-address"], _venue),
    "fleet": raw([], lambda r: r.choice(["the white Equinox", "the silver Outback", "van 3", "fleet car #%d" % r.randint(1, 14), "the red Ram", "the CP Tahoe"])),
    "pcnt": raw([], lambda r: "%d%%" % r.randint(60, 99)),
    "cpt": raw(["cpt"], lambda r: r.choice(["99497", "99498", "G0299", "G0300", "G0156", "99349", "G0151", "G0157", "99350"])),
    "icd": raw(["icd"], lambda r: r.choice(["Z51.5", "I50.9", "J44.1", "G30.9", "C25.9", "L89.154", "E11.621", "Z74.01", "R62.7", "Z99.81"])),
}
for _k, _f in UNL.items():
    _f.keyname = "unl:" + _k


def _agpo(rng):
    b = rng.choice(BRANCHES)
    return "%s, PO Box %d, %s, %s %s" % (rng.choice(["Riverbend VNA", "Riverbend Home Health & Hospice", "RHH Accounts Payable"]),
                                         rng.randint(100, 2999), b[0], b[2], b[3])


UNL.update({
    "agency": raw([], lambda r: r.choice(AGENCIES)),
    "agpo": raw(["facility-address"], _agpo),
    "mtg": raw(["calendar"], lambda r: r.choice(["IDT", "QAPI", "all-staff", "hospice IDG", "budget review", "EVV training",
                                                 "CP steering committee", "skills fair", "policy committee", "leadership huddle"])),
})
for _k, _f in UNL.items():
    _f.keyname = "unl:" + _k


def slot_bot(ctx, arg):
    ctx.tag("question-to-bot")
    v = ctx.cached(("bot", ""), lambda: ctx.rng.choice(["<@U07CAREBOT>", "<@U05PHIGRD2>", "<@U06RBASSIST>", "@careassist", "@RiverbendBot"]))
    if v.startswith("<"):
        ctx.tag("slack-markup")
    return [S_(v, "LOCK")]


SLOTS = {
    "P": pat_name("P"), "Pf": pat_name("Pf"), "Ps": pat_name("Ps"), "Pl": pat_name("Pl"), "Pg": pat_name("Pg"),
    "Pi": pat_name("Pi"), "Pn": slot_Pn, "Psur": slot_Psur, "Pgv": slot_Pgv,
    "R": slot_R, "Rn": slot_Rn, "Rf": slot_Rf, "Rrel": slot_Rrel,
    "she": pronoun("she"), "She": pronoun("She"), "her": pronoun("her"), "herO": pronoun("herO"),
    "mother": pronoun("mother"), "mom": pronoun("mom"), "famkin": slot_famkin,
    "EH": slot_EH, "VIP": slot_VIP,
    "S": slot_S, "Sf": slot_Sf, "Sg": slot_Sg, "Sm": slot_Sm, "MD": slot_MD, "MDn": slot_MDn, "V": slot_V, "X": slot_X,
    "DOB": slot_DOB, "VDATE": date_slot("VDATE", 2024, 2026), "SOC": date_slot("SOC", 2024, 2025),
    "DC": date_slot("DC", 2024, 2026), "DOD": date_slot("DOD", 2023, 2025), "FALL": date_slot("FALL", 2024, 2025),
    "AGE": slot_AGE, "AGEn": lambda ctx, arg: slot_AGE(ctx, arg, suffix=False),
    "AGEW": lambda ctx, arg: slot_AGE(ctx, arg, suffix=False, spelled=True), "PAGE": slot_PAGE,
    "ADDR": slot_ADDR, "ADDRF": slot_ADDRF, "TOWN": slot_TOWN, "ZIP": slot_ZIP, "POBOX": slot_POBOX, "RR": slot_RR,
    "PH": slot_PH, "PHO": slot_PHO, "PHOX": slot_PHOX, "TEL": slot_TEL, "EM": slot_EM, "EMB": slot_EMB,
    "MAILTO": slot_MAILTO, "MAILTOB": slot_MAILTOB, "SSN": slot_SSN, "MRN": slot_MRN, "MBI": slot_MBI, "MID": slot_MID,
    "MCD": slot_MCD, "ACCT": slot_ACCT, "BANK": slot_BANK, "DL": slot_DL, "LIC": slot_LIC, "DEA": slot_DEA,
    "PLATE": slot_PLATE, "VIN": slot_VIN, "SN": slot_SN, "URL": slot_URL, "URLL": slot_URLL, "IP": slot_IP, "CC": slot_CC,
    "bot": slot_bot,
}
SLOTS.update(UNL)

# ---------------------------------------------------------------------------
# Clause pieces (prose alternatives; may contain slots and «a|b» choices)
# ---------------------------------------------------------------------------
PIECES = {
    "greet": ["", "", "", "", "hey ", "hi ", "Hi all, ", "morning! ", "fyi ", "FYI: ", "quick q — ", "heads up: ", "update: ",
              "{Sm} ", "ok so ", "Hello team, ", "sorry to bug, ", "pls see: ", "hey team — ", "Good morning, ", "so ", "ugh. "],
    "end": ["", "", "", "", ".", " thx", " thanks!", " 🙏", " :pray:", " ty", " lmk", " — let me know", ". pls advise",
            ", appreciate it", " 👍", "!!", " :thumbsup:", " tia"],
    "ask": ["can someone", "could somebody", "who can", "is anyone able to", "need someone to", "can the office", "can on-call"],
    "reason": ["stuck behind a plow", "the road's washed out past the bridge", "my last visit ran long", "car won't start",
               "detour on Rte 2", "waiting on the pharmacy", "dog won't let me out of the car lol", "gps sent me down a logging road",
               "flat tire", "my 10:30 ran over", "moose in the road, no joke", "train at the crossing", "had to wait for the DME guy",
               "black ice on 119", "bridge is one lane again"],
    "landmark": ["yellow house w/ the ramp", "past the red barn", "across from the Mobil", "trailer behind the church",
                 "last house before the dead end", "green door, knock loud", "blue trailer, dog on a chain", "white cape w/ the flag",
                 "drive isn't plowed, park at the mailbox", "2nd driveway after the bridge", "use the side door, front is blocked",
                 "the one with the wheelchair ramp and wind chimes"],
    "rel": ["tomorrow", "this afternoon", "tmrw am", "later today", "tonight", "first thing tomorrow", "Monday", "by end of day",
            "this week", "after 2"],
    "famcap": ["Mamá", "Abuela", "Lola", "Ba", "Ammi", "Baba", "Nana", "Bubbe", "Babcia", "Yiayia", "Ayi", "Nani", "Manman", "Mummy", "Papi"],
    "fam": ["por favor", "gracias", "salamat po", "shukran", "asante", "medaase", "merci", "obrigada", "dziękuję", "спасибо",
            "mahalo", "cảm ơn", "inshallah", "ay Dios mío", "oy vey", "ojalá", "Dios te bendiga", "mèsi anpil", "dhanyavaad"],
    "famline": ["mom hasn't eaten since yesterday, por favor can the nurse come", "dad keeps trying to climb out of bed at night, we are exhausted",
                "she is moaning a lot, is that pain?? 😢", "thank you all so much, salamat po", "papá no quiere tomar la medicina",
                "can the nurse come before 3, I work", "we ran out of the morphine, pharmacy says need new script",
                "Ba bị ho nhiều quá, coughing all night, can someone come", "ammi has fever since last night, 101.2",
                "oy, the oxygen machine is beeping nonstop and I don't know what to do", "nana fell in the bathroom, she's ok but scared",
                "baba is very tired today, inshallah he will sleep", "{Pg} is asking for you again 😊 gracias for everything",
                "grandpa's feet are purple is that normal??", "abuela está muy cansada, she only drank a little ensure",
                "my mother's breathing is different, long pauses. should we call 911 or you?", "Ayi keeps calling out at night, we don't know what to do",
                "the hospital bed is here but no one showed us how to use it", "pls tell the aide to come earlier tomorrow, merci beaucoup",
                "Mama wants to die at home, not hospital. asante for helping", "babcia won't let the aide wash her hair, dziękuję for trying",
                "medaase, the nurse was very kind to my father", "bubbe is agitated, is it ok to give the extra lorazepam?",
                "mahalo for the visit, he slept well after", "Lola's wound is leaking again, salamat",
                "obrigada, a enfermeira pode vir amanhã? (can nurse come tmrw?)", "shukran — dad is more comfortable now",
                "спасибо, mama is finally sleeping", "manman pa manje depi yè, she won't eat since yesterday",
                "dad is asking for {Sg} again, he likes her", "is it normal that she sleeps 20 hrs a day now?"],
    "quoteq": ["can someone take this?", "any update?", "who's on today?", "did anyone call back?", "ok to go ahead?", "is this done?",
               "thoughts?", "who has the Lowell route tmrw?"],
    "lDOB": ["DOB", "DOB", "DOB:", "dob", "D.O.B.", "birthdate", "bday", "DOB -", "D0B", "DBO", "date of birth", "b.", "DOB#"],
    "lMRN": ["MRN", "MRN", "MRN:", "mrn#", "MR#", "MR #", "med rec #", "chart #", "chart no.", "MNR", "Med Rec No", "M.R.N.", "MRN#", "mrn"],
    "lSSN": ["SSN", "SSN", "SSN:", "ssn", "SS#", "soc sec #", "social", "SSN is", "S.S.N.", "social security #", "SNN", "ss"],
    "lMBI": ["MBI", "MBI", "MBI:", "Medicare #", "medicare id", "Medicare MBI", "MBI#", "mbi", "Medicare no.", "MBl"],
    "lMID": ["member ID", "mbr id", "Member #", "subscriber ID", "sub ID", "policy #", "ins id", "ID#", "memebr id", "plan ID", "mem ID:"],
    "lMCD": ["Medicaid #", "MassHealth ID", "MaineCare ID", "Medicaid ID", "NH Medicaid", "MCD#", "medicaid no", "Medicaid"],
    "lACCT": ["acct", "acct #", "account #", "HAR", "HAR#", "guarantor acct", "pt acct", "billing acct", "Acct No.", "acount"],
    "lSN": ["SN", "serial", "S/N", "serial #", "ser#", "serial no.", "SN:", "sn"],
}


# ---------------------------------------------------------------------------
# Frames with PHI: (role, tags, template)
# ---------------------------------------------------------------------------
PHI_FRAMES = [
    # --- field RNs ---------------------------------------------------------
    ("rn", "field", "{greet}«at|@|just got to» {Pf}«'s| house|'s place» now — {dx}, sats {sat}% on {lpm}L. {She} «looks worse than|is weaker than|is about the same as» last wk. {ask} call {MD} for orders?{end}"),
    ("rn", "field late", "«running late to|gonna be late for|behind for» {Ps} ({ADDR}), {reason}. ETA {time}{end}"),
    ("rn", "directions", "gate code for {Pl} is {gate} — house is {ADDR}, {landmark}"),
    ("rn", "soc", "SOC «done|completed|finished» «for|on» {Pf}, {lDOB} {DOB}, {dx}. next visit {VDATE}{end}"),
    ("rn", "field", "{Ps} refused the visit today. {Rrel} {Rn} says {she} «slept all night|was up all night|is too tired». «moved|rescheduled» {herO} to {VDATE}{end}"),
    ("rn", "field", "can't get into {Ps}'s building at {ADDRF}. buzzer «is dead|broken». {Rrel}'s cell is {PH} but «goes to vm|vm is full»{end}"),
    ("rn", "wound", "wound «measurements|measures» for {P}: {wound}. «photo|pics» in chart ({lMRN} {MRN}){end}"),
    ("rn", "fall", "{Pf}, {PAGE}, lives alone in {TOWN}, fell {FALL} — «no injury|small skin tear on L forearm|bruised hip» but can't get up w/o help. need PT eval{end}"),
    ("rn", "contact", "pls add {Ps}'s {Rrel} ({Rn}) as «second|2nd|backup» contact: {PH}{end}"),
    ("rn", "safety", "heads up: {Pl} has a new dog, «not friendly|mean one|big one». {ADDR}. leave the bag in the car{end}"),
    ("rn", "recert", "recert for {Pf} due {VDATE} — 60-day summary is in drafts{end}"),
    ("rn", "vitals", "took {Ps}'s BP x3 — {bp}. {MD} notified, «called back at|returned call at» {time}. {Rrel} {Rn} aware{end}"),
    ("rn", "lab", "INR for {Pf} today 3.8, holding warfarin, recheck {VDATE}. lab req faxed to {PHO}{end}"),
    ("rn", "key", "ok who has {Ps}'s key? lockbox at {ADDR} is empty again «😤|:angry:|»"),
    ("rn", "roc", "{Pf} d/c'd from {hosp} {DC}, ROC «visit |»needed within 48h. {Rrel} {Rn} {PH}"),
    ("rn", "handoff multiline", "Handoff for {Sg}:\n- {Pf} ({PAGE}), {dx}, comfort meds in the fridge\n- {Rrel} {Rn} is POA, cell {PH}\n- gate code {gate}, {ADDR}\n- next visit {VDATE}"),
    ("rn", "pharmacy", "anyone know the # for {Ps}'s pharmacy? I have {herO} at {ADDRF} but the phone we have ({PH}) is disconnected"),
    ("rn", "o2 dme", "O2 for {Pl} — concentrator {lSN} {SN} is alarming, swapped to tanks. {vco} coming {rel}{end}"),
    ("rn", "scheduling", "{Pg}'s {Rrel} asked if we can come earlier on {VDATE} bc of work. {Rn} is ok w/ 9am"),
    ("rn", "medrec", "med rec for {Pf} done: {med}, {med2}. «{Rrel} fills the pillbox on sundays|pillbox is a mess again». refill due {VDATE} at {pharm}"),
    ("rn", "field", "{Pl} «is|was» «really|super» confused today, didn't know me. {Rrel} {Rn} says it's new since {VDATE}. UA?"),
    ("rn", "field", "foley change for {Pf} «due|is due» {VDATE}, supplies «at the house|in my trunk». {ADDR}"),
    ("rn", "supervisory", "supervisory visit w/ {Sg} at {Ps}'s «on |»{VDATE} went fine, no concerns"),
    ("rn", "lab", "«whoever|who ever» has {Pl} «tmrw|tomorrow» — {she} needs a «lab draw|PT/INR|CBC + BMP» and the tubes are in the fridge. {ADDRF}"),
    ("rn", "telemonitor device", "telemonitor for {Pi} flagged «SpO2 84|wt up 4 lb|HR 122». hub {lSN} {SN}. calling {herO} at {PH}"),
    # --- aides ----------------------------------------------------------------
    ("aide", "field", "im at {Ps} house {she} wont let me give shower today. {Rrel} not home. what do i do"),
    ("aide", "fall", "{Pg} fell?? found {herO} on «the floor|the floor by the bed». {she} ok, sitting up now. address {ADDR} if someone needs to come"),
    ("aide", "directions", "cant find {Pl} house, gps says {ADDR} but thats a «field|cornfield|pond» lol"),
    ("aide", "route", "done w {P}, leaving for {P:2} now. running «15|20|30» behind"),
    ("aide", "family", "{Rrel} of {P} ({Rn}) asking again about more hours. said call {PH}"),
    ("aide", "age", "{Pg} says {she} turned {AGEn} today!! 🎂 we sang"),
    ("aide", "vehicle", "my car got towed at {Ps}'s apt, plate {PLATE} 😩 can someone call me"),
    ("aide", "field", "{Pg} «didnt|did not» eat breakfast again, only ensure. {Rrel} {Rn} says same yesterday. should i tell the nurse"),
    ("aide", "skin", "{Ps} skin on {her} bottom is red and open a little. told {Rrel}. is nurse coming {VDATE}?"),
    ("aide", "route", "finished {Pl} «at|@» {time}, next is {Pl:2} in {TOWN:2}"),
    ("aide", "gift", "{Pl} «gave me|tried to give me» $50 for christmas, i said no. {Rrel} {Rn} insisted 😬 what do i do"),
    # --- therapy -----------------------------------------------------------------
    ("ther", "therapy", "PT eval for {Pf} on {VDATE} — needs 2nd «stair rail|grab bar». lives at {ADDR}. {Rrel} {Rn} will be there"),
    ("ther", "therapy", "OT d/c {P} today, goals met. {She} can do tub transfers w/ the bench now{end}"),
    ("ther", "therapy", "ST for {Pi} cancelled {VDATE}, {she} «was admitted to|went to» {hosp}"),
    ("ther", "therapy", "{Pf} ({PAGE}) walked 150 ft w/ RW today!! «big win|huge», {Rrel} cried 😭"),
    # --- social work / chaplain ---------------------------------------------------
    ("sw", "molst", "MSW visit w/ {Pf} + {Rrel} {Rn}. talked MOLST, {she} wants DNR. «POA paperwork signed|HCP form signed» {VDATE}."),
    ("sw", "medicaid", "{P}'s {Rrel} needs help w/ the «MassHealth|MaineCare|Medicaid» renewal — current ID {MCD}"),
    ("sw", "referral", "Meals on Wheels referral sent for {Pf}, {ADDRF}, ph {PH}"),
    ("sw", "escalation", "APS report filed re: {Pf}. concerns about {Rrel} {Rn} «taking {her} SS check|not giving meds». «case|ref» {tkt}"),
    ("sw", "family", "{Pf} and {Rrel} {Rn} «want|are asking» to talk about «funeral planning|burial costs». {Rrel} is reachable at {PH} after 5"),
    ("sw", "housing", "{Ps} has no heat — oil tank empty at {ADDR}. called fuel assistance, ticket {tkt}"),
    ("sw", "veteran", "Veteran: {Pf}, «Korea|WWII|Vietnam» vet, {PAGE}. VA ID {MID}. {Rrel} wants the honor flag at bedside"),
    ("chap", "spiritual", "visited {Ps} and family. {Rrel} {Rn} asked for «a rabbi|an imam|a priest|their pastor», called «Rabbi|Father|Imam|Pastor» {MDn} at {PHO}"),
    ("chap", "bereavement", "bereavement f/u for {Rn} ({Rrel} of {Pf}, died {DOD}). «letter|card» going out «next week|this week»"),
    ("chap", "spiritual", "{Pf} asked me to sing «Amazing Grace|'How Great Thou Art'» again 🎶. {she} «is very peaceful|is restless» today"),
    # --- MD / NP -------------------------------------------------------------------
    ("md", "orders", "ok to increase {Pl}'s morphine to «5|10» mg q2h prn. DEA {DEA} for the script"),
    ("md", "f2f", "F2F for {Pf} done {VDATE}, signed. {lMBI} on the referral was wrong — correct one is {MBI}"),
    ("md", "hospice", "{Pf} is «actively dying|transitioning», RN at bedside. expect within 24h. {Rrel} {Rn} «flying in tonight|on the way»"),
    ("md", "orders", "pls d/c {Pl}'s Lasix, add {med}. f/u labs {VDATE}. call me at {ext} w/ results"),
    ("md", "cert icd", "hospice cert for {Pi}, {lDOB} {DOB}, «terminal dx|dx» {dx}, {icd}. PPS 30%"),
    # --- hospice / on-call -----------------------------------------------------------
    ("rn", "death", "{Pf} «died|passed» {DOD} at {time}, pronounced by {Sg}. family present ({R}, {R:2}). {fh} notified"),
    ("oncall", "oncall", "on-call: call from {R} at {time} — {Ps} «has breathing changes|is agitated|can't swallow pills». sent {Sg} out to {ADDR}. callback {PH}"),
    ("oncall", "oncall multiline list", "overnight calls:\n1) {Pl} – pain 8/10, «gave extra dose per kit|used the comfort kit»\n2) {Pl:2} – family wants to «revoke|talk about revoking», SW pls call\n3) {Pl:3} – died {time}, RN pronounced, {fh}"),
    ("oncall", "oncall handoff", "{Sm} on-call handoff: {Pf} ({TOWN}) «may pass tonight|is actively dying»; {Rrel} {Rn} «has the comfort kit|knows to call us first». 2nd line {PH}"),
    ("oncall", "oncall", "pronouncement needed at {ADDRF} — {Pl}. family «wants us there|asked for an RN». ETA?"),
    # --- community paramedicine -------------------------------------------------------
    ("para", "cp", "CP visit {Pf} {PAGE}, {ADDRF}. BP 92/50, HR 118, lungs wet. «transported to|took to» {hosp}"),
    ("para", "cp", "missed {Ps} twice, no answer at {ADDR}. welfare check requested w/ PD, «case|CAD #» {tkt}"),
    ("para", "cp structured", "MIH enrollment: {Pi} / {DOB} / {PH} / PCP {MD}"),
    ("para", "vehicle", "{unit} plate {PLATE} «needs service|has a check engine light», leaving it at the {otown} station"),
    ("para", "cp", "{Pf}, frequent caller ({n} 911 calls this month), lives {ADDRF}. «CP follow-up|home safety eval» {VDATE}"),
    ("para", "cp", "lift assist x2 at {ADDR}, {Pl} again, no injury. «3rd|4th» this month"),
    ("para", "cp", "CP: {Pl} glucose 412 at {time}, {Rrel} says {she} skipped insulin «all week|since Sunday». lives in {TOWN}. med rec sent"),
    ("para", "cp", "ride-along note: {Pf} {lDOB} {DOB} — refused transport, signed AMA. {Rrel} {Rn} present"),
    # --- scheduling / office -------------------------------------------------------------
    ("sched", "scheduling", "{Rrel} of {P} called, wants visit moved to {VDATE} «after|before» {time}. callback {PH}{end}"),
    ("sched", "scheduling", "can someone cover {Pf} {VDATE}? {S} is out. {ADDRF}"),
    ("sched", "scheduling", "reminder: {Ps}'s {Rrel} asked «we|that we» call first — {PH} — dog is loose in the yard"),
    ("sched", "scheduling", "{Ps} wants the same aide as last time ({Sg}) — any chance for {VDATE}?"),
    ("sched", "scheduling", "schedule change: {Pl} «M/W/F|MWF» → «T/Th|TTh» starting {VDATE}"),
    ("sched", "scheduling", "«cancelled|canceling» {Pl} {VDATE}, {she}'s «in the hospital|at the ER|at {Rrel}'s»"),
    ("sched", "transfer", "{Pl} wants to spend the holidays at {Rrel}'s in {TOWN:r1} — transfer to the {otown} branch {VDATE} to {VDATE:1b}?"),
    ("office", "records", "{Rn} dropped off {Ps}'s «paperwork|MOLST|POA docs» at the front desk. «the MOLST|the DNR» is dated {VDATE}"),
    ("office", "family", "«voicemail|vm» from {R}: '{famline}' — callback {PH}"),
    ("office", "records", "«walk-in|lobby»: {Rn} here asking for {Pl}'s «records|visit notes». ROI on file?"),
    # --- intake -------------------------------------------------------------------------
    ("intake", "referral", "New referral from {hosp}: {Pi}, {lDOB} {DOB}, {dx}, {lMBI} {MBI}, {ADDRF}. PCP {MD}. SOC requested {VDATE}"),
    ("intake", "referral", "referral {tkt}: pt {Pf} ({PAGE}) — lives w/ {Rrel} {Rn} in {TOWN}. {lMCD} {MCD}"),
    ("intake", "referral", "faxed ref for {Pl} — can't read the DOB, either {DOB} or {DOB:1b}?"),
    ("intake", "referral", "is {Pf} already ours? {lMRN} {MRN} comes up but diff DOB ({DOB})"),
    ("intake", "insurance", "insurance for {P}: {payer} {lMID} {MID}, {grp}"),
    ("intake", "referral", "pre-admit: {Pf}, {ADDRF}, {PH}. {Rrel} {Rn} is HCP. «allergic to PCN|NKDA». ok to schedule {VDATE}?"),
    ("intake", "referral", "{hosp} says {Pi} ({lMRN} {MRN}) is ready for d/c {DC}, needs SN/PT, «lives alone|lives w/ {Rrel}» in {TOWN}"),
    ("intake", "referral", "referral from {MD}: {Pf}, {AGE}, «failure to thrive|recurrent falls», lives at {ADDRF}"),
    # --- billing ------------------------------------------------------------------------
    ("billing", "billing", "{P} — {lACCT} {ACCT}, Medicare denied episode {VDATE}–{VDATE:1b}, need the F2F"),
    ("billing", "billing money", "private pay: {Rrel} {Rn} wants to pay by card, gave {CC} {exp}. pls run it and delete this msg"),
    ("billing", "billing", "guarantor for {Pi} changed to {Rf}, {ADDRF:r1}. sub ID {MID}"),
    ("billing", "billing", "refund check to {Rn} came back — addr on file {ADDRF} «is bad|no longer valid». new one?"),
    ("billing", "billing", "{Pf} {lMBI} {MBI} and {lMCD} {MCD} — dual eligible, bill Medicare first"),
    ("billing", "billing bank", "{Rrel} set up autopay «from|out of» checking acct {BANK} for {Pl}'s private-duty hours, routing # is on the form"),
    ("billing", "billing last-4", "{Rn} paid the copay w/ the card {last4}, {exp}"),
    ("billing", "billing", "statement for {Pi} went to {POBOX} but {she} lives at {ADDR} now"),
    # --- DME / pharmacy -----------------------------------------------------------------
    ("dme", "dme", "{vco} delivering {dme} to {Pf} {rel}, address {ADDRF}. driver {V} will call {PH} 30 min before"),
    ("dme", "dme o2 po", "oxygen order for {Pl}: concentrator + «4|6» e-cyl, {lpm} LPM continuous. {lSN} on the unit {SN}. {po}"),
    ("dme", "dme", "pickup: hospital bed from {ADDR} ({Ps} passed {DOD}). {Rrel} home after 3"),
    ("pharm", "pharmacy", "refill for {Pf}'s {med} sent to {pharm}, {Rrel} {Rn} picking up. {lDOB} for pickup: {DOB}"),
    ("pharm", "pharmacy dea", "comfort kit for {P} — {pharm} needs the DEA # of the ordering «NP|MD»: {DEA}"),
    ("pharm", "pharmacy", "{pharm} says {Ps}'s insurance ({MID}) rejected the refill, «PA needed|prior auth needed»"),
    ("dme", "device asset-tag", "CADD pump for {Pl} alarming occlusion. pump {lSN} {SN}. swapping w/ loaner {asset}"),
    ("dme", "device", "CGM for {Pf} fell off, new sensor needed. transmitter ID {SN}"),
    ("dme", "dme", "{dme} for {Pl} is backordered «till|until» next week, {vco} {order}. {Rrel} {Rn} is «fine with|ok with» a loaner"),
    ("dme", "device", "{Pf} has a «pacemaker|ICD» ({lSN} {SN}), rep {V} from {vco} will interrogate remotely"),
    ("dme", "device", "hearing aid for {Pl} left at the office — {lSN} {SN}. {Rrel} will pick it up"),
    ("dme", "device", "feeding pump for {Pf}: Kangaroo Joey, {lSN} {SN}, rental thru {vco}, pt acct {ACCT}"),
    # --- family relayed ----------------------------------------------------------------------
    ("fam", "family quoted", "msg from {Rrel} ({Rn}): \"{famline}\" — callback {PH}"),
    ("fam", "family", "VM from {R} at {time}: {Ps} fell again, {fam}, please send someone. ph {PH}"),
    ("fam", "family non-english", "text from family: '{famkin} {Pg} no quiere comer, can nurse come? {fam}' — from {Rn}, {PH}"),
    ("fam", "family records", "{Rrel} {Rn} emailed from {EM:r1} asking for visit notes for {Pf}. ROI on file?"),
    ("fam", "family", "{Rn} (POA for {Pf}) called, wants {herO} moved to the inpatient unit. {PH} / {EM:r1}"),
    ("fam", "family quoted", "«{famkin} |»{Pg}'s {Rrel} says: \"{famline}\""),
    ("fam", "family", "family group text (from {Rn}): {famline} — re {Pl}, {ADDR}"),
    # --- employee health -----------------------------------------------------------------------
    ("hr", "employee-health", "{EH} (HHA) injured lifting a pt on {VDATE}. employee health visit {VDATE:1b}, out until cleared"),
    ("hr", "employee-health", "needlestick — {EH}, RN, at a home visit {VDATE}. source pt is {Pf} ({lMRN} {MRN}), labs ordered"),
    ("hr", "employee-health", "{EH} «symptomatic|sick» since {VDATE}, tested covid+ {VDATE:1b}. exposures: {Pl}, {Pl:2}"),
    ("hr", "employee-health", "FMLA for {EH} approved through {mdate}. pls don't share the reason «in channel|here»"),
    ("hr", "employee-health incident", "{EH} slipped on ice in {Ps}'s driveway {VDATE} — incident report {tkt}"),
    ("hr", "employee-health", "workers comp claim for {EH}: back strain {VDATE}, PT at {hosp} twice a week"),
    ("hr", "employee-health", "TB test reading for {EH} «positive|indeterminate», CXR {VDATE}. keep off the schedule till cleared"),
    # --- staff identifiers (conservative types) ----------------------------------------------------
    ("hr", "credentialing", "{Sf} «RN license|lic» {LIC} «expires|lapses» {mdate} — pls upload the renewal"),
    ("hr", "credentialing onboarding", "new hire {Sf}, LPN, lic {LIC}, «DL|driver's license» {DL}, plate {PLATE} for the parking pass"),
    ("it", "it version", "{Sg}'s tablet {asset} won't connect — shows IP {IP}, app {ver}. {tkt}"),
    ("it", "it security", "VPN logs: failed logins from {IP} for {Sg}'s account, locked it. {tkt}"),
    ("dir", "money", "fuel card for the {otown} team: {CC}, {exp}. don't post this again pls"),
    ("office", "business-contact", "{Sf}'s direct line is {PHO}, email {EMB:s1}"),
    ("office", "business-contact vendor", "DME rep {V} from {vco}: {PHOX}, {EMB:v1}"),
    ("dir", "mileage vehicle", "mileage: {Sg} submitted {miles} mi, car plate {PLATE}, VIN {VIN} on the reimbursement form"),
    ("it", "it", "printer in the {otown} office is at {IP}, add it manually if it doesn't show up"),
    ("dir", "dea", "DEA for {MD}: {DEA}, «exp|renews» {mdate}"),
    ("hr", "credentialing", "credentialing: {Sf} «paramedic|EMT-P» license {LIC} verified, next check {mdate}"),
    ("dir", "money", "corp «amex|card» {CC} was declined at {vco}, finance pls call «them|the bank»"),
    ("office", "calendar business-contact", "for the {mdate} in-service RSVP to {EMB:role} or call {Sg} at {PHO}"),
    ("office", "fax business-contact", "new fax # for intake: {PHO}. old one goes dead {mdate}"),
    ("dir", "fleet vehicle", "fleet car #{n}: plate {PLATE}, next oil change {mdate}"),
    ("it", "it", "wifi at the {otown} office: gateway {IP}, pw is on the whiteboard"),
    ("office", "business-contact", "{Sg}'s «personal cell|cell» is {PHO} — text if the on-call phone «doesn't ring|is dead»"),
    ("office", "business-contact vendor list multiline", "vendor contacts:\n• {vco} – {V} – {PHOX}\n• {vco:2} – {V:2} – {EMB:v2}"),
    # --- VIP / exec --------------------------------------------------------------------------
    ("exec", "vip", "board member {VIP} was admitted to our hospice «today|this am|on {VDATE}». «keep it need-to-know|pls keep this quiet»"),
    ("asst", "vip family", "our «CFO|COO|VP Finance» {Rn}'s {mother} {Pf} is on service now ({TOWN}). {Rn} asked that only {Sg} visit"),
    ("exec", "vip", "FYI {X}: former board chair {VIP} started home hospice {VDATE}, family requests privacy"),
    # --- bot-style notifications -------------------------------------------------------------
    ("bot", "bot multiline", "🔔 *Visit reminder*\nPatient: {Pf}\nAddress: {ADDRF}\nTime: {time}\nClinician: {Sf}\nNotes: gate code {gate}"),
    ("bot", "bot", "*Missed visit alert* — {Pi} ({lMRN} {MRN}) — scheduled {VDATE} {time} — clinician {Sg} — reason: pt not home"),
    ("bot", "bot referral", ":robot_face: New referral {tkt} | {Pf} | DOB {DOB} | {payer} {MID} | Assigned: {S}"),
    ("bot", "bot", "[HCHB] {order} for {Pi} awaiting signature from {MD} since {VDATE}"),
    ("bot", "bot dme", "📦 Delivery confirmed: {dme} → {ADDRF} (pt {Pl}). Driver: {V}. Ref {order}"),
    ("bot", "bot evv", "⚠️ EVV exception: {Sf} clocked in 2.3 mi from {Pl}'s address ({ADDR}) on {VDATE}"),
    ("bot", "bot telemonitor", "*Telemonitoring* | {Pi} | wt 182.4 lb (+3.1) | device {SN} | {VDATE} {time}"),
    # --- questions to a bot --------------------------------------------------------------------
    ("q", "question-to-bot", "{bot} what's {Pf}'s next visit? DOB {DOB}"),
    ("q", "question-to-bot", "{bot} summarize the last 3 notes for {lMRN} {MRN}"),
    ("q", "question-to-bot", "hey bot can you look up {Ps}'s phone, I have {PH} but it's wrong"),
    ("q", "question-to-bot", "{bot} is {EM:r1} the right email for {Pl}'s {Rrel}?"),
    ("q", "question-to-bot", "{bot} can I post {Pl}'s address here? it's {ADDR}"),
    ("q", "question-to-bot", "{bot} why did you block my msg about {Pg}?? I only said {she}'s at {ADDRF}"),
    # --- slack markup -----------------------------------------------------------------------------
    ("rn", "slack-markup", "*{Pf}* – {dx} – _{Rrel} {Rn}_ is the main contact, `{PH}`"),
    ("sched", "slack-markup", "{Sm} pls call the {Rrel} of {Pl}: {TEL}"),
    ("sw", "slack-markup", "{Pl}'s {Rrel}'s email: {MAILTO:r1}"),
    ("rn", "slack-markup", "portal link for {Ps}: {URLL}"),
    ("fam", "url", "{Rrel} started a page for {Pg}: {URL} ❤️"),
    # --- lists of values -----------------------------------------------------------------------------
    ("intake", "list", "MRNs to merge: {MRN}, {MRN:1b}, {MRN:1c}"),
    ("intake", "list", "DOBs don't match for {Pf}: chart says {DOB}, referral says {DOB:1b}, insurance card {DOB:1c}"),
    ("sched", "list", "phones on file for {Pl}: {PH}; {PH:1b}; {PH:1c} (all disconnected?)"),
    ("billing", "list", "acct #s for {Pi}: {ACCT}, {ACCT:1b} — merge pls"),
    # --- rural routes / PO boxes ------------------------------------------------------------------------
    ("rn", "rural", "{Pl} gets mail at {POBOX} but lives out on {RR}. «no street numbers out there|911 address is different, ask the {Rrel}»"),
    ("rn", "rural directions", "directions to {Ps}: {RR}, «take the dirt road|go left» past the transfer station, 3rd trailer on L. no cell service past the bridge"),
    ("sched", "address", "{Pf} moved — new address {ADDRF} (was {ADDR:1b}). update the route pls"),
    ("sched", "address zip", "zip for {Ps} is {ZIP}, the referral had it wrong — that's why «the mileage calc|the route» was off"),
    # --- status boards / forwarded / quoted / long ----------------------------------------------------------
    ("dir", "status-board multiline", "*On-call board {day}*\nRN: {S}\nLPN: {S:2}\nCalls: {Pl} ({TOWN}) — pain; {Pl:2} — family anxious"),
    ("fwd", "forwarded multiline", "---------- Forwarded message ---------\nFrom: {Rf} <{EM:r1}>\nSubject: my {mother} {Pf}\n\n{famline}"),
    ("fwd", "forwarded referral", "Fwd from {hosp} case mgmt: pt {Pi} d/c {DC}, needs HH SN/PT/OT, {ADDRF}, {PH}"),
    ("quote", "quoted multiline", "> can someone see {Pl} today?\n{S} can after 2. address still {ADDR}?"),
    ("quote", "quoted multiline", "> {Rn} called again\nwhat did {she:r1} want? if it's about {Ps}'s meds tell {herO:r1} {pharm} has them"),
    ("quote", "quoted multiline", "> {lDOB} {DOB} for {Pl}, right?\nyes, matches the face sheet"),
    ("dir", "complaint thread-reply", "Following up on the complaint from {R} about {Pf}'s care on {VDATE}. I spoke with {Sf} and {Sf:2}; the visit was shortened because «the aide had a family emergency|of the storm». I've asked {Sg:3} to call {Rn} at {PH} today and document in the chart ({lMRN} {MRN}). Please keep discussion out of the general channel."),
    ("dir", "thread-reply", "Team — quick recap on {Pl} since a few of you asked. {She} has been on service since {SOC}; {Rrel} {Rn} is the primary caregiver but is «burning out|now working nights». We're adding HHA 3x/wk starting {VDATE}. If the {Rrel} calls the office, route to {Sg}. Thanks all."),
    ("qa", "qa incident", "QA review of {Pi}'s fall on {FALL}: no bed alarm, rug in the hallway. {Sf} did the home safety eval {VDATE} and documented the rug. Action: re-educate the {Rrel}; PT to reassess. {tkt}"),
    # --- ssn / evasion -------------------------------------------------------------------------------------
    ("rn", "ssn", "{lSSN} for {Pl} (for the Medicaid app) is {SSN}"),
    ("sw", "ssn evasion", "sending {Ps}'s «ss#|social» «split up|spaced out» so the bot doesn't eat it: {SSN}"),
    ("billing", "ssn", "{Pf} {lSSN} {SSN}, {lMBI} {MBI}"),
    ("fam", "death-certificate", "death certificate for {Pf}: DOB {DOB}, DOD {DOD}, {lSSN} {SSN}, informant {Rn} ({Rrel})"),
    ("fam", "ssn", "funeral home needs {Ps}'s SSN, {Rrel} gave {SSN} — pls verify w/ the face sheet"),
    # --- ages --------------------------------------------------------------------------------------------------
    ("aide", "age", "{Pf} is {AGE} and still splits {her} own wood lol"),
    ("rn", "age", "{AGEW}-year-old {Pl} fell «this morning|last night|at 6am», {Rrel} found {herO}"),
    ("rn", "age", "oldest on my caseload: {Pl}, {AGE}. sharp as a tack"),
    ("aide", "age", "{Ps} ({AGEn}) says thank you for the flowers 💐"),
    # --- licences / vehicles / urls --------------------------------------------------------------------------
    ("pharm", "license", "{Pf}'s DL {DL} for the controlled-substance pickup — {Rrel} {Rn} has POA"),
    ("rn", "vehicle", "{Rn}'s car is blocking the driveway at {ADDR}, plate {PLATE}, ask {herO:r1} to move it"),
    ("dir", "vehicle fleet", "agency van VIN {VIN} has a recall — bring it to the {otown} dealer {mdate}"),
    ("rn", "url", "«family update page|the page the family set up|link the family shared» for {Ps}: {URL}"),
    ("sched", "url telehealth", "telehealth link for {Pf} {VDATE} {time}: {URL}"),
    # --- misc --------------------------------------------------------------------------------------------------------
    ("rn", "duplicate", "is {Pf} ({DOB}) the same person as {Pi:2}? names close, diff addresses"),
    ("rn", "transport", "{Pl} no-show to wound clinic {VDATE}, {Rrel} says no ride. can CP take {herO}?"),
    ("sched", "transport", "transport for {Pf} to dialysis MWF, pickup {ADDR} at {time}. ride co {PHO}"),
    ("rn", "safety escalation", "pls do NOT send {Sg} back to {Pl}'s — {Rrel} {Rn} was inappropriate w/ her. DON aware"),
    ("sched", "respite", "respite for {Pl} {VDATE} – {VDATE:1b} at {hosp}, {Rrel} «going to a wedding|needs a break»"),
    ("rn", "nickname", "{Pn} — «use the nickname|{she} only answers to the nickname|{she} prefers the nickname, fyi»"),
    ("rn", "gip", "GIP admit: {Pf} → {hosp} inpatient unit {roomn}, {VDATE}"),
    ("rn", "discharge", "live discharge {Pl} {DC} — extended prognosis. {Rrel} upset, call {herO:r1} at {PH}"),
    ("rn", "revocation", "revocation: {Pf} revoked hospice {VDATE} to pursue chemo at {hosp}"),
    ("rn", "molst", "{Pl}'s MOLST is dated {VDATE}, signed by {MD}. copy in the blue folder at the house"),
    ("rn", "family address", "{Rn} is {Pl}'s «health care proxy|HCP», number {PH}, lives in {TOWN:r1}"),
    ("billing", "records legal", "records request from the attorney for {Pi} (DOD {DOD}), estate = {Rf}. send to {EMB:v1law}"),
    ("rn", "interpreter", "interpreter needed for {Pf} — {lang}. {Rrel} {Rn} usually interprets but is away «next week|this week»"),
    ("rn", "pharmacy business-contact", "{Pl}'s pills: {med}, {med2}. {pharm} phone {PHO}"),
    ("sched", "scheduling", "pls call {Ps} {PH} re: the {VDATE} visit — {she} thinks it's {VDATE:1b}"),
    ("sched", "contact", "update {Pl}'s emergency contact: {R} {PH}, {EM:r1}"),
    ("aide", "route", "{Pg} at {time} then {Pg:2} at {time:2} — both in {TOWN}"),
    ("rn", "list multiline", "visit log {VDATE}:\n{Pl} (SN)\n{Pl:2} (HHA)\n{Pl:3} (PT)"),
    ("rn", "slack-markup", "{Sm} {Pl}'s {Rrel} will be there at 2"),
    ("rn", "structured multiline", "{Pi}\n{ADDRF}\n{PH}\nDOB {DOB}"),
    ("rn", "multiline", "{Pf}\n(pls call back, {she} asked for you)"),
    # --- more field shapes -----------------------------------------------------------------------------------------
    ("rn", "field", "«just left|leaving|done at» {Pl}'s. {she} «wants|is asking» to stop the {med} — {MD}'s office closed, who do I call?"),
    ("aide", "field typo", "{Pg} keeps asking for {her} {Rrel} {Rn}, «is {Rrel} coming today|when is family coming»?"),
    ("rn", "field", "Reminder for whoever sees {Pf} next: new {dme} delivered {VDATE}, teach {Rrel} {Rn} how to use it"),
    ("lpn", "field", "LPN visit {Pl} done, {bp}, «no edema|+2 edema bilat», weight 164. next SN {VDATE}"),
    ("rn", "field", "{Sm} can you swap w/ me? I have {Pl} ({TOWN}) at {time} and {Pl:2} at {time:2}, can't make both"),
    ("rn", "field", "new pt on my route: {Pf}, {ADDRF}. {Rrel} meets us at the end of the road bc it isn't plowed"),
    ("rn", "address", "{Pl} lives above the laundromat — entrance is around back, {ADDR}. ring twice"),
    ("rn", "field", "PSA {Pl}'s {Rrel} {Rn} smokes in the house w/ the O2 running 😳 fire safety talk done, notified {vco}"),
    ("lpn", "field", "{Ps}'s BG log: 212, 187, 240. {she} says {she} ran out of strips. {Rrel} picking up from {pharm} {rel}"),
    ("rn", "field", "{P} asked me to witness a will. told {herO} we can't. {Rrel} {Rn} will find a notary"),
    ("para", "cp", "{Pl} ({ADDR}) — smoke detector chirping, installed new batt, {Rrel} has our number now"),
    ("aide", "field", "{Rn} says {Ps} had a bad night, yelled at {herO} at 3am. {she} is sleeping now"),
    ("rn", "field", "«pls|please» note {Pl}'s {Rrel} now lives w/ {herO} at {ADDRF} — {Rn} is the new primary contact"),
    ("oncall", "oncall", "2am call from {Ps}'s {Rrel}, {Rn} — confused which bottle is the morphine. walked through it. f/u visit {VDATE}"),
    ("rn", "hospice", "family meeting for {Pf} «set for|on» {VDATE} at {time}, {MD} + {Sg} attending. {Rrel} {Rn} flying in"),
    ("para", "cp", "community paramedic f/u for {Pf} (d/c from {hosp} {DC}). scale + BP cuff left at {ADDR}"),
    ("sw", "housing", "{Pf} facing eviction from {ADDRF} end of month. {Rrel} {Rn} says {she} can move in with them in {TOWN:r1}"),
    ("rn", "wound", "{Pl} — heel wound «worse|better», tunneling at 12 o'clock. {MD} wants wound clinic, appt {VDATE}"),
    ("aide", "field", "{Ps}'s {Rrel} {Rn} was there today, said they'd stay thru the weekend"),
    ("office", "records", "fax from {hosp} for {Pi} ({lMRN} {MRN}) went to the wrong branch, forwarding to {otown}"),
    ("sched", "scheduling", "{Pf} prefers female aides only. {Rrel} {Rn} asked again. flag it in the chart pls"),
    ("rn", "age", "{Pl} is {AGEn} today and wants cake at the visit lol. {Rrel} bringing it"),
    ("intake", "referral", "{hosp} ED referral for CP: {Pf}, {DOB}, «3rd ED visit this month|CHF exacerbation», cell {PH}"),
    ("billing", "billing", "pt responsibility for {Pi}: {money}. {Rrel} {Rn} wants a payment plan, guarantor acct {ACCT}"),
    ("dme", "dme", "{vco} says {Pl}'s {dme} was delivered {VDATE} but {Rrel} says no. tracking {order}"),
    ("pharm", "pharmacy", "{Rrel} of {Pf} picked up the wrong bag at {pharm} 😬 — has {Pl:2}'s meds"),
    ("hr", "employee-health", "{EH} had a reaction to the flu shot {VDATE}, seen at {hosp} urgent care, ok now"),
    ("rn", "death", "TOD {time} {DOD}, {Pi}. {fh} coming. {Rrel} {Rn} staying w/ the body till they arrive"),
    ("chap", "bereavement", "sympathy card list: {Rf} ({Rrel} of {Pf}), {ADDRF:r1}"),
    ("sw", "poa", "{Rf} is activated HCP for {Pf} as of {VDATE}, copy scanned. {Rrel} number {PH}"),
    ("q", "question-to-bot", "{bot} what's the gate code at {ADDR}? it's {Pl}'s"),
    ("para", "cp", "{Pf} {AGE}, lives alone at {RR}, no running water since the pipe burst. SW referral"),
    # --- more SSN / card / URL / IP / e-mail / age / vehicle / device shapes ---------------------------------------
    ("intake", "ssn medicaid", "Medicaid app for {Pf} needs {her} SSN — {Rrel} read it off the card: {SSN}"),
    ("billing", "ssn list", "face sheet for {Pi} has {lSSN} {SSN} but the MassHealth letter shows {SSN:1b}"),
    ("hr", "ssn onboarding", "W-4 for new hire {Sf} is missing a digit — SSN {SSN}? pls confirm w/ {Sg:2}"),
    ("q", "ssn question-to-bot", "{bot} is it ok to put {Pl}'s ssn ({SSN}) in the referral form?"),
    ("sw", "ssn", "SSI application for {Pf}: SSN {SSN}, {lDOB} {DOB}, {ADDRF}"),
    ("fam", "ssn evasion", "{Rrel} read the social over the phone, writing it the way it was said: {SSN}"),
    ("billing", "credit-card money", "{Rn} called to pay the balance for {Pl}, card {CC} {exp}. CVV was on a sticky note (shredded)"),
    ("office", "credit-card po", "ordering supplies on the corporate card {CC} — {Sg} approved, {po}"),
    ("asst", "credit-card exec-name", "{X}'s travel card for the NAHC conference: {CC}, {exp}"),
    ("billing", "credit-card", "card on file for {Pi} autopay: {CC} — {Rrel} asked us to switch it to {CC:1b}"),
    ("rn", "url telehealth", "video visit for {Pl} at {time}: {URLL}"),
    ("fam", "url", "{Rn} asked us to post updates on {URL} — is that allowed?"),
    ("intake", "url referral", "referral packet for {Pf} is at {URL}"),
    ("bot", "bot url", "🔗 Visit summary ready for {Pi}: {URL}"),
    ("it", "ip ticket", "{Sg}'s home router {IP} is blocking the VPN, {tkt}"),
    ("it", "ip device", "telemonitor hub at {Pl}'s house offline, last IP {IP}, hub {lSN} {SN}"),
    ("it", "ip list ticket", "blocked {IP} and {IP:2} after the phishing attempt ({tkt})"),
    ("it", "ip version", "EVV server moved to {IP}, update the config if you sideloaded {ver}"),
    ("office", "email family", "{Rn}'s new email is {EM:r1} — update {Pl}'s contact sheet"),
    ("sched", "email", "send the weekly schedule to {Pl}'s {Rrel} at {EM:r1}"),
    ("office", "email business-contact", "please cc {EMB:s1} on all {otown} referrals"),
    ("intake", "email business-contact", "{hosp} liaison email: {EMB:x1}"),
    ("fam", "email slack-markup", "{Rrel} wants updates by email only: {MAILTO:r1}"),
    ("hr", "email slack-markup business-contact", "send your CEU certificates to {MAILTOB:s1} by {mdate}"),
    ("para", "age", "{Pf}, {AGE}, found down at home in {TOWN}, {Rrel} called 911"),
    ("dir", "age kudos", "our oldest pt on service: {Pl} turns {AGEn} on Sunday 🎉"),
    ("aide", "age", "{Pg} ({AGE}) told me about dancing w/ {her} husband in 1952 😊"),
    ("rn", "age evasion", "{Pf} — {AGEW} years young and refusing the walker lol"),
    ("oncall", "vehicle", "{Rrel}'s truck ({PLATE}) is in {Pl}'s driveway, park on the street"),
    ("para", "vehicle", "{Pl} still driving?! {Rrel} says it's the blue Buick, plate {PLATE}. reported to the RMV"),
    ("dir", "vehicle calendar", "rental for the {otown} team: plate {PLATE}, return by {mdate}"),
    ("it", "vehicle", "new EV for the CP program, VIN {VIN}, plates pending"),
    ("dme", "device", "{Pl}'s {dev} swapped, old {lSN} {SN} new {lSN} {SN:1b}"),
    ("rn", "device", "{Pf} LVAD controller {lSN} {SN}, backup batteries are in the blue bag"),
    ("rn", "room-number", "IPU board: {roomn} {Pl}, {roomn:2} {Pl:2} — both GIP till {VDATE}"),
    ("rn", "field", "{Ps} «wants|is asking» to go back to {TOWN}... {she} says {she} «doesn't like|hates» it at the {Rrel}'s"),
]


# ---------------------------------------------------------------------------
# Clean frames (same world, hard negatives, no PHI)
# ---------------------------------------------------------------------------
CLEAN_FRAMES = [
    ("sched", "oncall staff", "{Sf} is covering on-call tonight, {Sf:2} is backup. page through the exchange, {ext}"),
    ("dir", "calendar", "staff mtg moved to {mdate} at {time}, {room}. {X} will join for the {month} numbers"),
    ("it", "version calendar", "HCHB mobile {ver} go-live is {mdate}. training sessions in {room}"),
    ("it", "ticket version", "ticket {tkt} opened for the tablet sync issue. {Sg} in IT says it's the {ver} build"),
    ("dme", "po", "{po} for {n} concentrators from {vco} approved by {Sg}"),
    ("dir", "money policy", "mileage rate goes to {money} effective {mdate}"),
    ("dir", "oasis", "reminder: OASIS must be locked within 5 days. {n} overdue in the {otown} branch"),
    ("office", "facility-address", "who has the office key? {Sg} is locked out, building at {oaddr}"),
    ("dir", "census", "census today: {n2} HH, {n} hospice, {ageagg}, 1 GIP"),
    ("rn", "clinical", "new admit this afternoon: {agelow}, CHF, O2 2L — details in HCHB, not here 👍"),
    ("rn", "policy question", "does anyone know the policy on wound vac dressing changes over the weekend?"),
    ("office", "staff", "{Sg} passed the CHPN exam!!! 🎉"),
    ("billing", "npi", "Dr. {MDn} NPI {npi} — needs to sign the 485s by {mdate}"),
    ("dir", "zoom calendar", "IDT {mdate} {time}: Zoom {zoom}, passcode {pc}"),
    ("office", "facility-address", "«our|the» office moved to {oaddr}. parking in back"),
    ("dir", "weather", "snow day protocol: prioritize insulin + wound pts, reschedule the rest. {X} approved"),
    ("dir", "survey calendar", "survey window opens {mdate}; mock survey with {Sf} on {mdate:2}"),
    ("billing", "invoice money", "{vco} {inv} for {money} — {Sg} pls code to {costc}"),
    ("office", "payroll calendar", "timesheets due {mdate} by noon. {Sg} is out, send to {Sg:2}"),
    ("hr", "onboarding staff", "new hire orientation {mdate}: {Sf}, {Sf:2}, {Sf:3} (all HHAs)"),
    ("sched", "route", "who's doing the {otown} route {day}? {Sg} has {n} visits already"),
    ("dir", "hipaa", "reminder: no PHI in texts, use the secure chat. questions to {Sg} {ext}"),
    ("md", "policy", "{MD} says ok to use the standing order for flu shots this season, through {mdate}"),
    ("office", "supplies po", "supply closet in {room} is out of 4x4s and tegaderm. ordering on {po}"),
    ("dme", "vendor calendar", "{vco} rep {V} will be at the {otown} office {mdate} at {time} for the concentrator in-service"),
    ("it", "version", "EVV app {ver} has the GPS bug, {ver:2} fixes it. update tonight pls"),
    ("bot", "bot calendar", "*Reminder* :calendar: Quarterly QAPI — {mdate}, {time}, {room} / {zoom}"),
    ("dir", "kudos", "HHCAHPS for {month} up 4 pts! thanks {Sg}, {Sg:2} 🙌"),
    ("sched", "staff", "{Sf} and {Sf:2} will split the {otown} territory while {Sg:3} is on vacation"),
    ("chap", "zoom", "bereavement team huddle moved to Zoom: {zoom}"),
    ("intake", "network", "the 92-bed SNF in {otown} is now in-network for «Humana|UHC» MA plans"),
    ("qa", "age-aggregate", "{ageagg} had falls this month — QAPI topic for {mdate}"),
    ("qa", "audit", "90-day recert audit: {n} charts missing signatures"),
    ("billing", "icd", "{icd} vs Z71.89 question for coding — ask {Sg} {ext}"),
    ("billing", "cpt", "CPT {cpt} for ACP — can NPs bill it in the home? {Sg} from billing is looking into it"),
    ("exec", "board calendar", "{X} will present the FY2027 budget at the {mdate} board meeting. materials on the <https://board.riverbendvna.org|board portal>"),
    ("dir", "fleet", "{fleet} is making noise again, leaving it at the {otown} shop"),
    ("sched", "oncall", "on-call schedule for {month} is posted: {intra}"),
    ("rn", "pto calendar", "hey {Sm} can you approve my PTO {mdate}–{mdate:2}?"),
    ("it", "ext ticket", "{otown} branch phones are down, use {ext} from internal lines until fixed ({tkt})"),
    ("it", "mrn-topic calendar", "heads up: MRNs will be 10 digits after the migration on {mdate} — update your cheat sheets"),
    ("dir", "ssn-topic", "reminder: SSN never goes in the visit note, only the demographics tab"),
    ("rn", "staff bot", "lol the PHI bot flagged my msg about {Sg} again, she's staff 🙄"),
    ("billing", "last-4 money", "card {last4} is the fuel card for {otown}, {exp}"),
    ("office", "kudos", "congrats to {Sf} — 20 yrs at {agency}! cake in {room} at 2 🎂"),
    ("dir", "staff calendar", "{Sf} (DON) out {mdate}, {Sf:2} acting"),
    ("dme", "vendor", "does {vco} deliver to the {otown} area on Sundays? {Sg} says no"),
    ("sched", "weather", "ice storm {rel} — {n} visits rescheduled so far, more coming"),
    ("dir", "productivity", "{otown} team productivity: 5.2 visits/day avg, goal 5.5"),
    ("office", "ext", "extensions: intake {ext}, scheduling {ext:2}, billing {ext:3}"),
    ("it", "version calendar", "HCHB upgrade to {ver} scheduled {mdate} 22:00–02:00, downtime forms at {intra}"),
    ("dir", "dea-topic", "who renews the DEA registrations for the NP group? {Sg} thinks it's pharmacy"),
    ("qa", "survey", "satisfaction survey went to {n2} families, {n} responses so far"),
    ("dme", "order calendar", "{order} for 30 cases of briefs — backordered till {mdate}"),
    ("dme", "version", "the new {dme} model ({ver}) from {vco} uses a different filter, see {intra}"),
    ("dme", "asset-tag", "{asset} (loaner CADD) is back in the {otown} closet"),
    ("office", "asset-tag", "who has the AED ({asset}) from the training?"),
    ("intake", "beds", "GIP beds open at {hosp}: {n}"),
    ("office", "farewell calendar", "{Sf}'s last day is {mdate}, farewell lunch at {venue}"),
    ("billing", "invoice", "{inv} from {vco} lists 12 e-cyl but we got 10"),
    ("exec", "census calendar", "{X} asked for a census snapshot by {mdate}, {Sg} can you pull it"),
    ("chap", "bereavement", "bereavement: {n} families on the 13-month list this quarter"),
    ("dir", "policy calendar", "new policy PP-{n2} (bag technique), effective {mdate}"),
    ("office", "slack-markup", "{Sm} can you send me the link for the CHAP standards?"),
    ("sched", "staffing", "we have {n} aides for {n2} visits tomorrow, need 2 more. {Sg} is calling per diems"),
    ("hr", "calendar facility-address", "staff flu clinic {mdate} {time}–{time:2} at {oaddr}"),
    ("office", "party", "holiday party: {venue}, {mdate} 6pm 🎄"),
    ("billing", "facility-address", "mailing address for vendor checks: {agpo}"),
    ("hr", "group-number", "the group # for our staff dental plan is {grp}"),
    ("office", "calendar vendor", "lunch & learn on LVADs {mdate}, {vco} bringing lunch"),
    ("it", "zip-like facility-address", "our {ozip} — use it as the start point in the mileage calc"),
    ("it", "ext", "{ext} is the new on-call line, internal only"),
    ("billing", "cost-center", "{costc} for all hospice DME, {costc:2} for HH"),
    ("it", "query", "ages on the census report are calculated from DOB, not SOC date — {Sg} is fixing the query"),
    ("it", "ticket", "{tkt} for EVV clock-in failures at the {otown} branch"),
    ("qa", "policy", "reminder: visits over 90 min need a note explaining why"),
    ("office", "staff", "{Sg} is driving the van to {otown} {day}, anyone need a ride to the in-service?"),
    ("dme", "o2 calendar", "{n} pts on O2 in the {otown} territory — {vco} switching cylinder vendors {mdate}"),
    ("intake", "ext staff", "the {hosp} liaison {Sf} moved to {ext}"),
    ("office", "payroll calendar", "{Sm} pls remember to clock out in EVV, payroll closes {mdate}"),
    ("it", "ticket", "can we get a 2nd printer in {room}? {tkt}"),
    ("qa", "audit", "QA: 14 of 120 notes missing signature this week, {Sg} following up"),
    ("bot", "bot", "🤖 *Schedule bot*: {n} visits unassigned for {day}. {intra}"),
    ("bot", "bot ticket version", ":white_check_mark: {tkt} resolved by {Sg}: EVV app updated to {ver}"),
    ("bot", "bot calendar", "📅 Reminder: {mtg} {mdate} at {time} in {room}"),
    ("sched", "poll", "quick poll: who can take extra visits {day}? react with :raised_hand:"),
    ("exec", "exec-name calendar", "{X} and {X:2} are touring the {otown} office {mdate}, pls tidy up lol"),
    ("office", "facility-address ext", "{agency} {otown} office: {oaddr}, front desk {ext} from internal phones"),
    ("md", "calendar", "Dr. {MDn} from {hosp} offered a lunch talk on palliative sedation {mdate}"),
    ("dir", "survey calendar", "the CHAP surveyor {V} arrives {mdate} at {time}, pls have binders ready"),
    ("hr", "training calendar", "training: 'Safe driving in winter' {mdate}, required for all field staff"),
    ("aide", "policy", "is it ok to accept a $20 gift card from a family? policy says no right?"),
    ("intake", "payer", "MA plans we're in network with: {payer}, {payer2}, Tufts"),
    ("dir", "budget", "FY2027 budget: mileage line up 12%, DME flat"),
    ("it", "version", "for the bug report: build {ver}, {ver:2}"),
    ("dir", "age-aggregate", "{n} hospice pts over 90 this year, avg LOS 41 days"),
    ("rn", "clinical", "what's the max flow on a home concentrator? my 1pm is on 5L and it keeps alarming"),
    ("rn", "supplies", "anyone have spare butterfly needles? my 11:00 needs a lab draw"),
    ("rn", "clinical", "my 3rd visit today is {agelow}, first time on hospice, any tips for the admission talk?"),
    ("rn", "documentation", "how do I document a visit where the pt wasn't home? which reason code?"),
    ("aide", "policy", "can an HHA apply barrier cream or is that skilled?"),
    ("qa", "age-aggregate", "{ageagg} get the fall-risk packet automatically now"),
    ("qa", "metrics", "OASIS timeliness goal is 95%, we're at 93.1"),
    ("rn", "gate-code", "2 gate codes changed this week, check the EMR alerts before you go"),
    ("aide", "mileage", "drove {miles} miles today 😩 is there a max per day for reimbursement?"),
    ("it", "it", "IP phones in {otown} need a reboot after the update"),
    ("md", "policy", "{MD}: ok to use haloperidol 0.5 per the comfort kit protocol for terminal agitation, no new order needed"),
    ("sw", "intranet-url", "caregiver resource list updated: {intra}"),
    ("chap", "calendar facility-address", "memorial service for families we served in {month}: {mdate} at {venue}"),
    ("exec", "exec-name", "{X} approved 2 new CP positions for the {otown} area"),
    ("sched", "calendar", "route optimization pilot in {otown} starts {mdate}, {Sg} + {Sg:2} go first"),
    ("it", "version ticket", "the MDM profile {ver} breaks camera access, rollback tonight ({tkt})"),
    ("dme", "reconciliation calendar", "{vco} invoice shows {n2} concentrators on rent; we think it's fewer. {Sg} reconciling by {mdate}"),
    ("rn", "clinical", "pt on my 2pm has a new stage 2 on the heel, what dressing do we like? mepilex?"),
    ("para", "metrics", "CP program stats {month}: {n2} visits, {n} ED diversions, 0 readmits 🎉"),
    ("para", "fleet calendar", "{unit} is out of service till {mdate}, use {unit:2}"),
    ("oncall", "oncall", "on-call swap: {Sg} takes {day}, I take {day:2}. {Sm} ok?"),
    ("hr", "calendar", "open enrollment ends {mdate}, HR office hours in {room}"),
    ("asst", "exec-name calendar", "{X}'s calendar is full {day}; can we push the {otown} site visit to {mdate}?"),
    ("asst", "calendar vendor", "booked {room} for {X} + {vco} contract review {mdate} {time}"),
    ("it", "onboarding", "accounts for {Sf} and {Sf:2} are created, temp pw sent by {Sm}"),
    ("billing", "ar", "Q3 AR days at 48, goal 40. {Sg} is chasing the {payer} denials"),
    ("intake", "metrics", "{n} referrals from {hosp} this week, {n:2} admitted"),
    ("dir", "weather", "{otown2} office closing early {day} for the storm"),
    ("office", "code", "the copier code for {otown} is 4417, don't share it outside staff"),
    ("it", "it", "the wifi name at {otown} is RB-FIELD, not RB-GUEST"),
    ("rn", "policy", "question: does a 91-day gap between recerts trigger a new SOC?"),
    ("qa", "age-aggregate", "pts aged 90 and older are 18% of hospice census, up from 14%"),
    ("dir", "welcome calendar", "welcome {Sf}, our new Director of Community Paramedicine! starts {mdate}"),
    ("it", "version", "docs for the new printers: HP M479fdw, firmware {ver}"),
    ("office", "parking", "Lot 14 at the {otown} office is staff parking now, not the front"),
    ("sw", "calendar facility-address", "caregiver support group {day}s at {time}, {venue}"),
    ("billing", "npi", "reminder: NPIs for the new NPs are in the roster sheet, not the Teams wiki"),
    ("rn", "staff", "{Sg} I left the scale in {room}, sorry!"),
    ("md", "npi", "{MD} NPI is {npi} if anyone needs it for the DME orders"),
    ("dir", "staff exec-name", "{X} wants to shadow a field visit {mdate}. {Sg}, ok if she rides with you to {otown}?"),
    ("office", "room-number", "the {otown} office training room is now {roomn}, the old one is storage"),
    ("dme", "device-topic", "reminder: every concentrator we loan out needs an asset tag, not just the serial"),
    ("hr", "staff", "{Sf} has been promoted to Clinical Manager for {otown} 🎉 pls congratulate her"),
    ("sched", "staff", "{Sg} can't do the {otown} route Thursdays anymore, {Sg:2} taking it"),
    ("dir", "thread-reply", "Following up on yesterday's huddle: {Sf} will own the EVV exceptions report, {Sf:2} the missed-visit log. Both due to me by {mdate}. Thanks everyone."),
    ("fwd", "forwarded calendar", "Forwarded from {channel}:\n> {mtg} moved to {mdate}, same time, {room}"),
    ("quote", "quoted", "> is the {otown} office open {day}?\nyes 8–4, {Sg} is at the front desk"),
    ("quote", "quoted ticket", "> any update on {tkt}?\n{Sg} says vendor patch lands {mdate}"),
    ("q", "question-to-bot", "{bot} what's the mileage rate this year?"),
    ("q", "question-to-bot", "{bot} who's on call for {otown} tonight?"),
    ("q", "question-to-bot", "{bot} how many visits are unassigned for {day}?"),
    ("rn", "clinical lowercase", "anyone else's pts getting the new O2 tubing from {vco}? it kinks like crazy"),
    ("aide", "supplies", "out of gloves size M, can someone leave a box at the {otown} office for me"),
    ("para", "training", "CP skills day {mdate}: 12-lead refresher + ultrasound, {room}"),
]


# ---------------------------------------------------------------------------
# Structured builders (tables, boards, forms): rng -> (role, tags, template)
# ---------------------------------------------------------------------------
def b_route(rng):
    n = rng.randint(3, 5)
    style = rng.randrange(3)
    hdr = rng.choice(["Route {day} — {Sg:9}", "*{otown} route for {day}*", "my stops today:", "Route sheet ({Sg:9})", "tmrw:"])
    rows = []
    for i in range(1, n + 1):
        k = str(i)
        note = rng.choice(["", " — gate {gate:%s}" % k, " — {landmark}", " — SN", " — HHA", " — wound care", " — ROC", " — lab draw", " — 1st visit"])
        if style == 0:
            rows.append("%d. {time:%s} {Pf:%s} – {ADDR:%s}%s" % (i, k, k, k, note))
        elif style == 1:
            rows.append("{time:%s} | {Pl:%s} | {ADDRF:%ss} | %s" % (k, k, k, rng.choice(["SN", "HHA", "PT", "OT", "MSW", "SN/HHA"])))
        else:
            rows.append("{time:%s}\t{Pi:%s}\t{ADDRF:%ss}\t%s" % (k, k, k, rng.choice(["SN", "HHA", "PT", "OT", "RN sup"])))
    sep = "\n"
    head = hdr + sep + ("time | patient | address | disc" + sep if style == 1 and rng.random() < 0.6 else "") + \
        ("Time\tPatient\tAddress\tType" + sep if style == 2 else "")
    return ("rn", "route table multiline", head + sep.join(rows))


def b_census(rng):
    n = rng.randint(3, 6)
    rows = []
    for i in range(1, n + 1):
        k = str(i)
        rows.append(rng.choice(["{Pl:%s} {PAGE:%s} {dx} — %s" % (k, k, rng.choice(["RHC", "GIP", "respite", "RHC, declining", "RHC, stable"])),
                                "• {Pf:%s} ({PAGE:%s}) – {dx}" % (k, k),
                                "{Pi:%s}\t{PAGE:%s}\t{dx}\tLOC: %s" % (k, k, rng.choice(["RHC", "GIP", "CHC"]))]))
    hdr = rng.choice(["Hospice census — {otown} ({day})", "*IDG census {mdate}*", "census for IDG:", "Current hospice pts ({otown} team)"])
    return ("dir", "census list multiline", hdr + "\n" + "\n".join(rows))


def b_dme_board(rng):
    n = rng.randint(2, 4)
    rows = []
    for i in range(1, n + 1):
        k = str(i)
        rows.append(rng.choice(["• {dme} → {Pl:%s}, {ADDRF:%ss} ({vco:%s})" % (k, k, k),
                                "• {Pf:%s}: {dev} SN {SN:%s} — {vco:%s}" % (k, k, k),
                                "• pickup {dme} from {ADDR:%s} ({Pl:%s})" % (k, k)]))
    return ("dme", "dme status-board multiline", rng.choice(["DME deliveries {day}:", "*DME board*", "oxygen/DME today"]) + "\n" + "\n".join(rows))


def b_billing_holds(rng):
    n = rng.randint(2, 4)
    rows = ["Patient | Acct | MBI | Reason"]
    for i in range(1, n + 1):
        k = str(i)
        rows.append("{Pi:%s} | {ACCT:%s} | {MBI:%s} | %s" % (k, k, k, rng.choice(["missing F2F", "unsigned POC", "NOA late", "wrong payer", "auth expired"])))
    return ("billing", "billing table multiline", rng.choice(["Billing holds this week:", "*Claims on hold*", "holds for {Sg}:"]) + "\n" + "\n".join(rows))


def b_missed(rng):
    n = rng.randint(2, 5)
    rows = []
    for i in range(1, n + 1):
        k = str(i)
        rows.append("{MRN:%s}  {Pl:%s}  {VDATE:%s}  {Sg:%s}  %s" % (k, k, k, k, rng.choice(["not home", "refused", "in hospital", "weather", "no clinician"])))
    return ("qa", "report table multiline", "Missed visits, week of {mdate}\n" + "\n".join(rows))


def b_referral_form(rng):
    fields = [("Name", "{Pi}"), ("DOB", "{DOB}"), ("Address", "{ADDRF}"), ("Phone", "{PH}"), ("Payer", "{payer} / {MID}"),
              ("Dx", "{dx} ({icd})"), ("PCP", "{MD} (NPI {npi})"), ("SOC", "{VDATE}"), ("Contact", "{R} {PH:r1}"),
              ("MBI", "{MBI}"), ("Age", "{PAGE}"), ("Lang", "{lang}")]
    keep = [fields[0]] + [f for f in fields[1:] if rng.random() < 0.6]
    sep = rng.choice([": ", ": ", " - ", ":\t"])
    lines = ["%s%s%s" % (k, sep, v) for k, v in keep]
    return ("intake", "referral structured multiline", rng.choice(["*New referral*", "REFERRAL — {hosp}", "intake form:", "new ref from {MD}"]) + "\n" + "\n".join(lines))


def b_sheet(rng):
    n = rng.randint(2, 4)
    cols = rng.choice([["Last", "First", "DOB", "Phone"], ["Last", "First", "Zip", "Phone"], ["Last", "First", "MRN", "Visit"]])
    slot = {"Last": "{Psur:%s}", "First": "{Pgv:%s}", "DOB": "{DOB:%s}", "Phone": "{PH:%s}", "Zip": "{ZIP:%s}", "MRN": "{MRN:%s}", "Visit": "{VDATE:%s}"}
    rows = ["\t".join(cols)]
    for i in range(1, n + 1):
        rows.append("\t".join(slot[c] % str(i) for c in cols))
    return ("office", "table spreadsheet multiline", rng.choice(["pasting from the sheet:", "from the intake xlsx", "", "can someone dedupe these?"]) + "\n" + "\n".join(rows))


def b_oncall_log(rng):
    n = rng.randint(2, 4)
    rows = ["{time:0} {R} re {Pl}: «pain|restless|breathing changes», «talked through the kit|sent RN»"]
    for i in range(2, n + 1):
        k = str(i)
        rows.append("{time:%s} family of {Pl:%s}: %s" % (k, k, rng.choice(["needs supplies", "o2 alarm", "fall, no injury", "wants a visit", "died, RN pronounced"])))
    return ("oncall", "oncall log multiline", rng.choice(["On-call log {day} night", "*overnight*", "on-call recap:"]) + "\n" + "\n".join(rows))


def b_pickups(rng):
    n = rng.randint(2, 4)
    rows = []
    for i in range(1, n + 1):
        k = str(i)
        rows.append("- {Pf:%s} ({DOB:%s}) — {med:%s}" % (k, k, k))
    return ("pharm", "pharmacy list multiline", "{pharm} pickups {rel}:\n" + "\n".join(rows))


def b_week_plan(rng):
    days = rng.sample(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], 3)
    days.sort(key=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].index)
    rows = ["%s – %s ({Sg:%d})" % (d, rng.choice(["SN", "HHA", "PT", "OT", "MSW", "chaplain"]), i + 1) for i, d in enumerate(days)]
    return ("sched", "schedule multiline", "Week plan for {Pf}:\n" + "\n".join(rows) + "\nnext recert {VDATE}")


def b_bereavement(rng):
    n = rng.randint(2, 3)
    rows = []
    for i in range(1, n + 1):
        k = str(i)
        rows.append("• {Pf:%s} (d. {DOD:%s}) — {Rf:%s}, {ADDRF:r%ss}" % (k, k, k, k))
    return ("chap", "bereavement list multiline", "Bereavement mailing {month}:\n" + "\n".join(rows))


def b_credentials(rng):
    n = rng.randint(2, 4)
    rows = []
    for i in range(1, n + 1):
        k = str(i)
        rows.append("{Sf:%s} | %s | {LIC:%s} | exp {mdate:%s}" % (k, rng.choice(["RN", "LPN", "PT", "Paramedic"]), k, k))
    return ("hr", "credentialing table multiline", "License check for {month}:\n" + "\n".join(rows))


PHI_BUILDERS = [b_route, b_census, b_dme_board, b_billing_holds, b_missed, b_referral_form, b_sheet, b_oncall_log,
                b_pickups, b_week_plan, b_bereavement, b_credentials]


def cb_roster(rng):
    n = rng.randint(3, 5)
    rows = ["Name | Role | Ext | Territory"]
    for i in range(1, n + 1):
        k = str(i)
        rows.append("{Sf:%s} | %s | {ext:%s} | {otown:%s}" % (k, rng.choice(["RN", "LPN", "HHA", "PT", "MSW", "CP"]), k, k))
    return ("office", "roster table multiline staff ext", "\n".join(rows))


def cb_oncall(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    start = rng.randrange(3)
    rows = ["%s  {Sg:%d} / {Sg:%d}" % (d, i + 1, i + 2) for i, d in enumerate(days[start:start + rng.randint(3, 5)])]
    return ("sched", "oncall schedule multiline", "On-call {month}:\n" + "\n".join(rows))


def cb_agenda(rng):
    items = rng.sample(["census ({n})", "{tkt} update", "survey prep ({Sg})", "mileage policy", "EVV exceptions", "{vco} contract",
                        "{ageagg} fall review", "new hires: {Sf:2}, {Sf:3}", "budget ({month})"], 4)
    return ("dir", "agenda calendar list multiline", "*Agenda — {mtg} {mdate}*\n" + "\n".join("%d. %s" % (i + 1, it) for i, it in enumerate(items)))


def cb_tickets(rng):
    n = rng.randint(2, 4)
    rows = ["• {tkt:%d} %s ({Sg:%d})" % (i, rng.choice(["tablet won't sync", "printer offline", "EVV GPS error", "VPN drops", "password reset", "Teams crash"]), i) for i in range(1, n + 1)]
    return ("it", "ticket list multiline", "Open IT tickets:\n" + "\n".join(rows))


def cb_pos(rng):
    n = rng.randint(2, 4)
    rows = ["{po:%d}\t{vco:%d}\t{money:%d}" % (i, i, i) for i in range(1, n + 1)]
    return ("billing", "po table money multiline", "POs this week\n" + "\n".join(rows))


def cb_versions(rng):
    rows = ["Device | App | Version", "Tablet A | HCHB | {ver:1}", "Tablet B | HCHB | {ver:2}", "Phone | EVV | {ver:3}"]
    return ("it", "version table multiline", "\n".join(rows[:rng.randint(3, 4)]))


def cb_supplies(rng):
    items = rng.sample(["4x4s", "tegaderm", "gloves M", "gloves L", "foley kits", "saline flush", "mepilex", "butterflies", "sharps containers"], 4)
    return ("office", "supplies list", "{otown} closet count: " + ", ".join("%s {n:%d}" % (it, i) for i, it in enumerate(items)) + ". reorder on {po}")


def cb_mileage(rng):
    n = rng.randint(2, 4)
    rows = ["{Sg:%d}: {miles:%d} mi ({money:%d})" % (i, i, i) for i in range(1, n + 1)]
    return ("billing", "mileage money multiline", "Mileage {month}\n" + "\n".join(rows))


def cb_training(rng):
    n = rng.randint(2, 4)
    rows = ["{Sf:%d} %s" % (i, rng.choice(["✅", "✅", "❌ due {mdate:%d}" % i])) for i in range(1, n + 1)]
    return ("hr", "training list multiline", "Training compliance ({mtg})\n" + "\n".join(rows))


def cb_census_counts(rng):
    rows = ["{otown:%d}: {n2:%d} HH / {n:%d} hospice" % (i, i, i) for i in range(1, rng.randint(3, 4))]
    return ("dir", "census multiline", "Census by branch\n" + "\n".join(rows) + "\n{ageagg}")


def cb_digest(rng):
    return ("bot", "bot digest multiline", "🤖 Daily digest {day}\n• {n} visits completed\n• {n:2} missed\n• {tkt} still open\n• next {mtg}: {mdate}")


def cb_vendors(rng):
    n = rng.randint(2, 3)
    rows = ["{vco:%d} — {V:%d}, %s" % (i, i, rng.choice(["account mgr", "orders via portal", "regional rep", "billing contact"])) for i in range(1, n + 1)]
    return ("dme", "vendor list multiline", "Vendor reps:\n" + "\n".join(rows))


CLEAN_BUILDERS = [cb_roster, cb_oncall, cb_agenda, cb_tickets, cb_pos, cb_versions, cb_supplies, cb_mileage, cb_training,
                  cb_census_counts, cb_digest, cb_vendors]


# ---------------------------------------------------------------------------
# Template parsing / rendering
# ---------------------------------------------------------------------------
_PARSED = {}


def parse(t):
    if t in _PARSED:
        return _PARSED[t]
    pos = [0]

    def seq(depth):
        nodes, buf = [], []

        def flush():
            if buf:
                nodes.append("".join(buf))
                del buf[:]
        while pos[0] < len(t):
            c = t[pos[0]]
            if c == "{":
                j = t.index("}", pos[0])
                inner = t[pos[0] + 1:j]
                if not re.fullmatch(r"[A-Za-z0-9_]+(:[A-Za-z0-9]+)?", inner):
                    raise ValueError("bad slot {%s} in %r" % (inner, t))
                name, _, arg = inner.partition(":")
                flush()
                nodes.append(("slot", name, arg))
                pos[0] = j + 1
            elif c == "«":
                flush()
                pos[0] += 1
                branches = [seq(depth + 1)]
                while pos[0] < len(t) and t[pos[0]] == "|":
                    pos[0] += 1
                    branches.append(seq(depth + 1))
                if pos[0] >= len(t) or t[pos[0]] != "»":
                    raise ValueError("unclosed « in %r" % t)
                pos[0] += 1
                nodes.append(("choice", branches))
            elif depth > 0 and c in "|»":
                break
            elif c == "»" or c == "}":
                raise ValueError("stray %s in %r" % (c, t))
            else:
                buf.append(c)
                pos[0] += 1
        flush()
        return nodes
    res = seq(0)
    _PARSED[t] = res
    return res


def render(nodes, ctx, out):
    for n in nodes:
        if isinstance(n, str):
            out.append(S_(n))
        elif n[0] == "slot":
            name, arg = n[1], n[2]
            if name in SLOTS:
                out.extend(SLOTS[name](ctx, arg))
            elif name in PIECES:
                render(parse(ctx.rng.choice(PIECES[name])), ctx, out)
            else:
                raise KeyError("unknown slot %r" % name)
        else:
            render(ctx.rng.choice(n[1]), ctx, out)
    return out


def check_templates():
    def walk(nodes):
        for n in nodes:
            if isinstance(n, str):
                continue
            if n[0] == "slot":
                if n[1] not in SLOTS and n[1] not in PIECES:
                    raise KeyError("unknown slot %r" % n[1])
            else:
                for b in n[1]:
                    walk(b)
    for lst in (PHI_FRAMES, CLEAN_FRAMES):
        for role, tags, t in lst:
            if role not in VOICES:
                raise KeyError("unknown role %r" % role)
            walk(parse(t))
    for k, alts in PIECES.items():
        for t in alts:
            walk(parse(t))
    for k, alts in WRAPPERS.items():
        for t in alts:
            walk(parse(t))


# ---------------------------------------------------------------------------
# Voices: per-role writing habits
# ---------------------------------------------------------------------------
def V(lower, typo, abbr, emoji, nopunct, sign=0.0, role_tag=None):
    return dict(lower=lower, typo=typo, abbr=abbr, emoji=emoji, nopunct=nopunct, sign=sign)


VOICES = {
    "rn": V(0.30, 0.020, 0.50, 0.12, 0.40, 0.08), "lpn": V(0.35, 0.025, 0.55, 0.12, 0.45, 0.05),
    "aide": V(0.60, 0.045, 0.70, 0.28, 0.70, 0.03), "ther": V(0.20, 0.015, 0.40, 0.10, 0.30, 0.08),
    "sw": V(0.10, 0.010, 0.20, 0.05, 0.10, 0.15), "chap": V(0.05, 0.010, 0.10, 0.10, 0.10, 0.15),
    "md": V(0.40, 0.020, 0.80, 0.00, 0.60, 0.05), "oncall": V(0.30, 0.025, 0.60, 0.05, 0.50, 0.05),
    "para": V(0.30, 0.020, 0.80, 0.05, 0.50, 0.05), "sched": V(0.15, 0.015, 0.25, 0.15, 0.20, 0.10),
    "office": V(0.15, 0.015, 0.20, 0.15, 0.20, 0.10), "intake": V(0.10, 0.015, 0.35, 0.05, 0.30, 0.10),
    "billing": V(0.10, 0.010, 0.25, 0.05, 0.20, 0.10), "dme": V(0.15, 0.015, 0.35, 0.05, 0.30, 0.05),
    "pharm": V(0.15, 0.015, 0.35, 0.05, 0.30, 0.05), "fam": V(0.20, 0.020, 0.30, 0.15, 0.30, 0.05),
    "hr": V(0.03, 0.005, 0.05, 0.05, 0.05, 0.20), "it": V(0.30, 0.010, 0.30, 0.10, 0.40, 0.05),
    "dir": V(0.03, 0.005, 0.05, 0.08, 0.05, 0.20), "exec": V(0.02, 0.004, 0.00, 0.03, 0.05, 0.25),
    "asst": V(0.05, 0.008, 0.05, 0.20, 0.05, 0.15), "bot": V(0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    "q": V(0.35, 0.020, 0.40, 0.10, 0.40, 0.0), "qa": V(0.05, 0.008, 0.10, 0.03, 0.10, 0.15),
    "fwd": V(0.05, 0.005, 0.05, 0.0, 0.0, 0.0), "quote": V(0.30, 0.020, 0.40, 0.10, 0.40, 0.0),
}
ROLE_TAG = {"rn": "voice-rn", "lpn": "voice-lpn", "aide": "voice-aide", "ther": "voice-therapist", "sw": "voice-social-work",
            "chap": "voice-chaplain", "md": "voice-physician", "oncall": "voice-oncall", "para": "voice-paramedic",
            "sched": "voice-scheduler", "office": "voice-office", "intake": "voice-intake", "billing": "voice-billing",
            "dme": "voice-dme", "pharm": "voice-pharmacy", "fam": "voice-family-relay", "hr": "voice-hr", "it": "voice-it",
            "dir": "voice-director", "exec": "voice-executive", "asst": "voice-assistant", "bot": "voice-bot",
            "q": "voice-bot-question", "qa": "voice-qa", "fwd": "voice-forward", "quote": "voice-reply"}

ABBR = [("patients", "pts"), ("patient", "pt"), ("please", "pls"), ("thanks", "thx"), ("without", "w/o"), ("with", "w/"),
        ("tomorrow", "tmrw"), ("because", "bc"), ("appointment", "appt"), ("message", "msg"), ("about", "abt"),
        ("you", "u"), ("okay", "ok"), ("minutes", "min"), ("hours", "hrs"), ("before", "b4"), ("daughter", "dtr"),
        ("right", "rt"), ("going to", "gonna"), ("want to", "wanna"), ("people", "ppl"), ("probably", "prob"),
        ("medications", "meds"), ("prescription", "rx"), ("discharge", "d/c"), ("follow up", "f/u"), ("history", "hx"),
        ("family", "fam"), ("as soon as possible", "asap"), ("by the way", "btw"), ("week", "wk"), ("weeks", "wks"),
        ("someone", "s/o"), ("nurse", "RN"), ("know", "kno"), ("really", "rly"), ("though", "tho"), ("through", "thru")]
ABBR_RE = re.compile(r"\b(" + "|".join(re.escape(a) for a, _ in ABBR) + r")\b", re.I)
ABBR_MAP = dict((a, b) for a, b in ABBR)

WORD_RE = re.compile(r"(?<![\w<@#:/.`*_\-&|])([A-Za-z]{4,})(?![\w>:/`*_\-@|])")
KEYB = {"a": "sqwz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc", "g": "ftyhbv", "h": "gyujnb",
        "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop", "m": "njk", "n": "bhjm", "o": "iklp", "p": "ol", "q": "wa",
        "r": "edft", "s": "awedxz", "t": "rfgy", "u": "yhji", "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx"}
EMOJI = [" 🙏", " :pray:", " 👍", " :thumbsup:", " 😅", " :sweat_smile:", " 🚗", " :car:", " ❄️", " :snowflake:", " 😬",
         " :white_check_mark:", " ✅", " 🙃", " :rotating_light:", " 💙", " :slightly_smiling_face:"]


def typo_word(w, rng):
    if len(w) < 4:
        return w
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in KEYB:
        r = rng.choice(KEYB[c])
        return w[:i] + (r.upper() if w[i].isupper() else r) + w[i + 1:]
    return w


def style(segs, role, ctx):
    rng = ctx.rng
    v = VOICES[role]
    segs = [list(s) for s in segs]
    plain = [s for s in segs if s[1] is None]
    # shorthand
    if rng.random() < v["abbr"]:
        changed = [False]

        def sub(m):
            w = m.group(0)
            if rng.random() < 0.55:
                a = ABBR_MAP[w.lower()]
                changed[0] = True
                return a.upper() if a == "RN" else (a[0].upper() + a[1:] if w[0].isupper() else a)
            return w
        for s in plain:
            s[0] = ABBR_RE.sub(sub, s[0])
        if changed[0]:
            ctx.tag("shorthand")
    # typos
    rate = v["typo"] * rng.choice([0, 0.5, 1, 1, 1.5, 2.5])
    if rate > 0:
        hit = [False]

        def tsub(m):
            if rng.random() < rate:
                hit[0] = True
                return typo_word(m.group(0), rng)
            return m.group(0)
        for s in plain:
            s[0] = WORD_RE.sub(tsub, s[0])
        if hit[0]:
            ctx.tag("typo")
    # missing final punctuation
    if segs and segs[-1][1] is None and rng.random() < v["nopunct"]:
        segs[-1][0] = re.sub(r"[.!]+$", "", segs[-1][0])
    # missing space after comma (sloppy typing)
    if rng.random() < v["typo"] * 4:
        for s in plain:
            s[0] = re.sub(r", (?=[a-z])", ",", s[0], count=1)
    # lower case everything
    if rng.random() < v["lower"]:
        for s in segs:
            if s[1] != "LOCK":
                s[0] = s[0].lower()
        ctx.tag("lowercase")
    # value wrapped in markdown
    if role != "bot" and rng.random() < 0.05:
        idx = [i for i, s in enumerate(segs) if s[1] in TYPES and "\n" not in s[0]]
        if idx:
            i = rng.choice(idx)
            before = segs[i - 1][0] if i > 0 else ""
            after = segs[i + 1][0] if i + 1 < len(segs) else ""
            if (not before or before[-1] in " (:\n") and (not after or after[0] in " ,.;)\n"):
                mk = rng.choice(["`", "*", "_"])
                segs.insert(i + 1, [mk, "LOCK", None])
                segs.insert(i, [mk, "LOCK", None])
                ctx.tag("slack-markup")
    # emoji
    if rng.random() < v["emoji"]:
        segs.append([rng.choice(EMOJI), "RAW", None])
    # fullwidth word / zero-width character in prose
    r = rng.random()
    cand = [s for s in segs if s[1] is None and re.search(r"[A-Za-z]{3,}", s[0])]
    if cand and r < 0.02:
        s = rng.choice(cand)
        ws = list(re.finditer(r"[A-Za-z]{3,}", s[0]))
        m = rng.choice(ws)
        s[0] = s[0][:m.start()] + fullwidth(m.group(0)) + s[0][m.end():]
        ctx.tag("fullwidth")
    elif cand and r < 0.04:
        s = rng.choice(cand)
        ws = list(re.finditer(r"[A-Za-z]{4,}", s[0]))
        if ws:
            m = rng.choice(ws)
            k = m.start() + rng.randrange(1, len(m.group(0)))
            s[0] = s[0][:k] + rng.choice(["\u200b", "\u200c", "\u2060"]) + s[0][k:]
            ctx.tag("zero-width")
    return [tuple(s) for s in segs]


WRAPPERS = {
    "pre": ["> {quoteq}\n", "↳ ", "replying to {Sg:8}: ", "(forwarded from {channel})\n", "*{channel}*\n", "re: earlier — ",
            "[thread] ", "@here ", "{Sm:8} "],
    "post": [" (edited)", "\n\nSent from my iPhone", "\n— {Sg:8}", " cc {Sm:8}", " ^^", "\n(sorry for the typos, driving... jk parked)"],
}


# ---------------------------------------------------------------------------
# Assembly and verification
# ---------------------------------------------------------------------------
MAX_TAGS = 12
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2705\u274C]|:[a-z_]+:")
MARKUP_RE = re.compile(r"<@U|<https?:|<mailto:|<tel:|`|(^|\s)\*[^*\n]+\*|(^|\s)_[^_\n]+_|:[a-z_]+:")


def finalize(segs, ctx, frame_tags, role, want_phi):
    # merge neighbouring prose
    merged = []
    for s in segs:
        if s[0] == "":
            continue
        if merged and s[1] is None and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + s[0], None, None)
        else:
            merged.append(s)
    text = "".join(s[0] for s in merged)
    b = text.encode("utf-8")
    spans = []
    off = 0
    prev_end = -1
    for t, k, m in merged:
        L = len(t.encode("utf-8"))
        if k in TYPES:
            if t != t.strip() or not t.strip():
                raise Retry()
            if t[-1] in ".,;:!?" or t[0] in ".,;:!?*`_<>(":
                raise Retry()
            if off <= prev_end:  # adjacent values must be separated
                raise Retry()
            spans.append((k, t, off, m))
            prev_end = off + L
        off += L
    # emulate the checker's left-to-right search and require the exact placement
    pos = 0
    for k, t, o, m in spans:
        vb = t.encode("utf-8")
        i = b.find(vb, pos)
        if i != o:
            raise Retry()
        pos = i + len(vb)
    if want_phi and not spans:
        raise Retry()
    if not want_phi and spans:
        raise AssertionError("clean frame produced PHI: %r" % text)
    if re.search(r"\{|\}|«|»", text):
        raise AssertionError("template residue in %r" % text)
    if "  \n" in text or text != text.strip():
        raise Retry()
    # tags, most informative first, capped at MAX_TAGS
    tags = ["phi" if spans else "clean"]
    for k, t, o, m in spans:
        tags.append(TYPE_TAG[k])
    if spans and all(m == "biz" for k, t, o, m in spans):
        tags.append("business-contact")
    form = []
    if "\n" in text:
        form.append("multiline")
    if EMOJI_RE.search(text):
        form.append("emoji")
    if MARKUP_RE.search(text):
        form.append("slack-markup")
    if re.search("[\uff01-\uff5e\u3000]", text):
        form.append("fullwidth")
    if re.search("[\u200b\u200c\u200d\u2060\ufeff]", text):
        form.append("zero-width")
    form += [t for t in ctx.tags if t in ("lowercase", "typo", "evasion", "shorthand", "spelled-age", "spelled")]
    if not spans:
        tags.append("hard-negative")
    tags += form
    tags += frame_tags.split()
    tags.append(ROLE_TAG[role])
    tags += [t for t in ctx.tags if t not in ("slack-markup", "multiline", "fullwidth", "zero-width")]
    seen, out = set(), []
    for t in tags:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return {"text": text, "spans": [{"type": k, "value": t} for k, t, o, m in spans],
            "offsets": [(o, o + len(t.encode("utf-8"))) for k, t, o, m in spans], "tags": out[:MAX_TAGS]}


def build_message(frame, rng, want_phi):
    ctx = Ctx(rng)
    if callable(frame):
        role, ftags, tmpl = frame(rng)
    else:
        role, ftags, tmpl = frame
    segs = render(parse(tmpl), ctx, [])
    # message-level wrappers (thread replies, forwards, sign-offs)
    if role not in ("bot", "fwd", "quote") and rng.random() < 0.10:
        pre = render(parse(rng.choice(WRAPPERS["pre"])), ctx, [])
        segs = pre + segs
        ctx.tag("wrapped")
    if role != "bot" and rng.random() < max(0.04, VOICES[role]["sign"] * 0.6):
        segs = segs + render(parse(rng.choice(WRAPPERS["post"])), ctx, [])
    segs = style(segs, role, ctx)
    return finalize(segs, ctx, ftags, role, want_phi)


def verify_output(path, placed):
    """Re-read the written file and assert that every span value is found, searching left to right
    exactly as check_phi_corpus.py does, at the byte offsets where the generator placed it."""
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l]
    assert len(lines) == len(placed) == N_MESSAGES
    ids = set()
    for line, offs in zip(lines, placed):
        item = json.loads(line)
        assert item["id"] not in ids
        ids.add(item["id"])
        b = item["text"].encode("utf-8")
        pos = 0
        assert len(item["spans"]) == len(offs)
        for s, (o, e) in zip(item["spans"], offs):
            assert s["type"] in TYPES
            v = s["value"].encode("utf-8")
            i = b.find(v, pos)
            assert i == o and i + len(v) == e, (item["id"], s)
            pos = i + len(v)
        assert ("phi" in item["tags"]) == bool(item["spans"]) and ("clean" in item["tags"]) == (not item["spans"])


def frame_count():
    return len(PHI_FRAMES) + len(PHI_BUILDERS) + len(CLEAN_FRAMES) + len(CLEAN_BUILDERS)


def main():
    check_templates()
    assert len(set(GIVEN_F + GIVEN_M)) >= 400, len(set(GIVEN_F + GIVEN_M))
    assert len(set(SURNAMES)) >= 400, len(set(SURNAMES))
    assert frame_count() >= 300, frame_count()
    master = random.Random(SEED)
    n_phi = int(round(N_MESSAGES * PHI_SHARE))
    flags = [True] * n_phi + [False] * (N_MESSAGES - n_phi)
    master.shuffle(flags)
    # frames carrying the rarer identifier types are drawn twice per deck so every type gets enough variety
    rare = re.compile(r"\{(URL|URLL|CC|IP|SSN|EM|EMB|MAILTO|MAILTOB|PLATE|VIN|AGE|AGEn|AGEW|SN|DL|BANK)(:|\})")
    phi_frames = [f for f in PHI_FRAMES for _ in range(2 if rare.search(f[2]) else 1)] + PHI_BUILDERS * 3
    clean_frames = list(CLEAN_FRAMES) + CLEAN_BUILDERS * 2
    decks = {True: [], False: []}
    used = {}
    out_lines = []
    placed = []
    for i, want_phi in enumerate(flags):
        deck = decks[want_phi]
        if not deck:
            deck.extend(phi_frames if want_phi else clean_frames)
            master.shuffle(deck)
        frame = deck.pop()
        msg = None
        for attempt in range(400):
            rng = random.Random(SEED * 1000003 + i * 1009 + attempt)
            try:
                msg = build_message(frame, rng, want_phi)
                break
            except Retry:
                continue
        if msg is None:
            raise RuntimeError("frame keeps failing: %r" % (frame if not callable(frame) else frame.__name__,))
        key = frame.__name__ if callable(frame) else frame[2]
        used[key] = used.get(key, 0) + 1
        rec = {"id": "gz%04d" % (i + 1), "text": msg["text"], "spans": msg["spans"], "tags": msg["tags"]}
        out_lines.append(json.dumps(rec, ensure_ascii=False))
        placed.append(msg["offsets"])
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lines) + "\n")
    verify_output(OUT_PATH, placed)
    # summary
    n_phi_out = sum(1 for l in out_lines if json.loads(l)["spans"])
    type_counts = {}
    for l in out_lines:
        for s in json.loads(l)["spans"]:
            type_counts[s["type"]] = type_counts.get(s["type"], 0) + 1
    sys.stderr.write("wrote %d messages (%d PHI, %d clean) to %s\n" % (len(out_lines), n_phi_out, len(out_lines) - n_phi_out, OUT_PATH))
    sys.stderr.write("frames defined: %d (PHI templates %d + builders %d, clean templates %d + builders %d); frames used: %d\n" % (
        frame_count(), len(PHI_FRAMES), len(PHI_BUILDERS), len(CLEAN_FRAMES), len(CLEAN_BUILDERS), len(used)))
    sys.stderr.write("spans per type: %s\n" % ", ".join("%s=%d" % (t, type_counts.get(t, 0)) for t in TYPES))


if __name__ == "__main__":
    main()
