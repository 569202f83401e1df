package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSpanGuardAsOverlapsSpan checks that a guard gives overlapsSpan's
// answers while its slice grows past guardLinear, on spans at word edges
// and empty ones.
func TestSpanGuardAsOverlapsSpan(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		n := 1 + r.IntN(400)
		var g spanGuard
		var spans []Span
		for q := range 400 {
			if r.IntN(3) == 0 {
				s, e := randomSpan(r, n, 200) // an empty span: the guard falls back to reading spans
				spans = append(spans, Span{Start: s, End: e})
			}
			s, e := randomSpan(r, n, 50) // an empty query: a span strictly around it overlaps
			if got, want := g.overlaps(spans, n, s, e), overlapsSpan(spans, s, e); got != want {
				t.Fatalf("round %d query %d: overlaps(%d spans, [%d,%d)) = %v, overlapsSpan says %v", round, q, len(spans), s, e, got, want)
			}
		}
	}
}

func TestLineStartNear(t *testing.T) {
	text := "ab\n" + strings.Repeat("x", 100)
	for _, c := range []struct{ i, back, want int }{
		{0, 64, 0}, {2, 64, 0}, {3, 64, 3}, {10, 64, 3}, {67, 64, 3}, {68, 64, -1}, {103, 64, -1}, {2, 1, -1}, {2, 2, 0},
	} {
		if got := lineStartNear(text, c.i, c.back); got != c.want {
			t.Errorf("lineStartNear(%d, %d) = %d, want %d", c.i, c.back, got, c.want)
		}
	}
}

// gazetteerNames returns the ASCII words of four to eight letters that
// the gazetteers hold only as given names, and only as family names: test
// values no eval set supplied.
func gazetteerNames() (given, family []string) {
	for _, k := range tableKeys(nameFlags) {
		if !isASCII(k) || len(k) < 4 || len(k) > 8 {
			continue
		}
		switch nameFlagsOf(k) {
		case nameGiven:
			given = append(given, k)
		case nameFamily:
			family = append(family, k)
		}
	}
	return given, family
}

