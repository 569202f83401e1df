package redact

import (
	"math/bits"
	"strings"
)

func init() { register(secretDetector{}) }

// secretDetector finds API keys, tokens and private keys by their fixed
// prefixes (OpenAI, Anthropic, AWS, GitHub, GitLab, Slack, Stripe, Google,
// and the marketing stack: SendGrid, Mailchimp, Mailgun, HubSpot,
// Shopify, npm, Hugging Face), JWTs whose header decodes to JSON with
// "alg", PEM private key blocks, and AWS secret access keys after a
// context word.
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

// detectScan starts five passes, over the '-', '_', 'A', 'J' and '.' of
// the text (from the scan's marks), instead of one substring search per
// prefix. Each pass starts here, so that on the many texts without its
// byte the code that reads keys is not run (nor fetched into the
// instruction cache).
func (d secretDetector) detectScan(sc *textScan, dst []Span) []Span {
	// Which of the four marks the keys start from the text has: from
	// the text's markSum.
	if sc.sum.dashes != 0 && dashKeysMayMatch(sc) {
		dst = d.dashKeys(sc, sc.next(mkDash, 0), dst)
	}
	if sc.sum.under != 0 {
		dst = d.underscoreKeys(sc, sc.next(mkUnder, 0), dst)
	}
	if sc.sum.capA != 0 {
		dst = d.capitalAKeys(sc, sc.next(mkA, 0), dst)
	}
	if sc.sum.jwtMaybe() {
		dst = d.jwts(sc, sc.next(mkJ, 0), dst)
	}
	// A SendGrid key ("SG." + 22 + "." + 43) has two dots 23 bytes
	// apart: a shift and an AND of each block's dot marks find them, in
	// the pass of markRows, which the MAC detector shares.
	if sc.markRows()&rowSendGrid != 0 {
		dst = sendGridRows(sc, dst)
	}
	return dst
}

// sendGridRows finds the SendGrid API keys of a text with two dots 23
// bytes apart, block by block.
func sendGridRows(sc *textScan, dst []Span) []Span {
	for b := range sc.marks {
		m, nx := sc.marksFrom(mkDot, b)
		if rows := m & (m>>23 | nx<<41); rows != 0 {
			dst = sendGridKeys(sc, b, rows, dst)
		}
	}
	return dst
}

// sendGridKeys finds the SendGrid API keys whose first dot is one of
// rows, the dots of block b with a dot 23 bytes on.
func sendGridKeys(sc *textScan, b int, rows uint64, dst []Span) []Span {
	text := sc.text
	for ; rows != 0; rows &= rows - 1 {
		p := b<<6 + bits.TrailingZeros64(rows)
		if p < 2 || text[p-1] != 'G' || text[p-2] != 'S' || !keyBoundaryBefore(text, p-2) ||
			len(dst) > 0 && dst[len(dst)-1].End > p {
			continue
		}
		if e, ok := sendGridKeyEnd(text, p); ok {
			dst = append(dst, secretSpan(p-2, e, 0.99, "SendGrid API key prefix and key characters"))
		}
	}
	return dst
}

// sendGridKeyEnd reads the two parts after the "SG." whose dot is at p
// and returns the key's end.
func sendGridKeyEnd(text string, p int) (int, bool) {
	id := spanWhile(text, p+1, isB64URLChar)
	if id-p-1 != 22 || id >= len(text) || text[id] != '.' {
		return 0, false
	}
	e := spanWhile(text, id+1, isB64URLChar)
	return e, e-id-1 == 43 && (e == len(text) || !isKeyChar(text[e]))
}

