package redact

import "strings"

// recall25 (session 25): two shapes of the lower-case records
// (lower24_records.go) that lost their name.
//
// A phone number right after the name, with no comma or dash between
// ("- shaz o'brien 0418 …", "- mei-ling tan 0433 …"): phoneAfterName25
// ends the record's name there as a comma would.
//
// An Arabic family name written with its article and a hyphen in lower
// case ("al-amin", "el-sayed", "abu-bakr"): tokenFlags read "Al-amin" by
// its parts, and neither "Al" nor a given name after it made a family
// name. A hyphenated word whose first part is the article (arabicArticle25)
// and whose last is a given or family name of the gazetteers and no town
// is a family name, capitalised ("Al-Amin") as well as in lower case.

// phoneAfterName25 reports whether a phone number follows the name ending
// at e: a space, then a digit, '+' or '(' before a digit.
func phoneAfterName25(text string, e int) bool {
	if e+2 >= len(text) || text[e] != ' ' {
		return false
	}
	c := text[e+1]
	return isDigit(c) || (c == '+' || c == '(') && isDigit(text[e+2])
}

// arabicArticle25 reports whether w, the part of a hyphenated name before
// its first hyphen, is an Arabic article or a kinship particle as Latin
// letters write them before a family name.
func arabicArticle25(w string) bool {
	switch w {
	case "Al", "El", "Ul", "Abu", "Abou", "Ibn", "Bin", "Bint":
		return true
	}
	return false
}

// arabicFamily25 reports whether the last part of the hyphenated token
// tok, whose flags are g, is a given or family name of the gazetteers and
// no town: read capitalised when the token is written in lower case
// ("Al-amin" from "al-amin").
func arabicFamily25(tok string, g uint8) bool {
	last := tok[strings.LastIndexByte(tok, '-')+1:]
	if g == 0 && len(last) >= 2 && isLower(last[0]) {
		g = nameFlagsOf(capitalised(last))
	}
	return g&(nameGiven|nameFamily) != 0 && g&nameCity == 0
}
