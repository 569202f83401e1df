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
//     break the key runs): the label is a "secret" next to a '_' (any
//     text with a '_' passes the gate) or "Access" (capitalAKeys), which
//     the gate looks for at the text's 'A's.
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
// it is.
func secretMayMatch(sc *textScan) bool {
	if sc.sum.under != 0 {
		return true // underscoreKeys's labels and keys: rare in prose
	}
	minRun := secretGateMinRun
	if sc.sum.jwtMaybe() {
		minRun = jwtGateMinRun
	}
	var prevK, prevD uint64 // the key-byte and dash masks of the block before
	for b := range sc.marks {
		blk := &sc.marks[b]
		d := blk[mkDash]
		k := blk[mkLetter] | blk[mkDigit] | d
		if d&(d>>1|prevD>>63) != 0 {
			return true // two dashes in a row: a PEM block's "-----"
		}
		if keyRunAtLeast(k, minRun) {
			return true
		}
		if prevK>>63&k != 0 && bits.LeadingZeros64(^prevK)+bits.TrailingZeros64(^k) >= minRun {
			return true // a run across the blocks' boundary
		}
		prevK, prevD = k, d
	}
	return sc.sum.capA != 0 && accessLabelAt(sc)
}

// keyRunAtLeast reports whether the mask k has n or more set bits in a
// row (8 <= n <= 16).
func keyRunAtLeast(k uint64, n int) bool {
	r := k & (k >> 1)
	r &= r >> 2
	r &= r >> 4 // bit j: bits j to j+7 set
	return r&(r>>(n-8)) != 0
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
