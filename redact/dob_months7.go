package redact

import (
	"unicode"
	"unicode/utf8"
)

// Month names of more languages, and the date forms of central and
// eastern Europe, for the birth-date rules (dob.go, dob_birthday.go):
// "7 Ιουνίου 1982", "12 марта 1984", "1961. október 5." (Hungarian, the
// year first), "7. 8. 1991" (spaced dots, CZ/SK/HR/DE), "09.IX.1992" and
// "9. IX. 1992" (a Roman month, PL/CZ/RO/HU). A date still needs a birth
// word, a birth label or a birthday list to become a DATE_OF_BIRTH.

// moreMonthNames are the month names and common abbreviations of TR, CA, HU,
// CS/SK (nominative and the genitive dates use, "9. března"), FI (the
// partitive "-kuuta" of dates), RO, HR/SR/BS (Latin script), LT, LV, ET,
// ID/MS, TL, IS, EL (Greek script, the genitive of dates, and romanised),
// RU, UK, BG and SR (Cyrillic, with romanised Russian), lower case; a
// name whose first letter is not ASCII is also added capitalised
// (withMoreMonths), as Greek dates write it. Names the base table holds
// already (monthNames) are left out.
var moreMonthNames = map[string]int{
	// Turkish (the rest is in monthNames)
	"şubat": 2, "oca": 1, "şub": 2, "haz": 6, "ağu": 8, "eyl": 9,
	// (loc23) Albanian ("mars", "maj" are in monthNames)
	"janar": 1, "shkurt": 2, "prill": 4, "qershor": 6, "korrik": 7, "gusht": 8, "shtator": 9, "tetor": 10,
	"nëntor": 11, "nentor": 11, "dhjetor": 12,
	// Hungarian
	"január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
	"augusztus": 8, "szeptember": 9, "október": 10, "jún": 6, "júl": 7, "márc": 3, "ápr": 4, "szept": 9, "okt": 10,
	// Czech
	"leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3, "duben": 4, "dubna": 4,
	"květen": 5, "května": 5, "červen": 6, "června": 6, "červenec": 7, "července": 7, "srpen": 8, "srpna": 8,
	"září": 9, "říjen": 10, "října": 10, "listopadu": 11, "prosinec": 12, "prosince": 12,
	// Slovak
	"januára": 1, "februára": 2, "marec": 3, "marca": 3, "apríl": 4, "apríla": 4, "máj": 5, "mája": 5,
	"júna": 6, "júla": 7, "augusta": 8, "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
	// Finnish (nominative and the partitive of dates)
	"tammikuu": 1, "tammikuuta": 1, "helmikuu": 2, "helmikuuta": 2, "maaliskuu": 3, "maaliskuuta": 3,
	"huhtikuu": 4, "huhtikuuta": 4, "toukokuu": 5, "toukokuuta": 5, "kesäkuu": 6, "kesäkuuta": 6,
	"heinäkuu": 7, "heinäkuuta": 7, "elokuu": 8, "elokuuta": 8, "syyskuu": 9, "syyskuuta": 9,
	"lokakuu": 10, "lokakuuta": 10, "marraskuu": 11, "marraskuuta": 11, "joulukuu": 12, "joulukuuta": 12,
	// Romanian
	"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
	"octombrie": 10, "noiembrie": 11, "decembrie": 12, "ian": 1, "iun": 6, "iul": 7,
	// Croatian (nominative and genitive) and Serbian/Bosnian (Latin)
	"siječanj": 1, "siječnja": 1, "veljača": 2, "veljače": 2, "ožujak": 3, "ožujka": 3, "travanj": 4,
	"travnja": 4, "svibanj": 5, "svibnja": 5, "lipanj": 6, "lipnja": 6, "srpanj": 7, "srpnja": 7,
	"kolovoz": 8, "kolovoza": 8, "rujan": 9, "rujna": 9, "studeni": 11, "studenoga": 11, "studenog": 11,
	"prosinac": 12, "prosinca": 12, "jun": 6, "avgust": 8, "avgusta": 8, "septembar": 9, "oktobar": 10,
	"novembar": 11, "decembar": 12, "marta": 3, "aprila": 4, "juna": 6, "jula": 7, "oktobra": 10,
	// Lithuanian (genitive of dates), Latvian, Estonian
	"sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6, "liepos": 7,
	"rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
	"janvāris": 1, "janvārī": 1, "februāris": 2, "februārī": 2, "martā": 3, "aprīlis": 4, "aprīlī": 4,
	"maijs": 5, "maijā": 5, "jūnijs": 6, "jūnijā": 6, "jūlijs": 7, "jūlijā": 7, "augusts": 8, "augustā": 8,
	"septembris": 9, "septembrī": 9, "oktobris": 10, "oktobrī": 10, "novembris": 11, "novembrī": 11,
	"decembris": 12, "decembrī": 12,
	"jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6, "juuli": 7, "oktoober": 10,
	"detsember": 12,
	// Indonesian and Malay
	"maret": 3, "agustus": 8, "desember": 12, "mac": 3, "julai": 7, "ogos": 8, "disember": 12,
	// Filipino
	"pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "setyembre": 9, "oktubre": 10, "nobyembre": 11,
	"disyembre": 12,
	// Catalan ("fa 60 anys el 9 de maig", "aniversari: 3 de febrer"; the
	// rest is spelled as in ES or PT)
	"gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8, "setembre": 9,
	"desembre": 12,
	// Icelandic
	"janúar": 1, "febrúar": 2, "maí": 5, "júní": 6, "júlí": 7, "ágúst": 8, "nóvember": 11,
	// Greek: the genitive of dates, the nominative, and romanised genitives
	"ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "μαίου": 5, "ιουνίου": 6,
	"ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
	"ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5, "ιούνιος": 6, "ιούλιος": 7,
	"αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10, "νοέμβριος": 11, "δεκέμβριος": 12,
	"ianouariou": 1, "fevrouariou": 2, "martiou": 3, "apriliou": 4, "maiou": 5, "iouniou": 6, "iouliou": 7,
	"avgoustou": 8, "septemvriou": 9, "oktovriou": 10, "noemvriou": 11, "dekemvriou": 12,
	// Russian (genitive of dates and nominative) and romanised genitives
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
	"сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8,
	"сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
	"yanvarya": 1, "fevralya": 2, "aprelya": 4, "maya": 5, "iyunya": 6, "iyulya": 7,
	"sentyabrya": 9, "oktyabrya": 10, "noyabrya": 11, "dekabrya": 12,
	// Ukrainian (genitive of dates)
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
	"вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	// Bulgarian and Serbian (Cyrillic)
	"януари": 1, "февруари": 2, "април": 4, "юни": 6, "юли": 7, "септември": 9, "октомври": 10,
	"ноември": 11, "декември": 12, "јануар": 1, "фебруар": 2, "јун": 6, "јул": 7, "септембар": 9,
	"октобар": 10, "новембар": 11, "децембар": 12,
}

