package redact

// bsnDotted reports whether the chain's first g groups are nine digits
// written with dots as Dutch forms write a BSN ("1234.56.782",
// "123.456.782"). Amounts and version numbers take the same shapes, so a
// BSN with dots, like one in groups of three, needs its own word
// ("BSN", "burgerservicenummer") right before it.
func bsnDotted(ch *idChain, g int) bool {
	return ch.sep[0] == '.' && (groupsAre(ch, g, 4, 2, 3) || groupsAre(ch, g, 3, 3, 3))
}

// bsnDottedSpan reports c (text[start:end], nine digits in dotted groups)
// as a BSN when it passes the 11-proef after a BSN word.
func bsnDottedSpan(text string, start, end int, c string) (Span, bool) {
	w := bsnWordBefore(text, start)
	if w == "" || !bsnValid(c) {
		return Span{}, false
	}
	return Span{Start: start, End: end, Type: "NL_BSN", Rule: "builtin.nl_bsn", Score: 0.95,
		Reason: withContext("9 digits in dotted groups, valid 11-proef", w)}, true
}

// bsnFilter pre-tests bsnWordBefore's window.
var bsnFilter = newCtxFilter(ctxBSN)

// bsnWordBefore returns a BSN word within idSpan's 48 bytes before start,
// or "": grouped nine digits (a phone number, an amount) pass the 11-proef
// one time in eleven, so only a grouped BSN with its word is read as one.
func bsnWordBefore(text string, start int) string {
	if !bsnFilter.maybe(text, start-48, start) {
		return ""
	}
	return contextBefore(text, start, 48, ctxBSN)
}
