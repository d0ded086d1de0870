package phi

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

var idsTypos = flag.String("idstypos", "", "jsonl or text files (comma-separated): print every token read as a slip")

// TestIDsTypos prints the words of -idstypos files that the slip matcher
// reads as another word, with their counts (a development aid).
func TestIDsTypos(t *testing.T) {
	if *idsTypos == "" {
		t.Skip("no -idstypos files")
	}
	counts := map[string]int{}
	for _, p := range strings.Split(*idsTypos, ",") {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			text := sc.Text()
			var m struct{ Text string }
			if strings.HasPrefix(text, "{") && json.Unmarshal([]byte(text), &m) == nil {
				text = m.Text
			}
			s := new(scanner)
			s.reset(text)
			s.retype()
			for i := range s.toks {
				if x := s.typedAs(i); x != "" {
					counts[s.w(i)+" -> "+x]++
				}
			}
		}
		f.Close()
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%5d %s\n", counts[k], k)
	}
}
