package phi

// Message-level pre-filters: word lists that a search needs one of, tested
// with one bit of the message's list bits before the search walks the
// tokens. Each is the union of the words the search compares against, so
// a message without any of them cannot make the search succeed.

// patientClauseCue holds every word patientClause can return true on.
var (
	patientClauseWords = words("patient", "be")
	patientClauseCue   = union(caseWords, patientClauseVerbs, patientClauseWords)
)
