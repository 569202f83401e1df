package redact

// The rarely taken branches of addressRuns (address.go), moved out of its
// loop so the tests every digit run passes through sit close together in
// the code. Each is the branch's code as it stood in the loop; sp, when
// passed, is the loop's own Span (some readers fill it in part). They are
// kept out of line (go:noinline) for the same reason.
//
// Measured (engine27, session 20): no gain. addressRuns shrank from
// 21,932 to 14,892 bytes, but its I1 misses per Find did not move (17.80 →
// 17.90) and the calls cost instructions: the compiler already lays out
// the branches that call out of line, so a prompt never fetched them.

// addrStreet adds the street sp found and what follows it (afterStreet).
//
//go:noinline
func addrStreet(text string, sp *Span, dst []Span, skipTo int) ([]Span, int) {
	dst = append(dst, *sp)
	skipTo = sp.End
	return afterStreet(text, sp.End, dst, skipTo)
}

// addrStreetTail is addrStreet for streetAt's street, first extended over
// a unit's or a flat's tail.
//
//go:noinline
func addrStreetTail(text string, sp *Span, dst []Span, skipTo int) ([]Span, int) {
	if sp.End+1 < len(text) && (text[sp.End] == ' ' || text[sp.End] == ',') {
		sp.End = intlTailAfter(text, sp.End) // "Av. Reforma No. 150 Int. 4", "bul. Vitosha 14, vh. A" (address_intl.go)
		if tailMaybe(text, sp.End) {
			sp.End = flatTailAfter(text, sp.End) // "Ahornstraße 8, Hinterhaus, 3. OG links" (loc13_tail.go)
		}
	}
	dst = append(dst, *sp)
	skipTo = sp.End
	return afterStreet(text, sp.End, dst, skipTo)
}

// addrStreetSpan adds a street address from st to e with reason (a fixed
// string) and what follows it.
//
//go:noinline
func addrStreetSpan(text string, st, e int, reason string, dst []Span) ([]Span, int) {
	dst = append(dst, Span{Start: st, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address",
		Score: 0.85, Reason: reason})
	return afterStreet(text, e, dst, e)
}

// addrAfterMark reads a run right after a dash or a '#': "LT-03107
// Vilnius", "Calle Hidalgo #45" (address_intl*.go).
//
//go:noinline
func addrAfterMark(text string, r digitRun, sp *Span, dst []Span, skipTo int) ([]Span, int) {
	if text[r.start-1] == '-' {
		if isUpper(text[r.start-2]) {
			var e int
			if dst, e = countryPostcodeAt(text, r, dst); e > 0 {
				skipTo = e
			}
		}
	} else if intlStreetGate(text, r) && intlStreetAt(text, r, sp) {
		dst = append(dst, *sp)
		skipTo = sp.End
		dst, skipTo = afterStreet(text, sp.End, dst, skipTo)
	}
	return dst, skipTo
}

// addrSixDigits reads a run of six digits: only an Indian PIN after its
// label or a known city ("Bengaluru 560041") and the six-digit codes
// below.
//
//go:noinline
func addrSixDigits(text string, r digitRun, dst []Span, skipTo int) ([]Span, int) {
	n0 := len(dst)
	if dst = pinAt(text, r, dst); len(dst) == n0 && r.start >= 2 && labelByteIntl[text[r.start-2]] {
		if zp, ok := labelledIntlPostcode(text, r); ok {
			dst = append(dst, zp) // "cod poștal 400123" (address_intl_postcodes.go)
			skipTo = zp.End
		}
	}
	if len(dst) == n0 && r.start >= 2 && text[r.start-1] == '(' {
		var zp Span
		if sgPostcodeAt(text, r, &zp) {
			dst = append(dst, zp) // "S(520088)" (read16b_sg_postcode.go)
			skipTo = zp.End
		}
	}
	if len(dst) == n0 && n0 > 0 && r.start-dst[n0-1].End <= 60 {
		if zp, ok := sixDigitCodeOnStreetLine(text, r, dst); ok {
			dst = append(dst, zp) // "…, Brașov 500030" (street9_postcodes.go)
			skipTo = zp.End
		}
	}
	if len(dst) == n0 && r.start >= 4 && text[r.start-1] == ' ' && isLower(text[r.start-2]) {
		// "…, jayanagar, bengaluru 560041" (address_in_lower.go)
		if dst = lowerPinAt(text, r, dst); len(dst) > n0 {
			skipTo = r.end
		}
	}
	return dst, skipTo
}

