package redact

import (
	"slices"
	"testing"
)

// TestPerson18Mdm covers Singapore's and Malaysia's "Mdm" before a name
// no gazetteer may know, with and without its dot.
func TestPerson18Mdm(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an appointment line", "Bookings today:\n15:30  Mdm Teo Kim Choo – perm – 9123 0000\n16:00  Mdm. Ong Ah Moi – cut",
			[]string{"Mdm Teo Kim Choo", "Mdm. Ong Ah Moi"}},
		{"in a sentence", "Please remind Mdm Kwek Swee Lan that her order is ready.",
			[]string{"Mdm Kwek Swee Lan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson18LatinBeforeHonorific covers a Latin-script name before a
// Japanese honorific, and what stays no name.
func TestPerson18LatinBeforeHonorific(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a booking list", "予約者:\n2. Oyunaa Ganbold 様（2名）、携帯 090-0000-0000", []string{"Oyunaa Ganbold"}},
		{"three words and 氏", "本日 Dagny Eir Solberg 氏が来店します。", []string{"Dagny Eir Solberg"}},
		{"a business", "請求先: Harbour Bakery 様", nil},
		{"one word", "宛先: Ganbold 様", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson18Worship covers a place of worship named after a patron, and
// a person's name after a word that is a name too.
func TestPerson18Worship(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a gurdwara", "The langar at Gurdwara Guru Tegh Bahadur Sahib was lovely.", nil},
		{"a masjid", "Prayers at Masjid Abu Bakar Siddiq tonight.", nil},
		{"a person after a name-word", "Call Temple Maria Lopez on Monday.", []string{"Temple Maria Lopez"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
