package intents

import (
	"strings"
	"sync"
)

// This file holds the word lists the rules are written against, and the
// typo tolerance that maps a misspelt keyword onto its canonical form.

// aliases maps abbreviations, chat spellings and frequent typos that are too
// short for edit-distance matching onto the canonical word.
var aliases = map[string]string{
	"tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "tmrow": "tomorrow", "2morrow": "tomorrow",
	"wk": "week", "wks": "weeks", "nxt": "next", "b4": "before",
	"tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow", "tdy": "today",
	"u": "you", "ya": "you", "ur": "your", "pls": "please", "plz": "please", "plse": "please", "pl": "please",
	"thx": "thanks", "thnx": "thanks", "thanx": "thanks", "ty": "thanks", "tx": "thanks", "thnk": "thank",
	"hte": "the", "teh": "the", "th": "the", "ned": "need", "nede": "need", "cld": "could", "wld": "would",
	"cn": "can", "mtg": "meeting", "mtgs": "meetings", "appt": "appointment", "appts": "appointments",
	"w/": "with", "w": "with", "mins": "minutes", "min": "minutes", "hr": "hour", "hrs": "hours",
	"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday",
	"thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
	"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
	"aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
	"jan.": "january", "feb.": "february", "mar.": "march", "apr.": "april", "jun.": "june", "jul.": "july",
	"aug.": "august", "sep.": "september", "sept.": "september", "oct.": "october", "nov.": "november", "dec.": "december",
	"dr.": "dr.", "asap": "asap", "eod": "eod", "cob": "eod", "eow": "eow", "eom": "eom", "fwd": "forward", "msg": "message",
	"cal": "calendar", "resched": "reschedule", "sched": "schedule", "rmd": "remind", "pm": "pm", "am": "am",
	"p.m": "pm", "a.m": "am", "p.m.": "pm", "a.m.": "am", "im": "i'm", "dont": "don't", "cant": "can't",
	"abt": "about", "thru": "through", "cxl": "cancel", "some1": "someone", "ppl": "people",
	"didnt": "didn't", "wont": "won't", "hows": "how's", "whats": "what's", "wheres": "where's",
}

// fuzzyKeys are the words whose one-edit misspellings ("shedule", "cancle",
// "mvoe") are corrected. Only words that carry the rules are listed.
var fuzzyKeys = strings.Fields(`
schedule reschedule cancel move push shift bump postpone remind reminder reply respond send email forward
draft prepare organize organise triage inbox mailbox calendar meeting meetings tomorrow today tonight
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december urgent important priority please thanks thank book reserve order renew
register registered status flight hotel train travel agenda report memo summary track through change remove
decline forget noon morning afternoon evening minutes hours next week month appreciate could would need
instead review meet call file find collect gather sort archive clean write response message cleanup
arrange locate signature signatures sign slides deck briefing unread messages
asap immediately later latest before until within couple hour minute weekend quarter
reminders nudge ping emails tickets requests update progress done open pending`)