// dashKeysMayMatch reports whether the text may have a key that dashKeys
// finds. Every one of them is a run of key characters (letters, digits,
// '-' and '_') of at least 23 ("sk-" and twenty, 32 hex digits and
// "-us1", "key-" and 32…), but a Slack token, "xoxb-" and ten (15, with
// the dash four bytes into the run, or five after an escape such as
// "\n"), and a PEM block (dashes in a row). The runs are read from the
// marks a block at a time; most prompts with a dash ("gpt-4o",
// "2024-05-01", "call-to-action") have none of them and skip the
// dash-by-dash pass.
func dashKeysMayMatch(sc *textScan) bool {
	text := sc.text
	var prevK, prevD uint64 // the key-byte and dash masks of the block before
	for b := range sc.marks {
		blk := &sc.marks[b]
		d := blk[mkDash]
		if d&(d>>1|prevD>>63) != 0 {
			return true // two dashes in a row
		}
		k := blk[mkLetter] | blk[mkDigit] | d | blk[mkUnder]
		// Bit j of r: the bits j to j+7 of k are set; of r15, j to j+14.
		r := k & (k >> 1)
		r &= r >> 2
		r &= r >> 4
		if r15 := r & (r >> 7); r15 != 0 {
			if r15&(r15>>8) != 0 {
				return true // 23 or more
			}
			// The starts of the runs of 15 to 22 in the block.
			for st := r15 &^ (k<<1 | prevK>>63); st != 0; st &= st - 1 {
				if slackDashAt(text, b<<6+bits.TrailingZeros64(st)) {
					return true
				}
			}
		}
		if prevK>>63&k != 0 {
			// A run goes on from the block before (neither block is all
			// key bytes: that run would have been found above).
			t := bits.LeadingZeros64(^prevK)
			if n := t + bits.TrailingZeros64(^k); n >= 23 || n >= 15 && slackDashAt(text, b<<6-t) {
				return true
			}
		}
		prevK, prevD = k, d
	}
	return false
}

// slackDashAt reports whether the run of 15 key bytes or more that starts
// at s has a dash where a Slack token's would be.
func slackDashAt(text string, s int) bool {
	return text[s+4] == '-' || text[s+5] == '-'
}

// dashKeys finds OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-) and
// Anthropic (sk-ant-) keys, Slack tokens (xoxa- xoxb- xoxp- xoxr- xoxs-),
// GitLab (glpat-), HubSpot (pat-na1-…), Mailgun (key-) and Mailchimp
// (…-us21) keys and PEM private key blocks from a '-', starting at the
// first, dash. The
// loop over the dashes only tests the bytes around each one; reading a
// key is left to functions of its own (dashKey, pemKey), so that the loop,
// which runs on nearly half the prompts, is a few cache lines of code.
func (d secretDetector) dashKeys(sc *textScan, dash int, dst []Span) []Span {
	text := sc.text
	from := 0
	for p := dash; p >= 0; p = sc.next(mkDash, from) {
		from = p + 1
		e := 0
		// The byte before the dash tells which prefixes can end there
		// (dashBefore); most dashes of a prompt end none of them.
		var k uint8
		if p > 0 {
			k = dashBefore[text[p-1]]
		}
		switch {
		case k == 0:
		case k&dashSK != 0 && p >= 2 && text[p-2] == 's' && keyBoundaryBefore(text, p-2):
			dst, e = dashKey(text, p, dst)
		case k&dashXox != 0 && p >= 4 && text[p-4] == 'x' && text[p-3] == 'o' && text[p-2] == 'x' && keyBoundaryBefore(text, p-4):
			dst, e = dashKey(text, p, dst)
		case k&dashHex != 0 && p >= 32 && p+3 < len(text) && (text[p+1] == 'u' || isLowerHex(text[p+1])):
			dst, e = hexDashKey(text, p, dst)
		case k&dashPat != 0 && p >= 3 && text[p-2] == 'a' && text[p-3] == 'p':
			dst, e = patToken(text, p, dst)
		case k&dashKey4 != 0 && p >= 3 && text[p-2] == 'e' && text[p-3] == 'k' && keyBoundaryBefore(text, p-3):
			dst, e = mailgunKey(text, p, dst)
		}
		if e == 0 && p+10 < len(text) && text[p+1] == '-' && strings.HasPrefix(text[p:], "-----BEGIN ") {
			dst, e = pemKey(text, p, dst)
		}
		if e > 0 {
			from = e
		}
	}
	return dst
}

