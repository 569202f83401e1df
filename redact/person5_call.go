package redact

// Call notes name the person spoken with after a verb or noun of a call
// or meeting and a preposition ("spoke w/ Imelda Vargas-Ruiz", "call
// with Tomasz Wrona", "hablé con Ixchel Coj", "Gespräch mit Dardan
// Gashi", "taken by Odile (volunteer)"). The verb and the preposition
// together are as strong as a relation word; a preposition alone ("with
// Instagram", "by Frida Kahlo") says nothing.

func init() {
	for _, p := range []string{" w/ ", "with ", " by ", " con ", " com ", " mit ", " met ", "avec "} {
		b := slotBit(load32(p, len(p)-4))
		person4Ends[b>>6] |= 1 << (b & 63)
	}
}

// callCueBefore returns the call word (see callWords) before the
// preposition that ends right before the run text[start:end], with one
// space between, or "". The run must look like a person's name rather
// than a company's (callRunIsName): sales notes have calls with both.
func callCueBefore(text string, start, end int) string {
	if start < 7 || text[start-1] != ' ' {
		return ""
	}
	p := start - 1
	var prep string
	switch {
	case text[p-2:p] == "w/":
		prep = "with"
		p -= 2
	default:
		var buf [16]byte
		w := lowerWordEndingAt(text, p, 5, false, &buf)
		k, _, ok := callPreps.getBytes(w)
		if !ok || len(w) == 0 {
			return ""
		}
		prep = k
		p -= len(w)
	}
	if p < 3 || text[p-1] != ' ' {
		return ""
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, p-1, 16, true, &buf)
	if len(w) < 2 || p-1-len(w) > 0 && isAlpha(text[p-2-len(w)]) {
		return ""
	}
	k, v, ok := callWords.getBytes(w)
	if !ok || v>>1&callPrepBits[prep] == 0 || !callRunIsName(text, start, end) {
		return ""
	}
	return k
}

// callRunIsName reports whether the run text[start:end] after a call cue
// holds a given or family name of the gazetteers ("Call with Yenifer
// Paz"), or is two or three words whose last is a double family name
// joined by a hyphen ("spoke w/ Xiomara Ccori-Mamani"); "Call with
// Pinewood Logistics" is neither, and a shop's or trade's word in it
// ("Firma Huber Bau", "Sunrise Dental") makes it a company.
func callRunIsName(text string, start, end int) bool {
	words, hyphen := 0, false
	for i := start; i < end; {
		j := i
		for j < end && text[j] != ' ' {
			j++
		}
		words++
		f := nameFlagsOf(text[i:j])
		if f&(nameStop|nameCity) != 0 || businessFirstWords.has(text[i:j]) || businessWords.has(text[i:j]) {
			return false
		}
		if f&(nameGiven|nameFamily) != 0 && f&nameAmbiguous == 0 {
			return true
		}
		h := i + 1
		for h < j-1 && text[h] != '-' {
			h++
		}
		hyphen = h < j-1 && isUpper(text[i]) && isUpper(text[h+1])
		i = j + 1
	}
	return words >= 2 && words <= 3 && hyphen
}

// callPreps are the prepositions after a call word, in lower case.
var callPreps = boolTable(map[string]bool{
	"with": true, "by": true, "con": true, "com": true, "mit": true, "met": true, "avec": true,
})

// callPrepBits tell which prepositions a call word takes: 1 "with" and
// its translations, 4 "by". ("spoke to" is left out: " to " before a
// name is so common that testing it cost more than it found.)
var callPrepBits = map[string]uint32{
	"with": 1, "con": 1, "com": 1, "mit": 1, "met": 1, "avec": 1, "by": 4,
}

// callWords are the verbs and nouns of a call or a meeting before the
// person's name and a preposition, in lower case, with the prepositions
// they take (callPrepBits).
var callWords = wordTableOf(map[string]int{
	// English.
	"spoke": 3, "spoken": 3, "speaking": 3, "talked": 3, "talking": 3, "chatted": 3, "chatting": 1,
	"met": 1, "meeting": 1, "mtg": 1, "call": 1, "calls": 1, "catchup": 1, "sync": 1, "convo": 1,
	"conversation": 1, "interview": 1, "lunch": 1, "coffee": 1, "demo": 1, "visit": 1, "zoom": 1,
	"taken": 4, "logged": 4, "handled": 4, "answered": 4,
	// Spanish, Portuguese, Italian, French.
	"hablé": 1, "hablado": 1, "hablamos": 1, "reunión": 1, "llamada": 1, "cita": 1, "charla": 1,
	"falei": 1, "falamos": 1, "reunião": 1, "ligação": 1, "conversa": 1, "parlato": 1,
	"chiamata": 1, "incontro": 1, "riunione": 1, "telefonata": 1, "appel": 1, "échange": 1,
	"entretien": 1, "rdv": 1, "réunion": 1, "parlé": 1,
	// German and Dutch.
	"gesprochen": 1, "telefoniert": 1, "telefonat": 1, "gespräch": 1, "termin": 1, "treffen": 1,
	"gesprek": 1, "gebeld": 1, "afspraak": 1, "gesproken": 1,
})
