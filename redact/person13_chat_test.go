package redact

import (
	"slices"
	"testing"
)

// TestPerson13MixedChat covers a chat column of capitalised and
// lower-case speakers in a text written in both cases, the lower-case
// mentions of its speakers and the names after a word for kin.
func TestPerson13MixedChat(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"mixed speakers", "haceme un resumen porfa\n\ntoño: salimos a las 8 desde el parque\nYolotl Quispe: dale, llevo a mi prima marisela\nMaría Fernanda Ortiz: yo llego tarde\ntoño: ok. yolotl pasame su cel\nYolotl Quispe: ya va",
			[]string{"toño", "Yolotl Quispe", "marisela", "María Fernanda Ortiz", "toño", "yolotl", "Yolotl Quispe"}},
		{"stamped speakers and a title", "summarise the choir chat\n\n[3/4/25, 7:02 pm] Abena Owusu-Mensah: who has the keys\n[3/4/25, 7:05 pm] Kofi Boateng: me. bro. kwesi can u bring the stands\n[3/4/25, 7:07 pm] Esi Asante: i can\n[3/4/25, 7:09 pm] Kofi Boateng: ok",
			[]string{"Abena Owusu-Mensah", "Kofi Boateng", "bro. kwesi", "Esi Asante", "Kofi Boateng"}},
		{"a word name as a speaker", "Summarise:\n\nSunny: ok see you there\nMarco Bellini: great\nSunny: bye",
			[]string{"Sunny", "Marco Bellini", "Sunny"}},
		{"a kin word in a chat of time lines", "tidy this up\n\nMarcus Lim, [09.03.25 21:02]\nok who is in\nsiti hajar, [09.03.25 21:04]\nme! + my sis zaharah too\nMarcus Lim, [09.03.25 21:05]\nok",
			[]string{"Marcus Lim", "siti hajar", "zaharah", "Marcus Lim"}},
		{"no person vouches for the column", "notes\n\nTodo: call the venue\nBudget: 300\nTodo: flowers\nBudget: 350", nil},
		{"a verb after a Turkish kin word", "[10.03 18:02] Selin Aksoy: yarın iki sipariş var\n[10.03 18:04] Burak Demir: tamam\n[10.03 18:09] Selin Aksoy: ahmet beyin eşi aradı",
			[]string{"Selin Aksoy", "Burak Demir", "Selin Aksoy", "ahmet"}}, // person16_chat.go: "ahmet bey" is a man
		{"no letter before a word", "ok mañana salimos temprano", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
