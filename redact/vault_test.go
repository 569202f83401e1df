package redact

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var placeholderRE = regexp.MustCompile(`^\[[A-Z0-9_]+_[1-9][0-9]*\]$`)

func TestPlaceholderFormat(t *testing.T) {
	tests := []struct {
		name, typ, value, wantPrefix string
	}{
		{"email", "EMAIL_ADDRESS", "ana@example.com", "[EMAIL_ADDRESS_"},
		{"lower type", "email-address", "ana@example.com", "[EMAIL_ADDRESS_"},
		{"empty type", "", "x", "[PII_"},
		{"digits in type", "IPV4", "10.0.0.1", "[IPV4_"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NewVault([]byte("k")).Placeholder(tc.typ, tc.value)
			if !strings.HasPrefix(got, tc.wantPrefix) || !placeholderRE.MatchString(got) {
				t.Fatalf("Placeholder(%q) = %q, want %sN]", tc.typ, got, tc.wantPrefix)
			}
			n := strings.TrimSuffix(strings.TrimPrefix(got, tc.wantPrefix), "]")
			if len(n) > 4 {
				t.Errorf("number %s exceeds 9999 without a collision", n)
			}
		})
	}
}

func TestPlaceholderStable(t *testing.T) {
	key := []byte("instance-shared-key")
	a, b := NewVault(key), NewVault(key)
	other := NewVault([]byte("another-key"))
	values := make([]string, 20)
	for i := range values {
		values[i] = fmt.Sprintf("user%d@example.com", i)
	}
	differ := 0
	// b sees the values in reverse order: numbering must not depend on order.
	for i := range values {
		_ = b.Placeholder("EMAIL_ADDRESS", values[len(values)-1-i])
	}
	for _, val := range values {
		pa, pb := a.Placeholder("EMAIL_ADDRESS", val), b.Placeholder("EMAIL_ADDRESS", val)
		if pa != pb {
			t.Errorf("same key, same value: %s vs %s", pa, pb)
		}
		if again := a.Placeholder("EMAIL_ADDRESS", val); again != pa {
			t.Errorf("second call gave %s, first %s", again, pa)
		}
		if other.Placeholder("EMAIL_ADDRESS", val) != pa {
			differ++
		}
	}
	if differ < 15 {
		t.Errorf("a different key changed only %d of 20 placeholders", differ)
	}
	if a.Len() != 20 {
		t.Errorf("Len = %d, want 20", a.Len())
	}
}

func TestPlaceholderNormalisation(t *testing.T) {
	tests := []struct {
		name, typ, a, b string
		same            bool
	}{
		{"email case", "EMAIL_ADDRESS", "Ana@Example.com", "ana@example.com", true},
		{"email spaces", "EMAIL_ADDRESS", " ana@example.com ", "ana@example.com", true},
		{"email different", "EMAIL_ADDRESS", "ana@example.com", "ana@example.org", false},
		{"phone separators", "PHONE_NUMBER", "+1 (555) 010-0000", "15550100000", true},
		{"phone different", "PHONE_NUMBER", "555 010 0000", "555 010 0001", false},
		{"card spaces", "CREDIT_CARD", "4111 1111 1111 1111", "4111-1111-1111-1111", true},
		{"iban case", "IBAN_CODE", "PT50 0002 0123 1234 5678 9015 4", "pt50000201231234567890154", true},
		{"person case and spaces", "PERSON", "Ana  Silva", "ana silva", true},
		{"person unicode case", "PERSON", "ÁLVARO", "álvaro", true},
		{"person different", "PERSON", "Ana Silva", "Ana Silvia", false},
		{"api key case matters", "API_KEY", "sk-AbC", "sk-abc", false},
		{"url case matters", "URL", "https://x.io/A", "https://x.io/a", false},
		{"mac separators", "MAC_ADDRESS", "00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", true},
		{"postcode", "UK_POSTCODE", "SW1A 1AA", "sw1a1aa", true},
		{"nino", "UK_NINO", "QQ 12 34 56 C", "QQ123456C", true},
		{"invalid utf8 distinct", "PERSON", "a\xff", "a\xfe", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := NewVault([]byte("k"))
			pa, pb := v.Placeholder(tc.typ, tc.a), v.Placeholder(tc.typ, tc.b)
			if (pa == pb) != tc.same {
				t.Fatalf("placeholders %s and %s: same = %v, want %v", pa, pb, pa == pb, tc.same)
			}
			// The shared placeholder restores to the spelling seen first.
			if got := v.Restore(pb); got != tc.b && !(tc.same && got == tc.a) {
				t.Errorf("Restore(%s) = %q", pb, got)
			}
		})
	}
}

