package redact

import "testing"

// TestLocdob9Towns holds the towns the ninth LOCATION issue added (values
// made up for the test): a review's credit after its stars, a known town
// with a note after it in a list's field, a district and its town with a
// slash, "of" after a name, the Polish genitive of soft-ending towns and
// after an age, and Nordic family words before "i".
func TestLocdob9Towns(t *testing.T) {
	checkFindCases(t, []findCase{
		{"review credit after stars", "Reviews:\n★★★★☆ Tomás Vera, Benidorm: \"Lovely beans\"\n",
			[]string{"PERSON:Tomás Vera", "LOCATION:Benidorm"}},
		{"credit at a line's start", "Reviews:\nTomás Vera, Benidorm: „Lovely beans”\n",
			[]string{"PERSON:Tomás Vera", "LOCATION:Benidorm"}},
		{"colon without a quote", "Reviews:\n★★★ Tomás Vera, Benidorm: lovely\n", []string{"PERSON:Tomás Vera"}},
		{"role after stars", "★★★★★ Tomás Vera, Manager: \"Lovely beans\"\n", []string{"PERSON:Tomás Vera"}},
		{"town and a note in a field", "Guests:\nNjeri Wambui – 0711 000 111 – 3 VIP – Machakos, arriving Friday\nAchieng Atieno – 0711 000 222 – 1 VIP – Naivasha; needs parking\n",
			[]string{"PERSON:Njeri Wambui", "PHONE_NUMBER:0711 000 111", "LOCATION:Machakos", "PERSON:Achieng Atieno", "PHONE_NUMBER:0711 000 222", "LOCATION:Naivasha"}},
		{"district, slash, town", "Liste:\n- Elif Şahin – poliçe 03.05.2026 – Tepebaşı/Eskişehir\n",
			[]string{"PERSON:Elif Şahin", "LOCATION:Tepebaşı", "LOCATION:Eskişehir"}},
		{"of after a name", "Thanks to Rohan Karki of Limerick for the flowers.",
			[]string{"PERSON:Rohan Karki", "LOCATION:Limerick"}},
		{"Polish genitive, soft endings", "Słuchacze:\n- Pan Bogdan Lis z Torunia\n- Pani Ewa Zając z Poznania\n",
			[]string{"PERSON:Pan Bogdan Lis", "LOCATION:Torunia", "PERSON:Pani Ewa Zając", "LOCATION:Poznania"}},
		{"Polish town after an age", "- Pani Ewa Zając, 81 lat, z Kalisza – dziękujemy!",
			[]string{"PERSON:Pani Ewa Zając", "AGE:81 lat", "LOCATION:Kalisza"}},
		{"Norwegian family word and i", "Fru Randi Vik bor hos datteren i Bergen nå.",
			[]string{"PERSON:Fru Randi Vik", "LOCATION:Bergen"}},
		{"known district after a street", "Get well soon: Mama Chinwe Obi is home at 14 Mango Close, Ikeja, and visits are welcome.",
			[]string{"PERSON:Mama Chinwe Obi", "STREET_ADDRESS:14 Mango Close", "LOCATION:Ikeja"}},
		{"unknown district before a postcode", "Entrega: Joana Reis, Rua das Flores, n.º 12, r/c, Quinta do Lago Azul, 4700-123 Braga",
			[]string{"PERSON:Joana Reis", "STREET_ADDRESS:Rua das Flores, n.º 12, r/c", "LOCATION:Quinta do Lago Azul", "ZIP_CODE:4700-123", "LOCATION:Braga"}},
		{"a home's noun before the preposition", "Ruth Akers now lives with her son's family in Tulsa.",
			[]string{"PERSON:Ruth Akers", "LOCATION:Tulsa"}},
		{"an adverb between the verb and i", "Fru Randi Vik bor midlertidig i Larvik.",
			[]string{"PERSON:Fru Randi Vik", "LOCATION:Larvik"}},
		{"an adverb between the verb and à", "Gwenn Le Goff vit désormais à Vannes.",
			[]string{"PERSON:Gwenn Le Goff", "LOCATION:Vannes"}},
		// "D." (Dona) is no title the rules read; the learned name model
		// (on by default) finds the given name of the resident, a person.
		{"a care home", "D. Alzira Neves (88 anos) está num lar em Braga.",
			[]string{"PERSON:D. Alzira Neves", "AGE:88 anos", "LOCATION:Braga"}},
		{"a shop's street", "Visit our shop at 14 Mango Close, Ikeja, from Monday.", nil},
	})
}
