package rules

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// wordRun reads the ASCII letters and digits from piece[i:end] into the
// word in progress (which has no pending apostrophe or separator), as
// rune would one by one, and returns where they stop.
//
// Every byte it reads is a letter or a digit, so OR-ing 0x20 lowercases
// it (a digit already has that bit), and the run is all digits when no
// byte has bit 0x40 (which every letter has).
//
// While eight bytes are left in piece and in the word's spare capacity,
// it reads them at once: wordPrefix counts the run's bytes among them,
// and all eight are stored lowercased past the word's end, of which the
// word then takes the run's (the rest is spare capacity, which only
// later stores overwrite). A short word thus costs one load and one
// store, not a table test, a copy and a lowercasing step per byte. The
// last bytes of piece are read one by one.
func (st *Stream) wordRun(piece string, i, end int) int {
	j := i
	var seen uint64 // the run's bytes, OR-ed together
	w := st.word
	for j+8 <= len(piece) && len(w)+8 <= cap(w) {
		x := load64(piece, j)
		binary.LittleEndian.PutUint64(w[len(w):len(w)+8], x|0x20*bytesOnes)
		n := min(wordPrefix(x), end-j)
		if n == 8 {
			seen |= x
			w = w[:len(w)+8]
			j += 8
			continue
		}
		seen |= x & lowBytes(n)
		w = w[:len(w)+n]
		j += n
		return st.endRun(w, j, j-i, seen)
	}
	for j < end {
		c := piece[j]
		if !asciiWord[c] {
			break
		}
		seen |= uint64(c)
		w = append(w, c|0x20)
		j++
	}
	return st.endRun(w, j, j-i, seen)
}

// endRun ends wordRun's run of n bytes, which stopped at j: w is the word
// with the run, seen the run's bytes OR-ed together. The word keeps w
// unless the run made it overlong. It returns j.
func (st *Stream) endRun(w []byte, j, n int, seen uint64) int {
	if seen&(0x40*bytesOnes) != 0 {
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
	st.word = w
	return j
}

// bytesOnes has 1 in every byte: c*bytesOnes repeats byte c eight times.
const bytesOnes = 0x0101010101010101

// load64 returns the eight bytes of s at i, the first in the low byte; i+8
// must not exceed len(s).
func load64(s string, i int) uint64 {
	// A read-only byte view of s: binary.LittleEndian's loads are merged
	// into one, eight loads of string bytes are not.
	// unsafe.Add instead of s[i:]: the caller checked the bounds.
	return binary.LittleEndian.Uint64(unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)), 8))
}

// wordBytes returns 0x80 in every byte of x (eight bytes of text) that
// is an ASCII letter or digit, what asciiWord marks, and 0 in every other
// byte.
//
// Each byte is compared with the bounds of a range by adding 0x80 minus
// the bound to its low seven bits: bit 7 of the sum is set when the byte
// is at least the bound, and no sum carries into the next byte (both
// addends are below 0x80).
func wordBytes(x uint64) uint64 {
	const high = 0x80 * bytesOnes
	y := x &^ high
	l := y | 0x20*bytesOnes // a letter in lower case
	digit := (y + (0x80-'0')*bytesOnes) &^ (y + (0x80-'9'-1)*bytesOnes)
	letter := (l + (0x80-'a')*bytesOnes) &^ (l + (0x80-'z'-1)*bytesOnes)
	return (digit | letter) &^ x & high // non-ASCII bytes have bit 7 set
}

// wordPrefix returns how many of the bytes of x, first byte first, are
// ASCII letters or digits before the first that is not (8 when all are).
func wordPrefix(x uint64) int {
	return bits.TrailingZeros64(^wordBytes(x)&(0x80*bytesOnes)) >> 3
}

// lowBytes returns a mask of the low n bytes of a word, for n from 0 to 7
// (the shift is masked, so that the compiler need not guard it for shifts
// of 64 bits or more).
func lowBytes(n int) uint64 {
	return 1<<(8*uint(n)&63) - 1
}
