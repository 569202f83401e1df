package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestNationalIDDetector(t *testing.T) {
	d := nationalIDDetector{}
	tests := []struct {
		name, text, typ, value string // typ "" = nothing at score >= 0.5
	}{
		{"sin spaced", "130 692 544", "CA_SIN", "130 692 544"},
		{"sin dashed ctx", "my SIN is 130-692-544", "CA_SIN", "130-692-544"},
		{"sin nas", "mon NAS: 258 933 688", "CA_SIN", "258 933 688"},
		{"sin bad luhn", "130 692 545", "", ""},
		{"sin starts 0", "046 454 286", "", ""},
		{"sin mixed sep", "046-454 286", "", ""},
		{"tfn", "876 543 210", "AU_TFN", "876 543 210"},
		{"tfn bare", "876543210", "AU_TFN", "876543210"},
		{"tfn acn lookalike", "824 753 557", "", ""},
		{"aba", "121000358", "ABA_ROUTING_NUMBER", "121000358"},
		{"aba dashed", "0711-0130-7", "ABA_ROUTING_NUMBER", "0711-0130-7"},
		{"aba bad prefix", "421042111", "", ""},
		{"aba bad", "1234-0000-0", "", ""},
		{"nhs dashed", "401-023-2137", "UK_NHS", "401-023-2137"},
		{"nhs spaced", "221 395 1837", "UK_NHS", "221 395 1837"},
		{"nhs bare", "0032698674", "UK_NHS", "0032698674"},
		{"nhs bad", "401-023-2138", "", ""},
		{"order number passing nhs", "Order 943 476 5919 shipped", "", ""},
		{"invoice number passing tax id", "Invoice #65929970489 is due", "", ""},
		{"product code passing tfn", "product code 123456782 is back", "", ""},
		{"quote ref passing aadhaar", "quote ref. 234567890124", "", ""},
		{"label with the id's own context", "NHS number for order 943 476 5919", "UK_NHS", "943 476 5919"},
		{"patient reference stays", "patient reference 943 476 5919", "UK_NHS", "943 476 5919"},
		{"de tax", "Meine Steuer-ID: 12345678903.", "DE_TAX_ID", "12345678903"},
		{"de tax 2", "IdNr. 98765432106 liegt vor.", "DE_TAX_ID", "98765432106"},
		{"de tax bad check", "98765432100", "", ""},
		{"de tax leading 0", "02345678903", "", ""},
		{"de tax repeats", "11112345678", "", ""},
		{"aadhaar", "3123 4567 8909", "IN_AADHAAR", "3123 4567 8909"},
		{"aadhaar colon", "3998:7654:3211", "IN_AADHAAR", "3998:7654:3211"},
		{"aadhaar ctx", "My Aadhaar number is 400123456787 with text", "IN_AADHAAR", "400123456787"},
		{"aadhaar bad", "3123 4567 8908", "", ""},
		{"nino spaced", "AA 12 34 56 B", "UK_NINO", "AA 12 34 56 B"},
		{"nino lower", "tw987654a", "UK_NINO", "tw987654a"},
		{"nino ctx", "nino: PR 123612C", "UK_NINO", "PR 123612C"},
		{"nino ctx long", "Here is my National Insurance Number YZ 61 48 68 B", "UK_NINO", "YZ 61 48 68 B"},
		{"nino bad suffix", "AA 12 34 56 H", "", ""},
		{"nino bad prefix", "nino: nt 99 88 77 a", "", ""},
		{"nino bad letter", "UV 98 76 54 B", "", ""},
		{"nino BG", "BG123612A", "", ""},
		{"dni", "55555555-K", "ES_NIF", "55555555-K"},
		{"dni 7", "1111111G", "ES_NIF", "1111111G"},
		{"dni lower", "12345678z", "ES_NIF", "12345678z"},
		{"dni bad", "12345678a", "", ""},
		{"nie", "Mi NIE es X9613851N", "ES_NIE", "X9613851N"},
		{"nie dash", "Y8063915-Z", "ES_NIE", "Y8063915-Z"},
		{"nie bad", "Y8063915Q", "", ""},
		{"nie W", "W8063915Q", "", ""},
		{"fiscal", "AAAAAA00B11C333Y and more", "IT_FISCAL_CODE", "AAAAAA00B11C333Y"},
		{"fiscal bad check", "AAAAAA00B11C333N", "", ""},
		{"fiscal real", "codice fiscale RSSMRA85T10A562S", "IT_FISCAL_CODE", "RSSMRA85T10A562S"},
		{"fiscal bad", "A55AAA00B11C333N", "", ""},
		{"fiscal omocodia two digits", "CF: RSSMRA85TMLARSNC grazie", "IT_FISCAL_CODE", "RSSMRA85TMLARSNC"},
		{"fiscal omocodia one digit", "RSSMRAU5TMLARSNZ", "IT_FISCAL_CODE", "RSSMRAU5TMLARSNZ"},
		{"fiscal omocodia bad check", "RSSMRAU5TMLARSNA", "", ""},
		{"uk dl", "Licence: MORGA607054SM9IJ ok", "UK_DRIVING_LICENCE", "MORGA607054SM9IJ"},
		{"uk dl lower", "morga607054sm9ij", "UK_DRIVING_LICENCE", "morga607054sm9ij"},
		{"uk dl bad month", "MORGA613054SM9IJ", "", ""},
		{"uk dl bad pad", "MO9G9657054SM9IJ", "", ""},
		{"nir", "numéro de sécurité sociale 1 84 12 76 451 089 46", "FR_NIR", "1 84 12 76 451 089 46"},
		{"nir contiguous", "NIR 184127645108946", "FR_NIR", "184127645108946"},
		{"passport ctx", "My passport: 191280342 and", "PASSPORT", "191280342"},
		{"licence ctx", "Her driver license? it is 1234567A.", "DRIVER_LICENSE", "1234567A"},
		{"bank ctx", "check the status on bank account 954567876544?", "US_BANK_NUMBER", "954567876544"},
		{"card tail not aadhaar", "card 4111 1111 1111 1111", "", ""},
		{"iban tail", "DE89 3704 0044 0532 0130 00", "", ""},
		{"phone plus", "+44 20 7946 0958", "", ""},
		{"phone paren", "(212) 555-1234", "", ""},
		{"price", "$1,299.00", "", ""},
		{"ip", "10.4.22.1", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Span
			for _, s := range d.Detect(tc.text, nil) {
				if s.Score >= 0.5 {
					got = append(got, s)
				}
			}
			if tc.typ == "" {
				if len(got) != 0 {
					t.Fatalf("want nothing, got %s %q score %.2f (%s)", got[0].Type, tc.text[got[0].Start:got[0].End], got[0].Score, got[0].Reason)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("want one %s, got %d spans: %+v", tc.typ, len(got), got)
			}
			if got[0].Type != tc.typ || tc.text[got[0].Start:got[0].End] != tc.value {
				t.Fatalf("want %s %q, got %s %q (%s)", tc.typ, tc.value, got[0].Type, tc.text[got[0].Start:got[0].End], got[0].Reason)
			}
		})
	}
}

