#!/usr/bin/env python3
"""Generator of labelled night-shift ward chat messages for a PHI detector.

Standard library only, fixed seed.  Writes /work/corpora/generated_gk.jsonl in the raw
corpus format ({"id","text","spans":[{"type","value"}],"tags"}).

Texts are built as a list of segments [text, type_or_None, raw]; spans come from the
segments, so the labels are always exactly the values written.  Every message is checked so
that a left-to-right search of the span values lands on the very bytes that were labelled
(otherwise the message is re-drawn).
"""
import json, random, re, sys, unicodedata

SEED = 73119
R = random.Random(SEED)
N_MESSAGES = 1500
CLEAN_SHARE = 0.45
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gk.jsonl")


def ch(x):
    return R.choice(x)


def chance(p):
    return R.random() < p


def L(s):
    return [w.strip() for w in s.replace("\n", " ").split(",") if w.strip()]


# ----------------------------------------------------------------------------- names
GIVEN_F = L("""mary,patricia,jennifer,linda,elizabeth,barbara,susan,jessica,sarah,karen,nancy,lisa,
betty,margaret,sandra,ashley,dorothy,kimberly,emily,donna,michelle,carol,amanda,melissa,deborah,
stephanie,rebecca,sharon,laura,cynthia,kathleen,amy,angela,shirley,anna,brenda,pamela,emma,nicole,
helen,samantha,katherine,christine,debra,rachel,carolyn,janet,catherine,maria,heather,diane,ruth,
julie,olivia,joyce,virginia,victoria,kelly,lauren,christina,joan,evelyn,judith,megan,andrea,cheryl,
hannah,jacqueline,martha,gloria,teresa,ann,madison,frances,kathryn,janice,jean,abigail,alice,judy,
sophia,denise,doris,marilyn,danielle,beverly,isabella,theresa,diana,natalie,brittany,charlotte,
marie,kayla,alexis,lori,guadalupe,xiomara,yesenia,marisol,lucia,ximena,camila,valentina,itzel,
dolores,consuelo,mei,xiu,ying,hana,yuki,aiko,sakura,min-ji,seo-yeon,ji-woo,priya,ananya,lakshmi,
deepika,sunita,aisha,fatima,zainab,amina,leila,yasmin,noor,olga,svetlana,natasha,irina,katarzyna,
agnieszka,ngozi,chiamaka,adaeze,folake,abena,ama,nia,imani,keisha,latoya,shaniqua,aaliyah,tamika,
siobhan,niamh,aoife,saoirse,bridget,maeve,ingrid,astrid,sigrid,freya,linh,thuy,ngoc,hoa,marguerite,
geneviève,esther,miriam,rivka,chaya,leah,rosa,carmen,ana,luz,esperanza,milagros,maribel,yolanda,
nayeli,ayesha,farah,parisa,shirin,noa,anjali,kavya,nadia,sofia,elena,beatriz,mariana,fernanda,
gabriela,daniela,paola,kiana,leilani,malia,keala,zoë,renée,inés,maría,hope,joy,faith,grace,rose,
lily,daisy,ivy,hazel,iris,june,april,may,summer,autumn,dawn,crystal,amber,ruby,pearl,ginger,
destiny,mercy,patience,charity,harmony,melody,precious,honor,sunny,star,holly,olive,violet,willow,
scarlett,sky,bernadette,mildred,gertrude,edna,agnes,ethel,florence,hattie,lorraine,loretta,imogen,
paulette,wanda,winifred,beulah,opal,myrtle,dagny,oona,tallulah,marjorie,philippa""")

GIVEN_M = L("""james,robert,john,michael,david,william,richard,joseph,thomas,charles,christopher,
daniel,matthew,anthony,donald,steven,paul,andrew,joshua,kenneth,kevin,brian,george,timothy,ronald,
edward,jason,jeffrey,ryan,jacob,gary,nicholas,eric,jonathan,stephen,larry,justin,scott,brandon,
benjamin,samuel,gregory,alexander,patrick,raymond,dennis,jerry,tyler,aaron,jose,adam,nathan,henry,
douglas,zachary,peter,kyle,walter,ethan,jeremy,harold,keith,christian,roger,noah,gerald,carl,terry,
sean,austin,arthur,lawrence,jesse,dylan,bryan,joe,jordan,billy,bruce,albert,willie,gabriel,logan,
alan,juan,wayne,roy,ralph,randy,eugene,vincent,russell,elijah,louis,bobby,philip,johnny,jesús,luis,
carlos,miguel,alejandro,javier,rafael,ernesto,guillermo,jorge,santiago,mateo,diego,arturo,efraín,
wei,jun,hao,ming,kenji,hiroshi,takeshi,min-jun,seo-jun,ji-ho,raj,arjun,vikram,sanjay,ravi,mohammed,
ahmed,omar,ali,hassan,yusuf,ibrahim,tariq,dmitri,sergei,ivan,pavel,tomasz,piotr,chidi,emeka,obinna,
kwame,kofi,tunde,oluwaseun,jamal,darnell,deshawn,tyrone,malik,andre,liam,cian,pádraig,declan,eoin,
lars,anders,sven,björn,søren,minh,tuan,huy,duc,thanh,jean-pierre,françois,luc,giovanni,giuseppe,
salvatore,enzo,moshe,yosef,avi,eli,shlomo,tevita,sione,keanu,kai,nikolai,aleksander,bogdan,bill,
pat,mark,rob,jack,will,art,frank,grant,hunter,chase,cash,major,king,rusty,buddy,sonny,forrest,river,
reed,wade,dale,glen,cliff,clay,rock,heath,miles,sterling,drew,ray,gene,guy,don,earl,duke,bud,chip,
skip,lance,dusty,colt,jay,rich,herb,woody,curtis,floyd,elmer,clarence,otis,virgil,homer,cyril""")

WORD_SURNAMES = L("""stone,brooks,wolf,bird,church,little,frost,lamb,bell,hale,young,king,hill,wood,
rice,hunter,fox,black,white,green,brown,rose,hope,grant,summers,winter,banks,marsh,lane,park,house,
baker,cook,ward,page,mills,field,ford,nash,sharp,wise,love,swan,crane,drake,finch,hawk,peacock,rich,
cash,gold,silver,snow,storm,day,knight,bishop,pope,major,fisher,mason,porter,carter,short,long,
strong,head,hand,moody,sweet,best,good,noble,hardy,bond,chance,price,hart,bush,woods,rivers,waters,
lake,pond,forest,berry,cotton,flowers,bloom,pike,bass,salmon,trout,fish,bull,buck,raven,crow,robin,
sparrow,wren,dove,english,french,welsh,moon,shepherd,cooper,turner,glass,rock,street,bridges,
power,may,cross,steel,ray,bright,savage,wild,free,law,judge,dean,marshall,burns,cole,foley,murphy,
graves,stokes,battle,addison,cushing,early,luck,story,tune,walls,gates,hood,lord,fair""")

OTHER_SURNAMES = L("""smith,johnson,williams,jones,garcia,miller,davis,rodriguez,martinez,hernandez,
lopez,gonzalez,wilson,anderson,thomas,taylor,moore,jackson,martin,lee,perez,thompson,harris,
sanchez,clark,ramirez,lewis,robinson,walker,allen,wright,scott,torres,nguyen,flores,adams,nelson,
hall,rivera,campbell,mitchell,roberts,phillips,evans,edwards,collins,stewart,morris,reyes,
rogers,morgan,peterson,cruz,gutierrez,ortiz,kowalczyk,tran,le,pham,hoang,vu,dang,bui,ngo,duong,
ly,chen,wang,li,zhang,liu,yang,huang,zhao,wu,zhou,xu,sun,zhu,hu,guo,lin,kim,choi,jung,kang,cho,
yoon,jang,lim,han,shin,tanaka,suzuki,sato,takahashi,watanabe,yamamoto,nakamura,kobayashi,ito,kato,
patel,shah,singh,kumar,sharma,gupta,reddy,rao,iyer,nair,desai,mehta,joshi,chaudhry,khan,ahmed,
hussain,rahman,haddad,nasser,saleh,abboud,khoury,mansour,okafor,okonkwo,adeyemi,obi,mensah,asante,
boateng,diallo,traoré,ndiaye,abubakar,eze,nwosu,balogun,kowalski,nowak,wiśniewski,wójcik,kaminski,
lewandowski,zielinski,ivanov,petrov,smirnov,volkov,popov,sokolov,kuznetsov,o'brien,o'neill,
o'connor,o'sullivan,mccarthy,mcdonald,mcgrath,fitzgerald,gallagher,kelly,byrne,ryan,doyle,walsh,
quinn,flanagan,brennan,rossi,russo,esposito,bianchi,romano,colombo,ricci,marino,greco,bruno,gallo,
conti,de luca,d'angelo,di stefano,lo bianco,müller,schmidt,schneider,fischer,weber,meyer,wagner,
becker,schulz,hoffmann,van der berg,van dyke,de jong,de vries,van houten,dubois,lefebvre,moreau,
laurent,girard,de la cruz,de los santos,del río,da silva,dos santos,souza,oliveira,pereira,costa,
almeida,ferreira,carvalho,gonzález,peña,núñez,ibáñez,muñoz,cohen,levy,friedman,goldberg,katz,
rosen,shapiro,klein,weiss,horowitz,ben-david,garcia-lopez,smith-jones,lopez-rivera,hale-brooks,
ortiz-méndez,st. john,st. pierre,saint-amand,macneil,macdonald,mackenzie,begay,yazzie,tsosie,
benally,kahale,kealoha,fonoti,tuilagi,fifita,petrosyan,hovhannisyan,papadopoulos,georgiou,
nikolaidis,yilmaz,demir,şahin,el-amin,al-farsi,abdullah,warsame,abdi,farah,mohamed,jean-baptiste,
pierre-louis,toussaint,désir,fernandes,lopes,tavares,medeiros,szabó,novák,horváth,dvořák,
andersson,johansson,nielsen,haugen,virtanen,korhonen,o'malley,mcallister,washington,jefferson,
okoro,achebe,osei,tesfaye,haile,bekele,girma,alemu,rosario,santiago,vega,delgado,castillo,mendoza,
aguilar,salazar,figueroa,cabrera,espinoza,navarro,ochoa,villanueva,dela peña,bautista,macapagal,
santos,reyes-aquino,nakashima,ishikawa,fujimoto""")

SURNAMES = sorted(set(WORD_SURNAMES + OTHER_SURNAMES))

NICKS = {"robert": ["bobby", "bob", "rob"], "william": ["bill", "billy", "will"],
         "margaret": ["peggy", "maggie", "marge"], "elizabeth": ["liz", "betty", "beth"],
         "james": ["jimmy", "jim"], "richard": ["rick", "dick", "richie"],
         "katherine": ["kate", "kathy"], "patricia": ["pat", "trish", "patty"],
         "joseph": ["joe", "joey"], "thomas": ["tommy", "tom"], "edward": ["ted", "eddie"],
         "jose": ["pepe"], "guadalupe": ["lupe"], "dolores": ["lola"], "alejandro": ["alex"],
         "charles": ["chuck", "charlie"], "michael": ["mike", "mickey"], "dorothy": ["dot", "dottie"],
         "frances": ["fran", "frannie"], "anthony": ["tony"], "rebecca": ["becky"],
         "christopher": ["chris"], "theresa": ["terry", "tess"], "walter": ["walt"],
         "harold": ["hal"], "eugene": ["gene"], "virginia": ["ginny"], "deborah": ["debbie", "deb"],
         "samuel": ["sam", "sammy"], "victoria": ["vicky", "tori"], "gertrude": ["trudy"],
         "mildred": ["millie"], "florence": ["flo"], "winifred": ["winnie"], "nikolai": ["kolya"],
         "aleksander": ["olek"], "francisco": ["paco"]}
GENERIC_NICKS = ["junior", "sunny", "red", "doc", "sissy", "bubba", "peanut", "tiny", "lefty",
                 "nana", "papa joe", "chief", "skip", "buddy", "cookie"]

PARTICLES = {"de", "la", "del", "da", "dos", "das", "van", "der", "von", "den", "di", "du", "lo",
             "los", "dela", "bin", "ibn", "ten", "ter", "y"}
MAC_NAMES = {"macneil": "MacNeil", "macdonald": "MacDonald", "mackenzie": "MacKenzie",
             "macapagal": "Macapagal"}


def _capfirst(s):
    return s[:1].upper() + s[1:] if s else s


def natcase(name):
    toks = name.split(" ")
    out = []
    for i, t in enumerate(toks):
        if i < len(toks) - 1 and t in PARTICLES:
            out.append(t)
            continue
        if t in MAC_NAMES:
            out.append(MAC_NAMES[t])
            continue
        parts = []
        for p in t.split("-"):
            if len(p) > 2 and p[1] == "'":
                p = p[0].upper() + "'" + _capfirst(p[2:])
            elif p.startswith("mc") and len(p) > 3:
                p = "Mc" + _capfirst(p[2:])
            else:
                p = _capfirst(p)
            parts.append(p)
        out.append("-".join(parts))
    return " ".join(out)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ø", "o").replace("ß", "ss")


def handle(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s.lower()))


