package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The phrase pattern language of screening rules.
//
// A phrase is a sequence of elements separated by spaces. The text is split
// into words (runs of letters, marks and digits; an apostrophe between
// letters and a "." "," or ":" between digits stay inside the word), words
// are lowercased, and everything else is punctuation that a phrase skips
// over. A phrase never spans a sentence end (. ! ; … or a line break); it
// may span a question mark ("Bad credit? No problem!").
// Elements:
//
//	word       the word itself, whole-word, any case ("don't" also matches "don’t")
//	stem*      any word that starts with stem: hurr* matches hurry, hurries, hurrying
//	{n}        a number: digits ("3", "1,000", "19:15:22") or a number word
//	           (one … twenty, thirty … ninety, hundred(s), thousand(s), dozen(s),
//	           few, several, couple, handful)
//	{trait}    a stereotyped attribute (lazy, violent, greedy, bad drivers …)
//	{group}    a group of people named by gender, age, ethnicity or nationality,
//	           religion, sexual orientation or gender identity, class, looks or
//	           disability ("women", "the poor", "Asian people"); {K_group} only
//	           kind K, {K_adj} the adjective alone ("black", "gay"), {K_member}
//	           one member ("a Muslim woman" without the article), {K_the} the
//	           word that names the group after "the" ("the poor"), with K one of
//	           gender, age, ethnic, religious, lgbtq, class, looks, disability
//	           (word lists in screen_slots.go)
//	_          any one word
//	~N         a gap of 0 to N arbitrary words (1 ≤ N ≤ 12), not first or last;
//	           a gap never skips a negation word (no, not, never, don't …)
//	a|b|c      one of the alternatives (each an element: "|" binds tighter than
//	           a space, so "(a|b c)" is an error and "(a|(b c))" means a or "b c")
//	(a b)      a group: a sequence used as one element, e.g. (bad at)|hopeless
//	[a b]      an optional group, e.g. only [a] {n} left
//
// A literal with punctuation inside is split like text: "risk-free" is the
// two words "risk free" and also matches "risk free" and "Risk—free".
// A gap may only stand between the top-level elements of a phrase.

const maxGap = 12 // largest ~N

type elemKind uint8

const (
	elemWord elemKind = iota // exactly this word
	elemStem                 // a word starting with text
	elemNum                  // a number
	elemTime                 // a clock reading such as 09:14 or 1:02:03
	elemAny                  // any one word
	elemGap                  // 0..n arbitrary words
)

// elem is one word-level step of a phrase.
type elem struct {
	kind elemKind
	text string
	n    int
}

// pnode is a node of a parsed phrase: a leaf element, a sequence, a choice
// or an optional sequence.
type pnode struct {
	leaf *elem
	seq  []pnode // sequence (also the body of an optional group)
	alts []pnode // choice between alternatives
	opt  bool    // seq may be skipped
}

// parsePhrase parses and checks a phrase.
func parsePhrase(p string) (pnode, error) {
	ps := &phraseParser{s: p}
	seq, err := ps.parseSeq(0)
	if err != nil {
		return pnode{}, err
	}
	if ps.i < len(ps.s) {
		return pnode{}, fmt.Errorf("unexpected %q at offset %d", ps.s[ps.i], ps.i)
	}
	n := pnode{seq: seq}
	if n.nullable() {
		return pnode{}, fmt.Errorf("phrase can match no words at all")
	}
	for i, el := range seq {
		if el.leaf == nil || el.leaf.kind != elemGap {
			if el.hasGap() {
				return pnode{}, fmt.Errorf("a gap ~N may only stand between the top-level elements of a phrase")
			}
			continue
		}
		if (pnode{seq: seq[:i]}).nullable() || (pnode{seq: seq[i+1:]}).nullable() {
			return pnode{}, fmt.Errorf("a gap ~N cannot start or end a phrase")
		}
		if i+1 < len(seq) && seq[i+1].leaf != nil && seq[i+1].leaf.kind == elemGap {
			return pnode{}, fmt.Errorf("two gaps in a row")
		}
	}
	return n, nil
}

// nullable reports whether n can match zero words.
func (n pnode) nullable() bool {
	switch {
	case n.leaf != nil:
		return n.leaf.kind == elemGap
	case n.alts != nil:
		for _, a := range n.alts {
			if a.nullable() {
				return true
			}
		}
		return false
	case n.opt:
		return true
	}
	for _, part := range n.seq {
		if !part.nullable() {
			return false
		}
	}
	return true
}

func (n pnode) hasGap() bool {
	if n.leaf != nil {
		return n.leaf.kind == elemGap
	}
	for _, a := range n.alts {
		if a.hasGap() {
			return true
		}
	}
	for _, a := range n.seq {
		if a.hasGap() {
			return true
		}
	}
	return false
}

// maxWords is the most words n can span (a gap counts its maximum).
func (n pnode) maxWords() int {
	switch {
	case n.leaf != nil:
		if n.leaf.kind == elemGap {
			return n.leaf.n
		}
		return 1
	case n.alts != nil:
		m := 0
		for _, a := range n.alts {
			m = max(m, a.maxWords())
		}
		return m
	}
	m := 0
	for _, a := range n.seq {
		m += a.maxWords()
	}
	return m
}

type phraseParser struct {
	s string
	i int
}

// parseSeq parses elements until end of input or the closing byte.
func (ps *phraseParser) parseSeq(closing byte) ([]pnode, error) {
	var seq []pnode
	for {
		for ps.i < len(ps.s) && (ps.s[ps.i] == ' ' || ps.s[ps.i] == '\t') {
			ps.i++
		}
		if ps.i >= len(ps.s) {
			if closing != 0 {
				return nil, fmt.Errorf("missing %q", closing)
			}
			return seq, nil
		}
		if ps.s[ps.i] == closing {
			ps.i++
			return seq, nil
		}
		el, err := ps.parseAlt()
		if err != nil {
			return nil, err
		}
		seq = append(seq, el)
	}
}

