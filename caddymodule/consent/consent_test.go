package consent

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"hash"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2"
)

const (
	testKey  = "0123456789abcdef0123456789abcdef"
	testKey2 = "fedcba9876543210fedcba9876543210"
	// tcf002 grants TCF purposes 1, 3, 4, 7; vendor consent for 2, 37, 61.
	tcf002 = "COvzTO5OvzTO5BRAAAENAPCoALIAADgAAAAAAewAwABAAlAB6ABBFADBQAQA9hAAAcAA"
	// tcf067 grants TCF purposes 1-10; vendors 7 and 730 have consent, and
	// the publisher restricts vendor 730 to legitimate interest for 1-10.
	tcf067 = "CO4VGswO4VGswAfZCBDEAzCsAP_AAH_AAAigGUNf_X9fb2vj-_599_t0eY1f9_63t-wzjheMs-8NyZ-X_J4Wv2MyvB34JqQKGRgkunLBAQdtHGncTQgBwIlViTLMY02MjzNKJrJEilsbe2dYGH9vn8XT_ZKZ70-_v__7v3___33_5Ayhr_6_r7e18f3_Pvv9ujzGr_v_W9v2GccLxln3huTPy_5PC1-xmV4O_BNSBQyMEl05YICDto407iaEAOBEqsSZZjGmxkeZpRNZIkUtjb2zrAw_t8_i6f7JTPen39___d-___--__ICgKAOAAcAA4AFAAjgB6AEYALcGACAW0AtoJAHAAOAAcACgARwA9ACMAFuFABALaAW0GgDgAHAAOABQAI4AegBGAC3DgAgFtALaEQBwADgAHAAoAEcAPQAjABbiQAQC2gFtCoA4ABwADgAUACOAHoARgAtxYAIBbQC2hkAcAA4ABwAKABHAD0AIwAW40AEAtoBbQ6AOAAcAA4AFAAjgB6AEYALceACAW0AtohAHAAOAAcACgARwA9ACMAFuRABALaAW0SgDgAHAAOABQAI4AegBGAC3JgAgFtALaKQBwADgAHAAoAEcAPQAjABblQAQC2gFtA"
)

var testNow = time.Unix(1_800_000_000, 0)

