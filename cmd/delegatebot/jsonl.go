package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
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
	var buf []byte // reused by outputs that append their own JSON
	failed := 0
	err := eachLine(r, w, func(n int, line []byte) error {
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
		if a, ok := out.(jsonAppender); ok {
			buf = append(a.appendJSON(buf[:0]), '\n')
			_, err := w.Write(buf)
			return err
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

// jsonAppender is an output that writes its own JSON (one object, no
// newline) without reflection or a buffer per line.
type jsonAppender interface {
	appendJSON(b []byte) []byte
}

// flusher is a buffered output (a bufio.Writer).
type flusher interface{ Flush() error }

// eachLine calls fn with each non-blank line of r (numbered from 1), however
// long the line. The line is valid only during the call: one buffer is
// reused. Before it waits for more input it flushes w, when w buffers, so
// that a caller feeding lines one at a time gets each answer at once.
func eachLine(r io.Reader, w io.Writer, fn func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var long []byte
	for n := 1; ; n++ {
		if f, ok := w.(flusher); ok && br.Buffered() == 0 {
			if err := f.Flush(); err != nil {
				return err
			}
		}
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			long = append(long[:0], line...)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = br.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if len(bytes.TrimSpace(line)) > 0 {
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

// appendJSONString appends s as a JSON string, escaped as encoding/json
// does without HTML escaping: quotes, backslashes, control characters,
// U+2028 and U+2029, and invalid UTF-8 as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
