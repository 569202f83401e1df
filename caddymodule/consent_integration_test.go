package caddymodule

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/caddyserver/caddy/v2/caddytest"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// consentTestKey signs consent tokens in these tests (GUARDRAIL_CONSENT_KEY).
const consentTestKey = "integration-consent-key-0123456789"

// consentDecisionHeaders copies the consent placeholders of the request's
// replacer to response headers (deferred, so they are read after the
// guardrail set them).
const consentDecisionHeaders = `
	header >X-Test-Consent-Decision "{http.guardrail.consent.decision}"
	header >X-Test-Consent-Sources "{http.guardrail.consent.sources}"
	header >X-Test-Consent-Purposes "{http.guardrail.consent.purposes}"
`

// startGuardedSite loads a config whose :9080 site is site (directives),
// with the test's global options.
func startGuardedSite(t *testing.T, site string) *caddytest.Tester {
	t.Helper()
	tester := caddytest.NewTester(t)
	tester.InitServer(`{
	skip_install_trust
	admin localhost:2999
	http_port 9080
	https_port 9443
	grace_period 1ns
	persist_config off
}
:9080 {
`+site+`
}
`, "caddyfile")
	settle()
	return tester
}

// consentSignToken returns an HS256 consent token with the given claims.
func consentSignToken(t *testing.T, key string, claims map[string]any) string {
	t.Helper()
	hb, err := json.Marshal(map[string]string{"alg": "HS256", "typ": "JWT"})
	if err != nil {
		t.Fatal(err)
	}
	cb, err := json.Marshal(claims)
	if err != nil {
		t.Fatal(err)
	}
	in := base64.RawURLEncoding.EncodeToString(hb) + "." + base64.RawURLEncoding.EncodeToString(cb)
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write([]byte(in))
	return in + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// consentPrompt is a prompt with an e-mail address, a phone number and a
// card number.
const consentPrompt = "Thank ana.silva@example.com, phone +44 20 7946 0958, card 4111 1111 1111 1111."

var consentPII = []string{"ana.silva@example.com", "+44 20 7946 0958", "4111 1111 1111 1111"}

// consentCall sends consentPrompt with the official client and the given
// headers; it returns the answer's content, the HTTP response and the error.
func consentCall(t *testing.T, headers map[string]string) (string, *http.Response, error) {
	t.Helper()
	var resp *http.Response
	opts := []option.RequestOption{option.WithResponseInto(&resp)}
	for k, v := range headers {
		opts = append(opts, option.WithHeader(k, v))
	}
	client := newClient(opts...)
	out, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
		Model:    "gpt-4o-mini",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(consentPrompt)},
	})
	if err != nil {
		return "", resp, err
	}
	if len(out.Choices) == 0 {
		t.Fatalf("answer has no choices")
	}
	return out.Choices[0].Message.Content, resp, nil
}

// consentAssertNoPII fails if any of consentPII is in s.
func consentAssertNoPII(t *testing.T, where, s string) {
	t.Helper()
	for _, v := range consentPII {
		if strings.Contains(s, v) {
			t.Errorf("%s contains %q: %s", where, v, s)
		}
	}
}

// consentAssertAPIError checks that err is the official client's error for
// status and code.
func consentAssertAPIError(t *testing.T, err error, status int, code string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got an answer, want a %d %s error", status, code)
	}
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("error %v (%T) is not an *openai.Error", err, err)
	}
	if apiErr.StatusCode != status || apiErr.Code != code {
		t.Fatalf("error = %d %q, want %d %q (%s)", apiErr.StatusCode, apiErr.Code, status, code, apiErr.RawJSON())
	}
	if status == http.StatusForbidden && apiErr.Type != "permission_error" {
		t.Errorf("error type = %q, want permission_error", apiErr.Type)
	}
}

