package redact

import "testing"

// TestPerson18Mdm covers Malaysia's "Mdm" before a name
// no gazetteer may know, with and without its dot.
func TestPerson18Mdm(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"Bookings today:\n15:30  Mdm Teo Kim Choo – perm – 9123 0000\n16:00  Mdm. Ong Ah Moi – cut",
			[]string{"Mdm Teo Kim Choo", "Mdm. Ong Ah Moi"}},
		{"Please remind Mdm Kwek Swee Lan that her order is ready.",
			[]string{"Mdm Kwek Swee Lan"}},
	})
}

// TestPerson18LatinBeforeHonorific covers a Latin-script name before a
// Japanese honorific, and what stays no name.
func TestPerson18LatinBeforeHonorific(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"予約者:\n2. Oyunaa Ganbold 様（2名）、携帯 090-0000-0000", []string{"Oyunaa Ganbold 様"}},
		{"本日 Dagny Eir Solberg 氏が来店します。", []string{"Dagny Eir Solberg"}},
		{"請求先: Harbour Bakery 様", nil},
		{"宛先: Ganbold 様", nil},
	})
}

// TestPerson18Worship covers a place of worship named after a patron, and
// a person's name after a word that is a name too.
func TestPerson18Worship(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"The langar at Gurdwara Guru Tegh Bahadur Sahib was lovely.", nil},
		{"Prayers at Masjid Abu Bakar Siddiq tonight.", nil},
		{"Call Temple Maria Lopez on Monday.", []string{"Temple Maria Lopez"}},
	})
}
