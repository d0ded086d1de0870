#!/usr/bin/env python3
"""Template generator for a blind PHI evaluation corpus (generated_f.jsonl).
Standard library only; fixed seed; rerunning rewrites the output byte for byte."""
import json, random, re, os

SEED = 20261202
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_f.jsonl")
R = random.Random(SEED)

# ---------------------------------------------------------------- value pools
FIRST = ["Guadalupe","Itzel","Marisol","Jesús","Yesenia","Rogelio","Thanh","Nguyet","Minh","Huong","Bao",
 "Chidinma","Oluwaseun","Emeka","Ngozi","Adebayo","Wojciech","Grażyna","Krzysztof","Bożena","Siobhan",
 "Declan","Niamh","Padraig","Fatima","Yousef","Rania","Khalid","Priyanka","Venkatesh","Lakshmi","Harpreet",
 "Fabiola","Wesner","Marie-Carmel","Lovely","Dieuseul","Shandiin","Nizhoni","Darrell","Pa Houa","Xee","Nou",
 "Tou","Mai Yer","Abdirahman","Hodan","Farhiya","Ayaan","Oksana","Dmitri","Svetlana","Yuri","Maricel","Rodel",
 "Jocelyn","Bayani","Ji-ho","Seo-yeon","Min-jun","Liesel","Gunther","Giuseppina","Carmine","Latoya","DeShawn",
 "Keisha","Tyrone","Ollie","Verna","Delbert","Wanda","Loretta","Faith","Hope","Joy","Summer","Hunter","Rose",
 "Major","Precious","Sunny","Will","Grace","Dawn","Amber","Rusty","Crystal","Destiny","Royal","Earnest",
 "Consuelo","Teodoro","Esperanza","Anh","Kwame","Eilidh","Tadeusz","Mordechai","Shoshana","Aroha","Kalani"]
LAST = ["Garcia-Morales","Nguyen","Tran","Pham","Okafor","Adeyemi","Nwosu","Kowalczyk","Wiśniewski","Brzezinski",
 "O'Sullivan","McDonough","Fitzgerald","Haddad","Al-Masri","Khoury","Patel","Venkataraman","Sandhu","Pierre-Louis",
 "Dorvil","St. Fleur","Tsosie","Begay","Yazzie","Vang","Xiong","Thao","Lor","Warsame","Hassan","Ivanova","Petrov",
 "Sokolov","dela Cruz","Bautista","Del Rosario","Kim","Park","Choi","Schmidt","Vogel","Esposito","Russo",
 "Washington","Jefferson","Dupree","Combs","Caudill","Sizemore","Hatfield","Slone","Gray","Brown","Baker",
 "Carpenter","Hunter","Young","Rich","Wolf","Fox","Bird","Cook","Snow","Love","Little","Street","Bishop","Church",
 "Marsh","Hill","Booker","Sparks","van der Berg","De Jesus","Da Silva","O'Neill","ten Brink","Oyelaran-Smith",
 "Moskowitz","Abernathy","Quiñones","Yellowhorse","Nakamura","Achterberg","Mbeki","Ruiz-Tagle","Lightfoot"]
MIDI = ["A.","B.","J.","M.","R.","T.","L.","K.","E."]
NICK = ["Bobby","Junior","Nene","Tito","Bubba","Dee","Sissy","Lulu","Chuy","Big Mike","Tootie","Boo"]
HON_F = ["Mrs.","Ms.","Miss"]; HON_M = ["Mr."]
STAFF = ["Dana Whitfield","Marcus Oyelaran","Helen Strand","Priya Raman","Tom Becker","Keon Massey","Lisa Chao",
 "Brendan Foley","Aurora Villanueva","Sam Ostrowski","Nadia Farouk","Grant Lee","Rebecca Stone","Jamal Pruitt",
 "Colleen Mahoney","Vikram Shah","Hannah Wolfe","Ray Castillo","Gwen Park","Ify Obi"]
STAFF_FIRST = ["Dana","Marcus","Helen","Priya","Tom","Keon","Lisa","Brendan","Aurora","Sam","Nadia","Grant","Rebecca","Jamal"]
EXEC = ["Dana Whitfield (CFO)","Marcus Oyelaran, VP Operations","Dr. Helen Strand, CMO","Gregory Baptiste, our CEO",
 "Angela Frost from the board","Victor Nwachukwu (CNO)","Sheila Marsh, Chief Compliance Officer","Ron Castellano, CIO"]
DRSTAFF = ["Dr. Okonkwo","Dr. Levitsky","Dr. Ramachandran","Dr. Baker","Dr. Flores-Ibarra","Dr. Winter","Dr. Tan",
 "Dr. Mahoney","Dr. Achebe","Dr. Sorensen"]
TOWNS = [("Dracut","MA","01826"),("Amesbury","MA","01913"),("Chelsea","MA","02150"),("Brockton","MA","02301"),
 ("Pawtucket","RI","02860"),("Woonsocket","RI","02895"),("Fitchburg","MA","01420"),("Chicopee","MA","01013"),
 ("Hialeah","FL","33012"),("Cicero","IL","60804"),("Gallup","NM","87301"),("Hazard","KY","41701"),
 ("Saint Paul","MN","55106"),("Lewiston","ME","04240"),("Dearborn","MI","48126"),("Elizabeth","NJ","07201"),
 ("Chinle","AZ","86503"),("Pikeville","KY","41501"),("Daly City","CA","94014"),("Fresno","CA","93702"),
 ("Biddeford","ME","04005"),("Lawrence","MA","01841"),("Hamtramck","MI","48212"),("Fort Defiance","AZ","86504")]
STREETS = ["Tarbox Ln","Pleasant St","Hollow Rd","Meadowbrook Dr","Cedar Ct","Lakeview Ave","Old County Rd",
 "Bridge St","Harmony Way","Mill Pond Rd","Ash St","Rte 110","Holler Rd","Dogwood Trl","Via Hermosa","Elm Terrace"]
SITES = ["Salem","Lowell","Worcester","Quincy","Framingham","Springfield","Nashua","Providence"]
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
MON3 = [m[:3] for m in MONTHS]
NUMW = ["zero","one","two","three","four","five","six","seven","eight","nine"]
TENS = {9:"ninety",10:"one hundred"}
ONES = ["","one","two","three","four","five","six","seven","eight","nine"]

# ---------------------------------------------------------------- helpers
def d(n): return "".join(str(R.randint(0, 9)) for _ in range(n))
def dz(n): return str(R.randint(1, 9)) + d(n - 1)
def pick(xs): return R.choice(xs)
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
def fullwidth(s): return "".join(FW.get(c, c) for c in s)
def spelled(s): return " ".join(NUMW[int(c)] if c.isdigit() else "," for c in s if c.isdigit() or c in "-")
def zw(s):  # zero-width spaces inside a digit run
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c.isdigit() and i + 1 < len(s) and s[i + 1].isdigit() and R.random() < 0.35:
            out.append("\u200b")
    return "".join(out)
def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return str((10 - tot % 10) % 10)
def age_words(n):
    if n >= 100: return "one hundred" + ("" if n == 100 else " and " + ONES[n - 100])
    return "ninety" + ("" if n == 90 else "-" + ONES[n - 90])

class Msg:
    def __init__(self):
        self.p = {}; self.tags = set()
    def person(self, key):
        if key not in self.p:
            first = pick(FIRST); last = pick(LAST); fem = R.random() < 0.55
            self.p[key] = dict(first=first, last=last, fem=fem, mi=pick(MIDI))
        return self.p[key]

def S(v, t): return [(v, t)]
def N(v): return [(v, None)]

