package redact

import (
	"testing"
)

// TestPersonDonAndGazetteerAdditions checks the Spanish and Portuguese
// "D." before long names, Catalan pairs of family names after a title,
// and names of the gazetteers' later additions (short forms, Nordic,
// Catalan, Basque, Portuguese and Polish names).
func TestPersonDonAndGazetteerAdditions(t *testing.T) {
	tests := []findCase{
		{"don catalan pair", "Carta per a D. Pere Rovira i Casals, Girona.", []string{"PERSON:D. Pere Rovira i Casals"}},
		{"don unknown family", "Escribe a D. Miquel Ferrer i Mas sobre el pedido.", []string{"PERSON:D. Miquel Ferrer i Mas"}},
		{"dona long name", "Envie a D. Maria da Graça Teixeira dos Reis o cupão.", []string{"PERSON:D. Maria da Graça Teixeira dos Reis"}},
		{"dona word", "Escreva para Dona Filomena Carvalho Duarte hoje.", []string{"PERSON:Dona Filomena Carvalho Duarte"}},
		{"initial before a family name", "D. Smith called twice.", []string{"PERSON:D. Smith"}},
		{"swedish i after a title", "Fru Kerstin Nyberg i Lund ringde.", []string{"PERSON:Fru Kerstin Nyberg", "LOCATION:Lund"}},
		{"swedish names", "Välkommen Olle Lindström och Ebba Sjögren!", []string{"PERSON:Olle Lindström", "PERSON:Ebba Sjögren"}},
		{"norwegian names", "Send a card to Øyvind Kristiansen.", []string{"PERSON:Øyvind Kristiansen"}},
		{"short form signature", "Thanks so much,\nBecca", []string{"PERSON:Becca"}},
		{"basque names", "Invite Aitor Etxeberria and Nerea Agirre.", []string{"PERSON:Aitor Etxeberria", "PERSON:Nerea Agirre"}},
		{"portuguese names", "Parabéns ao Gonçalo Pereira pela compra.", []string{"PERSON:Gonçalo Pereira"}},
		{"polish title genitive", "Napisz list dla Pana Tadeusza Nowickiego.", []string{"PERSON:Pana Tadeusza Nowickiego"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPersonLowerCaseInList checks lower-case names in a list of names,
// in a text that has capitals and in which two names were found already.
func TestPersonLowerCaseInList(t *testing.T) {
	tests := []findCase{
		{"before an e-mail", "attendees: martin keller mk@example.org, Sofia Romano (sofia@example.org), Dr. Ana Costa",
			[]string{"PERSON:Sofia Romano", "PERSON:Dr. Ana Costa", "PERSON:martin keller"}},
		{"before an e-mail, one name", "attendees: martin keller mk@example.org, Sofia Romano (sofia@example.org)",
			[]string{"PERSON:Sofia Romano"}},
		{"e-mail on its own line", "Invite:\nelena rossi elena.r@example.com\nJonas Weber jw@example.com\nMaria Lopez ml@example.com",
			[]string{"PERSON:Jonas Weber", "PERSON:Maria Lopez", "PERSON:elena rossi"}},
		// One lower-case name is no list, but a line typed in lower case
		// reads a given and a family name of the gazetteers (lower24_lines.go).
		{"one name only", "Invite:\nelena rossi elena.r@example.com\nThanks, Jonas", []string{"PERSON:Jonas", "PERSON:elena rossi"}},
		{"words before an e-mail", "Please send the offer to the list admin@example.org today.", nil},
		{"e-mail mid-sentence", "We asked martin keller mk@example.org yesterday.", nil},
		{"list of three", "Guests: Maria Lopez, Paul Weber, david chen, Tom Baker",
			[]string{"PERSON:Maria Lopez", "PERSON:Paul Weber", "PERSON:Tom Baker", "PERSON:david chen"}},
		{"list of three, before and", "Invite Anna Schmidt, Paul Weber, linda baker and Tom.",
			[]string{"PERSON:Anna Schmidt", "PERSON:Paul Weber", "PERSON:Tom", "PERSON:linda baker"}},
		{"list of two", "Invite Anna Schmidt, linda baker and Tom.", []string{"PERSON:Anna Schmidt", "PERSON:Tom"}},
		{"words after a name", "Thanks Anna Schmidt, Paul Weber and Tom, linda said hi", []string{"PERSON:Anna Schmidt", "PERSON:Paul Weber", "PERSON:Tom"}},
		{"ambiguous word", "Anna Schmidt, Paul Weber, mark brown and Tom", []string{"PERSON:Anna Schmidt", "PERSON:Paul Weber", "PERSON:Tom"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}
