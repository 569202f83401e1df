package redact

import "testing"

// TestPublic16Context checks the cues of public16_public.go (events with a
// guest, facts to mention, more mentions and roles, compounds, modifiers,
// car models, quoted examples, notable names in lower case) and that a
// customer slot still wins.
func TestPublic16Context(t *testing.T) {
	tests := []findCase{
		{"author evening, swedish compound", "Tack till alla som kom på författarkvällen med Tilde Varnström i fredags.", nil},
		{"reading, german", "Einladung zur Lesung mit Ortrud Keppler am Donnerstag.", nil},
		{"book signing", "Join our book signing with Delphine Arkwright on Saturday.", nil},
		{"a dinner with a relative is no event", "Book a dinner with Rosalind Quarrey for Friday.", []string{"PERSON:Rosalind Quarrey"}},
		{"mention that", "Maybe mention that Rosalind Quarrey played at the harbour festival.", nil},
		{"nämn gärna att", "Nämn gärna att Tilde Varnström kommer i april.", nil},
		{"hinweis dass", "Gerne ein Hinweis, dass Ortrud Keppler schon hier war.", nil},
		{"that without a mention verb", "We heard that Rosalind Quarrey moved house.", []string{"PERSON:Rosalind Quarrey"}},
		{"as seen on a show with its host", "As seen on The Morning Show with Delphine Arkwright.", nil},
		{"starring", "A short film starring Kasimir Oduya and friends.", nil},
		{"joke about, italian", "Puoi fare una battuta su Ortensio, ma niente di più.", nil},
		{"rights to", "We have no rights to Kasimir Oduya's music any more.", nil},
		{"a role as a compound's last part", "Ein Hinweis, dass die Krimi-Autorin Ortrud Keppler kommt.", nil},
		{"a role compound opening the span", "Grüße an Bestseller-Autorin Ortrud Keppler vom Team.", nil},
		{"street named after a person", "Avsändare: Stadsbiblioteket, Gustaf Varnströmsvägen 50, Storvik.", nil},
		{"a joke compound", "Und bitte keinen Tilde-Varnström-Spruch.", nil},
		{"double-barrelled name stays", "Bitte an Anna-Lena Keppler-Varnström schicken.", []string{"PERSON:Anna-Lena Keppler-Varnström"}},
		{"a name modifying a noun", "Alternative: an Ortensia pun in the headline.", nil},
		{"a car's model", "Jméno: Ing. Ota Kraus | vůz Škoda Fabia 3AB 1234 | STK do 5. 4.", []string{"PERSON:Ing. Ota Kraus"}},
		{"quoted example before gibi", "İsimleri \"Selin T.\" gibi kısalt.", nil},
		{"quoted example after like", "Shorten names like \"Mira K.\" in each quote.", nil},
		{"notable in lower case", "ok so someone donated a signed nigella lawson cookbook lol", nil},
		{"greeting still wins", "Dear Rosalind Quarrey, thanks for joining the book signing with Delphine Arkwright.", []string{"PERSON:Rosalind Quarrey"}},
		{"label still wins over a role compound", "Name: Bestseller-Autorin Ortrud Keppler", []string{"PERSON:Bestseller-Autorin Ortrud Keppler"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPublic16Slots checks that contact data or a greeting keeps a name
// that public16_public.go would read as a street or a notable name.
func TestPublic16Slots(t *testing.T) {
	tests := []findCase{
		{"greeting before a street-like name", "Dear Ilse Kornvägen, your parcel is ready.", []string{"PERSON:Ilse Kornvägen"}},
		{"lower-case notable with an address", "please summarise: 'rick stein <r.stein@example.com> cannot log in'", []string{"PERSON:rick stein"}},
		{"a name before a street in one run stays", "Contact Ilse Marten Kornvägen today.", []string{"PERSON:Ilse Marten Kornvägen"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPublic16Mentions checks a second fact to mention, the Czech form,
// and names of the fourth batch of data/notable_world.txt.
func TestPublic16Mentions(t *testing.T) {
	tests := []findCase{
		{"and that, after a mention verb opening the sentence", "Please mention the spring fair at the town hall and that Rosalind Quarrey opened it.", nil},
		{"and that, without one", "We held the spring fair and that Rosalind Quarrey opened it.", []string{"PERSON:Rosalind Quarrey"}},
		{"czech zmiň, že", "Na závěr zmiň, že Ota Kraus přijde pozdravit děti.", nil},
		{"a closing quote", "Citazione finale di Ortensia Valdieri, grazie.", nil},
		{"fourth batch: a conductor and a chef", "Music like Gustavo Dudamel conducts it, food like Massimo Bottura cooks it.", nil},
		{"fourth batch: a presenter and a writer", "Tone: Claudia Winkleman meets Fredrik Backman.", nil},
		{"fourth batch: a label still wins", "Name: Claudia Winkleman, 07700 900123", []string{"PERSON:Claudia Winkleman"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPublic16Labels checks a brief's labels for a tone or a line-up, a
// name joined by "meets" to a listed one, and a lead adjective before a
// role after a name.
func TestPublic16Labels(t *testing.T) {
	tests := []findCase{
		{"tone label opening a line", "Brief for the spring mailer.\nTone: Rosalind Quarrey meets Tilde Varnström.", nil},
		{"meets a listed name", "Think Claudia Winkleman meets Ortensia Valdieri.", nil},
		{"headliner", "Poster copy.\nHeadliner: Delphine Arkwright. Support act: Kasimir Oduya.", nil},
		{"a lead adjective before a role", "Keynote: Delphine Arkwright, bestselling author.", nil},
		{"voiceover", "Voiceover by Kasimir Oduya, if budget allows.", nil},
		{"tv's", "Hosted by TV's Delphine Arkwright.", nil},
		{"como diría", "Como diría Ortensia Valdieri, menos es más.", nil},
		{"a greeting still wins", "Tone: friendly.\nDear Rosalind Quarrey, thanks for your order.", []string{"PERSON:Rosalind Quarrey"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPublic16Compounds checks a role at the end of a one-word compound
// before a name, and that a possessive before it makes the role a
// colleague's.
func TestPublic16Compounds(t *testing.T) {
	tests := []findCase{
		{"german compound", "Ein Gruß von Popsängerin Ortensia Valdieri zum Schluss.", nil},
		{"swedish compound", "Avsluta med ett citat av deckarförfattaren Tilde Varnström.", nil},
		{"possessive before the compound", "Een avond met onze huiszangeres Rosalind Quarrey.", []string{"PERSON:Rosalind Quarrey"}},
		{"the compound without it", "Een avond met popzangeres Rosalind Quarrey.", nil},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPublic16OwnPeople checks that a fact to mention about the writer's
// own people keeps their names.
func TestPublic16OwnPeople(t *testing.T) {
	tests := []findCase{
		{"from our team", "Please mention that Rosalind Quarrey from our team will lead the walk.", []string{"PERSON:Rosalind Quarrey"}},
		{"our new stylist", "Mention that Rosalind Quarrey, our new stylist, starts in May.", []string{"PERSON:Rosalind Quarrey"}},
		{"swedish", "Nämn gärna att Rosalind Quarrey från vår butik hjälper till.", []string{"PERSON:Rosalind Quarrey"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPublic16PrivateEvents checks that a private evening, a school play's
// cast and a local concert keep their people's names.
func TestPublic16PrivateEvents(t *testing.T) {
	tests := []findCase{
		{"an evening with a relative", "Tack för en fin kväll med Rosalind Quarrey i lördags.", []string{"PERSON:Rosalind Quarrey"}},
		{"a school play's cast", "Cast: Rosalind Quarrey as the innkeeper, age 7.", []string{"PERSON:Rosalind Quarrey"}},
		{"a local concert", "Sunday concert with Rosalind Quarrey on the organ.", []string{"PERSON:Rosalind Quarrey"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPublic16RoleAfter checks a writer's role right after a comma.
func TestPublic16RoleAfter(t *testing.T) {
	tests := []findCase{
		{"author of", "\"A gripping read.\" -- Delphine Arkwright, author of THE SALT ROADS", nil},
		{"a customer's signature stays", "Thanks again! -- Delphine Arkwright, 07700 900123", []string{"PERSON:Delphine Arkwright"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}
