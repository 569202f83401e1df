package redact

import "testing"

// TestAges12 checks the ages of loc12_age.go, Catalan "anys", and their
// look-alikes.
func TestAges12(t *testing.T) {
	checkFindCases(t, []findCase{
		{"pronoun next", "Dr. Alan Price called. He's 64 next month and asthmatic.",
			[]string{"PERSON:Dr. Alan", "AGE:64"}},
		{"ca anys", "Nom: Pere Vidal i Roca, 41 anys", []string{"PERSON:Pere Vidal", "AGE:41 anys"}},
		{"fi v", "- Onni Laine (9 v), huoltaja paikalla", []string{"PERSON:Onni Laine", "AGE:9 v"}},
		{"named turn", "Sipho Ndlovu-Jones turned 45 in March and ran a marathon.",
			[]string{"PERSON:Sipho Ndlovu-Jones", "AGE:45"}},
		{"kin plural", "and ate joy, her twins turned 9 on march 14", []string{"AGE:9", "DATE_OF_BIRTH:march 14"}},
		// Look-alikes.
		{"minutes", "She's 5 minutes late.", nil},
		{"next to", "He's 5 next to the door.", nil},
		{"business", "Acme Corp turned 50 in March, says the chief.", nil},
		{"club", "The club turned 25 this year.", nil},
	})
}