# ------------------------------------------------------------- name slots
def name_full(m, key):
    p = m.person(key); m.tags.add("name")
    style = R.random()
    if style < 0.55: v = "%s %s" % (p["first"], p["last"])
    elif style < 0.75: v = "%s %s %s" % (p["first"], p["mi"], p["last"])
    elif style < 0.87: v = "%s %s" % (p["first"], p["last"]); v = v.lower(); m.tags.add("lowercase")
    else: v = "%s %s" % (p["first"], p["last"].upper())
    return S(v, "NAME")
def name_first(m, key): m.tags.add("name"); return S(m.person(key)["first"], "NAME")
def name_last(m, key): m.tags.add("name"); return S(m.person(key)["last"], "NAME")
def name_hon(m, key):
    p = m.person(key); m.tags.add("name")
    h = pick(HON_F) if p["fem"] else "Mr."
    return N(h + " ") + S(p["last"], "NAME")
def name_inv(m, key):
    p = m.person(key); m.tags.add("name")
    return S("%s, %s %s" % (p["last"].upper(), p["first"].upper(), p["mi"][0]), "NAME")
def name_nick(m, key):
    m.tags.add("name"); return S(pick(NICK), "NAME")

# ------------------------------------------------------------- date / age
def fmt_date(y, mo, dd, short=False):
    f = R.randint(0, 11 if not short else 4)
    if short:
        return [lambda: "%d/%d" % (mo, dd), lambda: "%s %d%s" % (MON3[mo-1], dd, "th" if dd in (4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,24,25,26,27,28) else {1:"st",21:"st",31:"st",2:"nd",22:"nd",3:"rd",23:"rd"}.get(dd,"th")),
                lambda: "%02d/%02d" % (mo, dd), lambda: "%s %d" % (MONTHS[mo-1], dd), lambda: "%d-%d" % (mo, dd)][f]()
    return [lambda: "%d/%d/%d" % (mo, dd, y), lambda: "%02d/%02d/%d" % (mo, dd, y), lambda: "%d-%02d-%02d" % (y, mo, dd),
            lambda: "%s %d, %d" % (MONTHS[mo-1], dd, y), lambda: "%02d-%s-%d" % (dd, MON3[mo-1], y),
            lambda: "%02d%02d%d" % (mo, dd, y), lambda: "%d/%d/%02d" % (mo, dd, y % 100), lambda: "%d.%d.%d" % (mo, dd, y),
            lambda: "%s %d %d" % (MON3[mo-1], dd, y), lambda: "%d %s %d" % (dd, MONTHS[mo-1], y),
            lambda: "%02d/%02d/%02d" % (mo, dd, y % 100), lambda: "%s. %d, %d" % (MON3[mo-1], dd, y)][f]()
def dob(m):
    m.tags.add("date"); y = R.randint(1926, 2019); mo = R.randint(1, 12); dd = R.randint(1, 28)
    v = fmt_date(y, mo, dd)
    if R.random() < 0.08: v = fullwidth(v); m.tags.update(["evasion", "fullwidth"])
    return S(v, "DATE")
def vdate(m):
    m.tags.add("date"); y = R.randint(2024, 2027); mo = R.randint(1, 12); dd = R.randint(1, 28)
    return S(fmt_date(y, mo, dd, short=R.random() < 0.55), "DATE")
def age90(m):
    m.tags.add("age"); n = R.randint(90, 104)
    if R.random() < 0.35: m.tags.add("evasion"); return S(age_words(n), "AGE")
    return S(str(n), "AGE")

# ------------------------------------------------------------- phone / email
AREAS = ["617","508","978","781","413","401","207","312","505","606","651","313","908","928","559","305","774","857"]
def phone_digits(): return pick(AREAS), "555", "01" + d(2) if R.random() < 0.6 else dz(4)
def phone_plain(m):
    a, b, c = phone_digits(); f = R.randint(0, 8)
    v = ["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "+1 %s %s %s", "%s%s%s", "+1-%s-%s-%s", "(%s)%s-%s", "1 (%s) %s-%s", "%s %s %s"][f] % (a, b, c)
    return v
def phone(m):
    m.tags.add("phone"); r = R.random(); a, b, c = phone_digits(); raw = a + b + c
    if r < 0.55: v = phone_plain(m)
    elif r < 0.63: v = " ".join(raw); m.tags.add("evasion")
    elif r < 0.70: v = " ".join(NUMW[int(x)] for x in raw); m.tags.add("evasion")
    elif r < 0.76: v = fullwidth("%s-%s-%s" % (a, b, c)); m.tags.update(["evasion", "fullwidth"])
    elif r < 0.82: v = zw("%s%s%s" % (a, b, c)); m.tags.update(["evasion", "zero-width"])
    elif r < 0.88: v = "%s.%s-%s" % (a, b, c); m.tags.add("evasion")
    elif r < 0.93: v = "%s-%s-\n%s" % (a, b, c); m.tags.add("multiline")
    else: v = "%s-%s-%s %s %d" % (a, b, c, pick(["ext.", "x", "ext"]), R.randint(10, 4999))
    return S(v, "PHONE")
def phone_tel(m):
    m.tags.update(["phone", "slack-markup"]); a, b, c = phone_digits()
    return N("<tel:") + S("+1" + a + b + c, "PHONE") + N("|") + S("%s-%s-%s" % (a, b, c), "PHONE") + N(">")
def phone_biz(m):
    m.tags.add("business-contact"); return S(phone_plain(m), "PHONE")
DOMAINS = ["gmail.com","yahoo.com","outlook.com","icloud.com","aol.com","comcast.net","hotmail.com","proton.me"]
def email_local(m, key):
    p = m.person(key)
    f = re.sub(r"[^a-z]", "", p["first"].lower().replace("ś","s").replace("ż","z").replace("ñ","n").replace("ú","u")) or "pt"
    l = re.sub(r"[^a-z]", "", p["last"].lower().replace("ś","s").replace("ñ","n")) or "x"
    return pick(["%s.%s" % (f, l), "%s%s%d" % (f[0], l, R.randint(1, 99)), "%s_%s" % (l, f), "%s%s" % (f, l[:3]), "%s.%s%d" % (l, f[0], R.randint(50, 99))])
def email(m, key="P"):
    m.tags.add("email"); loc = email_local(m, key); dom = pick(DOMAINS); r = R.random()
    if r < 0.7: v = "%s@%s" % (loc, dom)
    elif r < 0.85: v = "%s [at] %s [dot] %s" % (loc, dom.split(".")[0], dom.split(".")[1]); m.tags.add("evasion")
    elif r < 0.93: v = "%s at %s dot %s" % (loc, dom.split(".")[0], dom.split(".")[1]); m.tags.add("evasion")
    else: v = "%s(at)%s" % (loc, dom); m.tags.add("evasion")
    return S(v, "EMAIL")
def email_mailto(m, key="P"):
    m.tags.update(["email", "slack-markup"]); v = "%s@%s" % (email_local(m, key), pick(DOMAINS))
    return N("<mailto:") + S(v, "EMAIL") + N("|") + S(v, "EMAIL") + N(">")
def email_biz(m):
    m.tags.add("business-contact")
    v = "%s.%s@%s" % (pick(STAFF_FIRST).lower(), pick(["ross","kaur","diaz","obi","lind","moss"]), pick(["northshore-health.org","vendorlink.com","acmebilling.net","stlukesmed.org"]))
    return S(v, "EMAIL")

# ------------------------------------------------------------- ids
def ssn_raw(): return "%03d" % R.randint(101, 665), "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)
def ssn(m):
    m.tags.add("ssn"); a, b, c = ssn_raw(); r = R.random()
    if r < 0.5: v = "%s-%s-%s" % (a, b, c)
    elif r < 0.6: v = "%s %s %s" % (a, b, c)
    elif r < 0.7: v = a + b + c; m.tags.add("evasion")
    elif r < 0.76: v = "%s.%s-%s" % (a, b, c); m.tags.add("evasion")
    elif r < 0.82: v = " ".join(a + b + c); m.tags.add("evasion")
    elif r < 0.88: v = fullwidth("%s-%s-%s" % (a, b, c)); m.tags.update(["evasion", "fullwidth"])
    elif r < 0.93: v = zw("%s-%s-%s" % (a, b, c)); m.tags.update(["evasion", "zero-width"])
    elif r < 0.97: v = ", ".join(" ".join(NUMW[int(x)] for x in g) for g in (a, b, c)); m.tags.add("evasion")
    else: v = "%s-%s-\n%s" % (a, b, c); m.tags.add("multiline")
    return S(v, "SSN")
def mrn(m):
    m.tags.add("mrn"); r = R.random()
    if r < 0.35: v = d(8)
    elif r < 0.55: v = "E" + d(7)
    elif r < 0.7: v = "%s-%s" % (d(4), d(3))
    elif r < 0.8: v = "00" + d(7)
    elif r < 0.88: v = " ".join(d(10)); m.tags.add("evasion")
    elif r < 0.94: v = fullwidth(d(8)); m.tags.update(["evasion", "fullwidth"])
    else: v = "MC" + d(6)
    return S(v, "MRN")
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi_raw():
    an = MBI_A + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(MBI_A) + R.choice(an) + d(1) + R.choice(MBI_A) + R.choice(an) + d(1)
            + R.choice(MBI_A) + R.choice(MBI_A) + d(2))