// sign builds a compact JWS from a header and claims.
func sign(t testing.TB, header, claims map[string]any, key string) string {
	t.Helper()
	hb, err := json.Marshal(header)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := json.Marshal(claims)
	if err != nil {
		t.Fatal(err)
	}
	input := base64.RawURLEncoding.EncodeToString(hb) + "." + base64.RawURLEncoding.EncodeToString(cb)
	var h func() hash.Hash
	switch header["alg"] {
	case "HS384":
		h = sha512.New384
	case "HS512":
		h = sha512.New
	default:
		h = sha256.New
	}
	mac := hmac.New(h, []byte(key))
	mac.Write([]byte(input))
	return input + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

func hs256() map[string]any { return map[string]any{"alg": "HS256", "typ": "JWT"} }

func claims(purposes ...string) map[string]any {
	return map[string]any{"sub": "user-42", "purposes": purposes, "exp": testNow.Add(time.Hour).Unix(), "iat": testNow.Unix()}
}

func newResolver(t testing.TB, c Config) *Resolver {
	t.Helper()
	r, err := New(c, nil)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	r.now = func() time.Time { return testNow }
	t.Cleanup(r.Close)
	return r
}

func headers(kv ...string) http.Header {
	h := http.Header{}
	for i := 0; i+1 < len(kv); i += 2 {
		h.Add(kv[i], kv[i+1])
	}
	return h
}

func TestHeaderSource(t *testing.T) {
	r := newResolver(t, Config{Require: []string{"personalization", "analytics"}})
	for _, tc := range []struct {
		name    string
		h       http.Header
		outcome string
		granted []string
		missing []string
		sources []string
	}{
		{"absent", headers(), OutcomeAnonymize, nil, []string{"personalization", "analytics"}, []string{}},
		{"both, comma and space", headers("X-Consent", "personalization, analytics"), OutcomePersonalize, []string{"personalization", "analytics"}, nil, []string{"header"}},
		{"case-insensitive, spaces only", headers("X-Consent", "  ANALYTICS   Personalization "), OutcomePersonalize, []string{"personalization", "analytics"}, nil, []string{"header"}},
		{"one of two", headers("X-Consent", "personalization,,marketing_email"), OutcomeAnonymize, []string{"personalization"}, []string{"analytics"}, []string{"header"}},
		{"repeated header lines", headers("X-Consent", "analytics", "X-Consent", "personalization"), OutcomePersonalize, []string{"personalization", "analytics"}, nil, []string{"header"}},
		{"empty value", headers("X-Consent", ""), OutcomeAnonymize, nil, []string{"personalization", "analytics"}, []string{"header"}},
		{"prefix is not a match", headers("X-Consent", "personalizationx analytic"), OutcomeAnonymize, nil, []string{"personalization", "analytics"}, []string{"header"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := r.Decide(context.Background(), tc.h, nil)
			if d.Outcome != tc.outcome || !reflect.DeepEqual(d.Granted, tc.granted) || !reflect.DeepEqual(d.Missing, tc.missing) || !reflect.DeepEqual(d.Sources, tc.sources) {
				t.Errorf("got %s, want outcome %s granted %v missing %v sources %v", d, tc.outcome, tc.granted, tc.missing, tc.sources)
			}
		})
	}
}

func TestOnMissingDeny(t *testing.T) {
	r := newResolver(t, Config{Require: []string{"personalization", "analytics"}, OnMissing: "deny"})
	d := r.Decide(context.Background(), headers("X-Consent", "analytics"), nil)
	if d.Outcome != OutcomeDeny || d.Err() {
		t.Fatalf("got %s, want deny without error", d)
	}
	if got, want := d.Message(), "consent required for: personalization"; got != want {
		t.Errorf("Message() = %q, want %q", got, want)
	}
}

func TestDisabledHeaderAndCustomHeader(t *testing.T) {
	off := newResolver(t, Config{DisableHeader: true})
	if d := off.Decide(context.Background(), headers("X-Consent", "personalization"), nil); d.Outcome != OutcomeAnonymize || len(d.Sources) != 0 {
		t.Errorf("disabled header: got %s, want anonymize from no source", d)
	}
	custom := newResolver(t, Config{Header: "X-Granted"})
	if d := custom.Decide(context.Background(), headers("X-Granted", "personalization"), nil); d.Outcome != OutcomePersonalize {
		t.Errorf("custom header: got %s, want personalize", d)
	}
}

func tokenConfig() Config {
	return Config{Token: &TokenConfig{Key: testKey, Keys: map[string]string{"k2": testKey2}}}
}

func TestTokenSource(t *testing.T) {
	r := newResolver(t, tokenConfig())
	expired := claims("personalization")
	expired["exp"] = testNow.Add(-time.Minute).Unix()
	withinLeeway := claims("personalization")
	withinLeeway["exp"] = testNow.Add(-10 * time.Second).Unix()
	nbfFuture := claims("personalization")
	nbfFuture["nbf"] = testNow.Add(time.Minute).Unix()
	iatFuture := claims("personalization")
	iatFuture["iat"] = testNow.Add(time.Hour).Unix()
	noExp := claims("personalization")
	delete(noExp, "exp")
	noPurposes := claims()
	delete(noPurposes, "purposes")
	badPurposes := claims()
	badPurposes["purposes"] = "personalization"
	noSub := claims("personalization")
	delete(noSub, "sub")
	good := sign(t, hs256(), claims("personalization"), testKey)
	parts := strings.Split(good, ".")
	none := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none"}`)) + "." + parts[1] + "."
	notJSON := base64.RawURLEncoding.EncodeToString([]byte(`not json`))
	badClaims := func() string {
		input := parts[0] + "." + notJSON
		mac := hmac.New(sha256.New, []byte(testKey))
		mac.Write([]byte(input))
		return input + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
	}()

	for _, tc := range []struct {
		name, token, subject string
		wantReason           string
		wantOutcome          string
	}{
		{"valid default key", good, "", "", OutcomePersonalize},
		{"valid kid k2", sign(t, map[string]any{"alg": "HS256", "kid": "k2"}, claims("personalization"), testKey2), "", "", OutcomePersonalize},
		{"valid, grants nothing required", sign(t, hs256(), claims("analytics"), testKey), "", "", OutcomeAnonymize},
		{"expired within leeway", sign(t, hs256(), withinLeeway, testKey), "", "", OutcomePersonalize},
		{"matching subject header", good, "user-42", "", OutcomePersonalize},
		{"no sub, any subject header", sign(t, hs256(), noSub, testKey), "someone", "", OutcomePersonalize},
		{"bad signature", sign(t, hs256(), claims("personalization"), testKey2), "", "bad signature", ""},
		{"tampered payload", parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(`{"purposes":["personalization"],"exp":9999999999}`)) + "." + parts[2], "", "bad signature", ""},
		{"alg none", none, "", "algorithm not allowed", ""},
		{"alg HS512 not allowed", sign(t, map[string]any{"alg": "HS512"}, claims("personalization"), testKey), "", "algorithm not allowed", ""},
		{"alg missing", sign(t, map[string]any{"typ": "JWT"}, claims("personalization"), testKey), "", "algorithm not allowed", ""},
		{"expired", sign(t, hs256(), expired, testKey), "", "expired", ""},
		{"nbf in the future", sign(t, hs256(), nbfFuture, testKey), "", "not yet valid", ""},
		{"iat in the future", sign(t, hs256(), iatFuture, testKey), "", "issued in the future", ""},
		{"no exp", sign(t, hs256(), noExp, testKey), "", "missing exp", ""},
		{"no purposes", sign(t, hs256(), noPurposes, testKey), "", "missing purposes", ""},
		{"purposes not an array", sign(t, hs256(), badPurposes, testKey), "", "malformed: claims", ""},
		{"two parts", parts[0] + "." + parts[1], "", "malformed: want 3 parts", ""},
		{"four parts", good + ".x", "", "malformed: want 3 parts", ""},
		{"header not base64", "!!." + parts[1] + "." + parts[2], "", "malformed: header is not base64url", ""},
		{"header not JSON", notJSON + "." + parts[1] + "." + parts[2], "", "malformed: header is not a JSON object", ""},
		{"signature not base64", parts[0] + "." + parts[1] + ".!!", "", "malformed: signature is not base64url", ""},
		{"claims not JSON", badClaims, "", "malformed: claims", ""},
		{"unknown kid", sign(t, map[string]any{"alg": "HS256", "kid": "k9"}, claims("personalization"), testKey), "", "unknown key id", ""},
		{"crit header", sign(t, map[string]any{"alg": "HS256", "crit": []string{"exp"}}, claims("personalization"), testKey), "", "unsupported critical header", ""},
		{"subject mismatch", good, "user-7", "subject mismatch", ""},
		{"too long", strings.Repeat("a", maxTokenLen+1), "", "malformed: too long", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := headers("X-Consent-Token", tc.token)
			if tc.subject != "" {
				h.Set("X-Subject-Id", tc.subject)
			}
			// A valid header grant must not rescue an invalid token.
			h.Set("X-Consent", "personalization")
			if tc.wantReason == "" {
				h.Del("X-Consent")
			}
			d := r.Decide(context.Background(), h, nil)
			if tc.wantReason == "" {
				if d.Err() || d.Outcome != tc.wantOutcome {
					t.Fatalf("got %s, want %s without error", d, tc.wantOutcome)
				}
				if !reflect.DeepEqual(d.Sources, []string{"token"}) {
					t.Errorf("sources %v, want [token]", d.Sources)
				}
				return
			}
			if d.ErrCode != ErrCodeTokenInvalid || !strings.HasPrefix(d.ErrReason, tc.wantReason) || d.Outcome != OutcomeDeny {
				t.Fatalf("got %s, want error %s (%s)", d, ErrCodeTokenInvalid, tc.wantReason)
			}
			if len(d.Granted) != 0 || !reflect.DeepEqual(d.Missing, []string{"personalization"}) {
				t.Errorf("error decision grants %v, missing %v", d.Granted, d.Missing)
			}
			for _, s := range []string{d.String(), d.Message(), d.ErrReason} {
				if len(tc.token) > 8 && strings.Contains(s, tc.token[len(tc.token)-8:]) {
					t.Errorf("%q echoes the token", s)
				}
			}
		})
	}
}

