package phi

import (
	"testing"
)

// dateScores scans text and returns the date model's score of each date
// candidate, by its text, and whether the cue rules took it.
func dateScores(text string) (map[string]float32, map[string]bool) {
	z, rule := map[string]float32{}, map[string]bool{}
	s := new(scanner)
	s.dateTrain = func(d dateRec, r bool, f []uint16) {
		var v float32
		for _, k := range f {
			v += dateWeights[k]
		}
		w := string(s.b[d.s:d.e])
		z[w], rule[w] = v, r
	}
	s.reset(text)
	s.run()
	return z, rule
}

// TestDateModelSides checks that the committed model scores health dates
// of a named person above zero and scheduling dates below, on messages
// written for this test in several voices.
func TestDateModelSides(t *testing.T) {
	health := []struct{ text, date string }{
		{"Marisol Quintero was admitted 3/14 after a fall at home", "3/14"},
		{"pls pull records for Anton Becker, DOB 07/22/1941", "07/22/1941"},
		{"Her son says Gwendolyn Achebe had the cataract surgery on 9/2", "9/2"},
		{"Ravi Menon, discharged 11/29, needs a f/u call", "11/29"},
		{"mr. hollis okoro fell in the bathroom 12/3, no injury", "12/3"},
	}
	sched := []struct{ text, date string }{
		{"Budget review moved to 4/18 at 10am, same room", "4/18"},
		{"Reminder: the badge renewal deadline is 6/30 for all staff", "6/30"},
		{"Can you put the vendor demo with Priya Sethi on my calendar for 2/9?", "2/9"},
		{"the corporate card ending 4421 expires 05/28", "05/28"},
		{"Town hall 8/14 at noon, Dr. Lena Moss presenting the new parking plan", "8/14"},
	}
	for _, c := range health {
		if z, _ := dateScores(c.text); !(z[c.date] > 0) {
			t.Errorf("%q: score of %q %.2f, want > 0", c.text, c.date, z[c.date])
		}
	}
	for _, c := range sched {
		z, _ := dateScores(c.text)
		if v, ok := z[c.date]; !ok || v >= 0 {
			t.Errorf("%q: score of %q %.2f (candidate %v), want < 0", c.text, c.date, v, ok)
		}
	}
}

// TestDateCandidates checks that the dates the cue rules drop are
// candidates too, each once.
func TestDateCandidates(t *testing.T) {
	text := "Teodor Lupu seen 3/4; staff meeting 3/6 at 2pm; admitted March 7, 2024, discharged the 9th"
	z, rule := dateScores(text)
	for _, d := range []string{"3/4", "3/6", "March 7, 2024", "the 9th"} {
		if _, ok := z[d]; !ok {
			t.Errorf("%q is no candidate (have %v)", d, z)
		}
	}
	if rule["3/6"] || !rule["3/4"] {
		t.Errorf("rules: %v", rule)
	}
	s := new(scanner)
	s.dateTrain = func(dateRec, bool, []uint16) {}
	s.reset(text)
	s.run()
	for i := 1; i < len(s.dates); i++ {
		if s.dates[i].s <= s.dates[i-1].s {
			t.Errorf("candidates not one per start in order: %v", s.dates)
		}
	}
}

