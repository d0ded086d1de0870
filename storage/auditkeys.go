package storage

import (
	"context"
	"crypto/hmac"
	"fmt"
)

// Rotating the audit key. Like the encryption keys (crypt.go), audit keys
// have ids (KeyID): every entry names the key that signed it in its "kid"
// field, covered by its tag, and anchors and checkpoints carry theirs.
// AuditKey signs everything new; OldAuditKeys (DELEGATEBOT_OLD_AUDIT_KEYS,
// newest first) only verify what they signed before the rotation. Entries
// and anchors from before key ids name no key and are checked against every
// configured key.
//
// A rotation must also retire a key that leaked, so keys are ordered: along
// the trail, an entry may not be signed by an older key than an entry
// before it, and an entry without a key id may not follow one with; the
// trim anchor may not be signed by an older key than the first entry it
// leads to (TrimAudit always keeps the newest entry, so a genuine anchor
// does not, and signs an older key's anchor again). Whoever holds only an
// old key can then neither append to the trail after the rotation nor forge
// an anchor that hides newer entries. Anchors written before key ids name
// no key and are exempt from the order; the next trim that drops entries
// replaces them.

// auditKidField is the stream field naming an entry's key.
const auditKidField = "kid"

// auditSigner is one configured audit key: rank 0 is the current key, higher
// ranks are older.
type auditSigner struct {
	id   string
	key  []byte
	rank int
}

// auditKeys lists the configured audit keys, current first.
func (s *Store) auditKeys() []auditSigner {
	out := make([]auditSigner, 0, 1+len(s.OldAuditKeys))
	out = append(out, auditSigner{id: KeyID(s.AuditKey), key: s.AuditKey})
	for i, k := range s.OldAuditKeys {
		out = append(out, auditSigner{id: KeyID(k), key: k, rank: i + 1})
	}
	return out
}

// auditKeyByID finds a configured key by id.
func (s *Store) auditKeyByID(id string) (auditSigner, bool) {
	for _, k := range s.auditKeys() {
		if k.id == id {
			return k, true
		}
	}
	return auditSigner{}, false
}

// errUnknownAuditKey names a key id no configured key has.
func errUnknownAuditKey(what, id string) string {
	return fmt.Sprintf("%s signed by audit key %s, which is not configured (list it in DELEGATEBOT_OLD_AUDIT_KEYS)", what, id)
}

// verifySigned checks mac against the key named kid, or, without a kid
// (signed before key ids), against each configured key. It returns the
// signing key; ok is false when none matches.
func (s *Store) verifySigned(kid, mac string, sign func(key []byte) string) (k auditSigner, ok bool, known bool) {
	if kid != "" {
		k, known = s.auditKeyByID(kid)
		return k, known && hmac.Equal([]byte(sign(k.key)), []byte(mac)), known
	}
	for _, k := range s.auditKeys() {
		if hmac.Equal([]byte(sign(k.key)), []byte(mac)) {
			return k, true, true
		}
	}
	return auditSigner{}, false, true
}

type auditSignersKey struct{}

// SignerUnkeyed is the signer WithAuditSigners reports for an entry from
// before the audit key (hash-chained only).
const SignerUnkeyed = "unkeyed"

// WithAuditSigners returns a context under which a walk of the trail
// (VerifyAudit, VerifyAuditCheckpoint) tells fn the id of the key that
// signed each entry it verified (an entry from before key ids by the key
// that matched; SignerUnkeyed): what an operator needs to know before
// retiring an old key.
func WithAuditSigners(ctx context.Context, fn func(kid string)) context.Context {
	return context.WithValue(ctx, auditSignersKey{}, fn)
}

func auditSigned(ctx context.Context, kid string) {
	if fn, ok := ctx.Value(auditSignersKey{}).(func(string)); ok {
		fn(kid)
	}
}

// AuditKeyIDs names the configured audit keys: the current one first, then
// DELEGATEBOT_OLD_AUDIT_KEYS in order.
func (s *Store) AuditKeyIDs() []string {
	var ids []string
	for _, k := range s.auditKeys() {
		ids = append(ids, k.id)
	}
	return ids
}
