package redact

import "testing"

// TestStreet17GuatemalanGrid holds Guatemalan grid addresses in lower
// and capitalised case, with and without the ordinal mark, and
// look-alikes: a plural, no door after the avenue, no zone and no
// ordinal.
func TestStreet17GuatemalanGrid(t *testing.T) {
	checkFindCases(t, []findCase{
		{"lower case with zone", "la canasta va a la 6a avenida 3-21 zona 2, frente al parque",
			[]string{"STREET_ADDRESS:6a avenida 3-21 zona 2"}},
		{"calle without ordinal, zone", "la dejan en la 12 calle 4-60 zona 10",
			[]string{"STREET_ADDRESS:12 calle 4-60 zona 10"}},
		{"capitalised with comma", "Dirección: 7a. Avenida 14-08, Zona 9",
			[]string{"STREET_ADDRESS:7a. Avenida 14-08, Zona 9"}},
		{"ordinal without zone", "entregar en 3ª calle 5-17, casa azul", []string{"STREET_ADDRESS:3ª calle 5-17"}},
		// Look-alikes.
		{"plural", "compré 2 calles 3-4 veces", nil},
		{"no door after the avenue", "la 4a avenida está cerrada 12-45", nil},
		{"no ordinal no zone", "son 2 calle 3-4 horas", nil},
	})
}
