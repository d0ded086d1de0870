#!/usr/bin/env python3
"""Labelled message generator for a PHI guard: home-health & hospice agency Slack.

Writes /work/corpora/out/generated_hl.jsonl: 700 messages (hl0001..hl0700),
385 with PHI and 315 clean, in the raw checker format
  {"id":..,"text":..,"spans":[{"type":..,"value":..}],"tags":[..]}
Standard library only, fixed seed 5171, byte-identical output on every run.

Messages are assembled from pieces (literal text, labelled values, unlabelled
values, markup).  Lower-casing and keyboard slips are applied per piece BEFORE
span values are read off, so every value is exactly what the text contains.
Each message is then checked the way check_phi_corpus.py matches spans (byte
find, left to right) and must land on the intended offsets; otherwise it is
re-sampled.
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 5171
OUT = "/work/corpora/out/generated_hl.jsonl"
N_TOTAL = 700
N_PHI = 385  # 55 %

# --------------------------------------------------------------------------
# value pools (all invented for this corpus)
# --------------------------------------------------------------------------
PT_FIRST_F = ["Margaret", "Doris", "Beatrice", "Agnes", "Mildred", "Eleanor", "Florence",
              "Irene", "Ruth", "Gloria", "Josefina", "Esperanza", "Guadalupe", "Dolores",
              "Yolanda", "Marisol", "Halina", "Jadwiga", "Stanisława", "Eleni", "Panagiota",
              "Carmela", "Annunziata", "Siobhán", "Bridget", "Mairead", "Soon-ja", "Keiko",
              "Mei-Ling", "Xiulan", "Thi Lan", "Huong", "Phuong", "Sreymom", "Chantrea",
              "Adaeze", "Abena", "Fatou", "Ayesha", "Farida", "Zeynep", "Leilani", "Malia",
              "Ingrid", "Astrid", "Zoë", "Renée", "Hélène", "Inés", "Wanda", "Lucinda",
              "Alberta", "Theresa", "Philomena", "Bernadette", "Evangeline", "Oksana",
              "Svetlana", "Rukhsana"]
PT_FIRST_M = ["Walter", "Eugene", "Harold", "Bernard", "Clarence", "Leonard", "Stanley",
              "Francis", "Ignacio", "Aurelio", "Reinaldo", "Raúl", "Joaquín", "José", "Tomasz",
              "Wojciech", "Kazimierz", "Dimitrios", "Konstantinos", "Giuseppe", "Ottavio",
              "Padraig", "Seamus", "Hyun-woo", "Hiroshi", "Takeshi", "Jianhua", "Wei", "Thanh",
              "Duc", "Sokhom", "Chinedu", "Kwame", "Mamadou", "Tariq", "Yusuf", "Haruto",
              "Kalani", "Sven", "Björn", "André", "Gérard", "Lucien", "Armand", "Alphonse",
              "Virgil", "Cornelius", "Horace", "Ezekiel", "Mordecai", "Anatoly", "Ravi",
              "Gurdeep", "Emeka"]
NICK = {"Margaret": ["Peggy", "Maggie"], "Eleanor": ["Ellie", "Nell"], "Bernard": ["Bernie"],
        "Francis": ["Frank", "Frankie"], "Leonard": ["Lenny"], "Stanley": ["Stan"],
        "Eugene": ["Gene"], "Harold": ["Hal"], "Dolores": ["Lola"], "Josefina": ["Pepa"],
        "Giuseppe": ["Pino", "Joe"], "Carmela": ["Millie"], "Dimitrios": ["Jimmy"],
        "Konstantinos": ["Gus", "Kostas"], "Wojciech": ["Wojtek"], "Kazimierz": ["Kaz"],
        "Theresa": ["Tess", "Terry"], "Philomena": ["Minnie"], "Bernadette": ["Bernie"],
        "Mildred": ["Millie"], "Ignacio": ["Nacho"], "José": ["Pepe"], "Hyun-woo": ["Henry"],
        "Thanh": ["Tommy"], "Jianhua": ["James"], "Beatrice": ["Bea"], "Florence": ["Flo"],
        "Walter": ["Wally"], "Cornelius": ["Neil"], "Alphonse": ["Fonzie"],
        "Annunziata": ["Nancy"], "Guadalupe": ["Lupe"], "Evangeline": ["Vangie"]}
PT_LAST = ["Nguyen", "Tran", "Pham", "Kowalski", "Wiśniewski", "Nowak", "Papadopoulos",
           "Karagiannis", "Esposito", "Russo", "DeLuca", "O'Neil", "Fitzgerald", "Brannigan",
           "McCaffrey", "Okafor", "Adeyemi", "Mensah", "Boateng", "Diallo", "Ndiaye", "Haddad",
           "Khoury", "Rahman", "Chowdhury", "Iyer", "Subramanian", "Kim", "Park", "Choi",
           "Yamamoto", "Tanaka", "Chen", "Wong", "Huang", "Sokolov", "Kovács", "Horváth",
           "Svoboda", "Lindqvist", "Bergström", "Dubois", "Lefèvre", "Girard", "Gagnon",
           "Tremblay", "Ouellette", "Thibodeau", "Cormier", "Fenwick", "Hargreaves", "Pettibone",
           "Whitcomb", "Abernathy", "Goldberg", "Rosenthal", "Medeiros", "Carvalho", "Furtado",
           "Pimentel", "Rodrigues", "Ortiz", "Delgado", "Castillo", "Villanueva", "Figueroa",
           "Acevedo", "Reyes", "Kealoha", "Mahoney", "Dunleavy", "Begay", "Yazzie", "Tsosie",
           "Young", "Bishop", "Rivers", "Mills", "Sandoval", "Szymański", "Lombardi",
           "Quintanilla", "Bouchard", "Mwangi", "Otieno", "Hakimi", "Shapiro", "Ibrahim"]
REL_F = ["Linh", "Carla", "Denise", "Kathleen", "Maribel", "Tamika", "Shannon", "Ewa",
         "Katarzyna", "Sofia", "Mariana", "Aoife", "Chidinma", "Amara", "Jasmine", "Roxanne",
         "Hye-jin", "Yuna", "Deepika", "Rosalind", "Charmaine", "Lourdes", "Ximena", "Gwen",
         "Tracy", "Noor", "Ileana", "Marguerite", "Solveig", "Dina"]
REL_M = ["Minh", "Tony", "Kevin", "Dariusz", "Marek", "Nikos", "Paulo", "Ricardo", "Liam",
         "Declan", "Obinna", "Kofi", "Ibrahima", "Samir", "Arjun", "Jae-won", "Kenji", "Wen",
         "Pierre", "Mateo", "Diego", "Rashad", "Travis", "Dmitri", "Lars", "Gary", "Dwayne",
         "Curtis", "Efraín", "Bogdan"]
REL_ROLES = [("daughter", "F"), ("daughter", "F"), ("son", "M"), ("son", "M"), ("spouse", None),
             ("niece", "F"), ("nephew", "M"), ("granddaughter", "F"), ("grandson", "M"),
             ("sister", "F"), ("brother", "M"), ("daughter-in-law", "F"), ("neighbor", None),
             ("HCP", None), ("POA", None)]
# staff: intake coordinators, visiting nurses, aides, scheduler (never labelled)
STAFF = [("Kayla", "Brennan", "F"), ("Tasha", "Greene", "F"), ("Priya", "Venkat", "F"),
         ("Jenn", "Costa", "F"), ("Luis", "Ferreira", "M"), ("Megan", "Doyle", "F"),
         ("DeShawn", "Pierce", "M"), ("Thuy", "Vo", "F"), ("Beth", "Sullivan", "F"),
         ("Carolyn", "Ames", "F"), ("Omar", "Saleh", "M"), ("Kelsey", "Dube", "F"),
         ("Rachel", "Levesque", "F"), ("Rob", "Haskell", "M"), ("Gabby", "Morales", "F"),
         ("Ifeoma", "Nwosu", "F"), ("Yuki", "Mori", "F"), ("Paula", "Santos", "F"),
         ("Mike", "Dwyer", "M"), ("Lynn", "Caron", "F"), ("Brianna", "Tate", "F"),
         ("Hector", "Quiñones", "M"), ("Samantha", "Roy", "F"), ("Jamal", "Whitfield", "M"),
         ("Colleen", "Murphy", "F"), ("Erin", "Dacey", "F"), ("Marisa", "Benoit", "F"),
         ("Nkechi", "Okoro", "F"), ("Victor", "Lam", "M"), ("Heather", "Poirier", "F")]
DOCS = ["Feld", "Marchetti", "Okonjo", "Patel", "Lindahl", "Ashworth", "Banerjee", "Coutu",
        "Sorensen", "Ferraro", "Nakamura", "Greenbaum"]
EXECS = [("Deborah", "Kline", "CEO"), ("Raymond", "Castellano", "CFO"),
         ("Janice", "Whitford", "CNO"), ("Martin", "Albrecht", "COO"),
         ("Grace", "Adebayo", "VP of Clinical Ops"), ("Simone", "Laurent", "Director of Hospice")]
BOARD = ["Harriet Ostrowski", "Charles Whitney III", "Ellen Markham", "Vincent Amato",
         "Judith Cobb", "Charlotte Pryce-Jones"]
DONORS = ["the Carlisle Family Foundation", "the Amato family", "Rotary Club of Andover",
          "the Pike Fund", "Enterprise Bank"]
VENDORS = [("Medline", "medline.com"), ("McKesson", "mckesson.com"), ("Apria", "apria.com"),
           ("Lincare", "lincare.com"), ("AdaptHealth", "adapthealth.com"),
           ("Cardinal Health", "cardinalhealth.com"), ("Stericycle", "stericycle.com"),
           ("Enterprise Fleet", "efleets.com")]
VREPS = [("Greg", "Tolman"), ("Stacy", "Vint"), ("Dez", "Hollis"), ("Nina", "Castagna"),
         ("Ron", "Belliveau"), ("Trish", "Ahern"), ("Josh", "Kaplan"), ("Maura", "Keane")]
HOSPITALS = ["Lowell General", "Holy Family", "Anna Jaques", "Lawrence General", "Mass General",
             "Beth Israel Lahey", "Tufts MC", "Exeter Hospital", "Parkland Medical Center"]
FUNERAL = ["Farrell Funeral Home", "Conte Funeral Home", "Kirk & Sons", "Paris Funeral Home",
           "Pollard Memorial"]
LAWFIRMS = ["Pruitt & Vance LLP", "Morrissey Law", "Dolan Hartigan PC"]
OFFICE_TOWNS = ["Lowell", "Haverhill", "Lawrence", "Andover", "Methuen", "Newburyport"]
FACADDR = ["360 Merrimack St, Lawrence MA 01843", "2 Dundee Park Dr, Andover MA 01810",
           "55 Technology Dr, Lowell MA 01851", "12 Brickstone Sq, Andover MA 01810",
           "4 Federal Way, Newburyport MA 01950", "100 Cummings Ctr Suite 310, Beverly MA 01915"]
FACILITIES = ["the hospice house", "the Lowell office", "the Haverhill office",
              "the Andover training room", "the Lawrence office", "the Methuen office"]
TOWNS = [("Dracut", "MA", ["01826"]), ("Methuen", "MA", ["01844"]),
         ("Haverhill", "MA", ["01830", "01832", "01835"]),
         ("Lowell", "MA", ["01850", "01851", "01852", "01854"]),
         ("Lawrence", "MA", ["01840", "01841", "01843"]), ("Andover", "MA", ["01810"]),
         ("Tewksbury", "MA", ["01876"]), ("Chelmsford", "MA", ["01824"]),
         ("Billerica", "MA", ["01821"]), ("Amesbury", "MA", ["01913"]),
         ("Newburyport", "MA", ["01950"]), ("Salisbury", "MA", ["01952"]),
         ("Groveland", "MA", ["01834"]), ("Georgetown", "MA", ["01833"]),
         ("Boxford", "MA", ["01921"]), ("North Andover", "MA", ["01845"]),
         ("Westford", "MA", ["01886"]), ("Tyngsborough", "MA", ["01879"]),
         ("Merrimac", "MA", ["01860"]), ("West Newbury", "MA", ["01985"]),
         ("Pelham", "NH", ["03076"]), ("Salem", "NH", ["03079"]), ("Plaistow", "NH", ["03865"])]
STREETS = ["Tarbox Rd", "Pleasant St", "Bridge St", "Lakeview Ave", "Mammoth Rd", "Broadway",
           "Pawtucket Blvd", "Varnum Ave", "Central St", "Elm St", "Ferry Rd", "Turnpike St",
           "Sutton St", "Chase St", "Hildreth St", "Osgood St", "Lowell Blvd", "Marsh Hill Rd",
           "Jackson St", "Cross St", "Arlington St", "Water St", "Kenwood Ave", "Loon Hill Rd",
           "Old Ferry Rd", "Whittier St", "Sawyer Ave", "Prospect St", "Bradford Ave"]
DX = ["CHF", "COPD", "end-stage dementia", "ESRD", "metastatic lung ca", "CVA w/ L hemiparesis",
      "s/p L hip ORIF", "stage 3 sacral wound", "ALS", "Parkinson's", "failure to thrive",
      "DM2 w/ foot ulcer", "pancreatic ca", "CKD 4"]
MEDS = ["Lasix 40mg", "morphine 5mg SL", "lorazepam 0.5mg", "Eliquis", "insulin glargine",
        "haloperidol", "Senna", "oxycodone 5mg", "metoprolol 25mg"]
LANGS = ["Vietnamese", "Portuguese", "Spanish", "Khmer", "Haitian Creole", "Polish", "Greek",
         "Cantonese", "Arabic", "Twi", "Korean"]
SUPPLIES = ["4x4 gauze", "Mepilex Border", "chux", "size M gloves", "sharps containers",
            "Foley kits", "O2 tubing", "ostomy wafers", "briefs (L)", "barrier cream"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {9: "ninety"}
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EMOJI_TAIL = [" 🙏", " 👍", " :thumbsup:", " 😬", " ✅", " :pray:", " 🙌", " ty!! 💙"]
KEYB = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
        "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
        "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc",
        "y": "tu", "z": "x"}
STRUCT_TYPES = ("SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER",
                "VEHICLE_ID", "DEVICE_ID", "CREDIT_CARD", "IP_ADDRESS")
TODAY = datetime.date(2025, 6, 15)


def fold(s):
    """ASCII-fold a name for e-mail / URL use."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^A-Za-z]", "", s).lower()


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    return {
        "md": "%d/%d" % (m, dd),
        "mdz": "%02d/%02d" % (m, dd),
        "mdy2": "%d/%d/%02d" % (m, dd, y % 100),
        "mdy4": "%d/%d/%d" % (m, dd, y),
        "mdy4z": "%02d/%02d/%d" % (m, dd, y),
        "iso": "%d-%02d-%02d" % (y, m, dd),
        "long": "%s %d, %d" % (MONTHS[m - 1], dd, y),
        "longny": "%s %d" % (MONTHS[m - 1], dd),
        "ord": "%s %s" % (MON3[m - 1], ordinal(dd)),
        "abbr": "%s %d" % (MON3[m - 1], dd),
        "dmy": "%02d-%s-%d" % (dd, MON3[m - 1], y),
        "compact": "%02d%02d%d" % (m, dd, y),
        "dash": "%d-%d-%02d" % (m, dd, y % 100),
        "ordof": "%s of %s" % (ordinal(dd), MONTHS[m - 1]),
    }[style]


