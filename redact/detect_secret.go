package redact

import "strings"

func init() { register(secretDetector{}) }

// secretDetector finds API keys, tokens and private keys by their fixed
// prefixes (OpenAI, Anthropic, AWS, GitHub, Slack, Stripe, Google), JWTs
// whose header decodes to JSON with "alg", PEM private key blocks, and AWS
// secret access keys after a context word.
type secretDetector struct{}

func (secretDetector) ID() string      { return "builtin.secret" }
func (secretDetector) Types() []string { return []string{"SECRET"} }

func (d secretDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

const secretType, secretRule = "SECRET", "builtin.secret"

// keyBoundaryBefore reports whether a key may start at p.
func keyBoundaryBefore(text string, p int) bool {
	return p == 0 || !isKeyChar(text[p-1]) || afterEscape(text, p)
}

// spanWhile returns the end of the run of bytes from p that satisfy ok.
func spanWhile(text string, p int, ok func(byte) bool) int {
	for p < len(text) && ok(text[p]) {
		p++
	}
	return p
}

// mixed reports whether s has a digit, an upper- and a lower-case letter,
// as generated keys do and words do not.
func mixed(s string) bool {
	var d, u, l bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		d = d || isDigit(c)
		u = u || isUpper(c)
		l = l || isLower(c)
	}
	return d && u && l
}

func secretSpan(s, e int, score float64, reason string) Span {
	return Span{Start: s, End: e, Type: secretType, Rule: secretRule, Score: score, Reason: reason}
}

// detectScan starts four passes, over the '-', '_', 'A' and 'J' of the
// text (from the scan's marks), instead of one substring search per
// prefix. Each pass starts here, so that on the many texts without its
// byte the code that reads keys is not run (nor fetched into the
// instruction cache).
func (d secretDetector) detectScan(sc *textScan, dst []Span) []Span {
	if dash := sc.next(mkDash, 0); dash >= 0 {
		dst = d.dashKeys(sc, dash, dst)
	}
	if u := sc.next(mkUnder, 0); u >= 0 {
		dst = d.underscoreKeys(sc, u, dst)
	}
	if a := sc.next(mkA, 0); a >= 0 {
		dst = d.capitalAKeys(sc, a, dst)
	}
	if j := sc.next(mkJ, 0); j >= 0 {
		dst = d.jwts(sc, j, dst)
	}
	return dst
}

// dashKeys finds OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-) and
// Anthropic (sk-ant-) keys, Slack tokens (xoxa- xoxb- xoxp- xoxr- xoxs-)
// and PEM private key blocks from a '-', starting at the first, dash. The
// loop over the dashes only tests the bytes around each one; reading a
// key is left to functions of its own (dashKey, pemKey), so that the loop,
// which runs on nearly half the prompts, is a few cache lines of code.
func (d secretDetector) dashKeys(sc *textScan, dash int, dst []Span) []Span {
	text := sc.text
	from := 0
	for p := dash; p >= 0; p = sc.next(mkDash, from) {
		from = p + 1
		e := 0
		switch {
		case p >= 2 && text[p-2] == 's' && text[p-1] == 'k' && keyBoundaryBefore(text, p-2):
			dst, e = dashKey(text, p, dst)
		case p >= 4 && text[p-4] == 'x' && text[p-3] == 'o' && text[p-2] == 'x' &&
			strings.IndexByte("abprs", text[p-1]) >= 0 && keyBoundaryBefore(text, p-4):
			dst, e = dashKey(text, p, dst)
		case strings.HasPrefix(text[p:], "-----BEGIN "):
			dst, e = pemKey(text, p, dst)
		}
		if e > 0 {
			from = e
		}
	}
	return dst
}

// dashKey reads the key after the '-' at p of an "sk-" (OpenAI,
// Anthropic) or "xox?-" (Slack) prefix, which dashKeys has checked. It
// returns dst with the key's span and the key's end, or dst and 0 when the
// characters after the prefix are no key.
func dashKey(text string, p int, dst []Span) ([]Span, int) {
	e := spanWhile(text, p+1, isKeyChar)
	if text[p-1] == 'k' {
		body := text[p+1 : e]
		switch {
		case strings.HasPrefix(body, "ant-") && len(body) >= 24:
			return append(dst, secretSpan(p-2, e, 0.99, "Anthropic API key prefix and key characters")), e
		case strings.HasPrefix(body, "proj-") && len(body) >= 25 && mixed(body):
			return append(dst, secretSpan(p-2, e, 0.99, "OpenAI project API key prefix and key characters")), e
		case len(body) >= 20 && mixed(body):
			return append(dst, secretSpan(p-2, e, 0.95, "OpenAI API key prefix and mixed-case key characters")), e
		}
		return dst, 0
	}
	if e-p-1 >= 10 {
		return append(dst, secretSpan(p-4, e, 0.95, "Slack token prefix and key characters")), e
	}
	return dst, 0
}

// pemKey reads the PEM private key block whose "-----BEGIN " is at p, as
// dashKey reads a key.
func pemKey(text string, p int, dst []Span) ([]Span, int) {
	if e := pemEnd(text, p); e > 0 {
		return append(dst, secretSpan(p, e, 1, "PEM private key block")), e
	}
	return dst, 0
}

