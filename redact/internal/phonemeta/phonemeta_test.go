package phonemeta

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/caddy-guardrail/guardrail/redact/internal/phonemeta/libref"
)

// The tables and validForRegion must give libphonenumber's answers
// (libref, the only importer of github.com/nyaruka/phonenumbers besides the
// generator).

// checkAgree compares every region's answer for s with the library's.
func checkAgree(t testing.TB, s string) bool {
	t.Helper()
	ok := true
	for i := range regionTables {
		r := &regionTables[i]
		if got, want := validForRegion(s, r, regionRes[i].get(r)), libref.Valid(s, r.id); got != want {
			t.Errorf("%q for %s: got %t, libphonenumber %t", s, r.id, got, want)
			ok = false
		}
	}
	return ok
}

func TestRegionsMatchTables(t *testing.T) {
	if len(Regions) != len(regionTables) {
		t.Fatalf("%d regions, %d tables", len(Regions), len(regionTables))
	}
	for i, id := range Regions {
		if regionTables[i].id != id {
			t.Errorf("table %d is %s, want %s: run go generate", i, regionTables[i].id, id)
		}
	}
}

func TestCCLengthsAgree(t *testing.T) {
	want := libref.CCLengths()
	for cc := range CCLengths {
		if CCLengths[cc] != want[cc] {
			t.Errorf("+%d: table %#x, libphonenumber %#x", cc, CCLengths[cc], want[cc])
		}
	}
}

// TestNationalValidTexts compares the answers on every digit run of the
// eval sets, the quality sets and the 5 MB corpus: a superset of what the
// phone detector passes (whole digit runs of 7 to 15 digits). The texts are
// read, never copied.
func TestNationalValidTexts(t *testing.T) {
	var files []string
	for _, g := range []string{"../../testdata/*.jsonl", "../../../../shared/eval/*.jsonl"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	corpus := filepath.Join(os.TempDir(), "guardrail-pii-corpus-seed42-5mb.txt")
	if _, err := os.Stat(corpus); err == nil {
		files = append(files, corpus)
	} else {
		t.Logf("no corpus at %s (run the redact FindCorpus benchmark once to make it)", corpus)
	}
	if len(files) == 0 {
		t.Skip("no texts found")
	}
	seen := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < len(b); {
			if b[i] < '0' || b[i] > '9' {
				i++
				continue
			}
			j := i
			for j < len(b) && b[j] >= '0' && b[j] <= '9' {
				j++
			}
			if n := j - i; n >= 2 && n <= 20 {
				seen[string(b[i:j])] = true
			}
			i = j
		}
	}
	bad := 0
	for s := range seen {
		if !checkAgree(t, s) {
			if bad++; bad > 20 {
				t.Fatal("too many disagreements")
			}
		}
	}
	t.Logf("%d files, %d distinct digit runs, %d disagreements", len(files), len(seen), bad)
}

// genDigits makes a digit string in the shapes the detector passes, with
// the prefixes that steer the parser: trunk prefixes, the regions' calling
// codes, international prefixes, and random digits of 5 to 17 digits.
func genDigits(rng *rand.Rand, buf []byte) []byte {
	buf = buf[:0]
	switch rng.IntN(8) {
	case 0: // plain random digits
	case 1:
		buf = append(buf, "0"...)
	case 2:
		buf = append(buf, "1"...)
	case 3:
		buf = append(buf, regionTables[rng.IntN(len(regionTables))].cc...)
	case 4:
		buf = append(buf, []string{"00", "011", "000", "0011", "001"}[rng.IntN(5)]...)
		buf = append(buf, regionTables[rng.IntN(len(regionTables))].cc...)
	case 5:
		buf = append(buf, regionTables[rng.IntN(len(regionTables))].cc...)
		buf = append(buf, '0')
	case 6:
		buf = append(buf, []string{"00", "011", "0"}[rng.IntN(3)]...)
		buf = strconv.AppendInt(buf, int64(1+rng.IntN(999)), 10)
	case 7:
		buf = append(buf, []string{"180020", "0", "00", "1800", "9", "8", "3", "6", "7"}[rng.IntN(9)]...)
	}
	n := 5 + rng.IntN(13)
	for len(buf) < n || rng.IntN(4) == 0 && len(buf) < 17 {
		buf = append(buf, byte('0'+rng.IntN(10)))
	}
	return buf
}

// TestNationalValidGenerated compares every region's answer on generated
// strings: 50,000 (~15 s on a loaded host), 20,000 with -short;
// PHONEMETA_N=1000000 for the million-string check (~5 min).
func TestNationalValidGenerated(t *testing.T) {
	n := 50_000
	if testing.Short() {
		n = 20_000
	}
	if v, err := strconv.Atoi(os.Getenv("PHONEMETA_N")); err == nil {
		n = v
	}
	rng := rand.New(rand.NewPCG(15, 2026))
	var buf []byte
	bad, valid := 0, 0
	for range n {
		buf = genDigits(rng, buf)
		s := string(buf)
		if !checkAgree(t, s) {
			if bad++; bad > 20 {
				t.Fatal("too many disagreements")
			}
		}
		if NationalValid(s) {
			valid++
		}
	}
	t.Logf("%d strings, %d valid for a region, %d disagreements", n, valid, bad)
}

// FuzzNationalValid compares the answers on the fuzzer's bytes mapped to
// digits (the shape the detector passes).
func FuzzNationalValid(f *testing.F) {
	for _, s := range []string{"02079460000", "4155550100", "0044207946000", "011441234567890", "3912345678", "491701234567", "0612345678", "919812345678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 24 {
			in = in[:24]
		}
		b := []byte(in)
		for i := range b {
			b[i] = '0' + b[i]%10
		}
		checkAgree(t, string(b))
	})
}

// BenchmarkNationalValid times one call (an op is 1,000 calls on generated
// strings, warm: the patterns compiled) with the tables and with the
// library, as the detector called it.
func BenchmarkNationalValid(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	var in []string
	var buf []byte
	for range 1000 {
		buf = genDigits(rng, buf)
		in = append(in, string(buf))
	}
	lib := func(s string) bool {
		for _, reg := range Regions {
			if libref.Valid(s, reg) {
				return true
			}
		}
		return false
	}
	for _, bc := range []struct {
		name string
		f    func(string) bool
	}{{"tables", NationalValid}, {"libphonenumber", lib}} {
		b.Run(bc.name, func(b *testing.B) {
			for _, s := range in {
				bc.f(s)
			}
			b.ResetTimer()
			for range b.N {
				for _, s := range in {
					bc.f(s)
				}
			}
		})
	}
}