def age_words(n):
    if n >= 100:
        rest = n - 100
        return "one hundred" + ("" if rest == 0 else " and " + ONES[rest])
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


# --------------------------------------------------------------------------
# templates: PHI frames and clean frames (written for this corpus)
# slots: {entity[.attr]} or {value}; entity: pt pt2 pt3 rel relc staff staff2
# ehstaff exec board vrep doc mention ...
# --------------------------------------------------------------------------
PHI_T = [
    ("{pt.full} SOC {hdate}, DOB {dob}. Referral from {hospital}, dx {dx}. {mention} can you take the eval?", "referral"),
    ("fyi {pt.low} fell again last night, {pt.her} {rel.role} found {pt.him} on the bathroom floor. {staff.first} is going out at 2", ""),
    ("Running late, {pt.poss} dog wouldn't let me in lol 🐕 there by 10:30", "emoji"),
    ("{rel.role} {rel} called, wants a callback at {phone} re: {pt.first}'s meds", ""),
    ("*Intake*\n• Name: {pt.inv}\n• DOB: {dob}\n• Address: {addr}\n• MBI: {mbi}\n• PCP: Dr. {doc}\n• Referral: {hospital} CM", "referral"),
    ("Fwd from {staff}:\n> {pt.full}, {oldage}, died peacefully {hdate} at {clock}. Family at bedside. Funeral home: {funeral}.", ""),
    ("can someone cover {pt.last} tmrw? {staff.first} is out sick. visit is at 9, {pt.she} lives in {town}", ""),
    ("mileage question from {staff.first}: my plate is {plate}, does that go on the form or just the miles?", ""),
    ("{pt.full} switched plans: new member ID {hpid}, group {group}. Pls update before the {hdate} visit", ""),
    ("pump alarming at {pt.poss} house, CADD serial {devsn}. pharmacy is swapping it today", ""),
    ("portal link for the {pt.last} family: <{purl}|visit summary>", ""),
    ("need the SSN for {pt.full} for the MassHealth app, {pt.her} {rel.role} gave it as {ssn}", ""),
    ("HAR {har} ({pt.full}): billing says the {hdate} visit was denied. {staff.first} can you look?", ""),
    ("{mrn} / {pt.inv} / {dob}", ""),
    ("tablet for {staff} keeps dropping VPN, IP {ip}, opened {ticket}", ""),
    ("Expense report q: corporate card {cc} got charged twice by {vendor}, order {po}", ""),
    ("{vrep} from {vendor} says email {bizemail} or call {bizphone} for concentrator swaps", ""),
    ("Employee health: {ehstaff} had a needlestick {hdate}, seen at occ health, f/u labs in 6 wks", ""),
    ("DEA {dea} for Dr. {doc} is up for renewal, credentialing needs a copy by {deadline}", "credentialing"),
    ("{staff}'s RN license {rnlic} lapses {lapse}, {staff.she}'s on the schedule through July", "credentialing"),
    ("Driver's license on file for {staff.first} is {dl}, exp {lapse}. HR needs the new one", "credentialing"),
    ("{pt} turns {oldage} on {bday}!! {staff.first} is bringing cupcakes 🎂", "emoji"),
    ("hey can u check on {pt.low}? {rel.role} {rel.first} says {pt.she} hasn't eaten since {weekday}", ""),
    ("D/C'd from {hospital} {hdate}. SOC within 48h: {pt.full}, {streettown}. Gate code 4417.", "referral"),
    ("{staff.first}: who has {pt.last} this wk?\n{staff2.first}: me, Thurs\n{staff.first}: ok {pt.she} needs a supervisory visit too", ""),
    ("Reminder: IDT {mdate} 1pm, {officetown} office. Agenda:\n• {pt.full} (recert due {hdate})\n• {pt2.full}, GIP?\n• {pt3.mr} family meeting", "calendar"),
    ("VIN {vin} is the fleet Corolla {staff.first} backed into the mailbox with. Not patient related, just for the claim", ""),
    ("{pt.full} MassHealth ID {medicaid}, redetermination due, {rel.role} {rel} is handling it", ""),
    ("hearing aid left at the {pt.last} house?? serial {devsn}. bag it and bring to the office pls", ""),
    ("CGM for {pt.first}: Dexcom G7 SN {devsn}, sensor started {hdate}", ""),
    ("{pt.poss} family set up an updates page, share with the team: {famurl}", ""),
    ("{pt.her} {rel.role} read me the SSN over the phone: {ssnsp}. writing it on the face sheet for {pt.mr}", ""),
    ("{pt.invs} dob {dob}", ""),
    ("SOC at new address for {pt}: moving in with {pt.her} {relc.role} at {addr}, first visit {hdate}", ""),
    ("no answer at {pt.poss}, tried {phone}. {rel.role} {rel.first} isn't picking up either ({phone2})", ""),
    ("Email from {relc.full} <mailto:{email}|{email}>: \"{pt.parentcap} is confused again, can the nurse come {weekday}?\"", ""),
    ("pls call {rel.full} back {tel} re {pt.first}", ""),
    ("Fax the signed POC for {pt.mr} to Dr. {doc}'s office, {fax}", ""),
    ("fax POCs to {clinicfax} from now on, Dr. {doc} changed offices", ""),
    ("Aide {staff.first} reports {pt.full} ({oldage} y/o) refused bath again, {rel.role} is ok with it", ""),
    ("ssn {ssnzw} for {pt.last}, sorry for slack, fax is down", ""),
    ("call {rel.first} at {phonefw} when you're done at {pt.poss}", ""),
    ("Bereavement card to {rel.full}, {addr}. {pt.first} passed {hdate}.", ""),
    ("wound supplies for {pt.low}: {supply}, {supply2}, paper tape. drop at {street} in {town} before {weekday}", ""),
    ("*VIP* {board}'s mother, {pt.fullf}, admitted to service {hdate}. Keep it need-to-know pls", "vip exec-name"),
    ("Complaint: {rel.full} ({rel.role} of {pt.full}) says the aide was 2h late on {hdate}. Escalating to {exec}.", "complaint escalation exec-name"),
    ("*Records request* from {lawfirm} for {pt.inv}, DOB {dob}, DOS {hdate} to {hdate2}. Routing to HIM.", "records"),
    ("{vendor} needs {pt.poss} acct # {acct} before they'll deliver the O2", ""),
    ("Today's route ({staff.first}):\n1. {pt.last} - {town}\n2. {pt2.last} - {town2}\n3. {pt3.first} - {town3}\n4. lunch", ""),
    ("{pt.nick} wants the 9am slot again, {pt.she} says {staff.first} is {pt.her} favorite 😊", "emoji"),
    ("{rel.role} {rel.first} is HCP for {pt.first}; scanned the proxy into {mrn}", ""),
    ("new ref: {oldaged}{pt.sex} from {town}, {dx}, lives alone. {pt.inv} {mrn}", "referral"),
    ("pls stop texting visit notes to my personal cell {phone} 😅 use secure chat", "emoji"),
    ("monitoring hub at {pt.poss} is offline, IP {ip}. last transmission {hdate}", ""),
    ("{rel.full} ({rel.role}) does the talking, cell {phone}. {pt.first} speaks only {lang}", ""),
    ("{mention} {pt.low}, {pt2.low} and {pt3.low} still need flu shots before {deadline}", ""),
    ("Schedule change: {pt.full} moved from {hdate} to {hdate2}, {staff.first} notified the family", ""),
    ("re {pt.last}: {staff.first} says {pt.her} {rel.role} {rel.first} asked about a hospice house bed. {oldage} and declining fast", ""),
    ("anyone have the lockbox code for {pt.poss}? {street}, blue door", ""),
    ("zip for {pt.last} is {zip} not what's in HCHB", "zip-like"),
    ("DL {dl}, plate {plate}: that's {pt.poss} son, he keeps parking in the ambulance bay at the hospice house", ""),
    ("Death cert info: {pt.inv}, DOD {hdate}, DOB {dob}, SSN {ssn}, age {oldage}", ""),
    ("{mention} {ehstaff.first} from the {officetown} team is now OUR patient (post-op), SOC {hdate}. Assign someone {ehstaff.she} doesn't work with", ""),
    ("Guarantor acct for {pt.full} is {acct}; {rel.full} is the guarantor", ""),
    ("{pt.first} in {town} asked if {pt.she} can keep the hospital bed after {hdate}", ""),
    ("heads up, {pt.full} is {oldaged} not 19, typo in the referral from {hospital}", "referral"),
    ("{mrn} belongs to {pt.mid}, not {pt2.mid}. Fix the merge pls", "records"),
    ("_forwarded_\n> From: {rel.full} <{email}>\n> Subject: my {parentword}\n> Discharged {hdate}, when does nursing start?", ""),
    ("{pt.last}, {pt2.last}, {pt3.last}: all three still on O2 from {vendor}, reorder {po}", "po"),
    ("IV pump {devsn} assigned to {pt.full} through {hdate}", ""),
    ("{pt.poss} {rel.role} emailed from {emailobf} asking for the visit schedule", ""),
    ("{pt.full} (DOB {dob}) has a pacemaker, Azure XT DR, SN {devsn}. cardio wants remote checks", ""),
    ("copay for the hospital bed: {rel.first} gave card {cc}, exp {cardexp}", ""),
    ("visit note link for {staff.first} to review: {purl}", ""),
    ("ip for {pt.poss} telehealth tablet is {ipsix}, vendor ticket {ticket}", ""),
    ("Good morning all. Please note {pt.mr} ({town}) is now DNR as of {hdate}; the MOLST is in the chart. Thank you, {staff.full}", ""),
    ("1) {pt.first} {supply} delivered\n2) {pt2.last} needs recert by {hdate}\n3) {staff.first} out {mdate}", ""),
    ("*{pt.full}* is back from {hospital} ({hdate}), resume visits. {rel.role}: {rel.first}, {phone}", ""),
    ("Can you resend {pt.poss} Medicare # {mbi}? The one on the referral has a typo", ""),
    ("VIP heads-up from {exec}: {pt.full}, one of our donors, starts hospice {hdate}. Limit chart access pls", "vip exec-name"),
    ("{staff.first} left {pt.poss} house at 3:10, {miles} mi to {pt2.last} in {town}", ""),
    ("call back #s for {pt.last}: home {phone}, {rel.role} {phone2}", ""),
    ("patient {pt.invs} SSN {ssn} DOB {dob} MBI {mbi}", ""),
    ("pt DL {dl} expired, {pt.first} can't pick up the controlled meds, {rel.role} {rel.first} will", ""),
    ("CADD Solis {devsn} for {pt.last}, {med} basal, next bag change {hdate}", ""),
]

