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

var idsProbe = flag.String("idsprobe", "", "file of messages, one a line: print each one's findings")

// TestIDsProbe prints the findings of the messages of -idsprobe (a
// development aid for self-written messages; it checks nothing).
func TestIDsProbe(t *testing.T) {
	if *idsProbe == "" {
		t.Skip("no -idsprobe file")
	}
	f, err := os.Open(*idsProbe)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		text = strings.ReplaceAll(text, `\n`, "\n") // a message of several lines on one line
		fmt.Printf("%s\n", text)
		for _, x := range Scan(text) {
			fmt.Printf("    %-15s %q\n", x.Type, text[x.Start:x.End])
		}
	}
}

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
