package redact

import "strings"

// Names in the cased scripts: Cyrillic, Greek and Armenian. As in Latin
// letters, a name is a run of capitalised words; casedScriptName reads
// two or three of them (one space between) at i and takes them when
//   - one is a known given name (data/names_script.txt) and another a
//     family name (known, or by its ending: "-ова", "-енко", "-ський",
//     "-յան", "-όπουλος") or a patronymic ("-овна", "-ович", "-івна"):
//     "Олена Коваленко", "Анна Сергеевна Иванова", "Сергей Николаевич";
//   - or one of them is known or so ending, and a slot comes before:
//     a title or name field in the script ("г-жа", "Имя:", "Шановна",
//     "κυρία", "Պարոն"), a Latin word that takes a person ("to", "Dear",
//     "Name:"), or a name just found and "и", "and", ",";
//   - or a single known or family-ending word after such a title or label
//     ("г-н Петров", "ФИО: Коваленко").
// A run holding a word of cyrInstitutions ("Банк", "Университет") is none;
// a leading title in the run ("Уважаемая Анна Петровна") is a slot, and a
// leading or trailing word with no evidence is left out of the name.

// casedTitles are the titles, greetings and name-field labels (keys,
// scriptKey) of the cased scripts.
var casedTitles = keySet(
	// Russian, Ukrainian, Bulgarian, Serbian.
	"г-н", "г-жа", "г.", "гн", "госпожа", "господин", "гражданин", "гражданка", "пан", "пані", "пани", "панове",
	"уважаемый", "уважаемая", "шановний", "шановна", "дорогой", "дорогая", "дорогий", "дорога", "милая", "милый",
	"привет", "здравствуйте", "вітаю", "привіт", "добрий", "клиент", "клиентка", "клієнт", "клієнтка",
	"имя", "фио", "ім'я", "ім’я", "піб", "фамилия", "прізвище", "покупатель", "покупець", "получатель",
	"отримувач", "отправитель", "відправник", "заказчик", "замовник", "контакт", "пациент", "пацієнт",
	"сотрудник", "гость", "абонент", "адресат", "заявитель", "ученик", "ученица", "уважаеми", "уважаема", "име",
	// Greek.
	"κ.", "κα", "κα.", "κος", "κύριος", "κυρία", "αγαπητέ", "αγαπητή", "όνομα", "ονοματεπώνυμο", "πελάτης", "πελάτισσα",
	// Armenian.
	"պարոն", "տիկին", "հարգելի", "սիրելի", "անուն", "հաճախորդ",
)

// casedHonorifics are the titles (keys) after which any capitalised
// word is a name ("пан Ковальчук", "Шановна Оксано"): not greetings or labels.
var casedHonorifics = keySet("г-н", "г-жа", "господин", "госпожа", "пан", "пані", "шановний", "шановна",
	"уважаемый", "уважаемая", "κύριος", "κυρία", "κ.", "κα", "κος", "պարոն", "տիկին")

// keyOf returns the key (scriptKey) of text[w[0]:w[1]].
func keyOf(text string, w [2]int) string {
	var buf [96]byte
	return string(scriptKey(text[w[0]:w[1]], buf[:0]))
}

// cyrInstitutions are words (keys) that open or hold the names of firms,
// shops, places and institutions, which never hold a person's name.
var cyrInstitutions = keySet(
	"банк", "ооо", "оао", "зао", "пао", "ао", "ип", "магазин", "компания", "компанія", "улица", "вулиця", "проспект",
	"площадь", "площа", "университет", "університет", "институт", "інститут", "министерство", "міністерство",
	"театр", "музей", "парк", "школа", "больница", "лікарня", "отель", "готель", "гостиница", "кафе", "ресторан",
	"центр", "группа", "група", "фонд", "область", "район", "город", "місто", "республика", "республіка", "улица",
	"бульвар", "переулок", "провулок", "станция", "станція", "аэропорт", "аеропорт", "вокзал", "клиника", "клініка",
	"аптека", "салон", "студия", "студія", "завод", "фабрика", "корпорация", "холдинг", "агентство", "служба",
	"академия", "академія", "колледж", "коледж", "лицей", "ліцей", "гимназия", "гімназія", "собор", "церковь",
	"храм", "монастырь", "озеро", "река", "гора", "остров", "россия", "украина", "україна", "москва", "киев", "київ",
	"τράπεζα", "εταιρεία", "οδός", "λεωφόρος", "πλατεία", "πανεπιστήμιο", "νοσοκομείο", "ξενοδοχείο",
)

