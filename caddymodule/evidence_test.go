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
	subject, token := consent.DefaultSubjectHeader, consent.DefaultTokenHeader
	purposes, tcf, cookie := consent.DefaultHeader, consent.DefaultTCFHeader, consent.DefaultTCFCookie
	if c != nil {
		if c.SubjectHeader != "" {
			subject = c.SubjectHeader
		}
		if c.Token != nil && c.Token.Header != "" {
			token = c.Token.Header
		}
		if c.Header != "" {
			purposes = c.Header
		}
		if c.TCF != nil && c.TCF.Header != "" {
			tcf = c.TCF.Header
		}
		if c.TCF != nil && c.TCF.Cookie != "" {
			cookie = c.TCF.Cookie
		}
	}
	for _, k := range []string{subject, token, purposes, tcf} {
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