func TestTokenSubject(t *testing.T) {
	r := newResolver(t, tokenConfig())
	d := r.Decide(context.Background(), headers("X-Consent-Token", sign(t, hs256(), claims("personalization"), testKey)), nil)
	if d.Subject() != "user-42" {
		t.Errorf("Subject() = %q, want the token's sub", d.Subject())
	}
	if strings.Contains(d.String(), "user-42") {
		t.Errorf("String() leaks the subject: %s", d)
	}
	if b, err := json.Marshal(d); err != nil || strings.Contains(string(b), "user-42") || !strings.Contains(string(b), `"outcome":"personalize"`) {
		t.Errorf("JSON form %s (%v) leaks the subject or lacks the outcome", b, err)
	}
	d = r.Decide(context.Background(), headers("X-Subject-Id", "user-7", "X-Consent-Token", sign(t, hs256(), claims("personalization"), testKey)), nil)
	if d.Subject() != "user-7" || strings.Contains(d.String()+d.Message(), "user-") {
		t.Errorf("mismatch decision %s (subject %q) leaks or loses the subject", d, d.Subject())
	}
}

func TestTokenAlgorithms(t *testing.T) {
	c := tokenConfig()
	c.Token.Algorithms = []string{"HS384", "HS512"}
	r := newResolver(t, c)
	for _, alg := range []string{"HS384", "HS512"} {
		d := r.Decide(context.Background(), headers("X-Consent-Token", sign(t, map[string]any{"alg": alg}, claims("personalization"), testKey)), nil)
		if d.Outcome != OutcomePersonalize {
			t.Errorf("%s: got %s, want personalize", alg, d)
		}
	}
	d := r.Decide(context.Background(), headers("X-Consent-Token", sign(t, hs256(), claims("personalization"), testKey)), nil)
	if d.ErrReason != "algorithm not allowed" {
		t.Errorf("HS256 when only HS384/HS512 allowed: got %s", d)
	}
}

