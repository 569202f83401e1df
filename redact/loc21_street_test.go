package redact

import "testing"

// TestProseTownAfterStreet checks the unknown town that closes a person's
// street address in running text (loc21_street.go), and the words left
// alone.
func TestProseTownAfterStreet(t *testing.T) {
	checkTypeCases(t, "LOCATION", []typeCase{
		{"Ms Ana Lee lives at 12 Acacia Close, Kleinfontein with her twins.", []string{"Kleinfontein"}},
		{"Mr Ola Bello offered his garage at 41 Oxford Road, Upper Marsh for the collection.", []string{"Upper Marsh"}},
		{"Mr Ola Bello offered his garage at 41 Oxford Road, Upper Marsh, she said.", []string{"Upper Marsh"}},
		{"Ms Ana Lee, 12 Acacia Close, Kleinfontein\nPhone 555 0100", []string{"Kleinfontein"}},
		// no person, a business's street, an abbreviation, a name, and a
		// capitalised word that goes on
		{"We stock it at 12 Acacia Close, Kleinfontein with pride.", nil},
		{"Ms Ana Lee: visit our shop at 12 Acacia Close, Kleinfontein with friends.", nil},
		{"Ms Ana Lee, 12 Acacia Close, Blk. 4 near the park", nil},
		{"Ms Ana Lee lives at 12 Acacia Close, Maria Lopez said yesterday.", nil},
		{"Ms Ana Lee lives at 12 Acacia Close, Maria said yesterday.", nil},
		{"Ms Ana Lee lives at 12 Acacia Close, Kleinfontein Gardens Estate Block B is next door", nil},
	})
}
