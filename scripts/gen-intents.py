#!/usr/bin/env python3
"""Generate a labelled training corpus for the intent classifier.

Usage: python3 scripts/gen-intents.py [--seed N] [--n N] > intents/testdata/generated-train.jsonl

Each line is {"text": ..., "intent": ...}. Sentences are built from templates per
intent (many verbs, objects, people, times) and then varied: voice (polite, terse,
dictated, mobile), casing, random one-letter edits (typos), leading context and
trailing chatter, and a second ask after the first. The templates were written from
the label rules (shared/eval/INTENT-LABELS.md), not from any evaluation sentence.
The output is a pure function of --seed and --n.
"""
import argparse
import json
import random

PEOPLE = """Dr. Patel|Dr. Nguyen|Dr. Okonkwo|Dr. Lindqvist|Dr. Haddad|Dr. Romero|Dr. Chen|Dr. Abernathy|
Sister Mary Clare|Father Tom|Rabbi Klein|Rev. Johnson|Nurse Alvarez|Prof. Imani|
Maria|Jon|Priya|Tomasz|Aiyana|Kwame|Siobhan|Luis|Mei|Farah|Bogdan|Yusuf|Hannah|Derek|Rosa|Theo|
Ms. Whitaker|Mr. Delgado|Mrs. Obi|the CFO|the COO|the CNO|the CMO|the CIO|the CHRO|our GC|the general counsel|
the board chair|the unit managers|the department chairs|the charge nurses|the hospitalists|the ED director|
the pharmacy director|the VP of nursing|the compliance officer|the Epic analyst|the Stryker rep|the Cerner rep|
<@U04ABCD12>|<@U07ZZ9QX1>|kim|raj and linda|the exec team|the nurse managers|our CEO""".replace("\n", "").split("|")

MEETINGS = """board meeting|MEC|med exec|finance committee|quality council|P&T committee|safety huddle|leadership huddle|
1:1|one on one|staff meeting|town hall|budget review|capital committee|credentialing committee|tumor board|
ops review|strategy session|retreat|nursing leadership meeting|compliance committee|IT steering committee|
sync|check-in|department chairs meeting|patient experience committee|ethics committee|CNO meeting|
grand rounds|M&M|service line review|weekly huddle|foundation board call|residency committee""".replace("\n", "").split("|")

TOPICS = """the staffing plan|agency spend|the parking garage|the Epic upgrade|ED throughput|the 340B audit|
the capital budget|length of stay|the magnet redesignation|sepsis bundle compliance|the union contract|
the new CT scanner|physician recruitment|the Joint Commission survey|the bond covenant|travel nurse costs|
the nurse residency program|the ambulatory expansion|patient falls|the payer contract|the hospitalist schedule|
Q3 results|the FY27 budget|the cath lab|the construction timeline|HCAHPS scores|readmissions|the retreat agenda|
denials|the telehealth pilot|the OR block schedule|the merger|the price transparency rule|workplace violence""".replace("\n", "").split("|")

DOCS = """agenda|deck|slide deck|memo|briefing|briefing memo|talking points|one-pager|report|board report|summary|
white paper|executive summary|presentation|draft policy|speech|remarks|dashboard|budget narrative|
quarterly report|cover letter|proposal|business case|SBAR|fact sheet|press statement|newsletter column""".replace("\n", "").split("|")

FILES = """contracts|signed contracts|the credentialing files|policy binder|meeting minutes|board minutes|
invoices|the W-9|the peer review letters|the survey report|the CMS letter|the lease agreement|receipts|
the BAA|the signed offer letter|the audit findings|the org chart|the bylaws|last year's Press Ganey reports|
the capital request|the affiliation agreement|the malpractice certificates""".replace("\n", "").split("|")

PLACES = "Chicago|DC|Boston|Orlando|Nashville|Denver|Phoenix|San Diego|Atlanta|Minneapolis|New York|Dallas|Seattle|Austin".split("|")
EVENTS = "HIMSS|the AHA leadership summit|ACHE Congress|the AONL conference|the Vizient summit|the HFMA meeting|the board retreat".split("|")

DAYS = """monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|tomorrow|tmrw|today|
next week|next tuesday|this friday|on the 15th|on Dec 3|on 12/3|the 22nd|next month|a week from friday|
the first monday of march|the last friday of the month|wednesday of next week|the day after tomorrow|
sometime next week|in two weeks|in 3 days|on March 4th|the 1st|this afternoon|tonight|first thing""".replace("\n", "").split("|")

CLOCKS = """at 3|at 10|at 2pm|at 9:30|at noon|at 4:15|at 8 am|at 1430|at 0745|3pm|10am|at half past two|
at quarter to 9|at ten thirty|at 11 Pacific|at 2pm ET|in the morning|in the afternoon|8 in the evening|
at 7:30|around 11|between 2 and 4|from 1-3|at 1030|after lunch|eod|by cob|before 5""".replace("\n", "").split("|")

DEADLINES = """by friday|by EOD|by end of day|before the board meeting|no later than thursday|by tomorrow|
by the 15th|by next week|by end of month|due monday|by noon|before 5|by wed|by COB thursday|friday latest|
before it lapses on Jan 15|by end of week""".replace("\n", "").split("|")