// underscoreKeys finds GitHub (ghp_ gho_ ghu_ ghs_ ghr_ github_pat_) and
// Stripe (sk_ rk_ pk_ with live_ or test_) keys from their underscore,
// starting at the first, first. As in dashKeys, the loop only tests the
// bytes around each underscore; the keys are read out of line.
func (secretDetector) underscoreKeys(sc *textScan, first int, dst []Span) []Span {
	text := sc.text
	from := 0
	for u := first; u >= 0; u = sc.next(mkUnder, from) {
		from = u + 1
		e := 0
		switch {
		case u >= 3 && text[u-3] == 'g' && text[u-2] == 'h' && strings.IndexByte("pousr", text[u-1]) >= 0 && keyBoundaryBefore(text, u-3):
			dst, e = gitHubToken(text, u, dst)
		case u >= 6 && text[u-6:u] == "github" && strings.HasPrefix(text[u:], "_pat_") && keyBoundaryBefore(text, u-6):
			dst, e = gitHubPAT(text, u, dst)
		case u >= 2 && text[u-1] == 'k' && strings.IndexByte("srp", text[u-2]) >= 0 && keyBoundaryBefore(text, u-2) &&
			(strings.HasPrefix(text[u:], "_live_") || strings.HasPrefix(text[u:], "_test_")):
			dst, e = stripeKey(text, u, dst)
		case keyLabelFold(text[u+1:], "secret") || (u >= 6 && keyLabelFold(text[u-6:], "secret")):
			// aws_secret_access_key, AWS_SECRET_ACCESS_KEY, secret_access_key.
			if q, end := awsSecretAfter(text, u+1); end > 0 {
				dst, e = append(dst, secretSpan(q, end, 0.85, "40-character key after an AWS secret access key label")), end
			}
		}
		if e > 0 {
			from = e
		}
	}
	return dst
}

// gitHubToken reads a classic GitHub token whose "gh?_" prefix ends with
// the underscore at u; it returns dst with its span and its end, or dst
// and 0.
func gitHubToken(text string, u int, dst []Span) ([]Span, int) {
	e := spanWhile(text, u+1, isAlnum)
	if e-u-1 >= 36 && (e == len(text) || !isKeyChar(text[e])) {
		return append(dst, secretSpan(u-3, e, 0.99, "GitHub token prefix and 36 or more key characters")), e
	}
	return dst, 0
}

// gitHubPAT reads a fine-grained GitHub token ("github_pat_…") whose first
// underscore is at u, as gitHubToken does.
func gitHubPAT(text string, u int, dst []Span) ([]Span, int) {
	e := spanWhile(text, u+5, func(c byte) bool { return isAlnum(c) || c == '_' })
	if e-u-5 >= 22 {
		return append(dst, secretSpan(u-6, e, 0.99, "GitHub fine-grained token prefix and key characters")), e
	}
	return dst, 0
}

// stripeKey reads a Stripe key ("sk_live_…", "rk_test_…", "pk_live_…")
// whose first underscore is at u, as gitHubToken does.
func stripeKey(text string, u int, dst []Span) ([]Span, int) {
	e := spanWhile(text, u+6, isAlnum)
	if e-u-6 < 10 || e < len(text) && isKeyChar(text[e]) {
		return dst, 0
	}
	reason := "Stripe secret key prefix and key characters"
	switch text[u-2] {
	case 'r':
		reason = "Stripe restricted key prefix and key characters"
	case 'p':
		reason = "Stripe publishable key prefix and key characters"
	}
	return append(dst, secretSpan(u-2, e, 0.95, reason)), e
}

// capitalAKeys finds AWS access key ids (AKIA/ASIA + 16), Google API
// keys (AIza + 35), and 40-character AWS secret access keys after the
// camel-case or spaced labels "AccessKey" and "Access Key" (the snake-case
// labels are handled in underscoreKeys). Key ids and labelled secrets are
// skipped past separately, as if found by passes of their own. The pass
// starts at the first 'A', first; the keys are read out of line.
func (secretDetector) capitalAKeys(sc *textScan, first int, dst []Span) []Span {
	text := sc.text
	skipID, skipSecret := 0, 0
	from := 0
	for p := first; p >= 0; p = sc.next(mkA, from) {
		from = p + 1
		if p+6 < len(text) && text[p+1] == 'c' && text[p:p+6] == "Access" {
			kp := p + 6
			if text[kp] == ' ' {
				kp++
			}
			if kp < len(text) && text[kp] == 'K' && kp >= skipSecret {
				if q, e := awsSecretAfter(text, kp); e > 0 {
					dst = append(dst, secretSpan(q, e, 0.85, "40-character key after an AWS secret access key label"))
					skipSecret = e
				}
			}
			continue
		}
		if p < skipID || p+20 > len(text) || !keyBoundaryBefore(text, p) {
			continue
		}
		switch text[p : p+4] {
		case "AKIA", "ASIA", "AIza":
			var e int
			if dst, e = keyID(text, p, dst); e > 0 {
				skipID = e
			}
		}
	}
	return dst
}

