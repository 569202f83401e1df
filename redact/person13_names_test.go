package redact

import (
	"slices"
	"testing"
)

// TestPerson13NameForms covers the names found by their form: patronymics,
// Thai family names, Hmong clan names after short syllables, Polynesian
// glottal stops and macrons; and words of the same shapes that are no names.
func TestPerson13NameForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Nordic patronymic", "Yesterday Tormund Haraldsen picked up the order.", []string{"Tormund Haraldsen"}},
		{"Icelandic patronymic", "Yesterday Gunnhildur Haraldsdóttir picked up the order.", []string{"Gunnhildur Haraldsdóttir"}},
		{"Kazakh patronymic", "Yesterday Aigerim Nurlanovna picked up the order.", []string{"Aigerim Nurlanovna"}},
		{"Thai family name", "Yesterday Kanokwan Sirirat picked up the order.", []string{"Kanokwan Sirirat"}},
		{"Hmong clan", "Yesterday Pa Houa Vang picked up the order.", []string{"Pa Houa Vang"}},
		{"glottal stop", "Yesterday Losa Fa'amausili picked up the order.", []string{"Losa Fa'amausili"}},
		{"macron", "Yesterday Hēmi Te Rangi picked up the order.", []string{"Hēmi Te Rangi"}},
		{"contractions and elisions", "Qu'il vienne. Ma'am, Don't Stop.", nil},
		{"a lesson and a place", "The Lesson Plan is in Hong Kong.", nil},
		{"other accents are not folded", "Kérem, küldjék el. Gör inlägg.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson13FormFamily covers formFamily's word shapes alone.
func TestPerson13FormFamily(t *testing.T) {
	for w, want := range map[string]bool{
		"Haraldsen": true, "Sigurdsson": true, "Jónsdóttir": true, "Petrivna": true, "Serikovich": true,
		"Bolatuly": true, "Wongsawat": true, "Srisuk": true, "Tokayeva": true,
		"Lesson": false, "Season": false, "Nowhere": false, "Democrat": false, "Customer": false, "Reason": false,
		"Person": false, "Mansion": false, "Scissor": false,
	} {
		if got := formFamily(w); got != want {
			t.Errorf("formFamily(%q) = %v, want %v", w, got, want)
		}
	}
}
