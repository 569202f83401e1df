package redact

import (
	"os"
	"slices"
	"strings"
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
		{"Hmong clan", "Yesterday Pa Kou Xiong picked up the order.", []string{"Pa Kou Xiong"}},
		{"glottal stop", "Yesterday Losa Fa'alogo picked up the order.", []string{"Losa Fa'alogo"}},
		{"macron", "Yesterday Hēmi Te Awa picked up the order.", []string{"Hēmi Te Awa"}},
		{"two names of names_more", "Yesterday Akankunda Agaba picked up the order.", []string{"Akankunda Agaba"}},
		{"a lone name of names_more", "Kanok picked up the order.", nil},
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

// TestNamesMoreInSync checks that data/names_more_given.bin and
// data/names_more_family.bin hold the hashes of data/names_more.txt.
func TestNamesMoreInSync(t *testing.T) {
	b, err := os.ReadFile("data/names_more.txt")
	if err != nil {
		t.Fatal(err)
	}
	var given, family []uint64
	sec := ""
	for _, l := range strings.Split(string(b), "\n") {
		switch {
		case l == "" || l[0] == '#':
		case l == "[given]" || l == "[family]":
			sec = l
		case sec == "[given]":
			given = append(given, fnv64(l))
			if !moreGivenKnown(l) {
				t.Fatalf("moreGivenKnown(%q) = false, want true", l)
			}
		default:
			family = append(family, fnv64(l))
			if !moreFamilyKnown(l) {
				t.Fatalf("moreFamilyKnown(%q) = false, want true", l)
			}
		}
	}
	for _, c := range []struct {
		set  string
		want []uint64
	}{{moreGivenHashes, given}, {moreFamilyHashes, family}} {
		slices.Sort(c.want)
		c.want = slices.Compact(c.want)
		got := make([]uint64, len(c.set)/8)
		for i := range got {
			got[i] = load64(c.set, 8*i)
		}
		if !slices.Equal(got, c.want) {
			t.Fatalf("a names_more .bin holds %d hashes, data/names_more.txt %d names: run gen/gen-names-more.mjs", len(got), len(c.want))
		}
	}
	for _, w := range []string{"The", "Manager", "Zzyzx", ""} {
		if moreGivenKnown(w) || moreFamilyKnown(w) {
			t.Errorf("%q is in names_more, want not", w)
		}
	}
}
