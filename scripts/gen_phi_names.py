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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=12000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--invented", type=float, default=0.05, help="share of given names (and 1.25 times it of surnames) invented")
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
            if k in ("P", "R", "C", "V"):
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
                else:
                    v = k
            if lower:
                v = v.lower()
            if upper_names and named:
                v = v.upper()
            vals[key] = v
            st = len(text.encode())
            text += v
            if named and label(k):
                spans.append({"type": "NAME", "start": st, "end": len(text.encode())})
            pos = m.end()
        text += tpl[pos:]
        return text, spans

    out = []
    for i in range(a.n):
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
