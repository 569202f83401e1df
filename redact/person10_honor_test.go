package redact

import (
	"slices"
	"testing"
)

// TestPerson10Honorifics covers Turkish forms of address after a given
// name, capitalised and in a lower-case chat, and the words that take a
// name's place before them.
func TestPerson10Honorifics(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"capitalised", "yarın Sevgül Hanım ve Murat Bey gelecek, Ayten Teyze de pasta istiyor.",
			[]string{"Sevgül Hanım", "Murat Bey", "Ayten Teyze"}},
		{"lower-case chat", "[11.04 10:02] deniz: yarın sevgül hanım geliyor\n[11.04 10:04] tolga: murat bey'in numarası yok\n[11.04 10:05] deniz: tamam, ayten teyze de aradı",
			[]string{"deniz", "sevgül hanım", "tolga", "murat bey", "deniz", "ayten teyze"}},
		{"words before honorifics, chat", "[11.04 10:02] deniz: komşu teyze aradı, bu hanım kim\n[11.04 10:04] tolga: kapıcı amca biliyor, genç bey de sordu\n[11.04 10:05] deniz: tamam, beyaz pasta olsun, abladan aldım",
			[]string{"deniz", "tolga", "deniz"}},
		{"words before honorifics, capitalised", "Komşu Teyze ve Kapıcı Amca geldi; Genç Bey sordu.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
