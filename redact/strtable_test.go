package redact

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestStrTable(t *testing.T) {
	tab := newStrTable(2) // small on purpose: the table must grow
	words := map[string]uint32{}
	for i := 0; i < 300; i++ {
		w := fmt.Sprintf("w%dx", i*7919)
		switch i % 3 {
		case 0:
			w = w + "-longer-than-eight-bytes"
		case 1:
			w = w + "-9to16" // nine to sixteen bytes: compared by head and tail
		}
		tab.or(w, 1<<(i%5))
		tab.or(w, 1<<(i%7+8))
		words[w] = 1<<(i%5) | 1<<(i%7+8)
	}
	for w, want := range words {
		if got, ok := tab.get(w); !ok || got != want {
			t.Errorf("get(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
		buf := []byte(w)
		k, got, ok := tab.getBytes(buf)
		if !ok || got != want || k != w {
			t.Errorf("getBytes(%q) = %q, %d, %v; want the key, %d, true", w, k, got, ok, want)
		}
		if len(w) <= 8 {
			if got, ok := tab.getWord(packWord(w), len(w)); !ok || got != want {
				t.Errorf("getWord(%q) = %d, %v; want %d, true", w, got, ok, want)
			}
		}
		buf[0] = 'X' // the returned key is the table's copy, not the buffer
		if k != w {
			t.Errorf("getBytes returned a view of its argument: %q", k)
		}
	}
	for _, tc := range []struct{ name, key string }{
		{"empty", ""},
		{"prefix of a key", "w0"},
		{"key plus a byte", "w0xx"},
		{"other case", "W0X"},
		{"absent long", "not-a-key-at-all-and-long"},
		{"NUL padded", "w7919x\x00"},
		{"long key, one byte short", "w0x-longer-than-eight-byte"},
		{"long key, other middle byte", "w0x-longXr-than-eight-bytes"},
		{"9 to 16 bytes, other middle byte", "w7919x-9To16"},
		{"9 to 16 bytes, other last byte", "w7919x-9to17"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if v, ok := tab.get(tc.key); ok {
				t.Errorf("get(%q) = %d, true; want absent", tc.key, v)
			}
			if tab.has(tc.key) {
				t.Errorf("has(%q) = true", tc.key)
			}
			if _, _, ok := tab.getBytes([]byte(tc.key)); ok {
				t.Errorf("getBytes(%q) found it", tc.key)
			}
			if n := len(tc.key); n > 0 && n <= 8 {
				if _, ok := tab.getWord(packWord(tc.key), n); ok {
					t.Errorf("getWord(%q) found it", tc.key)
				}
			}
		})
	}
	if tab.n != len(words) {
		t.Errorf("table holds %d keys, want %d", tab.n, len(words))
	}
}

// TestStrTableKeyList checks that the keys, kept back to back in one byte
// array across growths, come back whole from key and keyList, once each.
func TestStrTableKeyList(t *testing.T) {
	tab := newStrTable(1)
	want := map[string]bool{}
	for i := 0; i < 200; i++ {
		w := fmt.Sprintf("k%d", i*104729)
		if i%2 == 0 {
			w += "-a-key-longer-than-sixteen-bytes"
		}
		tab.or(w, 1)
		tab.or(w, 2) // a second or of a key stores no second copy
		want[w] = true
	}
	if got := len(tab.keyBytes); got != func() int {
		n := 0
		for w := range want {
			n += len(w)
		}
		return n
	}() {
		t.Errorf("keyBytes holds %d bytes, want the keys' sum", got)
	}
	seen := 0
	for _, k := range tab.keyList() {
		if k == "" {
			continue
		}
		if !want[k] {
			t.Errorf("keyList has %q, not a key", k)
		}
		if got := tab.key(k); got != k {
			t.Errorf("key(%q) = %q", k, got)
		}
		seen++
	}
	if seen != len(want) || len(tab.keyList()) != len(tab.slots) {
		t.Errorf("keyList: %d keys in %d entries, want %d in %d", seen, len(tab.keyList()), len(want), len(tab.slots))
	}
}

// TestStrTableNoPointerPerSlot checks that no per-slot array of strTable
// holds pointers: the gazetteers have ~100k slots, and a pointer each (as
// keys []string had) is ~16M instructions of marking on every garbage
// collection of a process that loads the package (docs/performance.md,
// session 15).
func TestStrTableNoPointerPerSlot(t *testing.T) {
	var hasPointers func(reflect.Type) bool
	hasPointers = func(ty reflect.Type) bool {
		switch ty.Kind() {
		case reflect.Array:
			return hasPointers(ty.Elem())
		case reflect.Struct:
			for i := 0; i < ty.NumField(); i++ {
				if hasPointers(ty.Field(i).Type) {
					return true
				}
			}
			return false
		case reflect.String, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
			return true
		}
		return false
	}
	ty := reflect.TypeOf(strTable{})
	for i := 0; i < ty.NumField(); i++ {
		if f := ty.Field(i); f.Type.Kind() == reflect.Slice && hasPointers(f.Type.Elem()) {
			t.Errorf("strTable.%s is a slice of %s, which holds pointers", f.Name, f.Type.Elem())
		}
	}
}

// TestWordTablesMatchMaps checks that the word tables agree with the maps
// they were built from.
func TestWordTablesMatchMaps(t *testing.T) {
	for k, v := range contextWords {
		if got, ok := ctxTable.get(k); !ok || ctxKind(got) != v {
			t.Errorf("ctxTable.get(%q) = %d, %v; want %d", k, got, ok, v)
		}
	}
	for k, v := range monthNames {
		if got, ok := monthTable.get(k); !ok || int(got>>1) != v {
			t.Errorf("monthTable.get(%q) = %d, %v; want month %d", k, got, ok, v)
		}
	}
	for k, v := range ageWords {
		if got, ok := ageWordTable.get(k); !ok || (got&2 != 0) != v {
			t.Errorf("ageWordTable.get(%q) = %d, %v; want strong=%v", k, got, ok, v)
		}
	}
	for _, tc := range []struct {
		tok  string
		want uint8
	}{
		{"The", nameStop}, {"Dr", nameStop | nameTitle}, {"Zzyzx", 0},
	} {
		if got := nameFlagsOf(tc.tok); got&tc.want != tc.want || (tc.want == 0 && got != 0) {
			t.Errorf("nameFlagsOf(%q) = %08b, want bits %08b", tc.tok, got, tc.want)
		}
	}
}

// BenchmarkNameLookup compares the word table with a Go map on the
// gazetteer's own keys and on misses.
func BenchmarkNameLookup(b *testing.B) {
	var keys []string
	m := map[string]uint8{}
	for i, k := range nameFlags.keyList() {
		if nameFlags.slots[i].n != 0 {
			keys = append(keys, k)
			m[k] = nameFlagsOf(k)
		}
	}
	keys = append(keys, "Write", "Zzyzx", "Qwerty", "Foo")
	if testing.Short() {
		keys = []string{"Write", "Create", "Customer", "Anna", "Smith", "Berlin", "Zzyzx", "The", "Release", "Q3"}
	}
	b.Run("strTable", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			for _, k := range keys {
				n += int(nameFlagsOf(k))
			}
		}
		_ = n
	})
	b.Run("map", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			for _, k := range keys {
				n += int(m[k])
			}
		}
		_ = n
	})
}

