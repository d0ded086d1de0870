#!/usr/bin/env python3
"""Generator for PHI evaluation set "hb" (revenue cycle / patient access chat).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes generated_hb.jsonl next to this file in the raw corpus format:
  {"id":"hb0001","text":"...","spans":[{"type":"NAME","value":"..."}],"tags":[...]}
Span values are listed in reading order; the generator checks that each value is
found by a left-to-right search exactly where it was placed.

Template mini-language (frames and clause pools):
  {$pool}          pick a clause piece from POOLS[pool] (expanded recursively)
  {a|b|c}          pick one alternative (expanded recursively)
  {?text}          optional piece (50 %)
  {~gen.attr}      unlabelled value (staff names, tickets, POs, dates of meetings ...)
  {TYPE:gen.attr}  labelled PHI value of TYPE produced by generator gen
  {#tag}           add a tag to the message
  {!ent:F}         force the gender of entity ent before it is created
"""
import datetime, json, os, random, re, sys, unicodedata

SEED = 4207118
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(OUT_DIR, "generated_hb.jsonl")
N_MSG = 1500
N_PHI = 825

# --------------------------------------------------------------------------- names
def _split(s):
    return [x.strip() for x in re.split(r"[,\n]", s) if x.strip()]

GIVEN = {
 "anglo": (_split("""Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Margaret, Dorothy, Karen,
    Nancy, Helen, Sandra, Betty, Carol, Ruth, Shirley, Eleanor, Doris, Evelyn, Kathleen, Deborah, Heather,
    Brittany, Courtney, Megan, Ashley, Kayla, Madison, Abigail"""),
           _split("""James, Robert, John, Michael, William, David, Richard, Joseph, Thomas, Charles,
    Christopher, Daniel, Matthew, Donald, Kenneth, Edward, Harold, Walter, Arthur, Gerald, Wyatt, Tucker,
    Cody, Dustin, Brandon, Kyle, Travis, Garrett, Colin, Bradley""")),
 "word": (_split("""Hope, Faith, Joy, Grace, June, April, May, Summer, Dawn, Ivy, Amber, Penny, Charity,
    Rose, Hazel, Holly, Iris, Lily, Violet, Autumn, Willow, Pearl, Ruby, Crystal, Destiny, Precious, Heaven,
    Patience, Constance, Page, Brook, Sunny, Misty, Honor, Justice"""),
          _split("""Will, Mark, Bill, Sterling, Hunter, Chase, Grant, Rich, Glen, Dale, Cliff, Rusty, Major,
    King, Prince, Deacon, Forest, River, Royal, Frank, Guy, Gene, Wade, Miles, Early""")),
 "aa": (_split("""Latoya, Keisha, Shaniqua, Ebony, Tameka, Imani, Aaliyah, Shanice, Monique, Tanisha, Jasmine,
    Lakisha, Aisha, Kiara, Tiana, Ayanna, Nia, Octavia, Jazmine, LaShonda, Shantel, Tamika, Dasia, Kenya,
    Essence, Latrice, Sharonda"""),
        _split("""DeShawn, Jamal, Tyrone, Darnell, Marquis, Andre, Jalen, Terrell, Kareem, Lamar, DaQuan,
    Reginald, Cedric, Demetrius, Antwan, Tremaine, Malik, Dwayne, Rashad, Deion, Jermaine, Cornell, Darius,
    Marcellus, Tavon, Quentin, Lionel, Roosevelt""")),
 "hisp": (_split("""María, Guadalupe, Carmen, Rosa, Ana, Alejandra, Yesenia, Lucía, Marisol, Esperanza,
    Graciela, Xiomara, Itzel, Dolores, Beatriz, Paloma, Ximena, Araceli, Socorro, Consuelo, Yadira, Maribel,
    Milagros, Luz, Inés, Rocío, Catalina"""),
          _split("""José, Juan, Luis, Carlos, Jesús, Miguel, Javier, Francisco, Alejandro, Diego, Fernando,
    Ricardo, Eduardo, Santiago, Héctor, Rafael, Joaquín, Mateo, Ignacio, Rubén, Alfredo, Ramón, Arturo,
    Esteban, Gilberto, Osvaldo, Wilfredo, Efraín""")),
 "wafr": (_split("""Ama, Abena, Akosua, Ngozi, Folake, Funmilayo, Chiamaka, Aminata, Fatoumata, Efua, Yetunde,
    Adaeze, Mariama, Titilayo, Nkechi, Awa, Bisola, Adwoa, Esi, Kemi, Ifeoma, Oluwakemi, Binta, Adjoa"""),
          _split("""Kwame, Kofi, Yaw, Chinedu, Oluwaseun, Adebayo, Emeka, Ousmane, Mamadou, Kwabena, Tunde,
    Ikenna, Sekou, Babajide, Obinna, Moussa, Chukwuemeka, Kwaku, Femi, Olumide, Ibrahima, Kojo, Nnamdi, Segun""")),
 "eafr": (_split("""Tigist, Meron, Selam, Hiwot, Bethlehem, Wanjiru, Achieng, Njeri, Zawadi, Nyokabi, Hodan,
    Sahra, Ifrah, Mulu, Chebet, Faduma, Asha, Saba, Rahel, Makeda, Halima"""),
          _split("""Abebe, Haile, Dawit, Tesfaye, Yonas, Amani, Kamau, Otieno, Baraka, Mwangi, Abdirahman,
    Farah, Hamza, Tekle, Kiptoo, Mesfin, Girma, Abdullahi, Liban, Omondi, Kipchoge""")),
 "sasia": (_split("""Priya, Ananya, Deepa, Lakshmi, Sunita, Kavya, Meera, Pooja, Nisha, Harpreet, Manpreet,
    Ayesha, Nusrat, Tahmina, Shreya, Padma, Divya, Sneha, Rukhsana, Sadia, Anjali, Parvati, Simran, Farzana"""),
           _split("""Rahul, Vikram, Sanjay, Arjun, Rohan, Ravi, Amit, Suresh, Gurpreet, Farhan, Imran, Rajesh,
    Venkat, Anil, Karthik, Aditya, Bilal, Dilip, Harjit, Sandeep, Naveen, Prakash, Jagdish, Mohinder""")),
 "easia": (_split("""Mei, Xiu Ying, Yuki, Sakura, Haruka, Ji-woo, Seo-yeon, Li Na, Hua, Aiko, Eun-ji, Soo-ah,
    Lan, Emiko, Keiko, Yumi, Min-ji, Xiaoling, Fang, Jing"""),
           _split("""Wei, Jian, Hiroshi, Kenji, Takeshi, Min-jun, Hyun-woo, Jin, Xiaoming, Yong, Daisuke,
    Sung-min, Jae-hyun, Ming, Kazuo, Hao, Zhiwei, Dong-hyun, Tatsuya, Jun""")),
 "seasia": (_split("""Linh, Huong, Mai, Lan Anh, Phuong, Malee, Siriporn, Maricel, Jocelyn, Marites, Ligaya,
    Sokha, Vanna, Chanthy, Khamla, Thuy, Hoa, Kim-Lien, Pa Nhia, Mai Yer, Analyn, Rowena, Dara"""),
            _split("""Minh, Thanh, Duc, Tuan, Bao, Somchai, Arun, Rodrigo, Ramil, Bayani, Bounmy, Quang, Trinh,
    Tou, Kou, Vong, Nhia, Dat, Khoa, Huy, Jomar, Rommel""")),
 "arab": (_split("""Fatima, Layla, Mariam, Noor, Yasmin, Huda, Rania, Salma, Leila, Amira, Dalia, Zainab, Hana,
    Samira, Lina, Reem, Nadia, Iman, Suha, Maysa"""),
          _split("""Mohammed, Ahmed, Omar, Ali, Hassan, Youssef, Khalid, Tariq, Karim, Mustafa, Ibrahim, Samir,
    Walid, Nabil, Rashid, Ziad, Faisal, Bassam, Hussein, Munir""")),
 "jew": (_split("""Miriam, Rivka, Chaya, Esther, Sarah, Devorah, Leah, Shira, Tova, Batya, Rochel, Naomi,
    Elisheva, Yael, Malka, Frumie, Dina, Ruthie"""),
         _split("""Avi, Moshe, Yosef, Shlomo, Eli, Menachem, Ari, Baruch, Noam, Yitzchak, Hershel, Mordechai,
    Zev, Chaim, Dov, Yehuda, Gideon, Asher""")),
 "eeur": (_split("""Olga, Natalia, Svetlana, Agnieszka, Katarzyna, Oksana, Irina, Yelena, Magdalena, Ludmila,
    Zofia, Jana, Milena, Danuta, Halyna, Tatiana, Ewa, Bożena, Vesna, Dragana"""),
          _split("""Dmitri, Sergei, Ivan, Piotr, Tomasz, Vasyl, Bogdan, Mikhail, Andrzej, Miroslav, Nikolai,
    Radek, Goran, Stanislav, Yuri, Grzegorz, Oleksandr, Dragan, Zoltán, Marek""")),
 "paci": (_split("""Leilani, Malia, Losana, Mele, Salote, Noelani, Pua, Aroha, Sina, Lagi, Kalena, Moana, Ofa,
    Litia"""),
          _split("""Keanu, Kalani, Sione, Tevita, Ioane, Kainoa, Makoa, Tamatea, Viliami, Manaia, Fetu, Sefo,
    Pita, Kekoa""")),
 "nat": (_split("""Winona, Aiyana, Nizhoni, Kimimela, Tallulah, Ayasha, Shilah, Enola, Onawa, Nayeli, Dyani,
    Halona, Tahnee, Sequoia"""),
         _split("""Takoda, Chayton, Dakota, Ahanu, Kele, Wapi, Ohanzee, Hakan, Tokala, Elan, Nashoba, Chaske,
    Hotah, Ahiga""")),
 "carib": (_split("""Marie-Claude, Fabiola, Roseline, Nadège, Yolanda, Paulette, Marcia, Sherika, Claudette,
    Beverley, Yanique, Rose-Marie, Mirlande, Guerline, Kerline, Shernette, Tamara, Andrea"""),
           _split("""Jean-Baptiste, Wisly, Dieudonné, Jean-Pierre, Winston, Desmond, Errol, Delroy, Fitzroy,
    Junior, Lennox, Gaston, Wilner, Peterson, Fritz, Wilfrid, Garfield, Clive, Dwight""")),
}

SURN = {
 "anglo": _split("""Smith, Johnson, Williams, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Martin,
    Thompson, Harris, Clark, Lewis, Walker, Hall, Allen, Wright, Hill, Adams, Nelson, Carter, Mitchell,
    Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, Rogers,
    Morgan, Cooper, Bailey, Reed, Kelly, Howard, Cox, Ward, Richardson, Watson, Bennett, Hughes, Sanders,
    Pembroke, Ashworth, Hale, Brannigan, O'Brien, O'Neil, McAllister, McCarthy, Fitzgerald, Sullivan,
    Doherty, Gallagher, Kavanagh, Flanagan, Whitcomb, Pruitt"""),
 "word": _split("""Hope, Page, Law, Church, Field, Rose, Bishop, Young, King, Love, Wise, Strong, Price, Cash,
    Banks, Case, Chase, Bond, Sterling, Little, Long, Short, Rich, Gold, Silver, Stone, Rivers, Lake, Brook,
    Hunter, Fisher, Baker, Mason, Cook, Porter, Carpenter, Shepherd, Knight, Sharp, Swift, Hardy, Moody,
    Noble, Frost, Snow, Winter, Summers, Day, Parsons, Marsh, Woods, Hart, Hood, Best, Goodman, Friend,
    Bell, Lamb, Fox, Wolf, Crane, Drake, Guest, Mann, Pride, Payne, Sale, Bliss, Waters, Storm, Brown,
    White, Black, Green, Gray, Wood"""),
 "aa": _split("""Washington, Jefferson, Jackson, Robinson, Freeman, Gaines, Dorsey, Booker, Battle, Mayfield,
    Whitaker, Holloway, Pettway, Tolliver, Grier, Coleman, Simmons, Alston, Mosley, Merriweather, Boykin,
    Hairston, Player, Outlaw, Brooks, Jenkins"""),
 "hisp": _split("""García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres,
    Flores, Rivera, Gómez, Díaz, Reyes, Morales, Cruz, Ortiz, Gutiérrez, Chávez, Ramos, Ruiz, Mendoza,
    Vargas, Castillo, Jiménez, Moreno, Romero, Herrera, Medina, Aguilar, Vega, Castro, Delgado, Ibarra,
    Quiñones, Santiago, Figueroa, Batista, Colón, Rosario, Ocasio, de la Cruz, de León, del Valle,
    Garcia-Lopez, Ruiz-Esparza, Villanueva"""),
 "wafr": _split("""Okafor, Adeyemi, Mensah, Owusu, Boateng, Asante, Diallo, Traoré, Ndiaye, Okonkwo, Eze,
    Nwosu, Oyelaran, Balogun, Olawale, Ogunleye, Abubakar, Bello, Danso, Agyeman, Appiah, Koné, Sow,
    Camara, Touré, Osei, Nkrumah, Chukwu, Obi, Afolabi, Oduya, Adjei, Ansah, Smith-Okafor"""),
 "eafr": _split("""Bekele, Gebremedhin, Alemu, Kebede, Mengistu, Wolde, Abdi, Mohamud, Warsame, Odhiambo,
    Njoroge, Wanjiku, Kiprop, Nyambura, Mutua, Habte, Gebre, Tadesse, Ali Hassan, Yusuf"""),
 "sasia": _split("""Patel, Shah, Singh, Kaur, Sharma, Gupta, Reddy, Rao, Iyer, Nair, Menon, Chatterjee,
    Banerjee, Mukherjee, Das, Bose, Khan, Chaudhry, Qureshi, Malik, Siddiqui, Rahman, Hossain, Ahmed,
    Desai, Mehta, Joshi, Kulkarni, Pillai, Venkataraman, Subramanian, Krishnan, Gill, Sandhu, Dhillon,
    Grewal, Bhattacharya"""),
 "easia": _split("""Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Lin, Tanaka,
    Suzuki, Watanabe, Yamamoto, Nakamura, Kobayashi, Sato, Takahashi, Kim, Lee, Park, Choi, Jung, Kang,
    Cho, Yoon, Jang, Lim, Han, Ng, Wong, Chan, Leung, Lau, Cheung"""),
 "seasia": _split("""Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo, Duong, Ly,
    Nguyen-Tran, Santos, Dela Cruz, Bautista, Aquino, Villareal, Macapagal, Pangilinan, Soriano, Sok,
    Chea, Keo, Srey, Vang, Xiong, Lor, Moua, Thao, Her, Srisai, Wongsakul, Phommachanh, Sisouk"""),
 "arab": _split("""Al-Sayed, Haddad, Khoury, Nasser, Mansour, Saleh, Hamdan, Aziz, Farouk, Abboud, Darwish,
    Shalhoub, Karam, Hijazi, Qasim, Abdullah, El-Amin, Al-Masri, Bakr, Suleiman, Youssef, Zaki, Jaber,
    Othman, Rahim, Abu-Ghazaleh, al-Hashimi, bin Saleh"""),
 "jew": _split("""Cohen, Levy, Goldberg, Friedman, Katz, Schwartz, Rosen, Shapiro, Klein, Weiss, Horowitz,
    Greenbaum, Bernstein, Feldman, Rubin, Kaplan, Adler, Stern, Ben-David, Birnbaum, Mizrahi, Abramowitz,
    Lefkowitz, Rothstein, Zuckerman, Ben Ami"""),
 "eeur": _split("""Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Lewandowski, Zieliński, Ivanov, Petrov,
    Smirnov, Volkov, Sokolov, Kuznetsov, Popescu, Horvath, Novak, Dvořák, Kovalenko, Shevchenko,
    Bondarenko, Tkachenko, Melnyk, Jovanović, Petrović, Nikolić, Babić, Kovač, Szabo, Nagy, Molnar"""),
 "paci": _split("""Kahananui, Kealoha, Kamakana, Akana, Fonoti, Tuiasosopo, Faleolo, Taufa, Vaipulu, Fifita,
    Tupou, Mahe, Aumua, Leavasa, Sapolu, Palelei, Nakoa, Kauwila"""),
 "nat": _split("""Begay, Yazzie, Tsosie, Benally, Nez, Etsitty, Manygoats, Redhorse, Runningwater, Whitehorse,
    Two Bulls, Little Thunder, Lonehill, Bearheart, Cornsilk, Deerinwater, Fastwolf, Silversmith,
    Sixkiller, Roanhorse"""),
 "carib": _split("""Jean-Baptiste, Pierre, Joseph, Louis, Charles, Étienne, Desir, Celestin, Dorvil, Toussaint,
    Augustin, Baptiste, Fils-Aimé, St. Louis, St. Fleur, Morancy, Valcourt, Clarke, Grant, Bryan,
    McKenzie, Ferguson, Francis, Gordon, Thompson-Clarke, Beckford, Chin, Dacosta, Ramdass, Persaud,
    Ramnarine, Beharry"""),
 "particle": _split("""van der Berg, Van Buren, von Hagen, de Souza, da Silva, dos Santos, D'Angelo, DiNapoli,
    LaFleur, Le Blanc, MacLeod, ter Horst, De Vries, van Dijk, del Rosario, Mac an tSaoi, de Oliveira"""),
}
ORIGINS = list(GIVEN.keys())
ALL_SURN = [s for k in SURN for s in SURN[k]]

NICK = {"Robert": ["Bobby", "Rob"], "William": ["Billy", "Will"], "Elizabeth": ["Liz", "Betsy"],
        "Margaret": ["Peggy", "Maggie"], "Richard": ["Rick", "Dickie"], "Joseph": ["Joe", "Joey"],
        "Thomas": ["Tommy"], "Charles": ["Chuck", "Charlie"], "Patricia": ["Patty", "Trish"],
        "Jennifer": ["Jen"], "Michael": ["Mikey"], "James": ["Jimmy"], "Edward": ["Eddie"],
        "Dorothy": ["Dot", "Dottie"], "Guadalupe": ["Lupe"], "Jesús": ["Chuy"], "Francisco": ["Paco", "Pancho"],
        "José": ["Pepe"], "Alejandro": ["Alex"], "Rafael": ["Rafa"], "Dolores": ["Lola"], "Consuelo": ["Chelo"],
        "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"], "Babajide": ["Jide"], "Funmilayo": ["Funmi"],
        "Yitzchak": ["Itzik"], "Mordechai": ["Motti"], "Menachem": ["Mendy"], "Dmitri": ["Dima"],
        "Svetlana": ["Sveta"], "Mikhail": ["Misha"], "Natalia": ["Natasha"], "Nikolai": ["Kolya"],
        "Mohammed": ["Mo"], "Abdirahman": ["Abdi"], "Yosef": ["Yossi"], "Reginald": ["Reggie"],
        "Tremaine": ["Tre"], "Kenneth": ["Kenny"], "Daniel": ["Danny"], "Christopher": ["Chris"],
        "Harold": ["Hal"], "Walter": ["Walt"], "Gerald": ["Gerry"], "Eleanor": ["Ellie", "Nell"],
        "Evelyn": ["Evie"], "Sandra": ["Sandy"], "Susan": ["Sue"], "Barbara": ["Barb"], "Kathleen": ["Kathy"],
        "Jean-Baptiste": ["JB"], "Jean-Pierre": ["JP"], "Kwabena": ["Kobby"], "Xiaoming": ["Ming"],
        "Oluwakemi": ["Kemi"], "Deborah": ["Debbie"], "Abigail": ["Abby"], "Rosa": ["Rosita"],
        "Graciela": ["Chela"], "Ignacio": ["Nacho"], "Wilfredo": ["Willie"], "Catalina": ["Cata"],
        "Katarzyna": ["Kasia"], "Magdalena": ["Magda"], "Oleksandr": ["Sasha"], "Ludmila": ["Luda"],
        "Venkat": ["Venky"], "Lakshmi": ["Lucky"], "Mordecai": ["Morty"]}
GENERIC_NICK = {"F": ["Dee", "Mimi", "Kiki", "Tootsie", "Sissy", "Nana", "Cookie", "Bunny"],
                "M": ["Junior", "Sonny", "Bud", "Tito", "Buddy", "Skip", "Pops", "Boo"]}

# --------------------------------------------------------------------------- world
ORG = "Northgate Health"
ORG_DOMAIN = "northgatehealth.org"
PAYERS = [("Aetna", "aetna.com"), ("Cigna", "cigna.com"), ("UnitedHealthcare", "uhc.com"), ("UHC", "uhc.com"),
          ("BCBS MA", "bcbsma.com"), ("Blue Cross", "bcbsma.com"), ("Harvard Pilgrim", "harvardpilgrim.org"),
          ("Tufts Health Plan", "tuftshealthplan.com"), ("MassHealth", "mass.gov"), ("Medicare", "cms.hhs.gov"),
          ("Humana", "humana.com"), ("Anthem", "anthem.com"), ("Wellcare", "wellcare.com"),
          ("Fallon", "fallonhealth.org"), ("Point32Health", "point32health.org"),
          ("Senior Whole Health", "swhma.com"), ("Tricare East", "humanamilitary.com"),
          ("NH Healthy Families", "nhhealthyfamilies.com"), ("Ambetter", "ambetterhealth.com"),
          ("Mass General Brigham Health Plan", "massgeneralbrighamhealthplan.org")]
VENDORS = [("Waystar", "waystar.com"), ("Availity", "availity.com"), ("Experian Health", "experian.com"),
           ("Epic", "epic.com"), ("Cedar", "cedar.com"), ("Flywire", "flywire.com"), ("InstaMed", "instamed.com"),
           ("R1 RCM", "r1rcm.com"), ("Ensemble", "ensemblehp.com"), ("FinThrive", "finthrive.com"),
           ("Inovalon", "inovalon.com"), ("Iron Mountain", "ironmountain.com"), ("Lexmark", "lexmark.com"),
           ("Xsolis", "xsolis.com"), ("Nuance", "nuance.com"), ("Change Healthcare", "changehealthcare.com")]
COLL_AGENCIES = ["Harbor Collections", "AR Recovery Partners", "Transworld Systems", "Medical Revenue Associates",
                 "Merrimack Credit Bureau", "Granite State Recovery"]