// addrPOBox adds a post office box (or a rural route) whose word starts
// at st before the run r, and what follows it.
//
//go:noinline
func addrPOBox(text string, r digitRun, st int, dst []Span, skipTo int) ([]Span, int) {
	e := poBoxNumberEnd(text, r.end)
	reason := "post office box number"
	if rr, ok := routeBox(text, st, r.start-1, e); rr != "" {
		// "RR 3, Site 2", "RMB 4521, Nowra", "HC 74
		// Box 12, Sanders": a route goes on with its
		// parts or its town ("scored RR 2, then" does
		// not; address_box.go).
		if !ok {
			return dst, skipTo
		}
		reason = rr
	}
	dst = append(dst, Span{Start: st, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address",
		Score: 0.85, Reason: reason})
	skipTo = e
	if zp, ok := kenyanBoxPostcode(text, e); ok {
		// "P.O. Box 1234-00100 Nairobi" (address_intl_postcodes.go)
		dst = append(dst, zp)
		skipTo = zp.End
		return cityAfterPostcode(text, zp, dst, skipTo)
	}
	return afterStreet(text, e, dst, skipTo)
}

// addrPostcode adds the postcode sp that postcodeAt read at r, with the
// lines of its address before it and its town after it.
//
//go:noinline
func addrPostcode(text string, r digitRun, sp *Span, dst []Span) ([]Span, int) {
	if st, ok := ruralLineBefore(text, sp.Start); ok && (len(dst) == 0 || dst[len(dst)-1].End <= st.Start) {
		dst = append(dst, st) // "Lieu-dit Les Granges, 46100 Figeac" (address_intl.go)
	} else if st, ok := streetBeforeCode(text, r, dst); ok {
		dst = append(dst, st) // "Tamme 9-3, 50410 Tartu" (street9_streets.go)
	} else if sp.Reason == eircodeReason {
		// "Rathcoole, Kilbeggan Road, Tullamore, Co. Offaly R35
		// H2K8" (address_ie_townland.go)
		dst = irishLinesBefore(text, sp.Start, dst)
	} else if sp.Rule == "builtin.uk_postcode" {
		// "Rose Cottage, Mill Lane, Bampton OX18 2HE"
		// (address_uk_house.go)
		n0 := len(dst)
		if dst = ukLinesBefore(text, sp.Start, dst); len(dst) == n0 {
			dst = welshLinesBefore(text, sp.Start, dst) // "Ty Coch, Heol y Bont, …" (street9_streets.go)
		}
		if len(dst) == n0 {
			dst = ukHouseNameLine(text, sp.Start, dst) // "The Old Smithy, Nether Stowey, TA5 1LN" (loc12_uk.go)
		}
		if len(dst) == n0 {
			dst = ukFlatLine(text, sp.Start, dst) // "Flat 2A, 37 Kings Reach, Leeds LS1 4XY" (loc13_uk.go)
		}
	}
	if sp.Start > 0 && text[sp.Start-1] == ';' {
		dst, _ = vcardADRBefore(text, sp.Start, dst) // "ADR;TYPE=HOME:;;…;Town;;PC" (address15_vcard.go)
	}
	dst = append(dst, *sp)
	return cityAfterPostcode(text, *sp, dst, sp.End)
}
