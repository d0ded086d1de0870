package teams

import (
	"context"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/golang-jwt/jwt/v4"
)

// DefaultMetadataURL is the Bot Framework's OpenID metadata document, which
// names the JWKS whose keys sign every activity sent to a bot.
const DefaultMetadataURL = "https://login.botframework.com/v1/.well-known/openidconfiguration"

// Issuer is the issuer of the tokens the Bot Framework sends to bots.
const Issuer = "https://api.botframework.com"

// ErrUnauthorized is the error of every failed verification; the adapter
// answers 401 to all of them alike.
var ErrUnauthorized = errors.New("unauthorized")

// Authenticator verifies the bearer token of each inbound activity: an RS256
// JWT issued by the Bot Framework for our app id, signed by a key of the JWKS
// named in the OpenID metadata.
//
// We do not use msbotbuilder-go's connector/auth validator: it hard-codes the
// metadata URL (tests and sovereign clouds need another), downloads the
// metadata on every request, shares its key cache between requests without a
// lock and never refreshes the keys when a token names an unknown key id, so
// a key rotation locks the bot out until restart. This one caches the keys,
// refreshes them on an unknown kid at most once per MinRefresh, bounds every
// fetch with a timeout and is safe for concurrent use.
type Authenticator struct {
	AppID       string
	MetadataURL string // DefaultMetadataURL when empty
	// Client fetches the metadata and keys; nil uses one with a 10 s timeout.
	Client *http.Client
	// MinRefresh is the shortest time between two key fetches, so tokens
	// naming unknown keys cannot make us hammer the key endpoint; 0 means
	// one minute.
	MinRefresh time.Duration
	// Now returns the current time; nil means time.Now.
	Now func() time.Time

	fetchMu sync.Mutex // serialises fetches; held while one runs
	tried   time.Time  // last fetch attempt, under fetchMu

	mu      sync.RWMutex
	keys    map[string]signingKey
	fetched time.Time // last successful fetch
}

// Identity is what a verified token says about its sender.
type Identity struct {
	// ServiceURL is the token's serviceurl claim; the activity's serviceUrl
	// must equal it, or a valid token could direct our replies (and our
	// connector token) to any host.
	ServiceURL string
	// Endorsements are the channels the signing key may speak for
	// ("msteams"); empty when the key lists none.
	Endorsements []string
}

type signingKey struct {
	pub          *rsa.PublicKey
	endorsements []string
}

const (
	clockSkew   = 5 * time.Minute
	keyMaxAge   = 24 * time.Hour // Microsoft asks bots to re-read the keys daily
	authTimeout = 10 * time.Second
)

// Verify checks the Authorization header of a request. Any failure wraps
// ErrUnauthorized; the reason is safe to log (it never holds the token).
func (a *Authenticator) Verify(ctx context.Context, header string) (Identity, error) {
	scheme, raw, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || raw == "" {
		return Identity{}, fmt.Errorf("%w: no bearer token", ErrUnauthorized)
	}
	var key signingKey
	claims := jwt.MapClaims{}
	p := jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}), jwt.WithoutClaimsValidation())
	_, err := p.ParseWithClaims(strings.TrimSpace(raw), claims, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		switch {
		case kid == "":
			return nil, errors.New("token names no key")
		case len(kid) > maxKidLen:
			// Not looked up, not fetched for, and never logged whole.
			return nil, fmt.Errorf("token names an overlong key id (%d bytes)", len(kid))
		}
		k, err := a.key(ctx, kid)
		key = k
		return k.pub, err
	})
	if err != nil {
		return Identity{}, fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	now := a.now()
	switch {
	case !claims.VerifyIssuer(Issuer, true):
		return Identity{}, fmt.Errorf("%w: wrong issuer", ErrUnauthorized)
	case a.AppID == "" || !claims.VerifyAudience(a.AppID, true):
		return Identity{}, fmt.Errorf("%w: wrong audience", ErrUnauthorized)
	case !claims.VerifyExpiresAt(now.Add(-clockSkew).Unix(), true):
		return Identity{}, fmt.Errorf("%w: token expired", ErrUnauthorized)
	case !claims.VerifyNotBefore(now.Add(clockSkew).Unix(), false):
		return Identity{}, fmt.Errorf("%w: token not valid yet", ErrUnauthorized)
	}
	su, _ := claims["serviceurl"].(string)
	if su == "" {
		return Identity{}, fmt.Errorf("%w: no serviceurl claim", ErrUnauthorized)
	}
	if len(key.endorsements) == 0 {
		// As Microsoft's validator: a key that endorses nothing speaks for
		// no channel (not for every channel).
		return Identity{}, fmt.Errorf("%w: the signing key lists no endorsements", ErrUnauthorized)
	}
	return Identity{ServiceURL: su, Endorsements: key.endorsements}, nil
}

