package redact

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// The vocabulary-driven stress test: texts composed from the engine's own
// word tables (titles, names, street types, premises words, months, age
// words, labels, kin words...) with digits, punctuation, hyphenated
// compounds, line breaks, table pipes, case variants, non-ASCII and invalid
// UTF-8, run through Find with the invariants every result must keep.
// Random bytes rarely spell the words the rules look up; these texts do
// (a premises word listed twice in its table indexed past premisesNames
// only on a hyphenated compound ending in that word).
//
// The default run takes about a second; REDACT_STRESS=N runs N texts
// (REDACT_STRESS_SEED=S picks another seed) for long runs:
//
//	REDACT_STRESS=2000000 go test ./redact/ -run TestStressVocab -timeout 0 -v

// stressMarker is a token no table holds: a Reason that contains it (in any
// case) was built from the text's bytes.
const stressMarker = "Qzxv"

var stressVocab = sync.OnceValue(func() [][]string {
	var out [][]string
	for _, s := range stressVocabSources() {
		if len(s.words) > 0 {
			out = append(out, s.words)
		}
	}
	return out
})

// stressPhrases are phrase shapes the rules read, as lists of sources
// (by variable name) or "#" for a number: related words meet far more
// often than in texts of random words.
var stressPhrases = [][]string{
	{"titleWords", "nameFlags", "nameFlags"}, {"lowerTitles", "nameFlags"}, {"greetingWords", "nameFlags"},
	{"kinWords", "nameFlags"}, {"intlRelations", "nameFlags"}, {"signWords", "nameFlags"},
	{"#", "streetLeadSet", "nameFlags", "streetTypeSet"}, {"#", "nameFlags", "streetTypeSet"},
	{"streetTypeSet", "nameFlags", "#"}, {"unitWordSet", "#", "#", "nameFlags", "streetSuffixes"},
	{"premisesNames", "#"}, {"nameFlags", "premisesNames"}, {"#", "intlWords", "#"},
	{"#", "ageUnitTable", "ageWordTable"}, {"ageWordTable", "#"}, {"kinWords", "ageWordTable", "#"},
	{"#", "monthTable", "#"}, {"monthTable", "#", "#"}, {"birthdayWords", "#", "monthTable"},
	{"addressLabels", "#", "nameFlags", "streetTypeSet", "townNames"}, {"townNames", "#"},
	{"cityNames", "postcodeLabelsShort", "#"}, {"usStateSet", "#"}, {"countryNames", "townNames"},
	{"idLabels", "#"}, {"ctxTable", "#"}, {"phone2Words", "#"}, {"tableLabels", "#"},
	{"notableNames", "epithetLinks"}, {"roleLabels", "nameFlags"}, {"namingVerbs", "nameFlags"},
	{"cueWords", "townNames"}, {"residencePhrases", "townNames"}, {"personFromWords", "townNames"},
	{"spanishTitles", "nameFlags"}, {"capsTitles", "nameFlags"}, {"irishCounties", "#"}, {"inStreetTypes", "#"}, {"trStreetTypes", "#"},
	{"nameFlags", "pairConjunctions", "nameFlags", "nameFlags"}, {"kinPossessives", "kinSlotWords", "nameFlags"},
	{"kinPossessives", "lowerKinWords", "kinAdverbs"}, {"staffPraise", "nameFlags", "shopSites"},
	{"koSurnames", "koSurnames", "koSurnames", "cjkHonorifics"}, {"jaRoleKanji", "cjkHonorifics"},
	{"chatNotNames", "subjectVerbs"}, {"cjkAddressMarks", "#", "cjkAddressMarks", "#"},
	{"ptLeads", "nameFlags", "#"}, {"morePassportWords", "#"}, {"moreLicenceWords", "#"}, {"cjkPassportWords", "#"}, {"nameFlags", "genitiveEndings", "townNames"},
	{"nameFlags", "nameFlags", "townNames", "usStateSet"}, {"nameFlags", "nameFlags", "#", "townNames"}, {"villaLeads", "#"}, {"cjkPremisesLabels", "cjkAddressMarks", "#"}, {"nameFlags", "chatParticles", "nameFlags"}, {"subjectVerbPairs", "subjectVerbPairs"},
	// Session 15: chat stamps, forms of address, community titles, Romanian
	// units, districts, dates and ages.
	{"chatStampWords", "#", "chatStampWords", "nameFlags", "nameFlags"}, {"nameFlags", "nameFlags", "chatStampWords", "#"},
	{"nameFlags", "postHonorifics"}, {"nameFlags", "lowerPostHonorifics"}, {"communityTitles", "nameFlags", "nameFlags"},
	{"romanianStreetTypes", "nameFlags", "#", "townNames", "#"}, {"#", "streetTypeSet", "addressPartWords", "townNames"},
	{"nameFlags", "nameFlags", "#", "ageUnitTable", "personFromWords", "townNames"}, {"#", "nepaliMonthNames", "#"},
	{"birthdayAdjectives", "birthdayPersonNouns", "nameFlags"}, {"#", "ageUnitTable", "unitBirthdayLinks", "#"},
	{"nameFlags", "greekTurnVerbs", "#"}, {"nameFlags", "kissNotNames"}, {"namesakeWords", "nameFlags", "nameFlags"},
	{"premisesSignLabels", "nameFlags", "legalForms", "#", "streetTypeSet"}, {"nameFlags", "legalForms", "#", "huStreetTypes", "#"},
	{"lowerLeadsChat9", "#", "nameFlags", "lowerTypesAfter"}, {"nameFlags", "#", "#", "townNames"}, {"notStreetWords", "#", "#"},
	{"premisesLowerOnly", "#", "nameFlags", "streetTypeSet"},
}

