package redact

import (
	"math/rand/v2"
	"testing"
)

// TestAppendApplyMarksSame holds AppendApplyMarks to AppendApply for every
// operator, on sorted, unsorted, overlapping, empty and out-of-range spans,
// and checks its marks: in order, and the text between them is the text
// between the clipped spans.
func TestAppendApplyMarksSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	policies := []*Policy{
		nil,
		{Default: Operator{Kind: OpMask, KeepLast: 2}},
		{Default: Operator{Kind: OpHash}, Key: []byte("k")},
		{Default: Operator{Kind: OpRemove}},
		{Default: Operator{Kind: "unknown"}},
		{ByType: map[string]Operator{"PHONE_NUMBER": {Kind: OpMask}, "EMAIL_ADDRESS": {Kind: OpRemove}}},
	}
	types := []string{"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "CREDIT_CARD"}
	texts := []string{"mail ana.silva@example.com or call +44 20 7946 0958 now", "Grüße von Jürgen Müller 😀", "", "x"}
	for range 5000 {
		text := texts[rng.IntN(len(texts))]
		var spans []Span
		for range rng.IntN(4) {
			a := rng.IntN(len(text)+4) - 2
			spans = append(spans, Span{Start: a, End: a + rng.IntN(12) - 1, Type: types[rng.IntN(len(types))], Rule: "r"})
		}
		p := policies[rng.IntN(len(policies))]
		v1, v2 := NewVault([]byte("key")), NewVault([]byte("key"))
		want := string(AppendApply([]byte("pre"), text, spans, p, v1))
		got, marks := AppendApplyMarks([]byte("pre"), text, spans, p, v2, nil)
		v1.Release()
		v2.Release()
		if string(got) != want {
			t.Fatalf("%q %v: got %q, want %q", text, spans, got, want)
		}
		if len(marks)%2 != 0 {
			t.Fatalf("odd marks %v", marks)
		}
		// Between the marks: the text outside the clipped spans, in order.
		var outside []byte
		prev := len("pre")
		for i := 0; i < len(marks); i += 2 {
			if marks[i] < prev || marks[i+1] < marks[i] {
				t.Fatalf("marks out of order: %v", marks)
			}
			outside = append(outside, got[prev:marks[i]]...)
			prev = marks[i+1]
		}
		outside = append(outside, got[prev:]...)
		sorted := append([]Span(nil), spans...)
		sortSpansByStart(sorted)
		var wantOutside []byte
		cursor := 0
		for _, sp := range sorted {
			start, end := max(sp.Start, cursor, 0), min(sp.End, len(text))
			if start >= end {
				continue
			}
			wantOutside = append(wantOutside, text[cursor:start]...)
			cursor = end
		}
		wantOutside = append(wantOutside, text[cursor:]...)
		if string(outside) != string(wantOutside) {
			t.Fatalf("%q %v: text outside the marks %q, want %q", text, spans, outside, wantOutside)
		}
	}
}

func sortSpansByStart(s []Span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Start < s[j-1].Start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