func TestPlaceholderCollision(t *testing.T) {
	defer func(m uint64) { placeholderModulus = m }(placeholderModulus)
	placeholderModulus = 1 // every value hashes to N = 1

	v := NewVault([]byte("k"))
	values := []string{"ana@example.com", "bo@example.com", "cy@example.com"}
	var phs []string
	for _, val := range values {
		phs = append(phs, v.Placeholder("EMAIL_ADDRESS", val))
	}
	want := []string{"[EMAIL_ADDRESS_1]", "[EMAIL_ADDRESS_2]", "[EMAIL_ADDRESS_3]"}
	for i := range want {
		if phs[i] != want[i] {
			t.Errorf("value %d got %s, want %s (probing in first-seen order)", i, phs[i], want[i])
		}
		if got := v.Restore(phs[i]); got != values[i] {
			t.Errorf("Restore(%s) = %q, want %q", phs[i], got, values[i])
		}
	}
	if again := v.Placeholder("EMAIL_ADDRESS", "BO@example.com"); again != want[1] {
		t.Errorf("repeat of value 1 got %s, want %s", again, want[1])
	}
	// Another type has its own numbers.
	if got := v.Placeholder("PERSON", "Ana"); got != "[PERSON_1]" {
		t.Errorf("PERSON got %s, want [PERSON_1]", got)
	}
	if v.Len() != 4 {
		t.Errorf("Len = %d, want 4", v.Len())
	}
	if got, want := v.MaxPlaceholderLen(), len("[EMAIL_ADDRESS_1]"); got != want {
		t.Errorf("MaxPlaceholderLen = %d, want %d", got, want)
	}
}

func TestVaultPrintsNoValues(t *testing.T) {
	const secret = "ana.silva@example.com"
	v := NewVault([]byte("k"))
	v.Placeholder("EMAIL_ADDRESS", secret)
	r := v.NewRestorer()
	r.Write("x [EMAIL")
	holder := struct {
		V *Vault
		R *Restorer
	}{v, r}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d"} {
		for _, arg := range []any{v, *v, holder, r} {
			got := fmt.Sprintf(verb, arg)
			if strings.Contains(got, "ana") || strings.Contains(got, fmt.Sprintf("%x", "ana")) {
				t.Errorf("Sprintf(%s, %T) = %q leaks the value", verb, arg, got)
			}
		}
	}
	if got, want := v.String(), "redact.Vault{1 entries}"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestKeyedHash(t *testing.T) {
	a := KeyedHash([]byte("k1"), "subject-42")
	if len(a) != 16 || strings.Trim(a, "0123456789abcdef") != "" {
		t.Fatalf("KeyedHash = %q, want 16 hex chars", a)
	}
	if b := KeyedHash([]byte("k1"), "subject-42"); b != a {
		t.Errorf("not stable: %s vs %s", a, b)
	}
	if b := KeyedHash([]byte("k2"), "subject-42"); b == a {
		t.Errorf("key does not change the hash")
	}
	if b := KeyedHash([]byte("k1"), "subject-43"); b == a {
		t.Errorf("value does not change the hash")
	}
}

func TestZeroAndNilVault(t *testing.T) {
	var zero Vault
	ph := zero.Placeholder("PERSON", "Ana")
	if got := zero.Restore("hi " + ph); got != "hi Ana" {
		t.Errorf("zero vault Restore = %q", got)
	}
	var nilV *Vault
	if got := nilV.Restore("hi [PERSON_1]"); got != "hi [PERSON_1]" {
		t.Errorf("nil vault Restore = %q", got)
	}
	r := nilV.NewRestorer()
	if got := r.Write("a [PERSON_1] b") + r.Flush(); got != "a [PERSON_1] b" {
		t.Errorf("nil vault restorer = %q", got)
	}
}

