package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDashKeysMayMatch holds dashKeysMayMatch to the dash pass it gates:
// wherever dashKeys finds a key, the gate must be true. The keys are the
// shortest of each dash format (a Slack token of 15 key bytes, an OpenAI
// key of 23, a PEM block), placed at every offset around the first block
// boundaries, after an escape and glued to other key bytes, and random
// texts of key pieces.
func TestDashKeysMayMatch(t *testing.T) {
	keys := []string{
		"xoxb-1234567890", "xoxp-abcdefghij", "sk-abcdEFGH1234ijklMNOP", "sk-ant-api03-AbCdEfGhIjKlMnOp",
		"sk-proj-Ab3dEf6hIj9lMn2pQr5tUv8xYz", "0123456789abcdef0123456789abcdef-us2",
		"0123456789abcdef0123456789abcdef-01234567-89abcdef", "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
		"pat-na1-a1b2c3d4-e5f6-47a8-9b0c-d1e2f3a4b5c6", "glpat-xB7kQ2mZ9vR4tY1wP6sN",
		"-----BEGIN PRIVATE KEY-----\nMIIB", "-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----",
	}
	var d secretDetector
	check := func(text string) {
		t.Helper()
		var sc textScan
		sc.reset(text, false)
		found := len(d.dashKeys(&sc, sc.next(mkDash, 0), nil)) > 0
		if found && !dashKeysMayMatch(&sc) {
			t.Fatalf("dashKeys finds a key in %q, dashKeysMayMatch is false", text)
		}
	}
	for _, k := range keys {
		for pad := 0; pad < 140; pad++ {
			for _, pre := range []string{" ", "\\n", "\\t", "=", "\n"} {
				check(strings.Repeat("a ", pad/2) + strings.Repeat("b", pad%2) + pre + k + " end")
			}
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"xox", "b", "p", "-", "--", "sk", "key", "pat", "gl", "na1", "0123456789", "abcdef", "ABCDEF", "_", " ", "\\n", ".", "us2", "-----BEGIN ", "PRIVATE KEY-----", "\n"}
	for n := 0; n < 100000; n++ {
		var sb strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(sb.String())
	}
}
