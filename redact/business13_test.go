package redact

import "testing"

// TestTollFree checks tollFree on numbers of its ranges and on persons'
// numbers that share their first digits.
func TestTollFree(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"0800 555 0199", true},       // UK, NZ, BR
		{"0800 6123456", true},        // DE
		{"0800 612 345", true},        // UK ten digits
		{"0845 555 0188", true},       // UK shared cost, 4-3-4
		{"0871 555 0177", true},       // UK 0871, 4-3-4
		{"+44 845 555 0188", true},    // UK, international
		{"+44 (0)808 555 0166", true}, // UK 0808 with a trunk in brackets
		{"+44 300 555 0155", true},    // UK 03 internationally
		{"08 05 55 12 34", true},      // FR 0805 in pairs
		{"0900-1234", true},           // NL
		{"0900 555 1234", true},       // NL
		{"0508 555 123", true},        // NZ
		{"1300 555 246", false},       // AU: kept (phone2_table_test.go)
		{"1800 555 913", false},       // AU, IE: kept
		{"1850 555 913", false},       // IE: kept
		{"+61 1300 555 246", true},    // AU, international
		{"902 555 321", true},         // ES
		{"901 55 12 34", true},        // ES
		{"800 555 321", true},         // IT, PT, PL
		{"803 555 321", true},         // IT
		{"+34 902 555 321", true},     // ES, international
		{"+49 180 5 555123", true},    // DE 0180 internationally
		{"0049 800 5551234", true},    // DE, "00"
		{"+353 1800 555 913", true},   // IE
		{"+64 508 555 123", true},     // NZ
		{"+33 8 05 55 12 34", true},   // FR
		{"0808 555 0166", false},      // a Nigerian mobile has the same digits
		{"0803 555 0142", false},      // a Nigerian mobile
		{"0300 5551234", false},       // a Pakistani mobile
		{"01805 555123", false},       // a UK landline (Torrington)
		{"0871 5551234", false},       // a German landline (Landshut)
		{"080 5551234", false},        // an Italian landline (Bari)
		{"0805 551 234", false},       // not in French pairs
		{"1-800-555-0123", false},     // North American: the corpus labels the shape
		{"(888) 555-0123", false},     // idem
		{"+1 877 555 0123", false},    // idem
		{"0161 555 0123", false},      // a UK landline
		{"020 7946 0123", false},      // London
		{"91 555 12 34", false},       // Madrid
		{"612 345 678", false},        // a Spanish mobile
		{"+44 7700 900123", false},    // a UK mobile
		{"+49 30 5551234", false},     // Berlin
		{"0800 555 0199 ext 12", false},
		{"", false},
		{"+", false},
		{"00", false},
	} {
		if got := tollFree(tc.v); got != tc.want {
			t.Errorf("tollFree(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

// TestBusiness13Find checks the engine: a toll-free number falls under
// the threshold alone, a person's number beside it stays; a role address
// of another language in a contact line falls with it; a role address
// alone stays.
func TestBusiness13Find(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := func(text, v string) bool {
		for _, s := range e.Find(text) {
			if text[s.Start:s.End] == v {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		name, text, v string
		want          bool
	}{
		{"toll-free alone", "Questions? Ring 0800 555 0199 any weekday.", "0800 555 0199", false},
		{"au 1300 international", "Bookings on +61 1300 555 246 or online.", "+61 1300 555 246", false},
		{"es 902 after a label", "Teléfono: 902 555 321.", "902 555 321", false},
		{"a customer's mobile beside it", "Call Tamsin Greywell on 07700 900 456 (our line is 0800 555 0199).", "07700 900 456", true},
		{"address label with a role address", "Adresse: Kletterhalle Nordwand, Ahornweg 9, 30159 Hannover, Tel. 0511 555 4410, hallo@nordwand-klettern.de", "hallo@nordwand-klettern.de", false},
		{"address label, its street", "Adresse: Kletterhalle Nordwand, Ahornweg 9, 30159 Hannover, Tel. 0511 555 4410, hallo@nordwand-klettern.de", "Ahornweg 9", false},
		{"secretariat with a street", "Vragen: Roeivereniging De Spaan, Kadeweg 8, 1234 ZZ Zaandam, secretariaat@despaan-roeien.nl", "secretariaat@despaan-roeien.nl", false},
		{"role label", "Write the reminder. Admissions email: admissions@larchfield-college.ac.uk", "admissions@larchfield-college.ac.uk", false},
		{"role address alone stays", "My email address is kontor@fjordbaat.no, write to me.", "kontor@fjordbaat.no", true},
		{"address label with a person stays", "Address: Jane Ashworth, 12 Elm Road, Leeds LS6 9ZZ, office@ashworth-tax.co.uk", "12 Elm Road", true},
		{"webmail stays", "Adresse: Kletterhalle Nordwand, Ahornweg 9, 30159 Hannover, hallo.nordwand@gmail.com", "hallo.nordwand@gmail.com", true},
	} {
		if got := found(tc.text, tc.v); got != tc.want {
			t.Errorf("%s: %q reported = %v, want %v", tc.name, tc.v, got, tc.want)
		}
	}
}

// TestRoleLabel checks roleLabel.
func TestRoleLabel(t *testing.T) {
	for _, tc := range []struct {
		l    string
		want bool
	}{
		{"Registrar email", true}, {"Office e-mail", true}, {"kontor mail", true},
		{"My email", false}, {"Email", false}, {"Office", false}, {"Our office email", false},
	} {
		if got := roleLabel(tc.l); got != tc.want {
			t.Errorf("roleLabel(%q) = %v, want %v", tc.l, got, tc.want)
		}
	}
}
