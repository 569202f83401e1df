package redact

// Indian house lines whose locality is a numbered part: a ward, sector,
// block, phase or pocket and its number or letter ("H. No. 14, Ward 9,
// Ram Nagar, Sirsa", "Plot No. 6, Sector 15, Panchkula", "Flat No. 3,
// Block C, Phase 2, Mohali"). houseLocalityStreet reads a house label
// and one locality of capitalised words; these lines set numbered parts
// before it, or instead of it. The street ends before a known town,
// which afterStreet reads with the PIN.

// inNumberedParts are the words of an Indian address part that a number
// or a letter follows.
var inNumberedParts = boolTable(map[string]bool{
	"Ward": true, "Sector": true, "Block": true, "Phase": true, "Pocket": true, "Gali": true, "Khasra": true,
	"Stage": true, "Sec": true, "Sec.": true,
})

// inNumberedPartEnd returns where a numbered part that starts at i ends
// ("Ward 9", "Sector 15", "Block C", "Gali No. 4"), or -1.
func inNumberedPartEnd(text string, i int) int {
	w, ok := addrWordAt(text, i)
	if !ok || !inNumberedParts.has(w.str(text)) || w.end+1 >= len(text) || text[w.end] != ' ' {
		return -1
	}
	j := w.end + 1
	if n, ok := addrWordAt(text, j); ok && (n.str(text) == "No." || n.str(text) == "No") && n.end+1 < len(text) && text[n.end] == ' ' {
		j = n.end + 1
	}
	k := j
	for k < len(text) && k-j < 4 && (isDigit(text[k]) || isUpper(text[k]) || text[k] == '-') {
		k++
	}
	if k == j || k-j > 3 && !isDigit(text[j]) || !wordEndAt(text, k) {
		return -1
	}
	return k
}

// inPartsEnd reads, from the comma at e, up to three parts of an Indian
// house line, numbered parts and at most one locality of capitalised
// words after them, up to a comma; it returns where the last part ends,
// or -1 when no numbered part opens them. A known town ends the parts
// before it.
func inPartsEnd(text string, e int) int {
	end, numbered := -1, false
	for range 3 {
		if e+2 >= len(text) || text[e] != ',' || text[e+1] != ' ' {
			break
		}
		if k := inNumberedPartEnd(text, e+2); k > 0 {
			end, e, numbered = k, k, true
			continue
		}
		if !numbered {
			return -1
		}
		if _, known := readTown(text, e+2); known {
			break
		}
		k, n := nameWordsAfter(text, e+1, 4)
		if n == 0 || k >= len(text) || text[k] != ',' {
			break
		}
		end = k
		break
	}
	if !numbered {
		return -1
	}
	return end
}

// inOrdinalParts are the words after an ordinal that name a further part
// of a Bengaluru-style address after its street ("5th Cross", "6th Block",
// "2nd Stage", "3rd Phase").
var inOrdinalParts = boolTable(map[string]bool{
	"Cross": true, "Main": true, "Block": true, "Stage": true, "Phase": true, "Sector": true, "Road": true,
})

// ordinalPartsEnd returns where up to two parts of an ordinal and one of
// inOrdinalParts after the street that ends at e end (", 7th Cross, 2nd
// Block"), or e.
func ordinalPartsEnd(text string, e int) int {
	for range 2 {
		if e+2 >= len(text) || text[e] != ',' || text[e+1] != ' ' {
			return e
		}
		o, ok := addrWordAt(text, e+2)
		if !ok || !isOrdinal(o.str(text)) || o.end+1 >= len(text) || text[o.end] != ' ' {
			return e
		}
		w, ok := addrWordAt(text, o.end+1)
		if !ok || !inOrdinalParts.has(trimDot(text, w).str(text)) {
			return e
		}
		e = trimDot(text, w).end
	}
	return e
}
