// Package consent decides, per exchange, whether a subject's data may be
// used for personalised content, from the consent evidence that comes with
// the request.
//
// A route requires named purposes (e.g. "personalization"). Five sources
// can grant or withdraw them, combined in this order:
//
//  1. the granted-purposes header (default X-Consent),
//  2. a signed consent token (default header X-Consent-Token, HMAC JWT),
//  3. an IAB TCF v2 TC string (default header X-TCF-Consent, else the
//     euconsent-v2 cookie),
//  4. the company's consent service (an HTTP lookup by subject id, cached),
//  5. Global Privacy Control (Sec-GPC: 1), which withdraws purposes.
//
// Grants of sources 1-4 are united; GPC then withdraws. The service is
// only asked when sources 1-3 leave a required purpose missing that GPC
// does not withdraw. A token that is present but invalid makes the
// decision an error (code consent_token_invalid) whatever the other
// sources say. A TC string that does not decode and a failed service
// lookup grant nothing (or, for the service with fail_open, the required
// purposes) and leave a note.
//
// The outcome is personalize when every required purpose is granted;
// otherwise anonymize or deny, as the route's on_missing says.
package consent

import (
	"context"
	"math/bits"
	"net/http"
	"strings"
	"time"
)

// Outcomes of a Decision.
const (
	OutcomePersonalize = "personalize"
	OutcomeAnonymize   = "anonymize"
	OutcomeDeny        = "deny"
)

// ErrCodeTokenInvalid is the Decision.ErrCode for a consent token that is
// present but malformed, badly signed, expired, not yet valid, signed with
// an algorithm or key id not configured, or issued for another subject.
const ErrCodeTokenInvalid = "consent_token_invalid"

// Source names used in Decision.Sources and Decision.Notes.
const (
	SourceHeader  = "header"
	SourceToken   = "token"
	SourceTCF     = "tcf"
	SourceService = "service"
	SourceGPC     = "gpc"
)

// maxSubjectLen bounds the subject id read from the request.
const maxSubjectLen = 256

// Decision is the consent decision for one exchange.
//
// It holds the raw subject id only in an unexported field, returned by
// Subject; String, Message, Notes, ErrReason and its JSON form never
// contain it.
type Decision struct {
	// Outcome is OutcomePersonalize, OutcomeAnonymize or OutcomeDeny. It is
	// OutcomeDeny whenever ErrCode is set.
	Outcome string `json:"outcome"`
	// Sources lists, in evaluation order, the sources that supplied
	// readable evidence: "header", "token", "tcf", "service" (or a
	// fail-open service failure), and "gpc" when Sec-GPC: 1 was sent.
	Sources []string `json:"sources,omitempty"`
	// Granted lists the granted purposes after GPC, in config order. Only
	// purposes the config names (required, GPC-withdrawn or TCF-mapped) are
	// tracked, so it never echoes arbitrary request text. Decisions of one
	// Resolver may share it: read only.
	Granted []string `json:"granted,omitempty"`
	// Missing lists the required purposes not granted, in config order.
	// Decisions of one Resolver may share it: read only.
	Missing []string `json:"missing,omitempty"`
	// Notes explains evidence that was ignored, one short note per source,
	// e.g. "tcf: truncated: cmpVersion needs bits 78-89 but the segment has
	// 72 bits" or "service: timeout". Notes never quote request values.
	Notes []string `json:"notes,omitempty"`
	// ErrCode is empty, or ErrCodeTokenInvalid.
	ErrCode string `json:"error_code,omitempty"`
	// ErrReason is a short reason for ErrCode, e.g. "expired" or "bad
	// signature". It never quotes the token.
	ErrReason string `json:"error_reason,omitempty"`

	subject string
}

// Subject returns the raw subject id as seen on the request (the subject
// header, or the token's sub claim when the header is absent), or "". It
// is personal data: hash it (redact.KeyedHash) before logging or
// forwarding.
func (d Decision) Subject() string { return d.subject }

// Err reports whether the decision is an error (an invalid token).
func (d Decision) Err() bool { return d.ErrCode != "" }

// Message is a short sentence for an API client: for an error, the code's
// meaning and reason; for deny, the missing purposes; otherwise "".
func (d Decision) Message() string {
	if d.ErrCode != "" {
		return "invalid consent token: " + d.ErrReason
	}
	if d.Outcome == OutcomeDeny {
		return "consent required for: " + strings.Join(d.Missing, ", ")
	}
	return ""
}

// String summarises the decision for logs, without the subject id.
func (d Decision) String() string {
	var b strings.Builder
	b.WriteString("consent ")
	b.WriteString(d.Outcome)
	b.WriteString(" sources=")
	b.WriteString(strings.Join(d.Sources, ","))
	b.WriteString(" granted=")
	b.WriteString(strings.Join(d.Granted, ","))
	b.WriteString(" missing=")
	b.WriteString(strings.Join(d.Missing, ","))
	if d.ErrCode != "" {
		b.WriteString(" error=")
		b.WriteString(d.ErrCode)
		b.WriteString(" (")
		b.WriteString(d.ErrReason)
		b.WriteString(")")
	}
	return b.String()
}

