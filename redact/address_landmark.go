package redact

import "strings"

// Famous addresses of fiction, government and companies ("742 Evergreen
// Terrace", "10 Downing Street", "1 Infinite Loop") stand in marketing
// copy for a theme, a brand or a joke, not for where a person lives. A
// street the detector finds that is one of them is demoted as a business's
// premises are (premisesScore: kept in a scan with a low threshold, with
// its reason), and so is the town that follows it; unless an address
// context word comes before it ("send it to 221B Baker St") or a postcode
// after it ("10 Downing Street, London SW1A 2AA"): then it is written to
// be posted to, and someone may well receive mail there.

// landmarkStreets are the famous addresses, lower case, the street type
// written out; landmarkKey gives a found street's key in the same form.
var landmarkStreets = boolTable(map[string]bool{
	// fiction
	"221b baker street": true, "742 evergreen terrace": true, "4 privet drive": true,
	"12 grimmauld place": true, "124 conch street": true, "31 spooner street": true,
	"1313 mockingbird lane": true, "0001 cemetery lane": true, "1640 riverside drive": true,
	"177a bleecker street": true, "2311 north los robles avenue": true, "32 windsor gardens": true,
	"62 west wallaby street": true, "129 west 81st street": true, "90 bedford street": true,
	"1407 graymalkin lane": true, "7 eccles street": true, "344 clinton street": true,
	"10 cloverfield lane": true, "698 candlewood lane": true, "1882 gerard street": true,
	// government and landmarks
	"10 downing street": true, "11 downing street": true, "1600 pennsylvania avenue": true,
	"350 fifth avenue": true, "405 lexington avenue": true, "30 rockefeller plaza": true,
	"1060 west addison street": true, "55 rue du faubourg saint-honoré": true,
	// company headquarters
	"1 infinite loop": true, "1 apple park way": true, "1600 amphitheatre parkway": true,
	"1 hacker way": true, "410 terry avenue": true, "1 microsoft way": true,
})

// landmarkTypes maps an abbreviated street type, lower case, to the word
// landmarkStreets spells out.
var landmarkTypes = map[string]string{
	"st": "street", "ave": "avenue", "av": "avenue", "dr": "drive", "pl": "place", "ln": "lane",
	"pkwy": "parkway", "ter": "terrace", "gdns": "gardens",
}

// landmarkKey returns the street s lower-cased, its last word's dot
// dropped and an abbreviated type written out, or "" when s is longer
// than any famous address.
func landmarkKey(s string) string {
	if len(s) > 40 {
		return ""
	}
	var buf [48]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		b = append(b, toLowerASCII(s[i]))
	}
	k := strings.TrimSuffix(string(b), ".")
	if sp := strings.LastIndexByte(k, ' '); sp > 0 {
		if full, ok := landmarkTypes[k[sp+1:]]; ok {
			k = k[:sp+1] + full
		}
	}
	return k
}

// landmarkDemote lowers the famous streets among the address detector's
// spans of one text (in order), and the spans that continue them on the
// same line, to premisesScore, when no context word comes before the
// street and no postcode continues it. It runs only when the address
// detector found something, and is kept out of line.
//
//go:noinline
func landmarkDemote(text string, spans []Span) {
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.Type != "STREET_ADDRESS" || !isDigit(text[sp.Start]) ||
			!landmarkStreets.has(landmarkKey(text[sp.Start:sp.End])) ||
			contextBefore(text, sp.Start, 40, ctxAddress) != "" {
			continue
		}
		n := i + 1
		for n < len(spans) && addressContinues(text, spans[n-1].End, spans[n].Start) {
			if spans[n].Type == "ZIP_CODE" {
				break
			}
			n++
		}
		if n < len(spans) && spans[n].Type == "ZIP_CODE" && addressContinues(text, spans[n-1].End, spans[n].Start) {
			continue
		}
		for k := i; k < n; k++ {
			spans[k].Score = premisesScore
			spans[k].Reason = landmarkReason
		}
		i = n - 1
	}
}

// landmarkReason is the reason of a demoted famous address.
const landmarkReason = "a famous address of fiction, government or a company, not a person's"