CLEAN_T = [
    ("Staff meeting {mdate} at {mtime} in the {officetown} office, {staff} presenting the new mileage policy", ""),
    ("{mention} timesheets due {deadline}, no exceptions 🙏", "emoji"),
    ("Supply order {po} from {vendor} shipped: 40 cases of gloves, invoice {inv}", ""),
    ("Help desk ticket {ticket}: tablets on {version} keep logging out. {staff.first} says reboot fixes it", ""),
    ("Our {officetown} office moved to {facaddr}, effective {mdate}", ""),
    ("IT: EMR down {mdate} 10pm to 2am for the upgrade to {version}", ""),
    ("*On call this weekend:* {staff} (RN), {staff2} (aide). Office line {ext}", ""),
    ("{exec} will join the all-staff on {mdate}. Zoom ID {zoom}", "exec-name"),
    ("Reminder: MRNs are 10 digits now. If you see an 8-digit MRN in an old chart ping {staff.first}", "mrn-topic"),
    ("Do NOT put SSNs in Slack. Use the secure fax workflow. Questions to compliance {ext}", "ssn-topic hipaa"),
    ("{agg} this quarter, and 3 discharges to the hospice house", ""),
    ("Census {mdate}: {count} active, {count2} hospice, avg age {agey}", ""),
    ("{staff.first} can you cover the {officetown} team's afternoon visits? {staff2.first} went home sick 🤒", "emoji"),
    ("{cpt} vs {cpt2} for the PT evals? billing asked {staff.first}", ""),
    ("ICD-10 {icd} keeps getting kicked back, use the more specific code", ""),
    ("NPI for Dr. {doc} is {npi}, add it to the referral form", ""),
    ("Board meeting {mdate}, {board} chairing; {exec} presenting Q3 numbers", "exec-name"),
    ("Mileage rate goes to $0.70/mi on {mdate}. Submit through {intranet}", "money"),
    ("Fleet car {asset} due for an oil change, keys at the front desk", ""),
    ("Policy 4.12 effective {mdate}: two identifiers (name + DOB) verified before every visit", "hipaa"),
    ("{vrep} from {vendor} is dropping off concentrators at the {officetown} office {weekday} at 2", ""),
    ("In-service on the new CADD pumps {mdate}, {staff} running it. Demo pumps are asset tags {asset} and {asset2}", ""),
    ("{staff.first}: anyone have extra sharps containers?\n{staff2.first}: 2 in my trunk\n{staff.first}: ty!!", ""),
    ("Q3 overtime was {money}, we need to cut 10% in Q4. -{exec}", "exec-name"),
    ("corporate Amex ending {lastfour} expires {cardexp}, {staff.first} please renew by {deadline}", ""),
    ("Welcome {staff} to intake! {staff.she} comes to us from {hospital} case management 🎉", "emoji"),
    ("{donor} donated {money} for the hospice house garden, thank-you lunch {mdate}", ""),
    ("the pt on the Andover team ({agey} y/o) declined the flu shot, documented, nothing else needed", ""),
    ("Build {build} fixed the GPS mileage bug, {staff.first} confirmed on iOS 17.5", ""),
    ("printer job {printjob} stuck again 🙄 ticket {ticket}", "emoji"),
    ("HIPAA training due {deadline}. {staff} and {staff2} still outstanding", "hipaa"),
    ("who has the key to the supply closet at {facaddr}?", ""),
    ("Hospice house front desk {ext}, intake {ext2}, on-call {ext3}. Please use those, not cells", ""),
    ("_Friendly reminder_: don't park in the visitor spots at the hospice house, {exec.title} asked", "exec-name"),
    ("QAPI {mdate} {mtime}: falls data for Q2 (12 falls, 0 with major injury), {staff} presenting", "calendar"),
    ("Cost center {costcenter} for all mileage reimbursements going forward", ""),
    ("Ordering 30 Dexcom G7 sensors for stock, {po}, {vendor}", ""),
    ("ok who ate my yogurt from the {officetown} office fridge 😤", "emoji"),
    ("{staff} is out {mdate} to {mdate2}, {staff2} covering intake. Intake line {ext}", ""),
    ("Patients 90+ get a fall-risk reassessment every visit per the new protocol, starting {mdate}. Questions to {staff}", "age-aggregate"),
    ("Forwarded from {exec}:\n> Great job on the survey everyone. Zero deficiencies! Lunch on me {weekday}.", "exec-name"),
    ("{ticket} delivery for the hospital beds still pending, {vendor} says {weekday}", ""),
    ("The 90-day recert calendar for {fyq} is posted on {intranet}", ""),
    ("Survey window opens {mdate}. {exec} wants mock tracers in every office", "exec-name"),
    ("Zoom for case conference: {zoomurl} (ID {zoom}), {mtime}", ""),
    ("new hire orientation {mdate}, 8:30 to 4 at {facaddr}. Bring your license + CPR card", ""),
    ("Annual meeting: {board} elected board chair, {board2} treasurer", "exec-name"),
    ("{aggsmall} on the {officetown} team now, staffing accordingly", ""),
    ("If a family asks for records send them to HIM ({ext}). Never email charts", "records"),
    ("Please use the {vendor} portal for DME orders; order {order} is the template", ""),
    ("huddle moved to {mdate} {mtime}, same Zoom. {mention} can you update the invite?", "calendar"),
    ("*Intake checklist*\n• Name\n• DOB\n• MBI / Medicaid ID\n• PCP + NPI\n• Referral source\nTemplate is on {intranet}", "hipaa"),
    ("Running late, {road} is a parking lot 🚗 {staff.first} can you start the huddle without me?", "emoji"),
    ("{staff.first} mileage this week: {miles} mi. {staff2.first} approved it", ""),
    ("Staff birthday 🎂 {staff} turns {agestaff} on {mdate}, card is at the front desk", "emoji"),
    ("GIP census today: 4 beds, hospice house at capacity, {staff} is charge", ""),
    ("{vendor} invoice {inv} for {money}: approved, cost center {costcenter}", ""),
    ("NPI {npi} vs taxonomy code, which one goes on the new referral form? asking for {staff.first}", ""),
    ("Board packet for {mdate} is up on the board portal: {boardurl}", "exec-name"),
    ("Thread:\n{staff.first}: is the {officetown} office closed {weekday}?\n{staff2.first}: yes, holiday\n{staff.first}: 👍", "emoji"),
    ("All RN licenses expiring {lapse} need to be renewed before the {fyq} audit, {staff} tracking", "credentialing"),
    ("mileage form: start address is the office ({facaddr}), not your home", "zip-like"),
    ("Reminder from {exec.title}: {fyq} budget requests due {deadline}", "exec-name"),
    ("Good morning team. Please be advised the {officetown} office phones will be down {mdate} from {mtime}; use {ext} for the answering service.", ""),
    ("{mention} can you add {staff} to the #intake channel? {staff.she} starts {weekday}", ""),
]

