package caddymodule

import (
	"maps"
	"net/http"
	"slices"
	"testing"

	"github.com/caddy-guardrail/guardrail/caddymodule/consent"
)

// stripEvidenceRef is what forward did before the keys were worked out
// once per config: h.Del of each configured or default name, then the TCF
// cookie dropped.
func stripEvidenceRef(h http.Header, c *consent.Config) {
	names, cookie := evidenceNames(c)
	for _, k := range names {
		h.Del(k)
	}
	if _, ok := h["Cookie"]; ok {
		dropCookie(h, cookie)
	}
}

// TestEvidenceKeysStrip holds evidenceKeys.strip to h.Del of the names, for
// the defaults and for configured names in any case, with the headers
// present, absent and sent in non-canonical form by a client that set the
// map directly.
func TestEvidenceKeysStrip(t *testing.T) {
	configs := map[string]*consent.Config{
		"nil":      nil,
		"empty":    {},
		"lower":    {Header: "x-my-purposes", SubjectHeader: "x-customer"},
		"token":    {Token: &consent.TokenConfig{Header: "x-signed-CONSENT"}},
		"tcf":      {TCF: &consent.TCFConfig{Header: "x-tc-string", Cookie: "tcstring"}},
		"defaults": {TCF: &consent.TCFConfig{}, Token: &consent.TokenConfig{}},
	}
	headers := []http.Header{
		{},
		{"Content-Type": {"application/json"}},
		{
			"X-Subject-Id": {"s1"}, "X-Consent-Token": {"t"}, "X-Consent": {"personalization"},
			"X-Tcf-Consent": {"CQx"}, "Cookie": {"a=1; euconsent-v2=CQx; b=2", "tcstring=zz"},
			"X-My-Purposes": {"p"}, "X-Customer": {"c"}, "X-Signed-Consent": {"k"}, "X-Tc-String": {"z"},
			"Accept": {"*/*"},
		},
		{"X-TCF-Consent": {"kept: not canonical"}, "x-customer": {"kept too"}, "Cookie": {"euconsent-v2=1"}},
	}
	for name, c := range configs {
		k := newEvidenceKeys(c)
		for i, h := range headers {
			got, want := cloneHeader(h), cloneHeader(h)
			k.strip(got)
			stripEvidenceRef(want, c)
			if !maps.EqualFunc(got, want, slices.Equal[[]string]) {
				t.Errorf("%s, headers %d: strip left %v, h.Del %v", name, i, got, want)
			}
		}
		g := &Guardrail{Consent: c}
		if *g.evidenceKeys() != *k {
			t.Errorf("%s: unprovisioned evidenceKeys %v, want %v", name, *g.evidenceKeys(), *k)
		}
	}
}

func cloneHeader(h http.Header) http.Header {
	out := http.Header{}
	for k, v := range h {
		out[k] = slices.Clone(v)
	}
	return out
}

// TestEvidenceNames holds the names forward strips to the consent config's,
// with the defaults where it names none.
func TestEvidenceNames(t *testing.T) {
	defaults := [4]string{consent.DefaultSubjectHeader, consent.DefaultTokenHeader, consent.DefaultHeader, consent.DefaultTCFHeader}
	tests := []struct {
		name    string
		c       *consent.Config
		headers [4]string
		cookie  string
	}{
		{"nil", nil, defaults, consent.DefaultTCFCookie},
		{"empty", &consent.Config{Token: &consent.TokenConfig{}, TCF: &consent.TCFConfig{}}, defaults, consent.DefaultTCFCookie},
		{"configured", &consent.Config{
			SubjectHeader: "X-Customer", Header: "X-Purposes",
			Token: &consent.TokenConfig{Header: "X-Signed"}, TCF: &consent.TCFConfig{Header: "X-Tc", Cookie: "tc"},
		}, [4]string{"X-Customer", "X-Signed", "X-Purposes", "X-Tc"}, "tc"},
	}
	for _, tc := range tests {
		headers, cookie := evidenceNames(tc.c)
		if headers != tc.headers || cookie != tc.cookie {
			t.Errorf("%s: evidenceNames = %q, %q, want %q, %q", tc.name, headers, cookie, tc.headers, tc.cookie)
		}
	}
}
