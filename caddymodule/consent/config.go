package consent

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/caddyserver/caddy/v2"
)

// Defaults applied by New.
const (
	DefaultHeader        = "X-Consent"
	DefaultSubjectHeader = "X-Subject-Id"
	DefaultTokenHeader   = "X-Consent-Token"
	DefaultTCFHeader     = "X-TCF-Consent"
	DefaultTCFCookie     = "euconsent-v2"
	DefaultLeeway        = 30 * time.Second
	DefaultTimeout       = 2 * time.Second
	DefaultCacheSize     = 10000
	DefaultTTL           = 5 * time.Minute
	DefaultNegativeTTL   = 30 * time.Second
)

// maxPurposes bounds the number of distinct purposes a config may name, so
// a set of purposes fits one uint64.
const maxPurposes = 64

// Config configures consent for one route. The purposes a request grants
// are the union of what the enabled sources grant (the X-Consent header,
// the signed token, the TCF string, the consent service); then Global
// Privacy Control (Sec-GPC: 1) withdraws its purposes. A token that is
// present but invalid makes the decision an error whatever else the request
// carries.
//
// Caddyfile (the body of the guardrail directive's consent block):
//
//	consent {
//		require personalization
//		on_missing deny
//		header X-Consent
//		subject_header X-Subject-Id
//		token {
//			header X-Consent-Token
//			key {env.GUARDRAIL_CONSENT_KEY}
//			key k2 {env.OLD_KEY}
//			alg HS256 HS512
//			leeway 30s
//		}
//		tcf {
//			header X-TCF-Consent
//			cookie euconsent-v2
//			vendor 755
//			purpose personalization 3 4
//			max_age 395d
//		}
//		service https://consent.internal/v1/subjects/{subject} {
//			timeout 2s
//			cache_size 10000
//			ttl 5m
//			negative_ttl 30s
//			fail_open
//		}
//		gpc_withdraws personalization third_party_sharing
//	}
//
// `header off` disables the X-Consent header source.
type Config struct {
	// The purposes the route requires, as lowercase tokens (letters,
	// digits, '_', '-', '.'). Default: ["personalization"].
	Require []string `json:"require,omitempty"`

	// What to do when a required purpose is not granted: "anonymize"
	// (redact and forward) or "deny" (reject the request). Default:
	// "anonymize".
	OnMissing string `json:"on_missing,omitempty"`

	// The request header that lists granted purposes, separated by commas
	// or spaces, case-insensitive. An absent header grants nothing.
	// Default: "X-Consent".
	Header string `json:"header,omitempty"`

	// Ignore the granted-purposes header entirely. Default: false.
	DisableHeader bool `json:"disable_header,omitempty"`

	// The request header that carries the subject id. The id is used for
	// the consent service and matched against the token's sub claim; it is
	// never logged by this package. Default: "X-Subject-Id".
	SubjectHeader string `json:"subject_header,omitempty"`

	// The signed consent token source. Disabled when absent.
	Token *TokenConfig `json:"token,omitempty"`

	// The IAB TCF v2 consent string source. Disabled when absent.
	TCF *TCFConfig `json:"tcf,omitempty"`

	// The consent service source. Disabled when absent.
	Service *ServiceConfig `json:"service,omitempty"`

	// The purposes that Global Privacy Control (Sec-GPC: 1) withdraws.
	// Default: ["personalization", "third_party_sharing"].
	GPCWithdraws []string `json:"gpc_withdraws,omitempty"`
}

// TokenConfig configures the signed consent token: a JWT (JWS compact
// serialization, HMAC-SHA2) with the claims sub (optional), purposes (an
// array of strings), exp (required), and optionally iat and nbf.
type TokenConfig struct {
	// The request header that carries the token. Default: "X-Consent-Token".
	Header string `json:"header,omitempty"`

	// The secret for tokens without a kid header. Placeholders such as
	// {env.GUARDRAIL_CONSENT_KEY} must be replaced by the caller before New.
	// At least 16 bytes; 32 or more is recommended.
	Key string `json:"key,omitempty"`

	// Secrets by key id (the token's kid header), for key rotation. A token
	// with a kid not listed here is invalid.
	Keys map[string]string `json:"keys,omitempty"`

	// The accepted algorithms: any of "HS256", "HS384", "HS512". "none" is
	// never accepted. Default: ["HS256"].
	Algorithms []string `json:"algorithms,omitempty"`

	// Clock skew allowed when checking exp, nbf and iat. Default: 30s.
	Leeway caddy.Duration `json:"leeway,omitempty"`
}

