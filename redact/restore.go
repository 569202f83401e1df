package redact

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// Restore replaces the placeholders this vault issued in text (typically a
// model's answer) with their values, and returns the result. Text without
// restorable placeholders is returned as is, without copying.
//
// With BODY an issued placeholder's inner text (TYPE_N, e.g. EMAIL_ADDRESS_12),
// Restore replaces, matching ASCII letters case-insensitively:
//   - [BODY] → value, anywhere in the text ("x[BODY]y" → "x" value "y");
//   - [[BODY]] → value, eating both pairs of brackets;
//   - BODY alone (brackets dropped by the model) → value, only when it is a
//     whole word: neither the byte before it nor the byte after it is an ASCII
//     letter, digit or '_' (start and end of text count as boundaries, any
//     other byte, including non-ASCII letters, is a boundary).
//
// It leaves as they are:
//   - placeholders the vault did not issue, even if well formed (a prompt that
//     quoted "[EMAIL_ADDRESS_12]", or a number the model invented);
//   - BODY inside a longer word or number (EMAIL_ADDRESS_12345, XEMAIL_ADDRESS_12,
//     EMAIL_ADDRESS_12_b);
//   - other spellings: spaces or hyphens for underscores (EMAIL ADDRESS 12,
//     EMAIL-ADDRESS-12), leading zeros (EMAIL_ADDRESS_012).
//
// Other brackets and spaces inside brackets are not recognised as such, but
// the body inside them is a whole word, so "<BODY>" → "<" value ">" and
// "[ BODY ]" → "[ " value " ]".
//
// Since N comes from a keyed hash of the value, ordinary text (a code
// identifier like person_1) is restored only if this exchange issued exactly
// that number, which is unlikely.
//
// Unbalanced doubled brackets keep the extra one: "[[BODY]" → "[" value and
// "[BODY]]" → value "]". Matching runs left to right on the input and never
// rescans a restored value. Invalid UTF-8 is copied through unchanged.
func (v *Vault) Restore(text string) string {
	s := v.state()
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.bodies) == 0 {
		return text
	}
	return s.restoreWhole(text)
}

// restoreWhole is restore(text, false, true), faster: every body contains
// '_', so it jumps from one '_' to the next (strings.IndexByte) and looks only
// at the word around it. Since a match never ends in a word byte followed by
// a word byte, the word runs it sees are those restore sees, and the forms
// are tried in the same order ([[BODY]], [BODY], BODY). s.mu is held.
func (s *vaultState) restoreWhole(text string) string {
	var b strings.Builder
	last := 0 // text[last:] is not yet written to b
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], '_')
		if k < 0 {
			break
		}
		start := i + k
		for start > i && wordTable[text[start-1]] {
			start--
		}
		end := wordEnd(text, i+k)
		i = end
		if d := text[end-1]; d < '0' || d > '9' {
			continue
		}
		val, ok := s.lookup(text[start:end])
		if !ok {
			continue
		}
		ms, me := start, end
		switch {
		case start-2 >= last && end+2 <= len(text) && text[start-2] == '[' && text[start-1] == '[' &&
			text[end] == ']' && text[end+1] == ']':
			ms, me = start-2, end+2
		case start-1 >= last && end < len(text) && text[start-1] == '[' && text[end] == ']':
			ms, me = start-1, end+1
		}
		if b.Len() == 0 {
			b.Grow(len(text) + len(val))
		}
		b.WriteString(text[last:ms])
		b.WriteString(val)
		last, i = me, me
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// Restorer restores placeholders in a streamed answer, piece by piece (for
// example the text deltas of SSE events). Concatenating the results of every
// Write and the final Flush gives exactly v.Restore(whole answer), however the
// answer was split, as long as no placeholder is issued meanwhile.
//
// Only a possible placeholder at the end of the text seen so far is held
// back: a '[' or "[[" followed by a prefix of an issued placeholder, or a
// word that is a prefix of one. It is released as soon as it is resolved or
// proven not to be one, so Held never exceeds v.MaxPlaceholderLen()+2 bytes,
// whatever the answer's length. Bytes are released as they came; since only
// ASCII bytes are held, a piece of valid UTF-8 is never released split
// inside a character.
//
// A Restorer is not safe for concurrent use.
type Restorer struct {
	v        *Vault
	held     []byte
	prevWord bool // the last byte consumed (released or replaced) is a word byte
}

// NewRestorer returns a Restorer for one streamed answer.
func (v *Vault) NewRestorer() *Restorer {
	return &Restorer{v: v}
}

// Write consumes the next piece of the answer and returns the text that can
// be released now, with placeholders restored. It may return "" while a
// possible placeholder is held back.
func (r *Restorer) Write(piece string) string {
	s := r.v.state()
	s.mu.Lock()
	defer s.mu.Unlock()
	text := piece
	if len(r.held) > 0 {
		text = string(r.held) + piece
		r.held = r.held[:0]
	} else if len(s.bodies) == 0 {
		if len(piece) > 0 {
			r.prevWord = isWord(piece[len(piece)-1])
		}
		return piece
	}
	out, rest, prevWord := s.restore(text, r.prevWord, false)
	r.held = append(r.held, rest...)
	r.prevWord = prevWord
	return out
}

