package redact

import "testing"

// TestOrdinalsAndGluedAges checks ordinal days without a month after a
// birth word or a turning age, ordinal ages after a possessive, "29yo",
// ages after a family word, and the look-alikes that stay unmarked.
func TestOrdinalsAndGluedAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"day after birthday", "her birthday is on the 22nd", []string{"DATE_OF_BIRTH:22nd"}},
		{"day after a turning age", "he turns 40 on the 3rd", []string{"AGE:40", "DATE_OF_BIRTH:3rd"}},
		{"possessive ordinal, end", "We are planning a party for her 85th.", []string{"AGE:85"}},
		{"possessive ordinal, time", "cake for his 60th next week", []string{"AGE:60"}},
		{"possessive ordinal, bang", "flowers for my 21st!", []string{"AGE:21"}},
		{"kin possessive ordinal", "a hamper for my dad's 70th, please", []string{"AGE:70"}},
		{"glued yo", "Applicant 29yo, prefers email", []string{"AGE:29yo"}},
		{"glued y/o", "the 4y/o loves the blue one", []string{"AGE:4y/o"}},
		{"kin is", "my mum is 81 and can't use apps", []string{"AGE:81"}},
		{"capital kin is", "Dad is 83. Mum is 79.", []string{"AGE:83", "AGE:79"}},
		{"kin bracket", "grandad (92) loved the cake", []string{"AGE:92"}},
		// Look-alikes.
		{"possessive ordinal noun", "this is her 12th order with us", nil},
		{"our ordinal", "our 50th store opens today", nil},
		{"their anniversary", "for their 40th.", nil},
		{"small ordinal", "his 2nd.", nil},
		{"the day, no birth word", "call me on the 5th", nil},
		{"glued unit", "buy 2yards of ribbon", nil},
		{"friend bracket", "refer a friend (2) more", nil},
		{"is without kin", "The box is 45 and ships free.", nil},
	})
}

// TestBirthYearsMore checks a year of birth in two digits after an
// apostrophe, a month before the year, and a birth cohort ("classe").
func TestBirthYearsMore(t *testing.T) {
	checkFindCases(t, []findCase{
		{"apostrophe year", "born in '79, moved later", []string{"DATE_OF_BIRTH:79"}},
		{"curly apostrophe year", "born ’83 in a small town", []string{"DATE_OF_BIRTH:83"}},
		{"month and year", "born June 1981", []string{"DATE_OF_BIRTH:June 1981"}},
		{"in month and year", "she was born in October 1992.", []string{"DATE_OF_BIRTH:October 1992"}},
		{"italian cohort", "sono della classe 1979", []string{"DATE_OF_BIRTH:1979"}},
		// Look-alikes.
		{"apostrophe year, no birth word", "released in '99 on vinyl", nil},
		{"month and year, no birth word", "opened in June 1981", nil},
		{"recent classe", "la classe 2023 del liceo", nil},
	})
}

// TestNotesAndOtherLanguagesAges checks ages in notes whose subject is
// left out, first-person ages in Dutch and German, the Nordic "på" after
// a family word, ordinals after a name's possessive or "happy", and a
// birth label in a row of fields set off by bars.
func TestNotesAndOtherLanguagesAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"note fyller", "anteckning: fyller 50 nästa vecka", []string{"AGE:50"}},
		{"note wordt", "notitie: wordt 70 deze maand", []string{"AGE:70"}},
		{"dutch ik ben", "Sinds maart klant. Ik ben 41.", []string{"AGE:41"}},
		{"german ich bin", "ich bin 41 und wohne hier.", []string{"AGE:41"}},
		{"quoted first person", "review: 'I'm 27, new to baking'", []string{"AGE:27"}},
		{"danish på", "Hun har en datter på 7 og en hund.", []string{"AGE:7"}},
		{"name genitive", "flowers for ingrid's 70th, deliver Friday", []string{"AGE:70"}},
		{"name genitive in a cell", "| 3 | for Ingrid's 70th |", []string{"PERSON:Ingrid", "AGE:70"}},
		{"name genitive birthday", "my son Tobias's 6th birthday party", []string{"PERSON:Tobias", "AGE:6"}},
		{"happy kin", "card text: Happy 30th, little bro", []string{"AGE:30"}},
		{"happy comma", "Happy 50th, Carla!", []string{"AGE:50", "PERSON:Carla"}},
		{"bar row label", "Kontakt: Ana Ruiz | Fecha de nac.: 04/05/1982 | Ciudad: Lugo", []string{"PERSON:Ana Ruiz", "DATE_OF_BIRTH:04/05/1982", "LOCATION:Lugo"}},
		// Look-alikes.
		{"happy anniversary", "happy 10th anniversary to our shop", nil},
		{"shop genitive", "Tesco's 50th store", nil},
		{"price wordt", "de prijs wordt 70 deze maand", nil},
		{"på a time", "vi ses på 5 minutter", nil},
		{"bar row other label", "Kontakt: Ana | Datum: 04/05/1982", []string{"PERSON:Ana"}},
	})
}