AUD_FIRMS = ["Baker Tilly", "RSM", "Deloitte", "Performant", "Cotiviti", "CliftonLarsonAllen", "the MAC", "Wolf & Co"]
DEV_MAKERS = ["Medtronic", "Abbott", "Boston Scientific", "Dexcom", "Tandem", "Insulet", "ResMed", "Phonak", "Oticon"]
AUTO_INS = ["Progressive", "GEICO", "Arbella", "Safety Insurance", "State Farm", "Plymouth Rock", "Liberty Mutual"]
BANKS = ["Eastern Bank", "Enterprise Bank", "Bank of America", "Citizens", "TD Bank", "Santander", "DCU", "Navy Federal"]
SITES = ["Lowell campus", "Salem campus", "Methuen urgent care", "Nashua clinic", "Andover ASC", "Haverhill ED",
         "Lawrence Family Health", "Burlington business office", "Dracut primary care", "Woburn imaging center"]
SITE_NAMES = ["Lowell", "Salem", "Methuen", "Nashua", "Andover", "Haverhill", "Lawrence", "Dracut", "Woburn",
              "Chelmsford", "Burlington"]
FAC_ADDR = ["295 Varnum Ave, Lowell, MA 01854", "81 Highland Ave, Salem MA 01970",
            "1 Northgate Plaza, Suite 400, Burlington, MA 01803", "100 Commerce Way, Woburn MA 01801",
            "140 Lawrence St, Methuen, MA 01844", "8 Prospect St, Nashua NH 03060",
            "500 Main St, 3rd floor, Haverhill MA 01830", "20 Research Pl, North Chelmsford, MA 01863",
            "PO Box 3417, Boston, MA 02241-3417", "PO Box 84120, Lowell MA 01853", "One Canal St, Lawrence, MA 01840",
            "55 Technology Dr, Suite 210, Lowell MA 01851", "12 Dunham Rd, Billerica, MA 01821"]
DEPTS = ["PFS", "Patient Access", "HIM", "CBO", "Revenue Integrity", "Financial Counseling", "Cashiering",
         "Central Scheduling", "Denials Mgmt", "the Credit Balance team", "Pre-Access", "Utilization Review",
         "Coding", "Customer Service", "Payer Relations", "Managed Care", "the PB billing team", "IT"]
TITLES = ["Manager, Patient Access", "Director, Patient Financial Services", "Sr. Financial Counselor",
          "Revenue Integrity Analyst", "Supervisor, Customer Service", "Denials Specialist", "Credit Balance Analyst",
          "Patient Access Rep II", "Executive Assistant to the CFO", "AVP Revenue Cycle"]
EXECS = [("CFO", "Eleanor Whitfield"), ("VP Revenue Cycle", "Darnell Hughes"), ("CEO", "Rajesh Mehta"),
         ("COO", "Catherine Doherty"), ("Controller", "Tomasz Nowak"), ("CMO", "Dr. Amara Okafor"),
         ("board chair", "Richard Halloran"), ("VP Finance", "Grace Oyelaran"), ("CNO", "Marisol Vega")]
CFO_ASSISTANT = "Paulette Grant"
STATES = ["MA", "NH", "RI", "CT", "NY", "NJ", "ME", "VT", "FL", "TX", "GA", "CA", "AZ", "NM", "HI", "MN", "MI", "IL"]
STATE_NAMES = ["New Hampshire", "Rhode Island", "Connecticut", "New York", "Florida", "Texas", "Maine", "Georgia"]
TOWNS = [("Lowell", "MA", "018"), ("Dracut", "MA", "018"), ("Lawrence", "MA", "018"), ("Methuen", "MA", "018"),
         ("Haverhill", "MA", "018"), ("Tewksbury", "MA", "018"), ("Chelmsford", "MA", "018"), ("Billerica", "MA", "018"),
         ("Salem", "MA", "019"), ("Lynn", "MA", "019"), ("Peabody", "MA", "019"), ("Amesbury", "MA", "019"),
         ("Revere", "MA", "021"), ("Brockton", "MA", "023"), ("Worcester", "MA", "016"), ("Fitchburg", "MA", "014"),
         ("Nashua", "NH", "030"), ("Manchester", "NH", "031"), ("Hudson", "NH", "030"), ("Salem", "NH", "030"),
         ("Pawtucket", "RI", "028"), ("Providence", "RI", "029"), ("Hartford", "CT", "061"), ("Bronx", "NY", "104"),
         ("Yonkers", "NY", "107"), ("Newark", "NJ", "071"), ("Baltimore", "MD", "212"), ("Decatur", "GA", "300"),
         ("Houston", "TX", "770"), ("El Paso", "TX", "799"), ("Chinle", "AZ", "865"), ("Gallup", "NM", "873"),
         ("St. Paul", "MN", "551"), ("Hilo", "HI", "967"), ("Dearborn", "MI", "481"), ("Cicero", "IL", "608"),
         ("Hialeah", "FL", "330"), ("Portland", "ME", "041"), ("Burlington", "VT", "054"), ("Fall River", "MA", "027")]
STREETS = ["Elm", "Maple", "Oak", "Pine", "Central", "Bridge", "Stevens", "Pawtucket", "Mammoth", "Broadway", "Essex",
           "Lakeview", "Hildreth", "Chelmsford", "Gorham", "Andover", "Salem", "Washington", "Tarbox", "Market",
           "Jackson", "Middlesex", "Varnum", "School", "Church", "Park", "Highland", "Prospect", "Summer", "Winter",
           "Nesmith", "Westford", "Riverside", "Lincoln", "Cedar", "Willow", "Hope", "Liberty", "Ferry", "Canal"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Ln", "Way", "Ct", "Pl", "Blvd", "Terrace", "Cir"]
CPTS = ["99213", "99214", "99285", "71046", "70553", "72148", "74177", "93000", "93306", "45378", "27447",
        "29881", "66984", "77067", "80053", "85025", "J1885", "J0897", "G0439", "97110", "96413", "36415", "43239"]
ICDS = ["M17.11", "E11.9", "Z79.4", "I10", "J44.1", "N18.3", "F32.A", "R07.9", "S72.001A", "Z00.00", "K21.9",
        "C50.911", "I48.91", "Z51.11", "M54.50", "O80"]
CARCS = ["CO-197", "CO-16", "CO-50", "CO-97", "PR-1", "CO-45", "CO-4", "CO-29", "CO-18", "OA-23", "CO-B7", "CO-22"]
DRUGS = ["Keytruda", "Ocrevus", "Remicade", "Prolia", "Entyvio", "IVIG", "Neulasta", "Herceptin", "Eylea"]
PROCS = ["knee replacement", "colonoscopy", "MRI brain", "CT abd/pelvis", "cataract surgery", "lap chole",
         "cardiac cath", "sleep study", "echo", "PT eval", "mammogram", "EGD", "hip revision", "spinal fusion",
         "ablation", "C-section", "infusion", "lithotripsy"]
ITEMS = ["crutches", "the boot", "a wheelchair", "the sling", "tylenol", "the ED facility fee", "observation hours",
         "the brace", "parking", "the interpreter", "the private room"]
LANGS = ["Spanish", "Portuguese", "Haitian Creole", "Vietnamese", "Khmer", "Somali", "Arabic", "Mandarin",
         "Cantonese", "Russian", "Polish", "Twi", "Amharic", "Hmong", "Tigrinya", "Cape Verdean Creole"]
WORKLISTS = ["SP Early Out", "Denials - Auth", "Credit Balances", "Elig Failures", "Medicare Secondary",
             "Bad Debt Review", "Returned Mail", "Charity Pending", "Small Balance W/O", "COB Holds"]
PROGRAMS = ["MassHealth", "Health Safety Net", "free care", "the hospital charity program", "ConnectorCare",
            "Medicaid", "NH Medicaid", "SNAP + MassHealth"]
UNITS = ["5 West", "4 North", "6 South", "ICU", "PACU", "L&D", "obs unit", "7 Tower", "3B", "the infusion center"]
REL_F = ["daughter", "wife", "mother", "sister", "niece", "granddaughter", "partner", "aunt"]
REL_M = ["son", "husband", "father", "brother", "nephew", "grandson", "partner", "uncle"]
REL_ANY = ["POA", "HCP", "guardian"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON2 = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Tues", "Thurs"]
AREA = ["617", "508", "978", "781", "413", "339", "351", "774", "857", "603", "401", "860", "212", "718", "347",
        "917", "973", "410", "404", "713", "915", "928", "505", "651", "808", "313", "708", "305", "207", "802"]
TOLLFREE = ["800", "888", "877", "866", "855", "844"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES_ALT = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def ordinal(d):
    if 11 <= d % 100 <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def days_in(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def fmt_date_i(rng, y, mo, d, year=True, style=None, idx=None):
    """A date in one of many surface forms (used for labelled and unlabelled dates alike).
    Returns (text, form index) so that a second date can reuse the form of the first."""
    with_year = [
        lambda: "%d/%d/%d" % (mo, d, y), lambda: "%02d/%02d/%d" % (mo, d, y), lambda: "%d/%d/%02d" % (mo, d, y % 100),
        lambda: "%d-%02d-%02d" % (y, mo, d), lambda: "%s %d, %d" % (MONTHS[mo - 1], d, y),
        lambda: "%d-%s-%d" % (d, MON[mo - 1], y), lambda: "%02d%02d%d" % (mo, d, y),
        lambda: "%d %s %d" % (d, MONTHS[mo - 1], y), lambda: "%s. %d, %d" % (MON[mo - 1], d, y) if mo != 5 else "May %d, %d" % (d, y),
        lambda: "%d-%d-%d" % (mo, d, y), lambda: "%d%s%d" % (d, MON[mo - 1].upper(), y),
        lambda: "%d.%d.%02d" % (mo, d, y % 100), lambda: "%s %d '%02d" % (MON2[mo - 1], d, y % 100),
        lambda: "%s %s, %d" % (MON2[mo - 1], ordinal(d), y), lambda: "%02d-%02d-%d" % (mo, d, y),
    ]
    no_year = [
        lambda: "%d/%d" % (mo, d), lambda: "%02d/%02d" % (mo, d), lambda: "%s %s" % (MON2[mo - 1], ordinal(d)),
        lambda: "%s %d" % (MONTHS[mo - 1], d), lambda: "%s %d" % (MON[mo - 1], d),
        lambda: "the %s of %s" % (ordinal(d), MONTHS[mo - 1]), lambda: "%d-%s" % (d, MON[mo - 1]),
        lambda: "%d-%d" % (mo, d),
    ]
    if style == "es":
        return "%d de %s" % (d, MESES[mo - 1]) + (" de %d" % y if year and rng.random() < 0.5 else ""), None
    if year is True:
        forms = with_year
    elif year is False:
        forms = no_year
    else:
        forms = with_year + no_year
    if idx is None or idx >= len(forms):
        idx = rng.randrange(len(forms))
    return forms[idx](), idx


def fmt_date(rng, y, mo, d, year=True, style=None):
    return fmt_date_i(rng, y, mo, d, year, style)[0]


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    mo = rng.randint(1, 12)
    d = rng.randint(1, days_in(y, mo))
    return y, mo, d


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def spell_digits(rng, s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append((ONES_ALT if rng.random() < 0.4 else ONES)[int(ch)])
        elif ch in "- ":
            out.append(",")
        elif ch.isalpha():
            out.append(ch.upper())
    txt = " ".join(out).replace(" ,", ",")
    return re.sub(r",+", ",", txt).strip(", ")


AGE_WORDS = {90: "ninety", 100: "one hundred"}


def age_words(n):
    if n == 90:
        return "ninety"
    if n < 100:
        return "ninety-" + ONES[n - 90]
    if n == 100:
        return "one hundred"
    return "one hundred " + ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][n - 100] \
        if n < 110 else str(n)


# --------------------------------------------------------------------------- people
FAMILY = {"pt", "rel", "mom", "dad", "wife", "husband", "son", "daughter", "g", "sister", "brother"}
FIXED_GENDER = {"mom": "F", "wife": "F", "daughter": "F", "sister": "F",
                "dad": "M", "husband": "M", "son": "M", "brother": "M"}
RELWORD = {"mom": "mother", "wife": "wife", "daughter": "daughter", "sister": "sister", "dad": "father",
           "husband": "husband", "son": "son", "brother": "brother"}
PRON = {"F": {"sub": "she", "obj": "her", "pos": "her", "Sub": "She", "Pos": "Her", "hon": ["Ms.", "Mrs.", "Ms"],
              "kid": "daughter", "parent": "mom", "Parent": "mother", "spouse": "wife", "sib": "sister"},
        "M": {"sub": "he", "obj": "him", "pos": "his", "Sub": "He", "Pos": "His", "hon": ["Mr.", "Mr"],
              "kid": "son", "parent": "dad", "Parent": "father", "spouse": "husband", "sib": "brother"}}


def typo_word(rng, w):
    """One keyboard slip in a word of >= 4 letters."""
    if len(w) < 4:
        return w
    i = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.6:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y",
            "u": "y", "l": "k", "d": "f", "c": "v", "h": "j", "g": "h"}
    c = w[i].lower()
    if c in near:
        return w[:i] + near[c] + w[i + 1:]
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


class Person:
    def __init__(self, rng, gender=None, surname=None, origin=None):
        self.origin = origin or rng.choice(ORIGINS)
        self.gender = gender or rng.choice("FM")
        self.first = rng.choice(GIVEN[self.origin][0 if self.gender == "F" else 1])
        if surname:
            self.last = surname
        else:
            r = rng.random()
            if r < 0.08:
                so = "particle"
            elif r < 0.75:
                so = self.origin if self.origin in SURN else "anglo"
            else:
                so = rng.choice(list(SURN.keys()))
            self.last = rng.choice(SURN[so])
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
        self.maiden = rng.choice(ALL_SURN)
        while self.maiden == self.last:
            self.maiden = rng.choice(ALL_SURN)
        self.nick = rng.choice(NICK.get(self.first) or GENERIC_NICK[self.gender])
        while self.nick == self.first:
            self.nick = rng.choice(GENERIC_NICK[self.gender])
        self.relword = None
        self.typo_last = typo_word(rng, self.last) if len(self.last) >= 4 else self.last + self.last[-1]

    def form(self, rng, f=None):
        if f is None:
            f = rng.choices(["full", "mid", "inv", "invmi", "caps", "init", "first", "last", "lower", "fullcaps"],
                            [42, 8, 10, 4, 5, 5, 8, 10, 6, 2])[0]
        if f == "full":
            return "%s %s" % (self.first, self.last)
        if f == "mid":
            return "%s %s. %s" % (self.first, self.mi, self.last)
        if f == "inv":
            return "%s, %s" % (self.last, self.first)
        if f == "invmi":
            return "%s, %s %s" % (self.last, self.first, self.mi)
        if f == "caps":
            return ("%s, %s %s" % (self.last, self.first, self.mi) if rng.random() < 0.5
                    else "%s, %s" % (self.last, self.first)).upper()
        if f == "fullcaps":
            return ("%s %s" % (self.first, self.last)).upper()
        if f == "init":
            return "%s. %s" % (self.first[0], self.last)
        if f == "first":
            return self.first
        if f == "last":
            return self.last
        if f == "lower":
            return ("%s %s" % (self.first, self.last)).lower()
        if f == "typo":
            return "%s %s" % (self.first, self.typo_last)
        if f == "nick":
            return self.nick
        if f == "maiden":
            return "%s %s" % (self.first, self.maiden)
        if f == "double":
            return "%s %s %s" % (self.first, self.last, self.maiden)
        raise KeyError(f)


# --------------------------------------------------------------------------- message
class Seg:
    __slots__ = ("text", "typ", "kind", "lc", "gen")

    def __init__(self, text, typ, kind, lc, gen):
        self.text, self.typ, self.kind, self.lc, self.gen = text, typ, kind, lc, gen


class Msg:
    def __init__(self, rng, role, phi):
        self.rng, self.role, self.phi = rng, role, phi
        self.segs, self.tags, self.ent, self.ctx, self.forced = [], [], {}, {}, {}
        self.bizvals = 0
        self.persvals = 0

    def add(self, text, typ=None, kind="lit", lc=True, gen=None):
        if text:
            self.segs.append(Seg(text, typ, kind, lc, gen))

    def tag(self, *ts):
        for t in ts:
            if t and t not in self.tags:
                self.tags.append(t)

    def person(self, key):
        if key in self.ent:
            return self.ent[key]
        rng = self.rng
        gender = self.forced.get(key) or FIXED_GENDER.get(key)
        surname = None
        fam = key in FAMILY
        if fam and "famname" in self.ctx and rng.random() < 0.6:
            surname = self.ctx["famname"]
        origin = self.ctx.get("famorigin") if fam and rng.random() < 0.85 else None
        p = Person(rng, gender, surname, origin)
        taken = [e.first for e in self.ent.values()]
        while p.first in taken:
            p = Person(rng, gender, surname, origin)
        if fam and "famname" not in self.ctx:
            self.ctx["famname"] = p.last
            self.ctx["famorigin"] = p.origin
        if key in RELWORD:
            p.relword = RELWORD[key]
        elif key in ("rel", "g"):
            r = rng.random()
            if r < 0.12:
                p.relword = rng.choice(REL_ANY)
            else:
                p.relword = rng.choice(REL_F if p.gender == "F" else REL_M)
        self.ent[key] = p
        return p

    def staff(self, key=None):
        if key and key in self.ent:
            return self.ent[key]
        p = Person(self.rng)
        if key:
            self.ent[key] = p
        return p


# --------------------------------------------------------------------------- labelled values
VAL = {}


def val(name, typ):
    def deco(fn):
        VAL[name] = (typ, fn)
        return fn
    return deco


EVASION_RATE = 0.07


def obf(m, s, force=None):
    """Occasionally obfuscate a numeric identifier (still labelled as a whole)."""
    rng = m.rng
    if force is None and rng.random() >= EVASION_RATE:
        return s
    op = force or rng.choice(["fw", "zw", "nbsp", "spaced", "mixed", "fw", "zw"])
    if op == "fw":
        m.tag("evasion", "fullwidth")
        return fullwidth(s)
    if op == "zw":
        m.tag("evasion", "zero-width")
        zw = rng.choice(["\u200b", "\u200b", "\u200c", "\u2060"])
        if re.search(r"[- .]", s):
            return re.sub(r"[- .]", lambda mm: mm.group(0) + zw, s)
        k = max(1, len(s) // 2)
        return s[:k] + zw + s[k:]
    if op == "nbsp":
        if re.search(r"[- ]", s):
            m.tag("evasion", "nbsp")
            return re.sub(r"[- ]", "\u00a0", s)
        return s
    if op == "spaced":
        core = re.sub(r"[^0-9A-Za-z]", "", s)
        m.tag("evasion")
        return " ".join(core)
    if op == "mixed":
        if re.search(r"[- .]", s):
            m.tag("evasion")
            return re.sub(r"[- .]", lambda mm: rng.choice([".", "-", " ", "/"]), s)
        return s
    return s


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ---- dates
def _date(m, y0, y1, year):
    y, mo, d = rand_date(m.rng, y0, y1)
    return fmt_date(m.rng, y, mo, d, year)


@val("dob", "DATE")
def _dob(m, a):
    return _date(m, 1922, 2024, True if m.rng.random() < 0.9 else None)


@val("dob_old", "DATE")
def _dob_old(m, a):
    return _date(m, 1920, 1935, True)


def _event_date(kind):
    """Service-type dates; a discharge / second date follows the admission / first date of the message."""
    def fn(m, a):
        rng = m.rng
        if kind in ("dc", "dos2", "fu") and "anchor" in m.ctx:
            d0 = m.ctx["anchor"] + datetime.timedelta(days=rng.randint(1, 45 if kind == "fu" else 12))
            return fmt_date_i(rng, d0.year, d0.month, d0.day, None, idx=m.ctx["anchor_fmt"])[0]
        y, mo, d = rand_date(rng, 2024, 2026)
        txt, idx = fmt_date_i(rng, y, mo, d, None)
        m.ctx["anchor"], m.ctx["anchor_fmt"] = datetime.date(y, mo, d), idx
        return txt
    return fn


for _n in ("dos", "adm", "dc", "appt", "proc", "dos2", "fu"):
    VAL[_n] = ("DATE", _event_date(_n))


@val("death", "DATE")
def _death(m, a):
    return _date(m, 2024, 2025, None)


@val("birth", "DATE")
def _birth(m, a):
    return _date(m, 2025, 2025, None)


@val("dos_es", "DATE")
def _dos_es(m, a):
    y, mo, d = rand_date(m.rng, 2024, 2025)
    return fmt_date(m.rng, y, mo, d, True, "es")


# ---- ages
@val("age", "AGE")
def _age(m, a):
    n = m.rng.choice([90, 91, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104])
    if m.rng.random() < 0.15:
        m.tag("evasion")
        return age_words(n)
    return str(n)


@val("age_spelled", "AGE")
def _age_sp(m, a):
    m.tag("evasion")
    w = age_words(m.rng.randint(90, 103))
    return w.capitalize() if m.rng.random() < 0.2 else w


# ---- phones
def phone_core(rng, toll=False):
    area = rng.choice(TOLLFREE) if toll else rng.choice(AREA)
    if rng.random() < 0.25:
        ex, ln = "555", "01%02d" % rng.randint(0, 99)
    else:
        ex = str(rng.randint(2, 9)) + digits(rng, 2)
        if ex == "555":
            ex = "556"
        ln = digits(rng, 4)
    return area, ex, ln


def phone_fmt(rng, area, ex, ln):
    f = rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}", "{a}{e}{l}", "1-{a}-{e}-{l}",
                    "{a} {e} {l}", "+1 ({a}) {e}-{l}", "{a}-{e}{l}", "{a}/{e}-{l}", "{a}-{e}-{l}", "({a}){e}-{l}",
                    "+1-{a}-{e}-{l}"])
    return f.format(a=area, e=ex, l=ln)


@val("ph", "PHONE")
def _ph(m, a):
    m.persvals += 1
    return obf(m, phone_fmt(m.rng, *phone_core(m.rng)))


@val("bph", "PHONE")
def _bph(m, a):
    m.bizvals += 1
    rng = m.rng
    s = phone_fmt(rng, *phone_core(rng, toll=rng.random() < 0.4))
    if rng.random() < 0.3:
        s += rng.choice([" ext. ", " ext ", " x", " x ", " Ext. ", ",,"]) + str(rng.randint(2, 9999))
        m.tag("ext")
    return s


@val("fax", "PHONE")
def _fax(m, a):
    m.bizvals += 1
    return phone_fmt(m.rng, *phone_core(m.rng, toll=m.rng.random() < 0.3))


@val("ph_spelled", "PHONE")
def _ph_sp(m, a):
    m.persvals += 1
    m.tag("evasion")
    area, ex, ln = phone_core(m.rng)
    return spell_digits(m.rng, "%s-%s-%s" % (area, ex, ln))


@val("ph_wrap", "PHONE")
def _ph_wrap(m, a):
    m.persvals += 1
    area, ex, ln = phone_core(m.rng)
    m.tag("multiline", "evasion")
    return m.rng.choice(["%s-%s-\n%s", "(%s) %s-\n%s", "%s.%s\n.%s"]) % (area, ex, ln)


# ---- e-mail
PERS_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "comcast.net", "aol.com", "icloud.com",
                "outlook.com", "verizon.net", "msn.com", "protonmail.com"]