// wholeTextShapes are texts that make the whole-text person rules (a
// chat's speaker column and mentions, sibling-vouched list items,
// couples, a name's words repeated, towns after the names of list items
// and sign-offs) find a name on every line or every few words: long
// chats, long lists and one long line of names. Names come from the gazetteer.
func wholeTextShapes() map[string]func(i int) string {
	given, family, towns := sampleNamesAndTowns()
	low := strings.ToLower
	// A line break first: the rules run only for a text with lines.
	line := func(i int) string {
		if i == 0 {
			return "guests\n"
		}
		return ""
	}
	return map[string]func(int) string{
		"one line of names": func(i int) string { return line(i) + given[i%40] + " " + family[i*7%40] + ", " },
		"lower-case chat":   func(i int) string { return low(given[i%3]) + ": ok and " + low(given[(i+1)%3]) + " says hi\n" },
		"stamped chat": func(i int) string {
			return fmt.Sprintf("[10:%02d] %s: sure %s wants it\n", i%60, low(given[i%4]), low(given[(i+2)%4]))
		},
		"speakers before times": func(i int) string { return fmt.Sprintf("%s 09:%02d: me too\n", low(given[i%5]), i%60) },
		"dashed list":           func(i int) string { return "- " + given[i%40] + " " + family[i*3%40] + "\n" },
		"numbered list":         func(i int) string { return fmt.Sprintf("%d. %s %s\n", i%1000, given[i%40], family[i%40]) },
		"list of couples":       func(i int) string { return "- " + given[i%40] + " & " + given[(i+1)%40] + " " + family[i%40] + "\n" },
		"unknown names on one line": func(i int) string {
			return line(i) + fmt.Sprintf("Vorbek%c Tazzuni%c, ", 'a'+i%26, 'a'+i/26%26)
		},
		"Greek names on one line": func(i int) string { return line(i) + "Σπύρος Καραμπέτσος, " },
		"a first name repeated": func(i int) string {
			if i == 0 {
				return "From: Vorbek Tazzuni <vt@example.org>\n"
			}
			return "Vorbek: ok fine\n"
		},
		"a family name repeated": func(i int) string {
			if i == 0 {
				return "Dr Vorbek Tazzuni called.\n"
			}
			return "Tell Tazzuni we are sorry about it. "
		},
		"items with towns": func(i int) string {
			return "- " + given[i%40] + " " + family[i%40] + ", " + towns[i%40] + " - great app\n"
		},
		"items with ages and towns": func(i int) string {
			return "- " + given[i%40] + " " + family[i%40] + " (34, " + towns[i%40] + ") matched\n"
		},
		"items with a town last": func(i int) string {
			return "- " + given[i%40] + " " + family[i%40] + ", 34, nurse, " + towns[i%40] + "\n"
		},
		"signed reviews": func(i int) string {
			return "\"Arrived fast\" – " + given[i%40] + " " + family[i%40] + ", " + towns[i%40] + "\n"
		},
		"lower-case towns and codes": func(i int) string {
			return "- " + low(given[i%40]) + " " + low(family[i%40]) + ", " + low(towns[i%40]) + " oh\n"
		},
		"a casual text in lower case": func(i int) string {
			return low(given[i%40]) + " lives in " + towns[i%40] + " and "
		},
		"lower-case names before addresses": func(i int) string {
			return fmt.Sprintf("- %s %s x%d@example.org\n", low(given[i%40]), low(family[i%40]), i)
		},
		"a list of names, some in lower case": func(i int) string {
			return line(i) + given[i%40] + " " + family[i%40] + ", " + low(given[(i+7)%40]) + " " + low(family[(i+7)%40]) + ", "
		},
		"lower-case residence phrases": func(i int) string {
			return line(i) + low(given[i%40]) + ", she lives in " + low(towns[i%40]) + " and "
		},
		"towns before province codes": func(i int) string {
			return given[i%40] + " " + family[i%40] + ", " + towns[i%40] + ", BC\n"
		},
		"items on one line": func(i int) string { return line(i) + "- " + given[i%40] + " " + family[i%40] + " " },
		// Session 15's shapes: chat exports, honorifics, business addresses,
		// districts, dates and ages, things named after people.
		"a Slack export": func(i int) string {
			return fmt.Sprintf("%s %s  %d:%02d AM\nsure, see you then\n", given[i%40], family[i%40], 1+i%12, i%60)
		},
		"a Teams export": func(i int) string {
			return fmt.Sprintf("[%d:%02d AM] %s %s\nok thanks\n", 1+i%12, i%60, given[i%40], family[i%40])
		},
		"a Discord export": func(i int) string {
			return fmt.Sprintf("%s — Today at %d:%02d PM\nlol same\n", low(given[i%40]), 1+i%12, i%60)
		},
		"a Telegram export": func(i int) string {
			return fmt.Sprintf("%s %s, [%02d.11.26 10:%02d]\nagreed\n", given[i%40], family[i%40], 1+i%28, i%60)
		},
		"names with honorifics on one line": func(i int) string {
			hon := [...]string{"Mrs ", "Herr ", "Señora ", "Sayın ", "Pani ", "Mx. ", "Dr. ", "Sheikh "}
			return line(i) + hon[i%8] + given[i%40] + " " + family[(i+3)%40] + ", "
		},
		"names with honorifics, one a line": func(i int) string {
			return fmt.Sprintf("%d. Mr. %s %s-san\n", i%500, family[i%40], given[(i+5)%40])
		},
		"address blocks with business cues": func(i int) string {
			return fmt.Sprintf("%s %s & Sons Ltd\n%d Quarry Lane\n%s %05d\n\n", given[i%40], family[i%40], 1+i%90, towns[i%40], 10000+i%80000)
		},
		"one-word streets before postcodes": func(i int) string {
			return fmt.Sprintf("Shop: %s's Bakery, Mühlenweg %d, %05d %s\n", given[i%40], 1+i%90, 10000+i*37%80000, towns[i%40])
		},
		"many districts": func(i int) string {
			return fmt.Sprintf("%s %s, Str. Florilor %d, Sector %d, %s, judetul %s\n", given[i%40], family[i%40], 1+i%90, 1+i%6, towns[i%40], towns[(i+1)%40])
		},
		"districts after addresses": func(i int) string {
			return fmt.Sprintf("%d Quarry Lane, %s district, %s\n", 1+i%90, towns[(i+9)%40], towns[i%40])
		},
		"dates and ages": func(i int) string {
			return fmt.Sprintf("- %s %s, born %02d.%02d.19%02d (aged %d), from %s\n", given[i%40], family[i%40], 1+i%28, 1+i%12, 40+i%50, 20+i%60, towns[i%40])
		},
		"ages before from-words": func(i int) string {
			return fmt.Sprintf("- %s %s, %d years, from %s\n", given[i%40], family[i%40], 20+i%60, towns[i%40])
		},
		"towns after dashes": func(i int) string {
			return given[i%40] + " " + family[i%40] + " – " + towns[i%40] + "\n"
		},
		"districts and towns after dashes": func(i int) string {
			return given[i%40] + " " + family[i%40] + " – " + towns[(i+5)%40] + "/" + towns[i%40] + "\n"
		},
		"last fields after dashes": func(i int) string {
			return given[i%40] + " " + family[i%40] + " – turns 70 on Sunday, " + towns[i%40] + "\n"
		},
		"towns in brackets after names": func(i int) string {
			return "- " + given[i%40] + " " + family[i%40] + " (" + towns[i%40] + ")\n"
		},
		"contact lines": func(i int) string {
			return fmt.Sprintf("%s %s, v%d@example.org, %s\n", given[i%40], family[i%40], i, towns[i%40])
		},
		"things named after people": func(i int) string {
			return line(i) + given[i%40] + " " + family[i%40] + " Memorial Fund, "
		},
	}
}