// TestConsentIntegrationRootSemantics runs the root Caddyfile's consent
// settings: personalization required, anonymize when it is missing.
func TestConsentIntegrationRootSemantics(t *testing.T) {
	up := newUpstream(t)
	startGuardedSite(t, `
	guardrail {
		hash_key test-key
		consent {
			require personalization
			on_missing anonymize
		}
	}
	`+consentDecisionHeaders+`
	reverse_proxy `+strings.TrimPrefix(up.URL, "http://"))

	tests := []struct {
		name         string
		headers      map[string]string
		wantRestored bool
		decision     string
		sources      string
		purposes     string
	}{
		{name: "no consent header", decision: "anonymize"},
		{name: "personalization granted", headers: map[string]string{"X-Consent": "personalization"},
			wantRestored: true, decision: "personalize", sources: "header", purposes: "personalization"},
		{name: "granted, several purposes, any case", headers: map[string]string{"X-Consent": "analytics, Personalization"},
			wantRestored: true, decision: "personalize", sources: "header", purposes: "personalization"},
		{name: "other purpose only", headers: map[string]string{"X-Consent": "analytics"},
			decision: "anonymize", sources: "header"},
		{name: "granted but Sec-GPC withdraws", headers: map[string]string{"X-Consent": "personalization", "Sec-GPC": "1"},
			decision: "anonymize", sources: "header,gpc"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := len(up.received())
			content, resp, err := consentCall(t, tc.headers)
			if err != nil {
				t.Fatalf("chat completion: %v", err)
			}
			got := up.received()
			if len(got) != n+1 {
				t.Fatalf("upstream got %d requests, want 1", len(got)-n)
			}
			consentAssertNoPII(t, "provider request", got[n])
			if !strings.Contains(got[n], "[EMAIL_ADDRESS_") {
				t.Errorf("provider request has no e-mail placeholder: %s", got[n])
			}
			up.mu.Lock()
			if v := up.heads[len(up.heads)-1].Get("X-Consent"); v != "" {
				t.Errorf("provider received X-Consent")
			}
			up.mu.Unlock()
			if tc.wantRestored {
				for _, v := range consentPII {
					if !strings.Contains(content, v) {
						t.Errorf("answer lacks the restored %q: %s", v, content)
					}
				}
			} else {
				consentAssertNoPII(t, "answer", content)
				if !strings.Contains(content, "[EMAIL_ADDRESS_") {
					t.Errorf("answer = %q, want the placeholders", content)
				}
			}
			h := resp.Header
			if g := h.Get("X-Test-Consent-Decision"); g != tc.decision {
				t.Errorf("{http.guardrail.consent.decision} = %q, want %q", g, tc.decision)
			}
			if g := h.Get("X-Test-Consent-Sources"); g != tc.sources {
				t.Errorf("{http.guardrail.consent.sources} = %q, want %q", g, tc.sources)
			}
			if g := h.Get("X-Test-Consent-Purposes"); g != tc.purposes {
				t.Errorf("{http.guardrail.consent.purposes} = %q, want %q", g, tc.purposes)
			}
		})
	}
}

// consentExampleConfig returns examples/strict-consent.caddyfile adapted to
// the test ports: admin on 2999, the guarded site on 9080, the demo echo
// model moved off 8081.
func consentExampleConfig(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../examples/strict-consent.caddyfile")
	if err != nil {
		t.Fatal(err)
	}
	cfg := string(b)
	for _, r := range []struct{ old, new string }{
		{"admin localhost:2019", "admin localhost:2999\n\tskip_install_trust\n\thttp_port 9080\n\thttps_port 9443\n\tgrace_period 1ns\n\tpersist_config off"},
		{":8080 {", ":9080 {"},
		{"http://localhost:8081 {", "http://localhost:9081 {"},
	} {
		if !strings.Contains(cfg, r.old) {
			t.Fatalf("example config lacks %q", r.old)
		}
		cfg = strings.Replace(cfg, r.old, r.new, 1)
	}
	return cfg
}