def email_local(rng, p):
    f, l = ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    return rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%02d" % (f, l, rng.randint(0, 99)),
                       "%s_%s" % (l, f), "%s.%s%d" % (f, l, rng.randint(1950, 2005)), "%s%s" % (f, l[0]),
                       "%s%d" % (f, rng.randint(1, 999))])


@val("em", "EMAIL")
def _em(m, a):
    m.persvals += 1
    p = m.person(a or "pt")
    return "%s@%s" % (email_local(m.rng, p), m.rng.choice(PERS_DOMAINS))


@val("em_obf", "EMAIL")
def _em_obf(m, a):
    m.persvals += 1
    m.tag("evasion")
    p = m.person(a or "pt")
    loc, dom = email_local(m.rng, p), m.rng.choice(PERS_DOMAINS)
    name, tld = dom.rsplit(".", 1)
    return m.rng.choice(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s", "%s @ %s . %s",
                         "%s [@] %s [.] %s"]) % (loc, name, tld)


def biz_domain(m):
    if "vendor" in m.ctx:
        return m.ctx["vendor"][1]
    if "payer" in m.ctx:
        return m.ctx["payer"][1]
    return m.rng.choice([ORG_DOMAIN, ORG_DOMAIN] + [d for _, d in VENDORS])


def biz_email(m, a):
    rng = m.rng
    p = m.staff(a) if a else Person(rng)
    f, l = ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    if not a and rng.random() < 0.2:
        loc = rng.choice(["providerrelations", "pfs.refunds", "billing", "ar-support", "credentialing", "cbo",
                          "patientaccess", "remit.support", "edi", "auditrequests"])
    else:
        loc = rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s.%s" % (f[0], l), "%s_%s" % (f, l)])
    return "%s@%s" % (loc, biz_domain(m))


@val("bem", "EMAIL")
def _bem(m, a):
    m.bizvals += 1
    return biz_email(m, a)


@val("bem_link", "EMAIL")
def _bem_link(m, a):
    m.bizvals += 2
    e = biz_email(m, a)
    m.tag("slack-markup")
    return [("<mailto:", None), (e, "EMAIL"), ("|", None), (e, "EMAIL"), (">", None)]


@val("em_link", "EMAIL")
def _em_link(m, a):
    m.persvals += 2
    p = m.person(a or "pt")
    e = "%s@%s" % (email_local(m.rng, p), m.rng.choice(PERS_DOMAINS))
    m.tag("slack-markup")
    return [("<mailto:", None), (e, "EMAIL"), ("|", None), (e, "EMAIL"), (">", None)]


@val("tel_link", "PHONE")
def _tel_link(m, a):
    m.persvals += 2
    area, ex, ln = phone_core(m.rng)
    s = "%s-%s-%s" % (area, ex, ln)
    m.tag("slack-markup")
    return [("<tel:", None), ("+1" + area + ex + ln, "PHONE"), ("|", None), (s, "PHONE"), (">", None)]


# ---- SSN
def ssn_parts(rng):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


@val("ssn", "SSN")
def _ssn(m, a):
    x, y, z = ssn_parts(m.rng)
    r = m.rng.random()
    if r < 0.62:
        s = "%s-%s-%s" % (x, y, z)
    elif r < 0.74:
        s = "%s %s %s" % (x, y, z)
    elif r < 0.86:
        s = x + y + z
        m.tag("evasion")
    elif r < 0.93:
        s = "%s.%s.%s" % (x, y, z)
    else:
        s = "%s.%s-%s" % (x, y, z)
        m.tag("evasion")
    return obf(m, s)


@val("ssn_obf", "SSN")
def _ssn_obf(m, a):
    x, y, z = ssn_parts(m.rng)
    return obf(m, "%s-%s-%s" % (x, y, z), force=m.rng.choice(["fw", "zw", "spaced", "mixed", "nbsp"]))


@val("ssn_spelled", "SSN")
def _ssn_sp(m, a):
    m.tag("evasion")
    x, y, z = ssn_parts(m.rng)
    return spell_digits(m.rng, "%s-%s-%s" % (x, y, z))


# ---- MRN
@val("mrn", "MRN")
def _mrn(m, a):
    rng = m.rng
    s = rng.choice(["00" + digits(rng, 6), digits(rng, 7, True), digits(rng, 8, True), "E" + digits(rng, 7),
                    "M" + digits(rng, 8), digits(rng, 10, True), "%s-%s" % (digits(rng, 4), digits(rng, 4)),
                    "10" + digits(rng, 6)])
    return obf(m, s)


# ---- health plan ids
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng):
    A = lambda: rng.choice(MBI_ALPHA)
    N = lambda: str(rng.randint(0, 9))
    AN = lambda: rng.choice(MBI_ALPHA + "0123456789")
    s = str(rng.randint(1, 9)) + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()
    return s


@val("mbi", "HEALTH_PLAN_ID")
def _mbi(m, a):
    s = mbi(m.rng)
    if m.rng.random() < 0.4:
        s = "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return obf(m, s)


@val("mcd", "HEALTH_PLAN_ID")
def _mcd(m, a):
    rng = m.rng
    return obf(m, rng.choice(["1000" + digits(rng, 8), digits(rng, 12, True), "%s%s%s" % (
        rng.choice("ABCDEFGHJKLMNPRSTWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTWXYZ"), digits(rng, 5), rng.choice("ABCDEFG")),
        digits(rng, 9, True), digits(rng, 8) + rng.choice("ABCDEFGH"), "NH" + digits(rng, 9)]))


def member_id(rng):
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))
    return rng.choice([L(3) + digits(rng, 9), L(3) + " " + digits(rng, 9), "W" + digits(rng, 9),
                       digits(rng, 9, True), "U" + digits(rng, 8) + " " + digits(rng, 2), digits(rng, 11, True),
                       digits(rng, 9) + "-" + digits(rng, 2), "H" + digits(rng, 10), "ZGP" + digits(rng, 9),
                       L(1) + digits(rng, 8) + L(1), "9" + digits(rng, 8) + "00", "MEM" + digits(rng, 8),
                       "%s%s-%s" % (L(2), digits(rng, 5), digits(rng, 4))])


@val("mid", "HEALTH_PLAN_ID")
def _mid(m, a):
    return obf(m, member_id(m.rng))


@val("mid_spelled", "HEALTH_PLAN_ID")
def _mid_sp(m, a):
    m.tag("evasion")
    rng = m.rng
    s = rng.choice(["W" + digits(rng, 9), "XOE" + digits(rng, 6), digits(rng, 9, True)])
    return spell_digits(rng, s)


# ---- accounts
@val("har", "ACCOUNT_NUMBER")
def _har(m, a):
    rng = m.rng
    return obf(m, rng.choice(["30" + digits(rng, 8), "1" + digits(rng, 9), digits(rng, 9, True), "H" + digits(rng, 9),
                              "4" + digits(rng, 7), "%s-%s" % (digits(rng, 3, True), digits(rng, 6)),
                              "70" + digits(rng, 7)]))


@val("gacct", "ACCOUNT_NUMBER")
def _gacct(m, a):
    rng = m.rng
    return obf(m, rng.choice(["G" + digits(rng, 8), "G-" + digits(rng, 7), "5" + digits(rng, 7),
                              "1000" + digits(rng, 5), digits(rng, 8, True)]))


@val("bank", "ACCOUNT_NUMBER")
def _bank(m, a):
    rng = m.rng
    return obf(m, digits(rng, rng.randint(8, 12), True))


# ---- licences
def dea(rng, surname):
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    s2 = ascii_fold(surname)[0].upper() if surname and ascii_fold(surname)[0].isalpha() else "X"
    return rng.choice("ABFGM") + s2 + "".join(map(str, d)) + str(chk)


@val("dea", "LICENSE_NUMBER")
def _dea(m, a):
    p = m.staff(a) if a else None
    return dea(m.rng, p.last if p else rng_surname(m.rng))


def rng_surname(rng):
    return rng.choice(ALL_SURN)


@val("slic", "LICENSE_NUMBER")
def _slic(m, a):
    rng = m.rng
    return rng.choice([str(rng.randint(100000, 299999)), "RN" + digits(rng, 7), "MD" + digits(rng, 6),
                       "LICSW" + digits(rng, 5), "%d" % rng.randint(20000, 99999), "PA" + digits(rng, 5),
                       "NP" + digits(rng, 6), "2" + digits(rng, 5)])


@val("dl", "LICENSE_NUMBER")
def _dl(m, a):
    rng = m.rng
    L = lambda: rng.choice("ABCDEFGHJKLMNPRSTWXY")
    s = rng.choice(["S" + digits(rng, 8), "SA" + digits(rng, 7), "%s %s %s" % (digits(rng, 3), digits(rng, 3), digits(rng, 3)),
                    L() + digits(rng, 7), digits(rng, 8, True), "%s%s-%s-%s-%s-%s" % (L(), digits(rng, 3), digits(rng, 3),
                    digits(rng, 2), digits(rng, 3), digits(rng, 1)), "%s%s%s%s" % (digits(rng, 2), L() + L() + L(),
                    digits(rng, 5), ""), "%s%s %s %s" % (L(), digits(rng, 4), digits(rng, 5), digits(rng, 5)),
                    digits(rng, 7, True), "S" + digits(rng, 8)])
    return obf(m, s)


# ---- vehicles
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng):
    wmi = rng.choice(["1HG", "1FT", "2T1", "JTD", "5YJ", "3VW", "WBA", "KM8", "1C4", "5NP", "4T1", "1G1", "JN8"])
    body = wmi + "".join(rng.choice(VIN_CH) for _ in range(5)) + "0" + rng.choice("LMNPRST") + \
        rng.choice(VIN_CH[:23]) + digits(rng, 6)
    tot = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(body, VIN_W))
    chk = "X" if tot % 11 == 10 else str(tot % 11)
    return body[:8] + chk + body[9:]


@val("vin", "VEHICLE_ID")
def _vin(m, a):
    return vin(m.rng)


@val("plate", "VEHICLE_ID")
def _plate(m, a):
    rng = m.rng
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    return rng.choice(["%d%s%d" % (rng.randint(1, 9), L(3), rng.randint(10, 99)), "%d%s %d" % (rng.randint(1, 9), L(3),
                       rng.randint(100, 999)), "%s-%s" % (L(3), digits(rng, 4)), "%s %s" % (digits(rng, 3), digits(rng, 3)),
                       "%s%s" % (L(2), digits(rng, 4)), "%d%s%d" % (rng.randint(1, 9), L(2), rng.randint(100, 999))])


# ---- devices
DEVTYPES = {"pacemaker": ["dual-chamber pacemaker", "pacemaker", "PPM", "leadless pacemaker"],
            "icd": ["ICD", "defibrillator", "CRT-D"],
            "cgm": ["CGM", "Dexcom G7 sensor", "Libre 3 reader", "CGM receiver"],
            "pump": ["insulin pump", "t:slim pump", "Omnipod PDM", "pain pump"],
            "cpap": ["CPAP", "AirSense 11", "BiPAP"],
            "ha": ["hearing aid", "hearing aids", "cochlear processor"],
            "stim": ["spinal cord stimulator", "DBS generator", "vagal nerve stimulator"]}


def dev_serial(rng, t):
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    if t in ("pacemaker", "icd", "stim"):
        return rng.choice([L(3) + digits(rng, 6) + L(1), L(3) + digits(rng, 6), digits(rng, 7) + L(1),
                           "SN" + digits(rng, 8)])
    if t == "cgm":
        return rng.choice([digits(rng, 1) + L(1) + digits(rng, 4) + L(3), L(2) + digits(rng, 8), digits(rng, 10)])
    if t == "pump":
        return rng.choice(["NG" + digits(rng, 7) + "H", digits(rng, 8), L(3) + "-" + digits(rng, 6)])
    if t == "cpap":
        return digits(rng, 11)
    return rng.choice([digits(rng, 4) + L(1) + digits(rng, 4), digits(rng, 10), L(2) + digits(rng, 7)])


@val("dev", "DEVICE_ID")
def _dev(m, a):
    t = a or m.ctx.get("devtype") or m.rng.choice(list(DEVTYPES))
    return dev_serial(m.rng, t)


@val("udi", "DEVICE_ID")
def _udi(m, a):
    rng = m.rng
    y, mo, d = rand_date(rng, 2026, 2029)
    return "(01)%s(17)%02d%02d%02d(21)%s" % (digits(rng, 14), y % 100, mo, d, dev_serial(rng, "pacemaker"))


# ---- URLs
@val("purl", "URL")
def _purl(m, a):
    rng = m.rng
    p = m.person(a or "pt")
    slug = ascii_fold(p.first + p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    return rng.choice([
        "https://mychart.%s/MyChart/Billing/GuestPay?acct=%s" % (ORG_DOMAIN, "30" + digits(rng, 8)),
        "https://pay.%s/g/%s-%s" % (ORG_DOMAIN, slug, digits(rng, 4)),
        "https://northgate.cedar.com/pay/%s?mrn=%s" % ("".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)), "00" + digits(rng, 6)),
        "https://portal.%s/visit/%s/summary" % (ORG_DOMAIN, "E" + digits(rng, 7)),
        "https://mychart.%s/MyChart/app/statement?pt=%s&har=%s" % (ORG_DOMAIN, slug, "1" + digits(rng, 9)),
        "https://estimates.%s/gfe/%s_%s.pdf" % (ORG_DOMAIN, slug, digits(rng, 6)),
    ])


@val("purl_cb", "URL")
def _purl_cb(m, a):
    p = m.person(a or "pt")
    slug = ascii_fold(p.first + p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    return m.rng.choice(["https://www.caringbridge.org/visit/%s", "https://www.gofundme.com/f/help-%s-with-medical-bills",
                         "https://www.caringbridge.org/site/%s/journal"]) % slug


# ---- IP
@val("ip", "IP_ADDRESS")
def _ip(m, a):
    rng = m.rng
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                       "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                       "%d.%d.%d.%d" % (rng.choice([64, 66, 73, 98, 108, 134, 155, 199, 204]), rng.randint(0, 255),
                                        rng.randint(0, 255), rng.randint(1, 254))])


@val("ip6", "IP_ADDRESS")
def _ip6(m, a):
    rng = m.rng
    h = lambda: "%x" % rng.randint(0, 0xffff)
    return rng.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "2001:db8:%s:%s::%s" % (h(), h(), h()),
                       "2600:%s:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h(), h())])


# ---- addresses
def town(m):
    if "town" not in m.ctx:
        m.ctx["town"] = m.rng.choice(TOWNS)
    return m.ctx["town"]


def zipcode(m, t=None):
    t = t or town(m)
    return t[2] + digits(m.rng, 2)


def street(rng):
    s = "%d %s %s" % (rng.choice([rng.randint(1, 99), rng.randint(100, 1999), rng.randint(2, 60)]),
                      rng.choice(STREETS), rng.choice(SUFFIX))
    if rng.random() < 0.25:
        s = s.replace(" ", " %s " % rng.choice(["W", "E", "N", "S", "West", "East"]), 1)
    if rng.random() < 0.3:
        s += rng.choice([" Apt %d" % rng.randint(1, 40), " #%d%s" % (rng.randint(1, 9), rng.choice("ABCD")),
                         " Unit %d" % rng.randint(1, 12), ", Apt %d%s" % (rng.randint(1, 5), rng.choice("LRFB")),
                         " Fl %d" % rng.randint(1, 3)])
    return s


@val("addr", "ADDRESS")
def _addr(m, a):
    rng = m.rng
    t = town(m)
    z = zipcode(m, t)
    if rng.random() < 0.15:
        z += "-" + digits(rng, 4)
    return rng.choice(["{s}, {t} {st} {z}", "{s}, {t}, {st} {z}", "{s} {t} {st} {z}", "{s}, {t} {st}, {z}",
                       "{s}, {t} {st}"]).format(s=street(rng), t=t[0], st=t[1], z=z)


@val("addr2", "ADDRESS")
def _addr2(m, a):
    rng = m.rng
    t = town(m)
    m.tag("multiline")
    return "%s\n%s, %s %s" % (street(rng), t[0], t[1], zipcode(m, t))


@val("street", "ADDRESS")
def _street(m, a):
    return street(m.rng)


@val("town", "ADDRESS")
def _town(m, a):
    return town(m)[0]


@val("town2", "ADDRESS")
def _town2(m, a):
    t = m.rng.choice(TOWNS)
    while t[0] == town(m)[0]:
        t = m.rng.choice(TOWNS)
    return t[0]


@val("zip", "ADDRESS")
def _zip(m, a):
    return zipcode(m)


@val("zip4", "ADDRESS")
def _zip4(m, a):
    return zipcode(m) + "-" + digits(m.rng, 4)


@val("pobox", "ADDRESS")
def _pobox(m, a):
    rng = m.rng
    t = town(m)
    return "%s %d, %s %s %s" % (rng.choice(["PO Box", "P.O. Box", "PO BOX", "Box"]), rng.randint(1, 9999), t[0], t[1],
                               zipcode(m, t))


# ---- cards
def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
        n = body + luhn_digit(body)
        return rng.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), n, "%s-%s-%s" % (n[:4], n[4:10], n[10:])])
    pre = {"visa": "4", "mc": rng.choice(["51", "52", "53", "54", "55", "2221"]), "disc": "6011"}[kind]
    body = pre + digits(rng, 15 - len(pre))
    n = body + luhn_digit(body)
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(g), "-".join(g), n, " ".join(g), "".join(g[:2]) + " " + "".join(g[2:])])


@val("cc", "CREDIT_CARD")
def _cc(m, a):
    return obf(m, card(m.rng))


@val("pcard", "CREDIT_CARD")
def _pcard(m, a):
    return card(m.rng)


@val("cc_spaced", "CREDIT_CARD")
def _cc_sp(m, a):
    return obf(m, card(m.rng), force=m.rng.choice(["spaced", "fw", "zw"]))


# --------------------------------------------------------------------------- unlabelled values
NEG = {}


def neg(name, tag=None, lc=True):
    def deco(fn):
        NEG[name] = (fn, tag, lc)
        return fn
    return deco


def _pick(lst):
    return lambda m, a: m.rng.choice(lst)


def _consistent(key, lst):
    def fn(m, a):
        if key not in m.ctx:
            m.ctx[key] = m.rng.choice(lst)
        v = m.ctx[key]
        return v[0] if isinstance(v, tuple) else v
    return fn


NEG["payer"] = (_consistent("payer", PAYERS), "payer", True)
NEG["vendor"] = (_consistent("vendor", VENDORS), "vendor", True)


@neg("payer2", "payer")
def _payer2(m, a):
    p = m.rng.choice(PAYERS)
    while "payer" in m.ctx and p[0] == m.ctx["payer"][0]:
        p = m.rng.choice(PAYERS)
    return p[0]


@neg("vendor2", "vendor")
def _vendor2(m, a):
    v = m.rng.choice(VENDORS)
    while "vendor" in m.ctx and v[0] == m.ctx["vendor"][0]:
        v = m.rng.choice(VENDORS)
    return v[0]


NEG["payer_code"] = (_pick(["AETNA", "CIGNA", "UHC", "BCBSMA", "HPHC", "TUFTS", "MCR", "MCD", "HUMANA"]), "payer", False)
NEG["vendor_coll"] = (_pick(COLL_AGENCIES), "vendor", True)
NEG["aud_firm"] = (_pick(AUD_FIRMS), "auditor", True)
NEG["vendor_dev"] = (_pick(DEV_MAKERS), "vendor", True)
NEG["auto_ins"] = (_pick(AUTO_INS), None, True)
NEG["bank"] = (_pick(BANKS), None, True)
NEG["site"] = (_pick(SITES), "site", True)
NEG["site_name"] = (_pick(SITE_NAMES), "site", True)
NEG["facaddr"] = (_pick(FAC_ADDR), "facility-address", True)
NEG["dept"] = (_pick(DEPTS), None, True)
NEG["title"] = (_pick(TITLES), None, True)
NEG["title_clin"] = (_pick(["LICSW, Inpatient Social Work", "RN Case Manager", "Social Worker, Oncology", "Case Management",
                             "MSW, Emergency Dept", "Care Coordinator"]), None, True)
NEG["drug"] = (_pick(DRUGS), None, True)
NEG["proc"] = (_pick(PROCS), None, True)
NEG["item"] = (_pick(ITEMS), None, True)
NEG["lang"] = (_pick(LANGS), None, True)
NEG["unit"] = (_pick(UNITS), None, True)
NEG["wq"] = (_pick(WORKLISTS), "worklist", True)
NEG["program"] = (_pick(PROGRAMS), None, True)
NEG["state"] = (_pick(STATES), None, False)
NEG["state_name"] = (_pick(STATE_NAMES), None, True)
NEG["cpt"] = (_pick(CPTS), "cpt", False)
NEG["icd"] = (_pick(ICDS), "icd", False)
NEG["carc"] = (_pick(CARCS), "carc", False)


@neg("exec", "exec-name")
def _exec(m, a):
    t, n = m.rng.choice(EXECS)
    return m.rng.choice(["%s %s" % (t, n), "%s (%s)" % (n, t), n, "%s %s" % (t, n.split()[-1] if not n.startswith("Dr.") else n)])


@neg("exec_first", "exec-name")
def _exec_first(m, a):
    return m.rng.choice(["Eleanor", "Eleanor", "Darnell", "Catherine", "Tomasz", "Grace"])


NEG["cfo"] = (_pick(["Eleanor Whitfield", "Eleanor", "Ms. Whitfield", "E. Whitfield"]), "exec-name", True)
NEG["cfoa"] = (_pick(["Paulette Grant", "Paulette", "Paulette (CFO office)"]), "exec-name", True)
NEG["exec_title"] = (_pick(["one of our trustees", "the foundation chair", "a board member", "our board treasurer",
                            "our former CMO", "a retired VP", "the medical staff president", "a trustee emeritus"]), "vip", True)


STAFF_KEYS = {"staff", "s1", "s2", "s3", "md", "rep", "rep2"}
ENT_KEYS = FAMILY | {"pt2", "pt3", "pt4", "emp", "vip", "vis"}
PRON_ATTRS = {"sub", "obj", "pos", "Sub", "Pos", "hon", "kid", "parent", "Parent", "spouse", "sib", "relword"}


