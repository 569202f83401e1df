package redact

// A nine-digit phone number in 3-3-3 groups after a phone word is a phone
// number, even when its digits pass the Luhn checksum of a Canadian SIN
// (one number in ten does). The national numbers of Czechia and Slovakia
// (nine digits, "604 771 230"), Spain ("655 310 872") and Portugal ("912
// 345 678") are written so; without a SIN word ("SIN", "NAS", "social
// insurance") before it, match9 (nationalid.go) scores the SIN under the
// phone after a phone word, as it did for the Australian TFN. The Czech
// and Slovak verbs of calling ("volejte", "zavolejte", "volajte",
// "zavolajte", "zavolej", "zavolaj"; whole words only, not "volejbal")
// join the phone words. A SIN with its own word is untouched; a bare
// Luhn-valid number with no phone word stays a SIN as before.
//
// Cost: the one comparison per SIN candidate with no SIN word that
// already ran for the TFN; the verbs are six entries of the word sets.

func init() {
	for _, w := range [...]string{"volejte", "zavolejte", "volajte", "zavolajte", "zavolej ", "zavolaj "} {
		phoneContext.add(w)
		phone2Strong.add(w)
	}
}
