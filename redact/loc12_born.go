package redact

// A full date after the one-letter abbreviation of "born" in a person's
// record (issue 9): Finnish "s." (syntynyt), Danish, Norwegian and
// Swedish "f." (født, född), English "b." ("Siiri Lahtinen, s. 3.5.2012",
// "Ola Nordmann (f. 12.04.1955)"). The letter must stand alone, after
// ", ", "(" or a line's start, and the date must be whole (dateAt's).

// bornAbbrevBefore reports whether "s. ", "f. " or "b. " ends right
// before the date at start, the letter after ", ", "(" or a line break
// (or "; ", "| ").
func bornAbbrevBefore(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' || text[start-2] != '.' {
		return false
	}
	switch text[start-3] {
	case 's', 'f', 'b':
	default:
		return false
	}
	if start == 3 {
		return true
	}
	switch text[start-4] {
	case '(', '\n':
		return true
	case ' ':
		return start >= 5 && (text[start-5] == ',' || text[start-5] == ';' || text[start-5] == '|')
	}
	return false
}
