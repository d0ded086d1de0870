package teams_test

import (
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/golang-jwt/jwt/v4"
)

// The fakes below stand in for the Bot Framework at the process edge: the
// OpenID metadata and JWKS endpoints, the Azure AD token endpoint and the
// connector service, each speaking its real wire format.

const appID = "00000000-0000-0000-0000-00000000a001"

var (
	keyOnce sync.Once
	keys    [2]*rsa.PrivateKey
)

// testKeys returns two RSA keys, made once per process (2048-bit keys take
// a moment).
func testKeys(t *testing.T) [2]*rsa.PrivateKey {
	keyOnce.Do(func() {
		for i := range keys {
			k, err := rsa.GenerateKey(rand.Reader, 2048)
			if err != nil {
				panic(err)
			}
			keys[i] = k
		}
	})
	return keys
}

// openID serves the metadata document and a JWKS whose keys can be changed.
type openID struct {
	srv     *httptest.Server
	mu      sync.Mutex
	keys    map[string]*rsa.PublicKey
	endorse map[string][]string // a key's endorsements; absent: msteams and webchat
	fetches int                 // JWKS downloads
}

func newOpenID(t *testing.T) *openID {
	o := &openID{keys: map[string]*rsa.PublicKey{"key-1": &testKeys(t)[0].PublicKey}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/.well-known/openidconfiguration", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{
			"issuer":                                "https://api.botframework.com",
			"authorization_endpoint":                "https://invalid.botframework.com",
			"jwks_uri":                              o.srv.URL + "/v1/.well-known/keys",
			"id_token_signing_alg_values_supported": []string{"RS256"},
			"token_endpoint_auth_methods_supported": []string{"private_key_jwt"},
		})
	})
	mux.HandleFunc("GET /v1/.well-known/keys", func(w http.ResponseWriter, r *http.Request) {
		o.mu.Lock()
		defer o.mu.Unlock()
		o.fetches++
		var ks []map[string]any
		for kid, k := range o.keys {
			endorsements, ok := o.endorse[kid]
			if !ok {
				endorsements = []string{"msteams", "webchat"}
			}
			ks = append(ks, map[string]any{
				"kty": "RSA", "use": "sig", "kid": kid, "x5t": kid,
				"n":            base64.RawURLEncoding.EncodeToString(k.N.Bytes()),
				"e":            base64.RawURLEncoding.EncodeToString(big.NewInt(int64(k.E)).Bytes()),
				"endorsements": endorsements,
			})
		}
		json.NewEncoder(w).Encode(map[string]any{"keys": ks})
	})
	o.srv = httptest.NewServer(mux)
	t.Cleanup(o.srv.Close)
	return o
}

func (o *openID) metadataURL() string { return o.srv.URL + "/v1/.well-known/openidconfiguration" }

func (o *openID) jwksFetches() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.fetches
}

// claims are the claims of a valid Bot Framework token for serviceURL.
func claims(serviceURL string) jwt.MapClaims { return claimsAt(serviceURL, time.Now()) }

// claimsAt are claims valid at now.
func claimsAt(serviceURL string, now time.Time) jwt.MapClaims {
	return testkit.TeamsClaims(appID, serviceURL, now)
}

// sign makes an RS256 token with key and kid.
func sign(t *testing.T, c jwt.MapClaims, key *rsa.PrivateKey, kid string) string {
	return testkit.TeamsToken(t, c, key, kid)
}

// tokenEndpoint is Azure AD's client-credentials endpoint.
type tokenEndpoint struct {
	srv    *httptest.Server
	mu     sync.Mutex
	calls  int
	fail   int // status to answer with; 0 succeeds
	issued []string
}

