package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// thingNamesake reports whether the PERSON span text[start:end] names
// no private person for a reason its own context gives: a person the
// writer tells the model to leave out (mentionedFigure), a business
// named after a person (businessNamesake) or a Malay day (malayDay).
// famousDrop asks it for every PERSON span it keeps otherwise. The word
// before the span and the span's first word pass a bit filter first
// (thingMay), so most names cost two hashes and a byte test.
func thingNamesake(text string, start, end int) bool {
	first := text[start:end]
	if sp := strings.IndexByte(first, ' '); sp > 0 {
		first = first[:sp]
	}
	pb := start - 1 // the start of the word one space before the span, or start-1
	if start >= 2 && text[start-1] == ' ' {
		pb = thingWordStart(text, start-1)
	}
	prev := pb < start-1 && thingMay(text[pb:start-1])
	poss := end+1 < len(text) && (text[end] == '\'' || text[end] == 0xE2 || text[end] == ' ' && teamAfter(text, end))
	hari := first == "Hari"
	if !prev && !poss && !hari && !thingMay(first) {
		return false
	}
	if !(prev && mentionedFigure(text, start, end) || businessNamesake(text, start, end, first, pb) ||
		hari && malayDay(text[start+len(first):end])) {
		return false
	}
	// "Mr Paul Smith", "Dear Carl": the span holds a customer's title
	return nameFlagsOf(first)&(nameTitle|nameGreeting) == 0 || thingKinTitle(first)
}

// malayDay reports whether rest, the words after a span's first word
// "Hari", make a Malay or Indonesian day's name: "hari" is "day", and a
// feast, a day of the week or an observance follows it ("Hari Raya",
// "Hari Minggu", "Hari Guru"). Hari the given name goes on with a name
// ("Hari Prasad").
func malayDay(rest string) bool {
	if len(rest) < 4 || rest[0] != ' ' {
		return false
	}
	rest = rest[1:]
	if sp := strings.IndexByte(rest, ' '); sp > 0 {
		rest = rest[:sp]
	}
	return thingKind(rest)&thingDay != 0
}

// Kinds of the words of thingWords.
const (
	thingVerb   = 1 << iota // "mention", "cite", "nämn", "sebut": an instruction to mention someone
	thingFill               // an article or preposition between the verb and the name
	thingCoord              // "and", "or", "né", "atau": another name of the same list comes before
	thingPlace              // a place of trade named with a person's name ("Dapur", "Cocina", "Bakeshop")
	thingKin                // a kin word that shops put before a founder's name ("Oma", "Abuela", "Lola")
	thingDay                // a Malay or Indonesian feast, weekday or observance after "Hari" ("Raya", "Minggu")
	thingNeg                // a negation before the verb or between it and the name ("don't", "jangan", "inte")
	thingOffice             // a public office before the name ("the mayor …", "l'alcalde …")
)

// thingWords are the words mentionedFigure and businessNamesake read, in
// the languages of the prompts: ASCII letters in lower case, other
// letters as written (a sentence's capital of a Cyrillic or Greek verb is
// a key of its own).
var thingWords = func() *strTable {
	t := newStrTable(512)
	for _, g := range []struct {
		words string
		kind  uint32
	}{
		{`mention mentions mentioning reference quote cite name-drop namedrop jokes joke
		erwähne erwähnen erwähnt zitiere zitieren mentionne mentionner mentionnez citer citez évoque évoquer évoquez
		menciona mencionar mencione menciones mencionen mencionéis citar cites nombres nombrar nombra
		menziona menzionare menzionate menzioni citare citate citazioni citazione nominare nominate
		mencionem citem esmenta esmentar esmenteu esmentis noem noemen vermeld vermelden citeer citeren
		nämn nämna citera nevn nevne siter nævn nævne mainitse mainita mainitkaa maini mainige
		nefndu vitnaðu wspomnij wspominaj wspomnieć cytuj zmiň zmiňte zmínit zmiňuj cituj
		spomeň spomenúť spomínaj spomeni spomenite spominji spominjaj spominjati pominji pominjati
		citiraj omeni omenite спомени споменеш споменете споменавай споменавайте спомињи помени помињи упомяни цитирай цитирайте
		Спомени Споменете Спомињи Помени Помињи Упомяни menționează menționa menționați pomenește pomeniți
		citează említsd említse paminėk paminėkite paminėti piemini pieminiet pieminēt
		ανέφερε αναφέρετε Ανέφερε Αναφέρετε sebut sebutkan menyebut menyebutkan banggitin
		taja utaje usitaje msitaje sôn soniwch crybwyll jôcs luaigh semmi issemmi përmend përmendni nhắc Nhắc`, thingVerb},
		{`the again also once il lo la el le les os as di de del della da do am about of í al au du des na za meg
		tên đến tới em ao`, thingFill},
		{`not never inte ikke ej pas nicht niet nie ne no non jamais nunca mai aldrig aldri nu don't doesn't
		shouldn't won't can't mustn't don’t niente nessuna nessun nemoj nemojte jangan tidak peidiwch dim
		älä ära ärge não nao sem bez without sin senza zonder geen uden utan uten kein keine keinen hindi huwag
		wag đừng không μην не немој немојте mos usitaje msitaje`, thingNeg},
		{`mayor alcalde alcaldessa sindaco sindaca maire bürgermeister burgemeester prefeito prefeita vereador
		vereadora president presidente minister ministro premier senator senador governor gobernador governador
		councillor councilor regidor regidora`, thingOffice},
		{`or and nor né ni nì atau dan ou o e y u und oder of en og eller och ja tai vai ili i a ani ve veya și sau
		és vagy ir ar un или и ή και`, thingCoord},
		{`kitchen cocina cozinha cucina küche keuken kök kjøkken køkken keittiö kuchnia kuchyně kuchyňa kuhinja
		konyha bucătăria mutfak dapur kusina bakeshop bakehouse toko warung kedai apartmani apartamentos
		apartments trattoria osteria taverna taberna tavern cantina fonda taquería panadería pastelería
		confitería cafetería heladería padaria pastelaria cukrárna cukiernia piekarnia pekara pekarna
		deli diner eatery boutique atelier barbershop empanadas tamales churros pizzas tacos`, thingPlace},
		{`oma opa abuela abuelo abuelita lola lolo nonna nonno nana nanna grandma grandpa granny aling mang
		tía tío tia tio doña dona don mama mamá mami babcia babička baba bibi mbah eyang nenek tante auntie aunty
		uncle`, thingKin},
		{`raya lebaran natal merdeka kemerdekaan kebangsaan malaysia pahlawan kartini ibu bapa ayah guru
		pendidikan wanita kanak-kanak belia buruh pekerja bumi jadi minggu ahad isnin senin selasa rabu
		khamis kamis jumaat jumat sabtu valentine deepavali wesak gawai nyepi waisak`, thingDay},
	} {
		for _, w := range strings.Fields(g.words) {
			t.or(w, g.kind)
		}
	}
	return t
}()

