package redact

import (
	"slices"
	"testing"
)

// TestBusinessContactChains checks businessDemote: a business's sign-off,
// footer and contact lines fall under the threshold with their street,
// postcode, town, phone number and e-mail; each guard keeps a chain
// masked.
func TestBusinessContactChains(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	contacts := func(text string) []string {
		var got []string
		for _, s := range e.Find(text) {
			if isContactType(s.Type) {
				got = append(got, s.Type+":"+text[s.Start:s.End])
			}
		}
		return got
	}
	// The business's own contact data: nothing of it stays.
	for _, tc := range []struct{ name, text string }{
		{"sign off as the team at", "Sign off as the crew at Harbourlight Motors, 77 Quayside Road, Whitby YO21 9ZZ, 01947 555 210."},
		{"de sender label", "Absender: Zahnarztpraxis Lindenhof, Gartenstraße 14, 79098 Freiburg, Tel. 0761 555 3210, kontakt@lindenhof-zahn.de"},
		{"contact label with a role address", "Kontakt: 0511 555 8870, info@backstube-kranich.de"},
		{"customer care line", "Customer care: 0800 555 0142, help@tidewaterbikes.co.uk"},
		{"come and see us", "Come and see us at 4 Elm Parade, Hexham NE46 9ZZ."},
		{"signature block, firm on the line above", "Thanks,\nPriya\nRiverside Physio Ltd\n3 Abbey Walk, Reading RG1 3ZZ | 0118 555 0199"},
		{"camel-case brand on the line", "QuickFix Cycles | 12 Canal Street, Ely CB7 4ZZ | 01353 555 010"},
		{"fr service client", "Service client 09 70 55 12 34, bonjour@atelier-lune.fr"},
		{"es atención al cliente", "Atención al cliente 900 555 321, hola@rutasverdes.es"},
		{"premises noun in prose", "Payments go to the shop landline 0113 555 0147."},
		{"footer after a sentence", "Keep it short and friendly. Footer: helpline 0800 555 7733, hello@petalpress.co.uk"},
		{"noreply sender alone", "Bounces came back from noreply@mailer.sunfieldgoods.com last week."},
		{"sign it from", "Please sign it from Brightwater Opticians, 3 Mill Street, Ludlow SY8 9ZZ."},
		{"our phone number label", "Add our phone number at the end: 0113 555 0102."},
		{"nordic preposition i in the firm's name", "Avsändare: Cykelverkstan i Malmö AB, Storgatan 14, 211 34 Malmö, 040-555 12 34"},
		{"signature block, phone on the next line", "Kind regards,\nThe Willowbrook Dental Team\n22 Castle Street, Shrewsbury SY1 9ZZ\n01743 555 660"},
		{"reach the surgery after a clause", "Our opening hours are 9-5; you can reach the surgery on 01632 555 019."},
		{"a role address in a mail header", "To: orders@fernhillcider.co.uk"},
		{"a role address after go to", "All applications go to careers@lanternworks.io before Friday."},
		{"a venue's postcode", "Show info: Riverside Showground, Wetherby LS22 9ZZ."},
		{"opening hours label", "Öffnungszeiten: täglich 9–18 Uhr, 0351 555 4410, hallo@radhaus-elbe.de"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := contacts(tc.text); len(got) != 0 {
				t.Errorf("Find(%q) kept %q, want none", tc.text, got)
			}
		})
	}
	// Guards: the chain stays masked.
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a title in the head", "Sign off as Dr Amara Obi, 41 Fernhill Road, Bath BA2 9ZZ.",
			[]string{"STREET_ADDRESS:41 Fernhill Road", "ZIP_CODE:BA2 9ZZ"}},
		{"a customer label", "Customer: 8 Larkspur Close, Hove BN3 9ZZ, 01273 555 417",
			[]string{"STREET_ADDRESS:8 Larkspur Close", "ZIP_CODE:BN3 9ZZ", "PHONE_NUMBER:01273 555 417"}},
		{"a delivery", "Our shop will deliver to 9 Kiln Road, Stroud GL5 9ZZ.",
			[]string{"STREET_ADDRESS:9 Kiln Road", "ZIP_CODE:GL5 9ZZ"}},
		{"a webmail address in the chain", "Footer: Greenway Florists, 01392 555 612, greenwayflorists@gmail.com",
			[]string{"PHONE_NUMBER:01392 555 612", "EMAIL_ADDRESS:greenwayflorists@gmail.com"}},
		{"lives at", "Our café regular lives at 17 Poplar Row, Kendal LA9 9ZZ.",
			[]string{"STREET_ADDRESS:17 Poplar Row", "ZIP_CODE:LA9 9ZZ"}},
		{"an address label and a firm's name only", "Address: Bramble & Finch, 5 Orchard Row, Leek ST13 9ZZ",
			[]string{"STREET_ADDRESS:5 Orchard Row", "ZIP_CODE:ST13 9ZZ"}},
		{"a role address after a list's label", "try one of these: sales@brindlefoods.co.uk",
			[]string{"EMAIL_ADDRESS:sales@brindlefoods.co.uk"}},
		{"a role address alone", "Write to info@copperkettle.co.uk for details.",
			[]string{"EMAIL_ADDRESS:info@copperkettle.co.uk"}},
		{"two addresses, one a role's", "try these: sales@brindlefoods.co.uk or ola.brandt@brindlefoods.co.uk",
			[]string{"EMAIL_ADDRESS:sales@brindlefoods.co.uk", "EMAIL_ADDRESS:ola.brandt@brindlefoods.co.uk"}},
		{"my office", "My office line is 0161 555 0123.",
			[]string{"PHONE_NUMBER:0161 555 0123"}},
		{"a mobile's label", "Studio: mobile 07700 900 318",
			[]string{"PHONE_NUMBER:07700 900 318"}},
		{"a person in a CRM row", "| Lena Brandt | Hafenstraße 3 | 20459 Hamburg | 040 555 1234 |",
			[]string{"STREET_ADDRESS:Hafenstraße 3", "ZIP_CODE:20459", "PHONE_NUMBER:040 555 1234"}},
		{"a staff member's signature keeps the mobile", "Thanks,\nNiamh Darcy\nAccounts Lead | Corrib Kitchens\nUnit 2, Eastgate Park, Galway H91 X9Z9\nM: +353 87 555 0142",
			[]string{"PHONE_NUMBER:+353 87 555 0142"}},
		{"contact label alone", "Contact: 07700 900 982 (Sam, evenings only)",
			[]string{"PHONE_NUMBER:07700 900 982"}},
		{"the English I", "My wife and I live at 23 Fern Road, Kendal LA9 9ZZ; call me on 07700 900 777.",
			[]string{"STREET_ADDRESS:23 Fern Road", "PHONE_NUMBER:07700 900 777"}},
		{"a household moving house", "Just checking: we're moving from 6 Heron Walk, Derby DE1 9ZZ to 14 Mill Lane, Ripon HG4 9ZZ.",
			[]string{"STREET_ADDRESS:6 Heron Walk", "ZIP_CODE:DE1 9ZZ", "STREET_ADDRESS:14 Mill Lane", "ZIP_CODE:HG4 9ZZ"}},
		{"the reader's own", "Our shop will send your parcel to 23 Wren Close, Ely CB6 9ZZ.",
			[]string{"STREET_ADDRESS:23 Wren Close", "ZIP_CODE:CB6 9ZZ"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := contacts(tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("Find(%q) = %q, want %q among them", tc.text, got, w)
				}
			}
		})
	}
}

// TestEmailKind checks the role and webmail tables of business12_email.go.
func TestEmailKind(t *testing.T) {
	for _, tc := range []struct {
		email string
		want  int
	}{
		{"info@harbourlight.co.uk", emailRole},
		{"Kontakt@zahnarzt-lindenhof.de", emailRole},
		{"reservas.madrid@hostalsol.es", emailRole},
		{"info@gmail.com", emailWebmail},
		{"shop.owner@yahoo.co.uk", emailWebmail},
		{"noreply@mailer.sunfieldgoods.com", emailNoReply},
		{"ola.brandt@brindlefoods.co.uk", emailPlain},
		{"information-desk-and-more-long-local-part@x.org", emailPlain},
	} {
		if got := emailKind(tc.email); got != tc.want {
			t.Errorf("emailKind(%q) = %d, want %d", tc.email, got, tc.want)
		}
	}
}