// stressNamed maps a source's variable name to its words.
var stressNamed = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, s := range stressVocabSources() {
		if len(s.words) > 0 {
			m[s.name] = s.words
		}
	}
	return m
})

// picker chooses the next piece of a text: from a seeded generator for
// the stress test, from the fuzzer's bytes for FuzzFindVocab.
type picker interface {
	// intn returns a number in [0, n), n > 0.
	intn(n int) int
	// done reports whether the text should end.
	done() bool
}

type randPicker struct {
	r    *rand.Rand
	left int
}

func (p *randPicker) intn(n int) int { return p.r.IntN(n) }
func (p *randPicker) done() bool     { p.left--; return p.left < 0 }

// bytePicker reads its choices from the fuzzer's input, two bytes each.
type bytePicker struct{ b []byte }

func (p *bytePicker) intn(n int) int {
	v := 0
	for k := 0; k < 2 && len(p.b) > 0; k++ {
		v = v<<8 | int(p.b[0])
		p.b = p.b[1:]
	}
	return v % n
}
func (p *bytePicker) done() bool { return len(p.b) == 0 }

var (
	stressSeps = []string{" ", " ", " ", " ", ", ", ". ", ": ", "; ", "-", "–", "/", " (", ") ", "#", "'", "\"",
		"\n", "\n\n", "\r\n", "\t", " | ", "|", "", " - ", " — ", "\u00a0", "  ", ",", ".", "?\n", "! ", " & "}
	stressOther = []string{"é", "ß", "ü", "Ø", "ł", "ı", "İ", "ñ", "…", "’", "«", "»", "„", "“", "€", "£", "°",
		"Москва", "Ελένη", "東京都", "서울", "ä", "\u200b", "\ufeff", "🙂", "\x00", "\xff", "\x80", "\xc3", "\xe2\x80",
		"\xf0\x9f", "\xed\xa0\x80", "@", "*", "**", "`", "<br>", "\\n", "&amp;", "%", "+", "=", "~", "_",
		// Session 14's scripts and their edges: full-width digits, the
		// postal mark, ideographic spaces, combining marks, the katakana
		// middle dot, a rune cut in two in the middle of a script.
		"０", "１２３", "〒", "\u3000", "、", "。", "・", "ー", "\u0301", "e\u0301", "\u0308", "ά", "ΐ",
		"\xe6\x9d", "\xea\xb9", "\xce", "김\x80", "様\xe3", "\xe3\x81", "－", "（", "）", "：", "丁目", "番地", "号"}
	// stressCJK are runs of Korean, Japanese and Greek the person and
	// address rules read (names before honorifics, addresses in script).
	stressCJK = []string{"김민서", "박지호", "최유진", "한도윤", "田中", "佐藤花子", "山本 太郎", "サントス・マリア",
		"東京都", "渋谷区", "神南一丁目", "大阪市北区", "서울특별시", "강남구", "테헤란로", "Νίκος", "Ελένη Κωστοπούλου",
		"Παπαδάκης", "οδός", "Αθήνα", "κ. ", "και"}
	// stressStamps open chat lines ("[10:02] dodo: …").
	stressStamps = []string{"[10:02] ", "[03/11/25, 8:05 pm] ", "12/03/25, 21:04 - ", "- ", "* ", "", "", ""}
	// stressMarks open list items.
	stressMarks = []string{"- ", "* ", "• ", "1. ", "12) ", "#2291 – ", "#17 - ", "  - ", "\t* "}
)