// TestWholeTextRulesLinear counts the work of the whole-text person rules
// and of spellRecordSlot, the lower-case name rules and the town rules
// after names and residence phrases (guardWork) on
// texts of 8 KB and 32 KB: four times the text must cost
// about four times the work, not sixteen (a 64 KB chat once took 0.26 s
// in chatMentions' overlap checks and a 64 KB line of names 0.21 s in
// listSiblingNames walking back to the line's start for every name).
func TestWholeTextRulesLinear(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	work := countGuardWork(t)
	for name, gen := range wholeTextShapes() {
		t.Run(name, func(t *testing.T) {
			var got [2]int
			var spans [2]int
			for k, size := range []int{8 << 10, 32 << 10} {
				var b strings.Builder
				for i := 0; b.Len() < size; i++ {
					b.WriteString(gen(i))
				}
				clear(work)
				spans[k] = len(e.Find(b.String()))
				if k == 0 {
					// The invariants of the stress test hold on these shapes too.
					saved := guardWork
					guardWork = nil
					m := checkStress(b.String(), "")
					guardWork = saved
					if m != "" {
						t.Fatal(m)
					}
				}
				for _, w := range work {
					got[k] += w
				}
			}
			if got[0] == 0 {
				t.Fatalf("the whole-text rules did no work: the shape no longer reaches them")
			}
			if got[1] > 6*got[0] {
				t.Errorf("work %d on 8 KB, %d on 32 KB (%.1fx for 4x the text): quadratic", got[0], got[1], float64(got[1])/float64(got[0]))
			}
			t.Logf("work %d on 8 KB, %d on 32 KB; %d and %d spans", got[0], got[1], spans[0], spans[1])
		})
	}
}

