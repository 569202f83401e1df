package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

func TestHungarianElders(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"family and given name", "Ügyfelek:\nKiss Ildikó, +36 30 000 1111\nSzalai Margit néni, aki 79 éves és levelet írt",
			[]string{"Kiss Ildikó", "Szalai Margit"}}, // found without the honorific already
		{"in a bracket", "Ügyfelek:\nÖzv. Kiss Gézáné (Ilonka néni, 86 éves)\nBakos Zsolt, Nyíregyháza",
			[]string{"Özv. Kiss Gézáné", "Ilonka néni", "Bakos Zsolt"}},
		{"bácsi", "Ügyfelek:\nKovács Anna, +36 30 000 2222\nholnap Ferkó bácsi hozza a kulcsot",
			[]string{"Kovács Anna", "Ferkó bácsi"}},
		{"a lower-case word before", "Ügyfelek:\nKovács Anna, +36 30 000 2222\na szomszéd néni hozza", []string{"Kovács Anna"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestIndexTail checks indexTail against strings.Index from every start.
func TestIndexTail(t *testing.T) {
	r := rand.New(rand.NewSource(26))
	texts := []string{"Szalai Margit néni és Feri bácsi", " néni", "néni néni  néni", "xx nénikém néni", ""}
	for range 400 {
		texts = append(texts, lines25Random(r, r.Intn(70)))
	}
	for _, text := range texts {
		for _, h := range []string{" néni", " bácsi", " n\xc3"} {
			for i := 0; i <= len(text); i++ {
				want := strings.Index(text[i:], h)
				if want >= 0 {
					want += i
				}
				if got := indexTail(text, i, h, 2); got != want {
					t.Fatalf("indexTail(%q, %d, %q) = %d, want %d", text, i, h, got, want)
				}
			}
		}
	}
}
