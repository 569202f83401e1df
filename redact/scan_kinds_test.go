package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// kindPieces are fragments that random texts for TestRunKinds are built
// from: values of every digit-run type, their near misses, and the bytes
// the kind tables look at.
var kindPieces = []string{
	"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "378282246310005",
	"DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "de89370400440532013000",
	"536-90-4399", "536 90 4399", "536.90.4399", "536904399", "SSN ", "social security ",
	"+44 20 7946 0958", "(555) 123-4567", "+31 (0)6 1234 5678", "0044 20 7946 0958", "555.123.4567", "call ",
	"192.168.1.1", "10.0.0.255/24", "version 1.2.3.4", "256.1.1.1",
	"born on 12/03/1985", "DOB: 1985-03-12", "born 3rd March 1985", "aged 34", "34-year-old", "12 March",
	"she is 34", "Rachel Moore, 38,", "Anna (34)", "34 ans", "34 jahre", "Alter: 34", "age:34", "turned 40.", "1st", "2nd",
	"March 12, 1990", "12. März 1990", "2 de febrero de 1985", "1990/03/12", "3rd of May 1990",
	"221B Baker Street", "10 Downing St", "SW1A 1AA", "75008 Paris", "Main Street 12", "1600 Pennsylvania Avenue",
	"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
	"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "0x52908400098527886E0F7030069857D2E4169EE7",
	"12345678901234567890123456789", "1234567890123", "AB 12 34 56 C", "AB123456C",
	"0", "1", "3", "12", "123", "1234", "12345", "123456", "1234567", "123456789",
	" ", " ", " ", "-", ".", "/", "(", ")", "+", ":", "_", "#", "$", "@", "=", ",", "\\n", "\n",
	"a", "b", "c", "n", "r", "t", "x", "X", "B", "C", "é", "年", "st", "th",
	"生年月日：1983年6月7日", "생일 1990년 5월 2일", "(1988년 11월 23일", "様 1984年7月9日",
}

// randomKindText joins random pieces, sometimes without a space between.
func randomKindText(rng *rand.Rand) string {
	var sb strings.Builder
	for range 1 + rng.IntN(12) {
		sb.WriteString(kindPieces[rng.IntN(len(kindPieces))])
		if rng.IntN(3) > 0 {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// TestRunKinds checks that the run kinds never rule out a run a detector
// takes: each detector finds the same spans with the computed kinds as
// with every kind bit set, on random texts and on the public eval set.
func TestRunKinds(t *testing.T) {
	ids := []string{"builtin.address", "builtin.credit_card", "builtin.crypto", "builtin.date_of_birth",
		"builtin.iban", "builtin.ip_address", "builtin.national_id", "builtin.phone", "builtin.us_ssn"}
	check := func(t *testing.T, text string) {
		t.Helper()
		for _, id := range ids {
			sd := builtins[id].(scanDetector)
			var sc textScan
			sc.reset(text, true)
			got := sd.detectScan(&sc, nil)
			sc.reset(text, true)
			sc.kinds = slices.Repeat([]uint32{^uint32(0)}, len(sc.runs))
			sc.anyKind = ^uint32(0)
			want := sd.detectScan(&sc, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("%s on %q: spans with run kinds %v, with every kind %v", id, text, got, want)
			}
		}
	}
	t.Run("random", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(7, 11))
		for range 30000 {
			check(t, randomKindText(rng))
		}
		check(t, benchPrompt2K)
	})
	t.Run("eval", func(t *testing.T) {
		for _, r := range loadPIIEval(t) {
			check(t, r.Text)
		}
	})
}

// TestIDKindsSuperset checks the national-ID kind bits against the tests
// of the detector's loop they stand in for: a run without one of them is
// one the loop drops before any call (no letter before it and, by the
// bytes around it, either no candidate may start there or it is a short
// lone group of digits).
func TestIDKindsSuperset(t *testing.T) {
	bytes := []byte{0, ' ', '-', '.', ':', '/', '+', '(', ')', '_', '#', '$', ',', '%', '@', 'a', 'Z', '7', 0xc3}
	for n := 1; n <= 6; n++ {
		digits := strings.Repeat("5", n)
		for _, p := range bytes {
			for _, c := range bytes {
				if c >= '0' && c <= '9' {
					continue // runs are maximal
				}
				for _, a := range bytes {
					if a >= '0' && a <= '9' {
						continue
					}
					for _, b := range bytes {
						var sb strings.Builder
						for _, x := range []byte{p, c} {
							if x != 0 {
								sb.WriteByte(x)
							}
						}
						start := sb.Len()
						sb.WriteString(digits)
						end := sb.Len()
						for _, x := range []byte{a, b} {
							if x == 0 {
								break
							}
							sb.WriteByte(x)
						}
						text := sb.String()
						runs := digitRunsOf(text)
						ri := slices.IndexFunc(runs, func(r digitRun) bool { return r.start == start })
						if ri < 0 || runs[ri].end != end {
							continue
						}
						kinds, _ := appendRunKinds(text, runs, nil)
						if kinds[ri]&kindsID != 0 {
							continue
						}
						if start > 0 && idByte[text[start-1]]&idLetter != 0 {
							t.Fatalf("%q: no ID kind after a letter", text)
						}
						if startOK(text, start) && !(n < 5 && idLoneGroup(text, end)) {
							t.Fatalf("%q: no ID kind, but the loop would look at the run", text)
						}
					}
				}
			}
		}
	}
}

// TestFewDigits checks fewDigits' bounds against the shortest numbers the
// phone, SSN and card detectors find (7, 9 and 13 digits), alone in a text
// and in one digit short of them.
func TestFewDigits(t *testing.T) {
	cases := []struct {
		d    scanDetector
		text string
	}{
		{phoneDetector{}, "+4930123"},
		{phoneDetector{}, "call 555-1234 today"},
		{ssnDetector{}, "SSN 536-90-4399"},
		{cardDetector{}, "card 4222222222222 ok"},
	}
	for _, tc := range cases {
		var sc textScan
		sc.reset(tc.text, true)
		if got := tc.d.detectScan(&sc, nil); len(got) != 1 {
			t.Errorf("%T on %q: %v, want one span", tc.d, tc.text, got)
		}
		// One digit fewer: the detector has nothing to find, and
		// fewDigits takes its bits off.
		k := strings.LastIndexAny(tc.text, "0123456789")
		short := tc.text[:k] + tc.text[k+1:]
		sc.reset(short, true)
		if got := tc.d.detectScan(&sc, nil); len(got) != 0 {
			t.Errorf("%T on %q: %v, want none", tc.d, short, got)
		}
	}
}
