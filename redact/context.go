package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Context scoring, shared by the name, address, birth-date and national-id
// detectors. As in Presidio, a bare pattern gets a base score and a context
// word near it (within a window of bytes, on the same side of a sentence)
// raises it; the span's Reason names the word that did.

// ctxKind is a bit set of the entity families a context word supports.
type ctxKind uint32

const (
	ctxPerson ctxKind = 1 << iota
	ctxAddress
	ctxZip
	ctxBirth
	ctxAge
	ctxPassport
	ctxLicence
	ctxBank
	ctxRouting
	ctxNINO
	ctxNHS
	ctxSIN
	ctxTFN
	ctxBSN
	ctxTaxID
	ctxNIR
	ctxAadhaar
	ctxDNI
	ctxNIE
	ctxFiscal
	ctxCrypto
	ctxMAC
	ctxIDAny // generic "id", "number", "no." words: weak support for any identifier
)

// contextWords maps lower-case ASCII (or lower-case UTF-8) context words to
// the families they support. Multi-word cues are keyed by their most
// telling word ("birth" for "date of birth").
var contextWords = withEnrolLabels(withMoreDocWords(withMoreBirthWords(map[string]ctxKind{
	// people
	"name": ctxPerson, "named": ctxPerson, "names": ctxPerson, "nom": ctxPerson, "nombre": ctxPerson,
	"nome": ctxPerson, "naam": ctxPerson, "vorname": ctxPerson, "nachname": ctxPerson,
	"prénom": ctxPerson, "prenom": ctxPerson, "surname": ctxPerson, "customer": ctxPerson,
	"client": ctxPerson, "contact": ctxPerson, "kunde": ctxPerson, "kundin": ctxPerson,
	"holder": ctxPerson, "attn": ctxPerson, "dear": ctxPerson, "hi": ctxPerson, "hello": ctxPerson,
	"hey": ctxPerson, "thanks": ctxPerson, "thank": ctxPerson, "best": ctxPerson, "regards": ctxPerson, "cheers": ctxPerson,
	"sincerely": ctxPerson, "hallo": ctxPerson, "liebe": ctxPerson, "lieber": ctxPerson,
	"bonjour": ctxPerson, "cher": ctxPerson, "chère": ctxPerson, "hola": ctxPerson,
	"estimado": ctxPerson, "estimada": ctxPerson, "ciao": ctxPerson, "gentile": ctxPerson,
	"beste": ctxPerson, "patient": ctxPerson, "employee": ctxPerson, "user": ctxPerson,
	"lead": ctxPerson, "signed": ctxPerson, "from": ctxPerson, "to": ctxPerson, "for": ctxPerson,
	"cc": ctxPerson, "i'm": ctxPerson, "im": ctxPerson, "me": ctxPerson, "mr": ctxPerson,
	"mrs": ctxPerson, "ms": ctxPerson, "dr": ctxPerson, "recipient": ctxPerson,
	"applicant": ctxPerson, "member": ctxPerson, "subscriber": ctxPerson, "buyer": ctxPerson,
	"called": ctxPerson, "ask": ctxPerson, "tell": ctxPerson, "email": ctxPerson, "write": ctxPerson,
	"cognome": ctxPerson, "apellido": ctxPerson, "apellidos": ctxPerson, "achternaam": ctxPerson,
	"voornaam": ctxPerson, "nazwisko": ctxPerson, "imię": ctxPerson,
	// customer, contact and recipient labels in the other languages
	// ("Cliente: …", "Empfänger: …")
	"cliente": ctxPerson, "klant": ctxPerson, "klient": ctxPerson, "klientka": ctxPerson,
	"contacto": ctxPerson, "contatto": ctxPerson, "kontakt": ctxPerson, "ansprechpartner": ctxPerson,
	"destinatario": ctxPerson, "destinataire": ctxPerson, "destinatário": ctxPerson,
	"empfänger": ctxPerson, "ontvanger": ctxPerson,
	// addresses
	"address": ctxAddress | ctxZip, "addr": ctxAddress | ctxZip, "adresse": ctxAddress | ctxZip,
	"anschrift": ctxAddress | ctxZip, "dirección": ctxAddress | ctxZip, "direccion": ctxAddress | ctxZip,
	"indirizzo": ctxAddress | ctxZip, "adres": ctxAddress | ctxZip, "ship": ctxAddress | ctxZip,
	// (words whose first three letters start common words, "end…",
	// "mor…", "ent…", "env…", "fre…", support only a postcode: the
	// address filter tests those three letters before every street)
	"adresa": ctxAddress | ctxZip, "adresă": ctxAddress | ctxZip, "adressi": ctxAddress | ctxZip,
	"adresi": ctxAddress | ctxZip, "endereço": ctxZip, "endereco": ctxZip, "morada": ctxZip,
	"frete": ctxZip, "entrega": ctxZip, "envio": ctxZip,
	"shipping": ctxAddress | ctxZip, "deliver": ctxAddress | ctxZip, "delivery": ctxAddress | ctxZip,
	"mail": ctxAddress, "mailed": ctxAddress, "send": ctxAddress, "live": ctxAddress | ctxZip,
	"lives": ctxAddress | ctxZip, "living": ctxAddress | ctxZip, "located": ctxAddress,
	"billing": ctxAddress | ctxZip, "street": ctxAddress, "wohnt": ctxAddress, "wohnhaft": ctxAddress,
	"habite": ctxAddress, "vive": ctxAddress, "lebt": ctxAddress, "abita": ctxAddress, "woont": ctxAddress,
	"mieszka": ctxAddress, "reside": ctxAddress, "resides": ctxAddress, "wohnen": ctxAddress, "residence": ctxAddress, "resident": ctxAddress,
	"zip": ctxZip, "zipcode": ctxZip, "postcode": ctxZip, "postal": ctxZip, "plz": ctxZip,
	"postleitzahl": ctxZip, "cp": ctxZip, "postale": ctxZip, "postcode:": ctxZip, "cep": ctxZip,
	// birth and age
	"born": ctxBirth, "birth": ctxBirth, "birthday": ctxBirth, "birthdate": ctxBirth,
	"dob": ctxBirth, "d.o.b": ctxBirth, "d.o.b.": ctxBirth, "geb": ctxBirth, "geb.": ctxBirth,
	"geboren": ctxBirth, "geburtsdatum": ctxBirth, "geburtsdaten": ctxBirth, "ur.": ctxBirth, "geburtstag": ctxBirth, "né": ctxBirth,
	"née": ctxBirth, "nés": ctxBirth, "nées": ctxBirth, "naissance": ctxBirth, "nacimiento": ctxBirth, "nacido": ctxBirth,
	"nacida": ctxBirth, "nato": ctxBirth, "nata": ctxBirth, "nascita": ctxBirth,
	"geboortedatum": ctxBirth, "geboren:": ctxBirth, "nascido": ctxBirth, "nascida": ctxBirth, "nascimento": ctxBirth,
	"nació": ctxBirth, "nacio": ctxBirth, "nasceu": ctxBirth, "nacque": ctxBirth, "urodzony": ctxBirth,
	"urodzona": ctxBirth, "urodzonego": ctxBirth, "urodzonej": ctxBirth, "urodzenia": ctxBirth,
	"urodzin": ctxBirth, "doğum": ctxBirth, "doğumlu": ctxBirth, "doğdu": ctxBirth,
	"aniversário": ctxBirth, "født": ctxBirth, "född": ctxBirth, "fødselsdato": ctxBirth, "födelsedatum": ctxBirth, "compleanno": ctxBirth, "cumpleaños": ctxBirth, "verjaardag": ctxBirth, "urodziny": ctxBirth, "bday": ctxBirth,
	"age": ctxAge, "aged": ctxAge, "alter": ctxAge, "âge": ctxAge, "edad": ctxAge, "età": ctxAge,
	// documents and accounts
	"passport": ctxPassport, "passports": ctxPassport, "reisepass": ctxPassport, "pass": ctxPassport,
	"passeport": ctxPassport, "pasaporte": ctxPassport, "passaporto": ctxPassport, "paspoort": ctxPassport,
	"licence": ctxLicence, "license": ctxLicence, "licencia": ctxLicence, "führerschein": ctxLicence,
	"fuhrerschein": ctxLicence, "dl": ctxLicence, "permis": ctxLicence, "patente": ctxLicence,
	"rijbewijs": ctxLicence, "driver": ctxLicence, "driving": ctxLicence, "driver's": ctxLicence,
	"account": ctxBank, "acct": ctxBank, "konto": ctxBank, "kontonummer": ctxBank, "checking": ctxBank,
	"savings": ctxBank, "bank": ctxBank | ctxRouting,
	"routing": ctxRouting, "aba": ctxRouting, "rtn": ctxRouting, "transit": ctxRouting,
	"nino": ctxNINO, "ni": ctxNINO, "insurance": ctxNINO | ctxSIN, "national": ctxNINO | ctxIDAny,
	"nhs": ctxNHS, "health": ctxNHS,
	"sin": ctxSIN, "nas": ctxSIN, "social": ctxSIN,
	"tfn": ctxTFN, "tax": ctxTFN | ctxTaxID, "file": ctxTFN,
	"bsn": ctxBSN, "burgerservicenummer": ctxBSN, "sofinummer": ctxBSN,
	"steuer-id": ctxTaxID, "steuerid": ctxTaxID, "steuer": ctxTaxID, "idnr": ctxTaxID, "idnr.": ctxTaxID,
	"steueridentifikationsnummer": ctxTaxID, "identifikationsnummer": ctxTaxID, "tin": ctxTaxID | ctxTFN,
	"nir": ctxNIR, "sécurité": ctxNIR, "securite": ctxNIR, "sécu": ctxNIR, "insee": ctxNIR,
	"aadhaar": ctxAadhaar, "aadhar": ctxAadhaar, "uidai": ctxAadhaar, "uid": ctxAadhaar,
	"dni": ctxDNI, "nif": ctxDNI, "documento": ctxDNI | ctxIDAny,
	"nie": ctxNIE, "extranjero": ctxNIE, "identidad": ctxDNI | ctxNIE | ctxIDAny, // "documento/número de identidad"
	"codice": ctxFiscal, "fiscale": ctxFiscal, "cf": ctxFiscal,
	"wallet": ctxCrypto, "btc": ctxCrypto, "bitcoin": ctxCrypto, "eth": ctxCrypto,
	"ethereum": ctxCrypto, "crypto": ctxCrypto,
	"mac": ctxMAC, "hardware": ctxMAC, "physical": ctxMAC, "ethernet": ctxMAC, "wifi": ctxMAC,
	"wi-fi": ctxMAC, "device": ctxMAC, "bssid": ctxMAC,
	"id": ctxIDAny, "number": ctxIDAny, "no": ctxIDAny, "no.": ctxIDAny, "nr": ctxIDAny,
	"nr.": ctxIDAny, "num": ctxIDAny, "nummer": ctxIDAny, "numéro": ctxIDAny, "número": ctxIDAny,
	"numero": ctxIDAny, "identity": ctxIDAny, "identification": ctxIDAny, "card": ctxIDAny,
}))) // (withMoreBirthWords: dob_words7.go; withMoreDocWords: id14_words.go; withEnrolLabels: read17a_enrol.go)

