package redact

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Names written in their own script: Cyrillic ("Олена Коваленко"),
// Armenian, Greek and Georgian, Hebrew, Arabic and Persian, Devanagari,
// Bengali and Thai, and Chinese and Japanese names after a field label
// or before a Chinese honorific. The trigram table and the gazetteers
// know Latin letters only, so the capitalised-run rules never take them.
// scriptNames reads them in one pass over the text after detectPersons'
// loop, which calls it only when it met the lead byte of such a letter:
// Latin texts never get here.
//
// Evidence is a word of the hashed lists of data/names_script.txt (given
// and family names of the faker locales of those scripts), a family
// name's or patronymic's ending, and a slot: a title or a name label in
// the same script ("г-жа", "Имя:", "السيد", "מר", "姓名："), or a Latin
// word that takes a person ("to", "for", "Dear", "Name:"). A name is two
// or three words of which one is known and the others fit, or one word
// after a title; a lone known word without a slot is none.

// Hashes of data/names_script.txt (see data/README.md): the high 32 bits
// of the 64-bit FNV-1a hash of each name's key (scriptKey), sorted,
// little-endian.
var (
	//go:embed data/names_script_given.bin
	scriptGivenHashes string
	//go:embed data/names_script_family.bin
	scriptFamilyHashes string
)

// scriptGivenKnown reports whether key (scriptKey) is a given name of
// data/names_script.txt.
func scriptGivenKnown(key string) bool { return sorted32Has(scriptGivenHashes, key) }

// scriptFamilyKnown reports whether key (scriptKey) is a family name of
// data/names_script.txt.
func scriptFamilyKnown(key string) bool { return sorted32Has(scriptFamilyHashes, key) }