func TestVaultConcurrent(t *testing.T) {
	v := NewVault([]byte("k"))
	done := make(chan string)
	for g := range 4 {
		go func() {
			var last string
			for i := range 200 {
				ph := v.Placeholder("PERSON", fmt.Sprintf("name %d", i%50))
				last = v.Restore("hi " + ph)
				r := v.NewRestorer()
				last += r.Write(ph[:3]) + r.Write(ph[3:]) + r.Flush()
			}
			done <- fmt.Sprint(g, last)
		}()
	}
	for range 4 {
		<-done
	}
	if v.Len() != 50 {
		t.Errorf("Len = %d, want 50", v.Len())
	}
}

func TestHMACPadsMatchCryptoHMAC(t *testing.T) {
	long := strings.Repeat("k", 100) // longer than a block: hashed first
	for _, key := range []string{"", "k", strings.Repeat("x", 64), long} {
		for _, msg := range []string{"", "subject-42", strings.Repeat("m", 300)} {
			m := hmac.New(sha256.New, []byte(key))
			m.Write([]byte(msg))
			want := m.Sum(nil)
			var p hmacPads
			p.init([]byte(key))
			got := p.finish(append(p.begin(nil), msg...))
			if !bytes.Equal(got[:], want) {
				t.Errorf("key %d bytes, msg %d bytes: got %x, want %x", len(key), len(msg), got, want)
			}
			if kh := KeyedHash([]byte(key), msg); kh != hex.EncodeToString(want[:8]) {
				t.Errorf("KeyedHash = %s, want %x", kh, want[:8])
			}
		}
	}
}

// TestHMACStateMatchesCryptoHMAC holds the pre-hashed pads to crypto/hmac,
// for one state reused across keys (as a pooled vault is) and messages
// given in two parts, and checks wipe leaves the numbering unchanged.
func TestHMACStateMatchesCryptoHMAC(t *testing.T) {
	long := strings.Repeat("k", 100) // longer than a block: hashed first
	var m hmacState
	for _, key := range []string{"", "k", "k", strings.Repeat("x", 64), long, "bench-key", ""} {
		m.init([]byte(key))
		for _, msg := range []string{"", "subject-42", "placeholder\x00EMAIL_ADDRESS\x00ana.silva@example.com",
			strings.Repeat("m", 55), strings.Repeat("m", 56), strings.Repeat("m", 64), strings.Repeat("m", 300)} {
			h := hmac.New(sha256.New, []byte(key))
			h.Write([]byte(msg))
			want := h.Sum(nil)
			for cut := range min(len(msg), 70) + 1 {
				got := m.mac([]byte(msg[:cut]), []byte(msg[cut:]))
				if !bytes.Equal(got[:], want) {
					t.Fatalf("key %d bytes, msg %d bytes cut at %d: got %x, want %x", len(key), len(msg), cut, got, want)
				}
			}
			m.wipe()
			if got := m.mac(nil, []byte(msg)); !bytes.Equal(got[:], want) {
				t.Fatalf("after wipe: key %d bytes, msg %d bytes: got %x, want %x", len(key), len(msg), got, want)
			}
		}
	}
}

// TestVaultManyValues crosses the vault's in-place capacities (values kept
// in a small slice, then a map; placeholder bytes in an arena that is
// replaced when full): every value keeps its placeholder and restores.
func TestVaultManyValues(t *testing.T) {
	v := NewVault([]byte("k"))
	long := strings.Repeat("x", 3000) + "@example.com"
	values := []string{long}
	for i := range 40 {
		values = append(values, fmt.Sprintf("person%d@example.com", i))
	}
	phs := make([]string, len(values))
	for i, val := range values {
		phs[i] = v.Placeholder("EMAIL_ADDRESS", val)
	}
	for i, val := range values {
		if again := v.Placeholder("EMAIL_ADDRESS", strings.ToUpper(val)); again != phs[i] {
			t.Errorf("value %d: repeat got %s, want %s", i, again, phs[i])
		}
		if got := v.Restore(phs[i]); got != val {
			t.Errorf("Restore(%s) = %.40q…, want value %d", phs[i], got, i)
		}
	}
	if v.Len() != len(values) {
		t.Errorf("Len = %d, want %d", v.Len(), len(values))
	}
}

