package redact

import (
	"slices"
	"testing"
)

func TestRecordNickname(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"appointment book, two spaces", "09:00  Ms Wanida Thongchai (Nok)   08 1234 5678\n09:40  Mr Anurak Ruang  +66 89 765 4321",
			[]string{"Ms Wanida Thongchai", "Nok", "Mr Anurak Ruang"}},
		{"numbered list, comma", "2. dl. Sorin Pavel (Tică), 58 de ani", []string{"dl. Sorin Pavel", "Tică"}},
		{"list, dash", "- Mdm Ong Siew Ling (Siew) – perm, Saturday", []string{"Mdm Ong Siew Ling", "Siew"}},
		{"line's end", "Guests:\nMr Kelechi Nwosu (Kels)\n", []string{"Mr Kelechi Nwosu", "Kels"}},
		{"a known town", "- Mme Odile Ferracci (Narbonne), née le 03/02/1951", []string{"Mme Odile Ferracci"}},
		{"a people", "- Dr. Halona Tsosie (Navajo), moderator", []string{"Dr. Halona Tsosie"}},
		{"a role", "09:00  Ms Wanida Thongchai (Owner)   08 1234 5678", []string{"Ms Wanida Thongchai"}},
		{"a relation", "- Mr Kelechi Nwosu (Son), 0803 555 0101", []string{"Mr Kelechi Nwosu"}},
		{"prose, no record", "We thanked Ms Wanida Thongchai (Nok) for the flowers.", []string{"Ms Wanida Thongchai"}},
		{"a long word", "- Mr Kelechi Nwosu (Marketing), 0803 555 0101", []string{"Mr Kelechi Nwosu"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
