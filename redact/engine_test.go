package redact

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// detCase is one table row for a detector: the text and the substrings
// it must find (in order), or none.
type detCase struct {
	name string
	text string
	want []string
}

// runDetCases checks a detector on its own (Detect) and through the
// engine (Find restricted to typ), so both paths stay in step.
func runDetCases(t *testing.T, d Detector, typ string, cases []detCase) {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range d.Detect(tc.text, nil) {
				min := DefaultMinScore
				if s.Score < min {
					continue
				}
				if s.Reason == "" || s.Rule != d.ID() || s.Type != typ {
					t.Errorf("span %+v: want type %s, rule %s and a reason", s, typ, d.ID())
				}
				if strings.Contains(s.Reason, tc.text[s.Start:s.End]) {
					t.Errorf("reason %q quotes the value", s.Reason)
				}
				got = append(got, tc.text[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
			var viaEngine []string
			for _, s := range e.Find(tc.text) {
				if s.Type == typ {
					viaEngine = append(viaEngine, tc.text[s.Start:s.End])
				}
			}
			if !slices.Equal(viaEngine, tc.want) {
				t.Errorf("Find(%q) %s spans = %q, want %q", tc.text, typ, viaEngine, tc.want)
			}
		})
	}
}

// stubDetector returns fixed spans, for engine tests.
type stubDetector struct {
	id    string
	types []string
	spans []Span
}

func (s stubDetector) ID() string      { return s.id }
func (s stubDetector) Types() []string { return s.types }
func (s stubDetector) Detect(text string, dst []Span) []Span {
	for _, sp := range s.spans {
		if sp.End <= len(text) {
			dst = append(dst, sp)
		}
	}
	return dst
}