def mbi(m):
    m.tags.add("insurance"); s = mbi_raw()
    v = s if R.random() < 0.5 else "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    if R.random() < 0.1: v = v.lower(); m.tags.add("lowercase")
    return S(v, "HEALTH_PLAN_ID")
def member(m):
    m.tags.add("insurance"); r = R.random()
    v = [lambda: pick(["XKJ","ZGP","W","BCB","YLH","H"]) + d(9), lambda: d(3) + "-" + d(3) + "-" + d(3),
         lambda: "M" + d(8) + "0" + str(R.randint(1, 4)), lambda: pick(["U","A"]) + d(8) + " 0" + str(R.randint(1, 3)),
         lambda: "JQU" + d(6) + pick(["A","B","C"])][R.randint(0, 4)]()
    return S(v, "HEALTH_PLAN_ID")
def medicaid(m):
    m.tags.add("insurance"); v = pick([d(12), "1" + d(10), pick(["NJ","KY","AZ"]) + d(9), d(4) + " " + d(4) + " " + d(4)])
    return S(v, "HEALTH_PLAN_ID")
def har(m):
    m.tags.add("account"); v = pick([d(9), "H" + d(8), "G-" + d(7), d(4) + "-" + d(6), "4" + d(10)])
    return S(v, "ACCOUNT_NUMBER")
def bank(m):
    m.tags.add("account"); v = pick([d(10), d(4) + " " + d(4) + " " + d(4), "00" + d(9)])
    return S(v, "ACCOUNT_NUMBER")
def dl(m):
    m.tags.add("license"); v = pick(["S" + d(8), "S%s-%s-%s" % (d(3), d(4), d(4)), pick("ABDKLMPTW") + d(7), d(9), "D" + d(3) + "-" + d(4) + "-" + d(4)])
    return S(v, "LICENSE_NUMBER")
def dea_val(last):
    L = re.sub(r"[^A-Z]", "", last.upper())[:1] or "X"
    ds = [R.randint(0, 9) for _ in range(6)]
    chk = ((ds[0] + ds[2] + ds[4]) + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return pick("ABFM") + L + "".join(map(str, ds)) + str(chk)
def dea(m):
    m.tags.add("credentialing"); return S(dea_val(pick(["Okonkwo","Levitsky","Ramachandran","Tan","Winter","Sorensen"])), "LICENSE_NUMBER")
def prolic(m):
    m.tags.add("credentialing"); v = pick(["RN" + d(7), d(6), "MD." + d(6), "PA%s" % d(5), "LPN-" + d(6), "2" + d(5)])
    return S(v, "LICENSE_NUMBER")
VINC = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
def vin(m):
    m.tags.add("vehicle"); v = pick(["1HG","2T1","5YJ","1FT","JTD","3VW","1GC","KMH","4T1"]) + "".join(R.choice(VINC) for _ in range(5)) + d(1) + "".join(R.choice(VINC) for _ in range(2)) + d(6)
    if R.random() < 0.15: v = v.lower(); m.tags.add("lowercase")
    return S(v, "VEHICLE_ID")
def plate(m):
    m.tags.add("vehicle"); L = "ABCDEFGHJKLMNPRSTVWXYZ"
    v = pick([d(1) + "".join(R.choice(L) for _ in range(3)) + d(3), "".join(R.choice(L) for _ in range(3)) + " " + d(4),
              "".join(R.choice(L) for _ in range(3)) + "-" + d(3), d(3) + " " + "".join(R.choice(L) for _ in range(2)) + d(1)])
    return S(v, "VEHICLE_ID")
def devser(m):
    m.tags.add("device"); v = pick(["PJN" + d(6), "NG" + d(7) + "H", "SM" + d(2) + "".join(R.choice(VINC) for _ in range(5)),
              "RLA %s" % d(6), "%s-%s" % ("".join(R.choice("ABCDEFGHJK") for _ in range(3)), d(6)), "8" + d(9)])
    return S(v, "DEVICE_ID")
def udi(m):
    m.tags.add("device")
    v = "(01)%s(17)%02d%02d%02d(21)%s" % ("0" + d(13), R.randint(26, 31), R.randint(1, 12), R.randint(1, 28), pick(["A","B","X"]) + d(7))
    if R.random() < 0.3: v = v.replace("(", "").replace(")", "")
    return S(v, "DEVICE_ID")
def purl(m):
    m.tags.add("url"); p = m.person("P"); r = R.random()
    if r < 0.4: v = "https://mychart.%s/visit?pid=%s" % (pick(["northshore-health.org","valleyregional.org","stmarks-health.org"]), d(7))
    elif r < 0.7:
        slug = re.sub(r"[^a-z]", "", (p["first"] + p["last"]).lower())
        v = "https://www.%s/%s" % (pick(["caringpages.example.org/site","familyupdates.example.com/p"]), slug)
    else: v = "https://portal.%s/patients/%s/results" % (pick(["pinehurstclinic.com","ridgeviewpeds.org"]), d(6))
    return S(v, "URL")
def ipv4(m):
    m.tags.add("ip"); v = pick(["10.%d.%d.%d", "192.168.%d.%d", "172.16.%d.%d", "73.%d.%d.%d", "98.%d.%d.%d"])
    v = v % tuple(R.randint(1, 254) for _ in range(v.count("%d")))
    return S(v, "IP_ADDRESS")
def ipv6(m):
    m.tags.add("ip"); h = lambda: "%x" % R.randint(1, 65535)
    v = pick(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "2001:db8:%s::%s" % (h(), h()), "2600:1700:%s:%s::%s" % (h(), h(), h())])
    return S(v, "IP_ADDRESS")
def ip(m): return ipv4(m) if R.random() < 0.7 else ipv6(m)
def street(m):
    m.tags.add("address"); return S("%d %s" % (R.randint(2, 2999), pick(STREETS)), "ADDRESS")
def town(m):
    m.tags.add("address"); return S(pick(TOWNS)[0], "ADDRESS")
def zipc(m):
    m.tags.add("address"); t = pick(TOWNS); v = t[2] if R.random() < 0.7 else t[2] + "-" + d(4)
    return S(v, "ADDRESS")
def addr(m):
    m.tags.add("address"); t = pick(TOWNS); r = R.random()
    if r < 0.5: v = "%d %s, %s %s %s" % (R.randint(2, 2999), pick(STREETS), t[0], t[1], t[2])
    elif r < 0.65: v = "PO Box %d, %s, %s %s" % (R.randint(10, 9999), t[0], t[1], t[2])
    elif r < 0.8: v = "%d %s Apt %d, %s %s" % (R.randint(2, 999), pick(STREETS), R.randint(1, 40), t[0], t[1])
    elif r < 0.9: v = ("%d %s\n%s, %s %s" % (R.randint(2, 999), pick(STREETS), t[0], t[1], t[2])); m.tags.add("multiline")
    else: v = ("%d %s %s %s" % (R.randint(2, 999), pick(STREETS), t[0], t[2])).lower(); m.tags.add("lowercase")
    return S(v, "ADDRESS")