// parseAlt parses one element with its |-alternatives.
func (ps *phraseParser) parseAlt() (pnode, error) {
	var alts []pnode
	for {
		a, err := ps.parseAtom()
		if err != nil {
			return pnode{}, err
		}
		alts = append(alts, a)
		if ps.i < len(ps.s) && ps.s[ps.i] == '|' {
			ps.i++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return pnode{alts: alts}, nil
}

func (ps *phraseParser) parseAtom() (pnode, error) {
	if ps.i >= len(ps.s) {
		return pnode{}, fmt.Errorf("phrase ends after '|'")
	}
	switch c := ps.s[ps.i]; c {
	case '(', '[':
		ps.i++
		closing := byte(')')
		if c == '[' {
			closing = ']'
		}
		seq, err := ps.parseSeq(closing)
		if err != nil {
			return pnode{}, err
		}
		if len(seq) == 0 {
			return pnode{}, fmt.Errorf("empty group at offset %d", ps.i-1)
		}
		if len(seq) > 1 {
			for _, el := range seq {
				if el.alts != nil {
					return pnode{}, fmt.Errorf("ambiguous group before offset %d: '|' binds single elements, so wrap multi-word alternatives in parentheses, e.g. (a|(b c))", ps.i)
				}
			}
		}
		return pnode{seq: seq, opt: c == '['}, nil
	case ')', ']', '|':
		return pnode{}, fmt.Errorf("unexpected %q at offset %d", c, ps.i)
	case '{':
		end := strings.IndexByte(ps.s[ps.i:], '}')
		if end < 0 {
			return pnode{}, fmt.Errorf("missing '}'")
		}
		slot := ps.s[ps.i+1 : ps.i+end]
		ps.i += end + 1
		switch slot {
		case "n":
			return pnode{leaf: &elem{kind: elemNum}}, nil
		case "t":
			return pnode{leaf: &elem{kind: elemTime}}, nil
		}
		n, ok, err := slotPhrase(slot)
		if err != nil {
			return pnode{}, err
		}
		if !ok {
			return pnode{}, fmt.Errorf("unknown slot {%s} (want {n}, {t}, {trait}, {group} or a {<kind>_group}, {<kind>_adj}, {<kind>_member} or {<kind>_the} slot)", slot)
		}
		return n, nil
	case '~':
		j := ps.i + 1
		for j < len(ps.s) && ps.s[j] >= '0' && ps.s[j] <= '9' {
			j++
		}
		n, err := strconv.Atoi(ps.s[ps.i+1 : j])
		if err != nil || n < 1 || n > maxGap {
			return pnode{}, fmt.Errorf("gap %q: want ~1 to ~%d", ps.s[ps.i:j], maxGap)
		}
		ps.i = j
		return pnode{leaf: &elem{kind: elemGap, n: n}}, nil
	}
	j := ps.i
	for j < len(ps.s) && !strings.ContainsRune(" \t|()[]{}~", rune(ps.s[j])) {
		j++
	}
	lit := ps.s[ps.i:j]
	ps.i = j
	if lit == "_" {
		return pnode{leaf: &elem{kind: elemAny}}, nil
	}
	stem := strings.HasSuffix(lit, "*")
	if stem {
		lit = lit[:len(lit)-1]
	}
	words := splitWords(lit)
	if len(words) == 0 {
		return pnode{}, fmt.Errorf("%q holds no word", ps.s[ps.i-len(lit):ps.i])
	}
	if stem {
		if len(words) != 1 || strings.ContainsRune(lit, '*') {
			return pnode{}, fmt.Errorf("stem %q must be a single word followed by one '*'", lit+"*")
		}
		return pnode{leaf: &elem{kind: elemStem, text: words[0]}}, nil
	}
	if len(words) == 1 {
		return pnode{leaf: &elem{kind: elemWord, text: words[0]}}, nil
	}
	seq := make([]pnode, len(words))
	for k, w := range words {
		seq[k] = pnode{leaf: &elem{kind: elemWord, text: w}}
	}
	return pnode{seq: seq}, nil
}

// splitWords splits s into lowercased words with the tokeniser's rules.
func splitWords(s string) []string {
	var out []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			cur = utf8.AppendRune(cur, unicode.ToLower(r))
			i += size
			continue
		}
		if len(cur) > 0 && i+size < len(s) {
			nr, _ := utf8.DecodeRuneInString(s[i+size:])
			last, _ := utf8.DecodeLastRune(cur)
			if isApostrophe(r) && unicode.IsLetter(last) && unicode.IsLetter(nr) {
				cur = append(cur, '\'')
				i += size
				continue
			}
			if isNumSep(r) && isDigitWord(cur) && unicode.IsDigit(nr) {
				cur = append(cur, byte(r))
				i += size
				continue
			}
		}
		flush()
		i += size
	}
	flush()
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isNumSep(r rune) bool { return r == '.' || r == ',' || r == ':' }

// isDigitWord reports whether w is a number token: digits, with single
// separators between digits.
func isDigitWord(w []byte) bool {
	if len(w) == 0 || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, c := range w {
		if (c < '0' || c > '9') && c != '.' && c != ',' && c != ':' {
			return false
		}
	}
	return true
}

// numberWordList are the words {n} matches besides digits.
const numberWordList = `one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
	sixty seventy eighty ninety hundred hundreds thousand thousands million millions dozen
	dozens few several couple handful`