DURS = "30 min|an hour|45 minutes|a half hour|15 min|90 minutes|1 hr|2 hours|20 mins".split("|")

WRAPPERS = ["I was hoping you could {x}", "it would be great if you could {x}", "any chance you could {x}?",
            "when you have a moment, {x}", "{x}? thanks in advance", "would it be possible to {x}?",
            "do me a favor and {x}", "can we {x}?", "I'd love it if you could {x}", "mind if I ask you to {x}?",
            "one more thing - {x}", "{x}, if that's not too much trouble", "hey {x}", "need u to {x}",
            "before I forget, {x}", "could someone {x}?", "I need someone to {x}", "please please {x}"]
FILLERS = ["um", "uh", "like", "so", "you know", "okay"]

POLITE_PRE = ["", "", "", "please ", "pls ", "can you ", "could you ", "would you mind ", "hey, can you ", "i need you to ",
              "when you get a sec, ", "quick one: ", "ok so ", "um ", "so, ", "hi! ", "morning - ", "I'd like you to ",
              "can u ", "would you please ", "could you please ", "need you to ", "go ahead and ", "if you can, "]
POLITE_POST = ["", "", "", " thanks", " thx", " please", " pls", " thank you!", " ty", " asap", " when you get a chance",
               " no rush", " - urgent", " :pray:", ", appreciate it", "!", ".", "?", " if possible", " thanks so much"]
CONTEXT = ["I was out yesterday and things piled up. ", "Crazy week here. ", "The board asked about this again. ",
           "I'm in the OR until 2. ", "Just got out of the huddle. ", "FYI the survey team is here Thursday. ",
           "Long day. ", "Following up on our chat. ", "Ugh, the Epic go-live is slipping. ",
           "So the CFO called me this morning about the budget. ", "I'm traveling all week. "]


def pick(r, xs):
    return r.choice(xs)


def slots(r):
    return {
        "p": pick(r, PEOPLE), "p2": pick(r, PEOPLE), "room": pick(r, ROOMS), "pat": pick(r, PATIENTS), "m": pick(r, MEETINGS), "t": pick(r, TOPICS),
        "doc": pick(r, DOCS), "f": pick(r, FILES), "pl": pick(r, PLACES), "ev": pick(r, EVENTS),
        "d": pick(r, DAYS), "c": pick(r, CLOCKS), "dl": pick(r, DEADLINES), "du": pick(r, DURS),
        "d2": pick(r, DAYS), "c2": pick(r, CLOCKS),
    }