# ----------------------------------------------------------------------------- places
TOWNS = [t.split(":") for t in L("""dracut:MA:018,amesbury:MA:019,lowell:MA:018,methuen:MA:018,
haverhill:MA:018,lawrence:MA:018,salem:MA:019,andover:MA:018,lynn:MA:019,peabody:MA:019,
revere:MA:021,chelsea:MA:021,malden:MA:021,everett:MA:021,quincy:MA:021,brockton:MA:023,
worcester:MA:016,fitchburg:MA:014,springfield:MA:011,holyoke:MA:010,fall river:MA:027,
new bedford:MA:027,taunton:MA:027,plymouth:MA:023,nashua:NH:030,manchester:NH:031,derry:NH:030,
salem:NH:030,pawtucket:RI:028,cranston:RI:029,woonsocket:RI:028,hartford:CT:061,bridgeport:CT:066,
waterbury:CT:067,yonkers:NY:107,utica:NY:135,camden:NJ:081,paterson:NJ:075,elizabeth:NJ:072,
trenton:NJ:086,allentown:PA:181,scranton:PA:185,erie:PA:165,cicero:IL:608,joliet:IL:604,gary:IN:464,
hammond:IN:463,flint:MI:485,dearborn:MI:481,toledo:OH:436,akron:OH:443,hialeah:FL:330,
kissimmee:FL:347,ocala:FL:344,laredo:TX:780,el paso:TX:799,brownsville:TX:785,mcallen:TX:785,
lubbock:TX:794,tucson:AZ:857,yuma:AZ:853,flagstaff:AZ:860,gallup:NM:873,las cruces:NM:880,
fresno:CA:937,modesto:CA:953,stockton:CA:952,visalia:CA:932,chula vista:CA:919,daly city:CA:940,
tacoma:WA:984,spokane:WA:992,yakima:WA:989,boise:ID:837,ogden:UT:844,provo:UT:846,pueblo:CO:810,
greeley:CO:806,hilo:HI:967,kahului:HI:967,bethel:AK:995,macon:GA:312,albany:GA:317,dothan:AL:363,
biloxi:MS:395,shreveport:LA:711,tulsa:OK:741,wichita:KS:672,sioux falls:SD:571,fargo:ND:581,
billings:MT:591,duluth:MN:558,bangor:ME:044,lewiston:ME:042,burlington:VT:054,rutland:VT:057""")]

STREETS = L("""tarbox,main,elm,oak,maple,pine,cedar,chestnut,broadway,high,school,church,mill,water,
washington,lincoln,jefferson,pleasant,park,prospect,summer,winter,spring,union,center,river,
lakeview,hillside,bridge,canal,essex,merrimack,old county,lowell,andover,franklin,garden,market,
liberty,sunset,cherry,walnut,birch,willow,laurel,juniper,magnolia,cypress,palm,mesa,cactus,
avenida del sol,calle real,martin luther king jr,cesar chavez,frost,stone,bell,hale,lamb,brook,
wolf hill,little pond,bird,kings,queen,dover,railroad,depot,orchard,meadow,fairview,woodland""")
ST_TYPES = ["st", "rd", "ave", "ln", "dr", "ct", "way", "blvd", "pl", "ter", "cir", "street",
            "road", "avenue", "lane", "drive", "hwy", "pkwy"]
FACILITIES = ["st. mary's", "mercy", "good sam", "lowell general", "holy family", "st. joe's",
              "memorial", "valley regional", "riverside", "the main campus", "north shore",
              "children's", "the rehab hospital"]
VENDORS = ["baxter", "bd", "stryker", "hill-rom", "medline", "cardinal health", "philips",
           "ge healthcare", "omnicell", "epic", "vocera", "spok", "sodexo", "aramark",
           "stericycle", "crothall", "owens & minor", "zoll", "masimo", "smiths medical",
           "fisher & paykel", "dräger", "getinge", "3m", "kci", "arjo", "sage", "hologic",
           "abbott", "medtronic", "boston scientific", "dexcom", "tandem", "insulet",
           "baird medical supply", "north star linen", "pinecrest staffing"]
PAYERS = ["bcbs", "tufts", "harvard pilgrim", "aetna", "uhc", "cigna", "masshealth",
          "medicare", "humana", "wellcare", "ambetter", "tricare", "anthem", "molina"]
UNITS = ["4w", "5n", "6e", "7 east", "micu", "sicu", "ccu", "cvicu", "picu", "nicu", "l&d",
         "mother-baby", "bhu", "psych", "ltc", "2 north", "tcu", "obs", "ed", "step-down", "tele",
         "ortho", "oncology", "peds", "neuro icu", "med-surg 3"]
LTCS = ["maple manor", "the meadows", "sunrise", "brookdale", "heritage house", "oak hill rehab",
        "st. camillus", "pleasant view", "the willows"]

DX = ["chf exac", "sepsis", "dka", "copd exac", "etoh w/d", "si", "gi bleed", "pna", "ams",
      "nstemi", "pre-e", "bronchiolitis", "hip fx", "uti", "cellulitis", "sbo", "afib rvr",
      "pe", "cva", "syncope", "hypoglycemia", "asthma exac", "pyelo", "overdose", "psychosis",
      "pancreatitis", "hyperkalemia", "rsv", "croup", "preterm labor", "pprom", "hyperemesis",
      "catatonia", "mania", "delirium", "fall w/ head strike", "c diff", "aki", "seizure",
      "rhabdo", "dehydration", "failure to thrive", "ftt", "appy", "chole", "sickle crisis"]
DRUGS = ["metoprolol", "haldol", "ativan", "morphine", "dilaudid", "insulin", "heparin", "kcl",
         "zosyn", "vanc", "tylenol", "zofran", "narcan", "precedex", "levophed", "olanzapine",
         "pitocin", "mag", "lasix", "seroquel", "cefepime", "apixaban", "coumadin", "keppra"]
DOSES = ["metoprolol 5mg iv", "haldol 2mg im", "ativan 1mg iv", "morphine 2mg iv",
         "dilaudid 0.5 mg", "insulin lispro 4 units", "heparin gtt at 18 u/kg/hr", "kcl 20 meq po",
         "zosyn 4.5g", "vanc 1.25g", "tylenol 650 po", "zofran 4mg iv", "narcan 0.4mg",
         "precedex 0.4 mcg/kg/hr", "levo at 8 mcg", "olanzapine 5mg odt", "pitocin 2 mu/min",
         "mag 4g bolus then 2g/hr", "lasix 40 iv", "seroquel 25mg", "cefepime 2g q8",
         "dextrose 50% 1 amp", "kcl 10 meq x4 runs", "ns bolus 1L", "lr at 125",
         "insulin gtt at 6 u/hr", "vaso .04", "propofol at 30", "benadryl 25 iv",
         "amox 45 mg/kg/day", "ibuprofen 10 mg/kg", "ceftriaxone 50 mg/kg"]
LABS = ["k 2.9", "k 6.1", "na 124", "hgb 6.8", "lactate 4.1", "trop 0.09", "glucose 42",
        "inr 3.4", "wbc 18.2", "cr 2.1", "mag 1.2", "ph 7.18", "bicarb 12", "plt 22", "bnp 2200",
        "ammonia 88", "ca 6.9", "lipase 900", "hct 19", "ag 24", "phos 1.1", "tsh 0.01"]
VITALS = ["bp 88/52 hr 118", "sats 89% on 4L", "t 38.9", "rr 28", "map 58", "hr 42",
          "bp 210/110", "sbp 70s", "spo2 86 ra", "t 39.4 hr 130", "bp 92/50, hr 124, t 38.6",
          "hr 160s afib", "rr 8", "gcs 9", "temp 35.1", "sats 91 on bipap", "bp 168/104"]
PROCS = ["cath", "egd", "or", "ir", "mri", "ct w/ contrast", "colonoscopy", "tee", "paracentesis"]


def spelled_age(n):
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    if n < 100:
        return "ninety" + ("-" + ones[n - 90] if n > 90 else "")
    rest = n - 100
    if rest == 0:
        return "one hundred"
    return "one hundred " + ch(["", "and "]) + ones[rest]


DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FW = {str(d): chr(0xFF10 + d) for d in range(10)}

# ----------------------------------------------------------------------------- value makers
MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH = ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"]
WDAY = ["mon", "tues", "wed", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
        "thursday", "friday"]
SYSNAMES = ["stmaryshealth", "mercyne", "valleyregional", "lowellgeneral", "holyfamilyhosp",
            "riversidemed", "northshorehealth", "goodsamhosp"]
AREA = ["978", "617", "508", "781", "413", "603", "401", "860", "212", "718", "973", "215", "312",
        "313", "216", "305", "407", "713", "210", "915", "520", "602", "505", "559", "209", "619",
        "206", "509", "208", "801", "719", "808", "907", "404", "205", "504", "918", "316", "605",
        "701", "406", "218", "207", "802", "351", "339", "774", "857"]


def ordsuf(d):
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def rand_md():
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30)
    return m, d


def fmt_dob(lo=1922, hi=2006):
    m, d = rand_md()
    y = R.randint(lo, hi)
    f = ch([
        lambda: "%02d/%02d/%d" % (m, d, y), lambda: "%d/%d/%d" % (m, d, y),
        lambda: "%d/%d/%02d" % (m, d, y % 100), lambda: "%d-%02d-%02d" % (y, m, d),
        lambda: "%s %d, %d" % (MONTH[m - 1].capitalize(), d, y),
        lambda: "%d-%s-%d" % (d, MON[m - 1].capitalize(), y), lambda: "%s %d %d" % (MON[m - 1], d, y),
        lambda: "%02d%02d%d" % (m, d, y), lambda: "%d.%d.%02d" % (m, d, y % 100),
        lambda: "%s. %d, %d" % (MON[m - 1].capitalize(), d, y), lambda: "%d %s %d" % (d, MONTH[m - 1], y),
        lambda: "%02d-%02d-%d" % (m, d, y), lambda: "%s %d%s %d" % (MONTH[m - 1], d, ordsuf(d), y),
    ])
    return f()


def fmt_hdate():
    m, d = rand_md()
    y = ch([2024, 2025, 2025, 2026])
    f = ch([
        lambda: "%d/%d" % (m, d), lambda: "%02d/%02d" % (m, d), lambda: "%s %d" % (MON[m - 1], d),
        lambda: "%s %d%s" % (MON[m - 1], d, ordsuf(d)), lambda: "%s %d%s" % (MONTH[m - 1], d, ordsuf(d)),
        lambda: "%d-%s" % (d, MON[m - 1]), lambda: "%d/%d/%02d" % (m, d, y % 100),
        lambda: "%d-%02d-%02d" % (y, m, d), lambda: "%d-%d" % (m, d), lambda: "%s %d" % (MONTH[m - 1], d),
        lambda: "%02d/%02d/%d" % (m, d, y), lambda: "%d-%s-%d" % (d, MON[m - 1].upper(), y),
    ])
    return f()


def fmt_mtgdate():
    m, d = rand_md()
    return ch([
        "%s %d/%d" % (ch(WDAY), m, d), "%d/%d" % (m, d), "%s %d" % (MONTH[m - 1], d),
        "the %d%s" % (d, ordsuf(d)), "next %s" % ch(WDAY[:7]), "%s %d%s" % (MON[m - 1], d, ordsuf(d)),
        "%d/%d @ %s" % (m, d, ch(["0700", "1400", "0730", "1930", "noon"])), "%s" % ch(WDAY),
        "%d/%d/%02d" % (m, d, ch([25, 26])), "end of %s" % MONTH[m - 1],
    ])


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def fmt_phone(ext=False):
    a = ch(AREA)
    if chance(0.15):
        e, n = "555", "01" + digits(2)
    else:
        e, n = str(R.randint(201, 989)), digits(4)
    s = ch([
        "%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "+1-%s-%s-%s", "%s %s %s",
        "1-%s-%s-%s", "+1 (%s) %s-%s", "%s/%s-%s", "(%s)%s-%s", "%s-%s-%s", "%s-%s-%s",
    ]) % (a, e, n)
    if chance(0.06) and not ext:
        s = "%s-%s" % (e, n)
    if ext:
        s += ch([" ext. ", " x", " ext ", " x ", ",", " extension "]) + str(R.randint(2, 9999))
    return s


def fmt_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    return ch(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d", "%03d.%02d.%04d",
               "%03d.%02d-%04d", "%03d %02d-%04d"]) % (a, g, s)


