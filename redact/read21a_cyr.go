package redact

// A Russian, Kazakh or Uzbek record writes the full name in the order
// given name, patronymic, family name: "Жасурбек Тимурович Назаров",
// "Динара Ерланқызы Жұмабаева" (read21a, issue 9). casedScriptName
// (person14_cased.go) wanted a known given name among the words, so a
// given name that data/names_script.txt lacks left the name unread: the
// leading word without evidence was dropped, and a patronymic and a
// family name alone make no name there. A patronymic in the middle and a
// family name by its ending or the lists after it are evidence enough
// for the three words together.

// cyrKazakhPatronymEnds are the endings of Kazakh and Kyrgyz patronymics
// (keys), which cyrFamilyEnds holds as family-name endings.
var cyrKazakhPatronymEnds = []string{"ұлы", "қызы", "улы", "кызы"}

// cyrFullNameOrder reports whether the three Cyrillic words ws, with the
// evidence evs, are a word without evidence, a patronymic and a family
// name that is no patronymic (see above).
func cyrFullNameOrder(text string, sc int, ws [][2]int, evs []int) bool {
	if sc != scCyrillic || len(ws) != 3 || evs[0] != 0 || evs[2]&evFamily == 0 || evs[2]&evPatronym != 0 {
		return false
	}
	var buf [96]byte
	if hasKeySuffix(string(scriptKey(text[ws[2][0]:ws[2][1]], buf[:0])), cyrKazakhPatronymEnds) {
		return false
	}
	if evs[1]&evPatronym != 0 {
		return true
	}
	return evs[1]&evFamily != 0 && hasKeySuffix(string(scriptKey(text[ws[1][0]:ws[1][1]], buf[:0])), cyrKazakhPatronymEnds)
}