T = {
    "calendar.schedule": [
        "lunch with {p} sometime next week", "need {du} with {p} {d}", "{du} w/ {p} re {t} {d} {c}",
        "put {t} on the calendar {d} {c}", "hold {d} all day for the {m}", "OOO block {d}", "get {p} and {p2} together {d} to discuss {t}",
        "any chance we could get {du} with {p} {d}", "calendar: {m} {d} {c} w/ {p}", "add {m} {d} {c}", "set {d} {c} for the {m} kickoff",
        "set up a meeting with {p} {d} {c}", "schedule {du} with {p} about {t}", "put {du} on my calendar with {p} {d}",
        "book a call with {p} re {t} {d}", "find time with {p} and {p2} {d}", "get me on {p}'s calendar {d}",
        "I need to sit down with {p} about {t}", "set up a {m} for {d} {c}", "add a hold {d} {c} for {t}",
        "block {du} {d} to review {t}", "can we get {p} in for a meeting {d}", "arrange a lunch with {p} {d}",
        "grab lunch with {p} sometime next week", "coffee with {p} {d}?", "send an invite to {p} for {d} {c} re {t}",
        "organize a {m} {d} with {p}", "mtg w/ {p} re {t} {d} {c}", "pencil in {p} {d} {c}",
        "set a meeting {d} {c} with {p} to go over {t}", "i'd like to meet with {p} {d}", "get time with {p} {d} {c}",
        "schedule a {du} check-in with {p}", "put a hold on my calendar {d} for {t}", "can you line up a call with {p} {d}",
        "please invite {p} to a meeting on {t} {d} {c}", "set up a zoom with {p} {d}", "make an appointment with {p} {d} {c}",
        "we need a {m} {d}, can you set it up", "find {du} with {p} before {d}", "book {p} for {du} {d}",
    ],
    "calendar.reschedule": [
        "{m} -> {d} {c}", "{m} → {d2} same time", "the {c} w/ {p} → {d} pls", "can we make the {m} {d} instead",
        "the {m} needs a new date, ideally {d}", "{p} asked whether we can move our {m}, can we make it {d} {c}",
        "switch the {m} from {c} to {c2}", "flip my {m} and my {c}", "{m} to {c2} (was {c})",
        "move my {m} to {d} {c}", "push the {m} to {d}", "reschedule my {m} with {p} to {d} {c}", "bump the {m} to {c}",
        "shift {m} {d} to {c2}", "can we slide the {m} to {d}", "move my {c} to {c2}", "push {p} back to {d}",
        "the {m} needs to move to {d} {c}", "change the {m} to {d}", "can you move {p}'s meeting to {c}",
        "reschedule {m}", "reschedual the {m} for {d}", "don't cancel the {m}, just push it to {d}",
        "the {m} is {d} but i have a conflict, can it be {d2}?", "i can't make the {m} {d}, can we do {d2} instead",
        "move the {m} from {d} to {d2}", "push back my call with {p} an hour", "postpone the {m} to {d}",
        "make the {m} {c} instead", "swap my {m} to {d}", "bump {p} to {d} {c}", "delay the {m} until {d}",
    ],
    "calendar.cancel": [
        "count me out of the {m} {d}", "pull me out of the {m}, {p} can cover", "cx {m} {c}", "scrap the {m} {d}",
        "the {m} isn't going to happen for me, let the chair know", "drop the {d} {c} with {p}, we're done with that",
        "{p} is out sick, cancel our {c} {d}", "no {m} {d}", "we're not doing the {m} {d}. cancel it",
        "cancel my {m} {d}", "cancel the {m} with {p}", "call off the {m} {d}", "clear my {c} {d}",
        "decline the {m} invite", "i can't make the {m} {d}", "take the {m} off my calendar", "kill the {m} {d}",
        "remove the {m} from my calendar", "scratch the {m} {d} {c}", "please cancel {d}'s {m}",
        "I won't be able to make the {m} on {d}, let them know", "drop my 1:1 with {p} {d}",
        "we don't need the {m} {d} anymore, cancel it", "cancel my {c} with {p}", "nix the {m}",
        "clear my calendar {d}", "the {m} {d} is off. cancel it", "decline {p}'s meeting {d}",
    ],
    "email.draft_reply": [
        "send {p} a reply about {t}", "write {p} back re {t}", "respond to the thread from {p} about {t}",
        "get a reply out to {p} on {t}, just a nice thank-you", "answer the email {p} sent about {t}",
        "draft a reply to {p}'s email about {t}", "reply to {p} re {t}", "write back to {p} and say yes to {d}",
        "respond to {p}'s note on {t}", "draft a response to the email from {p}", "answer {p}'s email about {t}",
        "pls write back to {p} and tell them we need {f} {dl}", "reply to the {m} thread and say i'll be there",
        "draft my reply to {p} about {t}", "respond to {p} and decline politely", "get back to {p} on {t}",
        "write a reply to {p}'s message about {t}", "can you answer {p} for me re {t}", "reply all on the {t} email",
    ],
    "email.send": [
        "pass along to {p} that {t} is done", "blast out the {t} update to {p}", "let {p} know {t} moved to {d}",
        "give {p} a heads up that i'm running late", "send word to {p} about {t}", "shoot a note to {p}",
        "circulate the {doc} to {p}", "fwd {f} to {p}", "send a message to the {m} members about {t}",
        "schedule the {t} email to go out {d} {c}",
        "email {p} about {t}", "send {p} a note about {t}", "let {p} know i'll be late to the {m}",
        "tell {p} the {m} moved to {d}", "forward {f} to {p}", "message {p} re {t}", "ping {p} about {t}",
        "shoot {p} an email about {t}", "post in the leadership channel that the {m} is cancelled",
        "let the team know about {t}", "send the {doc} to {p} {dl}", "email {p} and {p2} the {doc} on {t}",
        "write to {p} about {t}", "send a message to {p} that i'm running late", "notify {p} about {t}",
        "text {p} that i'm on my way", "cc {p} on the {t} email", "send a thank you note to {p}",
        "tell {p} she can start on the 5th", "reach out to {p} about {t}", "loop in {p} on {t}",
        "inform {p} that {t} is on hold", "send out the {m} minutes to {p}", "drop {p} a line about {t}",
    ],
    "email.triage": [
        "I'm buried in email. sort it out", "swamped with messages, can you deal with my inbox", "my inbox is a mess, help",
        "email is out of control. clean it up for me", "too many emails today, triage them",
        "read my emails from today and make a list of what i must answer", "summarize the thread with {p} about {t}",
        "flag anything in my inbox from {p}", "what do i need to reply to today", "clear my unread from the weekend",
        "go through my inbox", "triage my inbox", "clean up my email", "summarize my inbox from overnight",
        "sort my email and flag anything from {p}", "can you go thru my inbox and flag anything urgent",
        "what's in my inbox", "clear out my inbox", "summarise the emails i got today", "sort through my unread mail",
        "go through my email and tell me what needs a reply", "skim my inbox for anything from {p}",
        "organize my inbox", "unsubscribe me from the junk and clean up my inbox", "archive the old stuff in my inbox",
        "check my email for anything about {t}", "triage the emails from the weekend", "inbox zero please",
    ],
    "document.prepare": [
        "draft the minutes from {d}'s {m}", "write up the minutes of the {m}", "{doc} on {t} for the {m} pls",
        "need talking points on {t} for {p} by tonight", "make a one-page brief on {t}", "put {t} into a {doc} for the board",
        "pull together a {doc} for the {m} {dl}", "create the {doc} for {t} and send it to {p}",
        "prepare the {doc} for the {m}", "draft a {doc} on {t}", "put together a {doc} on {t} {dl}",
        "write a {doc} for {p} about {t}", "I need a {doc} on {t} for the {m} {dl}", "need a {doc} on {t}",
        "pull together talking points on {t}", "prep the {doc} for {d}'s {m}", "create a {doc} about {t}",
        "make a {doc} on {t}", "build a {doc} for the board on {t}", "can you draft the {doc} for the {m}",
        "get me a {doc} on {t} {dl}", "work up a {doc} about {t}", "update the {doc} for the {m} with {t}",
        "draft the agenda for the {m}", "write up a summary of {t}", "put a {doc} together for {p} on {t}",
    ],
    "document.organize": [
        "can you dig out {f}", "I need {f} pulled", "get me a copy of {f}", "scan {f} and save them to the drive",
        "get {f} to {p} for signature", "make sure {f} get signed by {p} {dl}", "file {f} under {t}",
        "get {f} countersigned by {p}", "chase down {p}'s signed {f}", "get {f} in front of {p} for signature {dl}",
        "pull {f} for the {m}", "get {p}'s sig on {f} {dl}", "get {f} signed off by {p}", "track down {f}",
        "{f} - pull it for {d}'s {m}", "where did we put {f}", "find the latest version of {f}",
        "file {f}", "find {f}", "where's {f}?", "do we have {f}?", "collect {f} from {p}",
        "organize {f} into one folder", "get {p}'s signature on {f}", "route {f} to {p} for signatures",
        "pull {f} for the {m}", "dig up {f}", "scan and file {f}", "put {f} in the shared drive",
        "can you locate {f}", "gather {f} for {t}", "get {f} signed by {p}", "send {f} to {p} for signature",
        "find me {f} from last year", "sort {f} by date", "file away {f} from the {m}",
    ],
    "travel.book": [
        "register {p} and me for {ev}", "register our team for {ev} before the early bird ends", "flt to {pl} {d} am, ret {d2}",
        "switch my train to {pl} to {c}", "change my hotel in {pl} to {d}", "get me to {pl} for {ev}", "book {ev} for me and {p}",
        "book me a flight to {pl} {d}", "get me a hotel in {pl} for {ev}", "book a car in {pl} {d}",
        "register me for {ev}", "change my flight to {pl} to {d}", "cancel my hotel in {pl}",
        "book travel to {ev} in {pl}", "get me on a flight to {pl} {d} night, back {d2}", "i need a train to {pl} {d}",
        "find me a hotel near {ev}", "book a rental car in {pl}", "move my flight to {d}", "sign me up for {ev}",
        "book flights and hotel for {ev}", "i need to be in {pl} {d}, book it", "cancel my flight to {pl}",
        "get me an uber to the airport {d} {c}", "book me into {ev}", "reserve a hotel room in {pl} {d}",
    ],
    "reminder.set": [
        "remember me {d} to send {f}", "i need a nudge {d} to bring {f}", "{du} from now, check in with me about {t}",
        "ping me in {du} about {t}", "remind me {d} morning about {t}", "have me follow up with {p} {d}",
        "put a reminder on my calendar to call {p} {d}", "poke me {d} about {t}",
        "remind me to call {p} {d} {c}", "remind me about {t} {d}", "ping me {d} {c} about {t}",
        "nudge me to review {f} {d}", "don't let me forget to sign {f} {dl}", "make sure i call {p} back {d}",
        "set a reminder to {t} {d} {c}", "remind me {du} before the {m} to read {f}", "remind me in 2 hours to call {p}",
        "dont let me forget about {t}", "reminder: {t} {d} {c}", "make sure I review the {doc} before the {m}",
        "can you remind me to follow up with {p} {d}", "set a reminder for {d} {c} to check on {t}",
        "alert me {d} about {t}", "give me a heads up {d} {c} to prep for the {m}",
    ],
    "task.general": [
        "get IT to fix my badge reader", "have facilities look at the leak in the {t} office", "order a cake for {p}",
        "reserve parking for {p} {d}", "set up catering for {d}'s {m}", "get the vendor out to fix the printer",
        "arrange a car service for {p} {d}", "buy a gift for {p}'s retirement", "get my laptop repaired",
        "send flowers to {p}", "get maintenance to look at the AC in the {t} office", "get a locksmith out to the clinic {d}",
        "lock down the auditorium for the {m} {d} {c}", "get the vendor on the phone about {t}", "order more supplies for the {m}",
        "book the conference room for the {m} {d} {c}", "call IT about my laptop", "get {p} a parking pass",
        "set up coverage for {p} {d}", "process my expense report for {ev}", "renew my parking permit {dl}",
        "pay the {t} invoice {dl}", "submit the PTO form for {d}",
        "order more printer paper for the office", "submit my expense report for the {pl} trip", "call the {p} about {t}",
        "renew my license {dl}", "book the boardroom {d} {c}", "reserve the conference room {d} for the {m}",
        "order lunch for the {m} {d}", "file my conference reimbursement {dl}", "pay the invoice from the vendor",
        "get a quote from the vendor on {t}", "set up my new laptop", "reset my epic password",
        "order flowers for {p}", "pick up a gift card for {p}", "renew the DEA registration {dl}",
        "can someone call the vendor about {t}", "process the PTO request for {p}", "submit the timecards {dl}",
        "get parking validated for {p}", "reserve a room for the {m} {d}", "order 2 cases of water for the {m}",
        "expense report for the {pl} trip pls", "arrange catering for the {m}", "get a new badge for {p}",
        "fix the projector in the boardroom", "call facilities about the parking garage",
    ],
    "ticket.status": [
        "what did you get done on {t}?", "has the {doc} gone out yet", "what's left on my plate", "any news on the {m}?",
        "remind me what you're working on", "status of my requests pls", "did {f} get filed?", "what happened with {t}?",
        "did anyone confirm the caterer for {d}?", "{f} - sent?", "list everything you're working on for me", "anything still outstanding from {d}?",
        "what's pending for {t}", "did {p} ever get back to you about {t}?", "where do we stand on {t}?", "any word on {f}?",
        "was the {m} moved?", "give me a list of everything still open",
        "what's open?", "what's the status of the {doc}?", "did you ever get the {m} moved?", "any update on {t}?",
        "where are we on the {doc}", "what's on my list", "what have you done today", "status?",
        "is the {m} booked yet?", "did the {doc} go out?", "what tasks are pending", "show me my open tickets",
        "has {p} signed {f} yet?", "what's still outstanding", "how's the {doc} coming along?",
        "did you book my flight to {pl}?", "any progress on {f}?", "list my requests",
    ],
    "none": [
        "the {doc} for the {m} is done", "I already booked my flight to {pl}", "{p} signed {f} this morning",
        "we moved the {m} ourselves", "finished the {doc}, sent it to {p}", "the {m} got cancelled, nothing to do",
        "FYI {p} will be covering for me {d}", "just so you know, {t} is delayed again", "I emailed {p} already",
        "the flight got changed by the airline, all good", "{p} says thanks for {t}", "re {t}: resolved",
        "you can ignore the email from {p}", "the {m} is confirmed for {d} {c}", "good call on the {doc}",
        "{d} {c}", "{d}", "{c}", "{d} works", "how about {d} {c}?", "{d} is fine", "{p}", "yes", "no", "sure",
        "{d} at 3", "maybe {d}?", "{c} works for me", "either {d} or {d2}", "{p} and {p2}",
        "heading into the {m}, phone off till 5", "on my way to the OR, back at 2", "the {c} with {p} went fine, no follow-up needed",
        "board approved {t} thanks for all the help", "not a request, just venting about {t}", "not sure if you saw, but {p} got an award",
        "is it supposed to rain {d}?", "{p} already moved the {m}", "sent a message to {p} myself", "i'll be at the {m} {d} {c}",
        "FYI {t} is on track", "the {doc} looks great", "thanks, that's perfect", "{m} went long, I'm back now",
        "I reviewed {f} already", "we're all set for {d}", "just landed in {pl}", "good news: {t} passed",
        "thanks!", "thank you so much", "great, thanks", "good morning!", "hope the weekend was ok", "sounds good",
        "ok", "got it", "perfect", "the {m} went well", "FYI the survey team left", "ugh, the parking garage is full again",
        "I'll handle the call with {p} myself", "never mind", "the {doc} is done", "{p} already sent {f}",
        "the {m} is still on for {d}", "I'm running late today", "lol", "great job on the {doc}",
        "the {m} was moved already, all set", "happy friday", "I talked to {p} about {t} already",
        "don't send anything yet", "just venting, {t} is a mess", "heads up, i'm out {d}", "ok cool", "that works",
        "{p} is out sick {d}", "no need, I got it", "I booked the flight myself", "the budget passed!",
        "long day. {t} again.", "we're good, {p} handled it", "congrats to {p}", "have a good night",
        "{f} came in this morning", "ignore my last message", "the {m} ran long", "I'm in the OR until 2",
    ],
}