// contextBefore looks at the words in the window bytes before pos and
// returns the nearest one that supports a family in want, or "". It stops
// at a line break, so a context word on a previous line does not count.
// The returned string is a key of contextWords, never text from the input.
func contextBefore(text string, pos, window int, want ctxKind) string {
	lo := max(pos-window, 0)
	var buf [32]byte
	i := pos
	for i > lo {
		// skip separators backwards
		c := text[i-1]
		if ctxByte[c] != ctxWordByte {
			if c == '\n' {
				return ""
			}
			i--
			continue
		}
		end := i
		i--
		for i > lo && ctxByte[text[i-1]] == ctxWordByte {
			i--
		}
		if ctxMaybeWord(text[i], end-i, want) {
			if w, ok := lookupCtx(text[i:end], &buf, want); ok {
				return w
			}
		}
	}
	return ""
}

// contextAfter is contextBefore for the window bytes after pos.
func contextAfter(text string, pos, window int, want ctxKind) string {
	hi := min(pos+window, len(text))
	var buf [32]byte
	i := pos
	for i < hi {
		c := text[i]
		if ctxByte[c] != ctxWordByte {
			if c == '\n' {
				return ""
			}
			i++
			continue
		}
		start := i
		i++
		for i < hi && ctxByte[text[i]] == ctxWordByte {
			i++
		}
		if ctxMaybeWord(text[start], i-start, want) {
			if w, ok := lookupCtx(text[start:i], &buf, want); ok {
				return w
			}
		}
	}
	return ""
}

