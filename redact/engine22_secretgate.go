package redact

import "math/bits"

// An exact gate in front of the whole secret detector. The detector runs
// on every prompt and, on the corpus, finds nothing; its passes each have
// a first test of their own (dashKeysMayMatch, the '_', 'A' and 'J'
// sums, markRows), but entering it and running those tests fetches
// several cache lines of code per prompt. secretMayMatch decides, from
// the marks and in one loop over the blocks, that no pass can find a key:
//
//   - every key but the three below is one run of key bytes (letters,
//     digits, '-' and '_') of 15 or more: a Slack token ("xoxb-" and
//     ten) is the shortest, then a Stripe key ("sk_live_" and ten, 18),
//     an AWS key id (20), an OpenAI key (23), the rest 26 or more (a
//     SendGrid key's last part alone is 43);
//   - a JSON Web Token's header is a run of 10 or more (it decodes to at
//     least `{"alg"}`, 7 bytes), with a 'J' and two dots (jwtMaybe);
//   - a PEM block has two dashes in a row ("-----BEGIN ");
//   - a 40-character AWS secret after its label is base64 ('+' and '/'
//     break the key runs): the label is a "secret" next to a '_'
//     (underscoreKeys) or "Access" (capitalAKeys), which the gate looks
//     for at the text's '_'s and 'A's.
//
// A new secret format must keep to one of these, or widen the gate
// (secretGateMinRun, or a clause of its own in secretMayMatch):
// TestSecretGateExact runs the detector without the gate on the corpus,
// the eval sets and mutated keys, and fails where the gate said no and
// the detector found a key.

// secretGateMinRun is the shortest run of key bytes any key but a JWT,
// a PEM block and an AWS secret after its label holds (a Slack token).
const secretGateMinRun = 15

// jwtGateMinRun is the shortest run of key bytes a JWT's header can be.
const jwtGateMinRun = 10

// secretMayMatch reports whether the secret detector may find a key in
// the text of sc. It is false only where detectScan would return dst as
// it is. The loop over the blocks gathers the runs of 15 key bytes and
// the pairs of dashes in one mask, so that it keeps few values live; the
// runs of 10 for a JWT are looked for only when the text may hold one.
func secretMayMatch(sc *textScan) bool {
	if keyRunsAtLeast(sc, secretGateMinRun, true) {
		return true
	}
	switch {
	case sc.sum.jwtMaybe() && keyRunsAtLeast(sc, jwtGateMinRun, false):
		return true
	case sc.sum.under != 0 && secretLabelAtUnder(sc):
		return true
	}
	return sc.sum.capA != 0 && accessLabelAt(sc)
}

// keyRunsAtLeast reports whether the text of sc has a run of n key bytes
// or more (8 <= n <= 16), or, with dashes, two dashes in a row.
func keyRunsAtLeast(sc *textScan, n int, dashes bool) bool {
	var acc, prevK, prevD uint64
	shift := uint(n-8) & 63
	for b := range sc.marks {
		blk := &sc.marks[b]
		d := blk[mkDash]
		k := blk[mkLetter] | blk[mkDigit] | d | blk[mkUnder]
		r := k & (k >> 1)
		r &= r >> 2
		r &= r >> 4 // bit j: bits j to j+7 of k set
		acc |= r & (r >> shift)
		if dashes {
			acc |= d & (d>>1 | prevD>>63)
		}
		if prevK>>63&k != 0 && bits.LeadingZeros64(^prevK)+bits.TrailingZeros64(^k) >= n {
			return true // a run across the blocks' boundary
		}
		prevK, prevD = k, d
	}
	return acc != 0
}

// secretLabelAtUnder reports whether one of the text's '_'s may have
// "secret" (in either case) right after it or six bytes before it, the
// snake-case AWS labels underscoreKeys reads a secret after
// ("aws_secret_access_key", "SECRET_ACCESS_KEY").
func secretLabelAtUnder(sc *textScan) bool {
	text := sc.text
	for u := sc.next(mkUnder, 0); u >= 0; u = sc.next(mkUnder, u+1) {
		if u+1 < len(text) && text[u+1]|0x20 == 's' || u >= 6 && text[u-6]|0x20 == 's' {
			return true
		}
	}
	return false
}

// accessLabelAt reports whether one of the text's 'A's starts "Access",
// the camel-case and spaced AWS labels capitalAKeys reads a secret after.
func accessLabelAt(sc *textScan) bool {
	text := sc.text
	for p := sc.next(mkA, 0); p >= 0; p = sc.next(mkA, p+1) {
		if p+6 < len(text) && text[p+1] == 'c' && text[p:p+6] == "Access" {
			return true
		}
	}
	return false
}