// TCFConfig configures the IAB TCF v2 consent string source. The string is
// read from the header, or when the header is absent from the cookie.
type TCFConfig struct {
	// The request header that carries the TC string. Default: "X-TCF-Consent".
	Header string `json:"header,omitempty"`

	// The cookie that carries the TC string. Default: "euconsent-v2".
	Cookie string `json:"cookie,omitempty"`

	// The Global Vendor List id of the vendor whose consent is required.
	// When set, the TC string grants nothing unless this vendor has
	// consent, and a publisher restriction of type 0 (not allowed) or 2
	// (legitimate interest only) on a mapped TCF purpose for this vendor
	// withholds that purpose. Default: 0 (no vendor check).
	VendorID int `json:"vendor_id,omitempty"`

	// Maps each of our purposes to the TCF purpose ids (1-24) that must all
	// have consent for it to be granted. Default:
	// {"personalization": [3, 4]}.
	Purposes map[string][]int `json:"purposes,omitempty"`

	// The oldest LastUpdated a TC string may have; an older string grants
	// nothing (IAB guidance is to ask again after 13 months, about 395d).
	// Default: 0 (no age check).
	MaxAge caddy.Duration `json:"max_age,omitempty"`
}

// ServiceConfig configures the consent service: an HTTP GET to URL with
// {subject} replaced by the URL-escaped subject id. The service answers
// 200 with {"purposes": ["personalization", …]} or
// {"purposes": {"personalization": true, …}}; 404 means the subject has
// granted nothing. Anything else (timeouts, other statuses, bodies that do
// not parse) is a failure: not granted, unless FailOpen is set.
type ServiceConfig struct {
	// The URL template, with a {subject} placeholder; http or https.
	URL string `json:"url,omitempty"`

	// How long one lookup may take. Default: 2s.
	Timeout caddy.Duration `json:"timeout,omitempty"`

	// How many subjects the answer cache holds. Default: 10000.
	CacheSize int `json:"cache_size,omitempty"`

	// How long a successful answer is cached. Default: 5m.
	TTL caddy.Duration `json:"ttl,omitempty"`

	// How long a 404 or a failure is cached. Default: 30s; at most TTL.
	NegativeTTL caddy.Duration `json:"negative_ttl,omitempty"`

	// Treat a failed lookup as granting the required purposes. Default:
	// false (fail closed).
	FailOpen bool `json:"fail_open,omitempty"`
}