// genText composes one text from p's choices.
func genText(p picker) string {
	vocab := stressVocab()
	var b strings.Builder
	word := func() string {
		src := vocab[p.intn(len(vocab))]
		return caseVariant(src[p.intn(len(src))], p)
	}
	digits := func() string {
		n := 1 + p.intn(12)
		d := make([]byte, n)
		for i := range d {
			d[i] = byte('0' + p.intn(10))
		}
		return string(d)
	}
	var last string // the last chat line or list item, to repeat
	for !p.done() {
		switch k := p.intn(27); {
		case k == 22: // a chat line: a speaker label, maybe a stamp or a time
			var l strings.Builder
			l.WriteString("\n")
			l.WriteString(stressStamps[p.intn(len(stressStamps))])
			l.WriteString(strings.ToLower(word()))
			if p.intn(4) == 0 {
				l.WriteString(" " + strings.ToLower(word()))
			}
			if p.intn(4) == 0 {
				l.WriteString(" " + digits()[:1] + "9:1" + digits()[:1])
			}
			l.WriteString(": ")
			l.WriteString(strings.ToLower(word()))
			last = l.String()
			b.WriteString(last)
		case k == 23: // a list item: a mark and words
			last = "\n" + stressMarks[p.intn(len(stressMarks))] + word() + " " + word()
			b.WriteString(last)
		case k == 24: // a run of another script, maybe an address's numbers and marks glued to it
			b.WriteString(stressCJK[p.intn(len(stressCJK))])
			for range p.intn(4) {
				b.WriteString(digits())
				b.WriteString([]string{"-", "丁目", "番地", "号", "号室", "로 ", "길 ", "동 ", "호", "、", "\u3000", ", "}[p.intn(12)])
			}
		case k == 25: // the last chat line or list item again, a few times
			for range 1 + p.intn(6) {
				b.WriteString(last)
			}
		case k == 26: // many short lines or one long line
			sep := []string{"\n", ", ", " "}[p.intn(3)]
			w := word()
			for range 2 + p.intn(40) {
				b.WriteString(w)
				b.WriteString(sep)
			}
		case k < 9:
			b.WriteString(word())
		case k < 12:
			b.WriteString(digits())
		case k == 12: // hyphenated compound
			b.WriteString(word())
			b.WriteString("-")
			if p.intn(3) == 0 {
				b.WriteString(digits())
			} else {
				b.WriteString(word())
			}
		case k == 13: // a word glued to a word or digits
			b.WriteString(word())
			if p.intn(2) == 0 {
				b.WriteString(digits())
			} else {
				b.WriteString(strings.ToLower(word()))
			}
		case k == 14: // a label line
			b.WriteString("\n")
			b.WriteString(word())
			b.WriteString(": ")
		case k == 15: // a table row
			b.WriteString("\n| ")
			b.WriteString(word())
			b.WriteString(" | ")
			b.WriteString(digits())
			b.WriteString(" |")
		case k == 16:
			b.WriteString(stressOther[p.intn(len(stressOther))])
		case k == 17:
			b.WriteString(stressMarker)
			if p.intn(2) == 0 {
				b.WriteString(digits())
			}
		case k == 19: // a phrase shape
			named := stressNamed()
			for i, src := range stressPhrases[p.intn(len(stressPhrases))] {
				if i > 0 {
					b.WriteString([]string{" ", " ", " ", ", ", "-", "\n", ": "}[p.intn(7)])
				}
				if ws := named[src]; len(ws) > 0 {
					b.WriteString(caseVariant(ws[p.intn(len(ws))], p))
				} else {
					b.WriteString(digits())
				}
			}
		case k == 18: // a date or a number shape
			b.WriteString(digits())
			b.WriteString([]string{"/", ".", "-", ":", ",", " ", "th", "st", "º"}[p.intn(9)])
			b.WriteString(digits())
		default:
			b.WriteString(stressSeps[p.intn(len(stressSeps))])
			continue
		}
		b.WriteString(stressSeps[p.intn(len(stressSeps))])
	}
	return b.String()
}