// sorted32Has reports whether set, sorted little-endian 32-bit hashes,
// holds the high half of key's FNV-1a hash.
func sorted32Has(set, key string) bool {
	if key == "" {
		return false
	}
	h := uint32(fnv64(key) >> 32)
	lo, hi := 0, len(set)/4
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if load32(set, 4*m) < h {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(set)/4 && load32(set, 4*lo) == h
}

// scriptKey appends the key of word w to buf: lower case, Greek without
// accents and final sigma, "ё" as "е" (gen-names-script.mjs does the same).
func scriptKey(w string, buf []byte) []byte {
	for _, r := range w {
		r = unicode.ToLower(r)
		switch r {
		case 'ё':
			r = 'е'
		case 'ά':
			r = 'α'
		case 'έ':
			r = 'ε'
		case 'ή':
			r = 'η'
		case 'ί', 'ϊ', 'ΐ':
			r = 'ι'
		case 'ό':
			r = 'ο'
		case 'ύ', 'ϋ', 'ΰ':
			r = 'υ'
		case 'ώ':
			r = 'ω'
		case 'ς':
			r = 'σ'
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// The scripts scriptNames reads.
const (
	scNone = iota
	scCyrillic
	scGreek
	scArmenian
	scGeorgian
	scHebrew
	scArabic
	scDevanagari
	scBengali
	scThai
	scHan
	scHangul
	scKana
	scSouthAsian // Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam (script18_indic.go)
)

// scriptOf returns the script of letter r, scNone for any other rune.
// Marks and joiners inside a word (Indic vowel signs, the Persian
// zero-width non-joiner, Hebrew geresh) count as letters of theirs.
func scriptOf(r rune) int {
	switch {
	case r < 0x370:
		return scNone
	case r <= 0x3FF || r >= 0x1F00 && r <= 0x1FFF:
		return scGreek
	case r <= 0x52F:
		return scCyrillic
	case r >= 0x531 && r <= 0x58F:
		return scArmenian
	case r >= 0x5D0 && r <= 0x5F4:
		return scHebrew
	case r >= 0x600 && r <= 0x6FF && !(r >= 0x60C && r <= 0x61F) && !(r >= 0x660 && r <= 0x66D) && r != 0x6D4:
		return scArabic
	case r >= 0x900 && r <= 0x97F && r != 0x964 && r != 0x965:
		return scDevanagari
	case r >= 0x980 && r <= 0x9FF:
		return scBengali
	case r >= 0xA00 && r <= 0xD7F:
		return southAsianScript(r)
	case r >= 0xE01 && r <= 0xE4E:
		return scThai
	case r >= 0x10A0 && r <= 0x10FF || r >= 0x1C90 && r <= 0x1CBF:
		return scGeorgian
	case r == 0x200C:
		return scArabic
	case r >= 0x30A1 && r <= 0x30FA || r == 0x30FC:
		return scKana
	case r == 0x3005: // "々", the kanji repeated: "佐々木"
		return scHan
	case r >= 0x4E00 && r <= 0x9FFF:
		return scHan
	case r >= 0xAC00 && r <= 0xD7A3:
		return scHangul
	}
	return scNone
}

// scriptLead reports whether c may lead a rune of a script scriptNames
// reads: detectPersons notes it and calls scriptNames after its loop.
func scriptLead(c byte) bool {
	return c >= 0xCE && c <= 0xDB || c == 0xE0 || c == 0xE1 || c >= 0xE3 && c <= 0xED
}

// scriptWordEnd returns the end of the word of script sc that starts at
// i: its runes, with one apostrophe or hyphen between two of them.
func scriptWordEnd(text string, i, sc int) int {
	e := i
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if scriptOf(r) == sc {
			e += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-' || r == 0x5F3) && e > i && e+size < len(text) && scriptOf(firstRune(text[e+size:])) == sc {
			e += size
			continue
		}
		break
	}
	return e
}

// scriptNames appends the names written in their own script (see above)
// that overlap no span of dst[n0:].
//
//go:noinline
func scriptNames(text string, dst []Span, n0 int) []Span {
	resume := -1 // where a name found ended: a word's start for Han ("王伟先生和李娜女士")
	// The spans found before, in their order: a name found here is
	// checked against the ones from where the last check stopped, so a
	// long list of names costs no quadratic work.
	before := dst[n0:]
	inOrder := slices.IsSortedFunc(before, func(a, b Span) int { return a.Start - b.Start })
	j := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0xC0 || !scriptLead(c) {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		sc := scriptOf(r)
		if sc == scNone {
			i += size
			continue
		}
		if i > 0 && i != resume {
			if p, _ := utf8.DecodeLastRuneInString(text[:i]); scriptOf(p) == sc {
				i += size // not a word's start
				continue
			}
		}
		var s, e int
		var reason string
		switch sc {
		case scCyrillic, scGreek, scArmenian:
			s, e, reason = casedScriptName(text, i, sc, dst[n0:])
		case scHan, scKana:
			s, e, reason = hanName(text, i)
		case scHangul:
			s, e, reason = hangulLabelName(text, i)
		case scThai:
			s, e, reason = thaiName(text, i, dst[n0:])
		default:
			s, e, reason = uncasedScriptName(text, i, sc, dst[n0:])
		}
		if reason == "" {
			s, e, reason = script18Name(text, i, sc, dst[n0:]) // script18_hook.go
		}
		if reason == "" {
			i = max(scriptWordEnd(text, i, sc), i+size)
			continue
		}
		if inOrder {
			for j < len(before) && before[j].End <= s {
				j++
			}
		}
		if inOrder && (j == len(before) || before[j].Start >= e) || !inOrder && !overlapsSpan(before, s, e) {
			dst = append(dst, Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.8, Reason: reason})
		}
		i = max(e, i+size)
		resume = i
	}
	return dst
}

// scriptWords reads up to len(ws) words of script sc from i, one space
// between two, into ws, and returns how many. A word is cased when sc
// has capitals: a capital, then lower-case letters.
func scriptWords(text string, i, sc int, ws [][2]int) int {
	n := 0
	for n < len(ws) && i < len(text) {
		r, _ := utf8.DecodeRuneInString(text[i:])
		if scriptOf(r) != sc || sc <= scArmenian && !unicode.IsUpper(r) {
			break
		}
		e := scriptWordEnd(text, i, sc)
		if sc <= scArmenian && !casedWord(text[i:e]) {
			break
		}
		ws[n] = [2]int{i, e}
		n++
		if e+1 >= len(text) || text[e] != ' ' {
			break
		}
		i = e + 1
	}
	return n
}

// casedWord reports whether w is a capital and one or more lower-case
// letters (a hyphen or apostrophe between, and a capital after a hyphen:
// "Римский-Корсаков", "Мар'яна").
func casedWord(w string) bool {
	lower := 0
	prev := rune(0)
	for k, r := range w {
		switch {
		case k == 0 || prev == '-':
			if !unicode.IsUpper(r) {
				return false
			}
		case unicode.IsLower(r):
			lower++
		case r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
		prev = r
	}
	return lower > 0
}

// slotLatinWords are Latin words (lower case) after which a word in another
// script is in a person's slot: "send it to Иван Петров", "Dear …".
var slotLatinWords = keySet("to", "for", "with", "from", "by", "dear", "hi", "hello", "cc", "mr", "mrs", "ms", "dr",
	"mr.", "mrs.", "ms.", "dr.", "name", "customer", "client", "recipient", "contact", "guest", "patient", "member",
	"buyer", "attn", "attn.", "an", "für", "pour", "para", "per", "voor")

// The slots scriptSlotBefore finds, as bits.
const (
	slotTitle     = 1 << iota // a title or label of the script's table
	slotColon                 // a colon after it ("Имя:", "姓名：")
	slotLatin                 // a Latin word of slotLatin ("to", "Dear")
	slotAfterName             // " and ", ", " after a name found
	slotKin                   // a kinship noun or thanks (names17_kin.go)
)

// scriptSlotBefore returns the person's slot that ends right before s
// (slot bits, 0 for none): a title or name label of titles (keys,
// scriptKey) or a word of slotLatinWords, then a space or a colon and spaces;
// or a name of spans then " and ", " и ", ", " and the like.
func scriptSlotBefore(text string, s int, titles *scriptKeySet, spans []Span) int {
	p := s
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	slot := 0
	if p > 0 && text[p-1] == ':' {
		p--
		slot = slotColon
	} else if p >= 3 && text[p-3:p] == "：" {
		p -= 3
		slot = slotColon
	}
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	if p == s && slot == 0 {
		return 0 // a word's inside, not its start
	}
	b := p
	for b > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:b])
		if r == ' ' || r == '\n' || r == '\t' || r == '(' || r == '"' || r == ',' || r == '«' || r == '、' || r == '。' ||
			r == '，' || r == '；' || r == '（' || r == '【' || r == '「' || r == '\u3000' {
			break
		}
		b -= size
		if p-b > 40 {
			return 0
		}
	}
	if b == p {
		if b == 0 || text[b-1] != ',' || slot != 0 {
			return 0
		}
		if afterName(text, b+1, spans) {
			return slotAfterName // "Иван Петров, Олена Коваленко"
		}
		// A greeting, a comma: "Привет, Анна!".
		w := b - 1
		for w > 0 && text[w-1] != ' ' && text[w-1] != '\n' && b-1-w < 40 {
			w--
		}
		var buf [64]byte
		if w < b-1 && titles.has(string(scriptKey(text[w:b-1], buf[:0]))) {
			return slotTitle
		}
		return 0
	}
	w := text[b:p]
	var buf [64]byte
	k := string(scriptKey(w, buf[:0]))
	switch {
	case titles.has(k):
		return slot | slotTitle
	case slotLatinWords.has(k):
		return slot | slotLatin
	case slot == 0 && (k == "and" || k == "и" || k == "і" || k == "та" || k == "&") && afterName(text, b, spans):
		return slotAfterName
	}
	return 0
}

