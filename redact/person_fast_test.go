package redact

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestNoUpperRuneAt holds detectPersons' shortcut for non-ASCII lead bytes
// to runStartSlow's decoding: every rune it passes over is no upper-case
// letter and has the size it returns, and it passes over nothing else
// (other runes, invalid UTF-8, a rune cut by the text's end).
func TestNoUpperRuneAt(t *testing.T) {
	for r := rune(0x80); r < 0x3000; r++ {
		text := string(r) + "x"
		k := noUpperRuneAt(text, 0)
		if k == 0 {
			continue
		}
		if unicode.IsUpper(r) || k != utf8.RuneLen(r) {
			t.Errorf("noUpperRuneAt(%U) = %d, upper %v, size %d", r, k, unicode.IsUpper(r), utf8.RuneLen(r))
		}
	}
	for _, r := range []rune{'ß', 'é', 'ü', 'ÿ', '÷', '—', '€', '’', '\u20ff'} {
		if k := noUpperRuneAt(string(r)+"x", 0); k != utf8.RuneLen(r) {
			t.Errorf("noUpperRuneAt(%U) = %d, want %d", r, k, utf8.RuneLen(r))
		}
	}
	for _, text := range []string{"É", "Éx", "Àx", "Þx", "\u2100x", "\u2102x", "é", "\xe2\x80", "\xc3\xc0x", "\xe2\x80Ax", "\xe2\x84\x80x", "\xc3"} {
		if k := noUpperRuneAt(text, 0); k != 0 {
			t.Errorf("noUpperRuneAt(%q) = %d, want 0", text, k)
		}
	}
}