// monthMaxBytes bounds the length of a month word in bytes: the longest
// Greek genitive ("Σεπτεμβρίου", "Φεβρουαρίου") has 22.
const monthMaxBytes = 24

// withMoreMonths returns base with moreMonthNames added, each name whose
// first letter is not ASCII also capitalised ("Ιουνίου", "Şubat",
// "Únor"); monthAt folds ASCII case only.
func withMoreMonths(base map[string]int) map[string]int {
	for k, v := range nepaliMonthNames { // locdob9_dob.go
		base[k] = v
	}
	for k, v := range galicianMonthNames { // read16c_cjkage.go
		base[k] = v
	}
	for k, v := range moreMonthNames {
		if len(k) >= monthMaxBytes {
			panic("redact: a month name longer than monthMaxBytes")
		}
		if _, dup := base[k]; !dup {
			base[k] = v
		}
		if r, n := utf8.DecodeRuneInString(k); r >= 0x80 {
			if u := string(unicode.ToUpper(r)) + k[n:]; len(u) < monthMaxBytes {
				if _, dup := base[u]; !dup {
					base[u] = v // monthAt folds ASCII only: "Şubat", "Μαΐου"
				}
			}
		}
	}
	return base
}

// monthFirstByte reports whether a month name may start with byte c:
// ASCII folded to lower case, other bytes as they are (a UTF-8 lead byte).
func monthFirstByte(c byte) bool {
	if c < 0x80 {
		c |= 0x20
	}
	return monthTable.hasFirst(c)
}

// monthFirstTab is monthFirstByte as a table, for dateMaybe (which must
// stay small enough to be inlined).
var monthFirstTab = func() (t [256]bool) {
	for c := range t {
		t[c] = monthFirstByte(byte(c))
	}
	return t
}()

