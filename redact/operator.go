package redact

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// OperatorKind names what replaces a span of personal data.
type OperatorKind string

// Operator kinds.
const (
	// OpPlaceholder replaces the value with a typed, numbered placeholder
	// from the exchange's [Vault], e.g. [EMAIL_ADDRESS_4821]. Restorable.
	OpPlaceholder OperatorKind = "placeholder"
	// OpMask replaces every letter and digit except the last KeepLast ones
	// with MaskChar and keeps every other character (spaces, '-', '.', '@',
	// '+', parentheses …), so "4111 1111 1111 1111" becomes
	// "**** **** **** 1111". Not restorable.
	OpMask OperatorKind = "mask"
	// OpHash replaces the value with its type and keyed hash (see
	// [KeyedHash]) of the normalised value, e.g.
	// <EMAIL_ADDRESS:9f86d081884c7d65>. Not restorable.
	OpHash OperatorKind = "hash"
	// OpRemove deletes the value.
	OpRemove OperatorKind = "remove"
)

// ParseOperatorKind parses an operator name (case-insensitive, surrounding
// white space ignored): placeholder, mask, hash or remove.
func ParseOperatorKind(s string) (OperatorKind, error) {
	k := OperatorKind(strings.ToLower(strings.TrimSpace(s)))
	switch k {
	case OpPlaceholder, OpMask, OpHash, OpRemove:
		return k, nil
	}
	return "", fmt.Errorf("unknown operator %q: want placeholder, mask, hash or remove", s)
}

// Operator says how to replace spans of one entity type.
type Operator struct {
	// Kind of replacement. The zero value means OpPlaceholder.
	Kind OperatorKind
	// KeepLast is, for OpMask, how many letters and digits at the end stay
	// visible. It never reveals more than half of them: for a value with n
	// letters and digits, at most n/2 are kept.
	KeepLast int
	// MaskChar is, for OpMask, the replacement character. Default '*'.
	MaskChar rune
}

// Policy chooses the operator for each entity type.
type Policy struct {
	// Default applies to types without an entry in ByType. The zero value
	// is a placeholder.
	Default Operator
	// ByType maps an entity type (e.g. "CREDIT_CARD") to its operator.
	ByType map[string]Operator
	// Key is the secret HMAC key of OpHash. Without a key the hash is a plain
	// digest that a guessed value reproduces; see [Policy.Validate].
	Key []byte
}

// OperatorFor returns the operator for entity type typ. A nil policy means
// placeholders for everything.
func (p *Policy) OperatorFor(typ string) Operator {
	if p == nil {
		return Operator{Kind: OpPlaceholder}
	}
	op, ok := p.ByType[typ]
	if !ok {
		op = p.Default
	}
	if op.Kind == "" {
		op.Kind = OpPlaceholder
	}
	return op
}

// Validate checks that every operator kind is known, KeepLast is not
// negative, and that a policy using OpHash has a key.
func (p *Policy) Validate() error {
	if p == nil {
		return nil
	}
	usesHash := false
	check := func(name string, op Operator) error {
		switch op.Kind {
		case "", OpPlaceholder, OpMask, OpRemove:
		case OpHash:
			usesHash = true
		default:
			return fmt.Errorf("%s: unknown operator %q", name, op.Kind)
		}
		if op.KeepLast < 0 {
			return fmt.Errorf("%s: negative keep_last %d", name, op.KeepLast)
		}
		return nil
	}
	if err := check("default", p.Default); err != nil {
		return err
	}
	types := make([]string, 0, len(p.ByType))
	for t := range p.ByType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		if err := check("type "+t, p.ByType[t]); err != nil {
			return err
		}
	}
	if usesHash && len(p.Key) == 0 {
		return errors.New("hash operator needs a key")
	}
	return nil
}

// Apply returns text with every span replaced according to p. Spans must be
// sorted by Start and not overlap, with byte offsets into text (as the engine
// returns them); Apply does not panic on other input: it sorts unsorted
// spans, replaces the union of overlapping ones (fail closed) and clamps
// offsets to the text. A nil policy means placeholders for everything. v
// receives the placeholders; if v is nil, a throwaway vault keyed with p.Key
// is used, so nothing can be restored.
func Apply(text string, spans []Span, p *Policy, v *Vault) string {
	if len(spans) == 0 {
		return text
	}
	b := AppendApply(make([]byte, 0, len(text)+16*len(spans)), text, spans, p, v)
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not used again
}

// AppendApply appends to dst what Apply returns for the same arguments, so
// that a caller with a buffer of its own allocates nothing for the text.
func AppendApply(dst []byte, text string, spans []Span, p *Policy, v *Vault) []byte {
	b, _ := appendApply(dst, text, spans, p, v, nil, false)
	return b
}

// appendApply is AppendApply and, with mark set, AppendApplyMarks: it
// appends to marks the offsets of each replacement in the returned buffer
// only when mark is set, so that AppendApply pays no slice for them.
func appendApply(dst []byte, text string, spans []Span, p *Policy, v *Vault, marks []int, mark bool) ([]byte, []int) {
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
		// A throwaway vault: its placeholders are copied into b.
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
		at := len(b)
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
		if mark {
			marks = append(marks, at, len(b))
		}
	}
	return append(b, text[cursor:]...), marks
}

// appendMask appends value masked by op (Kind OpMask) to b.
func appendMask(b []byte, value string, op Operator) []byte {
	mc := op.MaskChar
	if mc == 0 {
		mc = '*'
	}
	n := 0
	for _, r := range value {
		if maskable(r) {
			n++
		}
	}
	keep := min(max(op.KeepLast, 0), n/2)
	masked := n - keep
	for _, r := range value {
		switch {
		case !maskable(r):
			b = utf8.AppendRune(b, r)
		case masked > 0:
			b = utf8.AppendRune(b, mc)
			masked--
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// maskable reports whether the mask operator hides r: letters, digits, and
// bytes that are not valid UTF-8.
func maskable(r rune) bool {
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r)
}
