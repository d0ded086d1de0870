package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/alicebob/miniredis/v2"
)

// Embedded is an in-process Redis-protocol server (miniredis) for running the
// bot with nothing installed. miniredis keeps data only in memory, so Embedded
// writes a snapshot of every key to a JSON file in its data directory after
// changes (atomically: temp file, fsync, rename) and loads it at start.
type Embedded struct {
	srv  *miniredis.Miniredis
	path string

	mu    sync.Mutex
	dirty bool
	kick  chan struct{}
	done  chan struct{}
	wg    sync.WaitGroup
}

// snapshotFile is the file name of the snapshot inside the data directory.
const snapshotFile = "delegatebot-snapshot.json"

// flushDelay batches the writes of a burst of changes into one snapshot.
const flushDelay = 100 * time.Millisecond

// StartEmbedded starts an embedded server whose data lives in dir, loading the
// snapshot there if one exists.
func StartEmbedded(dir string) (*Embedded, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("embedded redis: data directory: %w", err)
	}
	srv, err := miniredis.Run()
	if err != nil {
		return nil, fmt.Errorf("embedded redis: %w", err)
	}
	srv.ClockTTL(true) // dedupe marks and dialogue state expire in real time
	e := &Embedded{srv: srv, path: filepath.Join(dir, snapshotFile), kick: make(chan struct{}, 1), done: make(chan struct{})}
	if err := e.load(); err != nil {
		srv.Close()
		return nil, err
	}
	e.wg.Add(1)
	go e.flusher()
	return e, nil
}

// URL is the redis:// URL clients use to reach the server.
func (e *Embedded) URL() string { return "redis://" + e.srv.Addr() }

// Path is the snapshot file.
func (e *Embedded) Path() string { return e.path }

// MarkDirty records that data changed; a snapshot follows shortly. It is meant
// for Store.OnWrite.
func (e *Embedded) MarkDirty() {
	e.mu.Lock()
	e.dirty = true
	e.mu.Unlock()
	select {
	case e.kick <- struct{}{}:
	default:
	}
}

func (e *Embedded) flusher() {
	defer e.wg.Done()
	for {
		select {
		case <-e.done:
			return
		case <-e.kick:
			time.Sleep(flushDelay)
			_ = e.Flush() // a failed write stays dirty and is tried again at Close
		}
	}
}

// Flush writes a snapshot now if anything changed since the last one.
func (e *Embedded) Flush() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.dirty {
		return nil
	}
	if err := e.save(); err != nil {
		return err
	}
	e.dirty = false
	return nil
}

// Close writes a final snapshot and stops the server.
func (e *Embedded) Close() error {
	close(e.done)
	e.wg.Wait()
	err := e.Flush()
	e.srv.Close()
	return err
}

// record is one key of the snapshot. Only the fields of its type are set.
type record struct {
	Key    string             `json:"key"`
	Type   string             `json:"type"`
	TTLms  int64              `json:"ttl_ms,omitempty"`
	String string             `json:"string,omitempty"`
	Hash   map[string]string  `json:"hash,omitempty"`
	List   []string           `json:"list,omitempty"`
	Set    []string           `json:"set,omitempty"`
	ZSet   map[string]float64 `json:"zset,omitempty"`
	Stream []streamEntry      `json:"stream,omitempty"`
}

type streamEntry struct {
	ID     string   `json:"id"`
	Values []string `json:"values"`
}

func (e *Embedded) save() error {
	m := e.srv
	keys := m.Keys()
	sort.Strings(keys)
	recs := make([]record, 0, len(keys))
	for _, k := range keys {
		r := record{Key: k, Type: m.Type(k), TTLms: m.TTL(k).Milliseconds()}
		var err error
		switch r.Type {
		case "string":
			r.String, err = m.Get(k)
		case "hash":
			r.Hash = map[string]string{}
			var fields []string
			fields, err = m.HKeys(k)
			for _, f := range fields {
				r.Hash[f] = m.HGet(k, f)
			}
		case "list":
			r.List, err = m.List(k)
		case "set":
			r.Set, err = m.Members(k)
		case "zset":
			r.ZSet, err = m.SortedSet(k)
		case "stream":
			var es []miniredis.StreamEntry
			es, err = m.Stream(k)
			for _, x := range es {
				r.Stream = append(r.Stream, streamEntry{ID: x.ID, Values: x.Values})
			}
		default:
			continue // a type the bot never writes
		}
		if errors.Is(err, miniredis.ErrKeyNotFound) {
			continue // removed while the snapshot was being taken
		} else if err != nil {
			return fmt.Errorf("snapshot key: %w", err)
		}
		recs = append(recs, r)
	}
	b, err := json.Marshal(recs)
	if err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	return writeFileAtomic(e.path, b)
}

func (e *Embedded) load() error {
	b, err := os.ReadFile(e.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return fmt.Errorf("embedded redis: read snapshot: %w", err)
	}
	var recs []record
	if err := json.Unmarshal(b, &recs); err != nil {
		return fmt.Errorf("embedded redis: snapshot %s is corrupt: %w", e.path, err)
	}
	m := e.srv
	for _, r := range recs {
		var err error
		switch r.Type {
		case "string":
			err = m.Set(r.Key, r.String)
		case "hash":
			for f, v := range r.Hash {
				m.HSet(r.Key, f, v)
			}
		case "list":
			_, err = m.RPush(r.Key, r.List...)
		case "set":
			_, err = m.SAdd(r.Key, r.Set...)
		case "zset":
			for member, score := range r.ZSet {
				if _, err = m.ZAdd(r.Key, score, member); err != nil {
					break
				}
			}
		case "stream":
			for _, x := range r.Stream {
				if _, err = m.XAdd(r.Key, x.ID, x.Values); err != nil {
					break
				}
			}
		}
		if err != nil {
			return fmt.Errorf("embedded redis: restore snapshot: %w", err)
		}
		if r.TTLms > 0 {
			m.SetTTL(r.Key, time.Duration(r.TTLms)*time.Millisecond)
		}
	}
	return nil
}

// writeFileAtomic replaces path with b so that a crash leaves either the old
// or the new file, never a torn one.
func writeFileAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".snapshot-*")
	if err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("snapshot: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("snapshot: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o600); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	return nil
}
