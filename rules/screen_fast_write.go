package rules

// wordRun reads the ASCII letters and digits from piece[i:end] into the
// word in progress (which has no pending apostrophe or separator), as
// rune would one by one, and returns where they stop.
func (st *Stream) wordRun(piece string, i, end int) int {
	j := i
	num := st.wordNum
	for j < end {
		c := piece[j]
		if !asciiWord[c] {
			break
		}
		if c > '9' {
			num = false
		}
		j++
	}
	st.wordNum = num
	n := j - i
	if st.overlong {
		st.wordLen += n
		return j
	}
	if st.wordLen+n > maxWordBytes {
		st.wordLen += n
		st.overlong = true
		st.states = st.states[:0]
		return j
	}
	st.wordLen += n
	at := len(st.word)
	st.word = append(st.word, piece[i:j]...)
	for k := at; k < len(st.word); k++ {
		if c := st.word[k]; c >= 'A' && c <= 'Z' {
			st.word[k] = c + 'a' - 'A'
		}
	}
	return j
}