// Classes of the byte before a dash in dashBefore: which key prefixes
// may end with it.
const (
	dashSK   = 1 << iota // 'k': "sk-"
	dashXox              // 'a', 'b', 'p', 'r', 's': "xox?-"
	dashHex              // a digit or 'a'-'f': a Mailchimp or Mailgun key's 32 hex digits
	dashPat              // 't': "glpat-", "pat-"
	dashKey4             // 'y': "key-"
)

var dashBefore = func() (t [256]uint8) {
	t['k'] = dashSK
	for _, c := range []byte("abprs") {
		t[c] |= dashXox
	}
	for _, c := range []byte("0123456789abcdef") {
		t[c] |= dashHex
	}
	t['t'] = dashPat
	t['y'] = dashKey4
	return t
}()

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

// hexDashKey reads a key of 32 hex digits and a dash at p: a Mailchimp
// API key ("-us" and the data centre's number after it) or a Mailgun
// API key (two groups of 8 hex digits after it), as dashKey reads a key.
func hexDashKey(text string, p int, dst []Span) ([]Span, int) {
	s := p - 32
	if !keyBoundaryBefore(text, s) || spanWhile(text, s, isLowerHex) != p {
		return dst, 0
	}
	if text[p+1] == 'u' {
		e := spanWhile(text, p+3, isDigit)
		if text[p+2] != 's' || e == p+3 || e-p-3 > 2 || e < len(text) && isKeyChar(text[e]) {
			return dst, 0
		}
		return append(dst, secretSpan(s, e, 0.95, "Mailchimp API key: 32 hex digits and a data centre")), e
	}
	e := p + 18
	if e > len(text) || spanWhile(text, p+1, isLowerHex) != p+9 || text[p+9] != '-' ||
		spanWhile(text, p+10, isLowerHex) != e || e < len(text) && isKeyChar(text[e]) {
		return dst, 0
	}
	return append(dst, secretSpan(s, e, 0.95, "Mailgun API key: 32 hex digits and two groups of 8")), e
}

// patToken reads a GitLab personal access token ("glpat-" + 20 or more
// key characters) or a HubSpot private app token ("pat-" + region + "-"
// + a UUID) whose "pat-" dash is at p, as dashKey reads a key.
func patToken(text string, p int, dst []Span) ([]Span, int) {
	if p >= 5 && text[p-5] == 'g' && text[p-4] == 'l' && keyBoundaryBefore(text, p-5) {
		e := spanWhile(text, p+1, isKeyChar)
		if e-p-1 >= 20 && mixed(text[p+1:e]) {
			return append(dst, secretSpan(p-5, e, 0.99, "GitLab personal access token prefix and key characters")), e
		}
		return dst, 0
	}
	// "pat-na1-", "pat-eu1-", "pat-na2-", "pat-ap1-": two letters and a
	// digit, then a UUID.
	r := p + 1
	if !keyBoundaryBefore(text, p-3) || r+4+36 > len(text) || !isLower(text[r]) || !isLower(text[r+1]) ||
		!isDigit(text[r+2]) || text[r+3] != '-' || !uuidAt(text, r+4) {
		return dst, 0
	}
	e := r + 4 + 36
	if e < len(text) && isKeyChar(text[e]) {
		return dst, 0
	}
	return append(dst, secretSpan(p-3, e, 0.99, "HubSpot private app token prefix and key characters")), e
}

// uuidAt reports whether a UUID in lower-case hex (8-4-4-4-12) starts at
// i; the caller checks that 36 bytes are left.
func uuidAt(text string, i int) bool {
	for k := 0; k < 36; k++ {
		c := text[i+k]
		if k == 8 || k == 13 || k == 18 || k == 23 {
			if c != '-' {
				return false
			}
		} else if !isLowerHex(c) {
			return false
		}
	}
	return true
}

