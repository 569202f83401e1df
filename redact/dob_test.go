package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDOBNextRun checks the run test in front of monthBefore and dateAt:
// every date they parse has a second digit run, the next one, that starts
// right after the first (the month after a separator) or has four digits
// (the year after a month word; for monthBefore at most four bytes on),
// or starts two bytes on ("7. 8. 1991"), or the first is a year and a dot
// ("1961. október 5.").
func TestDOBNextRun(t *testing.T) {
	pieces := []string{"12", "3", "1990", "03", "99", "2024", "123", " ", " ", "/", ".", "-", ", ", ". ", "th", "rd", "of ",
		"March", "Mar.", "März", "mai", "December", "jan", "born ", "DOB ", "x", "0",
		"IX", ". ", "október ", "Ιουνίου"}
	rng := rand.New(rand.NewPCG(9, 1))
	check := func(text string) {
		var sc textScan
		sc.reset(text, true)
		for i, r := range sc.runs {
			var next digitRun
			if i+1 < len(sc.runs) {
				next = sc.runs[i+1]
			}
			year := next.end-next.start == 4
			if _, _, ok := monthBefore(text, r.start); ok && !(year && next.start-r.end <= 4) {
				t.Fatalf("%q: monthBefore at %d without a year run after the day", text, r.start)
			}
			if _, ok := dateAt(text, r.start); ok && !(year || next.start == r.end+1 || next.start == r.end+2 && text[r.end] == '.' ||
				r.end-r.start == 4 && text[r.end] == '.') {
				t.Fatalf("%q: dateAt at %d without a month or year run", text, r.start)
			}
		}
	}
	for range 50000 {
		var sb strings.Builder
		for range 1 + rng.IntN(8) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(sb.String())
	}
	for _, r := range loadPIIEval(t) {
		check(r.Text)
	}
}