// TestConsentIntegrationStrictExample runs examples/strict-consent.caddyfile
// as shipped: consent is required, and only signed tokens grant it.
func TestConsentIntegrationStrictExample(t *testing.T) {
	up := newUpstream(t)
	t.Setenv("GUARDRAIL_UPSTREAM", strings.TrimPrefix(up.URL, "http://"))
	t.Setenv("GUARDRAIL_CONSENT_KEY", consentTestKey)
	tester := caddytest.NewTester(t)
	tester.InitServer(consentExampleConfig(t), "caddyfile")
	settle()

	now := time.Now().Unix()
	valid := consentSignToken(t, consentTestKey, map[string]any{"sub": "customer-77", "purposes": []string{"personalization"}, "exp": now + 600})
	expired := consentSignToken(t, consentTestKey, map[string]any{"purposes": []string{"personalization"}, "exp": now - 3600})
	otherKey := consentSignToken(t, "some-other-key-0123456789abcdef", map[string]any{"purposes": []string{"personalization"}, "exp": now + 600})
	noPurpose := consentSignToken(t, consentTestKey, map[string]any{"purposes": []string{"analytics"}, "exp": now + 600})

	tests := []struct {
		name     string
		headers  map[string]string
		wantCode string // "" means 200 and a personalised answer
	}{
		{name: "no consent", wantCode: "consent_required"},
		{name: "unsigned header is not enough", headers: map[string]string{"X-Consent": "personalization"}, wantCode: "consent_required"},
		{name: "valid token", headers: map[string]string{"X-Consent-Token": valid}},
		{name: "valid token without the purpose", headers: map[string]string{"X-Consent-Token": noPurpose}, wantCode: "consent_required"},
		{name: "expired token", headers: map[string]string{"X-Consent-Token": expired}, wantCode: "consent_token_invalid"},
		{name: "token signed with another key", headers: map[string]string{"X-Consent-Token": otherKey}, wantCode: "consent_token_invalid"},
		{name: "garbage token", headers: map[string]string{"X-Consent-Token": "not.a.token"}, wantCode: "consent_token_invalid"},
		{name: "valid token, Sec-GPC withdraws", headers: map[string]string{"X-Consent-Token": valid, "Sec-GPC": "1"}, wantCode: "consent_required"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := len(up.received())
			content, _, err := consentCall(t, tc.headers)
			got := up.received()
			if tc.wantCode != "" {
				consentAssertAPIError(t, err, http.StatusForbidden, tc.wantCode)
				if len(got) != n {
					t.Errorf("a denied request was forwarded: %v", got[n:])
				}
				return
			}
			if err != nil {
				t.Fatalf("chat completion: %v", err)
			}
			if len(got) != n+1 {
				t.Fatalf("upstream got %d requests, want 1", len(got)-n)
			}
			consentAssertNoPII(t, "provider request", got[n])
			for _, v := range consentPII {
				if !strings.Contains(content, v) {
					t.Errorf("answer lacks the restored %q: %s", v, content)
				}
			}
		})
	}

	t.Run("denied stream", func(t *testing.T) {
		n := len(up.received())
		client := newClient()
		stream := client.Chat.Completions.NewStreaming(context.Background(), openai.ChatCompletionNewParams{
			Model:    "gpt-4o-mini",
			Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(consentPrompt)},
		})
		for stream.Next() {
			t.Errorf("got a chunk from a denied stream")
		}
		consentAssertAPIError(t, stream.Err(), http.StatusForbidden, "consent_required")
		if len(up.received()) != n {
			t.Errorf("a denied stream was forwarded")
		}
	})

	t.Run("consent evidence is not forwarded", func(t *testing.T) {
		up.mu.Lock()
		heads := append([]http.Header(nil), up.heads...)
		up.mu.Unlock()
		if len(heads) == 0 {
			t.Fatal("no forwarded request recorded")
		}
		for _, h := range heads {
			for _, name := range []string{"X-Consent-Token", "X-Subject-Id", "X-Consent"} {
				if v := h.Get(name); v != "" {
					t.Errorf("provider received %s", name)
				}
			}
		}
	})
}

// consentService is a fake company consent service: subjects in granted
// have consent for personalization, every other subject is unknown (404).
type consentService struct {
	*httptest.Server
	mu      sync.Mutex
	lookups []string
}

func newConsentService(t *testing.T, granted ...string) *consentService {
	t.Helper()
	s := &consentService{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		subject := strings.TrimPrefix(r.URL.Path, "/v1/subjects/")
		s.mu.Lock()
		s.lookups = append(s.lookups, subject)
		s.mu.Unlock()
		for _, g := range granted {
			if g == subject {
				w.Header().Set("Content-Type", "application/json")
				fmt.Fprint(w, `{"purposes":["personalization","analytics"]}`)
				return
			}
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *consentService) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.lookups)
}