// mailgunKey reads a Mailgun API key of the older form ("key-" + 32
// lower-case letters and digits, both) whose dash is at p, as dashKey
// reads a key.
func mailgunKey(text string, p int, dst []Span) ([]Span, int) {
	e := spanWhile(text, p+1, func(c byte) bool { return isDigit(c) || isLower(c) })
	body := text[p+1 : e]
	if len(body) != 32 || e < len(text) && isKeyChar(text[e]) || !strings.ContainsAny(body, "0123456789") ||
		strings.Trim(body, "0123456789") == "" {
		return dst, 0
	}
	return append(dst, secretSpan(p-3, e, 0.95, "Mailgun API key prefix and 32 key characters")), e
}

// isLowerHex reports whether c is a digit or a lower-case hex letter.
func isLowerHex(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' }

// pemKey reads the PEM private key block whose "-----BEGIN " is at p, as
// dashKey reads a key.
func pemKey(text string, p int, dst []Span) ([]Span, int) {
	if e := pemEnd(text, p); e > 0 {
		return append(dst, secretSpan(p, e, 1, "PEM private key block")), e
	}
	return dst, 0
}

// underscoreKeys finds GitHub (ghp_ gho_ ghu_ ghs_ ghr_ github_pat_),
// Stripe (sk_ rk_ pk_ with live_ or test_), npm (npm_), Hugging Face
// (hf_) and Shopify (shpat_ shpss_ shpca_ shppa_) keys from their underscore,
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
		case u >= 3 && text[u-3:u] == "npm" && keyBoundaryBefore(text, u-3),
			u >= 2 && text[u-2] == 'h' && text[u-1] == 'f' && keyBoundaryBefore(text, u-2):
			dst, e = npmOrHFToken(text, u, dst)
		case u >= 5 && text[u-5:u-2] == "shp" && keyBoundaryBefore(text, u-5):
			dst, e = shopifyToken(text, u, dst)
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

// npmOrHFToken reads an npm access token ("npm_" + 36 alphanumerics) or a
// Hugging Face token ("hf_" + 34 letters) whose underscore is at u, as
// gitHubToken does.
func npmOrHFToken(text string, u int, dst []Span) ([]Span, int) {
	e := spanWhile(text, u+1, isAlnum)
	if e < len(text) && isKeyChar(text[e]) {
		return dst, 0
	}
	if text[u-1] == 'm' {
		if e-u-1 == 36 && mixed(text[u+1:e]) {
			return append(dst, secretSpan(u-3, e, 0.99, "npm access token prefix and 36 key characters")), e
		}
		return dst, 0
	}
	if e-u-1 == 34 && upperAndLower(text[u+1:e]) {
		return append(dst, secretSpan(u-2, e, 0.95, "Hugging Face token prefix and 34 key characters")), e
	}
	return dst, 0
}

// upperAndLower reports whether s has an upper- and a lower-case letter,
// as generated tokens of letters do and words in one case do not.
func upperAndLower(s string) bool {
	var u, l bool
	for i := 0; i < len(s); i++ {
		u = u || isUpper(s[i])
		l = l || isLower(s[i])
	}
	return u && l
}

// shopifyToken reads a Shopify access token or secret ("shpat_",
// "shpss_", "shpca_", "shppa_" + 32 hex digits) whose underscore is at
// u, as gitHubToken does.
func shopifyToken(text string, u int, dst []Span) ([]Span, int) {
	switch text[u-2 : u] {
	case "at", "ss", "ca", "pa":
	default:
		return dst, 0
	}
	e := spanWhile(text, u+1, isHex)
	if e-u-1 != 32 || e < len(text) && isKeyChar(text[e]) {
		return dst, 0
	}
	return append(dst, secretSpan(u-5, e, 0.99, "Shopify access token prefix and 32 hex digits")), e
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