def fmt_mrn():
    return ch([
        lambda: digits(8), lambda: "00" + digits(6), lambda: digits(7), lambda: digits(10),
        lambda: "E" + digits(7), lambda: "%s-%s-%s" % (digits(2), digits(2), digits(4)),
        lambda: "M" + digits(8), lambda: "%s-%s" % (digits(3), digits(5)), lambda: digits(9),
    ])()


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def fmt_cc():
    kind = ch(["visa", "mc", "amex", "disc"])
    if kind == "amex":
        body = ch(["34", "37"]) + digits(12)
        n = body + luhn_digit(body)
        sep = ch([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    pre = {"visa": "4" + digits(1), "mc": str(R.randint(51, 55)), "disc": "60"}[kind]
    if kind == "disc":
        pre = "6011"
    body = pre + digits(15 - len(pre))
    n = body + luhn_digit(body)
    sep = ch([" ", "-", "", " "])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def fmt_npi():
    body = ch(["1", "2"]) + digits(8)
    return body + luhn_digit("80840" + body)


UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def fmt_hpid():
    return ch([
        lambda: "".join(ch(UP) for _ in range(3)) + digits(9),
        lambda: "W" + digits(9), lambda: digits(9) + "-0" + str(R.randint(1, 4)),
        lambda: "".join(ch(UP) for _ in range(3)) + "W" + digits(8),
        lambda: "1" + digits(10), lambda: ch(UP) + digits(8) + ch(UP),
        lambda: "".join(ch(UP) for _ in range(2)) + digits(6) + ch(["01", "02", "00"]),
    ])()


def fmt_mbi():
    an = MBI_L + "0123456789"
    s = (str(R.randint(1, 9)) + ch(MBI_L) + ch(an) + digits(1) + ch(MBI_L) + ch(an) + digits(1)
         + ch(MBI_L) + ch(MBI_L) + digits(2))
    return ch([s, s[:4] + "-" + s[4:7] + "-" + s[7:], s[:4] + " " + s[4:7] + " " + s[7:]])


def fmt_mcaid():
    return ch([lambda: digits(12), lambda: "1" + digits(11), lambda: digits(10),
               lambda: ch(UP) + ch(UP) + digits(5) + ch(UP)])()


def fmt_acct():
    return ch([lambda: "70" + digits(8), lambda: digits(10), lambda: "H" + digits(9),
               lambda: "G" + digits(8), lambda: digits(9), lambda: "%s-%s" % (digits(4), digits(6)),
               lambda: "5001" + digits(6)])()


def fmt_bank():
    return ch([lambda: digits(10), lambda: "00" + digits(9), lambda: digits(12)])()


def fmt_dl():
    return ch([lambda: "S" + digits(8), lambda: "%s %s %s" % (digits(3), digits(3), digits(3)),
               lambda: ch(UP) + digits(7), lambda: digits(8),
               lambda: "%s%s-%s-%s-%s-%s" % (ch(UP), digits(3), digits(3), digits(2), digits(3), digits(1)),
               lambda: "SA" + digits(7), lambda: digits(9)])()


def fmt_dea(last):
    l2 = (ascii_fold(last)[:1] or "x").upper()
    if not l2.isalpha():
        l2 = "X"
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("ABFGM") + l2 + "".join(map(str, d)) + str(c)


def fmt_slic():
    return ch([lambda: "RN" + digits(7), lambda: "RN " + digits(6), lambda: "MD-" + digits(6),
               lambda: "0" + digits(6), lambda: "LPN " + digits(5), lambda: "NP" + digits(6),
               lambda: "PA-" + digits(5), lambda: digits(2) + "." + digits(6)])()


def fmt_plate():
    a = "ABCDEFGHJKLMNPRSTVWXYZ"
    return ch([lambda: digits(1) + ch(a) + ch(a) + "-" + ch(a) + digits(2),
               lambda: digits(1) + "".join(ch(a) for _ in range(3)) + digits(2),
               lambda: digits(1) + ch(a) + ch(a) + " " + digits(3),
               lambda: "".join(ch(a) for _ in range(3)) + "-" + digits(4),
               lambda: digits(1) + "".join(ch(a) for _ in range(3)) + digits(3),
               lambda: "".join(ch(a) for _ in range(3)) + " " + digits(3)])()


def fmt_vin():
    a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return ch(["1", "2", "3", "J", "K", "W", "5"]) + "".join(ch(a) for _ in range(10)) + digits(6)


def fmt_devsn():
    a = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return ch([
        lambda: "".join(ch(a) for _ in range(3)) + digits(6) + ch(a),
        lambda: "%s%s-%s" % (digits(2), ch(a) + digits(1), digits(5)),
        lambda: "(01)00" + digits(12) + "(17)" + "%02d%02d%02d" % (R.randint(26, 30), R.randint(1, 12), 1) + "(21)" + "".join(ch(a + "0123456789") for _ in range(8)),
        lambda: "".join(ch(a + "0123456789") for _ in range(6)),
        lambda: "%s-%s" % (digits(4), digits(7)), lambda: "HM3-" + digits(5),
        lambda: "SN" + digits(9), lambda: "G7" + "".join(ch(a + "0123456789") for _ in range(8)),
        lambda: digits(2) + ch(a) + ch(a) + digits(6)])()


def fmt_ip():
    return ch([lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
               lambda: "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
               lambda: "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
               lambda: "%d.%d.%d.%d" % (R.randint(23, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
               lambda: "fe80::%x:%x:%x:%x" % tuple(R.randint(0, 65535) for _ in range(4)),
               lambda: "2001:db8:%x::%x" % (R.randint(0, 65535), R.randint(1, 65535))])()


def fmt_street(with_type=True):
    num = str(R.randint(1, 2999))
    name = ch(STREETS)
    ty = ch(ST_TYPES) if with_type else ""
    base = ch([
        lambda: "%s %s %s" % (num, name, ty), lambda: "%s %s %s apt %d" % (num, name, ty, R.randint(1, 40)),
        lambda: "%s %s %s #%d" % (num, name, ty, R.randint(1, 12)),
        lambda: "%s %s %s %s" % (num, ch(["n", "s", "e", "w", "n.", "e."]), name, ty),
        lambda: "%s %s %s unit %d%s" % (num, name, ty, R.randint(1, 9), ch("ABCD")),
        lambda: "%s-%d %s %s" % (num, R.randint(1, 9), name, ty), lambda: "%s %s %s" % (num, name, ty),
    ])().strip()
    if not with_type:
        base = "%s %s" % (num, name)
    return natcase_street(base)


def natcase_street(s):
    return " ".join(w.capitalize() if w.isalpha() and len(w) > 2 else w for w in s.split(" "))


def fmt_pobox():
    return ch(["po box %d", "PO Box %d", "p.o. box %d", "P.O. Box %d"]) % R.randint(10, 9999)


def rand_town():
    t = ch(TOWNS)
    return natcase(t[0]), t[1], t[2]


def fmt_zip(pref):
    z = pref + digits(2)
    return z + ("-" + digits(4) if chance(0.25) else "")


def fmt_full_addr():
    town, st, pref = rand_town()
    street = fmt_pobox() if chance(0.1) else fmt_street()
    z = fmt_zip(pref)
    return ch([
        "%s, %s %s %s" % (street, town, st, z), "%s %s %s" % (street, town, st.lower()),
        "%s, %s, %s %s" % (street, town, st, z), "%s\n%s, %s %s" % (street, town, st, z),
        "%s, %s %s" % (street, town, z), "%s %s %s %s" % (street.lower(), town.lower(), st.lower(), z),
    ])


def fmt_email(first=None, last=None):
    f = handle(first or ch(GIVEN_F + GIVEN_M))
    l = handle(last or ch(SURNAMES))
    dom = ch(["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "hotmail.com", "aol.com",
              "outlook.com", "proton.me", "verizon.net", "msn.com", "att.net"])
    user = ch([f + "." + l, f[0] + l + str(R.randint(1, 99)), f + l + str(R.randint(40, 2009)),
               l + "." + f, f + "_" + l, ch(["catlady", "bigred", "grammy", "papabear", "mets", "sox",
                                              "nana", "jazzyj", "truckin", "momof3"]) + str(R.randint(1, 99))])
    return user + "@" + dom


def fmt_semail(first, last, vendor=None):
    f, l = handle(first), handle(last)
    if vendor:
        dom = re.sub(r"[^a-z0-9]", "", ascii_fold(vendor.lower())) + ch([".com", ".com", "-med.com"])
    else:
        dom = ch(SYSNAMES) + ch([".org", ".org", ".com"])
    return ch([f + "." + l, f[0] + l, f + "_" + l, l + f[0]]) + "@" + dom


def obf_email(e):
    u, d = e.split("@", 1)
    k = R.randint(0, 4)
    if k == 0:
        return u + " [at] " + d.replace(".", " [dot] ")
    if k == 1:
        return u + " at " + d.replace(".", " dot ")
    if k == 2:
        return u + "(at)" + d
    if k == 3:
        return u + " @ " + d
    return u + "[@]" + d.replace(".", "[.]")


# ----------------------------------------------------------------------------- obfuscation
def obf_num(v, ctx, p=0.09):
    if not chance(p):
        return v
    onlynum = re.fullmatch(r"[0-9 .\-()+]+", v) is not None
    dg = re.sub(r"\D", "", v)
    opts = ["fw", "zw", "nbsp", "nl"] + (["spaced", "spelled", "spelled"] if onlynum and 7 <= len(dg) <= 12 else [])
    k = ch(opts)
    if k == "fw":
        ctx.tags.update(["fullwidth", "evasion"])
        return "".join(FW.get(c, c) for c in v)
    if k == "zw":
        ctx.tags.update(["zero-width", "evasion"])
        if re.search(r"[-. ]", v):
            return re.sub(r"[-. ]", "\u200b", v, count=2)
        i = len(v) // 2
        return v[:i] + "\u200b" + v[i:]
    if k == "nbsp":
        ctx.tags.update(["evasion"])
        if " " in v:
            return v.replace(" ", "\u00a0")
        if "-" in v:
            return v.replace("-", "\u00a0")
        i = len(v) // 2
        return v[:i] + "\u00a0" + v[i:]
    if k == "nl":
        m = list(re.finditer(r"[-. ]", v))
        if not m:
            return v
        mm = ch(m)
        ctx.tags.update(["evasion", "multiline"])
        if mm.group(0) == " ":
            return v[:mm.start()] + "\n" + v[mm.end():]
        return v[:mm.end()] + "\n" + v[mm.end():]
    if k == "spaced":
        ctx.tags.update(["evasion"])
        return " ".join(dg)
    # spelled, grouped the way it was written
    ctx.tags.update(["evasion"])
    groups = re.findall(r"\d+", v)
    return ", ".join(" ".join(DIGW[int(c)] for c in g) for g in groups)


def obf_fw(v, ctx, p):
    if chance(p):
        ctx.tags.update(["fullwidth", "evasion"])
        return "".join(FW.get(c, c) for c in v)
    return v


# ----------------------------------------------------------------------------- non-PHI values
def v_bed():
    return ch([str(R.randint(1, 36)), "%d%s" % (R.randint(1, 30), ch("ab")), "%d-%d" % (R.randint(1, 40), R.randint(1, 2)),
               "%s-%d" % (ch(["3w", "4w", "5n", "6e", "7s"]), R.randint(1, 30)), str(R.randint(401, 732)),
               "%d%s" % (R.randint(400, 730), ch(["a", "b", "A", "B"]))])


def v_room():
    return ch([str(R.randint(101, 799)), "%d%s" % (R.randint(101, 799), ch("ab")), "b%d" % R.randint(1, 40),
               str(R.randint(1, 24))])


def v_time():
    h, m = R.randint(0, 23), ch([0, 0, 15, 30, 45, 10, 20, 5, 50])
    return ch(["%02d%02d" % (h, m), "%d%s" % (h % 12 or 12, ch(["a", "p", "am", "pm", " am"])),
               "%02d:%02d" % (h, m), "%d:%02d%s" % (h % 12 or 12, m, ch(["p", "a", "pm", ""])),
               "midnight", "%02d00" % R.choice([0, 1, 2, 3, 4, 5, 22, 23])])


def v_ext():
    return ch(["x%d" % R.randint(2000, 7999), "ext %d" % R.randint(2000, 7999), "x %d" % R.randint(2000, 7999),
               "ext. %d" % R.randint(2000, 7999), "x%d" % R.randint(20000, 79999)])


def v_pager():
    return str(R.randint(1000, 9999))


def v_ticket():
    return ch(["INC00%d" % R.randint(10000, 99999), "RITM00%d" % R.randint(10000, 99999),
               "CHG00%d" % R.randint(10000, 99999), "DEL-%d" % R.randint(100, 9999),
               "SR-%d" % R.randint(10000, 99999), "inc%07d" % R.randint(10000, 999999),
               "TKT-%d" % R.randint(1000, 99999), "#%d" % R.randint(10000, 99999)])


def v_po():
    return ch(["45%s" % digits(8), digits(7), "PO-%s" % digits(6), "%s-%s" % (digits(4), digits(3))])


def v_invno():
    return ch(["%s-%s" % (digits(5), ch("ABC")), "INV-%s" % digits(5), "00%s" % digits(5), "%s" % digits(8)])


def v_ver():
    return ch(["v%d.%d.%d" % (R.randint(1, 14), R.randint(0, 9), R.randint(0, 20)),
               "build %d.%d.%d.%d" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(0, 3), R.randint(0, 9)),
               "%d.%d.%d" % (R.randint(1, 14), R.randint(0, 9), R.randint(0, 20)), "v%d.%d" % (R.randint(1, 9), R.randint(0, 9)),
               "%d.%d" % (R.randint(2023, 2026), R.randint(1, 4)), "%s '%d" % (ch(MON), R.randint(23, 26))])


def v_cpt():
    return ch(["99223", "99291", "99292", "36556", "31500", "92950", "59400", "59510", "90791",
               "99233", "99285", "93010", "36415", "51702", "94002", "99468"])


def v_icd():
    return ch(["I50.23", "A41.9", "E11.65", "J44.1", "F32.9", "O14.14", "N17.9", "R65.21", "J21.0",
               "F10.239", "E87.1", "I48.91", "K92.2", "S72.001A", "R41.82", "F20.9", "O60.14X0",
               "P07.35", "i50.9", "j18.9"])


def v_facaddr():
    town, st, pref = rand_town()
    street = fmt_street()
    return ch(["%s, %s %s %s" % (street, town, st, fmt_zip(pref)), street, "%s, %s" % (street, town),
               "%s %s %s" % (street.lower(), town.lower(), st.lower()), "%s, %s %s" % (street, town, fmt_zip(pref))])


def v_zoom():
    return ch(["zoom id %s %s %s" % (digits(3), digits(4), digits(4)),
               "https://%s.zoom.us/j/%s" % (ch(SYSNAMES), digits(11)),
               "meeting id %s %s %s pw %s" % (digits(3), digits(4), digits(4), digits(6)),
               "teams link in the invite", "zoom.us/j/%s" % digits(10)])


def v_intranet(ctx):
    path = ch(["nursing/policies/falls", "policies/restraints-v4", "pharmacy/formulary",
               "education/skills-fair", "staffing/grid", "ics/downtime", "bhu/observation-levels",
               "ob/pph-bundle", "peds/dosing", "ltc/activities"])
    url = "https://intranet.%s.%s/%s" % (ch(SYSNAMES), ch(["org", "local", "net"]), path)
    if chance(0.45):
        ctx.tags.add("slack-markup")
        return [["<" + url + "|" + ch(["policy", "link", "here", "the doc", path.split("/")[-1]]) + ">", None, True, False]]
    return [[url, None, True, False]]


def v_asset():
    return ch(["BME-%s" % digits(6), "asset %s" % digits(5), "tag %s-%s" % (digits(2), digits(5)),
               "bme %s" % digits(5), "AT%s" % digits(6)])


def v_mention():
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "<@U" + "".join(ch(a) for _ in range(R.randint(8, 10))) + ">"


EMOJI = [":pray:", ":coffee:", "🙏", "😩", "😴", ":rotating_light:", "🚨", "👍", ":thumbsup:", "☕",
         "💀", "🙃", ":eyes:", "😬", "🥲", ":sob:", "✅", ":white_check_mark:", "🤞", ":zzz:", "👀",
         ":hospital:", "🍕", ":facepalm:", "😅"]


def v_kidage():
    return ch(["%dyo" % R.randint(2, 17), "%dmo" % R.randint(2, 23), "%d y/o" % R.randint(2, 17),
               "%dwk" % R.randint(1, 10), "%d day old" % R.randint(1, 6), "%d yr old" % R.randint(2, 17)])


MISC = {
    "bed": v_bed, "room": v_room, "time": v_time, "ext": v_ext, "pager": v_pager,
    "ticket": v_ticket, "po": v_po, "invno": v_invno, "ver": v_ver, "npi": fmt_npi, "cpt": v_cpt,
    "icd": v_icd, "facaddr": v_facaddr, "zoom": v_zoom, "asset": v_asset, "kidage": v_kidage,
    "unit": lambda: ch(UNITS), "dx": lambda: ch(DX), "drug": lambda: ch(DRUGS),
    "dose": lambda: ch(DOSES), "lab": lambda: ch(LABS), "vitals": lambda: ch(VITALS),
    "proc": lambda: ch(PROCS), "vendor": lambda: ch(VENDORS), "payer": lambda: ch(PAYERS),
    "ltc": lambda: ch(LTCS), "fac": lambda: ch(FACILITIES), "site": lambda: rand_town()[0].lower(),
    "mtg": fmt_mtgdate, "n": lambda: str(R.randint(1, 9)), "nn": lambda: str(R.randint(10, 40)),
    "census": lambda: "%d/%d" % (R.randint(14, 32), R.randint(28, 36)),
    "pct": lambda: "%d%%" % R.randint(8, 97), "money": lambda: "$%d.%02d" % (R.randint(12, 4800), R.randint(0, 99)),
    "last4": lambda: digits(4), "exp": lambda: "%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)),
    "covend": fmt_hdate, "lapse": fmt_hdate, "grp": lambda: ch(["00", ""]) + digits(R.randint(4, 6)),
    "age": lambda: str(R.randint(19, 89)), "temp": lambda: ch(["38.9", "39.4", "101.8", "38.3", "40.1", "102.6"]),
    "caseno": lambda: "%s-%s" % (digits(2), digits(5)), "gest": lambda: str(R.randint(24, 41)),
}
MISC_TAGS = {"ext": ["ext"], "pager": ["ext"], "ticket": ["ticket"], "po": ["po"], "invno": ["po", "money"],
             "ver": ["version"], "npi": ["npi"], "cpt": ["cpt"], "icd": ["icd"],
             "facaddr": ["facility-address", "zip-like"], "zoom": ["calendar"], "mtg": ["calendar"],
             "money": ["money"], "last4": ["money"], "exp": ["money"], "asset": ["asset"]}


# ----------------------------------------------------------------------------- people
KIND = {"P": "pt", "Q": "pt", "K": "pt", "H": "pt", "R": "rel", "M": "rel", "D": "rel",
        "G": "rel", "S": "staff", "T": "staff", "U": "staff", "E": "exec", "V": "vendor"}
REL_F = ["daughter", "wife", "sister", "niece", "mother", "granddaughter", "poa", "guardian",
         "partner", "dtr", "stepdaughter", "aunt", "girlfriend", "hcp"]
REL_M = ["son", "husband", "brother", "nephew", "father", "grandson", "poa", "guardian", "partner",
         "stepson", "uncle", "boyfriend", "hcp"]


class Person:
    def __init__(self, key, ctx):
        self.key = key
        self.kind = KIND[key[0]]
        k = key[0]
        if k == "M":
            self.sex = "F"
        elif k == "D":
            self.sex = "M"
        else:
            self.sex = ch("FM")
        self.first = ch(GIVEN_F if self.sex == "F" else GIVEN_M)
        if chance(0.04):  # unisex / crossover
            self.first = ch(["pat", "jordan", "sky", "river", "jesse", "drew", "kai", "jean", "kelly", "noor"])
        last = None
        pt = ctx.people.get("P")
        if self.kind == "rel" and pt is not None and chance(0.6 if k in "MDG" else 0.5):
            last = pt.last
        while last is None or (last in ctx.used_last and self.kind != "rel"):
            last = ch(WORD_SURNAMES) if chance(0.33) else ch(SURNAMES)
        ctx.used_last.add(last)
        self.last = last
        self.mi = ch(UP)
        self.cache = {}
        if k == "M":
            self.relw = ch(["mom", "mother", "mum", "mom", "ma"])
        elif k == "D":
            self.relw = ch(["dad", "father", "dad", "stepdad"])
        elif k == "G":
            self.relw = ch(["grandma", "grandmother", "nana"] if self.sex == "F" else ["grandpa", "grandfather", "papa"])
        else:
            self.relw = ch(REL_F if self.sex == "F" else REL_M)

    @property
    def phi(self):
        return self.kind in ("pt", "rel")

    def F(self):
        return natcase(self.first)

    def Lst(self):
        return natcase(self.last)

    def get(self, attr, ctx):
        t = "NAME" if self.phi else None
        if attr in self.cache and attr not in ("name",):
            return [list(s) for s in self.cache[attr]]
        segs = None
        if attr == "full":
            mid = ""
            if chance(0.15):
                mid = " " + self.mi + ch([".", ""])
            segs = [[self.F() + mid + " " + self.Lst(), t, False, False]]
        elif attr == "first":
            segs = [[self.F(), t, False, False]]
        elif attr == "fl":
            segs = [[self.F() + " " + self.Lst(), t, False, False]]
        elif attr == "lfi":
            segs = [[self.Lst() + ", " + self.F(), t, False, False]]
        elif attr == "last":
            segs = [[self.Lst(), t, False, False]]
        elif attr == "inv":
            v = self.Lst() + "," + ch([" ", "", " "]) + self.F() + (" " + self.mi if chance(0.4) else "")
            raw = chance(0.5)
            if raw:
                v = v.upper()
            segs = [[v, t, raw, False]]
        elif attr == "name":
            return self.get(ch(["full", "full", "last", "last", "first", "inv"]), ctx)
        elif attr == "fam":
            ln = self.Lst()
            suf = "es" if re.search(r"(s|x|z|ch|sh)$", ln) else "s"
            segs = [["the ", None, False, False], [ln, t, False, False], [suf, None, False, False]]
        elif attr == "nick":
            nk = ch(NICKS.get(self.first, GENERIC_NICKS))
            full = self.F() + " " + self.Lst()
            form = R.randint(0, 3)
            if form == 0:
                segs = [[full, t, False, False], [" (", None, False, False], [nk, t, False, False], [")", None, False, False]]
            elif form == 1:
                segs = [[full, t, False, False], [", goes by ", None, False, False], [nk, t, False, False]]
            elif form == 2:
                segs = [[full, t, False, False], [' aka "', None, False, False], [nk, t, False, False], ['"', None, False, False]]
            else:
                segs = [[full, t, False, False], [" - prefers ", None, False, False], [nk, t, False, False]]
        elif attr == "he":
            segs = [[("she" if self.sex == "F" else "he"), None, False, False]]
        elif attr == "his":
            segs = [[("her" if self.sex == "F" else "his"), None, False, False]]
        elif attr == "him":
            segs = [[("her" if self.sex == "F" else "him"), None, False, False]]
        elif attr == "mr":
            segs = [[ch(["mrs.", "ms.", "mrs", "ms", "miss"] if self.sex == "F" else ["mr.", "mr", "mr."]), None, False, False]]
        elif attr == "sx":
            segs = [[("f" if self.sex == "F" else "m"), None, False, False]]
        elif attr == "age":
            segs = [[str(R.randint(19, 89)), None, False, False]]
        elif attr in ("old", "oldn"):
            n = R.randint(90, 106) if chance(0.8) else R.randint(90, 94)
            if attr == "old" and chance(0.18):
                v = spelled_age(n)
                ctx.tags.add("evasion")
            else:
                v = str(n)
            segs = [[v, "AGE", False, False]]
            ctx.tags.add("age")
        elif attr == "rel":
            segs = [[self.relw, None, False, False]]
        elif attr == "dea":
            segs = [[fmt_dea(self.last), "LICENSE_NUMBER", False, False]]
        elif attr == "email":
            segs = email_segs(fmt_semail(self.first, self.last, ch(VENDORS) if self.kind == "vendor" else None)
                              if not self.phi else fmt_email(self.first, self.last), ctx, biz=not self.phi)
        else:
            raise KeyError(attr)
        self.cache[attr] = [list(s) for s in segs]
        return segs


def email_segs(e, ctx, biz=False, link=None):
    if link is None:
        link = chance(0.25)
    if not link and chance(0.08):
        ctx.tags.add("evasion")
        return [[obf_email(e), "EMAIL", True, biz]]
    if link:
        ctx.tags.add("slack-markup")
        if chance(0.75):
            return [["<mailto:", None, True, False], [e, "EMAIL", True, biz], ["|", None, True, False],
                    [e, "EMAIL", True, biz], [">", None, True, False]]
        return [["<mailto:", None, True, False], [e, "EMAIL", True, biz],
                ["|" + ch(["email", "her email", "this", "link"]) + ">", None, True, False]]
    return [[e, "EMAIL", True, biz]]


def phone_segs(ctx, biz=False, ext=False, link=None):
    v = fmt_phone(ext=ext)
    if link is None:
        link = chance(0.15)
    if link:
        ctx.tags.add("slack-markup")
        dg = re.sub(r"\D", "", v.split(" ext")[0].split(" x")[0].split(",")[0])
        if len(dg) == 10:
            dg = "1" + dg
        tv = "+" + dg if len(dg) == 11 else dg
        if chance(0.8):
            return [["<tel:", None, True, False], [tv, "PHONE", True, biz], ["|", None, True, False],
                    [v, "PHONE", True, biz], [">", None, True, False]]
        return [["<tel:", None, True, False], [tv, "PHONE", True, biz], ["|" + ch(["call", "cell", "phone"]) + ">", None, True, False]]
    return [[obf_num(v, ctx), "PHONE", False, biz]]


def town_seg(ctx):
    return [[rand_town()[0], "ADDRESS", False, False]]


def purl_segs(ctx):
    pt = ctx.person("P")
    sysn = ch(SYSNAMES)
    h = handle(pt.first) + handle(pt.last)
    url = ch([
        "https://mychart.%s.org/MyChart/visit?pid=%s" % (sysn, digits(8)),
        "https://www.caringbridge.org/site/%s" % h,
        "https://telehealth.%s.org/join/pt-%s-%s" % (sysn, digits(5), handle(pt.last)),
        "http://portal.%s.org/pt/%s" % (sysn, digits(8)),
        "https://www.gofundme.com/f/help-%s-%s-recover" % (handle(pt.first), handle(pt.last)),
        "https://visit.%s.org/v/%s?name=%s" % (sysn, digits(6), handle(pt.last)),
        "https://mychart.%s.org/open/appt/%s%s" % (sysn, ch(UP), digits(7)),
    ])
    if chance(0.35):
        ctx.tags.add("slack-markup")
        if chance(0.5):
            return [["<", None, True, False], [url, "URL", True, False], ["|", None, True, False], [url, "URL", True, False], [">", None, True, False]]
        return [["<", None, True, False], [url, "URL", True, False], ["|" + ch(["portal link", "link", "her page", "his page", "update page"]) + ">", None, True, False]]
    return [[url, "URL", True, False]]


def S(v, t, raw=False, biz=False):
    return [[v, t, raw, biz]]


def maybe_md(segs, ctx):
    """Occasionally wrap a single PHI value in Slack bold / code markup."""
    if len(segs) == 1 and segs[0][1] and not segs[0][2] and chance(0.05):
        m = ch(["*", "`", "_"])
        ctx.tags.add("slack-markup")
        return [[m, None, True, False], segs[0], [m, None, True, False]]
    return segs


PHI_SLOTS = {
    "dob": lambda c: S(obf_fw(fmt_dob(), c, 0.04), "DATE"),
    "kdob": lambda c: S(obf_fw(fmt_dob(2008, 2025), c, 0.04), "DATE"),
    "odob": lambda c: S(obf_fw(fmt_dob(1918, 1945), c, 0.04), "DATE"),
    "date": lambda c: S(fmt_hdate(), "DATE"),
    "phone": lambda c: phone_segs(c),
    "tel": lambda c: phone_segs(c, link=True),
    "sphone": lambda c: phone_segs(c, biz=True),
    "sphonex": lambda c: phone_segs(c, biz=True, ext=True, link=False),
    "stel": lambda c: phone_segs(c, biz=True, link=True),
    "email": lambda c: email_segs(fmt_email(), c),
    "mailto": lambda c: email_segs(fmt_email(), c, link=True),
    "ssn": lambda c: S(obf_num(fmt_ssn(), c, 0.14), "SSN"),
    "mrn": lambda c: S(obf_num(fmt_mrn(), c, 0.1), "MRN"),
    "hpid": lambda c: S(obf_num(fmt_hpid(), c, 0.06), "HEALTH_PLAN_ID"),
    "mbi": lambda c: S(fmt_mbi(), "HEALTH_PLAN_ID"),
    "mcaid": lambda c: S(fmt_mcaid(), "HEALTH_PLAN_ID"),
    "acct": lambda c: S(obf_num(fmt_acct(), c, 0.06), "ACCOUNT_NUMBER"),
    "bank": lambda c: S(fmt_bank(), "ACCOUNT_NUMBER"),
    "dl": lambda c: S(fmt_dl(), "LICENSE_NUMBER"),
    "slic": lambda c: S(fmt_slic(), "LICENSE_NUMBER"),
    "plate": lambda c: S(fmt_plate(), "VEHICLE_ID"),
    "vin": lambda c: S(fmt_vin(), "VEHICLE_ID"),
    "devsn": lambda c: S(fmt_devsn(), "DEVICE_ID"),
    "purl": purl_segs,
    "ip": lambda c: S(fmt_ip(), "IP_ADDRESS"),
    "addr": lambda c: S(fmt_full_addr(), "ADDRESS"),
    "street": lambda c: S(fmt_pobox() if chance(0.08) else fmt_street(with_type=chance(0.85)), "ADDRESS"),
    "town": town_seg,
    "zip": lambda c: S(fmt_zip(rand_town()[2]), "ADDRESS"),
    "cc": lambda c: S(obf_num(fmt_cc(), c, 0.08), "CREDIT_CARD"),
    "old": lambda c: c.person("K").get("old", c),
}


class Ctx:
    def __init__(self):
        self.people = {}
        self.tags = set()
        self.used_last = set()

    def person(self, key):
        if key not in self.people:
            if KIND[key[0]] == "rel" and "P" not in self.people:
                self.person("P")
            self.people[key] = Person(key, self)
        return self.people[key]


SLOT_RE = re.compile(r"\{([^{}]+)\}")
CHOICE_RE = re.compile(r"\[([^\[\]]*)\]")


def render(tpl, ctx):
    tpl = re.sub(r"\{([A-Z]\d?)\.first\} \{\1\.last\}", r"{\1.fl}", tpl)
    tpl = re.sub(r"\{([A-Z]\d?)\.last\}, \{\1\.first\}", r"{\1.lfi}", tpl)
    while True:
        m = CHOICE_RE.search(tpl)
        if not m:
            break
        tpl = tpl[:m.start()] + ch(m.group(1).split("|")) + tpl[m.end():]
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None, False, False])
        segs.extend(slot(m.group(1), ctx))
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None, False, False])
    return segs


