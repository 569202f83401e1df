package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// appendNormalizedRef is appendNormalized as it was before its ASCII table:
// the rune loop alone, from the start of the trimmed value.
func appendNormalizedRef(dst []byte, typ, value string) []byte {
	class := classOf(typ)
	value = strings.TrimSpace(value)
	if class == normExact {
		return append(dst, value...)
	}
	return appendNormalizedRunes(dst, class, value, false)
}

// TestAppendNormalizedSame holds appendNormalized to the rune loop for
// every class, on ASCII, mixed and invalid UTF-8 values, appended to empty
// and non-empty buffers.
func TestAppendNormalizedSame(t *testing.T) {
	pieces := []string{
		"a", "Z", "q", "0", "9", " ", "  ", "\t", "\n", "\r", "\f", "\v", "\x00", "\x01", "\x7f", "@", ".", "-", "+",
		"(", "_", "é", "É", "ß", "Ⱥ", "İ", "\u00a0", "\u2003", "\u3000", "\xff", "\xe2\x82", "😀", "٣", "Ω",
		"Ana.Silva@Example.COM", "+44 (20) 7946-0958", "DE89 3704", "10.0.0.1",
	}
	types := []string{"EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "API_KEY", "URL",
		"CUSTOM_THING", "MY_TAX_ID", "SECRET_WORD"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		v := sb.String()
		typ := types[rng.IntN(len(types))]
		var prefix []byte
		if rng.IntN(2) == 0 {
			prefix = []byte("PERSON\x00")
		}
		// A buffer with the prefix and 0 to 39 bytes of room.
		buf := make([]byte, len(prefix), len(prefix)+rng.IntN(40))
		copy(buf, prefix)
		got := appendNormalized(buf, typ, v)
		want := appendNormalizedRef(append([]byte(nil), prefix...), typ, v)
		if string(got) != string(want) {
			t.Fatalf("appendNormalized(%q, %q) = %q, want %q", typ, v, got, want)
		}
	}
}

// TestPlaceholderTypeBuiltins checks that the built-in types placeholderType
// returns without its byte loop are what the loop returns.
func TestPlaceholderTypeBuiltins(t *testing.T) {
	for _, typ := range []string{"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "PERSON",
		"LOCATION", "US_SSN", "DATE_TIME", "NRP", "URL", "API_KEY"} {
		for i := 0; i < len(typ); i++ {
			if c := typ[i]; !('A' <= c && c <= 'Z' || c == '_') {
				t.Errorf("%q is not a placeholder type", typ)
			}
		}
		if got := placeholderType(typ); got != typ {
			t.Errorf("placeholderType(%q) = %q", typ, got)
		}
	}
	for typ, want := range map[string]string{"": "PII", "email": "EMAIL", "my-type": "MY_TYPE", "A1": "A1"} {
		if got := placeholderType(typ); got != want {
			t.Errorf("placeholderType(%q) = %q, want %q", typ, got, want)
		}
	}
}
