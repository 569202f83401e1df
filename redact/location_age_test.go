package redact

import "testing"

// TestTownAfterAge checks the town after a person's age in lists and
// briefs: after the age's commas, an age unit, or a "from" word, known or
// ending the list item; and that a job or an unknown word mid-sentence is
// no town.
func TestTownAfterAge(t *testing.T) {
	checkFindCases(t, []findCase{
		{"comma, town ends the line", "- Anna Kowalczyk, 44, Bad Kreuznach\n- next",
			[]string{"PERSON:Anna Kowalczyk", "AGE:44", "LOCATION:Bad Kreuznach"}},
		{"age unit, known town", "cliente Mariana Souza, 52 anos, de Curitiba, gosta de café",
			[]string{"PERSON:Mariana Souza", "AGE:52 anos", "LOCATION:Curitiba"}},
		{"german aus", "Herr Thomas Becker, 61, aus Paderborn",
			[]string{"PERSON:Herr Thomas Becker", "AGE:61", "LOCATION:Paderborn"}},
		{"a job is no town", "Maria Rossi, 39, teacher from nowhere", []string{"PERSON:Maria Rossi", "AGE:39"}},
		{"an unknown word mid-sentence", "Maria Rossi, 39, Loves hiking and dogs", []string{"PERSON:Maria Rossi", "AGE:39"}},
	})
}
