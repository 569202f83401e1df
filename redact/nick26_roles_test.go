package redact

import "testing"

// TestRoleProseNames26 checks roleProseNames26 on the engine: a lone
// given name after a role noun or a kin word with its possessive, in
// running prose of several languages; a role word before a lower-case
// word, a full name, a firm or a month stays as it was. Own values.
func TestRoleProseNames26(t *testing.T) {
	checkFindCases(t, []findCase{
		{"installer", "Review:\nOur installer Desmond fixed the panel in an hour.", []string{"PERSON:Desmond"}},
		{"two-word role", "Thanks!\nThe crew leader Tavita kept us informed all week.", []string{"PERSON:Tavita"}},
		{"second shooter", "Feedback:\nHer second shooter Keon caught the first dance.", []string{"PERSON:Keon"}},
		{"Galician role between commas", "Opinións:\nO dependente, Antón, axudoume moito.", []string{"PERSON:Antón"}},
		{"Estonian guest teacher", "Teade:\nTunni annab külalisõpetaja Andres.", []string{"PERSON:Andres"}},
		{"Estonian mother with possessive, a name no list holds", "Teade:\nUksel ootab tema ema Siiri.", []string{"PERSON:Siiri"}},
		{"role inside a sentence, a word no list holds", "Notes:\nWe thank the installer Zorvex for the quote.", nil},
		{"Norwegian husband with possessive", "Melding:\nKona mi, Sigrun, er hjemme i dag.", []string{"PERSON:Sigrun"}},
		{"Bulgarian granny", "Бележки:\nБаба Стойна ще се обади.", []string{"PERSON:Баба Стойна"}},
		{"role before a lower-case word", "Note:\nOur installer will call you on Monday.", nil},
		{"role before a month", "Note:\nThe technician March visit is booked.", nil},
		{"job title alone", "Hiring:\nWe need a photographer and a stylist for the shoot.", nil},
	})
}