// cyrFamilyEnds are endings of East and South Slavic, Georgian and
// Armenian family names in Cyrillic letters (keys).
var cyrFamilyEnds = []string{"ов", "ова", "ев", "ева", "ин", "ина", "ын", "ына", "ский", "ская", "цкий", "цкая",
	"ський", "ська", "цький", "цька", "енко", "ук", "юк", "чук", "ич", "ић", "ян", "янц", "швили", "дзе", "ски", "ска",
	"евски", "евска", "ұлы", "қызы", "улы", "кызы",
	// The other cases ("у Кузнецовой", "с Петровым", "Ковальского").
	"овой", "евой", "иной", "ыной", "ову", "еву", "ину", "овым", "евым", "иным", "ского", "скому", "ским",
	"ской", "цкого", "цкой", "ського", "ській", "ською", "овою", "евою", "иною", "ові", "еві",
	// The plural of a couple or a family ("Анна и Игорь Смирновы").
	"овы", "евы", "ины", "овых", "евых"}

// cyrPatronymEnds are endings of East Slavic patronymics (keys), in
// their cases too ("Ирины Сергеевны", "с Петром Ильичом").
var cyrPatronymEnds = []string{"ович", "евич", "овна", "евна", "ична", "ьич", "івна", "ївна", "йович",
	"овича", "евича", "овичу", "евичу", "овичем", "евичем", "овны", "евны", "овне", "евне", "овной", "евной",
	"ичны", "ьича", "ьичу", "ьичом", "івни", "ївни", "івною", "ївною", "івні", "ївні"}

// cyrCaseEnds are the case endings of Russian and Ukrainian given names
// and what their nominative ends with instead: "Ирины" → "Ирина",
// "Сергея" → "Сергей", "Тарасе" → "Тарас", "Олені" → "Олена", "Софії" → "Софія".
var cyrCaseEnds = [...]struct{ end, nom string }{
	{"ой", "а"}, {"ей", "я"}, {"ою", "а"}, {"ею", "я"}, {"ом", ""}, {"ем", "й"}, {"ем", "ь"}, {"ем", ""},
	{"ы", "а"}, {"и", "а"}, {"и", "я"}, {"і", "а"}, {"і", "я"}, {"е", "а"}, {"е", "я"}, {"е", ""}, {"у", "а"},
	{"у", ""}, {"ю", "я"}, {"ю", "й"}, {"ю", "ь"}, {"я", "й"}, {"я", "ь"}, {"а", ""}, {"о", "а"}, {"є", "я"},
	{"ї", "я"},
}

// greekCaseEnds are the case endings of Greek given names (keys, the
// final sigma folded) and their nominative's: "Γιώργο" → "Γιώργος",
// "Κώστα" → "Κώστας", "Νίκου" → "Νίκος".
var greekCaseEnds = []struct{ end, nom string }{
	{"ο", "οσ"}, {"ου", "οσ"}, {"α", "ασ"}, {"η", "ησ"}, {"ε", "οσ"}, {"ου", "ησ"}, {"ου", "ασ"}, {"ασ", "α"}, {"ησ", "η"},
}

// inflectedKnown reports whether key is a name of script sc that known
// holds, in another case than the nominative.
func inflectedKnown(key string, sc int, known func(string) bool) bool {
	ends := cyrCaseEnds[:]
	if sc == scGreek {
		ends = greekCaseEnds
	}
	var buf [96]byte
	for _, c := range ends {
		if len(key) > len(c.end)+4 && strings.HasSuffix(key, c.end) {
			b := append(append(buf[:0], key[:len(key)-len(c.end)]...), c.nom...)
			if known(string(b)) {
				return true
			}
		}
	}
	return false
}

// armFamilyEnds are endings of Armenian family names (keys).
var armFamilyEnds = []string{"յան", "յանց", "ունի", "յանի", "յանին", "յանը", "յանից"}

// Word evidence for casedScriptName, as bits.
const (
	evGiven  = 1 << iota // a known given name
	evFamily             // a known family name, or one by its ending
	evPatronym
	evKnownFamily
)

