package redact

// Towns after an age set off by commas: "Pani Ewa Lis, 81 lat, z
// Tarnowa", "Rosa Ortiz, 34 años, de Elche". The from-word that follows a
// name after a comma (residenceTowns) follows the age the name's
// apposition gives as well.

// ageUnitEndsAt reports whether an AGE span of dst ends at e, or one
// space and an age unit (ageUnits: "lat", "años", "years") before e: the
// age of "81 lat, z Tarnowa".
func ageUnitEndsAt(text string, dst []Span, e int) bool {
	s := e
	for s > 0 && e-s < 17 && isCtxWordByte(text[s-1]) && text[s-1] != '.' {
		s--
	}
	var buf [16]byte
	if w, ok := lowerWord(text, s, e, &buf); !ok || !ageUnitTable.has(w) || s < 2 || text[s-1] != ' ' {
		return false
	}
	for i := range dst {
		if dst[i].Type == "AGE" && dst[i].End == s-1 {
			return true
		}
	}
	return false
}

// starsBefore reports whether a review's rating opens the line before the
// name at s: one or more stars ("★", "☆", "⭐") and a space at the line's
// start, as review exports credit their writer ("★★★★☆ Ana Ruiz, Elche:
// …").
func starsBefore(text string, s int) bool {
	if s < 4 || text[s-1] != ' ' {
		return false
	}
	k := s - 1
	for n := 0; k >= 3; n++ {
		switch text[k-3 : k] {
		case "★", "☆", "⭐":
			k -= 3
			continue
		}
		return n > 0 && (k == 0 || text[k-1] == '\n')
	}
	return k < s-1 && k == 0
}

// creditColonAt reports whether a review's quote follows the town that
// ends at e in a credit: a colon, a space and a quotation mark ("Ana
// Ruiz, Elche: \"Great beans\"").
func creditColonAt(text string, e int) bool {
	if e+3 > len(text) || text[e] != ':' || text[e+1] != ' ' {
		return false
	}
	switch c := text[e+2]; {
	case c == '"' || c == '\'':
		return true
	case c == 0xE2 && e+5 <= len(text): // “ „ «
		return text[e+2:e+5] == "“" || text[e+2:e+5] == "„"
	case c == 0xC2 && e+4 <= len(text):
		return text[e+2:e+4] == "«"
	}
	return false
}

// fieldNoteAfter reports whether a note follows the known town that ends
// at e and fills a list field: "– Eldoret; asked for a ramp", "– Kisumu,
// travelling in on Saturday" (a semicolon, or a comma and a lower-case
// word).
func fieldNoteAfter(text string, e int) bool {
	if e+2 >= len(text) || text[e+1] != ' ' {
		return false
	}
	return text[e] == ';' || text[e] == ',' && isLower(text[e+2])
}

// slashField returns the bounds of a district and its town written with
// a slash in the fields of a list item from p on (townField's walk): a
// known district, '/', and a known town that fills its field, as Turkish
// and Latin American records write them ("Çankaya/Ankara",
// "Coyoacán/CDMX" is not read: the town must be known).
func slashField(text string, p int) (int, int, int, int, bool) {
	for range maxListFields {
		if townUpperAt(text, p) {
			de, known := readTown(text, p)
			if known && de+1 < len(text) && text[de] == '/' && townUpperAt(text, de+1) {
				te, k2 := readTown(text, de+1)
				if k2 && (itemEndsAt(text, te) || listSepAfter(text, te) >= 0 || fieldNoteAfter(text, te)) &&
					!countryNames.has(text[de+1:te]) {
					return p, de, de + 1, te, true
				}
			}
		}
		q := p
		for q < len(text) && q-p < 60 && text[q] != '\n' && listSepAfter(text, q) < 0 {
			q++
		}
		if q >= len(text) || text[q] == '\n' || q-p >= 60 {
			return 0, 0, 0, 0, false
		}
		p = listSepAfter(text, q)
	}
	return 0, 0, 0, 0, false
}
