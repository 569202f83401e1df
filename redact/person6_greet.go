package redact

// Given names that are also a month or a city ("Hi April,", "Dear May",
// "Hey Paris,", "Liebe Florence"): after a greeting that only ever opens
// a message to a person they are the person's name. Greetings that
// welcome a month or a town as well ("Hello May!", "Bonjour Paris",
// "Welcome Sydney") are left out, and so is any word after them that is
// no given name too.

// personalGreetings are the greetings, lower case as internGreeting
// returns them, after which a month or a city that is a given name is a
// name: the ones written to a person, never to a season or a place.
var personalGreetings = boolTable(map[string]bool{
	"dear": true, "hi": true, "hey": true, "hola": true, "liebe": true, "lieber": true, "cher": true,
	"chère": true, "querida": true, "querido": true, "estimada": true, "estimado": true, "prezada": true,
	"prezado": true, "caro": true, "geachte": true, "beste": true, "hoi": true, "kära": true, "kære": true,
	"kjære": true, "drogi": true, "droga": true, "kochana": true, "kochany": true, "moin": true, "servus": true,
})

// casualGreetings are the personalGreetings that also greet a town or a
// season in a shop's copy ("Hey Austin!", "Hi May!"): after them a month
// or a city that is a given name needs a comma or the line's end.
var casualGreetings = boolTable(map[string]bool{"hi": true, "hey": true, "hola": true, "hoi": true, "moin": true, "servus": true})

// greetEndAt reports whether what follows a month or a city that is a
// given name at e, after the greeting greet, closes a greeting to a
// person: a comma or the end of the line or the text, or after a formal
// greeting ("Dear", "Liebe") also '!'.
func greetEndAt(text, greet string, e int) bool {
	if e == len(text) || text[e] == ',' || text[e] == '\n' || text[e] == '\r' {
		return true
	}
	return text[e] == '!' && !casualGreetings.has(greet)
}

// monthGivenNames are the months that are given names too. They are stop
// words (a date, "in April"); after a personal greeting they are names.
var monthGivenNames = boolTable(map[string]bool{"April": true, "May": true, "June": true, "Avril": true})

// greetedMonthAt reports whether run[k] is a month that is a given name
// right after a personal greeting (run[k-1]) and before a comma, the end
// of its line or the text ('!' too after a formal greeting: greetEndAt),
// or a capitalised word that is no stop word
// ("Hi April,", "Dear May Okafor"): scoreNameRun then keeps it as a name
// part instead of splitting the run there.
func greetedMonthAt(text string, run []nameTok, k int) bool {
	if k == 0 || run[k-1].flags&nameGreeting == 0 || !monthGivenNames.has(text[run[k].start:run[k].end]) {
		return false
	}
	greet := internGreeting(text[run[k-1].start:run[k-1].end])
	if !personalGreetings.has(greet) {
		return false
	}
	if k+1 < len(run) {
		return run[k+1].flags&(nameStop|nameGreeting|nameCity) == 0 && !run[k+1].particle
	}
	return greetEndAt(text, greet, run[k].end)
}

// greetedRunMaybe reports whether stopOnly's run, all stop words and
// greetings, holds a month after a greeting (greetedMonthAt), which makes
// it no run of stop words only. Out of line: runs that open with a
// greeting are few.
//
//go:noinline
func greetedRunMaybe(text string, run []nameTok) bool {
	for k := 1; k < len(run); k++ {
		if greetedMonthAt(text, run, k) {
			return true
		}
	}
	return false
}

// greetedCityName reports whether the city t, a given name too, opens a
// run part after the personal greeting greet and a comma, '!', the end of
// its line or a capitalised word follows it ("Hey Paris,", "Dear Florence
// Whitlow"; '!' only after a formal greeting: greetEndAt): a name, not the
// place ("Hi Sydney team", "Hey Austin!" greet a store's town).
func greetedCityName(text, greet string, t *nameTok) bool {
	if greet == "" || t.flags&(nameGiven|nameAmbiguous) == 0 || !personalGreetings.has(greet) {
		return false
	}
	e := t.end
	return greetEndAt(text, greet, e) || text[e] == ' ' && e+1 < len(text) && upperAt(text, e+1)
}

// monthBeforeFamily reports whether run[k] is a month that is a given name
// and the last token but one, before a family name of the gazetteer that is
// no stop word, city or greeting ("April Smith", "May Johnson"): a name, so
// scoreNameRun keeps the month as its first part.
func monthBeforeFamily(text string, run []nameTok, k int) bool {
	if k+2 != len(run) || run[k+1].flags&(nameStop|nameCity|nameCityHead|nameGreeting|nameTitle) != 0 || run[k+1].initial {
		return false
	}
	return monthGivenNames.has(text[run[k].start:run[k].end]) && !monthWordFamilies.has(text[run[k+1].start:run[k+1].end])
}

// monthWordFamilies are family names of the gazetteer that make a phrase
// with a month ("May Day", "April Showers" is no family name), which
// monthBeforeFamily leaves alone.
var monthWordFamilies = boolTable(map[string]bool{
	"Day": true, "Days": true, "Flowers": true, "Long": true, "Snow": true, "Love": true, "Best": true,
	"Good": true, "Little": true, "Short": true, "Small": true, "Strong": true, "Frost": true, "Rain": true,
	"Summers": true, "Winters": true, "Springs": true, "Fields": true, "Moon": true, "Bell": true,
})
