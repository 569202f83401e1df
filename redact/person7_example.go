package redact

import "strings"

// Instructions show the format they want with a made-up name in quotes
// after "e.g." or "for example" ("Keep first name and last initial
// (e.g. \"Mira K.\", Leeds)"): a sample, no customer.

// examplePlaceholder reports whether the name at start opens a quote (the
// quote mark right before start) that an example marker and a space come
// before.
//
//go:noinline
func examplePlaceholder(text string, start int) bool {
	q := start - 1
	if text[q] == 0x9C {
		if q < 2 || text[q-2] != 0xE2 || text[q-1] != 0x80 {
			return false
		}
		q -= 2 // "“"
	}
	if q < 2 || text[q-1] != ' ' {
		return false
	}
	before := strings.ToLower(text[max(0, q-14) : q-1])
	for _, m := range exampleMarkers {
		if strings.HasSuffix(before, m) && (len(before) == len(m) || !isAlpha(before[len(before)-len(m)-1])) {
			return true
		}
	}
	return exampleAfterQuote(text, start) // public16_public.go: "\"Selin T.\" gibi"
}

// exampleMarkers open an example in EN, DE, FR, ES, IT, NL and PT.
var exampleMarkers = []string{"e.g.", "eg", "e.g.,", "for example", "for example,", "for instance", "z.b.", "z. b.",
	"par exemple", "p.ej.", "p. ej.", "por ejemplo", "ad es.", "per esempio", "bijv.", "bv.", "por exemplo", "ex.", "np."}
