package redact

// An exact gate in front of the secret detector, from the text's markSum
// alone but for the 'A's of a text without a key run. The detector runs
// on every prompt and, on most, finds nothing; its passes each have a
// first test of their own, but entering it fetches several cache lines of
// code per prompt. secretMayMatch says no where no pass can find a key:
//
//   - every key but the three below is one run of key bytes (letters,
//     digits, '-' and '_') of 15 or more: a Slack token ("xoxb-" and
//     ten) is the shortest, then a Stripe key ("sk_live_" and ten, 18),
//     an AWS key id (20), a SendGrid key's first part ("SG." and 22),
//     an OpenAI key (23), the rest longer. Such a run holds three aligned
//     groups of four key bytes in a row, which markAVX2 looks for as it
//     marks the text (markSum.keyRun): a few instructions a block, where
//     a loop over the marks in Go cost what it spared (engine22);
//   - a PEM block starts with five dashes ("-----BEGIN ");
//   - a JSON Web Token has a 'J' and two dots (jwtMaybe);
//   - a 40-character AWS secret after its label is base64, which '+' and
//     '/' may break into runs shorter than 15: its labels are a "secret"
//     next to a '_' (underscoreKeys, which runs on every text with a '_')
//     and "Access" (capitalAKeys), which accessLabelAt looks for.
//
// A new secret format must keep to one of these, or widen the gate.
// TestSecretGateExact runs the detector without the gates (exactGatesOff)
// on the corpus, the eval sets and mutated keys of every format.

// secretMayMatch reports whether the secret detector may find a key in
// the text of sc. It is false only where detectScan would return dst as
// it is.
func secretMayMatch(sc *textScan) bool {
	s := &sc.sum
	return s.keyRun != 0 || s.dashes >= 5 || s.under != 0 || s.jwtMaybe() || s.capA != 0 && accessLabelAt(sc) ||
		exactGatesOff
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