# More voices for each intent: indirect asks, someone else's wish relayed,
# people before the verb, mobile shorthand, and a little Spanish and
# Spanglish. Written from the label rules, like the templates above.
MORE = {
    "calendar.schedule": [
        "{p} wants {du} with me before the {m}, find something {d}", "{p} and I need to sit down about {t}",
        "could someone get {p} on my calendar {d}", "is there any way to get {p} and {p2} in a room {d} {c}",
        "{p} is asking for time with me re {t}. {d} works", "let's get a {m} on the books for {d}",
        "get {p} on a teams call {d}", "me and {p}, {du}, {d} {c}", "{m} {d} {c}, {du}, please set it",
        "i'd like a recurring {m} with {p} every other {d}", "book a {du} {m} with {p} {d} in the small conference room",
        "we should get together with {p} about {t} - {d}?", "pls find {du} for me and {p} {d}",
        "programa una reunion con {p} {d}", "agenda una junta con {p} el {d}", "ponme una cita con {p} {d}",
        "can u set up time w {p} {d} {c}", "put me down for the {m} {d} {c}", "schedule the {m} {d} {c}",
        "get the {m} on the calendar for {d} {c}", "add {p} to my calendar {d} for {du}",
    ],
    "calendar.reschedule": [
        "{p} would like the {m} pushed to {d}", "{p} asked to push our {c} to {d2}",
        "the {m} has to move, make it {d} {c}", "make my {c} with {p} a {c2} instead", "can the {m} be {d} instead of {d2}",
        "could someone push the {m} back a week", "the {m} conflicts with {m}, move it to {d}",
        "I'm stuck in the OR, can we move the {c} to {c2}", "mueve la reunion con {p} al {d}", "cambia mi cita con {p} para el {d}",
        "pls mv the {m} to {d} {c}", "any way to shift my {m} with {p} to later {d}", "let's do the {m} {d} instead",
        "{m} is moving to {d} {c}, please update the invite", "can you rebook my {c} with {p} for {d}",
    ],
    "calendar.cancel": [
        "i won't be at the {m} {d}, I'm traveling", "I won't be attending the {m} {d}", "send my regrets for the {m}",
        "decline the {m} on {d}, I'm out", "can't do the {m} {d}, stuck in surgery", "{p} is on leave so the {m} {d} is off, please cancel",
        "cancela la reunion con {p} del {d}", "pls cxl my {c} {d}", "take me off the {m} invite",
        "we have to scrap the {m} {d}", "bail on the {m} for me {d}", "let's not do the {m} {d}, cancel it",
    ],
    "email.draft_reply": [
        "{p} emailed about {t}, draft a reply saying we're in", "write {p} back and say {d} works",
        "send a response to {p}'s email, tell them we need more time", "shoot {p} a reply about {t}",
        "put together a reply to {p} on {t}", "reply to {p} - yes to {d}", "contesta el correo de {p} sobre {t}",
        "respond to the email from {p} about {t}, tell them maybe next quarter", "answer {p} back on the {t} thread",
    ],
    "email.send": [
        "get the {doc} over to {p} {dl}", "can you get {f} to {p}", "dm {p} the {doc}", "dm {p} and ask about {t}",
        "send {p} the {doc} for review",
        "give {p} a heads-up that the {m} is {d}", "text {p} that i'm stuck in traffic", "tell {p} i'll be late to the {m}",
        "drop {p} a note so they know {t} shifts {d}", "post the {doc} in the leadership channel",
        "share the {doc} with {p}", "confirm with {p} that we're still on for {d}", "email {p} and cc {p2} about {t}",
        "send a quick note to {p} asking about {t}", "mandale un correo a {p} sobre {t}",
        "{p} is waiting on the {doc}, please pass it along", "ask {p} to cover the {m} {d}", "let {p} know we're out {d}",
        "forward {p}'s email about {t} to {p2}", "loop {p} in on the {t} thread", "send thank you cards to {p}",
    ],
    "email.triage": [
        "can you go through my email and pull out anything from {p}", "what came in overnight that needs me",
        "flag anything in my inbox about {t}", "sort my inbox, I'm drowning", "revisa mi correo y dime que es urgente",
    ],
    "document.prepare": [
        "{p} is asking for a {doc} on {t} {dl}, can you take it", "{t} goes to the {m} {d}; could you get a {doc} ready",
        "I want to dig into {t} ahead of the {m}. can you put an analysis together", "type up notes from the {m} and circulate them",
        "need a {doc} for {p} on {t}", "put together some slides on {t} for the {m}", "prepara un informe sobre {t} para el {d}",
        "draft a {doc} announcing {t}", "do the minutes for the {m}", "could you pull a {doc} on {t} together for the {m} {d}",
        "I need to brief {p} on {t} {d}, can you draft talking points", "write up a {doc} on {t} for {p}, {dl}",
        "prep a {doc} for my {m} with {p} {d}",
        "get me the {doc} on {t} {dl}", "have the {doc} ready {dl}", "i'll need the {doc} for the {m} {dl}",
        "get me the monthly {doc} {dl}", "run me a {doc} on {t}",
    ],
    "document.organize": [
        "all of {f} should be in a single binder before the {m}", "get {f} to {p} {dl}",
        "pull {f} for {d}'s {m}", "busca {f}", "can someone track down {f} from {p}",
        "we need {f} signed before the {m}",
    ],
    "travel.book": [
        "I need to get to {pl} for {ev}, can you handle travel",
        "reserva un vuelo a {pl} para el {d}", "book my flight to {pl} asap", "find me a room in {pl} near {ev} {d}",
        "i'm going to {ev} after all, sort out flights", "push my flight home to {d}",
    ],
    "reminder.set": [
        "remind me in {du} to call {p} back", "throw a reminder on my screen at {c}, {p} expects a call", "make sure i'm not late for the {m} {c}",
        "recuerdame llamar a {p} {d}", "make sure I call {p} {d}", "remind me {d} to get going on the {doc}",
        "set an alarm for {c} to leave for the {m}", "can you nudge me {d} about {f}", "reminder for me: {t} {d}",
    ],
    "task.general": [
        "call the vendor about {t}", "could someone replace the dead monitor in my office before the {m}",
        "book the atrium for the {m} {d} {c}", "reserve the auditorium {d} {c} for the {m}", "order lunch for {p} {d}",
        "the printer on 2 keeps dying, get someone to fix it", "send flowers to {p}'s family", "renew my board certification {dl}",
        "set up a parking pass for {p}", "pide el almuerzo para el {m}", "submit the timesheets {dl}",
        "get IT to reset {p}'s password", "put in a work order for the leak on 4 West",
    ],
    "ticket.status": [
        "did the {doc} for {p} go out?", "{f} - done?", "any word from {p} on {t}?", "did you ever hear back about {t}?",
        "did the {m} get moved?", "where are we with {f}?", "is the {m} booked yet?", "what's still open on my list?",
        "did anyone send {p} the {doc}?", "que paso con {t}?", "have you finished the {doc} yet?",
    ],
    "none": [
        "anyone watching the playoffs tonight?", "does the gift shop close early {d}?", "what's the weather like in {pl} {d}?",
        "met with {p} {c}, they signed off on all of it", "the {m} went great, {p} loved it",
        "note to self: {t} can wait", "gorgeous day in {pl}, wish I were outside", "{p} and I already talked about {t}",
        "I already told {p} about the {m}", "we're all set for the {m}, no changes",
        "{p} called, everything's fine", "the {m} was great, nothing needed", "just finished the {m}, exhausted",
        "no action needed on {t}", "I'm so done with {t} this week", "{p} will handle the {m} herself",
        "the {doc} went out yesterday", "ok the {m} happened, all good", "everything for {d} is booked, thanks",
        "muchas gracias!", "gracias por todo", "buenos dias", "any idea if it's going to snow {d}?",
        "did you hear {p} is retiring?", "can you believe {t}", "honestly {t} is the worst", "FYI {p} moved the {m} to {d} herself",
        "{p} signed {f} already, thanks", "the {doc} is with {p} now", "fyi: {m} is still on {d} {c}",
    ],
}
# Patients named in requests (with the identifiers clinicians add); the
# guard redacts them, the parser still has to read the ask around them.
PATIENTS = """pt Jane Roe|patient John Doe|Mrs. Alvarez in 412|pt Omar Haddad, MRN 5521893|the patient in bed 7|
Mr. Kealoha (MRN 7734120)|pt R. Singh DOB 3/4/1951|our patient Ms. Brandt|the family of pt Lee|
pt Tran, MRN 998812""".replace("\n", "").split("|")

