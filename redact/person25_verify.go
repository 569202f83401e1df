package redact

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The PERSON verifier (session 25): a second opinion on the rules' PERSON
// spans, the other direction of the learned name model (learned_person.go).
// At the end of Find, a small logistic-regression model over hashed
// features of each rule PERSON span (its words, shapes, name-table flags,
// the rule's reason and score, the words around it, its place on the line)
// estimates the odds that it is a private person's
// name, and a span below the engine's threshold (Options.PersonVerify) is
// dropped — unless strong evidence backs it (verifyBacked): a title or a
// greeting before it, a name field's label, a name column of a table, a
// signature's line, a contact's e-mail, phone number or date of birth on
// its line or close by, an age on its line or a street right after it. A dropped true name is leaked PII, so the
// threshold is chosen on writers the model never saw for at most about one
// true name lost in 300 (data/gen/ml25/README.md). The learned model's own
// spans are not scored.

//go:embed data/person_verify.bin
var verifyModelBin string

// PersonVerifyThreshold is the PERSON verifier's threshold chosen on the
// fresh folds (data/gen/ml25/README.md: 21 sets of writers the model never
// saw, 5,242 names; pooled PERSON precision 0.907 -> 0.914, 3 names lost,
// 38 false names dropped). At 0.2 the folds gain more (0.920, 10 lost, 68
// dropped) but a dozen of redact's own one-sentence examples lose their
// name. The verifier is off unless Options.PersonVerify asks for it: on
// the session's three new sets (717 names, unseen by its table) it dropped
// 2 of 56 false names and no true one, for about 7 % of Find's time.
const PersonVerifyThreshold = 0.05

// verifyModel is the embedded table: "GPV1", the bucket bits, three zero
// bytes, the float32 scale, four zero bytes, then 2^bits little-endian int16
// weights.
var verifyModel = parseVerifyModel(verifyModelBin)

type verifyTable struct {
	mask    uint32
	scale   float32
	weights string
}

func parseVerifyModel(b string) verifyTable {
	if len(b) < 16 || b[:4] != "GPV1" {
		panic("redact: person_verify.bin has no GPV1 header")
	}
	bits := b[4]
	if bits < 8 || bits > 20 || len(b) != 16+2<<bits {
		panic("redact: person_verify.bin has the wrong size")
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32([]byte(b[8:12])))
	return verifyTable{mask: 1<<bits - 1, scale: scale, weights: b[16:]}
}

func (m *verifyTable) weight(i uint32) int32 {
	return int32(int16(uint16(m.weights[2*i]) | uint16(m.weights[2*i+1])<<8))
}

// verifyNumFeats is the number of features of a span.
const verifyNumFeats = 23

// verifyFeats holds the feature buckets of one span.
type verifyFeats struct {
	ids [verifyNumFeats]uint32
}

// isLearnedSpan reports whether s is the learned name model's span (its
// reason is one of learnedReasons).
func isLearnedSpan(s *Span) bool {
	return strings.HasPrefix(s.Reason, "learned name model")
}

// verifyWordID returns the hash of a span's word for the model, or a
// constant for a word of the name gazetteers: the model learns which
// other words (a firm's, a place's, a product's) make a span a false name,
// never that a name the gazetteers know belongs to a public figure
// (famousDrop's work) and so never drops a private namesake for it.
func verifyWordID(t *learnedTok) uint32 {
	if t.gz&uint32(nameGiven|nameFamily) != 0 {
		return 0x6E616D65
	}
	return t.hw
}