// protectedWords are real English words one edit away from a fuzzy key
// ("rush" from "push", "chance" from "change", "sent" from "send"): they are
// never corrected. Generated from a dictionary.
var protectedWords = strings.Fields(`
afternoons agendas alight alter aping appreciated appreciates aprils arch archie archived
archives arranged arranger arranges augusta augusts ball bather beck beet bend bending bequests
bile bind blight bone boob books boom boon boor boos boot border bork brain briefings brook
budge bumps bumpy bums burp bush calendars calf cali calk calls calm cancels cancer carl cater
cather cell chance chancel chang changed changes charge clan cleans cleanups clear cleat cold
collects cone cook coon corning coupe coupled couples couplet cove crack craft cull daft dane
decembers decks declined declines decs deed demo deport deserve desk dick dine ding dock dole
dome dona donn donne dons dope dose dote dour dove doze drafts drafty drain drift drone duck
duly dump dune eater elides emil ending evenings fall father feed feet fend fending fiend fife
fight filed files filet fill film finds fine fined fink finn fins fire five flights flighty
fond forge forged forger forges forgets forgot fort forwards four fours frack fridays fright
fudge fund gall gathers geed geek glean glides gone gook goon gould graft grain gravel gush
hall hank hanks hater heck heed hind hing hone hook horus hostel hotels hove hovel hump hush
jane jove jude judge judy jump junes jung junk juno jury jute keck kind king kneed kook kraft
lager lamer lamest larch laser late latent latex lather latter laxer laxest layer lean lease
leek lend lending light lind liter locale located locates lone look loon love lump lush mach
mail mails mall marc marci marco marcy marsh massage massages match mather mclean meat meek
meets mego melt melting meme memos mend mending mete meting mile mind ming minuet minuets
minuses minuted minuter minutest moaning mode moet mole mondays mont monte months monty moon
mooning mope more mornings mort mote motel moth mourning mouth moved mover moves movie mush
neat neck needs needy neon nerd nest newt nile none nook noun novembers nude nudged nudges
octobers odder oder older olen omen oort opec opel opens orders organism organist organized
organizer organizes ours oven owen oxen pall pang parch pease peck peed peek pend penning
pickets piing pile pine pings pink pins pint pleas pleased pleases plight plush pming pone port
posh postponed postpones pour pours prepared prepares preserve preview pugh pump pushy puss
quarters quartet rack raft rain rather ravel rebind recline reed reek registers rely remainder
remainders remand reminded reminds remote removed remover removes rend rending rene renee
renews repay replay reports request rescheduled reschedules reserved reserves resister resort
responds responses retort reviews rewind rickets rile rind ring rite rook rove rump rune rush
sand saturdays scheduled scheduler schedules seed seek sending sends sent septembers shaft
shank shanks shifts shifty shirt shit short shrift sian sides sift sigh signs sing slater
slices slide slider sliders slight snort soft soon soot sore sorta sorts sour sours spend
spending sport states stats statue statues strain summery sump sundae sundas sundays sundry
swift tack tall tank tanks teed tend tending text than thanh thant thickets think thinks
thorough though thunk thunks thursdays tickers ticket tile ting toady toddy tokay tomorrows
tone took tort tour tours trace traci tracks tract tracy trail trains trait tran travels trick
trite trough truck tuesdays tune tush twain unready unreal untie updated updater updates
upending vend vending vile waite wall water weak wednesdays weed weekends weeks weep weer wees
wend wending white wickets wile wind wing world woulds wound wove wrack writ writer writes
writhe writs wrote your yours zing zone
thurs tues weds`)

var (
	fuzzyByLen [24][]string
	fuzzySet   = map[string]bool{}
	protected  = map[string]bool{}
)

func init() {
	for _, k := range fuzzyKeys {
		fuzzySet[k] = true
		if len(k) < len(fuzzyByLen) {
			fuzzyByLen[len(k)] = append(fuzzyByLen[len(k)], k)
		}
	}
	for _, w := range protectedWords {
		protected[w] = true
	}
}

// canon returns the canonical form of a lower-case word and whether it was
// typo-corrected (which lowers confidence).
func canon(low string) (string, bool) {
	if a, ok := aliases[low]; ok {
		return a, false
	}
	if fuzzySet[low] || protected[low] || len(low) < 4 || len(low) >= len(fuzzyByLen)-1 {
		return low, false
	}
	canonMu.RLock()
	c, ok := canonCache[low]
	canonMu.RUnlock()
	if ok {
		return c.w, c.fixed
	}
	w, fixed := canonUncached(low)
	canonMu.Lock()
	if len(canonCache) < maxCanonCache {
		canonCache[strings.Clone(low)] = canonical{w, fixed}
	}
	canonMu.Unlock()
	return w, fixed
}