MORE["calendar.schedule"] += ["schedule a family meeting for {pat}", "set up a care conference for {pat} {d} {c}",
                              "book {du} with the family of {pat} {d}", "arrange a goals-of-care meeting for {pat}"]
MORE["email.send"] += ["let {p} know {pat} is being discharged {d}", "email the care team about {pat}"]
MORE["reminder.set"] += ["remind me to call the family of {pat} {d} {c}", "remind me {d} to check on {pat}"]
MORE["document.prepare"] += ["draft a summary of the complaint from {pat}", "prepare a brief on the incident with {pat}"]
MORE["document.organize"] += ["pull the chart for {pat}", "find the consent form for {pat}"]
MORE["task.general"] += ["arrange transport for {pat} {d}", "get an interpreter for {pat} {d} {c}"]
MORE["ticket.status"] += ["did the family meeting for {pat} get booked?", "any update on the complaint from {pat}?"]
MORE["none"] += ["{pat} was discharged this morning", "the family of {pat} sent thanks"]

ROOMS = """huddle room 2|the boardroom|conference room A|the small conference room|the auditorium|the atrium|the sim lab|
the 4th floor classroom|the executive conference room|the library|the chapel|the cafeteria annex|the education center""".replace("\n", "").split("|")

MORE["calendar.schedule"] += ["set the {m} for {d}, all day", "put the {m} planning {d} {c}", "{m} prep {d} {c}, book it",
                              "pencil the {m} in for {d}", "get the {m} on the books for {d}"]