def slot(name, ctx):
    m = re.fullmatch(r"([A-Z]\d?)\.(\w+)", name)
    if m:
        p = ctx.person(m.group(1))
        if p.kind == "exec":
            ctx.tags.add("exec-name")
        return maybe_md(p.get(m.group(2), ctx), ctx)
    if name in PHI_SLOTS:
        return maybe_md(PHI_SLOTS[name](ctx), ctx)
    if name == "mention":
        ctx.tags.add("slack-markup")
        return [[v_mention(), None, True, False]]
    if name == "intranet":
        return v_intranet(ctx)
    if name == "emoji":
        ctx.tags.add("emoji")
        return [[ch(EMOJI), None, True, False]]
    if name in MISC:
        v = MISC[name]()
        ctx.tags.update(MISC_TAGS.get(name, []))
        if name == "facaddr" and not re.search(r"\d{5}", v):
            ctx.tags.discard("zip-like")
        if name == "zoom" and v.startswith("http"):
            return [[v, None, True, False]]
        return [[v, None, False, False]]
    raise KeyError("unknown slot " + name)


# ----------------------------------------------------------------------------- frames with PHI
# one frame a line: template  ## tags.   [a|b] = pick one, {slot} = value, \n = newline
PHI_FRAMES_SRC = r"""
{P.last} in {bed} [is back again|back for the 3rd time this wk|bounced back], {dx}. anyone know {P.his} baseline?
ed holding {P.full} for {unit} {bed}, [ready once evs is done|waiting on a clean bed|bed assigned]
triage: {P.full}, dob {dob}, {dx}, esi [2|3]  ## structured
{P.inv}   mrn {mrn}   -> {unit} {bed}  ## structured
{P.last} [eloped|left ama|walked out] from [pod b|hallway 6|fast track] at {time}, security aware. home # {phone}
pd brought in {P.first} {P.last}, no id, says {P.he} lives in {town}
ems: {P.oldn} y/o {P.sx} from [{ltc}|home], {dx}, [dnr|full code|dnr/dni]
{P.mr} {P.last}'s {R.rel} {R.first} [keeps calling the desk|called 4x already], cb {phone}
can someone call {R.rel} {R.full} at {tel} re {P.last} in {bed}
ed {bed} is {P.full}, [vip|board member's dad|local news anchor], no info to callers pls  ## vip
intox pt in {bed}, friend says first name {P.first}, last name maybe {P.last}? {vitals}
registration can't find {P.full}, try dob {dob} or ssn {ssn}  ## records
{P.full} (dob {dob}) was seen here {date} for the same thing
ed to icu: {P.last}, {P.age}{P.sx}, {dx}, {vitals}. {R.rel} {R.first} at bedside
traumas x2: {P.last} in {bed} and {Q.last} in {bed}, both mvc. {Q.last}'s car is plate {plate}
sane rn needed for {P.first} in {bed}, pt asking for female staff only
{P.full} dropped off by {R.rel} {R.full}, {R.rel} left # {phone}
{P.last} in {bed} wants a [taxi voucher|cab voucher] home to {addr}
sw: {P.full} [homeless|couch surfing], last address {street} in {town}
{bed} {P.last} [wants|is asking for] [a work note|a note for work] dated {date}
micu {bed} {P.last}: {vitals}, on {dose}. {R.rel} {R.first} wants a call after {time}
{P.last} [extubated|self-extubated] at {time}, [on 4L nc|on bipap], {P.his} {R.rel} is [here|on the way]
family mtg for {P.full} [tmrw|at 1000], [{R.rel}|hcp] {R.full} coming in
hcp for {P.last} is {R.full}, {tel}
[brain death exam|apnea test] #2 on {P.full} at {time}, neds [notified|aware]
{P.last} {bed}: {lab}, {lab}, paged {S.last}
pacer interrogated on {P.last}, [medtronic|boston sci|abbott] sn {devsn}, [no events|af burden up]
{P.inv} expired {date} at {time}, [morgue aware|funeral home called|{R.rel} {R.first} notified]
cvc placed on {P.last} {date}, line day {n}
lvad pt {P.full}: controller sn {devsn}, [flows ok|low flow alarm x2]
sicu {bed} {P.first} {P.last}: pod {n} from [whipple|ex lap|cabg] on {date}
{P.full} ({P.old} y/o) now [dnr|comfort care] per {R.rel}, moving to {bed}
{P.last} on [levo at 8|vaso .04], map 58. {R.rel} {R.first} [on the way|called from the car] {phone}
ecmo pt {P.last}, [perfusion|ecmo spec] {S.first} at bedside all night
{P.last} in {bed} fell at {time}, [no injury|small lac l brow], [ct neg|ct pending]. fall date {date} for the [report|rl6]
{P.last} pulled [piv|ng|dobhoff] again, [mitts on|sitter requested]
{P.full} wants to leave ama, lives alone at {addr}
{P.last} {bed} [cbg 42|bg 38] gave juice, recheck 88
new admit {P.inv}, {P.age}{P.sx}, {dx}, from ed. mrn {mrn}  ## structured
{P.first} in {bed} [keeps asking|won't stop asking] for {P.his} {R.rel} {R.first}, can we call {phone}
d/c in am: {P.last} {bed}, ride is {R.rel}, plate {plate} for valet
pharm says {P.last}'s home med list from {R.rel} doesn't match, call {R.first} at {phone}
{P.last} in {bed} is {P.old} and [very hoh|hoh], hearing aid sn {devsn} in the drawer
wound vac on {P.full}, [kci|3m] unit sn {devsn}, [leak alarm|alarming]
insulin pump pt {P.last} {bed}: [tandem|omnipod|medtronic 780g] sn {devsn}, {P.he} manages own
cgm on {P.last}: [dexcom g7|libre 3] sensor {devsn} placed {date}
{P.full}'s {R.rel} says {P.he} was [admitted here|at {fac}] {date}
ok to give {dose} to {P.last} in {bed}? allergy list says [pcn|sulfa|codeine]
iso: {P.last} {bed} [c diff|mrsa|vre|cre] +, [sign on door|cart outside]
{P.last} and {Q.last} in {room} [roommates fighting|both sundowning], can we split them
{P.first} {P.last} dob {dob}, still need 2nd id check before transfusion
picu {bed}: {P.first} {P.last}, {kidage}, {dx}. {M.rel} {M.first} [staying|sleeping in rm]
{P.first} in {bed} ({kidage}) refuses po, ng plan. {D.rel} {D.full} asking for attending
dcf involved for {P.first} {P.last}, only {M.full} on the visitor list
nicu: baby [boy|girl] {P.last}, born {date} at {time}, {gest}wk
{P.fam} twins in {bed}a/b, [both on hfnc|both rsv+]
peds pt {P.first}, dob {kdob}, [school|daycare] called asking, we said no info
custody issue on {P.full}, {D.full} is NOT on the list, security has a photo
{P.first} {P.last} [tonsillectomy|appy] on {date}, [bleeding|oozing] at {time}, ent paged
peds {bed}: [kawasaki|dka|bronchiolitis] workup on {P.first}, {M.first} wants results tonight
l&d triage: {P.full} g{n}p{n} {gest}wk, {dx}
{P.last} in {bed} [delivered|svd] at {time} on {date}, baby [boy|girl], apgars 8/9
{P.first} {P.last} edd {date}, [on mag|pre-e labs pending]
fob {D.full} not allowed per {P.first}, [security aware|pt has a 209a]
c/s for {P.last} at {time}, consent signed, [husband|partner] {D.first} going back
pph {P.last} {bed}, qbl [1200|1500], [2u prbc|txa given]
{P.full} wants no info released, confidential pt. mrn {mrn}
lactation for {P.last} in {bed} after 0600 pls
bhu: {P.last} {bed} [on 1:1|q15], si w/ plan. {R.rel} {R.first} dropped off clothes
section 12 on {P.full}, dob {dob}, [awaiting bed|bed search started]
{P.first} [yelling|agitated] in {bed}, {dose} given at {time}
{P.last} says {P.he} lives at {street} but [that's a shelter|that's the shelter on {site}]
elopement risk: {P.full}, drives a [gray|blue|red] [civic|camry|f-150] plate {plate}
{P.last}'s guardian {R.full} [approved|declined] the [haldol|prn], call {phone}
bhu intake {P.inv}, ssn {ssn} to verify [insurance|masshealth]
{P.first} wants a call to {P.his} {R.rel}, ok per md, # is {phone}
ltc {room}: {P.mr} {P.last} ({P.old}) [sundowning|up all night], prn given
{P.last} turns {P.old} [tmrw|on friday], {R.rel} bringing cake
ltc admit {P.full}, dob {odob}, medicare mbi {mbi}  ## structured
{P.mr} {P.last} [found on floor|slid out of chair] at {time}, [no injury|skin tear], {R.rel} {R.first} notified {phone}
hospice visit for {P.full} at {time}, rn {S.first} from [vna|hospice of the valley]
{P.last} in {room} [hearing aids|dentures] missing again, says {R.rel} took them home
ltc: {P.first} {P.last}, {P.oldn} yo, [pna|uti], [sending to ed|keeping here on abx]
registration: {P.full} member id {hpid}, group {grp}  ## structured
masshealth # {mcaid} for {P.last} in {bed}, [pending|verified]
{P.last} has {payer} {hpid}, coverage [termed|ends] {covend}
HAR {acct} for {P.full}, missing guarantor
guarantor for {P.last} is {R.full}, acct {acct}
{P.last} wants to pay the copay w/ card {cc} exp {exp}  ## money
pt's {R.rel} sent the living will from {email}
records request: {P.full}, dob {dob}, fax to {phone}  ## records
pls fax {P.last}'s med list to [cvs|walgreens|rite aid] {phone}
portal link for {P.last}: {purl}
{R.rel} made an update page for {P.first}: {purl}
{P.first}'s {R.rel} wants updates emailed to {mailto}
{P.last} {bed}: dl {dl} in the valuables bag, security has it
valuables for {P.full}: wallet, [visa|debit card] {cc}, [$42|$18] cash, keys
tele box {n} on {P.last} dropped off, ip {ip}
pump on {P.last} not talking to epic, gateway ip {ip}
my cell tonight {sphone}, {S.first}  ## business-contact
covering for {S.first} tonight, reach me at {stel}  ## business-contact
{S.first} from bed board email is {S.email}  ## business-contact
{vendor} rep {V.full} {sphone}, on call for the [beds|pumps] tonight  ## business-contact
house sup cell {sphone}, pager {pager}  ## business-contact
new pharmacy fax {sphone}, [not the old one|old one is dead]  ## business-contact
send the staffing grid to {S.email} by {time}  ## business-contact
main line for {fac} transfer center {sphonex}  ## business-contact
dr {S.last}'s dea {S.dea} is wrong on the script, pharmacy holding  ## credentialing
{S.first}'s rn license {slic} [lapses|lapsed] {lapse}, staffing says can't work  ## credentialing
agency rn {S.full}, license {slic}, [verified|pending verification]  ## credentialing
unit card for the pizza: {cc} exp {exp}, [$86|$112]  ## money
locum dr {S.last}, npi {npi}, dea {S.dea}  ## credentialing
{H.full} ([4w|5n|pacu] rn) got a needlestick at {time}, employee health following, src pt {P.last} {bed}  ## employee-health
our [tech|unit clerk|pct] {H.first} {H.last} is being admitted to {unit} {bed} tonight, keep it quiet  ## employee-health
{H.first} from [evs|transport] fell in the stairwell {date}, declined ed eval  ## employee-health
{bed} {P.last} - {dx}, {lab}, recheck at {time}  ## handoff
*{bed}* {P.last}: {vitals}; {dose} at {time}  ## handoff
{P.last} ({bed}) npo p mn for {proc} {date}
{bed}: {P.first} {P.last} | {P.age}{P.sx} | {dx} | {R.rel} {R.first} {phone}  ## structured
pt: {P.full}\ndob: {dob}\nmrn: {mrn}\ndx: {dx}  ## structured
`{P.inv}` {mrn} {unit}-{bed}  ## structured
name {P.full}\naddr {addr}\nph {phone}\nins {hpid}  ## structured
{P.last}, {P.first} - dob {dob} - acct {acct}  ## structured
dr {S.last} paged for {P.last} in {bed}, no call back yet
{S.first} [has|took] {P.last} and {Q.last} tonight
{S.last} wants to hold {P.last}'s {drug} till am
{P.last} keeps asking for dr {S.last} by name
{S.first}, {P.last} in {bed} is asking for you
hey {mention} can you take {P.last} in {bed}? {S.first} is in a rapid
{P.last} in {bed} is {P.old} and still sharp as a tack
{P.oldn}yo [f|m] in {bed}, [dnr|dnr/dni], {dx}
happy bday {P.mr} {P.last} in {room}, {P.old} today!! {emoji}
{P.last} needs f/u with [gi|cards|pcp] by {date}, appt not made yet
{bed} is {P.nick}, pls use the nickname, {P.he} gets upset otherwise
{P.nick} in {bed}, {P.he} [gets confused at night|is hoh], talk slow
{P.mr} {P.last} in {bed} [asking|wants to know] when {P.his} {R.rel} is coming, {R.first} said {time}
*rapid* {bed} {P.last}, {vitals}
{P.last} vs {Q.last}, which one is in {bed}? [armbands|wristbands] don't match
two {P.last}s on the unit tonight!! [{bed}|one in {bed}] and [{bed}|one in {bed}], name alert
{P.last} in {bed} has the same name as the one in {bed} ({P.first} {P.last}), check dob {dob}
code blue {bed}, {P.full}, [rosc at {time}|ongoing]
{P.last} [bit|swung at] {S.first} at {time}, [security called|code grey]
{P.inv}\n{dob}\n{mrn}  ## structured
pt {P.first} states {P.his} ssn is {ssn}  ## records
{P.last} [wants|asked for] {P.his} [records|discharge summary] sent to {email}  ## records
{P.full} lives at {street}, {town}, with {R.rel} {R.first}
{P.last} goes home to {town} tmrw, vna set up
{P.full} [transfer from|came from] {fac}, pt from {town}, {R.rel} {R.first} [lives nearby|on the way]
{P.last} {bed} zip {zip} for the [cab|uber health] voucher
{R.rel} {R.full} at bedside overnight for {P.last}, ok per charge
{P.last}'s {R.rel} {R.first} is at the desk yelling, [security on the way|sup aware]
visitor {G.full} says {G.he} is {P.last}'s {G.rel}, not on the list
{P.first} {P.last} {P.age}{P.sx} adm {date} {dx}  ## handoff
*{P.last}* rm {room} // {dx} // {R.rel} {R.first} {phone}
{bed} - {P.last} - {P.oldn}yo - {dx} - full code
{P.last} ({P.old}) in {bed}, [fall risk|bed alarm on], pls round
{P.mr} {P.last} in {bed} says {P.his} birthday is {odob} but chart says otherwise
who has {P.last}? {P.his} {R.rel} is on line 2
{unit} {bed} {P.full} acct {acct}, billing needs [verbal consent|signature]
{P.last} [asked|wants] us to call {P.his} {R.rel} {R.first} at work, {sphonex}
{P.last} is a [dialysis|hd] pt, tue/thur/sat at the {site} unit, last run {date}
{P.first} {P.last} - {dx} - adm {date} - exp d/c {date}  ## handoff
stat ct for {P.last} {bed}, mrn {mrn}, transport [called|on the way]
{P.last} (dob {dob}) [glucose|bg] 38 at {time}, d50 given
[hey|fyi] {P.full} in {bed} is [a|an] [ex-employee|retired nurse from 5n], be nice lol
{P.first} [throwing up|vomiting] in {bed}, {dose}, {M.rel} {M.full} wants [peds gi|the attending]
{M.full} [requesting|wants] a cot for {P.first}'s room, {bed}
baby {P.last} [d/c|discharged] {date}, car seat check done, dad {D.first} driving plate {plate}
{P.first} {P.last} ({kidage}) [rsv+|flu a+], {M.rel} {M.first} also sick, mask pls
{P.last} g{n} {gest}wk [contracting q3|srom at {time}], [on the monitor|cat 1]
{P.full} ob pt, [support person|doula] {R.full} at bedside
new [bhu|psych] admit {P.first} {P.last}, [pink paper|section 12] signed {date}
{P.last} {bed} on q15, {R.rel} {R.first} may visit 1900-2000 only
{P.mr} {P.last} on ltc wants to call {P.his} {R.rel} {R.first}, # on file {tel}
{P.last} on 2 north, {P.old}, [sleeping|up wandering], {R.rel} visits every sat
ltc resident {P.full} (dob {odob}) [out on pass|back from pass] w/ {R.rel}
{P.first} ({P.old}) [refused|spit out] meds again, [np|md] aware
{P.last}'s {R.rel} left the car in the ed bay, plate {plate}, security wants it moved
valet has {P.full}'s car, vin {vin}, {R.rel} picking up in am
biomed: pt-owned [cpap|bipap] for {P.last} {bed}, sn {devsn}, needs a safety check before use
remote monitoring can't reach {P.last}'s home [hub|monitor] at {ip}
telesitter cam in {bed} ({P.last}) is on {ip}, [keeps dropping|frozen]
{P.fl} video visit link {purl}, {R.rel} joining from home
{R.rel} {R.first} paid {P.last}'s pharmacy copay w/ {cc}  ## money
refund for {P.last} goes to bank acct {bank}  ## money
{P.last} ssn {ssn} doesn't match what registration has, they're coming up at {time}
{P.full} says someone used {P.his} ssn {ssn}, wants to talk to pfs
{P.last} implant card: [icd|pacer|vns] sn {devsn}, mri not cleared
{P.last} in {bed}: dl {dl}, zip on the license is {zip}
{P.last}'s {R.rel} is at {addr} if we need to send anything
ems brought {P.full} from {street}, {R.rel} bringing meds in am
{P.last} {bed} wants {P.his} mail forwarded to {addr}
"""

