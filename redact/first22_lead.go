package redact

import "strings"

// A record's line often opens with a reference, a time or a date, then
// a spaced dash, bar or slash, then the person it is about: "Pedido 7731
// – Doña Rufina Quispe – Av. …", "Unit B-12-04 – Ong Swee Lan (Mrs Ong)
// – +60 …", "Member since 3 Mar — Koh Wei Ling, Sengkang", "ti 4.2. klo
// 9.00 – Heikki Rautio, 040 …" (first22, issue 9: bookings, tee times,
// delivery and membership lists). leadRefNames takes the field after
// such a lead: the lead is at most leadRefMax bytes and holds a digit
// (an order or unit number, a time, a date), the field is the name
// roleValueEnd reads (one to four capitalised words that end the field,
// spelt like a name: as a record's item when a digit or an '@' follows
// on the line, else as a run of prose), and the lead's separator is
// spaced. An agenda's line ("10:00 – Opening Remarks", "Step 2 – Mix
// Flour") is words, which the spelling test turns down; a lone word is
// left to the other rules (a pet's name, a weekday: "14:30 — Fido"); a
// name before a field of premises ("Chai Corner, Stall 9") is a shop's.
// A lead that holds a span is no reference: "2. Ilse de Groot – Buyer",
// "3) Pichit Wongsa – Laos" name the person first and say more of
// them after.

// leadRefMax bounds the bytes of a line's lead before its separator.
const leadRefMax = 28

// leadRefNames appends the names after the leads of text's lines (see
// above) when no span of dst covers the lead or the name. personSpans calls it for a text
// with a line break. A lead holds a digit: a line whose first bytes have
// none in the scan's digit marks is passed over without a read of its
// bytes, and a text with no digit at all at once.
//
//go:noinline
func leadRefNames(sc *textScan, dst []Span) []Span {
	text := sc.text
	lg := spanGuard{live: true} // liveSpanOverlaps for a long text's many names
	for ls := 0; ls < len(text) && sc.sum.digits != 0; {
		le := sc.lineEnd(ls) // engine24_lines.go: from the newline marks
		lim := min(le, ls+leadRefMax+4)
		if lim-2 <= ls || sc.markBits(mkDigit, ls, lim-2-ls) == 0 {
			ls = le + 1 // leadRefAt reads text[ls:lim-2] for the lead's digit
			continue
		}
		if v, ok := leadRefAt(text, ls, lim); ok {
			if e, ok := roleValueEnd(text, v); ok && !lg.overlaps(dst, len(text), ls, e) && leadNameLike(text, v, e) {
				dst = append(dst, Span{Start: v, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
					Reason: "name after a record line's reference, time or date"})
			}
		}
		ls = le + 1
	}
	reportWork("leadRefNames", lg.work)
	return dst
}

// leadRefAt returns where the field after the lead of the line that
// starts at ls starts, when the line opens with a lead (see the file's
// comment) whose separator ends before lim.
func leadRefAt(text string, ls, lim int) (int, bool) {
	digit, capWords := false, 0
	for i := ls; i+2 < lim; i++ {
		c := text[i]
		if i == ls || text[i-1] == ' ' {
			// two capitalised words in a row: a name ("Cand2: Joao
			// Batista — Kikuyu"), whose line is no reference's
			if capWords++; !upperRuneAt(text, i) || !isLower(text[i+1]) && text[i+1] < 0x80 {
				capWords = 0
			} else if capWords == 2 {
				return 0, false
			}
		}
		switch {
		case isDigit(c):
			digit = true
		case c == ' ' && i > ls:
			n := 0
			switch {
			case text[i+1] == '|' || text[i+1] == '/':
				n = 1
			case i+3 < lim && text[i+1] == 0xE2 && text[i+2] == 0x80 && (text[i+3] == 0x93 || text[i+3] == 0x94):
				n = 3 // "–", "—"
			}
			if n > 0 && i+n+2 < len(text) && text[i+n+1] == ' ' {
				return i + n + 2, digit
			}
		case c == '\t' || c == '\n':
			return 0, false
		}
	}
	return 0, false
}

// leadNameLike reports whether the name text[v:e] after a lead is one
// (see the file's comment). A lone word is not: a groomer's or a vet's
// book gives the pet's name there ("gio 20, 16:30 – Fido (meticcio)"),
// a run sheet the day ("RUN 4 — Thu — …").
func leadNameLike(text string, v, e int) bool {
	if premisesFieldAfter(text, e) {
		return false // "Order 51 | Chai Corner, Stall 9, …": a shop's line
	}
	if strings.IndexByte(text[v:e], ' ') >= 0 {
		// roleValueEnd tested the spelling with a record's thresholds;
		// a line with no digit or '@' after the name has no contact
		// data, and is held to a run's ("Step 2 – Mix Flour")
		le := lineEndAt(text, e)
		return strings.IndexAny(text[e:le], "0123456789@") >= 0 || spellNameLikeAt(text, v, e, spellRunMean, spellRunFloor)
	}
	return false
}

// premisesFieldAfter reports whether a field of a capitalised word and a
// number follows the name that ends at e ("…, Shop 4, …", "…, Unit 6"):
// the premises of a business, whose name the field before is.
func premisesFieldAfter(text string, e int) bool {
	if e+4 >= len(text) || text[e] != ',' || text[e+1] != ' ' || !isUpper(text[e+2]) {
		return false
	}
	k := e + 3
	for k < len(text) && isLower(text[k]) {
		k++
	}
	return k+1 < len(text) && text[k] == ' ' && isDigit(text[k+1])
}