// purposeSet is a set of purpose indexes into Resolver.names.
type purposeSet uint64

// Resolver decides consent for one route. It is safe for concurrent use.
// Create it with New and call Close when the config is unloaded.
type Resolver struct {
	cfg       Config
	names     []string // known purposes; index = bit
	required  purposeSet
	gpc       purposeSet
	onMissing string
	// Canonical header keys, so Decide indexes the map directly.
	hdrConsent, hdrSubject, hdrToken, hdrTCF string
	token                                    *tokenVerifier
	tcf                                      []tcfMapping
	service                                  *service
	now                                      func() time.Time

	// lists[set] is list(set), computed once when there are few purposes
	// (every decision lists its granted and missing purposes).
	lists [][]string
}

// tcfMapping maps one of our purposes to TCF purpose ids.
type tcfMapping struct {
	bit purposeSet
	ids []int
}

// New applies the defaults to c, validates it and returns a Resolver.
// client is used for the consent service; nil means a client without
// proxy settings. The per-lookup timeout comes from the config.
func New(c Config, client *http.Client) (*Resolver, error) {
	c = c.withDefaults()
	if err := c.validate(); err != nil {
		return nil, err
	}
	r := &Resolver{
		cfg:        c,
		onMissing:  c.OnMissing,
		now:        time.Now,
		hdrConsent: http.CanonicalHeaderKey(c.Header),
		hdrSubject: http.CanonicalHeaderKey(c.SubjectHeader),
	}
	if c.Token != nil {
		r.hdrToken = http.CanonicalHeaderKey(c.Token.Header)
	}
	if c.TCF != nil {
		r.hdrTCF = http.CanonicalHeaderKey(c.TCF.Header)
	}
	var err error
	if r.required, err = r.index(c.Require); err != nil {
		return nil, err
	}
	if r.gpc, err = r.index(c.GPCWithdraws); err != nil {
		return nil, err
	}
	if c.TCF != nil {
		// Sorted keys keep bit assignment deterministic.
		for _, p := range sortedKeys(c.TCF.Purposes) {
			bit, err := r.index([]string{p})
			if err != nil {
				return nil, err
			}
			r.tcf = append(r.tcf, tcfMapping{bit: bit, ids: c.TCF.Purposes[p]})
		}
	}
	if c.Token != nil {
		r.token = newTokenVerifier(c.Token)
	}
	if c.Service != nil {
		r.service = newService(c.Service, client, &r.now)
	}
	if len(r.names) <= maxListedPurposes {
		r.lists = make([][]string, 1<<len(r.names))
		for set := range r.lists {
			r.lists[set] = r.listOf(purposeSet(set))
		}
	}
	return r, nil
}

// maxListedPurposes bounds the purposes whose lists New computes up front:
// 2^n lists of up to n names.
const maxListedPurposes = 8

// index returns the set of the named purposes, adding unknown names.
func (r *Resolver) index(names []string) (purposeSet, error) {
	var set purposeSet
	for _, n := range names {
		i := r.lookup(n)
		if i < 0 {
			if len(r.names) == maxPurposes {
				return 0, errTooManyPurposes
			}
			r.names = append(r.names, n)
			i = len(r.names) - 1
		}
		set |= 1 << uint(i)
	}
	return set, nil
}

// lookup returns the index of purpose name p (case-insensitive), or -1.
func (r *Resolver) lookup(p string) int {
	for i, n := range r.names {
		if strings.EqualFold(n, p) {
			return i
		}
	}
	return -1
}

// list returns the names in set, in index order.
func (r *Resolver) list(set purposeSet) []string {
	if set < purposeSet(len(r.lists)) {
		return r.lists[set] // shared: read only (its cap is its length)
	}
	return r.listOf(set)
}