// validPurpose reports whether p is a lowercase purpose token.
func validPurpose(p string) bool {
	if p == "" || len(p) > 64 {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// withDefaults returns a copy of c with defaults applied.
func (c Config) withDefaults() Config {
	if len(c.Require) == 0 {
		c.Require = []string{"personalization"}
	}
	if c.OnMissing == "" {
		c.OnMissing = OutcomeAnonymize
	}
	if c.Header == "" {
		c.Header = DefaultHeader
	}
	if c.SubjectHeader == "" {
		c.SubjectHeader = DefaultSubjectHeader
	}
	if len(c.GPCWithdraws) == 0 {
		c.GPCWithdraws = []string{"personalization", "third_party_sharing"}
	}
	if c.Token != nil {
		t := *c.Token
		if t.Header == "" {
			t.Header = DefaultTokenHeader
		}
		if len(t.Algorithms) == 0 {
			t.Algorithms = []string{"HS256"}
		}
		if t.Leeway == 0 {
			t.Leeway = caddy.Duration(DefaultLeeway)
		}
		c.Token = &t
	}
	if c.TCF != nil {
		t := *c.TCF
		if t.Header == "" {
			t.Header = DefaultTCFHeader
		}
		if t.Cookie == "" {
			t.Cookie = DefaultTCFCookie
		}
		if len(t.Purposes) == 0 {
			t.Purposes = map[string][]int{"personalization": {3, 4}}
		}
		c.TCF = &t
	}
	if c.Service != nil {
		s := *c.Service
		if s.Timeout == 0 {
			s.Timeout = caddy.Duration(DefaultTimeout)
		}
		if s.CacheSize == 0 {
			s.CacheSize = DefaultCacheSize
		}
		if s.TTL == 0 {
			s.TTL = caddy.Duration(DefaultTTL)
		}
		if s.NegativeTTL == 0 {
			s.NegativeTTL = caddy.Duration(min(DefaultNegativeTTL, time.Duration(s.TTL)))
		}
		c.Service = &s
	}
	return c
}

// validate checks a config that has its defaults applied.
func (c *Config) validate() error {
	for _, p := range c.Require {
		if !validPurpose(p) {
			return fmt.Errorf("consent: require: invalid purpose %q (want lowercase letters, digits, '_', '-', '.')", p)
		}
	}
	for _, p := range c.GPCWithdraws {
		if !validPurpose(p) {
			return fmt.Errorf("consent: gpc_withdraws: invalid purpose %q", p)
		}
	}
	if c.OnMissing != OutcomeAnonymize && c.OnMissing != OutcomeDeny {
		return fmt.Errorf("consent: on_missing must be %q or %q, got %q", OutcomeAnonymize, OutcomeDeny, c.OnMissing)
	}
	if t := c.Token; t != nil {
		if t.Key == "" && len(t.Keys) == 0 {
			return fmt.Errorf("consent: token: no key configured")
		}
		if t.Key != "" && len(t.Key) < 16 {
			return fmt.Errorf("consent: token: default key is shorter than 16 bytes")
		}
		if placeholder(t.Key) {
			return fmt.Errorf("consent: token: default key is an unreplaced placeholder")
		}
		for kid, k := range t.Keys {
			if kid == "" {
				return fmt.Errorf("consent: token: empty key id")
			}
			if len(k) < 16 {
				return fmt.Errorf("consent: token: key %q is shorter than 16 bytes", kid)
			}
			if placeholder(k) {
				return fmt.Errorf("consent: token: key %q is an unreplaced placeholder", kid)
			}
		}
		for _, a := range t.Algorithms {
			if _, ok := hmacAlgs[a]; !ok {
				return fmt.Errorf("consent: token: unsupported algorithm %q (want HS256, HS384 or HS512)", a)
			}
		}
		if t.Leeway < 0 || time.Duration(t.Leeway) > 10*time.Minute {
			return fmt.Errorf("consent: token: leeway must be between 0 and 10m")
		}
	}
	if t := c.TCF; t != nil {
		if t.MaxAge < 0 {
			return fmt.Errorf("consent: tcf: max_age must not be negative")
		}
		if t.VendorID < 0 || t.VendorID > 65535 {
			return fmt.Errorf("consent: tcf: vendor id %d out of range 1-65535", t.VendorID)
		}
		for p, ids := range t.Purposes {
			if !validPurpose(p) {
				return fmt.Errorf("consent: tcf: invalid purpose %q", p)
			}
			if len(ids) == 0 {
				return fmt.Errorf("consent: tcf: purpose %q maps to no TCF purposes", p)
			}
			for _, id := range ids {
				if id < 1 || id > 24 {
					return fmt.Errorf("consent: tcf: purpose %q: TCF purpose %d out of range 1-24", p, id)
				}
			}
		}
	}
	if s := c.Service; s != nil {
		if !strings.Contains(s.URL, "{subject}") {
			return fmt.Errorf("consent: service: url must contain {subject}")
		}
		u, err := url.Parse(strings.ReplaceAll(s.URL, "{subject}", "x"))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("consent: service: url must be an absolute http or https URL")
		}
		if s.Timeout <= 0 || s.TTL <= 0 || s.NegativeTTL <= 0 {
			return fmt.Errorf("consent: service: timeout, ttl and negative_ttl must be positive")
		}
		if s.NegativeTTL > s.TTL {
			return fmt.Errorf("consent: service: negative_ttl must not exceed ttl")
		}
		if s.CacheSize < 1 {
			return fmt.Errorf("consent: service: cache_size must be positive")
		}
	}
	return nil
}

// placeholder reports whether a secret still looks like a Caddy
// placeholder such as {env.GUARDRAIL_CONSENT_KEY}: signing with its literal
// text would let anyone who reads the config forge tokens.
func placeholder(secret string) bool {
	return strings.HasPrefix(secret, "{") && strings.HasSuffix(secret, "}")
}
