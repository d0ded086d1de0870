package phi

import (
	"fmt"
	"testing"
)

// ageCase is a sentence and the ages the scanner must find in it, in order.
type ageCase struct {
	text string
	ages []string
}

// agesOf returns the text of the Age findings in text.
func agesOf(text string) []string {
	var out []string
	for _, f := range Scan(text) {
		if f.Type == Age {
			out = append(out, text[f.Start:f.End])
		}
	}
	return out
}

func runAgeCases(t *testing.T, cases []ageCase) {
	t.Helper()
	for _, c := range cases {
		if g := agesOf(c.text); fmt.Sprint(g) != fmt.Sprint(c.ages) {
			t.Errorf("ages in %q: got %q, want %q", c.text, g, c.ages)
		}
	}
}

func TestAgeWrittenForms(t *testing.T) {
	runAgeCases(t, []ageCase{
		{"Age/Sex: 93/F, admitted for CHF", []string{"93"}},
		{"pt is a 92 y.o. female", []string{"92"}},
		{"a 93yoF with CHF", []string{"93"}},
		{"pt is a 95yom s/p fall", []string{"95"}},
		{"a 97-yr-old woman with hip fx", []string{"97"}},
		{"Mr. Ortiz is 96 years young and still drives", []string{"96"}},
		{"she is ninety-four years of age", []string{"ninety-four"}},
		{"happy 101st birthday to our patient in 4W", []string{"101"}},
		{"she celebrates her 100th on sunday", []string{"100"}},
		{"At 94, she still lives alone", []string{"94"}},
		{"a widow of 96 lives alone on Elm", []string{"96"}},
		{"she turns one-hundred-and-two tomorrow", []string{"one-hundred-and-two"}},
		{"the chart says her age is 93", []string{"93"}},
		{"pt is 92 y o with fall", []string{"92"}},
		{"he is 93 yrs. old", []string{"93"}},
		{"she is ~95 and frail", []string{"95"}},
		{"Age | 97 | Sex | F", []string{"97"}},
		{"my mom (94) fell again", []string{"94"}},
		{"her dad, 96, fell at home", []string{"96"}},
		{"DOB 3/4/1931 (94), admitted for sepsis", []string{"94"}},
		{"admitted mrs k (94) to 4W", []string{"94"}},
		{"the lady in bed 12 is ninety-four and confused", []string{"ninety-four"}},
		{"he died at 95 in his sleep", []string{"95"}},
		{"she's a spry 96 and still drives", []string{"96"}},
		{"his age (93) is wrong in the chart", []string{"93"}},
		{"age approx 93, found down at home", []string{"93"}},
		{"being 96, she tires easily", []string{"96"}},
		{"at the age of 93 she moved in with us", []string{"93"}},
		{"her ninety-fifth birthday is friday, one party", []string{"ninety-fifth"}},
		{"his one hundred and first birthday was today at 2", []string{"one hundred and first"}},
	})
}

func TestAgeStated(t *testing.T) {
	runAgeCases(t, []ageCase{
		// pronoun and verb typed without the apostrophe
		{"shes ninety four and wants to go home", []string{"ninety four"}},
		{"hes 93 and lives alone", []string{"93"}},
		// a quoted age, and qualifiers between the verb and the number
		{`she said she's "ninety-three and done with hospitals"`, []string{"ninety-three"}},
		{"the son says his father is more than 97, per the old chart", []string{"97"}},
		{"grandma is well over 95 and still gardening", []string{"95"}},
		{"she is nearly 100 and sharp", []string{"100"}},
		// lower-case names, and the room between the name and the verb
		{"pt raj in 8 is 97! family bringing balloons", []string{"97"}},
		{"heads up marisol is ninety-two and needs a wheelchair at discharge", []string{"ninety-two"}},
		// several people's ages in a list
		{"my parents are 91 and 94 and both need rides", []string{"91", "94"}},
		// a surname after a title that is also a lab's abbreviation
		{"Mr Na was 94 this morning and wants to go home", []string{"94"}},
	})
}

func TestAgeAfterName(t *testing.T) {
	runAgeCases(t, []ageCase{
		{"pls call mr okafor (93, broken wrist) today", []string{"93"}},
		{"Visit for Lena Brooks (92, 4E-12) moved to noon", []string{"92"}},
		{"pls page ortho for mr okafor (91 - fractured hip)", []string{"91"}},
		{"pt raj (rm 12) is 102! oldest on the unit", []string{"102"}},
		{"Mr. Quill is one hundred and one.", []string{"one hundred and one"}},
		{"the nursing home called about Mrs. Vera Lindqvist ninety two she fell last night", []string{"ninety two"}},
		{"urgent add-on tomasz wojcik 94m bowel obstruction, or 12 at 1500", []string{"94"}},
		{"the warmer in bay 4 reads 99f", nil},
		{"the Maple Hill clinic sign says est. 1926 - 99 years and counting", nil},
		{"pt born 1926, 99 years old, lives alone", []string{"99"}},
	})
}

