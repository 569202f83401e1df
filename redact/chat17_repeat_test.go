package redact

import "testing"

// TestChat17Repeats covers the lower-case mentions of a chat's people
// found by any rule, and the words that are not repeated.
func TestChat17Repeats(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"Recap this please\n\n[08:01] Odette Varga: morning all, the boxes are in\n[08:03] Piotr Lasko: great, can we keep them at odette's garage?\n[08:05] Odette Varga: sure, ask piotr for the key",
			[]string{"Odette Varga", "Piotr Lasko", "odette", "Odette Varga", "piotr"}},
		{"summarise pls\n\n[2/3/26, 7:02 pm] Yaaba Quartey-Kumi: choir practice moved to fri\n[2/3/26, 7:05 pm] kwesi: ok i need a lift\n[2/3/26, 7:06 pm] Yaaba Quartey-Kumi: can someone pick up kwesi?\n[2/3/26, 7:09 pm] kwesi: ty",
			[]string{"Yaaba Quartey-Kumi", "kwesi", "Yaaba Quartey-Kumi", "kwesi", "kwesi"}},
		{"Make a raffle list from this\n\n[09:01] Odette Varga: who is in the raffle\n[09:02] Piotr Lasko: put down teresa kowalczyk pls\n[09:04] Odette Varga: done\n[09:05] Piotr Lasko: ty",
			[]string{"Odette Varga", "Piotr Lasko", "teresa kowalczyk", "Odette Varga", "Piotr Lasko"}},
		{"Who brings what?\n\n[5/2/26, 6:01 pm] Odette Varga: who is collecting the cake\n[5/2/26, 6:03 pm] Piotr Lasko: ask ingrid, she has the car\n[5/2/26, 6:05 pm] Odette Varga: ok, and the deli's teresa platter?\n[5/2/26, 6:06 pm] Piotr Lasko: yes",
			[]string{"Odette Varga", "Piotr Lasko", "ingrid", "Odette Varga", "Piotr Lasko"}},
		{"Recap this please\n\n[08:01] Odette Varga: the Fenwick Bakery order is in\n[08:03] Piotr Lasko: nice, fenwick always delivers\n[08:05] Odette Varga: ok",
			[]string{"Odette Varga", "Piotr Lasko", "Odette Varga"}},
	})
}

// TestChat17SaidNotName covers a given name that is also a word before a
// verb of speech that is a given name too ("Said"): "april said", and
// before "is the one who".
func TestChat17SaidNotName(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"sort this out pls\n\nfelix: who has the van\nimogen: me. april said she is away\nfelix: ok ty\nimogen: np",
			[]string{"felix", "imogen", "april", "felix", "imogen"}},
		{"plan the party pls\n\nfelix: who is bringing the cake\nimogen: me. is it for may?\nfelix: no, april is the one who turns 50 on sat\nimogen: ok, april likes lemon",
			[]string{"felix", "imogen", "felix", "april", "imogen", "april"}},
	})
}

// TestChatRepeatable covers the first words chatRepeats repeats.
func TestChatRepeatable(t *testing.T) {
	for _, c := range []struct {
		w           string
		lower, want bool
	}{
		{"odette", false, true}, {"kwesi", true, true}, {"customer", true, false}, {"aunty", true, false},
		{"hope", true, false}, {"april", true, false}, {"the", true, false}, {"fenwick", false, false},
	} {
		if got := chatRepeatable(c.w, c.lower); got != c.want {
			t.Errorf("chatRepeatable(%q, %v) = %v, want %v", c.w, c.lower, got, c.want)
		}
	}
}
