package redact

import (
	"slices"
	"testing"
)

// TestTable2PhoneColumns checks the cells of phone columns: a number of a
// phone's shape is a PHONE_NUMBER under any way of naming the column, test
// ranges and 3-3-3 groups included, and overrides a national ID's guess;
// dates, decimals, codes and other columns are left to the detectors.
func TestTable2PhoneColumns(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string // "value", the PHONE_NUMBER spans in text order
	}{
		{"uk test range under mobile", "fname,lname,mobile\nOwain,Pryce,07700 900981\nTegan,Hollis,07700 900034",
			[]string{"07700 900981", "07700 900034"}},
		{"us 555 numbers under phone", "first,last,work_email,phone\nLiam,Ortega,lo@example.com,(312) 555-0147\nNia,Bello,nb@example.com,",
			[]string{"(312) 555-0147"}},
		{"3-3-3 under a portuguese label", "Nome | Telemóvel | Plano\n---|---|---\nTiago Fonseca | 934 218 706 | Base",
			[]string{"934 218 706"}},
		{"german compound label", "Kunde;Telefonnummer;Ort\nGreta Wolff;0157 3321 9087;Kassel",
			[]string{"0157 3321 9087"}},
		{"spanish and dotted", "nombre\tmóvil\nNuria Soler\t611.20.73.98", []string{"611.20.73.98"}},
		{"work_phone with a plus", "name,work_phone\nAiko Mori,+81 3 5550 1234", []string{"+81 3 5550 1234"}},
		{"Mobile number in capitals", "NAME;MOBILE NUMBER\nKaren Dube;082 555 0134", []string{"082 555 0134"}},
		{"nordic tlf and gsm", "navn;tlf\nAsger Holm;28 44 19 07\n\nnaam|gsm\nWout Peeters|0478 55 12 09", []string{"28 44 19 07", "0478 55 12 09"}},
		{"a date, a decimal and a short code are no phone", "name,phone\nRia Lund,1990-04-17\nOle Berg,1234567.5\nEva Nyström,+46", nil},
		{"a phone_ext column is no phone column", "name,phone_ext\nIda Moen,4412345", nil},
		{"Phone # and Tel (mobile)", "Name | Phone # | Tel (mobile)\n--|--|--\nMila Novak | 01632 960471 | 07700 900356",
			[]string{"01632 960471", "07700 900356"}},
		{"two numbers and notes in a cell", "name;phone;plan\nJuno Sarr;0161 496 0571 / 07700 900812;Gold\nBo Eke;07700 900219 (after 6pm);Basic\nAl Roe;+44 20 7946 0381 ext. 12;Gold",
			[]string{"0161 496 0571", "07700 900812", "07700 900219", "+44 20 7946 0381"}},
		{"a country code in parentheses, one dot", "name,tel\nIvo Bras,(+351) 912 804 337\nUna Roe,0161.4960528\nEd Fry,2450000.00",
			[]string{"(+351) 912 804 337", "0161.4960528"}},
		{"numbered labels", "name,phone1,phone2,Q3 spend\nRue Abt,0161 496 0442,07700 900675,120",
			[]string{"0161 496 0442", "07700 900675"}},
		{"bold labels, a tab row with an empty last cell", "| **Name** | **Phone** |\n|---|---|\n| Pia Holt | 0161 496 0733 |\n\nname\tmobile\tcity\nLeo Marsh\t07700 900864\t\nKai Moss\t07700 900529\tYork",
			[]string{"0161 496 0733", "07700 900864", "07700 900529"}},
		{"a column of counts is no phone column", "name,mobile_sessions\nIda Moen,12345678", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				if s.Type == "PHONE_NUMBER" {
					got = append(got, tc.text[s.Start:s.End])
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) =\n%q, want\n%q", tc.text, got, tc.want)
			}
		})
	}
}

// TestTable2PhoneOverridesID checks that a nine-digit number with a valid
// national-ID checksum under a phone column is a phone number.
func TestTable2PhoneOverridesID(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	// 046 454 286 has a valid SIN Luhn checksum and is in a phone column.
	text := "client,cell\nMarc Tremblay,046 454 286"
	got := e.Find(text)
	for _, s := range got {
		if text[s.Start:s.End] == "046 454 286" {
			if s.Type != "PHONE_NUMBER" {
				t.Errorf("typed %s, want PHONE_NUMBER", s.Type)
			}
			return
		}
	}
	t.Errorf("no span for the number in %v", got)
}