# ----------------------------------------------------------------------------- frames without PHI
CLEAN_FRAMES_SRC = r"""
ed census {nn}, {n} boarders, [no diversion|on diversion till {time}]  ## census
{n} [rigs|ambulances] incoming, eta [5|10] min
pod b bed {bed} needs a [sitter|tech]
{nn} in the waiting room, [longest wait 3h|{n} lwbs so far]
trauma bay restocked, level 1 [checked|ready]
psych boarder in {bed} [day 3|going on 40h], bhu has no beds
who has the [portable|bladder scanner]? need it in {bed}
ct down till {time}, ticket {ticket}  ## ticket
tracking board [frozen|lagging] again, {ticket}  ## ticket
{age}yo [m|f] in {bed} w/ [cp|sob|ams], [ekg done|trop pending]
rapid in {bed}, {vitals}
call bell in {bed} [keeps going off|won't reset], engineering {ticket}
kidney stone in {bed}, strain all urine pls
bell's palsy vs cva in {bed}, [neuro on the way|code stroke called]
wolff-parkinson-white on the strip in {bed}, cards aware
ed charge tonight is {S.first}, {ext}  ## ext
dr {S.last} covering the ed till {time}, then dr {T.last}
micu full, {n} pending from ed, {n} to step-down in am  ## census
swan in {bed} [placed|floated], ci [2.1|1.9]
art line in {bed} [dampened|positional], flushed and fine now
{bed} on {dose}, map 65 now
{lab} in {bed}, rechecking at {time}
cushing's triad in {bed}?? neurosurg paged
kussmaul breathing in {bed}, dka protocol, {dose}
cheyne-stokes in {bed}, [family aware|comfort care]
who's the intensivist tonight, dr {S.last} or dr {T.last}?
crrt circuit clotted in {bed}, new kit from cs
vent in {bed} alarming, rt {S.first} at bedside
apnea test policy updated, see {intranet}
{n} icu rns floated to 5n, grid updated
prone team needed in {bed} at {time}
5n census {census}, {n} d/c in am, {n} admits from ed  ## census
fall in {bed}, no injury, post fall huddle at {time}
{bed} pulled piv, iv team {ext}  ## ext
can someone grab a [bari bed|stryker bed|hover mat] for {bed}
pyxis on {unit} down, pharmacy {ext}, ticket {ticket}  ## ext ticket
{dose} due in {bed} at {time}, pharmacy still hasn't verified
frank blood in the foley in {bed}, [cbi running|uro paged]
sharp [l|r] sided cp in {bed}, ekg nsr, trop sent
murphy's sign + in {bed}, ruq us ordered
homans sign? nobody does that anymore lol, get a duplex on {bed}
fever rose to {temp} in {bed}, blood cx x2 sent
may need a sitter in {bed}, [pulling lines|climbing oob]
pat dry and reapply the mepilex on {bed} pls
mark the time pls, strict i&o in {bed}
[will do thx|on it now|ok will do|k, on it]
silver sulfadiazine to the burns in {bed} q shift, [in pyxis|pharmacy sending]
[green|brown|rusty] sputum in {bed}, cx sent, rt aware
{n} pts on 5n over 90 tonight, fall bundle for all  ## age-aggregate
avg age on 6w tonight is [71|74], {n} pts over 85  ## age-aggregate
protein-rich supplement for {bed} per dietitian, [ensure|boost] tid
picu {census}, [rsv|flu] surge, {n} on hfnc  ## census
{bed} ({kidage}) finally asleep, parents went home to shower
kawasaki workup in {bed}, echo in am
moro reflex present on the 34 wker in {bed}
little guy in {bed} ate a whole popsicle, so much for npo lol
child life left stickers at the desk {emoji}  ## emoji
weight-based reminder: {dose}, double check the kg
therapy dog coming [thurs|wed] at 1800, peds playroom
car seat test at 0600 for {bed}
l&d {census}, {n} laboring, {n} inductions at 0600  ## census
bishop score 8 in {bed}, ok to start pit
apgars 8/9 in {room}, baby to mother-baby
[mag|pit] running in {bed}, {dose}
pph cart restocked, txa back in the fridge
cat ii tracing in {bed}, dr {S.last} at bedside
nst on {bed} reactive, ok to go home per [md|cnm]
ob hospitalist tonight is dr {S.last}, vocera {ext}  ## ext
bhu {census}, {n} on 1:1, rest q15  ## census
code grey on bhu hallway, resolved at {time}
{bed} refusing meds, {dose} prn given at {time}
contraband sweep done {time}, [nothing found|1 lighter found]
bhu waitlist {n}, no beds statewide
psych np {S.first} on call till {time}, pager {pager}  ## ext
seclusion room {room} needs evs
ltc {census}, all asleep, {n} prns given  ## census
{room} sundowning again, redirected, melatonin given
church choir came at 1900, residents loved it
hoyer lift on 2 north battery dead, ticket {ticket}  ## ticket
{n} residents over 90 on 2 north, flu shots done  ## age-aggregate
fall rounding at {time}, {n} bed alarms on
staff meeting {mtg} in the [4w|5n] conf rm, [pizza|bagels]  ## calendar
skills fair {mtg}, sign up by {mtg}  ## calendar
self-scheduling [opens|closes] {mtg}  ## calendar
[restraint|sitter|falls] policy effective {mtg}, {intranet}  ## calendar
cno {E.full} rounding [tonight|at {time}], heads up  ## exec-name
{E.full} ([vp nursing|vp ops|cmo]) wants the [falls|clabsi|cauti] data by {mtg}  ## exec-name calendar
[pharmacy|lab] ext is {ext}, not {ext}  ## ext
house sup pager {pager}, or vocera "house sup"  ## ext
po {po} for the new bladder scanners [approved|still pending]  ## po
invoice {invno} from {vendor} [paid|disputed], {money}  ## po money
ticket {ticket}: [pyxis|omnicell] drawer 3 jammed  ## ticket
{vendor} tech {V.full} [on site|coming at {time}] for the [beds|pumps]
[alaris|sigma] pumps updated to {ver}, drug library {ver}  ## version
epic upgrade {mtg} 0100-0500, downtime forms in the red binder  ## calendar version
new urgent care at {facaddr} opens {mtg}
shuttle now leaves from {facaddr}
coding wants {icd} not {icd} for [sepsis|chf]  ## icd
cpt {cpt} vs {cpt} for the crit care time  ## cpt
dr {S.last}'s npi is {npi} for the order set  ## npi
reminder: no mrns in slack, use secure chat  ## mrn-topic hipaa
new epic build pads mrns to 10 digits, old labels still 8  ## mrn-topic
fyi registration doesn't collect ssn at the bedside anymore  ## ssn-topic
hipaa module due {mtg}, {pct} of 5n done  ## hipaa calendar
pizza for nights on the unit card ending {last4}, {money}  ## money
huddle link {zoom}  ## calendar
nursing council {mtg} {time}, {zoom}  ## calendar
pump {asset} broken, tagged and sent to biomed
{S.first} swapped with {T.first} for sat night
thx {S.first}!! saved my night {emoji}
{S.first} is charge tonight, {T.first} has the tele pts
welcome {S.full} to [4w|5n|picu|l&d] nights! [new grad|traveler]
transport pager {pager}, ask for {S.first}  ## ext
bed board says {n} beds open, {n} dirty
dr {S.last} giving [grand rounds|m&m] {mtg}  ## calendar
the {vendor} contract renews {mtg}, supply chain reviewing  ## calendar
hunter green scrubs for techs starting {mtg}
frost on the ambulance bay again, security salting
hope tonight stays quiet {emoji}
grace period on badge renewals ends {mtg}  ## calendar
lamb or chicken for the potluck? sign up sheet on the fridge
long night. short staffed. send coffee
ice storm, king st entrance closed, use the west door
a bird got into the atrium again, facilities aware
[stryker|hill-rom] beds on 6e need firmware {ver}  ## version
gold standard is still the bladder scan per the educator
cash only at the vending tonight, card reader down
{n} pts over 90 on the unit tonight, all on bed alarms  ## age-aggregate
{pct} of our admits this month were over 85  ## age-aggregate
90-day readmit rate down to [11%|12%]
{n} of our pts are 90+, pharmacy wants beers list review  ## age-aggregate
{vendor} rep {V.first} dropped off [loaner pumps|sample dressings]
dr {S.last} [wants|said] to hold the {drug} in {bed} till am
{S.first} can you cover {bed} while i eat
who's got {bed}? call light
charge is {S.first} tonight, sup is {T.full}
{bed} and {bed} both need 2 assist to turn, anyone free at {time}
pt in {bed} [wants|asking for] a [sandwich|ginger ale], kitchen closed
{unit} needs a float at {time}
[rrt|rapid response] called to {unit} {bed}, resolved
evs pager {pager} for the iso clean in {room}
the [little|big] pyxis on {unit} is out of {drug}
lab says the [hemolyzed|clotted] sample from {bed} needs a redraw
rt {S.first} says the bipap in {bed} is leaking, new mask
{age}yo in {bed} w/ {dx}, [tele|sitter] ordered
{age} [m|f] in {bed}, {dx}, [on {dose}|npo], [stable|watching]
{bed}: {vitals}, {dose} given, md aware
dose check: {dose} ok in {bed}? pharmacy says fine
meds for {bed} due at {time} still in the tube system
census {census} after {n} d/c, {n} still pending  ## census
trauma activation cancelled, pt [diverted|went to {fac}]
{unit} to {unit} transfer at {time} for {bed}
{S.first} and {T.first} on break till {time}
anyone know the ext for ir? {S.first} said {ext}  ## ext
epic is slow again, is it just me? {emoji}
[downtime|unplanned downtime] started {time}, paper mar for now
vocera badges on {unit} not charging, ticket {ticket}  ## ticket
night shift ot approved for {mtg} by {E.full}  ## exec-name calendar
{E.first} {E.last} (cfo) [town hall|budget forum] {mtg}, {zoom}  ## exec-name calendar
foundation gala {mtg} at {facaddr}, tix from {E.full}'s office  ## exec-name calendar
board of trustees visiting {unit} {mtg}, chair {E.full}  ## exec-name calendar
[budget|fy27 budget] for {unit} due q3, ask {E.first}  ## exec-name
{S.full} won the daisy award!! {emoji}
{S.first} {S.last} retiring after 32 yrs, party {mtg} in the cafe  ## calendar
dr {S.last} wants all [foleys|central lines] on {unit} reviewed {mtg}
pharmacist {S.first} says [vanc troughs|levels] go to the {time} lab run
version check: vocera app {ver}, epic rover {ver}  ## version
icu {census}, {n} on pressors, {n} vented  ## census
[cms|joint commission] survey window opens {mtg}, clean up the med rooms  ## calendar
{pct} hand hygiene compliance on {unit} last month
[fire drill|code red drill] at {time} on {unit}, {mtg}  ## calendar
parking garage at {facaddr} closed for repaving {mtg}  ## calendar
new linen vendor {vendor} starts {mtg}  ## calendar
[sbar|handoff] template updated, see {intranet}
who ordered {n} boxes of the [large|small] gloves lol
{unit} {bed}: [blood|gold top] needs redraw, lab says [qns|hemolyzed]
po {po} and po {po} both for the [recliners|ivac pumps], [received|backordered]  ## po
{vendor} invoice {invno} needs a cost center, use {grp}  ## po
icd {icd} keeps getting kicked back, use {icd}  ## icd
cpt {cpt} added to the [crit care|procedure] note template  ## cpt
new hospitalist dr {S.last}, npi {npi}, credentialed {mtg}  ## npi calendar
[wound clinic|anticoag clinic] moved to {facaddr}
[outpt lab|imaging] at {facaddr} closed {mtg}  ## calendar
order set {ver} goes live {mtg}  ## version calendar
{S.first} ext {ext}, pager {pager} if you need {S.him} tonight  ## ext
90-day falls report for {unit} is on the shared drive
{E.full} says the {unit} renovation starts {mtg}  ## exec-name calendar
donor wall unveiling {mtg}, thank you to the {V.last} family foundation  ## calendar
{n} admits over 90 this wk, all got geri consults  ## age-aggregate
"""