MORE["calendar.cancel"] += ["delete the {m} from my calendar", "you know what, just cancel the {m} {d}",
                            "get rid of the {m} on {d}, nobody needs it", "the {m} {d} can go, cancel it"]
MORE["calendar.reschedule"] += ["{d}'s {m} -- can it be {d2}?", "{m} on {d}: could we do {d2} instead",
                                "{p} asked if we can move the {m} so they can make it"]
MORE["email.send"] += ["email {p} the {doc} {d} {c}", "send {p} the {doc} for review", "forward the {doc} to {p} for comments",
                       "email the {m} members the {doc} {c}", "text {p} the {doc} link"]
MORE["task.general"] += ["book {room} {c} for {du}", "reserve {room} for the {m} {d}", "can you grab {room} {d} {c}",
                         "book {room} for the {m}, {d}, {c}"]
MORE["ticket.status"] += ["{doc} for the {m} - done?", "{f} for {p} - out yet?", "did {f} get to {p}?"]
MORE["none"] += ["ugh, 110 degrees and the parking lot is still torn up", "fyi {p} is taking over {t} starting {d}",
                 "{doc} is finished and went to {p}", "{p} will cover {m} going forward, just so you know",
                 "hot one today, the AC in the {m} room is dying", "the {m} went fine, {p} approved the plan"]

