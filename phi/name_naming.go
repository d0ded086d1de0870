package phi

import "strings"

// Names given as names: "his name is 'tank'", "call her Duke", "the kid
// goes by River", "her nickname is Peaches", "son's name is Will". The
// clause says the word is what someone is called, so the word is a name
// whatever else it means (a word, a title, a modal), and a name of a
// patient or a relative: a colleague is introduced by role, not so.

// namingPossessors own a "name is": a person's pronoun or a patient's or
// relative's word ("her name is", "the pt's name is", "son's name is").
var namingPossessors = words("his", "her", "their", "my", "pt", "pts", "patient", "patients", "caller", "callers",
	"baby", "babys", "kid", "kids", "child", "childs", "resident", "residents", "client", "clients")

// callObjects are who is called something: "call him Duke".
var callObjects = words("him", "her", "me", "them")

// namingClauses adds the names that a naming clause gives.
func (s *scanner) namingClauses() {
	for k := 1; k+2 < len(s.toks); k++ {
		t := s.toks[k]
		if t.punct || t.nd > 0 || t.na < 4 || t.na > 8 {
			continue // (the cue words: "name", "call(s)", "goes", "nickname", "answers")
		}
		j, call := -1, false
		switch w := s.w(k); {
		case w == "name" && (s.w(k+1) == "is" || s.w(k+1) == "was") && s.namingOwner(k-1):
			j = k + 2
		case (w == "call" || w == "calls") && s.in(k+1, callObjects):
			j, call = k+2, true
		case w == "goes" && s.w(k+1) == "by":
			j = k + 2
		case w == "nickname" && (s.w(k+1) == "is" || s.w(k+1) == "was"):
			j = k + 2
		case w == "answers" && s.w(k+1) == "to" && s.w(k-1) != "who":
			j = k + 2
		}
		if j < 0 {
			continue
		}
		quoted := s.is(j, '\'') || s.is(j, '"') || s.is(j, sub)
		if quoted {
			j++ // a quoted name: "call him 'duke'"
		}
		if j >= len(s.toks) {
			return
		}
		n := s.toks[j]
		if n.punct || n.nd > 0 || n.na < 2 || n.sp == 2 || s.inAny(j, function, determiners, relatives, kinPlural, staffBefore, honorifics) ||
			namingNot[s.w(j)] || asciiUpper(s.b[n.s:n.e]) && n.na < 4 || call && (s.inAny(j, weekdays, monthSet) || timeOfDay[s.w(j)]) {
			continue // "call her grandson", "call him first", "her name is NOT on the board", "call them Fri"
		}
		if !quoted && !s.isUpperStart(j) {
			// in lower case a word is a name when it is one, no word, or
			// ends the clause ("says her name is marigold, won't ..."):
			// not "call him back", "her name is spelled wrong"
			g := s.gz(j)
			w := s.w(j)
			if s.in(j, stopLower) || call && !g.isGiven() || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") ||
				strings.HasSuffix(w, "ing") || !(g.isGiven() || !g.isWord() || j+1 >= len(s.toks) || s.is(j+1, ',') || s.clauseEnd(j+1)) {
				continue
			}
		}
		end := j
		if s.isUpperStart(j) && j+1 < len(s.toks) && s.toks[j+1].sp == 1 && s.isUpperStart(j+1) && !s.toks[j+1].punct &&
			s.toks[j+1].nd == 0 && !s.in(j+1, capStop) {
			end = j + 1 // "her name is Ruth Adler"
		}
		if !s.claimed(int(s.toks[j].s), int(s.toks[end].e)) {
			s.addName(j, end)
		}
		k = end
	}
}

// namingNot are the words after "call him" or "her name is" that are no
// name: "call her first", "call me instead", "her name is not on the board".
var namingNot = plainWords("first", "back", "now", "later", "again", "today", "tonight", "tomorrow", "instead", "asap",
	"too", "also", "not", "never", "once", "yet", "there", "here", "soon", "anytime", "directly", "right", "still", "wrong")

// namingOwner reports whose name token p names before "name": a pronoun,
// a patient's or relative's word, or one of those with "'s" ("son's").
func (s *scanner) namingOwner(p int) bool {
	if s.w(p) == "s" && s.is(p-1, '\'') {
		p -= 2
	}
	return s.inAny(p, namingPossessors, relatives)
}
