package redact

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// formsCheck completes one of the prefixes with the check character from
// alphabet that makes valid true (test values of our own, not from any
// data set).
func formsCheck(t *testing.T, valid func(string) bool, alphabet string, prefixes ...string) string {
	t.Helper()
	for _, p := range prefixes {
		for i := 0; i < len(alphabet); i++ {
			if s := p + alphabet[i:i+1]; valid(s) {
				return s
			}
		}
	}
	t.Fatalf("no check character completes %q", prefixes)
	return ""
}

// formsGroup writes d in groups of the given sizes joined by sep.
func formsGroup(d string, sep string, sizes ...int) string {
	var parts []string
	for _, n := range sizes {
		parts = append(parts, d[:n])
		d = d[n:]
	}
	return strings.Join(append(parts, d), sep)
}

// TestIDWrittenForms checks every checksummed identifier and the
// passport and licence numbers in the forms people write them: groups
// joined by spaces, hyphens or dots or none, after a colon, in a table
// cell, in lower case, and with the labels of several languages; and
// that masked numbers and travel-marketing look-alikes stay unreported.
func TestIDWrittenForms(t *testing.T) {
	const digits = "0123456789"
	aad := formsCheck(t, verhoeff, digits, "73918264051", "64820193577")
	aadBad := aad[:11] + strconv.Itoa((int(aad[11]-'0')+1)%10) // fails Verhoeff
	aad1 := formsCheck(t, verhoeff, digits, "13918264051")     // starts with 1: no Aadhaar
	nhs := formsCheck(t, nhsValid, digits, "738421905", "738421906", "738421907")
	sin := formsCheck(t, luhn, digits, "52918372")
	tfn := formsCheck(t, tfnValid, digits, "87214563", "87214564", "87214565")
	bsn := formsCheck(t, bsnValid, digits, "23814596", "23814597", "23814598")
	var taxPrefixes []string
	for k := 0; k < 40; k++ {
		taxPrefixes = append(taxPrefixes, fmt.Sprintf("%d", 5820371946+k*7))
	}
	tax := formsCheck(t, deTaxIDValid, digits, taxPrefixes...)
	var nir string
	for k := 1; k <= 97 && nir == ""; k++ {
		if s := fmt.Sprintf("2910475118042%02d", k); nirValid(s) {
			nir = s
		}
	}
	const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	cf := formsCheck(t, func(s string) bool { return fiscalShape(s) && fiscalCheck(s) }, letters, "BNCGLI80A41H501")
	dni := formsCheck(t, dniValid, letters, "47382915")
	nie := formsCheck(t, nieValid, letters, "Y2849163")

	type form struct{ text, typ, value string } // typ "" with value: value must not be reported as any ID type
	var forms []form
	add := func(typ, value string, texts ...string) {
		for _, s := range texts {
			forms = append(forms, form{strings.ReplaceAll(s, "%", value), typ, value})
		}
	}
	a := func(sep string) string { return formsGroup(aad, sep, 4, 4) }
	add("IN_AADHAAR", a(" "), "Aadhaar: %", "Aadhaar No. %", "आधार %", "UID % on file", "| Aadhaar | % |", "aadhaar card %.")
	add("IN_AADHAAR", a("-"), "Aadhaar No.: %", "ID %")
	add("IN_AADHAAR", a("."), "UID: %")
	add("IN_AADHAAR", aad, "Aadhaar %", "uid: %", "%")
	add("IN_AADHAAR", formsGroup(aadBad, " ", 4, 4), "her Aadhaar % (sent by mistake)", "Aadhaar No: %")
	add("", formsGroup(aadBad, " ", 4, 4), "uid %", "ref %")
	add("", "XXXX XXXX "+aad[8:], "Aadhaar %")
	add("", formsGroup(aad1, " ", 4, 4), "Aadhaar %")
	add("UK_NHS", formsGroup(nhs, " ", 3, 3), "NHS number %", "NHS no: %")
	add("UK_NHS", formsGroup(nhs, "-", 3, 3), "NHS No. %")
	add("UK_NHS", nhs, "NHS %")
	add("UK_NINO", "JT 48 12 63 B", "NI number %", "NINO: %")
	add("UK_NINO", "JT481263B", "National Insurance: %")
	add("UK_NINO", "jt 48 12 63 b", "ni no %")
	add("CA_SIN", formsGroup(sin, " ", 3, 3), "SIN %", "NAS : %")
	add("CA_SIN", formsGroup(sin, "-", 3, 3), "SIN: %")
	add("CA_SIN", sin, "social insurance number %")
	add("AU_TFN", formsGroup(tfn, " ", 3, 3), "TFN %", "tax file number: %")
	add("AU_TFN", tfn, "TFN: %")
	add("NL_BSN", bsn, "BSN %", "burgerservicenummer: %")
	add("NL_BSN", formsGroup(bsn, ".", 4, 2), "BSN: %")
	add("NL_BSN", formsGroup(bsn, ".", 3, 3), "BSN %")
	add("NL_BSN", formsGroup(bsn, " ", 3, 3), "BSN %")
	add("DE_TAX_ID", formsGroup(tax, " ", 2, 3, 3), "Steuer-ID %", "IdNr. %")
	add("DE_TAX_ID", tax, "Steuer-ID: %")
	add("FR_NIR", formsGroup(nir, " ", 1, 2, 2, 2, 3, 3), "NIR %", "numéro de sécurité sociale : %")
	add("FR_NIR", nir, "n° INSEE %")
	add("IT_FISCAL_CODE", cf, "codice fiscale %", "CF: %")
	add("IT_FISCAL_CODE", strings.ToLower(cf), "codice fiscale %")
	add("ES_NIF", dni, "DNI %", "NIF: %")
	add("ES_NIF", dni[:8]+"-"+dni[8:], "DNI %")
	add("ES_NIE", nie, "NIE %")
	add("ES_NIE", nie[:8]+"-"+nie[8:], "NIE: %")
	// Passports: no checksum, so a word on the line, the line before or
	// in the column's header.
	add("PASSPORT", "W47281935", "passport no. %", "Passport: %", "PP# %", "Paszport: %", "útlevél száma: %",
		"pasaport no %", "pașaport %", "паспорт %", "Паспорт: %", "διαβατήριο %", "护照号码：%", "旅券番号 %",
		"여권번호 %", "جواز السفر %", "דרכון %", "पासपोर्ट नंबर %", "Passport details\nNumber: %",
		"| Name | Passport |\n|---|---|\n| Tove Lindqvist | % |")
	add("PASSPORT", "538172946", "Passport: %", "passport number %", "putovnica %", "passaporte: %")
	// A tab-separated sheet's column (its header two rows up), and any
	// checksummed ID in the column of a '|' or tab table that names it.
	add("PASSPORT", "538172946", "Seat\tName\tPassport\n1\tTove Lindqvist\t612345678\n2\tAke Lindqvist\t%")
	add("PASSPORT", "W47281935", "Nr\tName\tPassport\tMobile\n1\tIda Holm\t–\t\n2\tOla Holm\t%\t")
	add("NL_BSN", bsn, "| Naam | BSN | IBAN |\n|---|---|---|\n| Sanne Wit | 111222333 | - |\n| Bram Wit | % | - |")
	add("NL_BSN", bsn, "Naam\tGeb.\tBSN\nSanne Wit\t1-2-2001\t111222333\nBram Wit\t3-4-2003\t%")
	add("CA_SIN", sin, "| Employee | SIN |\n|---|---|\n| Marc Roy | 046 454 286 |\n| Lise Roy | % |")
	// A number that passes the 11-proef alone stays under the threshold in
	// a column no header names as an ID's.
	add("", "111222333", "Order\tQty\tSKU\n1\t2\t100000001\n2\t3\t%", "| Order | SKU |\n|---|---|\n| 1 | 100000001 |\n| 2 | % |")
	add("PASSPORT", "K 7381924", "Passport number: %")
	add("PASSPORT", "TR8126473", "パスポート番号: %", "passi %")
	add("PASSPORT", "C7HX2L9R4", "Reisepass %")
	add("PASSPORT", "17XK38264", "passeport %")
	add("", "812736491", "Your passport to savings! Use code SAVE20 on order %.")
	add("", "QWERTY", "Passport to adventure: booking ref %, flight BA 2491")
	add("", "572918364", "Passport to the Alps: invoice % attached")
	// Driving licences.
	add("DRIVER_LICENSE", "EA729163", "prawo jazdy %", "řidičský průkaz %", "ehliyet no %", "körkort %",
		"førerkort: %", "ajokortti %", "carta de condução %", "carnet de conducir %", "Führerschein %")
	add("UK_DRIVING_LICENCE", "HALLO 710264 TK3MB", "driving licence: %", "licence %")
	add("UK_DRIVING_LICENCE", "HALLO710264TK3MB", "driving licence %")

	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, typ := range nationalIDTypes {
		ids[typ] = true
	}
	for _, f := range forms {
		var got []string
		found := false
		for _, sp := range e.Find(f.text) {
			v := f.text[sp.Start:sp.End]
			got = append(got, sp.Type+":"+v)
			if f.typ != "" && sp.Type == f.typ && v == f.value {
				found = true
			}
			if f.typ == "" && ids[sp.Type] && strings.Contains(f.value, v) {
				t.Errorf("%q: %s %q reported", f.text, sp.Type, v)
			}
		}
		if f.typ != "" && !found {
			t.Errorf("%q: want %s %q, got %q", f.text, f.typ, f.value, got)
		}
	}
}
