package redact

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseOperatorKind(t *testing.T) {
	tests := []struct {
		in      string
		want    OperatorKind
		wantErr bool
	}{
		{"placeholder", OpPlaceholder, false},
		{" Mask ", OpMask, false},
		{"HASH", OpHash, false},
		{"remove", OpRemove, false},
		{"", "", true},
		{"encrypt", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseOperatorKind(tc.in)
			if (err != nil) != tc.wantErr || got != tc.want {
				t.Fatalf("ParseOperatorKind(%q) = %q, %v; want %q, error %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestOperatorFor(t *testing.T) {
	p := &Policy{
		Default: Operator{Kind: OpMask},
		ByType:  map[string]Operator{"CREDIT_CARD": {Kind: OpHash}, "PERSON": {}},
	}
	tests := []struct {
		name string
		p    *Policy
		typ  string
		want OperatorKind
	}{
		{"by type", p, "CREDIT_CARD", OpHash},
		{"zero entry means placeholder", p, "PERSON", OpPlaceholder},
		{"default", p, "EMAIL_ADDRESS", OpMask},
		{"zero policy", &Policy{}, "EMAIL_ADDRESS", OpPlaceholder},
		{"nil policy", nil, "EMAIL_ADDRESS", OpPlaceholder},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.p.OperatorFor(tc.typ).Kind; got != tc.want {
				t.Errorf("OperatorFor(%q) = %q, want %q", tc.typ, got, tc.want)
			}
		})
	}
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name    string
		p       *Policy
		wantErr string
	}{
		{"nil", nil, ""},
		{"zero", &Policy{}, ""},
		{"hash with key", &Policy{Default: Operator{Kind: OpHash}, Key: []byte("k")}, ""},
		{"hash without key", &Policy{ByType: map[string]Operator{"X": {Kind: OpHash}}}, "needs a key"},
		{"unknown kind", &Policy{ByType: map[string]Operator{"X": {Kind: "encrypt"}}}, "type X: unknown operator"},
		{"negative keep", &Policy{Default: Operator{Kind: OpMask, KeepLast: -1}}, "negative keep_last"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.p.Validate()
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("Validate() = %v, want error containing %q", err, tc.wantErr)
			}
		})
	}
}

// sp returns a span of typ covering the first occurrence of sub in text.
func sp(text, sub, typ string) Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("test setup: " + sub + " not in text")
	}
	return Span{Start: i, End: i + len(sub), Type: typ}
}

func TestApply(t *testing.T) {
	key := []byte("k")
	ph := func(typ, value string) string { return NewVault(key).Placeholder(typ, value) }
	hash := func(typ, norm string) string { return "<" + typ + ":" + KeyedHash(key, norm) + ">" }
	const text = "Ana (ana@example.com) paid with 4111 1111 1111 1111."
	spans := []Span{
		sp(text, "Ana", "PERSON"),
		sp(text, "ana@example.com", "EMAIL_ADDRESS"),
		sp(text, "4111 1111 1111 1111", "CREDIT_CARD"),
	}
	tests := []struct {
		name  string
		text  string
		spans []Span
		p     *Policy
		want  string
	}{
		{"placeholders", text, spans, nil,
			ph("PERSON", "Ana") + " (" + ph("EMAIL_ADDRESS", "ana@example.com") + ") paid with " + ph("CREDIT_CARD", "4111111111111111") + "."},
		{"mask default", text, spans, &Policy{Default: Operator{Kind: OpMask}},
			"*** (***@*******.***) paid with **** **** **** ****."},
		{"mask keep last", text, spans[2:], &Policy{Default: Operator{Kind: OpMask, KeepLast: 4, MaskChar: '#'}},
			"Ana (ana@example.com) paid with #### #### #### 1111."},
		{"mask keeps at most half", "Ana", []Span{{0, 3, "PERSON", "", 0, ""}}, &Policy{Default: Operator{Kind: OpMask, KeepLast: 10}},
			"**a"},
		{"mask unicode", "José Núñez", []Span{{0, len("José Núñez"), "PERSON", "", 0, ""}}, &Policy{Default: Operator{Kind: OpMask}},
			"**** *****"},
		{"hash", text, spans[1:2], &Policy{Default: Operator{Kind: OpHash}, Key: key},
			"Ana (" + hash("EMAIL_ADDRESS", "ana@example.com") + ") paid with 4111 1111 1111 1111."},
		{"remove", text, spans, &Policy{Default: Operator{Kind: OpRemove}}, " () paid with ."},
		{"mixed", text, spans, &Policy{Key: key, ByType: map[string]Operator{
			"PERSON": {Kind: OpRemove}, "EMAIL_ADDRESS": {Kind: OpHash}, "CREDIT_CARD": {Kind: OpMask, KeepLast: 4}}},
			" (" + hash("EMAIL_ADDRESS", "ana@example.com") + ") paid with **** **** **** 1111."},
		{"unsorted spans", text, []Span{spans[2], spans[0]}, &Policy{Default: Operator{Kind: OpRemove}},
			" (ana@example.com) paid with ."},
		{"overlap redacts union", "abcdef", []Span{{0, 4, "X", "", 0, ""}, {2, 6, "Y", "", 0, ""}}, &Policy{Default: Operator{Kind: OpMask}},
			"******"},
		{"out of range clamped", "abc", []Span{{-2, 1, "X", "", 0, ""}, {2, 99, "X", "", 0, ""}}, &Policy{Default: Operator{Kind: OpMask}},
			"*b*"},
		{"empty span ignored", "abc", []Span{{1, 1, "X", "", 0, ""}}, nil, "abc"},
		{"unknown kind fails closed", "abc", []Span{{0, 3, "PERSON", "", 0, ""}}, &Policy{Default: Operator{Kind: "bogus"}},
			ph("PERSON", "abc")},
		{"no spans", text, nil, nil, text},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Apply(tc.text, tc.spans, tc.p, NewVault(key)); got != tc.want {
				t.Errorf("Apply = %q, want %q", got, tc.want)
			}
			// AppendApply appends the same text after what dst holds.
			dst := append(make([]byte, 0, 4), "pre:"...)
			if got := string(AppendApply(dst, tc.text, tc.spans, tc.p, NewVault(key))); got != "pre:"+tc.want {
				t.Errorf("AppendApply = %q, want %q", got, "pre:"+tc.want)
			}
		})
	}
}