// ctxMaybeWord is lookupCtx's first-byte and length test, for a word of
// n bytes starting with c.
func ctxMaybeWord(c byte, n int, want ctxKind) bool {
	c = ctxLower[c]
	return n <= 32 && ctxFirst[c]&(1<<n) != 0 && ctxFirstKind[c][n]&want != 0
}

// ctxByte marks the bytes of context words (isCtxWordByte) with
// ctxWordByte; ctxLower lower-cases ASCII letters and keeps other bytes.
const ctxWordByte = 1

var ctxByte, ctxLower = func() (t, l [256]uint8) {
	for c := range 256 {
		if isCtxWordByte(byte(c)) {
			t[c] = ctxWordByte
		}
		l[c] = uint8(c)
		if c >= 'A' && c <= 'Z' {
			l[c] += 'a' - 'A'
		}
	}
	return t, l
}()

// ctxFilter is an exact pre-test of contextBefore and contextAfter for one
// want: the first three bytes (two for a two-byte word) of each context
// word of those families, every byte ORed with 0x20 (which lower-cases
// an ASCII letter and keeps letters and other bytes apart), so that a
// window where no such prefix starts a word cannot hold one of the
// words. Scanning a window for them costs one bitmap test of the first
// two bytes of each word (most start no prefix), a fraction of splitting
// the window into words and looking them up.
type ctxFilter struct {
	first [256]uint8 // 1 + the index in grams of the first prefix that starts with the byte, or 0
	count [256]uint8 // how many prefixes start with the byte
	grams []ctxGram  // sorted by first byte
	// pairs has bit b0|b1<<8 set for the first two bytes b0, b1 of each
	// prefix: most positions fail this one test.
	pairs [1 << 16 / 64]uint64
}