# Relative shifts: the new time is a length of time from the old one.
SHIFTS = ["back an hour", "an hour later", "30 minutes earlier", "up 15 minutes", "back half an hour",
          "out a week", "back a day", "by 30 min", "45 min later", "up an hour"]
MORE["calendar.reschedule"] += [t.replace("{sh}", sh) for sh in SHIFTS for t in [
    "move my {c} {sh}", "push the {m} {sh}", "can we do the {m} {sh}?", "the {m} is {d} {c}. can you move it {sh}",
    "slide the {c} with {p} {sh}", "{m} {d} -- push it {sh} pls"]]

# Opinion questions about a thing done are chatter; catching up on mail is
# triage; a reminder's task after a colon; getting a document out to people
# is a message.
MORE["none"] += ["did {p} like the {doc}?", "{p} loved the {doc}", "did {p} enjoy the {m}?"]
MORE["email.triage"] += ["catch me up on email, I was out {d}", "catch me up on my inbox", "what did I miss in my email {d}?"]
MORE["reminder.set"] += ["set a reminder for {d}: renew {f}", "reminder {d} {c}: call {p} about {t}", "remind me {d} {c} to renew my {f}"]
MORE["email.send"] += ["get the {doc} out to {p} {dl}", "push the {doc} out to the {m} members"]
MORE["ticket.status"] += ["status on the hotel in {pl}?", "status on {f}?", "where do we stand on the {doc}?"]

