package redact

import (
	"slices"
	"testing"
)

func TestSelfIntroSlot(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"this is, full stop", "Hello! This is Tsehay Gebremariam. The party is for my daughter.", []string{"Tsehay Gebremariam"}},
		{"it's, here", "Guest: Hi, it's Kerensa Trevaskis here, we're arriving Friday.", []string{"Kerensa Trevaskis"}},
		{"it's, comma", "Kia ora, it's Ruihana Te Awekotuku, calling about the fun run.", []string{"Ruihana Te Awekotuku"}},
		{"this is, calling", "Voicemail: \"this is Quennell Aberfoyle calling about the stove\"", []string{"Quennell Aberfoyle"}},
		{"Spanish soy, quoted", "\"Soy Itzel Ramírez Coyotl, de Tepatlán, tengo 41 años\"", []string{"Itzel Ramírez Coyotl"}},
		{"Spanish soy, given name", "\"Soy Ernesto Quilapán (mapuche), Lonquimay\"", []string{"Ernesto Quilapán"}},
		{"Portuguese sou", "Sou Ilídia Marangoni Seixas, de Tavira.", []string{"Ilídia Marangoni Seixas"}},
		{"Italian siamo, two people", "Buongiorno, siamo Loredana Pintus e Ettore Zanier, ci sposiamo a maggio.", []string{"Loredana Pintus", "Ettore Zanier"}},
		{"a product", "This is Black Friday. Shop now.", nil},
		{"a team in capitals", "Hello, it's NHS Digital here.", nil},
		{"mid-sentence this is", "The venue this is Kiwi Roofing.", nil},
		{"this is before more words", "This is Tsehay Gebremariam Road in Addis.", nil},
		{"lower-case words", "this is about the pellet stove.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