# ----------------------------------------------------------------------------- pieces for composed messages
HANDOFF_PHI_ITEMS = r"""
{bed} {X.last} - {dx}, {lab}
{bed} {X.last}: {dose} due {time}
{bed} {X.last} ({X.age}{X.sx}) {dx}, [stable|watch bp|soft bp]
{bed} {X.last} {X.oldn}yo, dnr, {dx}
{bed} {X.first} {X.last} npo mn for {proc}
{X.last} {bed} - [fall risk|bed alarm|sitter] - {dx}
{bed} {X.inv} adm {date} {dx}
{bed} {X.last} d/c in am, ride arranged
{bed} {X.last} {vitals}
*{bed}* {X.last} // {dx} // [full code|dnr]
{bed} {X.last}, {dx}, {lab}
"""

HANDOFF_CLEAN_ITEMS = r"""
{bed} - {dx}, {vitals}
{bed} empty, [dirty|clean]
{bed} d/c in am
{bed} pending admit from ed
{bed} {age}yo {dx}, stable
{bed} on {dose}
{bed} {lab}, repleting
{bed} sitter, 1:1
{bed} comfort care, family at bedside
{bed} npo mn for {proc}
*{bed}* {dx} // {sx} {age} // full code
"""

HANDOFF_HEADERS = ["handoff {unit} nights:", "*{unit} 1900 handoff*", "sbar list", "pts for {S.first}:",
                   "my pts tonight", "{unit} board @ {time}", "list for the sup:", "tele pts", "watchers:",
                   "HANDOFF", "{S.first} taking these:", "to oncoming:"]

