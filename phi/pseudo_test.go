package phi_test

import (
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/phi"
)

func TestPseudonymize(t *testing.T) {
	text := "reply to John Smith about MRN 12345678; John Smith's DOB is 03/04/1961, MRN 12345678 again"
	got, restore := phi.Pseudonymize(text)
	for _, leak := range []string{"John Smith", "12345678", "03/04/1961"} {
		if strings.Contains(got, leak) {
			t.Fatalf("pseudonymized text %q still holds %q", got, leak)
		}
	}
	if n := strings.Count(got, "[NAME_1]"); n != 2 {
		t.Errorf("got %q: [NAME_1] %d times, want 2 (same value, same placeholder)", got, n)
	}
	if n := strings.Count(got, "[MRN_1]"); n != 2 {
		t.Errorf("got %q: [MRN_1] %d times, want 2", got, n)
	}
	if restore["[NAME_1]"] != "John Smith" || restore["[MRN_1]"] != "12345678" {
		t.Errorf("restore = %v", restore)
	}
	if back := phi.Restore(got, restore); back != text {
		t.Errorf("Restore = %q, want the original", back)
	}
	// Placeholders are not PHI themselves, so the guard's second scan keeps them.
	if fs := phi.Scan(got); len(fs) != 0 {
		t.Errorf("Scan of pseudonymized text found %v", fs)
	}
}

func TestPseudonymsAcrossTexts(t *testing.T) {
	var p phi.Pseudonyms
	a := p.Replace("call Maria Lopez, MRN 55501234")
	b := p.Replace("Patient: maria  lopez; other patient Ana Ruiz, MRN 99912345")
	if !strings.Contains(a, "[NAME_1]") || !strings.Contains(b, "[MRN_2]") {
		t.Fatalf("a = %q, b = %q", a, b)
	}
	r := p.Restore()
	for ph, v := range r {
		if strings.Contains(a+b, v) {
			t.Errorf("value of %s left in the texts", ph)
		}
	}
	if phi.Restore("[NAME_9] and [MRN_1]", r) != "[NAME_9] and 55501234" {
		t.Errorf("unknown placeholders must stay as they are")
	}
	if !phi.HasPseudonym("Dear [NAME_9],") || phi.HasPseudonym("Dear [NAME],") {
		t.Errorf("HasPseudonym wrong")
	}
}

func TestPseudonymizeClean(t *testing.T) {
	text := "move my board meeting to Thursday at 3"
	got, restore := phi.Pseudonymize(text)
	if got != text || len(restore) != 0 {
		t.Fatalf("clean text changed: %q %v", got, restore)
	}
}
