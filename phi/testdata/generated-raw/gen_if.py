#!/usr/bin/env python3
"""gen_if.py - PHI-labelled chat corpus generator (prefix "if").

Voice: the office manager of a community health centre with many immigrant
patients (Spanish, Haitian Creole, Vietnamese, Somali, Arabic, Nepali and
Burmese/Karen speakers; sliding-fee scale, interpreters, WIC and MassHealth
enrolment, school physicals, dental and behavioural health under one roof).

Writes generated_if.jsonl next to this script, one raw-format line per message:
  {"id": "if-0001", "text": "...", "spans": [{"type": "NAME", "value": "..."}], "tags": [...]}
Standard library only; fixed seed, so the output is reproducible.

Template syntax used in the frames below:
  [[TYPE|expr]]  a PHI value, recorded as a span of TYPE
  {expr}         a non-PHI filler (staff, vendors, rooms, tickets, meeting dates ...)
  expr is a generator name (dob, phone, mrn ...) or PERSON.attr (P1.full, S1.first,
  D1.last, V1.company, E1.role ...); a trailing !l / !u lower- or upper-cases it.
  P* are patients/relatives/visitors (PHI), S* staff, D* clinicians (staff),
  V* vendor reps, E* executives (never PHI unless written inside [[...]]).
  Frame options (tokens starting with @ in the tag string):
  @P1=hispanic,F  restrict who P1 can be (origin group, F/M, interp, nick, apos)
  @fam=P2,P3      P2 and P3 share P1's surname and origin
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 41017
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_if.jsonl")
N_PHI, N_CLEAN = 385, 315

# ---------------------------------------------------------------- names
# Origin groups: female given names, male given names, surnames, languages.
GROUPS = {
    "hispanic": dict(
        F=["María", "Guadalupe", "Yesenia", "Marisol", "Daniela", "Esperanza", "Xiomara", "Leticia",
           "Yolanda", "Milagros", "Araceli", "Dulce María", "Rosa Elena", "Ana Lucía", "Karla"],
        M=["José Luis", "Juan Carlos", "Jesús", "Miguel Ángel", "Wilfredo", "Héctor", "Francisco",
           "Rigoberto", "Edwin", "Óscar", "Nelson", "Alejandro", "Efraín", "Santiago"],
        L=["Hernández", "Ramírez-Ortiz", "de la Cruz", "Quiñones", "Velásquez", "Del Valle", "Mejía",
           "Ortiz Rivera", "Pacheco", "Castillo", "Santiago", "Fuentes", "Reyes", "García López",
           "Villanueva", "Ayala", "Montañez"],
        lang=["Spanish"]),
    "haitian": dict(
        F=["Widline", "Fabienne", "Mirlande", "Nadège", "Jocelyne", "Roseline", "Guerline", "Marie-Ange",
           "Nathalie", "Darline", "Mimose"],
        M=["Jean-Robert", "Mackenson", "Dieudonné", "Wesner", "Fritznel", "Jean-Claude", "Ricot", "Frantz",
           "Kervens", "Jameson", "Wilner"],
        L=["Jean-Baptiste", "Pierre-Louis", "Toussaint", "Célestin", "Dorvil", "Joseph", "Alexis",
           "Saint-Fleur", "Augustin", "Désir", "Exantus", "Fleurimond", "Louis-Jeune"],
        lang=["Haitian Creole"]),
    "vietnamese": dict(
        F=["Lan", "Thúy", "Hoa", "Ngọc Anh", "Phương", "Mai", "Linh", "Hạnh", "Trang", "Kim Oanh"],
        M=["Minh", "Tuấn", "Đức", "Quang", "Hùng", "Thanh", "Bảo", "Khoa", "Long", "Văn Hải"],
        L=["Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Trương", "Phan", "Lý", "Hoàng", "Dương"],
        mid=["Thị", "Văn", "Minh", "Ngọc", "Hữu"],
        lang=["Vietnamese"]),
    "somali": dict(
        F=["Hodan", "Faadumo", "Sahra", "Ifrah", "Hibaaq", "Nasra", "Fowsiya", "Deeqa", "Maryan", "Ubah",
           "Ayaan"],
        M=["Abdirahman", "Mohamed", "Abdullahi", "Yusuf", "Hassan", "Mahad", "Liban", "Guled", "Abdiqani",
           "Bashir", "Abdiwali"],
        L=["Warsame", "Farah", "Hirsi", "Abdi", "Mohamud", "Jama", "Osman", "Egal", "Dahir", "Aden",
           "Gedi", "Abdullahi Nur"],
        lang=["Somali"]),
    "arabic": dict(
        F=["Amira", "Rania", "Layla", "Noor", "Fatima", "Huda", "Samira", "Yasmin", "Reem", "Hanan"],
        M=["Yousef", "Omar", "Khaled", "Ahmad", "Tariq", "Mustafa", "Bilal", "Ibrahim", "Karim", "Hamza"],
        L=["Al-Khatib", "Haddad", "Nasser", "al-Hashimi", "Abu-Zeid", "Mansour", "Saleh", "Khoury",
           "El-Amin", "Ben Youssef", "Darwish", "Qasim", "Al-Rawi"],
        lang=["Arabic"]),
    "nepali": dict(
        F=["Sushila", "Gita", "Laxmi", "Pabitra", "Bishnu Maya", "Sabina", "Dil Maya", "Kamala", "Sarita",
           "Devi"],
        M=["Bishnu", "Pemba", "Dil Bahadur", "Hari", "Tek Nath", "Chandra", "Suman", "Bhim", "Ganesh",
           "Om Prakash"],
        L=["Gurung", "Thapa", "Sherpa", "Adhikari", "Rai", "Tamang", "Magar", "Bhattarai", "Subedi",
           "Dhakal", "Pradhan", "Chhetri", "Khadka"],
        lang=["Nepali"]),
    "burmese": dict(
        F=["Paw Htoo", "Thida", "Eh Moo", "Mu Mu", "Cing Par", "Khin Myo", "Hsa Blut", "Naw Say", "Nan Nwe"],
        M=["Aung Kyaw", "Saw Eh Doh", "Thein Zaw", "Ko Ko", "Soe Min", "Pa Reh", "Zaw Win", "Lal Ruat",
           "Htoo Wah"],
        L=["Win", "Aung", "Htun", "Kyaw", "Soe", "Lwin", "Thang", "Moo", "Paw", "Oo", "Naing", "Hlaing"],
        lang=["Burmese", "Karen", "Burmese", "Chin"]),
    "african_american": dict(
        F=["Latoya", "Keisha", "Shanice", "Tamika", "Imani", "Aaliyah", "Ebony", "Denise", "Brianna",
           "Jasmine"],
        M=["DeShawn", "Tyrone", "Darnell", "Marcus", "Jamal", "Terrell", "Andre", "Malik", "Reginald",
           "Curtis"],
        L=["Washington", "Jefferson", "Banks", "Coleman", "Freeman", "Gaines", "Whitfield", "Battle",
           "Pettaway", "Grier", "Merriweather", "Ransom"],
        lang=["English"]),
    "ghanaian": dict(
        F=["Adwoa", "Abena", "Efua", "Akosua", "Ama"],
        M=["Kofi", "Kwame", "Yaw", "Kwabena", "Kojo"],
        L=["Mensah", "Boateng", "Owusu", "Asante", "Appiah", "Ofori-Atta"],
        lang=["Twi", "Twi", "Ewe"]),
    "nigerian": dict(
        F=["Chiamaka", "Ngozi", "Oluwaseun", "Folake", "Adaeze"],
        M=["Chinedu", "Oluwadamilare", "Emeka", "Babajide", "Tunde"],
        L=["Okafor", "Adeyemi", "Nwosu", "Ogunleye", "Eze", "Balogun"],
        lang=["Yoruba", "Igbo"]),
    "guinean": dict(
        F=["Fatoumata", "Aminata", "Mariama", "Kadiatou", "Hawa"],
        M=["Mamadou", "Ousmane", "Alpha", "Ibrahima", "Sekou"],
        L=["Diallo", "Bangura", "Sow", "Traoré", "Barry", "Camara", "Bah"],
        lang=["French", "Fula", "Krio"]),
    "ethiopian": dict(
        F=["Tigist", "Hiwot", "Selam", "Rahel", "Meron", "Bethlehem"],
        M=["Tesfaye", "Dawit", "Yohannes", "Bereket", "Mulugeta", "Abebe"],
        L=["Bekele", "Haile", "Gebremedhin", "Alemu", "Tadesse", "Girma", "Woldemariam"],
        lang=["Amharic", "Tigrinya", "Oromo"]),
    "kenyan": dict(
        F=["Wanjiru", "Achieng", "Nyambura", "Wambui", "Akinyi"],
        M=["Kiprono", "Odhiambo", "Mwangi", "Otieno", "Kipchoge"],
        L=["Kamau", "Ochieng", "Mutua", "Kiptoo", "Njoroge", "Wafula"],
        lang=["Swahili"]),
    "south_indian": dict(
        F=["Priya", "Ananya", "Deepa", "Lakshmi", "Kavya"],
        M=["Rajesh", "Arjun", "Vikram", "Sanjay", "Karthik"],
        L=["Raghavan", "Iyer", "Reddy", "Venkataraman", "Krishnan", "Patel"],
        lang=["Tamil", "Telugu", "Hindi", "Gujarati"]),
    "bangladeshi": dict(
        F=["Farzana", "Nusrat", "Shirin", "Taslima", "Rokeya"],
        M=["Imran", "Tanvir", "Rafiqul", "Shahid", "Mahbub"],
        L=["Chowdhury", "Hossain", "Siddiqui", "Rahman", "Uddin", "Begum"],
        lang=["Bengali", "Urdu"]),
    "punjabi": dict(
        F=["Harpreet", "Manpreet", "Jaspreet", "Simran"],
        M=["Gurpreet", "Harjit", "Sukhwinder", "Balwinder"],
        L=["Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu"],
        lang=["Punjabi"]),
    "chinese": dict(
        F=["Mei Ling", "Xiaoling", "Fang", "Yan", "Li Na"],
        M=["Wei", "Zhiwei", "Jun", "Hao", "Jian"],
        L=["Zhang", "Chen", "Liu", "Wong", "Huang", "Lin", "Ng"],
        lang=["Mandarin", "Cantonese"]),
    "korean": dict(
        F=["Ji-woo", "Seo-yeon", "Min-ji", "Eun-ji"],
        M=["Min-jun", "Dong-hyun", "Sung-ho", "Jae-won"],
        L=["Park", "Kim", "Choi", "Lee", "Jung"],
        lang=["Korean"]),
    "japanese": dict(
        F=["Yuki", "Hana", "Keiko", "Aiko"],
        M=["Hiroshi", "Kenji", "Takeshi", "Daisuke"],
        L=["Tanaka", "Yamamoto", "Sato", "Watanabe", "Nakamura"],
        lang=["Japanese"]),
    "filipino": dict(
        F=["Maricel", "Rowena", "Jovelyn", "Marites", "Lorna"],
        M=["Rolando", "Ramil", "Jerwin", "Romeo", "Efren"],
        L=["Santos", "dela Cruz", "Bautista", "Manalo", "Villanueva", "Reyes", "Magbanua"],
        lang=["Tagalog", "Ilocano"]),
    "cambodian": dict(
        F=["Sokha", "Chantha", "Bopha", "Sreymom", "Sophea"],
        M=["Sopheap", "Vannak", "Dara", "Rithy", "Sokhom"],
        L=["Chea", "Sok", "Keo", "Ouk", "Chhim", "Prak"],
        lang=["Khmer"]),
    "lao_hmong": dict(
        F=["Malee", "Pa Houa", "Mai Nou", "Khamphoui"],
        M=["Bounmy", "Tou", "Somsak", "Xai"],
        L=["Phommachanh", "Vang", "Xiong", "Lor", "Sengsavang"],
        lang=["Lao", "Hmong"]),
    "polish": dict(
        F=["Agnieszka", "Katarzyna", "Małgorzata", "Zofia"],
        M=["Piotr", "Tomasz", "Krzysztof", "Marek"],
        L=["Nowak", "Wiśniewski", "Zieliński", "Kowalczyk", "Lewandowski"],
        LF=["Nowak", "Wiśniewska", "Zielińska", "Kowalczyk", "Lewandowska"],
        lang=["Polish"]),
    "east_slavic": dict(
        F=["Oksana", "Svetlana", "Ludmila", "Irina", "Olena"],
        M=["Dmitri", "Vasyl", "Aleksandr", "Bogdan", "Nikolai"],
        L=["Kovalenko", "Volkov", "Petrenko", "Shevchuk", "Babenko", "Sokolov"],
        LF=["Kovalenko", "Volkova", "Petrenko", "Shevchuk", "Babenko", "Sokolova"],
        lang=["Russian", "Ukrainian"]),
    "balkan": dict(
        F=["Milica", "Jelena", "Amra", "Lejla"],
        M=["Goran", "Dragan", "Emir", "Nenad"],
        L=["Jovanović", "Horvat", "Hodžić", "Petrović", "Kovačević"],
        lang=["Bosnian", "Serbian"]),
    "irish": dict(
        F=["Siobhan", "Maeve", "Bridget", "Kathleen", "Aoife", "Nora", "Colleen"],
        M=["Declan", "Padraig", "Seamus", "Brendan", "Kieran", "Eamon", "Cormac"],
        L=["O'Neill", "Byrne", "McCarthy", "Donovan", "O'Sullivan", "Fitzgerald", "Kavanagh", "MacNeil",
           "Gallagher", "Dwyer"],
        lang=["English"]),
    "italian": dict(
        F=["Carmela", "Rosaria", "Giuseppina", "Antonietta", "Lucia", "Concetta", "Francesca"],
        M=["Giuseppe", "Salvatore", "Vincenzo", "Domenic", "Angelo", "Carmine", "Anthony"],
        L=["Russo", "DiNapoli", "Esposito", "LaRosa", "Ferraro", "Colombo", "D'Amico", "Iannuzzi",
           "DeLuca", "Marino"],
        lang=["Italian"]),
    "native_american": dict(
        F=["Tallulah", "Winona", "Shandiin", "Kateri", "Nizhoni", "Dyani"],
        M=["Darrell", "Ahiga", "Tokala", "Wendell", "Kele", "Hania"],
        L=["Begay", "Yazzie", "Tsosie", "Harjo", "Two Bulls", "Runningwater", "Attakai", "Lonehill",
           "Peaches"],
        lang=["English"]),
    "pacific_islander": dict(
        F=["Malia", "Leilani", "Mele", "Losaline", "Keala", "Sina"],
        M=["Sione", "Keoni", "Tevita", "Ioane", "Makoa", "Siaosi"],
        L=["Tupou", "Fonoti", "Kahale", "Faleolo", "Kealoha", "Taufa", "Mahe", "Leota"],
        lang=["Tongan", "Samoan"]),
    "wordname": dict(  # given names that are also ordinary words
        F=["Hope", "Faith", "Grace", "Rose", "Joy", "Autumn", "Summer", "Charity"],
        M=["Will", "Bill", "Grant", "Mark", "Chase", "Rich", "Hunter", "Forrest"],
        L=["Page", "Van Dyke", "Mercer", "Holloway", "Whitaker", "Sweeney", "Baker", "Mills", "Young",
           "King", "Stone", "Bishop"],
        lang=["English"]),
}
INTERP = ["hispanic", "haitian", "vietnamese", "somali", "arabic", "nepali", "burmese", "ghanaian",
          "nigerian", "guinean", "ethiopian", "kenyan", "south_indian", "bangladeshi", "punjabi", "chinese",
          "korean", "japanese", "filipino", "cambodian", "lao_hmong", "polish", "east_slavic", "balkan"]
GROUP_WEIGHTS = {"hispanic": 6, "haitian": 5, "vietnamese": 4, "somali": 4, "arabic": 4, "nepali": 4,
                 "burmese": 4, "african_american": 3, "ghanaian": 1, "nigerian": 1, "guinean": 1,
                 "ethiopian": 1, "kenyan": 1, "south_indian": 1, "bangladeshi": 1, "punjabi": 1, "chinese": 1,
                 "korean": 1, "japanese": 0.5, "filipino": 1, "cambodian": 1, "lao_hmong": 0.5, "polish": 1,
                 "east_slavic": 1, "balkan": 0.5, "irish": 2, "italian": 2, "native_american": 1,
                 "pacific_islander": 1, "wordname": 1}
NICK = {"Guadalupe": "Lupe", "Francisco": "Pancho", "Jesús": "Chuy", "Alejandro": "Alex",
        "José Luis": "Pepe", "Jean-Robert": "JR", "Mackenson": "Mack", "Abdirahman": "Abdi",
        "Abdullahi": "Abdi", "Mohamed": "Mo", "Faadumo": "Fadumo", "Oluwaseun": "Seun",
        "Oluwadamilare": "Dami", "Babajide": "Jide", "Chiamaka": "Amaka", "Bridget": "Bridie",
        "Padraig": "Paddy", "Kathleen": "Kay", "Giuseppe": "Joe", "Salvatore": "Sal",
        "Giuseppina": "Josie", "Concetta": "Connie", "Vincenzo": "Vinnie", "Anthony": "Tony",
        "Dieudonné": "Dodo", "Jean-Claude": "JC", "Dmitri": "Dima", "Aleksandr": "Sasha",
        "Katarzyna": "Kasia", "Ngọc Anh": "Annie", "Văn Hải": "Harry", "Milagros": "Mili",
        "Xiomara": "Xio", "Yesenia": "Yesi", "Wilfredo": "Willy", "Rigoberto": "Rigo",
        "Mulugeta": "Mule", "Hiroshi": "Hiro", "Bishnu Maya": "Bishnu", "Siaosi": "George",
        "Aung Kyaw": "AK", "Oksana": "Ksenia", "Reginald": "Reggie", "Tyrone": "Ty", "Kwame": "Kay"}
HON = {"F": ["Ms.", "Mrs.", "Ms."], "M": ["Mr."]}
REL = {"F": ["daughter", "sister", "niece", "wife", "mother", "aunt", "granddaughter"],
       "M": ["son", "brother", "nephew", "husband", "father", "uncle", "grandson"]}

EXECS = [("Marguerite", "Okonkwo-Hale", "CEO", "F"), ("Dennis", "Farrow", "CFO", "M"),
         ("Luz Elena", "Barreto", "COO", "F"), ("Samuel", "Adjei", "CMO", "M"),
         ("Harold", "Finnegan", "board chair", "M"), ("Ruth", "Abernathy-Ng", "dental director", "F"),
         ("Tomás", "Villalobos", "BH director", "M"), ("Priya", "Natarajan", "CIO", "F"),
         ("Kwabena", "Asare-Bediako", "VP of operations", "M"), ("Colleen", "Driscoll", "HR director", "F")]
VENDORS = [("LanguageLine", "languageline.com"), ("Stericycle", "stericycle.com"),
           ("Henry Schein", "henryschein.com"), ("McKesson", "mckesson.com"), ("Medline", "medline.com"),
           ("Cintas", "cintas.com"), ("eClinicalWorks", "eclinicalworks.com"), ("Weave", "getweave.com"),
           ("CDW", "cdw.com"), ("Availity", "availity.com"), ("Dexcom", "dexcom.com"),
           ("Boston Language Partners", "bostonlanguagepartners.com"), ("Comcast Business", "comcast.com")]
HOSPITALS = ["MGH", "Salem Hospital", "BMC", "Lawrence General", "CHA Everett", "Tufts MC",
             "Beth Israel Lahey", "Lowell General", "the Brigham", "Boston Children's", "Melrose-Wakefield"]
SITES = [("Union St", "225 Union St, Lynn MA 01901"), ("Harbor", "14 Harbor Ave, Chelsea MA 02150"),
         ("Shirley Ave", "160 Shirley Ave, Revere MA 02151"), ("Broadway", "410 Broadway, Everett MA 02149"),
         ("Essex St", "77 Essex St, Lawrence MA 01840"), ("Lincoln school-based", "35 Wyman St, Lynn MA 01904")]
TOWNS = [("Lynn", "01902"), ("Lynn", "01905"), ("Chelsea", "02150"), ("Revere", "02151"),
         ("Everett", "02149"), ("Malden", "02148"), ("Lawrence", "01841"), ("Lowell", "01852"),
         ("Methuen", "01844"), ("Haverhill", "01830"), ("Peabody", "01960"), ("Salem", "01970"),
         ("Dorchester", "02124"), ("East Boston", "02128"), ("Mattapan", "02126"), ("Brockton", "02301"),
         ("Randolph", "02368"), ("Framingham", "01702"), ("Worcester", "01604"), ("Somerville", "02143"),
         ("Saugus", "01906"), ("Swampscott", "01907"), ("Dracut", "01826"), ("Amesbury", "01913")]
STREETS = ["Bennington St", "Blue Hill Ave", "Shirley Ave", "Ferry St", "Western Ave", "Chestnut St",
           "Summer St", "Boston St", "Lafayette St", "Franklin St", "Walnut St", "Hancock St", "Maple Ave",
           "Washington Ave", "Essex St", "Park St", "Hawthorne St", "Eastern Ave", "Cottage St",
           "Bellingham Ave", "Adams St", "Jackson St", "Tremont St", "Salem St", "Broad St", "Oak St",
           "Fayette St", "Central Ave", "Newhall St", "Pearl St", "Willow Ave", "Lowell St"]
SCHOOLS = ["Lincoln Elementary", "Pickering Middle", "Harrington School", "Chelsea High",
           "Sumner G. Whittier", "Hennigan K-8"]
CPTS = ["99213", "99214", "99393", "99394", "90471", "90715", "D1120", "D1206", "T1013", "96127",
        "99173", "92551", "D0150", "99396"]
ICDS = ["Z00.129", "Z00.00", "E11.9", "Z23", "F41.1", "J45.909", "Z02.89", "I10", "Z01.20", "K02.52"]
MCOS = ["Tufts Health Together", "WellSense", "Fallon Health", "MassHealth ACO", "BMC HealthNet"]
SPECIALTIES = ["cardiology", "GI", "ENT", "ortho", "neurology", "endo", "derm", "ophtho", "OB/GYN",
               "nephrology", "pulm"]
REASONS = ["refill", "sliding fee question", "lab results", "WIC appt", "tooth pain", "school form",
           "MassHealth renewal", "prenatal visit", "BH intake", "interpreter for next visit"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
VENUES = ["Lynn Museum", "St. Joseph's parish hall", "the Chelsea Collaborative", "Revere Beach bandstand",
          "the Bhutanese community center", "Masjid Al-Huda hall", "Iglesia Pentecostal on Union St"]


def fold(s):
    """Drop diacritics (as people often do in chat)."""
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def asciiname(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


SPELL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell(digits_, groups):
    out, i = [], 0
    for g in groups:
        out.append(" ".join(SPELL[int(c)] for c in digits_[i:i + g]))
        i += g
    return ", ".join(out)


def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else ("－" if c == "-" else c) for c in s)


class Person:
    def __init__(self, first, last, gender, group, middle=None, company=None, role=None):
        self.first, self.last, self.gender, self.group = first, last, gender, group
        self.middle = middle
        self.company, self.role = company, role
        self.cache = {}

    def get(self, attr, ctx):
        if attr in self.cache:
            return self.cache[attr]
        v = self._compute(attr, ctx)
        self.cache[attr] = v
        return v

    def _compute(self, a, ctx):
        f, l, g = self.first, self.last, self.gender
        mi = self.cache.setdefault("_mi", R.choice("ABCDEFGHJKLMNPRSTVW"))
        if a == "first":
            return f
        if a == "last":
            return l
        if a == "full":
            return f + " " + l
        if a == "fullmi":
            return f + " " + mi + ". " + l
        if a == "inv":
            return l.upper() + ", " + f.upper()
        if a == "invm":
            return l.upper() + ", " + f.upper() + " " + mi
        if a == "invc":
            return l + ", " + f
        if a == "fl":
            return f[0] + ". " + l
        if a == "initials":
            return f[0] + "." + l[0].upper() + "."
        if a == "nick":
            return NICK.get(f, f.split()[0])
        if a == "nickfull":
            return NICK.get(f, f.split()[0]) + " " + l
        if a == "native":  # Vietnamese order: family name, middle, given
            mid = R.choice(GROUPS[self.group].get("mid", ["Thị"]))
            if g == "M" and mid == "Thị":
                mid = "Văn"
            if g == "F" and mid == "Văn":
                mid = "Thị"
            return l + " " + mid + " " + f
        if a == "email":
            fa, la = asciiname(f.split()[0]), asciiname(l)
            dom = R.choice(["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com",
                            "icloud.com", "aol.com", "comcast.net"])
            local = R.choice([fa + "." + la, fa + la + str(R.randint(1, 99)), fa[0] + la,
                              fa + "_" + la, la + fa[0] + str(R.randint(60, 2019)),
                              fa + str(R.randint(1970, 2012))])
            return local + "@" + dom
        if a == "email_obf":
            e = self.get("email", ctx)
            local, dom = e.split("@")
            host, tld = dom.rsplit(".", 1)
            style = R.randint(0, 2)
            if style == 0:
                return "%s [at] %s [dot] %s" % (local, host, tld)
            if style == 1:
                return "%s at %s dot %s" % (local.replace(".", " dot "), host, tld)
            return "%s(at)%s(dot)%s" % (local, host, tld)
        if a == "bizemail":
            fa, la = asciiname(f.split()[0]), asciiname(l)
            if self.company:
                return fa + "." + la + "@" + self.company[1]
            return R.choice([fa[0] + la, fa + "." + la]) + "@riverbendchc.org"
        if a == "company":
            return self.company[0] if self.company else "Riverbend"
        if a == "role":
            return self.role or "manager"
        if a == "hon":
            return R.choice(HON[g])
        if a == "sex":
            return g
        if a == "rel":
            return R.choice(REL[g])
        if a in ("sub", "Sub"):
            w = "she" if g == "F" else "he"
            return w.capitalize() if a == "Sub" else w
        if a in ("obj",):
            return "her" if g == "F" else "him"
        if a in ("pos", "Pos"):
            w = "her" if g == "F" else "his"
            return w.capitalize() if a == "Pos" else w
        if a == "lang":
            return R.choice(GROUPS[self.group]["lang"])
        raise KeyError(a)


def pick_group(filters):
    groups = list(GROUP_WEIGHTS)
    gf = [x for x in filters if x in GROUPS]
    if gf:
        groups = gf
    elif "interp" in filters:
        groups = [g for g in groups if g in INTERP]
    w = [GROUP_WEIGHTS[g] for g in groups]
    return R.choices(groups, w)[0]


def make_person(filters, used_first, used_last, group=None, last=None):
    for _ in range(500):
        grp = group or pick_group(filters)
        gd = GROUPS[grp]
        gender = "F" if "F" in filters else "M" if "M" in filters else R.choice("FM")
        first = R.choice(gd[gender])
        if "nick" in filters and first not in NICK:
            continue
        sur = gd.get("LF", gd["L"]) if gender == "F" else gd["L"]
        ln = last or R.choice(sur)
        if "apos" in filters and "'" not in ln:
            grp2 = R.choice(["irish", "italian"])
            ln = R.choice([x for x in GROUPS[grp2]["L"] if "'" in x])
            first = R.choice(GROUPS[grp2][gender])
            grp = grp2
        if first in used_first or (last is None and ln in used_last):
            continue
        if grp != "wordname" and "wordname" not in filters and R.random() < 0.55:
            first, ln = fold(first), (ln if last else fold(ln))
        if first in used_first or (last is None and ln in used_last):
            continue
        return Person(first, ln, gender, grp)
    raise RuntimeError("cannot draw a person for %r" % (filters,))


# ---------------------------------------------------------------- value generators
def d(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + d(length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        x = int(c)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return body + str((10 - total % 10) % 10)


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def ordsuf(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


FULL_STYLES = ["mdy", "mdy0", "mdy0", "iso", "long", "dmon", "abbr", "compact", "mdyy", "dot", "dlong"]
SHORT_STYLES = ["md", "md", "md0", "mon_d", "mon_dth", "month_d", "month_dth", "wd_md"]


def fmt_date(dt, style):
    m, dd, y = dt.month, dt.day, dt.year
    M = MONTHS[m - 1]
    return {
        "mdy": "%d/%d/%d" % (m, dd, y), "mdy0": "%02d/%02d/%d" % (m, dd, y),
        "iso": "%d-%02d-%02d" % (y, m, dd), "long": "%s %d, %d" % (M, dd, y),
        "dmon": "%02d-%s-%d" % (dd, M[:3], y), "abbr": "%s %d %d" % (M[:3], dd, y),
        "compact": "%02d%02d%d" % (m, dd, y), "mdyy": "%d/%d/%02d" % (m, dd, y % 100),
        "dot": "%d.%d.%d" % (m, dd, y), "dlong": "%d %s %d" % (dd, M, y),
        "md": "%d/%d" % (m, dd), "md0": "%02d/%02d" % (m, dd), "mon_d": "%s %d" % (M[:3], dd),
        "mon_dth": "%s %d%s" % (M[:3], dd, ordsuf(dd)), "month_d": "%s %d" % (M, dd),
        "month_dth": "%s %d%s" % (M, dd, ordsuf(dd)), "wd_md": "%d/%d" % (m, dd),
    }[style]


def g_dob(ctx):
    return fmt_date(rand_date(1938, 2012), R.choice(FULL_STYLES))


def g_dob_iso(ctx):
    return fmt_date(rand_date(1940, 2015), "iso")


def g_dobkid(ctx):
    return fmt_date(rand_date(2009, 2019), R.choice(FULL_STYLES))


def g_dob_teen(ctx):
    return fmt_date(rand_date(2010, 2013), R.choice(FULL_STYLES))


def g_dob_tod(ctx):
    return fmt_date(rand_date(2020, 2024), R.choice(FULL_STYLES))


def g_dob_old(ctx):
    return fmt_date(rand_date(1921, 1934), R.choice(FULL_STYLES))


def g_dob_spoken(ctx):
    dt = rand_date(1945, 2000)
    return "%s %d%s %d" % (MONTHS[dt.month - 1], dt.day, ordsuf(dt.day), dt.year)


def g_vdate(ctx):
    dt = rand_date(2025, 2025)
    if R.random() < 0.62:
        return fmt_date(dt, R.choice(SHORT_STYLES))
    return fmt_date(dt, R.choice(["mdy", "mdy0", "iso", "long", "mdyy", "dmon", "abbr"]))


def g_vseq(ctx):
    prev = ctx.get("vseq")
    dt = rand_date(2025, 2025) if prev is None else prev + datetime.timedelta(days=R.choice([1, 2, 3, 5, 28, 31, 35]))
    if prev is None and dt.month > 6:
        dt = dt.replace(month=dt.month - 6)
    ctx["vseq"] = dt
    return fmt_date(dt, R.choice(["md", "md0", "mon_d", "mdy", "mdyy", "month_dth"]))


def g_mdate(ctx):  # meeting / deadline dates: never PHI
    dt = rand_date(2025, 2025)
    wd = dt.strftime("%a")
    return R.choice(["%s %d/%d" % (wd, dt.month, dt.day), fmt_date(dt, "month_d"), fmt_date(dt, "md"),
                     "%s, %s" % (dt.strftime("%A"), fmt_date(dt, "mon_d")), fmt_date(dt, "month_dth")])


def g_age90(ctx):
    return str(R.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))


def g_age_word(ctx):
    return R.choice(["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
                     "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine", "one hundred",
                     "a hundred and one", "ninety one", "ninety six"])


AREAS = ["617", "857", "781", "978", "508", "774", "339", "351", "413", "603", "401"]


def _ph():
    return R.choice(AREAS), "%03d" % R.randint(201, 989), d(4)


def g_phone(ctx):
    a, e, s = _ph()
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s",
                     "+1 %s-%s-%s", "+1 (%s) %s-%s", "1-%s-%s-%s", "%s/%s-%s"]) % (a, e, s)


def g_phone_plain(ctx):
    a, e, s = _ph()
    return R.choice(["%s-%s-%s", "%s%s%s"]) % (a, e, s)


def g_phone_ext(ctx):
    return g_phone(ctx) + R.choice([" ext. %d", " x%d", " ext %d", " Ext. %d", " x %d"]) % R.randint(2, 4999)


def g_phone_intl(ctx):
    a, e, s = _ph()
    return R.choice(["+1 %s %s %s", "+1%s%s%s", "+1-%s-%s-%s"]) % (a, e, s)


def g_phone_ht(ctx):
    return R.choice(["+509 3%s %s", "+509 4%s-%s", "011 509 3%s %s"]) % (d(3), d(4))


def g_phone_abroad(ctx):
    return R.choice(["+252 61 %s" % d(7), "+977 98%s" % d(8), "+84 9%s %s %s" % (d(1), d(3), d(4)),
                     "+509 3%s %s" % (d(3), d(4)), "+95 9 %s %s" % (d(3), d(6))])


def g_phone_tollfree(ctx):
    return R.choice(["1-800-%s-%s", "(888) %s-%s", "1-877-%s-%s", "800.%s.%s"]) % ("%03d" % R.randint(200, 999), d(4))


def g_phone_spaced(ctx):
    a, e, s = _ph()
    return " ".join(a + e + s) if R.random() < 0.6 else "%s - %s - %s" % (" ".join(a), " ".join(e), " ".join(s))


def g_phone_fw(ctx):
    a, e, s = _ph()
    return fullwidth(R.choice(["%s-%s-%s", "%s%s%s"]) % (a, e, s))


def g_phone_zw(ctx):
    a, e, s = _ph()
    return R.choice(["%s\u00a0%s\u00a0%s", "%s-\u200b%s-\u200b%s", "(%s)\u00a0%s\u2011%s", "%s\u200b%s\u200b%s"]) % (a, e, s)


def g_phone_spoken(ctx):
    a, e, s = _ph()
    return spell(a + e + s, [3, 3, 4])


def _ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


def g_ssn(ctx):
    a, b, c = _ssn()
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, b, c)


def g_ssn_nodash(ctx):
    return "".join(_ssn())


def g_ssn_mixed(ctx):
    a, b, c = _ssn()
    return R.choice(["%s.%s-%s", "%s %s-%s", "%s-%s.%s", "%s/%s/%s"]) % (a, b, c)


def g_ssn_spaced(ctx):
    return " ".join("".join(_ssn()))


def g_ssn_fw(ctx):
    return fullwidth("-".join(_ssn()))


def g_ssn_zw(ctx):
    a, b, c = _ssn()
    return R.choice(["%s\u200b-%s-\u200b%s" % (a, b, c), "%s\u00a0%s\u00a0%s" % (a, b, c),
                     "%s-%s-%s\u200b%s" % (a, b, c[:2], c[2:])])


def g_last4(ctx):
    return d(4)


def g_mrn(ctx):
    return R.choice([d(7), d(8), "00" + d(6), "1" + d(6), "%s-%s" % (d(3), d(4))])


def g_mrn_spelled(ctx):
    return spell(d(7), [3, 4])


def g_medicaid(ctx):
    return "100" + d(9)


def g_memberid(ctx):
    return R.choice(["XJH%s" % d(9), "W%s" % d(9), "ZGP%s" % d(9), "%s%s" % (R.choice(["THT", "WSN", "FHP"]), d(8)),
                     "M%s-%s" % (d(5), d(2))])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def g_mbi(ctx):
    an = MBI_A + "0123456789"
    c = [str(R.randint(1, 9)), R.choice(MBI_A), R.choice(an), str(R.randint(0, 9)), R.choice(MBI_A),
         R.choice(an), str(R.randint(0, 9)), R.choice(MBI_A), R.choice(MBI_A), str(R.randint(0, 9)),
         str(R.randint(0, 9))]
    s = "".join(c)
    return s if R.random() < 0.5 else "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def g_har(ctx):
    return R.choice(["3", "2"]) + d(9)


def g_acct(ctx):
    return R.choice([d(8), "G" + d(7), "A" + d(6), d(6) + "-" + d(2)])


def g_bank(ctx):
    return d(R.choice([10, 11, 12]))


def g_dl(ctx):
    return R.choice(["S" + d(8), "S" + d(8), "SA" + d(7), d(9)])


def g_dea(ctx):
    ds = [R.randint(0, 9) for _ in range(6)]
    chk = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    doc = ctx["persons"].get("D1")
    second = asciiname(doc.last)[0].upper() if doc else R.choice("BCDFGHKLMNPRSTW")
    return R.choice("ABFGM") + second + "".join(map(str, ds)) + str(chk)


def g_rn_lic(ctx):
    return R.choice(["RN%s" % d(7), "RN-%s" % d(7), "NP%s" % d(6)])


def g_md_lic(ctx):
    return R.choice([d(6), "MD" + d(6), "2" + d(5)])


def g_lic_bh(ctx):
    return R.choice([d(6), "LICSW" + d(5), "MHC-" + d(5)])


def g_rdh_lic(ctx):
    return "DH" + d(5)


VIN_CH = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
           **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin(ctx):
    wmi = R.choice(["1HG", "2T1", "5YJ", "JTD", "1FT", "3N1", "KMH", "1G1", "4T1", "5NP"])
    body = wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + R.choice("GHJKLMNPRS") + \
        R.choice(VIN_CH) + d(6)
    s = sum(VIN_VAL[c] * w for c, w in zip(body, VIN_W)) % 11
    return body[:8] + ("X" if s == 10 else str(s)) + body[9:]


def g_plate(ctx):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return R.choice(["%s %s%s%s" % (d(3), R.choice(L), R.choice(L), R.choice(L)),
                     "%d%s%s%s%d%d" % (R.randint(1, 9), R.choice(L), R.choice(L), R.choice(L), R.randint(0, 9), R.randint(0, 9)),
                     "%d%s%s-%s" % (R.randint(1, 9), R.choice(L), R.choice(L), d(3)),
                     "%d%s%s %s" % (R.randint(1, 9), R.choice(L), R.choice(L), d(3))])


def _alnum(n):
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def g_cgm_sn(ctx):
    return R.choice(["8G" + _alnum(4), d(12), "%s %s %s" % (d(4), d(4), d(4)), "4N" + _alnum(4)])


def g_pump_sn(ctx):
    return R.choice(["P" + _alnum(2) + d(8), "PDM-" + d(9), "NG" + d(7) + "H"])


def g_hear_sn(ctx):
    return R.choice([d(4) + R.choice("ABCDEFGH") + d(4), "21" + d(8), "SN" + d(7)])


def g_pm_sn(ctx):
    return R.choice(["".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + d(6) + R.choice("RHGS"),
                     d(8), "RNX" + d(6) + "S"])


def g_udi(ctx):
    return "(01)00%s(17)%s(21)%s" % (d(12), "2%d%02d%02d" % (R.randint(6, 9), R.randint(1, 12), R.randint(1, 28)),
                                     _alnum(8))


def g_ip(ctx):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 99), R.randint(0, 255), R.randint(2, 254)),
                     "192.168.%d.%d" % (R.randint(0, 40), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254)),
                     "%d.%d.%d.%d" % (R.choice([73, 24, 98, 66, 108]), R.randint(0, 255), R.randint(0, 255),
                                      R.randint(2, 254))])


def g_ipv6(ctx):
    h = lambda: "%x" % R.randint(0x100, 0xffff)
    return R.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "2601:%s:%s:%s::%s" % (h(), h(), h(), h())])


def g_url_visit(ctx):
    return R.choice(["https://telehealth.riverbendchc.org/join?pt=%s&appt=%s" % (d(7), d(6)),
                     "https://riverbendchc.doxy.me/visit?patient=%s" % d(8),
                     "https://video.riverbendchc.org/v/%s?mrn=%s" % (_alnum(6).lower(), d(7))])


def g_url_portal(ctx):
    return R.choice(["https://portal.riverbendchc.org/messages/%s?patientId=%s" % (d(6), d(7)),
                     "https://mychart.riverbendchc.org/pt/%s/inbox" % d(8)])


def g_url_person(ctx):
    p = ctx["persons"]["P1"]
    fa, la = asciiname(p.first.split()[0]), asciiname(p.last)
    return R.choice(["https://www.caringbridge.org/visit/%s%s" % (fa, la),
                     "https://www.gofundme.com/f/help-%s-%s-recover" % (fa, la),
                     "https://www.mealtrain.com/trains/%s-%s-family" % (fa, la),
                     "https://www.gofundme.com/f/%s-%s-medical-bills" % (fa, la)])


def _town():
    return R.choice(TOWNS)


def g_street(ctx):
    s = "%d %s" % (R.randint(2, 480), R.choice(STREETS))
    r = R.random()
    if r < 0.2:
        s += " Apt %d" % R.randint(1, 12)
    elif r < 0.35:
        s += " #%d" % R.randint(1, 6)
    elif r < 0.42:
        s += " %s fl" % R.choice(["1st", "2nd", "3rd"])
    return s


def g_town(ctx):
    return _town()[0]


def g_zip(ctx):
    t = _town()
    return t[1] if R.random() < 0.75 else t[1] + "-" + d(4)


def g_addr_full(ctx):
    st = g_street(ctx)
    t, z = _town()
    if R.random() < 0.2:
        z += "-" + d(4)
    return R.choice(["%s, %s MA %s", "%s, %s, MA %s", "%s, %s Massachusetts %s", "%s %s MA %s"]) % (st, t, z)


def g_addr_short(ctx):
    return "%s, %s" % (g_street(ctx), g_town(ctx))


def g_pobox(ctx):
    t, z = _town()
    return R.choice(["PO Box %d, %s MA %s" % (R.randint(10, 9999), t, z),
                     "P.O. Box %d, %s, MA %s" % (R.randint(10, 9999), t, z)])


def g_cc(ctx):
    n = luhn_complete(R.choice(["4", "4", "51", "53", "55", "6011"]), 16)
    sep = R.choice([" ", "-", "", " "])
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])


def g_amex(ctx):
    n = luhn_complete(R.choice(["34", "37"]), 15)
    sep = R.choice([" ", "-"])
    return sep.join([n[0:4], n[4:10], n[10:15]])


# non-PHI fillers
def g_mtime(ctx):
    return R.choice(["9am", "10:30", "noon", "2pm", "3:15", "4:00 PM", "8:30am", "1pm", "11", "12:30"])


def g_money(ctx):
    return R.choice(["$%d" % R.randint(20, 900), "$%s" % format(R.randint(1000, 98000), ","),
                     "$%d.%02d" % (R.randint(10, 4000), R.randint(0, 99)), "$%dk" % R.randint(2, 250)])


def g_room(ctx):
    return R.choice([str(R.randint(101, 340)), "%d%s" % (R.randint(1, 9), R.choice("AB")), str(R.randint(1, 12))])


def g_ticket(ctx):
    return R.choice(["INC%07d" % R.randint(10000, 999999), "RITM%07d" % R.randint(1000, 99999),
                     "DEL-%d" % R.randint(1000, 9999), "HD-%d" % R.randint(10000, 99999),
                     "FAC-%d" % R.randint(100, 999)])


def g_po(ctx):
    return R.choice(["45%s" % d(8), "2025-%04d" % R.randint(1, 999), "%d" % R.randint(10000, 99999)])


def g_invoice(ctx):
    return R.choice(["INV-%d" % R.randint(10000, 99999), "%d" % R.randint(1000000, 9999999), "#%d" % R.randint(1000, 99999)])


def g_ver(ctx):
    return R.choice(["%d.%d.%d" % (R.randint(10, 12), R.randint(0, 60), R.randint(0, 9)),
                     "v%d.%d.%d" % (R.randint(1, 11), R.randint(0, 9), R.randint(0, 20))])


def g_build(ctx):
    return "%d.%d.%d.%d" % (R.choice([2024, 2025]), R.randint(1, 12), R.randint(0, 4), R.randint(0, 30))


def g_npi(ctx):
    # NPI check digit: Luhn over "80840" + first 9 digits
    body = "1" + d(8)
    full = "80840" + body
    total = 0
    for i, c in enumerate(reversed(full)):
        x = int(c)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return body + str((10 - total % 10) % 10)


def g_zoom(ctx):
    return "%s %s %s" % (d(3), d(4), d(4))


SIMPLE = {
    "dob": g_dob, "dob_iso": g_dob_iso, "dobkid": g_dobkid, "dob_teen": g_dob_teen, "dob_tod": g_dob_tod, "dob_old": g_dob_old, "dob_spoken": g_dob_spoken,
    "vdate": g_vdate, "vseq": g_vseq, "mdate": g_mdate, "mdate2": g_mdate, "age90": g_age90, "age_word": g_age_word,
    "phone": g_phone, "phone_plain": g_phone_plain, "phone_ext": g_phone_ext, "phone_intl": g_phone_intl,
    "phone_ht": g_phone_ht, "phone_abroad": g_phone_abroad, "phone_tollfree": g_phone_tollfree,
    "phone_spaced": g_phone_spaced, "phone_fw": g_phone_fw, "phone_zw": g_phone_zw,
    "phone_spoken": g_phone_spoken, "ssn": g_ssn, "ssn_nodash": g_ssn_nodash, "ssn_mixed": g_ssn_mixed,
    "ssn_spaced": g_ssn_spaced, "ssn_fw": g_ssn_fw, "ssn_zw": g_ssn_zw, "last4": g_last4, "mrn": g_mrn,
    "mrn_spelled": g_mrn_spelled, "medicaid": g_medicaid, "memberid": g_memberid, "mbi": g_mbi,
    "har": g_har, "acct": g_acct, "bank": g_bank, "dl": g_dl, "dea": g_dea, "rn_lic": g_rn_lic,
    "md_lic": g_md_lic, "lic_bh": g_lic_bh, "rdh_lic": g_rdh_lic, "vin": g_vin, "plate": g_plate,
    "cgm_sn": g_cgm_sn, "pump_sn": g_pump_sn, "hear_sn": g_hear_sn, "pm_sn": g_pm_sn, "udi": g_udi,
    "ip": g_ip, "ipv6": g_ipv6, "url_visit": g_url_visit, "url_portal": g_url_portal,
    "url_person": g_url_person, "street": g_street, "town": g_town, "zip": g_zip, "addr_full": g_addr_full,
    "addr_short": g_addr_short, "pobox": g_pobox, "cc": g_cc, "amex": g_amex,
    "mtime": g_mtime, "mtime2": g_mtime, "money": g_money, "money2": g_money, "room": g_room,
    "room2": g_room, "ticket": g_ticket, "po": g_po, "invoice": g_invoice, "ver": g_ver, "build": g_build,
    "npi": g_npi, "zoom": g_zoom,
    "n": lambda c: str(R.randint(2, 40)), "n2": lambda c: str(R.randint(2, 40)),
    "n3": lambda c: str(R.randint(2, 40)),
    "bign": lambda c: format(R.randint(1200, 26000), ","),
    "pct": lambda c: str(R.randint(3, 38)),
    "ext4": lambda c: str(R.randint(2000, 4999)), "ext4b": lambda c: str(R.randint(5000, 7999)),
    "cpt": lambda c: R.choice(CPTS), "cpt2": lambda c: R.choice(CPTS),
    "icd": lambda c: R.choice(ICDS), "icd2": lambda c: R.choice(ICDS),
    "uid": lambda c: "<@U0%s>" % _alnum(8), "uid2": lambda c: "<@U0%s>" % _alnum(8),
    "site": lambda c: c["site"][0], "siteaddr": lambda c: c["site"][1],
    "site2": lambda c: R.choice([s for s in SITES if s != c["site"]])[0],
    "hospital": lambda c: R.choice(HOSPITALS), "vendor": lambda c: R.choice(VENDORS)[0],
    "mco": lambda c: R.choice(MCOS), "specialty": lambda c: R.choice(SPECIALTIES),
    "reason": lambda c: R.choice(REASONS), "weekday": lambda c: R.choice(WEEKDAYS),
    "month": lambda c: R.choice(MONTHS), "school": lambda c: R.choice(SCHOOLS),
    "venue": lambda c: R.choice(VENUES),
    "fy": lambda c: R.choice(["FY2026", "FY26", "Q3", "Q4", "FY2025", "Q1 FY26"]),
    "policyno": lambda c: R.choice(["ADM-%d" % R.randint(100, 199), "IS-%02d" % R.randint(1, 30),
                                    "POL-2025-%03d" % R.randint(1, 120), "FIN-%d.%d" % (R.randint(1, 9), R.randint(1, 9))]),
    "asset": lambda c: R.choice(["RCHC-%06d" % R.randint(1, 20000), "AT-%d" % R.randint(10000, 99999)]),
    "groupno": lambda c: R.choice(["%06d" % R.randint(1, 999999), "GRP-%d" % R.randint(1000, 9999)]),
    "contract": lambda c: "C-2025-%03d" % R.randint(1, 400),
    "order": lambda c: "SO-%d" % R.randint(100000, 999999),
    "costctr": lambda c: "%d-%d" % (R.randint(6000, 7999), R.randint(100, 499)),
    "lot": lambda c: R.choice(["EL%d" % R.randint(1000, 9999), "FH%d" % R.randint(1000, 9999),
                               "U%dAA" % R.randint(1000, 9999)]),
    "lang": lambda c: R.choice(["Spanish", "Haitian Creole", "Vietnamese", "Somali", "Arabic", "Nepali",
                                "Burmese", "Karen", "Portuguese", "Dari"]),
    "supply": lambda c: R.choice(["gloves (S)", "exam table paper", "otoscope tips", "hand sanitizer refills",
                                  "fluoride varnish", "specimen cups", "toner for the big printer", "N95s",
                                  "tongue depressors", "alcohol pads", "kid-size masks", "paper towels"]),
    "area": lambda c: R.choice(["peds", "dental", "WIC", "BH", "the lobby", "the pharmacy", "triage", "the lab",
                                "eligibility", "the front desk", "OB", "the break room"]),
    "areaN": lambda c: R.choice(["peds", "dental", "WIC", "BH", "lobby", "pharmacy", "triage", "lab",
                                 "eligibility", "front desk", "OB", "break room"]),
    "area2": lambda c: R.choice(["the basement", "the annex", "the old records room", "the stockroom",
                                 "the 3rd floor closet"]),
    "supplier": lambda c: R.choice(["Medline", "McKesson", "Henry Schein", "Cintas"]),
    "docver": lambda c: "v%d.%d" % (R.randint(1, 4), R.randint(0, 9)),
    "pts": lambda c: str(R.randint(60, 160)), "noshow": lambda c: str(R.randint(3, 18)),
    "walkin": lambda c: str(R.randint(2, 14)), "wait": lambda c: str(R.randint(9, 41)),
    "income": lambda c: "$" + format(R.randint(14, 48) * 1000 + R.choice([0, 250, 500, 800]), ","),
    "food": lambda c: R.choice(["pupusas", "samosas", "sambusa", "pastelitos", "bánh mì", "momos", "injera",
                                "griot", "baklava", "mohinga", "empanadas", "mandazi"]),
    "lang2": lambda c: R.choice(["Spanish", "Haitian Creole", "Vietnamese", "Somali", "Arabic", "Nepali",
                                 "Burmese"]),
}
GEN_TAGS = {"ssn_nodash": ["evasion"], "ssn_mixed": ["evasion"], "ssn_spaced": ["evasion"],
            "ssn_fw": ["evasion", "fullwidth"], "ssn_zw": ["evasion", "zero-width"],
            "phone_spaced": ["evasion"], "phone_fw": ["evasion", "fullwidth"],
            "phone_zw": ["evasion", "zero-width"], "phone_spoken": ["evasion"], "mrn_spelled": ["evasion"],
            "age_word": ["evasion"], "email_obf": ["evasion"]}
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id", "ACCOUNT_NUMBER": "account-number",
            "LICENSE_NUMBER": "license-number", "VEHICLE_ID": "vehicle-id", "DEVICE_ID": "device-id",
            "URL": "url", "IP_ADDRESS": "ip-address", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}


# ---------------------------------------------------------------- frames with PHI
# (template, "tags @options")
PHI_FRAMES = [
    # --- requests to the scheduling / assistant bot
    ("@scheduler-bot move my 3pm with [[NAME|P1.full]] to [[DATE|vdate]] at 9:15, {P1.sub} needs the {P1.lang} interpreter again", "bot @P1=interp"),
    ("/remind me tomorrow 10am to call {P1.hon} [[NAME|P1.last]] back re: sliding fee paperwork — [[PHONE|phone]]", "bot"),
    ("Bot: book a 40-min new pt slot for [[NAME|P1.full]] (DOB [[DATE|dob]]) with Dr. {D1.last}, any day next week. {P1.Sub} needs {P1.lang}.", "bot @P1=interp"),
    ("can you push [[NAME|P1.last]] from [[DATE|vdate]] to the following Thursday? dental chair 3 is down", "dental"),
    ("cancel my 11:20 w/ [[NAME|P1.full]] pls, {P1.sub} called and said {P1.pos} kid is sick", "bot"),
    ("Hi bot — reschedule [[NAME|P1.full]]'s school physical from [[DATE|vdate]] to any open slot next week. Mom's cell [[PHONE|phone]]", "bot school"),
    ("@AssistBot set a follow-up task: call [[NAME|P1.last]] on [[DATE|vdate]] about the A1c, number is [[PHONE|phone]]", "bot"),
    ("@AssistBot draft a letter to [[NAME|P1.full]] at [[ADDRESS|addr_full]] saying {P1.pos} sliding fee application was approved", "bot"),
    ("/assist summarize the thread about [[NAME|P1.full]] DOB [[DATE|dob]] and post it in #bh-intake", "bot bh"),
    ("bot pls text [[PHONE|phone]] the Spanish reminder for tomorrow's 9am", "bot"),
    ("hey @AssistBot when is [[NAME|P1.full!l]] due for {P1.pos} pap? last one was [[DATE|vdate]]", "bot @P1=F"),
    ("AssistBot, find open slots for the [[NAME|P1.last]] kids' physicals: [[NAME|P2.first]] (DOB [[DATE|dobkid]]) and [[NAME|P3.first]] (DOB [[DATE|dobkid]])", "bot school @fam=P2,P3"),
    ("@AssistBot add [[NAME|P1.full]] to the dental waitlist, ok to call [[PHONE|phone]] any time after 3", "bot dental"),
    ("bot: who is [[NAME|P1.full]]'s PCP? chart says Dr. {D1.last} but {P1.sub} says {P1.sub} never met them", "bot"),
    # --- callbacks and voicemail
    ("can someone call back [[NAME|P1.full]] at [[PHONE|phone]]? {P1.sub} only speaks {P1.lang}, left 2 VMs on the main line", "callback @P1=interp"),
    ("callback pls 🙏 [[NAME|P1.first]] ([[PHONE|phone]]) re {P1.pos} WIC appt", "callback wic @P1=F"),
    ("pt called: [[NAME|P1.inv]], cb# [[PHONE|phone]], wants to know if {P1.pos} MassHealth went thru. Medicaid ID [[HEALTH_PLAN_ID|medicaid]]", "callback eligibility"),
    ("Missed call from [[PHONE|phone]] at 8:02 — voicemail in {P1.lang}, sounds like [[NAME|P1.last]] asking about a refill. Anyone?", "callback @P1=interp"),
    ("*Callback request*\n• Name: [[NAME|P1.full]]\n• DOB: [[DATE|dob]]\n• Phone: [[PHONE|phone]]\n• Language: {P1.lang}\n• Reason: {reason}", "callback structured @P1=interp"),
    ("cal back [[NAME|P1.last]] pleas, phn [[PHONE|phone]], abt the labs", "callback typo"),
    ("{uid} can u call [[NAME|P1.first]] back? {P1.sub} says {P1.pos} # changed to [[PHONE|phone]]", "callback"),
    ("From the answering service overnight:\n• 11:48p [[NAME|P1.full]] [[PHONE|phone]] — fever in 2yo\n• 2:10a [[NAME|P2.full]] [[PHONE|phone]] — refill question\n• 5:55a hang-up, no name", "callback list"),
    ('VM transcript: "hi this is [[NAME|P1.full]] my date of birth is [[DATE|dob_spoken]] please call me back at [[PHONE|phone_spoken]] thank you"', "callback"),
    ("cb # is [[PHONE|phone_spaced]] (pt read it out slowly, didn't get a name)", "callback"),
    ("work # for [[NAME|P1.last]]: [[PHONE|phone_ext]], ok to leave a msg", "callback"),
    ("la señora [[NAME|P1.full]] llamó, quiere cambiar su cita del [[DATE|vdate]]. Su cel es [[PHONE|phone]]", "spanish callback @P1=hispanic,F"),
    ("{S1.first} pls: Madan [[NAME|P1.last]] te rele, li bezwen yon randevou pou pitit li. nimewo: [[PHONE|phone]]", "creole callback @P1=haitian,F"),
    ("mom is in Haiti, reach her on WhatsApp [[PHONE|phone_ht]] — she's the only one who can consent for [[NAME|P1.first]] while dad is away", "guardian @P1=haitian"),
    ("pt's # is [[PHONE|phone_fw]]", "callback"),
    ("ph: [[PHONE|phone_zw]]  <- copy/paste from the kiosk, it has weird spaces in it", "callback"),
    ("brother in Mogadishu wants updates, pt [[NAME|P1.full]] said ok verbally. his # [[PHONE|phone_abroad]]", "@P1=somali"),
    # --- records, charts, structured dumps
    ("| Name | DOB | MRN |\n|---|---|---|\n| [[NAME|P1.full]] | [[DATE|dob]] | [[MRN|mrn]] |\n| [[NAME|P2.full]] | [[DATE|dob]] | [[MRN|mrn]] |", "table structured records"),
    ("Fwd from the fax queue:\n> RE: [[NAME|P1.inv]]  DOB [[DATE|dob]]\n> Referred to: {specialty} at {hospital}\n> Pt phone: [[PHONE|phone]]\ncan someone match this to a chart?", "referral forwarded"),
    ("---------- Forwarded message ---------\nFrom: [[NAME|P1.full]] <[[EMAIL|P1.email]]>\nSubject: vaccine paper for school\n\nHello I need the paper for school for my son [[NAME|P2.first]], he is in grade 4. Thank you", "forwarded school @fam=P2 @P2=M"),
    ("MRN [[MRN|mrn]] and [[MRN|mrn]] are dupes for the same pt ([[NAME|P1.full]]), pls merge", "records"),
    ("merge request: [[NAME|P1.full]] has 2 charts, MR# [[MRN|mrn]] / [[MRN|mrn]]. Correct DOB is [[DATE|dob]] not [[DATE|dob]]", "records"),
    ("Release of info: {hospital} is asking for [[NAME|P1.full]]'s dental x-rays, DOB [[DATE|dob]], chart # [[MRN|mrn]]. Do we have a signed ROI?", "records dental"),
    ("records request from [[NAME|P1.full]] ([[EMAIL|P1.email]]) — wants the visit notes from [[DATE|vdate]] for {P1.pos} immigration lawyer", "records"),
    ("pls scan to chart: [[NAME|P1.inv]] [[MRN|mrn]] [[DATE|dob]]", "records structured"),
    ("`pt=[[NAME|P1.last]] mrn=[[MRN|mrn]] dob=[[DATE|dob_iso]]` <- that's what the interface error log shows, HL7 feed choked on the apostrophe?", "it @P1=apos"),
    ("name,dob,phone\n[[NAME|P1.full]],[[DATE|dob_iso]],[[PHONE|phone_plain]]\n[[NAME|P2.full]],[[DATE|dob_iso]],[[PHONE|phone_plain]]\n^ csv from the outreach list, which ones are ours?", "structured"),
    ("fax cover: RE: [[NAME|P1.invm]]   DOB: [[DATE|dob]]   MRN: [[MRN|mrn]] — pages 1 of 6", "records structured"),
    ("anyone seen [[NAME|P1.full]]'s paper chart? the one from before the eCW switch, {S1.first} needs it for the audit", "records"),
    ("*[[NAME|P1.full]]* — *DOB* [[DATE|dob]] — needs *{P1.lang}* interp at 2:40", "interpreter @P1=interp"),
    ("med rec # [[MRN|mrn]] — [[NAME|P1.invc]] — allergy list is blank, can the MA redo it", "records"),
    ("mrn [[MRN|mrn_spelled]] — the VM was hard to hear, pls double check before you call", "lowercase callback"),
    ("MNR [[MRN|mrn]] (sorry, MRN) for [[NAME|P1.full]], the one who wanted the Spanish AVS", "typo"),
    ("pt's name on the passport is [[NAME|P1.native]], we registered {P1.obj} as [[NAME|P1.full]] — merge or leave it?", "records @P1=vietnamese"),
    ("[[NAME|P1.invc]] — chart says {P1.lang} but {P1.sub} prefers English now, pls update the flag", "records @P1=interp"),
    # --- SSN and registration
    ("Who registered [[NAME|P1.inv]]? SSN field has [[SSN|ssn]] but the card {P1.sub} showed says [[SSN|ssn]]", "registration"),
    ("pls don't put full SSNs in chat!! someone posted [[SSN|ssn]] in #front-desk earlier, I deleted it", "hipaa"),
    ("ss# [[SSN|ssn_nodash]] for [[NAME|P1.last]], needed for the MassHealth app", "eligibility"),
    ("SSN is [[SSN|ssn_fw]] (copied from the scanned form, weird font)", "registration"),
    ("SSN [[SSN|ssn_zw]] for [[NAME|P1.full]] — can you key it in, my keyboard is doing something weird", "registration"),
    ("soc: [[SSN|ssn_mixed]] dob [[DATE|dob]] — for the snap letter", "lowercase"),
    ("FYI last 4 of {P1.pos} SSN is {last4} and DOB [[DATE|dob]] — that matched, [[NAME|P1.full]] is verified", "registration"),
    ("social security # on the app: [[SSN|ssn_spaced]] — mom wrote it with spaces between every digit", "eligibility"),
    # --- eligibility, MassHealth, sliding fee
    ("*MassHealth renewal* for [[NAME|P1.full]] — member ID [[HEALTH_PLAN_ID|medicaid]], the packet went to [[ADDRESS|addr_full]] but came back undeliverable", "eligibility"),
    ("Navigator note: enrolled [[NAME|P1.full]] + 3 kids in MassHealth Standard today. Head of household DOB [[DATE|dob]], new address [[ADDRESS|addr_full]].", "eligibility"),
    ("MBI for [[NAME|P1.last]] is [[HEALTH_PLAN_ID|mbi]] — {P1.sub} turned 65 and is moving off ConnectorCare", "eligibility"),
    ("memebr id [[HEALTH_PLAN_ID|memberid]] isnt pulling in Availity, pt [[NAME|P1.full]] dob [[DATE|dob]] — can billing look?", "typo eligibility"),
    ("sliding fee app for [[NAME|P1.full]]: household of 5, income verified, lives in [[ADDRESS|town]]. Approved at tier B.", "sliding-fee"),
    ("pt [[NAME|P1.full]] dob [[DATE|dob]] needs a new medicad card, hers got stolen. medicad # [[HEALTH_PLAN_ID|medicaid]]", "typo eligibility @P1=F"),
    ("{mco} ID [[HEALTH_PLAN_ID|memberid]] / [[NAME|P1.inv]] / [[DATE|dob]] — eligibility shows termed, pt says {P1.sub} never got a letter", "eligibility structured"),
    ("Medicare + MassHealth dual: [[NAME|P1.full]], MBI [[HEALTH_PLAN_ID|mbi]], Medicaid [[HEALTH_PLAN_ID|medicaid]]. Who does the crossover billing?", "billing"),
    ("Health Safety Net app for the [[NAME|P1.last]] household — they live at [[ADDRESS|addr_full]], no income docs yet", "eligibility"),
    ("anyone know if [[NAME|P1.last]] ever brought in proof of income? {P1.pos} sliding fee lapses end of month", "sliding-fee"),
    ("mbr id [[HEALTH_PLAN_ID|memberid]] and [[HEALTH_PLAN_ID|memberid]] — same family, different plans?? mom is [[NAME|P1.full]]", "eligibility @P1=F"),
    ("sliding fee tier A approved for [[NAME|P1.full]] and spouse [[NAME|P2.full]] ({income}/yr household income, 4 ppl)", "sliding-fee @fam=P2"),
    # --- WIC, OB, peds, school
    ("WIC referral: [[NAME|P1.full]], EDD [[DATE|vdate]], ph [[PHONE|phone]], prefers {P1.lang}", "wic @P1=F,interp"),
    ("{S1.first!l} from wic says [[NAME|P1.first!l]]'s baby was born [[DATE|vdate]], needs a newborn visit w/ peds this week", "lowercase wic @P1=F"),
    ("OB: [[NAME|P1.full]] G2P1, EDD [[DATE|vdate]], wants a doula who speaks {P1.lang}", "ob @P1=F,interp"),
    ("newborn [[NAME|P2.full]] (born [[DATE|vdate]] at {hospital}) — mom [[NAME|P1.full]] wants the 2-week visit at the {site} site", "peds @P1=F @fam=P2"),
    ("lead screening: [[NAME|P1.full]] (DOB [[DATE|dob_tod]]) came back at 7 — CHW to visit the home at [[ADDRESS|addr_full]]", "peds"),
    ("need 7th grade physical + Tdap for [[NAME|P1.full]] DOB [[DATE|dob_teen]], last seen [[DATE|vdate]]", "school"),
    ("School physical forms for the [[NAME|P1.last]] kids ([[NAME|P2.first]] and [[NAME|P3.first]]) are signed and at the front desk", "school @fam=P2,P3"),
    ("the dad ([[NAME|P2.full]]) is in the lobby asking for [[NAME|P1.first]]'s school form, do we have it?", "school @fam=P2 @P2=M"),
    ('FW: from the {school} nurse —\n"[[NAME|P1.full]] is out of compliance, needs MMR #2 by [[DATE|vdate]]. Parent [[NAME|P2.full]] can be reached at [[PHONE|phone]]."', "forwarded school @kin=P2"),
    ("the [[NAME|P1.last]] baby's newborn screen came back abnormal, {D1.first} wants a call to mom today — [[PHONE|phone]]", "peds"),
    ("WIC cert for [[NAME|P1.first]] and baby [[NAME|P2.first]] expires, recert appt [[DATE|vdate]] 2:30 — {P1.sub} needs a Somali interpreter", "wic @P1=somali,F @fam=P2"),
    ("sports physical for [[NAME|P1.full]] (DOB [[DATE|dob_teen]]) — coach needs the form by Friday, mom says insurance is [[HEALTH_PLAN_ID|memberid]]", "school"),
    # --- interpreters
    ("Need Somali interpreter 2pm for [[NAME|P1.full]] (MRN [[MRN|mrn]]) — LanguageLine wait is 40 min, is {S1.first} in today?", "interpreter @P1=somali"),
    ("{S1.first} can you interpret for {P1.hon} [[NAME|P1.last]] in rm {room}? {P1.sub}'s here for {P1.pos} INR", "interpreter @P1=interp"),
    ("interpreter log — [[DATE|vdate]] — [[NAME|P1.full]] — {P1.lang} — 35 min — Dr. {D1.last}", "interpreter structured @P1=interp"),
    ("Somali-speaking pt [[NAME|P1.full]] — {P1.pos} son [[NAME|P2.first]] interprets but he's 12. pls book a real interpreter for [[DATE|vdate]]", "interpreter @P1=somali @fam=P2 @P2=M"),
    ("Nepali interp no-showed for [[NAME|P1.last]] at 10, we used the video cart. pt wasn't happy", "interpreter complaint @P1=nepali"),
    ("Burmese interpreter needed [[DATE|vdate]] 1:30 — pt [[NAME|P1.full]], Dr. {D1.last}, dental consult", "interpreter dental @P1=burmese"),
    ("Karen or Burmese? chart for [[NAME|P1.full]] says Burmese but {P1.sub} told me Karen, which interpreter do I book", "interpreter @P1=burmese"),
    ("Arabic-speaking family in the lobby: [[NAME|P1.full]] and {P1.pos} mother [[NAME|P2.full]]. First visit. Who's free?", "interpreter @P1=arabic @P2=arabic,F"),
    ("Vietnamese interp for [[NAME|P1.fl]] at 3 got cancelled?? {P1.sub} is already here", "interpreter @P1=vietnamese"),
    ("[[NAME|P1.last]] is here for the 10:40, checked in, waiting on the {P1.lang} interp", "interpreter @P1=interp"),
    # --- referrals
    ("Referral to {hospital} {specialty} for [[NAME|P1.full]], DOB [[DATE|dob]], Medicaid [[HEALTH_PLAN_ID|medicaid]]. Fax went to [[PHONE|phone]] but they say they never got it", "referral"),
    ("{uid} status on the GI referral for [[NAME|P1.last]]? {P1.sub} called 3x. Their scheduler is [[PHONE|phone_ext]]", "referral"),
    ("ref sent ✅ [[NAME|P1.inv]] / dob [[DATE|dob]] / ENT @ {hospital} / pt aware", "referral structured"),
    ("optometry referral for [[NAME|P1.full]] — failed vision screen at school [[DATE|vdate]], parent [[NAME|P2.full]] [[PHONE|phone]]", "referral school @fam=P2"),
    ("Teams msg from {hospital}: 'pt [[NAME|P1.full]] MRN [[MRN|mrn]] transferred to your care, first visit [[DATE|vdate]]'", "referral forwarded"),
    # --- complaints, escalations, VIP
    ("Complaint escalation — [[NAME|P1.full]]'s son [[NAME|P2.full]] says they were turned away at the {site} site for not having ID. Call him back at [[PHONE|phone]].", "complaint escalation @fam=P2 @P2=M"),
    ("{P1.hon} [[NAME|P1.last]] yelled at the front desk again about {P1.pos} bill — acct [[ACCOUNT_NUMBER|acct]], balance $212. {P1.Sub}'s on sliding fee so this shouldn't have gone out", "complaint billing"),
    ("Patient grievance #{n} — [[NAME|P1.full]] reports the interpreter on [[DATE|vdate]] was rude and didn't translate everything. Spoke {P1.lang}. Please review.", "complaint @P1=interp"),
    ("escalating: [[NAME|P1.full!l]] waited 2 hrs for {P1.pos} dental emergency appt on [[DATE|vdate]], left without being seen", "complaint escalation dental"),
    ("VIP heads-up: [[NAME|P1.full]] (city councilor) is coming in for {P1.pos} physical [[DATE|vdate]]. Break-the-glass on the chart pls", "vip"),
    ("the pastor from the Haitian church, [[NAME|P1.full]], is a pt here — he's having surgery [[DATE|vdate]], pls be discreet", "vip @P1=haitian,M"),
    ("Heads up: [[NAME|P1.full]] is on the no-trespass list after last week. If {P1.sub} shows up, call security at x{ext4}", "security"),
    # --- ages over 89
    ("[[NAME|P1.full]], [[AGE|age90]] y/o, fell at home [[DATE|vdate]] — daughter [[NAME|P2.first]] wants a home visit", "age @P2=F @kin=P2"),
    ("Our oldest pt today! {P1.hon} [[NAME|P1.last]] turns [[AGE|age90]] on [[DATE|vdate]] 🎂 the dental team wants to sing", "age dental"),
    ("pt is [[AGE|age_word]] years old and lives alone in [[ADDRESS|town]], needs transport to the eye appt", "age transport"),
    ("age: [[AGE|age90]]\nsex: {P1.sex}\nlives: [[ADDRESS|addr_full]]\ncontact: niece [[NAME|P2.full]] [[PHONE|phone]]", "age structured @P2=F @kin=P2"),
    ("{uid} can you see [[NAME|P1.last]]? walk-in, ear pain, {P1.sub} is [[AGE|age90]]", "age"),
    ("We've got a pt ([[NAME|P1.full]], [[AGE|age90]]) whose niece [[NAME|P2.full]] wants copies of everything — she's not on the HIPAA release", "age records @P2=F @kin=P2"),
    ("pt [[NAME|P1.last]] says {P1.sub}'s [[AGE|age90]] but the DOB in the chart is [[DATE|dob_old]] — which one is wrong?", "age records"),
    ("grandma [[NAME|P1.first]] is [[AGE|age90]] and still walks here from [[ADDRESS|street]], can a CHW set up a ride for the winter?", "age transport @P1=F"),
    # --- employee health / staff who are patients
    ("Employee health: [[NAME|P1.full]] (MA, peds) had a needlestick [[DATE|vdate]] ~2:15pm, source pt MRN [[MRN|mrn]]. Pls don't discuss in #general.", "employee-health"),
    ("hey fyi [[NAME|P1.first]] from billing is being seen in BH today under {P1.pos} own chart — make sure only {D1.first} has access", "employee-health bh"),
    ("{S2.first} told me [[NAME|P1.full]] (our dental asst) tested positive for flu [[DATE|vdate]]; out until cleared", "employee-health"),
    ("[[NAME|P1.full]] from the front desk is our patient too — pls don't open {P1.pos} chart out of curiosity, the audit catches it", "employee-health hipaa"),
    ("workers comp: [[NAME|P1.full]] slipped in the supply room [[DATE|vdate]], seen at {hospital} ED. Claim form needs {P1.pos} home address: [[ADDRESS|addr_full]]", "employee-health"),
    ("our CHW [[NAME|P1.first]] is out on medical leave til [[DATE|vdate]] (surgery), pls reassign {P1.pos} caseload", "employee-health"),
    # --- relatives, guardians, visitors
    ("Guardian for [[NAME|P1.full]] is {P1.pos} aunt [[NAME|P2.full]], not the mom. Update the consent before the [[DATE|vdate]] visit", "guardian @P2=F @kin=P2"),
    ("POA on file for [[NAME|P1.last]] = son [[NAME|P2.first]], cell [[PHONE|phone]]", "guardian @P2=M @kin=P2"),
    ("patient [[NAME|P1.last]] reported that {P1.pos} {P2.rel} [[NAME|P2.full]] picked up the meds without {P1.obj} knowing", "pharmacy @kin=P2"),
    ("pt's husband [[NAME|P2.first]] says [[NAME|P1.first]] can't come [[DATE|vdate]], she's inpatient at {hospital}", "@P1=F @P2=M @kin=P2"),
    ("incident report: visitor [[NAME|P2.full]] (pt [[NAME|P1.last]]'s husband) slipped in the lobby [[DATE|vdate]] around 3pm", "incident @P1=F @P2=M @kin=P2"),
    ("[[NAME|P1.full]]'s wife called, she'll bring his med list to the [[DATE|vdate]] appt", "@P1=M"),
    ("foster mom [[NAME|P2.full]] is bringing [[NAME|P1.first]] for the DCF 72-hr exam at 1 — consent from the caseworker is in the chart", "guardian peds @P2=F"),
    ("Rx pickup: [[NAME|P1.inv]] — {P1.pos} {P2.rel} [[NAME|P2.full]] is picking up, showed DL [[LICENSE_NUMBER|dl]]", "pharmacy @kin=P2"),
    # --- surnames, lower case, lists, names next to numbers, initials, nicknames
    ("pls call [[NAME|P1.full!l]] back re lab results, # is [[PHONE|phone]]", "callback"),
    ("hey can u pull the chart for [[NAME|P1.last]] dob [[DATE|dob]] she was here [[DATE|vdate]] for a ppd", "lowercase @P1=F"),
    ("today's walk-ins so far: [[NAME|P1.last]], [[NAME|P2.last]], [[NAME|P3.last]] and the [[NAME|P4.last]] twins", "list"),
    ("Flu shot list for the 2pm block:\n- [[NAME|P1.full]]\n- [[NAME|P2.full]]\n- [[NAME|P3.full]] (egg allergy)\n- [[NAME|P4.full]]", "list vaccine"),
    ("no-shows this AM: [[NAME|P1.fl]], [[NAME|P2.fl]], [[NAME|P3.full]]", "list"),
    ("rm 6 = [[NAME|P1.last]], rm 7 = [[NAME|P2.last]], rm 8 open", "list"),
    ("[[NAME|P1.last]] [[MRN|mrn]] needs a PCP change to Dr. {D1.last}", "records"),
    ("[[NAME|P1.inv]] ✔ checked in", "registration"),
    ("dob? [[DATE|dob]]. ok found [[NAME|P1.first]], thx", "registration"),
    ("pt [[NAME|P1.initials]] (rm 3) wants to leave before the provider sees {P1.obj}, where's {D1.first}?", "initials"),
    ("Rx for [[NAME|P1.fullmi]] went to the wrong pharmacy again — {P1.sub} uses the 340B one downstairs", "pharmacy"),
    ("[[NAME|P1.full]] (goes by [[NAME|P1.nick]]) is asking for a callback about {P1.pos} dental estimate", "dental @P1=nick"),
    ("food pantry bags for the [[NAME|P1.last]]s and the [[NAME|P2.last]]s are ready, pickup Thursday", "list"),
    ("can someone call [[NAME|P1.full]]? {P1.sub} will need a ride to the 8am", "transport @P1=wordname"),
    ("pt [[NAME|P1.first]] (last name [[NAME|P1.last]]) is asking if {P1.pos} WIC benefits were reloaded", "wic @P1=wordname,F"),
    ("Sign-in sheet left out in the lobby with [[NAME|P1.full]], [[NAME|P2.full]] and [[NAME|P3.full]] on it — {S1.first} pls shred", "hipaa list"),
    ("ER f/u list:\n1. [[NAME|P1.inv]] — [[DATE|vdate]] — chest pain\n2. [[NAME|P2.inv]] — [[DATE|vdate]] — asthma\n3. [[NAME|P3.inv]] — [[DATE|vdate]] — fall", "list transitions"),
    ("looking for [[NAME|P1.nickfull!l]] in eCW, nothing... nvm, the chart is under [[NAME|P1.full]]", "registration @P1=nick"),
    ("is [[NAME|P1.first!l]] the one w/ the twins or is that [[NAME|P2.first!l]]? both moms are in the lobby", "lowercase @P1=F @P2=F"),
    # --- pharmacy and devices
    ("340B pharmacy: refill for [[NAME|P1.full]], DOB [[DATE|dob]], insulin. Pt cell [[PHONE|phone]]. Also needs new CGM sensors, transmitter SN [[DEVICE_ID|cgm_sn]]", "pharmacy device"),
    ("Dexcom rep says transmitter [[DEVICE_ID|cgm_sn]] is registered to [[NAME|P1.last]], not the pt we thought", "device"),
    ("hearing aid repair: [[NAME|P1.full]], left aid S/N [[DEVICE_ID|hear_sn]], dropped off [[DATE|vdate]]", "device"),
    ("pump alarm — [[NAME|P1.full]]'s Omnipod PDM serial [[DEVICE_ID|pump_sn]], {P1.sub} said it's been beeping since [[DATE|vdate]]", "device"),
    ("UDI for the [[NAME|P1.last]] family's loaner nebulizer: [[DEVICE_ID|udi]]", "device"),
    ("pacemaker check: [[NAME|P1.full]], device serial [[DEVICE_ID|pm_sn]], last interrogation [[DATE|vdate]] at {hospital}", "device"),
    ("prior auth for [[NAME|P1.full]]'s Libre 3 — MassHealth ID [[HEALTH_PLAN_ID|medicaid]], DOB [[DATE|dob]]. {S1.first} has the form", "pharmacy"),
    # --- vehicles and transport
    ("Security: a car with plate [[VEHICLE_ID|plate]] has been in the lot since Friday, belongs to pt [[NAME|P1.full]] per {P1.pos} sister", "security"),
    ("tow notice for VIN [[VEHICLE_ID|vin]] — the [[NAME|P1.last]] family says it's theirs, the dad was in BH group all afternoon", "security"),
    ("MART ride for [[NAME|P1.full]] from [[ADDRESS|addr_full]] to the {site} site at 8:30, van plate [[VEHICLE_ID|plate]]", "transport"),
    ("PT-1 form for [[NAME|P1.full]]: pickup at [[ADDRESS|addr_full]], appt [[DATE|vdate]] 10:15, wheelchair", "transport"),
    ("the guy who hit the fence was [[NAME|P1.full]] (pt, here for dental), plate [[VEHICLE_ID|plate]], insurance info is in the incident folder", "incident @P1=M"),
    ("transport no-show: MART says [[NAME|P1.full]] wasn't at [[ADDRESS|addr_full]] at 7:45", "transport"),
    # --- billing, accounts, cards
    ("refund check for [[NAME|P1.full]], guarantor acct [[ACCOUNT_NUMBER|acct]], $40.00 — mail to [[ADDRESS|addr_full]]", "billing"),
    ("can we ACH the refund instead? pt gave {P1.pos} bank acct [[ACCOUNT_NUMBER|bank]]", "billing"),
    ("pt paid by card over the phone and the note has the whole number: [[CREDIT_CARD|cc]]. pls scrub it from the encounter", "billing hipaa"),
    ("Use the ops Amex for the WIC class snacks: [[CREDIT_CARD|amex]] exp 09/27, billing zip is the clinic's", "money"),
    ("[[NAME|P1.full]] wants to pay {P1.pos} balance w/ the card ending {last4} — last 4 only in the note pls", "billing"),
    ("payment plan for [[NAME|P1.last]]: $25/mo on acct [[ACCOUNT_NUMBER|acct]] starting next month", "billing"),
    ("statement kicked back for guarantor [[NAME|P1.inv]] acct [[ACCOUNT_NUMBER|har]] — address on file is [[ADDRESS|addr_full]], pt says that's old", "billing"),
    ("vendor charged the clinic card [[CREDIT_CARD|cc]] twice for interpreter invoice {invoice}, disputing w/ the bank", "money"),
    ("HAR [[ACCOUNT_NUMBER|har]] has the wrong payer — pt is [[NAME|P1.full]], should be MassHealth [[HEALTH_PLAN_ID|medicaid]]", "billing"),
    # --- IT (IP addresses are always labelled)
    ("Citrix keeps dropping on the front desk PC at [[IP_ADDRESS|ip]], ticket {ticket}", "it ticket"),
    ("dental printer moved to [[IP_ADDRESS|ip]] — update your print queue", "it"),
    ("{S1.first}'s workstation is pulling [[IP_ADDRESS|ipv6]] instead of the static v4, eCW won't launch", "it"),
    ("firewall blocked [[IP_ADDRESS|ip]] and [[IP_ADDRESS|ip]] trying to hit the eCW server overnight", "it"),
    ("the kiosk in the lobby is [[IP_ADDRESS|ip]] if anyone needs to RDP in", "it"),
    ("VPN logs show a login for {S1.first} from [[IP_ADDRESS|ip]] at 3am?? not us", "it security"),
    ("sms reminders failing for +1 numbers, e.g. [[PHONE|phone_intl]] (pt [[NAME|P1.last]]) — vendor ticket {ticket}", "it ticket"),
    # --- credentialing and licences
    ("Credentialing packet for {D1.first} {D1.last}, NP: MA RN lic [[LICENSE_NUMBER|rn_lic]], DEA [[LICENSE_NUMBER|dea]], NPI {npi}", "credentialing npi"),
    ("DEA for Dr. {D1.last} expires next month — number is [[LICENSE_NUMBER|dea]]", "credentialing"),
    ("new LICSW starting Monday, lic # [[LICENSE_NUMBER|lic_bh]], need {S1.obj} in eCW by Fri", "credentialing"),
    ("CAQH for Dr. {D1.last}: MA license [[LICENSE_NUMBER|md_lic]], DEA [[LICENSE_NUMBER|dea]], NPI {npi}, board cert ABFM", "credentialing npi"),
    ("dental hygienist license # [[LICENSE_NUMBER|rdh_lic]] for {S1.full} — verified on the state site", "credentialing"),
    ("pt left {P1.pos} license at check-in — [[NAME|P1.full]], DL [[LICENSE_NUMBER|dl]]. It's in the safe.", "lost-property"),
    ("ID verified for [[NAME|P1.full]] via MA DL [[LICENSE_NUMBER|dl]], address on it is [[ADDRESS|addr_full]]", "registration"),
    # --- URLs and e-mail
    ("Telehealth link for [[NAME|P1.last]] at 2:30: <[[URL|url_visit]]|join visit>", "telehealth"),
    ("the family set up a page for {P1.obj}: [[URL|url_person]] — pls don't share it on the staff channel", "url"),
    ("portal msg from [[NAME|P1.full]]: [[URL|url_portal]] — can a nurse read it?", "portal"),
    ("the visit link went to the wrong family!! [[URL|url_visit]] was for [[NAME|P1.full]], pls resend", "telehealth hipaa"),
    ("pt wants results by email: [[EMAIL|P1.email]] — we can't send unencrypted, can someone call {P1.obj}?", "email"),
    ("email on file for [[NAME|P1.full]] bounced: <mailto:[[EMAIL|P1.email]]|[[EMAIL|P1.email]]>", "email"),
    ("{P1.pos} email is [[EMAIL|P1.email_obf]] — {P1.sub} wrote it like that on the form lol", "email"),
    ("portal locked for [[NAME|P1.full]], username is [[EMAIL|P1.email]]", "portal"),
    # --- business contacts (phones and e-mails are labelled whoever they belong to)
    ("LanguageLine acct rep is {V1.full}, [[EMAIL|V1.bizemail]], [[PHONE|phone]]", "business-contact vendor"),
    ("new fax # for {hospital} radiology scheduling: [[PHONE|phone]]", "business-contact"),
    ("send the 1099s to [[EMAIL|S1.bizemail]] not me", "business-contact"),
    ("Dr. {D1.last}'s cell for on-call this weekend: [[PHONE|phone]] (do NOT give to pts)", "business-contact"),
    ("Verizon support: [[PHONE|phone_tollfree]] opt 3, the account is under {E1.first}", "business-contact"),
    ("{V1.full} ({V1.company}) — <mailto:[[EMAIL|V1.bizemail]]|[[EMAIL|V1.bizemail]]> — wants to demo the new check-in kiosk", "business-contact vendor"),
    ("our MassHealth provider rep changed, new one is {V1.first}: [[PHONE|phone_ext]]", "business-contact"),
    # --- addresses
    ("new address for [[NAME|P1.full]]: [[ADDRESS|addr_full]]. {P1.Sub} moved out of the shelter", "address"),
    ("[[NAME|P1.first]] lives at [[ADDRESS|street]] off Rte 1 in [[ADDRESS|town]] — the CHW can do a home visit", "address"),
    ("mail returned — [[ADDRESS|pobox]] is no longer good for [[NAME|P1.last]]", "address"),
    ("zip [[ADDRESS|zip]] isn't in our service area but [[NAME|P1.last]] says {P1.sub} just moved", "address"),
    ("ADDRESS CHANGE\nOld: [[ADDRESS|addr_full]]\nNew: [[ADDRESS|addr_full]]\nPt: [[NAME|P1.inv]]", "address structured"),
    ("housing letter for [[NAME|P1.full]] — landlord needs it by Friday. Address: [[ADDRESS|addr_full]]", "address"),
    ("CHW visit list:\n1) [[NAME|P1.last]] — [[ADDRESS|addr_short]]\n2) [[NAME|P2.last]] — [[ADDRESS|addr_short]]", "address list"),
    ("the [[NAME|P1.last]] family got evicted, staying with cousins in [[ADDRESS|town]] for now, no phone", "address"),
    # --- clinical follow-ups in many voices
    ("lab called w/ a critical K for [[NAME|P1.full]] [[DATE|dob]] — provider notified, {S1.first} documented", "lab"),
    ("flu clinic: [[NAME|P1.full]] got {P1.pos} shot [[DATE|vdate]], lot {lot}, left deltoid", "vaccine"),
    ("Hep B series for [[NAME|P1.last]]: dose 1 [[DATE|vseq]], dose 2 [[DATE|vseq]], dose 3 due [[DATE|vseq]]", "vaccine"),
    ("refugee health screening for the [[NAME|P1.last]] family (5 people) is [[DATE|vdate]], caseworker is {V1.first} from IINE", "refugee"),
    ("TB clinic: [[NAME|P1.full]]'s PPD read [[DATE|vdate]] — 12 mm, needs CXR", "lab"),
    ("Dear colleagues, the patient [[NAME|P1.full]] passed away on [[DATE|vdate]]. Please flag the chart and cancel future appointments. The family ([[NAME|P2.full]], [[PHONE|phone]]) has asked for a call from Dr. {D1.last}.", "formal @kin=P2"),
    ("Good morning team, please note that [[NAME|P1.full]] (MRN [[MRN|mrn]]) has asked that all communication be in {P1.lang} and by mail only. Thank you.", "formal @P1=interp"),
    ("omg [[NAME|P1.first]] brought us pastelitos again 😭 she's the best. anyway her f/u is [[DATE|vdate]], can someone confirm it's w/ {D1.first}?", "chatty @P1=hispanic,F"),
    ("lol so [[NAME|P1.full]] came in for WIC but it was the wrong day (it's [[DATE|vdate]]), rescheduled", "chatty wic"),
    ("FYI [[NAME|P1.full]] was admitted to {hospital} [[DATE|vseq]] and d/c'd [[DATE|vseq]], needs a TCM visit within 7 days", "transitions"),
    ("PHQ-9 of 22 for [[NAME|P1.full]] today, warm handoff to BH done, {D1.first} following", "bh"),
    ("BH intake: [[NAME|P1.full]], referred by school counselor, DOB [[DATE|dobkid]], mom [[NAME|P2.full]] [[PHONE|phone]]. {P1.lang} speaking household.", "bh @P1=interp @P2=F @fam=P2"),
    ("crisis callback needed — [[NAME|P1.first]] ([[PHONE|phone]]) said {P1.sub} doesn't feel safe at home. {D1.first} is aware", "bh escalation"),
    ("Dx'd w/ diabetes [[DATE|vdate]], [[NAME|P1.full]] wants a Nepali-speaking educator", "@P1=nepali"),
    ("dental: [[NAME|P1.full]] broke {P1.pos} partial, can we squeeze {P1.obj} in [[DATE|vdate]]? ph [[PHONE|phone]]", "dental"),
    ("hygiene recall list has [[NAME|P1.full]] twice, DOBs [[DATE|dob]] and [[DATE|dob]] — same person?", "dental records"),
    ("dental emergency walk-in: [[NAME|P1.last]], swollen jaw, Medicaid [[HEALTH_PLAN_ID|medicaid]], no chart yet", "dental"),
    ("I-693 exam for [[NAME|P1.full]] on [[DATE|vdate]] — {P1.sub} still needs {P1.pos} vaccine records from home", "immigration"),
    ("lost & found: blue backpack with [[NAME|P1.full]]'s inhaler and school ID, the kid was here [[DATE|vdate]]", "lost-property"),
    ("quick q - [[NAME|P1.last]] had {P1.pos} colonoscopy at {hospital} [[DATE|vdate]], did the report ever come over?", "records"),
    ("Mammo van list for [[DATE|vdate]]: [[NAME|P1.full]], [[NAME|P2.full]], [[NAME|P3.full]] — all need Arabic or Somali", "list @P1=somali,F @P2=arabic,F @P3=somali,F"),
    ("COVID+ result for [[NAME|P1.full]] (tested [[DATE|vdate]]) — {P1.sub} lives w/ {P1.pos} grandmother, who's [[AGE|age90]]", "lab age"),
    ("the asthma home visit for [[NAME|P1.first]] is at [[ADDRESS|addr_full]] — mold in the bedroom per mom, landlord won't fix", "peds address"),
    ("Hi all — [[NAME|P1.full]] has been approved for the diabetes group (Nepali session), first class [[DATE|vdate]]. {P1.Sub} needs a reminder call at [[PHONE|phone]].", "formal @P1=nepali"),
    ("Tuesday's ortho consult is [[NAME|P1.last]] — no wait, [[NAME|P2.last]], {S1.first} swapped them on the schedule", "dental"),
    ("denture fitting: [[NAME|P1.full]], [[DATE|vdate]] 11am, bring old partial. Tel [[PHONE|phone]]", "dental"),
    ("our CHW saw [[NAME|P1.full!l]] at the mosque, {P1.sub} said {P1.sub} lost {P1.pos} insulin pen and can't afford another", "lowercase pharmacy @P1=somali"),
    ("**Transfer of care**\nPatient: [[NAME|P1.full]]\nDOB: [[DATE|dob]]\nMRN: [[MRN|mrn]]\nPlan ID: [[HEALTH_PLAN_ID|memberid]]\nAddress: [[ADDRESS|addr_full]]", "structured transitions"),
]

# ---------------------------------------------------------------- clean frames (no PHI)
# Hard negatives carry one of the hard-negative tags (see HARD_TAGS).
CLEAN_FRAMES = [
    # --- everyday office chatter
    ("printer by the dental front desk is jammed again 🙃", "office"),
    ("who took the good stapler", "office lowercase"),
    ("reminder: badge in at the side door after 6pm, the main door alarm is on", "office"),
    ("does anyone have the login for the fax machine? not patient stuff, just trying to send our W-9", "office"),
    ("lunch is here! break room, 2nd floor 🌮", "office"),
    ("the {lang2} interpreter line is down, use the backup vendor till further notice", "interpreter"),
    ("pls restock gloves (M) in exam 3 and 4", "office"),
    ("Fire drill at 10:15 this morning, don't panic when the strobes go off", "office"),
    ("can someone cover the phones 12–1? I have a training", "office"),
    ("new sliding fee income table is posted in the shared drive under Finance > SFS", "sliding-fee"),
    ("how do i reset my eCW password, it says locked", "it lowercase"),
    ("anybody know how to get the Vietnamese consent form to print double-sided?", "office"),
    ("thank you all for the amazing work during the back-to-school rush 💛", "office"),
    ("Heads up: WIC office closes early Friday for staff training", "wic"),
    ("we're out of the Arabic intake packets, who orders those?", "office"),
    ("Is the Nepali interpreter in today or remote?", "interpreter"),
    ("the water cooler on 2 is leaking again", "office"),
    ("parking lot gets repaved this weekend, use the church lot Monday", "office"),
    ("reminder to finish your annual HIPAA training in HealthStream", "hipaa"),
    ("Did the Somali flyers for the vaccine clinic get translated yet?", "office"),
    ("the toddler toys in peds waiting need to be wiped down, it's flu season", "office"),
    ("new policy: no patient info in Slack, use secure chat in eCW for anything with a name", "hipaa"),
    ("who's on the BH crisis line tonight?", "bh"),
    ("ordered more Haitian Creole after-visit summaries from the print shop", "office"),
    ("anyone want to split a pizza order? Antonio's, ordering at 11:30", "office"),
    ("Happy Eid to everyone celebrating! 🌙", "office"),
    ("Happy Tết! the front desk brought bánh chưng for everyone 🧧", "office"),
    ("the elevator is out again, please help families with strollers at the ramp", "office"),
    ("who knows how to change the hold music? it's been the same song since 2019", "office"),
    ("Can dental borrow two chairs from the community room this afternoon?", "dental"),
    ("guest wifi password changed, it's on the whiteboard by the copier", "it"),
    ("pls stop microwaving fish in the break room 😂", "office"),
    ("is the pharmacy open through lunch today?", "pharmacy"),
    ("the Karen interpreter said the new consent wording is confusing, can we simplify it?", "interpreter"),
    ("could someone bring diapers from the WIC closet to peds", "wic lowercase"),
    ("Teams is lagging for anyone else?", "it"),
    ("the sharps container in exam 5 is full", "office lowercase"),
    ("good morning! huddle in 5 ☕", "office"),
    ("Who's doing the Nepali radio spot this month?", "outreach"),
    ("any volunteers for the backpack giveaway Saturday?", "outreach"),
    ("tiny win: nobody waited more than 20 min this morning 🙌", "office"),
    ("ceiling tile in BH waiting is stained, facilities knows", "office"),
    ("do we still have the Arabic prenatal booklets or are they all gone", "ob"),
    ("fridge clean-out at 4, anything unlabeled goes", "office"),
    ("reminder that in-person interpreters need 48h notice", "interpreter"),
    ("the front door buzzer is broken, prop it open during hours pls", "office"),
    ("how long is the wait for a new dental pt these days? people keep asking", "dental"),
    ("updated phone script for MassHealth redetermination is in the shared drive", "eligibility"),
    ("peds is out of the small BP cuffs", "office lowercase"),
    ("is the food pantry still on Wednesdays?", "outreach"),
    ("please log interpreter minutes by end of day, the grant report pulls from it", "interpreter"),
    ("can we put a Somali speaker at the front desk on Fridays? that's when we get the most walk-ins after prayers", "interpreter"),
    ("outreach van needs gas, the card is in the glovebox", "office"),
    ("WIC breastfeeding class was full, might add a second one", "wic"),
    ("working from home today, ping me here if you need anything", "office"),
    ("label printer is printing blank labels again", "it lowercase"),
    ("has anyone figured out the transfer button on the new phones", "it"),
    ("restocking the lobby brochures in all 7 languages today", "outreach"),
    ("lunch & learn on trauma-informed care was great — slides are in the shared drive", "training"),
    ("can someone show me how to add an interpreter to a Teams visit?", "interpreter"),
    ("kids' corner needs more crayons and the Spanish picture books came back torn", "office"),
    ("scrub day Friday, wear your team colors 🩺", "office"),
    ("the coffee machine ate my dollar", "office lowercase"),
    ("we got a thank-you card in Burmese, it's on the bulletin board ❤️", "office"),
    ("ok who moved the dental autoclave log binder", "dental"),
    # --- hard negatives: staff, executives, vendors, name-like words
    ("{E1.full} ({E1.role}) will join the all-staff on {mdate} at {mtime} in the community room", "exec-name calendar"),
    ("Hope you all had a restful weekend! Faith and I are covering the front desk today", "name-like-word staff"),
    ("will do — I'll mark it done once Grant approves PO {po}", "name-like-word po"),
    ("the HRSA grant report is due {mdate}; Bill says the budget tables are in the shared folder", "name-like-word calendar"),
    ("can someone page Dr. {D1.last}? rm {room} is ready", "staff"),
    ("Rose is out today, Chase is covering dental check-in", "name-like-word staff"),
    ("Mark your calendars: UDS numbers are due to {E1.first} by {mdate}", "name-like-word calendar exec-name"),
    ("we served {bign} patients last year, {n} of them over 90 — HRSA wants the age breakdown", "age-aggregate"),
    ("Our new site opens {mdate}: {siteaddr}. Phone tree option 2 for that location", "facility-address calendar"),
    ("Board meeting moved to {mdate}, {mtime}, Zoom ID {zoom}", "calendar exec-name"),
    ("eCW upgrade to {ver} tonight at 10pm, expect ~2h of downtime", "version"),
    ("ticket {ticket} for the dental x-ray sensor is still open, 3 weeks now", "ticket"),
    ("invoice {invoice} from {vendor} for {money} — can finance approve?", "money vendor"),
    ("reminder: school physicals bill {cpt}, dx {icd}", "cpt icd"),
    ("our group NPI is {npi} if the MCO asks", "npi"),
    ("10-digit MRNs go live {mdate}; the old 7-digit ones will still search", "mrn-topic calendar"),
    ("don't ask for SSN at check-in, it's not required for the sliding fee", "ssn-topic"),
    ("{V1.full} from {V1.company} will be onsite {weekday} to fix the phones", "vendor"),
    ("call {S1.first} at x{ext4} if the interpreter doesn't show", "ext staff"),
    ("ZIP codes 01901–01905 are all in our service area per the HRSA map", "zip-like"),
    ("rooms {room} and {room2} are blocked for dental sealant day on {mdate}", "calendar dental"),
    ("the {site} site at {siteaddr} needs a new sign out front, facilities ticket {ticket}", "facility-address ticket"),
    ("grace period for the {fy} sliding-fee recerts ends {mdate}", "name-like-word calendar"),
    ("Will from IT says the VPN client needs to be {ver} or newer", "name-like-word version"),
    ("build {build} fixed the label printer bug, pls restart your PCs", "version"),
    ("{n} pts over 90 on the panel need fall-risk screening — can the CHWs split the list?", "age-aggregate"),
    ("90-day refills are now the default for maintenance meds per P&T", "age-aggregate"),
    ("Policy {policyno} (Interpreter Services) effective {mdate}", "policy calendar"),
    ("{fy} dental revenue was {money}, up {pct}% from last quarter", "money"),
    ("huge thanks to {V1.full} at {V1.company} for donating 200 backpacks for the school physical event!", "vendor"),
    ("the mayor will tour the {site} site {mdate} at {mtime} with {E1.full}", "exec-name calendar"),
    ("Dr. {D1.last} and Dr. {D2.last} are swapping Tuesday clinics starting {mdate}", "staff calendar"),
    ("*Staffing update*\n• {S1.full} → front desk lead\n• {S2.full} → WIC\n• {S3.full} starts {mdate} as a dental assistant", "staff"),
    ("PO {po} for the Somali and Nepali signage was approved, {money}", "po money"),
    ("Chase the {vendor} rep about invoice {invoice}, it's 60 days past due", "name-like-word vendor"),
    ("Page me if the generator test at {mtime} trips the alarm", "name-like-word"),
    ("joy of joys, the HVAC is fixed 🎉", "name-like-word lowercase"),
    ("do we bill T1013 for interpreter time with MassHealth? {S1.first} says yes since {mdate}", "cpt"),
    ("grant writer {S1.full} needs patient counts by language by {mdate}: Spanish, Somali, Nepali, Burmese", "name-like-word calendar"),
    ("the {mtime} huddle is moved to rm {room}", "calendar"),
    ("ext. {ext4} is the new WIC line, ext. {ext4b} is BH intake", "ext"),
    ("fax cover template now says 'confidential' in 6 languages — {docver} on the shared drive", "version"),
    ("RSVP to {E1.first} by {mdate} for the staff appreciation lunch", "exec-name calendar"),
    ("{E1.full} approved {n} new CHW positions for {fy}", "exec-name"),
    ("deadline for the 340B recertification is {mdate}", "calendar"),
    ("does the school-based clinic at {siteaddr} have a vaccine fridge or do we bring the cooler?", "facility-address"),
    ("UDS table 3A: {n} patients aged 90+, {n2} aged 85-89 — numbers look low?", "age-aggregate"),
    ("order {order} shipped — 40 cases of gloves from {supplier}", "po vendor"),
    ("license renewal reminder: anyone with a MA license expiring in {month}, upload proof to the HR portal", "credentialing"),
    ("cost center {costctr} for the Haitian Creole health fair please", "money"),
    ("ninety-day notice on the lease at {siteaddr} goes out {mdate}", "facility-address calendar"),
    ("faith-based partners meeting {mdate} at {venue} — {S1.first} is presenting", "name-like-word calendar"),
    ("{pts} pts today, {noshow} no-shows, {walkin} walk-ins. avg wait {wait} min", "stats"),
    ("the flu clinic mailer to ZIP 01902 and 01905 went out {mdate}", "zip-like"),
    ("asset tag {asset} on the dental chair needs a work order", "asset"),
    ("Dexcom G7 readers are back in stock, PO {po}", "po"),
    ("{S1.first}'s last day is {mdate} 😢 cake at 3", "staff calendar"),
    ("congrats to {S1.full} on passing the CHW certification! 🎓", "staff"),
    ("transfer agreement with Rose Garden Rehab renewed through {fy}", "name-like-word"),
    ("Dr. {D1.last}'s DEA renewal is done, thanks {S1.first}", "credentialing"),
    ("use {cpt} for vision screening and {cpt2} for hearing", "cpt"),
    ("version {docver} of the intake form is live, old ones in recycling pls", "version"),
    ("room 214 thermostat says 58°, can facilities look", "office"),
    ("the Burmese-speaking CHW posting closes {mdate}, {n} applicants so far", "calendar"),
    ("Hope Street entrance closed for construction until {mdate}", "name-like-word facility-address"),
    ("pay period ends {mdate}, timesheets to {S1.first} by noon", "calendar"),
    ("we hit {pct}% on the childhood immunization measure!! Grant, Page and Will get the prize", "name-like-word"),
    ("{vendor} quote: {money}/yr for {n} licenses, contract {contract}", "money vendor"),
    ("who's our contact at {hospital} for the transfer agreement? I have {V1.full} but they left", "vendor"),
    ("holiday schedule: closed {mdate} and {mdate2}, half day the Friday after", "calendar"),
    ("@here the WIC scale in room {room} reads 0.3 lb heavy, biomed ticket {ticket}", "ticket wic"),
    ("security guard {S1.first} will walk staff to their cars after 7 this week", "staff"),
    ("the ADA ramp at {siteaddr} is iced over, salt is in the closet", "facility-address"),
    ("new hire orientation: {mdate}, 9–1, community room B", "calendar"),
    ("the 'patients 90+' report is under Reports > Population > Age", "age-aggregate"),
    ("{E1.first} wants the language access plan {docver} by {mdate}", "exec-name version"),
    ("the Nepali health fair at {venue} on {mdate} needs 4 volunteers", "calendar outreach"),
    ("Fwd: from {V1.full} ({V1.company})\n> Your order {order} will arrive {mdate}. Invoice {invoice} attached.\nwho's receiving?", "vendor forwarded"),
    ("| Site | Lead | Ext |\n|---|---|---|\n| {site} | {S1.first} | x{ext4} |\n| {site2} | {S2.first} | x{ext4b} |", "table ext"),
    ("dental sealant program: {n} schools, {bign} kids screened, grant ends {mdate}", "calendar"),
    ("group number for {mco} is {groupno} — that's the employer group, not a member ID", "group-number"),
    ("{icd} vs {icd2} for the school physical — which one does MassHealth want?", "icd"),
    ("{S1.first} — your Teams status says OOO until {mdate}, is that right?", "calendar"),
    ("interpreter invoice from {vendor}: {n} hrs Somali, {n2} hrs Nepali, total ${n3}40", "money vendor"),
    ("can we move the dental staff meeting from {mdate} to {mdate2}?", "calendar"),
    ("bot, move my 3pm with {S1.first} to Thursday", "bot calendar"),
    ("@AssistBot schedule 30 min with {E1.full} and {S1.full} next week about the UDS submission", "bot exec-name calendar"),
    ("/remind #front-desk to restock the Arabic forms every Monday at 8am", "bot"),
    ("bot, what's on my calendar {mdate}?", "bot calendar"),
    ("@AssistBot book the community room {mdate} {mtime}–{mtime2} for the WIC class", "bot calendar"),
    ("move my 2:30 with Dr. {D1.last} to next week pls", "bot calendar staff"),
    ("can someone call back {V1.full} from {V1.company}? they said ext {ext4}", "vendor ext"),
    ("Faith, can you cover Will's shift Saturday? he's at the MLCHC conference", "name-like-word staff"),
    ("our HRSA grant # H80CS{n}118 goes on the cover page, not the NPI", "grant npi"),
    ("last 4 of the corporate card is {last4}, use it for the Zoom renewal", "money"),
    ("phone tree: press 2 for Spanish, 3 for Haitian Creole, 4 for Vietnamese, 5 for Somali", "phone-tree"),
    ("the 93 bus stops right in front of the {site} site, add it to the directions sheet", "age-like-number"),
    ("{n} kids still need school physicals before Sept — extra Saturday clinics {mdate} and {mdate2}?", "calendar school"),
    ("CEO {E1.full} presents the annual report to the board {mdate}", "exec-name calendar"),
    ("visitor badges: {V1.full} ({V1.company}) and {V2.full} ({V2.company}) arriving {mtime} for the site visit", "vendor"),
    ("HRSA site visit {mdate}–{mdate2}; reviewers are {V1.full} and {V2.full}", "calendar"),
    ("has anyone seen the iPad with asset tag {asset}? last seen in WIC", "asset"),
    ("vaccine fridge #2 read 9.1°C at {mtime}, moved stock to fridge #1, logged it", "vaccine"),
    ("grant says the backpack drive got {n} donations, will post pics", "name-like-word lowercase"),
    ("fyi chase is our new merchant processor starting {mdate}", "name-like-word lowercase"),
    ("mark said the fax server ip changed, so the scan-to-fax shortcut is broken", "name-like-word lowercase"),
    ("Dr. {D1.last}'s panel is full — route new Spanish-speaking pts to Dr. {D2.last}", "staff"),
    ("pls welcome {S1.full}, our new Haitian Creole interpreter! 🇭🇹", "staff"),
    ("MRN search is slow today — IT ticket {ticket}", "mrn-topic ticket"),
    ("the SSN field in registration is optional now (policy {policyno})", "ssn-topic policy"),
    ("clinic pharmacy DEA registration renews {mdate}, {S1.first} is on it", "credentialing calendar"),
    ("{n} days left to get {fy} budget requests to {E1.first}", "exec-name"),
    ("Rosa Parks Elementary clinic is closed {mdate} for a PD day", "name-like-word calendar"),
    ("Hope Clinic across the street takes our overflow dental emergencies on {weekday}s", "name-like-word"),
    ("grab the mail from our PO box at the Central Sq post office, key is in the safe", "facility-address"),
    ("*Reminder* — `Age > 89` is a Safe Harbor identifier, so the export masks it automatically", "hipaa age-aggregate"),
    ("{money} left in the interpreter budget for {fy}, {E1.first} says prioritize Somali and Burmese", "money exec-name"),
    ("Will Rogers Elementary wants us back for flu shots {mdate} — same setup as last year", "name-like-word calendar"),
    ("the Bill & Mark show (our two IT guys) is fixing the badge readers at {mtime}", "name-like-word"),
    ("chart audit results: {pct}% of charts had a language flag, goal is 95", "stats"),
]
CLEAN_FRAMES += [
    # --- more everyday chatter (easy negatives with small variable parts)
    ("we're low on {supply} in {area}, can someone grab a box from {area2}?", "supply"),
    ("{area} is out of {supply} again 😩", "supply"),
    ("anyone know where the extra {supply} went? {area2} is empty", "supply"),
    ("someone brought {food} to the break room, go go go", "office"),
    ("thank you to whoever left the {food}!! 😍", "office"),
    ("potluck {weekday}: I'm bringing {food}, who's doing drinks?", "office"),
    ("the {lang2} voicemail greeting is cutting off halfway, can we re-record?", "phone-tree"),
    ("do we have anyone who reads {lang2}? a letter came in that's not patient-related, looks like it's from the mosque/church about the health fair", "interpreter"),
    ("{lang2} brochures for the dental program are finally printed 🎉", "outreach"),
    ("the {lang2} version of the sliding fee sign has a typo in the income line", "sliding-fee"),
    ("interpreter schedule for {weekday} is posted, {lang2} is remote only that day", "interpreter"),
    ("the {areaN} AC is broken again, it's like a sauna in there", "office"),
    ("the lights in {area} keep flickering, put in a facilities request", "office"),
    ("quiet day in {area} so far 🤞", "office"),
    ("can {area} lend us a wheelchair for an hour?", "office"),
    ("who has the key to {area2}?", "office"),
    ("{weekday} is casual day, jeans ok", "office"),
    ("reminder: no staff meeting this {weekday}", "office"),
    ("does anyone actually read the {month} newsletter lol", "office lowercase"),
    ("{month} is our busiest month for school forms, plan PTO accordingly 🙏", "school"),
    ("outreach table at the farmers market {weekday} — bring flyers in {lang2} and English", "outreach"),
    ("the van is doing a supply run {weekday}, anything you need from the warehouse?", "office"),
    ("Hi team, a gentle reminder to lock your screens when you step away from {area}.", "hipaa formal"),
    ("the kids' waiting room TV in {area} only plays cartoons in {lang2} now and honestly the kids love it", "office"),
    ("sterilizer in dental is beeping, whoever knows the reset trick pls help", "dental"),
    ("the new chairs in {area} are so much better than the old ones", "office"),
    ("Happy {weekday}! coffee's fresh in {area2}", "office"),
    ("I left my badge in {area} yesterday, anyone see it?", "office"),
    ("who set the thermostat in {area} to 80 😂", "office"),
    ("can we get a second hand sanitizer station near {area}?", "office"),
    ("the {lang2} phone line has a 10 min hold right now, FYI", "phone-tree"),
    ("hot tip: the back hallway by {area} is the fastest way to the lab", "office"),
    ("closing checklist for {area}: lights, fridge temp, lock the cabinet", "office"),
    ("anyone else's Teams status stuck on 'away'?", "it"),
    ("the mirror in the {areaN} bathroom fell off, it's leaning on the wall, careful", "office"),
    ("there's a leak under the sink in {area}, I put a bucket", "office"),
    ("the {areaN} whiteboard markers are all dead, adding to the supply list", "supply"),
    ("we finally got the {lang2} after-visit summary template approved 🙌", "interpreter"),
    ("the dental kids' prize box needs refilling — stickers, bubbles, {food} (kidding)", "dental"),
    ("please don't park in the ambulance spot by {area}, they'll tow", "office"),
    ("someone's phone keeps ringing in {area}, sounds like a {lang2} ringtone lol", "office lowercase"),
    ("the {weekday} walk-in dental hours are popular, might extend them", "dental"),
    ("reminder: the {lang2}-speaking CHWs are doing home visits {weekday}, phones might be short", "outreach"),
    ("{weekday} huddle notes are in the Teams channel files", "office"),
    ("the vending machine by {area2} finally takes cards", "office"),
    ("the fax in {area} is spitting out blank pages again", "office"),
    ("does anyone have a phone charger I can borrow in {area}?", "office"),
    ("thanks for covering {area} this morning, owe you one 🙏", "office"),
    ("the flu vaccine sign-up sheet for staff is on the door of {area}", "vaccine"),
    ("we need a better spot for the stroller parking than right in front of {area}", "office"),
]
HARD_TAGS = {"exec-name", "calendar", "name-like-word", "staff", "po", "age-aggregate", "facility-address",
             "version", "ticket", "money", "cpt", "icd", "npi", "mrn-topic", "ssn-topic", "vendor", "ext",
             "zip-like", "policy", "asset", "group-number", "grant", "age-like-number", "credentialing"}


# ---------------------------------------------------------------- engine
NICK.update({fold(k): v for k, v in list(NICK.items())})
TOKEN = re.compile(r"\[\[([A-Z_]+)\|([^\]]+)\]\]|\{([A-Za-z0-9_.!]+)\}")
PERSON_EXPR = re.compile(r"([PSDVE]\d)\.(\w+)$")
# Strings that look like conservative identifiers: in a PHI message each must overlap a span,
# in a clean message none may occur.
SANITY = [re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
          re.compile(r"(?<!\d)(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)"),
          re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),
          re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"),
          re.compile(r"(?<!\d)(?:\d[ -]?){15,16}(?!\d)")]


def parse_frame(tmpl, tagstr):
    tags, opts = [], {}
    for t in tagstr.split():
        if t.startswith("@"):
            k, v = t[1:].split("=")
            opts.setdefault(k, []).extend(v.split(","))
        else:
            tags.append(t)
    return tmpl, tags, opts


def get_person(key, ctx):
    persons = ctx["persons"]
    if key in persons:
        return persons[key]
    used_first = {p.first for p in persons.values()}
    used_last = {p.last for p in persons.values()}
    filt = ctx["opts"].get(key, [])
    kind = key[0]
    if kind == "E":
        used = {p.last for p in persons.values()}
        first, last, role, g = R.choice([e for e in EXECS if e[1] not in used])
        p = Person(first, last, g, "exec", role=role)
    elif kind == "P" and key in ctx["opts"].get("kin", []):  # relative: same origin, own surname
        p1 = get_person("P1", ctx)
        used_first = {p.first for p in persons.values()}
        used_last = {p.last for p in persons.values()}
        p = make_person(filt, used_first, used_last, group=p1.group)
    elif kind == "P" and key in ctx["opts"].get("fam", []):
        p1 = get_person("P1", ctx)
        used_first = {p.first for p in persons.values()}
        p = make_person(filt, used_first, set(), group=p1.group, last=p1.last)
    else:
        p = make_person(filt, used_first, used_last)
        if kind == "V":
            p.company = R.choice(VENDORS)
    persons[key] = p
    return p


def evaluate(expr, ctx):
    mod = None
    if "!" in expr:
        expr, mod = expr.split("!")
    m = PERSON_EXPR.match(expr)
    if m:
        v = get_person(m.group(1), ctx).get(m.group(2), ctx)
        ctx["gens"].add(m.group(2))
    else:
        v = SIMPLE[expr](ctx)
        ctx["gens"].add(expr)
    if mod == "l" or (ctx["lower"] and not expr.startswith("uid")):
        v = v.lower()
    elif mod == "u":
        v = v.upper()
    return v


def render(frame):
    tmpl, tags, opts = frame
    ctx = {"persons": {}, "opts": opts, "gens": set(), "lower": "lowercase" in tags, "site": R.choice(SITES)}
    parts, spans, pos, last = [], [], 0, 0
    for m in TOKEN.finditer(tmpl):
        lit = tmpl[last:m.start()]
        parts.append(lit)
        pos += len(lit)
        if m.group(1):
            v = evaluate(m.group(2), ctx)
            spans.append((m.group(1), v, pos))
        else:
            v = evaluate(m.group(3), ctx)
        parts.append(v)
        pos += len(v)
        last = m.end()
    parts.append(tmpl[last:])
    return "".join(parts), spans, ctx


def verify(text, spans):
    """Re-check a rendered message the way the checker reads it."""
    b = text.encode("utf-8")
    p = 0
    for typ, v, cpos in spans:
        vb = v.encode("utf-8")
        if not vb:
            return "empty value"
        i = b.find(vb, p)
        if i != len(text[:cpos].encode("utf-8")):
            return "value %r not found where it was written" % v
        p = i + len(vb)
    ranges = [(c, c + len(v)) for _, v, c in spans]
    for _, v, _ in spans:  # every whole-word occurrence of a labelled value must be labelled
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= e for a, e in ranges):
                return "unlabelled repeat of %r" % v
    for rx in SANITY:  # identifier-looking strings must be inside a span
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < e for a, e in ranges):
                return "unlabelled identifier-like %r" % m.group(0)
    return None


def auto_tags(text, spans, ctx, tags):
    out = ["phi" if spans else "clean"] + list(tags)
    for typ, v, _ in spans:
        out.append(TYPE_TAG[typ])
    for g in sorted(ctx["gens"]):
        out.extend(GEN_TAGS.get(g, []))
    if "\n" in text:
        out.append("multiline")
    if re.search(r"<@U|<mailto:|<https?:|\*[^*\s]|`|(^|\n)> |(^|\n)[•-] ", text):
        out.append("slack-markup")
    if "|---" in text:
        out.append("table")
    if any(ord(c) >= 0x1F000 or 0x2600 <= ord(c) <= 0x27BF for c in text):
        out.append("emoji")
    if any(t == "NAME" and v == v.lower() and re.search(r"[a-z]", v) for t, v, _ in spans):
        out.append("lowercase")
    if not spans and any(t in HARD_TAGS for t in tags):
        out.append("hard-negative")
    seen, res = set(), []
    for t in out:
        if t not in seen:
            seen.add(t)
            res.append(t)
    return res


def build_queue(frames, n):
    """Spread n uses evenly over the frames; a frame without placeholders is used at most once."""
    q, rnd = [], 0
    while len(q) < n:
        f = [x for x in frames if rnd == 0 or TOKEN.search(x[0])]
        R.shuffle(f)
        q.extend(f)
        rnd += 1
    q = q[:n]
    R.shuffle(q)
    return q


def main():
    phi_frames = [parse_frame(t, g) for t, g in PHI_FRAMES]
    clean_frames = [parse_frame(t, g) for t, g in CLEAN_FRAMES]
    assert len({f[0] for f in phi_frames + clean_frames}) == len(phi_frames) + len(clean_frames), "duplicate frame"
    for f in clean_frames:
        assert "[[" not in f[0], f[0]
    kinds = ["phi"] * N_PHI + ["clean"] * N_CLEAN
    R.shuffle(kinds)
    hard = [f for f in clean_frames if any(t in HARD_TAGS for t in f[1])]
    easy = [f for f in clean_frames if f not in hard]
    n_hard = N_CLEAN // 2
    cq = build_queue(hard, n_hard) + build_queue(easy, N_CLEAN - n_hard)
    R.shuffle(cq)
    queues = {"phi": build_queue(phi_frames, N_PHI), "clean": cq}
    seen_text, records, redraws = set(), [], 0
    for n, kind in enumerate(kinds, 1):
        frame = queues[kind].pop()
        for attempt in range(400):
            text, spans, ctx = render(frame)
            problem = verify(text, spans)
            if problem is None and text in seen_text:
                problem = "duplicate text"
            if problem is None and (bool(spans) != (kind == "phi")):
                problem = "wrong kind"
            if problem is None:
                break
            redraws += 1
        else:
            raise RuntimeError("could not render %r: %s" % (frame[0], problem))
        seen_text.add(text)
        records.append({"id": "if-%04d" % n, "text": text,
                        "spans": [{"type": t, "value": v} for t, v, _ in spans],
                        "tags": auto_tags(text, spans, ctx, frame[1])})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_phi = sum(1 for r in records if r["spans"])
    n_hard = sum(1 for r in records if "hard-negative" in r["tags"])
    print("wrote %s: %d messages (%d PHI, %d clean, %d hard clean), %d frames (%d PHI + %d clean), %d redraws"
          % (OUT, len(records), n_phi, len(records) - n_phi, n_hard, len(phi_frames) + len(clean_frames),
             len(phi_frames), len(clean_frames), redraws))


if __name__ == "__main__":
    main()