// canonCache remembers canon's answers: the typo search walks every key of
// a similar length, and the words of real traffic repeat. It stops growing
// at maxCanonCache words, so odd input cannot grow it without bound.
var (
	canonMu    sync.RWMutex
	canonCache = map[string]canonical{}
)

const maxCanonCache = 200_000

type canonical struct {
	w     string
	fixed bool
}

func canonUncached(low string) (string, bool) {
	if a, ok := aliases[low]; ok {
		return a, false
	}
	if fuzzySet[low] || protected[low] || len(low) < 4 || len(low) >= len(fuzzyByLen)-1 {
		return low, false
	}
	for i := 0; i < len(low); i++ {
		if c := low[i]; c < 'a' || c > 'z' {
			return low, false
		}
	}
	// Four-letter words only accept a swap ("mvoe"): other single edits of
	// short words hit too many real words.
	for n := len(low) - 1; n <= len(low)+1; n++ {
		if n < 4 {
			continue
		}
		for _, k := range fuzzyByLen[n] {
			if (len(low) == 4 || n == 4) && !(len(k) == len(low) && swapped(low, k)) {
				continue
			}
			if editOne(low, k) {
				return k, true
			}
		}
	}
	return low, false
}

// swapped reports whether a and b (same length) differ by one adjacent swap.
func swapped(a, b string) bool {
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i+1 >= len(a) || a[i] != b[i+1] || a[i+1] != b[i] {
		return false
	}
	return a[i+2:] == b[i+2:]
}

// editOne reports whether a and b are exactly one substitution, insertion,
// deletion or adjacent transposition apart (restricted Damerau distance 1).
func editOne(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) == len(b) {
		i := 0
		for a[i] == b[i] {
			i++
		}
		if a[i+1:] == b[i+1:] {
			return true
		}
		return swapped(a, b)
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) != 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return a[i:] == b[i+1:]
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	determiners = set("the a an my our your his her their this that these those its some")
	titles      = set("dr dr. mr mr. mrs mrs. ms ms. prof prof. professor doctor sr. jr. sister father fr fr. rabbi rev rev. reverend pastor imam brother chaplain sra sra. srta srta. dra dra. uncle aunt auntie")
	weekdays    = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}
	months      = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
	numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
		"thirty": 30, "forty": 40, "forty-five": 45, "ninety": 90, "couple": 2, "few": 3}
	meetingNouns = set(`meeting meetings call calls huddle huddles committee council review session offsite retreat
		roundtable sync 1:1 1-1 one-on-one check-in checkin standup stand-up appointment appointments hold lunch dinner
		coffee interview visit rounds board discussion debrief touchbase touch-base catch-up catchup conference
		briefing presentation demo walkthrough webinar workshop training orientation forum town townhall
		town-hall meetup summit consult consultation follow-up followup kickoff kick-off planning chat time slot block`)
	docNouns = set(`agenda agendas deck decks slides slide memo memos report reports briefing brief talking points
		summary summaries one-pager onepager notes minutes letter letters draft proposal document documents doc docs
		file files form forms contract contracts policy policies attestations attestation receipts receipt ndas nda
		w-9s w-9 w9s w9 presentation outline plan packet binder handout handouts template spreadsheet dashboard
		scorecard survey submission roster invoice invoices records paperwork pdf pdfs analysis writeup write-up
		narrative script remarks speech bio faq timeline checklist charter budget statement minutes sop evaluations
		evaluation reviews certificates certificate licenses agreements agreement`)
	travelNouns = set(`flight flights hotel hotels train trains car rental uber lyft taxi cab shuttle airfare plane
		airline ticket tickets amtrak lodging accommodations accommodation itinerary travel`)
	roomNouns  = set(`room rooms auditorium boardroom space conference-room suite hall atrium classroom lab`)
	inboxNouns = set(`inbox inboxes email emails mailbox mail messages unread e-mail e-mails`)
	roleHeads  = set(`officer director chief manager managers chair chairs chairman chairwoman contractor coordinator
		administrator president vp svp evp nurse nurses physician physicians doctor surgeon surgeons assistant
		assistants lead leads head heads counsel rep reps representative liaison supervisor supervisors secretary
		treasurer dean provost recruiter analyst analysts architect engineer consultant auditor auditors attorney
		lawyer pharmacist therapist resident residents fellow fellows intern interns staff team-lead specialist
		ts hospitalist cio coo ceo cfo cmo cno cmio cto chro ciso cqo cco cso cdo cpo cnio ams md pa np rn cra
		superintendent principal controller partner partners members trustees trustee scheduler planner steward
		champion champions educator educators navigator navigators owner owners sponsor sponsors president's
		chiefs directors officers coordinators administrators architects engineers consultants attorneys lawyers
		pharmacists therapists deans specialists hospitalists surgeons physicians vps techs tech attendings attending
		stewards steward reporter reporters volunteers team gc advocate advocates advisor advisors adviser visitor
		visitors preceptor preceptors preventionist preventionists mayor operator chaplain chaplains family
		candidates candidate ceos cfos cmos cnos coos cios providers provider clinicians ea eas adon adons admin
		admins mgr mgrs rns daughter son wife husband spouse granddaughter grandson niece nephew deputy
		accountant accountants guy guys sup sups registrar registrars intensivist intensivists custodian custodians
		deputies`)
	// orgWords are organisations and departments: never people.
	orgWords = set(`humana aetna cigna medicare medicaid cms epic cerner hfma aamc jcaho
		unitedhealthcare uhc bcbs anthem kaiser finance compliance hr it legal pharmacy facilities marketing
		security payroll accounting procurement purchasing admissions radiology cardiology oncology surgery
		nursing billing credentialing quality ops operations department dept committee council board
		foundation vendor vendors everyone all anyone group channel ap ar evs ems`)
	politeWords = set(`please thanks thank thankyou appreciate appreciated cheers kindly great awesome perfect
		brilliant ok okay sorry hey hi hello`)
)

