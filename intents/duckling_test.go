package intents

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"
)

// duckling is one example of testdata/duckling-en.jsonl (made by
// scripts/duckling-suite.py from Duckling's English time corpus).
type duckling struct {
	ID, Phrase, Text, Now, TZ, When string
}

// minDuckling is a little under the share of Duckling's examples the time
// grammar resolves as Duckling does.
const minDuckling = 0.98

// TestDucklingCorpus holds the time grammar to Duckling's published English
// examples, put into requests. With -v it lists the misses.
func TestDucklingCorpus(t *testing.T) {
	f, err := os.Open("testdata/duckling-en.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ok, n := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var d duckling
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		loc, err := time.LoadLocation(d.TZ)
		if err != nil {
			t.Skipf("time zone data: %v", err)
		}
		now, err := time.Parse(time.RFC3339, d.Now)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Rules{}.Parse(context.Background(), d.Text, now.In(loc))
		if err != nil {
			t.Fatal(err)
		}
		n++
		if timeOK([]string{d.When}, r.When) {
			ok++
		} else if testing.Verbose() {
			fmt.Printf("duckling miss %s %-40q got %-28s want %s\n", d.ID, d.Phrase, r.When.String(), d.When)
		}
	}
	rate := float64(ok) / float64(n)
	t.Logf("Duckling examples resolved: %d/%d = %.3f", ok, n, rate)
	if rate < minDuckling {
		t.Errorf("Duckling pass rate %.3f, want >= %.3f", rate, minDuckling)
	}
}