def card_raw():
    pre = pick(["4", "51", "55", "37"]); n = 15 if pre == "37" else 16
    body = pre + d(n - 1 - len(pre)); return body + luhn_digit(body)
def card(m):
    m.tags.add("card"); c = card_raw(); r = R.random()
    if len(c) == 15: v = "%s %s %s" % (c[:4], c[4:10], c[10:])
    elif r < 0.4: v = " ".join(c[i:i+4] for i in range(0, 16, 4))
    elif r < 0.6: v = "-".join(c[i:i+4] for i in range(0, 16, 4))
    elif r < 0.72: v = c
    elif r < 0.82: v = fullwidth(" ".join(c[i:i+4] for i in range(0, 16, 4))); m.tags.update(["evasion", "fullwidth"])
    elif r < 0.9: v = zw(c); m.tags.update(["evasion", "zero-width"])
    else: v = "%s %s\n%s %s" % (c[:4], c[4:8], c[8:12], c[12:]); m.tags.add("multiline")
    return S(v, "CREDIT_CARD")

# ------------------------------------------------------------- clean (hard-negative) slots
def c_staff(m): m.tags.add("exec-name"); return N(pick(STAFF))
def c_stafffirst(m): return N(pick(STAFF_FIRST))
def c_exec(m): m.tags.add("exec-name"); return N(pick(EXEC))
def c_dr(m): return N(pick(DRSTAFF))
def c_mtgdate(m):
    m.tags.add("calendar"); y = R.randint(2026, 2027); mo = R.randint(1, 12); dd = R.randint(1, 28)
    return N(pick(["%d/%d" % (mo, dd), "%s %d" % (MON3[mo-1], dd), "%s %d" % (MONTHS[mo-1], dd), "%d-%02d-%02d" % (y, mo, dd),
                   "%s, %s %d" % (pick(["Mon","Tue","Wed","Thu","Fri"]), MON3[mo-1], dd), "%02d/%02d/%d" % (mo, dd, y)]))