// Channel is the only channel id the adapter serves; the signing key must
// endorse it.
const Channel = "msteams"

// Endorses reports whether the signing key may speak for channel. A key that
// lists no endorsements speaks for none.
func (id Identity) Endorses(channel string) bool {
	return channel != "" && slices.Contains(id.Endorsements, channel)
}

// maxKidLen bounds the key ids we look up: real ones are short thumbprints.
const maxKidLen = 128

// key returns the public key kid, fetching the key set when it is unknown or
// a day old. A stale key stays usable while a refresh fails.
func (a *Authenticator) key(ctx context.Context, kid string) (signingKey, error) {
	if k, ok, fresh := a.lookup(kid); ok && fresh {
		return k, nil
	}
	a.fetchMu.Lock()
	defer a.fetchMu.Unlock()
	k, ok, fresh := a.lookup(kid) // another request may have just fetched
	if ok && fresh {
		return k, nil
	}
	if now := a.now(); now.Sub(a.tried) >= a.minRefresh() {
		a.tried = now
		if err := a.fetch(ctx); err != nil {
			if ok {
				return k, nil
			}
			return signingKey{}, fmt.Errorf("fetch signing keys: %w", err)
		}
		k, ok, _ = a.lookup(kid)
	}
	if !ok {
		return signingKey{}, fmt.Errorf("unknown signing key %q", bot.Capped(kid, 64))
	}
	return k, nil
}

func (a *Authenticator) lookup(kid string) (k signingKey, ok, fresh bool) {
	a.mu.RLock()
	defer a.mu.RUnlock()
	k, ok = a.keys[kid]
	return k, ok, a.now().Sub(a.fetched) < keyMaxAge
}

// fetch reads the metadata, then the key set it names, and replaces the cache.
func (a *Authenticator) fetch(ctx context.Context) error {
	// Detached from the request: one caller hanging up must not fail a
	// fetch that every concurrent request is waiting for.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), authTimeout)
	defer cancel()
	var meta struct {
		JWKSURI string `json:"jwks_uri"`
	}
	mu := a.MetadataURL
	if mu == "" {
		mu = DefaultMetadataURL
	}
	if err := a.getJSON(ctx, mu, &meta); err != nil {
		return fmt.Errorf("openid metadata: %w", err)
	}
	if meta.JWKSURI == "" {
		return errors.New("openid metadata names no jwks_uri")
	}
	var set struct {
		Keys []struct {
			Kty          string   `json:"kty"`
			Kid          string   `json:"kid"`
			N            string   `json:"n"`
			E            string   `json:"e"`
			Endorsements []string `json:"endorsements"`
		} `json:"keys"`
	}
	if err := a.getJSON(ctx, meta.JWKSURI, &set); err != nil {
		return fmt.Errorf("jwks: %w", err)
	}
	keys := make(map[string]signingKey, len(set.Keys))
	for _, k := range set.Keys {
		if k.Kty != "RSA" || k.Kid == "" {
			continue
		}
		pub, err := rsaKey(k.N, k.E)
		if err != nil {
			continue // one malformed key must not drop the others
		}
		keys[k.Kid] = signingKey{pub: pub, endorsements: k.Endorsements}
	}
	if len(keys) == 0 {
		return errors.New("jwks holds no usable RSA key")
	}
	a.mu.Lock()
	a.keys, a.fetched = keys, a.now()
	a.mu.Unlock()
	return nil
}

func (a *Authenticator) getJSON(ctx context.Context, url string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	c := a.Client
	if c == nil {
		c = &http.Client{Timeout: authTimeout}
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(v)
}

func rsaKey(n, e string) (*rsa.PublicKey, error) {
	nb, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(n, "="))
	if err != nil {
		return nil, err
	}
	eb, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(e, "="))
	if err != nil {
		return nil, err
	}
	exp := new(big.Int).SetBytes(eb)
	if len(nb) < 256 || !exp.IsInt64() || exp.Int64() < 3 || exp.Int64() > 1<<31 {
		return nil, errors.New("unusable RSA key")
	}
	return &rsa.PublicKey{N: new(big.Int).SetBytes(nb), E: int(exp.Int64())}, nil
}

func (a *Authenticator) minRefresh() time.Duration {
	if a.MinRefresh > 0 {
		return a.MinRefresh
	}
	return time.Minute
}

func (a *Authenticator) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}
