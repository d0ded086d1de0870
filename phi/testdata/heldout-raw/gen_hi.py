#!/usr/bin/env python3
"""gen_hi.py - generator "hi" of labelled chat messages for the PHI redactor eval.

Focus: text pasted into Slack/Teams from other systems (forwarded e-mails, portal
messages, fax covers, registration/referral forms, order snippets, audit logs,
HL7/EDI/CSV fragments, eligibility responses, call-center notes, SMS transcripts,
other languages) plus the short chat around them.

Standard library only, fixed seed: running it again rewrites generated_hi.jsonl
byte for byte.  Labels are tracked while composing: a template is a string with
choice groups  «a¦b¦c», macros ⟨NAME⟩ and placeholders {key}.  Every placeholder
resolves to one or more segments (text, TYPE-or-None); the message text is the
concatenation and the spans are exactly the typed segments, in order.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 48213
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_hi.jsonl")
N_MSG = 700
N_PHI = 350


def uniq(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def W(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# ---------------------------------------------------------------- names
G_EN = W("""James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, David, Elizabeth,
William, Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Charles, Karen, Christopher,
Lisa, Daniel, Nancy, Matthew, Betty, Anthony, Margaret, Donald, Ashley, Steven, Kimberly, Paul,
Emily, Andrew, Donna, Joshua, Michelle, Kenneth, Carol, Kevin, Amanda, Brian, Dorothy, George,
Melissa, Timothy, Deborah, Ronald, Stephanie, Edward, Rebecca, Jason, Sharon, Jeffrey, Laura,
Ryan, Cynthia, Jacob, Kathleen, Gary, Amy, Nicholas, Angela, Eric, Shirley, Jonathan, Anna,
Stephen, Brenda, Larry, Pamela, Justin, Emma, Scott, Nicole, Brandon, Helen, Benjamin, Samantha,
Samuel, Katherine, Gregory, Christine, Frank, Rachel, Patrick, Carolyn, Raymond, Janet, Jack,
Catherine, Dennis, Heather, Walter, Gloria, Harold, Mildred, Eugene, Edna, Ralph, Gertrude,
Clarence, Agnes, Earl, Bernice, Lloyd, Velma, Floyd, Doris, Wilbur, Opal, Tyrone, Latoya,
Darnell, Shaniqua, DeShawn, Keisha, Jamal, Ebony, Terrell, Tamika, Marquis, Aaliyah, Kayden,
Brayden, Madison, Jaxon, Harper""")
G_WORD = W("""Hope, Faith, Grace, Joy, June, April, May, Summer, Autumn, Dawn, Ivy, Holly, Rose,
Iris, Pearl, Ruby, Amber, Crystal, Penny, Sunny, Hunter, Chase, Lane, Reed, Cliff, Dale, Glen,
Forrest, River, Sky, Storm, Bill, Will, Art, Guy, Rob, Sue, Pat, Sandy, Rusty, Buck, Bud, Drew,
Gene, Mercy, Honor, Page, Mason, Cooper, Miles, Major, King, Noble, Marshall, Precious, Destiny,
Harmony, Star, Lucky, Jewel, Violet, Lily, Daisy, Hazel, Olive, Sage, Willow, Heaven, Earnest,
Sterling, Royal, Bishop""")
G_ES = W("""José, Juan, Luis, Carlos, Jesús, Miguel, Alejandro, Fernando, Ramón, Guadalupe, Lupe,
Rosa, Carmen, Ana, Lucía, Sofía, Valentina, Ximena, Marisol, Yesenia, Itzel, Araceli, Xiomara,
Yolanda, Consuelo, Milagros, Concepción, Socorro, Refugio, Inés, Beatriz, Rodrigo, Joaquín,
Esteban, Mateo, Santiago, Nicolás, Héctor, Rigoberto, Maribel, Dolores, Yadira, Nayeli, Osvaldo""")
G_PT = W("""João, Thiago, Gonçalo, Conceição, Leandro, Fabiana, Raimunda, Aparecida, Luíza, Caio,
Vitória, Rafaela, Otávio, Sebastião, Iracema""")
G_FR = W("""Jean-Baptiste, Marie-Claude, Wesner, Fabiola, Guerline, Dieudonné, Nadège, Ketly,
Rosemène, Jocelyne, Émile, Thérèse, Gaëlle, Amélie, Fritznel, Wideline, Jean-Robert, Mirlande,
Lovely, Bernadette, Réjean, Ginette""")
G_IE = W("""Siobhan, Niamh, Aoife, Cormac, Declan, Padraig, Eamon, Brigid, Fionnuala, Ciarán,
Seamus, Oisín""")
G_VI = W("""Nguyet, Thuy, Huong, Linh, Minh, Quang, Tuan, Phuong, Duc, Hoa, Lan, Bao, Khanh, Trang,
Dung""")
G_ZH = W("""Wei, Xiuying, Jing, Li Na, Zhiwei, Mei, Yan, Hao, Jun, Xiaoming, Jiahui, Zihan, Guiying,
Shu-fen""")
G_KO = W("""Ji-woo, Min-jun, Seo-yeon, Hyun-woo, Eun-ji, Sung-min, Yoon-ah, Dong-hyun""")
G_JA = W("""Haruto, Yui, Sota, Aiko, Kenji, Hiroko, Takeshi, Yumi, Noriko, Akira""")
G_IN = W("""Priya, Rahul, Anjali, Arjun, Lakshmi, Venkatesh, Sunita, Rajesh, Deepa, Harpreet,
Gurpreet, Manpreet, Aarav, Ishaan, Kavya, Meenakshi, Sanjay, Padma, Vikram, Nandini""")
G_AR = W("""Mohammed, Ahmed, Fatima, Aisha, Omar, Youssef, Layla, Khaled, Nour, Mariam, Hassan,
Zainab, Tariq, Samira, Bilal, Rania""")
G_AF = W("""Chidi, Ngozi, Oluwaseun, Adaeze, Kwame, Ama, Kofi, Abebe, Tigist, Amara, Themba,
Zanele, Fatou, Mamadou, Aminata, Chiamaka, Emeka, Folake, Yaw, Efua""")
G_EU = W("""Olga, Dmitri, Svetlana, Irina, Sergei, Natalia, Agnieszka, Katarzyna, Tomasz, Wojciech,
Bogdan, Milena, Dragan, Jelena, Zoran, Giuseppe, Giovanna, Salvatore, Concetta, Vincenzo,
Antonella, Dimitrios, Eleni, Panagiotis, Vasiliki, Ingrid, Sven, Astrid, Lars, Freya, Mustafa,
Elif, Emre, Zeynep, Tenzin, Pema, Kalani, Keanu, Leilani, Ayasha, Dakota, Cheyenne, Shoshana,
Moshe, Yitzhak, Rivka, Chaya, Ludmila, Gunnar, Björn""")
GIVEN = uniq(G_EN + G_WORD + G_ES + G_PT + G_FR + G_IE + G_VI + G_ZH + G_KO + G_JA + G_IN + G_AR
             + G_AF + G_EU)

S_EN = W("""Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas,
Moore, Martin, Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Hall, Young, Allen,
Wright, King, Scott, Green, Baker, Adams, Nelson, Hill, Campbell, Mitchell, Roberts, Carter,
Phillips, Evans, Turner, Parker, Collins, Edwards, Stewart, Morris, Murphy, Cook, Rogers, Morgan,
Peterson, Cooper, Reed, Bailey, Bell, Kelly, Howard, Ward, Cox, Richardson, Wood, Watson, Brooks,
Bennett, Gray, James, Hughes, Price, Myers, Long, Foster, Sanders, Ross, Powell, Sullivan, Russell,
Jenkins, Perry, Butler, Barnes, Fisher, Henderson, Coleman, Simmons, Patterson, Jordan, Reynolds,
Hamilton, Graham, Wallace, Griffin, West, Cole, Hayes, Gibson, Bryant, Ellis, Stevens, Murray,
Ford, Marshall, Owens, Harrison, Kennedy, Wells, Woods, Webb, Washington, Tucker, Freeman, Burns,
Henry, Snyder, Simpson, Crawford, Porter, Mason, Shaw, Gordon, Wagner, Hunter, Hicks, Dixon, Hunt,
Palmer, Robertson, Black, Holmes, Stone, Boyd, Mills, Warren, Fox, Rose, Rice, Ferguson, Nichols,
Weaver, Daniels, Stephens, Gardner, Payne, Dunn, Pierce, Arnold, Spencer, Peters, Hawkins, Grant,
Hart, Elliott, Cunningham, Knight, Bradley, Whitlock, Brannock, Pennington, Thistlewood, Ashby""")
S_WORD = W("""Bishop, Carpenter, Little, Short, Law, Love, Day, Friday, Summers, Winter, Frost, Snow,
Hope, Sharp, Swift, Bright, Moody, Page, Church, Field, Brook, Lake, Banks, Marsh, Wolf, Crane,
Swan, Bird, Finch, Drake, Bass, Salmon, Pike, Lamb, Bull, Steel, Gold, Silver, Glass, Cash, Penny,
Rich, Noble, Power, Strong, Wise, Best, Good, Story, Bacon, Mayo""")
S_ES = W("""Garcia, Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Perez, Sanchez, Ramirez, Torres,
Flores, Rivera, Gomez, Diaz, Reyes, Cruz, Morales, Ortiz, Gutierrez, Ramos, Chavez, Ruiz, Alvarez,
Mendoza, Castillo, Jimenez, Romero, Vasquez, Moreno, Herrera, Medina, Fernández, Castro,
Quintero, Villalobos, Saavedra, Echeverría, Ibáñez, Zúñiga, Peña, Montañez, Orozco, Cárdenas""")
S_PT = W("""Ferreira, Santos, Oliveira, Souza, Pereira, Almeida, Carvalho, Rocha, Gonçalves,
Nascimento, Barbosa, Araújo, Teixeira""")
S_FR = W("""Baptiste, Pierre, Jean-Louis, Dorvil, Toussaint, Étienne, Desrosiers, Lefèvre, Dubois,
Moreau, Laurent, Girard, Bouchard, Gagnon, Tremblay, Côté, Joseph, Célestin, Augustin, Valcourt""")
S_IE = W("""O'Brien, O'Connor, McCarthy, Fitzgerald, Byrne, Doherty, Ó Súilleabháin, MacNeil,
Gallagher, Quinlan""")
S_VI = W("""Nguyen, Tran, Le, Pham, Huynh, Hoang, Phan, Vu, Vo, Dang, Bui, Do, Ngo, Duong, Ly""")
S_ZH = W("""Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin,
Chan, Wong, Leung""")
S_KO = W("""Kim, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han""")
S_JA = W("""Tanaka, Suzuki, Takahashi, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Sato, Kato""")
S_IN = W("""Patel, Shah, Singh, Kaur, Gupta, Sharma, Reddy, Iyer, Nair, Menon, Rao, Desai, Joshi,
Mehta, Chaudhry, Banerjee, Subramanian""")
S_AR = W("""Khan, Ahmed, Hussain, Rahman, Ali, Haddad, Nasser, Khalil, Saleh, Farouk, Mansour,
Abdullah, El-Amin, Al-Sayed, Bishara""")
S_AF = W("""Okafor, Adeyemi, Okonkwo, Eze, Mensah, Asante, Owusu, Boateng, Diallo, Traoré, Ndiaye,
Kamara, Tesfaye, Bekele, Haile, Mwangi, Otieno, Kariuki, Dlamini, Nkosi, Mokoena""")
S_EU = W("""Kowalski, Nowak, Wiśniewski, Zieliński, Ivanova, Petrov, Smirnova, Kuznetsov, Volkov,
Popescu, Horvat, Novak, Papadopoulos, Georgiou, Rossi, Russo, Esposito, Bianchi, Romano, Colombo,
Ricci, Marino, De Luca, Cohen, Levi, Friedman, Katz, Goldberg, Shapiro, Rosen, Schwartz, Klein,
Weiss, Müller, Schneider, Becker, Hoffmann, Johansson, Andersson, Larsen, Nielsen, Lindqvist,
Virtanen, Korhonen, Yilmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Kealoha, Kahananui, Begay, Yazzie,
Tsosie, Redhorse, van der Berg, D'Angelo, St. Fleur""")
SURN = uniq(S_EN + S_WORD + S_ES + S_PT + S_FR + S_IE + S_VI + S_ZH + S_KO + S_JA + S_IN + S_AR
            + S_AF + S_EU)

ORIGIN = {
    "es": (G_ES, S_ES), "pt": (G_PT, S_PT), "ht": (G_FR, S_FR), "fr": (G_FR, S_FR),
    "vi": (G_VI, S_VI), "in": (G_IN, S_IN), "ar_l": (G_AR, S_AR), "af": (G_AF, S_AF),
}
# native-script pools: (given, surname, full-name builder)
SCRIPT = {
    "zh": (W("秀英, 桂英, 秀兰, 玉兰, 伟, 芳, 娜, 敏, 静, 丽, 强, 磊, 军, 建华, 志强, 淑珍, 海燕, 国庆"),
           W("王, 李, 张, 刘, 陈, 杨, 黄, 赵, 吴, 周, 徐, 孙, 马, 朱, 胡, 郭, 何, 林"),
           lambda g, s: s + g),
    "ru": (W("Ольга, Наталья, Ирина, Татьяна, Светлана, Елена, Галина, Сергей, Владимир, Николай, Дмитрий, Людмила, Валентина, Михаил"),
           W("Иванова, Петрова, Смирнова, Кузнецова, Попова, Соколов, Лебедев, Козлов, Новиков, Морозов, Волкова, Павлова"),
           lambda g, s: s + " " + g),
    "ar": (W("أحمد, محمد, فاطمة, عائشة, عمر, يوسف, ليلى, خالد, نور, مريم, حسن, زينب"),
           W("الحسيني, العلي, حداد, ناصر, خليل, صالح, منصور, عبدالله, الشامي, النجار"),
           lambda g, s: g + " " + s),
    "ko": (W("민준, 서연, 지우, 하은, 도윤, 예은, 현우, 수빈, 영희, 철수, 순자, 영수"),
           W("김, 이, 박, 최, 정, 강, 조, 윤, 장, 임"),
           lambda g, s: s + g),
    "ja": (W("陽子, 健二, 裕子, 翔太, 美咲, 大輔, 恵子, 浩, さくら, 明美, 和子, 茂"),
           W("田中, 鈴木, 高橋, 渡辺, 伊藤, 山本, 中村, 小林, 佐藤, 加藤"),
           lambda g, s: s + " " + g),
}
NICKS = W("""Bunny, Sonny, Cookie, Butch, Peaches, Tito, Chico, Lulu, Bubba, Dee, Junior, Skip, Kiki,
Sissy, Boo, Tink, Chuy, Pancho, Nené, Mimi, Dodie, Bitsy, Red, Doc, Shorty""")

# ---------------------------------------------------------------- places
STREET_BASE = W("""Quarry Hollow, Tanner, Birchwood, Old Mill, Kettle Pond, Ridgecrest, Salt Marsh,
Wexford, Larkspur, Cobble Hill, Heron Cove, Juniper, Fairhaven, Stillwater, Lantern, Marigold,
Copper Beech, Foundry, Wharf, Orchard, Cranberry, Granite, Pickering, Sumner, Alder, Tupelo,
Whitcomb, Ledgewood, Pheasant Run, Mill Pond, Chestnut, Hawthorne, Beacon, Church, Elm, Maple,
Pleasant, Prospect, Water, Spring, Highland, Lincoln, Union, Summit, Tremont, Locust, Bayberry,
Drumlin, Saltbox, Fieldstone, Nashoba, Wequaquet, Pocasset, Quinapoxet, Mystic View, Lovers Leap,
Crabapple, Thimble, Harvest Moon, Old County, Depot, Canal, Ferry, Tannery Brook""")
STREET_SUF = W("St, Street, Rd, Road, Ave, Avenue, Ln, Lane, Dr, Drive, Ct, Court, Way, Ter, Pl, Circle, Blvd, Pkwy, Hwy, Path, Row")
TOWNS = W("""Ashcombe, Marlow Falls, East Brayford, Kettlewell, North Tisbury, Granby Mills, Pelham Ridge,
Halvering, Thornbury, Cresthaven, Millbrook Junction, South Aldwin, Fenwick, Rowley Heights, Bramford,
Dunmore Falls, Saltash, Coldbrook, Westerly Cove, New Carlow, Lindenfield, Harrowgate, Pinecastle,
Easton Mills, Stonebridge, Marbury, Quillan, Ferncliff, Oakhurst, Tamsworth, Graymoor, Bellhaven,
Wickford Landing, Upper Sandlin, Hollis Corner, Brackett, Norcross Village, Pemberly, Ostrander,
Lake Tarrow""")
STATES = [("MA", 1001, 2791), ("NH", 3031, 3897), ("RI", 2801, 2940), ("CT", 6001, 6928),
          ("ME", 3901, 4992), ("VT", 5001, 5907), ("NY", 10001, 14925), ("NJ", 7001, 8989),
          ("PA", 15001, 19640)]
STATE_W = [10, 4, 3, 3, 2, 1, 3, 2, 2]
AREAS = ["617", "857", "781", "339", "978", "351", "508", "774", "413", "603", "401", "860", "959",
         "203", "207", "802", "212", "646", "718", "917", "516", "914", "201", "973", "215", "267",
         "412", "484", "570", "732", "845", "585"]
