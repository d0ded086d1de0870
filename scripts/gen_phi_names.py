#!/usr/bin/env python3
"""Generate a labelled training corpus for the PHI name model.

    python3 scripts/gen_phi_names.py [--n 12000] [--seed 7] > /tmp/phi-names.jsonl

Messages come from templates in many voices (executive, assistant, nurse
manager, patient-relations, terse lower-case texting) with names sampled
from the embedded gazetteers (phi/gazetteer), and a few invented by a
character chain over them that no list holds. Patients, relatives and
employee-health cases are labelled NAME; colleagues, executives, vendors,
donors and clinicians acting as staff are not (PHI-LABELS.md). Output is the
scorer format (byte offsets), deterministic for a seed. The templates were
written from the label rules, not from any evaluation message.
"""
import argparse, gzip, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "phi", "gazetteer")


def load(name):
    with gzip.open(os.path.join(GAZ, name + ".tsv.gz"), "rt") as f:
        return [(k, int(v)) for k, v in (l.rstrip("\n").split("\t") for l in f)]


# Slots: {P} patient full name, {PF} patient first, {PL} patient last, {R}
# relative full, {RF} relative first, {C} colleague full, {CF} colleague
# first, {CL} colleague last, {V} vendor person, plus non-name fillers.
PATIENT = [
    "pt {P} in 4B is asking for the chaplain again",
    "{P} was admitted overnight through the ED, family is on the way",
    "Can you pull the chart for {P}? DOB {DOB}",
    "{PF}'s daughter called twice about the bill",
    "{P} fell in the bathroom on 6 West this morning, no injury per the RN",
    "Please send flowers to {P}, she's on the oncology floor after surgery",
    "complaint from {R} about her father {P}, wants a callback today",
    "VIP heads up: {P} (board chair's mother) admitted to cardiac stepdown",
    "{P} MRN {MRN} needs records sent to the SNF",
    "Mrs. {PL} in room 412 says her dentures went missing",
    "Mr. {PL}'s daughter called again about his discharge",
    "mrs. {pl} fell on 5 south, family notified",
    "Ms. {PL} wants a copy of her records sent to her new doctor",
    "Please send flowers to Mr. {PL} on 6 West",
    "{PL}, {PF} - discharged yesterday, readmitted tonight",
    "the {PL} family wants a meeting with patient relations",
    "{P}'s biopsy results came back, can Dr. {CL} call the son {RF}?",
    "employee health: {C} tested positive, out through Friday",
    "{CF} from the lab was hospitalized over the weekend, keep it quiet",
    "son {RF} {PL} is the POA for {P}",
    "{RF} (wife) says {PF} refuses the meds",
    "got a call from {R}, her mom {P} passed at home last night",
    "pls make sure {P} gets the itemized statement, acct {ACCT}",
    "{P} ({AGEV} y/o) transferred to hospice",
    "we need a VIP flag on {P}'s chart before the procedure",
    "Patient {P}, DOB {DOB}, member ID {MEM}",
    "{p} keeps calling the unit about her husband {pf}",
    "can someone call back {p}, she's the daughter of the man in 3 north",
    "Visitor {R} was asked to leave the ICU after the argument",
    "{P} needs a wheelchair at discharge and a ride home to {TOWN}",
    "Grievance letter from {P} re: her stay in March, she wants a refund",
    "Mr. {PL} wants to know why the copay was charged twice",
    "{PF} {PL} was seen in the ED for chest pain and left AMA",
    "The guardian, {R}, has to sign before the procedure for {PF}",
    "Heads up: our own {C} is a patient in 5W, no visitors except family",
    "new intake: {P}, referred by Dr. {CL} for dialysis",
    "{P} - needs interpreter, family contact {RF}",
    "{pl}, {pf} mrn {MRN} - duplicate chart",
    "Write a sympathy card to {R}, the widow of {P}",
    "her grandson {RF} picked up the meds for {PF}",
    "{P} was discharged to rehab, f/u with ortho in two weeks",
    "Is {P} still on 7 North? Her brother {RF} wants to visit",
    "{P} is threatening a lawsuit over the fall",
    "Call {R} (niece) about {PF}'s belongings",
    "Send a card to the {PL} family, their dad died on 5 South",
    "the {PL} family is asking for the chaplain",
    "Send a sympathy card to the {PL} family",
    "flowers for the {PL} family please, he died Sunday",
    "Please call {P} back on {PHONE}",
    "{R} left a voicemail, call back at {PHONE}",
    "Can you ring {P} back on {PHONE}? She asked for the billing office",
    "{P} from {TOWN} was admitted with sepsis",
    "{P} lives in {TOWN} and needs transport home after discharge",
    "Please call {PF} back, her MRI is rescheduled",
    "{P}, age {AGEV}, DOB {DOB}",
    "We owe {P} a refund for the double-billed copay",
    "{PF} in bed 12 wants her daughter {RF} updated",
    "Reminder: {P} has a fall-risk band, keep the bed alarm on",
    "{C} from {DEPT} tested positive on Monday, exposure list needed",
    "fyi {cf} from {dept} had chest pain on shift and is in the ED now",
    "one of our RNs, {C}, got a needlestick tonight, sent to employee health",
    "{C} from {DEPT} called out with shingles, RTW pending",
    "{PL}, {PF} was seen in the ED last night",
    "{PL}, {PF} came in via EMS",
    "{PL}, {PF} {I} - records request",
    "Next on the list: {PL}, {PF}, then {PL2}, {PF2}",
    "Audit: the chart for {PL}, {PF} was opened from an unknown workstation",
    "Trustee {C} is being admitted tonight through the ED",
    "{P} passed away this morning, family at bedside",
]
COLLEAGUE = [
    "Can you move my 1:1 with {C} to Thursday?",
    "Ask {CF} to send the Q3 deck before the board meeting",
    "{C} from Finance needs the budget variance by EOD",
    "Dr. {CL} will present at grand rounds next week",
    "loop in {CF} on the staffing plan, she owns the nurse hiring",
    "{C}, our new CNO, starts Monday - set up a welcome lunch",
    "{V} from Stryker wants 30 minutes to demo the new beds",
    "Please thank {C} for covering the night shift huddle",
    "reschedule the call with {C} and {C2} to next week",
    "{CF} and {CF2} are leading the Epic upgrade go-live",
    "Draft a reply to {C} about the capital request",
    "{C} (CFO) approved the PO for the new pumps",
    "The {CL} Family Foundation gift will be announced at the gala",
    "Congrats to {C} on the promotion to VP of Operations!",
    "cc {CF} on the vendor contract, legal wants it by Friday",
    "{C} is out of office, route approvals to {C2}",
    "Book a room for {CF}'s interview with the search committee",
    "Our donor {C} wants a tour of the new cancer center",
    "{CF} said the survey results are in, Press Ganey scores up 3 points",
    "Tell {CF} the offsite moved to the Marriott",
    "can u ping {cf} re the agenda",
    "meeting with {C} re the {TOWN} clinic lease",
    "{C} is the rep for Medline, her cell is on the contract",
    "HR says {C} accepted the offer for the director role",
    "Please add {C} and {C2} to the steering committee invite",
    "{CF} {CL} joins the call at 3 to discuss the merger",
    "Forward {C}'s slides to the whole leadership team",
    "who is covering for {CF} while she's at the conference?",
    "Set up a sync with {C} about the HIPAA training rollout",
    "{C} from IT says the VPN is back up",
    "The {CL} family donated the new NICU wing",
    "{C} from {TOWN} Medical Group wants to talk referrals",
    "Please invite {C} from the {CL} Foundation to the gala",
    "Lunch with {C} in {TOWN} next Tuesday",
    "{PF}, can you send me the staffing grid?",
    "Thanks {CF}! I'll review the contract tonight",
    "{C} will cover the 7pm admin call",
    "per {CF}, the patient safety huddle is moved to 8:15",
    "{C} and I reviewed the readmission numbers for the board",
    "{C} from Case Management will join the discharge huddle",
    "{CF} in Finance sent the variance report",
    "Can you get {C} from Case Management to the discharge huddle?",
    "{C} wants the sepsis bundle numbers before the quality meeting",
    "Ask {CF} why ED boarding times went up after the surgery schedule change",
    "{C} is presenting the readmission data at the patient safety committee",
    "Dr. {CL} and {C} are reviewing the fall prevention protocol",
    "{CF} says the discharge lounge is short a nurse on Friday",
    "Set up time with {C} on the hospice partnership and the bed census",
    "{C} (pharmacy director) flagged a shortage of IV contrast",
    "{CF} from Nursing will cover the patient experience rounds",
    "Ambulance diversion ended at 4; {C} sent the update to the ED leads",
    "Please call {C} from Medline back on {PHONE} about the quote",
    "{C}'s cell is {PHONE} if the vendor demo runs late",
    "Ms. {CL} from the {CL2} Foundation can take two more families for the holiday program",
    "Mr. {CL} sent regrets for the Chamber breakfast",
    "Their volunteer coordinator is Mrs. {CL}, send her the thank-you",
    "Covering for Dr. {CL} and Ms. {CL2} while they're at the conference",
    "Please confirm Mr. {CL} and Ms. {CL2} for the board dinner",
    "Mrs. {CL} from Development wants the donor list for the NICU campaign",
    "Nurse manager {C} asked for two more travelers on 4 North",
]
NONAME = [
    "Move the Finance Committee to Tuesday and invite the whole Board",
    "Grand Rounds moved to the Heart Center auditorium",
    "The Joint Commission survey window opens in April",
    "Can you find the Press Ganey report for Q2?",
    "Patient Experience Week kicks off Monday in the Main Lobby",
    "Send the Epic Hyperspace downtime notice to all staff",
    "Renew the Microsoft Teams licences before the fiscal year ends",
    "Capital Planning wants the North Campus numbers by Friday",
    "Book the Riverside conference room for the Quality Council",
    "Sepsis Bundle compliance dipped in Medical ICU last month",
    "Please print the Strategic Plan draft for the retreat",
    "Nursing Excellence awards are due to Human Resources Thursday",
    "Rapid Response Team debrief at noon in Conference B",
    "The Cardiac Cath Lab is closed for maintenance Saturday",
    "pls send the Leapfrog survey to Compliance",
]
PATIENT_LOWER = [
    "pt {p} in 5 says the tv is broken",
    "call back {r}, her mom was discharged yesterday",
    "{p} fell again last night, daughter is upset",
    "son {rf} wants an update on his dad",
]

