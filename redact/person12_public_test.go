package redact

import "testing"

// TestPublicFigures checks public figures read from their context: a
// role word before the name, a mention phrase, a work after a
// possessive, an apposition, a quoted work's author, a pair with a
// listed notable; and that a customer slot, contact data or a possessive
// before the role still keeps the name a person.
func TestPublicFigures(t *testing.T) {
	tests := []findCase{
		{"role before", "Open the post with a line from cyclist Tomas Brennick about hills.", nil},
		{"german role", "Ein Zitat der Sängerin Lena Vorhagen passt gut.", nil},
		{"french role", "Un clin d'œil au réalisateur Paul Vermande, sans excès.", nil},
		{"spanish role", "Algo como la cantante Marta Olivenza en su gira.", nil},
		{"italian role", "Un accenno al ciclista Marco Fenati, niente di più.", nil},
		{"dutch role", "Een knipoog naar schrijfster Anne Velthuis mag.", nil},
		{"swedish definite role", "En rad från författaren Karin Tellgren räcker.", nil},
		{"two-word role", "A nod from Olympic champion Sarah Kettley would help.", nil},
		{"mention phrase", "Maybe a nod to Daniel Forsberg in the second line.", nil},
		{"negated mention", "Please don't name-drop Laura Pettersen in the copy.", nil},
		{"music by", "Play something with music by Carlos Viedma at the door.", nil},
		{"german mention", "Keine Anspielungen auf Stefan Brückner bitte.", nil},
		{"work after the possessive", "Tie it to Helen Marchetti's latest album.", nil},
		{"apposition", "Quote Oliver Penhale, the broadcaster, on slow Sundays.", nil},
		{"quoted work by", "We read \"The Pebble\" by Nora Lindqvist this month.", nil},
		{"pair with a listed notable", "Maybe Jean Sibelius or Ilmari Haavisto for the playlist.", nil},
		{"listed notable after", "Lines from Ilmari Haavisto and Jean Sibelius work.", nil},
		{"quoted pair title", "Die Klasse spielt „Romeo und Julia“ im Mai.", nil},
		{"funeral home in the possessive", "Cards signed by Darcy's Funeral Directors, Quay Road.", nil},
		{"mention noun after", "Keep it light, no Oliver Penhale jokes this time.", nil},
		{"style of", "Draw it à la manière de Paul Vermande, in pastels.", nil},
		{"inspiration label", "Inspiration: Sarah Kettley on a wet morning ride.", nil},
		{"running club", "Entries came from Quayside Harriers and Kelpie Striders.", nil},
		{"company chief", "Quote the airline's CEO Marcus Hallberg on legroom.", nil},
		{"french quoted work", "On lit « La Dune » de Paul Vermande en classe.", nil},
		{"pair after a cue", "Maybe a nod to Daniel Forsberg or Laura Pettersen here.", nil},
		{"desk sign-off", "From: Harbourview Reception\nSubject: recalls", nil},
		// A customer slot wins.
		{"greeting wins", "Dear cyclist Tomas Brennick, your bike is ready.", []string{"PERSON:Tomas Brennick"}},
		{"our role", "Our designer Tomas Brennick will call you.", []string{"PERSON:Tomas Brennick"}},
		{"our cyclist", "Congratulations to our cyclist Tomas Brennick!", []string{"PERSON:Tomas Brennick"}},
		{"local author", "Meet local author Anne Velthuis on Saturday.", []string{"PERSON:Anne Velthuis"}},
		{"contact after", "Book singer Lena Vorhagen, lena.v@example.org, for the gala.", []string{"PERSON:Lena Vorhagen"}},
		{"phone after", "Ask cyclist Tomas Brennick on 0161 555 0199 about it.", []string{"PERSON:Tomas Brennick"}},
		{"no role", "Please call Tomas Brennick about the frame.", []string{"PERSON:Tomas Brennick"}},
		{"pair of customers", "Invite Anne Velthuis or Tomas Brennick to the tasting.", []string{"PERSON:Anne Velthuis", "PERSON:Tomas Brennick"}},
		{"possessive and an order", "Tomas Brennick's order is late.", []string{"PERSON:Tomas Brennick"}},
		{"possessive and a visit", "Darcy's visit is on Monday.", []string{"PERSON:Darcy"}},
		{"verb after", "At the fitting Helen Marchetti jokes that the hem is too short.", []string{"PERSON:Helen Marchetti"}},
		{"webinar presenter", "Webinar presenter Helen Marchetti joins at three.", []string{"PERSON:Helen Marchetti"}},
		{"pair of customers after a verb", "Please call Daniel Forsberg or Laura Pettersen today.", []string{"PERSON:Daniel Forsberg", "PERSON:Laura Pettersen"}},
		{"club champion", "Well done to club champion Tomas Brennick.", []string{"PERSON:Tomas Brennick"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}