FACS = W("""Northvale Regional Medical Center, Cresthaven Community Hospital, Saltmarsh Pediatrics,
Bramford Orthopedic Associates, Lindenfield Dialysis Center, Kettlewell Imaging, Ashcombe Urgent Care,
Harrowgate Family Medicine, Pinecastle Rehab & Nursing, Marbury Cancer Institute, Dunmore Falls VNA,
St. Odile Hospice, Ferncliff Behavioral Health, Stonebridge Senior Living, Graymoor Cardiology Group,
Oakhurst Sleep Lab, Quillan Dermatology, Tamsworth Eye Associates""")
ORG_DOMAINS = W("""northvale-health.org, nvrmc.org, cresthavenhospital.org, saltmarshpeds.com,
bramfordortho.com, kettlewellimaging.net, harrowgatefm.com, pinecastle-rehab.org, marburycancer.org,
dunmorevna.org""")
MAIL = W("""gmail.com, yahoo.com, outlook.com, hotmail.com, icloud.com, aol.com, comcast.net,
verizon.net, proton.me, att.net, msn.com, live.com, yahoo.com.br, hotmail.fr, gmx.de, qq.com,
mail.ru, naver.com""")
VENDORS = W("""Medivance Supply, Corvell Imaging, Tristar Linen, Halcyon Biomedical, Quorum Staffing,
BrightPath Interpreting, Ardent Courier, Keelson Software, Vireo Diagnostics, Northstar Elevator""")
PAYERS = W("""Harborlight Health, Commonwell Mutual, Keystone Benefit Plan, Granite Shield,
Tri-County Medicaid ACO, Bay Colony Advantage, Medicare Part B, Evergreen Senior Plan""")
DEPTS = W("""Revenue Cycle, Patient Access, HIM, Nursing Admin, IS, Supply Chain, Quality, Compliance,
Facilities, Pharmacy, Case Management, Patient Relations, Finance, HR, Security, Radiology, Lab,
Interpreter Services, Clinical Informatics, Transport""")
TITLES = W("""Director of Patient Access, Revenue Cycle Analyst, Nurse Manager 5W, HIM Supervisor,
Privacy Officer, Executive Assistant to the CEO, Sr. Buyer, Clinical Applications Analyst,
Practice Manager, Referral Coordinator, Credentialing Specialist, Patient Relations Liaison""")
PROCS = W("""colonoscopy, cardiac cath, knee replacement, cataract surgery, MRI, echo, EGD, biopsy,
lap chole, TAVR, hip ORIF, PICC placement, stress test, mammogram, CT chest, sleep study, cystoscopy""")
DXS = W("""CHF exacerbation, afib w/ RVR, COPD flare, UTI, sepsis, hip fx, CVA, DKA, pneumonia, NSTEMI,
cellulitis, SBO, syncope, AKI""")
MEDS = W("""apixaban 5 mg BID, metoprolol 25, insulin glargine, Lasix 40 IV, vanc, Eliquis, Keppra 500,
oxycodone 5 mg, amiodarone, heparin gtt, ceftriaxone 1 g""")
LABS = W("BMP, CBC, troponin, INR, A1c, lipid panel, TSH, BNP, lactate, CMP, UA, blood cx")
CPTS = W("99213, 99214, 99223, 93306, 70450, 71046, 80053, 85025, 36415, 45378, 27447, G0439, 93000, 77067")
ICDS = W("E11.9, I50.23, I48.91, J44.1, N39.0, A41.9, S72.001A, I63.9, E10.10, J18.9, I21.4, L03.115, K56.609, Z79.01")
RELS = W("daughter, son, wife, husband, sister, brother, niece, nephew, granddaughter, grandson, partner, caregiver")
UNITS = W("5W, 6N, 4 East, ICU, CCU, MICU, 7 Tower, ED, PACU, L&D, NICU, Rehab 2, Obs, 9 Tower")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
            "outubro", "novembro", "dezembro"]

DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def L(n, alphabet=UPPER):
    return "".join(R.choice(alphabet) for _ in range(n))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def age_words(n):
    if n < 100:
        t = "ninety" if n >= 90 else "eighty"
        return t + ("-" + ONES[n % 10] if n % 10 else "")
    rest = n - 100
    base = R.choice(["one hundred", "a hundred", "hundred"]) if rest == 0 else "one hundred"
    if rest == 0:
        return base
    return base + R.choice([" and ", " "]) + ONES[rest] if rest < 10 else base + " and ten"


ONES_ES = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


def age_words_es(n):
    if n < 100:
        return "noventa" + (" y " + ONES_ES[n % 10] if n % 10 else "")
    return "cien" if n == 100 else "ciento " + ONES_ES[n - 100] if n < 110 else "ciento diez"


# ---------------------------------------------------------------- value generators
def rdate(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def fmt_date(dt, mods, short=False):
    y, m, dd = dt.year, dt.month, dt.day
    if "hl7" in mods or "edi" in mods:
        return "%04d%02d%02d" % (y, m, dd)
    if "hl7t" in mods:
        return "%04d%02d%02d%02d%02d" % (y, m, dd, R.randint(0, 23), R.choice([0, 5, 12, 20, 34, 41, 55]))
    if "iso" in mods:
        return "%04d-%02d-%02d" % (y, m, dd)
    if "us" in mods:
        return "%02d/%02d/%04d" % (m, dd, y)
    if "es" in mods:
        return R.choice(["%d/%02d/%d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y),
                         "%d de %s de %d" % (dd, MES[m - 1], y), "%d-%s-%d" % (dd, MES[m - 1][:3], y)])
    if "pt" in mods:
        return R.choice(["%02d/%02d/%d" % (dd, m, y), "%d de %s de %d" % (dd, MESES_PT[m - 1], y)])
    if "fr" in mods:
        return R.choice(["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MOIS[m - 1], y)])
    if "ru" in mods or "de" in mods:
        return "%02d.%02d.%d" % (dd, m, y)
    if "zh" in mods or "ja" in mods:
        return "%d年%d月%d日" % (y, m, dd)
    if "ko" in mods:
        return R.choice(["%d년 %d월 %d일" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd)])
    if "vi" in mods:
        return R.choice(["%02d/%02d/%d" % (dd, m, y), "ngày %d tháng %d năm %d" % (dd, m, y)])
    if "intl" in mods:
        return R.choice(["%02d/%02d/%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y), "%04d-%02d-%02d" % (y, m, dd)])
    if short or "short" in mods:
        return R.choice([
            "%d/%d" % (m, dd), "%02d/%02d" % (m, dd), "%s %d" % (MON3[m - 1], dd),
            "%s %s" % (MON3[m - 1], ordinal(dd)), "%s %d" % (MONTHS[m - 1], dd),
            "%s %s" % (MONTHS[m - 1], ordinal(dd)), "%d-%d" % (m, dd), "%d %s" % (dd, MON3[m - 1]),
            "%s. %d" % (MON3[m - 1], dd)])
    return R.choice([
        "%d/%d/%d" % (m, dd, y), "%02d/%02d/%d" % (m, dd, y), "%d/%d/%02d" % (m, dd, y % 100),
        "%04d-%02d-%02d" % (y, m, dd), "%s %d, %d" % (MONTHS[m - 1], dd, y),
        "%02d-%s-%d" % (dd, MON3[m - 1], y), "%s %d %d" % (MON3[m - 1], dd, y),
        "%d %s %d" % (dd, MONTHS[m - 1], y), "%02d%02d%d" % (m, dd, y), "%d-%d-%d" % (m, dd, y),
        "%02d.%02d.%d" % (m, dd, y), "%s-%02d-%d" % (MON3[m - 1].upper(), dd, y),
        "%s. %d, %d" % (MON3[m - 1], dd, y), "%s %s, %d" % (MONTHS[m - 1], ordinal(dd), y),
        "%d-%s-%02d" % (dd, MON3[m - 1], y % 100)])


def phone_raw():
    a = R.choice(AREAS)
    while True:
        e = R.randint(201, 989)
        if e % 100 != 11 and e != 555:
            break
    return (a, "%03d" % e, "%04d" % R.randint(0, 9999))


PHONE_STYLES = [
    lambda a, e, l: "%s-%s-%s" % (a, e, l), lambda a, e, l: "%s-%s-%s" % (a, e, l),
    lambda a, e, l: "(%s) %s-%s" % (a, e, l), lambda a, e, l: "(%s) %s-%s" % (a, e, l),
    lambda a, e, l: "(%s)%s-%s" % (a, e, l), lambda a, e, l: "%s.%s.%s" % (a, e, l),
    lambda a, e, l: "%s %s %s" % (a, e, l), lambda a, e, l: "+1 %s %s %s" % (a, e, l),
    lambda a, e, l: "+1-%s-%s-%s" % (a, e, l), lambda a, e, l: "+1 (%s) %s-%s" % (a, e, l),
    lambda a, e, l: "1-%s-%s-%s" % (a, e, l), lambda a, e, l: "%s%s%s" % (a, e, l),
    lambda a, e, l: "+1%s%s%s" % (a, e, l), lambda a, e, l: "%s/%s-%s" % (a, e, l),
    lambda a, e, l: "1 (%s) %s %s" % (a, e, l),
]
INTL_PHONES = [
    lambda: "+44 20 %s %s" % (d(4), d(4)), lambda: "+44 7%s %s" % (d(3), d(6)),
    lambda: "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)), lambda: "+55 11 9%s-%s" % (d(4), d(4)),
    lambda: "+52 55 %s %s" % (d(4), d(4)), lambda: "+91 9%s %s" % (d(4), d(5)),
    lambda: "+509 3%s %s" % (d(3), d(4)), lambda: "+84 9%s %s %s" % (d(2), d(3), d(3)),
    lambda: "+234 80%d %s %s" % (R.randint(1, 9), d(3), d(4)),
    lambda: "+7 9%s %s-%s-%s" % (d(2), d(3), d(2), d(2)), lambda: "+86 13%s %s %s" % (d(1), d(4), d(4)),
    lambda: "+353 87 %s %s" % (d(3), d(4)), lambda: "+82 10-%s-%s" % (d(4), d(4)),
]


def fmt_phone(raw, mods):
    a, e, l = raw
    if "e164" in mods:
        return "+1%s%s%s" % (a, e, l)
    if "dash" in mods:
        return "%s-%s-%s" % (a, e, l)
    if "hl7" in mods:
        return "(%s)%s-%s" % (a, e, l)
    if "paren" in mods:
        return "(%s) %s-%s" % (a, e, l)
    s = R.choice(PHONE_STYLES)(a, e, l)
    if "ext" in mods:
        s += R.choice([" ext. ", " ext ", " x", " x ", " Ext ", ", ext. ", " #"]) + str(R.randint(2, 9999))
    return s


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MRN_SHAPES = [lambda: "00" + d(6), lambda: "E" + d(7), lambda: L(3) + "0" + d(6), lambda: "MR" + d(6),
              lambda: "%s-%s-%s" % (d(3), d(3), d(3)), lambda: str(R.randint(1, 9)) + d(9),
              lambda: d(2) + L(1) + d(5), lambda: d(7), lambda: "%s-%s" % (d(4), d(3)),
              lambda: "M" + d(8), lambda: "%s %s %s" % (d(2), d(2), d(3))]
MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi():
    s = (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(MBI_AN) + d(1) + R.choice(MBI_L)
         + R.choice(MBI_AN) + d(1) + R.choice(MBI_L) + R.choice(MBI_L) + d(2))
    if R.random() < 0.5:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


HPID_SHAPES = [lambda: L(3) + d(9), lambda: "W" + d(9), lambda: L(3) + d(9) + "-01",
               lambda: d(9) + R.choice("ABCD"), lambda: "U" + d(8) + " 0" + str(R.randint(1, 4)),
               lambda: L(2) + d(7), lambda: "%s %s %s" % (L(3), d(4), d(5)), lambda: "H" + d(10),
               lambda: "ZQX" + d(8), lambda: d(11)]
MEDICAID = [lambda: "1000" + d(8), lambda: d(12), lambda: L(2) + d(8) + L(1), lambda: "MA" + d(10)]
ACCT_SHAPES = [lambda: d(10), lambda: "G" + d(7), lambda: "HAR-" + d(9), lambda: "PA" + d(8),
               lambda: "7700" + d(6), lambda: "%s-%s" % (d(6), d(4)), lambda: "A" + d(9),
               lambda: d(4) + " " + d(4) + " " + d(2)]
DL_SHAPES = [lambda: "S" + d(8), lambda: "%s %s %s" % (d(3), d(3), d(3)), lambda: L(1) + d(7),
             lambda: d(2) + L(3) + d(5), lambda: "%s%s-%s-%s-%s-%s" % (L(1), d(3), d(3), d(2), d(3), d(1)),
             lambda: d(9), lambda: L(1) + d(3) + "-" + d(4) + "-" + d(4)]
SLIC_SHAPES = [lambda: "RN" + d(7), lambda: "MD" + d(6), lambda: "225." + d(6), lambda: "PA-" + d(5),
               lambda: "NP" + d(6), lambda: d(6), lambda: "RPH-" + d(5), lambda: "LPN %s" % d(6),
               lambda: "0" + d(7)]


def dea():
    digs = [R.randint(0, 9) for _ in range(6)]
    chk = (digs[0] + digs[2] + digs[4] + 2 * (digs[1] + digs[3] + digs[5])) % 10
    return R.choice("ABFGM") + R.choice(UPPER) + "".join(map(str, digs)) + str(chk)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1HG", "2T1", "5YJ", "1FA", "3VW", "JTD", "KNA", "WBA", "1G1", "4T1", "5FN", "JN1", "2HK"])
    body = "".join(R.choice(VIN_CH) for _ in range(5))
    tail = R.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + R.choice(VIN_CH) + d(6)
    v = wmi + body + "0" + tail
    tot = sum((int(ch) if ch.isdigit() else VIN_T[ch]) * w for ch, w in zip(v, VIN_W))
    c = tot % 11
    return v[:8] + ("X" if c == 10 else str(c)) + v[9:]


PLATES = [lambda: d(1) + L(3) + d(2), lambda: L(3) + "-" + d(4), lambda: d(3) + " " + L(3),
          lambda: L(2) + d(5), lambda: d(1) + L(2) + d(3), lambda: L(3) + d(3), lambda: d(4) + L(2),
          lambda: L(1) + d(2) + " " + L(3)]
SERIALS = [lambda: L(3) + d(6) + R.choice("SHGR"), lambda: L(2) + d(8), lambda: d(4) + L(2) + d(4),
           lambda: "PA" + d(7), lambda: d(2) + L(1) + d(7), lambda: L(1) + d(2) + L(1) + d(6),
           lambda: "%s-%s-%s" % (L(3), d(4), d(4)), lambda: d(10)]


def udi():
    exp = rdate(2026, 2030)
    return "(01)00%s(17)%02d%02d%02d(10)%s(21)%s" % (d(12), exp.year % 100, exp.month, exp.day,
                                                   L(1) + d(5), L(2) + d(6))


def cc():
    kind = R.choice(["v", "v", "m", "a", "d"])
    if kind == "v":
        p = "4" + d(14)
    elif kind == "m":
        p = "5" + str(R.randint(1, 5)) + d(13)
    elif kind == "d":
        p = "6011" + d(11)
    else:
        p = R.choice(["34", "37"]) + d(12)
    n = p + luhn_digit(p)
    sep = R.choice([" ", "-", "", " "])
    if len(n) == 15:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def npi():
    p = str(R.randint(1, 2)) + d(8)
    return p + luhn_digit("80840" + p)


def ipv4():
    k = R.random()
    if k < 0.35:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    if k < 0.55:
        return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254))
    if k < 0.7:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    return "%d.%d.%d.%d" % (R.choice([24, 73, 98, 108, 68, 174, 71, 96, 50, 207]), R.randint(0, 255),
                            R.randint(0, 255), R.randint(2, 254))


def ipv6():
    h = lambda: "%x" % R.randint(0x10, 0xffff)
    return R.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "2001:db8:%s:%s::%s" % (h(), h(), h()),
                     "2600:1700:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h())])


def zipcode(st):
    for s, lo, hi in STATES:
        if s == st:
            return "%05d" % R.randint(lo, hi)
    return d(5)


def slug(s):
    return ascii_fold(s).lower()


# ---------------------------------------------------------------- obfuscation
def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


def zwsp(s):
    out = []
    idx = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
    pick = set(R.sample(idx, min(len(idx), R.randint(1, 3)))) if idx else set()
    for i, c in enumerate(s):
        if i in pick:
            out.append(R.choice(["\u200b", "\u200b", "\u200c", "\u2060"]))
        out.append(c)
    return "".join(out)


def nbsp(s):
    if " " in s or "-" in s:
        return s.replace(" ", "\u00a0").replace("-", "\u00a0")
    if "." in s:
        return s.replace(".", "\u00a0")
    return s[:3] + "\u00a0" + s[3:]


def spaced(s):
    return " ".join(c for c in s if c.isalnum())


def nosep(s):
    return "".join(c for c in s if c.isalnum() or c == "+")


def mixsep(s):
    parts = re.split(r"[-. /]", s)
    if len(parts) < 2:
        return s
    while True:
        seps = [R.choice(["-", ".", " ", "/", ". "]) for _ in parts[:-1]]
        if len(set(seps)) > 1:
            break
    return "".join(p + (seps[i] if i < len(parts) - 1 else "") for i, p in enumerate(parts))


def spell(s):
    words = []
    for c in s:
        if c.isdigit():
            words.append("oh" if c == "0" and R.random() < 0.4 else DIGW[int(c)])
        elif c.isalpha():
            words.append(c.upper())
        elif c in "-. /":
            words.append(R.choice([",", " -", ""]))
    out = ""
    for w in words:
        if w in (",", " -", ""):
            out += w
        else:
            out += (" " if out else "") + w
    return out.replace(" ,", ",")


def newline_break(s):
    cand = [i for i, c in enumerate(s) if c in " -." and 2 < i < len(s) - 2]
    if cand:
        i = R.choice(cand)
        return s[:i] + ("\n" if s[i] == " " else s[i] + "\n") + s[i + 1:]
    i = len(s) // 2
    return s[:i] + "\n" + s[i:]


def email_obf(e):
    user, dom = e.split("@", 1)
    parts = dom.split(".")
    k = R.randint(0, 5)
    if k == 0:
        return user + " [at] " + " [dot] ".join(parts)
    if k == 1:
        return user + " at " + " dot ".join(parts)
    if k == 2:
        return user + "(at)" + "(dot)".join(parts)
    if k == 3:
        return user + " @ " + " . ".join(parts)
    if k == 4:
        return user + "＠" + dom
    return user + " {at} " + " {dot} ".join(parts)


# ---------------------------------------------------------------- entities
PHI_ENTS = "pqrst"      # patients, relatives, visitors, employee-health cases: names labelled
STAFF_ENTS = "cdefx"    # colleagues, clinicians, execs, vendors: names not labelled


def wchoice(items, weights):
    return R.choices(items, weights=weights, k=1)[0]


class Person:
    def __init__(self, key, origin):
        self.key = key
        self.staff = key in STAFF_ENTS
        self.script = None
        if origin in SCRIPT and not self.staff:
            g, s, fn = SCRIPT[origin]
            self.first, self.last, self.script = R.choice(g), R.choice(s), fn
        elif origin in ORIGIN and R.random() < 0.85:
            gl, sl = ORIGIN[origin]
            self.first, self.last = R.choice(gl), R.choice(sl)
        else:
            self.first, self.last = R.choice(GIVEN), R.choice(SURN)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        self.style = R.random()
        self.vals = {}
        self.st = wchoice([s[0] for s in STATES], STATE_W)

    def name(self, attr):
        f, l, mi = self.first, self.last, self.mi
        if self.script:
            full = self.script(f, l)
            return {"full": full, "first": f, "last": l, "inv": full, "INV": full, "fml": full,
                    "hl7": l + "^" + f, "edi": l + "*" + f, "initl": full, "invi": full,
                    "nick": self.vals.setdefault("_nick", R.choice(NICKS))}[attr]
        if attr == "full":
            return "%s %s. %s" % (f, mi, l) if self.style < 0.18 else "%s %s" % (f, l)
        if attr == "first":
            return f
        if attr == "last":
            return l
        if attr == "fml":
            return "%s %s. %s" % (f, mi, l) if R.random() < 0.7 else "%s %s %s" % (f, mi, l)
        if attr == "inv":
            return "%s, %s" % (l, f) if R.random() < 0.6 else "%s, %s %s" % (l, f, mi)
        if attr == "INV":
            return ("%s, %s %s" % (l, f, mi)).upper() if R.random() < 0.6 else ("%s,%s" % (l, f)).upper()
        if attr == "hl7":
            return ("%s^%s^%s" % (l, f, mi)).upper()
        if attr == "edi":
            return ("%s*%s*%s" % (l, f, mi)).upper()
        if attr == "initl":
            return "%s. %s" % (f[0], l)
        if attr == "invi":
            return "%s, %s" % (l.upper(), f[0].upper())
        if attr == "nick":
            return self.vals.setdefault("_nick", R.choice(NICKS))
        raise KeyError(attr)

    def addr_parts(self):
        if "_addr" not in self.vals:
            num = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10, 400)]))
            street = "%s %s" % (R.choice(STREET_BASE), R.choice(STREET_SUF))
            unit = R.choice(["", "", "", "Apt %d%s" % (R.randint(1, 9), R.choice("ABCD")), "Unit %d" % R.randint(1, 40),
                             "#%d" % R.randint(1, 30), "Apt. %d" % R.randint(101, 420), "Fl 2", "Lot %d" % R.randint(1, 90)])
            town = R.choice(TOWNS)
            self.vals["_addr"] = (num, street, unit, town, self.st, zipcode(self.st))
        return self.vals["_addr"]