// caseVariant returns w as it is (most often), in lower or upper case, or
// with a capital first letter.
func caseVariant(w string, p picker) string {
	switch p.intn(8) {
	case 0:
		return strings.ToLower(w)
	case 1:
		return strings.ToUpper(w)
	case 2:
		if r, n := utf8.DecodeRuneInString(w); n > 0 && r != utf8.RuneError {
			return strings.ToUpper(string(r)) + w[n:]
		}
	}
	return w
}

// stressEngines are the engines the stress test runs: the default one, and
// one with allow and deny terms and score floors (Find's other paths).
var stressEngines = sync.OnceValues(func() ([]*Engine, error) {
	e1, err := NewEngine(Options{})
	if err != nil {
		return nil, err
	}
	e2, err := NewEngine(Options{Deny: []string{"orchard lane", "Qzxv"}, Allow: []string{"road", "x"},
		MinScore: map[string]float64{"PERSON": 0.3, "LOCATION": 0.9}})
	if err != nil {
		return nil, err
	}
	return []*Engine{e1, e2}, nil
})

// checkStress runs every engine and every built-in detector on text and
// returns the first broken invariant, or "" (a panic is returned too).
func checkStress(text, other string) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	engines, err := stressEngines()
	if err != nil {
		return err.Error()
	}
	for ei, e := range engines {
		spans := e.Find(text)
		if m := checkSpans(text, spans, true); m != "" {
			return fmt.Sprintf("engine %d: %s", ei, m)
		}
		if ei == 0 && len(spans) > 0 {
			if m := checkRestore(text, spans); m != "" {
				return m
			}
		}
		e.Find(other) // state left by another text must not change the result
		again := e.Find(strings.Clone(text))
		if !slices.Equal(spans, again) {
			return fmt.Sprintf("engine %d: second Find differs:\n%v\n%v", ei, spans, again)
		}
	}
	for _, d := range Builtins() {
		if m := checkSpans(text, d.Detect(text, nil), false); m != "" {
			return d.ID() + ": " + m
		}
	}
	return ""
}

// checkRestore checks that placeholders restore to the text, whatever it
// holds. Values that normalise alike ("Tom", "tom") share a placeholder,
// which restores to the first of them.
func checkRestore(text string, spans []Span) string {
	v := NewVault([]byte("stress-vocab-key"))
	defer v.Release()
	red := Apply(text, spans, nil, v)
	first := map[string]string{}
	var want strings.Builder
	at := 0
	for _, s := range spans {
		val := text[s.Start:s.End]
		ph := v.Placeholder(s.Type, val) // the one Apply issued
		if _, ok := first[ph]; !ok {
			first[ph] = val
		}
		want.WriteString(text[at:s.Start])
		want.WriteString(first[ph])
		at = s.End
	}
	want.WriteString(text[at:])
	if back := v.Restore(red); back != want.String() {
		return fmt.Sprintf("restore differs:\n%q\n%q", red, back)
	}
	return ""
}

// checkSpans checks one result: spans within bounds, non-empty, on rune
// boundaries (never inside a valid multi-byte rune), typed, scored, with a
// reason that quotes neither the span nor the marker; for Find's result
// also sorted and non-overlapping.
func checkSpans(text string, spans []Span, resolved bool) string {
	prevEnd := 0
	for _, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			return fmt.Sprintf("span out of bounds %+v (len %d)", s, len(text))
		}
		if resolved && s.Start < prevEnd {
			return fmt.Sprintf("span %+v overlaps or is out of order (previous end %d)", s, prevEnd)
		}
		prevEnd = s.End
		if insideRune(text, s.Start) || insideRune(text, s.End) {
			return fmt.Sprintf("span %+v cuts a rune", s)
		}
		if s.Type == "" || s.Rule == "" || !(s.Score > 0 && s.Score <= 1) {
			return fmt.Sprintf("span %+v lacks a type, rule or score", s)
		}
		if s.Reason == "" {
			return fmt.Sprintf("span %+v has no reason", s)
		}
		if reasonQuotes(s.Reason, text[s.Start:s.End]) {
			return fmt.Sprintf("span %+v: the reason quotes the text", s)
		}
	}
	return ""
}

// reasonQuotes reports whether reason quotes the text: it holds the marker,
// or the span's value with a digit, or after a quote or a colon. (A value
// of letters may well be in a fixed reason: "iven" in "given name".)
func reasonQuotes(reason, v string) bool {
	if strings.Contains(strings.ToLower(reason), strings.ToLower(stressMarker)) {
		return true
	}
	if len(v) < 4 || !strings.Contains(reason, v) {
		return false
	}
	return strings.ContainsAny(v, "0123456789") || strings.Contains(reason, "'"+v) ||
		strings.Contains(reason, "\""+v) || strings.Contains(reason, ": "+v)
}

