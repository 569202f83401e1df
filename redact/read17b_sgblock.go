package redact

// SG HDB block addresses (issue 9, session 20): a chat or a form
// writes a flat in a public-housing block as "blk 57 clementi ave 4
// #03-22", "Blk 233 Yishun St 21, #05-221", often in lower case. The
// block number follows the lead ("blk", "Blk", "BLK", "Block"), then the
// street's name (one to four words, any case), its type ("ave", "st",
// "rd", "cres", "ctrl", "dr" …), maybe the street's number, and the
// flat's floor and unit "#03-22". lotStreetAt (address_intl.go) read
// only a block and a lot ("Blk 12 Lot 5"), and the house-number rules
// need a capitalised name or a context word: the whole line was lost.
//
// Safe: it needs the lead word right before the block number, a street
// type word of sgBlockTypes after at most four name words, and after it
// (and its number) a part's end, a space or the "#" of a floor and unit.
// The lower-case verb "block" is no lead (lotLeads).
// Cost: a few word reads after a lead word that no lot word follows.

// sgBlockTypes are the street types of the city-state's addresses, lower case
// as written in chats, and capitalised as written in forms.
var sgBlockTypes = boolTable(map[string]bool{
	"ave": true, "avenue": true, "st": true, "street": true, "rd": true, "road": true, "dr": true, "drive": true,
	"cres": true, "crescent": true, "ctrl": true, "central": true, "ring": true, "link": true, "walk": true,
	"close": true, "lane": true, "way": true, "loop": true, "tce": true, "terrace": true, "hts": true,
	"heights": true, "vale": true, "view": true, "rise": true,
	"Ave": true, "Avenue": true, "St": true, "Street": true, "Rd": true, "Road": true, "Dr": true, "Drive": true,
	"Cres": true, "Crescent": true, "Ctrl": true, "Central": true, "Ring": true, "Link": true, "Walk": true,
	"Close": true, "Lane": true, "Way": true, "Loop": true, "Tce": true, "Terrace": true, "Hts": true,
	"Heights": true, "Vale": true, "View": true, "Rise": true,
})

// sgBlockAt reads an HDB block address whose block number is the run r
// after the lead w (see above), from e, the end of the block number.
func sgBlockAt(text string, w word, e int, sp *Span) bool {
	i := e + 1
	typeEnd := -1
	for n := 0; n < 5 && i < len(text); n++ {
		v, ok := intlWordAt(text, i)
		if !ok || !nameLike(v.str(text)) || isDigit(text[v.start]) {
			return false
		}
		if n > 0 && sgBlockTypes.has(v.str(text)) {
			typeEnd = v.end
			break
		}
		if v.end >= len(text) || text[v.end] != ' ' {
			return false
		}
		i = v.end + 1
	}
	if typeEnd < 0 {
		return false
	}
	end := typeEnd
	if end+1 < len(text) && text[end] == ' ' && isDigit(text[end+1]) {
		k := end + 1
		for k < len(text) && isDigit(text[k]) && k-end <= 3 {
			k++
		}
		if wordEndAt(text, k) && k-end <= 3 {
			end = k // "ave 10"
		}
	}
	unit := sgUnitAfter(text, end)
	if unit > end {
		end = unit
	} else if !partEndAt(text, end) && !(end < len(text) && text[end] == ' ') {
		return false
	}
	*sp = Span{Start: w.start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.96,
		Reason: "SG block, street and unit"}
	return true
}

// sgUnitAfter returns the end of a floor and unit "#03-22" after e (a
// space or ", " before it), or e.
func sgUnitAfter(text string, e int) int {
	i := e
	if i < len(text) && text[i] == ',' {
		i++
	}
	if i+4 >= len(text) || text[i] != ' ' || text[i+1] != '#' {
		return e
	}
	k := i + 2
	d := k
	for k < len(text) && isDigit(text[k]) && k-d < 3 {
		k++
	}
	if k == d || k >= len(text) || text[k] != '-' {
		return e
	}
	k++
	d = k
	for k < len(text) && isDigit(text[k]) && k-d < 5 {
		k++
	}
	if k == d {
		return e
	}
	if k < len(text) && isAlpha(text[k]) && wordEndAt(text, k+1) {
		k++ // "#05-12A"
	}
	if !wordEndAt(text, k) {
		return e
	}
	return k
}