// afterDateDot marks the bytes that may follow the dot after a day in a
// date: a digit, a space ("12. März", "7. 8. 1991") or the first letter
// of a Roman month ("09.IX.1992").
var afterDateDot = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t[' '], t['I'], t['V'], t['X'] = true, true, true, true
	return t
}()

// afterDateDash marks the bytes that may follow the dash after a day: a
// digit ("14-03-1986") or the first byte of a month name ("14-Mar-1986").
var afterDateDash = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= '0' && c <= '9' || monthFirstTab[c]
	}
	return t
}()

// dashMonthDate reads the rest of "14-Mar-1986", "3-janvier-1990" after
// the day's dash at e: a month name, a dash and a year of four digits.
func dashMonthDate(text string, e int) (int, bool) {
	me, ok := monthAt(text, e+1)
	if !ok || me >= len(text) || text[me] != '-' || text[me-1] == '.' {
		return 0, false
	}
	return digitsAt(text, me+1, 4, 4)
}

// romanMonth reads a Roman month number I to XII at i, in capitals:
// it returns the end and the month.
func romanMonth(text string, i int) (int, int) {
	j := i
	for j < len(text) && j-i < 5 && (text[j] == 'I' || text[j] == 'V' || text[j] == 'X') {
		j++
	}
	if j == i {
		return 0, 0
	}
	switch text[i:j] {
	case "I":
		return j, 1
	case "II":
		return j, 2
	case "III":
		return j, 3
	case "IV":
		return j, 4
	case "V":
		return j, 5
	case "VI":
		return j, 6
	case "VII":
		return j, 7
	case "VIII":
		return j, 8
	case "IX":
		return j, 9
	case "X":
		return j, 10
	case "XI":
		return j, 11
	case "XII":
		return j, 12
	}
	return 0, 0
}

// dottedDate reads the rest of a day-first date whose day ends at e, the
// dot after it: "7. 8. 1991", "09.IX.1992", "9. IX. 1992", "9.IX 1992".
// It returns the end of the year (four digits).
func dottedDate(text string, i, e int) (int, bool) {
	p := e + 1 // past the dot
	if p < len(text) && text[p] == ' ' {
		p++
	}
	if p >= len(text) {
		return 0, false
	}
	var m int
	if isDigit(text[p]) {
		me, ok := digitsAt(text, p, 1, 2)
		if !ok || p == e+1 { // "9.9.1992" is dateAt's
			return 0, false
		}
		if !dateLike(text[i:e], text[p:me]) {
			return 0, false
		}
		p = me
	} else {
		p, m = romanMonth(text, p)
		if m == 0 || !dateLike(text[i:e], "1") {
			return 0, false
		}
	}
	if p < len(text) && text[p] == '.' {
		p++
	}
	if p < len(text) && text[p] == ' ' {
		p++
	}
	y, ok := digitsAt(text, p, 4, 4)
	if !ok || p == 0 || !(text[p-1] == '.' || text[p-1] == ' ') {
		return 0, false
	}
	return y, true
}

// yearFirstDate reads a Hungarian date after the year that ends at e:
// "1961. október 5.", "1988. márc. 14.", "1992. 09. 09." It returns the
// end, past the day's dot.
func yearFirstDate(text string, e int) (int, bool) {
	if e+3 >= len(text) || text[e] != '.' || text[e+1] != ' ' {
		return 0, false
	}
	p := e + 2
	if isDigit(text[p]) {
		me, ok := digitsAt(text, p, 1, 2)
		if !ok || me+3 >= len(text) || text[me] != '.' || text[me+1] != ' ' {
			return 0, false
		}
		de, ok := digitsAt(text, me+2, 1, 2)
		if !ok || !dateLike(text[me+2:de], text[p:me]) || atoiASCII(text[p:me]) > 12 {
			return 0, false
		}
		if de < len(text) && text[de] == '.' {
			de++
		}
		return de, true
	}
	me, ok := monthAt(text, p)
	if !ok || me >= len(text) || text[me] != ' ' {
		return 0, false
	}
	de, ok := digitsAt(text, me+1, 1, 2)
	if !ok || atoiASCII(text[me+1:de]) < 1 || atoiASCII(text[me+1:de]) > 31 {
		return 0, false
	}
	switch {
	case de < len(text) && text[de] == '.':
		de++
	case de < len(text) && text[de] == '-':
		if huDaySuffixEnd(text, de) == 0 {
			return 0, false // "2-a", no day's case ending
		}
		// "3-án született": the date without its case ending (loc23_dob.go)
	case !wordEndAt(text, de):
		return 0, false
	}
	return de, true
}