// TestNationalIDLookAlikes changes the check character of valid numbers:
// no look-alike may be reported as the original type.
func TestNationalIDLookAlikes(t *testing.T) {
	valid := []struct{ typ, value string }{
		{"CA_SIN", "130 692 544"}, {"CA_SIN", "435-418-165"}, {"AU_TFN", "876 543 210"},
		{"ABA_ROUTING_NUMBER", "121000358"}, {"UK_NHS", "401 023 2137"}, {"UK_NHS", "0032698674"},
		{"DE_TAX_ID", "12345678903"}, {"IN_AADHAAR", "3123 4567 8909"}, {"ES_NIF", "12345678Z"},
		{"ES_NIE", "X9613851N"}, {"IT_FISCAL_CODE", "RSSMRA85T10A562S"}, {"FR_NIR", "184127645108946"},
	}
	d := nationalIDDetector{}
	alarms, tries := 0, 0
	for _, v := range valid {
		if got := spansOf(d, v.value); len(got) != 1 || got[0] != v.typ+":"+v.value {
			t.Errorf("valid %s %q: got %q", v.typ, v.value, got)
			continue
		}
		last := len(v.value) - 1
		alphabet := "0123456789"
		if v.value[last] >= 'A' {
			alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		}
		for i := 0; i < len(alphabet); i++ {
			if alphabet[i] == v.value[last] {
				continue
			}
			la := v.value[:last] + alphabet[i:i+1]
			tries++
			for _, s := range d.Detect(la, nil) {
				if s.Type == v.typ && s.Score >= DefaultMinScore {
					alarms++
					t.Errorf("look-alike %q reported as %s (%s)", la, s.Type, s.Reason)
				}
			}
		}
	}
	t.Logf("%d look-alikes with a wrong check character, %d false alarms", tries, alarms)
}

