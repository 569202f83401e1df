package redact

// AppendApplyMarks is [AppendApply], also appending to marks, for each span
// that is replaced (after AppendApply's clipping: overlaps lost, empty
// spans skipped), the start and end offsets of its replacement in the
// returned buffer. A caller that encodes the text further (as JSON) can
// then treat the replacements and the text between them apart, with one
// call and one lock of the vault for all spans of a text.
//
// It writes exactly what AppendApply writes (TestAppendApplyMarksSame).
func AppendApplyMarks(dst []byte, text string, spans []Span, p *Policy, v *Vault, marks []int) ([]byte, []int) {
	return appendApply(dst, text, spans, p, v, marks, true)
}