func TestAgeTypos(t *testing.T) {
	runAgeCases(t, []ageCase{
		{"pt ninty-four y/o fall at home", []string{"ninty-four"}},
		{"she turned ninetey-two last week", []string{"ninetey-two"}},
		{"he is nintey one and lives alone", []string{"nintey one"}},
	})
	for _, w := range []string{"ninety", "nine", "ninth", "nineteen", "ninny", "nifty", "ninetieth"} {
		if ninetyTypo(w) {
			t.Errorf("ninetyTypo(%q) = true", w)
		}
	}
}

func TestAgeNotAnAge(t *testing.T) {
	runAgeCases(t, []ageCase{
		// aggregates and the open-ended top age group
		{"pts aged 90 and over make up 12%", nil},
		{"the average age is 91 on 3W", nil},
		// aggregates, fields of counts, saturations on oxygen support
		{"median wait on the stroke pathway is 104 this quarter", nil},
		{"open slots: Cardiology 96, Neuro 12", nil},
		{"Mrs Okafor sat 93 on 2L overnight, weaning today", nil},
		{"the minimum age of 90 for the study", nil},
		{"the ninety-first day of the trial was monday", nil},
		{"patients over 95: 4", nil},
		{"two residents over ninety on the unit", nil},
		{"her mother is over 90 and fell twice", nil},
		{"she's in her 90s and sharp", nil},
		// ages of things and spans of years
		{"the chapel is 110 years old", nil},
		{"our 120-year-old hospital needs a new roof", nil},
		{"the hospital turns 100 this year", nil},
		{"it's 100 years old, the elevator", nil},
		{"celebrating 100 years of service to the community", nil},
		{"95 years ago the hospital opened", nil},
		{"our 100-year anniversary gala is Friday", nil},
		{"Dr. Lee has 92 years of combined experience on the team", nil},
		// counts, measures, rooms
		{"he has been sober 95 days", nil},
		{"HbA1c 9.5, weight 95 kg", nil},
		{"the 95% CI was wide", nil},
		{"census is 98 today", nil},
		{"budget is 95 and rising", nil},
		{"ROI backlog is 94, avg turnaround 3d", nil},
		{"room 101 is ready", nil},
		{"we have 120 beds", nil},
		{"They are 100 and counting", nil},
		{"Press Ganey at the 95th percentile", nil},
		{"Ruth Park (91, 92) rooms", nil},
		{"Smith (90 - 95) range", nil},
		{"it's a solid 95 on the survey", nil},
		{"pts ages about 90 to 95", nil},
		{"rooms 4, 93, 12 are clean", nil},
		{"we've served the community for 125 years", nil},
		{"Jones Hall (1921) is 104 years old", nil},
		{"she is 95% sure the meeting moved", nil},
		{"Tom is 92 minutes late", nil},
		{"he is 95 lbs soaking wet", nil},
		{"O2 sat is 94, on 2L", nil},
		{"the pt's HR was 102, BP 90/60", nil},
		{"Mrs. Cole, BP 100, HR 92, looks ok", nil},
		// a lab or a vital sign's reading, directly or through a linking word
		{"sodium was 124 this morning, recheck at noon", nil},
		{"Na was 124 on the am draw", nil},
		{"plt of 96 after the transfusion", nil},
		{"bs: 118, gave 2 units", nil},
		{"her temp was 101 today", nil},
	})
}

