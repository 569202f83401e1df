package redact

import (
	"slices"
)

// AppendApplyMarks is [AppendApply], also appending to marks, for each span
// that is replaced (after AppendApply's clipping: overlaps lost, empty
// spans skipped), the start and end offsets of its replacement in the
// returned buffer. A caller that encodes the text further (as JSON) can
// then treat the replacements and the text between them apart, with one
// call and one lock of the vault for all spans of a text.
//
// It writes exactly what AppendApply writes (TestAppendApplyMarksSame).
func AppendApplyMarks(dst []byte, text string, spans []Span, p *Policy, v *Vault, marks []int) ([]byte, []int) {
	if len(spans) == 0 {
		return append(dst, text...), marks
	}
	if !slices.IsSortedFunc(spans, func(a, b Span) int { return a.Start - b.Start }) {
		spans = slices.Clone(spans)
		slices.SortStableFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	}
	var key []byte
	if p != nil {
		key = p.Key
	}
	if v == nil {
		v = NewVault(key)
		defer v.Release()
	}
	s := v.state()
	s.mu.Lock()
	defer s.mu.Unlock()
	b := dst
	cursor := 0
	for _, sp := range spans {
		start, end := max(sp.Start, cursor, 0), min(sp.End, len(text))
		if start >= end {
			continue
		}
		b = append(b, text[cursor:start]...)
		cursor = end
		value := text[start:end]
		mark := len(b)
		op := p.OperatorFor(sp.Type)
		switch op.Kind {
		case OpRemove:
		case OpMask:
			b = appendMask(b, value, op)
		case OpHash:
			t := placeholderType(sp.Type)
			b = append(b, '<')
			b = append(b, t...)
			b = append(b, ':')
			b = append(b, KeyedHash(key, string(appendNormalized(nil, t, value)))...)
			b = append(b, '>')
		default: // OpPlaceholder, and fail closed on unknown kinds
			b = append(b, s.placeholder(placeholderType(sp.Type), value)...)
		}
		marks = append(marks, mark, len(b))
	}
	return append(b, text[cursor:]...), marks
}