// TestTable2BirthColumns checks the abbreviated birth-date labels of
// exports with ISO, dotted, slashed and written dates.
func TestTable2BirthColumns(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"Geburtsdatum (TT.MM.JJ)", "GEBDAT", "GEB_DATUM", "GEB.DATUM", "GEBURTSTAG", "DOB", "D.O.B.", "BDAY", "BIRTHDAY",
		"DATA_NASC", "FNAC", "F_NAC", "NAISSANCE", "DATE_NAIS", "FØDSELSDAG", "FÖDD", "URODZINY", "GEBOORTEDAG", "DOĞUM TARIHI", "DOB (dd/mm/yyyy)"} {
		for _, date := range []string{"1981-06-23", "23.06.1981", "23/06/1981", "23 June 1981"} {
			text := "NAME;" + label + ";PLAN\nKlaus Wendt;" + date + ";Gold"
			found := false
			for _, s := range e.Find(text) {
				found = found || s.Type == "DATE_OF_BIRTH" && text[s.Start:s.End] == date
			}
			if !found {
				t.Errorf("%s %s: no DATE_OF_BIRTH", label, date)
			}
		}
	}
}

// TestTable2Labels checks the label readers word by word.
func TestTable2Labels(t *testing.T) {
	for _, l := range []string{"phone", "work_phone", "mobile number", "handy", "telefon", "móvil", "teléfono", "celular",
		"telemóvel", "telefone", "portable", "téléphone", "cellulare", "telefono", "gsm", "mobiel", "telefoon",
		"komórka", "mobilnummer", "tlf", "cell", "tel.", "mob", "homephone", "phone_number", "tel. privat", "whatsapp",
		"n° téléphone", "phone/email", "telefon komórkowy", "numer komórki", "mobilní telefon", "cep telefonu",
		"matkapuhelin", "tel.-nr.", "handynr.", "mobile no.", "celular/whatsapp", "cell #", "phone (work)"} {
		if !phoneLabel(l) {
			t.Errorf("phoneLabel(%q) = false", l)
		}
	}
	for _, l := range []string{"phone_ext", "cep number", "phone type", "mobile_opt_in", "country code", "name", "telescope", "cellar", "mobility"} {
		if phoneLabel(l) {
			t.Errorf("phoneLabel(%q) = true", l)
		}
	}
}

// TestTable2ProseIsNoHeader checks that a line of prose with a phone word
// is no header whose names would be dropped as labels.
func TestTable2ProseIsNoHeader(t *testing.T) {
	for _, l := range []string{"ring her mobile", "call me on my phone", "or tom"} {
		if phoneLabel(l) {
			t.Errorf("phoneLabel(%q) = true", l)
		}
	}
}

// TestTable2ParenthesisedLabels checks the labels of tableLabels before a
// part in parentheses.
func TestTable2ParenthesisedLabels(t *testing.T) {
	for label, want := range map[string]tableColumn{"participant(e)": colPerson, "teilnehmer(in)": colPerson,
		"name (full)": colPerson, "city (optional)": colCity, "state (us)": colOther, "plan (monthly)": colOther} {
		if got := tableColumn2(label); got != want {
			t.Errorf("tableColumn2(%q) = %d, want %d", label, got, want)
		}
	}
}

// TestTable2LineAloneIsNoHeader checks that a line of prose that reads as
// a header but has no row under it keeps its names.
func TestTable2LineAloneIsNoHeader(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Customer note:\nIngrid Solberg, born 1979\nAddress: 4 Elm Row, Leeds"
	for _, s := range e.Find(text) {
		if s.Type == "PERSON" && text[s.Start:s.End] == "Ingrid Solberg" {
			return
		}
	}
	t.Errorf("no PERSON Ingrid Solberg in %q: %v", text, e.Find(text))
	if _, ok := numberedLabel("born 1979"); ok {
		t.Errorf("numberedLabel(born 1979) = true")
	}
}