NAME_ATTRS = {"full", "first", "last", "fml", "inv", "INV", "hl7", "edi", "initl", "nick", "invi"}
DATE_KEYS = {"dob", "dobold", "vdate", "sdate", "adm", "dc", "dod", "fall", "fu", "appt", "dos", "proc",
             "surg", "birth", "inj"}


def biz_email(p):
    dom = p.vals.setdefault("_dom", R.choice(ORG_DOMAINS))
    f, l = slug(p.first) or "staff", slug(p.last) or "x"
    return R.choice(["%s.%s@%s" % (f, l, dom), "%s%s@%s" % (f[0], l, dom), "%s_%s@%s" % (f, l, dom),
                     "%s.%s%d@%s" % (f, l, R.randint(2, 9), dom)])


def personal_email(p):
    f, l = (slug(p.first), slug(p.last)) if p else ("", "")
    if not f or not l:
        f, l = slug(R.choice(GIVEN)), slug(R.choice(SURN))
    yy = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1940, 2005)), "_" + d(3)])
    user = R.choice(["%s.%s%s" % (f, l, yy), "%s%s%s" % (f[0], l, yy), "%s%s%s" % (f, l[0], yy),
                     "%s_%s%s" % (l, f, yy), "%s%s" % (f, yy or d(2)), "%s.%s" % (l, f)])
    return user + "@" + R.choice(MAIL)


def gen_raw(key, p, ctx):
    """raw value for labelled key (p may be None for fresh values)."""
    if key in DATE_KEYS:
        if key == "dob":
            return rdate(1928, 2012)
        if key == "dobold":
            return rdate(1918, 1934)
        if key == "birth":
            return rdate(2025, 2026)
        return rdate(2024, 2026)
    if key in ("phone", "cell", "fax", "home", "work"):
        return phone_raw()
    if key == "iphone":
        return R.choice(INTL_PHONES)()
    if key == "email":
        if p is not None and p.staff:
            return biz_email(p)
        return personal_email(p)
    if key == "bemail":
        return R.choice(["referrals", "medrecords", "patientaccess", "intake", "scheduling", "billing",
                         "privacy", "roi", "hr.benefits", "credentialing"]) + "@" + R.choice(ORG_DOMAINS)
    if key == "ssn":
        return ssn()
    if key == "mrn":
        return ctx.mrn_shape()
    if key == "hpid":
        return R.choice(HPID_SHAPES)()
    if key == "mbi":
        return mbi()
    if key == "medicaid":
        return R.choice(MEDICAID)()
    if key in ("acct", "har", "guar"):
        return R.choice(ACCT_SHAPES)()
    if key == "bank":
        return d(R.randint(8, 12))
    if key == "dl":
        return R.choice(DL_SHAPES)()
    if key == "dea":
        return dea()
    if key == "slic":
        return R.choice(SLIC_SHAPES)()
    if key == "vin":
        return vin()
    if key == "plate":
        return R.choice(PLATES)()
    if key == "serial":
        return R.choice(SERIALS)()
    if key == "udi":
        return udi()
    if key == "purl":
        dom = R.choice(ORG_DOMAINS)
        ident = p.vals.get("mrn") if p is not None and "mrn" in p.vals else ctx.mrn_shape()
        ident = nosep(ident)
        return R.choice(["https://mychart.%s/MyChart/Visit?pt=%s" % (dom, ident),
                         "https://portal.%s/patients/%s/summary" % (dom, ident),
                         "https://%s/portal/msg?patientId=%s&thread=%s" % (dom, ident, d(6)),
                         "https://followmyhealth.%s/record/%s" % (dom, ident)])
    if key == "curl":
        nm = (slug(p.first) + slug(p.last)) if p is not None and slug(p.first) else slug(R.choice(GIVEN)) + slug(R.choice(SURN))
        return R.choice(["https://www.kinnotes.org/visit/%s" % nm, "https://ourjourney-updates.org/%s" % nm,
                         "https://www.kinnotes.org/site/%s-%s" % (nm, d(4)), "https://gofund.example-care.org/f/help-%s" % nm,
                         "https://carecircle.app/u/%s" % nm])
    if key == "teleurl":
        nm = slug(p.last) if p is not None and slug(p.last) else slug(R.choice(SURN))
        return R.choice(["https://telehealth.%s/join/%s-%s" % (R.choice(ORG_DOMAINS), nm, d(6)),
                         "https://visit.%s/room?pid=%s&name=%s" % (R.choice(ORG_DOMAINS), d(8), nm)])
    if key == "ip":
        return ipv4()
    if key == "ip6":
        return ipv6()
    if key == "cc":
        return cc()
    if key == "age":
        return R.choice([90, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104, 106])
    raise KeyError(key)


ADDR_KEYS = {"addr", "addr2l", "addrhl7", "addrup", "street", "town", "zip", "zip4", "pobox", "poboxfull", "stz",
             "edin4", "streetup"}

TYPE_OF = {"phone": "PHONE", "cell": "PHONE", "fax": "PHONE", "home": "PHONE", "work": "PHONE",
           "iphone": "PHONE", "email": "EMAIL", "bemail": "EMAIL", "ssn": "SSN", "mrn": "MRN",
           "hpid": "HEALTH_PLAN_ID", "mbi": "HEALTH_PLAN_ID", "medicaid": "HEALTH_PLAN_ID",
           "acct": "ACCOUNT_NUMBER", "har": "ACCOUNT_NUMBER", "guar": "ACCOUNT_NUMBER", "bank": "ACCOUNT_NUMBER",
           "dl": "LICENSE_NUMBER", "dea": "LICENSE_NUMBER", "slic": "LICENSE_NUMBER", "vin": "VEHICLE_ID",
           "plate": "VEHICLE_ID", "serial": "DEVICE_ID", "udi": "DEVICE_ID", "purl": "URL", "curl": "URL",
           "teleurl": "URL", "ip": "IP_ADDRESS", "ip6": "IP_ADDRESS", "cc": "CREDIT_CARD", "age": "AGE"}
for _k in DATE_KEYS:
    TYPE_OF[_k] = "DATE"
for _k in ADDR_KEYS:
    TYPE_OF[_k] = "ADDRESS"


def fmt_addr(key, parts, mods):
    num, street, unit, town, st, z = parts
    line1 = "%s %s" % (num, street) + (R.choice([" ", ", "]) + unit if unit else "")
    if key == "street":
        return line1
    if key == "town":
        return town
    if key == "zip":
        return z
    if key == "zip4":
        return z + "-" + d(4)
    if key == "stz":
        return "%s, %s %s" % (town, st, z)
    if key == "pobox":
        return R.choice(["PO Box ", "P.O. Box ", "P O Box ", "POB "]) + str(R.randint(10, 9999))
    if key == "poboxfull":
        return R.choice(["PO Box ", "P.O. Box "]) + "%d, %s, %s %s" % (R.randint(10, 9999), town, st, z)
    if key == "edin4":
        return ("%s*%s*%s" % (town, st, z)).upper()
    if key == "streetup":
        return line1.upper()
    if key == "addrhl7":
        return ("%s %s^%s^%s^%s^%s" % (num, street, unit, town, st, z)).upper()
    if key == "addr2l":
        return "%s\n%s, %s %s" % (line1, town, st, z)
    if key == "addrup":
        return ("%s %s %s %s" % (line1, town, st, z)).upper()
    return R.choice(["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s", "%s, %s, %s, %s"]) % (line1, town, st, z) \
        if R.random() < 0.85 else "%s, %s" % (line1, town)


def fmt_value(key, raw, mods, p):
    if key in DATE_KEYS:
        return fmt_date(raw, mods, short=(key == "sdate"))
    if TYPE_OF.get(key) == "PHONE" and isinstance(raw, tuple):
        return fmt_phone(raw, mods)
    if key == "age":
        if "spell" in mods:
            return age_words(raw)
        return str(raw)
    return raw


VALUE_MODS = {
    "fw": (fullwidth, ["fullwidth", "evasion"]), "zw": (zwsp, ["zero-width", "evasion"]),
    "nb": (nbsp, ["evasion"]), "sp": (spaced, ["evasion"]), "nosep": (nosep, ["evasion"]),
    "mix": (mixsep, ["evasion"]), "obf": (email_obf, ["evasion"]), "nl": (newline_break, ["multiline"]),
    "up": (str.upper, []), "lo": (str.lower, []),
}


class Ctx:
    def __init__(self, origin=None):
        self.ents = {}
        self.tags = []
        self.origin = origin
        self._mrn = R.choice(MRN_SHAPES)

    def mrn_shape(self):
        return self._mrn() if R.random() < 0.8 else R.choice(MRN_SHAPES)()

    def ent(self, k):
        if k not in self.ents:
            self.ents[k] = Person(k, self.origin)
        return self.ents[k]

    def tag(self, *t):
        for x in t:
            if x not in self.tags:
                self.tags.append(x)


# ---------------------------------------------------------------- unlabelled fillers
def mdate(mods=()):
    dt = rdate(2025, 2026)
    return R.choice(["%d/%d" % (dt.month, dt.day), "%s %d/%d" % (WDAY[dt.weekday()][:3], dt.month, dt.day),
                     "%s %d" % (MONTHS[dt.month - 1], dt.day), "%s %s" % (MON3[dt.month - 1], ordinal(dt.day)),
                     "%s, %s %d" % (WDAY[dt.weekday()], MONTHS[dt.month - 1], dt.day),
                     "%04d-%02d-%02d" % (dt.year, dt.month, dt.day), "%d %s" % (dt.day, MON3[dt.month - 1]),
                     "%d/%d/%d" % (dt.month, dt.day, dt.year)])


def mdate_long():
    dt = rdate(2025, 2026)
    return R.choice(["%s, %s %d, %d" % (WDAY[dt.weekday()], MONTHS[dt.month - 1], dt.day, dt.year),
                     "%s %d/%d/%d" % (WDAY[dt.weekday()][:3], dt.month, dt.day, dt.year),
                     "%s, %d %s %d" % (WDAY[dt.weekday()][:3], dt.day, MON3[dt.month - 1], dt.year)])


def mtime():
    h = R.randint(7, 17)
    m = R.choice([0, 0, 15, 30, 45])
    return R.choice(["%d:%02d %s" % (h if h <= 12 else h - 12, m, "AM" if h < 12 else "PM"),
                     "%02d:%02d" % (h, m), "%d%s" % (h if h <= 12 else h - 12, "am" if h < 12 else "pm"),
                     "%d:%02d" % (h if h <= 12 else h - 12, m), "noon" if h == 12 else "%dish" % (h if h <= 12 else h - 12)])


def ts():
    dt = rdate(2025, 2026)
    hh, mm, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return R.choice(["%04d-%02d-%02d %02d:%02d:%02d" % (dt.year, dt.month, dt.day, hh, mm, ss),
                     "%04d-%02d-%02dT%02d:%02d:%02dZ" % (dt.year, dt.month, dt.day, hh, mm, ss),
                     "%04d-%02d-%02dT%02d:%02d:%02d.%03d" % (dt.year, dt.month, dt.day, hh, mm, ss, R.randint(0, 999))])


def faddr():
    st = wchoice([s[0] for s in STATES], STATE_W)
    return R.choice(["%d %s %s, Suite %d, %s, %s %s", "%d %s %s, %s, %s %s", "%d %s %s, Bldg %d, %s %s %s"]).replace(
        "Suite %d", "Suite %d" % R.randint(100, 800)).replace("Bldg %d", "Bldg %d" % R.randint(1, 9)) % (
        R.randint(10, 2400), R.choice(STREET_BASE), R.choice(["Pkwy", "Blvd", "Dr", "St", "Ave", "Way"]),
        R.choice(TOWNS), st, zipcode(st))


def mention():
    return "<@U" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.choice([8, 9, 10]))) + ">"


def build():
    return R.choice(["%d.%d.%d.%d" % (R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(0, 9), R.randint(1, 40)),
                     "%d.%d.%d-%s" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 99), R.choice(["rc1", "hf3", "b447", "p2"])),
                     "%d%02d.%d" % (R.choice([2025, 2026]), R.randint(1, 12), R.randint(100, 999))])


