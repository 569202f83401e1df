package redact

import "testing"

func TestBirthLabel(t *testing.T) {
	for _, tc := range []struct {
		label string
		want  bool
	}{
		{"fecha_nac", true}, {"f. nacimiento", true}, {"nasc.", true}, {"dt_nasc", true},
		{"geb.-datum", true}, {"birth_dt", true}, {"data_nascimento", true}, {"fødselsdag", true},
		{"date naiss.", true}, {"dob_iso", true}, {"data_urodz", true},
		{"nacionalidad", false}, {"gebühr", false}, {"date", false}, {"signup_date", false}, {"nombre", false},
	} {
		if got := birthLabel(tc.label); got != tc.want {
			t.Errorf("birthLabel(%q) = %v, want %v", tc.label, got, tc.want)
		}
	}
}

func TestBirthLabelDates(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, want string
	}{
		{"field", "cliente: Marta Gomes\nnasc.: 11/07/1975\ncidade: Recife", "11/07/1975"},
		{"field with bullet", "- Geb.-Datum: 03.04.1981\n- Ort: Kiel", "03.04.1981"},
		{"column", "id;nom;date_naiss;ville\n17;Paul Girard;1969-02-28;Lille", "1969-02-28"},
		{"column with dots", "name,dt_nasc,plan\nAna Lima,22/10/1990,gold", "22/10/1990"},
		{"no birth label", "order: 12/03/2024\nstatus: shipped", ""},
		{"signup column", "name;signup_date\nAna Lima;2024-01-09", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, s := range e.Find(tc.text) {
				if s.Type == "DATE_OF_BIRTH" {
					got = tc.text[s.Start:s.End]
				}
			}
			if got != tc.want {
				t.Errorf("DATE_OF_BIRTH = %q, want %q", got, tc.want)
			}
		})
	}
}