SLOT_RE = re.compile(r"\{([a-z]+[0-9]?)(?:\.([a-z]+))?\}")
ENT_BASES = ("pt", "rel", "relc", "staff", "ehstaff", "exec", "board", "vrep", "doc", "mention")


class Msg:
    def __init__(self, r, tpl):
        self.r = r
        self.tpl = tpl
        self.ents = {}
        self.cache = {}
        self.tags = []
        self.used = []  # name tokens used in this message

    # ---------------------------------------------------------------- utils
    def tag(self, *ts):
        for t in ts:
            if t and t not in self.tags:
                self.tags.append(t)

    def pick(self, seq):
        return self.r.choice(seq)

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def fresh(self, pool, key=lambda v: v):
        cands = [v for v in pool if key(v) not in self.used]
        v = self.pick(cands)
        self.used.append(key(v))
        return v

    # ------------------------------------------------------------- entities
    def entity(self, name, base):
        if name in self.ents:
            return self.ents[name]
        r = self.r
        if base == "pt":
            nick = ("{%s.nick}" % name) in self.tpl
            g = self.pick("FM")
            if nick:
                first = self.fresh([f for f in NICK if f not in self.used])
                g = "F" if first in PT_FIRST_F else "M"
            else:
                first = self.fresh(PT_FIRST_F if g == "F" else PT_FIRST_M)
            if ("{%s.fullf}" % name) in self.tpl:
                g = "F"
                first = self.fresh(PT_FIRST_F)
            last = self.fresh(PT_LAST)
            if name == "pt" and ("{oldage" in self.tpl):
                age = r.randint(90, 104)
            else:
                age = r.randint(58, 99)
            month, day = r.randint(1, 12), r.randint(1, 28)
            year = TODAY.year - age - (0 if (month, day) <= (TODAY.month, TODAY.day) else 1)
            e = {"first": first, "last": last, "g": g, "age": age,
                 "dob": datetime.date(year, month, day), "mi": self.pick("ABCDEFGHJKLMNPRSTW"),
                 "nick": self.pick(NICK[first]) if first in NICK else None}
        elif base in ("rel", "relc"):
            pt = self.entity("pt", "pt")
            if base == "relc":
                role, g = self.pick([("daughter", "F"), ("son", "M")])
            else:
                role, g = self.pick(REL_ROLES)
            if role == "spouse":
                g = "M" if pt["g"] == "F" else "F"
                role = "husband" if g == "M" else "wife"
            if g is None:
                g = self.pick("FM")
            first = self.fresh(REL_F if g == "F" else REL_M)
            if role in ("neighbor", "HCP", "POA") or r.random() < 0.4:
                last = self.fresh(PT_LAST)
            else:
                last = pt["last"]
            e = {"first": first, "last": last, "g": g, "role": role}
        elif base in ("staff", "ehstaff"):
            f, l, g = self.fresh(STAFF, key=lambda s: s[0])
            e = {"first": f, "last": l, "g": g}
        elif base == "exec":
            f, l, t = self.pick(EXECS)
            e = {"first": f, "last": l, "title": t}
        elif base == "board":
            e = {"full": self.fresh(BOARD)}
        elif base == "vrep":
            f, l = self.pick(VREPS)
            vend = self.pick(VENDORS)
            e = {"first": f, "last": l, "vendor": vend}
        elif base == "doc":
            e = {"last": self.fresh(DOCS)}
        elif base == "mention":
            e = {"id": "U0" + "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                      for _ in range(r.randint(7, 9)))}
        self.ents[name] = e
        return e

    def pron(self, g, attr):
        f = g == "F"
        return {"she": "she" if f else "he", "her": "her" if f else "his",
                "him": "her" if f else "him", "sex": "F" if f else "M",
                "parentword": "mother" if f else "father",
                "parentcap": "Mom" if f else "Dad"}[attr]

    def e_pt(self, e, attr):
        F, L = e["first"], e["last"]
        if attr in ("she", "her", "him", "sex", "parentcap"):
            return [(self.pron(e["g"], attr), None, "raw" if attr == "sex" else "lit")]
        if attr is None:
            attr = self.wpick([("full", 3), ("first", 3), ("last", 4), ("mr", 1.2), ("low", 1.6),
                               ("mid", 0.4), ("inv", 0.3)])
        if attr in ("full", "fullf"):
            return [(F + " " + L, "NAME", "txt")]
        if attr == "first":
            return [(F, "NAME", "txt")]
        if attr == "last":
            return [(L, "NAME", "txt")]
        if attr == "mid":
            return [("%s %s. %s" % (F, e["mi"], L), "NAME", "txt")]
        if attr == "mr":
            if e["g"] == "M":
                h = self.pick(["Mr. ", "Mr ", "Mr. "])
            else:
                h = self.pick(["Mrs. ", "Ms. ", "Mrs ", "Mrs. "])
            return [(h, None, "lit"), (L, "NAME", "txt")]
        if attr == "poss":
            v = self.wpick([(L, 6), (F, 3), (F + " " + L, 1)])
            if self.r.random() < 0.2:
                self.tag("lowercase")
                return [(v.lower(), "NAME", "raw"), ("'s", None, "lit")]
            return [(v, "NAME", "txt"), (self.pick(["'s", "'s", "'s", "\u2019s"]), None, "lit")]
        if attr == "low":
            self.tag("lowercase")
            v = self.pick([F + " " + L, F, L, L])
            return [(v.lower(), "NAME", "raw")]
        if attr == "inv":
            if self.r.random() < 0.6:
                return [("%s, %s %s" % (L.upper(), F.upper(), e["mi"]), "NAME", "txt")]
            return [("%s, %s" % (L, F), "NAME", "txt")]
        if attr == "invs":
            v = "%s %s" % (L, F)
            if self.r.random() < 0.5:
                self.tag("lowercase")
                return [(v.lower(), "NAME", "raw")]
            return [(v.upper() if self.r.random() < 0.3 else v, "NAME", "txt")]
        if attr == "nick":
            nk = e["nick"]
            style = self.r.randrange(3)
            if style == 0:
                return [(F + " " + L, "NAME", "txt"), (' ("', None, "lit"), (nk, "NAME", "txt"), ('")', None, "lit")]
            if style == 1:
                return [(F + " " + L, "NAME", "txt"), (" (goes by ", None, "lit"), (nk, "NAME", "txt"), (")", None, "lit")]
            return [(nk, "NAME", "txt"), (" (", None, "lit"), (F + " " + L, "NAME", "txt"), (")", None, "lit")]
        raise KeyError(attr)

    def e_rel(self, e, attr):
        F, L = e["first"], e["last"]
        if attr == "role":
            return [(e["role"], None, "lit")]
        if attr in ("she", "her", "him"):
            return [(self.pron(e["g"], attr), None, "lit")]
        if attr is None:
            attr = self.wpick([("first", 5), ("full", 4), ("low", 1)])
        if attr == "first":
            return [(F, "NAME", "txt")]
        if attr == "full":
            return [(F + " " + L, "NAME", "txt")]
        if attr == "low":
            self.tag("lowercase")
            return [(self.pick([F, F + " " + L]).lower(), "NAME", "raw")]
        raise KeyError(attr)

    e_relc = e_rel

    def e_staff(self, e, attr, typ=None):
        if attr in ("she", "her", "him"):
            return [(self.pron(e["g"], attr), None, "lit")]
        if attr is None:
            attr = self.wpick([("full", 4), ("first", 5), ("init", 1)])
        if attr == "full":
            v = e["first"] + " " + e["last"]
        elif attr == "first":
            v = e["first"]
        elif attr == "init":
            v = "%s %s." % (e["first"], e["last"][0])
        else:
            raise KeyError(attr)
        return [(v, typ, "txt")]

    def e_ehstaff(self, e, attr):
        return self.e_staff(e, attr, "NAME")

    def e_exec(self, e, attr):
        self.tag("exec-name")
        if attr == "title":
            return [("our %s, %s %s" % (e["title"], e["first"], e["last"]), None, "txt")]
        if attr == "first":
            return [(e["first"], None, "txt")]
        v = self.pick(["%s %s" % (e["first"], e["last"]),
                       "%s %s (%s)" % (e["first"], e["last"], e["title"]), e["title"] + " " + e["first"] + " " + e["last"]])
        return [(v, None, "txt")]

    def e_board(self, e, attr):
        self.tag("exec-name")
        return [(e["full"], None, "txt")]

    def e_vrep(self, e, attr):
        v = e["first"] if attr == "first" else self.pick([e["first"] + " " + e["last"], e["first"]])
        return [(v, None, "txt")]

    def e_doc(self, e, attr):
        return [(e["last"], None, "txt")]

    def e_mention(self, e, attr):
        self.tag("slack-markup")
        return [("<@%s>" % e["id"], None, "raw")]

    # --------------------------------------------------------------- values
    def rand_hdate(self):
        return datetime.date(2024, 9, 1) + datetime.timedelta(days=self.r.randint(0, 560))

    def v_hdate(self, name):
        if name != "hdate" and "_d_hdate" in self.cache:
            d = self.cache["_d_hdate"] + datetime.timedelta(days=self.r.randint(1, 45))
        else:
            d = self.rand_hdate()
        self.cache["_d_" + name] = d
        st = self.wpick([("md", 5), ("mdz", 1), ("mdy2", 3), ("mdy4", 2), ("mdy4z", 1), ("iso", 1),
                         ("long", 1), ("longny", 2), ("ord", 2), ("abbr", 2), ("dmy", 1), ("dash", 1), ("ordof", 0.5)])
        pre = []
        if st in ("md", "mdz") and self.r.random() < 0.25:
            pre = [(WD_SHORT[d.weekday()] + " ", None, "lit")]
        return pre + [(fmt_date(d, st), "DATE", "txt")]

    def v_dob(self, name):
        pt = self.entity("pt", "pt")
        st = self.wpick([("mdy4", 4), ("mdy4z", 4), ("iso", 1), ("long", 1), ("dmy", 1),
                         ("compact", 1), ("mdy2", 1)])
        if st == "compact":
            self.tag("evasion")
        return [(fmt_date(pt["dob"], st), "DATE", "txt")]

    def v_bday(self, name):
        pt = self.entity("pt", "pt")
        return [(fmt_date(pt["dob"], self.pick(["md", "longny", "ord", "abbr"])), "DATE", "txt")]

    def v_oldage(self, name):
        a = self.entity("pt", "pt")["age"]
        if name == "oldage" and self.r.random() < 0.2:
            self.tag("evasion")
            return [(age_words(a), "AGE", "txt")]
        return [(str(a), "AGE", "txt")]

    def v_oldaged(self, name):
        return [(str(self.entity("pt", "pt")["age"]), "AGE", "txt")]

    # phones
    def phone_parts(self):
        area = self.pick(["978", "978", "978", "603", "617", "781", "508", "351"])
        exch = self.pick(["555", str(self.r.randint(210, 989))])
        if exch[1:] == "11":
            exch = "683"
        return area, exch, "%04d" % self.r.randint(0, 9999)

    def fmt_phone(self, a, e, l, st=None):
        st = st or self.wpick([("dash", 5), ("paren", 3), ("dot", 2), ("plus", 1), ("plain", 1), ("plusdash", 1)])
        return {"dash": "%s-%s-%s", "paren": "(%s) %s-%s", "dot": "%s.%s.%s", "plus": "+1 %s %s %s",
                "plain": "%s%s%s", "plusdash": "+1-%s-%s-%s"}[st] % (a, e, l)

    def v_phone(self, name, biz=False):
        v = self.fmt_phone(*self.phone_parts())
        if self.r.random() < 0.12:
            v += self.pick([" ext. %d", " x%d", " ext %d"]) % self.r.randint(11, 499)
        return [(v, "PHONE", "raw", biz)]

    def v_bizphone(self, name):
        return self.v_phone(name, True)

    def v_fax(self, name):
        return [(self.fmt_phone(*self.phone_parts()), "PHONE", "raw", True)]

    v_clinicfax = v_fax

    def v_phonefw(self, name):
        a, e, l = self.phone_parts()
        v = self.fmt_phone(a, e, l, self.pick(["dash", "paren", "plain"]))
        fw = "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in v)
        self.tag("evasion", "fullwidth")
        return [(fw, "PHONE", "raw")]

    def v_tel(self, name):
        a, e, l = self.phone_parts()
        self.tag("slack-markup")
        return [("<tel:", None, "raw"), ("+1" + a + e + l, "PHONE", "raw"), ("|", None, "raw"),
                (self.fmt_phone(a, e, l, self.pick(["dash", "paren", "dot"])), "PHONE", "raw"), (">", None, "raw")]

    # e-mail
    def person_for_email(self):
        for k in ("relc", "rel"):
            if k in self.ents:
                return self.ents[k]["first"], self.ents[k]["last"]
        return self.pick(REL_F + REL_M), self.pick(PT_LAST)

    def email_local(self, f, l):
        f, l = fold(f), fold(l)
        return self.pick(["%s.%s" % (f, l), "%s%s%02d" % (f[0], l, self.r.randint(40, 99)),
                          "%s%s" % (l, f[0]), "%s%s%d" % (f, l, self.r.randint(1, 99)), "%s_%s" % (f, l)])

    def v_email(self, name):
        f, l = self.person_for_email()
        dom = self.pick(["gmail.com", "gmail.com", "comcast.net", "verizon.net", "yahoo.com",
                         "hotmail.com", "aol.com", "icloud.com", "outlook.com"])
        return [(self.email_local(f, l) + "@" + dom, "EMAIL", "raw")]

    def v_emailobf(self, name):
        f, l = self.person_for_email()
        loc = self.email_local(f, l)
        dom, tld = self.pick([("gmail", "com"), ("comcast", "net"), ("yahoo", "com"), ("verizon", "net")])
        st = self.r.randrange(4)
        if st == 0:
            v = "%s [at] %s [dot] %s" % (loc, dom, tld)
        elif st == 1:
            v = "%s at %s dot %s" % (loc, dom, tld)
        elif st == 2:
            v = "%s(at)%s(dot)%s" % (loc, dom, tld)
        else:
            v = "%s AT %s DOT %s" % (loc.replace(".", " dot "), dom, tld)
        self.tag("evasion")
        return [(v, "EMAIL", "raw")]

    def v_bizemail(self, name):
        if "vrep" in self.ents:
            vr = self.ents["vrep"]
            v = "%s%s@%s" % (fold(vr["first"])[0], fold(vr["last"]), vr["vendor"][1])
        else:
            v = self.pick(["referrals@lowellgeneral.org", "intake@hfhcm.org", "cm.desk@mgh-demo.org"])
        return [(v, "EMAIL", "raw", True)]

    # government / plan / account ids
    def v_ssn(self, name):
        a = self.r.randint(100, 899)
        if a == 666:
            a = 667
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        st = self.wpick([("dash", 6), ("space", 1), ("plain", 1.5), ("mixed", 1), ("spaced", 0.7), ("nbsp", 0.6)])
        if st == "dash":
            return [("%03d-%02d-%04d" % (a, g, s), "SSN", "raw")]
        if st == "space":
            return [("%03d %02d %04d" % (a, g, s), "SSN", "raw")]
        self.tag("evasion")
        if st == "plain":
            return [("%03d%02d%04d" % (a, g, s), "SSN", "raw")]
        if st == "mixed":
            return [("%03d.%02d-%04d" % (a, g, s), "SSN", "raw")]
        if st == "spaced":
            return [(" ".join("%03d%02d%04d" % (a, g, s)), "SSN", "raw")]
        self.tag("zero-width")
        return [("%03d\u00a0%02d\u00a0%04d" % (a, g, s), "SSN", "raw")]

    def v_ssnsp(self, name):
        dg = "%03d%02d%04d" % (self.r.randint(100, 665), self.r.randint(1, 99), self.r.randint(1, 9999))
        words = [self.pick(["zero", "oh"]) if c == "0" else DIGW[int(c)] for c in dg]
        v = " ".join(words[:3]) + ", " + " ".join(words[3:5]) + ", " + " ".join(words[5:])
        self.tag("evasion")
        return [(v, "SSN", "raw")]

    def v_ssnzw(self, name):
        dg = "%03d%02d%04d" % (self.r.randint(100, 665), self.r.randint(1, 99), self.r.randint(1, 9999))
        sep = self.pick(["\u200b", "-\u200b", "\u200b-"])
        self.tag("evasion", "zero-width")
        return [(dg[:3] + sep + dg[3:5] + sep + dg[5:], "SSN", "raw")]

    def v_mrn(self, name):
        lab = self.pick(["MRN ", "MRN: ", "MRN#", "MR# ", "med rec # ", "chart # ", "Chart #", "MRN "])
        return [(lab, None, "lit")] + self.v_mrnv(name)

    def v_mrnv(self, name):
        st = self.r.randrange(4)
        if st == 0:
            v = "%08d" % self.r.randint(100000, 99999999)
        elif st == 1:
            v = str(self.r.randint(1000000, 9999999))
        elif st == 2:
            v = "MV%07d" % self.r.randint(0, 9999999)
        else:
            v = str(self.r.randint(1000000000, 9999999999))
        return [(v, "MRN", "raw")]

    def v_mbi(self, name):
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        d = "0123456789"
        c = [self.pick("123456789"), self.pick(al), self.pick(an), self.pick(d), self.pick(al),
             self.pick(an), self.pick(d), self.pick(al), self.pick(al), self.pick(d), self.pick(d)]
        v = "".join(c)
        if self.r.random() < 0.4:
            v = v[:4] + "-" + v[4:7] + "-" + v[7:]
        return [(v, "HEALTH_PLAN_ID", "raw")]

    def v_medicaid(self, name):
        v = "100%09d" % self.r.randint(0, 999999999)
        if self.r.random() < 0.25:
            v = v[:4] + " " + v[4:8] + " " + v[8:]
        return [(v, "HEALTH_PLAN_ID", "raw")]

    def v_hpid(self, name):
        st = self.r.randrange(4)
        if st == 0:
            v = self.pick(["XJH", "ZGP", "YLM", "HPH"]) + "%09d" % self.r.randint(0, 999999999)
        elif st == 1:
            v = "W%010d" % self.r.randint(0, 9999999999)
        elif st == 2:
            v = "%s%08d" % (self.pick(["TUF", "NHP", "FAL"]), self.r.randint(0, 99999999))
        else:
            v = "%d%05d-01" % (self.r.randint(1, 9), self.r.randint(0, 99999))
        return [(v, "HEALTH_PLAN_ID", "raw")]

    def v_acct(self, name):
        v = self.pick(["%08d", "A%07d", "%010d"]) % self.r.randint(0, 9999999)
        return [(v, "ACCOUNT_NUMBER", "raw")]

    def v_har(self, name):
        return [("%d%09d" % (self.pick([4, 6]), self.r.randint(0, 999999999)), "ACCOUNT_NUMBER", "raw")]

    def v_dl(self, name):
        st = self.r.randrange(3)
        if st == 0:
            v = "S%08d" % self.r.randint(0, 99999999)
        elif st == 1:
            v = "%02d%s%05d" % (self.r.randint(1, 12), "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), self.r.randint(0, 99999))
        else:
            v = "%03d %03d %03d" % (self.r.randint(100, 999), self.r.randint(0, 999), self.r.randint(0, 999))
        return [(v, "LICENSE_NUMBER", "raw")]

    def v_dea(self, name):
        doc = self.entity("doc", "doc")["last"]
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
        v = self.pick("ABFM") + doc[0].upper() + "".join(map(str, d)) + str(chk)
        return [(v, "LICENSE_NUMBER", "raw")]

    def v_rnlic(self, name):
        v = self.pick(["RN%07d", "RN-%07d", "RN %06d", "LN%05d"]) % self.r.randint(0, 999999)
        return [(v, "LICENSE_NUMBER", "raw")]

    def v_vin(self, name):
        allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        s = list(self.pick(["1HG", "2T1", "1FA", "JTD", "5YJ", "1G1", "3VW", "KMH", "4T1"]))
        s += [self.pick(allowed) for _ in range(5)] + ["0"] + [self.pick("LMNPRS"), self.pick(allowed)]
        s += [str(self.r.randint(0, 9)) for _ in range(6)]
        tot = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(s))
        s[8] = "X" if tot % 11 == 10 else str(tot % 11)
        return [("".join(s), "VEHICLE_ID", "raw")]

    def v_plate(self, name):
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        st = self.r.randrange(4)
        if st == 0:
            v = "%d%s%s %d" % (self.r.randint(1, 9), self.pick(L), self.pick(L), self.r.randint(100, 999))
        elif st == 1:
            v = "%d%s%d" % (self.r.randint(1, 9), "".join(self.pick(L) for _ in range(3)), self.r.randint(10, 99))
        elif st == 2:
            v = "%d%s %d" % (self.r.randint(1, 9), "".join(self.pick(L) for _ in range(2)), self.r.randint(10, 99))
        else:
            v = "%07d" % self.r.randint(1000000, 4999999)
        return [(v, "VEHICLE_ID", "raw")]

    def v_devsn(self, name):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        st = self.r.randrange(5)
        if st == 0:
            v = "%04d-%s-%04d" % (self.r.randint(0, 9999), self.pick(L) + self.pick(L), self.r.randint(0, 9999))
        elif st == 1:
            v = "%s%06d%s" % ("".join(self.pick(L) for _ in range(3)), self.r.randint(0, 999999), self.pick(L))
        elif st == 2:
            v = "".join(self.pick(L + "23456789") for _ in range(10))
        elif st == 3:
            v = "SN%08d" % self.r.randint(0, 99999999)
        else:
            v = "(01)00%012d(17)%02d%02d%02d(10)%s%d" % (self.r.randint(0, 999999999999), self.r.randint(26, 29),
                                                       self.r.randint(1, 12), self.r.randint(1, 28),
                                                       "".join(self.pick(L) for _ in range(2)), self.r.randint(100, 999))
        return [(v, "DEVICE_ID", "raw")]

    def pt_slug(self):
        pt = self.entity("pt", "pt")
        return fold(pt["first"]), fold(pt["last"])

    def v_purl(self, name):
        f, l = self.pt_slug()
        st = self.r.randrange(3)
        if st == 0:
            v = "https://portal.mvhomehealth.org/patient/%d/visits/%d" % (self.r.randint(10000, 99999), self.r.randint(1000, 9999))
        elif st == 1:
            v = "https://mvhh.myportal.health/v/%06x?pt=%s_%s" % (self.r.randint(0, 0xFFFFFF), l, f)
        else:
            v = "https://telehealth.mvhomehealth.org/join/%s-%s-%d" % (f, l, self.r.randint(10, 99))
        return [(v, "URL", "raw")]

    def v_famurl(self, name):
        f, l = self.pt_slug()
        v = self.pick(["https://www.caringbridge.org/visit/%s%s" % (f, l),
                       "https://www.gofundme.com/f/help-%s-%s-hospice-care" % (f, l),
                       "https://www.caringbridge.org/site/%s-%s-updates" % (f, l)])
        return [(v, "URL", "raw")]

    def v_ip(self, name):
        st = self.r.randrange(3)
        if st == 0:
            v = "10.%d.%d.%d" % (self.r.randint(0, 40), self.r.randint(0, 255), self.r.randint(2, 254))
        elif st == 1:
            v = "192.168.%d.%d" % (self.r.randint(0, 10), self.r.randint(2, 254))
        else:
            v = "%d.%d.%d.%d" % (self.pick([73, 24, 98, 174, 66]), self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(2, 254))
        return [(v, "IP_ADDRESS", "raw")]

    def v_ipsix(self, name):
        h = lambda: "%x" % self.r.randint(1, 0xFFFF)
        v = self.pick(["2601:%s:%s:%s::%s" % (h(), h(), h(), h()), "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())])
        return [(v, "IP_ADDRESS", "raw")]

    # addresses
    def town_rec(self):
        if "_townrec" not in self.cache:
            self.cache["_townrec"] = self.fresh(TOWNS, key=lambda t: t[0])
        return self.cache["_townrec"]

    def street_str(self):
        v = "%d %s" % (self.wpick([(self.r.randint(2, 99), 3), (self.r.randint(100, 1999), 2)]), self.pick(STREETS))
        if self.r.random() < 0.2:
            v += self.pick([" Apt 3B", " Unit 2", " #4", " Apt 12"])
        return v

    def v_street(self, name):
        return [(self.street_str(), "ADDRESS", "txt")]

    def v_town(self, name):
        if name == "town":
            t = self.town_rec()
        else:
            t = self.fresh(TOWNS, key=lambda t: t[0])
        return [(t[0], "ADDRESS", "txt")]

    def v_zip(self, name):
        t = self.town_rec()
        z = self.pick(t[2])
        if self.r.random() < 0.25:
            z += "-%04d" % self.r.randint(1, 9999)
        return [(z, "ADDRESS", "raw")]

    def v_streettown(self, name):
        t = self.town_rec()
        return [("%s, %s" % (self.street_str(), t[0]), "ADDRESS", "txt")]

    def v_addr(self, name):
        t = self.town_rec()
        z = self.pick(t[2])
        if self.r.random() < 0.2:
            z += "-%04d" % self.r.randint(1, 9999)
        if self.r.random() < 0.12:
            v = "PO Box %d, %s %s %s" % (self.r.randint(10, 2999), t[0], t[1], z)
        else:
            v = self.pick(["%s, %s %s %s", "%s, %s, %s %s"]) % (self.street_str(), t[0], t[1], z)
        return [(v, "ADDRESS", "txt")]

    def v_cc(self, name):
        kind = self.r.randrange(3)
        if kind == 0:
            body = "4" + "".join(str(self.r.randint(0, 9)) for _ in range(14))
        elif kind == 1:
            body = "5" + str(self.r.randint(1, 5)) + "".join(str(self.r.randint(0, 9)) for _ in range(13))
        else:
            body = self.pick(["34", "37"]) + "".join(str(self.r.randint(0, 9)) for _ in range(12))
        n = body + luhn_digit(body)
        sep = self.pick([" ", "-", " ", ""])
        if len(n) == 15:
            v = sep.join([n[:4], n[4:10], n[10:]])
        else:
            v = sep.join([n[i:i + 4] for i in range(0, 16, 4)])
        return [(v, "CREDIT_CARD", "raw")]

    # non-PHI values (hard negatives)
    def v_mdate(self, name):
        self.tag("calendar")
        if name != "mdate" and "_d_mdate" in self.cache:
            d = self.cache["_d_mdate"] + datetime.timedelta(days=self.r.randint(1, 9))
        else:
            d = datetime.date(2025, 1, 6) + datetime.timedelta(days=self.r.randint(0, 420))
        self.cache["_d_" + name] = d
        st = self.pick(["md", "md", "mdy2", "longny", "ord", "abbr", "mdy4"])
        v = fmt_date(d, st)
        if self.r.random() < 0.35:
            v = self.pick([WD_SHORT[d.weekday()], WEEKDAYS[d.weekday()]]) + " " + v
        return [(v, None, "txt")]

    def v_mtime(self, name):
        return [(self.pick(["9am", "10:30", "1pm", "2:00 PM", "3:30", "noon", "8:15am"]), None, "txt")]

    def v_clock(self, name):
        return [(self.pick(["4:12 am", "0310", "11:45pm", "6:20 this morning", "2:05 pm"]), None, "txt")]

    def v_deadline(self, name):
        self.tag("calendar")
        d = datetime.date(2025, 1, 6) + datetime.timedelta(days=self.r.randint(0, 420))
        v = self.pick(["Friday 5pm", "EOD " + fmt_date(d, "md"), fmt_date(d, "md"), "end of month",
                       fmt_date(d, "md") + " noon", "the " + ordinal(d.day), fmt_date(d, "longny")])
        return [(v, None, "txt")]

    def v_lapse(self, name):
        d = datetime.date(2025, 6, 30) + datetime.timedelta(days=self.r.randint(0, 500))
        return [(self.pick([fmt_date(d, "md"), fmt_date(d, "mdy4"), "%02d/%d" % (d.month, d.year)]), None, "txt")]

    def v_cardexp(self, name):
        self.tag("money")
        return [("%02d/%02d" % (self.r.randint(1, 12), self.r.randint(25, 30)), None, "raw")]

    def v_lastfour(self, name):
        return [("%04d" % self.r.randint(0, 9999), None, "raw")]

    def v_ext(self, name):
        self.tag("ext")
        return [(self.pick(["x%d", "x%d", "ext. %d", "x %d"]) % self.r.randint(2000, 4999), None, "raw")]

    def v_facaddr(self, name):
        self.tag("facility-address")
        return [(self.pick(FACADDR), None, "txt")]

    def v_officetown(self, name):
        return [(self.pick(OFFICE_TOWNS), None, "txt")]

    def v_ticket(self, name):
        self.tag("ticket")
        v = self.pick(["INC%07d", "DEL-%d", "REQ%07d", "HD-%d", "CHG%07d"]) % self.r.randint(1000, 99999)
        return [(v, None, "raw")]

    def v_po(self, name):
        self.tag("po")
        return [(self.pick(["PO-%d", "PO %d", "PO#%d"]) % self.r.randint(20000, 4500999999), None, "raw")]

    def v_inv(self, name):
        self.tag("po")
        return [("INV-%d" % self.r.randint(10000, 99999), None, "raw")]

    def v_order(self, name):
        self.tag("po")
        return [("ORD-%d" % self.r.randint(10000, 99999), None, "raw")]

    def v_costcenter(self, name):
        self.tag("po")
        return [("%d-%d" % (self.r.randint(4000, 4999), self.r.randint(100, 399)), None, "raw")]

    def v_count(self, name):
        return [(str(self.r.randint(12, 240)), None, "raw")]

    def v_road(self, name):
        return [(self.pick(["495", "93", "Rte 110", "the Lowell Connector", "113", "Rte 28"]), None, "txt")]

    def v_printjob(self, name):
        return [(str(self.r.randint(1000, 9999)), None, "raw")]

    def v_npi(self, name):
        self.tag("npi")
        body = self.pick("12") + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return [(body + luhn_digit("80840" + body), None, "raw")]

    def v_cpt(self, name):
        self.tag("cpt")
        prev = self.cache.get("cpt", [[None]])[0][0]
        return [(self.pick([c for c in ["G0299", "G0300", "G0151", "G0152", "G0156", "97161", "99509", "Q5001", "G0162", "99497"] if c != prev]), None, "raw")]

    def v_icd(self, name):
        self.tag("icd")
        return [(self.pick(["I50.9", "J44.1", "G30.9", "C34.90", "L89.154", "Z51.5", "F03.90", "E11.621", "N18.4"]), None, "raw")]

    def v_dx(self, name):
        return [(self.pick(DX), None, "txt")]

    def v_med(self, name):
        return [(self.pick(MEDS), None, "txt")]

    def v_version(self, name):
        self.tag("version")
        return [(self.pick(["v10.4.2", "v10.5.0", "HCHB 2025.1", "iOS 17.5.1", "v3.18.7", "Android 14"]), None, "raw")]

    def v_build(self, name):
        self.tag("version")
        return [(self.pick(["2024.11.0.3", "2025.2.1.14", "5.12.0.208", "2025.06.3.1"]), None, "raw")]

    def v_agey(self, name):
        return [(str(self.r.randint(66, 89)), None, "raw")]

    def v_agestaff(self, name):
        return [(str(self.r.randint(24, 63)), None, "raw")]

    def v_agg(self, name):
        self.tag("age-aggregate")
        return [(self.pick(["We had 14 pts over 90", "17 patients 90+ served", "9 hospice pts aged 95 and older",
                            "2 pts over 100"]), None, "txt")]

    def v_aggsmall(self, name):
        self.tag("age-aggregate")
        return [(self.pick(["3 pts over 90", "six patients 90+", "4 pts in their 90s"]), None, "txt")]

    def v_weekday(self, name):
        return [(self.pick(WEEKDAYS + WD_SHORT), None, "txt")]

    def v_zoom(self, name):
        self.tag("calendar")
        d = "%03d%04d%04d" % (self.r.randint(810, 899), self.r.randint(0, 9999), self.r.randint(0, 9999))
        self.cache["_zoom"] = d
        return [("%s %s %s" % (d[:3], d[3:7], d[7:]), None, "raw")]

    def v_zoomurl(self, name):
        d = "%03d%04d%04d" % (self.r.randint(810, 899), self.r.randint(0, 9999), self.r.randint(0, 9999))
        return [("https://mvhh.zoom.us/j/" + d, None, "raw")]

    def v_intranet(self, name):
        return [(self.pick(["https://intranet.mvhh.local/policies/mileage", "https://mvhh.sharepoint.com/sites/intake",
                            "https://intranet.mvhh.local/forms/recert-calendar", "the intranet"]), None, "raw")]

    def v_boardurl(self, name):
        return [(self.pick(["https://board.mvhh.org/packets/q3", "https://mvhh.boardeffect.com/meetings"]), None, "raw")]

    def v_asset(self, name):
        return [(self.pick(["HH-%05d", "FLT-%03d", "A-%05d"]) % self.r.randint(1, 40000), None, "raw")]

    def v_money(self, name):
        self.tag("money")
        return [(self.pick(["$41,200", "$3,412.50", "$5,000", "$12,750", "$38k", "$860.00"]), None, "raw")]

    def v_group(self, name):
        return [(self.pick(["%06d", "GRP %05d", "%05d-000"]) % self.r.randint(0, 99999), None, "raw")]

    def v_fyq(self, name):
        return [(self.pick(["Q3", "Q4", "FY2026", "FY26 Q1", "Q2 2025"]), None, "raw")]

    def v_hospital(self, name):
        return [(self.pick(HOSPITALS), None, "txt")]

    def v_vendor(self, name):
        if "{vrep" in self.tpl:
            return [(self.entity("vrep", "vrep")["vendor"][0], None, "txt")]
        return [(self.pick(VENDORS)[0], None, "txt")]

    def v_funeral(self, name):
        return [(self.pick(FUNERAL), None, "txt")]

    def v_lawfirm(self, name):
        return [(self.pick(LAWFIRMS), None, "txt")]

    def v_donor(self, name):
        return [(self.pick(DONORS), None, "txt")]

    def v_miles(self, name):
        return [(self.pick(["12.4", "38", "7.9", "112", "64.5", "21"]), None, "raw")]

    def v_lang(self, name):
        return [(self.pick(LANGS), None, "txt")]

    def v_supply(self, name):
        if name != "supply":
            cands = [s for s in SUPPLIES if s != self.cache.get("_supply")]
        else:
            cands = SUPPLIES
        v = self.pick(cands)
        self.cache["_supply"] = v
        return [(v, None, "txt")]

    def v_parentword(self, name):
        return [(self.pick(["mother", "father", "mom", "dad"]), None, "lit")]

    # --------------------------------------------------------------- render
    def slot(self, name, attr):
        base = re.sub(r"[0-9]$", "", name)
        if base in ENT_BASES:
            e = self.entity(name, base)
            return getattr(self, "e_" + base)(e, attr)
        if name not in self.cache:
            self.cache[name] = getattr(self, "v_" + base)(name)
        return self.cache[name]

    def render(self):
        pieces, pos = [], 0
        for m in SLOT_RE.finditer(self.tpl):
            if m.start() > pos:
                pieces.append((self.tpl[pos:m.start()], None, "lit"))
            pieces.extend(self.slot(m.group(1), m.group(2)))
            pos = m.end()
        if pos < len(self.tpl):
            pieces.append((self.tpl[pos:], None, "lit"))
        return [list(p) + [False] * (4 - len(p)) for p in pieces]


def slip(r, word):
    i = r.randrange(1, len(word) - 1)
    k = r.randrange(4)
    if k == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k == 1:
        return word[:i] + word[i + 1:]
    if k == 2:
        return word[:i] + word[i] + word[i:]
    c = word[i]
    return word[:i] + r.choice(KEYB.get(c, c)) + word[i + 1:]


PHONE_LIKE = re.compile(r"\d{3}[-. )]+\d{3}[-. ]\d{4}")


def build(r, tpl, tpl_tags, want_phi):
    m = Msg(r, tpl)
    pieces = m.render()
    for t in tpl_tags.split():
        m.tag(t)
    # message-level lower-casing (fast typing), applied before spans are read
    if r.random() < 0.14:
        for p in pieces:
            if p[2] in ("lit", "txt"):
                p[0] = p[0].lower()
        m.tag("lowercase")
    # keyboard slip in an ordinary word of the template text
    if r.random() < 0.10:
        cands = []
        for pi, p in enumerate(pieces):
            if p[2] == "lit":
                for w in re.finditer(r"(?<![\w@:/.<])[a-z]{5,}(?![\w@/.>])", p[0]):
                    cands.append((pi, w))
        if cands:
            pi, w = r.choice(cands)
            s = pieces[pi][0]
            pieces[pi][0] = s[:w.start()] + slip(r, w.group(0)) + s[w.end():]
            m.tag("typo")
    if r.random() < 0.06 and not any("\U0001F000" <= ch for p in pieces for ch in p[0]):
        pieces.append([r.choice(EMOJI_TAIL), None, "lit", False])
    text = "".join(p[0] for p in pieces)
    spans, bpos = [], 0
    for p in pieces:
        if p[1]:
            spans.append((p[1], p[0], bpos, p[3]))
        bpos += len(p[0].encode("utf-8"))
    # --- checks (same matching rule as check_phi_corpus.py, plus exact offsets)
    b = text.encode("utf-8")
    pos = 0
    for typ, val, st, _ in spans:
        if not val or val != val.strip() or val[0] in "*<>\"'`(" or val[-1] in "*<>\"'`,.;:":
            return None
        vb = val.encode("utf-8")
        if b.find(vb, pos) != st:
            return None
        pos = st + len(vb)
    if want_phi != bool(spans):
        return None
    # no phone-like string may sit outside a PHONE span
    masked = text
    for typ, val, _, _ in spans:
        masked = masked.replace(val, " " * len(val))
    if PHONE_LIKE.search(masked) or re.search(r"[\w.]+@[\w-]+\.(com|net|org)", masked):
        return None
    # tags
    types = [s[0] for s in spans]
    for t, tg in (("NAME", "name"), ("DATE", "date"), ("AGE", "age")):
        if t in types:
            m.tag(tg)
    if any(t in STRUCT_TYPES for t in types):
        m.tag("structured")
    if spans and all(s[0] in ("PHONE", "EMAIL") and s[3] for s in spans):
        m.tag("business-contact")
    if "\n" in text:
        m.tag("multiline")
    if re.search(r"<[@#]|<mailto:|<tel:|<https?:|\*\S|(^|\s)_\S", text):
        m.tag("slack-markup")
    if any(0x2600 <= ord(ch) <= 0x27BF or ord(ch) >= 0x1F000 for ch in text) or re.search(r":[a-z_]+:", text):
        m.tag("emoji")
    if not spans:
        for t in ("name", "date", "age", "structured", "business-contact", "vip", "complaint", "escalation"):
            if t in m.tags:
                m.tags.remove(t)
    tags = ["phi" if spans else "clean"] + m.tags
    return {"text": text, "spans": [{"type": s[0], "value": s[1]} for s in spans], "tags": tags}


def check_pools():
    pat = [n for n in PT_FIRST_F + PT_FIRST_M + PT_LAST + REL_F + REL_M]
    other = [s[0] for s in STAFF] + [s[1] for s in STAFF] + DOCS + [e[0] for e in EXECS] + \
            [e[1] for e in EXECS] + [w for b in BOARD for w in b.split()] + [v[0] for v in VREPS] + \
            [v[1] for v in VREPS]
    for a in pat:
        for o in other:
            x, y = a.lower(), o.lower()
            if len(x) >= 3 and len(y) >= 3 and (x in y or y in x):
                raise SystemExit("pool overlap: %s / %s" % (a, o))
    assert len(PHI_T) + len(CLEAN_T) >= 60


def main():
    check_pools()
    r = random.Random(SEED)
    kinds = [True] * N_PHI + [False] * (N_TOTAL - N_PHI)
    r.shuffle(kinds)
    queues = {True: [], False: []}
    seen = set()
    out = []
    for i, want_phi in enumerate(kinds):
        pool = PHI_T if want_phi else CLEAN_T
        if not queues[want_phi]:
            order = list(range(len(pool)))
            r.shuffle(order)
            queues[want_phi] = order
        ti = queues[want_phi].pop()
        tpl, tags = pool[ti]
        for attempt in range(400):
            item = build(r, tpl, tags, want_phi)
            if item is not None and item["text"] not in seen:
                break
        else:
            raise SystemExit("template keeps failing: %r" % tpl)
        seen.add(item["text"])
        rec = {"id": "hl%04d" % (i + 1), "text": item["text"], "spans": item["spans"], "tags": item["tags"]}
        out.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %d messages (%d PHI, %d clean) to %s" % (len(out), sum(kinds), len(out) - sum(kinds), OUT))


if __name__ == "__main__":
    main()
