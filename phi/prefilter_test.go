package phi

import "testing"

// TestPrefilterListsAddNoWord checks that the cue lists of the
// pre-filters hold only words some detector list holds already: a word new
// to the lexicon would become a listed word, which changes what the
// detectors make of it.
func TestPrefilterListsAddNoWord(t *testing.T) {
	lex.table()
	for _, w := range lex.lists[patientClauseCue.id] {
		n := 0
		for id, ws := range lex.lists {
			if id == patientClauseCue.id || id == patientClauseWords.id {
				continue
			}
			for _, x := range ws {
				if x == w {
					n++
				}
			}
		}
		if n == 0 {
			t.Errorf("%q is in no detector list", w)
		}
	}
}