func TestIDValidatorsRegistered(t *testing.T) {
	tests := []struct {
		name, value string
		want        bool
	}{
		{"verhoeff", "3123 4567 8909", true}, {"verhoeff", "3123 4567 8908", false},
		{"nhs_mod11", "401-023-2137", true}, {"nhs_mod11", "401-023-2138", false},
		{"aba", "121000358", true}, {"aba", "421042111", false},
		{"tfn_mod11", "876 543 210", true}, {"tfn_mod11", "876 543 211", false},
		{"bsn_11", "111222333", true}, {"bsn_11", "111222334", false},
		{"de_taxid", "12345678903", true}, {"de_taxid", "98765432100", false},
		{"fr_nir", "1 84 12 76 451 089 46", true}, {"fr_nir", "1 84 12 76 451 089 47", false},
		{"base58check", "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", true}, {"base58check", "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY", false},
		{"bech32", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", true}, {"bech32", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr", false},
	}
	for _, tc := range tests {
		t.Run(tc.name+"/"+tc.value, func(t *testing.T) {
			f, ok := Validator(tc.name)
			if !ok {
				t.Fatalf("validator %q not registered", tc.name)
			}
			if got := f(tc.value); got != tc.want {
				t.Errorf("%s(%q) = %v, want %v", tc.name, tc.value, got, tc.want)
			}
		})
	}
}

// TestIDQuickReject checks the rejections in the detector's loop against
// idAtRun (idQuickReject, idLoneGroup, and a word with digits glued to the
// token before it): on random texts (the pieces of TestRunKinds, short
// strings of digits, letters and separators, and groups of digits), a run
// they reject is one on which idAtRun finds nothing and leaves skipTo
// before the next run.
func TestIDQuickReject(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	const bytes = "0123456789012345678901234567890123456789  ..--//::+(_$#)ABCNOXYZabnoxyz,%"
	check := func(text string) {
		var sc textScan
		sc.reset(text, true)
		for ri := range sc.runs {
			r := sc.runs[ri]
			if r.start > 0 && idByte[text[r.start-1]]&idLetter != 0 {
				if startOK(text, idWordStart(text, r.start)) {
					continue
				}
			} else if !startOK(text, r.start) ||
				!idQuickReject(&sc, sc.runs, ri) && !(r.end-r.start < 5 && idLoneGroup(text, r.end)) {
				continue
			}
			dst, skipTo := idAtRun(text, sc.runs, ri, nil, 0, nil)
			if len(dst) != 0 || ri+1 < len(sc.runs) && skipTo > sc.runs[ri+1].start {
				t.Fatalf("%q: run %d rejected, but idAtRun gives %v and skipTo %d", text, ri, dst, skipTo)
			}
		}
	}
	const seps = "  --..//::,("
	for range 30000 {
		check(randomKindText(rng))
		b := make([]byte, 1+rng.IntN(24))
		for i := range b {
			b[i] = bytes[rng.IntN(len(bytes))]
		}
		check(string(b))
		// Groups of digits in the sizes of the grouped formats and near
		// them, with a word or two-letter word before some of them.
		b = appendIDChain(rng, b[:0], []string{"id ", "AB ", "on ", "SIN ", "Aadhaar ", "x", "passport ", "licence: ", "account no ", "uid="},
			seps, []string{" C", "-Z", "a", " ok", "."})
		check(string(b))
		// Valid numbers of every format, in a few contexts.
		check([]string{"", "id ", "on ", "uid="}[rng.IntN(4)] + validIDs[rng.IntN(len(validIDs))] +
			[]string{"", " ok", ".", "-x"}[rng.IntN(4)])
	}
	for _, r := range loadPIIEval(t) {
		check(r.Text)
	}
}

