package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/delegatebot/delegatebot/phi"
)

type scanInput struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

type scanOutput struct {
	ID       json.RawMessage `json:"id"`
	Findings []phi.Finding   `json:"findings"`
	Redacted string          `json:"redacted"`
	Error    string          `json:"error,omitempty"`
}

func runPHI(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "scan" {
		fmt.Fprintln(stderr, "Usage: delegatebot phi scan [--jsonl | --types]")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return nil
		}
		return usageError("phi: expected the subcommand scan")
	}
	fs := newFlagSet("phi scan", "phi scan [--jsonl | --types]", stderr)
	jsonl := fs.Bool("jsonl", false, `read JSON Lines {"id","text"} and write {"id","findings","redacted"} per line`)
	types := fs.Bool("types", false, "list the PHI types detected, one per line, and exit")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if *types {
		for _, t := range phi.Types {
			fmt.Fprintln(out, t)
		}
		return nil
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if !*jsonl {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
		return enc.Encode(scan(json.RawMessage("null"), string(b)))
	}
	failed := 0
	err := eachLine(stdin, func(n int, line []byte) error {
		var in scanInput
		if err := json.Unmarshal(line, &in); err != nil || in.Text == nil {
			failed++
			fmt.Fprintf(stderr, "delegatebot phi scan: line %d: not a JSON object with a \"text\" string\n", n)
			return enc.Encode(scanOutput{ID: in.ID, Findings: []phi.Finding{}, Error: "invalid input line"})
		}
		return enc.Encode(scan(in.ID, *in.Text))
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("phi scan: %d input lines could not be read", failed)
	}
	return nil
}

func scan(id json.RawMessage, text string) scanOutput {
	fs := phi.Scan(text)
	if fs == nil {
		fs = []phi.Finding{}
	}
	if id == nil {
		id = json.RawMessage("null")
	}
	return scanOutput{ID: id, Findings: fs, Redacted: phi.Redact(text, fs)}
}