// TestVaultRelease checks that a released vault comes back empty, wiped and
// numbering with the new key, and that a vault with many values, a zero
// vault and a second Release are handled.
func TestVaultRelease(t *testing.T) {
	keyA, keyB := []byte("key-a"), []byte("key-b")
	want := NewVault(keyB).Placeholder("EMAIL_ADDRESS", "ana@example.com")
	for round := range 50 {
		v := NewVault(keyA)
		for i := range 10 { // past the in-place slice of 8
			v.Placeholder("EMAIL_ADDRESS", fmt.Sprintf("user%d-%d@example.com", round, i))
		}
		st := v.s
		v.Release()
		v.Release() // a second Release does nothing
		if v.s != nil {
			t.Fatal("released vault still points to its state")
		}
		if len(st.bodies) != 0 || len(st.vals) != 0 || st.byValue != nil || st.maxBody != 0 || st.first != [2]uint64{} {
			t.Fatalf("released state not empty: %d bodies", len(st.bodies))
		}
		for _, arr := range [][]string{st.bodiesArr[:], st.valsArr[:]} {
			if slices.ContainsFunc(arr, func(s string) bool { return s != "" }) {
				t.Fatal("released state keeps bodies or values")
			}
		}
		for _, b := range [][]byte{st.arenaArr[:], st.scratchArr[:], st.mac.sum[:]} {
			if bytes.ContainsFunc(b, func(r rune) bool { return r != 0 }) {
				t.Fatal("released state keeps bytes of its values")
			}
		}
		// The digests keep their last partial block: wiped back to the
		// pad states, they hold no byte of the last message.
		for i, h := range []hash.Hash{st.mac.inner, st.mac.outer} {
			at, err := h.(encoding.BinaryAppender).AppendBinary(nil)
			if err != nil || !bytes.Equal(at, [][]byte{st.mac.innerAt, st.mac.outerAt}[i]) {
				t.Fatalf("released state's digest %d is not at its pad state (%v)", i, err)
			}
		}
		w := NewVault(keyB)
		if got := w.Placeholder("EMAIL_ADDRESS", "ana@example.com"); got != want {
			t.Fatalf("reused vault numbers %s, want %s", got, want)
		}
		if w.Len() != 1 {
			t.Fatalf("reused vault has %d entries, want 1", w.Len())
		}
		if got := w.Restore("to " + want); got != "to ana@example.com" {
			t.Fatalf("reused vault restores %q", got)
		}
		w.Release()
	}
	var zero Vault
	zero.Placeholder("PERSON", "Ana")
	zero.Release() // not from NewVault: kept as it is
	if zero.Len() != 1 {
		t.Errorf("zero vault after Release has %d entries, want 1", zero.Len())
	}
	var nilV *Vault
	nilV.Release()
}

// TestApplyThrowawayVault checks that Apply without a vault (its own
// throwaway vault, released inside) returns texts that stay intact.
func TestApplyThrowawayVault(t *testing.T) {
	spans := []Span{{Start: 3, End: 18, Type: "EMAIL_ADDRESS"}}
	first := Apply("hi ana@example.com", spans, nil, nil)
	for range 20 {
		Apply("hi bob@example.org", spans, nil, nil)
	}
	if again := Apply("hi ana@example.com", spans, nil, nil); first != again || !strings.HasPrefix(first, "hi [EMAIL_ADDRESS_") {
		t.Errorf("Apply without a vault: %q then %q", first, again)
	}
}

// TestPlaceholderCollisionsSorted issues enough values of one type that
// numbers collide (the modulus is 9,999), so placeholder's search for a
// free number goes round more than once, and checks that the issued bodies
// stay sorted and distinct (the insert reuses the free number's search
// position) and that every placeholder restores its value.
func TestPlaceholderCollisionsSorted(t *testing.T) {
	v := NewVault([]byte("collision-test-key"))
	defer v.Release()
	phs := make(map[string]string)
	for i := range 3000 {
		val := fmt.Sprintf("member%04d@mail.test", i)
		ph := v.Placeholder("EMAIL_ADDRESS", val)
		if prev, ok := phs[ph]; ok {
			t.Fatalf("%s issued for %q and %q", ph, prev, val)
		}
		phs[ph] = val
	}
	st := v.s
	if !slices.IsSorted(st.bodies) || len(st.bodies) != len(phs) {
		t.Fatalf("bodies: sorted %v, %d for %d placeholders", slices.IsSorted(st.bodies), len(st.bodies), len(phs))
	}
	for ph, val := range phs {
		if got := v.Restore("to " + ph + "."); got != "to "+val+"." {
			t.Fatalf("Restore(%s) = %q, want %q", ph, got, "to "+val+".")
		}
	}
}