// TestNINOPrefix checks the table behind ninoPrefix against the letter
// rules written out, for every pair of bytes.
func TestNINOPrefix(t *testing.T) {
	rule := func(a, b byte) bool {
		if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
			return false
		}
		switch a {
		case 'D', 'F', 'I', 'Q', 'U', 'V':
			return false
		}
		switch b {
		case 'D', 'F', 'I', 'O', 'Q', 'U', 'V':
			return false
		}
		switch string([]byte{a, b}) {
		case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
			return false
		}
		return true
	}
	for a := range 256 {
		for b := range 256 {
			if got, want := ninoPrefix(byte(a), byte(b)), rule(byte(a), byte(b)); got != want {
				t.Fatalf("ninoPrefix(%#x, %#x) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// validIDs are valid numbers of the formats the detector knows.
var validIDs = []string{"130 692 544", "130-692-544", "876 543 210", "876543210", "121000358", "0711-0130-7",
	"401-023-2137", "221 395 1837", "0032698674", "12345678903", "3123 4567 8909", "3998:7654:3211",
	"400123456787", "AA 12 34 56 B", "tw987654a", "PR 123612C", "55555555-K", "1111111G", "12345678z",
	"X9613851N", "Y8063915-Z", "RSSMRA85T10A562S", "MORGA607054SM9IJ", "184127645108946", "111222333"}

// TestIDEdgeTables checks the loop's table tests against startOK and
// idLoneGroup for every pair of bytes before a run (not a letter right
// before it) and every pair after it, and at the ends of the text.
func TestIDEdgeTables(t *testing.T) {
	for c := range 256 {
		if idByte[c]&idLetter != 0 {
			continue
		}
		for p := -1; p < 256; p++ {
			text := string([]byte{byte(p), byte(c), '5'})
			if p < 0 {
				text = string([]byte{byte(c), '5'})
			}
			pb := byte(0)
			if p >= 0 {
				pb = byte(p)
			}
			got := idNoStartAt[idEdge[c]&3][idEdge[pb]>>2&3] != 0
			if want := !startOK(text, len(text)-1); got != want {
				t.Fatalf("run after %q: table says no start %v, startOK says %v", text[:len(text)-1], got, !want)
			}
		}
	}
	for a := -1; a < 256; a++ {
		for b := -1; b < 256; b++ {
			if a < 0 && b >= 0 {
				continue
			}
			text := "5"
			var ab, bb byte
			if a >= 0 {
				text += string([]byte{byte(a)})
				ab = byte(a)
				if b >= 0 {
					text += string([]byte{byte(b)})
					bb = byte(b)
				}
			}
			if a >= '0' && a <= '9' {
				continue // not the end of a run
			}
			got := idLoneAt[idEdge[ab]>>4&3][idEdge[bb]>>2&3] != 0
			if want := idLoneGroup(text, 1); got != want {
				t.Fatalf("run before %q: table says lone %v, idLoneGroup %v", text[1:], got, want)
			}
		}
	}
}

// TestIDMayMatch checks runScans' test for skipping the detector: on texts
// with fewer than four digits (ID-like words, two-letter prefixes, context
// words and Italian fiscal codes whose digits are partly written as
// omocodia letters), idMayMatch is false only where the detector finds
// nothing, and true for each fiscal code the detector finds.
func TestIDMayMatch(t *testing.T) {
	check := func(text string) {
		t.Helper()
		var sc textScan
		sc.reset(text, true)
		got := nationalIDDetector{}.detectScan(&sc, nil)
		if !idMayMatch(&sc) && len(got) > 0 {
			t.Fatalf("%q: idMayMatch false, but the detector finds %v", text, got)
		}
	}
	// Fiscal codes with 0 to 3 of their 7 digits left, check letter fixed.
	const omocodia = "LMNPQRSTUV"
	rng := rand.New(rand.NewPCG(9, 13))
	found := 0
	for range 2000 {
		c := []byte("RSSMRA85T10A562S")
		keep := rng.IntN(4)
		for _, p := range rng.Perm(7)[keep:] {
			pos := []int{6, 7, 9, 10, 12, 13, 14}[p]
			c[pos] = omocodia[c[pos]-'0']
		}
		for l := byte('A'); l <= 'Z'; l++ {
			if c[15] = l; fiscalCheck(string(c)) {
				break
			}
		}
		text := []string{"", "cf ", "codice fiscale: ", "CF: ", "x "}[rng.IntN(5)] + string(c) + []string{"", " ok", ".", " 7"}[rng.IntN(4)]
		check(text)
		var sc textScan
		sc.reset(text, true)
		if len(nationalIDDetector{}.detectScan(&sc, nil)) > 0 {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no fiscal code with fewer than four digits found: the test checks nothing")
	}
	pieces := []string{"AB ", "AB", " C", "X", "Y", "Z", "-", " ", ".", "/", "1", "12", "123", "7", "passport ",
		"licence: ", "account no ", "id ", "NINO ", "Q", "K", "tw", "PR ", "G", "z", "4K", "Q3", "ABCDEFGHIJKLMNO"}
	for range 30000 {
		var sb strings.Builder
		for range 1 + rng.IntN(8) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(sb.String())
	}
}
