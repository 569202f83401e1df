package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// testVault returns a vault with placeholders forced to known numbers.
func testVault(t testing.TB) (*Vault, map[string]string) {
	t.Helper()
	defer func(m uint64) { placeholderModulus = m }(placeholderModulus)
	placeholderModulus = 1
	v := NewVault([]byte("k"))
	phs := map[string]string{
		"email1": v.Placeholder("EMAIL_ADDRESS", "ana.silva@example.com"), // [EMAIL_ADDRESS_1]
		"email2": v.Placeholder("EMAIL_ADDRESS", "bo@example.org"),        // [EMAIL_ADDRESS_2]
		"person": v.Placeholder("PERSON", "Ana"),                          // [PERSON_1]
		"phone":  v.Placeholder("PHONE_NUMBER", "+351 912 345 678"),       // [PHONE_NUMBER_1]
	}
	return v, phs
}

func TestRestore(t *testing.T) {
	v, _ := testVault(t)
	tests := []struct{ name, in, want string }{
		{"plain", "Dear [PERSON_1], your order ships to [EMAIL_ADDRESS_1].",
			"Dear Ana, your order ships to ana.silva@example.com."},
		{"no placeholders", "Nothing to see here.", "Nothing to see here."},
		{"lower case", "hi [person_1] at [email_address_2]", "hi Ana at bo@example.org"},
		{"mixed case", "hi [Person_1]", "hi Ana"},
		{"doubled brackets", "mail [[EMAIL_ADDRESS_1]] now", "mail ana.silva@example.com now"},
		{"bare", "Dear PERSON_1, call PHONE_NUMBER_1.", "Dear Ana, call +351 912 345 678."},
		{"bare lower", "dear person_1!", "dear Ana!"},
		{"bare at ends", "PERSON_1", "Ana"},
		{"bare next to non-ascii", "«PERSON_1»", "«Ana»"},
		{"glued brackets", "x[PERSON_1]y", "xAnay"},
		{"adjacent", "[PERSON_1][PERSON_1]PERSON_1", "AnaAnaAna"},
		{"invented number", "[EMAIL_ADDRESS_12] and EMAIL_ADDRESS_12", "[EMAIL_ADDRESS_12] and EMAIL_ADDRESS_12"},
		{"invented type", "[CREDIT_CARD_1]", "[CREDIT_CARD_1]"},
		{"more digits", "EMAIL_ADDRESS_12345 [EMAIL_ADDRESS_12345]", "EMAIL_ADDRESS_12345 [EMAIL_ADDRESS_12345]"},
		{"inside word", "XPERSON_1 PERSON_1x PERSON_1_b MY_PERSON_1", "XPERSON_1 PERSON_1x PERSON_1_b MY_PERSON_1"},
		{"leading zero", "[PERSON_01]", "[PERSON_01]"},
		{"spaces inside are bare", "[ PERSON_1 ]", "[ Ana ]"},
		{"spaces for underscores", "PERSON 1 [PERSON 1]", "PERSON 1 [PERSON 1]"},
		{"other brackets", "<PERSON_1> {PERSON_1}", "<Ana> {Ana}"},
		{"unbalanced open", "[[PERSON_1] x", "[Ana x"},
		{"unbalanced close", "[PERSON_1]] x", "Ana] x"},
		{"missing close", "[PERSON_1 x", "[Ana x"},
		{"triple", "[[[PERSON_1]]]", "[Ana]"},
		{"prefix only", "[PERSON_", "[PERSON_"},
		{"empty", "", ""},
		{"invalid utf8", "\xff[PERSON_1]\xfe", "\xffAna\xfe"},
		{"value not rescanned", "[PERSON_1]", "Ana"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := v.Restore(tc.in); got != tc.want {
				t.Errorf("Restore(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestRestoreValueLooksLikePlaceholder: a restored value is not scanned
// again, even if it looks like a placeholder itself.
func TestRestoreValueLooksLikePlaceholder(t *testing.T) {
	v := NewVault([]byte("k"))
	inner := v.Placeholder("PERSON", "Ana")
	outer := v.Placeholder("NOTE", inner)
	if got := v.Restore(outer); got != inner {
		t.Errorf("Restore(%s) = %q, want %q", outer, got, inner)
	}
}

var streamTexts = []string{
	"Dear [PERSON_1], your order ships to [EMAIL_ADDRESS_1]. Call PHONE_NUMBER_1 or mail [[email_address_2]].",
	"[PERSON_1][[PERSON_1]]PERSON_1 [EMAIL_ADDRESS_12] EMAIL_ADDRESS_12 [[[PERSON_1]]] [PERSON_ [PERSON_1",
	"x[[PERSON_1]y [PERSON_1]] PERSON_1x _PERSON_1 PERSON_1_ é PERSON_1é \xffPERSON_1\xfe [[ [ ]] PERSON_",
	"EMAIL_ADDRESS_1",
	"[",
	"PERSON_1 PERSON_1",
}

// collect streams pieces through a new restorer, checking the hold-back bound.
func collect(t testing.TB, v *Vault, pieces []string) string {
	t.Helper()
	r := v.NewRestorer()
	bound := v.MaxPlaceholderLen() + 2
	var b strings.Builder
	for _, p := range pieces {
		b.WriteString(r.Write(p))
		if r.Held() > bound {
			t.Fatalf("held %d bytes, bound %d", r.Held(), bound)
		}
	}
	b.WriteString(r.Flush())
	if r.Held() != 0 {
		t.Fatalf("held %d bytes after Flush", r.Held())
	}
	return b.String()
}

func TestRestorerSplits(t *testing.T) {
	v, _ := testVault(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, text := range streamTexts {
		want := v.Restore(text)
		t.Run("two-way/"+text, func(t *testing.T) {
			for i := 0; i <= len(text); i++ {
				if got := collect(t, v, []string{text[:i], text[i:]}); got != want {
					t.Fatalf("split at %d: got %q, want %q", i, got, want)
				}
			}
		})
		t.Run("bytes/"+text, func(t *testing.T) {
			pieces := make([]string, len(text))
			for i := 0; i < len(text); i++ {
				pieces[i] = text[i : i+1]
			}
			if got := collect(t, v, pieces); got != want {
				t.Fatalf("1-byte pieces: got %q, want %q", got, want)
			}
		})
		t.Run("random/"+text, func(t *testing.T) {
			for range 200 {
				var pieces []string
				for rest := text; len(rest) > 0; {
					n := min(rng.IntN(8), len(rest)) // 0-length pieces too
					pieces = append(pieces, rest[:n])
					rest = rest[n:]
				}
				if got := collect(t, v, pieces); got != want {
					t.Fatalf("pieces %q: got %q, want %q", pieces, got, want)
				}
			}
		})
	}
}

func TestRestorerReleasesAtOnce(t *testing.T) {
	v, _ := testVault(t)
	tests := []struct {
		name     string
		pieces   []string
		wantOut  []string
		wantHeld []int
	}{
		{"plain words released", []string{"Hello there", " friend"}, []string{"Hello there", " friend"}, []int{0, 0}},
		{"split placeholder", []string{"Dear [PERS", "ON_1], hi"}, []string{"Dear ", "Ana, hi"}, []int{5, 0}},
		{"non-prefix bracket released", []string{"a [note", "]"}, []string{"a [note", "]"}, []int{0, 0}},
		{"bare prefix held", []string{"call PHONE", "_NUMBER_1 now"}, []string{"call ", "+351 912 345 678 now"}, []int{5, 0}},
		{"bare complete needs boundary", []string{"PERSON_1", "2 x"}, []string{"", "PERSON_12 x"}, []int{8, 0}},
		{"lone bracket held", []string{"x [", "y"}, []string{"x ", "[y"}, []int{1, 0}},
		{"double bracket waits", []string{"[[PERSON_1]", "]"}, []string{"", "Ana"}, []int{11, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := v.NewRestorer()
			for i, p := range tc.pieces {
				if got := r.Write(p); got != tc.wantOut[i] {
					t.Errorf("Write(%q) = %q, want %q", p, got, tc.wantOut[i])
				}
				if r.Held() != tc.wantHeld[i] {
					t.Errorf("after Write(%q): Held = %d, want %d", p, r.Held(), tc.wantHeld[i])
				}
			}
			if got := r.Flush(); got != "" {
				t.Errorf("Flush = %q, want empty", got)
			}
		})
	}
}

func TestRestorerFlushAndReuse(t *testing.T) {
	v, _ := testVault(t)
	r := v.NewRestorer()
	if got := r.Write("end PERSON_1"); got != "end " {
		t.Fatalf("Write = %q", got)
	}
	if got := r.Flush(); got != "Ana" {
		t.Fatalf("Flush = %q, want %q", got, "Ana")
	}
	// After Flush the next stream starts at a word boundary.
	if got := r.Write("PERSON_1 "); got != "Ana " {
		t.Fatalf("reuse Write = %q", got)
	}
}

// refRestore is an independent, slow reference for Restore: it tries the
// three forms at every position with the bodies listed explicitly.
func refRestore(text string, bodies map[string]string) string {
	var b strings.Builder
	prevWord := false
	for i := 0; i < len(text); {
		matched := false
		for body, val := range bodies {
			n := len(body)
			for _, form := range []struct{ pre, post string }{{"[[", "]]"}, {"[", "]"}} {
				l := len(form.pre) + n + len(form.post)
				if i+l <= len(text) && text[i:i+len(form.pre)] == form.pre &&
					strings.EqualFold(text[i+len(form.pre):i+len(form.pre)+n], body) &&
					text[i+len(form.pre)+n:i+l] == form.post {
					b.WriteString(val)
					i += l
					matched = true
					break
				}
			}
			if matched {
				break
			}
			if !prevWord && i+n <= len(text) && strings.EqualFold(text[i:i+n], body) &&
				(i+n == len(text) || !isWord(text[i+n])) {
				b.WriteString(val)
				i += n
				matched = true
				break
			}
		}
		if matched {
			prevWord = isWord(text[i-1])
			continue
		}
		b.WriteByte(text[i])
		prevWord = isWord(text[i])
		i++
	}
	return b.String()
}

func TestRestoreMatchesReference(t *testing.T) {
	v, _ := testVault(t)
	bodies := map[string]string{
		"EMAIL_ADDRESS_1": "ana.silva@example.com", "EMAIL_ADDRESS_2": "bo@example.org",
		"PERSON_1": "Ana", "PHONE_NUMBER_1": "+351 912 345 678",
	}
	alphabet := []string{"[", "]", "[[", "]]", " ", "x", "_", "1", "2", "é", "\xff",
		"PERSON_1", "person_1", "EMAIL_ADDRESS_", "PHONE_NUMBER_1", "EMAIL_ADDRESS_2", "PERSON"}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, text := range streamTexts {
		if got, want := v.Restore(text), refRestore(text, bodies); got != want {
			t.Errorf("Restore(%q) = %q, reference %q", text, got, want)
		}
	}
	for range 3000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := sb.String()
		if got, want := v.Restore(text), refRestore(text, bodies); got != want {
			t.Fatalf("Restore(%q) = %q, reference %q", text, got, want)
		}
	}
}

func FuzzRestorer(f *testing.F) {
	for _, s := range streamTexts {
		f.Add(s, uint64(7))
	}
	f.Add("[[PERSON_1]]", uint64(1))
	f.Add("\xff\xfe[", uint64(0))
	v, _ := testVault(f)
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		want := v.Restore(text)
		rng := rand.New(rand.NewPCG(seed, seed>>1))
		var pieces []string
		for rest := text; len(rest) > 0; {
			n := min(rng.IntN(10), len(rest))
			pieces = append(pieces, rest[:n])
			rest = rest[n:]
		}
		if got := collect(t, v, pieces); got != want {
			t.Fatalf("pieces %q: got %q, want %q", pieces, got, want)
		}
	})
}

// answer4K returns a ~4 KB model answer with placeholders in the forms
// models write them, and the vault that issued them.
func answer4K(tb testing.TB) (*Vault, string) {
	v := NewVault([]byte("benchmark-key"))
	person := v.Placeholder("PERSON", "Ana Silva")
	email := v.Placeholder("EMAIL_ADDRESS", "ana.silva@example.com")
	phone := v.Placeholder("PHONE_NUMBER", "+351 912 345 678")
	paras := []string{
		"Dear " + person + ",\n\nThank you for reaching out about your recent order. We are sorry to hear that the delivery was delayed, and we understand how frustrating that can be. ",
		"We have sent a confirmation to " + email + " with the new tracking number; if you prefer, our team can also call you at " + phone + " to walk you through the options. ",
		"As a thank-you for your patience, we would like to offer you a 15% discount on your next purchase. The code has been added to your account and will be valid for the next three months. ",
		"If anything is unclear, simply reply to this message or write to " + strings.ToLower(email) + " again. ",
	}
	var b strings.Builder
	for b.Len() < 4000 {
		for _, p := range paras {
			b.WriteString(p)
		}
	}
	b.WriteString("\n\nKind regards,\nThe Customer Care Team (for " + strings.Trim(person, "[]") + ")")
	return v, b.String()
}

// deltas splits text into pieces of 5 to 20 bytes, like streamed events.
func deltas(text string) []string {
	rng := rand.New(rand.NewPCG(5, 6))
	var out []string
	for len(text) > 0 {
		n := min(5+rng.IntN(16), len(text))
		out = append(out, text[:n])
		text = text[n:]
	}
	return out
}

func TestRestorerRealisticAnswer(t *testing.T) {
	v, answer := answer4K(t)
	got := collect(t, v, deltas(answer))
	if want := v.Restore(answer); got != want {
		t.Fatalf("streamed restore differs from whole restore")
	}
	if strings.Contains(got, "PERSON_") || strings.Contains(got, "EMAIL_ADDRESS_") || !strings.Contains(got, "Dear Ana Silva,") {
		t.Fatalf("answer not fully restored: %.200q", got)
	}
	// Plain deltas pass through without copying.
	r := v.NewRestorer()
	if allocs := testing.AllocsPerRun(100, func() { r.Write("Thank you for reaching out ") }); allocs != 0 {
		t.Errorf("Write of a plain delta: %v allocs, want 0", allocs)
	}
	if allocs := testing.AllocsPerRun(100, func() { v.Restore("Thank you, my_friend, for reaching out.") }); allocs != 0 {
		t.Errorf("Restore without placeholders: %v allocs, want 0", allocs)
	}
}

func BenchmarkRestorer(b *testing.B) {
	v, answer := answer4K(b)
	for _, tc := range []struct {
		name string
		v    *Vault
	}{{"with-placeholders", v}, {"empty-vault", NewVault(nil)}} {
		b.Run(tc.name+"/per-event", func(b *testing.B) {
			ds := deltas(answer)
			r := tc.v.NewRestorer()
			b.ReportAllocs()
			b.SetBytes(int64(len(answer) / len(ds)))
			i, held, events := 0, 0, 0
			for b.Loop() {
				r.Write(ds[i])
				held += r.Held()
				events++
				if i++; i == len(ds) {
					r.Flush()
					i = 0
				}
			}
			b.ReportMetric(float64(held)/float64(events), "held-B/event")
		})
	}
}

func BenchmarkRestore(b *testing.B) {
	v, answer := answer4K(b)
	b.Run("4KB-answer", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(answer)))
		for b.Loop() {
			v.Restore(answer)
		}
	})
	plain := strings.NewReplacer("[", "", "]", "", "_", " ").Replace(answer)
	b.Run("4KB-no-placeholders", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(plain)))
		for b.Loop() {
			v.Restore(plain)
		}
	})
}

func ExampleVault_NewRestorer() {
	v := NewVault([]byte("secret key shared by all instances"))
	v.Placeholder("PERSON", "Ana") // [PERSON_8850], issued while redacting the prompt
	r := v.NewRestorer()
	for _, delta := range []string{"Dear [PER", "SON_88", "50], your", " order"} {
		fmt.Printf("%q ", r.Write(delta))
	}
	fmt.Printf("%q\n", r.Flush())
	// Output: "Dear " "" "Ana, your" " order" ""
}