REPLIES_CLEAN = r"""
on it
done
thx
ok
will let {S.first} know
paged dr {S.last}
who's covering?
{S.first} has it
already called, {ext}
lol same
copy
ty!!
done, in the chart
can't, in a rapid in {bed}
see {intranet}
is that the {dx} in {bed}?
on my way {emoji}
dr {S.last} said ok
sent to pharmacy
"""

REPLIES_PHI = r"""
is that {P.last} in {bed}?
{P.last}'s {R.rel} just called again
{P.last} or {Q.last}?
i have {P.last}, going now
dob {dob}? want to make sure it's the right pt
{R.rel}'s # is {phone}
mrn {mrn}
{P.first}? on it
called {R.rel} {R.first}, no answer
{P.last} was here {date} too
{P.last} is {P.old}, be gentle
wasn't {P.last} the one from {town}?
"""

KV_PHI_FIELDS = [
    (["name", "pt", "patient", "pt name", "NAME"], ["{P.full}", "{P.inv}", "{P.full}"]),
    (["dob", "DOB", "d.o.b.", "birthdate"], ["{dob}"]),
    (["mrn", "MRN", "mr#", "med rec #", "chart #"], ["{mrn}"]),
    (["har", "acct", "account #", "HAR"], ["{acct}"]),
    (["phone", "cell", "home ph", "ph"], ["{phone}"]),
    (["address", "addr", "home"], ["{addr}"]),
    (["ins", "insurance", "member id", "subscriber id"], ["{hpid}", "{payer} {hpid}"]),
    (["ec", "emergency contact", "next of kin", "nok"], ["{R.full} ({R.rel}) {phone}", "{R.first} {phone}"]),
    (["pcp"], ["dr {S.last}", "{S.full}"]),
    (["attending"], ["dr {T.last}"]),
    (["room", "bed", "loc"], ["{unit} {bed}", "{bed}"]),
    (["dx", "adm dx", "reason"], ["{dx}"]),
    (["allergies", "all"], ["[nkda|pcn|sulfa, latex]"]),
    (["code", "code status"], ["[full|dnr/dni|dnr]"]),
    (["age"], ["{P.age}", "{P.oldn}"]),
    (["admit", "adm date", "admitted"], ["{date}"]),
    (["ssn", "SSN"], ["{ssn}"]),
    (["medicare", "mbi"], ["{mbi}"]),
]
KV_CLEAN_FIELDS = [
    (["unit"], ["{unit}"]), (["census"], ["{census}"]), (["charge"], ["{S.first}", "{S.full}"]),
    (["sup", "house sup"], ["{T.full}", "{T.first}"]), (["ext", "charge phone"], ["{ext}"]),
    (["admits pending", "pending"], ["{n}"]), (["d/c", "discharges"], ["{n}"]),
    (["sitters", "1:1s"], ["{n}"]), (["ticket", "open ticket"], ["{ticket}"]),
    (["float", "floats"], ["{S2.first}"]), (["pyxis"], ["[down|ok|drawer 3 stuck]"]),
    (["huddle"], ["{time}"]), (["staff mtg"], ["{mtg}"]), (["pts over 90"], ["{n}"]),
]


def parse_src(src):
    out = []
    for line in src.strip("\n").split("\n"):
        if not line.strip():
            continue
        tags = []
        if "  ## " in line:
            line, t = line.split("  ## ", 1)
            tags = t.split()
        out.append((line.rstrip().replace("\\n", "\n"), tags))
    return out


PHI_FRAMES = parse_src(PHI_FRAMES_SRC)
CLEAN_FRAMES = parse_src(CLEAN_FRAMES_SRC)
H_PHI = parse_src(HANDOFF_PHI_ITEMS)
H_CLEAN = parse_src(HANDOFF_CLEAN_ITEMS)
RE_CLEAN = parse_src(REPLIES_CLEAN)
RE_PHI = parse_src(REPLIES_PHI)
MISC["sx"] = lambda: ch("mf")
KIND["S"] = "staff"


