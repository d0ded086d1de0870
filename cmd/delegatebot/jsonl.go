package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// errNoText is the error of an input line without a "text" string.
var errNoText = errors.New(`not a JSON object with a "text" string`)

// jsonLines runs the --jsonl contract shared by parse and phi scan: every
// non-blank input line, decoded as In, gets exactly one output line, in
// order. A line that cannot be handled still gets an output line (failure's,
// with an error field), is named on stderr, and makes the command exit
// non-zero once the rest is processed.
func jsonLines[In any](r io.Reader, w, stderr io.Writer, name string, handle func(In) (any, error), failure func(In, error) any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := 0
	err := eachLine(r, func(n int, line []byte) error {
		var in In
		var out any
		err := json.Unmarshal(line, &in)
		if err != nil {
			err = errNoText
		} else {
			out, err = handle(in)
		}
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "delegatebot %s: line %d: %v\n", name, n, err)
			out = failure(in, err)
		}
		return enc.Encode(out)
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%s: %d input lines could not be handled", name, failed)
	}
	return nil
}

// eachLine calls fn with each non-blank line of r (numbered from 1), however
// long the line.
func eachLine(r io.Reader, fn func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			if ferr := fn(n, line); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
	}
}
