package redact

import (
	"strings"
	"testing"
)

// TestEncodedName checks that an RFC 2047 display name in an e-mail header
// is a PERSON span over its encoded words when its decoding is a name, and
// no span when it is a desk's, a number or not decodable.
func TestEncodedName(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, want string // want: the encoded bytes a PERSON span must cover, or "" for none
	}{
		{"From: =?UTF-8?Q?Ma=C3=ABlle_Brossard?= <mb@example.org>\nTo: a@example.com\nSubject: hi", "=?UTF-8?Q?Ma=C3=ABlle_Brossard?="},
		{"Cc: \"=?utf-8?q?J=C3=BCrgen_Ostwald?=\" <jo@example.de>\nSubject: x\n", "=?utf-8?q?J=C3=BCrgen_Ostwald?="},
		{"To: =?UTF-8?B?w4lsb2RpZSBGYXVyw6k=?= <ef@example.fr>\nSubject: y\n", "=?UTF-8?B?w4lsb2RpZSBGYXVyw6k=?="},
		{"From: =?ISO-8859-1?Q?S=F8ren_Holmgaard?= <sh@example.dk>\nDate: today\n", "=?ISO-8859-1?Q?S=F8ren_Holmgaard?="},
		{"From: =?UTF-8?Q?Ana?= =?UTF-8?Q?_Ribeiro?= <ar@example.pt>\nSubject: z\n", "=?UTF-8?Q?Ana?= =?UTF-8?Q?_Ribeiro?="},
		// not a person's
		{"From: =?UTF-8?Q?Support_Team?= <help@example.com>\nSubject: z\n", ""},
		{"From: =?UTF-8?Q?Order_12345?= <orders7@example.com>\nSubject: z\n", ""},
		{"From: =?KOI8-R?Q?=F0=C5=D4=D2?= <p@example.ru>\nSubject: z\n", ""},
		{"From: =?UTF-8?Q?broken <p@example.ru>\nSubject: z\n", ""},
	} {
		spans := e.Find(tc.text)
		var got string
		for _, s := range spans {
			if s.Type == "PERSON" {
				got = tc.text[s.Start:s.End]
			}
		}
		if got != tc.want {
			t.Errorf("%q: PERSON %q, want %q (spans %v)", tc.text, got, tc.want, spans)
		}
		if tc.want != "" && !strings.Contains(tc.text, got) {
			t.Errorf("%q: span not in text", tc.text)
		}
	}
}