// thingFilter holds a bit (wordBit: a capital and its lower-case letter
// hash alike) for every word of thingWords and every premises noun
// (premisesNames), so that a word none of them is costs one hash.
var thingFilter = func() *wordFilter {
	f := new(wordFilter)
	for _, k := range thingWords.keyList() {
		if k != "" {
			f.add(k)
		}
	}
	for _, k := range premisesNames {
		f.add(k)
	}
	return f
}()

// thingMay reports whether w, a word as written, may be a word of
// thingWords or a premises noun (a set bit may be another word's; a
// clear one is none of them). An elided article before it is cut, as
// thingKind cuts it.
func thingMay(w string) bool {
	if w == "" {
		return false
	}
	if thingFilter.hasBit(wordBit(w)) {
		return true
	}
	for k := 1; k <= 4 && k+3 < len(w); k++ {
		if w[k] == '\'' {
			return thingFilter.hasBit(wordBit(w[k+1:])) // "l'alcalde"
		}
	}
	return false
}

// thingKind returns the kinds of the word w (as written) in thingWords.
// A French, Catalan or Italian elided article before it is cut
// ("l'alcalde").
func thingKind(w string) uint32 {
	if k := strings.IndexByte(w, '\''); k > 0 && k <= 4 && len(w)-k > 3 {
		w = w[k+1:]
	}
	if len(w) == 0 || len(w) > 32 {
		return 0
	}
	var buf [32]byte
	v, _ := thingWords.get(lowerASCII(w, &buf))
	return v
}

// thingKinTitle reports whether the title w is a kin word that a shop's
// name puts before its founder's ("Dapur Oma Lina", "Cocina Abuela …").
func thingKinTitle(w string) bool { return thingKind(w)&thingKin != 0 }

// thingWordStart returns the start of the word that ends at q (letters,
// UTF-8 letters, an apostrophe, a hyphen), q itself when there is none.
func thingWordStart(text string, q int) int {
	b := q
	for b > 0 && q-b < 40 {
		c := text[b-1]
		if !isAlpha(c) && c < 0x80 && c != '\'' && c != '-' {
			break
		}
		b--
	}
	for b < q && (text[b] == '\'' || text[b] == '-' || text[b] >= 0x80 && text[b] < 0xC0) {
		b++ // no word starts with an apostrophe, a hyphen or a continuation byte
	}
	return b
}

