package redact

// aadhaarLabelWindow bounds how far back, in bytes, aadhaarLabelled reads
// an Aadhaar word: "Aadhaar No.: ", "his Aadhaar ".
const aadhaarLabelWindow = 24

// aadhaarLabelledScore is the score of an Aadhaar number whose checksum
// fails after its own word: above the default threshold, below a valid
// one with its word.
const aadhaarLabelledScore = 0.8

// aadhaarLabelled reports text[start:end], twelve digits alone or in
// groups of four that start with 2 to 9 and fail the Verhoeff checksum, as
// an Aadhaar number when the word Aadhaar (or आधार, UIDAI) stands right
// before it: people copy their number with a typo, and prompts carry
// made-up ones, which are still meant as a person's number. "UID", which
// also names a user id, is not enough.
func aadhaarLabelled(text string, start, end int) (Span, bool) {
	if !aadhaarFilter.maybe(text, start-aadhaarLabelWindow, start) {
		return Span{}, false
	}
	w := contextBefore(text, start, aadhaarLabelWindow, ctxAadhaar)
	if w == "" || w == "uid" {
		return Span{}, false
	}
	return Span{Start: start, End: end, Type: "IN_AADHAAR", Rule: "builtin.in_aadhaar", Score: aadhaarLabelledScore,
		Reason: withContext("12 digits in the Aadhaar layout after its word, Verhoeff checksum fails", w)}, true
}

// aadhaarFilter pre-tests aadhaarLabelled's window: most twelve-digit
// numbers that fail the checksum have no Aadhaar word before them.
var aadhaarFilter = newCtxFilter(ctxAadhaar)