// Flush ends the stream: it returns everything still held back, restored.
// The Restorer can then be used for a new stream.
func (r *Restorer) Flush() string {
	if len(r.held) == 0 {
		r.prevWord = false
		return ""
	}
	s := r.v.state()
	s.mu.Lock()
	defer s.mu.Unlock()
	text := string(r.held)
	r.held = r.held[:0]
	out, _, _ := s.restore(text, r.prevWord, true)
	r.prevWord = false
	return out
}

// Held returns the number of bytes currently held back.
func (r *Restorer) Held() int { return len(r.held) }

// String describes the restorer without printing held text.
func (r *Restorer) String() string {
	return "redact.Restorer{held " + strconv.Itoa(len(r.held)) + " bytes}"
}

// Format implements fmt.Formatter like String for every verb.
func (r *Restorer) Format(f fmt.State, _ rune) { io.WriteString(f, r.String()) }

// isWord reports whether c is an ASCII letter, digit or '_'.
func isWord(c byte) bool {
	return wordTable[c]
}

var wordTable = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	return t
}()

// upper returns the ASCII upper-case byte of c.
func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// wordEnd returns the end of the run of word bytes starting at i.
func wordEnd(text string, i int) int {
	for i < len(text) && wordTable[text[i]] {
		i++
	}
	return i
}

// restore restores text, which follows a byte that was a word byte if
// prevWord. Unless final, a possible placeholder at the end is not consumed:
// it is returned as rest. It returns the released text (restored), the rest
// and whether the last consumed byte was a word byte. s.mu is held.
func (s *vaultState) restore(text string, prevWord, final bool) (out, rest string, lastWord bool) {
	var b strings.Builder
	last := 0 // text[last:i] is pending literal output
	i := 0
	for i < len(text) {
		c := text[i]
		if c != '[' {
			if !wordTable[c] || prevWord {
				prevWord = wordTable[c]
				i++
				continue
			}
			// A word starts here: a bare placeholder only if its first byte
			// can start an issued body.
			end := wordEnd(text, i)
			if u := upper(c); s.first[u>>6]&(1<<(u&63)) == 0 {
				i, prevWord = end, true
				continue
			}
			if end == len(text) && !final {
				if s.couldBe(text[i:end]) {
					break
				}
				i, prevWord = end, true
				continue
			}
			// A body ends in a digit: most words fail here without a lookup.
			if d := text[end-1]; d < '0' || d > '9' {
				i, prevWord = end, true
				continue
			}
			if val, ok := s.lookup(text[i:end]); ok {
				b.Grow(len(text) - last + len(val))
				b.WriteString(text[last:i])
				b.WriteString(val)
				i, last, prevWord = end, end, true
				continue
			}
			i, prevWord = end, true
			continue
		}
		n, val, more := s.matchBracket(text, i, final)
		if more {
			break
		}
		if n == 0 {
			i++
			prevWord = false
			continue
		}
		b.Grow(len(text) - last + len(val))
		b.WriteString(text[last:i])
		b.WriteString(val)
		i += n
		last, prevWord = i, false
	}
	if last == 0 {
		return text[:i], text[i:], prevWord
	}
	b.WriteString(text[last:i])
	return b.String(), text[i:], prevWord
}

// matchBracket tries to match [BODY] or [[BODY]] at text[i] == '['. It returns
// the length matched and the value, or more when the outcome depends on bytes
// after the end of text (never when final).
func (s *vaultState) matchBracket(text string, i int, final bool) (n int, val string, more bool) {
	if i+1 == len(text) {
		return 0, "", !final
	}
	if text[i+1] == '[' {
		// Only [[BODY]] can match here; a single [ followed by '[' cannot.
		start := i + 2
		end := wordEnd(text, start)
		if end == len(text) {
			return 0, "", !final && s.couldBe(text[start:end])
		}
		if text[end] != ']' {
			return 0, "", false
		}
		val, ok := s.lookup(text[start:end])
		if !ok {
			return 0, "", false
		}
		if end+1 == len(text) {
			return 0, "", !final
		}
		if text[end+1] != ']' {
			return 0, "", false
		}
		return end + 2 - i, val, false
	}
	start := i + 1
	end := wordEnd(text, start)
	if end == len(text) {
		return 0, "", !final && s.couldBe(text[start:end])
	}
	if text[end] != ']' {
		return 0, "", false
	}
	val, ok := s.lookup(text[start:end])
	if !ok {
		return 0, "", false
	}
	return end + 1 - i, val, false
}

// lookup returns the value of an issued body, matched case-insensitively.
func (s *vaultState) lookup(tok string) (string, bool) {
	if len(tok) == 0 || len(tok) > s.maxBody {
		return "", false
	}
	if i, ok := s.body(tok); ok {
		return s.vals[i], true
	}
	var buf [64]byte
	u := appendUpper(buf[:0], tok)
	if len(u) == 0 {
		return "", false
	}
	if i, ok := s.body(unsafe.String(&u[0], len(u))); ok {
		return s.vals[i], true
	}
	return "", false
}

// couldBe reports whether tok is, case-insensitively, a prefix of (or equal
// to) an issued body. The empty string is a prefix of every body.
func (s *vaultState) couldBe(tok string) bool {
	if len(tok) > s.maxBody || len(s.bodies) == 0 {
		return false
	}
	var buf [64]byte
	u := appendUpper(buf[:0], tok)
	j, _ := slices.BinarySearch(s.bodies, string(u))
	return j < len(s.bodies) && strings.HasPrefix(s.bodies[j], string(u))
}

func appendUpper(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		dst = append(dst, upper(s[i]))
	}
	return dst
}
