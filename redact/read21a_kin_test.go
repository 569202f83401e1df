package redact

import (
	"slices"
	"testing"
)

func TestKinOpeners(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Turkish spouse and Bey", "Kedisi için indirim istiyor. Eşi Tarkan Bey de arayabilir.", []string{"Tarkan Bey"}},
		{"Turkish daughter", "Kızım Ezgi geliyor.", []string{"Ezgi"}},
		{"Czech husband", "Volejte kdykoli. Manžel Radomír by přijel autem.", []string{"Radomír"}},
		{"Spanish mamá, lower case", "Quiero el pedido el sábado. Mi mamá Benedicta también va.", []string{"Benedicta"}},
		{"kin word mid-sentence", "Bu Eşi Kampanyası harika.", nil},
		{"kin word alone", "Manžel a děti.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