// firstNames is a modest list of common given names, a supporting cue for
// lower-case names in person slots ("send ingrid the memo").
var firstNames = set(`aaron adam adrian aisha alan alex alexander alice alicia allison amanda amber amy ana andrea
andrew angela anita ann anna anne anthony antonio arjun ashley barbara ben benjamin beth betty bev beverly bill
bob brad brandon brenda brian brittany bruce carl carla carlos carmen carol caroline carolyn catherine chen chris
christina christine christopher cindy claire colin connor craig cynthia dan daniel danielle david dawn deborah
debbie denise dennis derek diana diane donald donna doris dorothy doug douglas dylan ed eduardo elena elizabeth
ellen emily emma eric erica erin ethan eva evelyn frank gabriel gary george gina grace greg gregory hannah harold
heather helen henry holly ian isabel jack jacob james jamie jane janet janice jason jean jeff jeffrey jen jennifer
jeremy jerry jessica jill jim joan joe john jon jonathan jordan jose joseph josh joshua joyce juan judith julia
julie justin karen kate katherine kathleen kathy katie kayla keith kelly ken kenneth kevin kim kimberly kyle larry
laura lauren leah lee leslie linda lisa liz logan lori louis lucas luis luke lynn maria marie marilyn mark martha
martin mary matt matthew megan melissa michael michelle mike miguel mohammed monica nancy natalie nathan nicholas
nicole noah olivia omar pamela pat patricia patrick paul paula peter philip priya rachel rahul raj ralph randy ray
raymond rebecca renee richard rick rita rob robert robin roger ron ronald rose ruth ryan sam samantha samuel sandra
sara sarah scott sean sharon shawn sheila shirley sophia stephanie stephen steve steven sue susan tammy tanya
teresa terry theresa thomas tim timothy tina todd tom tomas tony tracy travis tyler valerie vanessa victor victoria
vincent virginia walter wanda wayne wei william yolanda zach zoe`)
