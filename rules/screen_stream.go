package rules

import (
	"unicode"
	"unicode/utf8"
)

// Stream screens a text that arrives in pieces, e.g. a streamed model
// answer. It keeps only the words that could still complete a phrase, so
// its memory is bounded by the rules, not by the answer. A Stream is not
// safe for concurrent use, and must not be written to after Close.
type Stream struct {
	s *Screener

	streamText // the per-text state: reset as a whole, without pointers

	word    []byte // lowercased word in progress
	states  []state
	next    []state
	idx     stateIndex // finds a state in next once it is long
	cw      curWord    // set in full by endWord before it is read
	stemBuf []int32    // the stems of a word outside the vocabulary
	// lastEnd holds per rule the End of its last finding plus endBase (or
	// anything up to endBase before the first), to drop overlaps. reset
	// moves endBase past every End of the texts before instead of
	// clearing lastEnd, so the per-call cost does not grow with the rules.
	lastEnd []int
	endBase int
	out     []Finding
}

// streamText is the state of a Stream that starts anew with each text.
// It holds no pointers, so that reset (once per Scan) is a few plain
// stores rather than a struct copy with write barriers.
type streamText struct {
	written int // bytes written so far
	carry   [utf8.UTFMax]byte
	ncarry  int // bytes of an incomplete rune at the end of the last piece

	// word in progress (its bytes are in Stream.word)
	inWord   bool
	wordAt   int  // start offset
	wordLen  int  // bytes of text in the word so far
	wordNum  bool // digits (and separators) only
	wordTime bool // a number with a colon inside
	overlong bool // longer than maxWordBytes: matches nothing
	pend     rune // apostrophe or number separator that may continue the word
	pendAt   int
	pendSize int

	sepRun int // bytes of punctuation since the last word

	// pushed has bit node%64 set for every state push added to next, so
	// push appends a node whose bit is clear without scanning next.
	// States added without push (runs, and arriveOnce nodes, which arrive
	// at most once per word and so are never pushed as well) need no bit.
	pushed    uint64
	wordIdx   int // index of the next word
	lastCue   int // word index of the last negation cue in this clause
	prevFlags wordFlags
	prevNo    bool // the previous word was "no"
	instruct  bool // an avoidance or meta cue ("avoid", "don't say", "phrases like") earlier in the sentence
	listMode  bool // a list introduced by an avoidance sentence ending in ':'
	lineStart bool
	lastMark  rune // last non-space rune
}

// state is one partial match: a trie node and the words it may still skip.
// A negative node stands for a run of nodes with the same start (see
// screen_fast_runs.go).
type state struct {
	node  int32
	skips int8
	start int
}

const noCue = -1 << 30

// asciiWord marks the ASCII bytes that are word runes.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// NewStream starts screening a new text.
func (s *Screener) NewStream() *Stream {
	st := &Stream{s: s, lastEnd: make([]int, len(s.rules)), word: make([]byte, 0, maxWordBytes+utf8.UTFMax)}
	st.reset()
	return st
}

func (st *Stream) reset() {
	st.endBase += st.written
	st.streamText = streamText{lastCue: noCue}
	st.word = st.word[:0]
	st.states = st.states[:0]
	st.next = st.next[:0]
	st.stemBuf = st.stemBuf[:0]
	st.idx.on = false
	st.out = st.out[:0]
}

// Write screens the next piece of text and returns the findings it
// completed. Offsets are relative to all text written so far.
func (st *Stream) Write(piece string) []Finding {
	st.out = st.out[:0]
	st.write(piece)
	return st.flush()
}