// TestKinAndCellAges checks ages after a family word in the covered
// languages, a name after a family word, adverbs before an age, a table
// cell that ends an age, and a day and month in digits after a birth word.
func TestKinAndCellAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"dutch kin", "Mijn moeder is 81 en woont alleen.", []string{"AGE:81"}},
		{"just turned in a cell", "| loyal buyer, he just turned 52 |", []string{"AGE:52"}},
		{"only", "my niece? she's only 23, still studying", []string{"AGE:23"}},
		{"hes", "hes 22 and loves board games", []string{"AGE:22"}},
		{"name after kin", "Her brother-in-law Tomas is 58.", []string{"PERSON:Tomas", "AGE:58"}},
		{"numeric birthday", "Rui faz anos: aniversário 03/08, gosta de vinho", []string{"PERSON:Rui", "DATE_OF_BIRTH:03/08"}},
		{"german dotted birthday", "Geburtstag: 3.4.", []string{"DATE_OF_BIRTH:3.4."}},
		{"cell note turns", "Ada Obi | turns 70 this week", []string{"PERSON:Ada Obi", "AGE:70"}},
		// Look-alikes.
		{"price only", "the price is only 12 and cheap", nil},
		{"numeric date, no birth word", "delivery 03/08 — call first", nil},
		{"numeric with year", "aniversário 03/08/1990", []string{"DATE_OF_BIRTH:03/08/1990"}},
	})
}

// TestTitledAndWeekdayAges checks ages after a titled name, a Dutch
// relative pronoun after a family word, "-in-law", a weekday between
// "wird am" and the age, the Polish "(lat 67)", and ordinal birthdays in
// French, Dutch and the Nordic languages.
func TestTitledAndWeekdayAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"weekday", "Frau Lenz wird am Dienstag 90.", []string{"PERSON:Frau Lenz", "AGE:90"}},
		{"dutch weekday", "Mevrouw Smit wordt op zondag 70.", []string{"PERSON:Mevrouw Smit", "AGE:70"}},
		{"titled is", "Mrs Obi is 71 and loves roses.", []string{"PERSON:Mrs Obi", "AGE:71"}},
		{"dutch die", "we bellen zijn opa, die is 88", []string{"AGE:88"}},
		{"in-law", "Her sister-in-law Ysolde is 45.", []string{"PERSON:Ysolde", "AGE:45"}},
		{"polish lat", "Pan Nowak (lat 67) pyta o zwrot", []string{"PERSON:Pan Nowak", "AGE:67"}},
		{"french anniversaire", "Pour son 80e anniversaire, offrez un bouquet.", []string{"AGE:80"}},
		{"dutch ste", "Mijn vader viert zijn 70ste verjaardag.", []string{"AGE:70"}},
		{"dutch ste alone", "feest voor haar 40ste!", []string{"AGE:40"}},
		{"nordic årsdag", "til hennes 60-årsdag i mai", []string{"AGE:60"}},
		{"english anniversary", "their 25th anniversary dinner", nil},
		{"dutch ste century", "de 21ste eeuw", nil},
		// Look-alikes.
		{"weekday price", "Der Preis wird am Montag 80 Euro.", nil},
		{"dutch die thing", "de doos, die is 30", nil},
		{"lat coordinate", "position lat 47.3 north", nil},
	})
}