// countGuardWork sets guardWork, until the test ends, to add each rule's
// work to the map it returns.
func countGuardWork(t *testing.T) map[string]int {
	work := map[string]int{}
	guardWork = func(rule string, w int) { work[rule] += w }
	t.Cleanup(func() { guardWork = nil })
	return work
}

// TestOutsideGuardAsTownOverlapsOutside checks that an outsideGuard gives
// townOverlapsOutside's answers while its slice grows past guardLinear,
// on spans at word edges, equal to the query, long and empty ones.
func TestOutsideGuardAsTownOverlapsOutside(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for round := range 300 {
		n := 1 + r.IntN(600)
		var g outsideGuard
		var spans []Span
		for q := range 400 {
			s := r.IntN(n)
			e := s + 1 + r.IntN(min(n-s, 80))
			if r.IntN(3) == 0 {
				sp := Span{Start: s, End: e}
				switch r.IntN(40) {
				case 0:
					sp.End = sp.Start // an empty span
				case 1:
					sp.Start, sp.End = r.IntN(n/2+1), n // a long one
				}
				spans = append(spans, sp)
			}
			if r.IntN(4) == 0 && len(spans) > 0 {
				sp := spans[r.IntN(len(spans))] // a query equal to a span
				s, e = sp.Start, sp.End
			}
			if got, want := g.overlapsOutside(spans, n, s, e), townOverlapsOutside(spans, s, e); got != want {
				t.Fatalf("round %d query %d: overlapsOutside(%d spans, [%d,%d)) = %v, townOverlapsOutside says %v", round, q, len(spans), s, e, got, want)
			}
		}
	}
}

// TestPosGuardAsPersonEndsAt checks that a posGuard gives personEndsAt's,
// posAt's (AGE ends) and spanStartsAt's answers while its slice grows past guardLinear, on spans of several
// types, ends at the text's edges and beyond them.
func TestPosGuardAsPersonEndsAt(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	types := []string{"PERSON", "LOCATION", "AGE"}
	for round := range 300 {
		n := 1 + r.IntN(600)
		g, ag, sg := posGuard{typ: "PERSON"}, posGuard{typ: "AGE"}, posGuard{start: true}
		var spans []Span
		for q := range 400 {
			if r.IntN(3) == 0 {
				e := r.IntN(n + 1)
				if r.IntN(500) == 0 {
					e = n + 1 + r.IntN(3) // past the text: the guard reads the spans
				}
				spans = append(spans, Span{Start: max(e-5, 0), End: e, Type: types[r.IntN(3)]})
			}
			e := r.IntN(n+3) - 1
			if got, want := g.at(spans, n, e), personEndsAt(spans, e); got != want {
				t.Fatalf("round %d query %d: endsAt(%d spans, %d) = %v, personEndsAt says %v", round, q, len(spans), e, got, want)
			}
			if got, want := ag.at(spans, n, e), posAt(spans, "AGE", false, e); got != want {
				t.Fatalf("round %d query %d: AGE at(%d spans, %d) = %v, posAt says %v", round, q, len(spans), e, got, want)
			}
			if got, want := sg.at(spans, n, e), spanStartsAt(spans, e); got != want {
				t.Fatalf("round %d query %d: starts at(%d spans, %d) = %v, spanStartsAt says %v", round, q, len(spans), e, got, want)
			}
		}
	}
}

// randomSpan returns the bounds of a span of up to 80 bytes in a text of n
// bytes, empty one time in empty.
func randomSpan(r *rand.Rand, n, empty int) (int, int) {
	s := r.IntN(n)
	e := s + 1 + r.IntN(min(n-s, 80))
	if r.IntN(empty) == 0 {
		e = s
	}
	return s, e
}

