package redact

import "bytes"

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
var landmarkStreets = boolTable(landmarkSet)

// landmarkKeys are the keys of landmarkSet.
var landmarkKeys = func() (ks []string) {
	for k := range landmarkSet {
		ks = append(ks, k)
	}
	return ks
}()

var landmarkSet = map[string]bool{
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
}

// landmarkLead holds, for each house number of landmarkStreets below
// 4096, the first letters of the word after it as a bit mask: a street
// found with another number or initial needs no key (landmarkMaybe).
var landmarkLead = func() (t [4096]uint32) {
	for _, k := range landmarkKeys {
		n, i := 0, 0
		for i < len(k) && isDigit(k[i]) {
			n = n*10 + int(k[i]-'0')
			i++
		}
		for i < len(k) && k[i] != ' ' {
			i++
		}
		t[n] |= 1 << (k[i+1] - 'a')
	}
	return t
}()

// landmarkMaybe reports whether the street s, a house number first, may
// be one of landmarkStreets: its number and the first letter of the word
// after the number (and an optional letter) are a famous address's.
func landmarkMaybe(s string) bool {
	n, i := 0, 0
	for i < len(s) && isDigit(s[i]) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i > 4 || n >= len(landmarkLead) {
		return false
	}
	if i < len(s) && isAlpha(s[i]) {
		i++
	}
	if i+1 >= len(s) || s[i] != ' ' {
		return false
	}
	c := toLowerASCII(s[i+1]) - 'a'
	return c < 26 && landmarkLead[n]&(1<<c) != 0
}

// landmarkTypes maps an abbreviated street type, lower case, to the word
// landmarkStreets spells out.
var landmarkTypes = map[string]string{
	"st": "street", "ave": "avenue", "av": "avenue", "dr": "drive", "pl": "place", "ln": "lane",
	"pkwy": "parkway", "ter": "terrace", "gdns": "gardens",
}

// landmarkKey writes the street s to buf lower-cased, its last word's
// dot dropped and an abbreviated type written out, and returns it; it
// returns nil when s is longer than any famous address.
func landmarkKey(s string, buf *[48]byte) []byte {
	if len(s) > 40 {
		return nil
	}
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		b = append(b, toLowerASCII(s[i]))
	}
	if b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	if sp := bytes.LastIndexByte(b, ' '); sp > 0 {
		if full, ok := landmarkTypes[string(b[sp+1:])]; ok && sp+1+len(full) <= len(buf) {
			b = append(b[:sp+1], full...)
		}
	}
	return b
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
		if sp.Type != "STREET_ADDRESS" || !isDigit(text[sp.Start]) || !landmarkMaybe(text[sp.Start:sp.End]) {
			continue
		}
		var buf [48]byte
		if _, _, ok := landmarkStreets.getBytes(landmarkKey(text[sp.Start:sp.End], &buf)); !ok ||
			contextBefore(text, sp.Start, 40, ctxAddress) != "" {
			continue
		}
		if _, _, held := recipientHolder25(text, sp.Start); held {
			continue // "a card for Taylor Quorn, 3 Abbey Road" (biz25_recipient.go)
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
