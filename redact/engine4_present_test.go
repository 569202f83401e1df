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
	rowsSeen, v6Seen, v4Seen, jwtSeen := 0, 0, 0, 0
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
		if sc.sum.colon != 0 {
			if v6 := (ipDetector{}).detectV6(&sc, sc.next(mkColon, 0), nil); len(v6) > 0 {
				v6Seen++
				if !sc.sum.ipv6Maybe() {
					t.Fatalf("%q: IPv6 %v, but ipv6Maybe is false (%+v)", text, v6, sc.sum)
				}
			}
		}
		if v4 := (ipDetector{}).detectV4(&sc, nil); len(v4) > 0 {
			v4Seen++
			if !sc.sum.ipv4Maybe(sc.anyKind) {
				t.Fatalf("%q: IPv4 %v, but ipv4Maybe is false (%+v)", text, v4, sc.sum)
			}
		}
		if sc.sum.capJ != 0 {
			if jwt := (secretDetector{}).jwts(&sc, sc.next(mkJ, 0), nil); len(jwt) > 0 {
				jwtSeen++
				if !sc.sum.jwtMaybe() {
					t.Fatalf("%q: JWT %v, but jwtMaybe is false (%+v)", text, jwt, sc.sum)
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
	if rowsSeen < 1000 || v6Seen < 1000 || v4Seen < 1000 || jwtSeen < 1000 {
		t.Fatalf("only %d texts with a row, %d with an IPv6 address, %d with an IPv4 address, %d with a JWT: the test's texts are too sparse",
			rowsSeen, v6Seen, v4Seen, jwtSeen)
	}
}