# Request voice (requests to the bot, executive-assistant threads): an
# action on a work person, in any of the forms people write them ({XA}:
# full name, first name, surname, "Dr. X", "J. X", "@first"), about a
# health matter that is the organisation's work ({T}: quality metrics,
# census, staffing, audits, denials, policy). The same actions then carry a
# patient, a relative or an employee-health case ({PA}, {RA}, {EA}) whose
# clause makes them PHI, so one surface context is seen both ways.
# Written from PHI-LABELS.md and from how executives write, not from any
# evaluation message.
REQ_TOPIC = [
    "the sepsis bundle compliance numbers", "CAUTI rates on 4 West", "the ED census", "the nights staffing grid",
    "the RAC audit", "the Q3 denials", "the fall-prevention policy", "the CMS star rating", "the readmission penalty",
    "the HCAHPS scores", "C. diff rates", "the stroke certification survey", "the blood culture contamination rate",
    "the opioid stewardship policy", "the ICU bed census", "discharge-before-noon", "the length-of-stay dashboard",
    "the infection control audit", "the pressure injury data", "the med error trend", "the oncology service line budget",
    "the dialysis contract", "the behavioral health expansion", "the flu shot compliance numbers", "the mortality index",
    "the core measures", "the Leapfrog submission", "the CDI queries", "the prior-auth denials", "the sepsis mortality review",
    "the travel nurse spend", "the OR block schedule", "the cath lab volumes", "ED boarding times", "the surgical site infection data",
    "the hand hygiene audit", "the restraint policy", "the clinical ladder", "the nurse residency program", "the hospitalist contract",
    "the psych holds in the ED", "the code blue debrief", "the RCA on the wrong-site surgery", "the Joint Commission tracer",
    "the vaccine mandate policy", "the telehealth volumes", "the observation status rules", "the 340B audit", "the charity care policy",
    "the patient experience rounds", "the ambulance diversion hours", "the transfer center backlog", "the wound care pilot",
]
REQ_FIRM = [
    "Deloitte", "Huron", "Chartis", "Kaufman Hall", "Vizient", "Premier", "Press Ganey", "Epic", "Oracle Health", "Medline",
    "Cardinal", "McKesson", "Stryker", "Philips", "GE Healthcare", "Korn Ferry", "Spencer Stuart", "WittKieffer", "AMN",
    "Ropes & Gray", "Goodwin", "Mintz", "Foley Hoag", "Nixon Peabody", "Hogan Lovells", "McDermott", "King & Spalding",
    "KPMG", "EY", "PwC", "Moody's", "Fitch", "Becton Dickinson", "Baxter", "Siemens Healthineers", "Aramark", "Sodexo",
]
REQ_COLLEAGUE = [
    "Can you set up 30 min with {XA} about {T}?",
    "loop in {XA} on {T}",
    "cc {XA} on the email about {T}",
    "per {XA}, {T} go to the board Thursday",
    "{XA} from {FIRM} wants an hour next week on {T}",
    "{XA}'s team owns {T}, ask them for the latest",
    "Can you get {XA}'s sign-off on {T} before Friday?",
    "@{xf} can you take {T}?",
    "Forward {T} to {XA} and {XA2}",
    "Ask {XA} for {T} by EOD",
    "{XA} will present {T} at the quality committee",
    "Attendees: {XA}, {XA2}, {XA3}\nAgenda: {T}",
    "Please draft a note to the MEC on {T}.\n\nThanks,\n{XF}",
    "{XA} (counsel at {FIRM}) needs {T} for the subpoena response",
    "Invite {XA} from {FIRM} to the review of {T}",
    "Schedule {XA}'s final-round interview for the CNO search, and send her {T}",
    "Board member {XA} asked for {T} before the retreat",
    "Our donor {XA} wants a briefing on {T}",
    "{XA} and {XA2} disagree on {T}, can you find 20 min for both?",
    "Reply to {XA}: yes, we'll share {T} once Compliance signs off",
    "Who owns {T}? I thought {XA} did",
    "Move my call with {XA} to 3, I need to read {T} first",
    "{XA} at {FIRM} sent the redlines on {T}",
    "Dr. {XL} is chairing the committee on {T}",
    "pls remind {XA} that {T} are due to CMS on the 15th",
    "Recruiter {XA} from {FIRM} has two candidates for the ICU director role",
    "Thank {XA} for pulling {T} together so fast",
    "FYI {XA} is the new lead for {T}",
    "Can {XA} cover the huddle on {T} while I'm at the AHA meeting?",
    "Send {XA} the deck on {T}, she's presenting to the Finance Committee",
    "{XA} flagged that {T} look off this month",
    "Put {XA} on the invite for {T}",
    "{XA} wrote: can we move {T} to next week?\nPlease reply that Tuesday works",
    "Need {XA}, {XA2} and Dr. {XL3} for the deep dive on {T}",
    "Tell {XA} I read {T} and have questions",
    "{XA}'s memo on {T} is in the board packet",
    "Call {XA} back about {T}, she left a voicemail",
    "Draft thank-you to {XA} for the gift to the cancer center",
    "Book lunch with {XA} and the {XL2} Foundation team",
    "Confirm Ms. {XL} and Mr. {XL2} for the audit committee",
    "{XA} from the {XL2} Foundation wants an update on {T}",
    "Ask {XA} whether {T} include the ICU",
]
REQ_PATIENT = [
    "Can you send flowers to {PA}? She was admitted to 7 North last night",
    "loop in {XA} on the complaint from {RA} about her mother's fall",
    "VIP heads up: {PA} (board member) was admitted overnight, please tell {XA}",
    "{EA} from {DEPT} is out on medical leave after surgery, can you send a card?",
    "per {XA}, {PA} in 5 South is asking to see the CEO",
    "cc {XA} - {RA} called again about her husband's bill",
    "Our donor {PA} is in the ED with chest pain, heads up to {XA}",
    "{EA} (our CFO) is having knee surgery here Tuesday, keep it confidential",
    "Board member {PA} asked us to expedite his MRI, loop in {XA}",
    "{XA} says {PA} was discharged against medical advice, family is upset",
    "employee health: {EA} in {DEPT} tested positive, {XA} is doing the exposure list",
    "Please call {RA} back, she is the daughter of {PA} and wants the records",
    "{EA} fainted in the staff meeting and was taken to the ED, let {XA} know",
    "Ask {XA} to expedite the grievance from {RA} about her son's discharge",
    "Draft a sympathy note to {RA}; her father {PA} died on 6 West Sunday",
    "{PA} (donor, 3 North) wants a private room, can {XA} sort it out?",
    "{XA} from Patient Relations needs the timeline on {PA}'s fall before the RCA",
    "Sorry {XF}, {EA} won't make the audit meeting, she is in the hospital with pneumonia",
    "FYI {EA} is back from chemo next week, reduced hours per employee health",
    "Set up a call with {XA} about {PA}'s complaint; the sepsis bundle was late",
    "{RA} (wife of {PA}) wants to meet the CNO about the ICU stay",
    "Attendees: {XA}, {XA2}\nTopic: {PA}'s readmission and the family's letter",
    "{XA} at {FIRM} is handling the lawsuit from {PA} over the fall",
    "Trustee {PA} was admitted with a stroke last night; tell {XA} before the board hears",
    "Can you check on {PA}? He is the VIP in 10 East and {XA} asked me to",
    "@{xf} the son, {RA}, keeps calling about {PA}'s meds",
]

