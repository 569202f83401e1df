package redact

// Towns in a list of customers: "1. Mr. Harish Venkataraman – Chennai –
// +91 98401 22763", "Ana Ruiz | Valencia | Gold". A known town set off by
// dashes or bars right after a person's name is where that person lives;
// after a comma it could start the next clause ("Dear Anna, Paris
// awaits"), so commas do not count.

// townsAfterNames appends a LOCATION span for a known town that follows a
// PERSON span of dst[n0:] (the person detector's) after " – ", " - ", " |
// " or a tab, and ends at a line end or another such separator. It runs
// only when the person detector found someone in a text of several lines
// (a list), and is kept out of line.
//
//go:noinline
func townsAfterNames(text string, dst []Span, n0 int) []Span {
	n := len(dst)
	var g spanGuard // span_guard.go: a list of ten thousand names and towns
	for i := n0; i < n; i++ {
		// The byte after the name's space first: most names have no
		// separator after them.
		e := dst[i].End
		if uint(e+1) >= uint(len(text)) || !listSepByte[text[e+1]] && text[e] != '\t' {
			continue
		}
		if dst[i].Type != "PERSON" {
			continue
		}
		p := listSepAfter(text, e)
		if p < 0 {
			continue
		}
		if ds, de, ok := districtField(text, p); ok && !g.townOverlaps(dst, len(text), p, de) {
			// "Leyla Kaya – Karşıyaka, Konya – …" (loc8_items.go)
			dst = append(dst, locationSpan(p, ds-2, 0.7, "known district before a known town after a person's name in a list"),
				locationSpan(ds, de, 0.8, "known town after a person's name in a list"))
			continue
		}
		if d, de, t, te, ok := slashField(text, p); ok {
			// "Leyla Kaya – poliçe 02.05 – Tepebaşı/Eskişehir" (locdob9_loc.go)
			if !g.townOverlaps(dst, len(text), d, te) {
				dst = append(dst, locationSpan(d, de, 0.75, "known district before a slash and a known town after a person's name in a list"),
					locationSpan(t, te, 0.8, "known town after a person's name in a list"))
			}
			continue
		}
		p, te, ok := townField(text, p)
		if !ok {
			// the last comma field of the item's line: "Pani Ewa Nowak –
			// kończy 70 lat w sobotę, Tarnobrzeg" (loc8_items.go)
			dst = lastFieldTown(text, dst, e, &g)
			continue
		}
		if g.townOverlaps(dst, len(text), p, te) {
			continue
		}
		dst = append(dst, Span{Start: p, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "known town after a person's name in a list"})
	}
	reportWork("townsAfterNames", g.work+n-n0)
	return dst
}

// listSepAfter returns where the field after a list separator at e starts
// (" – ", " — ", " - ", " | ", a tab), or -1.
func listSepAfter(text string, e int) int {
	switch {
	case e+1 < len(text) && text[e] == '\t':
		return e + 1
	case e+3 < len(text) && text[e] == ' ' && (text[e+1] == '-' || text[e+1] == '|') && text[e+2] == ' ':
		return e + 3
	case e+5 < len(text) && text[e] == ' ' && (text[e+1:e+4] == "–" || text[e+1:e+4] == "—") && text[e+4] == ' ':
		return e + 5
	}
	return -1
}

// listSepByte marks the bytes after a space that may open a list
// separator: '-', '|' and the first byte of '–'.
var listSepByte = [256]bool{'-': true, '|': true, 0xE2: true}

// maxListFields bounds the fields of a list item read after the name.
const maxListFields = 3

// townField returns the bounds of the first field, from the one at p on
// (at most maxListFields, on p's line), that is a known town filling its
// field: "Anjali Menon - +91 94470 23816 - Kozhikode", "Ana Ruiz |
// ana@x.es | Valencia", "Tóth Béla – Kecskemét, 51 éves" (an age after the
// town: loc7_fields.go). The fields between (a phone, an e-mail, a plan)
// are passed over. (address3)
func townField(text string, p int) (int, int, bool) {
	for range maxListFields {
		if townUpperAt(text, p) {
			te, known := readTown(text, p)
			if known && (itemEndsAt(text, te) || listSepAfter(text, te) >= 0 || ageFieldAfter(text, te) || fieldNoteAfter(text, te)) {
				return p, te, true
			}
		}
		if p = nextListField(text, p); p < 0 {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// nextListField returns where the list field after the one at p starts,
// on p's line and within 60 bytes, or -1.
func nextListField(text string, p int) int {
	q := p
	// a separator opens with a space or a tab: listSepAfter (a call) is
	// asked at those bytes only
	for q < len(text) && q-p < 60 && text[q] != '\n' && (text[q] != ' ' && text[q] != '\t' || listSepAfter(text, q) < 0) {
		q++
	}
	if q >= len(text) || text[q] == '\n' || q-p >= 60 {
		return -1
	}
	return listSepAfter(text, q)
}
