package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// secretGateKeys holds the shortest key of each format the secret
// detector reads (and a few longer ones), written for this test.
var secretGateKeys = []string{
	"xoxb-9081726354", "xoxs-abcdefghij", "\\nxoxp-0123456789", "sk-qwerTYUI5678asdfGHJK",
	"sk-ant-api03-ZyXwVuTsRqPoNmLkJiHg", "sk-proj-Qw3eRt6yUi9oPa2sDf5gHj8kLz",
	"fedcba9876543210fedcba9876543210-us7", "fedcba9876543210fedcba9876543210-76543210-fedcba98",
	"key-9zq8wy7xv6ut5sr4qp3on2ml1kj0ihgf", "pat-eu1-0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
	"glpat-Zq8Wy7Xv6Ut5Sr4Qp3On", "-----BEGIN EC PRIVATE KEY-----\nMHcCAQ\n-----END EC PRIVATE KEY-----",
	"-----BEGIN PRIVATE KEY-----\nQUJD", "ghs_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8",
	"github_pat_22ZYXWVUTS9876543210_zyx", "rk_test_Ab12Cd34Ef", "pk_live_9z8Y7x6W5v",
	"npm_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8", "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",
	"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", "AKIAZ9Y8X7W6V5U4T3S2", "ASIA0123456789QWERTY",
	"AIzaZyXwVuTsRqPoNmLkJiHgFeDcBa987654321", "eyJhbGciOiJub25lIn0.e30.", "eyJhbGcifQ.e30.c2ln",
	"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
	"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",
	"aws_secret_access_key = Zy9/Xw8+Vu7/Ts6+Rq5/Po4+Nm3/Lk2+Ji1/Hg0+",
	"AWS AccessKey: a1/B2+c3/D4+e5/F6+g7/H8+i9/J0+k1/L2+m3/N4+",
	"aws Access Key Zy9/Xw8+Vu7/Ts6+Rq5/Po4+Nm3/Lk2+Ji1/Hg0+",
	"SECRET_ACCESS_KEY for aws: Q1w2E3r4/T5y6U7i8+O9p0A1s2/D3f4G5h6+J7k8",
}

// TestSecretGateExact holds secretMayMatch, and the key-run gates inside
// detectScan, to the detector without them (exactGatesOff): the same
// spans on every text, so the gate is true wherever a key is. The texts
// are the corpus, the eval and test sets, the exact gates' seeds and
// random texts, and the keys above at every offset around the first
// block boundaries, after escapes and key bytes, and with bytes changed,
// cut or doubled.
func TestSecretGateExact(t *testing.T) {
	var d secretDetector
	var sc textScan
	no, found := 0, 0
	defer func() { exactGatesOff = false }()
	check := func(text string) {
		t.Helper()
		sc.reset(text, false)
		exactGatesOff = true
		want := d.detectScan(&sc, nil)
		exactGatesOff = false
		var got []Span
		if secretMayMatch(&sc) {
			got = d.detectScan(&sc, nil)
		} else {
			no++
		}
		if len(want) > 0 {
			found++
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q: the secret detector finds %v without its gates, %v with them", text, want, got)
		}
	}
	texts := append(append([]string{}, gateSeeds...), gateTextsFromFiles(t)...)
	files := len(texts)
	texts = append(texts, gateTexts(5, 10000)...)
	for _, text := range texts {
		check(text)
	}
	t.Logf("%d texts from the seeds and files, %d random: the gate says no on %d, the detector finds a key in %d",
		files, len(texts)-files, no, found)
	rng := rand.New(rand.NewPCG(22, 15))
	const swaps = " -_./+=\n\\:JAKaz09"
	n := 0
	for _, k := range secretGateKeys {
		for pad := 0; pad < 140; pad++ {
			for _, pre := range []string{" ", "\\n", "\\t", "=", "\n", "x", "\""} {
				check(strings.Repeat("a ", pad/2) + strings.Repeat("b", pad%2) + pre + k + " end")
				n++
			}
		}
		for range 2000 {
			b := []byte(k)
			switch rng.IntN(4) {
			case 0: // change bytes
				for range 1 + rng.IntN(3) {
					b[rng.IntN(len(b))] = swaps[rng.IntN(len(swaps))]
				}
			case 1: // cut a byte out
				i := rng.IntN(len(b))
				b = append(b[:i], b[i+1:]...)
			case 2: // double a byte
				i := rng.IntN(len(b))
				b = append(b[:i+1], b[i:]...)
			case 3: // cut the key short
				b = b[:rng.IntN(len(b))+1]
			}
			pre := strings.Repeat("z", rng.IntN(70)) + string(" \n_=AJ."[rng.IntN(7)])
			check(pre + string(b) + string(" .,-x"[rng.IntN(5)]))
			n++
		}
	}
	pieces := []string{"xox", "b", "-", "--", "sk", "_", "live", "AKIA", "AIza", "Access", "Key", " ", "eyJ", ".",
		"SG", "0123456789", "abcdef", "ABCDEF", "+", "/", "aws", "secret", "-----BEGIN ", "PRIVATE KEY-----", "\n",
		"Zy9/Xw8+Vu7/Ts6+Rq5", "/Po4+Nm3/Lk2+Ji1/Hg0+"}
	for range 30000 {
		var sb strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(sb.String())
		n++
	}
	t.Logf("%d texts built from keys and key pieces; found in %d in all", n, found)
}

// TestKeyRunMatchesBytes holds markSum.keyRun, as the vector pass (or
// sumOf) works it out, to its definition from the bytes: three aligned
// groups of four key bytes in a row; and every text with a run of 15 key
// bytes has them. The texts mix key bytes with the bytes that break a
// run, at every length across the first blocks.
func TestKeyRunMatchesBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(24, 7))
	pick := []byte("aZ09-_ .+/\n\x00\xc3\xff")
	var sc textScan
	for n := 0; n < 300; n++ {
		for range 200 {
			b := make([]byte, n)
			breakEvery := 1 + rng.IntN(40)
			for i := range b {
				if rng.IntN(breakEvery) == 0 {
					b[i] = pick[6+rng.IntN(len(pick)-6)]
				} else {
					b[i] = pick[rng.IntN(6)]
				}
			}
			text := string(b)
			sc.reset(text, false)
			rows, run, longest := false, 0, 0
			for g := 0; g+12 <= len(text) && !rows; g += 4 {
				rows = true
				for _, c := range []byte(text[g : g+12]) {
					rows = rows && isKeyChar(c)
				}
			}
			for _, c := range []byte(text) {
				if isKeyChar(c) {
					run++
					longest = max(longest, run)
				} else {
					run = 0
				}
			}
			if (sc.sum.keyRun != 0) != rows || longest >= 15 && !rows {
				t.Fatalf("%q: keyRun %x, three key groups %v, longest run %d", text, sc.sum.keyRun, rows, longest)
			}
		}
	}
}
