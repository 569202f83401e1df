package redact

import "testing"

// TestPastAndOtherAges holds past ages, "X is 38" in Dutch and ages after
// a family word, with their look-alikes that stay unmarked.
func TestPastAndOtherAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"was when", "He was 33 when he opened the account.", []string{"AGE:33"}},
		{"since was", "ever since she was 19 she has ordered the winter box", []string{"AGE:19"}},
		{"was end", "I was 72, and still hiking.", []string{"AGE:72"}},
		{"dutch ze is", "Ze is 44 en houdt van wandelen.", []string{"AGE:44"}},
		{"dutch hij was", "Hij was 57.", []string{"AGE:57"}},
		{"italian anni", "Ha 63 anni e ama il caffè.", []string{"AGE:63 anni"}},
		{"kin turned", "Her grandma turned 90 on Sunday.", []string{"AGE:90"}},
		{"kin turns", "my son turns 18 next month", []string{"AGE:18"}},
		{"name was", "Olga was 48 at the time.", []string{"PERSON:Olga", "AGE:48"}},
		{"who's turning", "Mr Idris Kamau, who's turning 50 this Friday", []string{"PERSON:Mr Idris Kamau", "AGE:50"}},
		{"appositive then note", "- Marta Kowalczyk, 36 (likes tea)", []string{"PERSON:Marta Kowalczyk", "AGE:36"}},
		{"de wird", "Opa Klaus wird 80!", []string{"PERSON:Opa Klaus", "AGE:80"}},
		{"sv fyller", "Hon fyller 50 och vill fira.", []string{"AGE:50"}},
		{"bracket after name", "Write to Liam Nguyen (34) about the offer.", []string{"PERSON:Liam Nguyen", "AGE:34"}},
		{"bracket after given name", "Emma (7) and her dad", []string{"PERSON:Emma", "AGE:7"}},
		// Look-alikes.
		{"bracket after brand", "Lindt Excellence (12) boxes", nil},
		{"bracket after word", "see chapter (3) and table (12, left)", nil},
		{"de price wird", "Der Preis wird 85.", nil},
		{"list then note", "rows 12, 33 (4 packs)", nil},
		{"was minutes", "since she was 20 minutes late", nil},
		{"price was", "The price was 45 when we checked.", nil},
		{"stores", "We run 31 stores and 12 % off everything.", nil},
		{"store turned", "Our bakery turned 15 last month.", nil},
		{"was then unit", "It was 30 then 40 degrees.", nil},
	})
}

// TestNordicAgesAndNonAges checks Swedish and Danish "is"/"turns" ages
// after a pronoun, and numbers that are not a person's age: the end of a
// range, a level after "reading age", a duration after "al" or "depuis".
func TestNordicAgesAndNonAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"swedish är", "ring honom, han är 58 och vill ha katalogen", []string{"AGE:58"}},
		{"danish er", "send en hilsen til kunden (hun er 44, og glad for kaffe)", []string{"AGE:44"}},
		{"danish fylder with a day", "Han fylder 70 den 9. juni.", []string{"AGE:70", "DATE_OF_BIRTH:9. juni"}},
		{"swedish fyller with a day", "hon fyller 62 den 11 maj", []string{"AGE:62", "DATE_OF_BIRTH:11 maj"}},
		{"english turns on", "she turns 40 on Friday, send flowers", []string{"AGE:40"}},
		{"range end", "41% of 18-24 year olds opened it", nil},
		{"range end with an en dash", "público: 30–45 años", nil},
		{"reading age", "keep it to a reading age 11 level", nil},
		{"minimum age", "minimum age 16 for the raffle", nil},
		{"dutch duration", "Zij is al 12 jaar lid van de club.", nil},
		{"french duration", "client depuis 15 ans", nil},
	})
}

// TestFamilyListAndCommaAges holds ages in brackets after a family word
// and a name (non-ASCII names too), ages after a known name that opens a
// list item, and "is 58" after a name set off by a comma, with their
// look-alikes. (A list name is read only when its last letter ends an age
// word too, e, s, d, r, k, m, t or g: ageMaybe's one-table filter. "Maria:
// 47" is not.)
func TestFamilyListAndCommaAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"son and name", "Booking for Mrs Kaur, son Arjun (9) and her", []string{"PERSON:Mrs Kaur", "PERSON:Arjun", "AGE:9"}},
		{"non-ascii name", "with her mum Gülşen (71) today", []string{"PERSON:Gülşen", "AGE:71"}},
		{"german kin", "Tochter Mila (6) kommt mit", []string{"PERSON:Mila", "AGE:6"}},
		{"list item", "- Carlos: 52, retired\n- Jonas: 47; teacher", []string{"PERSON:Carlos", "AGE:52", "PERSON:Jonas", "AGE:47"}},
		{"list label, no name", "- Price: 52, shipping: 4\n- Total: 56", nil},
		{"name mid-line", "we met Carlos: 52, he said", []string{"PERSON:Carlos"}},
		{"comma is", "klant Naima Bouzid, is 58, en belt vaak", []string{"PERSON:Naima Bouzid", "AGE:58"}},
		{"comma is, no name", "The total, is 58, right?", nil},
		{"brand in brackets", "the Lindt (12) bar", nil},
	})
}

// TestKinBracketAges checks the ages in a bracket after a plural family
// word, and brackets of other numbers. (Only a bracket whose first number
// a space and a word starting like an age unit follow is reached, "12 and"
// or "10 y": ageMaybe's filter; "(4, 7)" is not.)
func TestKinBracketAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"english", "she has two boys (12 and 9) and a dog", []string{"AGE:12", "AGE:9"}},
		{"spanish", "tiene dos hijos (10 y 13) y viven en casa", []string{"AGE:10", "AGE:13"}},
		{"sizes", "sizes (12 and 14) in stock", nil},
		{"one number", "the boys (12) won", nil},
	})
}
