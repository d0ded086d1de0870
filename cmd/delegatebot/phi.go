package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

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
	return jsonLines(stdin, out, stderr, "phi scan", func(in scanInput) (any, error) {
		if in.Text == nil {
			return nil, errNoText
		}
		return scan(in.ID, *in.Text), nil
	}, func(in scanInput, err error) any {
		return scanOutput{ID: in.ID, Findings: []phi.Finding{}, Error: err.Error()}
	})
}

// appendJSON writes o as encoding/json would (same field order, no HTML
// escaping), without reflection: phi scan --jsonl writes one per line.
func (o scanOutput) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	if len(o.ID) == 0 {
		b = append(b, "null"...)
	} else {
		b = appendCompact(b, o.ID)
	}
	b = append(b, `,"findings":[`...)
	for i, f := range o.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"type":`...)
		b = appendJSONString(b, string(f.Type))
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(f.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(f.End), 10)
		b = append(b, '}')
	}
	b = append(b, `],"redacted":`...)
	b = appendJSONString(b, o.Redacted)
	if o.Error != "" {
		b = append(b, `,"error":`...)
		b = appendJSONString(b, o.Error)
	}
	return append(b, '}')
}

// appendCompact appends a raw JSON value (the input's id) as encoding/json
// writes a RawMessage: compacted.
func appendCompact(b []byte, raw json.RawMessage) []byte {
	if !bytes.ContainsAny(raw, " \t\r\n") && json.Valid(raw) {
		return append(b, raw...)
	}
	var c bytes.Buffer
	if json.Compact(&c, raw) != nil {
		return append(b, "null"...)
	}
	return append(b, c.Bytes()...)
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