// casedEvidence returns the evidence of word w of script sc, and
// whether it is a title (casedTitles) or an institution's word.
func casedEvidence(w string, sc int) (ev int, title, inst bool) {
	var buf [96]byte
	k := string(scriptKey(w, buf[:0]))
	if casedTitles.has(k) {
		return 0, true, false
	}
	if cyrInstitutions.has(k) {
		return 0, false, true
	}
	last := k
	if h := strings.LastIndexByte(k, '-'); h > 0 {
		last = k[h+1:] // "римский-корсаков": its last part
		if scriptGivenKnown(k[:h]) {
			ev |= evGiven // "анна-мария"
		}
	}
	if scriptGivenKnown(k) {
		ev |= evGiven
	}
	if scriptFamilyKnown(k) || last != k && scriptFamilyKnown(last) {
		ev |= evFamily | evKnownFamily
	}
	if ev&evGiven == 0 && sc != scArmenian && inflectedKnown(k, sc, scriptGivenKnown) {
		ev |= evGiven
	}
	if ev&evGiven == 0 && sc == scGreek && greekEverydayKnown(k) {
		ev |= evGiven // names17_greek.go: "Γιώργος"
	}
	if ev&evFamily == 0 && sc == scGreek && inflectedKnown(k, sc, scriptFamilyKnown) {
		ev |= evFamily | evKnownFamily // "Σταμάτη" of "Σταμάτης"
	}
	switch sc {
	case scCyrillic:
		if hasKeySuffix(last, cyrPatronymEnds) {
			ev |= evPatronym | evFamily // "Петрович" is a family name too
		} else if hasKeySuffix(last, cyrFamilyEnds) {
			ev |= evFamily
		}
	case scGreek:
		// greekFamilyEnds are written with a final sigma, which keys fold.
		if f := string(greekFold(w[strings.LastIndexByte(w, '-')+1:], buf[:0])); len(f) > 6 && greekEndsWith(f, greekFamilyEnds) {
			ev |= evFamily
		}
	case scArmenian:
		if hasKeySuffix(last, armFamilyEnds) {
			ev |= evFamily
		}
	}
	return ev, false, false
}

// casedScriptName reads the name in a cased script at i (see above). It
// returns its bounds and a reason, or an empty reason.
func casedScriptName(text string, i, sc int, spans []Span) (int, int, string) {
	var ws [4][2]int
	n := scriptWords(text, i, sc, ws[:])
	if n == 0 {
		return 0, 0, ""
	}
	var evs [4]int
	a, b := 0, n
	slot := 0
	for k := 0; k < n; k++ {
		ev, title, inst := casedEvidence(text[ws[k][0]:ws[k][1]], sc)
		if inst {
			return 0, 0, ""
		}
		if title {
			if k != a {
				b = k // a title ends the name: "Анна Иванова Клиент"
				break
			}
			a = k + 1
			slot = slotTitle
			continue
		}
		evs[k] = ev
	}
	if slot == 0 {
		slot = scriptSlotBefore(text, ws[a][0], casedTitles, spans)
	}
	if slot == 0 && sc != scArmenian && kinScriptSlot(text, ws[a][0]) {
		slot = slotKin // names17_kin.go: "ο γιος του Νίκος", "Дякую Олені"
	}
	if a == 0 && b == 3 && n == 3 && cyrFullNameOrder(text, sc, ws[:3], evs[:3]) {
		return ws[0][0], ws[2][1], "given name, patronymic and family name in their own script" // read21a_cyr.go
	}
	// Leading and trailing words without evidence are left out, but a
	// first word right after a slot ("Клиент: Айгүл Серікқызы") and a
	// third word after a given name and a patronymic ("Анна Сергеевна
	// Ким").
	for slot == 0 && a < b && evs[a] == 0 && b-a > 1 {
		a++
	}
	for b-a > 1 && evs[b-1] == 0 && !(b-a == 3 && evs[a]&evGiven != 0 && evs[a+1]&evPatronym != 0) &&
		!(b-a == 2 && slot&(slotColon|slotAfterName) != 0 && evs[a]&evGiven != 0 && fieldEndsAt(text, ws[b-1][1])) {
		b--
	}
	if a >= b {
		return 0, 0, ""
	}
	all := 0
	for k := a; k < b; k++ {
		all |= evs[k]
	}
	s, e := ws[a][0], ws[b-1][1]
	switch {
	case b-a >= 2 && all&evGiven != 0 && all&(evFamily|evPatronym) != 0 && givenAndOther(evs[a:b]):
		return s, e, "given name and family name or patronymic in their own script"
	case b-a >= 2 && all != 0 && slot != 0:
		return s, e, "capitalised words in their own script in a name slot"
	case b-a == 1 && (slot&slotTitle != 0 || slot == slotLatin|slotColon) && all&(evGiven|evKnownFamily|evPatronym) != 0,
		b-a == 1 && slot&slotTitle != 0 && all != 0,
		b-a == 1 && a == 1 && casedHonorifics.has(keyOf(text, ws[0])):
		return s, e, "given or family name in its own script after a title or name label"
	case b-a == 1 && slot == slotKin && (all&evGiven != 0 || sc == scGreek && greekEverydayInflected(keyOf(text, ws[a]))):
		return s, e, "given name in its own script after a kinship word"
	}
	return 0, 0, ""
}

// givenAndOther reports whether one word of evs is a given name and
// another a family name or patronymic: not one word that is both.
func givenAndOther(evs []int) bool {
	for g := range evs {
		if evs[g]&evGiven == 0 {
			continue
		}
		for f := range evs {
			if f != g && evs[f]&(evFamily|evPatronym) != 0 {
				return true
			}
		}
	}
	return false
}