// ctxGram is a prefix of a context word and the mask of its bytes.
type ctxGram struct{ val, mask uint32 }

// newCtxFilter builds the filter of the context words supporting want.
func newCtxFilter(want ctxKind) *ctxFilter {
	var words []string
	for k, v := range contextWords {
		if v&want != 0 {
			words = append(words, k)
		}
	}
	return newCtxFilterOf(words)
}

// newCtxFilterOf builds the filter of the given context words (lower-case
// keys of contextWords, as contextBefore returns them).
func newCtxFilterOf(words []string) *ctxFilter {
	f := &ctxFilter{}
	var byFirst [256][]ctxGram
	for _, k := range words {
		g := ctxGram{mask: 0xffff}
		n := min(len(k), 3)
		if n == 1 {
			panic("redact: a one-byte context word")
		}
		if !isAlpha(k[0]) && k[0] < 0xC0 {
			panic("redact: a context word that starts with no letter") // see maybeAt
		}
		if n == 3 {
			g.mask = 0xffffff
		}
		for i := range n {
			if k[i]|0x20 == 0xff {
				panic("redact: a context word with byte 0xdf or 0xff") // maybe's end marker
			}
			g.val |= uint32(k[i]|0x20) << (8 * i)
		}
		c := k[0] | 0x20
		pair := g.val & 0xffff
		f.pairs[pair>>6] |= 1 << (pair & 63)
		if !slices.Contains(byFirst[c], g) {
			byFirst[c] = append(byFirst[c], g)
		}
	}
	for c, gs := range byFirst {
		if len(gs) == 0 {
			continue
		}
		f.first[c] = uint8(len(f.grams) + 1)
		f.count[c] = uint8(len(gs))
		f.grams = append(f.grams, gs...)
	}
	return f
}

// maybe reports whether text[lo:hi] may hold one of the filter's words:
// whether one of its prefixes starts a word within it. contextBefore and
// contextAfter look up only words, which start at lo or after a byte that
// is no word byte (see ctxByte), so the prefixes are only tested there:
// a table load a byte, and the pair test at one position in five or six.
func (f *ctxFilter) maybe(text string, lo, hi int) bool {
	lo, hi = max(lo, 0), min(hi, len(text))
	if hi-lo < 2 {
		return false
	}
	b := text[lo:hi]
	// The loop over the bytes that start no word is a few instructions:
	// its bound and the table's address are held in registers.
	cls, last := &ctxByte, len(b)-1
	var prev uint8 // ctxByte of the byte before b[p]; none before lo
	for p := 0; p < last; p++ {
		c := b[p]
		cl := cls[c]
		start := cl &^ prev
		prev = cl
		if start == 0 {
			continue
		}
		pair := uint32(c|0x20) | uint32(b[p+1]|0x20)<<8
		if f.pairs[pair>>6]&(1<<(pair&63)) == 0 {
			continue
		}
		c |= 0x20
		k := int(f.first[c])
		g := pair | 0xff<<16 // 0xff: no three-byte prefix fits
		if p+2 < len(b) {
			g ^= uint32(b[p+2]|0x20^0xff) << 16
		}
		for _, cg := range f.grams[k-1 : k-1+int(f.count[c])] {
			if g&cg.mask == cg.val {
				return true
			}
		}
	}
	return false
}

