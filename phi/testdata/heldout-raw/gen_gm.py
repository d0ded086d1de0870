#!/usr/bin/env python3
"""gen_gm.py - synthetic, labelled Slack/Teams messages for a PHI detector.

Setting: a multilingual US community hospital (Spanish, Portuguese, Haitian Creole,
Vietnamese, Chinese, Russian, Arabic, Somali, English and mixes).  Standard library only,
fixed seed.  Writes generated_gm.jsonl next to this script in the raw corpus format:
    {"id":"gm0001","text":"...","spans":[{"type":"NAME","value":"..."}],"tags":[...]}
Spans are built together with the text (segment by segment); every message is checked so
that a left-to-right search of the span values finds exactly the intended positions.
"""
import json, os, random, re, unicodedata
from datetime import date, timedelta

SEED = 20250611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'generated_gm.jsonl')
N_MESSAGES = 1500
N_CLEAN = 675            # 45 %

def W(s):
    return [w.replace('_', ' ') for w in s.split()]

def ch(seq):
    return R.choice(seq)

def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]

def digits(n, first_nonzero=False):
    s = ''.join(R.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = R.choice('123456789') + s[1:]
    return s

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D').replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

# ----------------------------------------------------------------------------- names
GIVEN = {
 'hisp': {
  'f': W("María Guadalupe Rosa Carmen Ana Lucía Sofía Valentina Camila Esperanza Dolores Consuelo Yesenia "
         "Yadira Maribel Xiomara Yolanda Altagracia Marisol Mercedes Inés Ximena Nayeli Yaritza Josefina "
         "Concepción Fernanda Paola Yokasta Milagros Luz Socorro María_José Ana_Lucía Gladys Marta Leticia "
         "Rocío Belkis Daysi Dulce"),
  'm': W("José Juan Carlos Luis Alejandro Diego Javier Miguel Francisco Jesús Héctor Ramón Rigoberto "
         "Wilfredo Joaquín Santiago Mateo Brayan Ángel Iván Raúl Ernesto Yunior Juan_Carlos José_Luis "
         "Eduardo Rafael Fausto Nelson Wilson Alexis Cristian Edwin Jhonny Amado Cruz")},
 'port': {
  'f': W("Francisca Adriana Larissa Beatriz Conceição Rosângela Fátima Luíza Cleide Jéssica Tatiane Márcia "
         "Raimunda Graça Marlene Renata Aparecida Eliane Vanessa Djamila Ivone Lurdes Manuela Rosário Tânia "
         "Maria_das_Graças Neide"),
  'm': W("João Antônio Thiago Gabriel Rafael Leandro Gonçalo Vinícius Wellington Edvaldo Rodrigo Sebastião "
         "Ademir Caio Ailton Anderson Cláudio Fabrício Joaquim Manoel Nilton Reinaldo Valdir Zé_Carlos Hélio "
         "João_Pedro Domingos")},
 'hait': {
  'f': W("Marie-Carmel Jocelyne Widelene Guerline Nadège Ketly Wideline Lovely Fabienne Roselaure Berline "
         "Marie-Ange Nelta Rosemène Yveline Mirlande Micheline Vierge Clotilde Natacha Edeline Rosena "
         "Magalie Fedeline Jesula Chantale Mona"),
  'm': W("Jean-Claude Wilner Fritznel Mackenson Stanley Jonas Dieuseul Junior Jean-Robert Kenold Esaie "
         "Dieunel Frantz Wisler Jean-Marc Ricardo Fritz Herold Wesner Lesly Pierre-Richard Jeanty Yvon "
         "Emmanuel Ronald Gesner Wilfrid")},
 'viet': {
  'f': W("Hạnh Hương Linh Ngọc Thảo Thủy Trang Vy Lan Mai Hoa Nhung Phương Yến Hằng Thu Loan Nga Diệp Hiền "
         "Tuyết Xuân Quyên Oanh Kim Hồng"),
  'm': W("Anh Bảo Dũng Khánh Minh Phúc Quang Tuấn Huy Thanh Đức Hải Long Tâm Việt Hùng Nam Sơn Thắng Tài "
         "Trung Vinh Hiếu Lộc Cường Tín")},
 'chin': {
  'f': W("Fang Mei Hui Jing Ying Xiuying Yan Chun Lan Xin Shufen Lina Xiaohong Meiling Yuqing Siu_Ling "
         "Ka_Yan Wai_Man Suk_Han Lai_Kuen Mingzhu Qiong Ping Jenny Grace"),
  'm': W("Wei Xiaoming Jun Yong Lei Zhiwei Ming Bo Qiang Hao Yi Jianguo Zhiqiang Guoqiang Chi_Keung "
         "Kwok_Wing Ka_Ho Wing_Kei Tao Feng Jian Dong Peng Chao Kevin")},
 'russ': {
  'f': W("Olga Tatiana Irina Natalia Svetlana Yelena Galina Lyudmila Vera Anastasia Oksana Valentina "
         "Nadezhda Tamara Lyubov Zinaida Raisa Larisa Yulia Marina Nina Inna Alla Zoya Sofia"),
  'm': W("Sergei Dmitri Vladimir Aleksandr Nikolai Mikhail Yuri Boris Pavel Igor Viktor Anatoly Gennady "
         "Leonid Oleg Vasily Grigory Arkady Konstantin Yevgeny Andrei Fyodor Ruslan Taras Semyon")},
 'arab': {
  'f': W("Fatima Aisha Layla Mariam Zainab Noor Samira Rania Huda Amal Salma Nadia Hanan Yasmin Rasha "
         "Dalia Ghada Suha Lina Maha Widad Sawsan Iman Reem Nour_el-Huda"),
  'm': W("Mohammed Muhammad Ahmed Omar Yusuf Khalid Hassan Hussein Karim Tariq Abdullah Ibrahim Youssef "
         "Mahmoud Ali Mustafa Bilal Ziad Fadi Samir Walid Jamal Abdel-Rahman Nabil Imad Abu_Bakr")},
 'soma': {
  'f': W("Hodan Farhiya Hamdi Ayaan Fadumo Ubah Sahra Ilhan Nasra Hawa Deeqa Istahil Khadra Maryan Hibo "
         "Sagal Ifrah Najma Asha Caasha Halima Amina Idil Sucaad Luul Ladan"),
  'm': W("Abdi Mohamud Abdirahman Abdiaziz Guled Liban Bashir Mahad Abdullahi Said Abdikarim Mukhtar "
         "Ismail Daud Jama Abdisalam Khalif Abdiqani Sharmarke Cabdi Bile Yonis Ayanle Siyad")},
 'angl': {
  'f': W("Rose Hope Faith Joy Grace June April May Dawn Ivy Iris Violet Pearl Ruby Hazel Olive Amber "
         "Crystal Penny Sandy Summer Holly Daisy Heather Autumn Destiny Patience Mercy Charity Mary Patricia "
         "Linda Barbara Elizabeth Susan Karen Nancy Margaret Dorothy Siobhan Niamh Aoife Bridget Kathleen "
         "Brooke Skye Sunny Gail Robin"),
  'm': W("Will Mark Bill Frank Art Ray Rob Jack Hunter Chase Miles Lane Wade Guy Earl Duke Rusty Woody "
         "John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony Donald "
         "Steven Paul Andrew Kenneth Kevin Brian George Timothy Seamus Padraig Cormac Declan Sterling "
         "Royal Major Carl Dale")},
 'other': {
  'f': W("Priya Sunita Ngozi Chiamaka Tigist Sokha Sopheap Chanthou Ji-woo Seo-yeon Małgorzata Eleni "
         "Blerina Maricel Aylin Kavya Adaeze Hiwot Meseret Nilufar Aigerim Mwajuma Bich-Ngoc Anjali"),
  'm': W("Arjun Rohan Chinedu Oluwaseun Adebayo Abebe Dara Min-jun Krzysztof Dimitrios Arben Rodel "
         "Mehmet Bishnu Kofi Kwame Tesfaye Sovann Rithy Jae-hyun Rajesh Emeka Dawit Gurpreet")},
}
SUR = {
 'hisp': W("García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera "
           "Gómez Díaz Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Ruiz Álvarez Mendoza Castillo "
           "Jiménez Vásquez Romero Herrera Medina Aguilar Vargas Guzmán Peña Batista Almonte Santana Mejía "
           "Polanco Taveras Paulino Rosario Encarnación de_la_Cruz del_Valle de_los_Santos García-López "
           "Núñez Ibáñez Ureña De_Jesús Montes"),
 'port': W("Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Gomes Ribeiro Martins Rocha "
           "Barbosa Araújo Cardoso dos_Santos da_Silva de_Souza Nascimento Lima Moreira Teixeira Fonseca "
           "Magalhães Gonçalves Conceição Figueiredo Tavares Medeiros Monteiro Barros Fernandes Rodrigues "
           "Andrade da_Costa Brandão"),
 'hait': W("Jean-Baptiste Pierre Joseph Louis Charles Jean-Louis Saint-Fleur Desrosiers Étienne Augustin "
           "Dorsainvil Théodore Jean-Pierre Lafortune Bien-Aimé Toussaint Célestin Exantus Fils-Aimé "
           "Pierre-Louis Valcourt Michel Dieudonné St._Louis Jacques Alexis Noël Destin Belizaire Casimir "
           "Jean-Charles Saint-Vil Métellus Estimé Joseph-Noël"),
 'viet': W("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Lâm Mai "
           "Tạ Cao Châu Quách Lương Tô"),
 'chin': W("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Chan Wong "
           "Leung Lam Cheung Ng Chow Lau Yip Tse Kwan Ho Tang Fung Mak Zheng"),
 'arab': W("Al-Sayed Haddad Khoury Mansour Nasser Abdallah Hussein Ibrahim Saleh Farah Aziz Hamdan El-Amin "
           "Al-Masri Barakat Darwish Qasim Suleiman Yassin Zayed Bou_Khalil Abu-Rahma El_Khatib Al_Hashimi "
           "Al-Jaburi Hamoud Khalil Saab Tannous Aboud Al-Tamimi"),
 'soma': W("Mohamed Ahmed Hassan Ali Abdi Warsame Farah Jama Osman Hirsi Yusuf Nur Aden Dualeh Egal Samatar "
           "Omar Abdullahi Mohamud Ismail Said Elmi Guled Hussein Issa Barre Shire Abdille Gedi Hashi Mire "
           "Qalib Roble"),
 'angl': W("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin "
           "Jackson Thompson White Harris Clark Lewis Walker Hall Young King Wright Hill Green Baker Adams "
           "Nelson Carter O'Brien O'Neill McCarthy Sullivan Murphy Fitzgerald MacDonald D'Angelo D'Amico "
           "DiNapoli Van_Buren van_der_Berg de_Vries LeBlanc St._Pierre Bishop Mason Cook Fisher Hunter "
           "Porter Price Stone Rivers Banks Woods Marsh Moody Short Long Strong Sharp Bright Noble Justice "
           "Love Rich Sterling Bell Church Wolf Fox Bird Lake Field Hardy Goodman Black Gray Best Law Gold "
           "Winter Snow Frost Day Knight Page Cross Case Post Hope Brooks Mayo"),
 'other': W("Kim Park Lee Choi Patel Shah Singh Gupta Okafor Adeyemi Mensah Tesfaye Haile Gjoni Hoxha Sok "
            "Chea Prak Keo Kaur Osei Nakamura Yılmaz Öztürk Kowalski Nowak Wiśniewski Papadopoulos "
            "Dela_Cruz Bautista Mwangi Okonkwo Asante Thapa Gurung N'Diaye"),
}
RUSS_SUR = [(m, m + 'a') for m in W("Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov "
            "Petrov Volkov Vasiliev Zaitsev Pavlov Orlov Belov Fedorov Gusev Abramov Volkonsky")]
RUSS_SUR = [(a, b.replace('skya', 'skaya')) for a, b in RUSS_SUR]
RUSS_SUR += [(x, x) for x in W("Tkachenko Shevchenko Kovalenko Bondarenko Melnyk Rabinovich Kogan Levin "
             "Rozenberg Kravets")]
RUSS_PATR = {'m': W("Ivanovich Petrovich Sergeyevich Nikolayevich Aleksandrovich Mikhailovich Vladimirovich"),
             'f': W("Ivanovna Petrovna Sergeyevna Nikolayevna Aleksandrovna Mikhailovna Vladimirovna")}
VIET_MID = {'f': W("Thị Thị Thị Ngọc Thu Kim Mỹ Thanh"), 'm': W("Văn Văn Văn Đức Minh Quốc Hữu Thanh Công")}
# native scripts
ZH_SUR = W("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 梁")
ZH_GIVEN = {'f': W("秀英 芳 丽 敏 静 秀兰 玉兰 桂英 美玲 淑芬 慧 红梅"), 'm': W("伟 强 磊 军 洋 勇 建国 志明 国强 德华 建华 永")}
RU_GIVEN = {'f': W("Ольга Татьяна Ирина Наталья Светлана Елена Галина Людмила Вера Нина"),
            'm': W("Сергей Дмитрий Владимир Александр Николай Михаил Юрий Борис Павел Игорь")}
RU_SUR = [(a, a + 'а') for a in W("Иванов Смирнов Кузнецов Попов Петров Волков Соколов Морозов")]
RU_PATR = {'f': W("Ивановна Петровна Сергеевна Николаевна"), 'm': W("Иванович Петрович Сергеевич Николаевич")}
AR_GIVEN = {'f': W("فاطمة عائشة ليلى مريم زينب نور سميرة هدى"), 'm': W("محمد أحمد عمر يوسف خالد حسن علي إبراهيم")}
AR_SUR = W("حداد الخوري منصور ناصر عبدالله الحسيني إبراهيم صالح")
NICKS = {
 'hisp': W("Tito Lupe Chuy Nando Pepe Beto Lalo Nena Chela Memo Paco Toño Yiyi"),
 'port': W("Bebeto Zé Tuca Nina Dedé Juca Nando Lulu Tico"),
 'hait': W("Ti-Jean Ti-Paul Kiki Mimi Ti-Blanc Jojo Bebe"),
 'viet': W("Bé Út Tí Bi Cu"), 'chin': W("Ah_Ming Xiao_Mei Ah_Wai Bobo"),
 'russ': W("Sasha Dima Misha Vova Tanya Lena Galya Kolya"), 'arab': W("Abu_Ali Umm_Omar Mimo Lulu"),
 'soma': W("Dheere Yare Gaab Cadey"), 'angl': W("Bud Sunny Dot Peg Bobby Bea Kit Skip Sis"),
 'other': W("JJ Bobo Nana Tuti"),
}
ORIGINS = list(GIVEN)
LANG_ORIGIN = {'en': None, 'es': 'hisp', 'pt': 'port', 'ht': 'hait', 'vi': 'viet', 'zh': 'chin',
               'ru': 'russ', 'ar': 'arab', 'so': 'soma'}
NATIVE_P = {'zh': .35, 'ru': .3, 'ar': .35}

def origin_for(lang):
    o = LANG_ORIGIN.get(lang)
    if o and R.random() < .8:
        return o
    return wch([('hisp', 5), ('port', 3), ('hait', 3), ('viet', 2), ('chin', 2), ('russ', 2), ('arab', 2),
                ('soma', 2), ('angl', 6), ('other', 2)])

class Person:
    def __init__(self, origin, gender, native=False, plain=False, surname=None):
        self.origin, self.gender = origin, gender
        g = gender
        mi = ch('ABCDEFGHJKLMNPRSTVWY')
        self.native = False
        if native and origin in ('chin', 'russ', 'arab'):
            self.native = True
            if origin == 'chin':
                s, gv = ch(ZH_SUR), ch(ZH_GIVEN[g])
                self.first, self.last, self.full, self.inv = gv, s, s + gv, s + gv
            elif origin == 'russ':
                pair = ch(RU_SUR); s = pair[1] if g == 'f' else pair[0]; gv = ch(RU_GIVEN[g])
                p = ch(RU_PATR[g])
                self.first, self.last = gv, s
                self.full = wch([(f"{gv} {s}", 5), (f"{s} {gv} {p}", 3), (f"{gv} {p} {s}", 2)])
                self.inv = wch([(f"{s} {gv} {p}", 1), (f"{s}, {gv}", 1), (f"{s} {gv[0]}. {p[0]}.", 1)])
            else:
                s, gv = ch(AR_SUR), ch(AR_GIVEN[g])
                self.first, self.last = gv, s
                self.full = wch([(f"{gv} {s}", 3), (f"{gv} {ch(AR_GIVEN['m'])} {s}", 1)])
                self.inv = f"{s}، {gv}"
            return
        if origin == 'russ':
            pair = ch(RUSS_SUR); s = pair[1] if g == 'f' else pair[0]
        else:
            s = surname or ch(SUR[origin])
        gv = ch(GIVEN[origin][g])
        strip = (origin in ('hisp', 'port', 'hait') and R.random() < .15) or (origin == 'viet' and R.random() < .35)
        if origin == 'viet':
            mid = ch(VIET_MID[g])
            if strip:
                s, gv, mid = fold(s), fold(gv), fold(mid)
            self.first, self.last = gv, s
            self.full = wch([(f"{s} {mid} {gv}", 5), (f"{gv} {s}", 3), (f"{gv} {mid} {s}", 1)])
            self.inv = wch([(f"{s}, {gv} {mid}", 2), (f"{s.upper()}, {gv.upper()} {mid.upper()}", 1)])
            return
        if origin == 'chin' and R.random() < .12:
            gv = ch(['Jenny', 'Amy', 'Kevin', 'Tony', 'Helen', 'Peter', 'Vivian', 'Eric'])
        if strip:
            s, gv = fold(s), fold(gv)
        self.first, self.last = gv, s
        opts = [(f"{gv} {s}", 10), (f"{gv} {mi}. {s}", 2), (f"{gv} {mi} {s}", 1)]
        if origin == 'hisp' and not plain:
            s2 = ch(SUR['hisp'])
            if strip: s2 = fold(s2)
            opts.append((f"{gv} {s} {s2}", 4))
        if origin == 'chin':
            opts = [(f"{gv} {s}", 5), (f"{s} {gv}", 4)]
        if origin == 'russ' and not plain:
            p = ch(RUSS_PATR[g]); opts += [(f"{s} {gv} {p}", 2), (f"{gv} {p} {s}", 2)]
        if origin == 'arab' and not plain:
            opts.append((f"{gv} {ch(GIVEN['arab']['m'])} {s}", 3))
        if origin == 'soma':
            fa, gf = ch(GIVEN['soma']['m']), ch(SUR['soma'])
            self.last = gf
            opts = [(f"{gv} {fa} {gf}", 6), (f"{gv} {gf}", 4)]
        self.full = wch(opts) if not plain else f"{gv} {self.last}"
        L, F = self.last, gv
        self.inv = wch([(f"{L.upper()}, {F.upper()}", 3), (f"{L}, {F}", 4), (f"{L.upper()}, {F.upper()} {mi}", 2),
                        (f"{L}, {F} {mi}", 1)])

    def nick(self):
        return ch(NICKS[self.origin])

    def latin(self):
        if not self.native:
            return fold(self.first), fold(self.last)
        p = Person(self.origin, self.gender)
        return fold(p.first), fold(p.last)

# ----------------------------------------------------------------------------- places
TOWNS = [
 ('Lawrence', 'MA', '01840 01841 01843'), ('Lowell', 'MA', '01850 01851 01852 01854'),
 ('Lynn', 'MA', '01901 01902 01904 01905'), ('Chelsea', 'MA', '02150'), ('Revere', 'MA', '02151'),
 ('Everett', 'MA', '02149'), ('Malden', 'MA', '02148'), ('Brockton', 'MA', '02301 02302'),
 ('Framingham', 'MA', '01701 01702'), ('Somerville', 'MA', '02143 02144 02145'),
 ('Dorchester', 'MA', '02121 02122 02124 02125'), ('Mattapan', 'MA', '02126'),
 ('Quincy', 'MA', '02169 02170 02171'), ('Methuen', 'MA', '01844'), ('Haverhill', 'MA', '01830 01832 01835'),
 ('Dracut', 'MA', '01826'), ('Salem', 'MA', '01970'), ('Peabody', 'MA', '01960'),
 ('Worcester', 'MA', '01603 01604 01605 01610'), ('Fitchburg', 'MA', '01420'),
 ('New Bedford', 'MA', '02740 02744 02746'), ('Fall River', 'MA', '02720 02721 02723'),
 ('Randolph', 'MA', '02368'), ('Hyde Park', 'MA', '02136'), ('East Boston', 'MA', '02128'),
 ('Providence', 'RI', '02903 02907 02908 02909'), ('Pawtucket', 'RI', '02860 02861'),
 ('Central Falls', 'RI', '02863'), ('Nashua', 'NH', '03060 03062 03064'),
 ('Manchester', 'NH', '03101 03102 03103 03104'), ('Lewiston', 'ME', '04240'), ('Portland', 'ME', '04101 04102 04103'),
 ('Minneapolis', 'MN', '55404 55406 55454'), ('St. Cloud', 'MN', '56301 56303'), ('Columbus', 'OH', '43224 43229'),
 ('North Miami', 'FL', '33161 33162'), ('Miami', 'FL', '33127 33137 33150'), ('Brooklyn', 'NY', '11203 11210 11226'),
 ('Elizabeth', 'NJ', '07201 07202 07206'), ('Newark', 'NJ', '07104 07105'), ('Houston', 'TX', '77036 77072'),
 ('San Jose', 'CA', '95111 95122'), ('Dearborn', 'MI', '48126'), ('Garden Grove', 'CA', '92843 92844'),
]
STATE_FULL = {'MA': 'Massachusetts', 'RI': 'Rhode Island', 'NH': 'New Hampshire', 'ME': 'Maine', 'MN': 'Minnesota',
              'OH': 'Ohio', 'FL': 'Florida', 'NY': 'New York', 'NJ': 'New Jersey', 'TX': 'Texas', 'CA': 'California',
              'MI': 'Michigan'}
STREETS = W("Elm Oak Maple Broadway Essex Water Bridge Prospect Park Union High Summer Winter Chestnut Pleasant "
            "Main Hampshire Newbury Haverhill Salem Central Pine Walnut Spring School Church Mill Canal Franklin "
            "Washington Lincoln Jackson Tremont Blue_Hill Dudley Columbia Ferry Shawsheen Merrimack Gorham "
            "Middlesex Lakeview Boston Cabot Cross Bowdoin Geneva Harvard Hancock Adams Warren Myrtle Orchard "
            "Garden Bellevue Willow Cedar Ash Hillside Riverside Bay_State Ames Chandler Belmont Beacon Pearl "
            "Lafayette Andover Arlington Tower_Hill Marsh Osgood Exchange Kearney Gilman Stevens Lexington Erie")
SUFFIX = [('St', 6), ('St.', 2), ('Street', 2), ('Ave', 3), ('Ave.', 1), ('Avenue', 1), ('Rd', 2), ('Road', 1),
          ('Blvd', .5), ('Ln', .6), ('Ct', .5), ('Ter', .5), ('Pl', .5), ('Way', .5), ('Dr', .7), ('Pkwy', .2)]

def town():
    t, st, z = ch(TOWNS)
    return t, st, ch(z.split())

def street_line(unit_p=.45):
    n = str(R.choice([R.randint(1, 99), R.randint(1, 499), R.randint(100, 2999)]))
    if R.random() < .05: n += ch(['A', 'B', '½']) if R.random() < .3 else ch(['A', 'B'])
    name = ch(STREETS)
    sfx = '' if name == 'Broadway' else ' ' + wch(SUFFIX)
    line = f"{n} {name}{sfx}"
    if R.random() < unit_p:
        u = wch([(f" Apt {R.randint(1, 6)}{ch('ABCDLR')}", 4), (f" Apt. {R.randint(1, 40)}", 2), (f" #{R.randint(1, 12)}", 3),
                 (f" Unit {R.randint(1, 30)}", 2), (f", Apt {R.randint(1, 9)}", 2), (f" {ch(['1st', '2nd', '3rd'])} Fl", 2),
                 (f" Fl {R.randint(1, 3)}", 1), (f" apt {R.randint(1, 5)}{ch('LR')}", 1)])
        line += u
    return line

def state_str(st):
    if st == 'MA':
        return wch([('MA', 8), ('Mass.', 1), ('Massachusetts', 1)])
    return wch([(st, 8), (STATE_FULL[st], 1)])

def zip_str(z):
    return z + '-' + digits(4) if R.random() < .15 else z

def full_address(multi_ok=True):
    s = street_line()
    t, st, z = town()
    zz = zip_str(z)
    f = wch([(f"{s}, {t}, {state_str(st)} {zz}", 6), (f"{s}, {t} {state_str(st)} {zz}", 4),
             (f"{s} {t} {st} {zz}", 2), (f"{s}, {t}, {state_str(st)}", 2), (f"{s}, {t}", 2),
             (f"{s}\n{t}, {st} {zz}", 1.5 if multi_ok else 0)])
    return f, s, t, zz

def po_address():
    t, st, z = town()
    b = ch(['PO Box', 'P.O. Box', 'PO BOX', 'P O Box'])
    return wch([(f"{b} {R.randint(1, 9999)}, {t}, {st} {z}", 3), (f"{b} {R.randint(1, 999)} {t} {st} {z}", 2),
                (f"{b} {R.randint(1, 999)}, {t} {state_str(st)} {zip_str(z)}", 2)])

def facility_address():
    n = str(R.randint(1, 1200)); name = ch(STREETS)
    sfx = '' if name == 'Broadway' else ' ' + wch(SUFFIX)
    t, st, z = town()
    return wch([(f"{n} {name}{sfx}, Suite {R.randint(100, 450)}, {t}, {st} {z}", 3),
                (f"{n} {name}{sfx}, {t}, {st} {z}", 4), (f"{n} {name}{sfx}, {t}", 3),
                (f"{n} {name}{sfx} ({ch(['2nd', '3rd', '4th'])} floor), {t} {st} {z}", 1)])

# ----------------------------------------------------------------------------- dates & times
MON_EN = W("January February March April May June July August September October November December")
MON_ES = W("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
MON_PT = W("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro")
MON_HT = W("janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm")
MON_RU = W("января февраля марта апреля мая июня июля августа сентября октября ноября декабря")
MON_AR = W("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر")
MON_SO = W("Janaayo Febraayo Maarso Abriil Maajo Juun Luulyo Agoosto Sebtembar Oktoobar Nofembar Desembar")
AR_DIG = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')
FW_DIG = str.maketrans('0123456789', '０１２３４５６７８９')

def ordsfx(d):
    return 'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')

EN_Y = ['{m}/{d}/{Y}', '{mm}/{dd}/{Y}', '{Y}-{mm}-{dd}', '{Month} {d}, {Y}', '{dd}-{Mon}-{Y}', '{mm}{dd}{Y}',
        '{m}/{d}/{yy}', '{m}-{d}-{Y}', '{Mon}. {d}, {Y}', '{d} {Month} {Y}', '{Mon} {d} {Y}', '{mm}.{dd}.{Y}',
        '{Month} {d}{o}, {Y}', '{dd}-{MON}-{Y}', '{mm}/{dd}/{yy}', '{m}/{d}/{Y}', '{mm}/{dd}/{Y}']
EN_N = ['{m}/{d}', '{Mon} {d}{o}', '{Month} {d}', '{mm}/{dd}', '{Mon} {d}', '{d}-{Mon}', '{Month} {d}{o}', '{m}/{d}']
FMT = {
 'en': (EN_Y, EN_N),
 'es': (['{dd}/{mm}/{Y}', '{d}/{m}/{Y}', '{d} de {es} de {Y}', '{d}-{es3}-{Y}', '{m}/{d}/{Y}', '{dd}/{mm}/{yy}'],
        ['{d} de {es}', '{d}/{m}', '{m}/{d}', '{d} {es3}']),
 'pt': (['{dd}/{mm}/{Y}', '{d} de {pt} de {Y}', '{dd}/{mm}/{yy}', '{m}/{d}/{Y}', '{dd}.{mm}.{Y}'],
        ['{dd}/{mm}', '{d} de {pt}', '{d}/{m}']),
 'ht': (['{d} {ht} {Y}', '{dd}/{mm}/{Y}', '{m}/{d}/{Y}', '{d}-{m}-{Y}'], ['{d} {ht}', '{m}/{d}']),
 'vi': (['{d}/{m}/{Y}', '{d} tháng {m} năm {Y}', '{dd}/{mm}/{Y}', '{d}-{m}-{Y}', '{m}/{d}/{Y}'],
        ['{d}/{m}', '{d} tháng {m}', '{dd}/{mm}']),
 'zh': (['{Y}年{m}月{d}日', '{Y}-{mm}-{dd}', '{Y}/{m}/{d}', '{Y}.{m}.{d}', '{m}/{d}/{Y}'],
        ['{m}月{d}日', '{m}月{d}号', '{m}/{d}']),
 'ru': (['{dd}.{mm}.{Y}', '{d} {ru} {Y}', '{dd}.{mm}.{yy}', '{m}/{d}/{Y}'], ['{dd}.{mm}', '{d} {ru}']),
 'ar': (['{dd}/{mm}/{Y}', '{Y}/{mm}/{dd}', '{d} {ar} {Y}', '{d}/{m}/{Y}', '{m}/{d}/{Y}'], ['{d}/{m}', '{d} {ar}']),
 'so': (['{dd}/{mm}/{Y}', '{d} {so} {Y}', '{m}/{d}/{Y}', '{d}-{m}-{Y}'], ['{d} {so}', '{d}/{m}', '{m}/{d}']),
}

def fmt_date(dt, lang, year=True):
    if lang != 'en' and R.random() < .25:
        lang = 'en'
    m, d, Y = dt.month, dt.day, dt.year
    tok = dict(m=m, mm=f'{m:02d}', d=d, dd=f'{d:02d}', Y=Y, yy=f'{Y % 100:02d}', Mon=MON_EN[m - 1][:3],
               MON=MON_EN[m - 1][:3].upper(), Month=MON_EN[m - 1], o=ordsfx(d), es=MON_ES[m - 1],
               es3=MON_ES[m - 1][:3], pt=MON_PT[m - 1], ht=MON_HT[m - 1], ru=MON_RU[m - 1], ar=MON_AR[m - 1],
               so=MON_SO[m - 1])
    f = ch(FMT[lang][0] if year else FMT[lang][1])
    s = f.format(**tok)
    if lang == 'ar' and R.random() < .3:
        s = s.translate(AR_DIG)
    return s

def rand_date(y0, y1):
    a = date(y0, 1, 1).toordinal(); b = date(y1, 12, 31).toordinal()
    return date.fromordinal(R.randint(a, b))

def fmt_time(lang):
    pm = R.randint(1, 6); am = R.randint(7, 11); H = R.randint(7, 19); mi = ch(['00', '15', '30', '45', '00'])
    opts = {
     'en': [f"{pm}pm", f"{pm}:{mi} PM", f"{H}:{mi}", f"{am}:{mi}am", f"{am} am", "noon", f"{pm}:{mi}", f"{H}{mi}"],
     'es': [f"{pm}:{mi}", f"{pm} pm", f"{H}:{mi}", f"{pm}:{mi} de la tarde", f"{am} de la mañana"],
     'pt': [f"{H}h", f"{H}h{mi}", f"{pm} da tarde", f"{H}:{mi}"],
     'ht': [f"{pm}è", f"{am}:{mi}", f"{H}h", f"{am}è{mi}"],
     'vi': [f"{pm} giờ chiều", f"{H}h{mi}", f"{am} giờ sáng", f"{H}:{mi}"],
     'zh': [f"下午{pm}点", f"上午{am}点半", f"{H}:{mi}", f"{am}点"],
     'ru': [f"{H}:{mi}", f"{H}.{mi}"],
     'ar': [f"{pm}:{mi} مساءً", f"{am} صباحاً", f"{H}:{mi}"],
     'so': [f"{am}:{mi}", f"{H}:{mi}", f"{pm}da galabnimo", f"{am}da subaxnimo"],
    }
    return ch(opts.get(lang, opts['en']))

# ----------------------------------------------------------------------------- spelled numbers
DIGW = {'en': W("zero one two three four five six seven eight nine"),
        'es': W("cero uno dos tres cuatro cinco seis siete ocho nueve"),
        'pt': W("zero um dois três quatro cinco seis sete oito nove"),
        'ht': W("zewo en de twa kat senk sis sèt uit nèf"),
        'vi': W("không một hai ba bốn năm sáu bảy tám chín"),
        'zh': W("零 一 二 三 四 五 六 七 八 九"),
        'ru': W("ноль один два три четыре пять шесть семь восемь девять"),
        'ar': W("صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة"),
        'so': W("eber kow laba saddex afar shan lix toddoba siddeed sagaal")}

def spell_age(n, lang):
    k = n - 90
    if lang == 'en':
        return 'ninety' + ('-' + DIGW['en'][k] if k else '')
    if lang == 'es':
        return 'noventa' + ((' y ' + ('un' if k == 1 else DIGW['es'][k])) if k else '')
    if lang == 'pt':
        return 'noventa' + ((' e ' + DIGW['pt'][k]) if k else '')
    if lang == 'ht':
        return 'katreven-' + W("dis onz douz trèz katòz kenz sèz disèt dizwit diznèf")[k]
    if lang == 'vi':
        return 'chín mươi' + ['', ' mốt', ' hai', ' ba', ' tư', ' lăm', ' sáu', ' bảy', ' tám', ' chín'][k]
    if lang == 'zh':
        return '九十' + ('' if not k else DIGW['zh'][k])
    if lang == 'ru':
        return 'девяносто' + ('' if not k else ' ' + DIGW['ru'][k])
    if lang == 'ar':
        return 'تسعون' if not k else DIGW['ar'][k] + ' وتسعون'
    if lang == 'so':
        return 'sagaashan' + ('' if not k else ' iyo ' + DIGW['so'][k])
    return str(n)

def spell_digits(s, lang):
    groups = re.split(r'[^0-9A-Za-z]+', s)
    words = DIGW.get(lang, DIGW['en'])
    sep = '' if lang == 'zh' else ' '
    out = []
    for g in groups:
        if not g:
            continue
        out.append(sep.join(words[int(c)] if c.isdigit() else c for c in g))
    return (('，' if lang == 'zh' else ', ')).join(out)

# ----------------------------------------------------------------------------- obfuscation
def obf_num(c, s):
    """Obfuscate a numeric identifier; returns the new value (the span covers all of it)."""
    has_sep = bool(re.search(r'[-. /]', s))
    r = R.random()
    c.tags.add('evasion')
    if r < .20:
        return ' '.join(ch_ for ch_ in s if ch_.isalnum())
    if r < .38:
        c.tags.add('fullwidth')
        return s.translate(FW_DIG)
    if r < .54:
        c.tags.add('zero-width')
        if has_sep:
            return re.sub(r'[-. /]', lambda m: ch(['\u200b', m.group() + '\u200b']), s)
        return '\u200b'.join(s[i:i + 3] for i in range(0, len(s), 3))
    if r < .64 and has_sep:
        return re.sub(r'[- ]', '\u00a0', s)
    if r < .80 and has_sep:
        return re.sub(r'[-. /]', lambda m: ch(['-', '.', ' ', '/', '_']), s)
    if r < .93:
        return spell_digits(s, c.fmt_lang())
    if has_sep:
        c.tags.add('multiline')
        return re.sub(r'[-. ]', lambda m: m.group() + '\n', s, count=1)
    return s[:len(s) // 2] + '-' + s[len(s) // 2:]

def obf_email(c, e):
    c.tags.add('evasion')
    local, dom = e.split('@')
    name, tld = dom.rsplit('.', 1)
    return wch([(f"{local} [at] {name} [dot] {tld}", 3), (f"{local}(at){name}(dot){tld}", 2),
                (f"{local} at {name} dot {tld}", 2), (f"{local}＠{dom}", 1), (f"{local} @ {dom}", 1),
                (f"{local}[@]{dom}", 1), (f"{local} AT {name} DOT {tld}", 1)])

# ----------------------------------------------------------------------------- identifiers
US_AREA = W("978 617 508 781 857 339 351 774 413 401 603 207 612 614 305 786 718 347 908 973 713 408 313")

def us_phone():
    return ch(US_AREA), str(R.randint(201, 989)), digits(4)

def fmt_us(a, e, l):
    return wch([(f"({a}) {e}-{l}", 5), (f"{a}-{e}-{l}", 6), (f"{a}.{e}.{l}", 2), (f"{a} {e} {l}", 2),
                (f"{a}{e}{l}", 1.5), (f"+1 {a} {e} {l}", 1.5), (f"+1-{a}-{e}-{l}", 1), (f"1-{a}-{e}-{l}", 1),
                (f"+1 ({a}) {e}-{l}", 1), (f"{a}/{e}-{l}", .5), (f"({a}){e}-{l}", 1)])

INTL = {
 'port': ['+55 {2} 9{4}-{4}', '+55 ({2}) 9{4}-{4}', '+238 9{2} {2} {2}'],
 'hisp': ['+1 (809) {3}-{4}', '+1 829 {3} {4}', '+502 {4} {4}', '+503 7{3} {4}', '+57 3{2} {3} {4}', '+52 55 {4} {4}'],
 'hait': ['+509 3{3} {4}', '+509 {4}-{4}', '+509 4{3}-{4}'],
 'viet': ['+84 9{2} {3} {3}', '+84 {2} {3} {4}', '+84 (0)9{2} {3} {3}'],
 'chin': ['+86 13{1} {4} {4}', '+852 {4} {4}', '+86 18{1}-{4}-{4}'],
 'russ': ['+7 (9{2}) {3}-{2}-{2}', '+7 9{2} {3} {2} {2}', '+380 {2} {3} {4}'],
 'arab': ['+961 {1} {3} {3}', '+20 1{1} {4} {4}', '+964 7{2} {3} {4}', '+962 7 {4} {4}'],
 'soma': ['+252 6{1} {3} {4}', '+252 61 {7}', '+254 7{2} {3} {3}'],
}

def intl_phone(origin):
    f = ch(INTL.get(origin) or INTL['hisp'])
    return re.sub(r'\{(\d)\}', lambda m: digits(int(m.group(1))), f)

def tel_of(s):
    d = re.sub(r'\D', '', s.replace('(0)', ''))
    if s.strip().startswith('+'):
        return '+' + d
    if len(d) == 10:
        return '+1' + d
    return '+' + d if len(d) > 10 else d

def ssn_digits():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"

def gen_ssn():
    a, b, c = ssn_digits()
    return wch([(f"{a}-{b}-{c}", 8), (f"{a} {b} {c}", 2), (f"{a}{b}{c}", 1.5), (f"{a}.{b}.{c}", .5)])

def gen_mrn():
    return wch([(digits(7, True), 3), (digits(8), 3), ('00' + digits(7), 2), (digits(10), 2), ('E' + digits(7), 1),
                ('M' + digits(8), 1), (f"{digits(3)}-{digits(4)}", 1), (f"{digits(2)}-{digits(2)}-{digits(2)}-{digits(2)}", 1),
                ('MR' + digits(6), .5), (f"{digits(4)} {digits(4)}", .5)])

MBI_L = 'ACDEFGHJKMNPQRTUVWXY'
def gen_mbi():
    an = MBI_L + '0123456789'
    s = (ch('123456789') + ch(MBI_L) + ch(an) + ch('0123456789') + ch(MBI_L) + ch(an) + ch('0123456789') +
         ch(MBI_L) + ch(MBI_L) + ch('0123456789') + ch('0123456789'))
    return wch([(s, 3), (f"{s[:4]}-{s[4:7]}-{s[7:]}", 2), (f"{s[:4]} {s[4:7]} {s[7:]}", 1)])

def gen_hpid():
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    return wch([(''.join(ch(L) for _ in range(3)) + digits(9), 4), ('W' + digits(9, True), 2), (digits(9, True) + '-0' + str(R.randint(1, 4)), 1.5),
                (digits(11, True), 1.5), ('ZGP' + digits(9), 1), (f"{digits(4)} {digits(4)} {digits(2)}", 1),
                (ch(L) + digits(8) + ch(['01', '02', '*01']), 1), ('MA' + digits(10), .7)])

def gen_medicaid():
    return wch([('100' + digits(9), 4), (digits(12, True), 2), (f"{ch('ABCDEFGHJKLMN')}{ch('ABCDEFGHJKLMN')}{digits(5)}{ch('ABCDEFG')}", 1.5),
                (f"{digits(4)}-{digits(4)}-{digits(4)}", 1), (digits(9, True), 1)])

def gen_acct():
    return wch([(digits(10, True), 3), ('G' + digits(8), 1.5), (digits(8, True), 2), (f"{digits(3)}-{digits(6)}", 1),
                ('HAR' + digits(9), .5), ('A' + digits(9), .8)])

def gen_bank():
    return wch([(digits(10, True), 3), (digits(12, True), 2), (f"{digits(4)}-{digits(6)}", 1), (digits(9, True), 1)])

def gen_dl():
    return wch([('S' + digits(8), 4), (f"{digits(3)} {digits(3)} {digits(3)}", 2), (digits(9, True), 2),
                (f"{ch('ABCDEFGHJKLMNPRSTUVWY')}{digits(3)}-{digits(4)}-{digits(4)}", 1),
                (f"{digits(2)}{''.join(ch('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(5)}", 1), ('SA' + digits(7), 1)])

def gen_dea(last='A'):
    first = ch('ABFGM')
    second = last if last.isalpha() and last.isascii() else ch('ABCDEFGHJKLMNPRSTW')
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second.upper() + ''.join(map(str, d)) + str(chk)

def gen_slic():
    return wch([('RN' + digits(6, True), 2), (f"RN{digits(7, True)}", 1), (digits(6, True), 2), ('MD' + digits(5), 1),
                (f"LPN.{digits(6)}", .5), (f"PA{digits(5)}", 1), (f"{digits(3)}-{digits(3)}", .5), ('225.' + digits(6), .5)])

VIN_C = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
def gen_vin():
    return ch('1245JKLSWYZ3') + ''.join(ch(VIN_C) for _ in range(16))

def gen_plate():
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    return wch([(f"{R.randint(1, 9)}{ch(L)}{ch(L)}{R.randint(1, 9)}{R.randint(10, 99)}", 3),
                (f"{ch(L)}{ch(L)}{ch(L)}-{digits(4)}", 2), (f"{R.randint(1, 9)}{ch(L)}{ch(L)} {digits(3)}", 2),
                (f"{ch(L)}{ch(L)}{ch(L)} {digits(3)}", 1), (f"{digits(3)} {ch(L)}{ch(L)}{ch(L)}", 1),
                (f"{ch(L)}{ch(L)}{digits(2)}{ch(L)}{ch(L)}", 1)])

def gen_device():
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    y = R.randint(26, 29)
    return wch([('PJN' + digits(6) + 'H', 2), ('RNJ' + digits(6) + 'S', 1), (digits(8, True), 2),
                (''.join(ch(VIN_C) for _ in range(10)), 2), (f"{digits(4)}{ch(L)}{digits(4)}", 1.5),
                (f"NW{digits(6)}{ch(L)}", 1), (f"(01)00{digits(12)}(17){y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(21){ch(L)}{ch(L)}{digits(6)}", 1),
                (f"SN-{digits(3)}-{digits(4)}", 1)])

def luhn_complete(payload):
    s = 0
    for i, c_ in enumerate(reversed(payload)):
        d = int(c_)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return payload + str((10 - s % 10) % 10)

def gen_cc():
    kind = ch(['visa', 'visa', 'mc', 'amex', 'disc'])
    if kind == 'amex':
        n = luhn_complete(ch(['34', '37']) + digits(12))
        return ch([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    pre = {'visa': '4', 'mc': str(R.randint(51, 55)), 'disc': '6011'}[kind]
    n = luhn_complete(pre + digits(15 - len(pre)))
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return wch([(' '.join(g), 4), ('-'.join(g), 2), (n, 1.5)])

def gen_npi():
    base = '1' + digits(8)
    return luhn_complete('80840' + base)[5:]

def gen_ip():
    return wch([(f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", 4),
                (f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}", 2),
                (f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}", 1.5),
                (f"{R.randint(23, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", 1.5),
                ("fe80::" + ':'.join('%x' % R.randint(0, 65535) for _ in range(4)), 1),
                ("2001:db8:" + ':'.join('%x' % R.randint(0, 65535) for _ in range(3)) + "::" + '%x' % R.randint(1, 65535), .7)])

HOSP = ['stbrigidch.org', 'mvch.org', 'riversidecommunityhealth.org', 'northshorecommunity.org']
VENDOR_DOM = ['lingualink-interp.com', 'globaltalkservices.com', 'bayviewmedsupply.com', 'northeastpumps.com',
              'claritybilling.net', 'accuscribe.io', 'harborcourier.com', 'medlinenorth.com']
PERSONAL_DOM = {
 None: ['gmail.com'] * 6 + ['yahoo.com'] * 3 + ['hotmail.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net',
        'verizon.net', 'live.com', 'msn.com', 'protonmail.com'],
 'hisp': ['hotmail.es', 'yahoo.es', 'hotmail.com', 'gmail.com', 'yahoo.com'],
 'port': ['uol.com.br', 'bol.com.br', 'terra.com.br', 'hotmail.com', 'gmail.com'],
 'hait': ['hotmail.fr', 'yahoo.fr', 'gmail.com', 'hotmail.com'],
 'viet': ['yahoo.com.vn', 'gmail.com', 'yahoo.com'],
 'chin': ['163.com', '126.com', 'qq.com', 'gmail.com', 'hotmail.com'],
 'russ': ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru'],
 'arab': ['gmail.com', 'hotmail.com', 'yahoo.com'],
 'soma': ['gmail.com', 'hotmail.com', 'yahoo.com'],
}

def personal_email(p):
    f, l = p.latin()
    f = re.sub(r"[^a-z]", '', f.lower().split(' ')[0]) or 'x'
    l = re.sub(r"[^a-z]", '', l.lower()) or 'y'
    dom = ch(PERSONAL_DOM.get(p.origin, []) + PERSONAL_DOM[None])
    if dom == 'qq.com':
        return digits(R.randint(8, 10), True) + '@qq.com'
    yy = str(R.randint(50, 99)) if R.random() < .5 else str(R.randint(1, 2020))
    local = wch([(f"{f}.{l}", 4), (f"{f}{l}", 2), (f"{f}_{l}", 1), (f"{f}.{l}{yy}", 2), (f"{f}{yy}", 1),
                 (f"{l}{f}{digits(3)}", 1), (f"{f[0]}{l}", 2), (f"{f}{l}{R.randint(1950, 2005)}", 1),
                 (f"{ch(['mama', 'abuela', 'vovo', 'grandma', 'bibi', 'familia'])}{l}", .5)])
    return f"{local}@{dom}"

def business_email(p, org=None):
    f, l = p.latin()
    f = re.sub(r"[^a-z]", '', f.lower().split(' ')[0]) or 'x'
    l = re.sub(r"[^a-z]", '', l.lower()) or 'y'
    dom = org or ch(HOSP + VENDOR_DOM)
    local = wch([(f"{f}.{l}", 4), (f"{f[0]}{l}", 3), (f"{f}{l[0]}", 1), (ch(['billing', 'interpreters', 'scheduling',
                 'orders', 'support', 'accounts', 'referrals', 'language.access']), 2)])
    return f"{local}@{dom}"

def patient_url(p, pid):
    f, l = p.latin()
    f = re.sub(r"[^a-z]", '', f.lower()) or 'x'; l = re.sub(r"[^a-z]", '', l.lower()) or 'y'
    h = ch(HOSP)
    return wch([(f"https://mychart.{h}/visit/{pid}", 3), (f"https://portal.{h}/patients/{pid}/summary", 2),
                (f"https://www.caringbridge.org/site/{f}{l}{R.randint(1, 99)}", 2),
                (f"https://www.gofundme.com/f/help-{f}-{l}-recover", 1.5),
                (f"https://{h}/telehealth/join?pt={pid}&name={f}", 1.5),
                (f"https://portal.{h}/appt?mrn={pid}", 1), (f"http://updates.{l}family.net/{f}", .7)])

# ----------------------------------------------------------------------------- message context & slots
CASED = {'en', 'es', 'pt', 'ht', 'vi', 'ru', 'so'}

class Ctx:
    def __init__(self, lang, ftags, tpl):
        self.lang, self.ftags, self.tpl = lang, set(ftags), tpl
        self.memo, self.ents, self.tags = {}, {}, set()

    def prim(self):
        return self.lang.split('+')[0]

    def fmt_lang(self):
        return ch(self.lang.split('+'))

    def _g(self, prefix, i):
        if i == 1 and prefix + 'f' in self.ftags: return 'f'
        if i == 1 and prefix + 'm' in self.ftags: return 'm'
        return ch('fm')

    def pat(self, i):
        k = ('pat', i)
        if k not in self.ents:
            self.ents[k] = Person(origin_for(self.prim()), self._g('g:', i), R.random() < NATIVE_P.get(self.prim(), 0))
        return self.ents[k]

    def rel(self, i):
        k = ('rel', i)
        if k not in self.ents:
            p = self.pat(i)
            g = self._g('rg:', i)
            if p.origin in ('hisp', 'port', 'hait', 'angl', 'arab', 'viet', 'chin', 'other') and not p.native and R.random() < .5:
                self.ents[k] = Person(p.origin, g, surname=p.last, plain=R.random() < .5)
            else:
                self.ents[k] = Person(p.origin, g, p.native and R.random() < .7, plain=R.random() < .4)
        return self.ents[k]

    def staff(self, i, key='staff'):
        k = (key, i)
        if k not in self.ents:
            o = origin_for(self.prim()) if R.random() < .4 else ch(ORIGINS + ['angl', 'angl', 'hisp'])
            self.ents[k] = Person(o, ch('fm'), plain=True)
        return self.ents[k]

    def phone(self, i):
        k = ('phone', i)
        if k not in self.ents:
            o = self.pat(1).origin
            if R.random() < .2 and o in INTL:
                self.ents[k] = intl_phone(o)
            else:
                self.ents[k] = fmt_us(*us_phone())
        return self.ents[k]

    def addr(self, i):
        k = ('addr', i)
        if k not in self.ents:
            self.ents[k] = full_address()
        return self.ents[k]

    def maybe(self, p):
        return R.random() < p

def s_age(c, i):
    n = wch([(R.randint(90, 99), 9), (R.randint(100, 104), 1)])
    lang = c.fmt_lang()
    if n < 100 and c.maybe(.18):
        c.tags.add('evasion'); c.tags.add('spelled')
        return spell_age(n, lang)
    if lang == 'ar' and c.maybe(.25):
        return str(n).translate(AR_DIG)
    if c.maybe(.03):
        c.tags.add('fullwidth'); c.tags.add('evasion')
        return str(n).translate(FW_DIG)
    return str(n)

def s_phone(c, i):
    v = c.phone(i)
    if '<tel:' not in c.tpl and c.maybe(.09):
        v = obf_num(c, v)
    return v

def s_phx(c, i):
    v = fmt_us(*us_phone())
    return v + ch([' ext. ', ' x', ' ext ', ' Ext. ', ' x.']) + digits(R.randint(2, 4), True)

def s_bph(c, i):
    v = fmt_us(*us_phone())
    if c.maybe(.3):
        v += ch([' ext. ', ' x', ' ext ']) + digits(R.randint(2, 4), True)
    return v

def s_email(c, i):
    who = c.rel(i) if ('{RN' in c.tpl or '{RF' in c.tpl or c.maybe(.5)) else c.pat(i)
    v = personal_email(who)
    if '<mailto:' not in c.tpl and c.maybe(.12):
        v = obf_email(c, v)
    return v

def s_obf(gen, p):
    def f(c, i):
        v = gen()
        if c.maybe(p):
            v = obf_num(c, v)
        return v
    return f

def s_date(kind):
    def f(c, i):
        if kind == 'dob':
            return fmt_date(rand_date(1921, 2024), c.fmt_lang(), True)
        if kind == 'visit':
            return fmt_date(rand_date(2024, 2026), c.fmt_lang(), c.maybe(.6))
        if kind == 'short':
            return fmt_date(rand_date(2025, 2026), c.fmt_lang(), False)
        return fmt_date(rand_date(2025, 2027), c.fmt_lang(), c.maybe(.35))  # meetings, deadlines
    return f

LANG_NAMES = {'es': ['Spanish'], 'pt': ['Portuguese', 'Brazilian Portuguese', 'Cape Verdean Creole'],
              'ht': ['Haitian Creole', 'Creole'], 'vi': ['Vietnamese'], 'zh': ['Mandarin', 'Cantonese'],
              'ru': ['Russian', 'Ukrainian'], 'ar': ['Arabic'], 'so': ['Somali']}
ALL_LANG_NAMES = sum(LANG_NAMES.values(), []) + ['Khmer', 'Nepali', 'ASL', 'Amharic', 'Dari', 'Swahili']

ORIGIN_LANG = {'hisp': ['Spanish'], 'port': ['Portuguese', 'Cape Verdean Creole'], 'hait': ['Haitian Creole', 'Creole'],
               'viet': ['Vietnamese'], 'chin': ['Mandarin', 'Cantonese'], 'russ': ['Russian'], 'arab': ['Arabic'],
               'soma': ['Somali'], 'other': ['Khmer', 'Nepali', 'Amharic', 'Korean', 'Swahili']}

def s_lang(c, i):
    pt = c.ents.get(('pat', i)) or c.ents.get(('pat', 1))
    if pt is not None and pt.origin in ORIGIN_LANG and c.maybe(.85):
        return ch(ORIGIN_LANG[pt.origin])
    p = c.prim()
    if p in LANG_NAMES and c.maybe(.7):
        return ch(LANG_NAMES[p])
    return ch(ALL_LANG_NAMES)

UNITS = ['5 West', '4 North', '6 South', 'the ED', 'L&D', 'ICU', 'Med-Surg 3', 'Peds', '2 East', 'Onc infusion',
         'the SNF unit', '3 West', 'Ortho', '7 Tower']
DOSES = ['metformin 500 mg BID', 'ondansetron 4 mg IV q6h PRN', 'acetaminophen 650 mg PO q6h', 'insulin glargine 20 units qHS',
         'apixaban 5 mg BID', 'lisinopril 10 mg daily', 'enoxaparin 40 mg SC daily', 'amoxicillin 875 mg BID x 10 days',
         'heparin 5,000 units SC q8h', 'furosemide 40 mg IV', 'ceftriaxone 1 g IV q24h', 'morphine 2 mg IV q4h PRN',
         'sertraline 50 mg daily', 'atorvastatin 40 mg qHS', 'vitamin D 2000 IU daily', 'KCl 20 mEq PO x1',
         'amlodipine 5mg', 'prednisone 40mg x5d', 'Tylenol 1g q8h']
CPTS = W("99213 99214 99203 T1013 96127 99497 G0438 36415 93000 99285 90686 99396")
ICDS = W("E11.9 I10 J45.909 Z60.3 F32.9 M54.50 N18.30 O24.419 R51.9 Z91.19 E78.5 K21.9")
PAYERS = ['MassHealth', 'BCBS', 'Tufts Health Plan', 'Harvard Pilgrim', 'Medicare', 'Medicaid', 'Aetna', 'UnitedHealthcare',
          'WellSense', 'CCA', 'Fallon', 'Health Safety Net', 'Neighborhood Health Plan', 'Cigna']
DEPTS = ['Environmental Services', 'Pharmacy', 'Registration', 'Patient Access', 'the Lab', 'Dietary', 'IT', 'Transport',
         'Radiology', 'Case Management', 'Food Services', 'Security', 'Central Supply']
CONFS = ['Rose Garden', 'Hope', 'Maple', 'Summit', 'Harbor', 'Conf B', 'Boardroom B', 'Liberty', 'Grace', 'Willow',
         'Merrimack', '3rd-floor huddle']
EXROLES = ['CFO', 'CNO', 'COO', 'CEO', 'VP of Patient Experience', 'CMO', 'Director of Language Access', 'VP Finance',
           'Chief Nursing Officer', 'President']
RELS = ['daughter', 'son', 'wife', 'husband', 'niece', 'grandson', 'granddaughter', 'sister', 'brother', 'mother',
        'neighbor', 'nephew', 'HCP']

def s_ver(c, i):
    return wch([(f"v{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 20)}", 4), (f"{R.randint(2, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}", 2),
                (f"Epic {ch(['May', 'Nov', 'Feb', 'Aug'])} {R.randint(2023, 2026)}", 1), (f"v{R.randint(1, 5)}.{R.randint(0, 9)}", 1)])

def s_build(c, i):
    return f"{R.randint(2023, 2026)}.{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(1, 40)}"

def s_tkt(c, i):
    return wch([(f"INC00{digits(5)}", 3), (f"DEL-{digits(4, True)}", 2), (f"RITM00{digits(5)}", 1.5), (f"SR-{digits(5)}", 1),
                (f"#{digits(5, True)}", 1), (f"LA-{digits(3, True)}", 1), (f"CHG00{digits(5)}", 1)])

def s_money(c, i):
    return wch([(f"${R.randint(120, 48000):,}.{R.randint(0, 99):02d}", 3),
                (f"${R.randint(200, 9000):,}", 2), (f"${R.randint(2, 90)}.{R.randint(1, 9)}k", 1)])

SLOTS = {
 # --- PHI
 'PN': lambda c, i: c.pat(i).full, 'PF': lambda c, i: c.pat(i).first, 'PL': lambda c, i: c.pat(i).last,
 'PINV': lambda c, i: c.pat(i).inv, 'NICK': lambda c, i: c.pat(i).nick(),
 'RN': lambda c, i: c.rel(i).full, 'RF': lambda c, i: c.rel(i).first,
 'DOB': s_date('dob'), 'VD': s_date('visit'), 'VDS': s_date('short'),
 'AGE': s_age, 'PH': s_phone, 'PHT': lambda c, i: tel_of(c.phone(i)), 'PHX': s_phx, 'BPH': s_bph,
 'EM': s_email, 'BEM': lambda c, i: business_email(c.staff(i), ch(VENDOR_DOM) if c.maybe(.8) else ch(HOSP)),
 'SSN': s_obf(gen_ssn, .14), 'MRN': s_obf(gen_mrn, .06), 'HPID': s_obf(gen_hpid, .05), 'MBI': lambda c, i: gen_mbi(),
 'MCAID': s_obf(gen_medicaid, .05), 'ACCT': s_obf(gen_acct, .05), 'BANK': lambda c, i: gen_bank(),
 'DL': lambda c, i: gen_dl(), 'DEA': lambda c, i: gen_dea(fold(c.staff(1).last)[0]), 'SLIC': lambda c, i: gen_slic(),
 'VIN': lambda c, i: gen_vin(), 'PLATE': lambda c, i: gen_plate(), 'DEV': lambda c, i: gen_device(),
 'PURL': lambda c, i: patient_url(c.pat(i), digits(R.randint(6, 9), True)), 'IP': lambda c, i: gen_ip(),
 'ADDR': lambda c, i: c.addr(i)[0], 'STREET': lambda c, i: c.addr(i)[1], 'TOWN': lambda c, i: c.addr(i)[2],
 'ZIP': lambda c, i: c.addr(i)[3], 'POADDR': lambda c, i: po_address(), 'CC': s_obf(gen_cc, .07),
 # --- not PHI
 'SN': lambda c, i: c.staff(i).full, 'SF': lambda c, i: c.staff(i).first, 'SL': lambda c, i: c.staff(i).last,
 'EXN': lambda c, i: c.staff(i, 'exec').full, 'EXROLE': lambda c, i: ch(EXROLES),
 'EXT': lambda c, i: ch(['x', 'x', 'ext. ', 'ext ', 'x-']) + digits(4, True),
 'ROOM': lambda c, i: wch([(str(R.randint(101, 799)), 5), (f"{R.randint(2, 7)}{ch('ABCD')}", 2), (f"ED {R.randint(1, 30)}", 2),
                           (f"{R.randint(200, 650)}-{ch('AB')}", 1), (f"W-{R.randint(1, 24)}", 1)]),
 'BED': lambda c, i: wch([(f"{R.randint(1, 40)}{ch('AB')}", 3), (str(R.randint(1, 36)), 3), (f"{R.randint(3, 7)}{R.randint(10, 40)}-{ch('12')}", 1)]),
 'DOSE': lambda c, i: ch(DOSES),
 'PO': lambda c, i: wch([('45' + digits(8), 3), (f"PO-{R.randint(2025, 2026)}-{digits(4)}", 2), (f"{digits(2)}-{digits(5)}", 1), (digits(6, True), 1)]),
 'INV': lambda c, i: wch([(f"INV-00{digits(5)}", 3), (digits(7, True), 2), (f"LL-{R.randint(2025, 2026)}-{digits(5)}", 1), (f"{digits(4)}-{ch('ABC')}", 1)]),
 'MONEY': s_money, 'TKT': s_tkt, 'VER': s_ver, 'BUILD': s_build, 'NPI': lambda c, i: gen_npi(),
 'CPT': lambda c, i: ch(CPTS), 'ICD': lambda c, i: ch(ICDS), 'FAC': lambda c, i: facility_address(),
 'SITE': lambda c, i: town()[0],
 'ZOOM': lambda c, i: wch([(f"{digits(3, True)} {digits(4)} {digits(4)}", 3), (f"{digits(3, True)} {digits(3)} {digits(4)}", 2), (digits(11, True), 1)]),
 'ZURL': lambda c, i: f"https://{ch(['mvch', 'stbrigid', 'riverside'])}.zoom.us/j/{digits(11, True)}",
 'INTRA': lambda c, i: ch([f"https://intranet.{ch(HOSP)}/policies/{ch(['interpreter-services', 'ic-204', 'language-access', 'hipaa-slack'])}",
                           f"https://sharepoint.{ch(HOSP)}/sites/LanguageAccess", f"https://{ch(HOSP)}/staff/forms/{ch(['translation-request', 'po-request'])}"]),
 'BOARDURL': lambda c, i: f"https://board.{ch(HOSP)}/portal/meetings/{R.randint(2025, 2026)}-{ch(['q1', 'q2', 'q3', 'q4'])}",
 'PUB': lambda c, i: ch(['https://www.cdc.gov/flu/', 'https://www.mass.gov/masshealth', f"https://www.{ch(HOSP)}/patients/interpreter-services",
                         'https://www.medicare.gov/basics/get-started-with-medicare', f"https://www.{ch(HOSP)}/es/servicios"]),
 'MDATE': s_date('meeting'), 'TIME': lambda c, i: fmt_time(c.fmt_lang()),
 'MENTION': lambda c, i: '<@U' + ''.join(ch('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(R.randint(8, 10))) + '>',
 'LANG': s_lang, 'N': lambda c, i: str(wch([(R.randint(2, 9), 3), (R.randint(10, 60), 2), (R.randint(100, 5000), 1)])),
 'VOL': lambda c, i: f"{R.randint(150, 5200):,}",
 'PCT': lambda c, i: f"{R.randint(60, 99)}%", 'AGEY': lambda c, i: str(R.randint(19, 89)),
 'GRP': lambda c, i: wch([(digits(6, True), 3), (f"GRP-00{digits(4)}", 1), (f"{ch('ABCDEFGHJK')}{ch('ABCDEFGHJK')}{digits(4)}", 1)]),
 'PAYER': lambda c, i: ch(PAYERS), 'UNIT': lambda c, i: ch(UNITS), 'INTID': lambda c, i: digits(R.randint(5, 6), True),
 'ASSET': lambda c, i: wch([(f"MVH-{digits(5)}", 2), (f"AT{digits(6)}", 2), (f"BME {digits(5)}", 1)]),
 'LAST4': lambda c, i: digits(4), 'CCEXP': lambda c, i: ch([f"{R.randint(1, 12):02d}/{R.randint(26, 30)}", f"{R.randint(1, 12):02d}/20{R.randint(26, 30)}"]),
 'ZIPLIKE': lambda c, i: '0' + digits(4), 'DEPT': lambda c, i: ch(DEPTS), 'CONF': lambda c, i: ch(CONFS),
 'FY': lambda c, i: ch(['FY2027', 'FY26', 'Q3', 'Q1 FY27', 'Q4']), 'REL': lambda c, i: ch(RELS),
}
PHI_TYPE = {'PN': 'NAME', 'PF': 'NAME', 'PL': 'NAME', 'PINV': 'NAME', 'NICK': 'NAME', 'RN': 'NAME', 'RF': 'NAME',
            'DOB': 'DATE', 'VD': 'DATE', 'VDS': 'DATE', 'AGE': 'AGE', 'PH': 'PHONE', 'PHT': 'PHONE', 'PHX': 'PHONE',
            'BPH': 'PHONE', 'EM': 'EMAIL', 'BEM': 'EMAIL', 'SSN': 'SSN', 'MRN': 'MRN', 'HPID': 'HEALTH_PLAN_ID',
            'MBI': 'HEALTH_PLAN_ID', 'MCAID': 'HEALTH_PLAN_ID', 'ACCT': 'ACCOUNT_NUMBER', 'BANK': 'ACCOUNT_NUMBER',
            'DL': 'LICENSE_NUMBER', 'DEA': 'LICENSE_NUMBER', 'SLIC': 'LICENSE_NUMBER', 'VIN': 'VEHICLE_ID',
            'PLATE': 'VEHICLE_ID', 'DEV': 'DEVICE_ID', 'PURL': 'URL', 'IP': 'IP_ADDRESS', 'ADDR': 'ADDRESS',
            'STREET': 'ADDRESS', 'TOWN': 'ADDRESS', 'ZIP': 'ADDRESS', 'POADDR': 'ADDRESS', 'CC': 'CREDIT_CARD'}
SLOT_TAGS = {
 'EXN': 'exec-name', 'EXROLE': 'exec-name', 'EXT': 'ext', 'ROOM': 'room', 'BED': 'room', 'DOSE': 'dose', 'PO': 'po',
 'INV': 'invoice', 'MONEY': 'money', 'TKT': 'ticket', 'VER': 'version', 'BUILD': 'version', 'NPI': 'npi', 'CPT': 'cpt',
 'ICD': 'icd', 'FAC': 'facility-address', 'SITE': 'business-town', 'ZOOM': 'calendar', 'ZURL': 'calendar',
 'MDATE': 'calendar', 'TIME': 'calendar', 'INTRA': 'non-phi-url', 'BOARDURL': 'non-phi-url', 'PUB': 'non-phi-url',
 'AGEY': 'age-under-90', 'GRP': 'group-number', 'INTID': 'interpreter-id', 'ASSET': 'asset-tag', 'LAST4': 'last-4',
 'CCEXP': 'card-expiry', 'VOL': 'stats', 'ZIPLIKE': 'zip-like', 'SN': 'staff-name', 'SF': 'staff-name', 'SL': 'staff-name',
 'MENTION': 'slack-markup', 'PAYER': 'payer', 'FY': 'fiscal-period',
}
TYPE_TAG = {'NAME': 'name', 'DATE': 'date', 'AGE': 'age', 'PHONE': 'phone', 'EMAIL': 'email', 'SSN': 'ssn', 'MRN': 'mrn',
            'HEALTH_PLAN_ID': 'health-plan-id', 'ACCOUNT_NUMBER': 'account', 'LICENSE_NUMBER': 'license',
            'VEHICLE_ID': 'vehicle', 'DEVICE_ID': 'device', 'URL': 'url', 'IP_ADDRESS': 'ip', 'ADDRESS': 'address',
            'CREDIT_CARD': 'credit-card'}
BUSINESS_SLOTS = {'BPH', 'BEM'}
PROTECT = {'MENTION', 'ZURL', 'INTRA', 'BOARDURL', 'PUB'}
HARD_SLOTS = set(SLOT_TAGS) - {'MENTION', 'TIME'}
SLOT_RE = re.compile(r'\{([A-Z][A-Z0-9]*)(?:#(\d))?\}')

def render(tpl, c):
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None, False, None])
        name, i = m.group(1), int(m.group(2) or 1)
        key = (name, i)
        if key not in c.memo:
            c.memo[key] = SLOTS[name](c, i)
        if name in SLOT_TAGS:
            c.tags.add(SLOT_TAGS[name])
        segs.append([c.memo[key], PHI_TYPE.get(name), name in PROTECT, name])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None, False, None])
    return segs

# ----------------------------------------------------------------------------- frames
FRAMES = []
def fr(kind, lang, tags, *tpls):
    for t in tpls:
        FRAMES.append({'kind': kind, 'lang': lang, 'tags': tags.split(), 'tpl': t})
P = lambda lang, tags, *t: fr('phi', lang, tags, *t)
C = lambda lang, tags, *t: fr('clean', lang, tags, *t)

# ---------------- English, PHI
P('en', 'interpreter g:f', "pt {PN}, DOB {DOB}, needs a {LANG} interpreter for her {TIME} appt")
P('en', 'registration', "Registration has {PN} but the insurance card reads {PINV}. Which one do I use?")
P('en', 'family rg:f', "Can someone call {PN}'s daughter {RF} at {PH}? She's the only one in the house who speaks English.")
P('en', 'interpreter', "interpreter needed: {LANG}, rm {ROOM}, pt {PL}, MRN {MRN}")
P('en', 'registration', "Pls update the address for MRN {MRN} → {ADDR}")
P('en', 'g:f rg:m', "{PN} ({AGE} y/o) fell at home on {VD}; son {RN} brought her in.")
P('en', 'g:f', "Mrs. {PL} is {AGE} today 🎂 her family brought cake up to {UNIT}")
P('en', 'structured', "Med rec # {MRN} | {PINV} | DOB {DOB} | rescheduled to {VD} @ {TIME}")
P('en', 'insurance g:f', "Her MassHealth ID is {MCAID}, not the old one on file. Pt {PN}.")
P('en', 'insurance', "{PN}: {PAYER} member ID {HPID}, group {GRP}. Eligibility came back inactive.")
P('en', 'billing rg:m', "Guarantor is the husband, {RN}, acct {ACCT}. He's asking about a payment plan.")
P('en', 'family rg:m', "Family wants updates sent to {EM} (that's the son, {RF}).")
P('en', 'family rg:f g:f', "VM from {RN} re: her mother {PN}, callback {PH}")
P('en', 'family rg:f', "best contact for {PF}'s niece is <mailto:{EM}|{EM}>")
P('en', 'family', "send the reminder text to <tel:{PHT}|{PH}> instead, that's the cousin's cell")
P('en', 'address', "daughter says pt lives at {STREET} now, moved out of {TOWN#2} last month")
P('en', 'records escalation', "SSN in the chart for {PN} is {SSN} but the card they brought has a different one. Sending to HIM.")
P('en', 'registration', "can you verify DL {DL} for {PN}? the ID scanner at the front desk failed")
P('en', 'security', "Security: car with plate {PLATE} in the ambulance bay belongs to {PN}'s family, can someone find them")
P('en', '', "tow company needs the VIN for {PN}'s car: {VIN}")
P('en', 'device', "pacemaker check for {PN}, device SN {DEV}, appt {VD}")
P('en', 'device g:f', "Her insulin pump serial is {DEV}. Rep needs it for the replacement. Pt {PL}, DOB {DOB}.")
P('en', 'url', "here's the portal link for {PF}'s visit: {PURL}")
P('en', 'url g:m', "family made an update page for him: {PURL}")
P('en', 'billing', "card on file for {PN}: {CC} exp {CCEXP}")
P('en', 'money', "corporate card for the interpreter agency renewal is {CC}, exp {CCEXP}. don't repost pls")
P('en', 'vip g:f', "VIP heads-up: {PN} (a trustee's mother) was admitted to {UNIT} on {VD}. Need-to-know only.")
P('en', 'employee-health', "Employee health: {PN} from {DEPT} had a needlestick on {VD}; f/u labs due {VDS}.")
P('en', '', "{SF} from pharmacy says {PN} in {ROOM} is refusing {DOSE}, family wants to talk to you")
P('en', 'g:f', "Dr. {SL} asked me to call {PN} about her results but {PH} is disconnected")
P('en', 'insurance', "{PINV} - MBI {MBI} - Medicare denied, need an ABN signed")
P('en', 'family rg:f', "from the front desk: {RN} says she's {PF}'s granddaughter and wants the discharge papers in {LANG}")
P('en', 'records', "Records request from {RN} (POA) for {PN}, DOB {DOB}, DOS {VD} through {VD#2}")
P('en', 'referral', "pls fax the referral to {BPH} attn Dr. {SL}. pt {PN}, notes in chart")
P('en', 'vendor', "pump vendor rep: {SN}, {BPH}, {BEM}")
P('en', 'vendor', "Our interpreter agency account manager is {SN} - {BEM} / {BPH}")
P('en', 'vendor', "new fax # for the {SITE} clinic: {BPH}")
P('en', 'it', "{DEPT} workstation at {IP} can't reach Epic, ticket {TKT}")
P('en', 'it emoji', "printer at {IP} in registration is jamming again 🙃")
P('en', 'age', "Pt {PN} ({AGE}) lives alone in {TOWN}, no car, needs a ride for f/u on {VDS}")
P('en', 'insurance', "confirmed: {PN}, {ZIP}, {PAYER}, sub ID {HPID}")
P('en', 'billing rg:f', "refund goes to bank acct {BANK}, holder {RN} (pt's wife)")
P('en', 'credentialing', "Dr. {SL}'s DEA {DEA} expires {MDATE}; credentialing also needs the state lic # {SLIC}")
P('en', 'family', "re {PN}: POA {RN}, ph {PH}, email {EM}, lives at {ADDR}")
P('en', 'name', "{PF} goes by {NICK}, please add it to the chart so staff use it")
P('en', 'name', "{PN} (\"{NICK}\") is back in {ROOM}, same complaint as {VDS}")
P('en', 'interpreter g:f', "Mom is {AGE} and only speaks {LANG}. Can we get an in-person interpreter for {PF} on {VD}?")
P('en', 'short', "{PF} is here")
P('en', 'short', "{PN} checked in")
P('en', 'short', "call {RN} back pls")
P('en', 'rg:f', "who has {PL} in bed {BED}? daughter {RF} is at the desk")
P('en', 'appointment', "Pt {PN} seen {VD}, no-show {VD#2}, 3rd attempt to reach at {PH}")
P('en', 'address', "mailing address for {PN} is {POADDR}, not the street address")
P('en', '', "Decedent: {PN}, DOD {VD}, family ({RN}) notified, chaplain aware")
P('en', 'interpreter rg:m', "Please page the {LANG} interpreter for {PN}. Son {RF} can't stay past {TIME}.")
P('en', 'insurance g:f', "{PN}'s {PAYER} coverage terminates {MDATE}; she needs to reapply")
P('en', 'credentialing', "{SN}'s state license {SLIC} lapses {MDATE}, can someone remind them")
P('en', 'complaint rg:f g:m', "complaint: {RN} says nobody called her back about her father {PN} ({PH})")
P('en', 'escalation rg:m', "Escalation: {PN} waited 3 hrs for a Somali interpreter on {VD}. Son {RF} is upset.")
P('en', 'structured multiline', "{PN}\n{ADDR}\n{PH}")
P('en', 'address g:f', "SW: {PN} is staying with her sister at {ADDR} until housing comes through")
P('en', '', "Can I get a better callback number for {PN}'s son? He left {PH} but it goes straight to VM")
P('en', 'device complaint', "{PN}, {AGE}, hard of hearing, hearing aid S/N {DEV} lost on {UNIT}. Family upset.")
P('en', 'referral', "referral from Dr. {SL} at {SITE} Family Medicine for {PN}, DOB {DOB}, fax back to {BPH}")
P('en', 'device', "CGM for {PL}: transmitter SN {DEV} won't pair with the app ({VER})")
P('en', 'g:f', "{RN} (visitor for {PN} in {ROOM}) left her keys at the desk")
P('en', 'rg:m', "Update: {PF}'s discharge moved to {VD}; nephew {RF} is driving")
P('en', 'billing', "Please mail the bill to {ADDR}. Guarantor {RN}, acct {ACCT}")
P('en', 'url slack', "Telehealth link for {PF}: <{PURL}|join visit>")
P('en', 'billing', "account {ACCT} for {PL} went to collections by mistake, can PFS pull it back?")
P('en', 'structured', "Medicaid # {MCAID} / SSN {SSN} / DOB {DOB} for {PINV}")
P('en', 'bullets multiline', "Interpreter requests this AM:\n• {PN} – {LANG} – {TIME}\n• {PN#2} – {LANG#2} – {TIME#2}\n• rm {ROOM} – {LANG#3} – ASAP")
P('en', 'vip', "*VIP* {PN} arriving {VD} for the colonoscopy, {EXROLE} {EXN} asked to be kept posted")
P('en', 'it', "VPN logs show the portal scraping came from {IP} and {IP#2}")
P('en', 'address', "zip for {PN} should be {ZIP}, the form autofilled the clinic's")
P('en', 'phone', "pt's cell {PHX}? no, that's her work number w/ extension")
P('en', 'records', "HIM needs DOB to release: {PN}, {DOB}, MR# {MRN}")
P('en', 'lowercase rg:f', "mrs {PL} daughter {RN} says mom moved to {TOWN}, new # {PH}")
P('en', 'appointment', "{PN} → rescheduled from {VDS} to {VDS#2}, confirmed w/ interpreter")

# ---------------- English, clean (hard negatives mostly)
C('en', 'calendar', "Interpreter huddle moved to {MDATE} at {TIME}, {CONF} room")
C('en', '', "{SN} is covering registration this weekend; call {EXT} if the kiosk freezes")
C('en', '', "PO {PO} for the interpreter agency went through, invoice {INV} is {MONEY}")
C('en', '', "Epic upgrade to {VER} is {MDATE}, downtime 01:00–03:00")
C('en', 'age-aggregate', "{N} pts over 90 on {UNIT} today, all on fall precautions")
C('en', '', "New {SITE} clinic address: {FAC}. Opens {MDATE}.")
C('en', '', "{EXN} ({EXROLE}) wants the interpreter spend numbers before the Q3 board meeting")
C('en', '', "Room {ROOM} is clean, send the next admit")
C('en', '', "{DOSE} is the default in the new order set")
C('en', '', "Ticket {TKT}: Spanish consent forms print blank on build {BUILD}")
C('en', '', "Can we add Somali to the check-in kiosk? Vendor says it ships in {VER}.")
C('en', 'age-aggregate', "Patients 90+ were {PCT} of our inpatient days this quarter? that seems high")
C('en', 'wordname', "I hope we finish the Creole translations before {MDATE}")
C('en', 'wordname', "Will the Portuguese interpreter be here by {TIME}? Mark said maybe.")
C('en', 'wordname', "Grace period for MassHealth redeterminations is 90 days now")
C('en', '', "NPI for Dr. {SL} is {NPI}, use it on the referral form")
C('en', '', "billing q: {CPT} or {CPT#2} for the interpreter-assisted visits?")
C('en', '', "{ICD} is still the top dx in the Vietnamese clinic")
C('en', 'ssn-topic hipaa', "Reminder: no SSNs in Slack. Use the secure intake form.")
C('en', 'mrn-topic', "MRNs are 10 digits after the merge, pad the old ones with leading zeros")
C('en', 'hipaa', "HIPAA refresher is due by {MDATE}, link is on {INTRA}")
C('en', '', "The {SITE} site is closed {MDATE} for the water main repair")
C('en', '', "cost center {ZIPLIKE} for the interpreter budget, not {ZIPLIKE#2}")
C('en', '', "Language access committee, Zoom {ZOOM}, {MDATE} {TIME}")
C('en', '', "{N} interpreters on shift, {N#2} requests in queue")
C('en', 'wordname', "Bill the agency, not the family. {SN}'s call.")
C('en', '', "Health fair at {FAC} on {MDATE}; {SN} is bringing the flu vaccine cart")
C('en', '', "bed {BED}: {AGEY} y/o, needs Arabic interpreter for consent")
C('en', 'wordname', "Frank feedback from the Somali community advisory board: the signs are too small")
C('en', 'wordname', "page me when the May schedule is out")
C('en', '', "Dr. {SL} is on call tonight, pager {EXT}")
C('en', '', "{SN} and {SN#2} are presenting the language access report to {EXN} at {TIME}")
C('en', '', "Mileage: 42 miles round trip to the {SITE} clinic, submit by {MDATE}")
C('en', '', "asset tag {ASSET} (WOW cart) is missing from {UNIT}")
C('en', 'vendor', "Medtronic rep {SN} coming {MDATE} {TIME}, Conf B")
C('en', 'last4', "last 4 of the department card is {LAST4}, exp {CCEXP}")
C('en', '', "Employee plan group # {GRP} changes effective {MDATE}")
C('en', 'stats', "Q3 interpreter volume: Spanish {VOL}, Portuguese {VOL#2}, Haitian Creole {VOL#3}, Somali {VOL#4}")
C('en', '', "IV pump firmware {VER} rolls out on {UNIT} {MDATE}")
C('en', '', "board portal for next week: {BOARDURL}")
C('en', '', "{SF} from Volunteer Services is bringing coffee ☕")
C('en', 'easy', "lunch order: 3 pho, 2 arroz con pollo, 1 jollof, 1 sambusa plate")
C('en', '', "Congrats to {SN} on 20 years with us! 🎉")
C('en', '', "fax on 3 West is down, use the one by room {ROOM}")
C('en', '', "pls update the Haitian Creole phone tree script before {MDATE}")
C('en', '', "garage B closed {MDATE}, staff park in lot C")
C('en', '', "Dr. {SL} signed the standing order: {DOSE}")
C('en', '', "Policy IC-204 effective {MDATE}, see {INTRA}")
C('en', 'easy short', "thanks all!")
C('en', 'easy short', "on my way")
C('en', 'easy short', "who's covering interpreters tonight?")
C('en', 'wordname', "Joy to the world, the Cantonese schedule is finally done 😂")
C('en', '', "Our {SITE} and {SITE#2} sites hit {PCT} interpreter fill rate last month")
C('en', 'wordname', "Rose Garden room is booked {MDATE} {TIME} for the Arabic outreach debrief")
C('en', '', "interpreter ID {INTID} was great on the Somali call, pls request again")
C('en', '', "front desk tablet {ASSET} needs {VER} for the Vietnamese language pack")
C('en', '', "Zoom for the Creole CHW training: {ZURL}")
C('en', 'age-aggregate', "Average age on {UNIT} this month: {AGEY}. Three pts over 90.")
C('en', 'mbi-topic', "{SN} in Registration: can someone explain the new MBI format to the team?")
C('en', '', "ticket {TKT} closed, kiosk was on {VER}, updated to {VER#2}")
C('en', 'wordname', "Chase the agency about invoice {INV}, it's 60 days overdue")
C('en', '', "public info page for patients: {PUB}")
C('en', '', "90-day supply rule starts {MDATE} in outpatient pharmacy")
C('en', '', "Board meeting {MDATE} at {FAC}; {EXN} presenting the {FY} budget")
C('en', 'wordname', "will do, I'll mark it done once the Somali forms are back from the printer")
C('en', 'bullets multiline', "Interpreter coverage today:\n• Spanish: {SN}\n• Creole: {SN#2}\n• Somali: {SN#3}\n• Vietnamese: agency, {TIME}")
C('en', 'bullets multiline', "Bed board:\n- {ROOM} {AGEY}F Spanish, consent pending\n- {ROOM#2} {AGEY#2}M Portuguese, d/c today\n- {ROOM#3} ASL, video remote")
C('en', '', "IP addresses for the new kiosks go through {SN} in IT, don't post them here")
C('en', 'ssn-topic', "do we still need the SSN field on the registration form? legal says no")

P('en', 'billing g:f', "copay for {PN} ran on {CC} and the reader says declined, can PFS call her at {PH}?")
P('en', 'security', "valet ticket for {PF}'s son: plate {PLATE}, silver Corolla, he's in the ED waiting room")
P('es', 'billing g:f', "la señora {PL} quiere pagar el copago con la tarjeta {CC}, vence {CCEXP}")
P('pt', 'billing', "o filho do {PF} passou o cartão {CC} pra pagar a conta {ACCT}")
P('ru', 'billing', "оплата за {PN}: карта {CC}, срок {CCEXP}")

# ---------------- Spanish
P('es', 'interpreter g:f', "La paciente {PN}, fecha de nacimiento {DOB}, necesita intérprete para su cita del {VD}.")
P('es', 'family rg:f g:f', "Llamó {RN}, la hija de la Sra. {PL}. Su número es {PH}.")
P('es', 'address', "{PN} vive en {ADDR}, pero el seguro tiene otra dirección.")
P('es', 'insurance g:m', "El Sr. {PL} dice que su Medicaid es {MCAID}, ¿lo pueden verificar?")
P('es', 'appointment', "Expediente {MRN} — {PINV} — la cita se cambió al {VD}")
P('es', 'age rg:m g:f', "El nieto ({RF}) trae a doña {PF} mañana; tiene {AGE} años y casi no camina.")
P('es', 'family', "correo de la familia: {EM}")
P('es', 'insurance structured multiline', "Seguro: {PAYER}\nNúm. de miembro: {HPID}\nTitular: {RN}")
P('es', 'address', "se mudó a {TOWN}, ya no vive en {TOWN#2}")
P('es', 'ssn', "el seguro social que dio {PF} es {SSN} y no coincide con la tarjeta")
P('es', 'family rg:f', "¿Alguien puede hablar con {RN}? Es la esposa del paciente del cuarto {ROOM} y está muy nerviosa.")
P('es', 'age', "paciente {PN}, {AGE} años, se cayó en la casa el {VD}")
P('es', 'registration', "la licencia de {PF} es {DL}, la escaneé pero no aparece")
P('es', 'url', "ya le mandé el enlace del portal a {PF}: {PURL}")
P('es', 'rg:m emoji', "{PN} llegó para su cita con su hijo {RF} 👍")
P('es', 'billing', "cuenta (HAR) {ACCT} de {PN}, quiere un plan de pagos")
P('es', 'device', "Ojo: {PN} tiene marcapasos, número de serie {DEV}")
P('es', 'address', "el código postal {ZIP} de {PN} no lo acepta el sistema")
P('es', 'family', "La familia {PL} pide que les llamen al {PH} después de las 5")
P('es', 'complaint g:f', "Queja: {RN} dice que a su mamá, {PN}, no le dieron intérprete el {VD}")
P('es', 'structured', "pte. {PN}, nac. {DOB}, tel. {PH}, dir. {ADDR}")
P('es', 'short', "ya llegó {PF}")
C('es', 'calendar', "Reunión del equipo de intérpretes el {MDATE} a las {TIME} en la sala {CONF}")
C('es', '', "{SN} cubre admisiones esta tarde")
C('es', '', "¿Alguien sabe si ya llegó la orden de compra {PO}?")
C('es', 'ssn-topic', "Recuerden: nada de números de seguro social en el chat 🙏")
C('es', '', "La clínica nueva queda en {FAC} y abre el {MDATE}")
C('es', 'age-aggregate', "Hay {N} pacientes mayores de 90 en {UNIT} hoy")
C('es', 'easy', "gracias a todos por el apoyo hoy 🙏")
C('es', '', "la paciente de la cama {BED} tiene {AGEY} años y necesita intérprete para el consentimiento")
C('es', '', "Dosis: {DOSE}, según el Dr. {SL}")
C('es', '', "¿Quién tiene la extensión de intérpretes? creo que es {EXT}")
C('es', 'wordname', "Esperanza es el nombre del nuevo programa para familias 💙")
C('es', '', "ticket {TKT}: la impresora no saca los formularios en español")
C('es', '', "la factura {INV} de la agencia de intérpretes es de {MONEY}")
C('es', '', "{EXN} aprobó el presupuesto de intérpretes para {FY}")

# ---------------- Portuguese
P('pt', 'interpreter', "Paciente {PN}, data de nascimento {DOB}, precisa de intérprete de português na consulta do dia {VD}.")
P('pt', 'family rg:f g:f', "A filha dela, {RN}, ligou do número {PH}")
P('pt', 'address', "{PN} mora em {ADDR}")
P('pt', 'records', "prontuário {MRN}, paciente {PINV}")
P('pt', 'family g:f rg:m', "O marido da Dona {PF} ({RN}) pediu pra mandar por email: {EM}")
P('pt', 'age g:f', "Dona {PF} tem {AGE} anos e mora sozinha em {TOWN}")
P('pt', 'insurance', "carteirinha do convênio: {HPID} ({PN})")
P('pt', 'appointment', "{PN} faltou à consulta de {VD}, remarcar por favor")
P('pt', 'ssn g:f', "ela não tem CPF aqui, deu o SSN {SSN}")
P('pt', 'security', "placa do carro do acompanhante: {PLATE}, tá na vaga da ambulância")
P('pt', 'url g:m', "link do portal do {PF}: {PURL}")
P('pt', 'short g:m', "O {PF} chegou")
P('pt', 'family g:m rg:m', "Seu {PL} perguntou se o neto, {RF}, pode ficar de acompanhante hoje")
C('pt', 'calendar', "Reunião com a equipe de intérpretes {MDATE} às {TIME}")
C('pt', '', "A {SN} vai cobrir o plantão de sábado")
C('pt', '', "chegou a nota {INV} da agência, valor {MONEY}")
C('pt', 'easy emoji', "obrigada, pessoal! 😊")
C('pt', '', "paciente do leito {BED}, {AGEY} anos, precisa de intérprete às {TIME}")
C('pt', '', "A versão {VER} do app de tradução está com bug nos acentos")
C('pt', 'age-aggregate', "Temos {N} pacientes acima de 90 anos na {UNIT}")
C('pt', 'wordname', "Graça começa segunda como coordenadora do serviço de intérpretes")
C('pt', '', "posologia padrão: {DOSE}")
C('pt', '', "a clínica de {SITE} fecha mais cedo {MDATE}")

# ---------------- Haitian Creole
P('ht', 'interpreter', "Pasyan {PN}, dat nesans {DOB}, bezwen yon entèprèt kreyòl pou randevou {VD} la")
P('ht', 'family rg:f', "Pitit fi li, {RN}, rele nan {PH}")
P('ht', 'age g:f', "Madanm {PL} gen {AGE} an, li rete {ADDR}")
P('ht', 'records', "nimewo dosye {MRN} pou {PINV}")
P('ht', 'appointment', "{PN} pa t vini pou randevou {VD} la, tanpri rele fanmi an nan {PH}")
P('ht', 'g:m', "Mesye {PL} bay imel sa a: {EM}")
P('ht', 'insurance', "Kat Medicaid li se {MCAID}, pou {PN}")
P('ht', 'address rg:m', "Li rete {TOWN}, pitit gason li {RF} ap vin chèche l")
P('ht', 'family rg:f', "Sè {PF} a, {RN}, se li ki gen pwokirasyon an (POA)")
P('ht', 'short emoji', "{PF} rive 👍")
P('ht', 'structured multiline', "Adrès nouvo: {ADDR}\nTelefòn: {PH}\nNon: {PN}")
C('ht', 'calendar', "Reyinyon entèprèt yo {MDATE} a {TIME}")
C('ht', '', "{SN} ap travay nan resepsyon jodi a")
C('ht', 'easy', "mèsi anpil tout moun 🙏")
C('ht', '', "Nou bezwen plis entèprèt kreyòl nan {UNIT} aswè a")
C('ht', '', "Tikè {TKT}: fòm konsantman an kreyòl pa enprime")
C('ht', '', "Pasyan nan kabann {BED} la gen {AGEY} an, li bezwen yon entèprèt")
C('ht', '', "Dòz la se {DOSE}, dapre Dr. {SL}")
C('ht', '', "Klinik {SITE} a fèmen {MDATE}")

# ---------------- Vietnamese
P('vi', 'interpreter', "Bệnh nhân {PN}, ngày sinh {DOB}, cần thông dịch viên tiếng Việt cho buổi hẹn {VD}")
P('vi', 'family g:f rg:f', "Con gái của bà {PF} là {RN}, số điện thoại {PH}")
P('vi', 'age g:m', "Ông {PL} năm nay {AGE} tuổi, sống một mình ở {TOWN}")
P('vi', 'records', "mã hồ sơ {MRN} - {PINV}")
P('vi', 'address', "Địa chỉ mới của bệnh nhân {PN}: {ADDR}")
P('vi', 'family', "email của con trai: {EM}")
P('vi', 'appointment rg:m', "{PN} không đến khám ngày {VD}, nhờ gọi lại cho con trai {RF}")
P('vi', 'insurance', "số thẻ bảo hiểm (member ID) {HPID} của {PN}")
P('vi', 'address g:f', "bà {PF} dặn gửi thư về {POADDR}")
P('vi', '', "Bác sĩ {SL} nhờ gọi cho bệnh nhân {PN} về kết quả xét nghiệm")
P('vi', 'insurance', "Số Medicare (MBI) {MBI}, {PN}, sinh ngày {DOB}")
P('vi', 'short g:f', "cô {PF} tới rồi nha")
C('vi', 'calendar', "Họp nhóm thông dịch {MDATE} lúc {TIME} ở phòng {CONF}")
C('vi', '', "{SN} trực quầy đăng ký cuối tuần này")
C('vi', 'easy', "cảm ơn mọi người nhiều 🙏")
C('vi', '', "Phòng khám mới ở {FAC}")
C('vi', 'age-aggregate', "Có {N} bệnh nhân trên 90 tuổi ở {UNIT}")
C('vi', '', "Liều dùng: {DOSE}")
C('vi', '', "ticket {TKT}: máy in không in được dấu tiếng Việt")
C('vi', '', "bệnh nhân giường {BED}, {AGEY} tuổi, cần thông dịch lúc {TIME}")

# ---------------- Chinese
P('zh', 'interpreter', "患者{PN}，出生日期{DOB}，需要普通话翻译，预约在{VD}")
P('zh', 'family rg:f', "{PF}的女儿{RN}打电话来，号码是{PH}")
P('zh', 'age g:m', "{PL}老先生今年{AGE}岁，一个人住在{TOWN}")
P('zh', 'appointment', "病历号{MRN}，{PINV}，复诊改到{VD}")
P('zh', 'address', "患者{PN}的新地址：{ADDR}")
P('zh', 'family', "家属邮箱：{EM}")
P('zh', 'insurance', "{PN}的保险会员号是{HPID}")
P('zh', 'appointment g:f rg:m', "{PF}没来复诊（{VD}），请联系她儿子{RF}：{PH}")
P('zh+en', 'interpreter', "需要粤语翻译 for {PN}, room {ROOM}, DOB {DOB}")
P('zh', 'ssn', "登记处核对一下：{PN}，社安号{SSN}")
P('zh', 'device', "{PN}的起搏器序列号是{DEV}")
P('zh', 'short g:f', "{PL}太太已经到了")
C('zh', 'calendar', "翻译组会议改到{MDATE} {TIME}")
C('zh', '', "{SN}这周末在挂号处值班")
C('zh', 'easy', "谢谢大家 🙏")
C('zh', 'age-aggregate', "{UNIT}今天有{N}位90岁以上的病人")
C('zh', '', "新诊所地址：{FAC}")
C('zh', '', "剂量：{DOSE}")
C('zh', '', "工单{TKT}：中文同意书打印出来是乱码")
C('zh', '', "{BED}床的病人{AGEY}岁，需要粤语翻译")

# ---------------- Russian
P('ru', 'interpreter g:f', "Пациентка {PN}, дата рождения {DOB}, нужен переводчик на приём {VD}")
P('ru', 'family rg:f', "Звонила дочь, {RN}, телефон {PH}")
P('ru', 'age g:f', "{PL}, возраст {AGE}, живёт одна в {TOWN}")
P('ru', 'records', "номер медкарты {MRN}, {PINV}")
P('ru', 'structured multiline', "Пациент: {PN}\nАдрес: {ADDR}\nТел.: {PH}")
P('ru', 'family', "почта сына: {EM}")
P('ru', 'appointment g:m', "{PN} не пришёл на приём {VD}, перезвоните ему")
P('ru', 'insurance', "полис Medicaid {MCAID}, {PN}")
P('ru', 'family rg:m', "Сын пациентки ({RF}) оставил номер {PH}")
P('ru', 'ssn g:m', "SSN {SSN} у пациента {PN} не совпадает с картой")
P('ru', 'age g:f', "Бабушке уже {AGE}, зовут {PN}, нужна коляска у входа")
C('ru', 'calendar', "Планёрка переводчиков {MDATE} в {TIME}")
C('ru', '', "{SN} сегодня на регистрации")
C('ru', 'easy', "спасибо всем!")
C('ru', 'age-aggregate', "В {UNIT} пациентов старше 90: {N}")
C('ru', '', "Доза: {DOSE}")
C('ru', '', "Тикет {TKT}: кириллица не печатается в выписке")
C('ru', '', "Новая клиника: {FAC}")
C('ru', '', "пациент на койке {BED}, возраст {AGEY}, нужен переводчик")

# ---------------- Arabic
P('ar', 'interpreter g:m', "المريض {PN}، تاريخ الميلاد {DOB}، يحتاج إلى مترجم عربي لموعد {VD}")
P('ar', 'family rg:f g:m', "اتصلت ابنته {RN} من الرقم {PH}")
P('ar', 'age g:f', "المريضة عمرها {AGE} سنة وتسكن في {TOWN}")
P('ar', 'records', "رقم الملف الطبي {MRN} - {PINV}")
P('ar', 'address g:m', "العنوان الجديد للمريض {PN}: {ADDR}")
P('ar', 'family', "البريد الإلكتروني لابن المريضة: {EM}")
P('ar', 'appointment g:m', "{PN} لم يحضر إلى موعده يوم {VD}")
P('ar', 'insurance g:m', "رقم العضوية في التأمين {HPID} للمريض {PN}")
P('ar', 'ssn g:f', "رقم الضمان الاجتماعي للمريضة {PN} هو {SSN}")
P('ar', 'family g:f rg:m', "السيدة {PL} تسأل عن ابنها {RF}، رقمه {PH}")
P('ar', 'billing rg:m', "زوجها {RN} هو الكفيل المالي، رقم الحساب {ACCT}")
C('ar', 'calendar', "اجتماع فريق المترجمين يوم {MDATE} الساعة {TIME}")
C('ar', '', "{SN} مناوب في قسم التسجيل اليوم")
C('ar', 'easy', "شكراً للجميع على المساعدة اليوم 🙏")
C('ar', 'age-aggregate', "يوجد {N} مرضى فوق التسعين في {UNIT}")
C('ar', '', "الجرعة المعتادة: {DOSE}")
C('ar', '', "العيادة الجديدة في {FAC}")
C('ar', '', "تذكرة {TKT}: نماذج الموافقة بالعربية لا تُطبع")
C('ar', '', "المريض في السرير {BED} عمره {AGEY} سنة ويحتاج مترجماً")

# ---------------- Somali
P('so', 'interpreter g:m', "Bukaanka {PN}, taariikhda dhalashada {DOB}, wuxuu u baahan yahay turjumaan Soomaali ah ballanta {VD}")
P('so', 'family rg:f g:m', "Gabadhiisa {RN} ayaa soo wacday, lambarkeedu waa {PH}")
P('so', 'age g:f', "Ayeeyo {PF} waa {AGE} jir, waxay ku nooshahay {TOWN}")
P('so', 'records', "lambarka faylka {MRN} - {PINV}")
P('so', 'address', "Cinwaanka cusub ee {PN}: {ADDR}")
P('so', 'family', "email-ka qoyska: {EM}")
P('so', 'appointment', "{PN} ma iman ballantii {VD}")
P('so', 'insurance', "Medicaid ID {MCAID} ee {PN}")
P('so', 'interpreter rg:m g:f', "Wiilkeeda {RF} ayaa turjumaya, laakiin fadlan u yeer turjumaan rasmi ah. Bukaanka: {PN}")
P('so', 'short g:m', "{PF} wuu yimid")
P('so', 'age g:m', "Aabbe {PL}, {AGE} jir, wuxuu joogaa qolka {ROOM}")
C('so', 'calendar', "Kulanka turjumaanada waa {MDATE} saacadda {TIME}")
C('so', '', "{SN} ayaa maanta joogta diiwaangelinta")
C('so', 'easy', "mahadsanidin dhammaan 🙏")
C('so', 'age-aggregate', "{UNIT} waxaa ku jira {N} bukaan oo ka weyn 90 sano")
C('so', '', "Qiyaasta daawada: {DOSE}")
C('so', '', "Xarunta caafimaadka cusub: {FAC}")
C('so', '', "Tikidh {TKT}: foomamka Soomaaliga ah lama daabici karo")
C('so', '', "Bukaanka sariirta {BED} waa {AGEY} jir, wuxuu u baahan yahay turjumaan")

# ---------------- code-switched
P('es+en', 'interpreter rg:f', "pt {PN} habla solo español, su hija {RF} viene a las {TIME}, cel {PH}")
P('es+en', 'family g:f rg:m', "la señora {PL} is asking for her son {RF}, he's at {PH}")
P('es+en', 'registration', "registration: {PN}, DOB {DOB}, dice que su dirección es {ADDR}")
P('pt+en', 'interpreter g:f', "Dona {PF} tá aqui de novo, MRN {MRN}, need PT interpreter stat")
P('ht+en', 'age g:f', "Madanm {PL} ({AGE}) in {ROOM}, pitit li {RF} ap vini at {TIME}")
P('vi+en', 'interpreter g:f', "bà {PF} cần interpreter, MRN {MRN}, appt {VD}")
P('zh+en', 'family rg:f', "{PN}的女儿{RN} wants a callback at {PH}")
P('ru+en', 'interpreter g:m', "пациент {PN}, DOB {DOB}, needs Russian interpreter for consent")
P('so+en', 'family g:f rg:m', "Hooyada {PN} is in {ROOM}, son {RF} on the way")
P('ar+en', 'interpreter g:m', "السيد {PL}, MRN {MRN}, needs Arabic interpreter, phone {PH}")
P('es+en', 'appointment', "{PN} no show x2 ({VD}, {VD#2}), llamar al {PH}")
P('es+en', 'address', "pt vive en {TOWN}, zip {ZIP}, no tiene carro")
P('pt+en', 'insurance g:m', "Seu {PF} esqueceu a carteirinha, member ID {HPID}, can someone bring it to {UNIT}?")
P('es+en', 'billing rg:m', "pls call {RN} (esposo) {PH}, él es el guarantor, acct {ACCT}")
P('ht+en', 'appointment', "mèsi! {PF} confirmed for {VD} with a Creole interpreter")
P('es+en', 'family rg:f', "the daughter, {RN}, dice que prefiere email: <mailto:{EM}|{EM}>")
C('es+en', '', "need intérprete de español in {ROOM} at {TIME}, {AGEY} yo, consent only")
C('es+en', 'emoji', "gracias {SF}! you saved the day 🙌")
C('es+en', 'calendar', "reunión / meeting {MDATE} {TIME} in {CONF}, agenda: Creole signage")
C('pt+en', '', "obrigada {SF}, the Portuguese forms are up on {INTRA}")
C('vi+en', '', "cảm ơn {SF}, the Vietnamese consent translation is done")
C('zh+en', '', "谢谢{SF}, Cantonese schedule for {MDATE} is posted")
C('ru+en', '', "spasibo {SF}! Russian coverage is fine today")
C('ar+en', '', "shukran {SF}, the Arabic vendor invoice {INV} is approved")
C('so+en', '', "mahadsanid {SF}, Somali outreach at {FAC} on {MDATE}")
C('ht+en', '', "mèsi {SF}! Creole flyers are printed, PO {PO}")
C('pt+en', '', "ok, tá bom, I'll tell the family the interpreter comes at {TIME}")
C('es+en', 'age-aggregate', "pacientes 90+ en {UNIT}: {N}. FYI for the fall audit")

# ----------------------------------------------------------------------------- pasted key: value blocks
KV = {
 'en': [('name', ['Name', 'Patient', 'Pt', 'Patient Name', 'PT NAME', 'pt name'], ['{PN}', '{PN}', '{PINV}']),
        ('dob', ['DOB', 'Date of Birth', 'D.O.B.', 'Birthdate', 'dob'], ['{DOB}']),
        ('mrn', ['MRN', 'MR#', 'Med Rec #', 'Chart #', 'mrn'], ['{MRN}']),
        ('phone', ['Phone', 'Cell', 'Home ph', 'Tel', 'Contact #', 'Mobile'], ['{PH}']),
        ('addr', ['Address', 'Addr', 'Home address', 'Mailing'], ['{ADDR}']),
        ('lang', ['Language', 'Preferred language', 'Lang'], ['{LANG}']),
        ('interp', ['Interpreter needed', 'Interpreter', 'Needs interpreter'], ['Y', 'yes', 'YES - in person', 'video ok']),
        ('ins', ['Insurance', 'Payer', 'Plan'], ['{PAYER}']),
        ('member', ['Member ID', 'Subscriber ID', 'Policy #', 'ID#', 'Mbr ID'], ['{HPID}']),
        ('group', ['Group', 'Group #', 'Grp'], ['{GRP}']),
        ('ssn', ['SSN', 'SS#', 'Social'], ['{SSN}']),
        ('email', ['Email', 'E-mail'], ['{EM}']),
        ('ec', ['Emergency contact', 'EC', 'Next of kin', 'NOK'], ['{RN} ({REL}) {PH#2}', '{RN}, {PH#2}', '{RN} - {REL}']),
        ('room', ['Room', 'Rm', 'Location'], ['{ROOM}', '{UNIT} bed {BED}']),
        ('appt', ['Appt', 'Appointment', 'Visit date', 'DOS', 'Next appt'], ['{VD}', '{VD} {TIME}']),
        ('har', ['HAR', 'Account #', 'Acct', 'Guarantor acct'], ['{ACCT}']),
        ('age', ['Age'], ['{AGE}', '{AGEY}']),
        ('pcp', ['PCP', 'Attending', 'Ordering'], ['Dr. {SL}']),
        ('mbi', ['MBI', 'Medicare ID'], ['{MBI}'])],
 'es': [('name', ['Nombre', 'Paciente', 'Nombre completo'], ['{PN}', '{PINV}']),
        ('dob', ['Fecha de nacimiento', 'F. nac.', 'Nacimiento'], ['{DOB}']),
        ('mrn', ['Expediente', 'Núm. de expediente', 'MRN'], ['{MRN}']),
        ('phone', ['Teléfono', 'Cel', 'Tel.'], ['{PH}']),
        ('addr', ['Dirección', 'Domicilio'], ['{ADDR}']),
        ('ins', ['Seguro', 'Aseguradora'], ['{PAYER}']),
        ('member', ['Núm. de miembro', 'ID del seguro'], ['{HPID}']),
        ('ec', ['Contacto de emergencia', 'Familiar'], ['{RN}, {PH#2}', '{RN}'])],
 'pt': [('name', ['Nome', 'Paciente'], ['{PN}', '{PINV}']), ('dob', ['Data de nasc.', 'Nascimento'], ['{DOB}']),
        ('mrn', ['Prontuário', 'MRN'], ['{MRN}']), ('phone', ['Telefone', 'Celular', 'Cel'], ['{PH}']),
        ('addr', ['Endereço'], ['{ADDR}']), ('member', ['Carteirinha', 'Convênio ID'], ['{HPID}']),
        ('ec', ['Acompanhante', 'Contato'], ['{RN} {PH#2}', '{RN}'])],
 'ht': [('name', ['Non', 'Pasyan'], ['{PN}', '{PINV}']), ('dob', ['Dat nesans'], ['{DOB}']),
        ('mrn', ['Nimewo dosye', 'MRN'], ['{MRN}']), ('phone', ['Telefòn'], ['{PH}']), ('addr', ['Adrès'], ['{ADDR}']),
        ('ec', ['Fanmi', 'Moun pou kontakte'], ['{RN} {PH#2}'])],
 'vi': [('name', ['Họ tên', 'Bệnh nhân'], ['{PN}', '{PINV}']), ('dob', ['Ngày sinh'], ['{DOB}']),
        ('mrn', ['Mã hồ sơ', 'MRN'], ['{MRN}']), ('phone', ['Điện thoại', 'SĐT'], ['{PH}']), ('addr', ['Địa chỉ'], ['{ADDR}']),
        ('ec', ['Người thân', 'Liên lạc khẩn cấp'], ['{RN} {PH#2}'])],
 'zh': [('name', ['姓名', '患者'], ['{PN}', '{PINV}']), ('dob', ['出生日期', '生日'], ['{DOB}']), ('mrn', ['病历号', 'MRN'], ['{MRN}']),
        ('phone', ['电话', '手机'], ['{PH}']), ('addr', ['地址', '住址'], ['{ADDR}']), ('ec', ['紧急联系人', '家属'], ['{RN} {PH#2}'])],
 'ru': [('name', ['ФИО', 'Пациент'], ['{PN}', '{PINV}']), ('dob', ['Дата рождения', 'Д.р.'], ['{DOB}']),
        ('mrn', ['Номер карты', 'MRN'], ['{MRN}']), ('phone', ['Телефон', 'Тел.'], ['{PH}']), ('addr', ['Адрес'], ['{ADDR}']),
        ('ec', ['Контакт', 'Родственник'], ['{RN} {PH#2}'])],
 'ar': [('name', ['الاسم', 'المريض'], ['{PN}', '{PINV}']), ('dob', ['تاريخ الميلاد'], ['{DOB}']), ('mrn', ['رقم الملف', 'MRN'], ['{MRN}']),
        ('phone', ['الهاتف', 'الجوال'], ['{PH}']), ('addr', ['العنوان'], ['{ADDR}']), ('ec', ['قريب للتواصل'], ['{RN} {PH#2}'])],
 'so': [('name', ['Magaca', 'Bukaanka'], ['{PN}', '{PINV}']), ('dob', ['Taariikhda dhalashada', 'Dhalasho'], ['{DOB}']),
        ('mrn', ['Lambarka faylka', 'MRN'], ['{MRN}']), ('phone', ['Taleefanka', 'Tel'], ['{PH}']), ('addr', ['Cinwaanka'], ['{ADDR}']),
        ('ec', ['Qofka xiriirka', 'Qoyska'], ['{RN} {PH#2}'])],
}
KV_HEAD = {'en': ['Pasted from Epic:', 'registration sheet ⬇️', 'ED reg:', 'New referral', 'fyi', 'Pls verify:', 'from the fax:'],
           'es': ['Datos del paciente:', 'Registro:', 'para verificar:'], 'pt': ['Dados do paciente:', 'cadastro:'],
           'ht': ['Enfòmasyon pasyan:'], 'vi': ['Thông tin bệnh nhân:'], 'zh': ['患者信息：'], 'ru': ['Данные пациента:'],
           'ar': ['بيانات المريض:'], 'so': ['Macluumaadka bukaanka:']}
KV_CLEAN = [
 ('en', [('Meeting', ['Language Access Committee', 'Interpreter huddle', 'Health fair planning', 'Somali outreach debrief']),
         ('Date', ['{MDATE}']), ('Time', ['{TIME}']), ('Where', ['{CONF}', '{FAC}']), ('Zoom', ['{ZOOM}', '{ZURL}']),
         ('Host', ['{SN}', '{EXN}']), ('Agenda', ['Creole signage; Q3 volumes', 'kiosk languages', 'budget {FY}'])]),
 ('en', [('Vendor', ['LinguaLink Interpreting', 'GlobalTalk Services', 'Bayview Med Supply', 'Clarity Billing', 'Harbor Courier']),
         ('PO', ['{PO}']), ('Invoice', ['{INV}']), ('Amount', ['{MONEY}']), ('Cost center', ['{ZIPLIKE}']),
         ('Approver', ['{EXN}']), ('Due', ['{MDATE}'])]),
 ('en', [('Ticket', ['{TKT}']), ('Asset', ['{ASSET}']), ('Version', ['{VER}']), ('Build', ['{BUILD}']), ('Location', ['{UNIT}']),
         ('Assigned', ['{SN}']), ('Priority', ['P2', 'P3', 'high']), ('Issue', ['Vietnamese characters garbled on AVS', 'kiosk stuck in English'])]),
 ('en', [('Unit', ['{UNIT}']), ('Census', ['{N}']), ('Pts 90+', ['{N#2}']), ('Interpreter requests', ['{N#3}']),
         ('Avg age', ['{AGEY}']), ('Charge RN', ['{SN}'])]),
 ('es', [('Reunión', ['Comité de acceso lingüístico', 'Equipo de intérpretes']), ('Fecha', ['{MDATE}']), ('Hora', ['{TIME}']),
         ('Lugar', ['{CONF}', '{FAC}']), ('Responsable', ['{SN}'])]),
 ('pt', [('Reunião', ['Equipe de intérpretes', 'Comitê de acesso linguístico']), ('Data', ['{MDATE}']), ('Hora', ['{TIME}']),
         ('Local', ['{CONF}', '{FAC}']), ('Responsável', ['{SN}'])]),
]

def kv_format(pairs, lang, head):
    sep = ch([': ', ': ', ':  ', ' - ', ' = ', ':\t', ' : ']) if lang not in ('zh',) else ch(['：', ': '])
    style = ch(['plain', 'plain', 'bullet', 'dash', 'bold', 'caps', 'pipe'])
    lines = []
    for lab, val in pairs:
        if style == 'caps': lab = lab.upper()
        if style == 'bold': lines.append(f"*{lab}:* {val}")
        elif style == 'bullet': lines.append(f"• {lab}{sep}{val}")
        elif style == 'dash': lines.append(f"- {lab}{sep}{val}")
        else: lines.append(f"{lab}{sep}{val}")
    body = (' | ' if style == 'pipe' else '\n').join(lines)
    if style != 'pipe' and R.random() < .12:
        body = '```\n' + body + '\n```'
    if head:
        body = head + ('\n' if '\n' in body or R.random() < .7 else ' ') + body
    return body

def build_kv(kind):
    if kind == 'phi':
        lang = wch([('en', 5), ('es', 2), ('pt', 1), ('ht', 1), ('vi', 1), ('zh', 1), ('ru', 1), ('ar', 1), ('so', 1)])
        fields = KV[lang][:]
        must = [f for f in fields if f[0] in ('name', 'mrn')]
        rest = [f for f in fields if f[0] not in ('name', 'mrn')]
        k = R.randint(1, min(6, len(rest)))
        chosen = R.sample(must, R.randint(1, len(must))) + R.sample(rest, k)
        R.shuffle(chosen)
        if R.random() < .6:
            chosen.sort(key=lambda f: f[0] != 'name')
        pairs = [(ch(labs), ch(vals)) for _, labs, vals in chosen]
        head = ch(KV_HEAD[lang]) if R.random() < .5 else ''
        return kv_format(pairs, lang, head), lang, ['structured', 'kv-block']
    lang, fields = ch(KV_CLEAN)
    chosen = [fields[0]] + R.sample(fields[1:], R.randint(2, len(fields) - 1))
    pairs = [(lab, ch(vals)) for lab, vals in chosen]
    return kv_format(pairs, lang, ''), lang, ['structured', 'kv-block']

# ----------------------------------------------------------------------------- message assembly
def frame_slots(tpl):
    return [m.group(1) for m in SLOT_RE.finditer(tpl)]

for f in FRAMES:
    sl = frame_slots(f['tpl'])
    assert all(s in SLOTS for s in sl), f['tpl']
    assert any(s in PHI_TYPE for s in sl) == (f['kind'] == 'phi'), f['tpl']
    hard = any(s in HARD_SLOTS for s in sl) or set(f['tags']) & {'wordname', 'age-aggregate', 'ssn-topic', 'mrn-topic',
                                                                   'hipaa', 'mbi-topic', 'last4'}
    f['hard'] = bool(hard)
    f['w'] = (1.0 if (f['kind'] == 'phi' or hard) else 0.3) * (1.0 if f['lang'] == 'en' else 1.35)

def pick(kind, lang=None):
    pool = [f for f in FRAMES if f['kind'] == kind and (lang is None or lang in f['lang'].split('+') or f['lang'] == 'en')]
    return wch([(f, f['w']) for f in pool])

EMOJI = ['🙏', '👍', '✅', '😅', '🙌', '❤️', '😬', '👀', '‼️', '🚨', ':pray:', ':white_check_mark:', ':eyes:', ':thumbsup:', '🤦‍♀️', '☕']
TYPO_RE = re.compile(r'(?<![\w<@/:.#-])[A-Za-z]{4,}(?![\w:@/.>-])')

def typo(s):
    ms = list(TYPO_RE.finditer(s))
    if not ms:
        return s, False
    m = ch(ms); w = m.group(); i = R.randint(1, len(w) - 2)
    op = R.random()
    if op < .4: w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < .7: w2 = w[:i] + w[i + 1:]
    else: w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():], w2 != w

def assemble(segs):
    text, spans = '', []
    for t, typ, prot, src in segs:
        if typ:
            spans.append((typ, t, len(text.encode('utf-8')), src))
        text += t
    return text, spans

def verify(text, spans):
    b = text.encode('utf-8'); pos = 0
    for typ, v, start, src in spans:
        if not v or v != v.strip():
            return False
        vb = v.encode('utf-8'); i = b.find(vb, pos)
        if i != start:
            return False
        pos = i + len(vb)
    return True

EMOJI_RE = re.compile('[\u2600-\u27bf\U0001F300-\U0001FAFF]|:[a-z_]+:')

def build_message(kind):
    for _ in range(200):
        form = set()
        thread = R.random() < .09
        if not thread and R.random() < (.11 if kind == 'phi' else .06):
            tpl, lang, ftags = build_kv(kind)
            parts = [(tpl, lang, ftags)]
        else:
            if thread:
                kq, kr = ('clean', 'clean') if kind == 'clean' else wch([(('phi', 'clean'), 4), (('clean', 'phi'), 4), (('phi', 'phi'), 2)])
                q = pick(kq)
                r = pick(kr, q['lang'].split('+')[0])
                parts = [(q['tpl'], q['lang'], q['tags']), (r['tpl'], r['lang'], r['tags'])]
                form.add('thread')
            else:
                f = pick(kind)
                parts = [(f['tpl'], f['lang'], f['tags'])]
        c = Ctx(parts[0][1], parts[0][2], parts[0][0])
        segs, bad = [], False
        langs, ftags_all = set(), set()
        for j, (tpl, lang, ftags) in enumerate(parts):
            c.lang, c.ftags, c.tpl = lang, set(ftags), tpl
            langs.update(lang.split('+')); ftags_all.update(ftags)
            s = render(tpl, c)
            if thread and j == 0:
                if any(t[1] and '\n' in t[0] for t in s):
                    bad = True; break
                for t in s:
                    if not t[1] and not t[2]:
                        t[0] = t[0].replace('\n', '\n> ')
                s = [['> ', None, False, None]] + s + [['\n', None, False, None]]
            segs += s
        if bad:
            continue
        # slack decorations
        if R.random() < .06:
            idx = [k for k, t in enumerate(segs) if t[1] and '\n' not in t[0]]
            if idx:
                k = ch(idx); mk = ch(['*', '*', '`', '_'])
                segs = segs[:k] + [[mk, None, True, None], segs[k], [mk, None, True, None]] + segs[k + 1:]
        if R.random() < .10:
            m = SLOTS['MENTION'](c, 1)
            if R.random() < .6:
                segs = [[m, None, True, 'MENTION'], [ch([' ', ' ', ': ', ' - ']), None, False, None]] + segs
            else:
                segs = segs + [[ch([' cc ', '\ncc ', ' @ ', ' ']), None, False, None], [m, None, True, 'MENTION']]
        if R.random() < .08:
            e = ch(EMOJI)
            segs = segs + [[' ' + e, None, True, None]] if R.random() < .7 else [[e + ' ', None, True, None]] + segs
        # case / typos
        full = ''.join(t[0] for t in segs)
        r = R.random()
        if r < .10:
            new = [[t[0] if t[2] else t[0].lower(), t[1], t[2], t[3]] for t in segs]
            if ''.join(t[0] for t in new) != full:
                form.add('lowercase')
            segs = new
        elif r < .13 and all(l in CASED for l in langs) and '<' not in full and 'http' not in full and '`' not in full:
            segs = [[t[0] if t[2] else t[0].upper(), t[1], t[2], t[3]] for t in segs]
            form.add('allcaps')
        if R.random() < .12:
            lit = [t for t in segs if not t[1] and not t[2] and TYPO_RE.search(t[0])]
            for t in R.sample(lit, min(len(lit), R.randint(1, 2))):
                t[0], changed = typo(t[0])
                if changed:
                    form.add('typo')
        text, spans = assemble(segs)
        if text.count('\n') > 5 or not verify(text, spans):
            continue
        if bool(spans) != (kind == 'phi'):
            continue
        tags = {t for t in ftags_all if not t.startswith(('g:', 'rg:')) and t not in ('easy', 'short')}
        tags |= c.tags | form | {TYPE_TAG[s[0]] for s in spans} | {'lang-' + l for l in sorted(langs)}
        if len(langs) > 1:
            tags.add('code-switch')
        if '\n' in text:
            tags.add('multiline')
        if re.search(r'<@|<mailto:|<tel:|<https?:|\*[^*\s][^*]*\*|`', text):
            tags.add('slack-markup')
        if EMOJI_RE.search(text):
            tags.add('emoji')
        if spans and all(s[3] in BUSINESS_SLOTS for s in spans):
            tags.add('business-contact')
        if not spans and (tags & (set(SLOT_TAGS.values()) - {'slack-markup', 'calendar'}) or
                          tags & {'wordname', 'age-aggregate', 'ssn-topic', 'mrn-topic', 'hipaa', 'mbi-topic'}):
            tags.add('hard-negative')
        if not spans and 'calendar' in tags:
            tags.add('hard-negative')
        tags.discard('phi'); tags.discard('clean')
        tags = ['phi' if spans else 'clean'] + sorted(tags)
        return text, [{'type': s[0], 'value': s[1]} for s in spans], tags
    raise RuntimeError('could not build a message')

def main():
    kinds = ['clean'] * N_CLEAN + ['phi'] * (N_MESSAGES - N_CLEAN)
    R.shuffle(kinds)
    seen, rows = set(), []
    for kind in kinds:
        for _ in range(20):
            text, spans, tags = build_message(kind)
            if text not in seen:
                break
        seen.add(text)
        rows.append((text, spans, tags))
    with open(OUT, 'w', encoding='utf-8') as fh:
        for n, (text, spans, tags) in enumerate(rows, 1):
            fh.write(json.dumps({'id': 'gm%04d' % n, 'text': text, 'spans': spans, 'tags': tags}, ensure_ascii=False) + '\n')
    # summary
    from collections import Counter
    tc = Counter(s['type'] for _, sp, _ in rows for s in sp)
    lc = Counter(t for _, _, tg in rows for t in tg if t.startswith('lang-'))
    nphi = sum(1 for _, sp, _ in rows if sp)
    print('wrote %d messages to %s (%d with PHI, %d clean)' % (len(rows), OUT, nphi, len(rows) - nphi))
    print('frames: %d hand-written templates (%d PHI, %d clean) + key:value block builder' % (
        len(FRAMES), sum(f['kind'] == 'phi' for f in FRAMES), sum(f['kind'] == 'clean' for f in FRAMES)))
    print('given names: %d, surnames: %d' % (N_GIVEN, N_SUR))
    print('span types:', dict(tc.most_common()))
    print('languages:', dict(lc.most_common()))

N_GIVEN = len({g for o in GIVEN.values() for gl in o.values() for g in gl} | {g for d in (ZH_GIVEN, RU_GIVEN, AR_GIVEN) for gl in d.values() for g in gl})
N_SUR = len({s for sl in SUR.values() for s in sl} | {s for pr in RUSS_SUR for s in pr} | set(ZH_SUR) | {s for pr in RU_SUR for s in pr} | set(AR_SUR))
assert N_GIVEN >= 300 and N_SUR >= 300, (N_GIVEN, N_SUR)
assert len({f['tpl'] for f in FRAMES}) == len(FRAMES) >= 250, len(FRAMES)

if __name__ == '__main__':
    main()