// listOf is list without the lists computed up front.
func (r *Resolver) listOf(set purposeSet) []string {
	if set == 0 {
		return nil
	}
	out := make([]string, 0, bits.OnesCount64(uint64(set)))
	for i, n := range r.names {
		if set&(1<<uint(i)) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// Stats returns the consent service cache's hits and misses since New
// (zero without a service).
func (r *Resolver) Stats() (hits, misses uint64) {
	if r.service == nil {
		return 0, 0
	}
	return r.service.hits.Load(), r.service.misses.Load()
}

// Close releases the answer cache. The Resolver must not be used after.
func (r *Resolver) Close() {
	if r.service != nil {
		r.service.close()
	}
}

// Decide returns the consent decision for a request with headers h.
// cookies looks up a request cookie by name (nil: no cookies), e.g.
//
//	func(name string) (string, bool) {
//		c, err := req.Cookie(name)
//		if err != nil {
//			return "", false
//		}
//		return c.Value, true
//	}
//
// ctx bounds the wait for the consent service. h must have canonical keys,
// as net/http gives them.
func (r *Resolver) Decide(ctx context.Context, h http.Header, cookies func(name string) (string, bool)) Decision {
	d := Decision{Sources: noSources}
	if s := strings.TrimSpace(first(h, r.hdrSubject)); s != "" {
		if len(s) > maxSubjectLen {
			d.Notes = append(d.Notes, "subject: id longer than 256 bytes ignored")
		} else {
			d.subject = s
		}
	}
	var granted purposeSet

	// 1. The granted-purposes header.
	if !r.cfg.DisableHeader {
		if vals := h[r.hdrConsent]; len(vals) > 0 {
			for _, v := range vals {
				granted |= r.parseList(v)
			}
			d.addSource(SourceHeader)
		}
	}

	// 2. The signed token: present but invalid is an error.
	if r.token != nil {
		if raw := strings.TrimSpace(first(h, r.hdrToken)); raw != "" {
			claims, reason := r.token.verify(raw, r.now())
			if reason == "" && claims.Sub != "" {
				switch {
				case d.subject == "":
					if len(claims.Sub) <= maxSubjectLen {
						d.subject = claims.Sub
					}
				case claims.Sub != d.subject:
					reason = "subject mismatch"
				}
			}
			if reason != "" {
				return r.fail(d, reason)
			}
			for _, p := range *claims.Purposes {
				if i := r.lookup(p); i >= 0 {
					granted |= 1 << uint(i)
				}
			}
			d.addSource(SourceToken)
		}
	}

	// 3. The TCF string: undecodable means no TCF consent.
	if r.tcf != nil {
		if s, ok := r.tcfString(h, cookies); ok {
			g, note := r.tcfGrants(s)
			if note != "" {
				d.Notes = append(d.Notes, "tcf: "+note)
			} else {
				granted |= g
				d.addSource(SourceTCF)
			}
		}
	}

	gpc := strings.TrimSpace(first(h, "Sec-Gpc")) == "1"

	// 4. The consent service, only when it could change the outcome.
	if r.service != nil {
		need := r.required &^ granted
		if gpc {
			need &^= r.gpc
		}
		switch {
		case need == 0:
		case d.subject == "":
			d.Notes = append(d.Notes, "service: no subject id")
		default:
			e := r.service.lookup(ctx, d.subject, r)
			switch {
			case e.ok:
				granted |= e.granted
				d.addSource(SourceService)
			case r.service.failOpen:
				granted |= r.required
				d.addSource(SourceService)
				d.Notes = append(d.Notes, "service: "+e.reason+" (fail_open: required purposes granted)")
			default:
				d.Notes = append(d.Notes, "service: "+e.reason)
			}
		}
	}

	// 5. Global Privacy Control withdraws.
	if gpc {
		granted &^= r.gpc
		d.addSource(SourceGPC)
	}

	d.Granted = r.list(granted)
	missing := r.required &^ granted
	d.Missing = r.list(missing)
	switch {
	case missing == 0:
		d.Outcome = OutcomePersonalize
	default:
		d.Outcome = r.onMissing
	}
	return d
}

// noSources is the empty source list a decision starts with: not nil (a
// decision lists no sources as an empty list), and with no room, so that
// nothing is ever written to it.
var noSources = []string{}

// addSource appends source to d.Sources, with room for every source at the
// first: most decisions have none, and need no list of their own then.
func (d *Decision) addSource(source string) {
	if cap(d.Sources) == 0 {
		d.Sources = make([]string, 0, 5)
	}
	d.Sources = append(d.Sources, source)
}

// first returns the first value of the canonical header key, or "".
func first(h http.Header, key string) string {
	if v := h[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// fail turns d into an invalid-token decision.
func (r *Resolver) fail(d Decision, reason string) Decision {
	return Decision{
		Outcome:   OutcomeDeny,
		Missing:   r.list(r.required),
		Notes:     d.Notes,
		ErrCode:   ErrCodeTokenInvalid,
		ErrReason: reason,
		subject:   d.subject,
	}
}

// parseList returns the known purposes in a comma- or space-separated list.
func (r *Resolver) parseList(v string) purposeSet {
	var set purposeSet
	for v != "" {
		i := strings.IndexAny(v, ", \t")
		tok := v
		if i < 0 {
			v = ""
		} else {
			tok, v = v[:i], v[i+1:]
		}
		if tok == "" {
			continue
		}
		if j := r.lookup(tok); j >= 0 {
			set |= 1 << uint(j)
		}
	}
	return set
}
