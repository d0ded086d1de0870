package storage_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

// TestSizing measures the Redis memory of 10,000 tickets — encrypted text,
// subject, people and PHI values, a note, indexes and audit entries — before
// and after retention purges them, for the README's sizing table. It is
// slow, so it runs only with DELEGATEBOT_SIZING=1.
func TestSizing(t *testing.T) {
	if os.Getenv("DELEGATEBOT_SIZING") == "" {
		t.Skip("set DELEGATEBOT_SIZING=1 to measure")
	}
	ctx := context.Background()
	rdb := redistest.Client(t, rotateDB)
	rdb.FlushDB(ctx)
	s := storage.New(rdb)
	s.Keys = keyring(t, storage.NewKey())
	used := func() int64 {
		info := rdb.Info(ctx, "memory").Val()
		for _, line := range strings.Split(info, "\r\n") {
			if v, ok := strings.CutPrefix(line, "used_memory:"); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				return n
			}
		}
		t.Fatal("no used_memory")
		return 0
	}
	const n = 10000
	ws := "TSIZING"
	before := used()
	for i := 0; i < n; i++ {
		tk := newTicket(ws, fmt.Sprintf("UEXEC%03d", i%50))
		tk.Text = fmt.Sprintf("Schedule a family meeting for pt Maria Lopez%d, DOB 03/14/1962, MRN %07d, with Dr. Kim about the discharge plan tomorrow at 2pm", i, i)
		tk.RedactedText = "Schedule a family meeting for pt [NAME], DOB [DATE], MRN [MRN], with Dr. Kim about the discharge plan tomorrow at 2pm"
		tk.Subject, tk.RedactedSubject = fmt.Sprintf("family meeting for pt Maria Lopez%d", i), "family meeting for pt [NAME]"
		tk.People, tk.RedactedPeople = []string{"Dr. Kim"}, []string{"Dr. Kim"}
		tk.PHI = []delegatebot.PHIValue{{Type: "NAME", Value: fmt.Sprintf("Maria Lopez%d", i)}, {Type: "DATE", Value: "03/14/1962"}, {Type: "MRN", Value: fmt.Sprintf("%07d", i)}}
		if _, err := s.CreateTicket(ctx, tk, "scan NAME=1 DATE=1 MRN=1"); err != nil {
			t.Fatal(err)
		}
		for _, a := range []delegatebot.Action{delegatebot.ActionClaim, delegatebot.ActionDone} {
			if _, err := s.Transition(ctx, ws, tk.Number, storage.Change{Action: a, Actor: "UASSIST", Channel: "CQUEUE", Note: map[bool]string{true: "booked, family informed"}[a == delegatebot.ActionDone]}); err != nil {
				t.Fatal(err)
			}
		}
	}
	full := used() - before
	purged, err := s.PurgeFinished(ctx, ws, time.Now().Add(time.Hour), n)
	if err != nil || purged != n {
		t.Fatalf("purged %d, err %v", purged, err)
	}
	after := used() - before
	t.Logf("%d tickets (each created, claimed, done with a note; 4 audit entries): %d bytes (%.0f B/ticket); after retention: %d bytes (%.0f B/ticket)",
		n, full, float64(full)/n, after, float64(after)/n)
	rdb.FlushDB(ctx)
}