// capitalWord reports whether w starts with a capital letter.
func capitalWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] < 0x80 {
		return isUpper(w[0])
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// mentionedFigure reports whether text[start:end] is a name the writer
// tells the model to leave out, or a public office holder to mention: a
// verb of mentioning or citing comes before it on its line, with at most
// two of a negation, an article or preposition and an office word
// between, and a negation before the verb or between, or an office word
// between ("Don't mention …", "Nämn inte …", "Niente citazioni di …",
// "Esmenta l'alcalde …"), or after other capitalised names of the same
// list ("Jangan sebut Chef X atau …", "… X, Y or …"). A plain "Mention
// X" stays a customer's (a thank-you list's: TestPerson21Public), and a
// contact datum after the name still claims it (famousClaimed).
func mentionedFigure(text string, start, end int) bool {
	p := start
	words := 0
	marked := false // a negation or an office word came between
	for steps := 0; steps < 8; steps++ {
		if p < 2 || text[p-1] != ' ' {
			return false
		}
		q := p - 1
		comma := text[q-1] == ','
		if comma {
			q--
		}
		b := thingWordStart(text, q)
		if b == q {
			return false
		}
		w := text[b:q]
		k := thingKind(w)
		switch {
		case comma || k&thingCoord != 0:
			// another item of a list: its capitalised words, then on
			if !comma {
				if b < 2 || text[b-1] != ' ' {
					return false
				}
				q = b - 1
				b = thingWordStart(text, q)
				if b == q {
					return false
				}
			}
			if !capitalWord(text[b:q]) {
				return false
			}
			for n := 0; n < 3 && b >= 2 && text[b-1] == ' '; n++ {
				c := thingWordStart(text, b-1)
				if c == b-1 || !capitalWord(text[c:b-1]) || thingKind(text[c:b-1])&thingVerb != 0 {
					break
				}
				b = c
			}
		case k&thingVerb != 0:
			return (marked || k&thingNeg != 0 || thingNegBefore(text, b)) && !famousClaimed(text, start, end)
		case k&(thingFill|thingNeg|thingOffice) != 0 && words < 2:
			marked = marked || k&(thingNeg|thingOffice) != 0
			words++
		default:
			return false
		}
		p = b
	}
	return false
}

// thingNegBefore reports whether a negation ends right before the verb
// that starts at v ("don't mention", "Jangan sebut", "Niente
// citazioni", "dim jôcs am").
func thingNegBefore(text string, v int) bool {
	if v < 2 || text[v-1] != ' ' {
		return false
	}
	b := thingWordStart(text, v-1)
	return b < v-1 && thingKind(text[b:v-1])&thingNeg != 0
}

// businessNamesake reports whether text[start:end], whose first word is
// first and the word before which starts at pb (start-1 when none), names
// a business called after a person or the business's staff: the span
// starts with a word for a place of trade ("Salão …", "Florist"), a
// capitalised one comes right before it ("Dapur Oma …", "Cocina Abuela
// …", "Apartmani …"), a word for a firm's staff follows it ("Dear X
// team", teamAfter), or a possessive and a capitalised place of trade
// follow it ("… 's Bakeshop", "…'s Kitchen").
func businessNamesake(text string, start, end int, first string, pb int) bool {
	if capitalWord(first) && thingPlaceWord(first) && strings.Count(text[start:end], " ") <= 1 {
		return true // "Salão Madalena"; not a title's three words ("Temple Maria Lopez")
	}
	if pb < start-1 {
		if w := text[pb : start-1]; capitalWord(w) && thingPlaceWord(w) {
			return true
		}
	}
	if teamAfter(text, end) {
		return true // "Hi Brightwater team," (a firm's staff, not a person)
	}
	e := end
	if e+2 < len(text) && text[e] == '\'' && text[e+1] == 's' {
		e += 2
	} else if e+4 < len(text) && text[e:e+3] == "’" && text[e+3] == 's' {
		e += 4
	} else {
		return false
	}
	if e+2 >= len(text) || text[e] != ' ' || !isUpper(text[e+1]) {
		return false
	}
	f := e + 1
	for f < len(text) && f-e < 24 && (isAlpha(text[f]) || text[f] >= 0x80) {
		f++
	}
	return thingPlaceWord(text[e+1:f]) || possessiveBusiness(text[e+1:]) // "…'s Lumpia House" (person23_fp.go)
}

// teamAfter reports whether a word for a firm's staff follows the name
// that ends at end, one space away, and ends its word ("… team,", "…
// crew", "… Team"): a greeting to a business's people ("Dear X team",
// "Liebes X Team"). A person's team takes a possessive ("Maria's team").
func teamAfter(text string, end int) bool {
	if end+5 > len(text) || text[end] != ' ' {
		return false
	}
	w := text[end+1:]
	n := 0
	switch w[0] | 0x20 {
	case 't':
		if len(w) >= 4 && w[1:4] == "eam" {
			n = 4
		}
	case 'c':
		if len(w) >= 4 && w[1:4] == "rew" {
			n = 4
		}
	case 's':
		if len(w) >= 5 && w[1:5] == "taff" {
			n = 5
		}
	}
	return n > 0 && (n == len(w) || !isAlpha(w[n]) && w[n] != '-' && w[n] < 0x80)
}

// thingPlaceWord reports whether w, a capitalised word, is a word for a
// place of trade: a premises noun of the address readers or one of
// thingWords' places.
func thingPlaceWord(w string) bool {
	if len(w) < 3 || len(w) > 32 || !thingFilter.hasBit(wordBit(w)) {
		return false
	}
	if thingKind(w)&thingPlace != 0 {
		return true
	}
	var buf [32]byte
	_, p := wordKinds(lowerASCII(w, &buf))
	return p&premNoun != 0
}