func TestResolveOverlaps(t *testing.T) {
	text := strings.Repeat("x", 40)
	sp := func(s, e int, score float64, typ string) Span {
		return Span{Start: s, End: e, Score: score, Type: typ, Rule: "stub", Reason: "stub"}
	}
	tests := []struct {
		name  string
		spans []Span
		want  []Span
	}{
		{"higher score wins", []Span{sp(0, 10, 0.6, "A"), sp(5, 8, 0.9, "B")}, []Span{sp(5, 8, 0.9, "B")}},
		{"equal score: longer wins", []Span{sp(0, 10, 0.8, "A"), sp(5, 20, 0.8, "B")}, []Span{sp(5, 20, 0.8, "B")}},
		{"equal score and length: earlier wins", []Span{sp(5, 10, 0.8, "B"), sp(0, 5, 0.8, "A"), sp(3, 8, 0.8, "C")}, []Span{sp(0, 5, 0.8, "A"), sp(5, 10, 0.8, "B")}},
		{"touching spans both kept, sorted", []Span{sp(10, 20, 0.7, "B"), sp(0, 10, 0.7, "A")}, []Span{sp(0, 10, 0.7, "A"), sp(10, 20, 0.7, "B")}},
		{"out of range dropped", []Span{sp(30, 50, 0.9, "A"), sp(-1, 3, 0.9, "A"), sp(4, 4, 0.9, "A"), sp(1, 2, 0.9, "B")}, []Span{sp(1, 2, 0.9, "B")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := NewEngine(Options{Disabled: builtinIDs(), Detectors: []Detector{rawStub{tc.spans}}})
			if err != nil {
				t.Fatal(err)
			}
			got := e.Find(text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// rawStub returns its spans unfiltered, even out of range ones.
type rawStub struct{ spans []Span }

func (rawStub) ID() string                           { return "stub" }
func (rawStub) Types() []string                      { return []string{"A", "B", "C"} }
func (r rawStub) Detect(_ string, dst []Span) []Span { return append(dst, r.spans...) }

func builtinIDs() []string {
	var ids []string
	for _, d := range Builtins() {
		ids = append(ids, d.ID())
	}
	return ids
}

func findTexts(e *Engine, text string) []string {
	var out []string
	for _, s := range e.Find(text) {
		out = append(out, s.Type+":"+text[s.Start:s.End])
	}
	return out
}

func TestEngineOptions(t *testing.T) {
	const text = "Mail ana@example.com or call +44 20 7946 0958 about Project Falcon and project   falcon's launch, not projectfalcon."
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"defaults", Options{}, []string{"EMAIL_ADDRESS:ana@example.com", "PHONE_NUMBER:+44 20 7946 0958"}},
		{"disable by type", Options{Disabled: []string{"PHONE_NUMBER"}}, []string{"EMAIL_ADDRESS:ana@example.com"}},
		{"disable by rule id", Options{Disabled: []string{"builtin.email"}}, []string{"PHONE_NUMBER:+44 20 7946 0958"}},
		{"allow is case-insensitive and trimmed", Options{Allow: []string{"  ANA@example.com "}}, []string{"PHONE_NUMBER:+44 20 7946 0958"}},
		{"min score per type", Options{MinScore: map[string]float64{"PHONE_NUMBER": 1}}, []string{"EMAIL_ADDRESS:ana@example.com"}},
		{"deny: whole words, any case, any whitespace", Options{Deny: []string{"project falcon"}, Disabled: []string{"EMAIL_ADDRESS", "PHONE_NUMBER"}},
			[]string{"DENIED_TERM:Project Falcon", "DENIED_TERM:project   falcon"}},
		{"deny: single word not inside a longer word", Options{Deny: []string{"FALCON"}, Disabled: []string{"EMAIL_ADDRESS", "PHONE_NUMBER"}},
			[]string{"DENIED_TERM:Falcon", "DENIED_TERM:falcon"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := NewEngine(tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := findTexts(e, text); !slices.Equal(got, tc.want) {
				t.Errorf("Find = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestNewEngineErrors(t *testing.T) {
	tests := []struct {
		name string
		opts Options
	}{
		{"unknown disabled", Options{Disabled: []string{"NOPE"}}},
		{"empty deny term", Options{Deny: []string{"ok", "   "}}},
		{"nil detector", Options{Detectors: []Detector{nil}}},
		{"min score out of range", Options{MinScore: map[string]float64{"US_SSN": 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewEngine(tc.opts); err == nil {
				t.Errorf("NewEngine(%+v) succeeded, want an error", tc.opts)
			}
		})
	}
}

func TestEngineTypesAndBuiltins(t *testing.T) {
	e, err := NewEngine(Options{Disabled: []string{"US_SSN"}, Deny: []string{"x"},
		Detectors: []Detector{stubDetector{id: "custom.a", types: []string{"CUSTOM_A"}}}})
	if err != nil {
		t.Fatal(err)
	}
	types := e.Types()
	for _, want := range []string{"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "SECRET", "CUSTOM_A", "DENIED_TERM"} {
		if !slices.Contains(types, want) {
			t.Errorf("Types() = %v, missing %s", types, want)
		}
	}
	if slices.Contains(types, "US_SSN") {
		t.Errorf("Types() = %v includes disabled US_SSN", types)
	}
	b := Builtins()
	if !slices.IsSortedFunc(b, func(x, y Detector) int { return strings.Compare(x.ID(), y.ID()) }) {
		t.Error("Builtins() not sorted by ID")
	}
	for _, id := range []string{"builtin.email", "builtin.phone", "builtin.credit_card", "builtin.iban", "builtin.us_ssn", "builtin.ip_address", "builtin.secret"} {
		if !slices.ContainsFunc(b, func(d Detector) bool { return d.ID() == id }) {
			t.Errorf("Builtins() lacks %s", id)
		}
	}
}

func TestValidators(t *testing.T) {
	tests := []struct {
		name, validator, in string
		want                bool
	}{
		{"luhn ok", "luhn", "4111 1111-1111 1111", true},
		{"luhn bad", "luhn", "4111111111111112", false},
		{"luhn letters", "luhn", "4111a", false},
		{"mod97 ok", "mod97", "DE89 3704 0044 0532 0130 00", true},
		{"mod97 lower", "mod97", "de89370400440532013000", true},
		{"mod97 bad", "mod97", "DE89370400440532013001", false},
		{"mod97 short", "mod97", "DE8", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ok := Validator(tc.validator)
			if !ok {
				t.Fatalf("Validator(%q) not found", tc.validator)
			}
			if got := f(tc.in); got != tc.want {
				t.Errorf("%s(%q) = %v, want %v", tc.validator, tc.in, got, tc.want)
			}
		})
	}
	if names := ValidatorNames(); !slices.Contains(names, "luhn") || !slices.Contains(names, "mod97") || !slices.IsSorted(names) {
		t.Errorf("ValidatorNames() = %v", names)
	}
}

func TestDigitRunsSWAR(t *testing.T) {
	inputs := []string{"", "1", "abc", "a1b22c333", "€12,5 ü9", strings.Repeat("x", 17) + "12345678901234567", "9\xff8\x80" + "7",
		"12345678", "1234567812345678a", "a1234567", "1a2b3c4d5e6f7g8h9", "/0123456789:", "\xb0\xb9\x30\x39\xf0\x3a\x2f00"}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := "0123456789a /:\xb5"
	for k := 0; k < 500; k++ {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		inputs = append(inputs, string(b))
	}
	// Long inputs cross the scan's 64-byte blocks, with runs across block
	// edges and texts ending inside a run or right at a block edge.
	for k := 0; k < 500; k++ {
		b := make([]byte, 56+rng.IntN(150))
		if k%7 == 0 {
			b = make([]byte, 64*(1+k%3))
		}
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
			if k%2 == 0 && rng.IntN(3) > 0 {
				b[i] = byte('0' + rng.IntN(10))
			}
		}
		inputs = append(inputs, string(b))
	}
	inputs = append(inputs, strings.Repeat("7", 64), strings.Repeat("7", 128)+"x", "x"+strings.Repeat("7", 127), strings.Repeat("7", 63)+"x"+strings.Repeat("7", 64))
	for _, s := range inputs {
		var want []digitRun
		for i := 0; i < len(s); {
			if !isDigit(s[i]) {
				i++
				continue
			}
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			want = append(want, digitRun{i, j})
			i = j
		}
		if got := digitRunsOf(s); !slices.Equal(got, want) {
			t.Errorf("appendDigitRuns(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestFindInvalidUTF8(t *testing.T) {
	e, err := NewEngine(Options{Deny: []string{"sécurité"}})
	if err != nil {
		t.Fatal(err)
	}
	text := "\xff\xfe call +1 415 555 0132 \xc3 ana@\xffexample.com SÉCURITÉ\xe2\x82"
	for _, s := range e.Find(text) {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Errorf("bad span %+v", s)
		}
	}
	if !utf8.ValidString(text) && len(e.Find(text)) == 0 {
		t.Error("want the phone number and the deny term found despite invalid bytes")
	}
}

func TestFindConcurrent(t *testing.T) {
	e, err := NewEngine(Options{Deny: []string{"falcon"}})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"mail ana@example.com", "call +44 20 7946 0958 re falcon", "card 4111 1111 1111 1111", "ip 10.0.0.1 and ::1"}
	want := make([][]Span, len(texts))
	for i, s := range texts {
		want[i] = e.Find(s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i := (g + k) % len(texts)
				if got := e.Find(texts[i]); !slices.Equal(got, want[i]) {
					t.Errorf("concurrent Find(%q) = %+v, want %+v", texts[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"ana@example.com", "+44 20 7946 0958", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00",
		"078-05-1120 123-45-6789", "::ffff:192.0.2.1 1.2.3.4.5", "sk-proj-abcDEF1234567890abcdefGHIJ",
		"-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig",
		"\xff@\xfe.\x80", "",
		"Flat 3, 27 Station Road", "Prinsengracht 263-267,", "Am Lindenhof 7, 80331 München", "his colleague Grace Hopper",
		"He turns 45 next week", "Victoria Falls", "my son, Max",
		"Send to Gortnaclohy, Ballinspittle, Co. Leitrim N41 W2X8", // the townland walk (address_ie_townland.go)
		// session 24's forms (review25): lower-case records and stacked
		// titles, '#' streets, chains, Iberian marks, recipients, estates
		"- rang fr. mag. ilse brandtner, 418 larchmont rd, apt 9\nbilal: at 27 quarry lane",
		"Deliver: #7 Acacia Drive; Plot 31-A, Block 9, Iqbal Town, F-6/3", "R. dos Remédios, n.º 4",
		"for Orla Brennick, 14 Elm Street", "technik a pan Svoboda", "her address is Unit 5, Larkfield Business Park",
		"1 Rosa Lind, 3 Pine Walk | 0161 496 0000", "Ulica Domovinskog rata 45, Put Sv. Ivana 8,",
	} {
		f.Add(s)
	}
	for _, s := range stressSeeds(48) { // texts of the engine's own words
		f.Add(s)
	}
	e, err := NewEngine(Options{Deny: []string{"acme corp"}, Allow: []string{"x"}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := e.Find(text)
		prevEnd := 0
		for _, s := range spans {
			if s.Start < prevEnd || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("bad or overlapping span %+v (previous end %d, len %d)", s, prevEnd, len(text))
			}
			prevEnd = s.End
		}
	})
}

func TestFindAfterJSONEscapes(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := `Notes:\nana@example.com\n+44 20 7946 0958\t4111 1111 1111 1111\nDE89370400440532013000\n536-90-4399\r10.0.0.1\nsk-proj-Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fGh7j`
	want := []string{"EMAIL_ADDRESS:ana@example.com", "PHONE_NUMBER:+44 20 7946 0958", "CREDIT_CARD:4111 1111 1111 1111",
		"IBAN_CODE:DE89370400440532013000", "US_SSN:536-90-4399", "IP_ADDRESS:10.0.0.1", "SECRET:sk-proj-Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fGh7j"}
	var got []string
	for _, s := range e.Find(text) {
		if structuredRule(s.Rule) {
			got = append(got, s.Type+":"+text[s.Start:s.End])
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Find = %q\nwant %q", got, want)
	}
}

func TestEngineRedact(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Mail ana@example.com or card 4111 1111 1111 1111."
	out, spans := e.Redact(text, nil, nil)
	if len(spans) != 2 {
		t.Fatalf("Redact found %d spans, want 2: %+v", len(spans), spans)
	}
	if strings.Contains(out, "ana@example.com") || strings.Contains(out, "4111") {
		t.Errorf("Redact left a value in %q", out)
	}
	if !strings.HasPrefix(out, "Mail ") || !strings.HasSuffix(out, ".") {
		t.Errorf("Redact changed text outside the spans: %q", out)
	}
}

// resolveOverlapsRef is the single-sorted-slice greedy pass that
// resolveClusters must agree with.
func resolveOverlapsRef(cands []Span) []Span {
	slices.SortFunc(cands, func(a, b Span) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Len(), a.Len()); c != 0 {
			return c
		}
		return cmp.Compare(a.Start, b.Start)
	})
	var kept []Span
	for _, s := range cands {
		i := sort.Search(len(kept), func(i int) bool { return kept[i].End > s.Start })
		if i < len(kept) && kept[i].Start < s.End {
			continue
		}
		kept = slices.Insert(kept, i, s)
	}
	return kept
}

// TestResolveOverlapsMany checks the clustered pass for many candidates
// against the reference on random span sets: dense and sparse, with ties
// in score, length and start, and one long chain of overlaps.
func TestResolveOverlapsMany(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	scores := []float64{0.5, 0.7, 0.9}
	for k := 0; k < 300; k++ {
		n := smallResolve + 1 + rng.IntN(400)
		width := 1 + rng.IntN(20*n)
		cands := make([]Span, n)
		for i := range cands {
			s := rng.IntN(width)
			cands[i] = Span{Start: s, End: s + 1 + rng.IntN(12), Score: scores[rng.IntN(len(scores))], Type: fmt.Sprint(i)}
		}
		if k%10 == 0 { // a chain: every span overlaps the next
			for i := range cands {
				cands[i].Start, cands[i].End = 3*i, 3*i+5
			}
		}
		want := resolveOverlapsRef(slices.Clone(cands))
		got := resolveOverlaps(slices.Clone(cands), nil)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d (%d candidates): got %d spans, want %d", k, n, len(got), len(want))
		}
	}
}

// BenchmarkFindLongText runs the engine over the whole corpus as one text,
// where thousands of candidate spans meet in the overlap resolution.
func BenchmarkFindLongText(b *testing.B) {
	text := strings.Join(benchCorpus(b), "\n")
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchLines(b, []string{text}, e.Find)
}

// TestFindResultsOwned checks that results carved from a shared array do
// not alias: appending to or editing one leaves the others as they were.
func TestFindResultsOwned(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"mail ana@example.com", "call +44 20 7946 0958 or bo@example.org", "SSN 536-90-4399"}
	var got [][]Span
	for k := 0; k < 40; k++ {
		for _, s := range texts {
			got = append(got, e.Find(s))
		}
	}
	for i, spans := range got {
		if len(spans) == 0 || cap(spans) != len(spans) {
			t.Fatalf("result %d: len %d cap %d, want a non-empty result with cap == len", i, len(spans), cap(spans))
		}
		spans[0].Reason = "edited"
		_ = append(spans, Span{Start: -1})
	}
	for i, spans := range got {
		want := e.Find(texts[i%len(texts)])
		if len(spans) != len(want) {
			t.Fatalf("result %d: %d spans, want %d", i, len(spans), len(want))
		}
		for j := range want {
			if j == 0 {
				want[j].Reason = "edited"
			}
			if spans[j] != want[j] {
				t.Errorf("result %d span %d = %+v, want %+v", i, j, spans[j], want[j])
			}
		}
	}
}

// TestSortDisjoint checks that sortDisjoint gives resolveOverlaps' result
// whenever it gives one, and that it gives one for every disjoint set.
func TestSortDisjoint(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for k := 0; k < 3000; k++ {
		n := 1 + rng.IntN(40)
		width := 1 + rng.IntN(30*n)
		cands := make([]Span, n)
		for i := range cands {
			s := rng.IntN(width)
			cands[i] = Span{Start: s, End: s + 1 + rng.IntN(6), Score: 0.5 + 0.1*float64(rng.IntN(5)), Type: fmt.Sprint(i)}
		}
		disjoint := true
		for i := range cands {
			for j := range i {
				if cands[i].Start < cands[j].End && cands[j].Start < cands[i].End {
					disjoint = false
				}
			}
		}
		want := resolveOverlaps(slices.Clone(cands), nil)
		got, _ := sortDisjoint(cands, nil, nil)
		if disjoint && got == nil {
			t.Fatalf("sortDisjoint(%v) = nil for disjoint spans", cands)
		}
		if got != nil && !slices.Equal(got, want) {
			t.Fatalf("sortDisjoint(%v) = %v, resolveOverlaps gives %v", cands, got, want)
		}
	}
}