func TestTCFSource(t *testing.T) {
	for _, tc := range []struct {
		name    string
		cfg     TCFConfig
		h       http.Header
		cookie  string
		outcome string
		sources []string
		note    string
	}{
		{"header, no vendor check", TCFConfig{}, headers("X-TCF-Consent", tcf002), "", OutcomePersonalize, []string{"tcf"}, ""},
		{"cookie", TCFConfig{}, headers(), tcf002, OutcomePersonalize, []string{"tcf"}, ""},
		{"header wins over cookie", TCFConfig{}, headers("X-TCF-Consent", tcf002), "garbage!", OutcomePersonalize, []string{"tcf"}, ""},
		{"vendor with consent", TCFConfig{VendorID: 37}, headers("X-TCF-Consent", tcf002), "", OutcomePersonalize, []string{"tcf"}, ""},
		{"vendor without consent", TCFConfig{VendorID: 755}, headers("X-TCF-Consent", tcf002), "", OutcomeAnonymize, []string{"tcf"}, ""},
		{"purpose without consent", TCFConfig{Purposes: map[string][]int{"personalization": {3, 4, 5}}}, headers("X-TCF-Consent", tcf002), "", OutcomeAnonymize, []string{"tcf"}, ""},
		{"restriction allows vendor 7", TCFConfig{VendorID: 7}, headers("X-TCF-Consent", tcf067), "", OutcomePersonalize, []string{"tcf"}, ""},
		{"LI-only restriction for vendor 730", TCFConfig{VendorID: 730}, headers("X-TCF-Consent", tcf067), "", OutcomeAnonymize, []string{"tcf"}, ""},
		{"truncated", TCFConfig{}, headers("X-TCF-Consent", "COvzTO5OvzTO5B7A"), "", OutcomeAnonymize, []string{}, "tcf: truncated: cmpVersion"},
		{"bad version", TCFConfig{}, headers("X-TCF-Consent", "BONMj34ONMj34ABACDENALqAAAAAplY"), "", OutcomeAnonymize, []string{}, "tcf: unsupported version 1"},
		{"bad base64", TCFConfig{}, headers("X-TCF-Consent", "CO%%vzTO5"), "", OutcomeAnonymize, []string{}, "tcf: segment is not base64url"},
		{"custom header", TCFConfig{Header: "X-TC"}, headers("X-TC", tcf002), "", OutcomePersonalize, []string{"tcf"}, ""},
		{"older than max_age", TCFConfig{MaxAge: caddy.Duration(395 * 24 * time.Hour)}, headers("X-TCF-Consent", tcf002), "", OutcomeAnonymize, []string{}, "tcf: string older than max_age"},
		{"within max_age", TCFConfig{MaxAge: caddy.Duration(testNow.Sub(time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)))}, headers("X-TCF-Consent", tcf002), "", OutcomePersonalize, []string{"tcf"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			r := newResolver(t, Config{TCF: &cfg})
			cookies := func(name string) (string, bool) {
				if name == DefaultTCFCookie && tc.cookie != "" {
					return tc.cookie, true
				}
				return "", false
			}
			d := r.Decide(context.Background(), tc.h, cookies)
			if d.Outcome != tc.outcome || !reflect.DeepEqual(d.Sources, tc.sources) {
				t.Fatalf("got %s, want %s from %v", d, tc.outcome, tc.sources)
			}
			if tc.note == "" && len(d.Notes) != 0 || tc.note != "" && (len(d.Notes) != 1 || !strings.HasPrefix(d.Notes[0], tc.note)) {
				t.Errorf("notes %q, want %q", d.Notes, tc.note)
			}
		})
	}
}