// lookupCtx lower-cases w into buf (ASCII only; non-ASCII bytes kept) and
// looks it up, trying also without a trailing dot, colon or apostrophe-s.
func lookupCtx(w string, buf *[32]byte, want ctxKind) (string, bool) {
	if len(w) > len(buf) || len(w) == 0 {
		return "", false
	}
	c0 := w[0]
	if c0 >= 'A' && c0 <= 'Z' {
		c0 += 'a' - 'A'
	}
	if ctxFirst[c0]&(1<<min(len(w), 63)) == 0 || ctxFirstKind[c0][len(w)]&want == 0 {
		return "", false
	}
	for j := 0; j < len(w); j++ {
		c := w[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	n := len(w)
	for range 3 {
		if n == 0 {
			return "", false
		}
		if k, kind, ok := ctxTable.getBytes(buf[:n]); ok && ctxKind(kind)&want != 0 {
			return k, true
		}
		switch {
		case buf[n-1] == '.' || buf[n-1] == '-' || buf[n-1] == '\'':
			n--
		case n > 2 && buf[n-2] == '\'' && buf[n-1] == 's':
			n -= 2
		default:
			return "", false
		}
	}
	return "", false
}

// ctxFirst is a quick filter for lookupCtx: bit n of ctxFirst[c] is set
// when some context word starts with byte c and has length n, n+1 or n+2
// (a word may carry a trailing dot, colon or 's).
var ctxFirst = func() [256]uint64 {
	var t [256]uint64
	for k := range contextWords {
		for extra := 0; extra <= 2; extra++ {
			if n := len(k) + extra; n < 64 {
				t[k[0]] |= 1 << n
			}
		}
	}
	return t
}()

// ctxFirstKind[c][n] holds the families of the context words that start
// with byte c and could match a word of n bytes (the word's length, less
// up to four bytes of trailing dots, hyphens or apostrophe-s, which
// lookupCtx strips in at most three steps), so that a word whose first
// byte and length fit no wanted family is skipped without a lookup.
var ctxFirstKind = func() *[256][33]ctxKind {
	var t [256][33]ctxKind
	for k, v := range contextWords {
		for extra := 0; extra <= 4; extra++ {
			if n := len(k) + extra; n <= 32 {
				t[k[0]][n] |= v
			}
		}
	}
	return &t
}()

// ctxTable holds the context words with their families; lookups return
// the table's own key, so callers never hold input text.
var ctxTable = func() *strTable {
	t := newStrTable(len(contextWords))
	for k, v := range contextWords {
		t.or(k, uint32(v))
	}
	return t
}()

// boost raises a base score when a context word was found.
func boost(base float64, ctx string, to float64) float64 {
	if ctx == "" {
		return base
	}
	return max(base, to)
}

// wordStartAt reports whether a word starts at i: the byte before is not
// a letter or digit.
func wordStartAt(text string, i int) bool {
	if i == 0 {
		return true
	}
	if c := text[i-1]; c < 0x80 {
		return !isASCIIAlnum(c)
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !alnumRune(r)
}

// wordEndAt reports whether a word ends at i: the byte at i is not a
// letter or digit.
func wordEndAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	c := text[i]
	return c < 0x80 && !isASCIIAlnum(c) || c >= 0x80 && !alnumRuneAt(text, i)
}

// alnumRuneAt reports whether the rune at i (a non-ASCII byte) is a letter
// or digit; it is kept out of line so that wordEndAt is inlined.
func alnumRuneAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return alnumRune(r)
}

// alnumRune reports whether r is a letter or a digit.
func alnumRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// equalFoldASCII compares s with lower-case ASCII word w ignoring ASCII case.
func equalFoldASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// hasPrefixFoldASCII reports whether s starts with lower-case ASCII p,
// ignoring ASCII case.
func hasPrefixFoldASCII(s, p string) bool {
	return len(s) >= len(p) && equalFoldASCII(s[:len(p)], p)
}

// splitFields splits a gazetteer file into entries: one per line when
// lines holds, else one per whitespace-separated word; '#' starts a comment.
func splitFields(data string, lines bool) []string {
	var out []string
	for line := range strings.SplitSeq(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if lines {
			out = append(out, line)
			continue
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}
