package redact

import "strings"

// Closings of the prompt languages before a name, and the capitalised kin
// words of Dutch and the Scandinavian languages before a child's or a
// relative's name (read17c, issue 9).
//
// "Groetjes Sanne" and "Zusje Noor (4)" were one capitalised run of two
// words that no gazetteer knew as a name, so the run was turned down and
// the name inside it with it; "Cheers Sanne" worked because "Cheers" is a
// stop word. The capitalised closings and kin words below become stop
// words too (only those no gazetteer knows as anything else), so the run
// reader splits them off and the name after them is read alone, by the
// slots that read a sign-off (signOffSameLine, signatureLine) or a child
// with an age (childAgeItem). None becomes a strong context word: a lone
// unknown word after them is still turned down unless a slot holds it.

func init() {
	for _, w := range closingStops {
		if nameFlagsOf(w) == 0 {
			nameFlags.or(w, uint32(nameStop))
		}
	}
	for _, w := range kinStops {
		if nameFlagsOf(w) == 0 {
			nameFlags.or(w, uint32(nameStop))
		}
	}
	for _, w := range moreSignOffs {
		signOffs.or(w, 1)
	}
	closingWords = append(closingWords, moreClosingParts...)
	for _, w := range moreRelationWords {
		relationWords.or(w, 1)
	}
	for _, w := range kinStops {
		childWords.or(strings.ToLower(w), 1) // "Zusje Noor (4)": a child with an age (childAgeItem)
	}
}

// closingStops are the one-word closings of signOffs, capitalised as they
// open a line ("Groetjes,", "Saludos Marta").
var closingStops = []string{
	"Groetjes", "Groeten", "Groet", "Cordialement", "Salutations", "Saludos", "Atentamente", "Abrazos",
	"Besos", "Saluti", "Baci", "Atenciosamente", "Abraços", "Beijos", "Beijinhos", "Cumprimentos",
	"Bisous", "Bises", "Pozdrawiam", "Serdecznie", "Hälsningar", "Hilsen", "Kram", "Mvh", "Mvg", "Mfg",
	"Terveisin", "Saygılarımla", "Srdečně",
}

// kinStops are the capitalised kin words of Dutch (with their
// diminutives) and of Danish, Norwegian and Swedish that open a line
// before a name ("Broertje Joost (7)", "Lillebror Sixten (2)"). The
// German ones are stop words already (person5_kin.go).
var kinStops = []string{
	"Broertje", "Zusje", "Zussie", "Broer", "Zus", "Zoontje", "Dochtertje", "Zoon", "Dochter",
	"Bror", "Syster", "Lillebror", "Lillasyster", "Storebror", "Storasyster", "Søster", "Lillesøster",
	"Storesøster", "Lillebroder", "Halvbror", "Halvsyster", "Schwesterchen", "Brüderchen",
}

// moreSignOffs are closings of the prompt languages that signOffs missed,
// in lower case: Finnish, Czech, Slovak, Turkish, Romanian, Norwegian and
// the longer Swedish form.
var moreSignOffs = []string{
	"terveisin", "ystävällisin terveisin", "parhain terveisin", "s pozdravem", "se srdečným pozdravem",
	"s pozdravom", "srdečně", "saygılarımla", "sevgilerimle", "cu stimă", "cu drag", "cu bine",
	"med vänliga hälsningar", "vennlig hilsen", "med vennlig hilsen", "mvh.",
}

// moreClosingParts mark the line before a signature (closingWords) for
// the closings whose line held no closing part yet ("Bien à vous",
// "Un saludo", "Z poważaniem", "Terveisin", "S pozdravem", "Cu stimă").
var moreClosingParts = []string{
	"bien à vous", "saludo", "poważaniem", "terveisin", "pozdravem", "pozdravom", "saygılarımla",
	"cu stimă", "cu drag", "vennlig",
}

// moreRelationWords are the lower-case kin words of Dutch and the
// Scandinavian languages that relationWordsMore (person13_kin.go) lacks
// ("mijn broertje Joost", "min lillebror Sixten").
var moreRelationWords = []string{
	"broertje", "zussie", "zoontje", "dochtertje", "lillebror", "lillasyster", "storebror",
	"storasyster", "søster", "lillesøster", "storesøster", "lillebroder",
}

// signOffIn reports whether text[b:e], lower-cased (ASCII letters only),
// is a closing of table.
func signOffIn(table *strTable, text string, b, e int) bool {
	if e-b < 2 || e-b > 24 {
		return false
	}
	var buf [24]byte
	n := copy(buf[:], text[b:e])
	for k := range n {
		if isUpper(buf[k]) {
			buf[k] += 'a' - 'A'
		}
	}
	_, _, ok := table.getBytes(buf[:n])
	return ok
}

// signOffAfterSentence reports whether a closing of sentenceSignOffs opens
// the last sentence of the line text[b:e] ("Bedankt! Groetjes Sanne", the
// name ending the line): one-line prompts sign off after their last
// sentence; the word at end must not end the closing itself ("Saludos
// Cordiales"). English closings are left out ("Shop now. Best Buy"), and so
// are the two-letter ones ("… LG OLED").
func signOffAfterSentence(text string, b, e, end int) bool {
	for s := e - 1; s > b+1 && e-s <= 25; s-- {
		if text[s-1] == ' ' && (text[s-2] == '.' || text[s-2] == '!' || text[s-2] == '?') {
			return isUpper(text[s]) && signOffIn(sentenceSignOffs, text, s, e) && !signOffIn(signOffs, text, s, end)
		}
	}
	return false
}

// sentenceSignOffs are the closings of signOffs that signOffAfterSentence
// reads after a sentence: all but the English ones and the two-letter ones.
var sentenceSignOffs = func() *strTable {
	m := map[string]bool{}
	for _, w := range signOffs.keyList() {
		if len(w) > 2 && !englishSignOffs[w] {
			m[w] = true
		}
	}
	for _, w := range moreSignOffs {
		m[w] = true
	}
	return boolTable(m)
}()

// englishSignOffs are the English closings of signOffs, which are common
// words and brands' words too.
var englishSignOffs = map[string]bool{
	"best": true, "best wishes": true, "all the best": true, "all best": true, "love": true,
	"lots of love": true, "warmly": true, "warm wishes": true, "many thanks": true, "thanks again": true,
	"speak soon": true, "talk soon": true, "take care": true, "with thanks": true, "with love": true,
	"xoxo": true, "kind regards": true, "best regards": true, "warm regards": true, "regards": true,
	"thanks": true, "thank you": true, "cheers": true, "sincerely": true, "yours": true,
	"yours sincerely": true, "yours truly": true, "respectfully": true, "thx": true, "salutations": true,
}