def staff_form(m, p, a):
    rng = m.rng
    if a in (None, "", "any"):
        a = rng.choices(["full", "first", "last_t", "init"], [45, 35, 10, 10])[0]
    if a == "full":
        return "%s %s" % (p.first, p.last)
    if a == "first":
        return p.first
    if a == "last":
        return p.last
    if a == "last_t":
        return "%s %s" % (rng.choice(["Ms.", "Mr.", "Dr."]) if p.gender == "F" else rng.choice(["Mr.", "Dr."]), p.last)
    if a == "dr":
        return "Dr. %s" % p.last
    if a == "drfull":
        return rng.choice(["Dr. %s %s" % (p.first, p.last), "%s %s, MD" % (p.first, p.last), "%s %s MD" % (p.first, p.last),
                           "%s %s, DO" % (p.first, p.last), "%s %s, NP" % (p.first, p.last)])
    if a == "init":
        return "%s. %s" % (p.first[0], p.last)
    if a == "inv":
        return "%s, %s" % (p.last, p.first)
    if a == "lower":
        return p.first.lower()
    if a == "initials":
        return p.first[0] + p.last[0]
    raise KeyError(a)


@neg("ticket", "ticket", False)
def _ticket(m, a):
    rng = m.rng
    return rng.choice(["INC%07d" % rng.randint(10000, 999999), "RITM%07d" % rng.randint(10000, 999999),
                       "CHG%07d" % rng.randint(10000, 99999), "SR-%d" % rng.randint(10000, 99999),
                       "PFS-%d" % rng.randint(100, 4999), "DEL-%d" % rng.randint(1000, 1999),
                       "TKT#%d" % rng.randint(10000, 99999), "Epic SLG %d" % rng.randint(1000000, 9999999),
                       "case %08d" % rng.randint(100000, 99999999), "REQ%07d" % rng.randint(10000, 999999),
                       "HD-%d" % rng.randint(20000, 89999)])


@neg("po", "po", False)
def _po(m, a):
    rng = m.rng
    return rng.choice(["PO 45%08d" % rng.randint(0, 99999999), "PO# %d" % rng.randint(10000, 99999),
                       "PO-%d-%04d" % (rng.choice([2025, 2026]), rng.randint(1, 9999)), "P.O. %d" % rng.randint(100000, 999999),
                       "PO %d" % rng.randint(3000000, 3999999)])


@neg("inv", "invoice", False)
def _inv(m, a):
    rng = m.rng
    return rng.choice(["INV-%d" % rng.randint(10000, 99999), "invoice %d-%02d-%04d" % (rng.choice([2025, 2026]),
                       rng.randint(1, 12), rng.randint(1, 9999)), "inv #%d" % rng.randint(100000, 999999),
                       "Invoice %s%d" % (rng.choice(["WS", "EXP", "CDR", "IM"]), rng.randint(100000, 999999))])


@neg("contract", "contract", False)
def _contract(m, a):
    rng = m.rng
    return rng.choice(["C-%d-%03d" % (rng.choice([2024, 2025, 2026]), rng.randint(1, 400)), "MSA-%04d" % rng.randint(1, 999),
                       "SOW #%d" % rng.randint(2, 40), "contract %d" % rng.randint(10000, 99999), "Amendment %d" % rng.randint(2, 9)])


@neg("costc", "cost-center", False)
def _costc(m, a):
    rng = m.rng
    return rng.choice(["CC %d-%d" % (rng.randint(7000, 7999), rng.randint(1000, 9999)), "cost center %d" % rng.randint(10000, 99999),
                       "dept %d" % rng.randint(1000, 9999), "CC %05d" % rng.randint(1000, 9999)])


@neg("batch", "batch", False)
def _batch(m, a):
    rng = m.rng
    return rng.choice(["batch %d-%s" % (rng.randint(100, 1231), rng.choice("ABCD")), "batch %d" % rng.randint(10000, 99999),
                       "ADR batch %d" % rng.randint(10, 99), "deposit batch %d" % rng.randint(100000, 999999),
                       "file NGH_%d_%02d.835" % (rng.randint(20250101, 20251231), rng.randint(1, 20)),
                       "run #%d" % rng.randint(100, 999), "lockbox batch %03d" % rng.randint(1, 400)])


@neg("ext", "ext", False)
def _ext(m, a):
    rng = m.rng
    return rng.choice(["x%d" % rng.randint(2000, 7999), "ext %d" % rng.randint(2000, 7999), "ext. %d" % rng.randint(2000, 7999),
                       "x %d" % rng.randint(2000, 7999), "extension %d" % rng.randint(2000, 7999), "x%d" % rng.randint(40000, 49999)])


@neg("zoom", "zoom", False)
def _zoom(m, a):
    rng = m.rng
    mid = rng.choice(["%d %d %d" % (rng.randint(900, 999), rng.randint(1000, 9999), rng.randint(1000, 9999)),
                      "%d %d %d" % (rng.randint(810, 899), rng.randint(100, 999), rng.randint(1000, 9999)),
                      "%d" % rng.randint(90000000000, 99999999999)])
    return rng.choice(["Zoom ID %s", "meeting ID: %s", "Zoom %s", "mtg id %s", "Teams meeting ID %s"]) % mid + \
        (rng.choice([", passcode %d" % rng.randint(100000, 999999), " / pw %d" % rng.randint(1000, 9999), ""]))


@neg("room", "room", True)
def _room(m, a):
    rng = m.rng
    return rng.choice(["rm %d" % rng.randint(100, 799), "Room %d" % rng.randint(100, 799), "%d%s-%d" % (rng.randint(2, 9),
                       rng.choice(["W", "E", "N", "S"]), rng.randint(1, 40)), "bed %d" % rng.randint(1, 36),
                       "ED bay %d" % rng.randint(1, 30), "room %d" % rng.randint(1000, 4999), "%d North %d" % (rng.randint(2, 8),
                       rng.randint(1, 40)), "%d%s" % (rng.randint(200, 799), rng.choice("AB")), "ICU %d" % rng.randint(1, 24)])


def biz_date(m, y0=2025, y1=2026, year=None):
    y, mo, d = rand_date(m.rng, y0, y1)
    return fmt_date(m.rng, y, mo, d, year)


def clock(rng):
    return rng.choice(["%d:%02d" % (rng.randint(7, 11), rng.choice([0, 15, 30, 45])) + rng.choice(["", "am", " AM", "a"]),
                       "%d:%02d" % (rng.randint(1, 5), rng.choice([0, 15, 30, 45])) + rng.choice(["", "pm", " PM", "p", " ET"]),
                       "%d%s" % (rng.randint(1, 4), rng.choice(["pm", "p", " PM"])), "noon", "%d am" % rng.randint(8, 11)])


@neg("mtg", "calendar")
def _mtg(m, a):
    rng = m.rng
    d = biz_date(m, year=False if rng.random() < 0.7 else True)
    return rng.choice(["%s %s @ %s", "%s %s at %s", "%s, %s, %s", "%s %s %s"]) % (rng.choice(DOW), d, clock(rng))


@neg("mtg_date", "calendar")
def _mtg_date(m, a):
    rng = m.rng
    d = biz_date(m)
    return rng.choice([d, d, "%s %s" % (rng.choice(DOW), d)])


@neg("mtg_range", "calendar")
def _mtg_range(m, a):
    rng = m.rng
    y, mo, d = rand_date(rng, 2025, 2026)
    d = min(d, days_in(y, mo) - 4)
    e = d + rng.randint(1, 3)
    return rng.choice(["%d/%d-%d/%d" % (mo, d, mo, e), "%s %d-%d" % (MON2[mo - 1], d, e), "%s %d-%d, %d" % (MONTHS[mo - 1], d, e, y),
                       "%d/%d thru %d/%d" % (mo, d, mo, e), "%s %s to %s" % (rng.choice(DOW[:5]), "%d/%d" % (mo, d), "%d/%d" % (mo, e))])


NEG["golive"] = (lambda m, a: biz_date(m), "go-live", True)
NEG["deadline"] = (lambda m, a: m.rng.choice(["EOD %s" % m.rng.choice(DOW), biz_date(m), "COB " + biz_date(m, year=False),
                                               "the %s" % ordinal(m.rng.randint(1, 28)), "end of month", "Friday noon"]),
                   "deadline", True)
NEG["eff"] = (lambda m, a: biz_date(m, 2025, 2026), "policy-date", True)
NEG["term"] = (lambda m, a: biz_date(m, 2024, 2026), "coverage-date", True)
NEG["exp"] = (lambda m, a: m.rng.choice(["%02d/%02d" % (m.rng.randint(1, 12), m.rng.randint(25, 31)),
                                          "%d/%d" % (m.rng.randint(1, 12), m.rng.randint(2026, 2031)),
                                          "%02d/%d" % (m.rng.randint(1, 12), m.rng.randint(2026, 2031))]), "card-expiry", False)
NEG["time"] = (lambda m, a: clock(m.rng), None, True)
NEG["fy"] = (_pick(["FY26", "FY2027", "Q3", "Q4 FY25", "Q1", "FY25", "H2", "YTD", "Q2 FY26", "CY2025"]), "fiscal", False)
NEG["month"] = (_pick(MONTHS + MON2), None, True)
NEG["day"] = (_pick(DOW), None, True)


@neg("amt", "money", False)
def _amt(m, a):
    """patient-level balance"""
    rng = m.rng
    return rng.choice(["$%s.%02d" % ("{:,}".format(rng.randint(40, 9800)), rng.randint(0, 99)), "$%d" % rng.randint(25, 900),
                       "$%s" % "{:,}".format(rng.randint(1000, 24000)), "$%d.%02d" % (rng.randint(100, 3000), rng.randint(0, 99))])


@neg("amt_big", "money", False)
def _amt_big(m, a):
    """organisation-level amount"""
    rng = m.rng
    return rng.choice(["$%dk" % rng.randint(12, 900), "$%.1fM" % (rng.randint(11, 98) / 10),
                       "$%s" % "{:,}".format(rng.randint(10000, 2400000)), "$%s.%02d" % ("{:,}".format(rng.randint(10000, 990000)), rng.randint(0, 99))])


NEG["amt_mo"] = (lambda m, a: "$%d" % m.rng.choice([25, 35, 40, 50, 75, 100, 125, 150, 200, 250, 300, 400]), "money", False)
NEG["amt_inc"] = (lambda m, a: "$%s" % "{:,}".format(m.rng.randrange(900, 4200, 50)), "money", False)
NEG["amt_thr"] = (_pick(["$500", "$1,000", "$2,500", "$5,000", "$10k", "$250"]), "money", False)


@neg("mroom", "room", True)
def _mroom(m, a):
    rng = m.rng
    return rng.choice(["conf rm %d%s" % (rng.randint(1, 6), rng.choice("ABC")), "the Merrimack conf room", "Boardroom B",
                       "Admin %d" % rng.randint(100, 450), "Room %d-%03d" % (rng.randint(1, 5), rng.randint(100, 160)),
                       "the Canal St training room", "the 3rd floor huddle room", "Suite %d" % rng.randint(200, 480),
                       "the Concord Room", "classroom %d" % rng.randint(1, 9)])


NEG["amt_small"] = (lambda m, a: "$%d.%02d" % (m.rng.randint(0, 24), m.rng.randint(1, 99)), "money", False)
NEG["count"] = (lambda m, a: str(m.rng.choice([m.rng.randint(3, 40), m.rng.randint(40, 900), m.rng.randint(1000, 14000)])), "count", False)
NEG["n"] = (lambda m, a: str(m.rng.randint(2, 12)), None, False)
NEG["pct"] = (lambda m, a: m.rng.choice(["%d%%" % m.rng.randint(2, 98), "%.1f%%" % (m.rng.randint(10, 990) / 10)]), "metric", False)
NEG["days"] = (lambda m, a: "%.1f" % (m.rng.randint(320, 680) / 10), "metric", False)
NEG["secs"] = (lambda m, a: "%.1f" % (m.rng.randint(8, 90) / 10), None, False)


@neg("version", "version", False)
def _version(m, a):
    rng = m.rng
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 30)),
                       "build %d.%d.%d.%d" % (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(0, 9), rng.randint(1, 40)),
                       "version %d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(100, 400)),
                       "Epic %s '%d" % (rng.choice(["Feb", "May", "Aug", "Nov"]), rng.choice([25, 26])),
                       "%d.%d" % (rng.randint(2, 11), rng.randint(0, 9)), "release %d.%d" % (rng.choice([2025, 2026]), rng.randint(1, 4)),
                       "v%d.%d.%d-hotfix%d" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1, 4))])


@neg("npi", "npi", False)
def _npi(m, a):
    rng = m.rng
    base = rng.choice("12") + digits(rng, 8)
    return base + luhn_digit("80840" + base)


@neg("group", "group-number", False)
def _group(m, a):
    rng = m.rng
    return rng.choice(["group %06d" % rng.randint(1, 999999), "grp# %d-M%03d" % (rng.randint(100000, 999999), rng.randint(1, 99)),
                       "group # %d" % rng.randint(10000, 99999), "GRP %s%d" % (rng.choice(["A", "B", "X", ""]), rng.randint(1000, 99999)),
                       "grp %d" % rng.randint(100000, 9999999)])


NEG["tin"] = (lambda m, a: m.rng.choice(["TIN 04-2103580", "tax ID 04-2103580", "EIN 04-2697983", "TIN 02-0222150"]), "tax-id", False)
NEG["hostname"] = (lambda m, a: m.rng.choice(["sftp.waystar.com", "edi-prod.availity.com", "ngh-pfs-app02", "sftp2.cedar.com",
                                               "ngh-epic-print01.ngh.local"]), "hostname", False)


@neg("intranet", "intranet-url", False)
def _intranet(m, a):
    rng = m.rng
    m.tag("slack-markup")
    url, lab = rng.choice([("https://intranet.%s/pfs/sop/refunds" % ORG_DOMAIN, "refund SOP"),
                           ("https://intranet.%s/patient-access/reg-qa" % ORG_DOMAIN, "reg QA dashboard"),
                           ("https://sharepoint.%s/sites/PFS/Shared%%20Documents/FAP_2025.pdf" % ORG_DOMAIN, "FAP 2025"),
                           ("https://northgate.zoom.us/j/9%010d" % rng.randint(0, 9999999999), "Zoom"),
                           ("https://boardportal.%s/finance-committee" % ORG_DOMAIN, "board portal"),
                           ("https://www.cms.gov/medicare/coordination-benefits-recovery", "CMS COB page"),
                           ("https://lms.%s/course/hipaa-2025" % ORG_DOMAIN, "HIPAA course"),
                           ("https://pay.%s" % ORG_DOMAIN, "pay.northgatehealth.org"),
                           ("https://servicenow.%s/nav_to.do?uri=incident.do" % ORG_DOMAIN, "ServiceNow"),
                           ("https://www.%s/financial-assistance" % ORG_DOMAIN, "financial assistance page")])
    return "<%s|%s>" % (url, lab) if rng.random() < 0.7 else url


@neg("iurl", "intranet-url", False)
def _iurl(m, a):
    return m.rng.choice(["https://intranet.%s/pfs" % ORG_DOMAIN, "https://pay.%s" % ORG_DOMAIN,
                         "https://www.%s/price-transparency" % ORG_DOMAIN, "https://northgate.zoom.us/j/93422318890",
                         "https://availity.com/essentials", "https://www.medicare.gov/basics/get-started-with-medicare"])


NEG["last4"] = (lambda m, a: "%04d" % m.rng.randint(0, 9999), "last4", False)


@neg("asset", "asset-tag", False)
def _asset(m, a):
    rng = m.rng
    return rng.choice(["BO-%05d" % rng.randint(0, 99999), "NGH-PC-%d" % rng.randint(10000, 99999), "asset %d" % rng.randint(100000, 999999),
                       "tag NG%06d" % rng.randint(0, 999999), "KIOSK-%02d" % rng.randint(1, 40)])


@neg("age_ok", "age-under-90", False)
def _age_ok(m, a):
    return str(m.rng.randint(19, 89))


@neg("mention", "slack-markup", False)
def _mention(m, a):
    rng = m.rng
    return "<@U%s>" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.randint(8, 10)))


@neg("policy_no", None, False)
def _policy_no(m, a):
    return m.rng.choice(["PFS-%03d" % m.rng.randint(1, 120), "RC-POL-%02d" % m.rng.randint(1, 60), "ADM.%d.%d" % (m.rng.randint(1, 9), m.rng.randint(1, 30))])


NEG["cc5"] = (lambda m, a: m.rng.choice(["%05d" % m.rng.randint(1000, 9999), "0%d" % m.rng.randint(1800, 2799)]), "zip-like", False)
NEG["accession"] = (lambda m, a: "ACC%d" % m.rng.randint(10000000, 99999999), "order-number", False)
NEG["order"] = (lambda m, a: "order #%d" % m.rng.randint(100000000, 999999999), "order-number", False)
NEG["printjob"] = (lambda m, a: "print job %d" % m.rng.randint(1000, 99999), "print-job", False)


@neg("device", None, True)
def _device(m, a):
    t = a or m.rng.choice(list(DEVTYPES))
    m.ctx["devtype"] = t
    return m.rng.choice(DEVTYPES[t])


# --------------------------------------------------------------------------- template engine
LABEL_RE = re.compile(r"^([A-Z_]+):([A-Za-z0-9_]+)(?:\.([A-Za-z0-9_]+))?$")
NEG_RE = re.compile(r"^~([A-Za-z0-9_]+)(?:\.([A-Za-z0-9_]+))?$")
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "member-id", "ACCOUNT_NUMBER": "account", "LICENSE_NUMBER": "license",
            "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address",
            "CREDIT_CARD": "card"}


