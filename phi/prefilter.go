package phi

// Message-level pre-filters: word lists that a search needs one of, tested
// with one bit of the message's list bits before the search walks the
// tokens. Each is the union of the words the search compares against, so
// a message without any of them cannot make the search succeed.

// The words patientClause can return true on, by the case it returns true
// in: a case word or a verb of admission alone, "patient" or "pt" after
// "is" or "was" ("X is the patient") or "as a", "own" ("her own
// mammogram"), "scheduled" or "booked" for care, "medical" leave, "be in
// for".
var (
	clauseCue     = union(caseWords, patientClauseVerbs, words("own", "scheduled", "booked", "medical"))
	clausePatient = words("patient", "pt")
	clauseIsWas   = words("is", "was", "as")
	clauseBe      = words("be")
	clauseIn      = words("in")
	clauseFor     = words("for")
)

// prefilterLists are the cue lists above and those of retype's token marks
// (TestPrefilterListsAddNoWord).
var prefilterLists = []set{clauseCue, clausePatient, clauseIsWas, clauseBe, clauseIn, clauseFor,
	labelExtra, labelLooks, addrStarts}

// patientClauseCue reports whether the message has the words one of
// patientClause's cases needs: without them it returns false at once.
func (s *scanner) patientClauseCue() bool {
	return s.mentions(clauseCue) || s.mentions(clausePatient) && s.mentions(clauseIsWas) ||
		s.mentions(clauseBe) && s.mentions(clauseIn) && s.mentions(clauseFor)
}
