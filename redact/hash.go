package redact

import (
	"bytes"
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"hash"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// KeyedHash returns a short, stable, keyed hash of value: the first 8 bytes
// of HMAC-SHA256(key, value) as 16 lowercase hex characters. It is used for
// user ids, subject ids and the hash operator. With an empty key the result is
// a plain (unkeyed) digest that anyone can recompute from a guessed value, so
// callers must configure a secret key.
func KeyedHash(key []byte, value string) string {
	var pads hmacPads
	pads.init(key)
	var buf [256]byte
	sum := pads.finish(append(pads.begin(buf[:0]), value...))
	return hex.EncodeToString(sum[:8])
}

// hmacPads holds an HMAC-SHA256 key XORed with the inner and outer pads, so
// that a MAC costs two sha256.Sum256 calls and no allocation (crypto/hmac
// allocates its two digests for every new key).
type hmacPads struct {
	ipad, opad [sha256.BlockSize]byte
}

// init prepares the pads for key (hashed first if longer than a block, as
// RFC 2104 says).
func (p *hmacPads) init(key []byte) {
	if len(key) > sha256.BlockSize {
		h := sha256.Sum256(key)
		key = h[:]
	}
	p.ipad, p.opad = [sha256.BlockSize]byte{}, [sha256.BlockSize]byte{} // p may be reused
	copy(p.ipad[:], key)
	copy(p.opad[:], key)
	for i := range p.ipad {
		p.ipad[i] ^= 0x36
		p.opad[i] ^= 0x5c
	}
}

// begin starts an HMAC: it returns scratch[:0] with the inner pad, to
// which the caller appends the message before calling finish.
func (p *hmacPads) begin(scratch []byte) []byte {
	return append(scratch[:0], p.ipad[:]...)
}

// finish returns HMAC-SHA256 of the message in inner, a slice that begin
// returned with the message appended.
func (p *hmacPads) finish(inner []byte) [sha256.Size]byte {
	h := sha256.Sum256(inner)
	var outer [sha256.BlockSize + sha256.Size]byte
	copy(outer[:], p.opad[:])
	copy(outer[sha256.BlockSize:], h[:])
	return sha256.Sum256(outer[:])
}

// hmacState is HMAC-SHA256 with one key whose inner and outer pad blocks
// are already hashed: a MAC then costs one SHA-256 block for the message
// (up to 55 bytes) and one for the outer hash, where the pads cost four.
// The hashed pads are kept as marshaled digest states and restored before
// each MAC; init recomputes them only when the key changes, so a pooled
// vault keeps them across exchanges. The output is RFC 2104's HMAC, the
// same as hmacPads' and crypto/hmac's (TestHMACStateMatchesCryptoHMAC).
type hmacState struct {
	key              []byte    // the key the states are for (a copy)
	inner, outer     hash.Hash // SHA-256 digests
	innerU, outerU   encoding.BinaryUnmarshaler
	innerAt, outerAt []byte // the digests' states after their pad blocks
	sum              [sha256.Size]byte
}

// init prepares m for key, unless it is prepared for it already.
func (m *hmacState) init(key []byte) {
	if m.inner != nil && bytes.Equal(m.key, key) {
		return
	}
	var p hmacPads
	p.init(key)
	if m.inner == nil {
		m.inner, m.outer = sha256.New(), sha256.New()
		m.innerU, m.outerU = m.inner.(encoding.BinaryUnmarshaler), m.outer.(encoding.BinaryUnmarshaler)
	}
	m.innerAt = padState(m.inner, p.ipad[:], m.innerAt)
	m.outerAt = padState(m.outer, p.opad[:], m.outerAt)
	m.key = append(m.key[:0], key...)
}

// padState resets h, hashes the pad block and appends the digest's state
// to dst[:0].
func padState(h hash.Hash, pad, dst []byte) []byte {
	h.Reset()
	h.Write(pad)
	b, err := h.(encoding.BinaryAppender).AppendBinary(dst[:0])
	if err != nil {
		panic("redact: SHA-256 state: " + err.Error()) // crypto/hmac panics alike; never happens
	}
	return b
}

// restore sets both digests back to their pad states.
func (m *hmacState) restore() {
	if err := m.innerU.UnmarshalBinary(m.innerAt); err != nil {
		panic("redact: SHA-256 state: " + err.Error())
	}
	if err := m.outerU.UnmarshalBinary(m.outerAt); err != nil {
		panic("redact: SHA-256 state: " + err.Error())
	}
}

// mac returns HMAC-SHA256 of the message a followed by b.
func (m *hmacState) mac(a, b []byte) [sha256.Size]byte {
	m.restore()
	m.inner.Write(a)
	m.inner.Write(b)
	m.outer.Write(m.inner.Sum(m.sum[:0]))
	m.outer.Sum(m.sum[:0])
	return m.sum
}

// wipe drops what the digests and the sum hold of the last message (a
// digest keeps the bytes of its last partial block); the key's states stay.
func (m *hmacState) wipe() {
	if m.inner != nil {
		m.restore()
	}
	m.sum = [sha256.Size]byte{}
}

// normClass says how a value of some entity type is normalised before it is
// hashed, so that spellings of one value share one placeholder or hash.
type normClass uint8

const (
	// normFold trims, collapses runs of white space to one space and
	// lowercases (Unicode). The default: e-mail addresses, names, places, IPs.
	normFold normClass = iota
	// normCompact keeps only letters and digits, lowercased: phone numbers,
	// card numbers, IBANs, national ids ("+1 (555) 010-0000" → "15550100000").
	normCompact
	// normExact only trims white space: case-sensitive secrets and URLs.
	normExact
)

// compactTypes and exactTypes are matched as substrings of the (upper-case)
// entity type; exactTypes win.
var (
	exactTypes   = []string{"URL", "KEY", "TOKEN", "SECRET", "PASSWORD", "CRYPTO", "JWT", "HASH"}
	compactTypes = []string{"PHONE", "CARD", "IBAN", "SSN", "ACCOUNT", "PASSPORT", "LICENSE", "LICENCE",
		"TAX", "NIF", "NIE", "NIR", "NHS", "NINO", "BSN", "SIN", "TFN", "AADHAAR", "FISCAL", "ROUTING", "BANK",
		"SWIFT", "BIC", "VAT", "NATIONAL", "ID_NUMBER", "DRIVER", "DRIVING", "POSTAL", "POSTCODE", "PLZ", "ZIP",
		"MAC_ADDRESS"}
)

// classOf returns the normalisation class of an entity type.
func classOf(typ string) normClass {
	switch typ { // common types first, without substring search
	case "EMAIL_ADDRESS", "PERSON", "LOCATION", "IP_ADDRESS", "DATE_TIME", "NRP":
		return normFold
	case "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN":
		return normCompact
	case "URL", "API_KEY":
		return normExact
	}
	for _, k := range exactTypes {
		if strings.Contains(typ, k) {
			return normExact
		}
	}
	for _, k := range compactTypes {
		if strings.Contains(typ, k) {
			return normCompact
		}
	}
	return normFold
}

// normAct is what appendNormalized does with an ASCII byte.
type normAct uint8

const (
	normWide  normAct = iota // not ASCII: the rune loop decides
	normKeep                 // kept, ASCII letters lowercased
	normSpace                // white space, collapsed to one space
	normDrop                 // left out
)

// asciiNorm is normAct by class (normFold and normCompact) and byte, as
// appendNormalized's rune loop treats ASCII bytes.
var asciiNorm = func() (t [2][256]normAct) {
	for c := range utf8.RuneSelf {
		letterDigit := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		t[normFold][c], t[normCompact][c] = normKeep, normKeep
		switch {
		case letterDigit:
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[normFold][c], t[normCompact][c] = normSpace, normDrop
		default:
			t[normCompact][c] = normDrop
		}
	}
	return t
}()

// asciiLower maps ASCII upper-case letters to lower case and every other
// byte to itself.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// appendNormalized appends the normalised form of value, an entity of type
// typ (already upper-case), to dst. Invalid UTF-8 bytes are kept as they are,
// so distinct values stay distinct.
func appendNormalized(dst []byte, typ, value string) []byte {
	class := classOf(typ)
	value = strings.TrimSpace(value)
	if class == normExact {
		return append(dst, value...)
	}
	// ASCII, the usual case, goes through a table and into room made
	// once (its output is never longer than its input);
	// appendNormalizedRunes takes over at the first byte that is not ASCII.
	acts := &asciiNorm[class]
	dst = slices.Grow(dst, len(value))
	out, n := dst[:cap(dst)], len(dst)
	space := false
	for i := 0; i < len(value); i++ {
		switch c := value[i]; acts[c] {
		case normKeep:
			if space {
				out[n] = ' '
				n++
				space = false
			}
			out[n] = asciiLower[c]
			n++
		case normSpace:
			space = true
		case normDrop:
		default: // normWide
			return appendNormalizedRunes(out[:n], class, value[i:], space)
		}
	}
	return out[:n]
}

// appendNormalizedRunes is appendNormalized's loop over the runes of value
// (trimmed, of class normFold or normCompact), for the rest of a value from
// its first byte that is not ASCII; space says a space is pending.
func appendNormalizedRunes(dst []byte, class normClass, value string, space bool) []byte {
	for i := 0; i < len(value); {
		c := value[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case class == normCompact:
				continue
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = true
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(value[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, value[i])
			i++
			continue
		}
		i += size
		if unicode.IsSpace(r) {
			space = class == normFold
			continue
		}
		if class == normCompact && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// placeholderType turns an entity type into the TYPE part of a placeholder:
// ASCII letters upper-cased, digits and '_' kept, everything else '_'. An
// empty type becomes "PII".
func placeholderType(typ string) string {
	switch typ {
	case "":
		return "PII"
	case "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "PERSON", "LOCATION",
		"US_SSN", "DATE_TIME", "NRP", "URL", "API_KEY":
		return typ // the built-in types, without the byte loop
	}
	ok := true
	for i := 0; i < len(typ); i++ {
		c := typ[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			ok = false
			break
		}
	}
	if ok {
		return typ
	}
	b := []byte(typ)
	for i, c := range b {
		switch {
		case 'a' <= c && c <= 'z':
			b[i] = c - ('a' - 'A')
		case 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '_':
		default:
			b[i] = '_'
		}
	}
	return string(b)
}