// verifyLine returns the bounds of the line around [s, e).
func verifyLine(text string, s, e int) (int, int) {
	ls := strings.LastIndexByte(text[:s], '\n') + 1
	le := strings.IndexByte(text[e:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += e
	}
	return ls, le
}

// verifyFeatures fills f with the features of spans[k], a rule PERSON span.
func verifyFeatures(f *verifyFeats, text string, spans []Span, k int, mask uint32) {
	s := &spans[k]
	// the span's words
	var first, last learnedTok
	nw := 0
	for i := s.Start; i < s.End; {
		ok, n := learnedWordAt(text, i)
		if !ok {
			i += n
			continue
		}
		e, _ := learnedWordEnd(text, i)
		if e > s.End {
			e = s.End
		}
		t := learnedTokAt(text, i, e)
		if nw == 0 {
			first = t
		}
		last = t
		nw++
		i = e
	}
	if nw == 0 {
		first = edgeTok
		last = edgeTok
	}
	lastHw, lastSh, lastGz := uint32(0), uint32(0), uint32(0)
	if nw > 1 {
		lastHw, lastSh, lastGz = verifyWordID(&last), last.sh, last.gz
	}
	s3 := uint32(0)
	if nw > 0 && last.gz&uint32(nameGiven|nameFamily) == 0 {
		_, s3 = learnedAffixes(text[last.start:last.end])
	}
	firstHw := verifyWordID(&first)
	rh, _ := learnedHashes(s.Reason)
	p2, p1, n1, n2 := learnedNeighbours(text, s.Start, s.End)
	ls, le := verifyLine(text, s.Start, s.End)
	pos := uint32(0)
	if strings.TrimSpace(text[ls:s.Start]) == "" {
		pos |= 1
	}
	if strings.TrimSpace(text[s.End:le]) == "" {
		pos |= 2
	}
	pc, nc := uint32(0), uint32(0)
	if q := strings.TrimRight(text[:s.Start], " \t"); q != "" {
		pc = uint32(q[len(q)-1])
	}
	if q := strings.TrimLeft(text[s.End:], " \t"); q != "" {
		nc = uint32(q[0])
	}
	nwc := uint32(min(nw, 5))
	v := [verifyNumFeats]uint32{
		0, rh, uint32(s.Score * 20), nwc, firstHw, lastHw,
		first.sh ^ lastSh*31, first.gz, lastGz, first.gz<<8 ^ lastGz ^ nwc<<16, s3,
		p1.hw, p2.hw, n1.hw, n2.hw, p1.sh, n1.sh, p1.gz, n1.gz,
		pos, p1.hw*31 ^ firstHw, rh ^ nwc, pc<<8 | nc,
	}
	for i, x := range v {
		f.ids[i] = learnedBucket(uint32(100+i), x, mask)
	}
}

// verifyLogit returns the model's log-odds that spans[k] is a private
// person's name.
func verifyLogit(text string, spans []Span, k int) float32 {
	m := &verifyModel
	var f verifyFeats
	verifyFeatures(&f, text, spans, k, m.mask)
	var sum int32
	for _, id := range f.ids {
		sum += m.weight(id)
	}
	return float32(sum) * m.scale
}

// verifyNameLabels are stems of the labels of a name's field or column
// ("Name:", "Nombre completo;", "Kunde |"), lower-case.
var verifyNameLabels = []string{
	"name", "nom", "naam", "navn", "namn", "nimi", "imię", "imie", "jméno", "jmeno", "meno",
	"név", "isim", "adı", "ad soyad", "όνομα", "ονομα", "имя", "фио", "ім'я", "прізвище", "фамил", "名", "이름", "성명",
	"tên", "nama", "pangalan", "contact", "kontakt", "customer", "client", "klient", "kunde", "cliente",
	"patient", "paciente", "guest", "gast", "huésped", "tenant", "employee", "mitarbeiter", "student",
	"owner", "recipient", "empfänger", "destinat", "sender", "absender", "remitente", "signed", "attn",
	"person", "persona", "人", "αιτ", "applicant", "candidate", "member", "user", "usuario", "utente",
}

// verifyLabelStems are verifyNameLabels as bytes, for verifyLabelIsName.
var verifyLabelStems = func() (out [][]byte) {
	for _, w := range verifyNameLabels {
		out = append(out, []byte(w))
	}
	return out
}()

// verifyLabelIsName reports whether label (a field's or a column's title)
// names a person. It lower-cases into a buffer on the stack: Find calls it
// for every rule PERSON span after a colon or in a table.
func verifyLabelIsName(label string) bool {
	label = strings.TrimSpace(label)
	if label == "" || len(label) > 40 {
		return false
	}
	var buf [64]byte
	n := 0
	for _, r := range label {
		if r < utf8.RuneSelf {
			buf[n] = asciiLower[byte(r)]
			n++
			continue
		}
		n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
	}
	for _, w := range verifyLabelStems {
		if bytes.Contains(buf[:n], w) {
			return true
		}
	}
	return false
}

// verifyBacked reports whether strong evidence backs spans[k]: the
// verifier never drops it.
func verifyBacked(text string, spans []Span, k int) bool {
	return verifyBacking(text, spans, k) != backNone
}

// The evidence that backs a name (verifyBacking).
const (
	backNone      = iota
	backTitle     // a title or a greeting before it, or a title starting it
	backField     // a name field's label
	backColumn    // a table's name column
	backSignature // a signature's line
	backContact   // a contact's e-mail, phone number or date of birth, an age, a street after it
)

// verifyBacking returns the evidence that backs spans[k], or backNone.
func verifyBacking(text string, spans []Span, k int) int {
	s := &spans[k]
	// a title or a greeting before it, or a title starting it
	p1 := learnedPrevTok(text, s.Start)
	if p1.start >= 0 && nameFlagsOf(text[p1.start:p1.end])&(nameTitle|nameGreeting) != 0 {
		return backTitle
	}
	if p1.start >= 0 && text[p1.start] == '.' && p1.start > 0 {
		if p2 := learnedPrevTok(text, p1.start); p2.start >= 0 && nameFlagsOf(text[p2.start:p2.end])&nameTitle != 0 {
			return backTitle
		}
	}
	if e, _ := learnedWordEnd(text, s.Start); e <= s.End && nameFlagsOf(text[s.Start:e])&nameTitle != 0 {
		return backTitle
	}
	ls, le := verifyLine(text, s.Start, s.End)
	before := strings.TrimRight(text[ls:s.Start], " \t")
	// a name field: "Name: …", "Nombre = …"
	if before != "" && (before[len(before)-1] == ':' || before[len(before)-1] == '=') {
		lab := before[:len(before)-1]
		if i := strings.LastIndexAny(lab, ",;|\t"); i >= 0 {
			lab = lab[i+1:]
		}
		if verifyLabelIsName(strings.Trim(lab, "*_\"' ")) {
			return backField
		}
	}
	// a table's name column
	if verifyNameColumn(text, ls, le, s.Start) {
		return backColumn
	}
	// a signature: alone on its line, after a line ending with a comma or
	// among the text's last two lines
	if strings.Trim(before, " \t-–—*_>") == "" && strings.Trim(text[s.End:le], " \t.,-–—*_") == "" {
		prev := strings.TrimRight(text[:ls], " \t\r\n")
		if strings.HasSuffix(prev, ",") || verifyNearEnd(text, le) {
			return backSignature
		}
	}
	// a contact's e-mail, phone number or date of birth on its line or
	// close by, with no blank line between
	for j := range spans {
		o := &spans[j]
		if o.Type == "AGE" && o.End > ls && o.Start < le {
			return backContact // an age on its line: "…, 52 ans", "(34)"
		}
		if o.Type == "STREET_ADDRESS" && o.Start >= s.End && o.Start-s.End <= 4 {
			return backContact // a street right after it: "… to Ann Ek, 12 Elm Road"
		}
		if o.Type != "EMAIL_ADDRESS" && o.Type != "PHONE_NUMBER" && o.Type != "DATE_OF_BIRTH" {
			continue
		}
		if o.End > ls && o.Start < le {
			return backContact
		}
		a, b := o.End, s.Start
		if o.Start > s.End {
			a, b = s.End, o.Start
		}
		if b-a <= 80 && b >= a && !strings.Contains(text[a:b], "\n\n") {
			return backContact
		}
	}
	return backNone
}

// verifyNearEnd reports whether fewer than two line breaks that are followed
// by more text come after le: the line ending at le is among the text's
// last two.
func verifyNearEnd(text string, le int) bool {
	rest := strings.TrimRight(text[le:], " \t\r\n")
	i := strings.IndexByte(rest, '\n')
	return i < 0 || strings.IndexByte(rest[i+1:], '\n') < 0
}

// verifyColumnLines is how many lines above a table's row verifyNameColumn
// looks for its header; a longer block counts as a name column (the
// verifier fails closed).
const verifyColumnLines = 256

// verifyNameColumn reports whether the span at start, on the line
// [ls, le), lies in a column of a table (tab, bar, semicolon or comma
// separated) whose header, the first line of the block of lines holding
// the separator, names a person.
func verifyNameColumn(text string, ls, le, start int) bool {
	line := text[ls:le]
	for _, sep := range [...]byte{'\t', '|', ';', ','} {
		if strings.IndexByte(line, sep) < 0 {
			continue
		}
		col := strings.Count(text[ls:start], string(sep))
		h := ls
		for k := 0; h > 0; k++ {
			if k == verifyColumnLines {
				return true
			}
			p := strings.LastIndexByte(text[:h-1], '\n') + 1
			if strings.IndexByte(text[p:h-1], sep) < 0 {
				break
			}
			h = p
		}
		if h == ls {
			continue
		}
		header := text[h:]
		if he := strings.IndexByte(header, '\n'); he >= 0 {
			header = header[:he]
		}
		for i := 0; i < col; i++ {
			j := strings.IndexByte(header, sep)
			if j < 0 {
				header = ""
				break
			}
			header = header[j+1:]
		}
		if j := strings.IndexByte(header, sep); j >= 0 {
			header = header[:j]
		}
		if header != "" && verifyLabelIsName(strings.Trim(header, " *_\"'\r")) {
			return true
		}
	}
	return false
}

// verifyPersons drops the rule PERSON spans of out whose odds of being a
// private person's name are below e.verifyLogit and that no strong
// evidence backs.
func (e *Engine) verifyPersons(text string, out []Span) []Span {
	var drop uint64
	for k := range min(len(out), 64) {
		s := &out[k]
		// the evidence first: it backs most names, and is cheaper than
		// the model (the other order costs twice as much on the corpus)
		if s.Type == "PERSON" && !isLearnedSpan(s) && !verifyBacked(text, out, k) && verifyLogit(text, out, k) < e.verifyLogit {
			drop |= 1 << k
		}
	}
	if drop == 0 {
		return out
	}
	n := 0
	for k := range out {
		if k < 64 && drop&(1<<k) != 0 {
			continue
		}
		out[n] = out[k]
		n++
	}
	return out[:n]
}
