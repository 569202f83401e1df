package redact

import "testing"

// TestGeneratedNames checks the generated gazetteers (person_gen.go):
// their names count in pairs and in name positions, a lone one is an
// unknown word, and they never change a word a hand-written list knows.
func TestGeneratedNames(t *testing.T) {
	checkFindCases(t, []findCase{
		{"generated given and family", "Please call Olufunke Adegbite about the order.", []string{"PERSON:Olufunke Adegbite"}},
		{"generated given before an unknown surname", "Thulisile Zwaneveld renewed her plan.", []string{"PERSON:Thulisile Zwaneveld"}},
		{"generated given alone", "The Olusola blend is back in stock.", nil},
		{"generated given after a greeting", "Hi Olusola, your parcel is on its way.", []string{"PERSON:Olusola"}},
		{"age after a generated pair", "Olufunke Adegbite, 41, loves the lavender range.", []string{"PERSON:Olufunke Adegbite", "AGE:41"}},
		{"no age after a lone generated given", "Blends: Olusola, 12 grams, Assam", nil},
		{"hyphenated word with a generated given name", "Butchers are into Harley-Davidsons.", nil},
		{"korean hyphenated given and family", "Ha-eun Jeong booked a table for two.", []string{"PERSON:Ha-eun Jeong"}},
		{"korean hyphenated given, capital second syllable", "Thanks to Min-Hyuk Hwang for the review.", []string{"PERSON:Min-Hyuk Hwang"}},
		{"korean hyphenated given alone", "The Ha-eun set ships today.", nil},
		{"doubled syllable", "Ho-Ho Sale starts now.", nil},
		{"street after Via with a regnal numeral", "Consegna: Via Carlo Felice II 31, Genova", []string{"STREET_ADDRESS:Via Carlo Felice II 31", "LOCATION:Genova"}},
	})
}

// TestGeneratedNamesKeepHandFlags checks that a word of a hand-written
// list keeps its flags when a generated list has it too.
func TestGeneratedNamesKeepHandFlags(t *testing.T) {
	tests := []struct {
		word      string
		flags     uint8
		generated bool
	}{
		{"Danjuma", nameFamily, false},  // family.txt; a given name in a generated list
		{"Olusola", nameGiven, true},    // generated only
		{"Adegbite", nameFamily, false}, // generated family name
		{"Monday", nameStop, false},     // a stop word stays one
		{"Olufunke", nameGiven, true},   // generated only
		{"Thulisile", nameGiven, true},  // generated only
		{"Zwaneveld", 0, false},         // in no list
		{"Hope", nameAmbiguous, false},  // ambiguousGiven
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := nameFlagsOf(tc.word); got != tc.flags {
				t.Errorf("nameFlagsOf(%q) = %08b, want %08b", tc.word, got, tc.flags)
			}
			if got := generatedGivenOnly(tc.word); got != tc.generated {
				t.Errorf("generatedGivenOnly(%q) = %v, want %v", tc.word, got, tc.generated)
			}
		})
	}
}

// TestHouseNumberAfter checks the house number after a street name, also
// after a regnal numeral.
func TestHouseNumberAfter(t *testing.T) {
	tests := []struct {
		after string
		want  bool
	}{
		{" 12", true},
		{" II 144", true},
		{" I, 7", true},
		{" IV 9b", true},
		{" II", false},
		{" Street 4", false},
		{", 12", false},
		{"", false},
	}
	for _, tc := range tests {
		text := "Via Roma" + tc.after
		if got := houseNumberAfter(text, len("Via Roma")); got != tc.want {
			t.Errorf("houseNumberAfter(%q) = %v, want %v", text, got, tc.want)
		}
	}
}

// TestNameFlagsSize checks that nameFlags stays within 65,536 slots (39,321
// keys at its 0.6 load): one key more doubles the table, and its key
// slice is what the garbage collector scans on every cycle (about 180
// instructions per Find at 131,072 slots). Make room in the generated
// lists (gen-names.mjs: CENSUS_SURNAMES) before the hand lists grow past it.
func TestNameFlagsSize(t *testing.T) {
	if n := len(nameFlags.slots); n > 1<<16 {
		t.Errorf("nameFlags has %d slots for %d keys, want at most 65536", n, nameFlags.n)
	}
}

// TestKoreanGivenPair checks the hyphenated Korean given names.
func TestKoreanGivenPair(t *testing.T) {
	tests := []struct {
		tok  string
		want bool
	}{
		{"Ha-eun", true},
		{"Min-Hyuk", true},
		{"Jae-won", true},
		{"Ho-Ho", false},      // one syllable twice
		{"A-ha", false},       // a one-letter syllable
		{"Re-Order", false},   // no syllable
		{"Hyun-", false},      // no second part
		{"Min-jun-ho", false}, // three parts
		{"Seo-yeon", true},
	}
	for _, tc := range tests {
		if got := koreanGivenPair(tc.tok); got != tc.want {
			t.Errorf("koreanGivenPair(%q) = %v, want %v", tc.tok, got, tc.want)
		}
	}
}
