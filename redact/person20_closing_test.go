package redact

import (
	"slices"
	"testing"
)

func TestClosingAndKinStops(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Dutch closing, no comma", "Bedankt voor de snelle levering.\nGroetjes Wendelijn", []string{"Wendelijn"}},
		{"Spanish closing, no comma", "Gracias por todo.\nSaludos Quiterio", []string{"Quiterio"}},
		{"Finnish closing, comma", "Kiitos tilauksesta.\nTerveisin, Aulikki", []string{"Aulikki"}},
		{"Czech closing, next line", "Děkuji.\nS pozdravem\nRadoslava", []string{"Radoslava"}},
		{"Turkish closing", "Teşekkürler.\nSaygılarımla Nurhayat", []string{"Nurhayat"}},
		{"Romanian closing", "Mulțumesc.\nCu stimă, Iosefina", []string{"Iosefina"}},
		{"long Swedish closing", "Tack!\nMed vänliga hälsningar Sixtina", []string{"Sixtina"}},
		{"French closing, next line without comma", "Merci.\nBien à vous\nMaëlwenn", []string{"Maëlwenn"}},
		{"two-letter closing, next line", "Danke.\nLG\nWendelijn", []string{"Wendelijn"}},
		{"closing after the last sentence", "Bedankt voor alles! Groetjes Wendelijn", []string{"Wendelijn"}},
		{"two closings", "Saludos Quiterio\nGroetjes Wendelijn", []string{"Quiterio", "Wendelijn"}},
		{"closing of two words", "Gracias. Saludos Cordiales", nil},
		{"closing of two words on its line", "Saludos Cordiales\n", nil},
		{"closing before more words", "Groetjes Wendelijn en de rest", nil},
		{"closing and a town", "Kom langs. Groetjes Breda", nil},
		{"closing and a team", "Met vriendelijke groet,\nTeam Sales", nil},
		{"English closing after a sentence", "Shop now. Best Buy", nil},
		{"brand after a sentence", "Nieuw! LG OLED", nil},
		{"sender line", "From: Ben Okoro, Partnerships, Firmwell (ben@firmwell.com)", []string{"Ben Okoro"}},
		{"Dutch kin word and age", "Zusje Wendelijn (5) komt ook.", []string{"Wendelijn"}},
		{"Dutch kin words, two lines", "Broertje Quiterio (7)\nZusje Wendelijn (4)", []string{"Quiterio", "Wendelijn"}},
		{"Dutch diminutive, lower case", "Mijn broertje Quiterio is 7.", []string{"Quiterio"}},
		{"Swedish kin words", "Bror Quiterio (6) och Syster Wendelijn (3)", []string{"Quiterio", "Wendelijn"}},
		{"Swedish little brother", "Lillebror Quiterio (2)", []string{"Quiterio"}},
		{"kin words alone", "Zus en Broer zijn er ook", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