// write screens the next piece of text, adding its findings to st.out.
func (st *Stream) write(piece string) {
	base := st.written
	st.written += len(piece)
	i := 0
	if st.ncarry > 0 {
		// Finish the runes that start in the bytes carried over.
		var buf [2 * utf8.UTFMax]byte
		nc := st.ncarry
		n := copy(buf[:], st.carry[:nc])
		n += copy(buf[n:], piece)
		pos := 0
		for pos < nc {
			if !utf8.FullRune(buf[pos:n]) {
				// Still incomplete: the whole piece is part of it.
				st.ncarry = copy(st.carry[:], buf[pos:n])
				return
			}
			r, size := utf8.DecodeRune(buf[pos:n])
			st.rune(r, base-nc+pos, size)
			pos += size
		}
		i = pos - nc
		st.ncarry = 0
	}
	// Hold back an incomplete rune at the end of the piece.
	end := len(piece)
	for k := len(piece) - 1; k >= i && k >= len(piece)-utf8.UTFMax+1; k-- {
		if utf8.RuneStart(piece[k]) {
			if !utf8.FullRuneInString(piece[k:]) {
				end = k
			}
			break
		}
	}
	for i < end {
		c := piece[i]
		// Fast path: ASCII letters and digits inside a word.
		if st.inWord && st.pend == 0 && asciiWord[c] {
			i = st.wordRun(piece, i, end)
			continue
		}
		if st.pend == 0 && !st.lineStart {
			// Fast paths: a space, and a word starting with an ASCII
			// letter or digit (what rune does for them), read with
			// wordRun from its first byte.
			if c == ' ' {
				st.endWord()
				st.sepRun++
				if st.sepRun > maxSepBytes {
					st.sentenceEnd()
				}
				i++
				continue
			}
			if !st.inWord && asciiWord[c] {
				st.inWord = true
				st.wordAt = base + i
				st.wordLen = 0
				st.wordNum = true // until wordRun reads a letter
				st.wordTime = false
				st.overlong = false
				st.word = st.word[:0]
				i = st.wordRun(piece, i, end)
				continue
			}
		}
		if c < utf8.RuneSelf {
			st.rune(rune(c), base+i, 1)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(piece[i:end])
		st.rune(r, base+i, size)
		i += size
	}
	if end < len(piece) {
		st.ncarry = copy(st.carry[:], piece[end:])
	}
}

// Close ends the text and returns the findings that needed its end to be
// confirmed (a phrase ending in the last word).
func (st *Stream) Close() []Finding {
	st.out = st.out[:0]
	st.close()
	return st.flush()
}

// close ends the text, adding the findings it confirms to st.out.
func (st *Stream) close() {
	if st.ncarry > 0 {
		st.rune(utf8.RuneError, st.written-st.ncarry, st.ncarry)
		st.ncarry = 0
	}
	st.endWord()
	st.states = st.states[:0]
}

// Holdback returns how many trailing bytes of the text written so far
// could still be part of a finding: the word in progress and every partial
// match. Bytes before them never will be, so a proxy may release them.
// Negation, avoidance and meta context only look backwards (it is decided
// when a match starts), so no extra bytes are held for it. Holdback never
// exceeds the screener's MaxHoldback.
func (st *Stream) Holdback() int {
	earliest := st.written - st.ncarry
	if st.inWord && !st.overlong {
		earliest = min(earliest, st.wordAt)
	}
	for _, s := range st.states {
		earliest = min(earliest, s.start)
	}
	return st.written - earliest
}

func (st *Stream) flush() []Finding {
	if len(st.out) == 0 {
		return nil
	}
	out := make([]Finding, len(st.out))
	copy(out, st.out)
	sortFindings(out)
	return out
}

// rune feeds one rune at offset off.
func (st *Stream) rune(r rune, off, size int) {
	if st.lineStart && r != ' ' && r != '\t' && r != '\r' {
		st.lineStart = false
		if st.listMode && !(r == '-' || r == '*' || r == '•' || r == '–' || r == '·' || unicode.IsDigit(r)) {
			st.listMode = false
		}
	}
	if st.pend != 0 {
		p, pAt, pSize := st.pend, st.pendAt, st.pendSize
		st.pend = 0
		if (isApostrophe(p) && unicode.IsLetter(r)) || (isNumSep(p) && unicode.IsDigit(r)) {
			if isApostrophe(p) {
				st.appendWord('\'', pSize)
			} else {
				st.wordTime = st.wordTime || p == ':'
				st.appendWord(p, pSize)
			}
		} else {
			st.endWord()
			st.sep(p, pAt, pSize)
		}
	}
	if isWordRune(r) {
		if !st.inWord {
			st.inWord = true
			st.wordAt = off
			st.wordLen = 0
			st.word = st.word[:0]
			st.wordNum = unicode.IsDigit(r)
			st.wordTime = false
			st.overlong = false
		} else if st.wordNum && !unicode.IsDigit(r) {
			st.wordNum = false
		}
		st.appendWord(unicode.ToLower(r), size)
		return
	}
	if st.inWord && !st.overlong {
		last, _ := utf8.DecodeLastRune(st.word)
		if (isApostrophe(r) && !st.wordNum && unicode.IsLetter(last)) || (isNumSep(r) && st.wordNum) {
			st.pend, st.pendAt, st.pendSize = r, off, size
			return
		}
	}
	st.endWord()
	st.sep(r, off, size)
}

func (st *Stream) appendWord(r rune, size int) {
	st.wordLen += size
	if st.overlong {
		return
	}
	if st.wordLen > maxWordBytes {
		st.overlong = true
		st.states = st.states[:0]
		return
	}
	st.word = utf8.AppendRune(st.word, r)
}

// sep handles a rune outside words.
func (st *Stream) sep(r rune, off, size int) {
	st.sepRun += size
	inList := st.instruct || st.listMode
	switch r {
	case '.', '!', ';', '\n', '…', '。', '！':
		st.sentenceEnd()
	case '?', '？', ',', ':', '—', '–', '(', ')', '/', '"', '“', '”':
		st.lastCue = noCue
	}
	if st.sepRun > maxSepBytes {
		st.sentenceEnd() // a long run of punctuation ends any phrase
	}
	if r == '\n' {
		if st.lastMark == ':' && inList {
			st.listMode = true
		} else if st.lineStart {
			st.listMode = false // a blank line ends a list
		}
		st.lineStart = true
	}
	if r != ' ' && r != '\t' && r != '\r' && r != '\n' {
		st.lastMark = r
	}
}

func (st *Stream) sentenceEnd() {
	st.states = st.states[:0]
	st.lastCue = noCue
	st.instruct = false
	st.prevFlags, st.prevNo = 0, false
}

// endWord finishes the word in progress, if any.
func (st *Stream) endWord() {
	if st.pend != 0 {
		p, pAt, pSize := st.pend, st.pendAt, st.pendSize
		st.pend = 0
		st.endWord()
		st.sep(p, pAt, pSize)
		return
	}
	if !st.inWord {
		return
	}
	st.inWord = false
	st.sepRun = 0
	st.lastMark = 'a'
	idx := st.wordIdx
	st.wordIdx++
	if st.overlong {
		st.states = st.states[:0]
		st.prevFlags, st.prevNo = 0, false
		return
	}
	w := st.word
	end := st.wordAt + st.wordLen
	cw := &st.cw
	sl, stems := st.s.vocab.lookup(w, st.stemBuf[:0])
	var f wordFlags
	cw.id, cw.stems, cw.starts = -1, stems, false
	if sl != nil {
		cw.id, cw.starts, f = sl.id(), sl.starts, sl.flags
	} else {
		st.stemBuf = stems[:0]
	}
	cw.num = st.wordNum || f&flagNumber != 0
	cw.time = st.wordNum && st.wordTime
	st.next = st.next[:0]
	st.pushed = 0
	st.idx.on = false
	// Advance the partial matches.
	wm, masks := wordMask(cw.id), st.s.moveMask
	for _, s := range st.states {
		if s.node < 0 {
			st.advanceRun(s, cw, wm, end) // a run never has skips
			continue
		}
		if m := masks[s.node]; m&wm != 0 || m == allMoves {
			st.advance(s.node, s.start, cw, end)
		}
		if s.skips > 0 && f&flagNegation == 0 { // a gap never skips a negation
			st.push(s.node, s.skips-1, s.start)
		}
	}
	// A refusal formula ("no thanks", "no, I …") is not a negation.
	if st.lastCue == idx-1 && st.prevNo && f&flagRefusal != 0 {
		st.lastCue = noCue
	}
	// Start a new match here unless a negation or an avoidance cue rules it out.
	if !st.instruct && !st.listMode && st.s.mayStart(cw) {
		if idx-st.lastCue > negationWindow {
			st.advanceRoot(rootManipulation, st.wordAt, cw, end)
		}
		st.advanceRoot(rootBias, st.wordAt, cw, end)
	}
	st.states, st.next = st.next, st.states
	// Update the cues for the words that follow.
	if f&flagNegation != 0 {
		st.lastCue = idx
	}
	if f&(flagAvoid|flagMeta) != 0 || (f&flagAvoidVerb != 0 && st.prevFlags&flagAvoidLead != 0) ||
		(f&flagOf != 0 && st.prevFlags&flagInstead != 0) || (f&flagLike != 0 && st.prevFlags&flagMetaNoun != 0) {
		st.instruct = true
	}
	st.prevFlags = f
	st.prevNo = f&flagNo != 0
}

// curWord is the word the automaton reads: its vocabulary id (or -1),
// the ids of the stems it starts with, and whether it is a number.
type curWord struct {
	id     int32
	stems  []int32
	num    bool // digits, or a number word
	time   bool // digits with a colon
	starts bool // a root moves on the word id
}

// advance moves the match at node over the word w (ending at end). Word
// moves are found in s.moves; only a node that moves on any word (stems,
// numbers, times, _) has other moves to read.
func (st *Stream) advance(node int32, start int, w *curWord, end int) {
	if w.id >= 0 {
		st.steps(st.s.moves.find(node, w.id), start, end)
	}
	if st.s.moveMask[node] == allMoves {
		st.advanceOther(&st.s.other[st.s.otherOf[node]], start, w, end)
	}
}

// advanceOther makes the moves of n on stems, numbers, times and any word.
func (st *Stream) advanceOther(n *trans, start int, w *curWord, end int) {
	if n.stems != nil {
		for _, sid := range w.stems {
			for _, c := range n.stems[sid] {
				st.arrive(c, start, end)
			}
		}
	}
	if w.num {
		for _, c := range n.num {
			st.arrive(c, start, end)
		}
	}
	if w.time {
		for _, c := range n.time {
			st.arrive(c, start, end)
		}
	}
	for _, c := range n.any {
		st.arrive(c, start, end)
	}
}

// arrive records a match that reached node c after a word ending at end.
// A plain node (live, accepting nothing, starting no gap, arriveOnce)
// only becomes a state; arriveSlow does the rest.
func (st *Stream) arrive(c int32, start, end int) {
	if st.s.arriveFlags[c] == arriveLive|arriveOnce && !st.idx.on {
		st.next = append(st.next, state{node: c, start: start})
		if len(st.next) == linearStates {
			st.indexNext()
		}
		return
	}
	st.arriveSlow(c, start, end)
}

// arriveSlow is arrive at a node that accepts, starts a gap, or may
// already be a state.
func (st *Stream) arriveSlow(c int32, start, end int) {
	f := st.s.arriveFlags[c]
	if f&^arriveOnce == arriveLive {
		st.push(c, 0, start)
		return
	}
	s := st.s
	for _, ri := range s.accepts.of(c) {
		if st.endBase+start < st.lastEnd[ri] {
			continue // overlaps this rule's previous finding
		}
		st.lastEnd[ri] = st.endBase + end
		r := &s.rules[ri]
		st.out = append(st.out, Finding{Start: start, End: end, Category: r.Category, Rule: r.ID, Severity: r.Severity, Reason: r.Reason})
	}
	for _, g := range s.gapStarts.of(c) {
		st.push(g.child, g.max, start)
	}
	if f&arriveLive != 0 {
		st.push(c, 0, start)
	}
}

// push adds a state unless an equal one with an earlier start exists.
func (st *Stream) push(node int32, skips int8, start int) {
	if st.idx.on {
		st.pushIndexed(node, skips, start)
		return
	}
	if bit := uint64(1) << (uint32(node) & 63); st.pushed&bit == 0 {
		st.pushed |= bit
	} else {
		for i := range st.next {
			if s := &st.next[i]; s.node == node && s.skips == skips {
				if start < s.start {
					s.start = start
				}
				return
			}
		}
	}
	st.next = append(st.next, state{node: node, skips: skips, start: start})
	if len(st.next) == linearStates {
		st.indexNext()
	}
}
