package redact

import (
	"slices"
	"testing"
)

func TestCyrFullNameOrder(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Russian order, unknown given name", "Жасурбек Тимурович Назаров, +998 90 555 11 22", []string{"Жасурбек Тимурович Назаров"}},
		{"Kazakh patronymic of a woman", "Динара Ерланқызы Жұмабаева, ИП «Динара»", []string{"Динара Ерланқызы Жұмабаева"}},
		{"Kazakh patronymic of a man", "Ержан Болатұлы Сарсенов, Шымкент", []string{"Ержан Болатұлы Сарсенов"}},
		{"a firm", "Торговый Дом Иванов", nil},
		{"no patronymic in the middle", "Новый Заказ Петров", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