func TestGPCAndCombination(t *testing.T) {
	tok := sign(t, hs256(), claims("analytics"), testKey)
	c := Config{
		Require: []string{"personalization", "analytics"},
		Token:   &TokenConfig{Key: testKey},
		TCF:     &TCFConfig{},
	}
	r := newResolver(t, c)
	for _, tc := range []struct {
		name    string
		h       http.Header
		outcome string
		granted []string
		sources []string
	}{
		{"union of header, token and tcf", headers("X-Consent-Token", tok, "X-TCF-Consent", tcf002), OutcomePersonalize, []string{"personalization", "analytics"}, []string{"token", "tcf"}},
		{"gpc withdraws personalization after the union", headers("X-Consent", "personalization analytics", "X-Consent-Token", tok, "X-TCF-Consent", tcf002, "Sec-GPC", "1"), OutcomeAnonymize, []string{"analytics"}, []string{"header", "token", "tcf", "gpc"}},
		{"gpc 0 is no signal", headers("X-Consent", "personalization analytics", "Sec-GPC", "0"), OutcomePersonalize, []string{"personalization", "analytics"}, []string{"header"}},
		{"gpc keeps purposes it does not withdraw", headers("X-Consent", "analytics", "Sec-GPC", " 1 "), OutcomeAnonymize, []string{"analytics"}, []string{"header", "gpc"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := r.Decide(context.Background(), tc.h, nil)
			if d.Outcome != tc.outcome || !reflect.DeepEqual(d.Granted, tc.granted) || !reflect.DeepEqual(d.Sources, tc.sources) {
				t.Errorf("got %s, want %s granted %v sources %v", d, tc.outcome, tc.granted, tc.sources)
			}
		})
	}

	custom := newResolver(t, Config{Require: []string{"analytics"}, GPCWithdraws: []string{"analytics"}})
	if d := custom.Decide(context.Background(), headers("X-Consent", "analytics", "Sec-GPC", "1"), nil); d.Outcome != OutcomeAnonymize {
		t.Errorf("configured gpc_withdraws: got %s, want anonymize", d)
	}
}