def c_time(m): return N(pick(["9:30", "10am", "2:15 pm", "noon", "3-4pm", "0730", "4:45", "11:00 ET", "1pm CT"]))
def c_ticket(m): m.tags.add("ticket"); return N(pick(["INC%07d" % R.randint(1, 9999999), "RITM%07d" % R.randint(1, 999999), "DEL-%d" % R.randint(100, 9999), "CHG%07d" % R.randint(1, 999999), "SR-%d" % R.randint(10000, 99999), "JIRA EPIC-%d" % R.randint(10, 999)]))
def c_po(m): m.tags.add("po"); return N(pick(["PO %s" % d(7), "PO-%s" % d(6), "P.O. 45%s" % d(6)]))
def c_inv(m): m.tags.add("money"); return N(pick(["INV-%s" % d(5), "invoice %s" % d(8), "Inv #%s-%s" % (d(4), d(3))]))
def c_money(m): m.tags.add("money"); return N(pick(["$%d,%03d" % (R.randint(1, 950), R.randint(0, 999)), "$%d.%02d" % (R.randint(10, 9999), R.randint(0, 99)), "$%dk" % R.randint(2, 900), "$%.1fM" % (R.randint(11, 99) / 10)]))
def c_ver(m): m.tags.add("version"); return N(pick(["v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 9)), "build %d.%d.0.%d" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 40)), "%d.%d" % (R.randint(1, 30), R.randint(0, 9)), "release 24.%d.%d" % (R.randint(1, 9), R.randint(0, 9))]))
def c_npi(m):
    m.tags.add("npi"); body = pick(["1", "2"]) + d(8); return N(body + luhn_digit("80840" + body))
def c_group(m): m.tags.add("insurance-topic"); return N(pick(["%06d" % R.randint(1, 999999), "GRP-%s" % d(5), "0%s-%s" % (d(4), d(3)), "G" + d(7)]))
FAC = ["1200 Harborview Dr, Suite 300", "55 Commonwealth Pkwy", "400 Medical Center Blvd", "18 Riverside Plaza, 4th fl", "900 Route 9 East", "71 Sterling Way, Bldg C"]
def c_facaddr(m):
    m.tags.add("facility-address"); t = pick(TOWNS)
    return N(pick(["%s, %s %s %s" % (pick(FAC), t[0], t[1], t[2]), pick(FAC), "%s (%s %s)" % (pick(FAC), t[0], t[2])]))
def c_faczip(m): m.tags.add("zip-like"); return N(pick(TOWNS)[2])
def c_age_ok(m): return N(str(R.randint(18, 89)))
def c_agg(m):
    m.tags.add("age-aggregate")
    return N(pick(["%d pts over 90" % R.randint(2, 40), "patients 90+", "%d%% of our 90+ panel" % R.randint(3, 30), "members aged 90 and older", "the 90-plus cohort", "%d residents over 95" % R.randint(2, 9)]))
def c_ext(m): m.tags.add("ext"); return N(pick(["x%d" % R.randint(1000, 9999), "ext %d" % R.randint(100, 9999), "extension %d" % R.randint(2000, 7999)]))
def c_zoom(m): m.tags.add("calendar"); return N(pick(["%s %s %s" % (d(3), d(4), d(4)), "%s %s %s" % (d(3), d(3), d(4)), d(11)]))
def c_last4(m): return N(d(4))
def c_asset(m): return N(pick(["AT-%s" % d(6), "asset tag %s" % d(5), "BMET-%s" % d(5), "PC-%s-%s" % (pick(SITES)[:3].upper(), d(4))]))
def c_cpt(m): m.tags.add("cpt"); return N(pick(["99214", "99233", "93000", "36415", "G0439", "99497", "71046", "80053"]))
def c_icd(m): m.tags.add("icd"); return N(pick(["E11.9", "I10", "Z79.4", "J44.1", "N18.3", "F32.A", "R54", "Z91.81"]))
def c_room(m): return N(pick(["4B", "rm 312", "bed 14", "5 West 22", "ED 9", "PACU 3", "room 1107"]))
def c_fy(m): return N(pick(["Q3", "Q1 FY27", "FY2027", "FY26", "2025", "H2", "Q4 2026"]))
def c_site(m): return N(pick(SITES))
def c_user(m): return N("<@U%s>" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)))
def c_pct(m): return N("%d%%" % R.randint(2, 98))
def c_count(m): return N(str(R.randint(3, 240)))
def c_intra(m): return N(pick(["https://intranet.northshore-health.org/policies/PRV-112", "https://sharepoint.valleyregional.org/sites/Quality", "https://zoom.us/j/%s" % d(10), "https://boardportal.example.org/meetings/2026-q3", "https://www.cms.gov/medicare/billing"]))

SLOTS = {
 "pfull": lambda m: name_full(m, "P"), "pfirst": lambda m: name_first(m, "P"), "plast": lambda m: name_last(m, "P"),
 "phon": lambda m: name_hon(m, "P"), "pinv": lambda m: name_inv(m, "P"), "pnick": lambda m: name_nick(m, "P"),
 "qfull": lambda m: name_full(m, "Q"), "qfirst": lambda m: name_first(m, "Q"), "qhon": lambda m: name_hon(m, "Q"),
 "qlast": lambda m: name_last(m, "Q"),
 "dob": dob, "vdate": vdate, "age90": age90, "phone": phone, "tel": phone_tel, "bizphone": phone_biz,
 "email": email, "qemail": lambda m: email(m, "Q"), "mailto": email_mailto, "bizemail": email_biz,
 "ssn": ssn, "mrn": mrn, "mbi": mbi, "member": member, "medicaid": medicaid, "har": har, "bank": bank,
 "dl": dl, "dea": dea, "prolic": prolic, "vin": vin, "plate": plate, "devser": devser, "udi": udi, "purl": purl,
 "ipv4": ipv4, "ipv6": ipv6, "ip": ip, "street": street, "town": town, "zip": zipc, "addr": addr, "card": card,
 "staff": c_staff, "sfirst": c_stafffirst, "exec": c_exec, "dr": c_dr, "mtg": c_mtgdate, "time": c_time,
 "ticket": c_ticket, "po": c_po, "inv": c_inv, "money": c_money, "ver": c_ver, "npi": c_npi, "group": c_group,
 "facaddr": c_facaddr, "faczip": c_faczip, "ageok": c_age_ok, "agg": c_agg, "ext": c_ext, "zoom": c_zoom,
 "last4": c_last4, "asset": c_asset, "cpt": c_cpt, "icd": c_icd, "room": c_room, "fy": c_fy, "site": c_site,
 "user": c_user, "pct": c_pct, "n": c_count, "intra": c_intra,
}

# ------------------------------------------------------------- templates
# T(voice, tags, text, lc=False). Slots: {name} or {name!b} (Slack bold) / {name!bt} (backticks).
PHI_T = []
CLEAN_T = []
def P(voice, tags, text, lc=False): PHI_T.append((voice, tags, text, lc))
def C(voice, tags, text, lc=False): CLEAN_T.append((voice, tags, text, lc))

# --- executive assistants / executives
P("exec-assistant", ["vip"], "Heads up, {exec} asked me to get {pfull} seen by cardiology this week, DOB {dob}. She's a big donor's mother so please be discreet 🙏")
P("exec-assistant", ["vip", "escalation"], "can you call {phon} back at {phone}? her biopsy was {vdate} and she still has no results and just emailed the CEO")
P("exec-assistant", ["vip"], "For the 3pm w/ {staff}: VIP admit is {pfull} (MRN {mrn}), age {age90}, came in {vdate} via the ED. Family wants updates only through me.")
P("exec", ["vip"], "who is handling {pfull}'s discharge? son ({qfull}) reachable at {phone}. I promised a call today.")
P("exec", ["escalation"], "Forwarding — patient's daughter {qfirst} called my office again. Mom is {pfull}, {age90} years old, in {room}. Her number: {tel}")
P("exec-assistant", ["vip"], "*VIP arrival*\n• Name: {pfull}\n• DOB: {dob}\n• Cell: {phone}\n• Driver will be in a black SUV, plate {plate}")
P("exec-assistant", [], "{user} quick one — {exec} wants flowers sent to {phon} at home: {addr}. she had her hip done on {vdate}")
P("exec", ["vip"], "do NOT put {pfull} in the regular census email. board member's husband. mrn {mrn!bt}", lc=True)
P("exec-assistant", ["vip"], "Confirming car service for {pfirst} {plast} tmrw from {street} in {town} to the main entrance. His appt is {vdate}, 7:15.")
P("exec", ["complaint"], "Got a voicemail from {qfull} about her father {pfull} (DOB {dob}). Says billing sent his statement to the wrong address. Can someone look at HAR {har}?")

# --- schedulers / front desk
P("scheduler", ["structured"], "rescheduling {pinv} DOB {dob} from {vdate} to {vdate} — pt prefers texts to {phone}")
P("scheduler", [], "pt {pfull} no-showed again ({vdate}). 3rd time. ok to discharge from practice? mrn {mrn}")
P("scheduler", [], "Can someone help? {phon} is on hold, says her portal link isn't working: {purl}")
P("front-desk", [], "lady at the window says she's {pfull}'s guardian, name {qfull}, but she doesn't have the POA paperwork. what do I do")
P("scheduler", ["typo"], "pls add {pfirst} {plast} to dr schedule on {vdate} for f/u, shes ok w/ any time after 10 callback {phone}", lc=True)
P("front-desk", ["insurance"], "new pt {pfull}, Medicare MBI {mbi}, secondary is Medicaid {medicaid}. DOB {dob}. Can someone verify before Tuesday?")
P("scheduler", [], "{pfirst} called to cancel {vdate} — her ride fell through. lives out in {town}, wants a telehealth slot instead")
P("front-desk", ["insurance"], "Card scan didn't come through for {pfull}. Member ID {member!b}, DOB {dob}")
P("scheduler", ["multiline"], "waitlist adds:\n1. {pfull} – {phone}\n2. {qfull} – {qemail}\nboth for derm, first available")
P("front-desk", [], "mr {plast} left his cell here lol. says to call his wife at {phone} if anyone finds his glasses too", lc=True)
P("scheduler", [], "Pt {pfull} wants appt reminders sent to {email} instead of mail. Updated in Epic?")
P("scheduler", ["typo"], "shcedule {phon} for the ECHO on {vdate}, pre-auth pending, member # {member}")

# --- nurses
P("nurse", [], "FYI pt in {room} {pfull} is {age90}, very HOH. Daughter {qfirst} is at bedside, cell {phone}")
P("nurse", ["typo"], "{pfirst} {plast} fell in the bathroom {vdate} around 0200 no injury, family notifed. incident report done", lc=True)
P("nurse", ["device"], "pump serial for {pfull} is {devser} — Tandem rep needs it for the RMA. pt DOB {dob}")
P("nurse", ["device"], "{phon}'s pacemaker interrogation: device SN {devser}, UDI {udi}. Remote monitoring re-enrolled.")
P("nurse", [], "Can you page me when {pfull} (mrn {mrn}) gets back from IR? family is at {phone}")
P("nurse", [], "pt {pfirst} keeps asking for her son {qfirst}, number in chart is {phone} but it's disconnected. anyone have another #?", lc=True)
P("nurse", ["age"], "reminder {phon} turned {age90} today 🎂 unit is doing a little card, dob {dob}")
P("nurse", ["device"], "CGM transmitter for {pfull}: {devser}. sensor inserted {vdate}, fell off overnight. Dexcom needs the SN + her DOB {dob}")
P("nurse", ["multiline"], "handoff\n{room}: {pfull}, {age90} yo, DNR\nwife {qfull} {phone}\nMRN {mrn}")
P("nurse", [], "Patient {pfull} says she drove herself — car is in garage B, plate {plate}. security needs to know it's staying overnight")
P("nurse", ["typo"], "home health referal for {pfull}, address {addr}, start {vdate}")
P("nurse", [], "Who's got {phon}? She says her hearing aid (serial {devser}) went missing during transport")

# --- billing / patient financial services
P("billing", ["structured"], "acct {har} — guarantor {qfull}, SSN {ssn}. statement bounced, new addr {addr}")
P("billing", [], "pt called about a charge, {pfull} DOB {dob}, says she paid by card {card} on the phone, can't find it")
P("billing", [], "Refund request: {pfull}, HAR {har}, deposit to checking acct {bank}. Please don't paste the routing # here.")
P("billing", ["insurance"], "denial on {pfull}'s claim, member id {member}, DOS {vdate}. payer says not eligible")
P("billing", [], "{pinv} — guarantor acct {har}, ph {phone}, wants payment plan")
P("billing", ["evasion"], "he read me his card over the phone: {card}. exp 09/28. then his ssn {ssn}. I know I know, I'll shred the note", lc=True)
P("billing", ["insurance"], "Medicaid {medicaid} terminated for {pfull}, DOS {vdate} will go self-pay unless we get retro coverage")
P("billing", [], "Collections sent {phon} to agency by mistake. Acct {har}, balance for DOS {vdate} was paid in full. Need recall today.")
P("billing", ["typo"], "cant match payment — name on check {qfull}, memo says for {pfirst}, acct {har}?")
P("billing", ["insurance"], "MBI for {pfull} changed, new one is {mbi!bt}. Old one on file is wrong.")

# --- IT / security
P("it", ["ip"], "seeing repeated failed logins to MyChart for {pfull} from {ip}. locked the account, pt DOB {dob} for the callback")
P("it", ["ip"], "patient {pfull} says she can't get into the portal from home, her IP shows {ip}. Whitelisting?")
P("it", ["url"], "Someone pasted {purl} in #general 😬 that's a live patient link. deleting now")
P("it", ["ip"], "Firewall log: {ipv4} → {ipv6}, flagged. ticket {ticket}")
P("it", [], "Resetting MFA for {pfull} (portal user, MRN {mrn}). He'll get a code at {phone}")
P("it", ["email"], "bounce for {email} — patient portal invite. can someone confirm the address with {phon}?")
P("it", ["device"], "the remote monitoring gateway for {pfull} (device SN {devser}) keeps dropping, home ip {ipv4}", lc=True)
P("it", [], "Vendor contact for the interface issue: {bizemail}, {bizphone}. They need the {ticket} ref.")

# --- HR / employee health
P("employee-health", ["employee-health"], "{pfull} from 6 West had a needlestick {vdate}. Baseline labs drawn. Her cell {phone}")
P("hr", ["employee-health"], "FMLA for {pfull} approved, surgery is {vdate}. Don't share dx. Employee SSN on form: {ssn}")
P("employee-health", ["employee-health"], "positive TB screen on {pfirst} {plast} (transport), DOB {dob}. Please keep this off the unit channel.")
P("hr", ["employee-health"], "workers comp claim for {pfull}, injury date {vdate}, home address {addr}")
P("employee-health", ["employee-health"], "flu shot exemption list: {pfull} (medical), {qfull} (religious). Call {pfirst} at {phone} re: titer results")
P("hr", [], "New hire paperwork for {staff}: DL {dl}, SSN {ssn}. Why is this in Slack, please move to Workday")
P("employee-health", ["employee-health", "typo"], "{phon} in enviro svcs tested covid pos {vdate}, off til cleared. contact trace pending", lc=True)
P("hr", ["credentialing"], "Credentialing needs {staff}'s DEA {dea} and state license {prolic} by Friday.")
P("hr", ["credentialing"], "license lookup: RN {prolic} — expires 2027-03-31. NPI {npi} matches.")
P("hr", ["credentialing"], "DEA {dea} on file for {dr} is correct; board license is {prolic}")

# --- quality / risk / legal / compliance
P("quality", ["complaint"], "Event report #{n}: {pfull}, {age90}, fall on {vdate} in {room}. Family ({qfull}) very upset.")
P("legal", ["records"], "Subpoena received for records of {pfull}, DOB {dob}, dates of service {vdate} through {vdate}")
P("compliance", ["records"], "Possible breach: a fax with {pfull}'s face sheet went to {phone} instead of the SNF. MRN {mrn}")
P("compliance", [], "snooping alert — employee accessed {pfull}'s chart (MRN {mrn}) 14 times, pt is their ex-spouse")
P("legal", ["records"], "Attorney for {qfull} requesting her late mother's records. Decedent {pfull}, date of death {vdate}.")
P("quality", [], "RCA draft: pt {pinv}, MRN {mrn}, retained wire found {vdate}. do not forward")
P("compliance", ["evasion"], "ppl keep writing ssn like {ssn} thinking it gets past the filter. it doesn't. that was {pfull}'s", lc=True)
P("legal", [], "Process server left papers re: {pfull}. Her listed address is {street}, which is in {town}, not ours.")
P("compliance", ["records"], "release of info: {pfull} wants records emailed to {mailto}")
P("quality", [], "sepsis bundle miss — {pfirst} {plast}, arrived {vdate}, {age90} yo. abx at 4h 10m")

# --- patient relations
P("patient-relations", ["complaint"], "Grievance from {qfull} (patient's wife) re: {pfull}'s stay {vdate}–{vdate}. Callback {phone}")
P("patient-relations", ["complaint"], "{phon} called AGAIN about the parking ticket. her plate is {plate}, she says she was at dialysis")
P("patient-relations", ["complaint"], "complaint: pt's son {qfirst} says {pfirst} waited 6 hours in ED on {vdate}. email is {qemail}")
P("patient-relations", ["complaint", "evasion"], "He spelled his number out for me: {phone}. Pt name {pfull}")
P("patient-relations", [], "lost & found: dentures + wallet belonging to {pfull}, DL in wallet {dl}. Family picking up")
P("patient-relations", ["complaint"], "Compliment card for nurses from {pfull} ({age90}!) — she asked us to mail a thank-you to {addr}")
P("patient-relations", [], "Not a Lowell clinic pt after all — the complaint is from {pfull} of {town}, seen at our {site} site")

# --- case management / social work / referral
P("case-mgmt", ["referral"], "Referral out: {pfull}, DOB {dob}, Medicaid {medicaid}, to SNF. Family contact {qfull} {phone}")
P("case-mgmt", ["referral"], "pt {pfirst} is homeless, last known address {addr}. shelter phone {phone}")
P("case-mgmt", ["referral"], "transport for {phon}: pickup {street} in {town}, zip {zip}, dialysis MWF")
P("social-work", [], "Guardian for {pfull} is {qfull} (court appointed). She can be reached at {email} or {phone}")
P("case-mgmt", ["referral", "lowercase"], "snf accepted {pfirst} {plast} for {vdate} d/c. insurance {member}, mrn {mrn}", lc=True)
P("social-work", [], "{pfull}'s grandson {qfirst} is visiting from {town}; he's the only family. please don't give info to the neighbour")

# --- physicians / clinicians
P("physician", [], "can u add {pfull} to my list for {vdate}? pt of {dr}, mrn {mrn}")
P("physician", [], "Rounding note: {phon} (bed {room}) {age90} y/o, stable. Daughter {qfull} wants a call at {tel}")
P("physician", ["typo"], "whos covering {pfirst} {plast} tonite? family asked abt code status, dob {dob}", lc=True)
P("physician", [], "Reminder to sign {pfull}'s death certificate, expired {vdate} 03:12")
P("physician", ["referral"], "Referral: {pfull}, {age90} y/o, to geri psych. Home: {addr}. PCP {dr}.")

# --- pharmacy
P("pharmacy", [], "prior auth for {pfull} — member {member}, DOB {dob}. Ozempic denied again")
P("pharmacy", ["credentialing"], "Rx from {dr} rejected, DEA on script {dea} doesn't match. pt {pfull} waiting")
P("pharmacy", [], "{phon} picks up her meds at the outpatient window; her son {qfirst} will come instead, ID shows DL {dl}")

# --- security / parking
P("security", ["vehicle"], "vehicle in the ED bay belongs to patient {pfull}: VIN {vin}, plate {plate}. tow hold please")
P("security", ["vehicle"], "Visitor {qfull} (here for {pfull}) parked in the doctors lot, plate {plate!b}")
P("security", ["vehicle"], "car left overnight in garage C — registered to {pfull}, vin {vin}", lc=True)

# --- mixed formats: pasted forms, tables, slack markup
P("registration", ["structured", "multiline"], "```\nPATIENT: {pinv}\nDOB: {dob}\nSSN: {ssn}\nPHONE: {phone}\nADDR: {addr}\n```")
P("registration", ["structured"], "| name | dob | mrn |\n|---|---|---|\n| {pfull} | {dob} | {mrn} |")
P("registration", ["structured"], "Name: {pfull}; DOB: {dob}; MRN: {mrn}; Plan: {member}; Acct: {har}")
P("registration", ["structured", "slack-markup"], "*Patient:* {pfull}\n*Email:* {mailto}\n*Phone:* {tel}")
P("registration", ["evasion"], "her ssn is {ssn} and the dob {dob} — can u run eligibility")
P("registration", ["structured"], "> From: {email}\n> Subject: records for {pfull}\n> my mom's DOB is {dob}, please send to {addr}")
P("registration", ["name"], "{pfull} ({pnick}) is back in the ED, same complaint. Call {qfirst} {qlast}?")
P("registration", [], "DL scanned for {pfull}: {dl!bt}. address on it is old, he moved to {town}")
P("registration", [], "Is {pfirst} {plast} the same person as {pinv}? two charts, MRNs {mrn} and {mrn}")

# --- short / fragmentary / lowercase
P("nurse", ["fragment"], "{pfull} {dob} {mrn}", lc=True)
P("scheduler", ["fragment"], "cb {phone} re {pfirst}")
P("billing", ["fragment"], "ssn {ssn!bt} pls verify")
P("it", ["fragment"], "ip {ip} - that's the pt's home router")
P("nurse", ["fragment", "age"], "{phon} {age90}, dnr, {room}")
P("front-desk", ["fragment"], "zip for {plast} is {zip}, not the clinic's")
P("case-mgmt", ["fragment"], "{pfull} lives in {town} w/ niece")
P("scheduler", ["fragment"], "{pfirst} – {vdate} – ortho f/u", lc=True)
P("billing", ["fragment"], "card on file for {phon}: {card}")
P("registration", ["fragment"], "mbi {mbi} / dob {dob}", lc=True)
P("nurse", ["fragment", "emoji"], "🚨 {pfull} eloped from {room} — son's # {phone}")
P("exec-assistant", ["fragment"], "pls loop me on anything re {pfull} 🙏")
P("physician", ["fragment"], "{pfirst} {plast} d/c'd {vdate}")
P("hr", ["fragment", "employee-health"], "{pfull} – return to work {vdate} w/ restrictions")
P("it", ["fragment"], "v6 was {ipv6} for her tablet")
P("case-mgmt", ["fragment"], "{qfull} is POA for {pfull}")
P("nurse", ["fragment"], "{phon} asking for her daughter again, {phone}")
P("legal", ["fragment"], "decedent {pinv}, dod {vdate}")
P("security", ["fragment"], "plate {plate} - pt {plast}")
P("pharmacy", ["fragment"], "{pfull} dob {dob} at pick-up window")
P("registration", ["fragment"], "email on file {email}")
P("billing", ["fragment"], "bank acct {bank} for {pfull}'s refund")
P("patient-relations", ["fragment"], "ask {qhon} (the spouse) — {phone}")
P("scheduler", ["fragment"], "{pfull}, {age90}, wants early am")
P("employee-health", ["fragment", "employee-health"], "{pfirst} from dietary, exposure {vdate}")
P("registration", ["fragment"], "new address {addr}")
P("it", ["fragment", "url"], "pt link: {purl}")
P("nurse", ["fragment", "device"], "{pfirst}'s pump SN {devser}")
P("front-desk", ["fragment"], "Mr {plast}'s plate: {plate}")
P("exec", ["fragment"], "who called {pfull} back?")

# --- clean hard negatives
C("exec-assistant", ["calendar"], "{exec} moved the ops huddle to {mtg} at {time}. Zoom ID {zoom}, same passcode as last week")
C("exec-assistant", ["calendar"], "can we push the board prep with {staff} to {mtg}? she's double booked at {time}", lc=True)
C("exec", ["money"], "Signed {po} for the new infusion chairs, {money}. {staff} owns delivery.")
C("exec", ["calendar"], "Reminder: {fy} budget submissions due {mtg}. Ping {staff} with questions.")
C("exec-assistant", ["exec-name"], "{exec} and {staff} will both attend the {site} town hall on {mtg}, {time}")
C("exec", ["age-aggregate"], "we now have {agg} in the ACO panel — {staff} wants a slide on it for {fy}")
C("exec-assistant", ["facility-address"], "Offsite is at {facaddr}. Parking validated, badge in at the north door.")
C("exec", [], "Great work everyone on the Joint Commission visit. {staff} and team — thank you 🎉")
C("exec-assistant", ["calendar"], "{exec} is out {mtg}–{mtg}. Urgent items to {staff}, {ext}")
C("exec", ["money"], "{inv} from the staffing agency is {money} over. {staff}, can you pull the contract?")
C("scheduler", ["calendar"], "template change: Dr clinic blocks on {mtg} shift to {time}. {n} slots affected, will rebook")
C("scheduler", ["ext"], "if anyone needs me I'm at the {site} front desk today, {ext}")
C("scheduler", ["calendar"], "new hire orientation {mtg} {time}, room 2B, bring badge photo", lc=True)
C("front-desk", ["zip-like"], "the courier keeps sending stuff to {faczip} — that's the old clinic zip, we moved")
C("front-desk", ["facility-address"], "patients keep going to the old building. new clinic is {facaddr}, please update the signage")
C("scheduler", ["age-aggregate"], "FYI {agg} on the Thursday panel need 40 min slots per {staff}")
C("front-desk", [], "printer at check-in is jammed again, {ticket}. asset tag {asset}")
C("scheduler", ["calendar"], "{dr} is on PTO {mtg} through {mtg}, {dr} covering. {n} appts to move")
C("nurse", ["age"], "staffing: {n} pts on the unit, avg age {ageok}, 4 fall risks. need a sitter for {room}")
C("nurse", [], "skills fair {mtg} at {time} — pump training with the Baxter rep. sign up w/ {staff}")
C("nurse", ["cpt"], "does anyone know if {cpt} is still billable for nurse visits? {staff} thinks it changed in {fy}")
C("nurse", [], "{dr} wants the new sepsis order set live by {mtg}. {ver} of the BPA goes in tonight")
C("nurse", ["age"], "our youngest on the unit today is {ageok} and oldest {ageok} lol. full house", lc=True)
C("nurse", ["mrn-topic"], "Reminder: MRN must be on every specimen label, 2 identifiers. {n} mislabels last month")
C("nurse", [], "{room} bed alarm is broken, biomed {ticket}, tag {asset}")
C("billing", ["ssn-topic"], "we no longer collect full SSN at registration — only the last 4 if the patient offers. policy PRV-{n}")
C("billing", ["npi"], "claims rejecting because billing NPI {npi} isn't on the 837. {staff} fixing the crosswalk")
C("billing", ["money"], "{inv} paid {mtg}, {money}. PO {po} closed", lc=True)
C("billing", ["icd"], "denials up {pct} in {fy}, mostly {icd} without a secondary. {staff} running the report")
C("billing", ["insurance-topic"], "group number for the employee plan is {group} — that's the employer group, not a member id")
C("billing", [], "card ending {last4} on the corporate account expires 11/27, {staff} has the replacement")
C("billing", ["cpt"], "{cpt} reimbursement dropped to {money} per unit. {n} claims in the queue")
C("billing", ["mrn-topic"], "why does the new statement template show the MRN? we agreed on account-only. ticket {ticket}")
C("billing", [], "month-end close {mtg}. AR over 90 days is {pct}, down from last quarter")
C("it", ["version"], "Epic upgrade to {ver} on {mtg} {time}. Downtime procedures in effect")
C("it", ["version"], "Imprivata agent {ver} is breaking badge tap on the {site} workstations. {ticket}")
C("it", ["ticket"], "{ticket} closed — printer mapping fixed on {asset}")
C("it", ["version"], "if your Teams client is below {ver} you'll get the new MFA prompt. {staff} has the rollout list")
C("it", [], "phishing test results: {pct} clicked. {staff} will run a refresher on {mtg}")
C("it", ["mrn-topic"], "Interface is truncating 10-digit MRNs to 8 again. {ticket}, {staff} is on it")
C("it", ["ssn-topic"], "Reminder: the DLP rule blocks anything that looks like an SSN. if it's a false positive open a ticket and tag {staff}", lc=True)
C("it", ["intra"], "the new downtime binder is at {intra}")
C("it", ["version"], "Cisco AnyConnect {ver} pushed, reboot required. Ext {ext} for help desk")
C("hr", ["calendar"], "open enrollment closes {mtg}. questions to {staff} or benefits desk {ext}")
C("hr", [], "congrats to {staff} on 25 years at the {site} campus! cake in the cafe at {time} 🎂")
C("hr", ["exec-name"], "{exec} will announce the new CNO at the {mtg} leadership forum")
C("hr", ["credentialing"], "Credentialing reminder: BLS/ACLS cards due by {mtg}. NPI {npi} for {dr} verified.")
C("employee-health", ["age-aggregate"], "flu vaccine uptake: {pct} overall, {pct} for staff over 60. clinic hours {time} daily")
C("hr", [], "job posting for a unit secretary in {site} — {staff} is hiring manager, req {n}")
C("employee-health", ["calendar"], "N95 fit testing {mtg} and {mtg}, {time}, room B12. bring your badge", lc=True)
C("quality", ["age-aggregate"], "falls dashboard: {n} falls in {fy}, {agg} accounted for most")
C("quality", [], "HCAHPS top-box up to {pct}. {staff} presenting at the {mtg} quality council")
C("quality", ["icd"], "readmissions for {icd} were {pct} last quarter, target is under 15%")
C("quality", ["calendar"], "core measures abstraction deadline is {mtg}. {n} charts left")
C("quality", ["age"], "sepsis cohort median age {ageok}, IQR 61-82. {staff} will share the deck")
C("legal", ["hipaa"], "HIPAA training modules due {mtg}. Compliance will pull the completion report")
C("legal", [], "contract with the courier vendor renews {mtg}, {money}. {staff} reviewing indemnity clause")
C("compliance", ["ssn-topic"], "Q: can we text SSNs to patients for verification? A: no. never. use the last 4 only — {staff}, compliance {ext}")
C("compliance", ["hipaa"], "policy PRV-112 effective {mtg}: minimum necessary applies to Slack too. link {intra}")
C("compliance", ["mrn-topic"], "auditors want to know how MRNs are assigned — {staff} can explain the check digit")
C("legal", ["calendar"], "deposition prep with outside counsel moved to {mtg} {time}, {staff} attending")
C("patient-relations", [], "{n} grievances this month, {pct} about parking. {staff} meeting facilities {mtg}")
C("patient-relations", [], "new comment card boxes going up at {facaddr} lobby")
C("patient-relations", ["calendar"], "patient & family advisory council meets {mtg}, {time}. {staff} hosting", lc=True)
C("case-mgmt", ["age-aggregate"], "{agg} on the readmit list this week, most from {site}. SNF beds tight")
C("case-mgmt", [], "avg LOS down to {ageok} hours in obs. {staff} wants the breakdown by payer")
C("physician", ["npi"], "My NPI is {npi} if anyone needs it for the referral template")
C("physician", ["calendar"], "grand rounds {mtg} at {time}: {dr} on heart failure")
C("physician", ["cpt"], "should this be {cpt} or {cpt}? 40 min total time, established pt")
C("pharmacy", ["version"], "Pyxis firmware {ver} going in on {mtg}, expect overrides to be slow")
C("pharmacy", [], "shortage update: {n} items on backorder, {staff} sending the list {mtg}")
C("security", [], "garage C gate down, {ticket}. use garage A until {time}")
C("security", ["facility-address"], "package for facilities delivered to {facaddr} instead of the loading dock")
C("registration", ["ssn-topic"], "is it ok to leave the SSN field blank for self-pay pts? {staff} says yes", lc=True)
C("registration", ["mrn-topic"], "how many digits is the new MRN format? {staff} said 9 but the wristbands print 10")
C("registration", ["zip-like"], "new {site} site zip is {faczip}, update the clinic letterhead pls")
C("it", ["ticket"], "{user} can you look at {ticket}? the badge printer is offline again")
C("exec-assistant", [], "{user} {exec} needs the {fy} volume slides by {time}, {n} pages max")
C("exec", ["money"], "capital request for the cath lab: {money}. finance committee {mtg}")
C("nurse", ["emoji"], "coffee's on me today, {staff} ☕ thanks for covering {room}")
C("scheduler", ["zoom"], "telehealth platform switch: meeting IDs are now 11 digits like {zoom}. no more personal rooms")

# ------------------------------------------------------------- rendering
SLOT_RE = re.compile(r"\{(\w+)(?:!(b|bt))?\}")
def render(tpl):
    voice, ttags, text, lc = tpl
    m = Msg(); segs = []; pos = 0
    for mt in SLOT_RE.finditer(text):
        segs.append((text[pos:mt.start()], None))
        sub = SLOTS[mt.group(1)](m)
        if mt.group(2) == "b": sub = N("*") + sub + N("*"); m.tags.add("slack-markup")
        elif mt.group(2) == "bt": sub = N("`") + sub + N("`"); m.tags.add("slack-markup")
        segs.extend(sub); pos = mt.end()
    segs.append((text[pos:], None))
    if lc: segs = [(s.lower(), t) for s, t in segs]; m.tags.add("lowercase")
    merged = []
    for s, t in segs:  # "{pfirst} {plast}" is one full name: one NAME span
        if s == "": continue
        if t == "NAME" and len(merged) >= 2 and merged[-1] == (" ", None) and merged[-2][1] == "NAME":
            merged.pop(); prev = merged.pop(); merged.append((prev[0] + " " + s, "NAME")); continue
        merged.append((s, t))
    segs = merged
    full = "".join(s for s, _ in segs)
    spans = []; off = 0
    for s, t in segs:
        if t: spans.append((t, s, off))
        off += len(s)
    tags = [voice] + list(ttags) + sorted(m.tags - set(ttags) - {voice})
    if "\n" in full and "multiline" not in tags: tags.append("multiline")
    if "<@U" in full or "<mailto:" in full or "<tel:" in full:
        if "slack-markup" not in tags: tags.append("slack-markup")
    if any(ord(c) >= 0x2600 and not (0xFF00 <= ord(c) <= 0xFFEF) for c in full) and "emoji" not in tags: tags.append("emoji")
    return full, spans, tags
def consistent(full, spans):
    """The checker matches span values left to right: make sure it lands on our slot."""
    b = full.encode("utf-8"); p = 0
    for t, v, off in spans:
        vb = v.encode("utf-8"); i = b.find(vb, p)
        if i != len(full[:off].encode("utf-8")): return False
        p = i + len(vb)
    return True

def main():
    n_total, n_phi = 1200, 720
    kinds = ["P"] * n_phi + ["C"] * (n_total - n_phi); R.shuffle(kinds)
    queues = {"P": [], "C": []}; pools = {"P": PHI_T, "C": CLEAN_T}
    out = []; seen = set()
    for i, k in enumerate(kinds, 1):
        for attempt in range(60):
            if not queues[k]:
                q = list(range(len(pools[k]))); R.shuffle(q); queues[k] = q
            tpl = pools[k][queues[k][-1]]
            full, spans, tags = render(tpl)
            ok = consistent(full, spans) and full not in seen and (bool(spans) == (k == "P"))
            if ok: queues[k].pop(); break
            if attempt % 20 == 19: queues[k].pop()
        else:
            raise SystemExit("could not render a consistent message for %s" % (tpl,))
        seen.add(full)
        tags = [t for t in tags if t not in ("phi", "clean")] + (["phi"] if spans else ["clean"])
        out.append({"id": "gf%04d" % i, "text": full, "spans": [{"type": t, "value": v} for t, v, _ in spans], "tags": tags})
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d PHI, %d clean) from %d templates (%d PHI, %d clean) to %s"
          % (len(out), sum(1 for o in out if o["spans"]), sum(1 for o in out if not o["spans"]),
             len(PHI_T) + len(CLEAN_T), len(PHI_T), len(CLEAN_T), OUT))

if __name__ == "__main__":
    main()