# A patient's clause and a work person's action in one message: the
# patient context elsewhere does not make the person who is to handle it
# a patient. Business contacts come with their phone or e-mail.
REQ_CASE = [
    "{PA} was admitted to 7 North overnight, family is asking for the CEO",
    "complaint from {RA} about her mother's fall on 4 West",
    "{PA} (board member) came in through the ED with chest pain",
    "{EA} from {DEPT} is out on medical leave after surgery",
    "the daughter, {RA}, says her father waited an hour for pain meds",
    "{PA}, MRN {MRN}, was discharged before the family got there",
    "{RA} called again about her husband {PA}'s bill",
    "our donor {PA} is in the ICU after the stroke",
    "{EA} had a needlestick on nights and is with employee health",
    "{PA}'s records went to the wrong fax number",
    "{PA} fell 3/2 and the family is threatening to sue",
    "{RA} (the son) wants his dad's chart before the hearing",
    "pt {PA} in 5 South is refusing discharge",
    "{EA} is starting chemo and asked that only her manager knows",
    "{PA}, DOB {DOB}, has a duplicate chart",
    "the VIP in 10 East is {PA}, the mayor's mother",
]
REQ_ACTION = [
    "Forward it to {XA}.", "Send it to {XA} for review.", "Ask {XA} ({ROLE}) to handle it.", "{XA} from {FIRM} needs the details.",
    "Loop in {XA}.", "cc {XA} and {XA2}.", "{XA}'s team will follow up.", "Per {XA}, risk has the timeline.",
    "Call {XA} at {FIRM} about it.", "Thanks,\n{XF}", "Can {XA} take it today?", "{XA} ({ROLE}) is on it.",
    "Set up 15 min with {XA} and Dr. {XL2}.", "Reply to {XA} that we're on it.", "Cover it with {XA} please.",
    "Keep {XA} posted.", "Escalate to {XA} if no bed by 2.", "{XA} at {FIRM} will draft the letter.",
    "Let {XA} know before the board call.", "@{xf} pls handle.", "Route it through {XA} in {DEPT}.",
]
REQ_ROLE = ["svp strategy", "risk", "HIM", "biomed", "counsel", "her manager", "patient relations", "CNO", "compliance",
            "our carrier", "quality", "the rep", "CMIO", "nursing supervisor", "privacy officer", "case management"]