// afterName reports whether a PERSON span of spans ends right before the
// word at b, one space between (", " too). It reads the last 32 spans
// only: a list of ten thousand names costs no quadratic work.
func afterName(text string, b int, spans []Span) bool {
	for k := len(spans) - 1; k >= max(0, len(spans)-32); k-- {
		if spans[k].Type == "PERSON" && (spans[k].End == b-1 || spans[k].End == b-2 && text[b-2] == ',') {
			return true
		}
	}
	return false
}

// scriptKeySet is a set of keys (scriptKey) of words, made on its first
// use: a process that never reads a text in those scripts never makes it.
type scriptKeySet struct {
	words []string
	once  sync.Once
	set   map[string]bool
}

// keySet returns the set of the keys of words.
func keySet(words ...string) *scriptKeySet { return &scriptKeySet{words: words} }

// has reports whether k is a key of the set.
func (ks *scriptKeySet) has(k string) bool {
	ks.once.Do(func() {
		ks.set = make(map[string]bool, len(ks.words))
		for _, w := range ks.words {
			ks.set[string(scriptKey(w, nil))] = true
		}
	})
	return ks.set[k]
}

// hasKeySuffix reports whether key ends with one of ends.
func hasKeySuffix(key string, ends []string) bool {
	for _, e := range ends {
		if len(key) > len(e)+2 && strings.HasSuffix(key, e) {
			return true
		}
	}
	return false
}
