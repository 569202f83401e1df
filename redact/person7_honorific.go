package redact

// honorificBefore returns the Czech or Polish honorific for a woman that
// ends at e in a non-ASCII letter ("paní Dvořáková", "z panią Kowalską"),
// with relation value 1, or "" and 0. relationWordBefore calls it when the
// byte before e is part of a multi-byte letter.
func honorificBefore(text string, e int) (string, uint32) {
	for _, h := range [...]string{"paní", "panią"} {
		b := e - len(h)
		if b >= 0 && text[b:e] == h && (b == 0 || !isAlpha(text[b-1]) && text[b-1] < 0x80) {
			return h, 1
		}
	}
	return "", 0
}