func TestApplyRestoreRoundTrip(t *testing.T) {
	const text = "Ana Silva <ana@example.com>, phone +351 912 345 678, wrote to ANA@EXAMPLE.COM."
	spans := []Span{
		sp(text, "Ana Silva", "PERSON"),
		sp(text, "ana@example.com", "EMAIL_ADDRESS"),
		sp(text, "+351 912 345 678", "PHONE_NUMBER"),
		sp(text, "ANA@EXAMPLE.COM", "EMAIL_ADDRESS"),
	}
	v := NewVault([]byte("k"))
	red := Apply(text, spans, nil, v)
	for _, secret := range []string{"Ana", "ana@", "ANA@", "912"} {
		if strings.Contains(red, secret) {
			t.Fatalf("redacted text %q still contains %q", red, secret)
		}
	}
	if v.Len() != 3 {
		t.Errorf("vault has %d entries, want 3 (both e-mail spellings share one)", v.Len())
	}
	want := strings.Replace(text, "ANA@EXAMPLE.COM", "ana@example.com", 1)
	if got := v.Restore(red); got != want {
		t.Errorf("Restore(Apply(text)) = %q, want %q", got, want)
	}
	// Nil vault: a throwaway one keyed with the policy's key, same placeholders.
	if got := Apply(text, spans, &Policy{Key: []byte("k")}, nil); got != red {
		t.Errorf("Apply with nil vault = %q, want %q", got, red)
	}
}

// prompt2K returns a ~2 KB prompt with 5 spans.
func prompt2K() (string, []Span) {
	var b strings.Builder
	filler := "Please write a friendly follow-up message for our customer about the delayed order and offer a discount. "
	b.WriteString("Customer Ana Silva wrote from ana.silva@example.com. ")
	for b.Len() < 900 {
		b.WriteString(filler)
	}
	b.WriteString("Her phone is +351 912 345 678 and she paid with 4111 1111 1111 1111. ")
	for b.Len() < 1950 {
		b.WriteString(filler)
	}
	b.WriteString("Ship to IBAN PT50000201231234567890154.")
	text := b.String()
	return text, []Span{
		sp(text, "Ana Silva", "PERSON"),
		sp(text, "ana.silva@example.com", "EMAIL_ADDRESS"),
		sp(text, "+351 912 345 678", "PHONE_NUMBER"),
		sp(text, "4111 1111 1111 1111", "CREDIT_CARD"),
		sp(text, "PT50000201231234567890154", "IBAN_CODE"),
	}
}

func BenchmarkApply(b *testing.B) {
	text, spans := prompt2K()
	key := []byte("benchmark-key")
	for _, tc := range []struct {
		name string
		p    *Policy
	}{
		{"placeholder", nil},
		{"mixed", &Policy{Key: key, ByType: map[string]Operator{
			"CREDIT_CARD": {Kind: OpMask, KeepLast: 4}, "IBAN_CODE": {Kind: OpHash}, "PHONE_NUMBER": {Kind: OpRemove}}}},
	} {
		b.Run(fmt.Sprintf("%s/2KB-5spans/warm-vault", tc.name), func(b *testing.B) {
			v := NewVault(key) // the history resent: every value already issued
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Apply(text, spans, tc.p, v)
			}
		})
		b.Run(fmt.Sprintf("%s/2KB-5spans", tc.name), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				v := NewVault(key)
				Apply(text, spans, tc.p, v)
				v.Release() // as the handler does after each exchange
			}
		})
	}
}

func ExampleApply() {
	text := "Email Ana at ana@example.com."
	spans := []Span{ // as the engine finds them
		{Start: 6, End: 9, Type: "PERSON"},
		{Start: 13, End: 28, Type: "EMAIL_ADDRESS"},
	}
	v := NewVault([]byte("secret key shared by all instances"))
	fmt.Println(Apply(text, spans, nil, v))

	// The model's answer, with the placeholders as models tend to write them.
	answer := "Hi [PERSON_8850], I wrote to [[email_address_9044]] (not [PERSON_12])."
	fmt.Println(v.Restore(answer))

	fmt.Println(Apply(text, spans, &Policy{Default: Operator{Kind: OpMask, KeepLast: 4}}, nil))
	// Output:
	// Email [PERSON_8850] at [EMAIL_ADDRESS_9044].
	// Hi Ana, I wrote to ana@example.com (not [PERSON_12]).
	// Email **a at ***@******e.com.
}