// TestLiveGuardAndLastBefore checks the session-24 guards against the
// loops they replace while the slice grows past guardLinear: a live
// spanGuard against liveSpanOverlaps (spans under DefaultMinScore, empty
// ones), posGuard.lastBefore against personEarlierOnLine's nearest
// PERSON end, and a posIndex against reading every span.
func TestLiveGuardAndLastBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(24, 1))
	types := []string{"PERSON", "LOCATION", "ZIP_CODE"}
	for round := range 300 {
		n := 1 + r.IntN(600)
		lg, pe := spanGuard{live: true}, posGuard{typ: "PERSON"}
		var spans []Span
		for q := range 400 {
			if r.IntN(3) == 0 {
				s, e := randomSpan(r, n, 300) // an empty span now and then
				score := 0.8
				if r.IntN(4) == 0 {
					score = 0.3 // under DefaultMinScore: no live span
				}
				spans = append(spans, Span{Start: s, End: e, Type: types[r.IntN(3)], Score: score})
			}
			s := r.IntN(n)
			e := s + 1 + r.IntN(min(n-s, 80))
			if got, want := lg.overlaps(spans, n, s, e), liveSpanOverlaps(spans, s, e); got != want {
				t.Fatalf("round %d query %d: live overlaps(%d spans, [%d,%d)) = %v, liveSpanOverlaps says %v", round, q, len(spans), s, e, got, want)
			}
			w, back := r.IntN(n+1), r.IntN(200)
			want := -1
			for _, sp := range spans {
				if sp.Type == "PERSON" && sp.End < w && sp.End >= w-back {
					want = max(want, sp.End)
				}
			}
			if got := pe.lastBefore(spans, n, w-back, w); got != want {
				t.Fatalf("round %d query %d: lastBefore(%d spans, [%d,%d)) = %d, want %d", round, q, len(spans), w-back, w, got, want)
			}
		}
		ix := posIndex{start: round%2 == 0}
		ix.build(spans, func(d *Span) bool { return d.Type == "ZIP_CODE" })
		lo := r.IntN(n)
		hi := lo + r.IntN(100)
		var want []int
		for k, sp := range spans {
			p := sp.End
			if ix.start {
				p = sp.Start
			}
			if sp.Type == "ZIP_CODE" && p >= lo && p < hi {
				want = append(want, k)
			}
		}
		got := ix.in(lo, hi)
		if len(got) != len(want) {
			t.Fatalf("round %d: posIndex.in(%d, %d) holds %d spans, want %d", round, lo, hi, len(got), len(want))
		}
	}
}

// TestLineMemoAsLastIndexByte checks a lineMemo against
// strings.LastIndexByte on texts with few and many line breaks, for
// positions that mostly grow and now and then go back.
func TestLineMemoAsLastIndexByte(t *testing.T) {
	r := rand.New(rand.NewPCG(24, 2))
	for round := range 200 {
		b := make([]byte, 1+r.IntN(500))
		for i := range b {
			b[i] = 'a'
			if r.IntN(1+round%40) == 0 {
				b[i] = '\n'
			}
		}
		text := string(b)
		var m lineMemo
		i := 0
		for q := range 300 {
			if r.IntN(10) == 0 {
				i = r.IntN(len(text) + 1) // back, or far ahead
			} else {
				i = min(i+r.IntN(20), len(text))
			}
			if got, want := m.lineStart(text, i), strings.LastIndexByte(text[:i], '\n')+1; got != want {
				t.Fatalf("round %d query %d: lineStart(%d) = %d, want %d", round, q, i, got, want)
			}
		}
	}
}

// sampleNamesAndTowns returns 40 given names, 40 family names and 40
// one-word ASCII towns of 5 to 9 letters from the gazetteers, for the
// linearity tests' long texts.
func sampleNamesAndTowns() (given, family, towns []string) {
	given, family = gazetteerNames()
	given, family = given[:40], family[:40]
	for _, k := range tableKeys(townNames) {
		if isASCII(k) && len(k) >= 5 && len(k) <= 9 && isUpper(k[0]) && !strings.Contains(k, " ") && len(towns) < 40 {
			towns = append(towns, k)
		}
	}
	return given, family, towns
}
