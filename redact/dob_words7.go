package redact

import (
	"unicode"
	"unicode/utf8"
)

// moreBirthWords are the birth words (born, date of birth, birthday) of
// the languages of moreMonthNames (dob_months7.go): TR, HU, EL (Greek
// script and romanised), CS, SK, FI, RO (with and without diacritics),
// HR/SR/BS (Latin and Cyrillic), RU, UK, BG, LT, LV, ET, ID/MS, TL, IS.
// They are context words of ctxBirth (contextWords, context.go); a word
// whose first letter is not ASCII is also added capitalised, as the
// lookup folds ASCII case only.
var moreBirthWords = []string{
	"doğum", "doğumlu", "doğdu", "dogum", "dogumlu", // TR
	"született", "születési", "születésnap", "születésnapok", "születésnapja", "születésnapját", "szül", "szül.", "szuletett", // HU
	"γεννήθηκε", "γέννησης", "γεννησης", "γενέθλια", "γενεθλια", "γεννημένος", "γεννημένη", "gennithike", "genethlia", // EL
	"narozen", "narozena", "narozený", "narozená", "narození", "narozeni", "narozeniny", "narozeninám", "nar", // CS
	"narodený", "narodená", "narodenia", "narodeniny", "narodil", "narodila", // SK
	"syntynyt", "syntyi", "syntymäaika", "syntymäpäivä", "syntymäpäivää", "syntymäpäivänä", "synt", // FI
	"născut", "născută", "nascut", "nascuta", "naștere", "nastere", "nașterii", "nasterii", "naşterii", "naştere", // RO
	"rođen", "rođena", "rođenja", "rođendan", "rodjen", "rodjena", "roden", "rodjendan", // HR/SR/BS
	"рођен", "рођена", "рођења", "рођендан", // SR (Cyrillic)
	"родился", "родилась", "рождения", "рождение", "рожд", // RU
	"народився", "народилася", "народження", // UK
	"роден", "родена", "раждане", "рожден", // BG
	"gimė", "gimęs", "gimusi", "gimimo", "gimtadienis", "gimtadienio", // LT
	"dzimis", "dzimusi", "dzimšanas", "dzimsanas", // LV
	"sündinud", "sünniaeg", "sünnipäev", "sünnikuupäev", "sundinud", "sünd", "sünd.", // ET
	"lahir", "kelahiran", "ultah", // ID/MS ("ultah": ulang tahun, a birthday; read22)
	"ipinanganak", "kapanganakan", "kaarawan", // TL
	"fæddur", "fædd", "fæðingardagur", "fæðingardags", "afmæli", "afmælisdagur", // IS
	// (loc23) Albanian, the Estonian past tense, and the Turkish
	// abbreviation of doğum tarihi ("lindur më 3 prill 1990", "sündis
	// 1944", "d.t. 01.09.1958")
	"lindur", "lindi", "datëlindja", "datelindja", "ditëlindja", "ditelindja", "sündis", "d.t.", // SQ, ET, TR
}

// withMoreBirthWords returns the context words with moreBirthWords added
// as ctxBirth.
func withMoreBirthWords(m map[string]ctxKind) map[string]ctxKind {
	for _, w := range moreBirthWords {
		m[w] |= ctxBirth
		if r, n := utf8.DecodeRuneInString(w); r >= 0x80 {
			m[string(unicode.ToUpper(r))+w[n:]] |= ctxBirth
		}
	}
	return m
}

// The roles of the words of moreYearWords.
const (
	yearCue = 1 + iota // a birth word right before a year ("narozena 1961")
	yearIn             // a preposition between a birth word and its year ("născut în 1961")
)

// moreYearWords are the birth words and prepositions before a year of
// birth in the languages of moreBirthWords (birthYearCue, birthYearIn,
// dob_words.go), lower case as wordBeforeSpace gives them (ASCII folded
// only: a word that starts with another letter is also given
// capitalised).
var moreYearWords = map[string]uint8{
	"narozen": yearCue, "narozena": yearCue, "narozený": yearCue, "narozená": yearCue, "nar.": yearCue,
	"narodený": yearCue, "narodená": yearCue, "syntynyt": yearCue, "synt.": yearCue, "ur.": yearCue,
	"szül.": yearCue, "született": yearCue, "rođen": yearCue, "rođena": yearCue, "roden": yearCue,
	"rodjen": yearCue, "născut": yearCue, "născută": yearCue, "nascut": yearCue, "nascuta": yearCue,
	"gimęs": yearCue, "gimusi": yearCue, "dzimis": yearCue, "dzimusi": yearCue, "sündinud": yearCue, "sünd.": yearCue,
	"fæddur": yearCue, "fædd": yearCue, "lindur": yearCue, "sündis": yearCue, "lahir": yearCue, "ipinanganak": yearCue,
	"γεννήθηκε": yearCue, "Γεννήθηκε": yearCue, "родился": yearCue, "родилась": yearCue, "Родился": yearCue,
	"Родилась": yearCue, "роден": yearCue, "родена": yearCue, "Роден": yearCue, "Родена": yearCue,
	"народився": yearCue, "народилася": yearCue, "Народився": yearCue, "Народилася": yearCue,
	"în": yearIn, "noong": yearIn, "pada": yearIn, "tahun": yearIn, "árið": yearIn, "в": yearIn, "το": yearIn,
	"στο": yearIn,
}
