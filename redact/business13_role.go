package redact

import "strings"

// roleLabel reports whether l, a head's label before its colon, names a
// role's address: a role's word then "email", "e-mail", "mail" or
// "address" ("Registrar email", "Office e-mail", "Kontor mail"); the
// role address after it is the desk's (business13).
func roleLabel(l string) bool {
	sp := strings.IndexByte(l, ' ')
	if sp <= 1 || sp > 32 || strings.IndexByte(l[sp+1:], ' ') >= 0 {
		return false
	}
	var buf [32]byte
	switch lowerASCII(l[sp+1:], &buf) {
	case "email", "e-mail", "mail", "address", "adresse", "adres", "correo", "posta":
	default:
		return false
	}
	return roleLocalParts.has(lowerASCII(l[:sp], &buf))
}
