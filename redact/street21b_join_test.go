package redact

import "testing"

// TestStreetJoins checks a flat in a named building joined to the
// building's street (street21b_join.go), and streets that stay apart.
func TestStreetJoins(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"Guest: Molly Arden, Flat 3, Birch Court, 27 Millbank Road, Fernbrook", []string{"Flat 3, Birch Court, 27 Millbank Road"}},
		{"Tenant: Ravi Dunmore, Flat 12, Rowan House, 5 Harbour Walk", []string{"Flat 12, Rowan House, 5 Harbour Walk"}},
		// two households' streets
		{"Old: 14 Elm Road, 27 Millbank Road", []string{"14 Elm Road", "27 Millbank Road"}},
	})
}
