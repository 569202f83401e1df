package redact

import (
	"crypto/sha256"

	"golang.org/x/crypto/sha3"
)

// Crypto wallet addresses: Bitcoin base58check (P2PKH "1…", P2SH "3…"),
// Bitcoin bech32/bech32m ("bc1…") and Ethereum ("0x" + 40 hex, with the
// EIP-55 checksum when the case is mixed). Every candidate starts with a
// digit, so the detector walks the engine's shared digit runs.

func init() {
	register(cryptoDetector{})
	validators["base58check"] = func(s string) bool { return base58CheckBTC(s) }
	validators["bech32"] = func(s string) bool { return bech32BTC(s) }
}

type cryptoDetector struct{}

func (cryptoDetector) ID() string      { return "builtin.crypto" }
func (cryptoDetector) Types() []string { return []string{"CRYPTO"} }

func (d cryptoDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

func (cryptoDetector) detectScan(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs, kinds, anyKind := sc.runKinds()
	if anyKind&kindsCrypto == 0 {
		return dst
	}
	skipTo := 0
	for i, r := range runs {
		if kinds[i]&kindsCrypto == 0 || r.start < skipTo {
			continue
		}
		c := text[r.start]
		if c != '0' && c != '1' && c != '3' {
			continue
		}
		var sp Span
		ok := false
		switch {
		case (c == '1' || c == '3') && base58Len(alnumEnd(text, r.end)-r.start) && wordStartAt(text, r.start):
			sp, ok = base58At(text, r.start)
		case c == '1' && r.start >= 2 && (text[r.start-2]|0x20) == 'b' && (text[r.start-1]|0x20) == 'c' &&
			wordStartAt(text, r.start-2):
			sp, ok = bech32At(text, r.start-2)
		case c == '0' && r.end == r.start+1 && r.end < len(text) && (text[r.end]|0x20) == 'x' && wordStartAt(text, r.start):
			sp, ok = ethAt(text, r.start)
		}
		if ok {
			dst = append(dst, sp)
			skipTo = sp.End
		}
	}
	return dst
}

func alnumEnd(text string, i int) int {
	for i < len(text) && isASCIIAlnum(text[i]) {
		i++
	}
	return i
}

// base58Len reports whether n is the length of a base58 address.
func base58Len(n int) bool { return n >= 26 && n <= 35 }

func base58At(text string, i int) (Span, bool) {
	e := alnumEnd(text, i)
	if !base58Len(e-i) || !wordEndAt(text, e) || !base58CheckBTC(text[i:e]) {
		return Span{}, false
	}
	w := contextBefore(text, i, 40, ctxCrypto)
	return Span{Start: i, End: e, Type: "CRYPTO", Rule: "builtin.crypto", Score: boost(0.9, w, 1),
		Reason: withContext("Bitcoin base58 address with valid double-SHA-256 checksum", w)}, true
}

func bech32At(text string, i int) (Span, bool) {
	e := alnumEnd(text, i)
	if e-i < 14 || e-i > 74 || !wordEndAt(text, e) || !bech32BTC(text[i:e]) {
		return Span{}, false
	}
	w := contextBefore(text, i, 40, ctxCrypto)
	return Span{Start: i, End: e, Type: "CRYPTO", Rule: "builtin.crypto", Score: boost(0.9, w, 1),
		Reason: withContext("Bitcoin bech32 address with valid checksum", w)}, true
}

func ethAt(text string, i int) (Span, bool) {
	e := alnumEnd(text, i+2)
	if e-i != 42 || !wordEndAt(text, e) {
		return Span{}, false
	}
	hex := text[i+2 : e]
	lower, upper := false, false
	for j := 0; j < len(hex); j++ {
		c := hex[j]
		switch {
		case c >= '0' && c <= '9':
		case c >= 'a' && c <= 'f':
			lower = true
		case c >= 'A' && c <= 'F':
			upper = true
		default:
			return Span{}, false
		}
	}
	w := contextBefore(text, i, 40, ctxCrypto)
	if lower && upper {
		if !eip55Valid(hex) {
			return Span{}, false
		}
		return Span{Start: i, End: e, Type: "CRYPTO", Rule: "builtin.crypto", Score: boost(0.9, w, 1),
			Reason: withContext("Ethereum address with valid EIP-55 checksum", w)}, true
	}
	return Span{Start: i, End: e, Type: "CRYPTO", Rule: "builtin.crypto", Score: boost(0.6, w, 0.9),
		Reason: withContext("0x and 40 hex digits (Ethereum address shape)", w)}, true
}

// eip55Valid checks the mixed-case checksum of an Ethereum address (hex
// without 0x): a letter is upper-case iff the matching nibble of the
// Keccak-256 hash of the lower-case address is 8 or more.
func eip55Valid(hex string) bool {
	var low [40]byte
	for j := 0; j < 40; j++ {
		c := hex[j]
		if c >= 'A' && c <= 'F' {
			c += 'a' - 'A'
		}
		low[j] = c
	}
	h := sha3.NewLegacyKeccak256()
	h.Write(low[:])
	var sum [32]byte
	h.Sum(sum[:0])
	for j := 0; j < 40; j++ {
		c := hex[j]
		if c <= '9' {
			continue
		}
		nib := sum[j/2] >> 4
		if j%2 == 1 {
			nib = sum[j/2] & 0xf
		}
		if (nib >= 8) != (c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

var base58Index = func() [256]int8 {
	var t [256]int8
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(base58Alphabet); i++ {
		t[base58Alphabet[i]] = int8(i)
	}
	return t
}()

// base58CheckBTC decodes s as a 25-byte base58check Bitcoin address
// (version 0x00 or 0x05) and verifies its checksum.
func base58CheckBTC(s string) bool {
	var out [25]byte
	for i := 0; i < len(s); i++ {
		v := base58Index[s[i]]
		if v < 0 {
			return false
		}
		carry := int(v)
		for j := len(out) - 1; j >= 0; j-- {
			carry += 58 * int(out[j])
			out[j] = byte(carry)
			carry >>= 8
		}
		if carry != 0 {
			return false
		}
	}
	// Leading '1's are leading zero bytes.
	ones := 0
	for ones < len(s) && s[ones] == '1' {
		ones++
	}
	zeros := 0
	for zeros < len(out) && out[zeros] == 0 {
		zeros++
	}
	if zeros != ones || (out[0] != 0x00 && out[0] != 0x05) {
		return false
	}
	first := sha256.Sum256(out[:21])
	second := sha256.Sum256(first[:])
	return second[0] == out[21] && second[1] == out[22] && second[2] == out[23] && second[3] == out[24]
}

const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

var bech32Index = func() [256]int8 {
	var t [256]int8
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(bech32Charset); i++ {
		t[bech32Charset[i]] = int8(i)
		if c := bech32Charset[i]; c >= 'a' && c <= 'z' {
			t[c-'a'+'A'] = int8(i)
		}
	}
	return t
}()

func bech32Polymod(values []byte, chk uint32) uint32 {
	gen := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	for _, v := range values {
		b := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i := 0; i < 5; i++ {
			if (b>>i)&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	return chk
}

// bech32BTC verifies a "bc1" segwit address: one case, valid characters,
// and the bech32 (witness v0) or bech32m (v1+) checksum.
func bech32BTC(s string) bool {
	if len(s) < 14 || len(s) > 74 || (s[0]|0x20) != 'b' || (s[1]|0x20) != 'c' || s[2] != '1' {
		return false
	}
	lower, upper := false, false
	var vals [80]byte
	n := 0
	// hrp expansion of "bc": [3, 3, 0, 2, 3]
	vals[0], vals[1], vals[2], vals[3], vals[4] = 3, 3, 0, 2, 3
	n = 5
	for i := 3; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			lower = true
		} else if c >= 'A' && c <= 'Z' {
			upper = true
		}
		v := bech32Index[c]
		if v < 0 {
			return false
		}
		vals[n] = byte(v)
		n++
	}
	if lower && upper {
		return false
	}
	pm := bech32Polymod(vals[:n], 1)
	witver := vals[5]
	if witver == 0 {
		return pm == 1
	}
	return witver <= 16 && pm == 0x2bc830a3
}
