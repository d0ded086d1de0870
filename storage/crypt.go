package storage

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Keyring encrypts the fields of a ticket that may hold PHI (its original
// text and its notes) with AES-256-GCM. The current key encrypts; every key
// decrypts, so old records stay readable after a rotation. Each ciphertext
// names its key by id (the first 8 bytes of the key's SHA-256, in hex), so
// no key material is stored beside the data, and is bound to where it is
// stored: workspace, record, field and key id are its associated data.
type Keyring struct {
	current string
	aeads   map[string]cipher.AEAD

	// AllowLegacy reads plaintext values and values sealed before they were
	// bound to their record (enc1), for a migration; otherwise they are
	// integrity errors.
	AllowLegacy bool
}

// NewKeyring returns a keyring whose first key is current and whose others
// only decrypt. Keys are 32 raw bytes.
func NewKeyring(current []byte, old ...[]byte) (*Keyring, error) {
	k := &Keyring{aeads: map[string]cipher.AEAD{}}
	for i, key := range append([][]byte{current}, old...) {
		if len(key) != 32 {
			return nil, fmt.Errorf("encryption key %d: want 32 bytes, got %d", i+1, len(key))
		}
		block, err := aes.NewCipher(key)
		if err != nil {
			return nil, err
		}
		aead, err := cipher.NewGCM(block)
		if err != nil {
			return nil, err
		}
		id := KeyID(key)
		if i == 0 {
			k.current = id
		}
		k.aeads[id] = aead
	}
	return k, nil
}

// ParseKey decodes a base64 (standard or URL alphabet, padded or not) key of
// 32 bytes.
func ParseKey(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			if len(b) != 32 {
				return nil, fmt.Errorf("key decodes to %d bytes, want 32", len(b))
			}
			return b, nil
		}
	}
	return nil, errors.New("key is not base64")
}

// NewKey returns a fresh random key, base64-encoded.
func NewKey() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand panics rather than return short)
	return base64.StdEncoding.EncodeToString(b)
}

// KeyID names a key without revealing it.
func KeyID(key []byte) string {
	sum := sha256.Sum256(key)
	return hex.EncodeToString(sum[:8])
}

// Current is the id of the key that encrypts.
func (k *Keyring) Current() string { return k.current }

// binding names where a ciphertext belongs: its workspace, record and field.
// It is the associated data of the encryption (with the key id), so a value
// copied to another record, field or workspace fails to decrypt instead of
// being shown as that record's.
type binding struct {
	ws, record, field string
}

// ticketBinding is the binding of a field of ticket n.
func ticketBinding(ws string, n int64, field string) binding {
	return binding{ws: ws, record: "ticket:" + strconv.FormatInt(n, 10), field: field}
}

func (b binding) String() string { return b.record + " " + b.field }

// ad is the associated data of b under key id: length-prefixed parts, so
// that no two bindings share one.
func (b binding) ad(id string) []byte {
	var out []byte
	for _, p := range []string{"delegatebot/v2", b.ws, b.record, b.field, id} {
		out = strconv.AppendInt(out, int64(len(p)), 10)
		out = append(out, ':')
		out = append(out, p...)
	}
	return out
}

// encPrefix starts every value sealed bound to its record:
// "enc2:<key id>:<base64 nonce+ciphertext>". Values of encPrefixV1 (bound to
// the key id only) are read only during a migration (AllowLegacy).
const (
	encPrefix   = "enc2:"
	encPrefixV1 = "enc1:"
)

// ErrIntegrity reports a stored value that does not belong where it was
// found: plaintext where a ciphertext is due, a ciphertext moved from another
// record or field, or altered bytes. Its message names the record, never the
// content.
var ErrIntegrity = errors.New("integrity check failed")

// seal encrypts s with the current key, bound to b. The empty string stays
// empty.
func (k *Keyring) seal(s string, b binding) string {
	if k == nil || s == "" {
		return s
	}
	aead := k.aeads[k.current]
	nonce := make([]byte, aead.NonceSize())
	rand.Read(nonce)
	ct := aead.Seal(nonce, nonce, []byte(s), b.ad(k.current))
	return encPrefix + k.current + ":" + base64.RawStdEncoding.EncodeToString(ct)
}

// ErrNoKey reports a value encrypted under a key that is not configured.
var ErrNoKey = errors.New("encrypted with a key that is not configured")

// open decrypts a value from seal bound to b. Without a keyring a value
// without the prefix is plaintext and returned as is; with one, plaintext
// and values sealed before bindings (enc1) are refused as integrity errors
// unless AllowLegacy is set for a migration.
func (k *Keyring) open(v string, b binding) (string, error) {
	return k.openAs(v, b, k != nil && k.AllowLegacy)
}

// openAs is open with the migration switch given (key rotation reads
// legacy values to rewrite them).
func (k *Keyring) openAs(v string, b binding, legacy bool) (string, error) {
	prefix := encPrefix
	switch {
	case v == "":
		return v, nil
	case strings.HasPrefix(v, encPrefix):
	case strings.HasPrefix(v, encPrefixV1) && (legacy || k == nil):
		prefix = encPrefixV1
	case strings.HasPrefix(v, encPrefixV1):
		return "", fmt.Errorf("%s: %w: sealed without its record binding (run `delegatebot keys rotate`)", b, ErrIntegrity)
	case k == nil || legacy:
		return v, nil
	default:
		return "", fmt.Errorf("%s: %w: a plaintext value where a ciphertext is due (serve --allow-plaintext reads it during a migration)", b, ErrIntegrity)
	}
	id, data, ok := strings.Cut(v[len(prefix):], ":")
	if !ok {
		return "", fmt.Errorf("%s: %w: malformed encrypted value", b, ErrIntegrity)
	}
	if k == nil {
		return "", fmt.Errorf("key %s: %w (set DELEGATEBOT_ENCRYPTION_KEY)", id, ErrNoKey)
	}
	aead, ok := k.aeads[id]
	if !ok {
		return "", fmt.Errorf("key %s: %w (add it to DELEGATEBOT_OLD_ENCRYPTION_KEYS)", id, ErrNoKey)
	}
	ct, err := base64.RawStdEncoding.DecodeString(data)
	if err != nil || len(ct) < aead.NonceSize() {
		return "", fmt.Errorf("%s: %w: malformed encrypted value", b, ErrIntegrity)
	}
	ad := b.ad(id)
	if prefix == encPrefixV1 {
		ad = []byte(id)
	}
	pt, err := aead.Open(nil, ct[:aead.NonceSize()], ct[aead.NonceSize():], ad)
	if err != nil {
		return "", fmt.Errorf("%s: %w: key %s does not open it here (moved from another record or field, altered, or a wrong key)", b, ErrIntegrity, id)
	}
	return string(pt), nil
}

// needsRotation reports whether v is plaintext or under an old key.
func (k *Keyring) needsRotation(v string) bool {
	if k == nil || v == "" {
		return false
	}
	return !strings.HasPrefix(v, encPrefix+k.current+":")
}

// pendingBinding is the binding of a user's pending question in a channel.
func pendingBinding(ws, user, channel string) binding {
	return binding{ws: ws, record: "pending:" + user + ":" + channel, field: "state"}
}

// inboxBinding is the binding of a queued event's body.
func inboxBinding(platform, ws, eventID string) binding {
	return binding{ws: ws, record: "inbox:" + platform + ":" + eventID, field: "body"}
}
