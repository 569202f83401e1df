package redact

// cueEnds holds the last three bytes of every cue word of residenceTowns
// (cueWords; a shorter word with spaces before it), folded as byteEnds
// folds them: a word before a capital whose ending has no bit is no cue
// word, exactly, and residenceTowns need not call cueWordBefore for it
// (issue 9, session 22: most words before a capital end with a byte of
// cueLast, "John", "the", "and", and are no cue word).
// TestCueEndsExact holds it to cueWordBefore.
var cueEnds = func() *byteEnds {
	e := new(byteEnds)
	for _, w := range cueWords.keyList() {
		e.add(w)
	}
	return e
}()