// Ages as chat and record fields write them: after a name and its room
// with the clause going on, spelled in parentheses after a name, a field
// with an equals sign, the pronoun and verb run together before a word of
// chat.
func TestAgeChatForms(t *testing.T) {
	runAgeCases(t, []ageCase{
		// age and sex glued, after a name or a list's dash; not a temperature
		{"bed 34 Lorcan 99M — fall risk, bed alarm", []string{"99"}},
		{"2. 4W-5 - 103F - fall w/ rib fx - DNR/DNI", []string{"103"}},
		{"T 99F overnight, recheck in the am", nil},
		// age and sex spaced, then what a presentation says next
		{"93 M with chest pain since last night", []string{"93"}},
		{"new admit 91 F from SNF, uti", []string{"91"}},
		{"ED: 94 f - fall at home, hip pain", []string{"94"}},
		{"the pharmacy budget came in at $93 M with the new contract", nil},
		{"can someone check on Odile in 4C, 101 thx", []string{"101"}},
		{"any update on Bertram in 12B, ninety-seven pls", []string{"ninety-seven"}},
		{"sitter for Margaret Hughes 2214, hundred one and very anxious", []string{"hundred one"}},
		{"labs for tomasz (a hundred and one) are back", []string{"a hundred and one"}},
		{"> *Age* = 96\n> Unit = 4W", []string{"96"}},
		{"age=93, sex=F", []string{"93"}},
		{"grandpa says hes 95 lol", []string{"95"}},
		{"shes 97 n still sharp", []string{"97"}},
		{"chart said 88 but he's 93 — per his daughter", []string{"93"}},
		{"he's 96 fwiw, family wants a call", []string{"96"}},
		{"ages 91 - 95 in the cohort", nil},
		{"pt Dawit Bekele from Lynn, 97", []string{"97"}},
		{"caregiver is great-grandma Ernestine Wallace, 92!! she needs transport", []string{"92"}},
		{"the gentleman who's ninety-one (Mr. Ortiz) asked for communion", []string{"ninety-one"}},
		{"she's 90 herself so can't lift him", []string{"90"}},
		{"Ruth Ames, 97. Family at bedside", []string{"97"}},
		{"Budget line 4, 95.5 percent spent", nil},
		{"shes 93 i think, lives out past the co-op", []string{"93"}},
		// rooms and lists of rooms stay rooms
		{"Odile in 4C, 101 and 102 need linens", nil},
		{"Odile in 4C, 101 in 5B after lunch", nil},
		{"Odile in 4C, 101/102 swap", nil},
		{"Bertram 12, 94 pending", nil},
		{"the total = 95 for Q3", nil},
		// a saturation "on" its oxygen is no age
		{"hes 95 on room air now, 92 on 2L before", nil},
		{"she is 94 on RA", nil},
		{"hes 93 on o2 overnight", nil},
		{"she turns 100 on Sunday", []string{"100"}},
	})
}

// Marks inside the parenthesis, and "patient at <age>".
func TestAgeMarksAndPatientAt(t *testing.T) {
	runAgeCases(t, []ageCase{
		{"her great-aunt Ilse Brandt (94!!) drove herself in", []string{"94"}},
		{"Mr. Soto (91?) is asking for his glasses", []string{"91"}},
		{"Harold Finch was our patient at 96, the family wants to donate", []string{"96"}},
		{"the patient at 95 Main St needs a ride", nil},
		{"our patient at 92 percent sats on room air", nil},
	})
}

// A number that is the age a birth year in the message gives is that age;
// one that is not, is not.
func TestScanAgeOfBirthYear(t *testing.T) {
	runCases(t, []scanCase{
		{"AgeAfterDOB", "Mr. Anders Lundqvist (DOB 3/9/1931, 94) needs his flu shot", []want{{Name, "Anders Lundqvist"}, {Date, "3/9/1931"}, {Age, "94"}}},
		{"OtherNumber", "Mr. Anders Lundqvist (DOB 3/9/1961, 94) needs his flu shot", []want{{Name, "Anders Lundqvist"}, {Date, "3/9/1961"}}},
	})
}

// A bare number above 115 in brackets or between commas after a name is a
// room, not an age; with a word of age before it, or at 103, it is an age.
func TestScanBareAgeBound(t *testing.T) {
	runCases(t, []scanCase{
		{"Room", "Census changes: +Kealoha (212A), +Tuilagi (118), −Washington (discharged home)",
			[]want{{Name, "Kealoha"}, {Name, "Tuilagi"}, {Name, "Washington"}}},
		{"Age", "Census changes: +Kealoha (212A), +Tuilagi (103), −Washington (discharged home)",
			[]want{{Name, "Kealoha"}, {Name, "Tuilagi"}, {Age, "103"}, {Name, "Washington"}}},
		{"Cued", "Ruth Ames (age 118) is the oldest", []want{{Name, "Ruth Ames"}, {Age, "118"}}},
	})
}

// Ages over 89 spelled in Spanish, Portuguese or Italian are ages with a
// word of years after them or a birthday's verb before them; a count of
// things is none.
func TestScanForeignSpelledAges(t *testing.T) {
	runCases(t, []scanCase{
		{"Spanish", "mi abuela tiene noventa y siete años y vive sola", []want{{Age, "noventa y siete"}}},
		{"Birthday", "la abuela cumple noventa y cinco la próxima semana", []want{{Age, "noventa y cinco"}}},
		{"Hundred", "mi abuelo tiene cien años", []want{{Age, "cien"}}},
		{"Italian", "la nonna compie novantacinque anni", []want{{Age, "novantacinque"}}},
		{"Count", "tenemos noventa y cinco camas", nil},
	})
}

// TestBirthdayToday checks a number over 89 before "today" in a birthday
// message, and one that is no age.
func TestBirthdayToday(t *testing.T) {
	runCases(t, []scanCase{
		{"Age", "bday wishes to Eulalia in bed 6, 102 today!",
			[]want{{Name, "Eulalia"}, {Age, "102"}}},
		{"NoBirthday", "census on 3 West, 101 today with two discharges pending", nil},
	})
}