// TestDateCombine checks the rescue and the veto of the hybrid
// combination with weights set by hand: a bias alone moves every score.
func TestDateCombine(t *testing.T) {
	savedW, savedC, savedR, savedV, savedF := dateWeights, dateCombine, dateRescue, dateVeto, dateRescueRefused
	defer func() {
		dateWeights, dateCombine, dateRescue, dateVeto, dateRescueRefused = savedW, savedC, savedR, savedV, savedF
	}()
	const (
		kept    = "Ana Ruiz seen 3/4"          // the rules keep the date
		open    = "her printer toner came 3/6" // the rules have no reading
		meeting = "her retreat is 3/6 at 2pm"  // the rules read a meeting's date
	)
	dated := func(text string) bool {
		for _, f := range Scan(text) {
			if f.Type == Date {
				return true
			}
		}
		return false
	}
	check := func(what string, wantKept, wantOpen, wantMeeting bool) {
		t.Helper()
		if dated(kept) != wantKept || dated(open) != wantOpen || dated(meeting) != wantMeeting {
			t.Errorf("%s: dates kept/open/meeting = %v/%v/%v, want %v/%v/%v", what,
				dated(kept), dated(open), dated(meeting), wantKept, wantOpen, wantMeeting)
		}
	}
	dateWeights = [nDateFeatures]float32{}
	dateCombine, dateRescue, dateVeto, dateRescueRefused = dateHybrid, 2, -3, 8
	dateWeights[dfBias] = 0 // between the thresholds: the rules decide
	check("rules", true, false, false)
	dateWeights[dfBias] = 5 // above the rescue threshold: added, but not a date the rules refused
	check("rescue", true, true, false)
	dateWeights[dfBias] = 9 // above the refused threshold too: a date refused on a soft reading (a scheduling cue) is added
	check("rescue refused", true, true, true)
	dateWeights[dfBias] = -5 // below the veto threshold: dropped
	check("veto", false, false, false)
	dateWeights[dfBias] = 5 // above the rescue threshold, but no one in the message to own the date
	if dated("the printer toner came 3/6") {
		t.Error("rescued a date in a message about no one")
	}
	dateCombine = dateModelOnly
	dateWeights[dfBias] = 1
	check("model alone", true, true, true)
}

// TestDateListsAddNoWord checks that the date model's word lists hold
// words the lexicon has for other lists already: a new word would change
// what the other passes call a listed word.
func TestDateListsAddNoWord(t *testing.T) {
	own := map[int]bool{}
	for _, l := range []set{weekdays, selfWords, orgSelf, sinceWords, untilWords, onWords, seqWords, strongDateWords, schedClass,
		staffClass, condClass, dateClassAny} {
		own[l.id] = true
	}
	other := map[string]bool{}
	for id, ws := range lex.lists {
		if !own[id] {
			for _, w := range ws {
				other[w] = true
			}
		}
	}
	for id := range own {
		for _, w := range lex.lists[id] {
			if !other[w] {
				t.Errorf("%q is in no other list", w)
			}
		}
	}
}

// TestDateFeatureNames checks that every feature has a distinct name.
func TestDateFeatureNames(t *testing.T) {
	seen := map[string]bool{}
	for k, n := range dateFeatureNames {
		if n == "" || seen[n] {
			t.Errorf("feature %d: name %q", k, n)
		}
		seen[n] = true
	}
}

// TestDateMonthDashes checks a month, day and year joined by dashes, as
// some record exports write them ("MAR-14-1952"), beside "14-Mar-1952".
func TestDateMonthDashes(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Pt Lorcan Baptiste, DOB MAR-14-1952, called about his bill", "MAR-14-1952"},
		{"admitted Oct-02-23 via the ED, her daughter Ines is with her", "Oct-02-23"},
	} {
		found := false
		for _, f := range Scan(c.text) {
			if f.Type == Date && c.text[f.Start:f.End] == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no date %q in %v", c.text, c.want, Scan(c.text))
		}
	}
	if fs := Scan("ticket INC-04-2231 is open"); len(fs) > 0 {
		t.Errorf("ticket: %v", fs)
	}
}

// A date the rules took that the model leans against is dropped when no
// one in the message could own it, once every name pass has run. (Guards:
// on invented text the model's hashed context rarely leans against the
// date, so the cases hold before the change too; the tune figures in
// phi/README measure the change.)
func TestOwnerlessDates(t *testing.T) {
	runCases(t, []scanCase{
		{"BuildingReopens", "the gift shop opens again 3/14/26 after the remodel.", nil},
		{"RepairDay", "CT 2 is offline for the software upgrade Mar 14, scans go to CT 1", nil},
		{"SomeoneOwnsIt", "pt Ana Ruiz had her hip done 3/14/26, ortho f/u in 2 wks", []want{{Name, "Ana Ruiz"}, {Date, "3/14/26"}}},
	})
}
