package consent

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"hash"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

var errTooManyPurposes = errors.New("consent: more than 64 distinct purposes")

// hmacAlgs are the JWS algorithms a token may use.
var hmacAlgs = map[string]func() hash.Hash{
	"HS256": sha256.New,
	"HS384": sha512.New384,
	"HS512": sha512.New,
}

// maxTokenLen bounds the token read from a request.
const maxTokenLen = 8 << 10

// tokenVerifier checks consent tokens against the configured keys.
type tokenVerifier struct {
	key    *macKey // for tokens without kid; nil if none
	keys   map[string]*macKey
	algs   []string
	leeway time.Duration
}

// macKey holds a secret and a pool of keyed MACs per algorithm, so a
// verification does not re-derive the HMAC pads.
type macKey struct {
	pools map[string]*sync.Pool // alg → pool of hash.Hash
}

func newMACKey(secret string, algs []string) *macKey {
	k := &macKey{pools: map[string]*sync.Pool{}}
	for _, a := range algs {
		h, key := hmacAlgs[a], []byte(secret)
		k.pools[a] = &sync.Pool{New: func() any { return hmac.New(h, key) }}
	}
	return k
}

// sum returns the MAC of input under alg.
func (k *macKey) sum(alg, input string) []byte {
	p := k.pools[alg]
	mac := p.Get().(hash.Hash)
	mac.Reset()
	_, _ = io.WriteString(mac, input)
	sum := mac.Sum(nil)
	p.Put(mac)
	return sum
}

func newTokenVerifier(c *TokenConfig) *tokenVerifier {
	v := &tokenVerifier{algs: c.Algorithms, leeway: time.Duration(c.Leeway), keys: map[string]*macKey{}}
	if c.Key != "" {
		v.key = newMACKey(c.Key, c.Algorithms)
	}
	for kid, k := range c.Keys {
		v.keys[kid] = newMACKey(k, c.Algorithms)
	}
	return v
}

// tokenHeader is the JOSE header of a consent token.
type tokenHeader struct {
	Alg  string   `json:"alg"`
	Kid  *string  `json:"kid"`
	Crit []string `json:"crit"`
}

// tokenClaims are the claims of a consent token.
type tokenClaims struct {
	Sub      string    `json:"sub"`
	Purposes *[]string `json:"purposes"`
	Exp      *float64  `json:"exp"`
	Nbf      *float64  `json:"nbf"`
	Iat      *float64  `json:"iat"`
}

// verify checks a compact JWS token and returns its claims, or a short
// reason it is invalid. Reasons never quote the token or its fields.
func (v *tokenVerifier) verify(tok string, now time.Time) (tokenClaims, string) {
	var c tokenClaims
	if len(tok) > maxTokenLen {
		return c, "malformed: too long"
	}
	h64, rest, ok1 := strings.Cut(tok, ".")
	p64, s64, ok2 := strings.Cut(rest, ".")
	if !ok1 || !ok2 || strings.Contains(s64, ".") {
		return c, "malformed: want 3 parts"
	}
	hb, err := base64.RawURLEncoding.DecodeString(h64)
	if err != nil {
		return c, "malformed: header is not base64url"
	}
	var hdr tokenHeader
	if err := json.Unmarshal(hb, &hdr); err != nil {
		return c, "malformed: header is not a JSON object"
	}
	if hdr.Alg == "" || !slices.Contains(v.algs, hdr.Alg) {
		return c, "algorithm not allowed"
	}
	if len(hdr.Crit) > 0 {
		return c, "unsupported critical header"
	}
	key := v.key
	if hdr.Kid != nil {
		k, ok := v.keys[*hdr.Kid]
		if !ok {
			return c, "unknown key id"
		}
		key = k
	}
	if key == nil {
		return c, "missing key id"
	}
	sig, err := base64.RawURLEncoding.DecodeString(s64)
	if err != nil {
		return c, "malformed: signature is not base64url"
	}
	if !hmac.Equal(sig, key.sum(hdr.Alg, tok[:len(h64)+1+len(p64)])) {
		return c, "bad signature"
	}
	pb, err := base64.RawURLEncoding.DecodeString(p64)
	if err != nil {
		return c, "malformed: payload is not base64url"
	}
	if err := json.Unmarshal(pb, &c); err != nil {
		return c, "malformed: claims are not a JSON object of the expected types"
	}
	if c.Exp == nil {
		return c, "missing exp"
	}
	if c.Purposes == nil {
		return c, "missing purposes"
	}
	lw := v.leeway.Seconds()
	t := float64(now.UnixNano()) / 1e9
	switch {
	case !finite(*c.Exp) || t > *c.Exp+lw:
		return c, "expired"
	case c.Nbf != nil && (!finite(*c.Nbf) || t+lw < *c.Nbf):
		return c, "not yet valid"
	case c.Iat != nil && (!finite(*c.Iat) || t+lw < *c.Iat):
		return c, "issued in the future"
	}
	return c, ""
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// sortedKeys returns the keys of m, sorted.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
