package redact

import (
	"strings"
	"unicode/utf8"
)

// Greek names written in Greek letters ("Αικατερίνη Σταματίου") have no
// trigram evidence (the spelling table folds Latin letters only), so the
// slots that accept two or three undecided capitalised words by their
// spelling (person7_spell.go) never took them. A Greek family name shows
// itself by its ending instead: the genitive of women's names ("-ου",
// "-ίου", "-πούλου"), and men's patronymic and regional suffixes
// ("-ίδης", "-άδης", "-άκης", "-όπουλος", "-άτος", "-όγλου") with their
// feminine forms ("-ίδη", "-άκη"). greekNameLike accepts a run of Greek
// capitalised words whose last word ends so, and its first word is no
// one-letter or two-letter word; the slot (a list item, a record line,
// a verb done to people) is the caller's, as for Latin letters. After
// the Greek titles "κ.", "κα", "κος" ("κ. Παντελής Κοντογιώργης") any two
// or three Greek capitalised words are a name (greekTitleBefore).

// greekFamilyEnds are the endings of Greek family names greekNameLike
// reads, without accents (greekFold).
var greekFamilyEnds = []string{"ου", "ιδης", "ιδη", "αδης", "αδη", "ακης", "ακη", "πουλος", "ατος", "ογλου", "ιωτης", "ιωτη"}

// greekNameLike reports whether text[start:end] is two or three Greek
// capitalised words whose last ends as a Greek family name does and whose
// first ends as a given name does (greekGivenEnds: "-ος", "-ης", "-α",
// "-η" …; not the "-ο" and "-ι" of neuter nouns that name institutions,
// "Νοσοκομείο", "Γραφείο") and is no word of greekInstitutions.
func greekNameLike(text string, start, end int) bool {
	last, ok := greekRun(text, start, end)
	if !ok {
		return false
	}
	sp := strings.IndexByte(text[start:end], ' ')
	var buf [64]byte
	first := string(greekFold(text[start:start+sp], buf[:0]))
	if greekInstitutions[first] || !greekEndsWith(first, greekGivenEnds) {
		return false
	}
	return greekEndsWith(string(greekFold(last, buf[:0])), greekFamilyEnds)
}

// greekGivenEnds are the endings of Greek given names, without accents.
var greekGivenEnds = []string{"ος", "ης", "ας", "α", "η", "ω", "ων", "ις", "ους"}

// greekInstitutions are words (folded) that open the names of streets,
// squares, banks, firms and societies and end as given names do.
var greekInstitutions = map[string]bool{
	"οδος": true, "λεωφορος": true, "πλατεια": true, "τραπεζα": true, "εταιρεια": true, "δημος": true,
	"συλλογος": true, "ενωση": true, "αγορα": true, "κλινικη": true, "σχολη": true, "ταβερνα": true,
}

// greekEndsWith reports whether the folded word w ends with one of ends.
func greekEndsWith(w string, ends []string) bool {
	for _, s := range ends {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// greekRun reports whether text[start:end] is two or three Greek
// capitalised words of three letters or more, and returns the last.
func greekRun(text string, start, end int) (string, bool) {
	words, last := 0, ""
	for k := start; k < end; {
		e := k
		for e < end && text[e] != ' ' {
			e++
		}
		w := text[k:e]
		if !greekCapitalised(w) || utf8.RuneCountInString(w) < 3 {
			return "", false
		}
		words++
		last = w
		k = e + 1
	}
	return last, words >= 2 && words <= 3
}

// greekCapitalised reports whether w is a Greek word: a capital letter
// of the Greek block, then Greek lower-case letters.
func greekCapitalised(w string) bool {
	for i, r := range w {
		switch {
		case i == 0 && (r >= 'Α' && r <= 'Ω' || r >= 'Ά' && r <= 'Ώ'):
		case i > 0 && (r >= 'ά' && r <= 'ώ' || r == 'ΐ' || r == 'ΰ'):
		default:
			return false
		}
	}
	return w != ""
}

// greekFold appends w in lower case without accents to buf ("Αλεξίου" →
// "αλεξιου"), for the ending tests.
func greekFold(w string, buf []byte) []byte {
	for _, r := range w {
		switch {
		case r >= 'Α' && r <= 'Ω':
			r += 'α' - 'Α'
		}
		switch r {
		case 'ά', 'Ά':
			r = 'α'
		case 'έ', 'Έ':
			r = 'ε'
		case 'ή', 'Ή':
			r = 'η'
		case 'ί', 'Ί', 'ϊ', 'ΐ':
			r = 'ι'
		case 'ό', 'Ό':
			r = 'ο'
		case 'ύ', 'Ύ', 'ϋ', 'ΰ':
			r = 'υ'
		case 'ώ', 'Ώ':
			r = 'ω'
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// greekTitleBefore reports whether a Greek title ("κ.", "κα", "κος",
// "κ.κ.") ends right before start, one space between, at a word's start.
func greekTitleBefore(text string, start int) bool {
	if start < 4 || text[start-1] != ' ' {
		return false
	}
	p := text[:start-1]
	for _, t := range []string{"κ.", "κα", "κος", "κα."} {
		if strings.HasSuffix(p, t) {
			b := len(p) - len(t)
			return b == 0 || !isAlpha(text[b-1]) && text[b-1] < 0x80
		}
	}
	return false
}
