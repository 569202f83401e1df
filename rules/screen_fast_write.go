package rules

// wordRun reads the ASCII letters and digits from piece[i:end] into the
// word in progress (which has no pending apostrophe or separator), as
// rune would one by one, and returns where they stop.
//
// Every byte it reads is a letter or a digit, so OR-ing 0x20 lowercases
// it (a digit already has that bit), and the run is all digits when no
// byte has bit 0x40 (which every letter has).
func (st *Stream) wordRun(piece string, i, end int) int {
	j := i
	var bits byte
	for j < end {
		c := piece[j]
		if !asciiWord[c] {
			break
		}
		bits |= c
		j++
	}
	n := j - i
	if bits&0x40 != 0 {
		st.wordNum = false
	}
	st.wordLen += n
	if st.overlong {
		return j
	}
	if st.wordLen > maxWordBytes {
		st.overlong = true
		st.states = st.states[:0]
		return j
	}
	at := len(st.word)
	st.word = append(st.word, piece[i:j]...)
	w := st.word[at:]
	for k := range w {
		w[k] |= 0x20
	}
	return j
}
