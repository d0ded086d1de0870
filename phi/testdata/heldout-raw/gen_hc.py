#!/usr/bin/env python3
"""Generator for evaluation set "hc": labelled hospital chat messages, women's and
children's services (L&D, NICU, paediatrics, school nurse liaison, CPS referrals,
guardians/foster parents, twins, mother/newborn record pairs, car-seat checks, and the
service line director's scheduling, board and donor meetings).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes generated_hc.jsonl next to this file in the raw format read by
check_phi_corpus.py: {"id","text","spans":[{"type","value"}...],"tags":[...]}
with span values listed in reading order.

Usage: python3 gen_hc.py [--stats]
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 20250614
N_TOTAL = 1500
N_PHI = 825          # 55 %
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_hc.jsonl")

TYPES = ("NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID",
         "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS", "ADDRESS", "CREDIT_CARD")


def _names(s):
    return [x.strip() for x in s.split(",") if x.strip()]


def dedupe(xs):
    return list(dict.fromkeys(xs))


# ---------------------------------------------------------------------------
# name pools (given names split by female / male; surnames by origin)
# ---------------------------------------------------------------------------
GIVEN = {
    "anglo": (
        "Emily, Olivia, Emma, Charlotte, Amelia, Harper, Evelyn, Abigail, Claire, Sarah, Megan, Kelsey, "
        "Brittany, Heather, Amanda, Jessica, Ashley, Madison, Paisley, Brooklyn, Everly, Nora, Molly, "
        "Kaitlyn, Elizabeth, Margaret, Jacqueline, Katherine, Shannon, Courtney",
        "James, Liam, Noah, Benjamin, Lucas, Henry, Owen, Caleb, Wyatt, Tyler, Cody, Dustin, Brandon, "
        "Logan, Colton, Sawyer, Declan, Finn, Connor, Patrick, Brian, Kevin, William, Robert, Christopher, "
        "Michael, Timothy, Shane"),
    "word": (
        "Hope, Rose, Joy, Faith, Grace, Dawn, Summer, Autumn, Ivy, Hazel, Violet, Willow, Amber, Crystal, "
        "Destiny, Trinity, Harmony, Honor, Journey, Lyric, Miracle, Genesis, Heaven, Brook, Sunny, Star, "
        "Charity, Blessing, Precious, Merry, Paige, Page",
        "Hunter, Chase, King, Major, River, Royal, Justice, Mason, Forrest, Sterling, Cash, Ace, Rocky, "
        "Legend, Prince, Gunner, Ranger, Booker, Deacon, Bishop, Young"),
    "aa": (
        "Keisha, Latoya, Tanisha, Aaliyah, Imani, Jayla, Kiara, Shanice, Ebony, Jada, Zaria, Deja, Nia, "
        "Kenya, Shaniqua, LaKeisha, Monique, Tamika, Rashida, Tiana, Essence, Ayanna, Kimora, Janelle",
        "DeShawn, Jamal, Darnell, Marquis, Treyvon, Dante, Tyrone, Malik, Terrell, Kendrick, Jaylen, Amari, "
        "DaQuan, Khalil, Demetrius, Reginald, Cedric, Lamar, Dwayne, Jermaine, Tavon, Marcus"),
    "hisp": (
        "María, Guadalupe, Camila, Valentina, Sofía, Ximena, Carmen, Yesenia, Marisol, Esperanza, Rosario, "
        "Dulce, Paloma, Xiomara, Yadira, Itzel, Fernanda, Nayeli, Catalina, Alondra, Lupita, Inés, Consuelo, "
        "María José, Luz, Milagros, Maria",
        "José, Alejandro, Santiago, Mateo, Luis, Jesús, Juan Carlos, Emilio, Joaquín, Héctor, Rigoberto, "
        "Francisco, Diego, Javier, Ángel, Rafael, Ernesto, Wilfredo, Yandel, Iker, Jose"),
    "wafr": (
        "Adaeze, Ngozi, Folake, Ama, Akosua, Abena, Funmilayo, Ifeoma, Temitope, Nkechi, Aminata, Fatoumata, "
        "Awa, Efua, Yetunde, Chiamaka, Adwoa, Kehinde, Chinonso, Bisola",
        "Chukwuemeka, Oluwaseun, Kwame, Kofi, Yaw, Adebayo, Chidi, Babajide, Obinna, Mamadou, Ousmane, "
        "Seydou, Kojo, Emeka, Tolu, Taiwo, Ikenna, Kwabena, Segun, Alassane"),
    "eafr": (
        "Tigist, Selam, Meseret, Hana, Almaz, Wanjiru, Njeri, Achieng, Amani, Zawadi, Neema, Halima, Hodan, "
        "Ayaan, Fartun, Sagal, Hibaaq, Mekdes, Eyerusalem, Kidist, Wambui, Akinyi",
        "Abebe, Dawit, Yonas, Mulugeta, Kamau, Otieno, Baraka, Hamisi, Faraji, Abdirahman, Liban, Yohannes, "
        "Jabari, Tesfaye, Bereket, Mohamud, Okello, Kipchoge"),
    "sasia": (
        "Priya, Ananya, Diya, Kavya, Saanvi, Lakshmi, Deepa, Meera, Harpreet, Simran, Ayesha, Nusrat, "
        "Tahmina, Pooja, Sneha, Aditi, Anjali, Shreya, Rukhsana, Manpreet, Gurleen, Nandini",
        "Arjun, Rohan, Aarav, Ishaan, Vikram, Sunil, Rajesh, Gurpreet, Navdeep, Farhan, Rahul, Nikhil, "
        "Sanjay, Venkatesh, Tanvir, Imran, Karthik, Siddharth, Jaspreet, Amit"),
    "easia": (
        "Mei, Jing, Li Na, Yuki, Sakura, Aiko, Seo-yeon, Hye-jin, Soo-ah, Yuna, Haeun, Yiting, Naoko, Yumi, "
        "Da-eun, Eun-ji, Lan, Qing, Xiaoling, Mei-Ling",
        "Wei, Xiaoming, Hao, Haruto, Hiroshi, Kenji, Ji-woo, Min-jun, Jae-won, Zhiwei, Ming, Ryo, Akira, "
        "Shun, Tae-yang, Jun, Hyun-woo, Daisuke, Bo, Yichen"),
    "seasia": (
        "Thanh, Linh, Huong, Trang, Phuong, Ngoc, Sokha, Chantha, Vanna, Malee, Kanya, Siriporn, Anh, "
        "Khanh, Nguyet, Maricel, Rhea, Jovelyn, Marites, Rowena, Ligaya, Dalisay, Lourdes, Mai",
        "Minh, Quang, Tuan, Duc, Dara, Somchai, Niran, Bao, Vinh, Hieu, Jericho, Arnel, Bayani, Rodel, "
        "Ramil, Sovann, Visal, Nam"),
    "arab": (
        "Fatima, Aisha, Layla, Zainab, Mariam, Noor, Rania, Yasmin, Amira, Salma, Huda, Leila, Dalia, Nadia, "
        "Jamila, Lina, Rasha, Maha, Reem, Samira",
        "Mohammed, Ahmed, Omar, Yusuf, Khaled, Hassan, Samir, Tariq, Ibrahim, Hadi, Karim, Rami, Ziad, "
        "Bilal, Hamza, Mustafa, Walid, Mahmoud, Nabil, Fadi"),
    "jew": (
        "Rivka, Shira, Yael, Miriam, Chaya, Esther, Naomi, Leah, Batsheva, Devorah, Tova, Noa, Rachel, "
        "Malka, Hadassah, Ruth, Talia, Liora, Sarit, Dina",
        "Avi, Moshe, Eli, Ari, Dov, Tzvi, Yosef, Menachem, Shlomo, Ezra, Itai, Boaz, Yehuda, Gideon, Zev, "
        "Asher, Oren, Mordechai, Yitzchak, Noam"),
    "eeur": (
        "Olena, Natalia, Oksana, Svetlana, Irina, Katarzyna, Agnieszka, Yulia, Anastasia, Mirela, Milena, "
        "Jelena, Ilona, Jana, Ioana, Vesna, Halyna, Zuzana, Dorota, Ludmila",
        "Dmitri, Piotr, Tomasz, Vasyl, Bogdan, Dragan, Nikola, Zoltan, Lukas, Radek, Mihai, Andrei, Goran, "
        "Yaroslav, Taras, Marek, Sergei, Oleksandr, Janusz, Miroslav"),
    "pac": (
        "Leilani, Kalani, Malia, Nalani, Losa, Mele, Moana, Pua, Lani, Hinemoa, Aroha, Salote, Losaline, "
        "Noelani, Keala, Mahina, Ana, Sina",
        "Keanu, Kai, Makana, Sione, Tevita, Sefo, Kainoa, Iosefa, Tane, Manaia, Viliami, Fetu, Ikaika, Koa, "
        "Pita, Semisi, Nohea"),
    "nat": (
        "Winona, Tallulah, Cheyenne, Aiyana, Kachina, Shilah, Kiona, Halona, Chenoa, Sequoia, Lomasi, Nita, "
        "Onawa, Catori, Dyani, Aponi, Tala, Waya, Sahkyo, Ayita",
        "Dakota, Takoda, Tahoma, Elu, Ahanu, Tokala, Hakan, Chayton, Kele, Mato, Enapay, Nodin, Hototo, Sani, "
        "Kohana, Bodaway, Yuma, Akecheta"),
    "carib": (
        "Andrea, Shanelle, Tashana, Shauna, Kerry-Ann, Nadine, Jhanelle, Shantel, Yolande, Fabienne, "
        "Marie-Claude, Wideline, Yanick, Widlyne, Mirlande, Stéphanie, Dieunie, Carline, Nadège, Roseline, "
        "Guerline, Sherene",
        "Marlon, Kemar, Delroy, Garfield, Odane, Winston, Jean-Baptiste, Ricardo, Jovenel, Kervens, Fritznel, "
        "Junior, Dwight, Kadeem, Romario, Jean-Robert, Wesner, Ernso, Shamar, Rudolph"),
}

SURN = {
    "anglo": "Smith, Johnson, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Martin, Thompson, "
             "Harris, Clark, Lewis, Walker, Hall, Allen, Wright, Scott, Baker, Adams, Nelson, Carter, "
             "Mitchell, Roberts, Turner, Phillips, Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, "
             "Cook, Rogers, Morgan, Cooper, Peterson, Reed, Kelly, Howard, Sullivan, O'Brien, McCarthy, "
             "Fitzgerald, O'Neill, MacDonald, Doherty, Callahan, O'Connor, Whitaker, Pemberton",
    "word": "Young, Law, Church, Field, Rose, Bishop, Page, Hope, Small, Little, Black, Brown, Green, Gray, "
            "Strong, Wise, Moody, Rich, Hill, Wood, Stone, Lane, Street, Marsh, Frost, Snow, Winter, Day, "
            "Knight, King, Price, Banks, Bell, Mills, Fox, Hunt, Sharp, Cross, Love, Battle, Goodman, Friend, "
            "Chase, Gates, Dean, Ward, Cash, Hale, Noble, Swift, Sweet, Rice, May, Long, Short, Best",
    "aa": "Washington, Jefferson, Jackson, Robinson, Freeman, Coleman, Jenkins, Bryant, Simmons, Brooks, "
          "Dixon, Mosley, Gaines, Pettaway, Jernigan, Whitlock, Boykin, Gadsden, Blackwell, Haynes, Pruitt, "
          "Mayweather, Lovejoy, Dukes",
    "hisp": "García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres, "
            "Flores, Rivera, Gómez, Díaz, Reyes, Morales, Cruz, Ortiz, Gutiérrez, Chávez, Ramos, Ruiz, "
            "Alvarado, Mendoza, Vásquez, Castillo, Jiménez, Moreno, Romero, Herrera, Medina, Aguilar, Vargas, "
            "Castro, Guerrero, de la Cruz, De León, del Valle, Santiago-Ortiz, Ruiz-Medina, García López, "
            "Peña, Ibáñez, Quiñones, Batista, Garcia, Rodriguez",
    "wafr": "Okafor, Adeyemi, Okonkwo, Mensah, Asante, Boateng, Owusu, Nwosu, Eze, Adebayo, Ogunleye, Olawale, "
            "Diallo, Traoré, Coulibaly, Ndiaye, Sow, Bah, Kamara, Sesay, Konaté, Oyelaran, Achebe, Chukwu, "
            "Obi, Nnamdi, Agyeman, Darko, Appiah, Osei, Danjuma, Bello, Balogun, Ekwueme",
    "eafr": "Tesfaye, Bekele, Haile, Gebremedhin, Alemu, Mekonnen, Girma, Kebede, Wolde, Mohamed, Abdi, "
            "Warsame, Farah, Omondi, Mwangi, Kariuki, Njoroge, Wanjiku, Ochieng, Kiptoo, Mutua, Nyambura, "
            "Mugisha, Habimana, Uwimana, Nsubuga, Ssempala, Abdullahi",
    "sasia": "Patel, Shah, Singh, Kaur, Gupta, Sharma, Reddy, Iyer, Nair, Menon, Chaudhry, Khan, Rahman, "
             "Hossain, Chowdhury, Desai, Mehta, Joshi, Kapoor, Malhotra, Banerjee, Chatterjee, Mukherjee, "
             "Pillai, Subramanian, Venkataraman, Bhattacharya, Siddiqui, Qureshi, Islam, Dhillon, Sandhu, Grewal",
    "easia": "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Lin, Tanaka, Suzuki, "
             "Takahashi, Watanabe, Yamamoto, Nakamura, Kobayashi, Sato, Kim, Lee, Park, Choi, Jung, Kang, Cho, "
             "Yoon, Jang, Lim, Han, Oh, Seo, Kwon",
    "seasia": "Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Dang, Bui, Do, Ho, Ngo, Duong, Ly, Sok, Chea, Heng, "
              "Meas, Srey, Phommachanh, Vongsavath, Santos, Dela Cruz, Bautista, Villanueva, Aquino, "
              "Pangilinan, Macaraeg, Dimaculangan, Srisuk, Suwannarat, Nguyen-Tran",
    "arab": "Al-Hashimi, Haddad, Khoury, Nasser, Saleh, Mansour, Hamdan, Abboud, El-Amin, Aziz, Darwish, "
            "Farouk, Habib, Jaber, Kassem, Bakr, Al-Sayed, Abu-Ghazaleh, el-Masri, Yousef, Sabbagh, Shalhoub, "
            "Awad, Ibrahim, Zayed, bin Ahmad",
    "jew": "Cohen, Levi, Katz, Goldberg, Friedman, Shapiro, Rosenberg, Klein, Weiss, Schwartz, Adler, "
           "Ben-David, Ben-Ami, Mizrahi, Peretz, Abramowitz, Feldman, Greenbaum, Horowitz, Lieberman, "
           "Rabinowitz, Rubin, Segal, Stern, Zuckerman",
    "eeur": "Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Kamińska, Lewandowski, Zieliński, Shevchenko, "
            "Kovalenko, Bondarenko, Tkachenko, Melnyk, Ivanova, Petrov, Smirnov, Volkov, Popescu, Ionescu, "
            "Dumitru, Horvath, Novak, Dvořák, Kovač, Jovanović, Petrović, Nikolić, Babić, Kuznetsova, Sokolov",
    "pac": "Kahale, Kealoha, Kamakana, Nakoa, Palakiko, Fifita, Tupou, Vaipulu, Faleolo, Tuilagi, Sopoaga, "
           "Leota, Tauiliili, Mahe, Kauhane, Aumua, Taufa, Havili, Ngata, Parata, Te Rangi, Kealoha-Nakamura",
    "nat": "Begay, Yazzie, Tsosie, Benally, Nez, Harjo, Deschenie, Redhorse, Lonetree, Two Bulls, Bearheart, "
           "Littlewolf, Runningwater, Tallbear, Whitehorse, Kingbird, Red Cloud, Many Goats, Silversmith, "
           "Chee, Attakai, Peaches",
    "carib": "Morrison, Facey, Gayle, Reid, Francis, Grant, Wint, McKenzie, Thorpe, Pierre, Jean-Louis, "
             "Joseph, Baptiste, Toussaint, Dorvil, Etienne, Saint-Fleur, Désir, Charles, Augustin, Lafortune, "
             "Bien-Aimé, Célestin, Mondesir, Hinds, Ramcharan, Persaud, Ramdass, Campbell, Bailey",
    "particle": "van der Berg, de Souza, da Silva, dos Santos, van Dijk, D'Angelo, di Stefano, von Holt, "
                "le Roux, Van Buren, St. John, De La Rosa, ter Horst, Smith-Mensah, Mac Giolla, O'Sullivan-Diaz",
}
GIVEN_F = {k: _names(v[0]) for k, v in GIVEN.items()}
GIVEN_M = {k: _names(v[1]) for k, v in GIVEN.items()}
SURNAMES = {k: _names(v) for k, v in SURN.items()}
ORIGINS = [k for k in GIVEN]
ALL_GIVEN = dedupe([n for k in ORIGINS for n in GIVEN_F[k] + GIVEN_M[k]])
ALL_SURN = dedupe([n for k in SURNAMES for n in SURNAMES[k]])

NICK = {
    "Alejandro": "Alex", "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Elizabeth": "Liz", "Katarzyna": "Kasia",
    "Guadalupe": "Lupe", "Benjamin": "Ben", "Anastasia": "Nastya", "Mohammed": "Mo", "Temitope": "Tope",
    "Funmilayo": "Funmi", "Abdirahman": "Abdi", "Dmitri": "Dima", "Jesús": "Chuy", "Rosario": "Charo",
    "Francisco": "Paco", "Margaret": "Peggy", "William": "Billy", "Robert": "Bobby", "Christopher": "Topher",
    "Jacqueline": "Jackie", "Yehuda": "Yudi", "Katherine": "Kate", "Michael": "Mikey", "Timothy": "Timmy",
    "Babajide": "Jide", "Oleksandr": "Sasha", "Svetlana": "Sveta", "Natalia": "Tasha", "Yitzchak": "Itzik",
    "Abigail": "Abby", "Jean-Baptiste": "JB", "Juan Carlos": "JC", "María José": "Majo", "Kerry-Ann": "Kerry",
    "Eyerusalem": "Jerry", "Venkatesh": "Venky", "Siddharth": "Sid", "Christiana": "Chris", "Demetrius": "Meech",
    "Reginald": "Reggie", "Mordechai": "Motti", "Xiaoming": "Ming", "Gurpreet": "Gary", "Dalisay": "Dali",
    "Kwabena": "Kobby", "Ikenna": "Ike", "Hyun-woo": "Hugo", "Ludmila": "Lyuda", "Harpreet": "Harp",
}

TOWNS = [  # (town, state, zip)
    ("Lowell", "MA", "01852"), ("Dracut", "MA", "01826"), ("Methuen", "MA", "01844"), ("Lawrence", "MA", "01841"),
    ("Haverhill", "MA", "01830"), ("Amesbury", "MA", "01913"), ("Salem", "MA", "01970"), ("Peabody", "MA", "01960"),
    ("Lynn", "MA", "01902"), ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"), ("Malden", "MA", "02148"),
    ("Medford", "MA", "02155"), ("Somerville", "MA", "02143"), ("Everett", "MA", "02149"), ("Quincy", "MA", "02169"),
    ("Brockton", "MA", "02301"), ("Taunton", "MA", "02780"), ("Fall River", "MA", "02720"),
    ("New Bedford", "MA", "02740"), ("Framingham", "MA", "01702"), ("Worcester", "MA", "01604"),
    ("Fitchburg", "MA", "01420"), ("Leominster", "MA", "01453"), ("Chelmsford", "MA", "01824"),
    ("Billerica", "MA", "01821"), ("Tewksbury", "MA", "01876"), ("Andover", "MA", "01810"), ("Woburn", "MA", "01801"),
    ("Waltham", "MA", "02453"), ("Randolph", "MA", "02368"), ("Weymouth", "MA", "02189"),
    ("Dorchester", "MA", "02124"), ("Mattapan", "MA", "02126"), ("Roxbury", "MA", "02119"),
    ("Hyde Park", "MA", "02136"), ("East Boston", "MA", "02128"), ("Springfield", "MA", "01109"),
    ("Holyoke", "MA", "01040"), ("Chicopee", "MA", "01013"), ("Nashua", "NH", "03060"), ("Salem", "NH", "03079"),
    ("Pelham", "NH", "03076"), ("Manchester", "NH", "03103"), ("Pawtucket", "RI", "02860"),
    ("Westford", "MA", "01886"), ("Tyngsborough", "MA", "01879"), ("North Andover", "MA", "01845"),
    ("Georgetown", "MA", "01833"), ("Groveland", "MA", "01834"),
]
STREETS = [
    "Tarbox Rd", "Pawtucket Blvd", "Broadway", "Main St", "Elm St", "Bridge St", "Lakeview Ave", "Gorham St",
    "Varnum Ave", "Essex St", "Chestnut St", "Hampshire St", "Blue Hill Ave", "Columbia Rd", "Warren St",
    "Dudley St", "Central St", "Lincoln Ave", "Hope St", "Church St", "Rose Ln", "Bishop Way", "Salem Tpke",
    "Merrimack St", "Jackson Ave", "School St", "Pleasant St", "Summer St", "Winter St", "Water St",
    "Howard St", "Riverside Dr", "Andover St", "Mammoth Rd", "Textile Ave", "Westford St", "Stevens St",
    "Tremont St", "Prospect Hill Rd", "Amesbury Line Rd", "Kenwood Ave", "Oak Hill Cir", "Garden Ct",
    "Liberty St", "Cedar Terr", "Mill Pond Dr", "Francis Ave", "Boston Rd", "Lawrence St", "Ferry Rd",
]
FACILITIES = [  # unlabelled: our own sites, venues, vendor offices
    "40 Mill St, Lowell, MA 01852", "295 Varnum Ave, Lowell MA 01854", "1 Hospital Dr, Methuen, MA 01844",
    "10 Research Pl, Chelmsford MA 01824", "70 East St, Methuen, MA 01844", "140 Lincoln Ave, Haverhill MA 01830",
    "55 Fruit St, Boston, MA 02114", "800 Boylston St, Boston MA 02199", "3 Federal St, Salem, MA 01970",
    "25 Corporate Dr, Burlington, MA 01803", "One Cabot Rd, Hudson, MA 01749", "200 Minuteman Rd, Andover MA 01810",
    "600 Suffolk St, Lowell MA 01854", "12 Kearney Sq, Lowell, MA 01852", "50 Prospect St, Lawrence MA 01841",
]
SITES = ["Mill St", "Chelmsford", "Methuen", "Haverhill", "Dracut", "Lawrence", "Andover", "Westford",
         "Tewksbury", "Salem", "Nashua", "Billerica", "Lowell", "Amesbury", "Tyngsborough"]
SCHOOLS = ["Bartlett Community School", "McAuliffe Elementary", "Lowell High", "Greenhalge Elementary",
           "Daley Middle", "Lawrence High", "Oliver Partnership School", "Salem Academy Charter",
           "Tewksbury Memorial High", "Dracut Middle", "Pyne Arts", "Murkland Elementary", "Methuen High",
           "Sullivan Middle", "Hunt Elementary"]
VENDORS = ["Medline", "Cardinal Health", "Philips", "GE HealthCare", "Dräger", "Baxter", "BD", "Masimo",
           "Natus", "Evenflo", "Graco", "Medela", "Ameda", "Hologic", "PeriGen", "Epic", "Vocera", "Stryker",
           "Abbott Nutrition", "Mead Johnson", "Prolacta", "Owens & Minor", "Hill-Rom", "Getinge", "Crothall",
           "Sodexo", "Aramark", "Cerner", "Imprivata", "Spok"]
INTERP_LANGS = ["Spanish", "Portuguese", "Haitian Creole", "Khmer", "Vietnamese", "Amharic", "Somali",
                "Arabic", "Twi", "Yoruba", "Swahili", "Nepali", "Ukrainian", "Russian", "Mandarin", "Cape Verdean Creole",
                "Tigrinya", "Dari", "Pashto", "Tagalog", "Polish", "Marshallese", "Navajo"]
FAMILY_WORDS = ["abuela", "mi bebé", "gracias", "por favor", "mi'ja", "medaase", "asante sana", "shukran",
                "merci", "cảm ơn", "obrigada", "salamat po", "dziękuję", "спасибо", "mahalo", "ẹ ṣé", "bubbe",
                "lola", "nana", "ayeeye", "mèsi anpil", "habibti", "amesegnalehu", "bendición", "ya Allah",
                "o ṣeun", "Dios te bendiga", "mwen pa konprann", "no hablo inglés", "alhamdulillah"]
EMOJI_CODES = [":baby:", ":baby_bottle:", ":white_check_mark:", ":eyes:", ":pray:", ":rotating_light:", ":car:",
               ":calendar:", ":tada:", ":heart:", ":+1:", ":warning:", ":pregnant_woman:", ":teddy_bear:",
               ":hospital:", ":memo:", ":sweat_smile:", ":clipboard:", ":bell:", ":stethoscope:"]
EMOJI_UNI = ["👶", "🍼", "✅", "👀", "🙏", "🚨", "🚗", "📅", "🎉", "❤️", "👍", "⚠️", "🤰", "🧸", "💕", "😬",
             "🙌", "📋", "☎️", "🏥"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
             "twenty-ninth", "thirtieth", "thirty-first"]
DIG_WORDS = "zero one two three four five six seven eight nine".split()
NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "a hundred and one", 102: "one hundred two", 103: "103"}
FW_TABLE = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
ZW = "\u200b"
NBSP = "\u00a0"


# ---------------------------------------------------------------------------
# segments and context
# ---------------------------------------------------------------------------
class Seg:
    __slots__ = ("text", "kind", "typ", "lower_ok", "adj_ok", "owner")

    def __init__(self, text, kind="L", typ=None, lower_ok=True, adj_ok=False, owner=None):
        # kind: L literal (typos ok), N unlabelled name/protected, R raw (untouched), V labelled value
        self.text = text
        self.kind = kind
        self.typ = typ
        self.lower_ok = lower_ok
        self.adj_ok = adj_ok
        self.owner = owner


def L(t):
    return Seg(t, "L")


def N(t):
    return Seg(t, "N")


def R(t):
    return Seg(t, "R", lower_ok=False)


def V(t, typ, lower_ok=False, owner="ind", adj_ok=False):
    assert typ in TYPES, typ
    return Seg(t, "V", typ, lower_ok, adj_ok, owner)


class Person:
    def __init__(self, given, surname, sex, origin, mi=None):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.origin = origin
        self.mi = mi
        self.nick = NICK.get(given)


class GenError(Exception):
    pass


class Ctx:
    def __init__(self, r, phi):
        self.r = r
        self.phi = phi            # labelled slots allowed
        self.people = {}
        self.staff = {}
        self.families = {}
        self.used_given = set()
        self.used_surn = set()
        self.tags = []
        self.vals = {}            # remembered values, e.g. a repeated MRN

    def tag(self, *ts):
        for t in ts:
            if t and t not in self.tags:
                self.tags.append(t)

    # --- people ---------------------------------------------------------
    def _pick_given(self, origin, sex):
        r = self.r
        for _ in range(60):
            o = origin if r.random() < 0.8 else r.choice(ORIGINS)
            pool = GIVEN_F[o] if sex == "F" else GIVEN_M[o]
            g = r.choice(pool)
            if g not in self.used_given and g not in self.used_surn:
                self.used_given.add(g)
                return g
        raise GenError("given")

    def _pick_surname(self, origin):
        r = self.r
        for _ in range(60):
            if r.random() < 0.08:
                o = "particle"
            elif r.random() < 0.8:
                o = origin
            else:
                o = r.choice(ORIGINS)
            s = r.choice(SURNAMES[o])
            if s not in self.used_surn and s not in self.used_given:
                self.used_surn.add(s)
                return s
        raise GenError("surname")

    def family(self, key):
        if key not in self.families:
            origin = self.r.choice(ORIGINS)
            self.families[key] = {"origin": origin, "surname": self._pick_surname(origin)}
        return self.families[key]

    def person(self, role):
        if role in self.people:
            return self.people[role]
        r = self.r
        m = re.match(r"([a-z]+)(\d*)$", role)
        base, idx = m.group(1), m.group(2)
        fam = self.family(idx)
        origin = fam["origin"]
        same = {"mom": 0.75, "dad": 0.6, "baby": 1.0, "twin": 1.0, "kid": 1.0, "sib": 1.0, "teen": 1.0,
                "gm": 0.5, "gpa": 0.5, "guard": 0.45, "aunt": 0.4, "pt": 1.0}.get(base, 0.0)
        if base == "twin" and ("baby" + idx) in self.people:
            sur = self.people["baby" + idx].surname
        elif base == "baby" or base == "twin":
            p = self.people.get("mom" + idx) or self.people.get("dad" + idx)
            sur = p.surname if p and r.random() < 0.85 else fam["surname"]
        elif r.random() < same:
            sur = fam["surname"]
        else:
            o2 = origin if r.random() < 0.6 else r.choice(ORIGINS)
            sur = self._pick_surname(o2)
        sex = {"mom": "F", "dad": "M", "fob": "M", "gm": "F", "gpa": "M", "aunt": "F", "pt": "F"}.get(base)
        if sex is None:
            sex = r.choice("FM")
        given = self._pick_given(origin, sex)
        mi = r.choice("ABCDEFGHJKLMNPRSTVW") if r.random() < 0.5 else None
        p = Person(given, sur, sex, origin, mi)
        self.people[role] = p
        return p

    def staffer(self, key):
        if key not in self.staff:
            origin = self.r.choice(ORIGINS)
            sex = self.r.choice("FM")
            self.staff[key] = Person(self._pick_given(origin, sex), self._pick_surname(origin), sex, origin)
        return self.staff[key]


# ---------------------------------------------------------------------------
# value helpers
# ---------------------------------------------------------------------------
def digits(r, n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def spell_digits(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(DIG_WORDS[int(ch)])
        elif out and ch in "-. /":
            out[-1] += ","
    return " ".join(out)


def obf_number(ctx, groups, sep="-", p=0.3, allow_spell=True, allow_nl=True):
    """Join digit groups; sometimes obfuscate (tags recorded on ctx)."""
    r = ctx.r
    if r.random() >= p:
        return sep.join(groups)
    styles = ["nosep", "spaces", "dots", "mixed", "spaced", "fullwidth", "zw", "nbsp"]
    if allow_spell:
        styles.append("spell")
    if allow_nl and len(groups) > 1:
        styles.append("newline")
    st = r.choice(styles)
    if st == "nosep":
        ctx.tag("evasion")
        return "".join(groups)
    if st == "spaces":
        return " ".join(groups)
    if st == "dots":
        return ".".join(groups)
    if st == "mixed":
        ctx.tag("evasion")
        out = groups[0]
        seps = [".", "-", " ", "/", "_"]
        last = None
        for g in groups[1:]:
            s = r.choice([x for x in seps if x != last])
            last = s
            out += s + g
        return out
    if st == "spaced":
        ctx.tag("evasion")
        return " ".join("".join(groups))
    if st == "fullwidth":
        ctx.tag("fullwidth", "evasion")
        return sep.join(groups).translate(FW_TABLE)
    if st == "zw":
        ctx.tag("zero-width", "evasion")
        flat = sep.join(groups)
        k = r.randint(1, len(flat) - 1)
        return flat[:k] + ZW + flat[k:]
    if st == "nbsp":
        ctx.tag("evasion")
        return NBSP.join(groups)
    if st == "spell":
        ctx.tag("evasion", "spelled")
        return spell_digits(sep.join(groups))
    if st == "newline":
        ctx.tag("line-break-value")
        k = r.randint(1, len(groups) - 1)
        return sep.join(groups[:k]) + (sep if r.random() < 0.5 else "") + "\n" + sep.join(groups[k:])
    return sep.join(groups)


def luhn_complete(prefix, length, r):
    s = prefix + digits(r, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return s + str((10 - total % 10) % 10)


def rand_date(r, y0, y1, m0=1, m1=12):
    y = r.randint(y0, y1)
    m = r.randint(m0, m1)
    d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return datetime.date(y, m, d)


def ordsfx(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


DATE_STYLES = ["m/d", "mm/dd", "m/d/yy", "mm/dd/yyyy", "m/d/yyyy", "iso", "Month d, yyyy", "Month dth",
               "Mon d", "d-Mon-yyyy", "d Mon yyyy", "mmddyyyy", "m.d.yy", "mm-dd-yyyy", "Mon. d, yyyy",
               "dth of Month", "Month d", "D-MON-YYYY", "m-d", "Month spelled"]


def fmt_date(ctx, dt, style=None, year_needed=False, tag=True):
    r = ctx.r
    if style is None:
        style = r.choice(DATE_STYLES)
        if year_needed and style in ("m/d", "mm/dd", "Month dth", "Mon d", "dth of Month", "Month d", "m-d",
                                     "Month spelled"):
            style = r.choice(["mm/dd/yyyy", "m/d/yy", "iso", "Month d, yyyy", "d-Mon-yyyy", "m/d/yyyy"])
    y, m, d = dt.year, dt.month, dt.day
    M, Mo = MONTHS[m - 1], MON[m - 1]
    if style == "m/d":
        return "%d/%d" % (m, d)
    if style == "mm/dd":
        return "%02d/%02d" % (m, d)
    if style == "m/d/yy":
        return "%d/%d/%02d" % (m, d, y % 100)
    if style == "mm/dd/yyyy":
        return "%02d/%02d/%d" % (m, d, y)
    if style == "m/d/yyyy":
        return "%d/%d/%d" % (m, d, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "Month d, yyyy":
        return "%s %d, %d" % (M, d, y)
    if style == "Month dth":
        return "%s %d%s" % (M, d, ordsfx(d))
    if style == "Mon d":
        return "%s %d" % (Mo, d)
    if style == "d-Mon-yyyy":
        return "%d-%s-%d" % (d, Mo, y)
    if style == "d Mon yyyy":
        return "%d %s %d" % (d, Mo, y)
    if style == "mmddyyyy":
        if tag:
            ctx.tag("evasion")
        return "%02d%02d%d" % (m, d, y)
    if style == "m.d.yy":
        return "%d.%d.%02d" % (m, d, y % 100)
    if style == "mm-dd-yyyy":
        return "%02d-%02d-%d" % (m, d, y)
    if style == "Mon. d, yyyy":
        return "%s. %d, %d" % (Mo, d, y) if Mo != "May" else "May %d, %d" % (d, y)
    if style == "dth of Month":
        return "%d%s of %s" % (d, ordsfx(d), M)
    if style == "Month d":
        return "%s %d" % (M, d)
    if style == "D-MON-YYYY":
        return "%02d-%s-%d" % (d, Mo.upper(), y)
    if style == "m-d":
        return "%d-%d" % (m, d)
    if style == "Month spelled":
        if tag:
            ctx.tag("evasion", "spelled")
        return "%s %s" % (M, ORD_WORDS[d - 1])
    raise ValueError(style)


WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAYS_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_biz_date(ctx, dt):
    """Meeting / deadline / go-live dates: same formats plus weekday forms (never labelled)."""
    r = ctx.r
    x = r.random()
    if x < 0.2:
        return "%s %d/%d" % (WEEKDAYS[dt.weekday()], dt.month, dt.day)
    if x < 0.3:
        return "%s, %s %d" % (WEEKDAYS_L[dt.weekday()], MONTHS[dt.month - 1], dt.day)
    if x < 0.36:
        return "%s the %d%s" % (WEEKDAYS_L[dt.weekday()], dt.day, ordsfx(dt.day))
    return fmt_date(ctx, dt, tag=False)


def rand_time(r):
    h = r.randint(6, 19)
    mi = r.choice([0, 0, 0, 15, 30, 30, 45])
    st = r.randint(0, 5)
    if st == 0:
        return "%02d%02d" % (h, mi)
    if st == 1:
        return "%d:%02d" % (h, mi)
    if st == 2:
        hh = h - 12 if h > 12 else h
        return ("%d%s" % (hh, "pm" if h >= 12 else "am")) if mi == 0 else "%d:%02d%s" % (hh, mi, "p" if h >= 12 else "a")
    if st == 3:
        hh = h - 12 if h > 12 else h
        return "%d:%02d %s" % (hh, mi, "PM" if h >= 12 else "AM")
    if st == 4:
        return "%02d:%02d" % (h, mi)
    return "%d%s" % (h - 12 if h > 12 else h, "p" if h >= 12 else "a")


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------
ADULT_ROLES = {"mom", "dad", "fob", "gm", "gpa", "guard", "foster", "aunt", "pt", "vis", "emp", "vip"}
HON_F = ["Mrs. ", "Ms. ", "Ms ", "Mrs ", "Miss ", "Sra. "]
HON_M = ["Mr. ", "Mr ", "Sr. "]


def weighted(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


PREF_F = ["Lily", "Annie", "Jenny", "Mandy", "Vicky", "Tina", "Kathy", "Lisa", "Becky", "Dee", "Gigi", "Coco", "Nana"]
PREF_M = ["Danny", "Tony", "Eddie", "Sam", "Andy", "Jimmy", "Mike", "Kenny", "Charlie", "Bobby", "TJ", "Manny", "Junior"]


def name_segs(ctx, p, form, base):
    r = ctx.r
    g, s = p.given, p.surname
    ctx.tag("name")
    if not form or form == "any":
        pairs = [("full", 30), ("first", 18), ("last", 9), ("poss", 6), ("inv", 6), ("INV", 3), ("init", 3),
                 ("lc", 4), ("caps", 2), ("fullmi", 4)]
        pairs.append(("nick", 8 if p.nick else 3))
        if base in ADULT_ROLES:
            pairs.append(("hon", 8))
        if base in ("baby", "twin"):
            pairs.append(("bg", 25))
        form = weighted(r, pairs)
    if form == "full":
        return [V(g + " " + s, "NAME", True)]
    if form == "fullmi":
        mi = p.mi or "J"
        return [V("%s %s. %s" % (g, mi, s) if r.random() < 0.7 else "%s %s %s" % (g, mi, s), "NAME", True)]
    if form == "first":
        return [V(g, "NAME", True)]
    if form == "last":
        return [V(s, "NAME", True)]
    if form == "poss":
        x = r.random()
        v = g if x < 0.5 else (g + " " + s if x < 0.8 else s)
        ctx.tag("possessive")
        return [V(v, "NAME", True), L(r.choice(["'s", "'s", "'s", "’s"]))]
    if form == "possfirst":
        ctx.tag("possessive")
        return [V(g, "NAME", True), L(r.choice(["'s", "'s", "’s"]))]
    if form == "posslast":
        ctx.tag("possessive")
        return [V(s, "NAME", True), L("'s")]
    if form == "inv":
        ctx.tag("inverted-name")
        v = "%s, %s" % (s, g) + ((" " + p.mi) if p.mi and r.random() < 0.4 else "")
        return [V(v, "NAME", True)]
    if form == "INV":
        ctx.tag("inverted-name")
        v = ("%s, %s" % (s, g)).upper() + ((" " + p.mi) if p.mi else "")
        return [V(v, "NAME", True)]
    if form == "init":
        v = "%s. %s" % (g[0], s) if r.random() < 0.7 else "%s %s." % (s, g[0])
        return [V(v, "NAME", True)]
    if form == "lc":
        ctx.tag("lowercase")
        return [V((g + " " + s).lower() if r.random() < 0.7 else r.choice([g, s]).lower(), "NAME", True)]
    if form == "caps":
        return [V((g + " " + s).upper(), "NAME", True)]
    if form == "hon":
        h = r.choice(HON_F if p.sex == "F" else HON_M)
        return [L(h), V(s, "NAME", True)]
    if form == "nick":
        ctx.tag("nickname")
        nk = p.nick or r.choice(PREF_F if p.sex == "F" else PREF_M)
        x = r.random()
        if x < 0.35:
            op, cl = r.choice([(" (goes by ", ")"), (" (prefers ", ")"), (' ("', '")'), (" (", ")")])
            return [V(g + " " + s, "NAME", True), L(op), V(nk, "NAME", True), L(cl)]
        if x < 0.7:
            return [V(g + " " + s, "NAME", True), L(r.choice([' aka "', " a.k.a. ", ' "'])), V(nk, "NAME", True),
                    L('"' if r.random() < 0.6 else "")]
        return [V(nk, "NAME", True), L(" ("), V(g + " " + s, "NAME", True), L(")")]
    if form == "plural":
        suf = "es" if s.endswith(("s", "z", "x", "ch", "sh")) else "s"
        return [V(s, "NAME", True, adj_ok=True), L(suf)]
    if form == "bg":
        x = r.random()
        if p.sex == "F":
            pre = r.choice(["Baby Girl ", "BG ", "baby girl ", "Girl ", "Babygirl ", "Baby ", "BG "])
        else:
            pre = r.choice(["Baby Boy ", "BB ", "baby boy ", "Boy ", "Babyboy ", "Baby ", "BB "])
        return [L(pre), V(s, "NAME", True)]
    if form == "twinA" or form == "twinB":
        ab = form[-1]
        x = r.random()
        if x < 0.5:
            return [L("Twin %s " % ab), V(s, "NAME", True)]
        if x < 0.8:
            return [V(s, "NAME", True), L(" twin %s" % ab if r.random() < 0.5 else " Twin %s" % ab)]
        return [L("Baby %s " % ab), V(s, "NAME", True)]
    raise ValueError("name form " + form)


STAFF_FMT = {
    "rn": ["{f}", "{f} {l}", "{f} ({unit} charge)", "{f} {l}, RN", "{f} {L}.", "{f} {l} RN"],
    "md": ["Dr. {l}", "Dr {l}", "{f} {l}, MD", "Dr. {f} {l}", "dr {l}", "{f} ({spec})", "{l}"],
    "mw": ["{f} {l}, CNM", "{f} (midwife)", "{f} {l} CNM"],
    "sw": ["{f} {l}, LICSW", "{f} from SW", "{f} (social work)", "{f} {l}"],
    "mgr": ["{f} {l}", "{f}", "{f} {l} (nurse manager)", "{f} {l}, {unit} manager"],
    "dir": ["{f} {l}", "{f}", "{f} {l}, Director of Women's & Children's", "Dr. {l}"],
    "exec": ["{f} {l}, CNO", "{f} {l} (CFO)", "our CEO {f} {l}", "{f} {l}, SVP Operations", "{f} {l}", "{f}"],
    "asst": ["{f}", "{f} {l}", "{f} (exec asst)"],
    "clerk": ["{f}", "{f} at the desk", "{f} {l}", "{f} (HUC)"],
    "vend": ["{f} {l}", "{f} from {vco}", "{f} {l} ({vco})", "{f}", "{f} {l} at {vco}"],
    "donor": ["{f} {l}", "Mr. {l}", "Mrs. {l}", "{f} and {f2} {l}", "{f} {l}"],
    "board": ["{f} {l}", "Trustee {l}", "{f} {l} (board chair)", "{f} {l}"],
    "coll": ["{f}", "{f} {l}", "{f} {L}."],
    "snurse": ["{f} {l}, the school nurse at {school}", "{f} ({school} nurse)", "nurse {l} from {school}",
               "{f} {l} RN ({school})"],
    "cpsw": ["{f} {l} (DCF)", "{f} {l}, DCF investigator", "the DCF worker, {f} {l}", "{f} {l} from DCF"],
    "itg": ["{f} from IS", "{f} {l} (Epic analyst)", "{f} on the help desk", "{f} {l}"],
    "lc": ["{f} (lactation)", "{f} {l}, IBCLC", "{f} from lactation"],
    "cm": ["{f} in CM", "{f} {l} (case mgmt)", "{f} {l}"],
    "chap": ["Chaplain {l}", "{f} from spiritual care"],
    "tech": ["{f}", "{f} {l}", "{f} (PCA)"],
    "bill": ["{f} {l}", "{f} in PFS", "{f} from billing"],
    "np": ["{f} {l}, NP", "{f} (NP)", "{f} {l} CPNP"],
    "pharm": ["{f} in pharmacy", "{f} {l}, PharmD"],
}
FORM_FMT = {"first": ["{f}"], "full": ["{f} {l}"], "last": ["Dr. {l}", "Dr {l}", "dr. {l}"], "sur": ["{l}"],
            "poss": ["{f}'s"], "title": ["Dr. {f} {l}"]}
SPECS = ["MFM", "neonatology", "peds", "OB", "anesthesia", "peds hospitalist", "NICU", "peds ED"]
UNITS = ["L&D", "NICU", "5 West", "Mother-Baby", "PICU", "Peds", "SCN", "triage", "4 East", "Postpartum"]


def staff_segs(ctx, key, form):
    r = ctx.r
    base = re.match(r"[a-z]+", key).group(0)
    p = ctx.staffer(key)
    fmts = FORM_FMT[form] if form else STAFF_FMT[base]
    f = r.choice(fmts)
    f2 = ""
    if "{f2}" in f:
        f2 = ctx._pick_given(p.origin, "F" if p.sex == "M" else "M")
    txt = f.format(f=p.given, l=p.surname, L=p.surname[0], F=p.given[0], f2=f2, vco=r.choice(VENDORS),
                   unit=r.choice(UNITS), spec=r.choice(SPECS), school=r.choice(SCHOOLS))
    if base in ("exec", "board", "donor", "dir"):
        ctx.tag("exec-name")
    elif base == "vend":
        ctx.tag("vendor-name")
    else:
        ctx.tag("staff-name")
    return [N(txt)]


def slack_id(r):
    return "U0" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.randint(7, 9)))


# ---------------------------------------------------------------------------
# labelled values
# ---------------------------------------------------------------------------
def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_local(r, p):
    g = re.sub(r"[^a-z]", "", strip_accents(p.given).lower())
    s = re.sub(r"[^a-z]", "", strip_accents(p.surname).lower())
    return r.choice(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s.%s" % (s, g), "%s_%s%d" % (g, s, r.randint(1, 99)),
                     "%s%s%d" % (g, s[:3], r.randint(80, 2009)), "%s.%s%d" % (g, s[0], r.randint(1, 12)),
                     "%s%s" % (g, s)])


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "aol.com",
                    "comcast.net", "verizon.net", "protonmail.com", "live.com"]


def obf_email(ctx, e):
    r = ctx.r
    if r.random() < 0.14:
        ctx.tag("evasion")
        loc, dom = e.split("@")
        parts = dom.split(".")
        st = r.randint(0, 3)
        if st == 0:
            return loc + " [at] " + " [dot] ".join(parts)
        if st == 1:
            return loc + " at " + " dot ".join(parts)
        if st == 2:
            return loc + "(at)" + "(dot)".join(parts)
        return loc + " @ " + " . ".join(parts)
    return e


def email_segs(ctx, arg, biz):
    r = ctx.r
    args = (arg or "").split(",")
    who = args[0] if args and args[0] else None
    link = "link" in args
    if biz:
        key = who or "coll"
        p = ctx.staffer(key)
        base = re.match(r"[a-z]+", key).group(0)
        if base == "vend":
            dom = r.choice(["medline.com", "cardinalhealth.com", "philips.com", "gehealthcare.com", "natus.com",
                            "evenflo.com", "medela.com", "perigen.com", "vocera.com", "owens-minor.com"])
        elif base == "snurse":
            dom = r.choice(["lowell.k12.ma.us", "lawrence.k12.ma.us", "methuen.k12.ma.us", "dracutps.org",
                            "salemk12.org"])
        elif base == "cpsw":
            dom = r.choice(["mass.gov", "state.ma.us", "dhhs.nh.gov"])
        elif base in ("donor", "board"):
            dom = r.choice(PERSONAL_DOMAINS + ["hartwellcap.com", "merrimackpartners.com"])
        else:
            dom = r.choice(["mvwch.org", "mvwch.org", "mvwch.org", "merrimackhealth.org"])
        e = email_local(r, p) + "@" + dom
        owner = "biz"
        ctx.tag("business-email")
    else:
        p = ctx.person(who or "mom")
        e = email_local(r, p) + "@" + r.choice(PERSONAL_DOMAINS)
        owner = "ind"
    ctx.tag("email")
    if link:
        ctx.tag("slack-markup")
        return [R("<mailto:"), V(e, "EMAIL", owner=owner), R("|"), V(e, "EMAIL", owner=owner), R(">")]
    return [V(obf_email(ctx, e), "EMAIL", True, owner=owner)]


AREAS = ["978", "617", "781", "508", "603", "857", "339", "413", "774", "351", "401", "207"]


def phone_groups(r):
    return r.choice(AREAS), str(r.randint(201, 989)), digits(r, 4)


def phone_str(ctx, biz=False, ext_ok=True):
    r = ctx.r
    a, e, n = phone_groups(r)
    if r.random() < 0.22:
        s = obf_number(ctx, [a, e, n], r.choice(["-", ".", " "]), p=1.0)
    else:
        fmt = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s", "+1 (%s) %s-%s",
                        "1-%s-%s-%s", "%s%s%s", "+1%s%s%s", "(%s)%s-%s", "+1-%s-%s-%s"])
        s = fmt % (a, e, n)
        if fmt in ("%s%s%s", "+1%s%s%s"):
            ctx.tag("evasion")
    if biz and ext_ok and r.random() < 0.35:
        s += r.choice([" ext. ", " x", " ext ", " x ", ", ext. ", " Ext "]) + str(r.randint(2, 9999))
        ctx.tag("phone-ext")
    return s, (a, e, n)


def phone_segs(ctx, arg, biz=False, fax=False):
    r = ctx.r
    if arg and "nl" in arg.split(","):
        a, e, n = phone_groups(r)
        ctx.tag("phone", "line-break-value")
        return [V(r.choice(["%s-%s-\n%s", "(%s) %s-\n%s", "%s.%s\n.%s", "%s\n%s %s"]) % (a, e, n), "PHONE",
                  owner="biz" if biz else "ind")]
    ctx.tag("phone")
    owner = "biz" if biz else "ind"
    if biz:
        ctx.tag("business-phone")
    if arg and "link" in arg.split(","):
        a, e, n = phone_groups(r)
        disp = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, n)
        ctx.tag("slack-markup")
        return [R("<tel:"), V("+1" + a + e + n, "PHONE", owner=owner), R("|"), V(disp, "PHONE", owner=owner), R(">")]
    s, _ = phone_str(ctx, biz, ext_ok=not fax)
    return [V(s, "PHONE", owner=owner)]


def ssn_val(ctx):
    r = ctx.r
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    g = ["%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)]
    ctx.tag("ssn")
    return obf_number(ctx, g, "-", p=0.4)


def mrn_val(ctx):
    r = ctx.r
    ctx.tag("mrn")
    x = r.random()
    if x < 0.55:
        d = "4" + digits(r, 7)
        return obf_number(ctx, [d[:4], d[4:]], "", p=0.18, allow_spell=r.random() < 0.3)
    if x < 0.75:
        d = digits(r, 7, True)
        pre = r.choice(["E", "MV", "M"])
        return pre + obf_number(ctx, [d[:3], d[3:]], "", p=0.1, allow_spell=False, allow_nl=False)
    if x < 0.9:
        d = digits(r, 10, True)
        return obf_number(ctx, [d[:3], d[3:6], d[6:]], "", p=0.15)
    d = digits(r, 9, True)
    return obf_number(ctx, [d[:3], d[3:6], d[6:]], "-", p=0.2)


def hp_val(ctx, kind=None):
    r = ctx.r
    ctx.tag("health-plan-id")
    kind = kind or r.choice(["member", "member", "mass", "medicaid", "bcbs", "tufts", "chip"])
    if kind == "mass":
        d = "10" + digits(r, 10)
        return obf_number(ctx, [d[:4], d[4:8], d[8:]], "", p=0.15, allow_spell=False)
    if kind == "medicaid":
        d = digits(r, 11, True)
        return obf_number(ctx, [d[:3], d[3:7], d[7:]], "", p=0.12, allow_spell=False)
    if kind == "bcbs":
        return r.choice(["XKH", "ZGP", "YDR", "JXB"]) + digits(r, 9)
    if kind == "tufts":
        return r.choice(["T", "N"]) + digits(r, 8) + r.choice(["01", "02", "03"])
    if kind == "chip":
        return "CH" + digits(r, 8)
    if kind == "mbi":
        A = "ACDEFGHJKMNPQRTUVWXY"
        AN = A + "0123456789"
        s = (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice("0123456789") + r.choice(A) +
             r.choice(AN) + r.choice("0123456789") + r.choice(A) + r.choice(A) + r.choice("0123456789") +
             r.choice("0123456789"))
        return s if r.random() < 0.5 else s[:4] + "-" + s[4:7] + "-" + s[7:]
    return r.choice(["W", "H", "M", "U"]) + digits(r, 9) + (r.choice(["", "-01", " 02"]))


def har_val(ctx, kind="har"):
    r = ctx.r
    ctx.tag("account-number")
    if kind == "gacct":
        return r.choice(["G", "", "", "GA"]) + digits(r, 8, True)
    if kind == "bank":
        d = digits(r, r.randint(10, 12), True)
        return obf_number(ctx, [d[:4], d[4:8], d[8:]], "", p=0.2, allow_spell=False)
    d = digits(r, r.choice([9, 10]), True)
    return obf_number(ctx, [d[:3], d[3:6], d[6:]], "", p=0.12, allow_spell=False)


def dl_val(ctx):
    r = ctx.r
    ctx.tag("license-number")
    x = r.random()
    if x < 0.5:
        return "S" + digits(r, 8)
    if x < 0.7:
        return "SA" + digits(r, 7)
    if x < 0.85:
        return digits(r, 2) + r.choice("ABCDEFGHJKLMNP") + r.choice("ABCDEFGHJKLMNP") + r.choice("ABCDEFGHJKLMNP") + digits(r, 5)
    return obf_number(ctx, [digits(r, 3), digits(r, 3), digits(r, 3)], "-", p=0.5, allow_spell=False)


def dea_val(ctx, key):
    r = ctx.r
    ctx.tag("license-number", "dea")
    first = r.choice("ABFGM")
    second = ctx.staffer(key).surname[0].upper() if key else r.choice("ABCDEFGHKLMNPRSTW")
    if not second.isalpha() or not second.isascii():
        second = "K"
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def slic_val(ctx):
    r = ctx.r
    ctx.tag("license-number")
    return r.choice(["RN", "RN", "", "", "CNM", "MD", "LICSW ", "NP-"]) + digits(r, r.choice([6, 7]), True)


def plate_val(ctx):
    r = ctx.r
    ctx.tag("vehicle-id")
    L3 = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice([
        lambda: str(r.randint(1, 9)) + "".join(r.choice(L3) for _ in range(3)) + digits(r, 2),
        lambda: digits(r, 3) + " " + "".join(r.choice(L3) for _ in range(2)) + str(r.randint(1, 9)),
        lambda: digits(r, 3) + "".join(r.choice(L3) for _ in range(2)) + str(r.randint(1, 9)),
        lambda: digits(r, 7, True),
        lambda: "".join(r.choice(L3) for _ in range(3)) + "-" + digits(r, 4),
        lambda: str(r.randint(1, 9)) + r.choice(L3) + r.choice(L3) + " " + digits(r, 3),
    ])()


def vin_val(ctx):
    r = ctx.r
    ctx.tag("vehicle-id")
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = r.choice(["1HG", "2T1", "5FN", "1FA", "JTD", "KM8", "3VW", "5YJ", "1C4", "4T1"]) + "".join(r.choice(A) for _ in range(6)) + r.choice("0123456789X") + r.choice("ABCDEFGHJKLMNPRSTVWXY") + r.choice("ABCDEFGHJKLMNPRSTVWXY0123456789") + digits(r, 6)
    return v[:17]


def dev_val(ctx):
    r = ctx.r
    ctx.tag("device-id")
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    x = r.randint(0, 6)
    if x == 0:
        return "-".join([digits(r, 4), digits(r, 3), digits(r, 4)])
    if x == 1:
        return "".join(r.choice(A) for _ in range(r.choice([8, 10])))
    if x == 2:
        return r.choice(["TSL-", "PDM-", "CI", "KJ", "TR", "SN"]) + digits(r, 7)
    if x == 3:
        ctx.tag("udi")
        return "(01)0" + digits(r, 13) + "(17)" + "%02d%02d%02d" % (r.randint(26, 29), r.randint(1, 12), r.randint(1, 28)) + "(21)" + "".join(r.choice(A) for _ in range(7))
    if x == 4:
        return digits(r, 4) + r.choice(["FR", "AX", "KT", "PQ"]) + digits(r, 4)
    if x == 5:
        return r.choice(["A", "B", "H"]) + digits(r, 2) + "-" + "".join(r.choice(A) for _ in range(5))
    return obf_number(ctx, [digits(r, 3), digits(r, 3), digits(r, 3)], "", p=0.3, allow_spell=False)


def pt_url(ctx, arg):
    r = ctx.r
    ctx.tag("url")
    pid = digits(r, 8, True)
    who = ctx.people.get("baby") or ctx.people.get("kid") or ctx.people.get("mom")
    slug = re.sub(r"[^a-z]", "", strip_accents(who.surname).lower()) if who else "family" + digits(r, 3)
    first = re.sub(r"[^a-z]", "", strip_accents(who.given).lower()) if who else "baby"
    kinds = (arg or "").split(",")
    if "cam" in kinds:
        return r.choice(["https://nicview.mvwch.org/cam/%s-%s" % (slug, digits(r, 4)),
                         "https://nicview.mvwch.org/view?bed=%s&family=%s" % (digits(r, 2), slug),
                         "https://angeleye.mvwch.org/stream/%s" % pid])
    if "page" in kinds:
        return r.choice(["https://www.caringbridge.org/visit/%s%s" % (first, slug),
                         "https://www.caringbridge.org/site/baby-%s" % slug,
                         "https://gofund.me/%s" % "".join(r.choice("0123456789abcdef") for _ in range(8)),
                         "https://www.gofundme.com/f/help-baby-%s-come-home" % slug,
                         "https://%s-%s-updates.blogspot.com" % (first, slug)])
    return r.choice([
        "https://mychart.mvwch.org/MyChart/Visit.asp?pid=%s" % pid,
        "https://mychart.mvwch.org/mychart/app/test-results?patient=%s" % pid,
        "https://mychart.mvwch.org/MyChart/Signup?code=%s-%s" % (slug, digits(r, 5)),
        "https://telehealth.mvwch.org/v/PT-%s" % pid,
        "https://mvwch.zoom.us/j/%s?pwd=fam&pt=%s" % (digits(r, 11, True), pid),
        "http://portal.mvwch.org/peds/patient/%s/immunizations" % pid,
        "https://portal.mvwch.org/proxy/invite?child=%s%s&id=%s" % (first, slug, pid),
    ])


def ip_val(ctx):
    r = ctx.r
    ctx.tag("ip-address")
    x = r.random()
    if x < 0.4:
        return "10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 255), r.randint(2, 254))
    if x < 0.65:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    if x < 0.8:
        return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    if x < 0.92:
        return "%d.%d.%d.%d" % (r.randint(24, 209), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
    h = lambda: "%x" % r.randint(1, 0xffff)
    return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h()) if r.random() < 0.5 else "2001:db8:%s::%s" % (h(), h())


def town_tuple(ctx):
    return ctx.r.choice(TOWNS)


def zip_for(r, z):
    base = int(z)
    z2 = "%05d" % (base + r.randint(0, 4))
    if r.random() < 0.15:
        z2 += "-" + digits(r, 4)
    return z2


def street_val(r):
    s = "%d %s" % (r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 2999)]), r.choice(STREETS))
    if r.random() < 0.25:
        s += r.choice([", Apt %d" % r.randint(1, 12), " Apt %d%s" % (r.randint(1, 4), r.choice("ABLR")),
                       " #%d" % r.randint(1, 30), ", Unit %d" % r.randint(1, 20), " Fl %d" % r.randint(1, 3)])
    return s


def addr_segs(ctx, kind):
    r = ctx.r
    ctx.tag("address")
    t, st, z = town_tuple(ctx)
    if kind == "street":
        return [V(street_val(r), "ADDRESS", True)]
    if kind == "town":
        return [V(t, "ADDRESS", True)]
    if kind == "zip":
        ctx.tag("zip")
        return [V(zip_for(r, z), "ADDRESS")]
    if kind == "pobox":
        return [V("%s %d, %s, %s %s" % (r.choice(["PO Box", "P.O. Box", "po box"]), r.randint(10, 9999), t, st,
                                         zip_for(r, z)), "ADDRESS", True)]
    x = r.random()
    s = street_val(r)
    if x < 0.12:
        ctx.tag("line-break-value")
        v = "%s\n%s, %s %s" % (s, t, st, zip_for(r, z))
    elif x < 0.5:
        v = "%s, %s, %s %s" % (s, t, st, zip_for(r, z))
    elif x < 0.75:
        v = "%s, %s %s %s" % (s, t, st, zip_for(r, z))
    elif x < 0.9:
        v = "%s %s %s" % (s, t, zip_for(r, z))
    else:
        v = "%s, %s" % (s, t)
    return [V(v, "ADDRESS", True)]


def cc_val(ctx):
    r = ctx.r
    ctx.tag("credit-card")
    kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        g = [n[:4], n[4:10], n[10:]]
    else:
        n = luhn_complete({"visa": "4", "mc": r.choice(["51", "53", "55", "2221"]), "disc": "6011"}[kind], 16, r)
        g = [n[:4], n[4:8], n[8:12], n[12:]]
    return obf_number(ctx, g, r.choice([" ", " ", "-", ""]), p=0.2, allow_spell=False)


def age_val(ctx):
    r = ctx.r
    a = r.randint(90, 103)
    ctx.tag("age")
    if r.random() < 0.2:
        ctx.tag("evasion", "spelled")
        return NUM_WORDS.get(a, str(a))
    return str(a)


DATE_KINDS = {
    "baby": (2025, 2025), "child": (2008, 2024), "teen": (2008, 2012), "adult": (1983, 2006),
    "old": (1922, 1935), "ev": (2025, 2025), "fu": (2025, 2026), "edd": (2025, 2026), "past": (2024, 2025),
}


def date_segs(ctx, kind):
    r = ctx.r
    y0, y1 = DATE_KINDS[kind or "ev"]
    dt = rand_date(r, y0, y1)
    ctx.tag("date")
    if kind in ("baby", "child", "teen", "adult", "old"):
        ctx.tag("dob")
    return [V(fmt_date(ctx, dt, year_needed=kind in ("child", "adult", "old", "teen") and r.random() < 0.7),
              "DATE", True)]


# ---------------------------------------------------------------------------
# unlabelled (hard-negative) values
# ---------------------------------------------------------------------------
CPT = ["59400", "59510", "59409", "59514", "59025", "99460", "99462", "99468", "99469", "99477", "99238",
       "59430", "54150", "92558", "99391", "90744", "59610", "99463", "36510", "94780"]
ICD = ["Z38.00", "Z38.01", "P07.34", "P59.9", "O80", "O34.21", "O24.410", "P22.1", "Z00.121", "Z23", "O13.3",
       "P36.9", "Z30.09", "O99.214", "P05.19", "Z3A.39", "O48.0", "T74.12XA", "Z04.72"]
ROOMS = ["LDR {n}", "Rm {r}", "triage {n}", "OR {n}", "PP {r}", "5W-{n}", "room {r}", "L&D {n}", "LDRP {n}",
         "rm {r}", "MBU {r}", "Peds {r}", "OB ED bay {n}"]
BEDS = ["pod {p} bed {n}", "bed {n}", "NICU 3-{nn}", "isolette {n}", "SCN bed {n}", "bay {n}", "pod {p}-{nn}",
        "crib {n}"]


def room_val(r):
    return r.choice(ROOMS).format(n=r.randint(1, 14), r=r.randint(101, 540))


def bed_val(r):
    return r.choice(BEDS).format(n=r.randint(1, 30), nn="%02d" % r.randint(1, 24), p=r.choice("ABCDE"))


def ver_val(r):
    return r.choice([
        lambda: "v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 20)),
        lambda: "%d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 3), r.randint(1, 40)),
        lambda: "%d.%d" % (r.randint(2, 9), r.randint(0, 12)),
        lambda: "%d.%d.%d" % (r.randint(3, 10), r.randint(0, 9), r.randint(0, 99)),
        lambda: "Epic %s %d" % (r.choice(["Feb", "May", "Aug", "Nov"]), r.choice([2024, 2025])),
        lambda: "build %d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 3), r.randint(1, 9)),
        lambda: "fw %d.%d.%d-r%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 9), r.randint(1, 30)),
    ])()


def tkt_val(r):
    return r.choice([
        lambda: "INC%07d" % r.randint(10000, 999999), lambda: "REQ%07d" % r.randint(10000, 999999),
        lambda: "RITM%07d" % r.randint(10000, 999999), lambda: "CHG%07d" % r.randint(10000, 999999),
        lambda: "DEL-%d" % r.randint(100, 9999), lambda: "WCS-%d" % r.randint(100, 9999),
        lambda: "SR-%d" % r.randint(100000, 999999), lambda: "EPIC-%d" % r.randint(1000, 99999),
        lambda: "HD-%d" % r.randint(10000, 99999), lambda: "CASE %08d" % r.randint(100000, 9999999),
    ])()


def biz_date(ctx, y0=2025, y1=2026):
    return fmt_biz_date(ctx, rand_date(ctx.r, y0, y1))


def unl(ctx, name, arg):
    """Unlabelled slots. Return list of segments or None if unknown."""
    r = ctx.r
    if name in ("mtg", "golive", "due", "eff", "lapse", "covend", "dom"):
        ctx.tag({"mtg": "calendar", "golive": "go-live", "due": "deadline", "eff": "policy-date",
                 "lapse": "expiry", "covend": "coverage-end", "dom": "mfg-date"}[name])
        if name in ("mtg", "golive", "due"):
            ctx.tag("calendar")
        y0, y1 = (2023, 2025) if name == "dom" else (2025, 2026)
        return [R(biz_date(ctx, y0, y1))]
    if name == "exp":
        ctx.tag("card-expiry")
        return [R(r.choice(["%02d/%02d", "%d/%02d", "%02d/20%02d"]) % (r.randint(1, 12), r.randint(26, 30)))]
    if name == "time":
        return [R(rand_time(r))]
    if name == "ext":
        ctx.tag("ext")
        return [R(r.choice(["x", "x", "ext. ", "ext ", "x ", "extension "]) + str(r.randint(2000, 7999)))]
    if name == "zoom":
        ctx.tag("zoom-id")
        d = digits(r, r.choice([10, 11]), True)
        return [R(r.choice([d[:3] + " " + d[3:7] + " " + d[7:], d, d[:3] + "-" + d[3:7] + "-" + d[7:]]))]
    if name == "tkt":
        ctx.tag("ticket")
        return [R(tkt_val(r))]
    if name == "po":
        ctx.tag("po")
        return [R(r.choice(["45%08d" % r.randint(0, 99999999), "%d" % r.randint(10000, 99999),
                            "PO-2025-%04d" % r.randint(1, 9999), "%06d" % r.randint(100000, 999999)]))]
    if name == "inv":
        ctx.tag("invoice")
        return [R(r.choice(["INV-%d" % r.randint(10000, 99999), "%09d" % r.randint(100000000, 999999999),
                            "%d-%04d" % (r.randint(100, 999), r.randint(0, 9999))]))]
    if name == "ver":
        ctx.tag("version")
        return [R(ver_val(r))]
    if name == "npi":
        ctx.tag("npi")
        return [R("1" + digits(r, 9))]
    if name == "cpt":
        ctx.tag("cpt")
        return [R(r.choice(CPT))]
    if name == "icd":
        ctx.tag("icd")
        return [R(r.choice(ICD))]
    if name == "room":
        return [R(room_val(r))]
    if name == "bed":
        return [R(bed_val(r))]
    if name == "n":
        lo, hi = (int(x) for x in arg.split("-")) if arg else (2, 40)
        ctx.tag("count")
        return [R(str(r.randint(lo, hi)))]
    if name == "money" and arg == "big":
        ctx.tag("money")
        return [R(r.choice(["$%d,000" % r.randint(25, 950), "$%.1fM" % (r.randint(5, 60) / 10.0),
                            "$%dk" % r.randint(50, 900), "$%d million" % r.randint(1, 12)]))]
    if name == "money":
        ctx.tag("money")
        return [R(r.choice(["$%d,000" % r.randint(5, 950), "$%.1fM" % (r.randint(5, 60) / 10.0),
                            "$%d,%03d.%02d" % (r.randint(1, 40), r.randint(0, 999), r.randint(0, 99)),
                            "$%d.%02d" % (r.randint(10, 900), r.randint(0, 99)), "$%dk" % r.randint(5, 500)]))]
    if name == "faddr":
        ctx.tag("facility-address", "zip-like")
        return [R(r.choice(FACILITIES))]
    if name == "site":
        ctx.tag("business-town")
        return [R(r.choice(SITES))]
    if name == "asset":
        ctx.tag("asset-tag")
        return [R(r.choice(["MVW-%06d" % r.randint(1, 99999), "%05d" % r.randint(10000, 99999),
                            "BME %d" % r.randint(1000, 99999), "AT-%d" % r.randint(10000, 99999)]))]
    if name == "last4":
        ctx.tag("last-4")
        return [R(digits(r, 4))]
    if name == "grp":
        ctx.tag("group-number")
        return [R(r.choice(["%06d" % r.randint(1, 999999), "GRP %d-%s" % (r.randint(10000, 99999), r.choice("ABC")),
                            "%d" % r.randint(100000, 999999), "MV%05d" % r.randint(1, 99999)]))]
    if name == "ga":
        w = r.randint(23, 41)
        return [R(r.choice(["%dw%dd" % (w, r.randint(0, 6)), "%d+%d" % (w, r.randint(0, 6)), "%d wks" % w,
                            "GA %dw" % w, "%d weeks" % w, "%d 2/7" % w, "%dwk" % w]))]
    if name == "cga":
        return [R("CGA %dw%dd" % (r.randint(30, 42), r.randint(0, 6)))]
    if name == "kage":
        return [R(r.choice(["%d y/o" % r.randint(2, 17), "%dmo" % r.randint(1, 23), "%d yo" % r.randint(2, 17),
                            "%d wk old" % r.randint(1, 8), "DOL %d" % r.randint(1, 30), "%dyo" % r.randint(2, 17),
                            "%d-year-old" % r.randint(2, 17), "%d month old" % r.randint(2, 18)]))]
    if name == "mage":
        return [R(str(r.randint(16, 45)))]
    if name == "agg":
        ctx.tag("age-aggregate")
        return [R(r.choice(["%d patients over 90" % r.randint(2, 9), "pts 90+", "%d visitors aged 90+" % r.randint(2, 6),
                            "the 90+ cohort", "%d great-grandparents over 90" % r.randint(2, 5), "anyone 90 or older"]))]
    if name == "dur":
        ctx.tag("duration")
        return [R(r.choice(["90 days", "30 days", "72 hours", "60 days", "the 90-day window", "a 30-day period",
                            "48 hrs", "120 days", "a 90-day stretch"]))]
    if name == "iurl":
        ctx.tag("url-nonphi")
        kinds = (arg or "").split(",")
        pools = {
            "intranet": ["https://intranet.mvwch.org/policies/%s" % r.choice(["car-seat-challenge", "safe-sleep",
                         "51a-reporting", "infant-security", "nicu-visitation", "sibling-visitation"])],
            "share": ["https://mvwch.sharepoint.com/sites/WCS/%s" % r.choice(["Board", "Staffing", "Donors", "Policies",
                      "Education"])],
            "zoom": ["https://mvwch.zoom.us/j/%s" % digits(r, 11, True)],
            "board": ["https://boardportal.mvwch.org/meetings/%d-q%d" % (r.choice([2025, 2026]), r.randint(1, 4))],
            "public": ["https://www.nhtsa.gov/car-seats-and-booster-seats",
                       "https://www.mass.gov/how-to/report-child-abuse-or-neglect",
                       "https://publications.aap.org/pediatrics", "https://www.marchofdimes.org/find-support"],
            "ticket": ["https://servicenow.mvwch.org/sp?id=ticket&table=incident&sys_id=%s" %
                       "".join(r.choice("0123456789abcdef") for _ in range(12))],
            "wiki": ["https://wiki.mvwch.org/display/EPIC/Stork+%s" % r.choice(["Delivery+Summary", "Newborn+Linking",
                                                                                  "Upgrade", "Referrals"])],
        }
        texts = {"intranet": ["policy", "link", "here", "intranet"], "share": ["SharePoint", "here", "deck", "folder"],
                 "zoom": ["zoom", "join", "Zoom link"], "board": ["board portal", "portal", "here"],
                 "public": ["link", "this page", "here"], "ticket": ["ticket", "INC", "here"],
                 "wiki": ["Open in Epic", "wiki", "tip sheet"]}
        ks = [k for k in kinds if k in pools] or [r.choice(list(pools))]
        k = r.choice(ks)
        u = r.choice(pools[k])
        if "link" in kinds:
            ctx.tag("slack-markup")
            return [R("<%s|%s>" % (u, r.choice(texts[k])))]
        return [R(u)]
    if name == "quarter":
        ctx.tag("fiscal")
        return [R(r.choice(["Q1", "Q2", "Q3", "Q4", "Q3 FY26", "Q1 FY27", "FY26 Q2"]))]
    if name == "fy":
        ctx.tag("fiscal")
        return [R(r.choice(["FY2026", "FY2027", "FY26", "FY27", "2026"]))]
    if name == "rel":
        return [R(r.choice(["tomorrow", "next Tues", "this afternoon", "EOD Friday", "Monday", "next week",
                            "tonight", "later today", "after the holiday", "end of month"]))]
    if name == "pct":
        ctx.tag("stat")
        return [R("%d.%d%%" % (r.randint(1, 40), r.randint(0, 9)))]
    if name == "model":
        ctx.tag("model-number")
        return [R(r.choice(["%07d" % r.randint(1000000, 9999999), "EV%d" % r.randint(10000, 99999),
                            "SNL-%d" % r.randint(100, 999), "%d%s" % (r.randint(2000, 2999), r.choice(["A", "B", "LX"]))]))]
    if name == "wt":
        return [R(str(r.randint(480, 4400)))]
    if name == "apgar":
        return [R("%d/%d" % (r.randint(2, 8), r.randint(7, 9)))]
    if name == "gp":
        g = r.randint(1, 6)
        return [R("G%dP%d" % (g, r.randint(0, g - 1)))]
    if name == "unit":
        return [R(r.choice(UNITS))]
    if name == "@":
        ctx.tag("slack-markup")
        return [R("<@%s>" % slack_id(r))]
    if name == "here":
        ctx.tag("slack-markup")
        return [R(r.choice(["<!here>", "<!channel>", "@here", "@channel"]))]
    if name == "emo":
        ctx.tag("emoji")
        return [R(r.choice(EMOJI_CODES + EMOJI_UNI))]
    if name == "fw":
        ctx.tag("non-english")
        return [R(r.choice(FAMILY_WORDS))]
    if name == "lang":
        return [R(r.choice(INTERP_LANGS))]
    if name == "school":
        return [R(r.choice(SCHOOLS))]
    if name == "vco":
        ctx.tag("vendor-name")
        return [R(r.choice(VENDORS))]
    if name == "fdn":
        ctx.tag("donor")
        p = ctx.staffer("donor")
        return [N(r.choice(["%s Family Foundation", "the %s Fund", "%s Charitable Trust", "%s Family Fund"]) % p.surname)]
    if name == "costc":
        ctx.tag("cost-center")
        return [R(r.choice(["%d-%03d" % (r.randint(6000, 8999), r.randint(100, 999)), "CC %d" % r.randint(60000, 89999),
                            "%d" % r.randint(60000, 89999)]))]
    if name == "order":
        ctx.tag("order-number")
        return [R(r.choice(["ORD-%d" % r.randint(1000000, 9999999), "%d" % r.randint(100000000, 999999999),
                            "SO%d" % r.randint(100000, 999999)]))]
    if name == "job":
        ctx.tag("print-job")
        return [R(str(r.randint(100, 9999)))]
    if name == "year":
        return [R(r.choice(["2024", "2025", "2026"]))]
    if name == "PIPE":
        return [R("|")]
    if name == "LB":
        return [R("[")]
    if name == "RB":
        return [R("]")]
    if name == "nhsn":
        return [R(digits(r, 5))]
    return None


LABELS = {
    "mrn": ["MRN", "MRN:", "MRN#", "mrn", "MR#", "med rec #", "Med Rec No.", "chart #", "chart", "MRN -", "mrn no.",
            "MNR", "M.R.N.", "mrn:", "Medical record #", "MR #"],
    "dob": ["DOB", "DOB:", "dob", "D.O.B.", "born", "date of birth", "DOB -", "bday", "b.", "DBO", "d.o.b",
            "Date of Birth:", "dob:"],
    "ssn": ["SSN", "SSN:", "ssn#", "SS#", "social", "soc sec #", "SSN is", "S.S.N.", "ssn", "SS no.", "social security #"],
    "ph": ["cell", "cell:", "ph", "phone", "mobile", "c:", "tel", "callback #", "cb#", "home #", "#", "Ph:", "mob",
           "cell #", "phone#"],
    "hp": ["member ID", "Member #", "mem id", "subscriber ID", "sub ID", "policy #", "ID#", "MassHealth ID",
           "Medicaid #", "mbr id", "member id:", "subscr #", "Policy No."],
    "har": ["HAR", "HAR#", "acct", "acct#", "account #", "guarantor acct", "hosp acct", "pt acct", "HAR:",
            "Acct No.", "encounter acct"],
    "dl": ["DL", "DL#", "driver's license", "license #", "lic", "drivers lic", "DL no.", "lic#"],
    "plate": ["plate", "plate #", "lic plate", "tag", "reg", "plates"],
    "dev": ["SN", "S/N", "serial", "serial #", "ser#", "SN:", "serial no."],
    "em": ["email", "e-mail", "em:", "email:", "Email", "eml"],
    "addr": ["address", "addr", "home addr", "lives at", "address on file:", "addr:"],
}


def label_segs(ctx, which):
    r = ctx.r
    ctx.tag("structured")
    lab = r.choice(LABELS[which])
    return [L(lab)]


MACROS = {
    "hey": "[|||hey |hi |Hi all, |{@} |morning - |FYI |quick q: |heads up: |{here} |Hi team - ]",
    "pls": "[pls|please|plz|can someone|could you|can u]",
    "thx": "[thx|thanks|ty|thank you|tyvm|thx!!|🙏|ty :pray:|thanks so much]",
    "end": "[| {=thx}|| lmk| let me know|. thanks!|]",
    "fyi": "[FYI|fyi|Heads up|heads-up|PSA|Just so you know|fwiw]",
    "ok": "[ok|okay|k|sounds good|👍|got it|will do|on it]",
}

LABELLED = {"mrn", "ssn", "hp", "mcaid", "mbi", "har", "gacct", "bank", "dl", "dea", "slic", "plate", "vin",
            "dev", "url", "ip", "addr", "street", "town", "zip", "pobox", "cc", "age", "ph", "bph", "fax",
            "em", "bem", "d"}
PEOPLE = {"mom", "baby", "dad", "fob", "gm", "gpa", "guard", "foster", "sib", "twin", "pt", "kid", "vis", "emp", "vip",
          "teen", "aunt"}


class CleanViolation(Exception):
    pass


def slot(ctx, spec, out):
    r = ctx.r
    if spec.startswith("="):
        expand(ctx, parse_cached(MACROS[spec[1:]]), out)
        return
    name, _, arg = spec.partition(":")
    memo = None
    if "@" in arg:
        arg, _, memo = arg.partition("@")
        if memo in ctx.vals:
            for s in ctx.vals[memo]:
                out.append(Seg(s.text, s.kind, s.typ, s.lower_ok, s.adj_ok, s.owner))
            return
    m = re.match(r"([a-z]+)(\d*)$", name)
    base = m.group(1) if m else name
    segs = None
    if name == "L":
        segs = label_segs(ctx, arg)
    elif name == "sx":
        role, fw_, mw_ = arg.split("/")
        segs = [L(fw_ if ctx.person(role).sex == "F" else mw_)]
    elif base in PEOPLE:
        if not ctx.phi:
            raise CleanViolation(spec)
        segs = name_segs(ctx, ctx.person(name), arg, base)
    elif base in STAFF_FMT:
        segs = staff_segs(ctx, name, arg)
    elif base in LABELLED:
        if not ctx.phi:
            raise CleanViolation(spec)
        segs = labelled_slot(ctx, base, arg)
    else:
        segs = unl(ctx, name, arg)
        if segs is None:
            raise ValueError("unknown slot %r" % spec)
    if memo:
        ctx.vals[memo] = segs
    out.extend(segs)


def labelled_slot(ctx, base, arg):
    r = ctx.r
    if base == "d":
        return date_segs(ctx, arg or "ev")
    if base == "mrn":
        if arg == "nl":
            d = "4" + digits(r, 7)
            ctx.tag("mrn", "line-break-value")
            return [V(r.choice([d[:4] + "\n" + d[4:], d[:5] + "-\n" + d[5:], d[:3] + " \n" + d[3:]]), "MRN")]
        return [V(mrn_val(ctx), "MRN")]
    if base == "ssn":
        return [V(ssn_val(ctx), "SSN")]
    if base == "hp":
        return [V(hp_val(ctx, arg or None), "HEALTH_PLAN_ID")]
    if base == "mcaid":
        return [V(hp_val(ctx, r.choice(["mass", "medicaid", "chip"])), "HEALTH_PLAN_ID")]
    if base == "mbi":
        return [V(hp_val(ctx, "mbi"), "HEALTH_PLAN_ID")]
    if base in ("har", "gacct", "bank"):
        return [V(har_val(ctx, base), "ACCOUNT_NUMBER")]
    if base == "dl":
        return [V(dl_val(ctx), "LICENSE_NUMBER")]
    if base == "dea":
        return [V(dea_val(ctx, arg or None), "LICENSE_NUMBER")]
    if base == "slic":
        return [V(slic_val(ctx), "LICENSE_NUMBER")]
    if base == "plate":
        return [V(plate_val(ctx), "VEHICLE_ID")]
    if base == "vin":
        return [V(vin_val(ctx), "VEHICLE_ID")]
    if base == "dev":
        return [V(dev_val(ctx), "DEVICE_ID")]
    if base == "url":
        u = pt_url(ctx, arg)
        if "link" in (arg or "").split(","):
            ctx.tag("slack-markup")
            return [R("<"), V(u, "URL"), R("|" + r.choice(["portal link", "link", "camera", "update page", "visit link",
                                                             "here"]) + ">")]
        return [V(u, "URL")]
    if base == "ip":
        return [V(ip_val(ctx), "IP_ADDRESS")]
    if base in ("addr", "street", "town", "zip", "pobox"):
        return addr_segs(ctx, base if base != "addr" else "full")
    if base == "cc":
        return [V(cc_val(ctx), "CREDIT_CARD")]
    if base == "age":
        return [V(age_val(ctx), "AGE", True, adj_ok=True)]
    if base == "ph":
        return phone_segs(ctx, arg, biz=False)
    if base == "bph":
        return phone_segs(ctx, arg, biz=True)
    if base == "fax":
        ctx.tag("fax")
        return phone_segs(ctx, arg, biz=True, fax=True)
    if base == "em":
        return email_segs(ctx, arg, biz=False)
    if base == "bem":
        return email_segs(ctx, arg, biz=True)
    raise ValueError(base)


# ---------------------------------------------------------------------------
# template parsing / expansion
# ---------------------------------------------------------------------------
_PARSE_CACHE = {}


def parse(t):
    pos = 0

    def seq(stop):
        nonlocal pos
        items, buf = [], []
        while pos < len(t):
            c = t[pos]
            if c in stop:
                break
            if c == "[":
                if buf:
                    items.append("".join(buf))
                    buf = []
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
                items.append(("alt", alts))
                continue
            if c == "{":
                if buf:
                    items.append("".join(buf))
                    buf = []
                j = t.index("}", pos)
                items.append(("slot", t[pos + 1:j]))
                pos = j + 1
                continue
            if c in "|]}":
                raise ValueError("stray %r at %d in %r" % (c, pos, t))
            buf.append(c)
            pos += 1
        if buf:
            items.append("".join(buf))
        return items

    res = seq("")
    if pos != len(t):
        raise ValueError("parse error in %r" % t)
    return res


def parse_cached(t):
    if t not in _PARSE_CACHE:
        _PARSE_CACHE[t] = parse(t)
    return _PARSE_CACHE[t]


def expand(ctx, ast, out):
    for it in ast:
        if isinstance(it, str):
            out.append(L(it))
        elif it[0] == "alt":
            expand(ctx, ctx.r.choice(it[1]), out)
        else:
            slot(ctx, it[1], out)


def template_slots(ast, acc):
    for it in ast:
        if isinstance(it, str):
            continue
        if it[0] == "alt":
            for a in it[1]:
                template_slots(a, acc)
        else:
            acc.append(it[1])
    return acc


def required_slots(ast, acc):
    """Slots that appear outside any alternative (always expanded)."""
    for it in ast:
        if not isinstance(it, str) and it[0] == "slot":
            acc.append(it[1])
    return acc


# ---------------------------------------------------------------------------
# voices and surface transforms
# ---------------------------------------------------------------------------
VOICES = {
    #          lower  typo   nopunct emoji markup short  greet  sign
    "rn":      (0.35, 0.030, 0.45, 0.25, 0.15, 0.60, 0.25, 0.20),
    "md":      (0.20, 0.020, 0.35, 0.05, 0.10, 0.50, 0.15, 0.10),
    "mw":      (0.15, 0.020, 0.25, 0.20, 0.10, 0.40, 0.20, 0.15),
    "clerk":   (0.15, 0.025, 0.20, 0.15, 0.20, 0.20, 0.30, 0.25),
    "mgr":     (0.10, 0.015, 0.15, 0.20, 0.30, 0.15, 0.35, 0.30),
    "exec":    (0.02, 0.005, 0.05, 0.05, 0.20, 0.00, 0.40, 0.40),
    "asst":    (0.05, 0.012, 0.10, 0.30, 0.35, 0.05, 0.45, 0.35),
    "sw":      (0.08, 0.015, 0.10, 0.05, 0.10, 0.20, 0.25, 0.25),
    "tech":    (0.45, 0.040, 0.50, 0.20, 0.15, 0.40, 0.20, 0.15),
    "billing": (0.10, 0.020, 0.15, 0.05, 0.25, 0.20, 0.30, 0.30),
    "family":  (0.50, 0.050, 0.50, 0.50, 0.00, 0.10, 0.30, 0.30),
    "it":      (0.30, 0.020, 0.30, 0.15, 0.50, 0.20, 0.20, 0.15),
    "snurse":  (0.10, 0.020, 0.15, 0.10, 0.05, 0.30, 0.35, 0.35),
    "bot":     (0.00, 0.000, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00),
}
GREET = {
    "rn": "[hey |hi |{@} |quick q - |fyi |{here} |hey all, |ugh |ok so ]",
    "md": "[{@} |Team: |fyi |FYI - |quick one: ]",
    "mw": "[hi all - |{@} |hey ]",
    "clerk": "[Hi! |Hello, |{@} |Good morning, |hi |Hi {rn:first}, ]",
    "mgr": "[Hi team, |Team - |{here} |Good morning all, |Hi {rn:first} - |Quick update: ]",
    "exec": "[Hi all, |Team — |Good morning, |Quick note: |{dir:first} — ]",
    "asst": "[Hi {dir:first}! |Hi {dir:first}, |Good morning! |{@} |Hi there, |Hello! ]",
    "sw": "[Hi all, |{@} |Hello - |Good afternoon, ]",
    "tech": "[yo |hey |{@} |hi ]",
    "billing": "[Hi, |Hello team, |{@} |Good morning - ]",
    "family": "[hi |hello |hi there |good morning |sorry to bother |]",
    "it": "[{@} |hey |FYI |:wave: |heads up - ]",
    "snurse": "[Hi, |Hello! |Good morning, |Hi {sw:first}, ]",
    "bot": "",
}
SIGN = {
    "rn": "[ thx| ty| 🙏| ty!!| tia|]",
    "md": "[ thanks| -{md:sur}| tx|]",
    "mw": "[ thx!| 💕| ty]",
    "clerk": "[ Thank you!| thanks :)| ty!|]",
    "mgr": "[\n\nThanks, {mgr:first}| Thanks all!| — {mgr:first}|\nthx]",
    "exec": "[\n\nThanks,\n{exec:first}|\n\nBest,\n{exec:first}| Thank you.|\n— {exec:first}]",
    "asst": "[ Thank you!!| Thanks so much!| :blush:|\n\nThanks!\n{asst:first}]",
    "sw": "[\nThanks, {sw:first}| Thank you| - {sw:first}, LICSW]",
    "tech": "[ thx| k| lmk]",
    "billing": "[\nThank you,\n{bill:full}\nPatient Financial Services| Thanks!| TIA]",
    "family": "[ thank you| {fw}| ❤️| 🙏🙏| thank u so much]",
    "it": "[ thx| - IS| ty]",
    "snurse": "[\nThank you,\n{snurse:full}| Thanks!| Best, {snurse:first}]",
    "bot": "",
}
VOICES["np"] = (0.20, 0.020, 0.30, 0.10, 0.10, 0.45, 0.20, 0.15)
VOICES["lc"] = (0.25, 0.025, 0.35, 0.35, 0.10, 0.30, 0.25, 0.25)
GREET["np"] = "[{@} |hi all - |fyi |]"
GREET["lc"] = "[hi! |{@} |hey team, ]"
SIGN["np"] = "[ thx| -{np:first}|]"
SIGN["lc"] = "[ 💕| thanks!| :baby_bottle:]"
SHORTHAND = [(r"\bpatient\b", "pt"), (r"\bpatients\b", "pts"), (r"\bwith\b", "w/"), (r"\bwithout\b", "w/o"),
             (r"\bplease\b", "pls"), (r"\bthanks\b", "thx"), (r"\bbecause\b", "bc"), (r"\bdischarge\b", "d/c"),
             (r"\bhistory\b", "hx"), (r"\bfollow[- ]up\b", "f/u"), (r"\bappointment\b", "appt"),
             (r"\btomorrow\b", "tmrw"), (r"\bmessage\b", "msg"), (r"\binformation\b", "info"),
             (r"\babout\b", "abt"), (r"\byou\b", "u"), (r"\bmother\b", "mom"), (r"\bnewborn\b", "NB"),
             (r"\bsocial work\b", "SW"), (r"\bregarding\b", "re"), (r"\bneeds\b", "needs"),
             (r"\bthrough\b", "thru"), (r"\bminutes\b", "mins"), (r"\bbetween\b", "btwn")]
MISSPELL = {"receive": "recieve", "received": "recieved", "definitely": "definately", "tomorrow": "tommorow",
            "schedule": "schedual", "separate": "seperate", "guardian": "gaurdian", "newborn": "newbron",
            "necessary": "neccessary", "calendar": "calender", "occurred": "occured", "believe": "beleive",
            "until": "untill", "their": "thier", "pediatrician": "pediatrican", "which": "wich",
            "because": "becuase", "maintenance": "maintainance", "accommodate": "accomodate",
            "discharge": "dischrage", "insurance": "insurnace", "foster": "fostor", "address": "adress",
            "referral": "referal", "meeting": "meting", "available": "availble", "license": "lisence"}
KEYB = {"a": "s", "s": "d", "e": "r", "r": "t", "t": "y", "i": "o", "o": "p", "n": "m", "m": "n", "l": "k",
        "h": "j", "d": "f", "c": "v", "u": "i", "g": "h", "p": "o", "b": "n", "w": "e", "y": "t"}
FW_ALL = {i: 0xFF01 + (i - 0x21) for i in range(0x21, 0x7F)}


def typo_word(r, w):
    lw = w.lower()
    if lw in MISSPELL and r.random() < 0.6:
        t = MISSPELL[lw]
        return t.capitalize() if w[0].isupper() else t
    i = r.randint(1, len(w) - 2)
    op = r.randint(0, 3)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    return w[:i] + KEYB.get(c, c) + w[i + 1:]


def apply_voice(ctx, segs, voice):
    r = ctx.r
    lower, typo, nopunct, emoji, markup, short, _, _ = VOICES[voice]
    # shorthand
    if r.random() < short:
        subs = [s for s in SHORTHAND if r.random() < 0.5]
        if subs:
            for sg in segs:
                if sg.kind == "L":
                    for pat, rep in subs:
                        sg.text = re.sub(pat, rep, sg.text)
            ctx.tag("abbrev")
    # typos
    if typo > 0:
        rate = typo * r.choice([0.5, 1.0, 1.0, 1.5, 2.0])
        hit = False
        for sg in segs:
            if sg.kind != "L":
                continue
            def rep(m):
                nonlocal hit
                w = m.group(0)
                if len(w) >= 4 and r.random() < rate:
                    hit = True
                    return typo_word(r, w)
                return w
            sg.text = re.sub(r"[A-Za-z]+", rep, sg.text)
        if hit:
            ctx.tag("typo")
    # lower case
    if r.random() < lower:
        for sg in segs:
            if sg.kind in ("L", "N") or (sg.kind == "V" and sg.lower_ok):
                sg.text = sg.text.lower()
        ctx.tag("lowercase")
    # dropped punctuation / apostrophes
    if r.random() < nopunct:
        for sg in segs:
            if sg.kind == "L":
                sg.text = re.sub(r"\.(?=\s|$)", lambda m: "" if r.random() < 0.7 else ".", sg.text)
                if r.random() < 0.5:
                    sg.text = re.sub(r"(?<=[a-z])'(?=(t|s|m|re|ll)\b)", "", sg.text)
        ctx.tag("no-punct")
    # markup on a value or a word
    if r.random() < markup:
        vs = [i for i, sg in enumerate(segs) if sg.kind == "V" and "\n" not in sg.text and sg.typ in
              ("NAME", "MRN", "DATE", "PHONE", "ACCOUNT_NUMBER", "HEALTH_PLAN_ID")]
        ls = [i for i, sg in enumerate(segs) if sg.kind == "L" and re.search(r"\b[A-Za-z]{4,}\b", sg.text)]
        mk = r.choice(["*", "*", "_", "`", "~"])
        if vs and r.random() < 0.6:
            i = r.choice(vs)
            segs[i:i + 1] = [R(mk), segs[i], R(mk)]
            ctx.tag("slack-markup")
        elif ls:
            i = r.choice(ls)
            sg = segs[i]
            words = list(re.finditer(r"\b[A-Za-z]{4,}\b", sg.text))
            w = r.choice(words)
            sg.text = sg.text[:w.start()] + mk + w.group(0) + mk + sg.text[w.end():]
            ctx.tag("slack-markup")
    # emoji
    if r.random() < emoji:
        e = r.choice(EMOJI_CODES + EMOJI_UNI)
        if r.random() < 0.7:
            segs.append(R(" " + e))
        else:
            segs.insert(0, R(e + " "))
        ctx.tag("emoji")
    # zero-width / fullwidth noise in literal text
    if r.random() < 0.035:
        ls = [sg for sg in segs if sg.kind == "L" and re.search(r"[A-Za-z]{3,}", sg.text)]
        if ls:
            sg = r.choice(ls)
            ms = list(re.finditer(r"[A-Za-z]{3,}", sg.text))
            m = r.choice(ms)
            k = r.randint(m.start() + 1, m.end() - 1)
            sg.text = sg.text[:k] + r.choice([ZW, "\u200c", "\u2060", "\ufeff"]) + sg.text[k:]
            ctx.tag("zero-width")
    if r.random() < 0.025:
        ls = [sg for sg in segs if sg.kind == "L" and re.search(r"[A-Za-z0-9]{2,}", sg.text)]
        if ls:
            sg = r.choice(ls)
            ms = list(re.finditer(r"[A-Za-z0-9#:]{2,}", sg.text))
            m = r.choice(ms)
            sg.text = sg.text[:m.start()] + m.group(0).translate(FW_ALL) + sg.text[m.end():]
            ctx.tag("fullwidth")
    return segs


# ---------------------------------------------------------------------------
# message frames
#   [a|b]  alternative pieces        {slot} / {slot:form}   values
#   people (labelled NAME): mom baby twin dad gm gp guard foster sib kid teen pt vis emp vip aunt (+digit = other family)
#   staff (unlabelled): rn md mw sw mgr dir exec asst clerk vend donor board coll snurse cpsw itg lc cm chap tech bill np
# ---------------------------------------------------------------------------
PHI_FRAMES = []
CLEAN_FRAMES = []


def phi(voices, tags, *ts):
    for t in ts:
        PHI_FRAMES.append((voices.split(), tags.split(), t))


def clean(voices, tags, *ts):
    for t in ts:
        CLEAN_FRAMES.append((voices.split(), tags.split(), t))


# ---------------- PHI: labour & delivery ----------------
phi("rn md mw", "l&d handoff",
    "{room}: {mom} {gp} @ {ga}, [SROM|AROM|SROM clear fluid|AROM light mec] at {time}, [epidural in|pushing now|on pit 6|comfortable, epidural working|unmedicated so far]. [EDD|edd|due] {d:edd}. [{md:last} aware|{md:last} updated|{=pls} page {md:last} if cat II]",
    "L&D board {time}\n{room} - {mom:inv} - {gp} - {ga}\n{L:dob} {d:adult} / {L:mrn} {mrn}\n[plan:|Plan -|POC:] [TOLAC|IOL for gHTN|repeat c/s at {time}|expectant mgmt|IOL, cytotec #2]",
    "[pt|Pt] in triage [is|=] {mom:full}, {L:dob} {d:adult}, [c/o|reports|here for] [decreased FM|ctx q5|LOF since this am|HA and BP 152/98|bleeding]. [{md:last} to eval|NST started|on the monitor now|labs sent]",
    "{mom:hon} in {room} [delivered|had her baby|SVD] at {time} on {d:ev}, [baby girl|baby boy|a girl|a boy] {wt}g, apgars {apgar}. [both doing well|mom bleeding a bit, {md:last} at bedside|skin to skin now|baby to SCN for grunting]",
    "anyone know if {mom:full} [(triage 2)|in triage|in {room}] is [a transfer from|coming over from] [Lawrence General|Holy Family|Anna Jaques|Lowell General]? her OB [office|practice] [says she's due|has her EDD as|lists EDD] {d:edd}",
    "[c/s|C-section|cesarean] [booked|scheduled|on the board] for {mom:full} [on|for] {d:fu} [at|@] {time}[, {md:last} primary|, needs type and screen|, pre-op call done]. {L:mrn} {mrn}",
    "{mom:first} [in|from] {room} [keeps asking|is asking] [for|about] her [husband|partner|fiancé] {dad:full}[ — he's in the lobby| — security has him at the desk|, can someone walk him up]",
    "> {mom:full} {gp} {ga} — [pre-e w/ severe features|GDM A2|chronic HTN|di/di twins]\n[agree w/ mag|will see after my case|ok to start pit]. [{mw:first}|{md:last}] has her [next|tonight]",
    "postpartum check: {mom:poss} [BP|bp] [152/101|148/96|160/104] [again|x2], [pls|please] [call|page] {md:last}. she's [G1|a first-time mom], [delivered|SVD] {d:ev}",
    "{mom:full}, {mage}yo {gp}, [ETA 20 min|arriving by ambulance|en route from our {site} clinic] w/ [?abruption|vag bleeding|ctx q3|PPROM]. [DOB|dob] {d:adult}. [{md:last} aware|anesthesia paged]",
    "[doula|Doula] for {mom:first} in {room} is {vis:full}, [she's|she is] on the visitor list[ now|]. {mom:poss} [sister|mom] {aunt:full} [too|is also ok to come back]",
    "[OB ED|triage] log\n[1.|-] {mom:inv} {d:adult} [r/o labor|r/o ROM|NST] {time}\n[2.|-] {pt2:inv} {d:adult} [HA|bleeding|dec FM] {time}\n[3.|-] {pt3:full} [{ga}|] [d/c'd|admitted|still here]",
    "fyi {mom:full} [declined|refused|does not want] [blood products|the vit K|erythro|hep B vaccine] for baby[ — JW|]. [consent on chart|{md:last} spoke w/ her]. baby [DOB|born] {d:baby}",
    "can [someone|anyone] [call|reach] {mom:poss} [partner|husband|wife|mom] at {ph}? [she|he] [left|went home] and [mom|she]'s [asking for them|8cm]",
    "[interpreter|Interpreter] needed {room} — {mom:full} [speaks|only speaks|prefers] {lang}. [husband|partner] {dad:first} [translating|trying to translate] but [not appropriate|that's not ok] for consent[. she keeps saying \"{fw}\"|]",
    "Stork [delivery summary|DS] not filing for {baby:bg} — mom {mom:inv} {L:mrn} {mrn}, [baby MRN|NB MRN|infant mrn] {mrn}. [{itg} can you look?|can IS look?|ticket {tkt}]",
    "{mom:hon} [wants|is asking for] [her placenta|a lactation consult|early discharge|a private room] — [delivered|SVD|c/s] {d:ev}. [ok per {md:last}|{md:last} says no|pending]",
    "Late entry: {mom:full} [arrived|was admitted] {d:ev} [at|@] {time}, [SROM|labor|IOL] — [epic|Epic] [timestamp|time] shows the wrong date",
    "MFM consult [for|re] {mom:full} ({L:dob} {d:adult}) — [TTTS|IUGR|placenta previa|accreta spectrum]. [Next US|Growth US|NST] {d:fu}. {md:last} [to discuss|wants to talk] at [board rounds|huddle]",
    "{mom:full}\n{d:adult}\n{ga}, [BPP 8/8|cat I|reactive NST]\n[d/c home|admit|obs 2h]",
    "[rm|Rm|room] {n:201-540} {pt:last} [needs|wants] [ice chips|a sitz bath|pain meds|the LC]. [rm|Rm] {n:201-540} {pt2:first} [ok|sleeping|d/c pending]",
    "[Lactation|lactation] [list|consults] [for|] today:\n{room} {mom:last}[ - latch|]\n{room} {pt2:last}[ - pumping for NICU|]\n{room} {pt3:hon}[ - engorgement|]",
    "[pasted from epic|from Epic:|copied:]\n{mom:INV}   {d:adult}   {L:mrn} {mrn}   [F|female]   {mage}y",
    "[Night|night] [handoff|report] {unit}\n\n{room} — {mom:last} — [POD1|PPD2] [c/s|SVD] — [pain ok|needs to ambulate]\n{room} — {pt2:last} — [IOL|early labor] — [cytotec #2 at {time}|pit at 8]\n{room} — {pt3:first} — [d/c today|d/c pending peds]",
    "{mom:full}\n[delivered|SVD] {d:ev}\n[needs|due for] [rhogam|RhoGAM|MMR] before d/c",
    "[mamá|mom] de {baby:bg} [dice|says]: \"[¿cuándo puedo llevar a mi bebé a casa?|¿dónde está mi bebé?]\" — [Spanish|spanish] interp [pls|please] {room}",
    "[Haitian Creole|HC] [interp|interpreter] [for|to] {mom:hon} [in|@] {room} — she keeps saying \"mwen pa konprann\". [husband|partner] {dad:first} [on his way|at work]",
    "{mom:full} [asked|requests] [a female|female] [provider|OB] only[, inshallah|] — [please|pls] [honor|respect]. {md:last} [aware|ok w/ it]",
)
phi("rn md clerk", "l&d records",
    "[OB|ob] [office|clinic] [called|called in]: {pt:full} [{L:dob} {d:adult}|] [needs|wants] [an|a] [US|ultrasound|NST] [today|asap] [for|—] [decreased FM|spotting]. [call|Call] her at {ph}",
    "[gyn|GYN] [clinic|] [add-on|addon]: {pt:full}, {d:adult}, [post-op check|IUD check|pap f/u]. [insurance|ins] {hp}",
    "[mom|Mom] {pt:full} [in|from] {room} [fell|slipped] [in the bathroom|getting up] on {d:ev}[ at {time}|]. [no|No] injury, [RL|incident report] [filed|{tkt}]",
    "{pt:full} [lives|is living] in {town}[ w/ her mom|], [doesn't have a car|has no transport|no car]. [SW|{sw:first}] [arranging|set up] [a ride|PT-1|cab voucher] for [her|] [f/u|postpartum visit] on {d:fu}",
    "[Postpartum|PP] [depression|EPDS] [screen|score] [positive|14] for {pt:full}[ ({d:adult})|]. [referred|Referral] [to|for] [MCPAP|perinatal psych]. [she|pt] [prefers|wants] [texts|calls] at {ph}",
    "{pt:first} {room} [wants|asked] [to|if she can] [go|walk] [outside|to the cafe] [with|w/] [baby|the baby]. [no|NO] — [infant security|baby can't leave the unit].",
    "[please|pls] [DON'T|do not] [give|release] [info|any info] [to|] [anyone|] [calling about|asking for] {pt:full} — [she's|pt is] [a confidential|a private] [patient|admission][, alias {vis:full}|]",
    "[ED|OB ED] [visit|bounceback] [summary|]: {pt:full} [seen|here] {d:past} and {d:ev} [for|w/] [HA|elevated BP|incision pain]. [3rd|third] visit [in|within] {dur}",
    "[surrogacy|Gestational carrier] [delivery|]: [GC|carrier] {pt:full}, [intended parents|IPs] {dad:full} and {foster:full}. [baby|Baby] [goes|to go] [to|with] [IPs|intended parents] [per|—] [court order|pre-birth order]",
    "[Adoption|adoption] [plan|]: [birth mom|BM] {mom:full} [placing|is placing] {baby:bg}; [adoptive|AP] [parents|family] {foster:full} and {foster2:full} [on the way|arrive {rel}]. [agency|Agency] [contact|worker] {coll:full} {bph}",
    "[Death|death] [certificate|cert] [for|—] [baby|infant] {baby:full}[, {L:mrn} {mrn}|], [died|expired|passed] {d:ev}. [family|Parents] {mom:first} and {dad:first} [want|requested] [the chaplain|{chap}]. [memory box|bereavement packet] [ready|done]",
    "[autopsy|Autopsy] [consent|] [declined|signed] by {mom:full} for [stillbirth|IUFD] [on|delivered] {d:ev}. [Bereavement|bereavement] [f/u|call] {d:fu}",
    "[mom|Mom] [wants|requests] [records|her chart] [sent|mailed] [to|at] [her new address|the address below]:\n{addr}\n[ROI|release] [signed|on file]. {L:mrn} {mrn}",
    "[Home visit|home visit] [nurse|VNA] [referral|ref] [for|—] {mom:full} & {baby:bg}: {addr}. [best|Best] [#|number] {ph}. [Language:|speaks] {lang}",
)

# ---------------- PHI: NICU ----------------
phi("rn md np lc", "nicu",
    "{bed}: {baby:bg}, [ex-|]{ga}[, now {cga}|], [on HFNC 2L|on CPAP +6|RA|on the vent], [feeds 24 ml q3|TPN/IL|NPO]. mom {mom:full} [visiting daily|hasn't been in this week|calls nightly]",
    "NICU admit from {room}: {baby:bg}, [DOB|born] {d:baby} [@|at] {time}, {ga}, {wt}g. [mom|MOB] {mom:inv}, [mom|MOB] [MRN|mrn] {mrn}, [baby|NB] [MRN|mrn] {mrn}",
    "can we get [hearing screen|CCHD|the car seat challenge|ROP exam] for {baby:bg} [before d/c|on {d:fu}|today]? [d/c|discharge] [planned|tentatively] {d:fu}",
    "{mom:full} [asked|wants to know] if she can [bring in|drop off] [breast milk|frozen milk] [for|to] {bed}, [baby|her son|her daughter] {baby:first}. {lc} [can help|will call her]",
    "NICView camera [link|URL] for {baby:bg} family: {url:cam} — [pls|please] [don't|do not] share outside the [chart|family]",
    "[family|Family] [mtg|meeting] re {baby:full} [moved|is set]; [parents|mom and dad] {mom:first} and {dad:first} [aware|confirmed]. [palliative|neo|SW] [joining|will be there]",
    "[I-PASS|IPASS] {bed}\nI: [stable|watcher]\nP: {baby:full}, {ga}, [DOL|day] {n:2-40}, [apnea spells|hyperbili|NEC watch|TTN resolving]\nA: [caffeine|photo|NPO, abx]\nS: [parents|mom] {mom:first} [updated|needs update]\nS: [f/u|recheck] bili {d:fu}",
    "[donor milk|DBM] consent [missing|not signed] for {baby:bg} ({L:mrn} {mrn}) — mom {mom:full} [can sign|is coming in at {time}|needs a {lang} interpreter]",
    "[transfer|Transport] [to|from] [Children's|Boston Children's|Tufts|MGH for Children]: {baby:inv}, DOB {d:baby}, [for|re] [cardiac eval|surgical consult|ECMO eval|HIE cooling]. [team ETA {time}|accepting MD {md:last}]",
    "{baby:bg} in {bed} [is|was] [discharged|going home|transferred] — [family|parents] [moved|now living] [to|in] {town} [per|according to] {sw:first}, [update|fix] the [demographics|address] [pls|please]",
    "[home oxygen|home O2|apnea monitor] setup for {baby:full}: [device|monitor] {L:dev} {dev}, [delivered to|to be delivered to] {addr}. [DME|vendor] [Apria|Lincare|AdaptHealth|Rotech] [confirmed|scheduled]",
    "[mom|MOB] {mom:full} [tox|urine tox] [positive|+] [for|—] [THC|fentanyl|methadone], [baby|NB] {baby:bg} [on ESC|NAS scoring|eat sleep console]. [SW|{sw}] [consulted|notified], [51A|DCF report] [likely|filed]",
    "[breast pump|pump] rental for {mom:full} — [Medela|Ameda] [serial|SN] {dev}[, due back {due}|]",
    "parents of {bed} ({baby:last}) [asked|want] [to|if they can] [do kangaroo care|bathe baby|hold during the procedure]. dad is {dad:full}[, he's on the list|]. {=ok}?",
    "{baby:twinA} and {twin:twinB}: [A on RA, B still on CPAP|both on feeds|A d/c tomorrow, B staying]. [mom|MOB] {mom:full}[ ({L:ph} {ph})|]",
    "[our|Our] [former|] NICU [grad|graduate] {kid:full} ([born|DOB] {d:child}, {ga}) [is|was] [back|readmitted] [today|this am] [with|w/] [RSV|bronchiolitis]. [parents|Parents] [asked for|requested] {md:last}",
    "[Hep B|HBIG] [given|] [to|for] {baby:bg} [at|@] {time} {d:baby} — [mom|MOB] {mom:full} HBsAg+. [lot|Lot] [#|] {asset}[, exp {exp}|]",
    "[Rooming|rooming]-in [for|—] [NAS|ESC] [baby|infant] {baby:bg}: [mom|MOB] {mom:first} [on|gets] [methadone|buprenorphine] [via|from] [the|our] {site} [clinic|OTP]. [dose|Dose] [verified|confirmed] [with|w/] [clinic|them] at {bph}",
    "[Early Intervention|EI] [referral|ref] [sent|faxed] for {baby:full} ([ex-|]{ga}). [EI|Program] [intake|coordinator] [will call|calling] [mom|parents] at {ph}",
    "{baby:bg} [hearing screen|ABR] [referred|refer] [both ears|R ear|L ear]. [outpatient|OP] [rescreen|ABR] [booked|scheduled] {d:fu}[, {site} audiology|]. [mom|family] [cell|phone] {ph}",
    "[telehealth|video] [visit|f/u] [link|URL] for {kid:full} [on|—] {d:fu}: {url} [sent to mom|texted to dad|in the AVS]",
    "[mychart|MyChart] [proxy|proxy access] [for|to] {baby:poss} [chart|record] [set up|approved] for [dad|grandma|foster mom] — {url:link}",
    "[family|Family] [update|updates] [page|site] for {baby:bg}: {url:page,link} — [mom|parents] [asked|want] [us|the team] to [know|follow along]",
)

# ---------------- PHI: mother / newborn record pairs, registration ----------------
phi("clerk billing rn", "records mother-baby",
    "[Mom/baby|mom-baby|MB] link [broken|wrong] in Epic:\nmom {mom:inv} MRN {mrn}\nbaby {baby:bg} MRN {mrn}\n[linked to the wrong mom|shows the wrong mom|not linked], {tkt} [opened|submitted]",
    "[registration|Reg] [question|q]: baby [of|for] {mom:full} [got registered|was registered] under [her|mom's] [maiden|old] name — [dad|FOB] {fob:full} [wants|asked for] [his|the father's] last name [instead|]. [baby MRN|NB mrn] {mrn}",
    "[newborn|NB] [name change|legal name] [update|request]: {baby:bg} → {baby:full}[, DOB {d:baby}|]. [mom|parent] {mom:full} [signed the form|brought the birth cert worksheet]",
    "[Birth certificate|birth cert] worksheet for {baby:full} [is missing|needs correction]: [DOB listed as|dob says] {d:baby} [but|when] [delivery|it] was {d:baby}. [mom's SSN|SSN for mom] [on the form is|reads] {ssn}",
    "[ADT|Epic] [shows|has] two [open|active] [encounters|HARs] for {mom:full}: {L:har} {har} and {har}. [Which one|which] [do I|should I] [close|use]? {tkt}",
    "{clerk:first} can you [merge|fix] [the|these] [duplicate|dup] [charts|MRNs]? {mom:inv} — {mrn} / {mrn}. [same DOB|both] {d:adult}",
    "Stork [question|q]: [baby|NB] [for|of] {mom:full} ({L:mrn} {mrn}) [born|delivered] {d:baby} [isn't showing|not showing up] on the [census|mother-baby list]",
    "Twins [for|of] {mom:full}:\n• {baby:twinA} — {L:mrn} {mrn}\n• {twin:twinB} — {L:mrn} {mrn}\n[DOB|born] {d:baby} [both|for both]",
    "[PP|postpartum] [discharge|d/c] [summary|paperwork] for {mom:inv} has [baby's|the baby's] [DOB|delivery date] as {d:baby} — [should be|it was] {d:baby}. [baby|NB] is {baby:bg}.",
    "[mom|Mom] [and|&] [baby|bb] [dyad|pair]: {mom:inv} ({mrn}) / {baby:inv} ({mrn}) — [d/c|discharged] [together|] {d:ev}",
    "[Paternity|paternity] [VAP|acknowledgment] [form|] [for|—] {baby:bg}: [father|dad] {dad:full}, SSN {ssn}, [DOB|dob] {d:adult}. [notary|Notary] [at|@] {time}",
    "[Circ|circ] [consent|] [for|—] [Baby Boy|BB|baby boy] {baby:last} [signed|done] [by|—] [dad|father] {dad:full}[ (legal father, on birth cert)|]. [scheduled|booked] {d:fu} [am|AM]",
    "[triplets|Triplets]! {mom:full} [delivered|had] [A, B and C|all three] [at|@] {time}[, all to NICU|]. [MRNs|mrns]: {mrn}, {mrn}, {mrn} {emo}",
    "[I|i] [think|believe] [this is|it's] [the wrong|a wrong] [pt|patient] [on|in] the [label|armband]: [label|band] [says|reads] {kid:inv}, {d:child} [but|and] [chart|Epic] [says|has] {kid2:inv}, {d:child}",
)

# ---------------- PHI: paediatric clinics and wards ----------------
phi("rn md np clerk", "peds",
    "[WCC|well child|well visit] [for|—] {kid:full} [({kage})|] [moved|rescheduled|bumped] to {d:fu} [at|@] {time}. [mom|dad|grandma] [confirmed|aware]",
    "{kid:first} [in|from] {room} [spiked|had a temp of] [39.4|102.3], [blood cx sent|CBC pending|tylenol given]. [mom|MOB] {mom:first} [asking for|wants] [{md:last}|the attending]",
    "[peds|Peds] [f/u|follow up] [for|:] {kid:inv}, {L:dob} {d:child} — [asthma|ADHD med check|weight check|ear recheck] [due|needed] {d:fu}[. insurance {hp}|]",
    "[can you|pls] [call|text] [mom|the mom|{mom:hon}] [back|] at {ph} [re|about] {kid:poss} [labs|strep result|lead level|xray]",
    "{kid:full} ({kage}) [here w/|w/] [foster {sx:foster/mom/dad}|foster parent] {foster:full} — [no|doesn't have] [consent|custody paperwork]. [who can consent?|is a verbal ok from DCF enough?]",
    "[Immunization|Imm] [record|history] request for {kid:full}, {L:dob} {d:child}, [fax|send] to [{school}|the school] at {fax}",
    "[Lead|lead] level [came back|resulted] [7.2|11|5.8] for {kid:full} — [family|they] [live|lives] [at|on] {street} in {town}, [old house|pre-1978 building]. [need|needs] [a|] home inspection referral",
    "{kid:full}\n{d:child}\n[wt check|sick visit|2 wk f/u|ADHD f/u]\n[mom|dad|GM] {L:ph} {ph}",
    "[bed|Bed] [request|req] [peds|Peds]: {kid:inv}, {kage}, [bronchiolitis|DKA|appy|cellulitis], [in|from] [ED|the ED] [bay|rm] {n:1-30}. [accepting|admitting] {md:last}",
    "[fyi|FYI] {kid:full}'s [dad|father] {dad:full} [is not allowed|is NOT allowed|can't visit] — [restraining order|209A on file|custody order]. [security|Security] has a photo",
    "[pump|insulin pump] [failure|alarm] for {kid:full}[ ({kage})|], [t:slim|Omnipod] {L:dev} {dev}. [endo|Endo] [paged|aware], [backup|switching to] MDI",
    "[CGM|Dexcom] for {kid:first} [isn't reading|lost signal|won't pair] — [sensor|transmitter] [SN|serial] {dev}. [family|mom] [says|reports] [it was fine yesterday|new sensor today]",
    "[cochlear implant|CI] processor for {kid:full} [lost|left] [on the unit|in the playroom] — [serial|SN] {dev}. [mom|family] [called|is frantic]",
    "[Asthma|asthma] action plan for {kid:full} [needs|still needs] [a signature|MD signature] [before|by] [school|Monday]. [school|School] [is|=] {school}",
    "> {kid:full} [has been|was] [absent|out] [since|from] {d:past}\n[yes|yeah] {sx:kid/she/he} was [admitted|inpatient] [here|with us] [through|until] {d:past}. [ok to share w/ school?|is there a ROI?]",
    "[quick|Quick] [question|q] [for|re] {kid:full}, [chart|MRN] {mrn} [says|lists] [allergy|allergic] to [PCN|amoxicillin|peanuts] but [mom|dad] [says|denies] [never|no]. [which is it|can someone reconcile]",
    "{kid:full} [({kage})|] [due for|needs] [HPV|flu|MMR|Tdap] — [last|prior] [dose|shot] {d:past}. [mom|parent] [asked|wants] [for|about] [reminders|text reminders] at {ph}",
    "[nurse line|Nurse line] [msg|message]: [caller|mom] {mom:full} ({ph}) [says|states] {kid:first} [has had|had] [fever|vomiting] [since|x] [{d:past}|2 days], [advised|told] [ED|urgent care]",
    "{kid:full} [was|] [seen|admitted] {d:past} [at|in] [our|the] {site} [clinic|office] [for|w/] [a burn|a fracture|bruising]. [our|Our] [CAP|child protection] team [wants|requests] [photos|a skeletal survey]",
    "[peds|Peds] [sign out|signout]\n1) {kid:full} {kage} [asthma|PNA] — [wean O2|q4 albuterol]\n2) {kid2:full} {kage} [DKA|cellulitis] — [gap closed|abx day 2]\n3) {kid3:first} — [d/c am|SW to see]",
    "[WIC|wic] [form|referral] for {kid:full}, DOB {d:child}, [wt|weight] {wt}g, [hgb|Hgb] 10.2. [family|Mom] [in|lives in] {town}",
    "[Chinese|Mandarin] [speaking|] [grandma|grandmother|nainai] {gm:full} [is|] [staying|at the bedside] [with|w/] {kid:first}. [she|She] [doesn't|does not] speak English[ — use the iPad interp|]",
    "[ICYMI|icymi] {kid:full} [got|was] [transferred|moved] [to|from] [PICU|the floor] [overnight|at {time}]. [mom|parents] [at bedside|not yet informed]. [dad|Father] [phone|cell] {ph:link}",
    "{L:mrn} {mrn}\n{L:dob} {d:child}\n[name|Name]: {kid:INV}\n[guardian|Guardian]: {guard:full}\n[ph|phone]: {ph}",
    "[sorry|Sorry] [wrong|wrong] [channel|thread] — [meant to|supposed to] [send|DM] [this|] [to|] {rn:first}: {kid:full} [needs|is due for] [vaccines|4-month shots] {d:fu}",
)

# ---------------- PHI: school nurse liaison ----------------
phi("snurse sw rn", "school-nurse",
    "Hi, this is {snurse:full} at {school}. {kid:full}[ ({kage})|] [came to my office|was in my office] [today|this am] [with|w/] [a bruise on {sx:kid/her/his} arm|wheezing|a rash|a headache again]. [mom|parent] {mom:full} [isn't answering|didn't pick up] at {ph}.",
    "[School|school] [nurse|RN] at {school} [asking|wants to know] if {kid:first} [can return|is cleared to return] [to school|to gym] [after|following] [surgery|the admission] on {d:past}. [note|letter] [pls|?]",
    "[504|504 plan|IHP] [meeting|mtg] for {kid:full} is {mtg} at {school}[ — {sw:first} will attend|]. [diabetes|seizure|allergy] [plan|orders] [need to be|must be] [updated|signed] [first|before]",
    "[glucagon|epi-pen|EpiPen] orders for {kid:full} ({L:dob} {d:child}) [faxed|sent] to {snurse}[ at {fax}|]",
    "[attendance|Attendance] [concern|flag]: {kid:full}, [grade|gr] {n:1-12}, [lives w/|lives with] {gm:full} [on|at] {street}. [missed|has missed] {n:5-30} days. [any|Any] [medical reason|admits] on our end?",
    "[concussion|Concussion] [clearance|return-to-learn] for {teen:full}, [injured|hurt] [at practice|in the game] {d:past}. [ImPACT|baseline] [on file|done]. [coach|AT] wants [a note|clearance]",
    "[head lice|pink eye|impetigo] [cluster|outbreak] at {school}: [our patients|ours] [include|are] {kid1:full}, {kid2:full} and {kid3:first}. [school nurse|{snurse}] [asked|wants] [excusal notes|treatment confirmation]",
    "[Vision|Hearing] [screen|screening] [referral|fail] from {school}: {kid:inv}, [DOB|dob] {d:child}, [failed|referred] [R ear|both eyes|L eye]. [parent|mom] [cell|phone] {ph}",
    "{snurse} [emailed|sent a note] [from|—] {bem:snurse} [about|re] {kid:first}[ in grade {n:1-8}|]: [seizure|asthma|anaphylaxis] [at recess|in class] {d:past}, [EMS called|sent home]",
)

# ---------------- PHI: CPS referrals and social work ----------------
phi("sw md rn mgr", "referral cps",
    "51A [filed|being filed] [on|for|re] {kid:full}[ ({kage})|] — [spiral fx|unexplained bruising|sentinel injury|burn pattern]. [DCF|dcf] [worker|screener] is {cpsw}, [cell|ph] {bph}. [do not|DO NOT] [d/c|discharge] [without|w/o] [clearance|DCF ok]",
    "[CPS|DCF] [referral|report] [summary|draft]:\nChild: {kid:inv}\nDOB: {d:child}\nAddress: {addr}\nCaregiver: {mom:full} ({L:ph} {ph})\nConcern: [neglect - missed appts|medical neglect|NAS|FTT]",
    "[DCF|The DCF] worker {cpsw} [wants|is asking for] [records|the skeletal survey results] for {kid:full}[, DOB {d:child}|]. [ROI|release] [on file?|not on file]. [her|their] email: {bem:cpsw}",
    "[safety plan|Safety plan] for {baby:bg}: [baby|NB] [goes home|discharges] [with|to] [maternal grandmother|aunt|paternal GM] {gm:full} at {addr}, NOT with [mom|dad]. [DCF|dcf] [approved|signed off]",
    "[Kinship|kinship] [placement|guardian]: [great-grandmother|great-grandma|great gram] {gm:full}, {age}[ y/o| yo|-year-old|], [will|is going to] [take|care for] {kid:first}. [SW|{sw:first}] [worried|not sure] [she can manage|about] [feeds|the stairs|transport]",
    "{sw:first} [here|] - [mom|MOB] {mom:full} [disclosed|reports] [DV|domestic violence]. [partner|FOB|boyfriend] {dad:full} [is|was] [on the unit|visiting] [earlier|today]. [pls|please] [restrict|remove him from] the visitor list",
    "[Foster|foster] [parents|mom] for {baby:bg}: {foster:full}[ and {foster2:first}|], [licensed|placement] through DCF {site} office. [They|they] [can|will] [pick up|room in] {d:fu}. [car seat|carseat] [check|needed] [first|before]",
    "[Teen|teen] [mom|mother] {teen:full}, {L:dob} {d:teen}, [delivered|SVD] {d:ev}. [she's|pt is] [in foster care|a DCF ward], [worker|caseworker] {cpsw}. [who|Who] [signs|consents] for [baby|the baby]?",
    "[Substance exposed newborn|SEN] [notification|notice] [sent|submitted] for {baby:bg} (mom {mom:inv}, {L:mrn} {mrn}). [Plan of Safe Care|POSC] [started|drafted]",
    "[per|Per] DCF, {kid:poss} [legal|] guardian is now {guard:full} ([aunt|uncle|grandfather|cousin]). [mom|bio mom] {mom:full} [has|retains] [no medical decision-making|visitation only]. [update|Update] the [FYI flag|chart]",
    "[SW|sw] [note|update]: [family|they] [are|were] [evicted|homeless], [staying|sleeping] [at a shelter in|in the car in|at her sister's in] {town}. [best|Best] [contact|callback] {ph}. [car|Car] is a [gray|silver|blue] [Corolla|CR-V|Sienna] {L:plate} {plate}",
    "[custody|Custody] [dispute|alert] [for|re] {kid:full}: [dad|father] {dad:full} [has|with] [sole|full] custody [per|—] [court order|order] [dated|from] {eff}. [mom|Mother] {mom:full} [supervised visits only|no access]",
)

# ---------------- PHI: guardians, foster parents, consent, visitors ----------------
phi("rn md clerk sw", "guardian consent",
    "[consent|Consent] [q|question]: {kid:full} [is|=] [here|in {room}] with {sx:kid/her/his} [stepdad|mom's boyfriend|older sister] {vis:full}, [not|who is not] [the|a] legal guardian. [guardian|Legal guardian] {guard:full} [reachable at|cell] {ph}",
    "[Guardianship|guardianship] [paperwork|papers] for {guard:full} ({kid:poss} [grandmother|grandfather|aunt]) [scanned|uploaded] to [media|the chart]. [good through|expires] {covend}",
    "[Foster|foster] {sx:foster/mom/dad} {foster:full} [needs|wants] a [copy|printout] of {kid:poss} [immunizations|shot record|visit summary]. [DL|ID] {dl} [verified|checked] [at the desk|by {clerk:first}]",
    "[visitor|Visitor] [list|approved list] for {baby:bg} ({bed}):\n- {mom:full} ([mom|MOB])\n- {dad:full} ([dad|FOB])\n- {gm:full} ([grandma|GM|abuela|nana|lola])\n[NO|no] other visitors per [family|mom]",
    "[who|Who] [is|'s] {vis:full}? [says|claims] [to be|they're] {kid:poss} [uncle|godmother|cousin] and [wants|asking] [to visit|for an update]. [not on|NOT on] the [list|visitor list]",
    "{guard:hon} (legal guardian) [called|called back] [re|about] {kid:first}: [wants|asked for] [the|a] [discharge summary|med list] [emailed|sent] to {em:guard}. [ok|OK] [to send|per policy]?",
    "[new|updated] [guardianship|custody] order: {kid:full} [now|is now] [in the custody of|under guardianship of] {guard:full}[ effective {eff}|]. [old|previous] guardian {gm:full} [no longer consents|can no longer sign]",
    "[grandparents|Grandparents] {gm:full} and {gpa:full} [from|visiting from] {town} [are|] [on|at] the [desk|front desk] [asking|wanting] to see {kid:first}",
    "[re:|RE:] [the|] [{baby:last}|{mom:last}] [family|twins] — [any|Any] [update|news]? [grandma|GM] {gm:first} [called|has called] [3x|three times] [from|] {ph}",
    "[the|The] [dad|father] [of|for] [baby|the baby] in {bed} ({dad:full}) [is|was] [asking|calling] [for|about] [the results|an update]. [can|Can] [someone|{md:last}] call [him|] back at {ph}?",
    "[visitor|Visitor] [fall|fell] in [the|] [L&D|NICU|Mother-Baby] [lobby|waiting room] {d:past}: {vis:full}, {age}, great-{sx:vis/grandmother/grandfather} of {baby:bg}. [no injury|small lac, ED eval]. [RL|incident] {tkt}",
    "[great-grandpa|great grandpa|GGP] {gpa:full} is {age}[ years old| yrs|], [wants|asking] to [hold|meet] {baby:first} [before|since] he [goes back to|lives in] [hospice|{town}]. [ok|OK] [to make an exception|for an extra visitor]?",
    "[our|Our] [oldest|] [great-great-grandma|GGGM] visitor: {gm:first}, age {age}! [came|drove in] [from|all the way from] {town} [to meet|for] [the twins|baby]. {emo}",
    "[Medicare|medicare] [for|—] [great-grandma|GGM] {gm:full} ([she's|age] {age}), [MBI|mbi] {mbi} — [she's|who is] the [kinship|legal] guardian [listed|on file] as guarantor for {kid:first}",
)

# ---------------- PHI: twins and siblings ----------------
phi("rn md clerk", "twins siblings",
    "[twins|Twins] {baby:first} and {twin:first} ([{bed}|pod B]) — [A|Baby A] [d/c|going home] {d:fu}, [B|Baby B] [staying|still on CPAP]. [mom|parents] [asked|want] [to room in|a family room]",
    "[sibling|Sib] [visit|visitation] [request|req]: {sib:first} ({kage}) [wants to meet|to see] [baby|the baby] {baby:first}. [sib screening|screening] [done|needed]. [mom|parent] {mom:first} [will|to] [bring|accompany]",
    "the {kid:plural} [were|are] [both|] [here|seen] today — {kid:first} [for|w/] [strep|ear pain] and {sib:first} [for|w/] [a rash|WCC]. [copay|co-pay] [only once?|charged twice]",
    "[Twin|twin] A {baby:last} and [Twin|twin] B {twin:last}'s [bands|ID bands] [got switched|were swapped] — [caught|found] at [the 0300 check|feeds]. [incident|Incident] [report|RL] {tkt}. [parents|mom] {mom:full} [informed|told]",
    "[sibling|Sibling] of {kid:full} [also|is also] [a patient|being seen] [here|in clinic]: {sib:full}, [DOB|dob] {d:child}, {L:mrn} {mrn}. [link|Link] [the|their] [family|guarantor] [accounts|acct] {gacct}?",
)

# ---------------- PHI: car seats, vehicles, transport ----------------
phi("rn tech clerk", "car-seat vehicle",
    "[car seat|Car seat] [check|inspection] for {baby:bg} [at|@] {time}: [dad|parents] [in|driving] a [gray|white|black|red] [Honda Odyssey|Toyota Sienna|Subaru Outback|Nissan Rogue], [plate|plates] {plate}. [seat is|it's] [expired|a {model} — fine|recalled?]",
    "[carseat|Car-seat] [challenge|tolerance screen] for {baby:full} [passed|failed] [{time}|today]. [seat|Seat] [model|#] {model}, [mfg|manufactured|DOM] {dom}. [d/c|discharge] {d:fu}",
    "[security|Security]: [family|vehicle] [for|of] {baby:bg} [parked in the|in the] [ED bay|fire lane|ambulance bay] — {L:plate} {plate}[, ask them to move|]. [Car seat|car seat] tech {tech:first} [heading down|will meet them]",
    "[valet|Valet] [lost|can't find] the [keys|ticket] [for|of] {dad:full}'s [car|minivan] ({L:plate} {plate}[, VIN {vin}|]). [he's|He's] [taking|discharging] [mom and baby|his wife and twins] home [now|at {time}]",
    "[foster|Foster] {sx:foster/mom/dad} {foster:full} [arrived|here] for [pickup|d/c] of {baby:first} — [no infant seat|no car seat|seat installed wrong]. [loaner|Loaner] seat [from|via] [the car seat program|{fdn}], model {model}. [also need|need] {L:dl} {dl} [for the form|for the loaner]",
    "[CPST|car seat tech] [appt|appointment] [for|w/] {mom:full} ({baby:possfirst} mom) {d:fu} at [the {site} fire station|our {site} clinic]. [cell|Cell] {ph}",
    "[tow|Towed]: {foster:poss} [car|SUV] was towed from [garage B|the ED lot] while {sx:foster/she/he} was [in|at] [NICU|the bedside] — VIN {vin}, [plate|plates] {plate}. [security|Security] [can you help?|calling the tow co]",
)

# ---------------- PHI: billing, insurance, registration ----------------
phi("billing clerk", "billing insurance",
    "[Hi|Hello], [claim|Claim] [denied|rejected] for {baby:bg} [— newborn not added|, NB not added to policy]: {L:hp} {hp}, [subscriber|sub] {dad:full}, [group|grp] {grp}. [DOS|Date of service] {d:ev}",
    "[MassHealth|Medicaid] [presumptive|PE] [app|application] for {mom:full}: [SSN|ssn] {ssn}, [DOB|dob] {d:adult}, [address|addr] {addr}. [baby|Baby] [to be added|will be added] [after birth|at delivery]",
    "[self-pay|Self pay] [estimate|quote] for {mom:full} ([vag|vaginal|c/s] delivery, {cpt}) [sent|emailed] to {em:mom}. {L:har} {har}",
    "[payment|Payment] [plan|arrangement] for [guarantor|Guarantor] {dad:full}, [acct|account] {gacct}: {money}/mo. [card|Card] on file {cc} [exp|expires] {exp}",
    "[refund|Refund] [request|req]: [overpayment|duplicate payment] on {mom:poss} [account|acct] {har}. [she|Mom] [wants|asked for] [ACH to|direct deposit to] [checking|her checking] {bank}",
    "[coverage|Coverage] [q|check]: {kid:full}, [Medicaid|MassHealth|CHIP] [ID|#] {mcaid}, [coverage|eligibility] [ends|terminates] {covend}. [mom|parent] [needs to|must] [renew|reapply]",
    "[secondary|Secondary] [insurance|ins] [for|on] {kid:full}: [BCBS|Tufts|Harvard Pilgrim] [{L:hp}|] {hp} [via|through] [dad's|his dad's|her father's] [employer|job]. [primary|Primary] [MassHealth|Medicaid] {mcaid}",
    "[can|Can] [someone|you] [reprint|resend] the [statement|bill] for {L:har} {har}? [family|guarantor] [moved|has a new address] — {addr}",
    "[COB|Coordination of benefits] [form|letter] [for|re] {baby:bg}: [sub|subscriber] [DOB|dob] {d:adult}[, {L:hp} {hp}|]. [payer|Payer] [says|needs] [birthday rule|the birthday rule] [applies|applied]",
    "[collections|Collections] [hold|hardship] [for|on] {L:har} {har} ({mom:full}) — [baby in NICU|NICU stay] [since|from] {d:past}. [pls|please] [pause|hold] [statements|letters] [until|through] {due}",
)

# ---------------- PHI: employee health, colleague as patient, VIP ----------------
phi("mgr rn exec sw", "employee-health vip",
    "[EH|Employee health] [case|report]: {emp:full} (RN, {unit}) [needle stick|blood exposure|back injury lifting] on {d:past} [at|@] {time}. [source pt|Source] [MRN|mrn] {mrn}. [bloodwork|labs] [due|recheck] {d:fu}",
    "[heads up|FYI], our own {emp:full} [from|in] {unit} [is|was] [admitted|in triage|{sx:emp/delivering/being seen}] [tonight|today][ — please respect privacy|]. [room|{sx:emp/she's/he's} in] {room}",
    "[VIP|vip] [alert|flag]: {vip:full} [is|was] [admitted|in L&D|in the NICU w/ her baby] — [board member's daughter|local news anchor|state rep]. [break the glass|BTG] [audits|monitoring] [on|active]",
    "[one of our nights RNs|a nights RN] [called out|is out]: [her|his] [kid|child|little one] {kid:full} [was admitted|went to {unit}] on {d:past}. [any|Any] [coverage|swaps]?",
    "[leave|LOA] [request|paperwork] for {emp:full}: [maternity|FMLA|bonding] leave, [EDD|due date] {d:edd}. [HR|hr] [needs|wants] the [cert|form] [by|before] {due}",
    "[return to work|RTW] [note|clearance] for {emp:full} [after|s/p] [c-section|delivery|surgery] on {d:past}: [light duty|cleared full duty] [from|starting] {d:fu}",
    "[privacy|Privacy] [review|flag]: [someone|a user] [opened|accessed] {emp:poss} [L&D|OB] chart [from|at] {ip} [on|—] [nights|{time}]. [she|the employee] [delivered here|was a patient here|was admitted] on {d:past}",
)

# ---------------- PHI: director / assistant with business contact data, cards, licences ----------------
phi("asst exec mgr", "director",
    "[Hi|Hey] {dir:first}, {donor} [called|rang] [about|re] the [NICU|new NICU wing] [gift|naming] ({money:big}). [his|her|their] [cell|direct line|assistant's number] is {bph}[ — call back before {time}|]",
    "[Board|board] [packet|deck] [questions|q's] [go to|should go to] {board} at {bem:board}[ or {bph}|]. [meeting|Meeting] is {mtg} at {time}, {faddr}",
    "[booked|Booked] the [donor dinner|gala tasting|board dinner] at [Moonstones|the Gaslight|Bistro 260] for {mtg} — [used|charged] [the|your] [corporate|Amex|p-card] {cc}, [exp|expires] {exp}. [confirmation|Confirmation] [#|no.] {order}",
    "[vendor|Vendor] [contact|rep] for the [isolette|warmer|breast pump] [contract|renewal]: {vend}, {bph}, {bem:vend}. [PO|po] {po} [pending|approved]",
    "[New|new] [CNM|MD|NP] [credentialing|onboarding]: {md:title}[,| -] NPI {npi}, [DEA|dea] {dea:md}, [MA|state] [license|lic] {slic}[ (exp {lapse})|]. [privileges|Privileges] [start|effective] {eff}",
    "[Please|pls] [update|change] my [direct line|cell] in the [directory|on-call list|Spok] to {bph} — [old|the old] one [was|is] wrong[. - {coll:first}|]",
    "[Fwd|fwd]: [from|From] {vend} <{bem:vend}>\n[Subject|Re]: [NICU|Giraffe] [service|PM] [visit|schedule]\n[we'll|We will] be on site {mtg}. [call|Call] me at {bph} [with questions|if anything changes].",
    "[School|school] [liaison|nurse liaison] [contact|list] [update|]: {snurse} — {bph}, {bem:snurse}. [covers|Covers] [Lowell|Dracut|Methuen] [elementary|middle] schools",
    "[DCF|dcf] {site} [area office|office] [hotline|intake] [#|number] is {bph} — [after hours|after-hours] {bph}. [posting|pinning] [here|this] for [nights|the unit]",
    "[for|For] the [Rotary|United Way|March of Dimes] [presentation|event], [contact|their contact] is {donor:full} {bph}. [parking|Parking] at {faddr}",
    "[p-card|P-card] [receipt|reconciliation]: [Target|Amazon|Costco] [run|order] for [NICU|peds] [holiday|family] [gifts|care packages] {money}, [card|card #] {cc}. [cost center|CC] {costc}",
    "{md:title} [asked|wants] [us|me] to [send|fax] the [signed|] [CME|privileging] [forms|packet] to [office|home office] fax {fax}. [MA|state] [license|lic] [#|no.] is {slic}",
    "[reminder|Reminder]: [pharmacy|Pharmacy] [needs|still needs] {md:poss} DEA [#|number] for the [Pyxis|controlled substance] [profile|access] — [it's|it is] {dea:md}. [expires|exp] {lapse}",
)

# ---------------- PHI: IT with IPs, devices ----------------
phi("it tech rn", "it ip",
    "[fetal monitor|FM] [central station|central] [in|on] {unit} [dropped|offline] [again|]. [it's|IP is|ip] {ip}[, {tkt}|]. [PeriCalm|PeriWatch|OBIX] {ver}",
    "[can you|pls] [whitelist|allow] {ip} [for|on] the [Vocera|Spok|infant security] server? [it|] [keeps|is] [rejecting|dropping] [the|] [badges|pagers]. {tkt}",
    "[printer|Zebra printer] [for|at] [the|] [NICU|L&D] [desk|station] [wristbands|ID bands] [is|=] {ip}, [queue|job] {job} [stuck|hung]. [tried|rebooted] [twice|already]",
    "[breast milk|milk] [scanner|barcode] [app|system] {ver} [can't reach|won't connect to] {ip}[. is it the firewall?|]",
    "[VPN|Citrix] [logs|log] show [a login|access] from {ip} [to|on] {kid:poss} chart [at|@] {time} — [privacy|compliance] [review|investigation] [opened|requested]",
    "[new|New] [NICU|L&D] [workstations|WOWs] [imaged|deployed]: {ip}, {ip}, {ip}[ (build {ver})|]. [asset|Asset] [tags|#s] {asset}, {asset}",
)

# ---------------- PHI: bot-style, forwarded, quoted ----------------
phi("bot", "bot",
    ":bell: *[New|Incoming] referral*\n*Patient:* {kid:inv}\n*DOB:* {d:child}\n*Referred by:* {md}\n*Reason:* [FTT|developmental delay|suspected NAT|feeding difficulty]\n{iurl:wiki,link}",
    "*Stork Alert* :baby: [Delivery|delivery] [recorded|documented]\n> Mother: {mom:inv} ({mrn})\n> Infant: {baby:bg} ({mrn})\n> [Delivered|Time]: {d:ev} {time}\n> [Provider|Delivering]: {md}",
    "[Reminder|reminder] :calendar: {kid:full} [has an appt|is scheduled] [with|w/] {md} on {d:fu} at {time}. [reply|Reply] C to confirm",
    ":warning: *PHI Guard* flagged a message in #[wcs-leaders|nicu-team]: \"...{kid:full} {d:child}...\" — [please|pls] [delete|edit] [it|]",
    "*Discharge Huddle Bot* :clipboard:\n• {baby:bg} — [d/c|DC] {d:fu} — [car seat ✅|hearing ✅|CCHD ✅]\n• {kid:first} — [d/c|DC] {d:fu} — [SW ⏳|teaching ⏳]",
)
phi("sw rn clerk mgr", "forwarded quoted",
    "---------- Forwarded message ---------\nFrom: {sw} <{bem:sw}>\nDate: {mtg}\nSubject: [re:|RE:] {kid:last} family\n\n[Mom|mom] ({mom:full}) [called|came by]; [new|updated] address [is|:] {addr}.",
    "> [can you|could u] [send|post] [me|] the [info|details] for [the|] {bed} [family|parents]?\n{mom:full}, {ph}[, {em:mom}|]. [dad|Dad] [is|=] {dad:first}",
    ">>> {mom:first} [said|texted]: \"[is|Is] [my baby|{baby:first}] [ok|okay]?? [no one called me|pls call me back] {fw}\"\n[I'll|i'll] [call her|update her] [after rounds|now]",
    "> {snurse} wrote:\n> [is|Is] {kid:first} [ok|cleared] to [come back|return] {rel}?\n[yes|Yes] — [discharged|d/c'd] {d:past}, [note|letter] [faxed|sent] to {fax}",
    "[mom|Mom] {pt:full} [email|e-mail] [for|to send] [the|] [birth|newborn] [photos|pics|CaringBridge invite]: {em:pt,link}",
)
phi("family", "family quoted",
    "[hi|hello] [this is|it's] {mom:first}, {baby:poss} [mom|mama] in [the NICU|{bed}]. [can|could] someone [call|call me] [at|on] {ph}? [I'm|im] [stuck|home] [with|w/] [my other kids|no ride] {fw}",
    "[from|msg from] [dad|the dad] via [MyChart|the portal]: \"[my wife|my partner] {mom:full} [had|delivered] [our|the] [twins|baby] {d:ev}, [can|how do] [I|we] [add them|get them on] [my|our] [insurance|plan] {hp}?\"",
    "[grandma|abuela] [texted|wrote] the [unit|desk] [phone|iPad]: \"[soy|I'm] {gm:first}, [la abuela de|grandma of] {kid:first}. [¿cómo está?|how is {sx:kid/she/he}?] {fw}\"",
)

# ---------------- PHI: questions to the bot ----------------
phi("rn md clerk mgr sw", "bot-question",
    "@PHIbot [is it ok to|can I] [post|paste] [this|the following] [here|in #wcs-leaders]? {kid:full} {d:child} [readmit|bounce back]",
    "[/ask|/policy] [does|do] {mom:full} ({mrn}) [need|require] [a second|another] [consent|signature] for [the tubal|BTL|the circ]?",
    "[hey|Hi] bot, [what's|what is] the [discharge|d/c] [checklist|criteria] for {baby:bg} [in|at] {bed}? [born|DOB] {d:baby}, {ga}",
    "[bot|@bot] [summarize|summarise] [this thread|the thread] [about|re] {kid:full} [and|&] [email it|send it] to {bem:md}",
    "[@PHIbot|{@}] [redact|remove] the [MRN|mrn] [from|in] my [last|previous] [message|msg] [pls|please] — [it was|] {mrn} [for|—] {kid:first}",
    "@PHIbot [does|would] [a|the] [plate|license plate] [number|#] like {plate} [count as PHI|need redacting]? [it's|it is] for {dad:poss} [parking pass|car seat check]",
)

# ---------------- PHI: extra coverage for rarer identifier types ----------------
phi("billing clerk sw", "records identifiers",
    "[SSN|ssn] [for|on] the [baby's|newborn's] SS-5 [worksheet|app]? [mom|Mom] {mom:full} [gave|wrote] {ssn} but [that's|it's] [hers|her own], not [the baby's|baby's]. [last 4|last four] of [dad's|his] [is|=] {last4}",
    "[Medicaid|MassHealth] [app|application] [for|—] {kid:full}: [child's|kid's] SSN {ssn}, [guardian|parent] {guard:full} SSN {ssn}",
    "[pls|please] [fix|correct] the SSN [on|in] the [guarantor|registration] [record|screen] [for|—] {dad:full}: [typed|entered] as {ssn}, [should be|correct is] {ssn}",
    "[CPS|DCF] [intake|form] [wants|asks for] the [child's|kid's] SSN — [we have|chart has] {ssn} [for|on] {kid:first}. [ok|OK] [to give|to share]?",
    "[parents|Mom] [set up|started] a [CaringBridge|GoFundMe|blog] [for|—] {baby:first}: {url:page} — [please|pls] [don't|do not] [share|post] it in [unit|staff] [chats|channels]",
    "[portal|MyChart] [invite|activation] [for|to] {mom:full} [bounced|failed] — [link|url] {url} [expired|is dead]. [resend|re-send] to {em:mom}",
    "[mom|Mom] [wants|asked] to [pay|put] the [copay|deductible] [on|with] [card|her card] {cc}, [exp|expiry] {exp}; [CVV|cvv] [by phone|she'll give by phone]. [acct|account] {har}",
    "[gift shop|Parking] [refund|charge] [for|—] {dad:full}: [card|Visa] {cc} [charged|double charged] {money}",
    "[eligibility|Eligibility] [check|270/271] [for|—] {baby:bg}: [not found|inactive] [under|on] [mom's|dad's] [policy|plan] {hp}, [group|grp] {grp}. [newborn|NB] [must be|needs to be] added [within|in] {dur}",
    "[dad|Dad] {dad:full} [asked|wants] the [NICU|discharge] [teaching|education] [videos|handouts] [sent|emailed] to {em:dad} [and|&] [mom's|grandma's] {em:mom}",
    "[foster|Foster] [parent|family] ID [check|verification] [at|for] [discharge|pickup]: {foster:full}, {L:dl} {dl}[, exp {lapse}|]",
    "[visitor|Visitor] [badge|pass] [kiosk|system] [scanned|captured] {vis:poss} [driver's license|DL] {dl} — [flagged|red flag] [per|—] [DCF|court order] [on|for] {kid:first}",
)
phi("rn md sw clerk", "elderly-relative",
    "[Falls|falls] risk [for|—] [visitor|great-grandma] {vis:full} ({age}) [who is staying|staying] overnight [in|at] {room} [with|for] [mom|the twins]. [recliner|cot] [ok?|not ok]",
    "{gm:full}, [age|aged] {age}, [is|] the [emergency contact|only relative] [for|listed for] {mom:first}[ — hard of hearing|]. [landline|phone] {ph}",
    "[hospice|Hospice] [consult|referral] [for|re] [great-grandpa|GGF] {gpa:full} ({age} [y/o|yo]) — [he's|he is] [visiting|staying with] {baby:poss} [family|mom] [from|in] {town}",
    "[the|The] [great-grandmother|GGM] [at|in] {bed} is {age}[ years old|]! [she|She] [wants to|asked if she can] [hold|rock] {baby:first}. [chair|Rocker] [brought|ok'd]",
)
phi("rn md sw clerk", "device",
    "[hearing aid|hearing aids] [for|—] {kid:full} [sent|went] [for|to] repair — [L|R|left] [serial|SN] {dev}, [loaner|loaner SN] {dev}. [audiology|Audiology] [will call|calling] [mom|family] at {ph}",
    "[VP shunt|shunt valve] [setting|programmable valve] [for|on] {kid:full}: [Strata|Codman] [SN|serial] {dev}. [MRI|mri] {d:fu}[ — needs reprogramming after|]",
    "[home vent|Trilogy] [for|—] {kid:full} [alarming|failing] — [device|unit] [SN|serial] {dev}. [RT|Respiratory] [swapping|to swap] it [tonight|now]",
    "[feeding pump|Kangaroo Joey] [for|—] {kid:first} {sx:kid/her/his} [home|own] [pump|unit] [SN|S/N] {dev} [is|] [broken|beeping]; [loaner|unit] {asset} [from|off] the [shelf|clean utility] [for now|]",
)

phi("rn md clerk sw np", "nickname line-break",
    "[fyi|FYI] {kid:nick} in {room} [hates|is scared of] [needles|the BP cuff] — [child life|CL] [please|pls] [before|for] the [IV|lab draw] at {time}",
    "{mom:nick} [in|from] {room} [would like|wants] to be called by [her|that] [nickname|preferred name] [on the board|by staff]. [updated|Updated] [the|] [whiteboard|banner bar]",
    "[callback|call back] for {mom:first} [re|about] the [glucola|GTT|rhogam] [result|order]: {ph:nl} [— voicemail ok|, no VM]",
    "[scanned|Scanned] [consent|form] [belongs|goes] [to|with] {kid:inv}, {L:mrn} {mrn:nl} — [it's|it was] [in|under] the wrong [chart|encounter]",
    "[charge|Charge] [RN|nurse] [pls|please] [note|FYI]: [the|] [family|parents] of {baby:bg} [want|asked] [us|staff] to [call|use] {baby:first} [not|instead of] Baby {sx:baby/Girl/Boy} [on the crib card|on the board|]. [mom|Mom] {mom:full}",
)


# ---------------- CLEAN: director's scheduling ----------------
clean("asst exec mgr", "calendar director",
    "{dir:first}, [your|the] [1:1|one-on-one] [with|w/] {exec} [moved|got moved] to {mtg} at {time}. [Zoom|zoom] ID {zoom}[, passcode in the invite|]",
    "[Calendar|calendar] [hold|holds] [for|—] {fy} [budget|capital] [review|planning]: {mtg} {time}-{time}, [Board Room|Conf Rm] [B|3A], {faddr}",
    "[Can you|Could you] [find|look for] [30 min|an hour] [with|for] {exec:first} and {board} [before|ahead of] the {mtg} [board|Quality Committee] meeting? [she|he] [prefers|likes] [mornings|afternoons]",
    "[Reminder|reminder]: [service line|SL] [huddle|leadership huddle] {mtg} {time} — [agenda|Agenda]: census, [staffing|agency spend], [Epic|Stork] {ver} [go-live|upgrade] ({golive})",
    "[Hi|hi] {dir:first} — {vend} [from|at] {vco} [asked to|wants to] [reschedule|move] [your|the] [demo|QBR|contract review] to {mtg}. [you can reach|reach] [him|her] [on|at] {ext} [while|when] [on site|here]",
    "[travel|Travel] [booked|confirmed] for [AWHONN|NANN|the AAP conference|Vizient]: [depart|flight out] {mtg}, [return|back] {mtg}. [hotel|Hotel] [conf|confirmation] {order}",
    "[out of office|OOO] {mtg}–{mtg}; {mgr} [covering|is covering] [for|] [L&D|NICU|the service line]. [urgent|Urgent] [items|things] [to|—] {ext}",
    "[Interview|interview] [schedule|slate] for [NICU manager|L&D educator|peds CNS] [candidates|]:\n• {coll1:full} — {mtg} {time}\n• {coll2:full} — {mtg} {time}\n• {coll3:full} — {mtg} {time}\n[panel|Panel]: {rn:first}, {md:last}, {mgr:first}",
    "{exec:first} [needs|wants] the [L&D volume|births] [slide|numbers] [by|before] {due}: {n:150-420} [deliveries|births] [in|for] {quarter}, [NTSV c/s|c-section] rate {pct}",
    "[moving|Moving] [our|the] [Tuesday|Thursday] [1:1s|syncs] to [{time}|the afternoon] [starting|beginning] {mtg}. [no|No] [change|changes] [to|for] the {mtg} [offsite|retreat] at {faddr}",
    "> [can we|could we] [move|push] [the|] [board prep|donor call] to {rel}?\n[yes|Yep|Sure] — [I|i] [moved|put] it [to|at] {mtg} {time}. [updated|Updated] [invite|the invite] [sent|out]",
    "{mgr:full} [is|will be] [acting|interim] [director|manager] [while|during] {dir:first} [is|'s] [at|away at] [AWHONN|the conference] {mtg}–{mtg}",
    "[Which|which] [room|conf room] [is|for] the [board|Quality] [mtg|meeting] {mtg}? [I|i] [have|see] [Rm {n:100-400}|Boardroom B] [but|and] the [invite|calendar] [says|shows] [Rm {n:100-400}|the Mill St auditorium]",
    "[can|Can] [you|u] [block|hold] {time}–{time} [on|for] {mtg} [for|w/] {exec:first}, {md:full} [and|&] {coll:full}? [topic|re]: [NICU|L&D] [staffing model|expansion|{fy} budget]",
)

# ---------------- CLEAN: board and donors ----------------
clean("asst exec mgr", "board donor",
    "[Donor|donor] [tour|visit] [for|with] {donor} [and|&] [guests|family] {mtg} at {time} — [NICU|the new NICU] [and|+] [L&D|family lounge]. [please|pls] keep the [pods|unit] [tidy|quiet]; [no|NO] [patient names|pt info] [visible on|on] [whiteboards|screens]",
    "{fdn} [pledged|committed] {money:big} [to|for] the [NICU family suites|car seat program|school nurse liaison program]. [announcement|Announcement] [embargoed|on hold] until {mtg}",
    "[Board|board] [Quality|Finance] Committee [deck|packet] [due|is due] {due}. [slides|Slides] [needed|]: [NTSV|PC-02] {pct}, [NICU|CLABSI] {n:0-4}, [early elective|EED] {pct}. [link|Link]: {iurl:board,link}",
    "[thank-you|Thank you] [notes|letters] [for|to] {donor}, {donor2} and {donor3} [are|] [ready|ready for signature] [on|in] [your|] [desk|inbox]. [gala|Gala] [recap|debrief] {mtg}",
    "[the|The] [foundation|{fdn}] [site visit|check presentation] [is|moved to] {mtg}[, {time}|]. [press|Press]: [Lowell Sun|Eagle-Tribune]. [photo|Photo] [releases|consents] [only for|for] staff",
    "[Trustee|trustee] {board:sur} [asked|wants] [for|] the [capital|NICU expansion] [timeline|update] [before|ahead of] {mtg}. [construction|Phase 2] [starts|kicks off] {golive}; [budget|cost] {money}",
    "[gala|Gala] [seating|table] [chart|plan]:\nTable 1 — {exec}, {board}, {donor}\nTable 2 — {dir}, {donor2}, {board2}\nTable 3 — {md:full}, {mgr:full}\n[final|Final] [count|headcount] {n:80-320}",
    "{exec:first}, [the|] [press release|announcement] [on|about] [our|the] [Level III|Level IV|Baby-Friendly] [designation|re-designation] [is|] [ready|drafted]. [embargo|Embargo] [until|til] {mtg} {time}. [quote|Quote] from {dir}",
    "[donor wall|Donor wall] [proof|names] [for|in] [the|] [NICU|family lounge]: {donor}, {donor2}, {fdn}, [and the|the] {donor3:sur} [family|Family]. [approve|Approve] [by|before] {due}",
    "[agenda|Agenda] [for|—] {mtg}:\n1. [welcome|Welcome] — {exec:first}\n2. [NICU|Capital] [update|project] — {dir:first}\n3. [finance|Finance] {quarter} — {coll:full}\n4. [philanthropy|Philanthropy] [report|update] — {donor:full}\n5. [adjourn|Adjourn] {time}",
    "{exec} [will|is going to] [round|visit] [on|] [L&D|NICU|peds] {mtg} [at|@] {time} [with|w/] {board}. [please|pls] [have|] [the|] [huddle board|unit board] [updated|current]",
    "[major gift|Major gift] [pipeline|update]: {donor} [verbal|verbally committed] {money:big}[ for the NICU wing|]; {donor2} [considering|in discussion] {money:big}. [next|Next] [touch|meeting] {mtg}",
)

# ---------------- CLEAN: staffing, census, counts ----------------
clean("mgr rn clerk", "staffing census",
    "[census|Census] {time}: L&D {n:2-14}, [MBU|Mother-Baby] {n:10-40}, NICU {n:15-45}[ ({n:1-8} vented)|], [peds|Peds] {n:5-24}. [need|Need] {n:1-4} [RNs|nurses] [for nights|for 1900]",
    "[staffing|Staffing] [grid|plan] [for|] {mtg}: {rn:full} [charge|in charge], {rn2:full}, {rn3:first}, {rn4:first} [float|floating] to NICU. {mgr:first} [approved|ok'd] [OT|incentive pay]",
    "[anyone|Anyone] [able to|want to] [pick up|grab] [a|] [shift|12] {rel}? NICU [is|] [short|down] {n:1-3} — [call|text] [the desk|staffing] {ext}",
    "[we|We] had {n:3-19} [deliveries|births] [overnight|since midnight], [incl|including] {n:1-3} [sets of twins|c-sections], [and|] [zero|no] [PPH|3rd/4th degree]. [great|Great] [work|job] [team|everyone] {emo}",
    "[pod|Pod] C [closed|is closed] for [cleaning|terminal clean] [until|till] {time}; [beds|admits] [go to|→] pod [A|B|D]. [isolettes|Isolettes] {asset} and {asset} [out for|to] [PM|biomed]",
    "[float|Float] pool [roster|list] [update|]: {rn:full} ({unit}), {rn2:full} ({unit}), {tech:full} ([PCA|tech]). [cross-training|Orientation] [starts|begins] {mtg}",
    "[sick|Sick] [calls|call-outs] [tonight|for nights]: {n:2-5}. [agency|Agency] [RN|nurse] [from|via] [AMN|Aya|Cross Country] [confirmed|arriving] [at|for] {time}. [badge|Badge] [request|ticket] {tkt}",
    "[triage|OB triage] [volumes|visits] [last|this] [week|month]: {n:40-200}, [avg|average] [LOS|wait] {n:40-180} min. [target|Goal] [<|under] {n:30-90}. {quarter} [trend|numbers] [attached|in the deck]",
    "[holiday|Holiday] [schedule|sched] [is|] [posted|up]: [requests|swaps] [due|by] {due}. [questions|Questions] [to|→] {mgr} [or|] {ext}",
    "[ugh|Ugh] {coll:first} [is|'s] [stuck|delayed] [in|] [traffic|the snow] — [can|Can] {rn:first} [cover|take] [the|] [assignment|pts] [till|until] {time}?",
    "{md:last} [is|'s] [on|covering] [L&D|NICU] [tonight|{rel}], {md2:last} [backup|second call]. [anesthesia|Anesthesia]: {md3:last}. [pager|Pager] {ext}",
    "[welcome|Welcome] [our|] [new|newest] [grads|RNs|team members] {rn:full}, {rn2:full} [and|&] {rn3:full} to [L&D|{unit}]! {emo}",
    "[congrats|Congrats|Congratulations] to {rn:full} [on|for] [passing|getting] [the|] [RNC-OB|RNC-NIC|CCRN|IBCLC] {emo}! [and|also] {rn2:first} [for|on] [the Daisy award|the Daisy]",
    "[retirement|Retirement] [party|celebration] [for|—] {rn:full} ([{n:20-42} years|after {n:20-42} yrs] in L&D!) {mtg} at {time}, [the|] [cafeteria|Kearney Sq pub]. [card|Card] [at|in] [the desk|the lounge]",
    "[shoutout|Shout-out|Kudos] [to|] {rn:full} and {rn2:full} [for|] [catching|who caught] [a|the] [med error|wrong-band] [near miss|issue] [last night|{rel}]! [RL|Report] {tkt}",
    "[monthly|Monthly] [births|birth] [by|per] [site|campus]: Mill St {n:150-300}, {site} {n:20-120}, [Haverhill|Methuen] {n:20-120}. [total|Total] {n:250-500} ({pct} [vs|over] {quarter})",
    "[we|We] [hit|reached] {n:1000-3500} [births|deliveries] [this|in] {year}! [cake|Cake] [in|at] [the|] [lounge|conference room] {time} {emo}",
    "[RVU|wRVU] [report|dashboard] [for|—] [NICU|neonatology] [attendings|group]: {md:full} {n:300-900}, {md2:full} {n:300-900}, {md3:full} {n:300-900}. [target|Target] {n:500-800}",
)

# ---------------- CLEAN: vendors, POs, invoices ----------------
clean("mgr billing asst tech", "vendor po",
    "[PO|po] {po} [for|—] [{n:4-20}|] [Giraffe|OmniBed|isolette] [mattresses|parts] [approved|released]. [invoice|Invoice] {inv} [from|—] {vco} [still|] [pending|in AP]. [contact|Rep]: {vend}",
    "[breast pump|Pump] [contract|renewal] [with|—] {vco}: [terms|term] [start|begin] {eff}, {money}/yr[, {n:20-80} units|]. [legal|Legal] [review|redlines] [due|back] {due}",
    "{vend}[ ({vco})|] [is on site|will be on site] {mtg} [for|to do] [PM|preventive maintenance] [on the|on] [fetal monitors|warmers|Panda warmers]. [asset|Asset] [list|tags]: {asset}, {asset}, {asset}",
    "[Invoice|invoice] {inv} [was|is] [short-paid|paid short] by {money} — [PO|po] {po}, [cost center|CC] {costc}. [AP|ap] [contact|] {coll:full} {ext}",
    "[car seat|Car seat] [donation|order] [arrived|delivered]: {n:12-60} [Graco|Evenflo|Chicco] [SnugRide|Embrace|KeyFit] [seats|], [model|#] {model}, [DOM|mfg date|manufactured] {dom}. [they|They] [expire|expire after] [6|7] years",
    "[remit-to|Remit to] [address|addr] [changed|update] for {vco}: [PO Box|P.O. Box] {n:1000-99999}, [Boston, MA 02241|Pittsburgh, PA 15264|Chicago, IL 60693]. [vendor|Vendor] #{n:10000-99999}",
    "[Prolacta|donor milk] [order|shipment] {order} [delayed|backordered]; [ETA|eta] {mtg}. NICU [has|] {n:2-30} [bottles|units] [on hand|left]. [contact|vendor rep] {vend} {ext}",
    "[quote|Quote] [from|for] {vco} [for|—] [{n:2-12}|] [infant security|Hugs] [tags|receivers]: {money}. [need|Need] [a|] PO [by|before] {due}. [budget|Budget] [line|code] {costc}",
    "[{vco}|Medline] [backorder|back order] [on|:] [preemie diapers|size 1 diapers|Similac 24|NeoSure]. [sub|substitute] [item|#] {order}. [ETA|eta] {rel}",
    "[recall|Recall] [notice|]: {vco} [infusion pumps|warmers|bili blankets] [lots|lot] {asset}[–| to ]{asset}. [biomed|Biomed] [pulling|to pull] [units|them] [by|before] {due}. [no patient impact|no pts affected] [reported|so far]",
    "[contract|Contract] {order} [w/|with] {vco} [auto-renews|renews] {eff} — [do we|should we] [renegotiate|rebid]? {exec:first} [wants|asked for] [a|] [summary|recommendation] [by|before] {due}",
    "[expense|Expense] [report|reimbursement] [for|—] [the|] [AWHONN|NANN] [conference|trip]: {money}. [receipts|Receipts] [uploaded|in Concur]. [card|p-card] [ending|last 4] {last4}[, exp {exp}|]",
    "[thanks|Thank you] {vend} [for|—] the [in-service|lunch and learn] [on|re] the [new|] [breast pumps|warmers|fetal monitors]! [slides|Slides] [are|] [on|in] [the|] [SharePoint|shared drive]: {iurl:share,link}",
    "[order|Order] {order} [and|+] [invoice|inv] {inv} [for|—] [{n:10-50}|] [pulse ox|Owlet] [sensors|socks] [for|—] [the|] [home monitoring|discharge] [pilot|program]. [total|Total] {money}",
    "[serial|Serial] [#s|numbers] [on|of] the [{n:3-9}|] [loaner|demo] [warmers|pumps] [from|—] {vco}: {asset}, {asset}[, {asset}|] — [not|none] [assigned to|used on] [patients|pts] [yet|], [returning|going back] {rel}",
)

# ---------------- CLEAN: IT tickets, versions, go-lives ----------------
clean("it mgr rn tech", "it version ticket",
    "[Epic|epic] {ver} [upgrade|go-live] {golive}. [downtime|Downtime] [from|] {time}–{time}; [BCA|downtime] [reports|PCs] [print|will print] [at|@] {time}. [ticket|Ticket] {tkt}",
    "[Stork|stork] [delivery summary|DS] [build|fix] [moved|promoted] to PRD [in|with] {ver}. [retest|Retest] [newborn|mom/baby] linking [in|on] [TST|POC]. {tkt}",
    "[PeriWatch|PeriCalm|OBIX] [update|patch] {ver} [scheduled|planned] for {mtg} {time}. [central|Central] [stations|monitors] [will|] [reboot|restart]; [paper strips|manual charting] [for|x] {n:10-30} min",
    "[Vocera|Spok|Teams] [badges|phones] [not|aren't] [charging|syncing] on {unit}. [opened|Opened] {tkt}. [loaners|Loaner devices] [at|from] the [help desk|IS office] {ext}",
    "[password|Password] [reset|expiry] [for|on] [shared|the] [NICU|L&D] [workstation|WOW] [accounts|logins] [is|] {due}. [see|See] {iurl:intranet,link}. [do not|DON'T] [share|post] [passwords|creds] [here|in Slack]",
    "[which|Which] [version|build] [of|is] the [breast milk|milk] [scanning|mgmt] app [are we on|is live]? [I see|I have] {ver} [on|in] TST and {ver} [in|on] [PRD|the iPads]",
    "[Wi-Fi|wifi] [dead zone|drops] [in|at] {room} [and|+] {room}. [AP|access point] [replacement|install] [scheduled|queued] {mtg}, {tkt}",
    "[Zebra|label] [printers|printer] [on|at] [L&D|NICU] [updated|patched] to [firmware|fw] {ver}. [if|If] [ID bands|labels] [print|are printing] [blank|crooked], [call|page] {itg} {ext}",
    "[go-live|Go-live] [command center|support] [schedule|sched]: {mtg} {time}–{time}, [room|Rm] {n:100-400}. [super users|Super users]: {rn:full}, {rn2:full}, {clerk:full}",
    "[Imprivata|badge tap] [not working|down] [on|at] the {unit} [WOWs|computers] [since|after] the {ver} [push|update]. [INC|incident] {tkt}[, P2|]",
    "[build|Build] {ver} [is|went] [live|to PRD] [in|on] {unit}; [known|Known] [issue|bug]: [newborn|NB] [weight|wt] [graph|chart] [wrong|blank]. [workaround|Workaround] in {iurl:wiki,link}",
    "[version|Version] [check|]: [Giraffe|OmniBed] [firmware|fw] {ver}, [monitors|Intellivue] {ver}, [Alaris|pumps] [library|drug library] {ver}. [all|All] [current|up to date] [as of|per] {mtg}",
    "[/summarize|/tldr] [this|the] [thread|channel] [on|about] the {ver} [upgrade|go-live] [issues|problems]",
    "[MRNs|mrns] [are|will be] [going|switching] [to|from] [8|10] [digits|digit] [after|with] the [merge|{ver} upgrade] on {golive}. [old|Old] [labels|armbands] [still|] [scan|work]",
    "[10-digit|ten digit] [numbers|#s] in the [export|report] [are|=] order IDs, [not phone numbers|not phones] — [e.g.|like] {order}. [no|No] [need|reason] to [redact|scrub] them",
)

# ---------------- CLEAN: policy, HIPAA, education ----------------
clean("mgr exec rn sw", "policy education",
    "[Reminder|reminder]: [do not|DON'T|please don't] [post|paste|put] [MRNs|patient names|DOBs|PHI] [in|into] [this channel|Slack]. [use|Use] [Epic|secure chat|Haiku] [instead|]. [HIPAA|hipaa] [refresher|module] [due|by] {due}",
    "[new|New] [car seat challenge|CCHD screening|safe sleep] [policy|guideline] [effective|goes live] {eff}: [infants|babies] [<37 wks|under 37 weeks|<2500 g] [need|require] [a 90-minute|a 90 min] [observation|tolerance screen]. {iurl:intranet,link}",
    "[NRP|S.T.A.B.L.E.|PALS] [class|recert] [dates|sessions]: {mtg}, {mtg}, {mtg} [at|in] the [sim lab|Mill St classroom]. [sign up|Sign-up] [link|]: {iurl:share,link}",
    "[Per|per] [policy|NCS-112], [51A|DCF] [reports|filings] [are|must be] [made|filed] [within|in] {n:24-48} [hrs|hours] — [written|the written report] [within|in] {n:48-72}. [questions|Questions] → {sw}",
    "[question|Q] [for|to] [compliance|privacy]: [can|Can] [school nurses|the school nurse liaison] [get|see] [discharge summaries|visit notes] [without|w/o] [a signed ROI|parent consent]? [asking for|re] the [{school}|school] [pilot|partnership]",
    "[SSN|ssn] [field|box] [on|in] the [birth cert|newborn registration] [worksheet|form] [is|will be] [optional|removed] [starting|as of] {eff}. [don't|Do not] [collect|ask for] [SSN|social] [at|in] [bedside|triage]",
    "[falls|Falls] [committee|cmte] [data|stats]: {agg} [had|with] [a fall|falls] [in|this] {quarter}[; visitor falls {n:1-5}|]. [handrails|Handrails] [in|on] the [L&D|NICU] [lobby|hallway] [requested|approved]",
    "[we|We] [keep|now keep] [family|parent] [contact|locator] [forms|sheets] for {dur}[ per records retention|] — [shred|Shred] after. [bins|Shred bins] [by|at] the [desk|{room}]",
    "[educator|Educator] {rn:full} [is running|will run] [a|] [skills fair|mock code|PPH drill] {mtg} {time}–{time}. [mandatory|Mandatory] for [L&D|{unit}] [RNs|staff]; {n:2-6} CEUs",
    "[infant abduction|Code Pink] [drill|drill debrief] {mtg}: [response|lockdown] time {n:2-9} min[, goal <{n:3-5}|]. [stairwell|Stairwell] {n:1-6} [not covered|missed]. [security|Security] [lead|]: {coll:full}",
    "[Safe Sleep|safe sleep] [audit|audits] {quarter}: {pct} [compliant|compliance] ({n:40-99}/{n:100-120} [cribs|]). [goal|target] {pct}. [next|Next] [audit|round] {mtg}",
    "[Next|next] [M&M|morbidity] [conference|] {mtg} {time}. [case|Case] [is|will be] [deidentified|de-identified] — [please|pls] [no|NO] [names|MRNs|dates] [on|in] [slides|the deck]",
    "[sibling|Sibling] [visitation|visit] [policy|rules] [during|for] [RSV|flu] season [starts|effective] {eff}: [no|No] [visitors|siblings] [under|<] {n:12-14}. [signs|Signage] [at|on] [all|] [entrances|units]",
    "[DOB|dob] [field|format] [in|on] the [new|] [registration|intake] [form|template] [should|must] be [MM/DD/YYYY|mm/dd/yyyy] — [go-live|live] {golive}. [test|Test] [patient|pt] [ZZTEST, NEWBORN|Zztest, Baby]",
    "[fire|Fire] [drill|alarm test] [schedule|sched] [for|] {year}: {mtg}, {mtg}, {mtg}. [L&D|units] [exempt|excluded] [during|if] [active|] [deliveries|cases]",
    "[just|Just] [fyi|FYI] the [badge|door] [code|access] [for|on] the [L&D|NICU] [staff|] [entrance|lounge] [changes|is changing] {rel}. [not|Not] [posting|putting] [it|the code] [here|in Slack] — [ask|see] {mgr:first}",
    "[licensure|License] [renewal|renewals] [due|coming up]: {rn:full} {lapse}, {rn2:full} {lapse}, {mw:full} {lapse}. [please|Pls] [upload|send] [proof|copies] to [HR|{mgr:first}]",
    "[Epic|EPIC] [security|access] [audit|review]: {n:2-20} [break-the-glass|BTG] [events|accesses] [on|for] [VIP|confidential] [charts|records] [in|during] {quarter}. [all|All] [reviewed|appropriate]. [report|Report] [to|for] [compliance|the Privacy Office] {due}",
    "[press|Media] [inquiry|request] [from|—] [WCVB|the Boston Globe|Lowell Sun] [about|re] [the|] [NICU|birth] [stats|volumes]. [no|NO] [patient|pt] [stories|info] [without|w/o] [consent|signed releases]. [route|Route] to {coll:full} in [Marketing|Comms]",
)

# ---------------- CLEAN: quality, billing codes ----------------
clean("billing mgr md", "coding quality",
    "[coding|Coding] [q|question]: [VBAC|vaginal after c/s] [global|] [is|=] {cpt} [vs|or] {cpt}? [dx|Dx] {icd} [or|+] {icd}. [asking|for] the {quarter} [audit|charge review]",
    "[NICU|nicu] [daily|] [codes|levels]: {cpt} [initial|day 1], {cpt} [subsequent|], {cpt} [for|when] [<1500g|weight >2500g]. [see|See] the [cheat sheet|grid] {iurl:share,link}",
    "[denials|Denial] [report|trend] {quarter}: {n:10-90} [newborn|NB] [claims|] [denied|] [for|—] [missing|no] [subscriber|mom's] [info|policy]. [total|Total] {money}. [payer|Top payer]: [MassHealth|BCBS|Tufts]",
    "[charge|Charge] [capture|lag] [for|on] {cpt} ([circ|hearing screen|newborn care]) [is|at] {n:2-9} days. [goal|Goal] {n:1-3}. [cost center|CC] {costc}",
    "[PC-02|NTSV C/S] [rate|] [by|per] [provider|OB] [is|] [ready|out] — [rankings|ranked] [internal only|don't forward]. [overall|Overall] {pct}, [Leapfrog|target] {pct}",
    "[ICD|icd] [question|q]: [is|should] {icd} [the right code|correct] [for|when] [suspected|confirmed] [NAS|maltreatment|child abuse]? [or|vs] {icd}? [no pt|no patient] [in mind|yet], [just|] [building|updating] the [smartphrase|order set]",
    "[MassHealth|Medicaid] [group|plan] [number|#] [for|on] [our|the] [contract|ACO] [is|=] {grp}; [payer|Payer] ID {n:10000-99999}. [updated|Update] in [the|] [billing|charge] [grid|master]",
    "{npi} [is|=] [the|our] [group|organizational] NPI [for|on] the [peds clinic|NICU] [claims|]; [individual|provider] NPIs [are|] [in|on] the roster. {coll:first} {ext}",
    "[budget|Budget] [variance|] {quarter}: [agency|Agency] [spend|labor] {money} [over|above] [plan|budget], [supplies|Supplies] {money} [under|below]. [cost center|CC] {costc}. [meet|Meeting] {mtg}",
    "[cost|Cost] [center|centre] [for|of] the [car seat program|school nurse liaison|NICU family fund] [is|=] {costc}; [grant|Grant] [#|number] {n:10000-99999}[-{n:10-99}|]",
)

# ---------------- CLEAN: school nurse liaison program, CPS process ----------------
clean("sw snurse mgr", "school-nurse cps-process",
    "[school nurse|School nurse] [liaison|partnership] [kickoff|planning] [with|w/] [Lowell|Lawrence|Methuen] [Public Schools|PS] {mtg} at {time}, {faddr}. [attendees|Attendees]: {snurse}, {sw:full}, {mgr:full}",
    "[liaison|Liaison] [program|pilot] [stats|numbers] {quarter}: {n:40-300} [referrals|calls] [from|across] {n:5-25} schools, {n:2-12} [51As|DCF reports]. [full|Full] report [to|for] [the board|{exec:first}] {due}",
    "[DCF|dcf] [area office|{site} office] [training|in-service] [on|for] [mandated reporting|51A] [for|with] [our|] [school nurses|RNs] — {mtg}, {time}. [presenter|Presenter] {cpsw}",
    "[school|School] [year|] [immunization|vaccine] [clinic|drive] [at|@] {school} {mtg}; [we|We] [need|] {n:3-8} [RNs|nurses] [and|+] {n:1-3} [clerks|registrars]. [sign up|sign-up] {iurl:share,link}",
    "[how|How] [do we|should we] [handle|route] [calls|requests] from [school nurses|schools] [asking for|about] [records|shot records]? [current|Current] [process|workflow] [is|=] [fax|ROI] [to|via] [HIM|medical records] {ext}",
    "[CPS|DCF] [hotline|intake] [hold times|wait] [were|are] [long|~{n:20-60} min] [this week|today]. [document|Document] [call|the call] [time|start] [and|+] [screener|worker] [name|ID] [in|on] the [SW note|51A form]",
    "[foster|Foster] [parent|family] [training|orientation] [with|from] [DCF|the {site} area office] [is|] {mtg} [in|at] the [NICU|] [classroom|conf room] — {n:4-12} families [RSVP'd|registered]. [contact|Contact] {cpsw}",
    "{snurse} [asked|wants to know] [if|whether] [we|our clinic] [can|could] [do|host] [sports physicals|flu shots] [at|for] {school} [on|] {mtg}. [{n:30-120} students|about {n:30-120} kids] [signed up|expected]",
)

# ---------------- CLEAN: facilities, construction, addresses ----------------
clean("mgr exec asst", "facility-address",
    "[NICU|new NICU] [expansion|wing] [construction|project] [at|@] {faddr}: [phase|Phase] {n:1-3} [complete|done] {golive}. [parking|Lot] [B|C] [closed|] {mtg}–{mtg}",
    "[our|Our] {site} [clinic|office] [moves|is moving] to {faddr} [on|effective] {golive}. [phones|Main line] [forward|will forward]; [ext|extensions] [stay|unchanged] ({ext})",
    "[mailing|Mailing] address [for|of] the [birth center|Women's Health Center] [is|=] {faddr}[, not the Mill St one|]. [couriers|Couriers] [go|deliver] to [loading dock|Dock] [2|B]",
    "[offsite|Retreat] [venue|location]: [the|] [UMass Lowell|Inn & Conference Center|Wannalancit Mills], {faddr}. [parking|Parking] [validated|free]. [breakfast|Bfast] [at|from] {time}",
    "[family|Family] [lounge|lounge renovation] [on|for] {unit} [opens|reopens] {golive}[, thanks to {fdn}|]. [ribbon cutting|Ribbon-cutting] {mtg} {time}",
    "[Ronald McDonald|RMH] [House|house] [partnership|referrals]: [rooms|availability] [at|near] {faddr} [for|—] [NICU|our] families [from|living] [>50 miles away|out of state]. [coordinator|Coordinator] {coll:full}, {ext}",
    "[NICU|nicu] [reunion|graduate reunion] [picnic|party] {mtg} [at|@] {faddr}, {time}. [volunteers|Volunteers] [needed|wanted] — [reply|sign up] [here|{iurl:share,link}]",
    "[car seat|Car seat] [clinic|check event] at the {site} fire station {mtg} {time}–{time}. [we|We] [need|have] {n:2-6} CPSTs. [loaner|Loaner] seats {n:10-40} [in stock|available] (model {model})",
    "[the|The] {site} [peds|pediatric] [practice|clinic] [hours|schedule] [change|changes] {eff}: [Sat|Saturday] {time}–{time}. [main|Main] [line|number] [stays|same], [nurse line|triage] {ext}",
)

# ---------------- CLEAN: unit operations without identifiers ----------------
clean("rn tech clerk md", "unit-ops",
    "[the|The] twins in [pod B|pod C|{bed}] [both|] [passed|failed] [the|] [car seat challenge|hearing screen] — [d/c|discharge] [likely|planned] {rel}. [SW|{sw:first}] [following|aware]",
    "{room} [mom|pt] [is|] [requesting|asking for] [the LC|lactation|a breast pump] and [more ice|a sitz bath]. {lc} [can|could] you [swing by|stop in]?",
    "[bed|Bed] {n:1-30} [family|parents] [would like|want] [the chaplain|a blessing|a priest] [today|{rel}]. {chap} [is|'s] [on|covering] — [pager|ext] {ext}",
    "[the|The] [32-weeker|28-weeker|ex-26 weeker] in {bed} [is|] [off|weaning] [CPAP|HFNC] [today|{rel}]! :tada: [parents are|mom is] [thrilled|so happy]",
    "[anyone|Anyone] [seen|have] the [spare|extra] [bili blanket|Panda warmer|transport isolette]? [asset|Asset] {asset}. [last|Last] [seen|used] [in|at] {room}",
    "[Code|code] [white|pink|blue] [drill|] {rel} [at|@] {time}. [exits|{n:2-4} exits] [will|] [lock|alarm]. [don't|Do not] [panic|call security]",
    "{room} [needs|need] [a|] [room|terminal] [clean|turnover] — [d/c'd|discharged] at {time}. [EVS|evs] [called|paged] {ext}",
    "[who|Who] [has|'s got] the [triage|L&D] [phone|pager] [tonight|{rel}]? [it's|It's] {ext}[ now, not the old one|]",
    "[pt|Patient] [satisfaction|HCAHPS] [comments|comment] [this week|{quarter}]: \"[the nurses|{rn:first} and {rn2:first}] [were|was] [amazing|so kind]\" — [shoutout|kudos] [to|] [nights|the team] {emo}",
    "[delivered|Delivered] {n:1-4} [babies|sets of twins] [in|within] {n:20-90} [minutes|mins] [on|] [nights|last night] — [all|everyone] [stable|doing great]. [coffee|Coffee] [on me|in the lounge] {emo}",
    "[mom|pt] [in|at] {room} [speaks|only speaks] {lang}; [interpreter|interp] [iPad|cart] [is|was] [in|at] {room}. [can|Can] someone [bring|grab] it?",
    "[can|Can] [I|we] [get|have] a [second|2nd] [scale|baby scale] for pod {LB}A{RB}? [ours|Ours] ({asset}) [reads|is reading] [{n:20-60}g heavy|off]",
    "[peds|Peds] [clinic|ED] [wait|waits] [are|is] {n:30-180} min; {n:5-30} [in|in the] [waiting room|lobby]. [{md:last} and {md2:last}|two docs] [on|] [today|now]",
    "the [family|dad] in {room} [brought|dropped off] [donuts|pizza|a fruit tray] [for|to] the [staff|nurses] {emo} [they're|it's] in the [break room|lounge]",
    "[nicu|NICU] [milk|breast milk] [fridge|freezer] [temp|temperature] [alarm|out of range] [at|@] {time} — [above 8°C|{n:9-12}°C]. [moved|Moved] [bottles|milk] to [backup|freezer {n:2-4}]. [work order|WO] {tkt}",
    "[twin|Twin] [beds|cribs] [—|:] [we|We] [only|] have {n:1-4} [co-bedding|twin] [cribs|isolettes]. [order|Order] [more|] [via|on] PO {po}?",
    "[the|The] [mom|patient] in {room} [is|'s] {mage} [and|,] [a|] [G1|first-time mom]; [wants|asking for] [a|the] [birth ball|peanut ball] and [dim lights|music]. [we're|we are] [out of|short on] [peanut balls|birth balls]",
    "[baby|NB] in {bed} [is|] DOL {n:1-30}, {ga}, [up|going up] [to|on] [feeds|volume] — no [issues|concerns] [overnight|tonight]. [parents|family] [updated|called] [at|@] {time}",
)

# ---------------- CLEAN: questions to the bot ----------------
clean("rn md clerk mgr asst sw", "bot-question",
    "@PHIbot [what's|what is] the [policy|rule] [for|on] [car seat challenges|CCHD screens|hep B vaccine refusal] [for|in] [infants|babies] [<37 weeks|under 2500 g]?",
    "[/ask|/policy] [who|Who] [signs|can sign] [consent|] [when|if] [a|the] [minor mom|teen mother] [is|] [under 18|17]? [MA|Massachusetts] [law|rule]",
    "[hey|Hi] bot, [is|Is] [an|the] [extension|ext] [like|e.g.] {ext} [considered|counted as] PHI? [and|what about] [a|] [ticket|PO] [number|#] [like|e.g.] {tkt}?",
    "[bot|@bot] [remind|pls remind] [me|us] [to|about] [submit|the] [{quarter}|{fy}] [staffing|budget] [variance|narrative] [on|by] {due}",
    "@PHIbot [how|How] [do I|should I] [share|send] [a|the] [baby's|patient's] [photo|picture] [with|to] [the family|parents] [securely|safely]? [not|Not] [posting|sharing] [any names|anything identifying] [here|]",
    "@PHIbot [is|Is] {npi} [an|a] NPI [or|vs] [an|a] MRN? [asking|Just asking] [before|b4] I [paste|post] it [in|into] the [vendor|{vco}] [portal|form]",
    "[/ask|@PHIbot] [is|Is] [a|the] [DOM|mfg date] [on|of] [a|the] car seat [like|e.g.] {dom} [PHI|a DOB]? [it's not|it is not|that's not] [the baby's|anyone's] birthday",
    "@PHIbot [can|Can] I [post|share] [the|our] [unit|L&D] [census|volume] [numbers|#s] ({n:3-40} [pts|moms], {n:1-9} [babies|NB] in SCN) [here|in #wcs-leaders]?",
    "[/ask|@PHIbot] [do|Do] [we|I] [need|have] to [redact|strip] [room numbers|bed numbers] [like|e.g.] {room} [from|in] [huddle notes|the huddle board]?",
)

# ---------------- CLEAN: family advisory council (parent voice, business) ----------------
clean("family", "family-advisory",
    "[hi|Hi] [all|everyone], [I'm|I am] [one of the|a] [parent advisors|Family Advisory Council members] — [our|the] [next|] [meeting|FAC meeting] [is|is on] {mtg} [at|@] {time}. [we'd|We would] [love|like] [input|feedback] [on|about] the [NICU|new] [family handbook|visitor policy]",
    "[FAC|Family Advisory Council] [members|parents] [asked for|want] [better|more] [parking|signage|sleep chairs] [in|for] the NICU. [can|Can] [we|someone] [add|put] [it|this] [on|to] the {mtg} agenda? {fw}",
    "[thank you|thanks] [for|to] [everyone|all] who [came to|joined] the [NICU reunion|family picnic] — [{n:20-80} families|so many families] [came|showed up]! [photos|pics] [are|] [on|in] {iurl:share,link} {emo}",
)

# ---------------- CLEAN: misc thread replies, minutes, signatures ----------------
clean("mgr exec asst rn", "thread minutes",
    "[minutes|Minutes] [from|of] [today's|the] [WCS|service line] [ops|operations] [meeting|mtg]:\n- [census|Census] [trending|trend] [up|down] {pct}\n- {ver} [upgrade|go-live] {golive}\n- [PO|po] {po} [approved|signed]\n- [next|Next] [mtg|meeting] {mtg}",
    "[recruitment|Recruitment] [update|]: [offer|Offer] [accepted|out] [to|for] {coll:full} ([NICU NP|L&D RN|peds hospitalist]), [start date|starts] {golive}. [sign-on|Sign-on bonus] [$5,000|$10k|$15,000|$7,500]",
    "[dial-in|Join] [via|with] [Zoom|Teams]: [meeting ID|ID] {zoom}[, passcode {n:100000-999999}|]. [no|No] [dial-in|phone bridge] [this time|today]",
    "{coll:full}\n[Nurse Manager|Clinical Educator|Unit Coordinator], [Labor & Delivery|NICU|Pediatrics]\nMerrimack Valley Women's & Children's\n{faddr}\n[Ext|ext.] {ext}",
    "[re:|RE:] [staffing|holiday] [swap|trade] — [ok|OK] [by|with] me [if|as long as] {rn:first} [and|&] {rn2:first} [agree|both agree]. [update|Update] [the|] [schedule|grid] [before|by] {due}",
    "[parking|Parking] [lot|garage] [{LB}C{RB}|C] [is|will be] [closed|repaved] {mtg}–{mtg}; [staff|Staff] [use|park at] {faddr} [and|+] [take the|] shuttle [every|q] {n:10-20} min",
)


# ---------------------------------------------------------------------------
# code-built frames (tables, boards, bot cards, forwarded mail): they return a template
# ---------------------------------------------------------------------------
CODE_PHI = []
CODE_CLEAN = []


def code(voices, tags, is_phi):
    def deco(fn):
        (CODE_PHI if is_phi else CODE_CLEAN).append((voices.split(), tags.split(), fn))
        return fn
    return deco


@code("clerk rn", "table structured peds", True)
def cf_clinic_table(r):
    hdr = r.choice(["Time\tPatient\tDOB\tMRN\tVisit\tProvider", "time\tname\tdob\tmrn\ttype\tdoc",
                    "Appt\tPt Name\tD.O.B.\tMR#\tReason\tMD"])
    rows = []
    for i in range(1, r.randint(3, 6)):
        rows.append("{time}\t{kid%d:inv}\t{d:child}\t{mrn}\t[WCC|sick|f/u|imm only|ADHD f/u|wt check]\t{md%d:last}" % (i, i))
    return "[pasted from the {site} schedule:|clinic list for tmrw|add-ons for today ⬇️]\n" + hdr + "\n" + "\n".join(rows)


@code("rn md np", "status-board nicu", True)
def cf_nicu_board(r):
    rows = []
    for i in range(1, r.randint(3, 6)):
        rows.append("{bed} {PIPE} {baby%d:bg} {PIPE} {ga} {PIPE} [RA|CPAP +5|HFNC 2L|vent] {PIPE} [d/c {d:fu}|—|feeds adv|bili {d:fu}]" % i)
    return "[*NICU board*|NICU status board|pod board {time}]\n" + "\n".join(rows)


@code("rn md mw", "status-board l&d table", True)
def cf_ld_markdown(r):
    rows = ["{PIPE} Rm {PIPE} Pt {PIPE} G/P {PIPE} GA {PIPE} Status {PIPE}",
            "{PIPE}---{PIPE}---{PIPE}---{PIPE}---{PIPE}---{PIPE}"]
    for i in range(1, r.randint(3, 6)):
        form = r.choice(["last", "inv", "full", "hon", "first"])
        rows.append("{PIPE} {room} {PIPE} {pt%d:%s} {PIPE} {gp} {PIPE} {ga} {PIPE} [active|pushing|latent|IOL|PP check] {PIPE}" % (i, form))
    return "\n".join(rows)


@code("bot", "bot referral school-nurse", True)
def cf_bot_referral(r):
    return ("[:incoming_envelope:|:inbox_tray:|📥] *New [school nurse|EI|CPS|WIC] referral* #{n:100-999}\n"
            "*Child:* {kid:full}\n*DOB:* {d:child}\n*School:* {school}\n"
            "*Parent/guardian:* {guard:full} — {ph}\n*Submitted by:* {snurse}\n{iurl:wiki,link}")


@code("rn mw md", "handoff list", True)
def cf_handoff(r):
    rows = []
    for i in range(1, r.randint(3, 5)):
        rows.append("%d. {mom%d} ({room}) — {gp} {ga} — [SROM|IOL|PP day 1|c/s POD2|latent] — [f/u labs|pain ok|needs LC|d/c {d:fu}]" % (i, i))
    return "[handoff|Handoff|report] [{time}|nights → days]\n" + "\n".join(rows)


@code("clerk md", "records list mrn", True)
def cf_mrn_list(r):
    n = r.randint(2, 5)
    if r.random() < 0.5:
        body = "\n".join("{mrn}" for _ in range(n))
    else:
        body = ", ".join("{mrn}" for _ in range(n))
    return "[MRNs|mrns|Charts] for [the|] [audit|chart review|peer review] [{quarter}|]:\n" + body + "\n[pls don't repost|thanks]"


@code("snurse sw", "forwarded school-nurse", True)
def cf_forward_email(r):
    return ("Begin forwarded message:\n\nFrom: {snurse:full} <{bem:snurse}>\nSent: {mtg} {time}\nTo: {sw:full}\n"
            "Subject: {kid:first} [— absences|— meds at school|follow-up]\n\n[Hi|Hello],\n{kid:full} ([grade {n:1-8}|{kage}]) "
            "[has missed|missed] {n:4-20} days [since|after] [the hospital stay|discharge] on {d:past}. [Could you|Can you] [call me|send a note]?\n\n"
            "{snurse:full}\n{school}\n[Office|Tel] {bph}[ / Fax {fax}|]")


@code("tech rn", "car-seat vehicle log", True)
def cf_carseat_log(r):
    rows = []
    for i in range(1, r.randint(2, 5)):
        rows.append("{time} — {baby%d:bg} — {plate} — [Graco|Chicco|Evenflo|Britax] {model} — [pass|fail, harness loose|pass ✅|recheck]" % i)
    return "[car seat|CPST] log {unit}\n" + "\n".join(rows)


@code("sw", "referral list cps", True)
def cf_sw_caseload(r):
    rows = []
    for i in range(1, r.randint(3, 5)):
        rows.append("- {kid%d:inv} — [51A filed|DCF open|housing|EI referral|kinship] — [f/u {d:fu}|call {ph}|in {town}]" % i)
    return "[SW|Social work] caseload {mtg}:\n" + "\n".join(rows)


@code("clerk mgr", "table staffing", False)
def cf_staff_table(r):
    hdr = r.choice(["Name\tRole\tShift\tExt", "name\trole\thours\text", "Staff\tPosition\tShift\tPhone ext"])
    rows = []
    for i in range(1, r.randint(3, 7)):
        rows.append("{rn%d:full}\t[RN|Charge RN|PCA|CNM|HUC]\t[0700-1930|1900-0730|1100-2330]\t{ext}" % i)
    return "[staffing for {mtg}|tonight's grid|schedule {mtg}]\n" + hdr + "\n" + "\n".join(rows)


@code("rn md mgr", "status-board nicu", False)
def cf_nicu_board_clean(r):
    rows = []
    for p in r.sample("ABCDE", r.randint(2, 4)):
        rows.append("POD %s: {n:3-8}/8 occupied, {n:0-3} CPAP, {n:0-2} vented[, {n:0-2} pending d/c|]" % p)
    return "[NICU capacity|nicu census] {time}\n" + "\n".join(rows) + "\n[transfers in: {n:0-3}|no holds]"


@code("asst exec", "table calendar", False)
def cf_meetings_table(r):
    rows = ["Date\tMeeting\tRoom\tOwner"]
    for i in range(1, r.randint(3, 6)):
        rows.append("{mtg}\t[Board Quality|Donor lunch|NICU capital review|FAC|WCS ops|School liaison sync]\t[Boardroom B|Rm 2207|Zoom {zoom}|Mill St aud]\t{coll%d:full}" % i)
    return "[next few weeks|calendar for {dir:first}|upcoming]:\n" + "\n".join(rows)


@code("bot", "bot calendar", False)
def cf_bot_reminder(r):
    return (":calendar: *Reminder* — {mtg} {time}\n*[Board Quality Committee|Donor stewardship|WCS leadership|Car seat program review]*\n"
            "Location: {faddr}\nZoom: {iurl:zoom,link}\nOwner: {asst:full}")


@code("billing mgr", "table po", False)
def cf_po_table(r):
    rows = ["PO\tVendor\tAmount\tStatus"]
    for _ in range(r.randint(3, 6)):
        rows.append("{po}\t{vco}\t{money}\t[open|received|closed|on hold]")
    return "[open POs|PO status] [{quarter}|this month]\n" + "\n".join(rows)


@code("mgr exec asst", "forwarded calendar", False)
def cf_forward_clean(r):
    return ("---------- Forwarded message ---------\nFrom: {coll:full} (via Teams)\nDate: {mtg}\n"
            "Subject: [{fy} budget|Board deck|Donor event|Go-live {golive}]\n\n[Team|Hi all], [see below|FYI]. "
            "[Deck|Draft] [is|] [here|at] {iurl:share,link}. [comments|Comments] by {due}.\n— {coll:first}")


@code("asst exec", "table donor", False)
def cf_donor_table(r):
    rows = ["Donor\tAsk\tStage\tNext step"]
    for i in range(1, r.randint(3, 6)):
        rows.append("{donor%d:full}\t{money:big}\t[cultivation|solicitation|stewardship|pledged]\t{mtg}" % i)
    return "[major gifts pipeline|donor pipeline {quarter}]\n" + "\n".join(rows)


@code("clerk mgr", "list ext", False)
def cf_ext_directory(r):
    units = ["L&D desk", "NICU charge", "Peds", "SW on call", "Security", "Lactation", "Mother-Baby", "Triage",
             "Car seat tech", "Bed board", "HIM/records", "Biomed"]
    rows = ["%s {ext}" % u for u in r.sample(units, r.randint(3, 6))]
    return "[unit extensions|Unit Extensions|ext list (pin this)]:\n" + "\n".join(rows)


@code("rn mw", "status-board l&d", False)
def cf_ld_status_clean(r):
    rows = []
    for i in range(1, r.randint(3, 6)):
        rows.append("LDR %d — [active labor, epidural|empty (clean)|IOL, cytotec|pushing|PP recovery|blocked]" % i)
    return "L&D status {time}\n" + "\n".join(rows) + "\n[OR {n:1-3} open|both ORs open]"


# ---------------------------------------------------------------------------
# static validation of frames
# ---------------------------------------------------------------------------
UNL_NAMES = set("mtg golive due eff lapse covend dom exp time ext zoom tkt po inv ver npi cpt icd room bed n money "
                "faddr site asset last4 grp ga cga kage mage agg dur iurl quarter fy rel pct model wt apgar gp unit @ "
                "here emo fw lang school vco fdn costc order job year PIPE LB RB nhsn".split())


def slot_kind(spec):
    if spec.startswith("sx:"):
        return "pron"
    if spec.startswith("="):
        if spec[1:] not in MACROS:
            raise ValueError("macro " + spec)
        return "macro"
    name = spec.split(":", 1)[0]
    if name == "L":
        if spec.split(":", 1)[1] not in LABELS:
            raise ValueError("label " + spec)
        return "label"
    m = re.match(r"([a-z]+)(\d*)$", name)
    base = m.group(1) if m else name
    if base in PEOPLE or base in LABELLED:
        return "phi"
    if base in STAFF_FMT:
        return "staff"
    if name in UNL_NAMES:
        return "unl"
    raise ValueError("unknown slot " + spec)


def check_frames():
    for voices, tags, t in PHI_FRAMES + CLEAN_FRAMES:
        for v in voices:
            assert v in VOICES, (v, t)
    for voices, tags, t in PHI_FRAMES:
        ast = parse_cached(t)
        kinds = [slot_kind(s) for s in template_slots(ast, [])]
        req = [slot_kind(s) for s in required_slots(ast, [])]
        assert "phi" in req, "PHI frame without a required labelled slot: %r" % t
    for voices, tags, t in CLEAN_FRAMES:
        ast = parse_cached(t)
        kinds = [slot_kind(s) for s in template_slots(ast, [])]
        assert "phi" not in kinds, "clean frame with labelled slot: %r" % t
    for m in list(MACROS.values()) + list(GREET.values()) + list(SIGN.values()):
        if m:
            kinds = [slot_kind(s) for s in template_slots(parse_cached(m), [])]
            assert "phi" not in kinds, m


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|:[a-z_+]+:")
MARKUP_RE = re.compile(r"<@U|<!|<https?:|<mailto:|<tel:|(^|\s)\*[^*\s]|`|(^|\s)_[^_\s]")
ZW_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
HARD_NEG = {"staff-name", "exec-name", "vendor-name", "ext", "ticket", "po", "invoice", "version", "npi", "cpt",
            "icd", "calendar", "go-live", "deadline", "policy-date", "expiry", "money", "facility-address",
            "zip-like", "business-town", "asset-tag", "last-4", "group-number", "age-aggregate", "duration",
            "url-nonphi", "fiscal", "zoom-id", "mfg-date", "model-number", "card-expiry", "cost-center",
            "order-number", "print-job", "coverage-end", "hipaa", "mrn-topic", "ssn-topic", "count"}


def tidy(segs):
    """Remove doubled spaces and spaces before punctuation left by empty alternatives."""
    acc = ""
    prev = None
    for s in segs:
        if s.kind == "L" and s.text:
            if acc.endswith(" ") and s.text.startswith(" "):
                s.text = s.text.lstrip(" ")
            if s.text and s.text[0] in ",.;:?!)" and prev is not None and prev.kind == "L" and prev.text.endswith(" "):
                k = len(prev.text) - len(prev.text.rstrip(" "))
                prev.text = prev.text.rstrip(" ")
                acc = acc[:-k]
        acc += s.text
        if s.text:
            prev = s
    return segs


def finalize(segs):
    segs = tidy(segs)
    text = "".join(s.text for s in segs)
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    pos = 0
    found = []
    for s in segs:
        if s.kind == "V":
            found.append((pos, s))
        pos += len(s.text)
    text = text[lead:trail]
    b = text.encode("utf-8")
    bpos = 0
    spans = []
    for cpos, s in found:
        cpos -= lead
        v = s.text
        if not v or v != v.strip() or cpos < 0 or cpos + len(v) > len(text):
            raise GenError("bad value %r" % v)
        assert text[cpos:cpos + len(v)] == v
        before = text[cpos - 1] if cpos > 0 else ""
        after = text[cpos + len(v)] if cpos + len(v) < len(text) else ""
        if before.isalnum() or (after.isalnum() and not s.adj_ok):
            raise GenError("value glued to text: %r" % v)
        vb = v.encode("utf-8")
        expect = len(text[:cpos].encode("utf-8"))
        i = b.find(vb, bpos)
        if i != expect:           # the checker would locate it elsewhere: regenerate
            raise GenError("value %r found at %d, placed at %d" % (v, i, expect))
        bpos = i + len(vb)
        spans.append({"type": s.typ, "value": v, "_at": expect})
    return text, spans, [s for _, s in found]


def form_tags(text):
    t = []
    if "\n" in text:
        t.append("multiline")
    if re.search(r"(?m)^\s*([-•*]|\d+[.)])\s", text):
        t.append("list")
    if re.search(r"(?m)^>", text):
        t.append("quoted")
    if "\t" in text or re.search(r"(?m)^\|.*\|\s*$", text):
        t.append("table")
    if EMOJI_RE.search(text):
        t.append("emoji")
    if MARKUP_RE.search(text):
        t.append("slack-markup")
    if any("\uff01" <= c <= "\uff5e" for c in text):
        t.append("fullwidth")
    if any(c in text for c in ZW_CHARS):
        t.append("zero-width")
    if "Forwarded" in text or "forwarded message" in text.lower():
        t.append("forwarded")
    return t


def build(r, frame, is_phi):
    voices, ftags, tmpl = frame
    voice = r.choice(voices)
    last = None
    for attempt in range(300):
        ctx = Ctx(r, is_phi)
        try:
            t = tmpl(r) if callable(tmpl) else tmpl
            ast = parse_cached(t)
            segs = []
            starts_special = (t[:1] in "*:>-@/" or t.startswith("{@") or "bot" in ftags or "bot-question" in ftags
                              or "\t" in t)
            if re.match(r"\[?(hi|hey|hello|good morning|fyi|heads up|quick|ugh|team)\b", t, re.I):
                starts_special = True
            if voice != "bot" and not starts_special and r.random() < VOICES[voice][6]:
                expand(ctx, parse_cached(GREET[voice]), segs)
            expand(ctx, ast, segs)
            if voice != "bot" and r.random() < VOICES[voice][7]:
                expand(ctx, parse_cached(SIGN[voice]), segs)
            segs = apply_voice(ctx, segs, voice)
            text, spans, vsegs = finalize(segs)
            if is_phi and not spans:
                raise GenError("no spans")
            assert is_phi or not spans, "clean message with spans"
            tags = ["phi" if is_phi else "clean"]
            for x in ftags + ctx.tags + form_tags(text):
                if x not in tags and x not in ("phi", "clean"):
                    tags.append(x)
            if is_phi and all(s.typ in ("PHONE", "EMAIL") and s.owner == "biz" for s in vsegs):
                tags.append("business-contact")
            if not is_phi and any(x in HARD_NEG for x in tags):
                tags.append("hard-negative")
            if re.search(r"\bMRNs?\b", text, re.I) and not any(s.typ == "MRN" for s in vsegs):
                tags.append("mrn-topic")
            if re.search(r"\b(SSN|social)\b", text) and not any(s.typ == "SSN" for s in vsegs):
                tags.append("ssn-topic")
            if re.search(r"hipaa|PHI\b", text, re.I):
                tags.append("hipaa")
            tags.append("voice-" + voice)
            return text, spans, tags
        except GenError as e:
            last = e
            continue
    raise RuntimeError("could not build frame %r: %s" % (tmpl, last))


def frame_id(fr):
    t = fr[2]
    return t.__name__ if callable(t) else t


def generate():
    check_frames()
    r = random.Random(SEED)
    phi_frames = PHI_FRAMES + CODE_PHI
    clean_frames = CLEAN_FRAMES + CODE_CLEAN
    labels = [True] * N_PHI + [False] * (N_TOTAL - N_PHI)
    r.shuffle(labels)
    cycles = {True: [], False: []}
    out = []
    used = set()
    for i, is_phi in enumerate(labels, 1):
        if not cycles[is_phi]:
            lst = list(phi_frames if is_phi else clean_frames)
            r.shuffle(lst)
            cycles[is_phi] = lst
        fr = cycles[is_phi].pop()
        used.add(frame_id(fr))
        text, spans, tags = build(r, fr, is_phi)
        out.append({"id": "hc%04d" % i, "text": text, "spans": spans, "tags": tags})
    return out, len(phi_frames), len(clean_frames), len(used)


def self_check(rows):
    """Re-run the checker's matching on every row: each value, searched left to right from the end of
    the previous one, must be found exactly at the byte offset where the generator placed it."""
    for row in rows:
        b = row["text"].encode("utf-8")
        pos = 0
        for s in row["spans"]:
            assert s["type"] in TYPES
            v = s["value"].encode("utf-8")
            i = b.find(v, pos)
            assert i == s.pop("_at"), (row["id"], s)
            pos = i + len(v)
        assert ("phi" in row["tags"]) == bool(row["spans"]), row["id"]
        assert ("clean" in row["tags"]) != bool(row["spans"]), row["id"]


def main():
    rows, n_phi_frames, n_clean_frames, n_used = generate()
    self_check(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_phi = sum(1 for x in rows if x["spans"])
    print("wrote %s: %d messages (%d PHI, %d clean)" % (OUT, len(rows), n_phi, len(rows) - n_phi))
    print("frames: %d PHI + %d clean = %d (used %d)" % (n_phi_frames, n_clean_frames,
                                                       n_phi_frames + n_clean_frames, n_used))
    if "--stats" in sys.argv:
        from collections import Counter
        tc = Counter(s["type"] for x in rows for s in x["spans"])
        for k in TYPES:
            print("  %-15s %d" % (k, tc.get(k, 0)))
        print("given names: %d, surnames: %d" % (len(ALL_GIVEN), len(ALL_SURN)))
        tg = Counter(t for x in rows for t in x["tags"])
        print("tags:", ", ".join("%s=%d" % kv for kv in tg.most_common()))


if __name__ == "__main__":
    main()
