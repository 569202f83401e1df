package redact

import "strings"

// A business's address under a compound label that names the premises
// ("Agenturadresse:", "Firmenanschrift:", "Büroadresse:", "Shop address"
// is two words and premisesBefore's): the label's first part is a
// premises word, with a German linking "-n-" or "-s-" or a hyphen.

// addressLabelTails end a compound address label.
var addressLabelTails = []string{"adresse", "anschrift", "adres", "address", "adresa", "címe", "cím"}

// compoundPremisesLabel returns the premises word that opens the compound
// address label label (lower case, without its colon), or "".
func compoundPremisesLabel(label string) string {
	for _, t := range addressLabelTails {
		head, ok := strings.CutSuffix(label, t)
		if !ok || len(head) < 3 {
			continue
		}
		head = strings.TrimSuffix(head, "-")
		for _, h := range []string{head, strings.TrimSuffix(head, "n"), strings.TrimSuffix(head, "s"),
			strings.TrimSuffix(head, "en")} {
			if k, name := premisesKind(h); k&premNoun != 0 {
				return name
			}
		}
		return ""
	}
	return ""
}