func newTokenEndpoint(t *testing.T) *tokenEndpoint {
	te := &tokenEndpoint{}
	te.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		te.mu.Lock()
		defer te.mu.Unlock()
		te.calls++
		r.ParseForm()
		if r.Method != http.MethodPost || r.Form.Get("grant_type") != "client_credentials" ||
			r.Form.Get("client_id") != appID || r.Form.Get("client_secret") != "s3cret" ||
			r.Form.Get("scope") != "https://api.botframework.com/.default" || te.fail != 0 {
			status := te.fail
			if status == 0 {
				status = http.StatusBadRequest
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			io.WriteString(w, `{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}`)
			return
		}
		tok := fmt.Sprintf("bot-token-%d", te.calls)
		te.issued = append(te.issued, tok)
		json.NewEncoder(w).Encode(map[string]any{"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": tok})
	}))
	t.Cleanup(te.srv.Close)
	return te
}

func (te *tokenEndpoint) count() int {
	te.mu.Lock()
	defer te.mu.Unlock()
	return te.calls
}

// call is one request the connector received.
type call struct {
	Method       string
	Conversation string
	ActivityID   string // for PUT
	Token        string
	Activity     sentActivity
}

// sentActivity is an activity as the connector received it.
type sentActivity struct {
	Type        string `json:"type"`
	Text        string `json:"text"`
	TextFormat  string `json:"textFormat"`
	Attachments []struct {
		ContentType string          `json:"contentType"`
		Content     json.RawMessage `json:"content"`
	} `json:"attachments"`
	Timestamp  *string `json:"timestamp"`
	Expiration *string `json:"expiration"`
	Entities   []struct {
		Type      string `json:"type"`
		Text      string `json:"text"`
		Mentioned struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"mentioned"`
	} `json:"entities"`
}

// connector is the Bot Framework connector service of one region. Before,
// when set, may answer a request itself (to fail it) and return true.
type connector struct {
	srv    *httptest.Server
	mu     sync.Mutex
	calls  []call
	next   int
	Before func(w http.ResponseWriter, r *http.Request, n int) bool
	// Roster is what GET .../members answers (members_test.go).
	Roster []map[string]any
}

func newConnector(t *testing.T) *connector {
	c := &connector{}
	mux := http.NewServeMux()
	record := func(w http.ResponseWriter, r *http.Request) (call, bool) {
		c.mu.Lock()
		defer c.mu.Unlock()
		cl := call{Method: r.Method, Conversation: r.PathValue("conv"), ActivityID: r.PathValue("id"), Token: r.Header.Get("Authorization")}
		if err := json.NewDecoder(r.Body).Decode(&cl.Activity); err != nil {
			http.Error(w, `{"error":{"code":"BadSyntax","message":"bad json"}}`, http.StatusBadRequest)
			return cl, false
		}
		if c.Before != nil && c.Before(w, r, len(c.calls)) {
			return cl, false
		}
		c.calls = append(c.calls, cl)
		return cl, true
	}
	mux.HandleFunc("POST /amer/v3/conversations/{conv}/activities", func(w http.ResponseWriter, r *http.Request) {
		if _, ok := record(w, r); !ok {
			return
		}
		c.mu.Lock()
		c.next++
		id := fmt.Sprintf("1700000%06d", c.next)
		c.mu.Unlock()
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]string{"id": id})
	})
	mux.HandleFunc("PUT /amer/v3/conversations/{conv}/activities/{id}", func(w http.ResponseWriter, r *http.Request) {
		if _, ok := record(w, r); !ok {
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"id": r.PathValue("id")})
	})
	mux.HandleFunc("GET /amer/v3/conversations/{conv}/members", func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		c.calls = append(c.calls, call{Method: r.Method, Conversation: r.PathValue("conv"), Token: r.Header.Get("Authorization")})
		roster := c.Roster
		c.mu.Unlock()
		json.NewEncoder(w).Encode(roster)
	})
	c.srv = httptest.NewServer(mux)
	t.Cleanup(c.srv.Close)
	return c
}

// serviceURL is the connector's base URL as Teams writes it in activities.
func (c *connector) serviceURL() string { return c.srv.URL + "/amer/" }

func (c *connector) received() []call {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]call(nil), c.calls...)
}

// to returns the calls made to conversation.
func (c *connector) to(conversation string) []call {
	var out []call
	for _, cl := range c.received() {
		if cl.Conversation == conversation {
			out = append(out, cl)
		}
	}
	return out
}
