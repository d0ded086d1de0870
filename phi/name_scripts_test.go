package phi

import "testing"

// A name given twice, once in another script in brackets, is one person
// twice.
func TestScriptTwins(t *testing.T) {
	runCases(t, []scanCase{
		{"TwinAfter", "pt Yusuf Demir (يوسف دمير) needs an Arabic interpreter for consent", []want{{Name, "Yusuf Demir"}, {Name, "يوسف دمير"}}},
		{"TwinBefore", "Светлана Орлова (Svetlana Orlova) — pt in 5B, daughter asks for a call", []want{{Name, "Светлана Орлова"}, {Name, "Svetlana Orlova"}}},
		{"TwinHangul", "pt 박지훈 (Park Ji-hoon) is in bay 3, Korean interpreter booked", []want{{Name, "박지훈"}, {Name, "Park Ji-hoon"}}},
		// a bracket of Latin words, or a word of another script that is no
		// bracket's whole content, is no twin
		{"LatinBracket", "pt Yusuf Demir (bed 4) needs an Arabic interpreter", []want{{Name, "Yusuf Demir"}}},
		{"NoName", "the sign says (مخرج) over the east stairwell", nil},
	})
}
