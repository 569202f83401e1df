package redact

// Malay names run long: two given names, "bin" or "binti" (son, daughter
// of) and the father's one or two names ("Puan Nurul Huda binti Abdul
// Rahman"). After a title of
// communityTitles ("Puan", "Encik", "Datin") such a name is five or six
// words with the title, more than the four communityTitleAt reads;
// malayLongName lets it read up to six when one of the words is the
// patronymic particle.

// malayLongName reports whether core, five or six tokens, holds a
// Malay patronymic particle ("bin", "binti", "binte", "bte") after its
// second token and before its last.
func malayLongName(text string, core []nameTok) bool {
	if len(core) > 6 {
		return false
	}
	for k := 2; k < len(core)-1; k++ {
		if n := &core[k]; n.particle {
			switch text[n.start:n.end] {
			case "bin", "binti", "binte", "bte":
				return true
			}
		}
	}
	return false
}
