package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMarkSumPretests checks the tests made from a text's markSum against
// the full checks they stand for, on random texts rich in the bytes they
// count: no row where rowsMaybe is false (rowsOf finds none), no IPv6
// address where ipv6Maybe is false (detectV6 finds none), and the digit
// count that fewDigits and idMayMatch read equal to the digit runs'
// length.
func TestMarkSumPretests(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 16))
	const alphabet = "..::--__AJ@\n0123456789 abcXYZ\xc3\xa9"
	// Rows with the fewest marks they need: five colons, five dashes,
	// two dots five or 23 bytes apart.
	// And IPv6 addresses with the fewest colons.
	edges := []string{"9a:7b:5c:3d:1e:0f", "9a-7b-5c-3d-1e-0f", "9a7b.5c3d.1e0f", "SG.abcdefghijklmnopqrstuv.x",
		"at ::1 now", "fe80::1", "::", "a::b:"}
	rowsSeen, v6Seen := 0, 0
	for i := range 200_000 + len(edges) {
		var text string
		if i < len(edges) {
			text = edges[i]
		} else {
			n := rng.IntN(200)
			var sb strings.Builder
			for range n {
				sb.WriteByte(alphabet[rng.IntN(len(alphabet))])
			}
			text = sb.String()
		}
		var sc textScan
		sc.reset(text, true)
		if ws := sumOf(sc.marks); sc.sum != ws {
			t.Fatalf("%q: sum %+v, sumOf %+v", text, sc.sum, ws)
		}
		rows := rowsOf(sc.marks)
		if rows != rowsDone {
			rowsSeen++
			if !sc.sum.rowsMaybe() {
				t.Fatalf("%q: rows %b, but rowsMaybe is false (%+v)", text, rows, sc.sum)
			}
		}
		if sc.sum.colon != 0 {
			if v6 := (ipDetector{}).detectV6(&sc, sc.next(mkColon, 0), nil); len(v6) > 0 {
				v6Seen++
				if !sc.sum.ipv6Maybe() {
					t.Fatalf("%q: IPv6 %v, but ipv6Maybe is false (%+v)", text, v6, sc.sum)
				}
			}
		}
		if sc.markRows() != rows {
			t.Fatalf("%q: markRows %b, rowsOf %b", text, sc.markRows(), rows)
		}
		digits := 0
		for _, r := range sc.runs {
			digits += r.end - r.start
		}
		if int(sc.sum.digits) != digits {
			t.Fatalf("%q: sum has %d digits, the runs %d", text, sc.sum.digits, digits)
		}
	}
	if rowsSeen < 1000 || v6Seen < 1000 {
		t.Fatalf("only %d texts with a row, %d with an IPv6 address: the test's texts are too sparse", rowsSeen, v6Seen)
	}
}
