package redact

// A full date after the one-letter abbreviation of "born" in a person's
// record (issue 9): Finnish "s." (syntynyt), Danish, Norwegian and
// Swedish "f." (født, född), English "b." ("Siiri Lahtinen, s. 3.5.2012",
// "Ola Nordmann (f. 12.04.1955)"). The letter must stand alone, after
// ", ", "(" or a line's start, and the date must be whole (dateAt's).

// bornAbbrevBefore reports whether "s. ", "f. " or "b. " ends right
// before the date at start, the letter after ", ", "(" or a line break
// (or "; ", "| ", or a dash between spaces).
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
		return start >= 5 && (text[start-5] == ',' || text[start-5] == ';' || text[start-5] == '|') ||
			dashFieldBefore(text, start-4) // (loc23) "… - 087 662 1904 - b. 12/04/1957"
	}
	return false
}

// dashFieldBefore reports whether a dash between spaces, a record's field
// separator (" - ", " – ", " — "), ends with the space at s, on a line
// that lists no lettered items ("a. 12/04 - b. 14/05" is a list's second
// item).
func dashFieldBefore(text string, s int) bool {
	if !(s >= 2 && text[s-1] == '-' && text[s-2] == ' ') && !(s >= 4 && text[s-4] == ' ' && (text[s-3:s] == "–" || text[s-3:s] == "—")) {
		return false
	}
	for i := s - 1; i > 0 && text[i] != '\n' && s-i < 200; i-- {
		if text[i] == '.' && text[i-1] == 'a' && (i == 1 || text[i-2] == ' ' || text[i-2] == '\n' || text[i-2] == '(') {
			return false
		}
	}
	return true
}
