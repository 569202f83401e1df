package redact

import (
	"slices"
	"testing"
)

// TestPerson16ChatMentions covers the lower-case given names a chat's
// messages mention, word names before an age or a verb of speech, a
// speaker whose name is a place too, and what stays a word.
func TestPerson16ChatMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"given names in messages", "[Telegram - Choir committee]\nkunle: who is doing the cake this month\nrita: me. so far it's obinna (21 on fri) and ifeoma\nkunle: obinna's party is next week\nrita: ok",
			[]string{"kunle", "rita", "obinna", "ifeoma", "kunle", "obinna", "rita"}},
		{"a letter beyond ASCII", "[WhatsApp - Coro]\nlupe: quién trae las sillas\nnati: yo y andrés\nlupe: ok\nnati: vale",
			[]string{"lupe", "nati", "andrés", "lupe", "nati"}},
		{"a word name before an age", "[Messenger - Shop rota]\nmel: who's in on monday\nkez: me n pam\nmel: ok. also hazel is 79 today so get a card\nkez: will do, hazel said no fuss tho\nmel: lol",
			[]string{"mel", "kez", "mel", "hazel", "kez", "hazel", "mel"}},
		{"a speaker who is a place too", "[Messenger - Allotment]\nlorraine: who has the shed key\naustin: me\nlorraine: ok\neugene: austin can u lock up\naustin: back at 5",
			[]string{"lorraine", "austin", "lorraine", "eugene", "austin", "austin"}},
		{"words that are given names", "[Messenger - Bar staff]\ngemma: roger that, clara as day\nbilly: the basil is out\ngemma: ok\nbilly: cheers",
			[]string{"gemma", "billy", "gemma", "billy"}},
		{"a brand and a place", "[Messenger - Café]\nayo: ben & jerry's is on offer\nsade: we're at san mateo market\nayo: ok\nsade: k",
			[]string{"ayo", "sade", "ayo", "sade"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestChatPersonAfter covers the context after a word name.
func TestChatPersonAfter(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"hazel is 79 btw", true},
		{"hazel (79) came", true},
		{"hazel said no", true},
		{"june is 30 days", false},
		{"june is 100", false},
		{"june (2025)", false},
		{"hazel is nice", false},
		{"may is 12%", false},
	}
	for _, tc := range tests {
		w := lowerWordEnd(tc.text, 0)
		if got := chatPersonAfter(tc.text, w); got != tc.want {
			t.Errorf("chatPersonAfter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