def seg_has_span(segs):
    return any(s[1] for s in segs)


def T(text):
    return [[text, None, False, False]]


# ----------------------------------------------------------------------------- composers
class Deck:
    def __init__(self, items):
        self.items = list(items)
        self.pool = []

    def draw(self):
        if not self.pool:
            self.pool = list(self.items)
            R.shuffle(self.pool)
        return self.pool.pop()


DECKS = {}


def deck(name, items):
    if name not in DECKS:
        DECKS[name] = Deck(items)
    return DECKS[name].draw()


def from_frame(ctx, phi):
    tpl, tags = deck("phi" if phi else "clean", PHI_FRAMES if phi else CLEAN_FRAMES)
    ctx.tags.update(tags)
    ctx.frame = tpl
    return render(tpl, ctx)


def quote(segs):
    out = [["> ", None, False, False]]
    for s in segs:
        if s[1] is None and "\n" in s[0]:
            out.append([s[0].replace("\n", "\n> "), None, s[2], False])
        else:
            out.append(s)
    return out


def compose_thread(ctx, phi):
    ctx.tags.add("thread")
    if phi:
        mode = ch(["qphi", "rphi", "both"])
        q = render(deck("phi", PHI_FRAMES)[0], ctx) if mode != "rphi" else render(deck("clean", CLEAN_FRAMES)[0], ctx)
        r = render(deck("rephi", RE_PHI)[0], ctx) if mode != "qphi" else render(deck("reclean", RE_CLEAN)[0], ctx)
    else:
        q = render(deck("clean", CLEAN_FRAMES)[0], ctx)
        r = render(deck("reclean", RE_CLEAN)[0], ctx)
    return quote(q) + T("\n") + r


def compose_handoff(ctx, phi):
    ctx.tags.update(["handoff", "multiline"])
    n = R.randint(2, 6)
    items = []
    keys = ["P", "Q", "K", "P2", "Q2", "K2"]
    nphi = R.randint(1, max(1, n - 1)) if phi else 0
    kinds = [True] * nphi + [False] * (n - nphi)
    R.shuffle(kinds)
    bullet = ch(["- ", "• ", "* ", "", "1. ", "> "])
    used = []
    for i, k in enumerate(kinds):
        if k:
            tpl = deck("hphi", H_PHI)[0].replace("X.", keys[i] + ".")
        else:
            tpl = deck("hclean", H_CLEAN)[0]
            while any(tpl == u for u in used):
                tpl = ch(H_CLEAN)[0]
            used.append(tpl)
        b = bullet if bullet != "1. " else "%d. " % (i + 1)
        items.append(T(b) + render(tpl, ctx))
    segs = render(ch(HANDOFF_HEADERS), ctx) + T("\n")
    for i, it in enumerate(items):
        segs += it + (T("\n") if i < len(items) - 1 else [])
    return segs


def compose_kv(ctx, phi):
    ctx.tags.update(["structured", "multiline"])
    if phi:
        fields = [KV_PHI_FIELDS[0]] + R.sample(KV_PHI_FIELDS[1:], R.randint(2, 6))
        R.shuffle(fields)
        if chance(0.5):  # name usually first
            fields.sort(key=lambda f: f[0][0] not in ("name",))
    else:
        fields = R.sample(KV_CLEAN_FIELDS, R.randint(3, 6))
    sep = ch([": ", ": ", ":", " - ", " = ", ":  "])
    fence = chance(0.3)
    head = ch(["", "", "pasting from epic:\n", "fyi\n", "for the sup\n", "pls add to the board\n", "{S.first} here\n"])
    segs = render(head, ctx) if head else []
    if fence:
        segs += [["```", None, True, False], ["\n", None, False, False]] if chance(0.5) else [["```", None, True, False]]
        ctx.tags.add("slack-markup")
    for i, (labels, vals) in enumerate(fields):
        lab = ch(labels)
        if chance(0.2):
            lab = lab.upper()
        segs += T(lab + sep) + render(ch(vals), ctx)
        if i < len(fields) - 1:
            segs += T(ch(["\n", "\n", " | "]) if not fence else "\n")
    if fence:
        segs += [["```", None, True, False]]
    return segs


def compose_census(ctx, phi):
    ctx.tags.add("census")
    parts = ["{unit} {census}", "{n} d/c", "{n} admits"]
    if phi:
        parts[2] = ch(["{n} admits ({bed} {P.last}, {bed} {Q.last})", "admits: {P.last} {bed}, {Q.last} {bed}",
                       "{n} admits, {P.last} from ed to {bed}"])
    if chance(0.5):
        parts.append(ch(["sitters {bed}, {bed}", "{n} iso", "{n} pts over 90", "{n} on 1:1", "ltc placements {n}"]))
    if phi and chance(0.3):
        parts.append(ch(["watcher: {P.last} ({P.oldn})", "dnr: {P.last}"]))
    if chance(0.3):
        rest = parts[1:]
        R.shuffle(rest)
        parts = parts[:1] + rest
    sep = ch([" | ", ", ", " / ", " - ", "\n"])
    return render(sep.join(parts), ctx)


COMPOSERS = {"frame": from_frame, "thread": compose_thread, "handoff": compose_handoff,
             "kv": compose_kv, "census": compose_census}


# ----------------------------------------------------------------------------- surface variation
COMMON_TYPOS = {"the": "teh", "patient": "patinet", "pressure": "presure", "because": "becuase",
                "tonight": "tonite", "with": "wiht", "family": "famly", "daughter": "daugther",
                "sister": "sistr", "please": "plz", "though": "tho", "again": "agian",
                "calling": "callign", "asking": "askign", "wants": "wnats", "still": "stil",
                "transfer": "tranfser", "security": "secruity", "pharmacy": "pharamcy",
                "before": "befor", "tomorrow": "tomorow", "there": "thier", "their": "there",
                "says": "sez", "waiting": "wating", "bedside": "bedisde", "called": "caled"}


def typo_word(w):
    lw = w.lower()
    if lw in COMMON_TYPOS and chance(0.6):
        return COMMON_TYPOS[lw]
    i = R.randint(1, len(w) - 2)
    op = R.randint(0, 3)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    kb = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y", "l": "k"}
    return w[:i] + kb.get(w[i], w[i]) + w[i + 1:]


def apply_typos(segs, ctx):
    cands = [k for k, s in enumerate(segs) if not s[1] and not s[2] and re.search(r"[A-Za-z]{4,}", s[0])]
    if not cands:
        return
    for _ in range(R.randint(1, 2)):
        k = ch(cands)
        ms = list(re.finditer(r"[A-Za-z]{4,}", segs[k][0]))
        if not ms:
            continue
        m = ch(ms)
        t = segs[k][0]
        segs[k][0] = t[:m.start()] + typo_word(m.group(0)) + t[m.end():]
    ctx.tags.add("typo")
    names = [s for s in segs if s[1] == "NAME" and not s[2] and len(s[0]) >= 5 and s[0].isalpha()]
    if names and chance(0.2):
        s = ch(names)
        s[0] = typo_word(s[0])


PREFIXES = ["charge: ", "sup here - ", "rt: ", "pharm: ", "from the ed: ", "{S.first} here, ", "night sup: ",
            "nocs: ", "[{unit}] ", "re {bed}: ", "fyi ", "FYI - ", "quick q: ", "ugh ", "pls ", "update: ",
            "tele: ", "bed board: ", "ob: ", "bhu: ", "ltc: ", "*urgent* "]


def decorate(segs, ctx):
    quoted = segs and segs[0][0].startswith("> ")
    if chance(0.1) and not quoted:
        segs[:0] = render(ch(PREFIXES), ctx)
    if chance(0.12) and not quoted:
        ctx.tags.add("slack-markup")
        m = ch([v_mention(), v_mention(), "<!here>", "<!channel>"])
        segs[:0] = [[m, None, True, False], [ch([" ", " ", ": ", " - "]), None, False, False]]
    if chance(0.1):
        ctx.tags.add("emoji")
        segs.append([ch([" ", " ", "  "]) + ch(EMOJI), None, True, False])
    if chance(0.1):
        apply_typos(segs, ctx)
    r = R.random()
    if r < 0.62:
        style = "lower"
    elif r < 0.84:
        style = "natural"
    elif r < 0.93:
        style = "sentence"
    else:
        style = "caps"
    for s in segs:
        if s[2]:
            continue
        if style == "lower":
            s[0] = s[0].lower()
        elif style == "caps":
            s[0] = s[0].upper()
    if style == "sentence":
        for s in segs:
            if s[0]:
                if not s[2] and s[0][0].isalpha():
                    s[0] = s[0][0].upper() + s[0][1:]
                break
    text = "".join(s[0] for s in segs)
    if style == "lower" and re.search(r"[a-z]", text):
        ctx.tags.add("lowercase")
    if style == "caps":
        ctx.tags.add("allcaps")
    # trailing punctuation variety
    if chance(0.15) and segs and not segs[-1][1] and not segs[-1][2]:
        segs.append([ch(["!", "!!", "?", "...", " ty", " thx", " asap", "."]), None, False, False])
    return segs


# ----------------------------------------------------------------------------- checking and output
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan", "ACCOUNT_NUMBER": "account",
            "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
            "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}


def offsets_ok(segs):
    text = "".join(s[0] for s in segs)
    b = text.encode("utf-8")
    off = 0
    want = []
    for s in segs:
        n = len(s[0].encode("utf-8"))
        if s[1]:
            if n == 0 or s[0] != s[0].strip() and s[0].strip() == "":
                return False
            want.append((off, s[0].encode("utf-8")))
        off += n
    pos = 0
    for start, v in want:
        i = b.find(v, pos)
        if i != start:
            return False
        pos = i + len(v)
    return True


def finish(segs, ctx, mid):
    spans = [{"type": s[1], "value": s[0]} for s in segs if s[1]]
    text = "".join(s[0] for s in segs)
    tags = set(ctx.tags)
    for sp in spans:
        tags.add(TYPE_TAG[sp["type"]])
    if spans and all(s[3] for s in segs if s[1]):
        tags.add("business-contact")
    else:
        tags.discard("business-contact")
    if "\n" in text:
        tags.add("multiline")
    if re.search(r"<@U|<!here>|<!channel>|<mailto:|<tel:|<https?://|```|`[^`]+`|\*[^*\n]+\*", text):
        tags.add("slack-markup")
    tags.discard("phi")
    tags.discard("clean")
    if not spans:
        for t in list(TYPE_TAG.values()):
            tags.discard(t)
    tags = (["phi"] if spans else ["clean"]) + sorted(tags)
    return {"id": mid, "text": text, "spans": spans, "tags": tags}


CLEAN_LOOKALIKE = re.compile(r"@[a-z0-9-]+\.(com|org|net)|\b\d{3}-\d{2}-\d{4}\b|\b\d{3}[-.) ]\s?\d{3}[-. ]\d{4}\b")


def make(phi, seen):
    for _ in range(200):
        ctx = Ctx()
        if phi:
            kind = R.choices(["frame", "thread", "handoff", "kv", "census"], [78, 7, 7, 6, 2])[0]
        else:
            kind = R.choices(["frame", "thread", "handoff", "kv", "census"], [84, 6, 5, 2, 3])[0]
        segs = COMPOSERS[kind](ctx, phi)
        if not phi and seg_has_span(segs):
            raise RuntimeError("clean composer produced a span: %r" % "".join(s[0] for s in segs))
        if phi and not seg_has_span(segs):
            continue
        segs = decorate(segs, ctx)
        if not offsets_ok(segs):
            continue
        text = "".join(s[0] for s in segs)
        if text.count("\n") > 5 or len(text.split()) < 3:
            continue
        if text in seen:
            continue
        if not phi and CLEAN_LOOKALIKE.search(text):
            raise RuntimeError("clean message looks like it holds PHI: %r" % text)
        seen.add(text)
        return segs, ctx
    raise RuntimeError("could not build a message")


def main():
    n_clean = int(round(N_MESSAGES * CLEAN_SHARE))
    plan = [False] * n_clean + [True] * (N_MESSAGES - n_clean)
    R.shuffle(plan)
    seen = set()
    out = []
    for i, phi in enumerate(plan, 1):
        segs, ctx = make(phi, seen)
        out.append(finish(segs, ctx, "gk%04d" % i))
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_frames = len(PHI_FRAMES) + len(CLEAN_FRAMES)
    extra = len(H_PHI) + len(H_CLEAN) + len(RE_PHI) + len(RE_CLEAN)
    distinct = len(set(t for t, _ in PHI_FRAMES + CLEAN_FRAMES + H_PHI + H_CLEAN + RE_PHI + RE_CLEAN))
    print("wrote %d messages (%d clean) to %s" % (len(out), sum(1 for r in out if not r["spans"]), OUT))
    print("frames: %d message frames (%d with PHI, %d clean) + %d handoff-item/reply frames; %d distinct in all"
          % (n_frames, len(PHI_FRAMES), len(CLEAN_FRAMES), extra, distinct))


if __name__ == "__main__":
    main()
