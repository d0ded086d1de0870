package storage

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// Guidelines are a workspace's PHI handling guidelines, which assistants
// acknowledge before they handle PHI. Version 1 is the default text that
// ships with the bot (Text is then empty); each change by an admin makes a
// new version that needs new acknowledgements.
type Guidelines struct {
	Version int
	Text    string // a text or a link; "" for the default
	By      string // who set it; "" for the default
	At      time.Time
}

// Ack is one user's acknowledgement of a guidelines version.
type Ack struct {
	Version int
	At      time.Time
}

// maxGuidelinesBytes bounds the guidelines text: it is meant to be a short
// summary and a link to the full document.
const maxGuidelinesBytes = 4 << 10

// Guidelines returns the current guidelines of ws.
func (s *Store) Guidelines(ctx context.Context, ws string) (Guidelines, error) {
	if err := validWorkspace(ws); err != nil {
		return Guidelines{}, err
	}
	h, err := s.rdb.HGetAll(ctx, guidelinesKey(ws)).Result()
	if err != nil {
		return Guidelines{}, fmt.Errorf("read guidelines: %w", err)
	}
	return decodeGuidelines(h), nil
}

func decodeGuidelines(h map[string]string) Guidelines {
	g := Guidelines{Version: 1, Text: h["text"], By: h["by"]}
	if v, err := strconv.Atoi(h["version"]); err == nil && v > 1 {
		g.Version = v
	}
	if ms, err := strconv.ParseInt(h["at"], 10, 64); err == nil {
		g.At = time.UnixMilli(ms).UTC()
	}
	return g
}

// SetGuidelines makes text the next version of the guidelines of ws, audited
// as "policy.set" with the version (never the text), and returns it.
func (s *Store) SetGuidelines(ctx context.Context, ws, text, actor string) (Guidelines, error) {
	if err := validWorkspace(ws); err != nil {
		return Guidelines{}, err
	}
	text = strings.TrimSpace(text)
	if text == "" || len(text) > maxGuidelinesBytes {
		return Guidelines{}, delegatebot.Errorf(delegatebot.EINVALID, "The guidelines are a text or a link of at most %d KB.", maxGuidelinesBytes>>10)
	}
	var g Guidelines
	forgetIn(ctx, "guidelines")
	err := s.watch(ctx, func(tx *redis.Tx) error {
		h, err := tx.HGetAll(ctx, guidelinesKey(ws)).Result()
		if err != nil {
			return err
		}
		now := s.Now()
		g = Guidelines{Version: decodeGuidelines(h).Version + 1, Text: text, By: actor, At: now.UTC().Truncate(time.Millisecond)}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HSet(ctx, guidelinesKey(ws), "version", g.Version, "text", text, "by", actor, "at", now.UnixMilli())
			s.addAudit(ctx, p, delegatebot.AuditEntry{At: now, Workspace: ws, Actor: actor, Action: "policy.set",
				Detail: "version=" + strconv.Itoa(g.Version)})
			return nil
		})
		return err
	}, guidelinesKey(ws))
	if err != nil {
		return Guidelines{}, fmt.Errorf("set guidelines: %w", err)
	}
	s.wrote()
	return g, nil
}

// AcknowledgeGuidelines records that user read and accepts version of the
// guidelines of ws, audited as "policy.ack". A version that is no longer
// current is an ECONFLICT: the user must read the new one.
func (s *Store) AcknowledgeGuidelines(ctx context.Context, ws, user string, version int) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if err := validUser(user); err != nil {
		return err
	}
	errChanged := delegatebot.Errorf(delegatebot.ECONFLICT, "The guidelines changed since; read the current version with /delegatebot policy and acknowledge it.")
	forgetIn(ctx, "guidelines")
	err := s.watch(ctx, func(tx *redis.Tx) error {
		h, err := tx.HGetAll(ctx, guidelinesKey(ws)).Result()
		if err != nil {
			return err
		}
		if decodeGuidelines(h).Version != version {
			return errChanged
		}
		now := s.Now()
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HSet(ctx, acksKey(ws), user, strconv.Itoa(version)+":"+strconv.FormatInt(now.UnixMilli(), 10))
			s.addAudit(ctx, p, delegatebot.AuditEntry{At: now, Workspace: ws, Actor: user, Action: "policy.ack",
				Detail: "version=" + strconv.Itoa(version)})
			return nil
		})
		return err
	}, guidelinesKey(ws))
	if errors.Is(err, errChanged) {
		return err
	} else if err != nil {
		return fmt.Errorf("acknowledge guidelines: %w", err)
	}
	s.wrote()
	return nil
}

// GuidelinesAcks returns every user's last acknowledgement in ws.
func (s *Store) GuidelinesAcks(ctx context.Context, ws string) (map[string]Ack, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	h, err := s.rdb.HGetAll(ctx, acksKey(ws)).Result()
	if err != nil {
		return nil, fmt.Errorf("read acknowledgements: %w", err)
	}
	out := make(map[string]Ack, len(h))
	for u, v := range h {
		out[u] = decodeAck(v)
	}
	return out, nil
}

// AcknowledgedGuidelines reports whether user acknowledged the current
// guidelines of ws, in one round trip, or none when the event's reads
// (WithEvent with EventKeys.Settings) hold it.
func (s *Store) AcknowledgedGuidelines(ctx context.Context, ws, user string) (bool, error) {
	if err := validWorkspace(ws); err != nil {
		return false, err
	}
	if acked, ok, err := viewAcked(ctx, s, ws, user); ok || err != nil {
		return acked, err
	}
	p := s.rdb.Pipeline()
	c := queueAck(ctx, p, ws, user)
	_, _ = p.Exec(ctx) // each read's error is checked below
	if err := c.err(); err != nil {
		return false, fmt.Errorf("read acknowledgement: %w", err)
	}
	return c.result(), nil
}

// ackCmds are the reads of one user's acknowledgement queued on a pipeline:
// the current guidelines version and the user's last acknowledgement.
type ackCmds struct{ version, ack *redis.StringCmd }

func queueAck(ctx context.Context, p redis.Pipeliner, ws, user string) *ackCmds {
	return &ackCmds{version: p.HGet(ctx, guidelinesKey(ws), "version"), ack: p.HGet(ctx, acksKey(ws), user)}
}

// err is the first failed read (a missing field is no failure).
func (c *ackCmds) err() error {
	for _, r := range []*redis.StringCmd{c.version, c.ack} {
		if err := r.Err(); err != nil && !errors.Is(err, redis.Nil) {
			return err
		}
	}
	return nil
}

// result reports whether the acknowledgement read covers the version read.
// The caller checked err.
func (c *ackCmds) result() bool {
	current := decodeGuidelines(map[string]string{"version": c.version.Val()}).Version
	return c.ack.Val() != "" && decodeAck(c.ack.Val()).Version >= current
}

func decodeAck(v string) Ack {
	ver, ms, _ := strings.Cut(v, ":")
	a := Ack{}
	a.Version, _ = strconv.Atoi(ver)
	if n, err := strconv.ParseInt(ms, 10, 64); err == nil {
		a.At = time.UnixMilli(n).UTC()
	}
	return a
}
