package redact

import (
	"strings"
	"testing"
)

// checkTypedCases is checkFindCases for the spans of the given types
// only: the structured detectors' tests leave names and places aside.
func checkTypedCases(t *testing.T, types string, tests []findCase) {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	keep := strings.Split(types, ",")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				for _, k := range keep {
					if s.Type == k {
						got = append(got, s.Type+":"+tc.text[s.Start:s.End])
					}
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

const struct23Types = "EMAIL_ADDRESS,PHONE_NUMBER,PASSPORT,IBAN_CODE,CA_SIN,STREET_ADDRESS,ZIP_CODE"

// TestWeakContactPersonalMail checks struct23_mail.go: a weak "contact"
// cue over a person's e-mail keeps the chain masked; a desk's stays the
// business's.
func TestWeakContactPersonalMail(t *testing.T) {
	checkTypedCases(t, struct23Types, []findCase{
		{"given name and initials", "Quote printed with her OK. Contact to confirm: rosannakt@vodanet.example / 0412 775 391.",
			[]string{"EMAIL_ADDRESS:rosannakt@vodanet.example", "PHONE_NUMBER:0412 775 391"}},
		{"first.last", "Contacto: julian.ferreiro@telecable.example, 699 12 44 80",
			[]string{"EMAIL_ADDRESS:julian.ferreiro@telecable.example", "PHONE_NUMBER:699 12 44 80"}},
		// Look-alike: a desk's address under the same cue is the business's.
		{"desk", "Contact: bookings@harbourhall.example, 0191 498 0042", nil},
	})
	for _, tc := range []struct {
		e    string
		want bool
	}{
		{"julian.ferreiro@x.example", true}, {"rosannakt@x.example", true}, {"m.kowalczyk@x.example", true},
		{"info@x.example", false}, {"openday@x.example", false}, {"x9@x.example", false},
	} {
		if got := personalLocal(tc.e); got != tc.want {
			t.Errorf("personalLocal(%q) = %v, want %v", tc.e, got, tc.want)
		}
	}
}

// TestStruct23Phones checks the bracketed Brazilian area code in a CSV
// cell, a phone's last group before a street, and 4-4 numbers as list
// items.
func TestStruct23Phones(t *testing.T) {
	checkTypedCases(t, "PHONE_NUMBER,STREET_ADDRESS", []findCase{
		{"csv cell", "id,cidade,celular\n7,Limeira,(21) 98765-1122", []string{"PHONE_NUMBER:(21) 98765-1122"}},
		{"after a zip+4 shape", "CEP 20040-002 | (21) 98765-1122", []string{"PHONE_NUMBER:(21) 98765-1122"}},
		{"phone before street", "- Nerea Loureiro, 654 318 207, Rúa da Raíña, 9, Lugo",
			[]string{"PHONE_NUMBER:654 318 207", "STREET_ADDRESS:Rúa da Raíña, 9"}},
		{"glued csv cell", "name,town,postcode,mobile,plan\nHollis,Ripon,HG4 1QT,07823 551 904,Gold",
			[]string{"PHONE_NUMBER:07823 551 904"}},
		{"list item", "3. Inese Zariņa, 2961 4408, Ventspils", []string{"PHONE_NUMBER:2961 4408"}},
		{"table row", "| Name | Phone |\n|---|---|\n| Goh Wei Ling | 8834 1906 |", []string{"PHONE_NUMBER:8834 1906"}},
		// Look-alikes: years, an order, a number in prose.
		{"years", "- Seasons 2021 2022, 2023 2024", nil},
		{"order", "- Order no. 4471 2290, shipped", nil},
		{"prose", "We printed 2500 3000 flyers last week.", nil},
		{"csv amount", "sku,qty,price,note\nK-12,3,1 250 000,ok", nil},
		{"csv code", "sku,qty,code,note\nK-12,3,0771234567,ok", nil},
	})
}

// TestStruct23Passports checks German passport numbers with three digits
// and nine digits after a glued CJK passport label.
func TestStruct23Passports(t *testing.T) {
	checkTypedCases(t, "PASSPORT", []findCase{
		{"german", "Broj putovnice: F7KL9NP2X", []string{"PASSPORT:F7KL9NP2X"}},
		{"german reisepass", "Reisepass: HTJ4WXK3C", []string{"PASSPORT:HTJ4WXK3C"}},
		{"japanese", "お客様（米国籍）パスポート番号 710384926、ホテル", []string{"PASSPORT:710384926"}},
		{"korean", "여권번호 710384926", []string{"PASSPORT:710384926"}},
		// Look-alikes: no passport word; a passport word a sentence away.
		{"no word", "Code F7KL9NP2X applied", nil},
		{"far", "パスポートの写真を受け取りました。注文番号は710384926です", nil},
	})
}

// TestStruct23Business checks the business rules of struct23: a repair
// desk in a mail header, "our address" naming the footer's chain, an
// IBAN marked as not the customer's, and the reception words.
func TestStruct23Business(t *testing.T) {
	checkTypedCases(t, "EMAIL_ADDRESS,PHONE_NUMBER,IBAN_CODE,STREET_ADDRESS,ZIP_CODE", []findCase{
		{"repair desk", "Od: Jan Nowicki <jan.nowicki@o2.pl>\nDo: serwis@telenaprawa.example\nTemat: ekran",
			[]string{"EMAIL_ADDRESS:jan.nowicki@o2.pl"}},
		{"our address", "Our address for the signature is 9 Quarry Road, Derby DE1 3QT, 01332 496 118.", nil},
		{"not the customer's", "Shop account: GB33 BUKB 2020 1555 5555 55 (not the customer's).", nil},
		{"the customer's", "Refund to GB33 BUKB 2020 1555 5555 55 (customer, not the shop).",
			[]string{"IBAN_CODE:GB33 BUKB 2020 1555 5555 55"}},
		{"reception", "Receção do hotel: 234 401 020, Rua Direita 18, 3810-075 Aveiro.", nil},
		// Look-alike: an address label after "our customer" stays masked.
		{"customer's address", "Our customer Ines, her address: 9 Quarry Road, Derby DE1 3QT",
			[]string{"STREET_ADDRESS:9 Quarry Road", "ZIP_CODE:DE1 3QT"}},
	})
}

// TestNotCustomerAfterBounds holds notCustomerAfter's reach: a bracket
// that closes within 32 bytes of its opening, on the number's line.
func TestNotCustomerAfterBounds(t *testing.T) {
	pad := func(n int) string { return strings.Repeat(".", n) }
	for _, tc := range []struct {
		after string
		want  bool
	}{
		{" (Not the Customer's)", true},
		{"(ne kliento)", true},
		{" (account holder: the customer)", false},
		{" (not the\ncustomer's)", false},
		// a word after the customer's: a customer's account all the same
		{" (no customer ref yet)", false},
		{" (not the client's usual one)", false},
		{" (ei asiakkaan viitettä vielä)", false},
		{" (no es del cliente)", true},
		{" (nicht vom Kunden)", true},
		{" (not the customer's " + pad(31-len("not the customer's ")) + ")", true},  // ')' as the 32nd byte
		{" (not the customer's " + pad(32-len("not the customer's ")) + ")", false}, // the 33rd
	} {
		text := "DE89370400440532013000" + tc.after
		if got := notCustomerAfter(text, len("DE89370400440532013000")); got != tc.want {
			t.Errorf("%q: got %v", tc.after, got)
		}
	}
}
