package redact

import (
	"strings"
	"testing"
)

// phone2Negatives are figures of the covered markets that are no phone
// numbers: dates, times, prices, order and tracking numbers, ISBNs,
// postcodes, IBAN pieces, versions and ranges, bare and after words that
// could pass for a phone's context.
var phone2Negatives = []string{
	"The campaign ran 2019-2023 and again 2024-2025.",
	"Opening hours 10:30-12:00 and 14:00-18:30.",
	"Öffnungszeiten Mo-Fr 08:00 - 17:00 Uhr",
	"Total: €1 234,50 incl. VAT",
	"Prix : 1 234 567 € HT, soit 12 345 678 F",
	"Budget 512 345 678 kr för 2024",
	"Order 4471-2290-11 shipped on 12.03.2024",
	"Bestellnummer 2024-118 273 vom 03.04.2024",
	"Invoice number 12345678 is overdue",
	"Kundennummer 40 12 34 56",
	"ISBN 978-3-16-148410-0 and ISBN 0-306-40615-2",
	"ISBN 978 91 29 65423 1",
	"Postcode 1012 AB Amsterdam, 75008 Paris, 00-950 Warszawa",
	"SE-114 55 Stockholm and DK-2100 København Ø",
	"Postnummer 114 55, 0150 Oslo",
	"IBAN DE89 3704 0044 0532 0130 00",
	"IBAN SE45 5000 0000 0583 9825 7466",
	"IBAN: NO93 8601 1117 947, DK50 0040 0440 1162 43",
	"IBAN PL61 1090 1014 0000 0712 1981 2874",
	"Upgrade from 10.4.22.1 to 2.14.3 (build 2024.03.15)",
	"Tracking 1Z 999 AA1 01 2345 6784 and 00340434161234567890",
	"Sendungsnummer 00 3404 3416 1234 5678",
	"Dates 05-12 2023, 2023-09-25, 25.09.2023, 9/25/2023, 31/12/2024",
	"Zeitraum 01.01.2024 - 31.12.2024",
	"from 3.1% to 2.4% in 2024 Q3",
	"The scores were 20 12 and 34 56 in the final",
	"Sizes 36 38 40 42 44 in stock",
	"Reference DE88 6472 4123 8372 1575 86",
	"Coordinates 59.3293, 18.0686 and 52 31 12 N",
	"Page 212-218 and pages 1012-1018",
	"Revenue grew from 1 200 000 to 1 350 000 SEK",
	"Versão 3.11.2 lançada em 12/03/2024",
	"Nr. zamówienia 2024/05/123456",
	"CEP 01304-001 e CEP 13083-872",
	"Serial SN 4471 2290 1183",
	"Account 1234 5678 9012",
	"Price R$ 1.234,56 or 12x de R$ 102,88",
	"Lot 2024-0815 exp. 2026-08",
	"Time slots 9-12 and 13-17, rooms 101-120",
	"Artikel 3 Abs. 2 Satz 1 DSGVO, §§ 12-14",
	"Kontonummer 1234 56 78901",
	"Org.nr 556677-8899 and CVR 12345678",
	"KRS 0000123456, NIP 123-456-32-18, REGON 123456785",
	"Login from 220.48.31.45 and 32.15.16.63 since May",
	"Firma ApS, CVR 32 45 67 89, København",
	"Kundennummer 412 34 567 og ordre 22 12 34 56",
	"Opening 09 00 17 00, dates 01-02 2023",
	"NHS number 417 203 688 (one digit short)",
	"Code 55-555-5555 and 21-123-4567",
}

// TestPhone2Negatives wants no PHONE_NUMBER in any of phone2Negatives.
func TestPhone2Negatives(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range phone2Negatives {
		var got []string
		for _, s := range e.Find(text) {
			if s.Type == "PHONE_NUMBER" {
				got = append(got, text[s.Start:s.End])
			}
		}
		// The detector alone too: another type winning the overlap
		// must not hide a phone reading.
		for _, s := range (phoneDetector{}).Detect(text, nil) {
			if s.Score >= DefaultMinScore {
				got = append(got, "alone: "+text[s.Start:s.End])
			}
		}
		if len(got) > 0 {
			t.Errorf("Find(%q): phones %q, want none", text, strings.Join(got, ", "))
		}
	}
}
