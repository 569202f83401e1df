package redact

import "strings"

// Towns the thirteenth where-issue added in the list items that a name
// opens: after the name and a short bracket ("- Baraka Wekesa (Mr),
// Machakos, …"), and a known town with the person's phone number or e-mail
// address in the next field ("- Ayla Koç-Demir, Sarıyer, ayla@…").

// bracketAfterName returns the end of a short bracket after the name that
// ends at e when ", " and a capital follow it ("Baraka Wekesa (Mr), Machakos",
// "Murat Demir (Murat Abi), Konya"), as itemAfterName wants them after
// the name, or -1. The bracket holds no digit, comma or line break: an
// age in brackets is bracketAgeTown's.
func bracketAfterName(text string, e int) int {
	if text[e+1] != '(' {
		return -1 // most names: small enough to be inlined
	}
	return bracketEndAfterName(text, e)
}

// bracketEndAfterName is bracketAfterName's reading of the bracket, kept
// out of line.
//
//go:noinline
func bracketEndAfterName(text string, e int) int {
	if text[e] != ' ' || isDigit(text[e+2]) {
		return -1
	}
	// The closing bracket and what follows it first: most brackets after
	// a name have no ", " and a capital after them.
	c := strings.IndexByte(text[e+2:min(e+34, len(text))], ')')
	if c < 0 {
		return -1
	}
	c += e + 2
	if c+3 >= len(text) || !itemAfterName(text, c+1) {
		return -1
	}
	for k := e + 2; k < c; k++ {
		if b := text[k]; b == ',' || b == '\n' || b == '(' || isDigit(b) {
			return -1
		}
	}
	return c + 1
}

// contactFieldAt reports whether ", " and a phone number or an e-mail
// address that dst holds follow a town that ends at e: the item's next
// field is the person's contact ("- Baraka Wekesa, Machakos, +254 …"), so
// the town is where they live.
func contactFieldAt(text string, dst []Span, e int) bool {
	if e+2 >= len(text) || text[e] != ',' || text[e+1] != ' ' {
		return false
	}
	for i := range dst {
		if dst[i].Start == e+2 && (dst[i].Type == "PHONE_NUMBER" || dst[i].Type == "EMAIL_ADDRESS") {
			return true
		}
	}
	return false
}
