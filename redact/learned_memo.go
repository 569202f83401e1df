package redact

// The person detector (detectPersons) reads and looks up most capitalised
// words of a text (plainWord) before the learned model's pass
// (learnedPersons) walks the same capitals and would read and look them
// up again. The detector notes each word it reads so in the text's scan,
// and the pass takes the word's length and name-table flags from the
// note. A note is only a shortcut: a capital without one is read as
// before, so the pass finds the same words whichever capitals the
// detector reached (TestLearnedPersonsRef).

// plainNote is a plain capitalised word noted by the person detector: a
// capital at pos, then lower-case ASCII letters, n bytes in all (at most
// 255: a longer word keeps 255, which the pass never takes), ending at
// the end of the text or at a byte that is no letter, apostrophe, hyphen
// or non-ASCII byte; fl are its name-table flags. gen is the scan's
// generation when it was noted.
type plainNote struct {
	pos   int
	gen   uint32
	n, fl uint8
}

// numPlainNotes is the number of notes a scan keeps: the note of the word
// at i goes to slot i%numPlainNotes, over any note there.
const numPlainNotes = 64

// notePlain notes the plain word of n bytes at i with flags fl (plainWord).
func (sc *textScan) notePlain(i, n int, fl uint8) {
	sc.plain[i&(numPlainNotes-1)] = plainNote{pos: i, gen: sc.gen, n: uint8(min(n, 255)), fl: fl}
}

// plainAt returns the noted plain word at i, text[i:i+n], and its flags;
// n is 0 when the scan holds no note of a word at i.
func (sc *textScan) plainAt(i int) (n int, fl uint8) {
	p := &sc.plain[i&(numPlainNotes-1)]
	if p.pos != i || p.gen != sc.gen {
		return 0, 0
	}
	return int(p.n), p.fl
}

// nextGen starts a new generation of notes, for a new text: the notes of
// the texts before no longer match. When the counter wraps, the notes are
// cleared, so that a note 2^32 texts old cannot match either.
func (sc *textScan) nextGen() {
	sc.gen++
	if sc.gen == 0 {
		sc.plain = [numPlainNotes]plainNote{}
		sc.gen = 1
	}
}