// consentTCF grants TCF purposes 1, 3, 4 and 7, with vendor consent for 2,
// 37 and 61 (see the consent package's tests).
const consentTCF = "COvzTO5OvzTO5BRAAAENAPCoALIAADgAAAAAAewAwABAAlAB6ABBFADBQAQA9hAAAcAA"

// TestConsentIntegrationTCFAndService checks the TCF cookie and the consent
// service as the only sources, through Caddy.
func TestConsentIntegrationTCFAndService(t *testing.T) {
	up := newUpstream(t)
	svc := newConsentService(t, "cust-granted")
	startGuardedSite(t, `
	guardrail {
		hash_key test-key
		consent {
			require personalization
			on_missing deny
			header off
			tcf {
				vendor 37
			}
			service `+svc.URL+`/v1/subjects/{subject} {
				timeout 1s
			}
		}
	}
	`+consentDecisionHeaders+`
	reverse_proxy `+strings.TrimPrefix(up.URL, "http://"))

	tests := []struct {
		name     string
		headers  map[string]string
		wantCode string
		sources  string
		lookups  int // consent service lookups this request causes
	}{
		{name: "TCF cookie grants", headers: map[string]string{"Cookie": "euconsent-v2=" + consentTCF}, sources: "tcf"},
		{name: "TCF header grants", headers: map[string]string{"X-TCF-Consent": consentTCF}, sources: "tcf"},
		{name: "TCF cookie among others", headers: map[string]string{"Cookie": "session=s1; euconsent-v2=" + consentTCF + "; theme=dark"}, sources: "tcf"},
		{name: "undecodable TCF cookie", headers: map[string]string{"Cookie": "euconsent-v2=COvzTO5OvzTO5B7A"}, wantCode: "consent_required"},
		{name: "service grants", headers: map[string]string{"X-Subject-Id": "cust-granted"}, sources: "service", lookups: 1},
		{name: "service answer is cached", headers: map[string]string{"X-Subject-Id": "cust-granted"}, sources: "service"},
		{name: "service does not know the subject", headers: map[string]string{"X-Subject-Id": "cust-unknown"}, wantCode: "consent_required", lookups: 1},
		{name: "TCF grants, service not asked", headers: map[string]string{"X-Subject-Id": "cust-other", "Cookie": "euconsent-v2=" + consentTCF}, sources: "tcf"},
		{name: "service grants, Sec-GPC withdraws", headers: map[string]string{"X-Subject-Id": "cust-granted", "Sec-GPC": "1"}, wantCode: "consent_required"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, lookups := len(up.received()), svc.count()
			content, resp, err := consentCall(t, tc.headers)
			if d := svc.count() - lookups; d != tc.lookups {
				t.Errorf("consent service lookups = %d, want %d", d, tc.lookups)
			}
			if tc.wantCode != "" {
				consentAssertAPIError(t, err, http.StatusForbidden, tc.wantCode)
				if len(up.received()) != n {
					t.Errorf("a denied request was forwarded")
				}
				return
			}
			if err != nil {
				t.Fatalf("chat completion: %v", err)
			}
			if !strings.Contains(content, "ana.silva@example.com") {
				t.Errorf("answer = %q, want the restored e-mail address", content)
			}
			if g := resp.Header.Get("X-Test-Consent-Decision"); g != "personalize" {
				t.Errorf("decision = %q, want personalize", g)
			}
			if g := resp.Header.Get("X-Test-Consent-Sources"); g != tc.sources {
				t.Errorf("sources = %q, want %q", g, tc.sources)
			}
			if g := resp.Header.Get("X-Test-Consent-Purposes"); !strings.Contains(g, "personalization") {
				t.Errorf("purposes = %q, want personalization", g)
			}
		})
	}
	up.mu.Lock()
	defer up.mu.Unlock()
	otherCookies := 0
	for _, h := range up.heads {
		for _, name := range []string{"X-Subject-Id", "X-TCF-Consent"} {
			if h.Get(name) != "" {
				t.Errorf("provider received %s", name)
			}
		}
		for _, c := range h.Values("Cookie") {
			if strings.Contains(c, "euconsent-v2") {
				t.Errorf("provider received the TCF cookie")
			}
			if c == "session=s1; theme=dark" {
				otherCookies++
			}
		}
	}
	if otherCookies != 1 {
		t.Errorf("the other cookies reached the provider %d times, want once, unchanged", otherCookies)
	}
}