func TestStrTablePut(t *testing.T) {
	tab := newStrTable(4)
	tab.put("nichte", 2)
	tab.put("nichte", 2) // the same kind twice is harmless
	if v, _ := tab.get("nichte"); v != 2 {
		t.Fatalf("value %d, want 2", v)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("a word put with two kinds did not panic")
		}
	}()
	tab.put("nichte", 1)
}

// TestStrTableLookup checks lookup, get's in-line path, against find: the
// same slot for every key that passes the first-byte and length test, an
// empty one for the others, on a table's own keys of every length from
// one byte on and on random strings over their bytes.
func TestStrTableLookup(t *testing.T) {
	tab := newStrTable(8)
	var keys []string
	for n := 1; n <= 20; n++ {
		for _, c := range "abcXé" {
			k := (string(c) + strings.Repeat("q", n))[:n]
			tab.or(k, uint32(n))
			keys = append(keys, k)
		}
	}
	rng := rand.New(rand.NewPCG(3, 5))
	const alphabet = "abcqX\xc3\xa9"
	for range 20000 {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		keys = append(keys, string(b))
	}
	for _, k := range keys {
		got := tab.lookup(k)
		if k == "" || !tab.maybe(k) {
			if got.n != 0 || got.val != 0 {
				t.Fatalf("lookup(%q) = %+v, want an empty slot", k, *got)
			}
			continue
		}
		if want := &tab.slots[tab.find(k)]; got != want {
			t.Fatalf("lookup(%q) = %+v, find's slot %+v", k, *got, *want)
		}
	}
}

// TestHashLongInLine checks hashLong16, findLong's hash of a key of nine
// to sixteen bytes, against hashLong.
func TestHashLongInLine(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 1))
	for range 10000 {
		b := make([]byte, 9+rng.IntN(8))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		key := string(b)
		if got, want := hashLong16(load64(key, 0), load64(key, len(key)-8), len(key)), hashLong(key); got != want {
			t.Fatalf("%q: hashLong16 %x, hashLong %x", key, got, want)
		}
	}
}
