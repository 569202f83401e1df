package redact

// Mexican addresses in chats, in lower case: "calle fresno 22 int 3, col.
// las flores, oaxaca cp 68050". After the street come the colonia (its
// label, "col.", "colonia" or "fracc.", and one to four words) and the
// town before the postcode's label; districtAt reads them capitalised
// ("Col. Del Valle Sur"), these read them in lower case too.

// mxDistrictWords are the labels of a colonia or a fraccionamiento in any
// case.
var mxDistrictWords = boolTable(map[string]bool{
	"col.": true, "colonia": true, "fracc.": true, "Col": true, "col": true,
})

// lowerDistrictAt reads a colonia in lower case at the word w (a label of
// mxDistrictWords, then one to four words of letters up to a comma) and
// returns where it ends.
func lowerDistrictAt(text string, w word) (int, bool) {
	if !mxDistrictWords.has(w.str(text)) {
		return 0, false
	}
	end, n := w.end, 0
	for i := w.end; n < 4; n++ {
		if i+1 >= len(text) || text[i] != ' ' {
			break
		}
		j := i + 1
		for j < len(text) && (isAlpha(text[j]) || text[j] >= 0x80) {
			j++
		}
		if j == i+1 {
			break
		}
		end, i = j, j
	}
	if n == 0 || end >= len(text) || text[end] != ',' {
		return 0, false
	}
	return end, true
}

// townBeforeCP reads a town of one to three words of letters at the word
// w when the postcode's label "cp" or "c.p." and five digits follow it
// ("oaxaca cp 68050", "san luis potosí c.p. 78000", "Guadalajara CP
// 44600"), and returns where it ends, or 0; a capitalised town has one
// word here (afterStreetWords reads longer ones as a city).
func townBeforeCP(text string, w word) int {
	i := w.start
	for n := 0; n < 3; n++ {
		j := i
		for j < len(text) && (isAlpha(text[j]) || text[j] >= 0x80) {
			j++
		}
		if j == i || j+2 >= len(text) || text[j] != ' ' {
			return 0
		}
		if text[j+1]|0x20 != 'c' {
			if !isLower(text[w.start]) {
				return 0 // a capitalised town of one word only
			}
			i = j + 1
			continue
		}
		rest := text[j+1:]
		for _, l := range [...]string{"cp ", "c.p. ", "CP ", "C.P. ", "c.p ", "C.P "} {
			if len(rest) >= len(l)+5 && rest[:len(l)] == l && allDigits(rest[len(l):len(l)+5]) && wordEndAt(text, j+1+len(l)+5) {
				return j
			}
		}
		i = j + 1
	}
	return 0
}
