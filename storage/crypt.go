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
	"strings"
)

// Keyring encrypts the fields of a ticket that may hold PHI (its original
// text and its notes) with AES-256-GCM. The current key encrypts; every key
// decrypts, so old records stay readable after a rotation. Each ciphertext
// names its key by id (the first 8 bytes of the key's SHA-256, in hex), so
// no key material is stored beside the data.
type Keyring struct {
	current string
	aeads   map[string]cipher.AEAD
}

// encPrefix starts every encrypted value: "enc1:<key id>:<base64 nonce+ciphertext>".
const encPrefix = "enc1:"

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

// seal encrypts s with the current key. The empty string stays empty.
func (k *Keyring) seal(s string) string {
	if k == nil || s == "" {
		return s
	}
	aead := k.aeads[k.current]
	nonce := make([]byte, aead.NonceSize())
	rand.Read(nonce)
	ct := aead.Seal(nonce, nonce, []byte(s), []byte(k.current))
	return encPrefix + k.current + ":" + base64.RawStdEncoding.EncodeToString(ct)
}

// ErrNoKey reports a value encrypted under a key that is not configured.
var ErrNoKey = errors.New("encrypted with a key that is not configured")

// open decrypts a value from seal; a value without the prefix is plaintext
// (written before encryption was configured) and is returned as is.
func (k *Keyring) open(v string) (string, error) {
	if !strings.HasPrefix(v, encPrefix) {
		return v, nil
	}
	id, data, ok := strings.Cut(v[len(encPrefix):], ":")
	if !ok {
		return "", errors.New("malformed encrypted value")
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
		return "", errors.New("malformed encrypted value")
	}
	pt, err := aead.Open(nil, ct[:aead.NonceSize()], ct[aead.NonceSize():], []byte(id))
	if err != nil {
		return "", fmt.Errorf("key %s: decryption failed (wrong key or altered data)", id)
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
