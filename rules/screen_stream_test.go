package rules

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// streamCorpus mixes manipulative, biased, negated and instructional text,
// with multi-byte runes, numbers with separators and long words.
var streamCorpus = []string{
	"Hurry! Only 3 left in stock. 12 people are viewing this item right now.",
	"There is no rush: take your time. No hidden fees, ever. Sale ends at midnight!",
	"Avoid phrases like 'act now' or 'last chance'. Instead write: “Offer valid through June.”",
	"Don’t say \"only 2 left\" unless it is true.\nAvoid these:\n- act now\n- last chance\n\nAct now, though!",
	"No thanks, I'd rather pay full price. Maria from Lisbon just bought this 5 minutes ago.",
	"Bad credit? No problem! Guaranteed results or your money back — 100% risk-free.",
	"Women are too emotional to lead. She leads the team; he supports it; they are happy.",
	"Ünïcödé wörds — ÇA VA? 1,000,000 sold! 19:15:22 left… Doctors hate this one weird trick.",
	strings.Repeat("x", 100) + " only " + strings.Repeat("9", 80) + " left. Only 2 left!",
	"only" + strings.Repeat(" ", 40) + "3 left. Limited   time\t\toffer!!! Don't miss out.",
	"Only" + strings.Repeat(",", 3000) + "3 left? Bad credit" + strings.Repeat("?", 500) + "no problem. cancel " + strings.Repeat("(", 40) + " by calling.",
	"Your family could be at risk. Before it's too late, protect them. Honor her memory by choosing premium.",
}

func sameFindings(a, b []Finding) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	sortFindings(a)
	sortFindings(b)
	return slices.Equal(a, b)
}

// streamAll writes pieces, checks the holdback invariant after every
// write, and returns all findings.
func streamAll(t *testing.T, s *Screener, pieces []string) []Finding {
	t.Helper()
	st := s.NewStream()
	var got []Finding
	written, released := 0, 0
	for _, p := range pieces {
		fs := st.Write(p)
		written += len(p)
		for _, f := range fs {
			if f.Start < released {
				t.Fatalf("finding %+v starts at %d, inside text already released (up to %d)", f, f.Start, released)
			}
		}
		got = append(got, fs...)
		hb := st.Holdback()
		if hb < 0 || hb > written {
			t.Fatalf("Holdback %d outside [0, %d]", hb, written)
		}
		if hb > s.MaxHoldback() {
			t.Fatalf("Holdback %d exceeds MaxHoldback %d", hb, s.MaxHoldback())
		}
		released = max(released, written-hb)
	}
	for _, f := range st.Close() {
		if f.Start < released {
			t.Fatalf("finding %+v at Close starts at %d, inside text already released (up to %d)", f, f.Start, released)
		}
		got = append(got, f)
	}
	return got
}

func splitAt(text string, cuts []int) []string {
	var out []string
	prev := 0
	for _, c := range cuts {
		out = append(out, text[prev:c])
		prev = c
	}
	return append(out, text[prev:])
}

// TestStreamEqualsScan: for every split of the text into pieces, the
// findings of a stream equal Scan's, and text outside the holdback is
// never part of a later finding.
func TestStreamEqualsScan(t *testing.T) {
	s := DefaultScreener()
	for i, text := range streamCorpus {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			want := s.Scan(text)
			if len(want) == 0 && i != 2 {
				t.Fatalf("corpus line %d has no findings; it should exercise the matcher", i)
			}
			// Every single cut point (including inside runes).
			for c := 0; c <= len(text); c++ {
				if got := streamAll(t, s, splitAt(text, []int{c})); !sameFindings(got, want) {
					t.Fatalf("cut at %d: stream %v\nscan %v", c, got, want)
				}
			}
			// Byte by byte.
			var bytesOne []string
			for k := 0; k < len(text); k++ {
				bytesOne = append(bytesOne, text[k:k+1])
			}
			if got := streamAll(t, s, bytesOne); !sameFindings(got, want) {
				t.Fatalf("byte by byte: stream %v\nscan %v", got, want)
			}
			// Random splits into 10–20 byte pieces and arbitrary pieces.
			rng := rand.New(rand.NewPCG(uint64(i), 7))
			for range 200 {
				var cuts []int
				for c := rng.IntN(20) + 1; c < len(text); c += rng.IntN(20) + 1 {
					cuts = append(cuts, c)
				}
				if got := streamAll(t, s, splitAt(text, cuts)); !sameFindings(got, want) {
					t.Fatalf("cuts %v: stream %v\nscan %v", cuts, got, want)
				}
			}
		})
	}
}

