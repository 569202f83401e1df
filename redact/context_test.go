package redact

import "testing"

// TestCtxFilterSuperset checks that a ctxFilter never rules out a window
// in which contextBefore or contextAfter finds a word of its families.
func TestCtxFilterSuperset(t *testing.T) {
	texts := []string{
		"born on 12 March 1990", "Date of Birth: 1990-03-12", "D.O.B. 03/12/1985 (né le 5 mai)",
		"geb. 12.03.1990", "nacida el 3 de mayo", "Passport no. X1234567", "driver's licence DL 1234567",
		"ACCOUNT: 12345678", "ship to 14 Elm Street", "Lives at Hauptstraße 5", "Dirección: Calle Mayor 3",
		"unborn 1990", "rebirth 2001", "the dob's 12/03/1985", "née\n12 March 1990", "Kontonummer 123456789",
	}
	for _, r := range loadPIIEval(t) {
		texts = append(texts, r.Text)
	}
	filters := []struct {
		f    *ctxFilter
		want ctxKind
	}{
		{birthFilter, ctxBirth}, {docFilter, ctxPassport | ctxLicence | ctxBank}, {addressFilter, ctxAddress},
	}
	for _, text := range texts {
		for pos := 0; pos <= len(text); pos++ {
			for _, window := range []int{16, 24, 40, 48} {
				for _, fl := range filters {
					if w := contextBefore(text, pos, window, fl.want); w != "" && !fl.f.maybe(text, pos-window, pos) {
						t.Fatalf("filter rules out %q before %d (window %d) in %q", w, pos, window, text)
					}
					if w := contextAfter(text, pos, window, fl.want); w != "" && !fl.f.maybe(text, pos, pos+window) {
						t.Fatalf("filter rules out %q after %d (window %d) in %q", w, pos, window, text)
					}
				}
			}
		}
	}
}