UNL = {
    "mdate": lambda c: mdate(), "mdate_long": lambda c: mdate_long(), "mtime": lambda c: mtime(),
    "ts": lambda c: ts(), "time": lambda c: mtime(),
    "deadline": lambda c: R.choice(["EOD Friday", "COB %s" % mdate(), "by %s" % mdate(), "%s noon" % mdate(),
                                     "end of next week", "before the %s board packet goes out" % R.choice(MONTHS)]),
    "fy": lambda c: R.choice(["FY%d" % R.choice([2026, 2027]), "Q%d" % R.randint(1, 4), "Q%d FY%d" % (R.randint(1, 4), R.choice([26, 27])),
                              "H%d" % R.randint(1, 2), "%s close" % R.choice(MONTHS)]),
    "ticket": lambda c: R.choice(["INC00" + d(5), "REQ" + d(7), "DEL-" + d(4), "CHG" + d(7), "RITM" + d(7),
                                  "SR-" + d(5), "EHR-" + d(4), "TASK" + d(7), "PRB" + d(6)]),
    "po": lambda c: R.choice(["PO " + "45000" + d(5), "PO# " + d(8), "PO-" + d(6), "P0" + d(7)]),
    "invno": lambda c: R.choice(["INV-" + d(6), "invoice 88" + d(5), "Inv #" + d(7), "INV" + d(8)]),
    "orderno": lambda c: R.choice(["order #" + d(8), "ORD" + d(9), "order " + d(7), "Req# " + d(8)]),
    "contract": lambda c: "CTR-%d-%s" % (R.choice([2025, 2026]), d(3)),
    "costc": lambda c: R.choice(["cost center ", "CC ", "cost ctr "]) + d(5),
    "printjob": lambda c: "print job " + d(R.choice([4, 5, 6])),
    "ver": lambda c: R.choice(["v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 30)),
                               "%d.%d" % (R.randint(1, 30), R.randint(0, 9)), "version %d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9))]),
    "build": lambda c: build(),
    "npi": lambda c: npi(), "cpt": lambda c: R.choice(CPTS), "icd": lambda c: R.choice(ICDS),
    "room": lambda c: R.choice(["room %d" % R.randint(101, 940), "rm %d" % R.randint(101, 940), "Rm %s-%d" % (R.choice(UNITS), R.randint(1, 40))]),
    "bed": lambda c: R.choice(["bed %d%s" % (R.randint(1, 40), R.choice("AB")), "bay %d" % R.randint(1, 24), "%s-%d" % (R.choice(["5W", "6N", "4E", "7T"]), R.randint(1, 36))]),
    "unit": lambda c: R.choice(UNITS),
    "ext": lambda c: R.choice(["x", "x", "ext. ", "ext "]) + str(R.randint(2000, 7999)),
    "zoom": lambda c: "%s %s %s" % (d(3), d(4), R.choice([d(4), d(3)])),
    "zoompw": lambda c: R.choice([d(6), L(2, "abcdefghkmnpqrstuvwxyz") + d(4)]),
    "n": lambda c: str(R.randint(2, 9)), "count": lambda c: str(R.randint(3, 48)),
    "bigcount": lambda c: "{:,}".format(R.randint(1200, 98000)),
    "money": lambda c: R.choice(["$%s" % "{:,}".format(R.randint(120, 90000)), "$%d.%02d" % (R.randint(5, 999), R.randint(0, 99)),
                                 "$%.1fM" % (R.randint(10, 240) / 10.0), "$%dk" % R.randint(2, 900)]),
    "pct": lambda c: "%d%%" % R.randint(2, 97),
    "age_ok": lambda c: str(R.randint(19, 89)), "age_mid": lambda c: str(R.randint(50, 88)),
    "fac": lambda c: R.choice(FACS), "faddr": lambda c: faddr(), "orgdom": lambda c: R.choice(ORG_DOMAINS),
    "bizcity": lambda c: R.choice(TOWNS),
    "group": lambda c: R.choice(["00" + d(4), d(6), "GRP-" + d(5), L(1) + d(5)]),
    "last4": lambda c: d(4),
    "asset": lambda c: R.choice(["NV-" + d(6), "AT" + d(5), "BME-" + d(5), "TAG " + d(6)]),
    "ccexp": lambda c: R.choice(["%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "%02d/20%02d" % (R.randint(1, 12), R.randint(26, 31))]),
    "effdate": lambda c: R.choice(["1/1/%d" % R.choice([2025, 2026]), "07/01/%d" % R.choice([2025, 2026]), "%s 1, %d" % (R.choice(MONTHS), R.choice([2025, 2026])),
                                   "%d-%02d-01" % (R.choice([2025, 2026]), R.randint(1, 12))]),
    "termdate": lambda c: R.choice(["12/31/%d" % R.choice([2025, 2026, 2027]), "%d-%02d-%02d" % (R.choice([2026, 2027]), R.randint(1, 12), R.choice([28, 30, 31]) if False else 28)]),
    "year": lambda c: str(R.randint(1931, 2019)),
    "reldate": lambda c: R.choice(["tomorrow", "yesterday", "next Tuesday", "this morning", "last night", "Monday", "in two weeks", "tonight", "over the weekend"]),
    "dept": lambda c: R.choice(DEPTS), "vendor": lambda c: R.choice(VENDORS), "payer": lambda c: R.choice(PAYERS),
    "proc": lambda c: R.choice(PROCS), "dx": lambda c: R.choice(DXS), "med": lambda c: R.choice(MEDS), "lab": lambda c: R.choice(LABS),
    "doc": lambda c: "Dr. " + R.choice(SURN),
    "docfull": lambda c: "Dr. %s %s" % (R.choice(GIVEN), R.choice(SURN)),
    "doc_hl7": lambda c: "%s^%s^%s^^^MD" % (npi(), ascii_fold(R.choice(SURN)).upper() or "LEE", ascii_fold(R.choice(GIVEN)).upper() or "ANN"),
    "intranet": lambda c: R.choice(["https://intranet.%s/policies/%s" % (R.choice(ORG_DOMAINS), R.choice(["HIM-014", "privacy-minimum-necessary", "downtime-procedures", "PA-221"])),
                                    "https://sharepoint.%s/sites/%s/Shared%%20Documents" % (R.choice(ORG_DOMAINS), R.choice(["RevCycle", "PatientAccess", "Quality", "HIM"])),
                                    "http://wiki.nvrmc.local/display/%s/%s" % (R.choice(["EPIC", "IS", "LAB"]), R.choice(["Interfaces", "HL7+Specs", "Release+Notes"]))]),
    "pubweb": lambda c: R.choice(["https://www.%s/locations" % R.choice(ORG_DOMAINS), "https://www.%s/patients/billing-faq" % R.choice(ORG_DOMAINS),
                                  "https://www.%s/careers" % R.choice(ORG_DOMAINS), "https://www.%s/news/new-imaging-center" % R.choice(ORG_DOMAINS)]),
    "zoomurl": lambda c: "https://%s.zoom.us/j/%s" % (R.choice(["northvale", "nvrmc", "cresthaven"]), d(11)),
    "teamsurl": lambda c: "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % L(16, "abcdefghijklmnopqrstuvwxyz0123456789"),
    "mention": lambda c: mention(),
    "ws": lambda c: R.choice(["WS-", "NVWS", "PC-", "KIOSK-", "LT-"]) + d(R.choice([4, 5])),
    "rx": lambda c: "Rx# " + d(7),
    "loinc": lambda c: R.choice(["2823-3", "2345-7", "718-7", "4548-4", "6690-2", "33762-6", "2160-0"]),
    "state": lambda c: R.choice(["MA", "NH", "RI", "CT", "Maine", "Vermont", "NY"]),
    "pages": lambda c: str(R.randint(2, 23)),
    "msgid": lambda c: "MSG" + d(8), "ctl": lambda c: d(9),
    "emoji": lambda c: R.choice(["🙏", "👀", "😬", "🚨", "✅", "👍", "🙃", "😅", "📠", "📎", "🤦", "⚠️", "🆘", "💊", "🏥"]),
    "sev": lambda c: R.choice(["INFO", "WARN", "AUDIT", "NOTICE"]),
    "rel": lambda c: R.choice(RELS), "route": lambda c: str(R.choice([1, 2, 9, 20, 28, 110, 117, 128, 133, 146, 495])),
    "eff8": lambda c: "%d%02d01" % (R.choice([2024, 2025, 2026]), R.choice([1, 1, 7, 4, 10])),
    "lot5": lambda c: d(5), "hh": lambda c: "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
    "amt": lambda c: "$%d.%02d" % (R.randint(15, 950), R.choice([0, 0, 50, 25, 99])),
    "uname": lambda c: R.choice(["svc_", "u", "usr", ""]) + slug(R.choice(SURN))[:8] + d(R.choice([0, 2, 3])),
}


def staff_attr(p, attr):
    if attr in NAME_ATTRS:
        return p.name(attr)
    if attr == "title":
        return p.vals.setdefault("_title", R.choice(TITLES))
    if attr == "dept":
        return p.vals.setdefault("_dept", R.choice(DEPTS))
    if attr == "uname":
        return p.vals.setdefault("_uname", (slug(p.first)[:1] + slug(p.last)[:8]) or "user" + d(3))
    if attr == "doc":
        return "Dr. " + p.last
    if attr == "hon":
        return R.choice(["Mr.", "Mrs.", "Ms."])
    raise KeyError(attr)


# ---------------------------------------------------------------- rendering
PH = re.compile(r"\{([a-z][a-z0-9_]*(?:\.[A-Za-z0-9_]+)?(?:~[a-z0-9]+)*)\}")
CH = re.compile(r"«([^«»]*)»")
MAC = re.compile(r"⟨([A-Z0-9_]+)⟩")
MACROS = {}


def expand(t):
    for _ in range(500):
        m = MAC.search(t)
        if m:
            t = t[:m.start()] + MACROS[m.group(1)] + t[m.end():]
            continue
        m = CH.search(t)
        if m:
            t = t[:m.start()] + R.choice(m.group(1).split("¦")) + t[m.end():]
            continue
        return t
    raise RuntimeError("template expansion loop")


LINK_LABELS = ["portal link", "link", "here", "visit summary", "open", "chart", "page"]


def resolve(key, ctx):
    parts = key.split("~")
    base, mods = parts[0], parts[1:]
    ent = None
    if "." in base:
        e, attr = base.split(".", 1)
        ent = ctx.ent(e)
        if ent.staff and attr in NAME_ATTRS | {"title", "dept", "uname", "doc", "hon"}:
            return [(staff_attr(ent, attr), None)]
        if attr == "hon":
            return [(R.choice(["Mr.", "Mrs.", "Ms.", "Miss"]), None)]
        if attr == "lastpl":
            ln = ent.name("last")
            return [(ln, "NAME"), ("es" if ln.endswith(("s", "z", "x", "sh", "ch")) else "s", None)]
        if attr in NAME_ATTRS:
            typ, val = "NAME", ent.name(attr)
        elif attr in ADDR_KEYS:
            typ, val = "ADDRESS", fmt_addr(attr, ent.addr_parts(), mods)
        else:
            if attr not in ent.vals:
                ent.vals[attr] = gen_raw(attr, ent, ctx)
            raw = ent.vals[attr]
            typ, val = TYPE_OF[attr], fmt_value(attr, raw, mods, ent)
        key0 = attr
    else:
        if base in UNL:
            v = UNL[base](ctx)
            if "up" in mods:
                v = v.upper()
            if "lo" in mods:
                v = v.lower()
            return [(v, None)]
        key0 = base
        typ = TYPE_OF[base]
        if base in ADDR_KEYS:
            tmp = Person("s", ctx.origin)
            val = fmt_addr(base, tmp.addr_parts(), mods)
            raw = None
        else:
            raw = gen_raw(base, None, ctx)
            val = fmt_value(base, raw, mods, None)
    # value transforms
    if "spell" in mods and key0 != "age":
        val = spell(val)
        ctx.tag("evasion")
    if "spell" in mods and key0 == "age":
        ctx.tag("evasion")
    if "spelles" in mods and key0 == "age":
        val = age_words_es(int(val))
        ctx.tag("evasion")
    for m in mods:
        if m in VALUE_MODS:
            fn, tg = VALUE_MODS[m]
            val = fn(val)
            ctx.tag(*tg)
    # markup
    if "tel" in mods and typ == "PHONE":
        ctx.tag("slack-markup")
        raw = ent.vals[key0] if ent is not None else raw
        return [("<tel:", None), (fmt_phone(raw, ["e164"]), typ), ("|", None), (val, typ), (">", None)]
    if "mailto" in mods:
        ctx.tag("slack-markup")
        return [("<mailto:", None), (val, typ), ("|", None), (val, typ), (">", None)]
    if "link" in mods:
        ctx.tag("slack-markup")
        return [("<", None), (val, typ), ("|" + R.choice(LINK_LABELS) + ">", None)]
    if "ang" in mods:
        return [("<", None), (val, typ), (">", None)]
    if "b" in mods:
        ctx.tag("slack-markup")
        return [("*", None), (val, typ), ("*", None)]
    if "code" in mods:
        ctx.tag("slack-markup")
        return [("`", None), (val, typ), ("`", None)]
    return [(val, typ)]


def seed_old(t, ctx):
    """an entity shown with both an age (>89) and a DOB gets a matching DOB"""
    keys = [m.group(1).split("~")[0] for m in PH.finditer(t)]
    for e in sorted(set(k.split(".")[0] for k in keys if "." in k)):
        if e + ".age" in keys and (e + ".dob" in keys or e + ".dobold" in keys):
            p = ctx.ent(e)
            if "age" not in p.vals:
                age = gen_raw("age", p, ctx)
                p.vals["age"] = age
                born = rdate(2025 - age, 2025 - age)
                p.vals["dob"] = p.vals["dobold"] = born


def render(tpl, ctx):
    t = expand(tpl)
    seed_old(t, ctx)
    segs = []
    pos = 0
    for m in PH.finditer(t):
        if m.start() > pos:
            segs.append((t[pos:m.start()], None))
        segs.extend(resolve(m.group(1), ctx))
        pos = m.end()
    if pos < len(t):
        segs.append((t[pos:], None))
    return segs


# ---------------------------------------------------------------- chatter macros (clause grammar)
MACROS.update({
    "GREET": "«hey¦hi¦Hi all¦morning¦quick q —¦FYI¦fyi¦heads up:¦ok so¦Hello team,¦{mention}¦@here¦hiya¦Good morning,¦so¦hey team —¦Hi {c.first},¦{c.first} —»",
    "ASK": "«can someone take a look?¦who owns this?¦pls advise¦any idea?¦thoughts?¦can you handle?¦lmk¦need eyes on this asap¦is this ours or {dept}'s?¦can we close the loop today?¦what do I do with this¦who has bandwidth?¦⟨ASK2⟩»",
    "ASK2": "«who's on today?¦can sb pick this up¦@channel help¦pls route¦not sure where this goes¦anyone?¦this ok to send?»",
    "THX": "«thx¦thanks!¦ty¦🙏¦appreciate it¦merci¦gracias¦tia¦thank u¦cheers¦many thanks»",
    "PASTE": "«pasting from Epic:¦copied from the portal:¦see below¦fwd'ing this 👇¦from the fax queue:¦this came in overnight:¦screenshot text:¦from the work queue —¦found this in the shared inbox:¦per {c.first}:¦ugh, look at this:¦FYI, raw paste:¦copy/paste from the referral:¦from the Teams chat w/ {c.first}:¦forwarding, pls handle:»",
    "OK": "«👍¦ok¦k¦got it¦on it¦ack¦will do¦done ✅»",
})

FRAMES = []


class Frame:
    def __init__(self, kind, name, tpl, tags, origin=None, wrap=True):
        self.kind, self.name, self.tpl, self.tags, self.origin, self.wrap = kind, name, tpl, tags.split(), origin, wrap


def P(name, tags, tpl, origin=None, wrap=True):
    FRAMES.append(Frame("phi", name, tpl, tags, origin, wrap))


def C(name, tags, tpl, origin=None, wrap=True):
    FRAMES.append(Frame("clean", name, tpl, tags, origin, wrap))


def pick_lines(lines, must=1, lo=4, hi=9):
    """keep the first `must` lines, then a random ordered subset of the rest"""
    rest = lines[must:]
    k = min(len(rest), R.randint(lo, hi))
    idx = sorted(R.sample(range(len(rest)), k))
    return lines[:must] + [rest[i] for i in idx]


# ================================================================ PHI frames
P("terse_id", "name date structured",
  "«pt¦Pt¦patient¦pt:¦Patient:» {p.full} «DOB¦dob¦DOB:¦d.o.b.¦DOB -» {p.dob} «MRN¦mrn¦MRN#¦MR#¦med rec #¦chart #» {p.mrn} "
  "«— can someone pull the last echo?¦needs a callback re: {lab} results¦is asking for a copy of her records¦still waiting on PT eval¦"
  "pls add to {reldate}'s list¦on {unit}, needs med rec¦— wrong pt merged?? ⟨ASK⟩»")
P("inv_bold_adm", "name date slack-markup",
  "{p.inv~b} «DOB¦dob¦born» {p.dob} — «admitted¦adm¦came in» {p.adm} «via ED¦from SNF¦from {fac}¦by EMS»«, d/c planned {p.dc}¦, dc'd {p.dc}¦» ⟨ASK⟩")
P("callback_relative", "name phone",
  "«can u¦can you¦pls¦plz¦could someone» «call back¦cb¦return a call to» «Mrs.¦Mr.¦Ms.¦» {p.last} at {p.phone} re «her¦his¦their» "
  "«mom's¦dad's¦husband's¦wife's¦son's» «results¦appt¦bill¦meds¦discharge paperwork»«¦ ⟨THX⟩»")


def f_fwd_family():
    return ("⟨PASTE⟩\n«---------- Forwarded message ---------¦-----Original Message-----¦Begin forwarded message:¦________________________________»\n"
            "From: {r.full} <{r.email}>\n"
            "Sent: «Monday¦Tuesday¦Wednesday¦Thursday¦Friday¦Saturday» {mtime}\n"
            "To: «Patient Relations¦Medical Records¦Billing Office» <{bemail}>\n"
            "Subject: «my mother¦Question about my dad¦appointment¦Re: statement¦records request¦URGENT»\n\n"
            "«Hello¦Hi¦To whom it may concern¦Good afternoon»,\n\n"
            "My «mother¦father¦husband¦wife¦aunt¦grandmother» {p.full}«¦ (DOB {p.dob})¦, date of birth {p.dob},» "
            "«was seen in your ED on {p.vdate}¦had a procedure at {fac} on {p.vdate}¦was discharged on {p.dc}» and "
            "«we still have not received the discharge summary¦nobody has called about the biopsy results¦the bill we received is wrong¦she has had a fever since». "
            "«Please call me at {r.phone}.¦You can reach me at {r.cell} after 5.¦My cell is {r.cell}.»\n\n"
            "«Thank you¦Thanks¦Regards¦Sincerely»,\n«{r.first}¦{r.full}»")


P("fwd_email_family", "name date email phone multiline records complaint", f_fwd_family)


def f_colleague_sig():
    return ("«-----Original Message-----¦---------- Forwarded message ---------¦»\n"
            "From: {c.full} <{c.email}>\nSent: {mdate_long} {mtime}\nTo: {d.full}«¦; {e.full}»\n"
            "Subject: «Q3 capacity review¦vendor call follow-up¦badge access for new hires¦RE: contract renewal {contract}¦agenda for {mdate}»\n\n"
            "«Hi all¦Team¦Hi {d.first}¦{d.first} —»,\n\n"
            "«Attaching the updated deck for {mdate}.¦Can we push the review to {mdate} at {mtime}?¦{invno} is approved, please release {po}.¦"
            "The {vendor} rep confirmed the install window for {mdate}.»\n\n"
            "«Best¦Thanks¦Regards»,\n{c.full}\n{c.title}\n{fac}\n"
            "«T¦Tel¦Office¦O¦P»: {c.phone~ext}«¦ | «F¦Fax»: {c.fax}»«¦\n«M¦Cell¦Mobile»: {c.cell}»")


P("fwd_email_colleague_sig", "business-contact calendar multiline exec-name", f_colleague_sig)
P("portal_msg", "name date phone complaint",
  "⟨PASTE⟩\n«MyChart¦Portal¦patient portal¦FollowMyHealth» «message¦msg» «from¦fr¦-» {p.full} ({p.mrn~b}):\n"
  "> «Hi¦Hello¦Good morning» «{doc}¦doctor¦nurse», I had my {proc} on {p.sdate} and «I'm still having a lot of pain¦the incision looks red¦nobody called me with the results¦I need a note for work». "
  "«Can someone call me at {p.phone}?¦My number is {p.cell}.¦Please call my daughter {r.first} at {r.phone}, she helps me.» «Thanks¦Thank you¦Gracias»\n"
  "«can someone on the pool pick this up?¦routing to the nurse pool¦who owns this inbox?¦⟨ASK⟩»")


def f_fax_cover():
    lines = ["«*FAX COVER SHEET*¦FAX¦== FACSIMILE TRANSMITTAL ==»", "{fac}", "«Date: {mdate}¦Date/Time: {mdate} {mtime}»",
             "To: «Medical Records¦Referral Coordinator¦Utilization Review¦{doc}'s office» — {fac}", "Fax: {fax}",
             "From: {c.full}, {c.title}", "«Phone: {c.phone}   Fax: {fax}¦Ph {c.phone~ext}»", "Pages: {pages} (incl. cover)",
             "RE: {p.INV}   DOB {p.dob~us}«¦   MRN {p.mrn}»",
             "«URGENT — please review¦Records requested per signed authorization¦Prior auth clinicals attached¦Referral + last 2 office notes»",
             "CONFIDENTIALITY NOTICE: This facsimile contains «confidential¦privileged» information intended only for the recipient named above."]
    body = "\n".join(lines)
    return R.choice(["⟨PASTE⟩\n", "this fax landed in our queue but it's for {fac}:\n", "", "misdirected fax 😬\n"]) + body


P("fax_cover", "name date phone structured records multiline", f_fax_cover)


def f_registration():
    lines = ["«Patient Name¦Name¦PATIENT» : {p.INV}", "Preferred name: {p.nick}", "DOB: {p.dob}", "Sex: «F¦M¦X»",
             "Address: {p.addr}", "«Home phone¦Home¦Ph»: {p.phone}", "«Cell¦Mobile»: {p.cell}", "Email: {p.email}",
             "«SSN¦SS#¦Social»: {p.ssn}", "«Driver's License¦DL #»: {p.dl} («MA¦NH¦NY¦RI»)", "Marital status: «M¦S¦W¦D»",
             "Language: «English¦Spanish¦Haitian Creole¦Portuguese¦Vietnamese»", "Emergency contact: {r.full} ({rel}) {r.phone}",
             "Primary insurance: {payer}", "Member ID: {p.hpid}", "Group #: {group}", "Subscriber: «self¦spouse»",
             "Guarantor acct: {p.guar}", "PCP: {docfull}", "Employer: «retired¦{vendor}¦self-employed»"]
    chosen = pick_lines(lines, 1, 4, 10)
    sep = R.choice(["\n", "\n", " | ", "\n"])
    head = R.choice(["*New patient registration*", "REGISTRATION — {fac}", "Pre-reg worksheet", "Intake form (typed from paper)", "Reg screen:"])
    return head + "\n" + sep.join(chosen).replace(" : ", ": ")


P("registration_form", "name date structured multiline", f_registration)


def f_referral():
    lines = ["REFERRAL", "To: {fac} — «Cardiology¦GI¦Ortho¦Neurology¦Sleep Medicine¦Wound Care»", "From: {docfull}, {fac} (NPI {npi})",
             "«Fax back¦Return fax»: {fax}", "Patient: {p.full}", "DOB: {p.dob}", "Phone: {p.phone}", "Ins: {payer} #{p.hpid}",
             "Dx: {dx} ({icd})", "Reason: «eval and treat¦second opinion¦{proc}»", "Requested appt: «ASAP¦within 2 wks¦routine»",
             "Last seen: {p.vdate}"]
    return R.choice(["⟨PASTE⟩\n", "", "referral came in w/o a signature:\n"]) + "\n".join(pick_lines(lines, 1, 5, 11))


P("referral_form", "name date referral structured npi icd multiline", f_referral)
P("lab_order", "name date structured cpt",
  "«ORDER¦Order¦LAB ORDER¦ord» {orderno} | {lab} ({cpt}) | «Pt¦Patient»: {p.INV} | DOB {p.dob} | MRN {p.mrn} | «Collect¦Coll date¦Draw»: {p.dos} «{hh}¦» | "
  "Ordering: {doc} | «STAT¦Routine¦AM draw»«¦\nwhy is this still unresulted?¦\nlab says specimen never arrived»")
P("imaging_order_age", "name age date structured",
  "«CT¦MRI¦XR¦US» «head w/o contrast¦chest PE protocol¦L hip 2 views¦abd/pelvis w/ contrast» — {p.full}, «{p.age}yo¦{p.age} y/o¦{p.age}F¦{p.age}M¦{p.age} year old», {p.mrn}. "
  "«Hx: fall at home¦r/o bleed¦SOB¦post-op check». Exam «scheduled¦done» {p.sdate} «@¦at» {mtime}. «Read by {doc}¦Pending read»")


def f_audit():
    n = R.randint(2, 4)
    rows = []
    for _ in range(n):
        e = R.choice("pq")
        rows.append("{ts} {sev} «user¦usr¦uid»={c.uname}«¦ ws={ws}» «ip¦src_ip¦client»={ip} action=«VIEW¦PRINT¦EXPORT¦MODIFY¦BREAK_GLASS» "
                    "«patient¦pt¦mrn»={%s.mrn}«¦ name=\"{%s.INV}\"»" % (e, e))
    return ("«Privacy flagged this access pattern:¦audit trail for the chart in question:¦FairWarning alert, pasting raw:¦from the access log —»\n```\n"
            + "\n".join(rows) + "\n```\n«{c.first} can you confirm this was a break-glass?¦does that IP belong to the {bizcity} clinic?¦⟨ASK⟩»")


P("audit_log", "structured hipaa ip-address multiline", f_audit, wrap=False)


def f_hl7_adt():
    return ("«interface error on this one:¦ADT came through with the wrong unit:¦raw HL7 —¦»\n"
            "MSH|^~\\&|«EPIC¦ADT1¦MEDITECH»|«NVRMC¦CHH»|||||ADT^A«01¦04¦08¦03»|{msgid}|P|2.5.1\n"
            "PID|1||{p.mrn}^^^«NVRMC¦CHH»^MR||{p.hl7}||{p.dob~hl7}|«F¦M»|||{p.addrhl7}||{p.phone~hl7}|||||{p.acct}«¦|{p.ssn~nosep}»\n"
            "PV1|1|«I¦E¦O»|«5W^512^B¦ICU^04^A¦ED^BAY7^»||||{doc_hl7}" + "|" * 37 + "{p.adm~hl7t}")


P("hl7_adt", "name date structured hl7 multiline npi", f_hl7_adt, wrap=False)


def f_hl7_oru():
    return ("«ORU stuck in the error queue:¦results interface dropped this:¦can someone in LIS look?»\n"
            "MSH|^~\\&|LAB|NVRMC|||||ORU^R01|{msgid}|P|2.5.1\n"
            "PID|1||{p.mrn}^^^NVRMC^MR||{p.hl7}||{p.dob~hl7}|«F¦M»\n"
            "OBR|1|{ctl}|{ctl}|«80048^BMP^C4¦85025^CBC^C4¦84484^TROPONIN^C4»|||{p.dos~hl7t}\n"
            "OBX|1|NM|{loinc}^«Potassium¦Troponin I¦Hemoglobin»^LN||«6.8¦0.94¦6.1»|«mmol/L¦ng/mL¦g/dL»|||«HH¦H¦LL»|||F")


P("hl7_oru", "name date structured hl7 multiline", f_hl7_oru, wrap=False)


def f_csv():
    cols = ["mrn"] + R.sample(["name", "lastname", "dob", "zip", "phone", "email", "unit", "los", "payer", "cpt", "age"], R.randint(3, 5))
    if "name" in cols and "lastname" in cols:
        cols.remove("lastname")
    if not any(c in cols for c in ("name", "lastname", "dob", "zip", "phone", "email")):
        cols.append("dob")
    rows = []
    dfmt = R.choice(["iso", "us", ""])
    for e in "pqs"[:R.randint(2, 3)]:
        vals = []
        for c in cols:
            vals.append({"mrn": "{%s.mrn}" % e, "name": "\"{%s.inv}\"" % e, "lastname": "{%s.last}" % e,
                         "dob": "{%s.dob%s}" % (e, "~" + dfmt if dfmt else ""), "zip": "{%s.zip}" % e,
                         "phone": "{%s.phone~dash}" % e, "email": "{%s.email}" % e, "unit": "{unit}", "los": "{n}",
                         "payer": "{payer}", "cpt": "{cpt}",
                         "age": R.choice(["{%s.age}" % e, "{age_ok}", "{age_ok}"])}[c])
        rows.append(",".join(vals))
    hdr = ",".join({"name": "patient_name", "lastname": "last_name"}.get(c, c) for c in cols)
    return ("«who exported this to the shared drive??¦CSV from the {dept} report, pasting first rows:¦this is what the vendor sent back:¦rows that failed the load:»\n"
            + hdr + "\n" + "\n".join(rows))


P("csv_fragment", "structured multiline hipaa", f_csv, wrap=False)


def f_elig():
    lines = ["«ELIGIBILITY RESPONSE¦271 RESPONSE¦Eligibility & Benefits» — {payer}", "Subscriber: {p.INV}", "Member ID: {p.hpid}",
             "Group #: {group}", "DOB: {p.dob}", "Coverage: «ACTIVE¦INACTIVE¦ACTIVE - PENDING COB»  Eff: {effdate}  Term: {termdate}",
             "PCP: {docfull}", "Copay: «$20¦$35¦$0¦$50» office / «$150¦$250» ER", "Deductible met: {money}",
             "Address on file: {p.addr}", "Relationship: «Self¦Spouse¦Child»"]
    return R.choice(["⟨PASTE⟩\n", "elig check result, does this look right?\n", ""]) + "\n".join(pick_lines(lines, 2, 3, 8))


P("eligibility_response", "name structured multiline", f_elig)


def f_edi271():
    return ("«raw 271 from the clearinghouse:¦EDI snippet (loop 2100C):¦the 271 says inactive but pt swears she has coverage:»\n"
            "NM1*IL*1*{p.edi}***MI*{p.hpid}~\nREF*6P*{group}*«ACME MFG¦GROUP NAME¦TOWN OF {bizcity~up}»~\nN3*{p.streetup}~\nN4*{p.edin4}~\n"
            "DMG*D8*{p.dob~edi}*«F¦M»~\nDTP*346*D8*{eff8}~\nEB*«1¦6»*IND*30**«GOLD PPO¦HMO SELECT¦MEDICAID STD»~")


P("edi_271", "name date structured multiline", f_edi271, wrap=False)


def f_callnote():
    lines = ["«Call note¦CALL LOG¦Nurse line¦Contact center» {mtime}",
             "Caller: {r.full} («daughter¦son¦wife¦POA¦husband¦neighbor») «cb#¦callback¦ph» {r.phone}",
             "«Pt¦Patient»: {p.full}, DOB {p.dob}",
             "Reason: «refill request¦wants to reschedule appt on {p.appt~short}¦asking about bill for DOS {p.dos}¦fell at home {p.fall~short}¦"
             "confused since «yesterday¦last night¦the weekend»»",
             "Disposition: «warm transfer to {ext}¦msg to PCP pool¦scheduled w/ {doc}¦advised ED»"]
    return "\n".join(lines) + R.choice(["", "\n⟨ASK⟩", "\n— {c.first}"])


P("call_center_note", "name date phone structured multiline", f_callnote)


def f_sms():
    L_ = ["[{time}] {fac}: Reminder: «you have an appt¦your appointment is» on {p.appt~short} at {mtime} with {doc}. Reply C to confirm, R to reschedule.",
          "[{time}] {p.phone~e164}: «R¦cant make it, my ride fell thru¦C¦who is this»",
          "[{time}] {fac}: «We will call you to reschedule.¦Thanks! See you then.¦This is an automated line.»"]
    if R.random() < 0.6:
        L_.append("[{time}] {p.phone~dash}: «this is her son {r.first} btw, use my # {r.cell} instead¦ok thx¦👍¦my mom {p.first} is in the hospital, cancel pls»")
    return "«SMS thread¦Text log¦Twilio transcript¦Texts» «from the reminder line¦w/ pt» — «can someone call?¦⟨ASK⟩»\n" + "\n".join(L_)


P("sms_transcript", "name date phone multiline", f_sms, wrap=False)
P("lang_es", "name date phone spanish",
  "«Paciente¦Pte.¦Pcte» {p.full}, «fecha de nacimiento¦FN¦f. nac.¦nacida el¦nacido el» {p.dob~es}, «tel.¦cel.¦teléfono¦whatsapp» {p.phone}. "
  "«Su hija¦Su esposo¦Su hijo¦La sobrina» {r.first} «pide¦pregunta por¦quiere cambiar» la cita del {p.appt~es}. "
  "«¿alguien que hable español puede llamar?¦necesita intérprete¦can someone who speaks Spanish call back?»", origin="es")
P("lang_pt", "name date phone portuguese",
  "Paciente {p.full}, «nascida¦nascido» em {p.dob~pt}, «celular¦tel¦zap» {iphone}. «Consulta marcada para¦Cirurgia em¦Exame no dia» {p.appt~pt}. "
  "«Precisa de intérprete de português.¦A filha {r.first} fala inglês.¦Liga depois das 18h.» «— pt interp pls¦»", origin="pt")
P("lang_ht", "name date phone creole",
  "«Pasyan an¦Pasyan» se {p.full}, li fèt {p.dob~fr}. «Pitit fi li¦Mari li¦Pitit gason li» {r.first} ap rele nan {r.phone}. "
  "«Li bezwen yon entèprèt kreyòl.¦Randevou a se {p.appt~fr}.» — «can someone from interpreter svcs grab this?¦Creole interp pls¦mèsi»", origin="ht")
P("lang_fr", "name date phone french",
  "«Bonjour¦Salut», «la patiente¦le patient» {p.full} («née¦né» le {p.dob~fr}) «appelle pour¦demande» «son rendez-vous du {p.appt~fr}¦ses résultats¦une copie de son dossier». "
  "«Tél¦Portable» : {iphone}. «Merci!¦Merci de rappeler.»", origin="fr")
P("lang_vi", "name date phone vietnamese",
  "«BN¦Bệnh nhân» {p.full} (sinh {p.dob~vi}), SĐT {p.phone}. «Con gái¦Con trai» là {r.full} «gọi hỏi về lịch hẹn {p.appt~vi}¦cần phiên dịch tiếng Việt». "
  "«pls page Vietnamese interp¦can someone call back?»", origin="vi")
P("lang_zh", "name date phone chinese",
  "患者 {p.full}，出生日期 {p.dob~zh}，电话 {p.phone}。«她女儿¦他儿子» {r.full} «想预约¦问一下» {p.appt~zh} 的«复诊¦检查»。— «need Mandarin interp¦can someone who reads Chinese check this?¦forwarding from the portal»", origin="zh")
P("lang_ru", "name date phone russian",
  "«Пациентка¦Пациент» {p.full}, д.р. {p.dob~ru}, тел. {p.phone}. «Нужен переводчик.¦Дочь {r.first} просит перезвонить.¦Запись на {p.appt~ru}.» — «russian speaker needed¦anyone speak Russian?»", origin="ru")
P("lang_ar", "name date phone arabic",
  "«المريض¦المريضة» {p.full}، تاريخ الميلاد {p.dob~intl}، رقم الهاتف {p.phone}. «يحتاج مترجم عربي.¦ابنته {r.first} تسأل عن الموعد.» — «Arabic interp requested for {mtime}¦pls route to interp svcs»", origin="ar")
P("lang_ko", "name date phone korean",
  "환자 {p.full}, 생년월일 {p.dob~ko}, 연락처 {p.phone}. «통역이 필요합니다.¦딸 {r.full} 씨가 예약 변경 요청.» — «Korean interp pls¦who can read this?»", origin="ko")
P("lang_ja", "name date phone japanese",
  "患者：{p.full}（生年月日 {p.dob~ja}）電話 {p.phone}。«通訳が必要です。¦娘さんの{r.first}さんから連絡あり。» — «need Japanese interp¦pls route»", origin="ja")
P("spanglish", "name date phone spanish",
  "the «daughter¦son¦wife» ({r.full}) only speaks español, dice que «su papá¦su mamá¦su esposo» {p.first} «se cayó¦se cayó en el baño¦tuvo fiebre» el {p.fall~es}. "
  "«cb¦call back¦llamar al» {r.phone} «porfa¦pls»", origin="es")
P("employee_health_exposure", "name date employee-health",
  "«EH¦Employee Health¦occ health» «case¦referral¦f/u»: {p.full} («RN¦CNA¦tech¦RT¦pharmacist¦EVS» on {unit}) «needlestick¦splash exposure¦back injury lifting a pt¦positive TB screen¦COVID+» on {p.inj}. "
  "«Source pt MRN {q.mrn}.¦Baseline labs drawn.¦Out until cleared by {doc}.» «Keep this off the staffing channel pls.¦⟨ASK⟩»")
P("employee_health_surgery", "name date employee-health",
  "fyi {p.first} from «IT¦dietary¦HIM¦pharmacy¦the front desk» had «her¦his¦their» {proc} on {p.surg~short}, «she'll¦he'll¦they'll» be out a few weeks — «card going around¦send good vibes 💐¦we'll cover the shifts»")
P("vip_admit", "name vip escalation",
  "«heads up¦FYI, confidential¦🚨 VIP¦quietly:» — {p.full} («board member¦trustee¦the former mayor¦our board chair¦a donor on the capital campaign») "
  "«was admitted to¦is in¦came through the ED, now on» {unit} «overnight¦this am», «restrict chart access¦flag as VIP/confidential¦no visitors w/o approval¦do not list on the census board». "
  "«{c.first} is handling comms.¦Privacy has been notified.¦»")
P("slack_mailto", "name email slack-markup records",
  "{p.first}'s «daughter¦son¦husband» emailed from {r.email~mailto} asking «for the discharge summary¦whether we got the POLST¦to be added to the portal as proxy». «Can we reply?¦ok to send via secure email?¦⟨ASK⟩»")
P("slack_tel", "name phone slack-markup",
  "«cb¦callback¦best number» for {p.full}: {p.phone~tel}«¦ (cell)¦ — leave VM ok»")
P("pacemaker", "name date device",
  "«Device clinic¦Remote monitoring¦Interrogation» — {p.full}, «PPM¦ICD¦CRT-D¦loop recorder» «SN¦serial¦S/N¦Serial #:» {p.serial}, «transmission¦remote check» {p.dos~short}: "
  "«AF burden 12%¦battery at ERI¦lead impedance ok¦VT episode x1». «Programmer software {ver} for reference.¦Rep is {c.full} from {vendor}.¦»")
P("cgm_pump", "name device ticket",
  "{p.full}'s «CGM transmitter¦insulin pump¦Libre reader¦home O2 concentrator» «keeps dropping¦was replaced¦is under recall check» — «SN¦serial¦s/n» {p.serial}. "
  "«Vendor ticket {ticket}.¦Asset tag on the loaner is {asset} (not the pt's).¦»")
P("hearing_aid", "name device phone",
  "«Lost & found¦Security¦EVS» found a hearing aid in {room}, «serial¦SN¦s/n» {p.serial}. «Might be {p.full}'s — discharged {reldate}.¦Belongs to pt {p.full} per audiology.» "
  "«Daughter's # is {r.phone}.¦»")
P("implant_udi", "name date device structured",
  "«Implant log¦OR implant record¦Implant card» — {p.INV}, {p.mrn}: «hip stem¦knee tibial tray¦breast implant¦cochlear implant» UDI {p.udi}, implanted {p.surg}. "
  "«Lot recall notice from {vendor} — is this one affected?¦Need for registry submission.»")
P("portal_url", "name url slack-markup",
  "«here's¦pasting¦sending» the «portal link¦visit summary link¦msg link» for {p.first}: «{p.purl~link}¦{p.purl}»«¦ — it opens her chart, don't forward»")
P("personal_page", "name url",
  "«{p.full}'s family¦The {p.last} family» set up «an update page¦a journal site¦a fundraiser page» — {p.curl}. «Staff shouldn't post on it.¦Pls don't share clinical details there.¦Chaplain asked if we can link it.»")
P("vehicle_plate", "name vehicle",
  "«Security¦Valet¦Parking» — «visitor for {p.full}¦family of {p.full}¦{p.full}'s son» left a «silver Camry¦black F-150¦red Civic¦white minivan» in the ambulance bay, «plate¦MA plate¦tag¦reg» {p.plate}. "
  "«Tow in 20 unless moved.¦Can the ED charge nurse find them?»")
P("vehicle_vin", "name vehicle ticket",
  "«Incident report¦Claim» — «pt¦visitor» {p.full}'s car «was hit in Garage B¦got a door ding from the shuttle», VIN {p.vin}, «plate¦lic plate» {p.plate}. «Risk mgmt has it.¦Ref {ticket}.»")
P("drivers_license", "name license",
  "«Front desk¦Reg¦Patient Access»: {p.full} «only had¦presented» «a¦her¦his» «driver's license¦DL¦license» #{p.dl}«¦ (exp {ccexp})» — «no insurance card¦name doesn't match the ins card¦photo is expired». «ok to register as self-pay?¦⟨ASK⟩»")
P("credentialing", "credentialing npi license",
  "«Credentialing¦Cred file¦Re-cred» for {docfull}: «NPI {npi}, ¦»DEA {dea}, «state license¦MA lic¦license #¦lic» {slic}«¦ (lapses {termdate})¦, exp {termdate}». "
  "«Missing malpractice COI.¦Board cert verified.¦Still need the CAQH attestation.»")
P("card_payment", "name credit-card money",
  "«Pt¦Guarantor¦His wife» «called to pay¦paid over the phone¦read me her card» — {p.full}, acct {p.guar}, card {p.cc} exp {ccexp}«, CVV on file¦». "
  "«I know, shouldn't be in Slack — deleting after¦can someone post this in the billing system?»")
P("bank_refund", "name money",
  "«Refund¦Credit balance refund» for {p.full} (HAR {p.har}) — «pt wants ACH to¦deposit to» «acct¦account» {p.bank} «at¦with» «Harbor Trust¦Granite Savings¦Bay Colony CU». «Amount {money}.¦Need AP to approve.»")
P("ssn_nosep", "name ssn evasion",
  "«ssn is¦SSN is¦his ss# is¦social:¦SS» {p.ssn~nosep} «for¦—» {p.full}«¦, DOB {p.dob}» «need it for the Medicaid app¦registration left it blank¦for the disability paperwork»")
P("ssn_spelled_vm", "name ssn evasion",
  "«voicemail transcript¦VM»: \"...«social is¦my social security number is¦the social is» {p.ssn~spell}...\" «— from¦caller:» {p.full}")
P("phone_fullwidth", "name phone fullwidth",
  "{p.full} «cell¦#¦phone» {p.phone~fw}«¦ — copied from the intake form¦ (from the kiosk)»")
P("mrn_zerowidth", "name date mrn zero-width",
  "«merge request¦dup chart¦possible duplicate»: {p.mrn~zw} «and¦/¦+» {q.mrn~zw}«¦ — same pt?» «{p.inv} born {p.dob}¦»")
P("email_obf", "email evasion",
  "«pt¦her son¦the guardian» «wants¦asked for» the «records¦itemized bill¦visit summary» sent to {p.email~obf}«¦ (she typed it that way lol)» ⟨ASK⟩")
P("age_spelled", "age evasion",
  "«fyi¦note:» «pt in {bed}¦the new admit on {unit}¦the transfer from {fac}» is «{p.age~spell} years old¦{p.age~spell}»« and sharp as a tack¦, lives alone¦ — family asking about hospice»")
P("addr_split", "name address",
  "{p.full} «lives at¦is at¦home is» {p.street} «off Rte {route}¦behind the Stop & Shop¦across from the fire station» in {p.town} — «VNA needs directions¦ambulance couldn't find it¦meals on wheels route»")
P("lives_in_town", "name address",
  "«{p.first}¦{p.full}¦Mrs. {p.last}» «lives in¦is from¦moved to¦lives out in» {p.town}«¦, {state}» «so transport is a problem¦— closest dialysis is our {bizcity} site¦and wants f/u closer to home»")
P("zip_only", "name address",
  "«pt¦she¦he» «gave zip¦zip is¦ZIP:» «{p.zip}¦{p.zip4}» «but no street¦, can't find the address¦for the outreach list» — {p.full}")
P("po_box", "name address",
  "«mail¦statements¦send the records» to {p.full}, {p.poboxfull}«¦ — no street delivery»")
P("nickname", "name",
  "{p.full} («goes by¦aka¦prefers» \"{p.nick}\") «in {bed}¦on {unit}» «is asking for you¦wants her daughter called¦refused meds again»")
P("plural_possessive", "name",
  "«the¦The» {p.lastpl} «are asking¦called again¦want a family meeting» about {p.first}'s «discharge¦hospice eval¦{proc}»«¦ ⟨ASK⟩»")
P("death", "name date phone multiline",
  "«Post-mortem¦Decedent¦Morgue release» — {p.full}, MRN {p.mrn}, «expired¦pronounced» {p.dod}«¦ {hh}». "
  "«NOK {r.full} ({rel}) {r.phone}.¦Release to «Ashby¦Whitcomb¦Hollis» Funeral Home, {phone}.» «Autopsy declined.¦ME case — hold.»")
P("fall_unnamed", "date ticket",
  "«pt in¦patient in» {bed} «fell¦had an unwitnessed fall¦was found on the floor» «on ¦»{p.fall~short} «around¦@» {mtime}, «no injury¦small lac to forehead¦CT neg». Safety report «filed¦pending» ({ticket}).")
P("discharge_fu", "name date",
  "{p.full} «d/c'd¦discharged¦going home» {p.dc} — «f/u with {doc} due¦needs f/u by¦PCP f/u» {p.fu}«¦ — who's calling to schedule?¦; TCM call due in 2 business days»")
P("appt_reminder_url", "name date url",
  "Appt reminder for {p.full}: «{proc}¦follow-up visit¦telehealth visit» on {p.appt} at {mtime}. Join: {p.teleurl}")


def f_newline_value():
    which = R.choice(["{p.phone~nl}", "{p.ssn~nl}", "{p.mrn~nl}", "{p.cc~nl}", "{p.hpid~nl}"])
    lbl = {"{p.phone~nl}": "Phone", "{p.ssn~nl}": "SSN", "{p.mrn~nl}": "MRN", "{p.cc~nl}": "Card", "{p.hpid~nl}": "Member ID"}[which]
    return "⟨PASTE⟩\nName: {p.full}\n" + lbl + ": " + which + "\n«Ins: {payer}¦Unit: {unit}¦Lang: Spanish»"


P("newline_value", "name multiline structured", f_newline_value)
P("thread_quote", "name date multiline",
  "> {c.full}: «who has the pt from {fac}?¦anyone know this guy?¦is this the right chart?»\n«it's¦thats¦that's» {p.full}, «DOB¦b.» {p.dob}, «came in¦transferred» {p.adm~short}«¦ — I have her»")


def f_md_table():
    cols = R.choice([["MRN", "Name", "DOB", "Unit"], ["Name", "DOB", "Phone"], ["Bed", "Name", "Age", "Dx"], ["Name", "MRN", "Dx"]])
    cell = {"MRN": "{%s.mrn}", "Name": "{%s.inv}", "DOB": "{%s.dob~us}", "Unit": "{unit}", "Phone": "{%s.phone}",
            "Bed": "{bed}", "Age": "AGE", "Dx": "{dx}"}
    rows = []
    for e in "pqs"[:R.randint(2, 3)]:
        r = []
        for c in cols:
            v = cell[c]
            if v == "AGE":
                v = R.choice(["{%s.age}", "{age_ok}", "{age_ok}"])
            r.append(v.replace("%s", e) if "%s" in v else v)
        rows.append("| " + " | ".join(r) + " |")
    return ("«pending dc list:¦who still needs a bed:¦callback list for today:»\n| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n" + "\n".join(rows))


P("md_table", "name structured multiline", f_md_table)
P("bullet_list", "name multiline",
  "«pts still needing¦ppl on the callback list for¦Outstanding» «med rec¦PT clearance¦transport¦an interpreter»:\n• {p.full} ({bed})\n• {q.full} ({bed}) — «DOB {q.dob}¦{q.age}yo¦lang: Spanish»\n• {s.full}«¦ (cb {s.phone})»")
P("ipv6_device", "name ip-address ticket",
  "«infusion pump¦telemetry box¦bedside monitor» «for¦assigned to» {p.full} «keeps dropping off¦not reporting to EHR» — last seen from {ip6}«¦ / {ip}». asset {asset}. {ticket}")
P("transfer_caller", "name phone",
  "«transferring¦xfer'ing¦sending over» «a caller¦the daughter¦pt's wife» — {r.full}, «re:¦about» {p.full}, «she's at¦cb» {r.phone}«¦ ⟨THX⟩»")
P("complaint", "name date phone complaint escalation",
  "«Escalation¦Complaint¦🔥 Escalation» — {r.full} «called¦emailed the CEO¦posted on FB» re: «her father¦his mother¦their son» {p.full} (adm {p.adm~short}). "
  "«Says nobody told them about the {proc}.¦Upset about the wait in the ED.¦Claims his hearing aids were lost.» "
  "«{c.first} from Patient Relations is on it.¦Needs response within 7 days per policy.»«¦ cb {r.phone}»")
P("roi_request", "name date records ticket",
  "«ROI¦Records request¦HIM request» {ticket}: «{p.full}¦{p.INV}», DOB {p.dob}, «dates of service¦DOS» {p.dos} «–¦to¦-» {p.dc}, «send to¦release to» "
  "«{r.full}¦{bemail}¦{docfull}'s office, fax {fax}». «Auth on file.¦Auth expired — need new one.»")
P("medicaid_id", "name phone",
  "{p.full} — «MassHealth¦Medicaid¦Tri-County Medicaid ACO» ID {p.medicaid}, «redetermination due {deadline}¦coverage active¦pending». «Can fin counseling call {p.phone}?¦»")
P("mbi", "name",
  "«Medicare¦MBI¦Medicare #» for {p.inv}: {p.mbi}«¦ (old card had the SSN-based number, ignore)» — «eligibility shows Part A only¦needs ABN signed»")
P("pharmacy_dea", "name license npi phone",
  "«Pharmacy¦Walgreens on Main¦CVS» called — «script¦Rx» for {p.full} «({med})¦» «missing prescriber DEA¦has the wrong DEA». {doc}'s DEA is {dea}«¦, NPI {npi}». «cb {phone}¦pharmacist line {phone~ext}»")
P("visitor_badge", "name license",
  "«Security¦Front desk»: visitor «{r.full}¦{r.full~b}» «for¦visiting» {p.last} in {room} «is on the restricted list¦badge expired¦wants to stay overnight».«¦ ID: DL {r.dl}»")
P("poa", "name phone email",
  "«POA¦HCP¦Health care proxy¦Guardian» for {p.full} is {r.full}«¦ ({rel})», {r.phone}«¦, {r.email}». «Paperwork scanned to media tab.¦Need copy for the chart.»")
P("transport_pickup", "name date address phone",
  "«Ride¦Transport¦Medicaid cab» «for¦to pick up» {p.full} at {p.addr} «on ¦»{p.appt} «@¦at» {mtime} for «dialysis¦chemo¦her {proc}». «Driver cb {phone}.¦Wheelchair van needed.»")
P("home_health", "name date address phone multiline referral",
  "*Home health referral*\n{p.full}\n{p.addr2l}\n«Ph¦Home¦Tel»: {p.phone}\nDx: {dx}\nSOC: {p.dc}\nOrdering: {doc}\nAgency: {fac}")
P("interp_request", "name",
  "«Interp request¦Need interpreter¦🗣️ Interp»: «Spanish¦Haitian Creole¦Portuguese¦Cape Verdean Creole¦Vietnamese¦Arabic» for {p.full} in {room}«¦, family ({r.full}) will be there» {reldate} «@¦at» {mtime}. «{c.first} can you cover?¦vendor {vendor} as backup»")
P("voicemail_spelled", "name phone evasion",
  "«VM¦Voicemail transcript¦Transcribed VM» ({time}): \"Hi this is {r.first}, «I'm calling about my mother¦calling about my father¦calling for my husband» {p.full}. "
  "«Please call me back at¦My number is¦You can reach me at» {r.phone~spell}. «Thank you.¦Thanks, bye.»\"")
P("telehealth_link", "name url",
  "{p.full}'s «video visit¦telehealth» link «isn't working¦expired»: {p.teleurl}«¦ — can IT regenerate?»")
P("it_ticket_ip", "name ip-address ticket",
  "{ticket} — «workstation¦kiosk¦label printer¦badge reader» at {ip} «in {room}¦on {unit}» «printed {p.full}'s wristband on the wrong pt¦was left logged into {p.full}'s chart¦keeps throwing HL7 errors for {p.full}»«¦ — user {c.uname}»")
P("it_ip_only", "ip-address ticket",
  "«can't reach¦ping fails to¦firewall is blocking» «the fax server¦the {unit} label printer¦the PACS gateway¦the interface engine» at {ip}«¦ since {mtime}» — {ticket}«¦ (build {build})»")
P("privacy_investigation", "name mrn hipaa ticket",
  "«Privacy¦Compliance¦HIPAA» «investigation¦case¦review» {ticket}: «user¦employee» {c.full} «accessed¦viewed¦printed» the chart of {p.full} (MRN {p.mrn}) "
  "«{n} times¦after hours¦with no treatment relationship». «Manager notified.¦Pending interview.»")
P("lower_terse", "name date lowercase",
  "«pls¦plz» «add¦addd» {p.full~lo} to «the¦» «board¦list¦huddle sheet» - dob {p.dob} - «in¦@» {room}")
P("emoji_heavy", "name emoji",
  "{emoji}{emoji} «omg¦ugh¦yay» {p.first} «finally went home¦is back again¦got her {proc}» «🏠¦🎉¦😩» — «her¦his» «dtr¦son¦wife» {r.first} «brought cookies 🍪¦says thank you 💕¦is furious 😤»")
P("vendor_rep_contact", "business-contact",
  "«Rep contact¦Vendor contact¦For the {vendor} install» — {c.full}, {c.email}«, ¦ / »{c.cell}«¦. Backup: {d.full} {d.phone~ext}»")
P("colleague_cell", "business-contact",
  "«{c.first} here¦it's {c.first}» — «I'm off-site¦on PTO but reachable¦in the {bizcity} clinic today», «call my cell¦text me¦reach me at» {c.cell}«¦ or {c.email}»")
P("dial_in", "business-contact calendar",
  "«Dial-in¦Call-in¦Phone» for the {mdate} «ops huddle¦IT CAB¦budget review»: {phone}, «Conference ID¦Access code¦PIN» {zoom}#«¦ | Zoom {zoomurl}»")
P("claim_denial", "name date cpt money",
  "«Denial¦CO-197 denial¦Claim denied» from {payer}: {p.inv}, member {p.hpid}, DOS {p.dos}, «HAR¦acct¦pt acct» {p.har}, CPT {cpt}. «Auth missing.¦Timely filing.¦Not medically necessary per UR.»«¦ Appeal by {deadline}.»")
P("prior_auth", "name date",
  "«PA¦Prior auth» «needed¦pending¦approved» for {p.full} (DOB {p.dob}, {payer} ID {p.hpid}) — {proc} «scheduled¦booked» {p.appt}. «{c.first} is faxing clinicals to {fax}.¦Ref # from payer is on the case.»")
P("newborn", "name date",
  "«New admit¦NICU admit¦Baby» — «Baby Girl¦Baby Boy¦BG¦BB» {p.last}, born {p.birth} «@¦at» {mtime}, «mom¦MOB» {r.full} (MRN {r.mrn}). «Peds aware.¦Cord gas sent.¦35+2 wks.»")
P("critical_lab", "name date",
  "«Critical¦CRIT¦‼️ Critical value»: «K 6.8¦Hgb 5.9¦trop 4.2¦lactate 5.1¦INR 9.4» on {p.full} ({p.mrn}), «collected¦drawn» {p.dos~short} {hh}. «Called to {doc} at {mtime}, read back ok.¦Unable to reach {doc} — escalating.»")
P("birthday_100", "name age date emoji",
  "«🎂¦🎉» {p.first} «on {unit}¦in {room}» «turns¦is turning» {p.age} «on¦this» {p.dob~short}! «cake in the break room¦sign the card at the desk»")


def f_vpn_csv():
    rows = ["{c.uname},{ip},{ts},«US¦RO¦NG¦US¦BR»", "{d.uname},{ip},{ts},«US¦CN¦US»"]
    if R.random() < 0.5:
        rows.append("{e.uname},{ip6},{ts},US")
    return ("«VPN¦Citrix¦remote access» «logins¦sessions» flagged by SOC:\n```\nuser,src_ip,ts,geo\n" + "\n".join(rows)
            + "\n```\n«{c.first} can you check if these are legit?¦⟨ASK⟩»")


P("vpn_csv", "ip-address structured multiline", f_vpn_csv, wrap=False)
P("visitor_parking", "name vehicle",
  "«Parking office¦Garage» — «monthly pass¦validation¦handicap placard» for «a visitor of¦family of» {p.full}, «plate¦tag» {p.plate}«¦ (NH)¦ (MA)». «ok to comp?¦they've been here 3 weeks»")
P("age_unnamed", "age",
  "«{p.age}yo F¦{p.age} y/o M¦{p.age}F¦{p.age}M¦{p.age} yo woman¦{p.age}-year-old man» in {bed} «w/¦with» {dx}«, DNR/DNI¦, full code¦». «family wants everything done¦hospice consult placed¦sitter needed»")
P("ssn_mixsep", "name date ssn evasion",
  "«ss¦SSN¦ssn» {p.ssn~mix} «& dob¦dob» {p.dob} «for¦—» {p.first} — «from the paper form¦she wrote it like that»")
P("phone_nbsp", "name phone evasion",
  "{p.full} «phone¦tel¦#» {p.phone~nb}«¦ pls update Epic»")
P("teams_paste", "name date multiline",
  "[{mdate} {mtime}] {c.inv}\n«Can you look at¦Who's got» {p.full}«¦ in {bed}»? «DOB {p.dob}¦MRN {p.mrn}»\n[{mdate} {mtime}] {d.inv}\n«I do, on it¦not mine — try {doc}¦👍»")
P("outlook_quote", "name date email multiline",
  "«see thread below¦fwd from outlook»\n\nOn {mdate_long} at {mtime}, {c.full} <{c.email}> wrote:\n> «Pt¦Patient» {p.full} «DOB ¦»{p.dob} «is requesting¦needs» «a copy of her imaging¦an earlier appt¦a call from the surgeon».\n> «Can you help?¦Thanks»")
P("ocr_scan", "name date phone address structured typo multiline",
  "«OCR'd¦scanned¦from the scanned» «intake¦referral¦form», «sorry for the mess¦formatting is off»:\nPAT1ENT NAME: {p.INV}\nD0B: {p.dob}\nADDRES5: {p.addrup}\nPH0NE: {p.phone}\nINSURANCE ID: {p.hpid}")
P("wristband", "name date age structured",
  "«wristband¦armband¦label» printout:\n{p.INV} | MRN {p.mrn} | DOB {p.dob~us} | «{p.age}Y¦{age_ok}Y» «F¦M» | ADM {p.adm~us} | {doc}")
P("pharmacy_label", "name date phone",
  "{rx} | {p.full} | {med} | Qty {count} | «Refills: 2¦No refills» | «Filled¦Fill date» {p.dos~us} | {fac} Pharmacy {phone}")


def f_bedboard():
    rows = []
    for e in "pqs"[:R.randint(2, 3)]:
        rows.append("{bed}  {%s.invi}  «{%s.age}F¦{age_ok}M¦{age_ok}F»  adm {%s.adm~short}  {dx}" % (e, e, e))
    return "«bed board¦census¦huddle board» «paste¦snapshot»:\n" + "\n".join(rows)


P("bed_board", "name age date structured multiline", f_bedboard, wrap=False)
P("guarantor_statement", "name date money",
  "«Statement¦Guarantor statement» «question¦dispute» — guarantor {r.full}, «guar acct¦acct #» {r.guar}, «for¦pt» {p.full}, «DOS¦service date» {p.dos}, balance {money}. «Says insurance should've paid.¦Wants payment plan.»")
P("social_work", "name address",
  "SW note «snippet¦excerpt»: «pt¦{p.first}» lives «with¦w/» «daughter¦son¦grandson» {r.full} at {p.addr}. «Home is 2nd floor walk-up.¦No heat since {reldate}.» «APS report filed ({ticket}).¦Will f/u.»")
P("address_change", "name address",
  "«address change¦addr update» for {p.full} (acct {p.acct}): «old¦was» {p.street} → «new¦now» {addr}«¦ — mail bounced»")
P("dup_ssn", "name ssn mrn",
  "«two charts share¦duplicate» SSN {p.ssn} — {p.mrn} «and¦vs» {q.mrn}. «{p.full} vs {q.full}¦same name diff DOB»«¦, ⟨ASK⟩»")
P("portal_login_ip", "name ip-address",
  "portal account for {p.full} «logged in from¦had 14 failed logins from» {ip}«¦ (geo: RO)¦ overnight» — «reset MFA?¦lock it?¦⟨ASK⟩»")
P("guardianship", "name date",
  "«court order¦guardianship papers» for {p.full} came in — «guardian is¦appointed:» {r.full}«¦, Esq. not involved». «Scan to media.¦Copy to case mgmt.» Pt DOB {p.dob}.")
P("pump_serial_pharm", "name device",
  "«pharmacy¦infusion» — home «pump¦PCA» for {p.full} «S/N¦serial» {p.serial~code} «needs reprogramming¦alarming occlusion¦swap for loaner {asset}»")
P("dob_compact", "name date",
  "{p.full~b} «dob¦DOB» {p.dob~iso}«¦ (per ID)» «and admit¦adm» {p.adm~short} «— confirm before the consent¦needs ID band reprinted»")
P("two_patients_mixup", "name date mrn",
  "«wrong-pt¦near miss»: {p.full} ({p.mrn}) «and¦vs» {q.full} ({q.mrn}) «both on¦in» {unit}, «same last initial¦similar names». «Labels swapped {p.dos~short}.¦Alert added.»")
P("aka_inverted", "name",
  "«Chart says¦Registered as» {p.INV}«¦ but she goes by {p.nick}» — «ok to update preferred name?¦family calls her {p.nick}»")
P("dea_lic_np", "license",
  "«NP¦PA¦new hire» {c.full}'s «DEA¦DEA #» {dea} and «RN¦APRN¦state» license {slic} «verified¦expire {termdate}» — «still need CSR¦⟨OK⟩»")
P("hiv_sensitive", "name date",
  "«sensitive¦confidential»: {p.full} «positive result¦new dx» {p.dos~short}, «only ID can see¦restricted note». «Do not discuss in huddle.¦»")
P("pt_email_to_staff", "name email",
  "{p.full} «wants to email¦keeps emailing» {c.first} directly at {c.email} «from¦using» {p.email} — «redirect to portal pls¦⟨ASK⟩»")

P("cc_spaced", "name credit-card evasion money",
  "«pt¦mom¦the guarantor» «texted¦read off¦sent» «her¦his» card «as¦like this:» {p.cc~sp} «for¦—» {p.full}«'s copay¦'s balance¦» — «pls run it and delete this msg¦can billing take it from here?»")
P("cc_fullwidth_form", "name credit-card fullwidth structured multiline",
  "⟨PASTE⟩\nPayer: self-pay\nCardholder: {p.INV}\nCard: {p.cc~fw}\nExp: {ccexp}\nAmount: {amt}")
P("ssn_portal", "name ssn complaint",
  "«portal msg¦MyChart msg» from {p.full}: \"«idk why you need my social again but here¦here is my SSN like you asked¦social for the financial aid app»: {p.ssn}«¦ ... please stop calling»\" «— should we purge this from the chart?¦⟨ASK⟩»")
P("ssn_zw", "ssn zero-width",
  "«SSN¦ss#¦Social» {p.ssn~zw} «flagged as invalid by the payer¦doesn't match SSA»«¦ — pt in {bed}» ⟨ASK⟩")
P("age_es", "age spanish name",
  "«la señora¦el señor¦doña¦don» {p.first} «tiene¦cumple» «{p.age}¦{p.age~spelles}» años« y vive sola¦ y no quiere hospital¦, la familia viene mañana» — «Spanish-speaking RN pls¦can someone explain the consent?»", origin="es")
P("hospice_age", "name age referral",
  "«Hospice referral¦Palliative consult»: {p.full}, «{p.age} y/o¦age {p.age}¦{p.age}yo», «end-stage CHF¦metastatic ca¦FTT», «family meeting {reldate}¦lives w/ {rel}». «{doc} is attending.¦»")
P("age_birthday_nodate", "age",
  "«fyi¦cute:» «the lady in¦pt in» {bed} «just told me she's¦says he's¦is» «{p.age}¦{p.age~spell}» «and still drives¦and wants a beer¦— sharpest pt on the unit»")


# ================================================================ clean frames (many hard negatives)
C("meeting_move", "calendar",
  "«can we¦could we¦any objection if we» «move¦push¦bump» the {dept} «huddle¦sync¦1:1¦standup» to {mdate} «at¦@» {mtime}? «{c.first} is out {reldate}.¦conflicts w/ the {fy} review.¦⟨THX⟩»")
C("zoom_invite", "calendar multiline",
  "«Join Zoom Meeting¦Zoom link for {mdate}¦Topic: {dept} {fy} planning»\n{zoomurl}\nMeeting ID: {zoom}\nPasscode: {zoompw}\n«Dial-in is disabled, use the app¦Agenda in the channel canvas¦Host: {c.full}»")
C("deadline", "calendar",
  "«reminder¦friendly nudge¦⏰» — «budget templates¦{fy} forecasts¦annual HIPAA attestations¦BLS renewals¦conflict-of-interest forms» due {deadline}. «Send to {c.full}.¦Upload to {intranet}.¦⟨THX⟩»")
C("fiscal", "money",
  "{fy} «volumes¦denials¦DNFB¦AR days¦OR minutes» «up¦down» {pct} vs «budget¦prior year»; «{c.full} will present¦deck in {intranet}¦see tab 3»")
C("ticket_status", "ticket",
  "{ticket} «still open¦reopened¦closed — thanks {c.first}¦escalated to {vendor}»: «Epic print queue down on {unit}¦badge readers in Garage B¦Haiku login loop¦fax server backlog¦Vocera dropping calls»")
C("po_invoice", "po money",
  "{po} for {vendor} «approved¦stuck in workflow¦needs VP sign-off», {invno} «paid¦on hold» — {money}. «ping {c.first} in {dept}¦⟨THX⟩»")
C("version_upgrade", "version calendar",
  "«Epic¦Imprivata¦Haiku¦Rover¦PACS viewer¦Kronos» «upgrade¦patch» to {ver}«¦ (build {build})¦, build {build}» «goes live¦scheduled» {mdate} {mtime}; «downtime ~{n}0 min¦no downtime expected¦read-only mode during cutover»")
C("npi_lookup", "npi",
  "{docfull}'s NPI is {npi}«¦ — pulled from NPPES» — «for the {payer} enrollment¦needed on the referral template¦for the credentialing packet»")
C("cpt_question", "cpt",
  "«is¦should» {cpt} «billable with¦bundled into» {cpt} «when done same day¦if modifier 25 is appended»? «asking for {dept}¦coding says no¦⟨ASK⟩»")
C("icd_question", "icd",
  "«does¦should» {icd} «map to¦roll up under» the «HCC¦sepsis bundle¦CHF registry»? «{c.first} says {icd} instead.¦⟨ASK⟩»")
C("hipaa_reminder", "hipaa mrn-topic",
  "«reminder:¦PSA:¦🔒» «no PHI in this channel¦use secure chat for pt info¦minimum necessary applies to Slack too» — «names, MRNs, DOBs go in Epic Secure Chat¦see {intranet}¦{c.full} from Privacy will audit in {fy}»")
C("facility_address", "facility-address calendar",
  "«new¦relocated¦our» «{fac}¦imaging¦PT clinic¦lab draw station» «opens¦is now» at {faddr}«¦ on {mdate}». «Parking in the rear lot.¦Badge access same as main.¦»")
C("cost_center", "zip-like money",
  "«please charge¦code¦bill» «the catering¦the {vendor} invoice¦overtime¦the float pool» to {costc}«¦, not the old one¦ — {money}»")
C("internal_ext", "ext",
  "«call¦dial¦reach» the «{dept} desk¦bed board¦nursing supervisor¦IS help desk¦pharmacy» at {ext}«¦ or page via Vocera»")
C("age_aggregate", "age-aggregate",
  "«census¦fyi»: {count} «pts¦patients» «over 90¦90+¦aged 90 and older» on {unit} «today¦this week», {count} on «sitters¦fall precautions»")
C("unnamed_age_ok", "",
  "«{age_ok}yo¦{age_ok} y/o¦{age_ok}F¦{age_ok}M» in {bed} «w/¦with» {dx}, «needs¦waiting on» «transport¦tele bed¦sitter¦PT eval»")
C("durations", "",
  "«90-day¦30-day¦60-day» «readmit rate¦supply¦refill policy¦lookback» «for¦on» {dx} «is¦at» {pct}«¦ — up from last {fy}»")
C("mrn_topic", "mrn-topic calendar",
  "«heads up¦FYI» — «the new 10-digit MRNs¦the MRN format change¦the E-prefix MRNs» «go live¦switch over» {mdate}; «old 8-digit MRNs will still resolve¦interfaces need the leading zeros»")
C("ssn_topic", "ssn-topic",
  "«we no longer¦Patient Access will stop» «collect¦collecting» SSN at «registration¦check-in» «starting {effdate}¦per {intranet}»; «last 4 only if payer requires¦SSN field is optional now»")
C("exec_townhall", "exec-name calendar",
  "«CEO¦CFO¦CNO¦COO» {x.full} «will join¦is hosting» the {mdate} «town hall¦leadership forum» — «send questions to {c.full}¦dial-in details to follow»")
C("colleague_loop", "",
  "«loop in¦cc¦ask» {c.full} «in¦from» {dept} «— she owns the {vendor} contract¦, he knows the workflow¦for the {fy} numbers»")
C("donor_board", "exec-name money calendar",
  "«Thank-you note¦Plaque¦Recognition» for the {c.last} Family Foundation gift ({money}) «goes to¦is reviewed at» the {mdate} board meeting; «board chair {x.full} will sign¦{x.full} from Development is drafting»")
C("vendor_visit", "",
  "«the¦our» {vendor} rep {c.full} «is on site¦will be here¦dropped off samples» {reldate} «for the {ver} rollout¦to walk {unit}¦re: {contract}»")
C("census_counts", "",
  "House census {count}{n}, ED boarding {count}, {count} pending dc, {n} obs. «Surge plan not activated.¦{unit} closed to admits.»")
C("money_budget", "money",
  "«parking¦cafeteria¦travel» «reimbursements¦budget» «over by¦under by» {money} «this month¦in {fy}»")
C("evs_room", "",
  "«EVS¦housekeeping» «needed¦stat clean¦terminal clean» {room}«¦ and {bed}» — «isolation¦C diff¦dc'd»")
C("asset_tag", "",
  "«pump¦monitor¦bladder scanner¦wheelchair» «asset tag¦tag¦BME#» {asset} «due for PM¦out for repair¦missing from {unit}»«¦ — Biomed {ticket}»")
C("app_versions", "version",
  "«iOS app¦Haiku¦Canto¦Rover» {ver} «crashes on login¦is approved¦fixes the barcode bug»; «build {build}¦min version {ver}» «pushed via MDM¦rolls out {mdate}»")
C("group_number", "",
  "{payer} group {group} «renews¦renewal» «{effdate}¦in {fy}»; «employer is {vendor}¦{count} members affected»")
C("policy_effective", "calendar",
  "«Policy¦The new visitor policy¦Updated HIM-014» «takes effect¦is effective» {effdate}; «see {intranet}¦training due {deadline}»")
C("card_expiry", "",
  "«corporate card¦P-card¦my Amex» «expires¦exp» {ccexp} — «new one coming¦update the {vendor} autopay¦{c.full} in AP has the form»")
C("last4", "money",
  "«charge¦the refund¦transaction» on the card ending in {last4} «for {money}¦was declined¦posted twice» — «{vendor} invoice¦P-card recon»")
C("fax_template", "",
  "«updated¦new» fax cover «template¦sheet» in {intranet} — «adds the confidentiality notice¦removes the old logo¦has a field for pages». «please stop using the 2019 one¦⟨THX⟩»")
C("hl7_spec", "mrn-topic structured",
  "«PID-3¦PID-3.1» «should carry¦is» the MRN, «PID-7 DOB¦PID-18 account», «PV1-44 admit date¦OBR-7 collection time» — «{vendor} keeps sending it in PID-2¦spec is in {intranet}»")


def f_csv_agg():
    rows = ["{unit},{count},{n},{n},{pct}" for _ in range(R.randint(2, 4))]
    return "«census by unit¦daily rollup¦falls dashboard export»:\nunit,census,over90,falls,occupancy\n" + "\n".join(rows)


C("csv_aggregate", "structured age-aggregate multiline", f_csv_agg, wrap=False)


def f_batchlog():
    rows = ["{ts} INFO job=«nightly_extract¦adt_reconcile¦claims_837_out¦mpi_dedupe» status=«OK¦FAILED¦RETRY» rows={bigcount} build={build}" for _ in range(R.randint(1, 3))]
    return "```\n" + "\n".join(rows) + "\n```\n«who owns this job?¦⟨ASK⟩¦failed again 😩»"


C("batch_log", "structured version multiline", f_batchlog, wrap=False)
C("elig_outage", "ticket",
  "«270/271¦eligibility» «responses¦checks» «timing out¦returning AAA rejects» from {payer} since {mtime}; «{ticket} opened¦{vendor} clearinghouse aware»")
C("callcenter_metrics", "",
  "«Call center¦Contact center¦Nurse line» «yesterday¦{mdate}»: {bigcount} calls, ASA {count}s, abandon {pct}, «{count} callbacks pending¦{count} interpreter calls»")
C("sms_template", "",
  "«new¦updated» reminder text: \"Hi [FIRST_NAME], your appt at [LOCATION] is on [DATE] at [TIME]. Reply C to confirm.\" — «ok to ship?¦legal approved¦{c.first} pls review»")
C("fwd_colleague_noaddr", "calendar multiline exec-name",
  "«-----Original Message-----¦________________________________»\nFrom: {c.inv}\nSent: {mdate_long} {mtime}\nTo: {d.inv}; {e.inv}\nSubject: «{fy} capital requests¦Parking changes¦{vendor} contract¦Interview panel»\n\n"
  "«Please see attached.¦Moving our sync to {mdate}.¦Approved on my end.¦Can you cover the {mdate} site visit?»\n\n{c.first}")
C("portal_announcement", "",
  "«New¦Updated» «billing FAQ¦locations page¦price transparency page¦careers page» is live: {pubweb}«¦ — share with callers»")
C("intranet_link", "",
  "«policy¦SOP¦downtime procedure¦escalation grid» is at {intranet}«¦ ⟨THX⟩»")
C("es_staff", "spanish calendar",
  "«¿Alguien¦Alguien» «puede¦podría» cubrir «el turno¦la recepción» del {mdate}? «¡Gracias!¦Avísenme.»")
C("fr_staff", "french calendar",
  "«Rappel¦Petit rappel» : «réunion¦formation» {dept} le {mdate} à {mtime}, {room}. «Merci!¦À plus.»")
C("zh_staff", "chinese calendar",
  "«明天¦周五» {mtime} 开会，讨论 {fy} 预算。请 {c.full} 准备材料。")
C("vi_staff", "vietnamese calendar",
  "«Nhắc¦Lưu ý»: họp {dept} lúc {mtime} ngày {mdate}. «Cảm ơn!¦»")
C("pt_staff", "portuguese calendar",
  "«Pessoal¦Oi gente», a reunião de {dept} «mudou para¦é» {mdate} às {mtime}. «Obrigada!¦Valeu!»")
C("ht_staff", "creole calendar",
  "«Bonjou¦Bonswa» tout moun, «fòmasyon¦reyinyon» {dept} «se¦ap fèt» {mdate} a {mtime}. «Mèsi!¦»")
C("lab_catalog", "cpt",
  "«{lab}¦Hgb A1c¦Lyme panel» «(CPT {cpt})¦» «now orderable¦retired¦moved to send-out» «as of {effdate}¦effective {mdate}»; «LOINC {loinc}¦{orderno} was the test build»")
C("imaging_capacity", "",
  "MRI «slots¦capacity» {reldate}: {count} «open¦booked», «{fac} can take overflow¦3T down for service»")
C("relative_dates", "",
  "«pt¦the pt» in {bed} «fell¦came in» {reldate} — «no injury¦CT neg», «safety report filed¦family updated»")
C("year_only", "",
  "the oldest «record¦chart» in the «archive¦vault» is from {year}; «migration ends {fy}¦scanning stops at 1998¦{c.first} has the inventory»")
C("training_dates", "calendar",
  "«BLS¦ACLS¦Epic refresher¦Workday» «training¦class» on {mdate} {mtime}–{mtime} in {room}; «sign up via {intranet}¦{count} seats left»")
C("slack_mentions", "slack-markup",
  "{mention} {mention} «can you two sync on the {vendor} thing?¦see thread ☝️¦pls ack¦thoughts on {ticket}?»")
C("conf_rooms", "calendar",
  "«booked¦grabbed» «Birch¦Summit¦Harbor¦Boardroom B» «for¦» {mdate} {mtime} «for the {dept} offsite¦for interviews»")
C("on_call", "calendar",
  "{docfull} «is on call¦covers nights¦has the pager» {mdate}«¦ through {mdate}»; «{doc} is backup¦swap approved by {c.full}»")
C("open_enrollment", "money",
  "«Open enrollment¦Benefits enrollment» «closes¦ends» {deadline} — «{payer} PPO premiums up {pct}¦dental plan changes¦HSA match stays at {money}»")
C("parking", "calendar",
  "«Garage B¦Lot C¦Visitor garage» «closed¦restriping» {mdate}–{mdate}; «staff park at the {bizcity} lot, shuttle every 15 min¦valet open»")
C("phone_tree", "",
  "«IVR update¦phone tree»: «press 1 scheduling, 2 billing, 3 records¦option 4 now routes to the nurse line¦Spanish is option 9»«¦ — live {mdate}»")
C("drug_shortage", "",
  "{med} «shortage¦on backorder» «through {fy}¦per {vendor}»; «use alternative per P&T¦{count} vials left house-wide»")
C("dx_trends", "age-aggregate",
  "{dx} «admits¦readmits» «up¦down» {pct} «in {fy}¦this quarter»«¦; {count} pts over 90¦, mostly 90+»")


def f_budget_table():
    rows = ["| {dept} | {money} | {money} |" for _ in range(R.randint(2, 4))]
    return "| Dept | {fy} budget | actual |\n|---|---|---|\n" + "\n".join(rows)


C("budget_table", "money structured multiline", f_budget_table)
C("interp_schedule", "ext",
  "«Interp¦Interpreter» coverage {mdate}: «Spanish¦Portuguese¦Creole» {mtime}–{mtime}, «ASL via VRI only¦Vietnamese on call»; call {ext}")
C("snow_closure", "",
  "❄️ «outpatient clinics¦{fac}» «closed¦delayed opening» {reldate}; «essential staff report¦check {pubweb}»")
C("short_reply", "emoji", "«👍¦ack¦on it¦done ✅¦lol same¦ty!¦+1¦will do¦🙏¦noted¦🫡¦👀»", wrap=False)
C("printjob_order", "ticket",
  "{printjob} «stuck¦printed twice» on «the {unit} printer¦{ws}»; {orderno} «re-sent¦cancelled»")
C("contract", "money",
  "{contract} with {vendor} «auto-renews¦expires» {effdate} — «legal needs redlines¦{money}/yr»")
C("deidentified", "structured multiline",
  "⟨PASTE⟩\nPatient: [REDACTED]\nDOB: [REDACTED]\nMRN: ********\nDx: {dx} ({icd})\nPlan: {proc} «{reldate}¦next available»")
C("form_template", "ssn-topic structured multiline",
  "*Registration form v{n}*\nName: ________\nDOB: __/__/____\nSSN: ___-__-____\nPhone: (___) ___-____\nMember ID: ________\n«is this the right template?¦printing {count} copies»")
C("hl7_ack", "structured multiline",
  "```\nMSH|^~\\&|NVRMC|EPIC|||||ACK^A01|{msgid}|P|2.5.1\nMSA|«AA¦AE¦AR»|{msgid}\n```\n«interface engine is only sending ACKs, no ADTs since {mtime}¦is AE expected here?»", wrap=False)
C("edi_999", "structured multiline",
  "```\nST*999*{n}{n}01~\nAK1*HC*{ctl}~\nAK9*«A¦R»*1*1*1~\nSE*4*{n}{n}01~\n```\n«999s are fine, it's the 277CA that's rejecting¦{payer} rejected the batch»", wrap=False)
C("denial_stats", "money",
  "«Denials¦Top denials» {fy}: «CO-197¦CO-16¦CO-50» {count}, «CO-45¦PR-1» {count}; {payer} «worst offender¦improved»")
C("lab_order_nopt", "cpt",
  "«STAT¦Add-on» {lab} ({cpt}) «for¦in» {bed}, «collected¦drawn» {mtime} — «tube was clotted¦lab never got it»")
C("lot_recall", "zip-like",
  "«recall¦lot check»: {vendor} «lot¦Lot #» {lot5} «recalled¦quarantined» — «check {unit}¦{count} boxes on hand»")
C("states", "",
  "we're «licensed¦credentialed» in {state}, {state} and {state}; «telehealth across state lines is next¦NH license pending»")
C("biz_city", "",
  "«our¦the» {bizcity} «site¦clinic¦campus» «is short {count} RNs¦closes early {reldate}¦moves to Epic {mdate}»")
C("payer_names", "",
  "{payer} and {payer} «merged¦changed portals»; «new payer ID effective {effdate}¦update the eligibility mapping»")
C("zoom_url", "calendar",
  "«Zoom for¦link for» the {mdate} «CAB¦huddle»: {zoomurl}«¦ (ID {zoom}, pw {zoompw})»")
C("audit_stats", "hipaa",
  "«FairWarning¦Privacy monitoring» {fy}: {bigcount} alerts, {count} investigations, {n} sanctions — «deck on {intranet}¦{c.full} presenting»")
C("flu_clinic", "calendar",
  "«Flu¦COVID booster» clinic «for staff¦» {mdate} {mtime}–{mtime} in {room}; {count}0 doses «given last year¦available»")
C("maintenance", "calendar ticket",
  "«Maintenance window¦Planned downtime»: {mdate_long} {mtime}–{mtime} — «{ver} upgrade¦network core swap¦fax server migration»; {ticket}")
C("release_notes", "version multiline",
  "*Release notes {ver}*\n• «fixed¦resolved» {ticket}\n• build {build}\n• «{n} bug fixes¦new label printer driver»")
C("ext_list", "ext multiline",
  "«Who to call¦Contacts»:\n• bed board {ext}\n• nursing sup {ext}\n• IS {ext}\n• security {ext}")
C("ip_topic", "",
  "«we're¦SOC is» «blocking¦geo-fencing» «foreign IPs¦non-US IP ranges» «on the portal¦for VPN» «starting {mdate}¦after the incident»; «allowlist requests via {ticket}¦see {intranet}»")


def f_cpt_table():
    rows = ["| {cpt} | «office visit¦echo¦CT head¦venipuncture¦CBC» | {n}.{n}{n} |" for _ in range(R.randint(2, 4))]
    return "| CPT | desc | RVU |\n|---|---|---|\n" + "\n".join(rows)


C("cpt_table", "cpt structured multiline", f_cpt_table)
C("staff_65", "age-aggregate",
  "«HR¦Benefits»: {count} staff «over 65¦65+» «eligible for¦enrolled in» «Medicare secondary¦the phased retirement plan»")
C("ko_staff", "korean calendar",
  "«내일¦금요일» {mtime} {dept} 회의 있습니다. «참석 부탁드립니다.¦자료는 {intranet} 에 있어요.»")
C("ja_staff", "japanese calendar",
  "{mdate} の{dept}会議は {room} で行います。«よろしくお願いします。¦資料は共有フォルダにあります。»")
C("ru_staff", "russian calendar",
  "Коллеги, совещание {dept} перенесли на {mdate}, {mtime}. «Спасибо!¦»")
C("ar_staff", "arabic calendar",
  "«تذكير¦ملاحظة»: اجتماع {dept} يوم {mdate} الساعة {mtime}. شكراً")
C("thread_chatter", "multiline",
  "> {c.first}: «who's covering {unit} {reldate}?¦did the {vendor} order go in?¦is {ticket} fixed?»\n«me¦{d.first} is¦I think {c.first}¦not sure, ask {x.full}»")
C("board_dinner", "exec-name calendar",
  "«board meeting¦trustee dinner» {mdate} — {x.full} and {c.full} «presenting¦attending»; «{count} RSVPs¦dress code business»")
C("age_rule", "age-aggregate hipaa",
  "«new¦Per Safe Harbor,» ages over 89 «get rolled into a 90+ bucket¦must be aggregated» «in exports¦in the de-id dataset» — «no exact ages above 89¦update the report logic»")
C("zip3_rule", "zip-like hipaa",
  "de-id rule: «only the first 3 digits of ZIP¦3-digit ZIPs»«, and 000 for small populations¦» — «{c.first} fix the extract¦per {intranet}»")
C("elig_batch", "structured",
  "ELIGIBILITY BATCH {ctl}: {bigcount} submitted, {count} AAA rejects, payer {payer}, group {group}")
C("callnote_clean", "structured",
  "Call note {mtime}: caller asked about «visitor hours¦parking¦cafeteria hours¦price estimates»; «transferred to {ext}¦info given». No pt info taken.")
C("sms_staff", "multiline",
  "[{time}] {fac}: Reminder: «flu clinic for staff¦mandatory safety huddle» {mdate} in {room}.\n[{time}] «Staff¦You»: «👍¦C¦ok»")
C("audit_clean", "structured version",
  "{ts} AUDIT user=svc_«reporting¦hl7¦backup» action=«EXPORT¦PURGE¦REINDEX» rows={bigcount} status=OK build {build}")
C("referral_stats", "referral",
  "«Referrals¦Referral backlog» {fy}: {bigcount} received, {count} pending auth, median {n} days to schedule; «GI worst¦Ortho improved»")
C("mrn_count", "mrn-topic",
  "«MPI cleanup¦dup chart project»: {bigcount} potential duplicate MRNs, {count} merged «this week¦so far» — «{c.first} owns the queue¦report in {intranet}»")
C("npi_table", "npi structured multiline",
  "| Provider | NPI |\n|---|---|\n| {docfull} | {npi} |\n| {docfull} | {npi} |")
C("vendor_helpdesk", "ticket",
  "{vendor} «support¦help desk» «said¦promised» a fix in {ver}; «case {ticket}¦ref {ticket}» — «ETA {mdate}¦no ETA»")
C("meeting_notes", "calendar multiline",
  "*Notes — {dept} sync {mdate}*\n• {fy} targets «on track¦behind»\n• {c.first} to follow up w/ {vendor}\n• next mtg {mdate} {mtime}")
C("timesheet", "",
  "«timesheets¦Kronos approvals» due {deadline}; «{count} still missing on {unit}¦OT over {count} hrs needs VP»")
C("pharm_formulary", "",
  "P&T «approved¦tabled» {med} for formulary «effective {effdate}¦in {fy}»; «{count} pts currently on it¦criteria in {intranet}»")
C("devices_fleet", "version",
  "«Alaris¦Sigma¦BD» pumps: {count}0 on firmware {ver}, {count} still on {ver} — «Biomed pushing updates {mdate}¦need {ticket} closed first»")


# ================================================================ composition, voices, checks
EMOJI = ["🙏", "👀", "😬", "🚨", "✅", "👍", "🙃", "😅", "🤦", "⚠️", "🆘", "😩", "🔥", "💯", "🤔"]
WORD = re.compile(r"[A-Za-z]{5,}")


def typo_word(w):
    i = R.randint(1, len(w) - 3)
    k = R.randint(0, 3)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    if k == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + R.choice("aeiourtn") + w[i + 1:]


def add_typos(segs, ctx):
    idx = [i for i, (t, ty) in enumerate(segs) if ty is None and WORD.search(t)]
    if not idx:
        return segs
    for _ in range(R.randint(1, 2)):
        i = R.choice(idx)
        t = segs[i][0]
        ms = list(WORD.finditer(t))
        if not ms:
            continue
        m = R.choice(ms)
        t = t[:m.start()] + typo_word(m.group(0)) + t[m.end():]
        segs[i] = (t, None)
    ctx.tag("typo")
    return segs


LINT = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}")),
    ("ssn", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")),
    ("phone", re.compile(r"(?<![\d.])(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?![\d.])")),
    ("ipv4", re.compile(r"(?<![\d.v])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])")),
    ("card", re.compile(r"(?<!\d)(?:\d[ -]?){13,16}(?!\d)")),
]
WARN = []


def lint(segs, fid):
    for t, ty in segs:
        if ty is not None:
            continue
        for nm, rx in LINT:
            m = rx.search(t)
            if m:
                WARN.append("%s: unlabelled %s-like %r in %r" % (fid, nm, m.group(0), t[:80]))


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


class Reroll(Exception):
    pass


TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn", "MRN": "mrn",
            "HEALTH_PLAN_ID": "health-plan-id", "ACCOUNT_NUMBER": "account-number", "LICENSE_NUMBER": "license",
            "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip-address", "ADDRESS": "address",
            "CREDIT_CARD": "credit-card"}


def compose(fr):
    ctx = Ctx(fr.origin)
    tpl = fr.tpl() if callable(fr.tpl) else fr.tpl
    multi = "\n" in tpl
    if fr.wrap:
        if "structured" in fr.tags and multi and R.random() < 0.25 and "```" not in tpl:
            tpl = "```\n" + tpl + "\n```"
            ctx.tag("slack-markup")
        r = R.random()
        if r < 0.16:
            tpl = ("⟨PASTE⟩\n" if multi else "⟨GREET⟩ ") + tpl if not tpl.startswith("⟨PASTE⟩") else tpl
        elif r < 0.30:
            tpl = tpl + ("\n" if multi else " ") + R.choice(["⟨ASK⟩", "⟨THX⟩", "{emoji}", "⟨ASK⟩ ⟨THX⟩"])
    segs = render(tpl, ctx)
    # voices
    v = R.random() if "structured" not in fr.tags else 1.0
    if v < 0.07:
        segs = [(t.lower(), ty) for t, ty in segs]
        ctx.tag("lowercase")
    elif v < 0.16:
        segs = add_typos(segs, ctx)
    if R.random() < 0.07 and "structured" not in fr.tags:
        segs.append((" " + R.choice(EMOJI), None))
    # merge adjacent plain segments, drop empties
    out = []
    for t, ty in segs:
        if not t:
            continue
        if ty is None and out and out[-1][1] is None:
            out[-1] = (out[-1][0] + t, None)
        else:
            out.append((t, ty))
    if "structured" not in fr.tags:
        out = [(re.sub(r" {2,}", " ", t), None) if ty is None else (t, ty) for t, ty in out]
    if out and out[0][1] is None:
        out[0] = (out[0][0].lstrip(), None)
    if out and out[-1][1] is None:
        out[-1] = (out[-1][0].rstrip(), None)
    out = [(t, ty) for t, ty in out if t]
    text = "".join(t for t, _ in out)
    spans = [(ty, t) for t, ty in out if ty is not None]
    # checks
    if fr.kind == "phi" and not spans:
        raise Reroll("no spans")
    if fr.kind == "clean" and spans:
        raise Reroll("clean with spans")
    for ty, val in spans:
        if val != val.strip() or not val.strip():
            raise Reroll("span whitespace %r" % val)
    mine = []
    pos = 0
    for t, ty in out:
        if ty is not None:
            mine.append(len(text[:pos].encode("utf-8")))
        pos += len(t)
    if checker_offsets(text, [v for _, v in spans]) != mine:
        raise Reroll("offset mismatch")
    if PH.search(text) and "{at}" not in text and "{dot}" not in text:
        raise RuntimeError("unresolved placeholder in %r" % text)
    if "«" in text or "⟨" in text:
        raise RuntimeError("unexpanded template in %r" % text)
    tags = [t for t in fr.tags if t not in TYPE_TAG.values()]
    for ty, _ in spans:
        tags.append(TYPE_TAG[ty])
    tags += ctx.tags
    if "\n" in text:
        tags.append("multiline")
    if any(ord(ch) >= 0x1F000 or ch in "⚠‼❄☝✅" for ch in text):
        tags.append("emoji")
    if any(ty in ("PHONE", "EMAIL") for ty, _ in spans) and all(ty in ("PHONE", "EMAIL") for ty, _ in spans) \
            and "business-contact" in fr.tags:
        pass
    elif "business-contact" in tags:
        tags.remove("business-contact")
    tags = uniq([t for t in tags if t])
    tags = (["phi"] if spans else ["clean"]) + [t for t in tags if t not in ("phi", "clean")]
    return text, spans, tags, out


def main():
    phi_frames = [f for f in FRAMES if f.kind == "phi"]
    clean_frames = [f for f in FRAMES if f.kind == "clean"]
    assert len(set(f.name for f in FRAMES)) == len(FRAMES), "duplicate frame names"
    kinds = [True] * N_PHI + [False] * (N_MSG - N_PHI)
    R.shuffle(kinds)
    queues = {True: [], False: []}
    rows = []
    used = {}
    rerolls = 0
    for i, is_phi in enumerate(kinds, 1):
        q = queues[is_phi]
        if not q:
            q.extend(phi_frames if is_phi else clean_frames)
            R.shuffle(q)
        fr = q.pop()
        for attempt in range(40):
            try:
                text, spans, tags, segs = compose(fr)
                break
            except Reroll:
                rerolls += 1
        else:
            raise RuntimeError("could not compose frame %s" % fr.name)
        fid = "hi%04d" % i
        lint(segs, fid + "/" + fr.name)
        used[fr.name] = used.get(fr.name, 0) + 1
        rows.append({"id": fid, "text": text, "spans": [{"type": t, "value": v} for t, v in spans], "tags": tags})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_phi = sum(1 for r in rows if r["spans"])
    sys.stderr.write("wrote %d messages (%d with PHI, %d clean) to %s; frames %d (phi %d, clean %d) used %d; rerolls %d\n" % (
        len(rows), n_phi, len(rows) - n_phi, OUT, len(FRAMES), len(phi_frames), len(clean_frames), len(used), rerolls))
    sys.stderr.write("given names %d, surnames %d\n" % (len(GIVEN), len(SURN)))
    for w in WARN:
        sys.stderr.write("WARN " + w + "\n")


if __name__ == "__main__":
    main()
