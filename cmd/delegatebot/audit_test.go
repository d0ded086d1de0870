package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

func TestAuditExportAndVerify(t *testing.T) {
	useTestRedis(t)
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	s := storage.New(rdb)
	for i := range 25 {
		tk := &delegatebot.Ticket{Workspace: "TAUD", Requester: "dana", Intent: delegatebot.IntentTask, Subject: "badges", Text: "order badges"}
		if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
			t.Fatal(err)
		}
		if i%5 == 0 {
			if _, err := s.Transition(ctx, "TAUD", tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: "alice"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	out, _, err := runCmd(t, "", "audit", "export", "--workspace", "TAUD", "--format", "jsonl", "--since", "2020-01-01")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 30 {
		t.Fatalf("jsonl export has %d lines, want 30", len(lines))
	}
	var rec auditRecord
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil || rec.Action != "ticket.create" || rec.Ticket != "DEL-1" || rec.Workspace != "TAUD" {
		t.Fatalf("first record = %+v (err %v)", rec, err)
	}
	if strings.Contains(out, "order badges") {
		t.Fatal("the export contains ticket text")
	}
	out, _, err = runCmd(t, "", "audit", "export", "--workspace", "TAUD", "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 31 || rows[0][4] != "action" {
		t.Fatalf("csv export: %d rows (err %v)", len(rows), err)
	}
	if out, _, _ := runCmd(t, "", "audit", "export", "--workspace", "TAUD", "--format", "csv", "--until", "2020-01-01"); strings.Count(out, "\n") != 1 {
		t.Fatalf("export until 2020 should hold only the header, got %q", out)
	}

	out, _, err = runCmd(t, "", "audit", "verify", "--workspace", "TAUD")
	if err != nil || !strings.Contains(out, "intact: 30 entries") {
		t.Fatalf("verify intact: %q (err %v)", out, err)
	}
	ids, _ := rdb.XRange(ctx, "dlg:{TAUD}:audit", "-", "+").Result()
	rdb.XDel(ctx, "dlg:{TAUD}:audit", ids[12].ID)
	_, _, err = runCmd(t, "", "audit", "verify", "--workspace", "TAUD")
	if err == nil || !strings.Contains(err.Error(), ids[13].ID) {
		t.Fatalf("verify after deleting an entry: err %v, want it to name %s", err, ids[13].ID)
	}

	out, _, err = runCmd(t, "", "audit", "trim", "--workspace", "TAUD", "--keep", "48h")
	if err != nil || !strings.Contains(out, "trimmed 0 audit entries") {
		t.Fatalf("trim of a young trail: %q (err %v)", out, err)
	}
	for _, args := range [][]string{
		{"audit", "trim", "--workspace", "TAUD", "--keep", "1h"},
		{"audit", "export", "--format", "csv"},
		{"audit", "export", "--workspace", "T", "--format", "xml"},
		{"audit", "export", "--workspace", "T", "--format", "csv", "--since", "yesterday"},
		{"audit", "verify"},
		{"audit", "frob"},
	} {
		if _, _, err := runCmd(t, "", args...); err == nil {
			t.Errorf("%v: want an error", args)
		} else if _, ok := err.(usageError); !ok {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
}

func TestAuditCheckpointAfterSession(t *testing.T) {
	useTestRedis(t)
	t.Setenv("DELEGATEBOT_AUDIT_KEY", storage.NewKey())
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	if _, _, err := runCmd(t, script, "console"); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCmd(t, "", "audit", "checkpoint", "--workspace", "console")
	if err != nil {
		t.Fatal(err)
	}
	var c storage.Checkpoint
	if err := json.Unmarshal([]byte(out), &c); err != nil || c.Workspace != "console" || c.Entries < 5 || c.MAC == "" {
		t.Fatalf("checkpoint %q: %+v (err %v)", out, c, err)
	}
	file := filepath.Join(t.TempDir(), "checkpoint.json")
	os.WriteFile(file, []byte(out), 0o600)

	out, _, err = runCmd(t, "", "audit", "verify", "--workspace", "console", "--checkpoint", file)
	if err != nil || !strings.Contains(out, "intact") {
		t.Fatalf("verify before tampering: %q (err %v)", out, err)
	}
	keys, _ := rdb.Keys(ctx, "dlg:{console}:audit*").Result()
	if len(keys) < 2 {
		t.Fatalf("audit keys %v", keys)
	}
	rdb.Del(ctx, keys...)
	_, _, err = runCmd(t, "", "audit", "verify", "--workspace", "console", "--checkpoint", file)
	if _, usage := err.(usageError); err == nil || usage || !strings.Contains(err.Error(), "missing") || !strings.Contains(err.Error(), c.LastID) {
		t.Fatalf("verify of a wiped trail: err %v, want it to name %s as missing", err, c.LastID)
	}

	t.Setenv("DELEGATEBOT_AUDIT_KEY", storage.NewKey())
	if _, _, err := runCmd(t, "", "audit", "verify", "--workspace", "console", "--checkpoint", file); err == nil || !strings.Contains(err.Error(), "signature") {
		t.Fatalf("verify under another key: err %v", err)
	}
	t.Setenv("DELEGATEBOT_AUDIT_KEY", "")
	if _, _, err := runCmd(t, "", "audit", "checkpoint", "--workspace", "console"); err == nil || !strings.Contains(err.Error(), "DELEGATEBOT_AUDIT_KEY") {
		t.Fatalf("checkpoint without a key: err %v", err)
	}
}

func TestCheckpointWriter(t *testing.T) {
	useTestRedis(t)
	ctx := context.Background()
	s := storage.New(redistest.Client(t, testDB))
	s.AuditKey = []byte("0123456789abcdef0123456789abcdef")
	for _, ws := range []string{"TCPA", "TCPB"} {
		if _, err := s.CreateTicket(ctx, &delegatebot.Ticket{Workspace: ws, Requester: "dana", Intent: delegatebot.IntentTask, Subject: "badges", Text: "order badges"}, ""); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "checkpoints.jsonl")
	w := &checkpointWriter{Store: s, Path: path, Log: slog.New(slog.DiscardHandler)}
	for range 2 {
		if err := w.WriteAll(ctx); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(path)
	if n := strings.Count(string(b), "\n"); n != 4 {
		t.Fatalf("checkpoint file has %d lines, want 4 (appended, one per workspace)", n)
	}
	var posted []string
	sink := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		posted = append(posted, r.Header.Get("Content-Type")+" "+strconv.Itoa(strings.Count(string(b), "\n")))
	}))
	defer sink.Close()
	w.URL = sink.URL
	if err := w.WriteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if len(posted) != 1 || posted[0] != "application/x-ndjson 2" {
		t.Fatalf("posted %v, want one request of two lines", posted)
	}
	// The third checkpoint covers the ticket's entry and the trail's record
	// of the two checkpoints before it.
	c, err := readCheckpoint(path, "TCPB")
	if err != nil || c.Workspace != "TCPB" || c.Entries != 3 {
		t.Fatalf("readCheckpoint = %+v, %v", c, err)
	}
	entries, err := s.ReadAudit(ctx, "TCPB", "", 100)
	if err != nil {
		t.Fatal(err)
	}
	var noted int
	for _, e := range entries {
		if e.Action == "audit.checkpoint" && e.Actor == "serve" {
			noted++
		}
	}
	if noted != 3 {
		t.Fatalf("trail records %d checkpoints, want 3", noted)
	}
	if _, err := s.VerifyAuditCheckpoint(ctx, "TCPB", c); err != nil {
		t.Fatal(err)
	}
}

// TestAuditKeyRotationCommands follows the README's rotation procedure: a
// checkpoint made under the old key, then the new key with the old one in
// DELEGATEBOT_OLD_AUDIT_KEYS: the trail and the old checkpoint verify, new
// checkpoints name the new key, and dropping the old key too early is
// refused with a message naming the variable.
func TestAuditKeyRotationCommands(t *testing.T) {
	useTestRedis(t)
	oldKey, newKey := storage.NewKey(), storage.NewKey()
	t.Setenv("DELEGATEBOT_AUDIT_KEY", oldKey)
	t.Setenv("DELEGATEBOT_OLD_AUDIT_KEYS", "")
	if _, _, err := runCmd(t, script, "console"); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCmd(t, "", "audit", "checkpoint", "--workspace", "console")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "checkpoint.json")
	os.WriteFile(file, []byte(out), 0o600)

	t.Setenv("DELEGATEBOT_AUDIT_KEY", newKey)
	t.Setenv("DELEGATEBOT_OLD_AUDIT_KEYS", oldKey)
	if _, _, err := runCmd(t, script, "console"); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCmd(t, "", "audit", "verify", "--workspace", "console", "--checkpoint", file)
	if err != nil || !strings.Contains(out, "intact") {
		t.Fatalf("verify with the old checkpoint after the rotation: %q (err %v)", out, err)
	}
	ok, _ := storage.ParseKey(oldKey)
	nk, _ := storage.ParseKey(newKey)
	// Which keys signed the trail: what decides when the old key can go.
	signed := regexp.MustCompile(`(?m)^signed by: ` + storage.KeyID(nk) + ` \(current\) [1-9]\d*, ` + storage.KeyID(ok) + ` \(DELEGATEBOT_OLD_AUDIT_KEYS #1\) [1-9]\d*$`)
	if !signed.MatchString(out) {
		t.Fatalf("verify output does not say which keys signed the trail:\n%s", out)
	}
	out, _, err = runCmd(t, "", "audit", "checkpoint", "--workspace", "console")
	var c storage.Checkpoint
	if err != nil || json.Unmarshal([]byte(out), &c) != nil {
		t.Fatalf("checkpoint after the rotation: %q (err %v)", out, err)
	}
	if c.Kid != storage.KeyID(nk) {
		t.Fatalf("new checkpoint names key %q, want the new key's id", c.Kid)
	}

	t.Setenv("DELEGATEBOT_OLD_AUDIT_KEYS", "")
	if _, _, err := runCmd(t, "", "audit", "verify", "--workspace", "console"); err == nil || !strings.Contains(err.Error(), "DELEGATEBOT_OLD_AUDIT_KEYS") {
		t.Fatalf("verify with the old key retired too early: err %v, want it to name DELEGATEBOT_OLD_AUDIT_KEYS", err)
	}
	t.Setenv("DELEGATEBOT_OLD_AUDIT_KEYS", "not-a-key")
	if _, _, err := runCmd(t, "", "audit", "verify", "--workspace", "console"); err == nil || !strings.Contains(err.Error(), "DELEGATEBOT_OLD_AUDIT_KEYS") {
		t.Fatalf("a malformed old key: err %v", err)
	}
}
