package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress is a progress bar on stderr for long offline jobs (audit export,
// verify and trim, keys rotate, report). It draws only when stderr is the
// process's terminal, so piped and scripted runs stay quiet; a nil *progress
// is a silent one.
type progress struct{ bar *progressbar.ProgressBar }

// showProgress reports whether a bar should be drawn on w; tests replace it.
var showProgress = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && f == os.Stderr && isTerminal(f)
}

// newProgress returns a bar counting to total (-1: unknown, a spinner)
// described by what, or nil when w is not a terminal.
func newProgress(w io.Writer, total int64, what string) *progress {
	if !showProgress(w) {
		return nil
	}
	return &progress{bar: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionSetRenderBlankState(true),
		progressbar.OptionOnCompletion(func() { io.WriteString(w, "\n") }),
	)}
}

// Add advances the bar by n.
func (p *progress) Add(n int) {
	if p != nil {
		p.bar.Add(n)
	}
}

// Finish completes the bar and ends its line.
func (p *progress) Finish() {
	if p != nil {
		p.bar.Finish()
	}
}
