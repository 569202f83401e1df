package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMarkSumPretests checks the tests made from a text's markSum against
// the full checks they stand for, on random texts rich in the bytes they
// count: no row where rowsMaybe is false (rowsOf finds none), no IPv6
// or IPv4 address where ipv6Maybe or ipv4Maybe is false (detectV6 and
// detectV4 find none), no JSON Web Token where jwtMaybe is (jwts), and the digit
// count that fewDigits and idMayMatch read equal to the digit runs'
// length.
func TestMarkSumPretests(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 16))
	const alphabet = "..::--__AJ@\n0123456789 abcXYZ\xc3\xa9"
	pieces := []string{"1", "22", "255", "300", ".", ".", ":", "::", " ", "a", "f0", "/24", "-", "_", "x",
		"4.", "10.", "7.1", "192.0.2.", "eyJ", "eyJhbGciOiJub25lIn0", "eyJhbGciOiJub25lIn0.", "e30", ".e30.", "AbC"}
	// Rows with the fewest marks they need: five colons, five dashes,
	// two dots five or 23 bytes apart.
	// And IPv6 addresses with the fewest colons.
	edges := []string{"9a:7b:5c:3d:1e:0f", "9a-7b-5c-3d-1e-0f", "9a7b.5c3d.1e0f", "SG.abcdefghijklmnopqrstuv.x",
		"at ::1 now", "fe80::1", "::", "a::b:",
		// And the fewest dots of an IPv4 address and a JWT.
		"1.2.3.4", "eyJhbGciOiJub25lIn0.e30.", "eyJhbGciOiJub25lIn0.e30"}
	// Each gate, and the pass it spares: the pass's finds in a text the
	// gate rules out would be lost.
	gates := []struct {
		name  string
		find  func(sc *textScan) []Span
		maybe func(sc *textScan) bool
	}{
		{"an IPv6 address", func(sc *textScan) []Span {
			if sc.sum.colons == 0 {
				return nil
			}
			return ipDetector{}.detectV6(sc, sc.next(mkColon, 0), nil)
		}, func(sc *textScan) bool { return sc.sum.ipv6Maybe() }},
		{"an IPv4 address", func(sc *textScan) []Span { return ipDetector{}.detectV4(sc, nil) },
			func(sc *textScan) bool { return sc.sum.ipv4Maybe(sc.anyKind) }},
		{"a JWT", func(sc *textScan) []Span {
			if sc.sum.capJ == 0 {
				return nil
			}
			return secretDetector{}.jwts(sc, sc.next(mkJ, 0), nil)
		}, func(sc *textScan) bool { return sc.sum.jwtMaybe() }},
	}
	seen := make([]int, len(gates))
	rowsSeen := 0
	for i := range 200_000 + len(edges) {
		var text string
		if i < len(edges) {
			text = edges[i]
		} else if i%2 == 0 {
			n := rng.IntN(200)
			var sb strings.Builder
			for range n {
				sb.WriteByte(alphabet[rng.IntN(len(alphabet))])
			}
			text = sb.String()
		} else {
			// Pieces of addresses and tokens, for texts that hold some.
			var sb strings.Builder
			for range 1 + rng.IntN(12) {
				sb.WriteString(pieces[rng.IntN(len(pieces))])
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
		for k, g := range gates {
			if found := g.find(&sc); len(found) > 0 {
				seen[k]++
				if !g.maybe(&sc) {
					t.Fatalf("%q: %s %v, but its gate is false (%+v)", text, g.name, found, sc.sum)
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
	if rowsSeen < 1000 {
		t.Fatalf("only %d texts with a row: the test's texts are too sparse", rowsSeen)
	}
	for k, g := range gates {
		if seen[k] < 1000 {
			t.Fatalf("only %d texts with %s: the test's texts are too sparse", seen[k], g.name)
		}
	}
}
