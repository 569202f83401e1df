package redact

import (
	"slices"
	"testing"
)

// TestPerson9ChatColumn covers the speaker column of a lower-case chat:
// labels no gazetteer knows, the speaker before a time, and the same
// words elsewhere in the text.
func TestPerson9ChatColumn(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"nicknames", "sum this up pls\n\ndodo: ok who has the flyers\nbibi: me, still at the depot\ndodo: k send pics",
			[]string{"dodo", "bibi", "dodo"}},
		{"speaker before a time", "tidy this thread\n\nzuzi 09:12: who does the promo\nkwabs 09:13: me\nzuzi 09:14: ok kwabs thx",
			[]string{"zuzi", "kwabs", "zuzi", "kwabs"}},
		{"mention in an e-mail address", "zuzi: hi\nkwabs: mail zuzi.k@example.org\nzuzi: done",
			[]string{"zuzi", "kwabs", "zuzi"}},
		{"people the lines mention", "sum this up\n\nzuzi 09:12: list is bongbong de los santos and mai\nkwabs 09:13: ok. and tavi says send it\nzuzi 09:14: and she says ok\nkwabs 09:15: creme de la creme lol",
			[]string{"zuzi", "bongbong de los santos", "kwabs", "tavi", "zuzi", "kwabs"}},
		{"nickname in brackets", "[12/10/24, 9:20 pm] kiki (tavita): 3 boxes pls\n[12/10/24, 9:22 pm] moana: same\n[12/10/24, 9:25 pm] kiki (tavita): thx",
			[]string{"kiki (tavita)", "moana", "kiki (tavita)"}},
		{"field labels repeated", "note: call back\ntotal: 3 boxes\nnote: shipped", nil},
		{"roles", "user: hi\nassistant: hello\nuser: write a poem", nil},
		{"meals", "breakfast: eggs\nlunch: soup\nbreakfast: toast", nil},
		{"one speaker", "dodo: ok\ndodo: still here\ndodo: bye", nil},
		{"no repeat", "dodo: ok\nbibi: fine\nkiki: bye", nil},
		{"a text with capitals", "Meeting Notes For The Team\n\ndodo: Ok Who Has It\nbibi: Me At The Depot\ndodo: Send It Today Please", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