REQ_CONTACT = [
    "add {XA} to my contacts, new CFO at {FIRM}, cell {PHONE}",
    "{XA} from {FIRM} asked to be reached at {PHONE} while Teams is down",
    "call back {XA} ({FIRM}) at {PHONE} re the contract",
    "vendor contact for the pump recall: {XA} at {FIRM}, {PHONE}",
    "{XA}'s new number is {PHONE}, update the distro",
    "Please send the offer letter to {XA}, start date in January, {PHONE}",
    "reset the password for {XA}, she wants a call back at {PHONE}",
    "Reporter {XA} from the Globe is asking about the outbreak numbers, call back at {PHONE}",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=12000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--invented", type=float, default=0.05, help="share of given names (and 1.25 times it of surnames) invented")
    ap.add_argument("--req", type=float, default=0, help="share of request-voice messages (REQ_COLLEAGUE, REQ_PATIENT)")
    ap.add_argument("--req-patient", type=float, default=0.55, help="share of patients among the request-voice messages")
    ap.add_argument("--req-contact", type=float, default=0.1, help="share of business contacts with a phone among the request-voice messages")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    given = [(k, v) for k, v in load("given") if v >= 8 and "-" not in k]
    surs = [(k, v) for k, v in load("surname") if "-" not in k and "'" not in k]
    sur = [k for k, v in surs if v >= 2]
    sur1 = [k for k, v in surs if v == 1]
    towns = [k for k, _ in load("place") if " " not in k][:5000]
    gw = [2 ** min(v, 16) for _, v in given]
    gnames = [k for k, _ in given]
    listed = set(k for k, _ in load("given")) | set(k for k, _ in load("surname")) | set(k for k, _ in load("word"))

    # invented names that no list holds, from a character chain (three
    # letters of history) over the lists' names: people are often named
    # what no gazetteer knows, and the name model has only its character
    # features (name_chars.go) and the context to go on
    def chain(pool):
        t = {}
        for w in pool:
            x = "^^^" + w + "$"
            for i in range(3, len(x)):
                t.setdefault(x[i - 3:i], []).append(x[i])
        return t

    gchain, schain = chain(gnames), chain(sorted(set(sur) | set(sur1)))

    def invent(t):
        while True:
            x = "^^^"
            while x[-1] != "$" and len(x) < 16:
                x += rnd.choice(t[x[-3:]])
            w = x[3:].rstrip("$")
            if 4 <= len(w) <= 11 and w.isalpha() and w not in listed:
                return w

    def cap(w):
        return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))

    def first():
        if rnd.random() < a.invented:
            return cap(invent(gchain))
        return cap(rnd.choices(gnames, gw)[0])

    def last():
        if rnd.random() < a.invented * 1.25:
            return cap(invent(schain))
        w = rnd.choice(sur if rnd.random() < 0.6 else sur1)
        return "O'" + cap(w) if rnd.random() < 0.02 else cap(w)

    def fill(tpl, label, upper_names=False):
        vals = {}
        text, spans = "", []
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            text += tpl[pos:m.start()]
            key = m.group(1)
            k = key.upper().rstrip("2")
            lower = key.islower()
            named = True
            pre = ""
            if re.fullmatch(r"[XPRE][AFL]\d?", k):
                # request voice: a person in one of the forms people write
                # them; a title stays outside the span
                k = k[0]
                if key in vals:
                    v = vals[key]
                elif key[1:2].upper() == "F":
                    v = first()
                elif key[1:2].upper() == "L":
                    v = last()
                else:
                    forms = {"X": ["full", "full", "first", "first", "dr", "title", "sur", "init"],
                             "P": ["full", "full", "full", "first", "title"],
                             "R": ["full", "full", "first"],
                             "E": ["full", "full", "first", "title"]}[k]
                    f = rnd.choice(forms)
                    if f == "full":
                        v = first() + " " + last()
                    elif f == "first":
                        v = first()
                    elif f == "dr":
                        pre, v = "Dr. ", last()
                    elif f == "title":
                        pre, v = rnd.choice(["Mr. ", "Ms. ", "Mrs. "]), last()
                    elif f == "sur":
                        v = last()
                    else:
                        v = first()[0] + ". " + last()
            elif k in ("P", "R", "C", "V"):
                v = first() + (" " + rnd.choice(["A. ", "J. ", ""]).strip() if rnd.random() < 0.1 else "") + " " + last()
                v = re.sub(r"\s+", " ", v)
            elif k in ("PF", "RF", "CF"):
                v = vals.get(key) or first()
            elif k in ("PL", "CL"):
                v = vals.get(key) or last()
            else:
                named = False
                if k == "DOB":
                    v = f"{rnd.randint(1, 12)}/{rnd.randint(1, 28)}/{rnd.randint(1930, 2010)}"
                elif k == "MRN":
                    v = str(rnd.randint(1000000, 99999999))
                elif k == "ACCT":
                    v = str(rnd.randint(10000000, 999999999))
                elif k == "MEM":
                    v = "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + str(rnd.randint(10 ** 8, 10 ** 9))
                elif k == "AGEV":
                    v = str(rnd.randint(20, 85))
                elif k == "PHONE":
                    v = f"{rnd.choice(['617', '978', '508', '(617) ', '781'])}{'-' if rnd.random() < 0.7 else '.'}555-01{rnd.randint(10, 99)}".replace(") -", ") ").replace(").", ") ")
                elif k == "I":
                    named = True
                    v = rnd.choice("ABCDEFGHJKLMNPRSTW")
                elif k == "DEPT":
                    v = rnd.choice(["Transport", "EVS", "Dietary", "Pharmacy", "Radiology", "the lab", "Facilities", "Registration"])
                elif k == "TOWN":
                    v = cap(rnd.choice(towns))
                elif k == "T":
                    v = rnd.choice(REQ_TOPIC)
                elif k == "FIRM":
                    v = rnd.choice(REQ_FIRM)
                elif k == "ROLE":
                    v = rnd.choice(REQ_ROLE)
                else:
                    v = k
            if lower:
                v = v.lower()
            if upper_names and named:
                v = v.upper()
            vals[key] = v
            if lower:
                pre = pre.lower()
            text += pre
            st = len(text.encode())
            text += v
            if named and label(k):
                spans.append({"type": "NAME", "start": st, "end": len(text.encode())})
            pos = m.end()
        text += tpl[pos:]
        return text, spans

    out = []
    for i in range(a.n):
        if a.req > 0 and rnd.random() < a.req:
            # request voice: the colleague frames and, in the same kinds
            # of message, patients, relatives and employee-health cases
            u = rnd.random()
            if u < a.req_patient / 2:
                tpl, lab = rnd.choice(REQ_PATIENT), lambda k: k[0] in "PRE"
            elif u < a.req_patient:
                # a case and an action, in either order, or quoted in a thread
                c, x = rnd.choice(REQ_CASE), rnd.choice(REQ_ACTION)
                c = c[0].upper() + c[1:]
                v = rnd.random()
                if x.startswith("Thanks"):
                    v = 0  # a signature ends the message
                tpl = c + ". " + x if v < 0.5 else x + " " + c + "." if v < 0.8 else "> " + c + "\n" + x
                lab = lambda k: k[0] in "PRE"
            elif u < a.req_patient + a.req_contact:
                tpl, lab = rnd.choice(REQ_CONTACT), lambda k: False
            else:
                tpl, lab = rnd.choice(REQ_COLLEAGUE), lambda k: False
            if rnd.random() < 0.12:
                tpl = tpl.lower()
            text, spans = fill(tpl, lab)
            out.append({"id": f"g{i:05d}", "text": text, "spans": spans, "tags": ["phi" if spans else "clean", "request"]})
            continue
        r = rnd.random()
        if r < 0.45:
            tpl, lab = rnd.choice(PATIENT + PATIENT_LOWER), lambda k: k[0] in "PRI"
        elif r < 0.85:
            tpl, lab = rnd.choice(COLLEAGUE), lambda k: False
        else:
            tpl, lab = rnd.choice(NONAME), lambda k: False
        if any(x in tpl for x in ("employee health", "hospitalized", "our own", "positive", "chest pain", "shingles", "needlestick", "Trustee")):
            lab = lambda k: k[0] in "PRC"
        if rnd.random() < 0.12:
            tpl = tpl.lower()
        upper_names = "{PL}, {PF}" in tpl and rnd.random() < 0.4
        text, spans = fill(tpl, lab, upper_names)
        out.append({"id": f"g{i:05d}", "text": text, "spans": spans, "tags": ["phi" if spans else "clean"]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == "__main__":
    main()
