package redact

// The scripts of India after Devanagari and Bengali: Gurmukhi, Gujarati,
// Tamil, Telugu, Kannada and Malayalam. Their names are read as
// Devanagari's are (uncasedScriptName, person14_uncased.go): the word
// after a title or a name label with a colon ("பெயர்: …", "શ્રી …"),
// and the next one unless it is a postposition or conjunction. One
// script value covers the six blocks: a word of one never touches a word
// of another without a space.

// southAsianScript returns the script of r, a rune of U+0A00 to U+0D7F:
// scSouthAsian for a letter or mark, scNone for a digit of a block.
func southAsianScript(r rune) int {
	if r&0x7F >= 0x66 && r&0x7F <= 0x6F { // the digits of each block
		return scNone
	}
	return scSouthAsian
}

// southAsianAfterName are the postpositions, conjunctions and honorifics
// of those scripts that follow a name (keys).
var southAsianAfterName = keySet(
	"மற்றும்", "அவர்கள்", "அவர்களுக்கு", "ஆகியோர்", // Tamil
	"మరియు", "గారు", "గారికి", // Telugu
	"ಮತ್ತು", "ಅವರು", "ಅವರಿಗೆ", // Kannada
	"ഒപ്പം", "അവർക്ക്", // Malayalam
	"અને", "ને", "નો", "ની", "નું", "જી", // Gujarati
	"ਅਤੇ", "ਨੂੰ", "ਦਾ", "ਦੀ", "ਦੇ", "ਜੀ", // Gurmukhi
)