// keyID reads an AWS access key id (AKIA/ASIA + 16) or a Google API key
// (AIza + 35) whose prefix capitalAKeys found at p; it returns dst with
// its span and its end, or dst and 0.
func keyID(text string, p int, dst []Span) ([]Span, int) {
	if text[p+1] == 'I' {
		e := spanWhile(text, p+4, isKeyChar)
		if e-p == 39 {
			return append(dst, secretSpan(p, e, 0.95, "Google API key prefix and 35 key characters")), e
		}
		return dst, 0
	}
	e := spanWhile(text, p+4, func(c byte) bool { return isUpper(c) || isDigit(c) })
	if e-p == 20 && (e == len(text) || !isKeyChar(text[e])) {
		return append(dst, secretSpan(p, e, 0.95, "AWS access key id prefix and 16 key characters")), e
	}
	return dst, 0
}

// jwts finds JSON Web Tokens ("eyJ…", found from the rare 'J'): three
// base64url parts whose header decodes to a JSON object with "alg". The
// pass starts at the first 'J', first.
func (secretDetector) jwts(sc *textScan, first int, dst []Span) []Span {
	text := sc.text
	from := 0
	for j := first; j >= 0; j = sc.next(mkJ, from) {
		from = j + 1
		p := j - 2
		if p < 0 || text[p] != 'e' || text[p+1] != 'y' || !keyBoundaryBefore(text, p) {
			continue
		}
		h := spanWhile(text, p, isB64URLChar)
		if h >= len(text) || text[h] != '.' || h-p > 2048 {
			continue
		}
		pl := spanWhile(text, h+1, isB64URLChar)
		if pl == h+1 || pl >= len(text) || text[pl] != '.' {
			continue
		}
		e := spanWhile(text, pl+1, isB64URLChar)
		if !jwtHeaderOK(text[p:h]) {
			continue
		}
		dst = append(dst, secretSpan(p, e, 0.95, "JSON Web Token: three base64url parts, header names an algorithm"))
		from = e
	}
	return dst
}

// jwtHeaderOK decodes a base64url JWT header into a stack buffer and
// checks that it is a JSON object with an "alg" member.
func jwtHeaderOK(h string) bool {
	var out [1536]byte
	n := 0
	var acc uint32
	bitsN := 0
	for i := 0; i < len(h); i++ {
		c := h[i]
		var v byte
		switch {
		case isUpper(c):
			v = c - 'A'
		case isLower(c):
			v = c - 'a' + 26
		case isDigit(c):
			v = c - '0' + 52
		case c == '-':
			v = 62
		case c == '_':
			v = 63
		default:
			return false
		}
		acc = acc<<6 | uint32(v)
		bitsN += 6
		if bitsN >= 8 {
			bitsN -= 8
			if n == len(out) {
				return false
			}
			out[n] = byte(acc >> bitsN)
			n++
		}
	}
	js := strings.TrimSpace(string(out[:n]))
	return strings.HasPrefix(js, "{") && strings.HasSuffix(js, "}") && strings.Contains(js, `"alg"`)
}

// pemEnd returns the end of the PEM private key block whose BEGIN line
// starts at p: the end of its END line, or of the base64 body when the END
// line is missing; 0 when the block is not a private key.
func pemEnd(text string, p int) int {
	from := p + 11
	le := strings.Index(text[from:min(len(text), from+70)], "-----")
	if le < 0 || !strings.HasSuffix(text[from:from+le], "PRIVATE KEY") {
		return 0
	}
	body := from + le + 5
	if m := strings.Index(text[body:], "-----END "); m >= 0 {
		q := body + m + 9
		if n := strings.Index(text[q:min(len(text), q+70)], "-----"); n >= 0 && strings.HasSuffix(text[q:q+n], "PRIVATE KEY") {
			return q + n + 5
		}
	}
	return spanWhile(text, body, func(c byte) bool {
		return isAlnum(c) || c == '+' || c == '/' || c == '=' || c == '\n' || c == '\r' || c == ' ' || c == '\\'
	})
}

var awsContext = []string{"aws", "access"}

func isB64Char(c byte) bool { return isAlnum(c) || c == '+' || c == '/' }

// keyLabelFold reports whether s starts with prefix (lower-case
// ASCII), ignoring ASCII case.
func keyLabelFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if toLowerASCII(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// awsSecretAfter looks for a 40-character base64 token within 60 bytes
// after a "secret" label ending at from, with "aws" or "access" near.
func awsSecretAfter(text string, from int) (int, int) {
	lim := min(from+60, len(text))
	for q := from; q < lim; q++ {
		if !isB64Char(text[q]) || (q > 0 && isB64Char(text[q-1])) {
			continue
		}
		e := spanWhile(text, q, isB64Char)
		if e-q == 40 && (e == len(text) || text[e] != '=') && mixed(text[q:e]) &&
			containsAnyFold(text[max(from-50, 0):q], awsContext) {
			return q, e
		}
		q = e
	}
	return 0, 0
}
