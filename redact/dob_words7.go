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
	"sündinud", "sünniaeg", "sünnipäev", "sünnikuupäev", "sundinud", // ET
	"lahir", "kelahiran", // ID/MS
	"ipinanganak", "kapanganakan", "kaarawan", // TL
	"fæddur", "fædd", "fæðingardagur", "fæðingardags", "afmæli", "afmælisdagur", // IS
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