def match_brace(t, i):
    depth = 0
    for j in range(i, len(t)):
        if t[j] == "{":
            depth += 1
        elif t[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced braces in %r" % t)


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


def expand(m, t):
    i, buf = 0, []
    while i < len(t):
        c = t[i]
        if c == "{":
            j = match_brace(t, i)
            if buf:
                m.add("".join(buf))
                buf = []
            directive(m, t[i + 1:j])
            i = j + 1
        else:
            buf.append(c)
            i += 1
    if buf:
        m.add("".join(buf))


def directive(m, d):
    if d.startswith("$"):
        expand(m, m.rng.choice(POOLS[d[1:]]))
        return
    if d.startswith("?"):
        if m.rng.random() < 0.5:
            expand(m, d[1:])
        return
    if d.startswith("#"):
        m.tag(*d[1:].split())
        return
    if d.startswith("!"):
        k, g = d[1:].split(":")
        m.forced[k] = g
        return
    mm = NEG_RE.match(d)
    if mm:
        neg_value(m, mm.group(1), mm.group(2))
        return
    mm = LABEL_RE.match(d)
    if mm:
        label_value(m, mm.group(1), mm.group(2), mm.group(3))
        return
    parts = split_top(d)
    if len(parts) > 1:
        expand(m, m.rng.choice(parts))
        return
    raise ValueError("bad directive %r" % d)


def label_value(m, typ, gen, attr):
    if not m.phi:
        raise AssertionError("labelled value %s:%s in a clean frame" % (typ, gen))
    if typ == "NAME":
        if gen not in ENT_KEYS:
            raise AssertionError("NAME of non-entity %r" % gen)
        p = m.person(gen)
        m.add(p.form(m.rng, attr), "NAME", "val", True, gen)
        if attr == "typo":
            m.tag("typo")
        return
    t, fn = VAL[gen]
    if t != typ:
        raise AssertionError("generator %s yields %s, template says %s" % (gen, t, typ))
    r = fn(m, attr)
    if isinstance(r, str):
        m.add(r, typ, "val", typ not in ("URL",), gen)
    else:
        for text, ty in r:
            m.add(text, ty, "val" if ty else "lit", False, gen)


def neg_value(m, name, attr):
    rng = m.rng
    if name in ENT_KEYS:
        if attr not in PRON_ATTRS:
            raise AssertionError("unlabelled use of patient-side entity %s.%s" % (name, attr))
        p = m.person(name)
        if attr == "relword":
            v = p.relword or PRON[p.gender]["sib"]
        elif attr == "hon":
            v = rng.choice(PRON[p.gender]["hon"])
        else:
            v = PRON[p.gender][attr]
        m.add(v, None, "neg", True, name)
        return
    if name in STAFF_KEYS:
        p = m.staff(None if name == "staff" else name)
        if name == "md" and not attr:
            attr = rng.choice(["dr", "dr", "drfull", "last_t"])
        m.add(staff_form(m, p, attr), None, "neg", True, "staff")
        m.tag("staff-name")
        return
    fn, tag, lc = NEG[name]
    v = fn(m, attr)
    m.add(v, None, "neg", lc, name)
    m.tag(tag)


# --------------------------------------------------------------------------- voices
ROLES = {
    # role: lower, typo (per word), abbreviation, drop punctuation, emoji
    "reg":   (0.40, 0.030, 0.55, 0.45, 0.12), "fc":    (0.15, 0.015, 0.25, 0.20, 0.10),
    "bill":  (0.35, 0.030, 0.50, 0.40, 0.10), "coll":  (0.45, 0.040, 0.60, 0.50, 0.08),
    "cash":  (0.50, 0.050, 0.60, 0.55, 0.15), "pam":   (0.10, 0.010, 0.15, 0.10, 0.08),
    "pfs":   (0.15, 0.015, 0.20, 0.15, 0.10), "ri":    (0.10, 0.010, 0.20, 0.10, 0.03),
    "coder": (0.25, 0.020, 0.40, 0.30, 0.05), "cfo":   (0.35, 0.020, 0.35, 0.50, 0.05),
    "cfoa":  (0.05, 0.008, 0.05, 0.05, 0.30), "exec":  (0.20, 0.015, 0.20, 0.30, 0.05),
    "rn":    (0.50, 0.040, 0.70, 0.55, 0.15), "md":    (0.65, 0.050, 0.80, 0.70, 0.03),
    "clerk": (0.45, 0.040, 0.55, 0.50, 0.15), "sw":    (0.10, 0.015, 0.20, 0.10, 0.05),
    "cm":    (0.25, 0.020, 0.45, 0.30, 0.05), "tech":  (0.50, 0.035, 0.55, 0.55, 0.10),
    "fam":   (0.35, 0.050, 0.30, 0.45, 0.20), "bot":   (0.00, 0.000, 0.00, 0.00, 0.00),
    "vend":  (0.05, 0.010, 0.05, 0.05, 0.05), "aud":   (0.00, 0.005, 0.00, 0.00, 0.00),
    "it":    (0.45, 0.025, 0.45, 0.40, 0.08),
}

ABBR = [(r"\bpatients\b", ["pts"]), (r"\bpatient\b", ["pt", "pt", "pat"]), (r"\bplease\b", ["pls", "plz"]),
        (r"\binsurance\b", ["ins", "insur"]), (r"\baccounts\b", ["accts"]), (r"\baccount\b", ["acct", "acct"]),
        (r"\bappointment\b", ["appt"]), (r"\bwith\b", ["w/"]), (r"\bwithout\b", ["w/o"]), (r"\bthanks\b", ["thx", "ty", "tks"]),
        (r"\bbecause\b", ["bc", "b/c", "cuz"]), (r"\byou\b", ["u"]), (r"\bare\b", ["r"]), (r"\bmessage\b", ["msg"]),
        (r"\bfollow up\b", ["f/u", "fu"]), (r"\bregistration\b", ["reg"]), (r"\bdischarge\b", ["dc", "d/c"]),
        (r"\btomorrow\b", ["tmrw", "tmr"]), (r"\bthrough\b", ["thru"]), (r"\bbefore\b", ["b4"]), (r"\bpeople\b", ["ppl"]),
        (r"\bsomeone\b", ["s/o"]), (r"\bguarantor\b", ["guar"]), (r"\bbalance\b", ["bal"]), (r"\binformation\b", ["info"]),
        (r"\btoday\b", ["2day"]), (r"\bapproved\b", ["appr"]), (r"\bauthorization\b", ["auth"]), (r"\bsecondary\b", ["sec"]),
        (r"\bhospital\b", ["hosp"]), (r"\bnumber\b", ["#", "no."]), (r"\bfinancial\b", ["fin"]), (r"\bstatement\b", ["stmt"])]
EMOJI = [" :pray:", " 🙏", " :eyes:", " 😩", " :thumbsup:", " 👍", " :sweat_smile:", " 🙃", " :white_check_mark:",
         " :rotating_light:", " 😬", " :face_palm:", " 🤦‍♀️", " :+1:", " ✅", " :smile:", " :(", " lol", " 😅"]
CONTRACTIONS = [("don't", "dont"), ("can't", "cant"), ("won't", "wont"), ("I'm", "Im"), ("isn't", "isnt"),
                ("doesn't", "doesnt"), ("didn't", "didnt"), ("it's", "its"), ("that's", "thats"), ("we're", "were"),
                ("I'll", "Ill"), ("they're", "theyre"), ("haven't", "havent"), ("what's", "whats")]
SKIP_TOK = re.compile(r"[:/<>@`*_#|\\0-9]")


def apply_voice(m):
    rng = m.rng
    lower, typo, abbr, punct, emoji = ROLES[m.role]
    lits = [s for s in m.segs if s.kind == "lit"]
    # abbreviations
    if abbr:
        for s in lits:
            for pat, reps in ABBR:
                s.text = re.sub(pat, lambda mm: rng.choice(reps) if rng.random() < abbr else mm.group(0), s.text)
    # typos and slips
    if typo:
        for s in lits:
            toks = re.split(r"(\s+)", s.text)
            for i, tk in enumerate(toks):
                if len(tk) >= 4 and tk.isalpha() and not tk.isupper() and not SKIP_TOK.search(tk) and rng.random() < typo:
                    toks[i] = typo_word(rng, tk)
                    m.tag("typo")
            s.text = "".join(toks)
    # dropped punctuation
    if rng.random() < punct:
        for s in lits:
            for a, b in CONTRACTIONS:
                s.text = s.text.replace(a, b)
            s.text = re.sub(r"(?<=[a-z])\.(?=\n|$)", "", s.text)
        if m.segs and m.segs[-1].kind == "lit":
            m.segs[-1].text = m.segs[-1].text.rstrip(".")
            if not m.segs[-1].text:
                m.segs.pop()
    # lower case
    if rng.random() < lower:
        for s in m.segs:
            if s.lc:
                s.text = s.text.lower()
        m.tag("lowercase")
    # emoji
    if rng.random() < emoji:
        m.add(rng.choice(EMOJI))
    # occasional zero-width / full-width characters in unlabelled text
    r = rng.random()
    if r < 0.03 and lits:
        s = rng.choice(lits)
        ws = [mm.start() for mm in re.finditer(r"[A-Za-z]{4,}", s.text)]
        if ws:
            k = rng.choice(ws) + 2
            s.text = s.text[:k] + rng.choice(["\u200b", "\u200d", "\ufeff"]) + s.text[k:]
            m.tag("zero-width")
    elif r < 0.05:
        negs = [s for s in m.segs if s.kind == "neg" and s.gen in ("ticket", "po", "inv", "room", "ext", "amt", "count", "cpt")]
        if negs:
            s = rng.choice(negs)
            s.text = fullwidth(s.text)
            m.tag("fullwidth")
        elif lits:
            s = rng.choice(lits)
            ws = list(re.finditer(r"\b(FYI|ASAP|PFS|CBO|HAR|EOD|urgent|pls|thanks)\b", s.text))
            if ws:
                mm = rng.choice(ws)
                s.text = s.text[:mm.start()] + fullwidth(mm.group(0)) + s.text[mm.end():]
                m.tag("fullwidth")


# --------------------------------------------------------------------------- clause pools
POOLS = {
    "hi": ["", "", "", "hi ", "hey ", "Hi team, ", "morning - ", "Good morning, ", "quick q: ", "FYI ", "heads up: ",
           "hey all, ", "Hello, ", "{~mention} ", "{~mention} ", "hiya ", "ok so ", "Q: ", "urgent: ", "not urgent but ",
           "sorry to bug, ", "Hi {~s1.first}, ", "{~s1.first} - ", "@here ", "*URGENT* ", "hey {~s1.lower} "],
    "end": ["", "", "", ".", " thx", " thanks!", " 🙏", " :pray:", " ty", "?", " asap", " when u get a sec",
            " - thanks in advance", " tia", " lmk", " (sorry!)", " pls advise", "!!", " ...", " thank you!"],
    "pls": ["pls", "please", "plz", "can someone", "could someone", "need someone to", "can u", "Please"],
    "dob": ["DOB", "dob", "DOB:", "D.O.B.", "birthdate", "date of birth", "DBO", "b-day", "dob:", "born", "Birth Date:"],
    "mrn": ["MRN", "MRN#", "MR#", "med rec #", "chart #", "mrn:", "MNR", "Med Rec No.", "MRN #", "mrn", "chart"],
    "mid": ["member ID", "mbr id", "memeber id", "sub ID", "subscriber #", "policy #", "ID#", "member #", "mem id",
            "Member ID:", "subscriber id", "ins id", "membr ID", "Sub#", "ID"],
    "har": ["HAR", "HAR#", "acct", "acct #", "account", "hosp acct", "Acct No.", "acct#", "accnt", "HAR:", "account #",
            "enc acct", "H.A.R.", "har"],
    "gacct": ["guarantor acct", "guar #", "G acct", "guarantor account", "guar acct#", "GAR", "guarantor #", "guar acct"],
    "ssn": ["SSN", "ss#", "social", "SS no.", "soc sec #", "SSN:", "ssn", "SSN is", "social is", "SSN#", "SS#"],
    "ph": ["cell", "ph", "phone", "call back #", "cb", "home #", "mobile", "tel", "cb#", "cell:", "ph:", "best #",
           "phone #", "cel"],
    "fax": ["fax", "fax #", "f:", "efax", "fax line", "FAX"],
    "dl": ["DL", "DL#", "driver's lic", "drivers license", "lic #", "DL no.", "license", "driver lic", "DL #"],
    "dos": ["DOS", "dos", "date of service", "svc date", "DOS:", "visit on", "service date", "d.o.s."],
    "adm": ["admitted", "adm", "admit date", "admitted on", "adm.", "came in"],
    "verify": ["verify", "re-verify", "run elig on", "check eligibility for", "run a 270 on", "double check ins for",
               "check coverage for", "re-run elig for"],
    "elig_bad": ["inactive", "termed {~term}", "'subscriber not found'", "active but PCP doesn't match",
                 "AAA*72 invalid member ID", "active, secondary only", "not on file", "COB says other ins is primary",
                 "coverage ended {~term}", "'name/DOB mismatch'", "active but plan year reset, ded not met"],
    "elig_word": ["ACTIVE", "INACTIVE", "termed", "not found", "active", "pending", "COB"],
    "reg_issue": ["two MRNs came up", "address is blank", "guarantor is wrong", "ins still says self-pay",
                  "the photo ID never got scanned", "consent not signed", "MSPQ not done", "name spelled wrong on the card",
                  "the wrong payer is attached", "PCP field empty"],
    "reg_need": ["can someone merge", "dup reg for", "pls fix the reg on", "need a quick look at", "registered twice:",
                 "reg error on", "who owns the reg for", "can we correct"],
    "fix": ["fixed", "updated", "corrected in Epic", "done", "changed it", "took care of it"],
    "ask_fc": ["can FC reach out?", "can a counselor call?", "pls add to the FC worklist", "refer to FC?",
               "who in FC has this?", "screen for assistance pls"],
    "esc_reason": ["pt disputing charges", "asked for supervisor", "possible billing error", "complaint to AG's office",
                   "threatening to post on FB", "says never got a statement", "wants itemized", "payment not applied"],
    "pp_terms": ["{~amt_mo}/mo x 12", "{~amt_mo} a month", "{~amt_mo}/mo for 24 mo", "{~amt} down + {~amt_small}/mo",
                 "no-interest plan, {~n} months"],
    "agenda": ["underpayments", "auth turnaround", "retro term recoupments", "the COB backlog", "portal access",
               "timely filing appeals", "rate escalator", "site-neutral language", "readmission denials",
               "the new PA list"],
    "thx": ["thanks", "thx", "ty", "Thank you", "appreciate it", "tysm", "thanks all", "much appreciated"],
    "sig": ["", "", "\n- {~s3.first}", "\n—{~s3.initials}", "\n{~s3.full}\n{~title}", "\n-{~s3.first} ({~dept})",
            "\nthx, {~s3.first}"],
    "es": ["{#non-english}\"no tenemos seguro\"", "{#non-english}\"mi mamá no entiende la factura\"",
           "{#non-english}\"¿cuánto debo?\"", "{#non-english}\"no puedo pagar todo ahora\"",
           "{#non-english}\"mi esposo perdió el trabajo\"", "{#non-english}\"¿me pueden mandar la cuenta en español?\""],
    "other_lang": ["{#non-english}\"mèsi anpil\"", "{#non-english}\"mwen pa konprann bil la\"",
                   "{#non-english}\"obrigada\"", "{#non-english}\"não temos seguro\"", "{#non-english}\"cảm ơn\"",
                   "{#non-english}\"mẹ tôi không có bảo hiểm\"", "{#non-english}\"mahadsanid\"",
                   "{#non-english}\"shukran\"", "{#non-english}\"dziękuję\"", "{#non-english}\"спасибо\"",
                   "{#non-english}\"谢谢\"", "{#non-english}\"ameseginalehu\"", "{#non-english}\"inshallah\""],
    "fam_open": ["Hi,", "Hello", "Good morning,", "hi there", "To whom it may concern,", "Hola,", "Bonjou,",
                 "Hello billing dept,"],
    "bot": ["@PFSbot", "@RevBot", "hey bot", "bot:", "/ask", "@billing-assistant", "@EligBot", "Copilot,"],
    "hold": ["on hold 40 min", "been on hold forever", "on hold again", "got disconnected twice"],
    "when": ["today", "this morning", "yesterday", "last night", "just now", "earlier", "Monday"],
    "board_status": ["pending", "in review", "approved", "denied", "P2P requested", "need clinicals", "submitted",
                     "no auth req", "pended for MN"],
}


# --------------------------------------------------------------------------- frames
PHI_FRAMES, CLEAN_FRAMES = [], []


def P(tpl, roles, tags=""):
    PHI_FRAMES.append((tpl, roles.split(), tags.split()))


def C(tpl, roles, tags=""):
    CLEAN_FRAMES.append((tpl, roles.split(), tags.split()))


# ===== PHI: registration / patient access
P("{$hi}{$reg_need} {NAME:pt} {$dob} {DATE:dob} - {$reg_issue}{$end}", "reg pam clerk", "registration")
P("dup MRNs for {NAME:pt.inv}: {MRN:mrn} and {MRN:mrn} - {$pls} merge, keep the older one{$end}", "reg pam", "registration list")
P("{NAME:pt} at the {~site} desk says {~pt.sub} moved. new addr {ADDRESS:addr}, {$ph} {PHONE:ph}{$end}", "reg clerk", "registration")
P("Reg QA kickback: {$mrn} {MRN:mrn} - SSN keyed as {SSN:ssn}, looks transposed vs the card. {$pls} rescan the card{$end}", "pam reg", "registration qa")
P("name on the DL ({LICENSE_NUMBER:dl}) is {NAME:pt.maiden} but Epic has {NAME:pt.full}. which one do I register under?", "reg clerk", "registration")
P("{$hi}walk-in at {~site} registration, no ID, says DOB is {DATE:dob} and lives in {ADDRESS:town}. cant find {~pt.obj} in Epic - new MRN or keep looking?", "reg", "registration")
P("New reg from the ED (pls finish):\n• Name: {NAME:pt.caps}\n• DOB: {DATE:dob}\n• SSN: {SSN:ssn}\n• Addr: {ADDRESS:addr}\n• Ph: {PHONE:ph}\n• Ins: {~payer} {$mid} {HEALTH_PLAN_ID:mid}, {~group}\n• Emerg contact: {NAME:rel} ({~rel.relword}) {PHONE:ph}", "reg clerk", "registration structured list")
P("{~mention} {NAME:pt} ({$mrn} {MRN:mrn}) was registered under {~pt.pos} {~rel.relword}'s SSN {SSN:ssn} - needs to be corrected before the claim drops", "pam reg", "registration")
P("is {NAME:pt.last} in {~room} the same person as the {NAME:pt.last} with {$dob} {DATE:dob}? two charts: {MRN:mrn} / {MRN:mrn}", "reg rn clerk", "registration")
P("registration typo: {NAME:pt} was entered as {NAME:pt.typo}. {$har} {ACCOUNT_NUMBER:har}. {$fix}, claim needs a rebill", "reg bill", "registration")
P("ED reg: {NAME:pt} (~{AGE:age} y/o per EMS) no ins card on {~pt.obj}, {~rel.relword} {NAME:rel.first} is bringing it later{$end}", "reg clerk rn", "registration")
P("Language line used for reg - {NAME:pt} speaks {~lang}. {~rel.relword} {NAME:rel} is guarantor, {$ph} {PHONE:ph}. {~rel.Sub} kept saying {$es}", "reg fc", "registration")
P("pre-reg for the {DATE:appt} {~proc}: {NAME:pt}, {$dob} {DATE:dob}, {~payer} {$mid} {HEALTH_PLAN_ID:mid} - benefits verified, {~amt} left on the deductible", "reg", "registration pre-reg")
P("{$hi}anyone know why Epic won't save the address for {NAME:pt}? it's {ADDRESS:addr} and it keeps rejecting the ZIP", "reg clerk", "registration")
P("kiosk {~asset} in the {~site} lobby (IP {IP_ADDRESS:ip}) froze mid check-in for {NAME:pt}, {~pt.sub} had to redo {~pt.pos} DOB ({DATE:dob}) at the window", "reg it", "registration kiosk")
P("photo ID scan for {$mrn} {MRN:mrn} came through sideways. {$dl} reads {LICENSE_NUMBER:dl}, exp {~exp} - can someone rescan?", "reg pam", "registration")
P("MPI merge request\nSurviving MRN: {MRN:mrn}\nNon-surviving MRN: {MRN:mrn}\nPatient: {NAME:pt.caps}\nDOB: {DATE:dob}\nRequested by: {~staff.full} ({~dept}) {~ext}\nTicket: {~ticket}", "pam", "registration structured")
P("is {NAME:pt.nick} a nickname? legal name on the card is {NAME:pt.full} - reg has both", "reg clerk", "registration nickname")
P("newborn reg: baby of {NAME:mom} ({$mrn} {MRN:mrn}) born {DATE:birth}. need to add to mom's {~payer} policy within 30 days, sub id {HEALTH_PLAN_ID:mid}", "reg pam", "registration newborn")
P("{NAME:pt.full} (goes by {NAME:pt.nick}) is here for {~pt.pos} {~time} appt but is registered with the old address {ADDRESS:street} - new one is {ADDRESS:addr}", "reg clerk", "registration nickname")
P("pt {NAME:pt.lower} {DATE:dob} - wrong sex on the reg, payer rejecting. fixed, pls resubmit{$end}", "reg bill", "registration")
P("front desk at {~site}: {NAME:pt} here w/ {~pt.pos} {~rel.relword} {NAME:rel}, {~rel.sub} wants to be listed as guarantor. {~rel.Pos} SSN {SSN:ssn}, {$ph} {PHONE:ph}", "reg clerk", "registration guarantor")
P("two {NAME:pt.last}s in the ED right now - {NAME:pt.first} ({DATE:dob}) and {NAME:pt2.first} ({DATE:dob}), different families. pls double check armbands before reg", "reg rn clerk", "registration")
P("{NAME:pt}\n{~room}\n{$dob} {DATE:dob}\nno ins on file - {~rel.relword} has the card, coming at {~time}", "clerk rn", "registration multiline")
P("Could someone help me with a reg for {~pt.hon} {NAME:pt.last}? {~pt.Sub} is {AGE:age} and {~pt.pos} Medicare card shows MBI {HEALTH_PLAN_ID:mbi} but Epic still has the old HICN", "reg", "registration medicare")
P("homeless pt registered w/ no address - {NAME:pt}, {$mrn} {MRN:mrn}. SW says {~pt.sub} gets mail at {ADDRESS:pobox}", "reg sw", "registration")
P("{$pls} fix {NAME:pt.inv} - ZIP should be {ADDRESS:zip} not {ADDRESS:zip}. statements bouncing", "reg bill", "registration")
P("{NAME:pt} says the ID card {~pt.sub} gave is {~pt.pos} {~rel.relword}'s ({NAME:rel}), not {~pt.pos} own. {$mid} on it is {HEALTH_PLAN_ID:mid}. who do I escalate to?", "reg pam", "registration identity")
P("arrival list {~site} {~time}:\n{NAME:pt.inv} - {~proc}\n{NAME:pt2.inv} - {~proc}\n{NAME:pt3.inv} - {~proc}\n(all pre-reg'd except {NAME:pt2.last})", "reg clerk", "registration list multiline")

P("census for FC rounds ({~unit}):\n{~room} {NAME:pt.inv} - self-pay\n{~room} {NAME:pt2.inv} - Medicaid pending\n{~room} {NAME:pt3.last} - wants an estimate\n{~room} - no FC needs", "fc cm", "financial-counseling list multiline")

# ===== PHI: insurance verification / eligibility
P("{$hi}{$verify} {NAME:pt} {$dob} {DATE:dob}, {~payer} {$mid} {HEALTH_PLAN_ID:mid} comes back {$elig_bad}{$end}", "reg fc bill", "eligibility")
P("271 says {HEALTH_PLAN_ID:mid} termed {~term} but pt {NAME:pt.last} swears {~pt.sub} still has coverage thru work. {$dos} {DATE:dos}", "reg bill", "eligibility")
P("MBI for {NAME:pt.inv} is {HEALTH_PLAN_ID:mbi} - not the old HICN. pls update before we bill", "bill reg", "eligibility medicare")
P("{AGE:age} yo {NAME:pt}, Medicare primary ({HEALTH_PLAN_ID:mbi}), {~payer2} supplement. MSPQ not done for the {DATE:adm} admit", "reg bill", "eligibility medicare")
P("MassHealth id {HEALTH_PLAN_ID:mcd} for {NAME:pt} shows {$elig_bad} as of today. {~s1.first} in FC to follow up?", "fc reg", "eligibility medicaid")
P("COB mess: {NAME:pt} has {~payer} thru {~pt.pos} spouse ({NAME:rel}, subscriber, DOB {DATE:dob}) AND {~payer2} thru {~pt.pos} own job. birthday rule doesn't apply, who's primary?", "bill fc", "eligibility cob")
P("{~payer} rep ({~rep.full}) says member {HEALTH_PLAN_ID:mid} needs a new card issued. let {NAME:pt} know{$end}", "reg bill", "eligibility")
P("elig bot says `{HEALTH_PLAN_ID:mid}` -> {~payer} ACTIVE, copay {~amt_small}. DOS {DATE:dos}. is that right for {NAME:pt.first}'s {~proc}?", "reg fc", "eligibility slack-markup")
P("pt read {~pt.pos} member id over the phone as {HEALTH_PLAN_ID:mid_spelled} - can someone check against the card scan?", "reg", "eligibility spelled")
P("ins card scan for {NAME:pt} is blurry. I can read {~payer} and {~group} but the member # is either {HEALTH_PLAN_ID:mid} or {HEALTH_PLAN_ID:mid}", "reg", "eligibility")
P("Name\tDOB\tPayer\tMember ID\tStatus\n{NAME:pt.inv}\t{DATE:dob}\t{~payer}\t{HEALTH_PLAN_ID:mid}\t{$elig_word}\n{NAME:pt2.inv}\t{DATE:dob}\t{~payer2}\t{HEALTH_PLAN_ID:mid}\t{$elig_word}\n{NAME:pt3.inv}\t{DATE:dob}\tMedicare\t{HEALTH_PLAN_ID:mbi}\t{$elig_word}", "reg pam", "eligibility table structured multiline")
P("the {~payer} portal has two members w/ the same name - {NAME:pt} born {DATE:dob} and one born {DATE:dob}. which {$mid} did we bill, {HEALTH_PLAN_ID:mid}?", "bill", "eligibility")
P("Retro elig found! {NAME:pt}, DOS {DATE:dos}-{DATE:dos2}, {~payer} {HEALTH_PLAN_ID:mid}. rebilling {~count} claims, removing from self-pay", "bill fc", "eligibility")
P("{$verify} these for tomorrow pls:\n1. {NAME:pt.inv} {HEALTH_PLAN_ID:mid}\n2. {NAME:pt2.inv} {HEALTH_PLAN_ID:mcd}\n3. {NAME:pt3.inv} {HEALTH_PLAN_ID:mid}", "pam reg", "eligibility list multiline")
P("{~payer2} says {NAME:pt} is a dependent on {~pt.pos} parent's plan till 26 - subscriber is {{~pt.pos} mom {NAME:mom}|{~pt.pos} dad {NAME:dad}|{~pt.pos} father, {NAME:dad.inv}}, {$mid} {HEALTH_PLAN_ID:mid}, {~group}", "reg fc", "eligibility")
P("Medicaid # {HEALTH_PLAN_ID:mcd} ({~state_name} Medicaid) for {NAME:pt} - out of state, can we even bill them? pt lives in {ADDRESS:town}", "bill fc", "eligibility medicaid")
P("{$hi}elig failing on {NAME:pt.caps} bc DOB in Epic is {DATE:dob} and payer has {DATE:dob}. one of them is wrong lol", "reg bill", "eligibility")
P("Tricare pt {NAME:pt}, sponsor is {~pt.pos} {~rel.relword} {NAME:rel} (sponsor SSN {SSN:ssn}). DEERS shows active", "reg", "eligibility")
P("Quick one - is {HEALTH_PLAN_ID:mid} a {~payer} ID or {~payer2}? prefix is weird. pt {NAME:pt.first}, seen {DATE:dos}", "bill reg", "eligibility")

# ===== PHI: prior authorisation / UM
P("PA needed: {NAME:pt} {~cpt} on {DATE:appt}, {~payer} {$mid} {HEALTH_PLAN_ID:mid}. ordering {~md} (NPI {~npi}). fax clinicals to {PHONE:fax}", "pam reg", "prior-auth")
P("auth denied for {NAME:pt.last}'s {~proc} ({DATE:proc}). peer to peer avail until {~deadline} - {~md}, can you call {PHONE:bph}?", "pam cm", "prior-auth")
P("{$hi}{~payer} wants updated clinicals for {NAME:pt} ({$mrn} {MRN:mrn}) before they'll approve the admit from {DATE:adm}. UR nurse {~s1.first} has them", "cm pam", "prior-auth")
P("Auth board {~day}:\n{NAME:pt.inv} - {~cpt} - {$board_status}\n{NAME:pt2.inv} - {~cpt} - {$board_status}\n{NAME:pt3.inv} - {~cpt} - {$board_status}", "pam", "prior-auth status-board multiline")
P("infusion pt {NAME:pt} ({~drug}): {~payer} auth expires {~term}, next chair time is {DATE:appt}. renewal needs to go in this week", "pam rn", "prior-auth")
P("Can someone call {~payer} UM at {PHONE:bph} re {NAME:pt}? I've been {$hold} :sob:", "pam cm reg", "prior-auth")
P("> {~payer} Utilization Management: the request for member {HEALTH_PLAN_ID:mid} has been APPROVED for DOS {DATE:dos}.\nforwarding for {NAME:pt}'s file - {~s1.first}", "pam", "prior-auth forwarded quote")
P("retro auth: pt came thru the ED {DATE:adm}, admitted to {~unit}, {~payer} notified late. {$har} {ACCOUNT_NUMBER:har} - {NAME:pt.inv}", "cm pam", "prior-auth")
P("does {~payer} need a PA for {~cpt}? asking for {NAME:pt} on {DATE:appt}", "reg pam clerk", "prior-auth")
P("{NAME:pt}'s {~device.cpap} rental (SN {DEVICE_ID:dev.cpap}) - {~payer} wants the compliance download before they approve purchase", "pam tech", "prior-auth device")
P("P2P outcome for {NAME:pt}: overturned :tada: {~md} did great. {~cpt} approved for {DATE:appt}", "cm pam md", "prior-auth emoji")
P("{~md.last_t} here - the MRI for {NAME:pt.last} ({DATE:dob}) was ordered stat, why is it pending auth?? pt is in {~room}", "md", "prior-auth")
P("Hi - I'm {~md.dr}'s MA. {NAME:pt} needs {~proc} {DATE:appt}, {~payer} {$mid} {HEALTH_PLAN_ID:mid}. Do you have what you need for the auth?", "clerk rn", "prior-auth")
P("CM note: {NAME:pt} obs -> inpatient on {DATE:adm}, notify {~payer} w/in 24h. {$mid} {HEALTH_PLAN_ID:mid}", "cm", "prior-auth utilization")
P("auth # still blank on {ACCOUNT_NUMBER:har} ({NAME:pt.inv}) - {~payer} will deny CO-197 if it drops", "bill pam", "prior-auth")

# ===== PHI: financial counselling
P("FC referral: {NAME:pt}, self-pay, {~n} in household, income about {~amt_inc}/mo. lives in {ADDRESS:town}. screen for {~program}?", "fc sw rn", "financial-counseling")
P("charity app for {NAME:pt} approved at 100%, {$har} {ACCOUNT_NUMBER:har} and {ACCOUNT_NUMBER:har} - pls adjust", "fc pfs", "financial-counseling list")
P("{NAME:rel} ({~rel.relword}) came to the FC office asking about {NAME:pt.first}'s bill from {DATE:dos}. has POA paperwork. {$ph} {PHONE:ph}", "fc", "financial-counseling family")
P("{AGE:age} y/o {NAME:pt.inv} in the nursing home, Medicaid pending. {~pt.pos} daughter {NAME:daughter} is doing the app, email {EMAIL:em.daughter}", "fc sw", "financial-counseling")
P("Dear FC team,\n\nPlease see {NAME:pt} (MRN {MRN:mrn}) re: an outstanding balance of {~amt}. The patient lost {~pt.pos} job last month and is applying for {~program}. Mailing address is now:\n{ADDRESS:addr2}\n\nThanks,\n{~s1.full}\n{~title_clin}\n{~ext}", "sw cm", "financial-counseling email multiline")
P("presumptive elig: {NAME:pt}, {$dob} {DATE:dob}, {$ssn} {SSN:ssn} ({~pt.sub} gave it verbally), ZIP {ADDRESS:zip}", "fc reg", "financial-counseling")
P("{~s1.first}, the {NAME:pt.last} family can't do {~amt_mo}/mo. {NAME:rel.first} (the {~rel.relword}) asked if {~amt_small} a week works?", "fc coll", "financial-counseling payment-plan")
P("FC huddle handoff:\n1) {NAME:pt} - charity app missing paystubs\n2) {NAME:pt2} ({ACCOUNT_NUMBER:har}) - Medicaid submitted, waiting\n3) {NAME:pt3.last} - wants an estimate for {~proc}", "fc", "financial-counseling handoff list multiline")
P("Estimate request: {NAME:pt}, {~cpt} at {~site} on {DATE:appt}, {~payer} {HEALTH_PLAN_ID:mid}. GFE due {~deadline}", "fc pam", "financial-counseling estimate")
P("mom of pt {NAME:pt} called, she said {$es} - needs a payment plan, {$har} {ACCOUNT_NUMBER:har}. sending to our Spanish-speaking FC", "fc reg", "financial-counseling")
P("SW here - {NAME:pt} ({AGE:age}) going to SNF, family ({NAME:rel}, {~rel.relword}) is worried about the bill. can FC reach out? {PHONE:ph}", "sw", "financial-counseling")
P("{$hi}uninsured MVA pt {NAME:pt}, {$dob} {DATE:dob}. auto is {~auto_ins}, claim # pending. {$ask_fc}", "fc reg", "financial-counseling mva")
P("self-pay discount applied to {NAME:pt}'s {DATE:dos} visit ({$har} {ACCOUNT_NUMBER:har}), {~amt} -> {~amt}", "fc bill", "financial-counseling")
P("FAP app received for {NAME:g} as guarantor on {~g.pos} {~pt.kid}'s acct ({NAME:pt.first}). address on app: {ADDRESS:addr}. income docs ok", "fc", "financial-counseling guarantor")
P("pt {NAME:pt} asked me in the hall if {~pt.sub} qualifies for free care. {~pt.Sub} is in {~room}. {$ask_fc}", "rn", "financial-counseling")

# ===== PHI: billing & collections
P("returned mail for {NAME:g} (guarantor), {$gacct} {ACCOUNT_NUMBER:gacct}. new address per USPS: {ADDRESS:addr}", "bill coll", "billing returned-mail")
P("bad address on {ACCOUNT_NUMBER:har} - statement came back from {ADDRESS:addr}, no forwarding{$end}", "bill coll", "billing returned-mail")
P("{~vendor_coll} says {NAME:pt} is disputing the {~amt} for DOS {DATE:dos}. pull it back from bad debt? {$har} {ACCOUNT_NUMBER:har}", "coll pfs", "collections")
P("self-pay f/u list:\n- {NAME:pt.inv} {ACCOUNT_NUMBER:har} {~amt}\n- {NAME:pt2.inv} {ACCOUNT_NUMBER:har} {~amt}\n- {NAME:pt3.inv} {ACCOUNT_NUMBER:har} {~amt}", "coll bill", "collections list multiline")
P("{~mention} can u hold {ACCOUNT_NUMBER:har} from going to agency? pt {NAME:pt.last} was inpatient {DATE:adm} thru {DATE:dc} and Medicare is still pending", "bill coll", "collections")
P("guarantor mix-up: {NAME:pt} is {~age_ok}, shouldn't be under {~pt.pos} dad {NAME:dad}'s guarantor acct {ACCOUNT_NUMBER:gacct}", "bill", "billing guarantor")
P("pt called about the bill, verified w/ DOB {DATE:dob} + last 4 of SSN ({~last4}). says {~pt.sub} paid at the window already", "bill cash", "billing")
P("Statement hold - {NAME:pt}, {$har} {ACCOUNT_NUMBER:har}, pending {~payer} appeal for the {DATE:dos} visit. hold 60 days pls", "bill pfs", "billing")
P("Voicemail ({~time}): \"Hi this is {NAME:rel.full} calling about my {~pt.Parent}'s bill, account {ACCOUNT_NUMBER:har}... you can reach me at {PHONE:ph}, thank you\"", "bill coll", "billing voicemail family")
P("{NAME:pt}'s acct {ACCOUNT_NUMBER:har} has a {~amt} credit, {~payer} recouped last week. refund or hold?", "bill pfs", "billing credit-balance")
P("dispute from {NAME:g.full}: says {~g.sub} was never at {~site} on {DATE:dos}. possible identity theft? SSN on the acct is {SSN:ssn}", "coll pfs", "collections identity")
P("Fwd:\n> From: {NAME:g} <{EMAIL:em.g}>\n> Subject: bill for {NAME:pt.first}\n> I need an itemized statement for {DATE:dos} sent to my new address {ADDRESS:addr}. Thank you", "bill", "billing forwarded email quote multiline")
P("agency placement file {~batch} rejected {~count} accts incl. {ACCOUNT_NUMBER:har} ({NAME:pt.inv}) - invalid ZIP {ADDRESS:zip}", "coll", "collections")
P("payment posted to the wrong acct: {ACCOUNT_NUMBER:har} should have been {ACCOUNT_NUMBER:har}. both are {NAME:pt.last}, parent and kid w/ the same name", "cash bill", "billing cash-posting")
P("pt {NAME:pt} in {~room} wants to talk to billing before d/c tomorrow - can FC stop by? {~pt.sub}'s worried about the {~amt} estimate", "rn clerk", "billing")
P("CBO escalations:\n*{NAME:pt.inv}* - {ACCOUNT_NUMBER:har} - {$esc_reason}\n*{NAME:pt2.inv}* - {ACCOUNT_NUMBER:har} - {$esc_reason}", "pfs", "collections escalation slack-markup multiline")
P("small bal w/o? {ACCOUNT_NUMBER:har} {~amt_small}, pt {NAME:pt} passed away {DATE:death}. estate contact is {NAME:rel} {PHONE:ph}", "coll bill", "collections deceased")
P("ppl keep calling the main line about {NAME:pt}'s bill - the # on {~pt.pos} statement is {PHONE:bph}, that's the old CBO line", "bill pfs", "billing")
P("{NAME:pt.inv}\n{$har} {ACCOUNT_NUMBER:har}\nbal {~amt}\nlast pmt {~amt_small}\nnotes: {$esc_reason}", "coll bill", "collections structured multiline")
P("address update\n{NAME:pt.caps}\n{ADDRESS:addr2}\nper pt call {~time}", "bill reg", "billing multiline")
P("{NAME:pt} says the bill went to {~pt.pos} old place in {ADDRESS:town2}; {~pt.sub} lives at {ADDRESS:street} in {ADDRESS:town} now", "bill reg", "billing address")
P("deceased pt {NAME:pt} (d. {DATE:death}) - estate attorney wants itemized. send to the executor, {NAME:rel}, at {ADDRESS:addr}", "bill pfs", "billing deceased")
P("dob mismatch {DATE:dob} vs {DATE:dob} on {MRN:mrn}, payer rejecting{$end}", "bill", "billing terse")
P("fax from {~payer} went to the wrong fax #, was meant for {PHONE:fax} not ours. has {NAME:pt}'s EOB on it - sending back + logging w/ privacy", "bill pfs", "billing privacy")
P("{$hi}guarantor {NAME:g} called re {~g.pos} {~pt.kid}'s ER bill ({DATE:dos}). wants it itemized, mail to {ADDRESS:pobox}", "bill", "billing guarantor")
P("can someone text {NAME:pt.first} the pay link? cell is {PHONE:ph_wrap}", "bill cash", "billing")
P("bill went to {NAME:pt.lower} but the guarantor should be {~pt.pos} mom {NAME:mom.lower}, she's the subscriber ({HEALTH_PLAN_ID:mid})", "bill", "billing guarantor")
P("collections call log {~time}: spoke w/ {NAME:g}, promised {~amt} by Friday on {ACCOUNT_NUMBER:gacct}. {~g.Sub} asked us to stop calling {~g.pos} work # {PHONE:ph}", "coll", "collections")
P("{~s1.first} the {NAME:pt.last} acct ({ACCOUNT_NUMBER:har}) - {~pt.hon} {NAME:pt.last} is {AGE:age_spelled} and sounded confused on the phone. pls don't send to agency, flag for FC", "coll fc", "collections elderly")
P("ED visit {DATE:dos} for {NAME:pt} billed twice, {ACCOUNT_NUMBER:har} and {ACCOUNT_NUMBER:har}. combining and voiding the 2nd", "bill", "billing duplicate")
P("{$hi}{NAME:pt} ({ADDRESS:town}) wants to know why the {~site} visit got a facility fee. {~pt.Sub} asked for a call back at {PHONE:ph}", "bill reg", "billing complaint")

# ===== PHI: refunds & payment plans
P("refund request: {NAME:pt}, {$har} {ACCOUNT_NUMBER:har}, overpaid {~amt} by card {CREDIT_CARD:cc} - refund to original card pls", "cash bill", "refund card")
P("pt paid by phone with {CREDIT_CARD:cc} exp {~exp}, declined. can someone rerun? {NAME:pt.first} is on hold", "cash", "payment card")
P("Payment plan setup\nGuarantor: {NAME:g.inv}\nAcct: {ACCOUNT_NUMBER:gacct}\nBalance: {~amt}\nTerms: {$pp_terms}\nAutopay from checking {ACCOUNT_NUMBER:bank} ({~bank})\nEmail: {EMAIL:em.g}", "coll cash fc", "payment-plan structured multiline")
P("credit bal review: {ACCOUNT_NUMBER:har} (pt {NAME:pt}), {~payer} paid twice on DOS {DATE:dos}. refund the payer not the pt", "bill pfs", "refund credit-balance")
P("refund check to {NAME:pt} came back undeliverable, addr on file {ADDRESS:addr}. escheat or try a new address?", "bill pfs", "refund returned-mail")
P("someone put their full card # in a portal msg 🙄 {CREDIT_CARD:cc} - deleting it, but fyi for {NAME:pt}'s acct {ACCOUNT_NUMBER:har}", "cash bill", "payment card privacy emoji")
P("can we do {~amt_mo}/mo for {NAME:pt}? {~pt.sub} is {AGE:age} and on a fixed income. {$har} {ACCOUNT_NUMBER:har}", "coll fc", "payment-plan")
P("{~rel.relword} {NAME:rel} wants to pay {NAME:pt.first}'s bill with {~rel.pos} card, {CREDIT_CARD:cc}, exp {~exp}, cvv on the form. ok to take it over chat? (I know, I know)", "cash", "payment card")
P("Refund approval needed (over {~amt_thr} limit):\n  pt: {NAME:pt}\n  HAR {ACCOUNT_NUMBER:har}\n  amt {~amt}\n  reason: dup payment by {NAME:rel} ({~rel.relword})\n  approver: {~exec}", "pfs bill", "refund approval structured multiline")
P("pt read the card number as {CREDIT_CARD:cc_spaced}, pls key it in, {~pt.sub}'s waiting", "cash", "payment card evasion")
P("ACH return R01 on {NAME:g}'s payment plan, bank acct {ACCOUNT_NUMBER:bank}. suspend the plan?", "cash coll", "payment-plan")
P("{NAME:pt} wants the refund sent to {ADDRESS:pobox} not the house{$end}", "cash bill", "refund")
P("payment plan for {NAME:pt.inv} defaulted ({ACCOUNT_NUMBER:gacct}), {~n} missed. {~pt.sub} says {$es}", "coll", "payment-plan")
P("posting q: check from {NAME:rel} for {~amt} - memo says \"for {NAME:pt.first} {DATE:dos}\", no acct #. found {ACCOUNT_NUMBER:har}, looks right?", "cash", "cash-posting")
P("Refund list ready for {~exec} signature:\n{NAME:pt.inv}\t{ACCOUNT_NUMBER:har}\t{~amt}\n{NAME:pt2.inv}\t{ACCOUNT_NUMBER:har}\t{~amt}\n{NAME:pt3.inv}\t{ACCOUNT_NUMBER:har}\t{~amt}", "pfs", "refund table multiline")
P("pls email the payment plan agreement to {NAME:g}: {EMAIL:em_link.g}", "coll fc", "payment-plan slack-markup")
P("autopay card on file for {ACCOUNT_NUMBER:gacct} is {CREDIT_CARD:cc}, exp {~exp} - expired last month, plan is failing", "cash coll", "payment-plan card")
P("{NAME:pt} paid {~amt} at the {~site} window with card ending {~last4} but it posted to {~pt.pos} {~rel.relword}'s acct {ACCOUNT_NUMBER:har} :face_palm:", "cash", "cash-posting")

# ===== PHI: business contacts (phones / e-mails of vendors, payers, staff), IPs, corporate cards, provider licences
P("new {~vendor} rep is {~rep.full}, {EMAIL:bem.rep}, cell {PHONE:bph}. {~rep2.first} retired", "pfs pam", "vendor")
P("pls send the {~payer} JOC deck to {EMAIL:bem} and cc me", "cfoa pfs exec", "payer")
P("auditor contact for the RAC review is {~rep.full} ({~aud_firm}), {PHONE:bph}, fax {PHONE:fax}. {~batch} due {~deadline}", "ri pfs", "audit")
P("lockbox vendor support line is {PHONE:bph} - option 2 for the remit team", "cash pfs", "vendor")
P("CFO's p-card {CREDIT_CARD:pcard} got flagged on the {~vendor} conference registration - {~exec_first} wants it rerun today", "cfoa", "corporate-card")
P("Epic print server for PFS statements is {IP_ADDRESS:ip} - if {~batch} fails again ping {~s1.first} at {~ext}", "it pfs", "it")
P("payer enrollment for {~md.drfull}: DEA {LICENSE_NUMBER:dea.md}, MA license {LICENSE_NUMBER:slic}, NPI {~npi}. {~payer} wants all three", "pfs ri", "credentialing")
P("Teams call w/ {~vendor} {~mtg} - dial-in {PHONE:bph}, {~zoom}", "cfoa pam", "calendar vendor")
P("Out of office: I'm out until {~mtg_date}. For urgent PFS issues contact {~s1.full} at {EMAIL:bem.s1} or {PHONE:bph}.", "pfs pam fc", "ooo")
P("VPN for the {~vendor} consultants: whitelist {IP_ADDRESS:ip} and {IP_ADDRESS:ip}, ticket {~ticket}", "it", "it")
P("{~s1.full}\nDirector, Patient Financial Services\n{~facaddr}\nT {PHONE:bph} | F {PHONE:fax}\n{EMAIL:bem.s1}", "pfs", "signature multiline")
P("who has the {~payer} provider rep's number? I have {PHONE:bph} but it goes to a general queue", "pfs bill", "payer")
P("{~vendor} support said to email {EMAIL:bem} with the ticket ({~ticket}) and screenshots", "it pfs", "vendor")
P("reminder the {~payer} provider line changed to {PHONE:bph}. the old one on the cheat sheet is dead", "reg bill", "payer")
P("{~rep.full} from {~vendor}: {EMAIL:bem_link.rep} - she's our new CSM, loop her in on {~ticket}", "pfs pam", "vendor slack-markup")
P("statement vendor SFTP is failing from {IP_ADDRESS:ip}, their side shows {IP_ADDRESS:ip6} hitting it instead?? {~ticket}", "it", "it")
P("license verification for our new CRNA {~s1.full}: state lic {LICENSE_NUMBER:slic}, expires {~eff}. credentialing needs it before {~payer} enrollment", "pfs", "credentialing")
P("{~cfoa} here - {~cfo}'s corporate Amex {CREDIT_CARD:pcard} needs to go on the HFMA registration, can someone in AP confirm?", "cfoa", "corporate-card")
P("{~exec_first} asked me to share: external auditor partner is {~rep.full}, {EMAIL:bem.rep}, {PHONE:bph}", "cfoa", "audit")
P("can u fax the itemization to {~payer} at {PHONE:fax}? their portal is down", "bill", "payer")
P("DEA # for {~md.dr} on the enrollment form is {LICENSE_NUMBER:dea.md} - is that current? {~payer} bounced it", "pfs", "credentialing")
P("{~vendor} on-call for the cutover weekend: {~rep.first} {PHONE:bph}, backup {~rep2.first} {PHONE:bph}", "it pam", "vendor go-live list")

# ===== PHI: devices, vehicles, URLs
P("implant invoice from {~vendor_dev}: {~device} SN {DEVICE_ID:dev} for {NAME:pt}, case date {DATE:proc}, {~po}. needs to hit the claim w/ the C-code", "bill coder", "device implant")
P("MVA pt {NAME:pt}: {~auto_ins} wants the VIN ({VEHICLE_ID:vin}) + our itemized before PIP pays. DOS {DATE:dos}", "bill fc", "vehicle mva")
P("parking validation: {NAME:pt.first}'s {~rel.relword} left the car in the ED lot 3 days, plate {VEHICLE_ID:plate}. security asking if we can waive", "reg clerk", "vehicle")
P("pls stop sending pts the guest-pay link w/ their info in it: {URL:purl} (that's {NAME:pt}'s). use the generic one: {~intranet}", "pfs", "url")
P("CGM replacement for {NAME:pt}: {~device.cgm} serial {DEVICE_ID:dev.cgm}, DME claim denied as dup. DOS {DATE:dos}", "bill", "device dme")
P("family set up {URL:purl_cb} for {NAME:pt} - pls don't forward it to vendors, it has {~pt.pos} updates", "pfs sw", "url")
P("{~device.ha} (serial {DEVICE_ID:dev.ha}) billed to the wrong pt - should be {NAME:pt2}, not {NAME:pt}", "bill", "device")
P("pump SN {DEVICE_ID:dev.pump} for {$mrn} {MRN:mrn} - warranty replacement, not billable", "bill tech", "device")
P("MyChart msg from {NAME:g}: \"why does <{URL:purl}|my statement> show a charge from {DATE:dos}?\"", "bill", "url slack-markup quote")
P("{~vendor_dev} rep left the explant kit - device UDI {DEVICE_ID:udi}, pt {NAME:pt.last}, {~room}. who logs the credit?", "tech bill", "device implant")
P("workers comp/MVA: pt {NAME:pt.inv} hit in the {~site} garage, other driver's plate {VEHICLE_ID:plate}, their ins {~auto_ins}. bill them not {~payer}", "bill fc", "vehicle mva")
P("estimate pdf for {NAME:pt} is at {URL:purl} - pls resend, {~pt.sub} never got the email", "fc", "url estimate")
P("{~device.pacemaker} check billing: {NAME:pt} device serial {DEVICE_ID:dev.pacemaker}, remote interrogation {DATE:dos}. {~payer} wants the serial on the claim", "bill coder", "device")

# ===== PHI: family voices / forwarded portal and voicemail
P("{!pt:F}Portal msg (fwd):\n> Hola, soy {NAME:daughter.full}, hija de {NAME:pt}. Mi mamá recibió una factura de {~amt} por la visita del {DATE:dos_es}. No entendemos. Mi teléfono es {PHONE:ph}. Gracias.{#non-english}", "bill fc", "family portal forwarded non-english multiline quote")
P("msg from pt's wife via front desk: '{NAME:wife} here, {NAME:pt.first} was seen {DATE:dos} and we got 2 bills for the same thing. acct is {ACCOUNT_NUMBER:har}'", "reg bill", "family")
P("> Bonjou, mwen se {NAME:daughter.first}, pitit fi {NAME:pt}. Kont lan se {ACCOUNT_NUMBER:har}. Tanpri rele m {PHONE:ph}. Mèsi anpil{#non-english}\ncan someone who speaks Creole call her back?", "bill fc", "family non-english quote multiline")
P("pt's son asks that bills go to his address instead - {NAME:son}, {ADDRESS:addr}, {PHONE:ph}. he said {$other_lang}", "bill reg", "family non-english")
P("hey billing, personal q - my mom {NAME:mom} got a bill for her {~proc} on {DATE:proc} but it should be covered by {~payer}. her {$mid} is {HEALTH_PLAN_ID:mid}. who do I talk to?", "rn clerk tech", "family employee")
P("From the patient portal:\n\"{$fam_open} I am {NAME:rel.full}, {NAME:pt.full}'s {~rel.relword}, and I have power of attorney. Please send all statements to me at {EMAIL:em.rel}. {~pt.Sub} is {AGE:age} and can no longer manage {~pt.pos} mail.\"", "bill fc", "family portal quote multiline")
P("VM transcript: \"hi it's {NAME:rel.first}, {NAME:pt.first}'s {~rel.relword}... the bill says {~amt} and we already paid, call me {PHONE:ph}\"", "coll bill", "voicemail family")
P("pt's {~rel.relword} at the window ({NAME:rel}) says {$other_lang} and wants a receipt for {NAME:pt.first}'s payment today, acct {ACCOUNT_NUMBER:har}", "cash", "family non-english")
P("> from: {EMAIL:em.g}\n> my {~pt.kid} {NAME:pt.first} was at your ER on {DATE:dos} and I'm the guarantor. why did {~payer} deny?? member id {HEALTH_PLAN_ID:mid}\nwho owns this one?", "bill", "family email quote multiline")
P("{!pt:F}{NAME:husband} (pt's husband) keeps calling about {~pt.pos} bill. pt is {NAME:pt.full}, {$dob} {DATE:dob}. is there a HIPAA release on file?", "bill reg", "family")

# ===== PHI: VIP and employee patients
P("VIP: {NAME:vip} (board member) admitted {DATE:adm}. flag {ACCOUNT_NUMBER:har} - no statements, route everything to {~s1.first} only", "pfs exec cfoa", "vip")
P("employee courtesy adj for {NAME:emp} in {~dept} - ED visit {DATE:dos}, {$har} {ACCOUNT_NUMBER:har}", "pfs bill", "employee-patient")
P("FYI {NAME:emp.first} from our {~dept} team is the pt on {ACCOUNT_NUMBER:har} - pls don't work it yourselves, send to {~s1.first}", "pfs pam", "employee-patient")
P("{~exec_title} {NAME:vip}'s own surgery bill ({DATE:proc}) went to {~vendor_coll} by mistake 😬 pls recall today", "pfs cfoa", "vip collections emoji")
P("break-the-glass alert: someone in {~dept} opened {NAME:vip}'s account ({MRN:mrn}) - {~vip.sub} is a trustee. privacy is looking into it", "pfs pam", "vip privacy")
P("{!emp:F}{NAME:emp} ({~dept}, one of ours) is out for surgery {DATE:proc}; her husband asked about the estimate. {$ask_fc}", "pam pfs", "employee-patient")
P("{~cfoa} asked: can the CFO's office get a status on {NAME:vip}'s account? {~vip.Sub} was discharged {DATE:dc} and the family says the bill is wrong", "cfoa", "vip")

# ===== PHI: bot notifications and bot questions
P("*Elig Bot* :robot_face:\n> 271 mismatch for {NAME:pt.caps}\n> DOB sent: {DATE:dob} | DOB returned: {DATE:dob}\n> Member: {HEALTH_PLAN_ID:mid}\n> Action: verify with patient", "bot", "bot notification multiline slack-markup")
P("[Denial Alert] {~carc} on {ACCOUNT_NUMBER:har} | pt {NAME:pt.inv} | DOS {DATE:dos} | {~payer} | owner {~mention}", "bot", "bot denial")
P("🔔 Payment received: {~amt} from {NAME:g} toward {ACCOUNT_NUMBER:gacct} (card ending {~last4})", "bot", "bot payment")
P("Worklist *{~wq}* ({~count} items), top 3 by balance:\n1. {ACCOUNT_NUMBER:har} {NAME:pt.inv} {~amt}\n2. {ACCOUNT_NUMBER:har} {NAME:pt2.inv} {~amt}\n3. {ACCOUNT_NUMBER:har} {NAME:pt3.inv} {~amt}", "bot", "bot worklist list multiline")
P("I found 2 accounts for *{NAME:pt}*. Which one?\n• `{ACCOUNT_NUMBER:har}` (DOS {DATE:dos})\n• `{ACCOUNT_NUMBER:har}` (DOS {DATE:dos})", "bot", "bot slack-markup list multiline")
P("{$bot} what's the balance on {ACCOUNT_NUMBER:har}", "bill coll cash", "bot-question")
P("/elig {HEALTH_PLAN_ID:mid} {DATE:dob}", "reg", "bot-question slash-command")
P("{$bot} look up guarantor {NAME:g.inv} pls", "bill coll", "bot-question")
P("{$bot} does {NAME:pt} {DATE:dob} have a payment plan?", "fc coll", "bot-question")
P("{$bot} summarize the notes on {$mrn} {MRN:mrn}", "pfs bill", "bot-question")
P("{$bot} draft a letter to {NAME:g} at {ADDRESS:addr} about the {~amt} balance, friendly tone", "coll", "bot-question")
P("{$bot} why did {~payer} deny {ACCOUNT_NUMBER:har}? pt {NAME:pt.last}", "bill", "bot-question")
P("*Returned Mail Bot*: {~count} pieces scanned {~day}. Matched: {NAME:g.caps} -> {ACCOUNT_NUMBER:gacct}, new addr {ADDRESS:addr}", "bot", "bot returned-mail")
P("Estimate Bot :moneybag: GFE generated for {NAME:pt} ({~cpt}, {DATE:appt}) - sent to {EMAIL:em}", "bot", "bot estimate")
P("{$bot} is {SSN:ssn} a valid SSN format? pt {NAME:pt.first} insists", "reg", "bot-question")

# ===== PHI: clinical voices in revenue cycle conversations
P("billing q - pt {NAME:pt} in {~room} is asking why {~pt.sub} got charged for {~item}. who do I call?", "rn clerk", "clinical")
P("pls don't bill {NAME:pt.last} for the {DATE:dos} visit, documentation was on the wrong pt. my error - {~md.last}", "md", "clinical")
P("rad tech: pt {NAME:pt} {MRN:mrn} came for CT but order says MRI, who fixes the charge? {~accession}", "tech", "clinical charge")
P("unit clerk 5W: {NAME:pt.last} family brought the ins card, {~payer} {HEALTH_PLAN_ID:mid}, {~group} - who do I give it to?", "clerk", "clinical")
P("the {AGE:age} y/o in {~room}, {NAME:pt.first}, {~pt.pos} {~rel.relword} is asking about the bill again lol", "rn", "clinical")
P("pt {NAME:pt} being d/c'd {DATE:dc} to home w/ VNA, {~payer} {$mid} {HEALTH_PLAN_ID:mid}. CM please confirm auth for services", "rn cm", "clinical discharge")
P("lab: {NAME:pt.inv} DOB {DATE:dob} - specimen from {DATE:dos} got billed under the wrong encounter, correct {$har} is {ACCOUNT_NUMBER:har}", "tech", "clinical charge")
P("resident here, pt {NAME:pt.first} ({~room}) says {~pt.sub} can't afford the meds on d/c and asked about a payment plan for the stay. who should I page?", "md", "clinical")

# ===== PHI: records / audits / misc structured
P("MRNs for the {~payer} audit sample (not the ADR batch): {MRN:mrn}, {MRN:mrn}, {MRN:mrn}", "ri", "audit list")
P("SSNs on these two don't match the cards: {SSN:ssn} / {SSN:ssn}", "reg pam", "registration")
P("pt {NAME:pt} wrote {~pt.pos} SSN as {SSN:ssn_obf} on the form", "reg", "registration evasion")
P("phone on file for {NAME:g} is wrong ({PHONE:ph}). correct # is {PHONE:ph}", "bill reg", "billing")
P("records request from {~payer} for {NAME:pt.inv}, DOS {DATE:dos} to {DATE:dos2}, {$mid} {HEALTH_PLAN_ID:mid}. HIM ticket {~ticket}", "ri pfs", "records")
P("pt {NAME:pt} spelled {~pt.pos} SSN out on the call: {SSN:ssn_spelled}", "reg bill", "registration spelled")
P("handoff for the evening shift:\n- {NAME:pt.inv} ({~room}): ins card pending, {~rel.relword} bringing it\n- {NAME:pt2.inv}: needs MSPQ, DOB {DATE:dob}\n- {~room}: self-pay, FC consult ordered\n- {NAME:pt3.first}: {$reg_issue}", "reg clerk", "handoff list multiline")
P("can I get a callback # for {NAME:pt}? the one in Epic ({PHONE:ph}) is disconnected", "fc coll", "billing")
P("ugh. {NAME:pt.caps} DOB {DATE:dob} MRN {MRN:mrn} HAR {ACCOUNT_NUMBER:har} - 3rd time this week this acct kicked out of the claim scrubber", "bill", "billing terse")
P("{!pt:F}{~s1.first}: {NAME:pt.inv} dob {DATE:dob}?\n{~s2.first}: yes that's her. {$mrn} {MRN:mrn}\n{~s1.first}: ty", "reg clerk", "thread multiline")
P("pt {NAME:pt} <{EMAIL:em}> wants statements by email not mail. {$pls} update the paperless flag", "bill", "billing")
P("Call {NAME:rel} back re: {NAME:pt.first}'s estimate - {PHONE:tel_link}", "fc", "slack-markup")
P("Medicare says the DOB is wrong for {NAME:pt} ({DATE:dob_old}) - per {~pt.obj} {~pt.sub}'s {AGE:age}, not {AGE:age}", "reg bill", "age")
P("{~s1.first} can u check if {NAME:pt.first} ({~pt.pos} last name is {NAME:pt.last}) has a HAR for {DATE:dos}? I only see the PB side", "bill", "billing")
P("fundraiser page for {NAME:pt}'s bills: {URL:purl_cb} - the family asked if donations can go directly on the acct ({ACCOUNT_NUMBER:har})", "fc pfs", "url")
P("pt's {~rel.relword} lives in {ADDRESS:town} and wants the paper FAP mailed there: {ADDRESS:addr} attn {NAME:rel}", "fc", "financial-counseling address")

# ===== PHI: long thread replies
P("Replying in thread - dug into this one. {NAME:pt} ({$mrn} {MRN:mrn}) was registered {DATE:adm} under {~payer}, but the 271 that morning came back {$elig_bad}. {~s1.first} called the payer and the member ID on file ({HEALTH_PLAN_ID:mid}) belongs to {~pt.pos} {~rel.relword}, {NAME:rel}, who is the subscriber, so the claim needs the subscriber DOB ({DATE:dob}) and a different relationship code. Fixed the coverage and requeued the claim; {~s2.first} if it bounces again ping me. Also the statement went to {ADDRESS:addr}, which is the old address, so I put a 30-day hold on {ACCOUNT_NUMBER:har}.", "bill pfs", "thread long")
P("ok long story on {NAME:pt.last}: {~pt.sub} came in thru the ED {DATE:adm}, went to {~unit}, d/c {DATE:dc}. {~payer} denied the whole stay ({~carc}) bc nobody notified them within 24h. {~md.dr} did the P2P {~day} and lost. we're appealing w/ the ED notes, {~s1.first} is writing it. meanwhile {~pt.pos} {~rel.relword} ({NAME:rel}, {PHONE:ph}) has called 4x - pls route any calls to me not the general queue. HAR {ACCOUNT_NUMBER:har}", "pfs cm", "thread long")

# ===== CLEAN: payer relations
C("{~payer} JOC moved to {~mtg} in {~mroom}. {~rep.full} from their provider relations team is joining - agenda: {$agenda}, {$agenda}", "pfs cfoa pam", "payer calendar")
C("{~payer} contract renewal: redlines due {~deadline}, {~contract}. {~exec} wants the rate sheet before then", "exec cfoa pfs", "payer contract")
C("Reminder: {~payer} timely filing drops to 90 days for DOS on/after {~eff}", "pfs bill", "payer policy")
C("{~payer} rep ({~rep.first}) confirmed {~group} is self-funded, so the state mandate doesn't apply", "bill pfs", "payer")
C("{~payer} underpayments: {~count} claims, {~amt_big} total, mostly {~cpt}. {~s1.first} is pulling detail for the {~mtg_date} meeting", "pfs ri", "payer money")
C("Denials top 5 ({~fy}):\n1. {~carc} - {~count}\n2. {~carc} - {~count}\n3. {~carc} - {~count}\n4. {~carc} - {~count}\n5. {~carc} - {~count}", "pfs ri", "denials status-board list multiline")
C("our {~tin} is still linked to the old {~site} address in {~payer}'s system. {~s1.first} is filing the update ({~ticket})", "pfs", "payer tax-id")
C("{~payer} portal down again, their status page says it's the {~version} rollout", "reg bill", "payer version")
C("{~payer} medical policy on {~cpt} changes {~eff} - PA required for all members 65+. heads up reg", "pam", "payer policy age-aggregate")
C("recap from today's call w/ {~payer} ({~rep.full}, {~rep2.full}): they'll reprocess {~count} claims from {~batch}; nothing for us to do until {~deadline}", "pfs", "payer")
C("{~payer} says the {~cpt} denials were a config error on their side - {~count} claims auto-adjusting by {~deadline}", "bill pfs", "payer denials")
C("anyone have a contact at {~payer2} for credentialing? {~rep.first} left and the role is still open", "pfs", "payer")
C("JOC prep: {~payer} owes us {~amt_big} on {~count} aged claims >120d. {~exec} will raise it with {~rep.full}", "pfs exec", "payer money")
C("{~payer} is moving to a new clearinghouse {~golive}; payer ID stays the same per {~rep.first}", "bill it", "payer go-live")
C("Rate increase from {~payer} came in at {~pct} vs the {~pct} we asked for. {~exec} is not happy", "exec cfoa", "payer contract")
C("{~payer} site visit {~mtg_date}: {~rep.full} + 2 auditors, badge them in at {~facaddr}, lobby desk", "cfoa pfs", "payer facility-address calendar")

# ===== CLEAN: vendors / go-lives / IT
C("{~vendor} go-live for the new estimator is {~golive}. Training {~mtg} and {~mtg} in {~mroom}", "pam pfs", "vendor go-live calendar")
C("{~vendor} pushed {~version} last night and statement {~batch} is stuck. {~ticket}", "it pfs", "vendor version ticket")
C("{~po} for {~vendor} approved, {~amt_big}. {~s1.first} pls send to AP", "pfs cfoa", "vendor po")
C("{~inv} from {~vendor} is double billed - {~count} statements at {~amt_small} each. disputing w/ {~rep.full}", "pfs", "vendor invoice")
C("{~vendor} implementation status:\n- interfaces: {~pct}\n- testing: {~count} open defects ({~ticket}, {~ticket})\n- go-live: {~golive}\n- owner: {~s1.full}", "pam it", "vendor status-board list multiline")
C("new lockbox address is {~facaddr} effective {~eff}. pls update the statement template ({~ticket})", "pfs cash", "facility-address")
C("{~vendor} demo {~mtg} - {~zoom}", "cfoa pam", "vendor calendar zoom")
C("{~rep.full} from {~vendor} says their SFTP host changed, new hostname is {~hostname}. {~ticket}", "it", "vendor hostname")
C("Epic upgrade to {~version} on {~golive}: HB statements frozen from {~time} to {~time}", "it pfs", "go-live version")
C("anyone else's {~vendor} estimator returning $0 for {~cpt}? opened {~ticket}", "fc pam", "vendor ticket")
C("{~vendor} SOW {~contract} signed by {~exec}, kickoff {~mtg}", "cfoa", "vendor contract")
C("{~vendor} wants {~count} sample 835s for testing - use the de-identified set in the shared drive, NOT prod", "it ri", "vendor")
C("Scanner at {~site} reg (asset {~asset}) needs the {~version} driver, {~s1.first} from IT is on it", "it reg", "asset-tag version")
C("{~vendor} quarterly business review: {~mtg}, {~mroom}. {~rep.full} + {~rep2.full} attending from their side", "pfs cfoa", "vendor calendar")
C("contract {~contract} with {~vendor2} auto-renews {~eff} unless we give 90-day notice - {~exec} decide by {~deadline}", "cfoa exec", "contract")
C("the {~vendor} interface engine restarted at {~time}, {~count} messages queued, all cleared by {~time}. {~ticket}", "it", "it")
C("Cost center for the {~vendor} renewal is {~costc}, not the PFS one. {~s1.first} fixed the req", "pfs cfoa", "cost-center")
C("FYI {~vendor} raised the per-statement fee to {~amt_small} eff {~eff}. that's about {~amt_big} a year at our volume", "pfs cfo", "vendor money")
C("{~vendor} cutover checklist:\n☐ freeze {~wq} WQ at {~time}\n☐ final file {~batch}\n☐ smoke test on {~site}\n☐ go/no-go call {~mtg}", "it pam", "vendor go-live checklist multiline")
C("{~vendor}'s release notes for {~version} mention a fix for the duplicate-guarantor bug ({~ticket}). testing in TST this week", "it ri", "version")

# ===== CLEAN: auditors
C("{~aud_firm} on site {~mtg_range}, they'll need {~mroom} and badge access. contact is {~rep.full}.", "cfoa pfs", "audit calendar")
C("RAC {~batch}: {~count} records requested, due {~deadline}. HIM ({~s1.first}) is pulling, PFS tracks appeals", "ri pfs", "audit")
C("internal audit sample: {~count} accts, {~pct} error rate on the self-pay discount. {~exec} wants a remediation plan by {~deadline}", "ri exec", "audit")
C("auditors asked why we don't store full SSNs on the guarantor screen - pointing them to policy {~policy_no} (eff {~eff})", "ri pfs", "audit ssn-topic")
C("{~aud_firm} wants the AR rollforward for {~fy} + the bad debt reserve calc. {~s1.first} owns it, due {~deadline}", "cfo ri", "audit fiscal")
C("external audit PBC list: {~count} items, {~count} done. open ones are mostly {~dept} - {~s1.first} pls nudge", "cfoa ri", "audit")
C("OIG work plan item on {~cpt} - we billed {~count} of those in {~fy}, {~s1.first} is sampling", "ri coder", "audit cpt")
C("{~aud_firm} exit meeting {~mtg} - no findings on charity care, one on credit balance aging. {~exec} attending", "cfoa exec", "audit calendar")
C("the auditors are in {~mroom} all week, keep the door closed and don't leave worklists on the printer", "pfs pam", "audit room")

# ===== CLEAN: CFO's office / executives
C("{~exec_first}'s 1:1 with {~s1.full} moved to {~mtg}. Room {~mroom}.", "cfoa", "calendar exec-name")
C("Hi all - {~cfo} would like the revenue cycle dashboard for the board packet by {~deadline}. Finance committee meets {~mtg_date} at {~facaddr}.", "cfoa", "calendar board")
C("Please hold {~mtg} for the {~payer} rate discussion; {~exec} and {~exec} attending. Zoom link to follow.", "cfoa", "calendar")
C("Booking travel for {~exec_first} to HFMA {~mtg_range}; p-card ending {~last4} is on file, exp {~exp}", "cfoa", "travel last4 card-expiry")
C("Reminder: {~cfo}'s office is now {~mroom} at {~facaddr}. Deliveries to 3rd floor reception please.", "cfoa", "facility-address")
C("{~exec_first} approved the {~vendor} SOW ({~contract}), signed copy is in the shared drive", "cfoa", "contract")
C("FYI the CFO's calendar is blocked {~mtg_date} for the audit committee - move anything non-urgent", "cfoa", "calendar")
C("board finance packet v{~n}: AR days {~days}, cash {~amt_big}, denial rate {~pct}", "cfo cfoa", "board metric")
C("{~cfo}: why did cash drop {~pct} last week? need a one-liner before the {~time} call", "cfo", "exec-name money")
C("can someone send {~cfoa} the {~fy} bad debt numbers? she's building the deck for {~exec}", "pfs", "exec-name")
C("{~exec} is out {~mtg_date}, {~exec} is delegate for refund approvals over {~amt_thr}", "cfoa", "calendar exec-name")
C("ugh the board portal won't load the {~fy} packet - {~intranet} - anyone else?", "cfoa exec", "board")
C("{~cfo} wants to know how many pts 90+ had a payment plan default this year - just the count, no names", "cfoa pfs", "age-aggregate exec-name")
C("{~exec_first} asked for a quick summary of the {~payer} dispute before her {~time} with {~exec}. 3 bullets max", "cfoa", "exec-name")
C("Lunch for the rev cycle leadership meeting {~mtg_date}: {~count} people, {~mroom}. {~s1.first} has the PO ({~po})", "cfoa", "calendar po")
C("Donor update for the foundation dinner: the Halloran family gift is earmarked for the financial assistance fund. {~exec} will announce {~mtg_date}", "cfoa exec", "donor")
C("CFO office hours moved: {~mtg}. Ask {~cfoa} to get on the list", "cfoa", "calendar")

# ===== CLEAN: metrics / status boards
C("daily cash: {~amt_big} posted, {~count} unapplied, {~count} ERA rejects. {~batch} still open", "cash pfs", "metric money")
C("AR > 90: {~pct} (goal {~pct}). self-pay AR {~amt_big}. {~count} accts to agency this week", "pfs", "metric")
C("POS collections by site:\n{~site_name}\t{~amt_big}\n{~site_name}\t{~amt_big}\n{~site_name}\t{~amt_big}\n{~site_name}\t{~amt_big}", "pam", "metric table multiline")
C("reg QA scores {~month}: {~staff.first} {~pct}, {~staff.first} {~pct}, {~staff.first} {~pct}. great work all", "pam", "metric staff-name")
C("elig bot stats: {~count} checks run, {~count} inactive, {~count} 'subscriber not found'. avg response {~secs}s", "pam it", "metric bot")
C("we had {~count} pts 90+ in the ED last month, {about half|most|a third} of them on Medicare Advantage", "pam ri", "age-aggregate metric")
C("{~count} accounts with DOS before {~eff} still unbilled, mostly waiting on coding", "bill coder", "metric")
C("DNFB today: {~amt_big} / {~count} accts. top reasons: coding {~pct}, auth {~pct}, reg errors {~pct}", "pfs ri", "metric")
C("| metric | {~fy} | target |\n|---|---|---|\n| AR days | {~days} | 42.0 |\n| clean claim | {~pct} | 95% |\n| POS $ | {~amt_big} | {~amt_big} |", "pfs cfo", "metric table multiline")
C("credit balance backlog down to {~count} accts ({~amt_big}). {~s1.first} and {~s2.first} carried this one :clap:", "pfs", "metric staff-name")
C("call center: {~count} calls, ASA {~secs} min, abandon {~pct}. {~s1.first}'s team crushed it", "pfs", "metric")
C("Denials dashboard refreshed - {~payer} up {~pct} on {~carc}, mostly {~cpt}. {~s1.first} looking", "ri pfs", "metric carc")
C("status: {~wq} {~count} | {~wq} {~count} | {~wq} {~count}", "pfs bill", "status-board worklist")
C("{~count} pts aged 65-89 flagged for MSPQ review, {~count} over 90 - pulling the list now (names stay in Epic)", "ri pam", "age-aggregate")
C("agency recoveries {~fy}: {~vendor_coll} {~pct}, {~vendor_coll} {~pct}. contract review {~mtg_date}", "pfs coll", "metric vendor")

# ===== CLEAN: staffing / operations / facilities
C("{~s1.first} is out today, {~s2.first} is covering the cashier window at {~site}. call {~ext} if the drawer's short", "cash pam", "staff-name ext")
C("new hire starting {~mtg_date}: {~s1.full}, FC at {~site}. desk {~mroom}, ext {~ext}", "pam fc", "staff-name ext")
C("Patient Access is moving to {~facaddr} on {~golive}. new fax line info to follow", "pam", "facility-address")
C("{~s1.full}'s last day is {~mtg_date} 😢 cake in {~mroom} at {~time}", "pfs pam", "staff-name")
C("can someone cover {~s1.first}'s ED reg shift {~mtg_date} 7p-7a?", "reg pam", "staff-name calendar")
C("{~s1.first} and {~s2.first} are at Resolute training in {~mroom} until 2, ping {~mention} for anything urgent", "pfs", "staff-name")
C("printer in {~mroom} ({~asset}) is jamming on statements again", "bill cash", "asset-tag")
C("{~site} lobby kiosk replaced, new one is {~asset} running {~version}", "it reg", "asset-tag version")
C("holiday coverage:\n- {~s1.first} {~mtg_date}\n- {~s2.first} {~mtg_date}\n- {~s3.first} {~mtg_date}\n- {~staff.first} off", "pam pfs", "list calendar staff-name multiline")
C("congrats to {~s1.full} on 25 years in {~dept}! 🎉", "pfs exec", "staff-name")
C("{~s1.first} from {~dept} will be sitting with us Thursdays to learn the refund process", "pfs", "staff-name")
C("the {~site} cashier office hours change {~eff}: M-F 8-4:30. Room {~mroom}", "cash", "hours")
C("{~md.dr} asked if billing can present at the {~dept} staff meeting {~mtg} re: the new ABN workflow", "pfs", "calendar")
C("parking garage B at {~facaddr} closes {~mtg_date} for repairs, staff use lot C", "pam", "facility-address")
C("reminder: badge in at the {~site} side door after 6, front desk is locked. {~s1.first} at security {~ext}", "reg clerk", "ext")
C("the {~site} ED reg desk has {~n} staff tonight, {~s1.first} floating from {~site_name}", "pam", "staffing")
C("{~s1.first} {~s1.last}'s extension is now {~ext}, desk moved to {~mroom}", "pfs", "ext staff-name")
C("Who's got the key to the {~mroom} file cabinet? {~s1.first} needs the old FAP binders", "fc", "staff-name")
C("{~s1.initials} - coverage swap approved, you're on {~site} registration {~mtg_date} and {~s2.first} takes your Sat", "pam", "staff-name")
C("team lunch {~mtg_date} at the {~site_name} cafeteria, {~s1.first} is buying :pizza:", "pfs", "staff-name")
C("{~s1.full} ({~title}) will now handle all {~payer} escalations, {~s2.full} keeps {~payer2}", "pfs", "staff-name payer")

# ===== CLEAN: policy / training / compliance
C("reminder: never put full SSNs or MRNs in Teams - use the last 4 and the HAR lookup in Epic", "pam pfs", "ssn-topic mrn-topic hipaa")
C("MRNs go to 10 digits after the {~golive} conversion; old 8-digit MRNs get zero-padded", "it pam", "mrn-topic")
C("FAP updated {~eff}: 0-250% FPL free care, 251-400% sliding scale. {~count} apps pending", "fc", "policy")
C("per NSA, GFEs must go out within 3 business days for services scheduled 10+ days out", "fc pam", "policy")
C("{~md.dr}'s NPI is {~npi} - use that on the {~payer} enrollment, not the group NPI {~npi}", "pfs", "npi credentialing")
C("{~cpt} with {~icd} keeps denying for medical necessity at {~payer}. coding ({~s1.first}) says add modifier 25", "coder bill", "cpt icd")
C("HIPAA refresher due {~deadline} for all PFS staff. {~intranet}", "pam pfs", "hipaa training")
C("red flags rule: if a pt's photo ID doesn't match, escalate to {~s1.first} at {~ext}. don't type the ID number in comments", "pam", "policy ext")
C("self-pay discount is {~pct} eff {~eff}, prompt-pay {~pct} if paid within 30 days", "fc pfs", "policy")
C("the 90-day no-interest plan option goes away {~eff}; minimum term is now 6 months", "fc coll", "policy")
C("new policy {~policy_no}: refunds over {~amt_thr} need two signatures ({~exec} or {~exec})", "pfs", "policy")
C("reminder the SSN field is optional at registration - do not refuse service if a pt won't give it", "pam reg", "ssn-topic policy")
C("Medicare MSPQ is required for every Medicare pt at every inpatient admit, not just once a year. QA will start auditing {~eff}", "pam", "policy")
C("ICD-10 {~icd} needs a 7th character - {~count} claims held this week for it", "coder", "icd")
C("training: \"Difficult conversations about money\" {~mtg}, {~mroom}. {~s1.full} presenting", "fc pam", "training calendar")
C("charity care applies to DOS back 240 days from the first statement - see {~intranet}", "fc", "policy")
C("who approved the 24-month plan exception in {~fy}? {~s1.first} needs the policy cite", "pfs", "policy")
C("reg scripting for ages 65+: ask about Medicare Advantage before traditional Medicare", "pam", "age-aggregate")
C("patients aged 90 or older still need the MSPQ, no exceptions - {~s1.first} got asked this 3x today", "pam", "age-aggregate")
C("a DOB is never a verification on its own - name + DOB + one more identifier. see {~policy_no}", "pam reg", "policy")
C("the 90-day statement cycle is now 4 statements + final notice, agency at day 120", "coll", "policy")
C("ABN required for {~cpt} for Medicare pts starting {~eff}", "reg pam", "cpt policy")

# ===== CLEAN: bot questions and bot notifications
C("{$bot} how do I set up a payment plan longer than 24 months?", "coll fc", "bot-question")
C("{$bot} what's the timely filing limit for {~payer}?", "bill", "bot-question payer")
C("/denials top --payer {~payer_code} --period {~fy}", "ri", "bot-question slash-command")
C("{$bot} which worklist handles {~carc} denials?", "bill", "bot-question carc")
C("{$bot} what does {~carc} mean", "bill reg", "bot-question")
C("{$bot} how many accounts are on {~wq} right now?", "pfs", "bot-question worklist")
C("{$bot} what's the self-pay discount this year", "reg cash", "bot-question")
C("{$bot} find me the {~vendor} contract end date", "cfoa", "bot-question contract")
C("*Elig Bot* :robot_face: nightly run complete - {~count} checked, {~count} failures routed to {~wq}", "bot", "bot notification")
C("*Cash Bot*: lockbox {~batch} balanced at {~amt_big}. {~count} exceptions assigned to {~s1.first}", "bot", "bot notification")
C("🔔 {~wq}: {~count} new items since {~time}", "bot", "bot notification worklist")
C("[Denial Alert] {~carc} spike at {~payer}: {~count} in 24h (baseline {~count}). owner {~mention}", "bot", "bot denial")
C("*Reminder Bot*: {~ticket} is due {~deadline} - assigned to {~s1.full}", "bot", "bot ticket")
C("Estimate Bot: {~count} GFEs sent today, {~count} pending review, avg {~secs} min", "bot", "bot metric")
C("{$bot} what's the ext for the {~site} cashier?", "reg", "bot-question")
C("{$bot} is {~cpt} on the {~payer} PA list?", "pam reg", "bot-question cpt")

# ===== CLEAN: generic patient mentions with no identifiers
C("pt in {~room} asked for a price estimate for {~cpt}, sending FC up", "rn clerk", "generic")
C("had a {~age_ok} y/o self-pay pt at {~site} today, very upset about the ED facility fee - can we get better scripting?", "reg pam", "generic age-under-90")
C("a family at the {~site} desk asked for the FAP app in {~lang} - do we have the 2025 version?", "reg fc", "generic")
C("the pt from this morning (the one with two Medicaid plans) is sorted, thanks {~s1.first}!", "reg", "generic staff-name")
C("someone left a list of pt names on the printer in {~mroom} - shredded it. reminder to pick up your prints!", "pam", "generic privacy")
C("3 pts in the ED lobby waiting on reg, can someone from {~site_name} float?", "reg pam", "generic")
C("pt in bed {~n} wants to pay the copay before d/c - is the cashier open after {~time}?", "rn clerk", "generic")
C("got a call from a very nice older gentleman (80s?) who wanted to pay in cash by mail. told him to send a check to the lockbox {~facaddr}", "cash", "generic facility-address")
C("we have a pt who speaks {~lang} at the window and the interpreter line is down, any bilingual staff around?", "reg", "generic")
C("a pt's daughter called asking about a bill but there's no HIPAA release on file, so I didn't give out anything. good?", "bill", "generic hipaa")
C("how do we handle pts who pay with a money order? {~s1.first} says scan it to the {~batch}", "cash", "generic")
C("pt in {~room} is VIP per the flag - nobody but {~s1.first} works that account pls", "pfs", "generic vip")
C("pt refused to sign the MSPQ, what's our process? {~s1.first} said document and move on", "reg", "generic")
C("2 pts over 90 today w/o any supplemental coverage - FC swamped, can someone help at {~site}?", "fc", "generic age-aggregate")
C("the 90-year-old rule for MSPQ exemptions doesn't exist, that's a myth. every Medicare pt gets it", "pam", "generic age-aggregate")
C("if a pt asks for an itemized bill, the turnaround is 5 business days. don't promise same day", "bill", "generic policy")

# ===== CLEAN: threads, forwarded mails, quoted replies, handoffs
C("> can someone approve the {~vendor} invoice?\ndone - {~inv}, charged to {~costc}", "pfs cfoa", "quote invoice multiline")
C("Fwd: {~payer} Provider Bulletin\n> Effective {~eff}, {~cpt} will require prior authorization for all commercial members.\n> Questions: contact your Provider Relations representative.\nFYI {~s1.first} pls add to the PA list", "pam", "forwarded quote payer multiline")
C("shift handoff (PFS):\n- {~wq}: {~count} left\n- {~ticket} still open w/ IT\n- {~vendor} called back re {~inv}, no action\n- {~s1.first} out tmrw", "pfs bill", "handoff list multiline")
C("> {~s1.first}: who's on the {~payer} call?\nme + {~s2.first}. {~rep.first} from their side. {~zoom}", "pfs", "quote calendar multiline")
C("Thread summary for {~exec_first}:\n• {~payer} owes {~amt_big}\n• {~vendor} go-live slipped to {~golive}\n• audit fieldwork {~mtg_date}\n• no new staffing asks", "cfoa", "summary list multiline")
C("From: {~s1.full}\nTo: PFS Leadership\nSubject: {~fy} bad debt write-off approval\n\nAttached is the {~fy} write-off file ({~count} accounts, {~amt_big}). Please approve by {~deadline}.\n\nThanks,\n{~s1.first}", "pfs", "forwarded email multiline")
C("> is the {~site} cashier open sat?\nno, only {~site_name} 9-1", "reg cash", "quote multiline")
C("> {~exec}: can we get the denial trend before the board?\nyes, {~s1.first} will have it by {~deadline}. draft at {~intranet}", "cfoa pfs", "quote multiline")
C("weekly PFS huddle notes:\n1. {~payer} recoupments ({~amt_big}) - {~s1.first}\n2. {~vendor} {~version} testing - {~s2.first}\n3. audit PBC list - {~s3.first}\n4. PTO requests due {~deadline}", "pfs", "notes list multiline")
C("re: the {~payer} letter - it's a general notice to all providers, not about any specific pt. no action", "bill", "payer")
C("can someone explain to me like I'm 5 why {~payer} pays {~cpt} at {~pct} of Medicare at {~site_name} but not at {~site_name}?", "exec cfo", "payer")
C("{~s1.first}: I moved the {~count} {~carc} accts to {~wq}\n{~s2.first}: 👍 I'll work them tmrw\n{~s1.first}: ty", "bill", "thread multiline")
C("Calendar: Rev Cycle Steering\nWhen: {~mtg}\nWhere: {~mroom}, {~facaddr}\nJoin: {~zoom}\nOrganizer: {~cfoa}", "cfoa", "calendar structured multiline")
C("ok so the {~payer} rep told {~s1.first} one thing and {~rep2.full} told me the opposite. escalating to {~exec}", "pfs", "payer")
C("{~s1.first} {~s1.last} from {~dept} and {~s2.first} {~s2.last} from {~dept} will co-lead the charity care workgroup. first mtg {~mtg}", "pfs exec", "staff-name calendar")


# ===== CLEAN: long replies, zip-like numbers
C("Long update, sorry: the {~vendor} go-live is moving to {~golive}. Reasons: (1) the 837 test files from {~batch} still fail on {~count} claims, mostly front-end edits; (2) {~payer} hasn't finished their side of the ERA enrollment; (3) we lose {~s1.first} to Epic training the week of {~mtg_date}. {~exec} is aware and OK with it. {~s2.first} will update the project plan ({~ticket}) and the steering deck for {~mtg}. Nothing changes for the front end - registrars keep using the current estimator until further notice.", "pam pfs", "thread long go-live")
C("Board logistics for {~mtg_date}: finance committee at 7:30 in {~mroom}, full board at 9 at {~facaddr}. {~exec} presents the rev cycle section ({~count} slides, v{~n} on the portal). Parking validated for trustees at the front desk. Remote attendees use {~zoom}. {~cfoa} has the sign-in sheet; breakfast order is on {~po}.", "cfoa", "thread long calendar board")
C("5-digit cost center for the {~vendor} invoice is {~cc5}, not the old PFS one. {~s1.first} fixed the req", "pfs cfoa", "zip-like cost-center")
C("lockbox remits go to {~facaddr} - NOT the {~site_name} street address. the {~cc5} on the old coupons was the cost center, not a ZIP", "cash pfs", "zip-like facility-address")
C("{~vendor} batch ids look like ZIPs ({~cc5}, {~cc5}) - they're not, don't let the scrubber flag them", "it pfs", "zip-like batch")

# --------------------------------------------------------------------------- build
class Retry(Exception):
    pass


GUARD = [("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
         ("ipv4", re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")),
         ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
         ("phone", re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")),
         ("card", re.compile(r"\b(?:\d[ -]?){15,16}\b"))]
GUARD_SKIP_GENS = {"zoom"}


def finalize(m, ident):
    text, spans, pos = "", [], 0
    masked = []
    for s in m.segs:
        b = s.text.encode("utf-8")
        if s.typ:
            v = s.text
            if v != v.strip() or v[-1] in ",.;:!?'\"*`" or v[0] in ",.;:!?'\"*`<":
                raise AssertionError("bad span boundary %r in %s" % (v, ident))
            spans.append((s.typ, v, pos, pos + len(b)))
            masked.append(" " * len(s.text))
        else:
            masked.append(" " * len(s.text) if s.gen in GUARD_SKIP_GENS else s.text)
        text += s.text
        pos += len(b)
    # the raw format is located by left-to-right search: every value must be found exactly where it was put
    tb, cur = text.encode("utf-8"), 0
    for typ, v, st, en in spans:
        i = tb.find(v.encode("utf-8"), cur)
        if i != st:
            raise Retry()
        cur = en
    # no unlabelled text may look like a conservative identifier
    mt = "".join(masked)
    for name, rx in GUARD:
        hit = rx.search(mt)
        if hit:
            raise AssertionError("unlabelled %s-like text %r in %s: %r" % (name, hit.group(0), ident, text))
    if m.phi and not spans:
        raise Retry()
    if not m.phi and spans:
        raise AssertionError("clean frame produced spans")
    return text, spans


def auto_tags(m, text, spans):
    tags = list(m.tags)
    types = []
    for typ, _, _, _ in spans:
        if typ not in types:
            types.append(typ)
    for t in types:
        if TYPE_TAG[t] not in tags:
            tags.append(TYPE_TAG[t])
    if spans and all(t in ("PHONE", "EMAIL") for t in types) and m.bizvals and not m.persvals:
        tags.append("business-contact")
    if "\n" in text:
        tags.append("multiline")
    if re.search(r"<@U|<https?://|<mailto:|<tel:|\*[^*\n]+\*|`[^`\n]+`|(?<![A-Za-z0-9])_[^_\n]+_(?![A-Za-z0-9])", text):
        tags.append("slack-markup")
    if re.search(r":[a-z0-9_+\-]+:|[\U0001F300-\U0001FAFF\u2600-\u27BF]", text):
        tags.append("emoji")
    if re.search(r"[\uFF01-\uFF5E\u3000]", text):
        tags.append("fullwidth")
    if re.search(r"[\u200b\u200c\u200d\u2060\ufeff]", text):
        tags.append("zero-width")
    if re.search(r"^\s*(?:[-•*☐]|\d+[.)])\s", text, re.M):
        tags.append("list")
    if "\t" in text or re.search(r"^\|.*\|$", text, re.M):
        tags.append("table")
    if re.search(r"^>", text, re.M):
        tags.append("quote")
    out = []
    for t in tags:
        if t and t not in out and t not in ("phi", "clean"):
            out.append(t)
    return ["phi" if spans else "clean"] + out


def build(rng, frame, phi, ident):
    tpl, roles, ftags = frame
    for attempt in range(60):
        m = Msg(rng, rng.choice(roles), phi)
        m.tag("role-" + m.role)
        expand(m, tpl)
        apply_voice(m)
        m.tag(*ftags)
        try:
            text, spans = finalize(m, ident)
        except Retry:
            continue
        return {"id": ident, "text": text,
                "spans": [{"type": t, "value": v} for t, v, _, _ in spans],
                "tags": auto_tags(m, text, spans)}, spans
    raise AssertionError("could not place values for %s after 60 attempts: %r" % (ident, tpl))


def check_pools():
    given = set()
    for f, mm in GIVEN.values():
        given.update(f)
        given.update(mm)
    surn = set(ALL_SURN)
    assert len(given) >= 400, len(given)
    assert len(surn) >= 400, len(surn)
    frames = [f[0] for f in PHI_FRAMES + CLEAN_FRAMES]
    assert len(set(frames)) == len(frames), "duplicate frame"
    assert len(frames) >= 300, len(frames)
    for tpl, roles, _ in PHI_FRAMES + CLEAN_FRAMES:
        for r in roles:
            assert r in ROLES, r
    return len(given), len(surn), len(frames)


def main():
    ng, ns, nf = check_pools()
    rng = random.Random(SEED)
    kinds = [True] * N_PHI + [False] * (N_MSG - N_PHI)
    rng.shuffle(kinds)
    queues = {True: [], False: []}
    pools = {True: PHI_FRAMES, False: CLEAN_FRAMES}
    items = []
    for n, phi in enumerate(kinds, 1):
        if not queues[phi]:
            q = list(range(len(pools[phi])))
            rng.shuffle(q)
            queues[phi] = q
        frame = pools[phi][queues[phi].pop()]
        item, spans = build(rng, frame, phi, "hb%04d" % n)
        # independent re-check with the same search the format checker uses
        b, cur = item["text"].encode("utf-8"), 0
        for sp, (_, _, st, en) in zip(item["spans"], spans):
            i = b.find(sp["value"].encode("utf-8"), cur)
            assert i == st and i + len(sp["value"].encode("utf-8")) == en, (item["id"], sp)
            cur = en
        items.append(item)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False, separators=(",", ":")) + "\n")
    n_phi = sum(1 for it in items if it["spans"])
    sys.stderr.write("wrote %d messages (%d PHI, %d clean) to %s; frames: %d PHI + %d clean = %d; "
                     "given names %d, surnames %d\n" % (len(items), n_phi, len(items) - n_phi, OUT,
                                                       len(PHI_FRAMES), len(CLEAN_FRAMES), nf, ng, ns))


if __name__ == "__main__":
    main()