// insideRune reports whether i falls inside a valid multi-byte rune of text.
func insideRune(text string, i int) bool {
	if i <= 0 || i >= len(text) || utf8.RuneStart(text[i]) {
		return false
	}
	for j := i - 1; j >= 0 && j > i-utf8.UTFMax; j-- {
		if utf8.RuneStart(text[j]) {
			r, n := utf8.DecodeRuneInString(text[j:])
			return !(r == utf8.RuneError && n == 1) && j+n > i
		}
	}
	return false
}

func TestStressVocabSources(t *testing.T) {
	srcs := stressVocabSources()
	if len(srcs) < 200 {
		t.Fatalf("%d sources, want the engine's word tables", len(srcs))
	}
	for _, s := range srcs {
		if len(s.words) == 0 {
			t.Errorf("source %s has no words", s.name)
		}
	}
	for _, ph := range stressPhrases {
		for _, src := range ph {
			if src != "#" && stressNamed()[src] == nil {
				t.Errorf("phrase source %s is not a word table", src)
			}
		}
	}
}

func TestStressVocab(t *testing.T) {
	n, seed := 3000, uint64(13)
	if testing.Short() {
		n = 500
	}
	if v, err := strconv.Atoi(os.Getenv("REDACT_STRESS")); err == nil {
		n = v
	}
	if v, err := strconv.ParseUint(os.Getenv("REDACT_STRESS_SEED"), 10, 64); err == nil {
		seed = v
	}
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	start, prev, fails := time.Now(), "", 0
	for i := range n {
		p := &randPicker{r: r, left: 1 + r.IntN(60)}
		if r.IntN(50) == 0 {
			p.left = 200 + r.IntN(800) // a long text now and then
		}
		text := genText(p)
		if len(text) > 1 {
			// Cut anywhere, a rune or a word in two: the rules read bytes
			// around a word up to the text's ends.
			switch k := 1 + r.IntN(len(text)-1); r.IntN(4) {
			case 0:
				text = text[:k]
			case 1:
				text = text[k:]
			}
		}
		if m := checkStress(text, prev); m != "" {
			t.Errorf("text %d %q:\n%s", i, text, m)
			if fails++; fails >= 5 {
				t.FailNow()
			}
		}
		prev = text
		if testing.Verbose() && i > 0 && i%100000 == 0 {
			t.Logf("%d texts, %v", i, time.Since(start).Round(time.Second))
		}
	}
}

// stressSeeds returns n composed texts for the fuzzers' seed corpus.
func stressSeeds(n int) []string {
	r := rand.New(rand.NewPCG(7, 7))
	out := make([]string, n)
	for i := range out {
		out[i] = genText(&randPicker{r: r, left: 1 + r.IntN(24)})
	}
	return out
}

// FuzzFindVocab lets the fuzzer compose texts from the engine's vocabulary:
// its input is read as a sequence of choices (token kind, table, word, case,
// separator), so coverage guidance explores combinations of the words the
// rules look up, not bytes.
//
//	go test ./redact/ -run X -fuzz FuzzFindVocab -fuzztime 10m
func FuzzFindVocab(f *testing.F) {
	r := rand.New(rand.NewPCG(9, 9))
	for range 32 {
		b := make([]byte, 2+2*r.IntN(64))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text := genText(&bytePicker{b: data})
		if m := checkStress(text, "Dr Ana Lima, 12 Orchard Lane"); m != "" {
			t.Fatalf("text %q:\n%s", text, m)
		}
	})
}

func TestReasonQuotes(t *testing.T) {
	for _, c := range []struct {
		reason, v string
		want      bool
	}{
		{"given name from gazetteer after a trigger word in a casual text", "iven", false},
		{"house number 12 after a street type", "12", false}, // too short to tell
		{"order 4471-2290 after a label", "4471-2290", true},
		{"street 'Orchard Lane' after a number", "Orchard Lane", true},
		{"a town: Qzxvborg", "Borg", true},
	} {
		if got := reasonQuotes(c.reason, c.v); got != c.want {
			t.Errorf("reasonQuotes(%q, %q) = %v, want %v", c.reason, c.v, got, c.want)
		}
	}
}