for _k, _v in MORE.items():
    T[_k] = T[_k] + _v

# Background a request often comes after: facts, other people's plans and
# dates of other things. Their cue words are not the ask.
CONTEXT += ["The {m} is {d} and {p} will be there. ", "{p} wants to revisit {t} at the {m}. ",
            "We're presenting {t} to the board {d}. ", "As you know, {t} has been slipping. ",
            "{p} called me about {t} this morning. ", "I just got out of the {m} with {p}. ",
            "The {doc} for {t} is done and sent. ", "{p} cancelled on me again. ",
            "Some context: {t} came up at the {m}. ", "Thread below. ", "Passing this along. ",
            "Per our conversation, ", "The {m} got moved to {d}. ", "I can't believe {t} again. ",
            "{p} asked for an update on {t}. ", "The survey team arrives {d}. ",
            "Not urgent but ", "Sorry to bug you. ", "Hope your weekend was good! "]

SECOND = ["and {v}", ". also {v}", ", then {v}", ". oh and {v}", "; {v}"]
SECOND_ASKS = ["email {p} about it", "send me the {doc}", "cancel my {c}", "find {f}", "book the boardroom",
               "remind me {d}", "draft a {doc} on {t}", "book my flight to {pl}", "set up a call with {p} {d}",
               "move my {m} to {d}", "order lunch for the {m}", "what's the status of the {doc}?",
               "have {p} print {f}", "reply to {p}'s email"]

KEYS = "qwertyuiopasdfghjklzxcvbnm"

# Mobile shorthand for a whole message.
SHORT = {"you": "u", "your": "ur", "please": "pls", "thanks": "thx", "meeting": "mtg", "tomorrow": "tmrw",
         "with": "w/", "about": "abt", "before": "b4", "tonight": "2nite", "message": "msg", "because": "bc",
         "appointment": "appt", "cancel": "cxl", "schedule": "sched", "are": "r", "to": "2"}


def typo(r, w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = r.randrange(1, len(w) - 1)
    op = r.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1:]
    if op == 1:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 2:
        return w[:i] + r.choice(KEYS) + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def vary(r, text, intent):
    if intent not in ("none", "ticket.status") and r.random() < 0.2:
        text = pick(r, WRAPPERS).format(x=text[:1].lower() + text[1:])
    if r.random() < 0.1:
        # dictated: fillers between words
        ws = text.split(" ")
        k = r.randrange(len(ws))
        ws.insert(k, pick(r, FILLERS))
        text = " ".join(ws)
    if intent != "none":
        if r.random() < 0.5:
            text = pick(r, POLITE_PRE) + text
        if r.random() < 0.5:
            text = text + pick(r, POLITE_POST)
        if r.random() < 0.25:
            text = pick(r, CONTEXT).format(**slots(r)) + text
        if r.random() < 0.18:
            text = text + pick(r, SECOND).format(v=pick(r, SECOND_ASKS).format(**slots(r)))
    elif r.random() < 0.3:
        text = text + pick(r, ["", " thanks", "!", " :)", " lol", "."])
    if r.random() < 0.1:
        text = " ".join(SHORT.get(w.lower(), w) for w in text.split(" "))
    if r.random() < 0.25:
        text = " ".join(typo(r, w) if r.random() < 0.2 else w for w in text.split(" "))
    x = r.random()
    if x < 0.08:
        text = text.upper()
    elif x < 0.3:
        text = text.lower()
    elif x < 0.45:
        text = text[:1].upper() + text[1:]
    return " ".join(text.split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=1500, help="sentences per intent")
    a = ap.parse_args()
    r = random.Random(a.seed)
    for intent in sorted(T):
        for _ in range(a.n):
            text = pick(r, T[intent]).format(**slots(r))
            print(json.dumps({"text": vary(r, text, intent), "intent": intent}, ensure_ascii=False))


if __name__ == "__main__":
    main()
