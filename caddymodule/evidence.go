package caddymodule

import (
	"net/http"

	"github.com/caddy-guardrail/guardrail/caddymodule/consent"
)

// evidenceKeys are the request headers that carry consent evidence, by
// their canonical keys, and the name of the IAB TCF cookie: the subject id,
// the signed consent token, the granted-purposes header and the TCF string
// (configured or default names). They are evidence for the guardrail, not
// for the provider; a TC string identifies a user's choices and is personal
// data (CJEU C-604/22), so forward deletes them before the request goes
// upstream.
//
// They are worked out once per config (Provision) instead of per request:
// the default TCF header, X-TCF-Consent, is not in canonical form, and
// http.Header.Del canonicalized it, with an allocation, on every exchange.
type evidenceKeys struct {
	headers [4]string // canonical keys: subject, token, purposes, TCF
	cookie  string    // the TCF cookie's name
}

// newEvidenceKeys returns the evidence keys of consent config c (nil: the
// defaults).
func newEvidenceKeys(c *consent.Config) *evidenceKeys {
	names, cookie := evidenceNames(c)
	k := &evidenceKeys{cookie: cookie}
	for i, name := range names {
		k.headers[i] = http.CanonicalHeaderKey(name)
	}
	return k
}

// evidenceNames returns the evidence header names of consent config c as
// configured (subject, token, purposes, TCF; the defaults where c names
// none) and the TCF cookie's name.
func evidenceNames(c *consent.Config) (headers [4]string, cookie string) {
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
	return [4]string{subject, token, purposes, tcf}, cookie
}

// evidenceKeys returns g's evidence keys: Provision's, or those of
// g.Consent for a guardrail that was not provisioned.
func (g *Guardrail) evidenceKeys() *evidenceKeys {
	if g.evidence != nil {
		return g.evidence
	}
	return newEvidenceKeys(g.Consent)
}

// strip deletes the evidence headers from h, and the TCF cookie from its
// Cookie lines (other cookies stay): h.Del of each header, without
// canonicalizing its key again.
func (k *evidenceKeys) strip(h http.Header) {
	for _, key := range k.headers {
		delete(h, key)
	}
	if _, ok := h["Cookie"]; ok {
		dropCookie(h, k.cookie)
	}
}