// TestStreamHoldbackBounded: a long answer keeps the holdback bounded and
// far below the answer's length.
func TestStreamHoldbackBounded(t *testing.T) {
	s := DefaultScreener()
	st := s.NewStream()
	text := strings.Repeat(strings.Join(streamCorpus, " "), 20)
	maxHB := 0
	for i := 0; i < len(text); i += 13 {
		st.Write(text[i:min(i+13, len(text))])
		maxHB = max(maxHB, st.Holdback())
	}
	st.Close()
	if maxHB > s.MaxHoldback() || maxHB > 2000 {
		t.Fatalf("max holdback %d (MaxHoldback %d) for a %d-byte answer", maxHB, s.MaxHoldback(), len(text))
	}
	if st.Holdback() != 0 {
		t.Errorf("holdback after Close = %d, want 0", st.Holdback())
	}
}

// FuzzStreamEqualsScan checks the split invariant on arbitrary input.
func FuzzStreamEqualsScan(f *testing.F) {
	for _, c := range streamCorpus {
		f.Add(c, uint16(7))
	}
	f.Add("\xff\xfeonly 2\xc3 left", uint16(3))
	s := DefaultScreener()
	f.Fuzz(func(t *testing.T, text string, seed uint16) {
		want := s.Scan(text)
		for _, f := range want {
			if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
				t.Fatalf("bad offsets %+v for a %d-byte text", f, len(text))
			}
		}
		rng := rand.New(rand.NewPCG(uint64(seed), 1))
		var cuts []int
		for c := rng.IntN(16) + 1; c < len(text); c += rng.IntN(16) + 1 {
			cuts = append(cuts, c)
		}
		if got := streamAll(t, s, splitAt(text, cuts)); !sameFindings(got, want) {
			t.Fatalf("cuts %v: stream %v\nscan %v", cuts, got, want)
		}
	})
}

func TestFindingOffsets(t *testing.T) {
	s := DefaultScreener()
	for _, tc := range []struct {
		text, rule, span string
	}{
		{"Great shoes. Only 2 left in stock!", "scarcity.low_stock", "Only 2 left"}, // shortest match per start,
		{"Ünïcödé: HURRY, friends.", "urgency.act_now", "HURRY"},
		{"Ends soon… Doctors   hate this trick", "deceptive.miracle", "Doctors   hate this"},
		{"Plan auto-renews monthly.", "hidden_costs.auto_renew", "auto-renews"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			for _, f := range s.Scan(tc.text) {
				if f.Rule != tc.rule {
					continue
				}
				if got := tc.text[f.Start:f.End]; got != tc.span {
					t.Fatalf("span %q, want %q", got, tc.span)
				}
				if !utf8.ValidString(tc.text[f.Start:f.End]) {
					t.Fatal("span cuts a rune")
				}
				return
			}
			t.Fatalf("rule %s did not fire on %q: %v", tc.rule, tc.text, s.Scan(tc.text))
		})
	}
}

// TestScanConcurrent shares one screener between goroutines.
func TestScanConcurrent(t *testing.T) {
	s := DefaultScreener()
	want := make([][]Finding, len(streamCorpus))
	for i, text := range streamCorpus {
		want[i] = s.Scan(text)
	}
	done := make(chan error, 4)
	for g := range 4 {
		go func() {
			for k := range 200 {
				i := (g + k) % len(streamCorpus)
				if got := s.Scan(streamCorpus[i]); !sameFindings(got, want[i]) {
					done <- fmt.Errorf("goroutine %d: line %d gave %v, want %v", g, i, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

// TestStatesUnique: no two partial matches share a node and skips. The
// fast paths that add a state without looking for an equal one (runs,
// arriveOnce nodes, the pushed filter) rely on it.
func TestStatesUnique(t *testing.T) {
	s := DefaultScreener()
	texts := append(slices.Clone(streamCorpus), marketingAnswer(8<<10))
	for _, r := range DefaultScreenRules() {
		texts = append(texts, r.Examples.Match...)
		texts = append(texts, r.Examples.NoMatch...)
	}
	type key struct {
		node  int32
		skips int8
	}
	for _, text := range texts {
		st := s.NewStream()
		seen := map[key]bool{}
		for i := range len(text) {
			st.Write(text[i : i+1])
			clear(seen)
			for _, x := range st.states {
				k := key{x.node, x.skips}
				if seen[k] {
					t.Fatalf("after %q: two states for node %d with %d skips", text[:i+1], x.node, x.skips)
				}
				seen[k] = true
			}
		}
		st.Close()
	}
}