func TestNewValidation(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"upper-case purpose", Config{Require: []string{"Personalization"}}, "invalid purpose"},
		{"bad on_missing", Config{OnMissing: "block"}, "on_missing"},
		{"token without key", Config{Token: &TokenConfig{}}, "no key"},
		{"short key", Config{Token: &TokenConfig{Key: "short"}}, "shorter than 16"},
		{"unreplaced default key", Config{Token: &TokenConfig{Key: "{env.GUARDRAIL_CONSENT_KEY}"}}, "unreplaced placeholder"},
		{"unreplaced named key", Config{Token: &TokenConfig{Keys: map[string]string{"k2": "{env.OLD_CONSENT_KEY}"}}}, "unreplaced placeholder"},
		{"alg none", Config{Token: &TokenConfig{Key: testKey, Algorithms: []string{"none"}}}, "unsupported algorithm"},
		{"RS256", Config{Token: &TokenConfig{Key: testKey, Algorithms: []string{"RS256"}}}, "unsupported algorithm"},
		{"tcf purpose 25", Config{TCF: &TCFConfig{Purposes: map[string][]int{"personalization": {25}}}}, "out of range"},
		{"service without {subject}", Config{Service: &ServiceConfig{URL: "https://c.example/v1"}}, "{subject}"},
		{"service relative url", Config{Service: &ServiceConfig{URL: "/v1/{subject}"}}, "absolute"},
		{"negative ttl above ttl", Config{Service: &ServiceConfig{URL: "https://c.example/{subject}", TTL: caddy.Duration(time.Second), NegativeTTL: caddy.Duration(time.Minute)}}, "negative_ttl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.cfg, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	t.Run("too many purposes", func(t *testing.T) {
		var ps []string
		for i := 0; i < 65; i++ {
			ps = append(ps, "p"+strings.Repeat("x", i))
		}
		if _, err := New(Config{Require: ps}, nil); err == nil {
			t.Fatal("65 purposes accepted")
		}
	})
}

func BenchmarkDecideHeaderAndToken(b *testing.B) {
	r := newResolver(b, tokenConfig())
	h := headers("X-Consent", "analytics, personalization", "X-Consent-Token", sign(b, hs256(), claims("personalization"), testKey), "X-Subject-Id", "user-42")
	b.ReportAllocs()
	b.SetBytes(int64(len(h.Get("X-Consent-Token"))))
	ctx := context.Background()
	for b.Loop() {
		if d := r.Decide(ctx, h, nil); d.Outcome != OutcomePersonalize {
			b.Fatal(d)
		}
	}
}

func BenchmarkDecideHeaderOnly(b *testing.B) {
	r := newResolver(b, Config{})
	h := headers("X-Consent", "analytics, personalization")
	b.ReportAllocs()
	b.SetBytes(int64(len(h.Get("X-Consent"))))
	ctx := context.Background()
	for b.Loop() {
		if d := r.Decide(ctx, h, nil); d.Outcome != OutcomePersonalize {
			b.Fatal(d)
		}
	}
}
