package rules

// wordRun reads the ASCII letters and digits from piece[i:end] into the
// word in progress (which has no pending apostrophe or separator), as
// rune would one by one, and returns where they stop. It copies and
// lowercases the bytes in the same pass, and stops copying once the word
// is certain to be overlong.
func (st *Stream) wordRun(piece string, i, end int) int {
	num := st.wordNum
	room := maxWordBytes - st.wordLen // bytes of this run that still fit
	if st.overlong {
		room = 0
	}
	w := st.word
	j := i
	for ; j < end; j++ {
		c := piece[j]
		if !asciiWord[c] {
			break
		}
		if c > '9' {
			num = false
			if c <= 'Z' { // the ASCII word bytes above '9' are letters
				c += 'a' - 'A'
			}
		}
		if j-i < room {
			w = append(w, c)
		}
	}
	n := j - i
	st.wordNum = num
	st.wordLen += n
	if st.overlong {
		return j
	}
	if n > room {
		st.overlong = true
		st.states = st.states[:0]
		return j
	}
	st.word = w
	return j
}
