package redact

// The prefecture, city and ward before a Japanese or Chinese address in
// its own script ("大阪府大阪市北区梅田1-1-3", "广东省广州市天河区体育西路
// 103号"): jpScriptAt and cnScriptAt read the district and its numbers as
// the street address; the administrative units before it are where the
// person lives, as a town after a Latin-script street is.

// cjkUnitMark reports whether the character at i ends a prefecture's,
// province's, city's, ward's, county's, town's or village's name in
// Japanese or Chinese (都, 道, 府, 県, 省, 市, 区, 郡, 县, 町, 村, 镇).
func cjkUnitMark(text string, i int) bool {
	switch text[i : i+3] {
	case "都", "道", "府", "県", "省", "市", "区", "郡", "县", "町", "村", "镇":
		return true
	}
	return false
}

// cjkNameChar reports whether the three bytes at i are a CJK ideograph
// (U+4E00 to U+9FFF) or a kana (U+3041 to U+30FF), as a place's name
// holds; not the ideographic space or punctuation (U+3000 to U+303F).
func cjkNameChar(text string, i int) bool {
	c := text[i]
	return c >= 0xE4 && c <= 0xE9 || c == 0xE3 && (text[i+1] == 0x81 || text[i+1] == 0x82 || text[i+1] == 0x83)
}

// cjkAdminTowns appends a LOCATION span for each administrative unit (two
// characters or more ending in a mark of cjkUnitMark) that the CJK name
// characters right before s, the start of a street address, consist of,
// in text order, up to 16 characters back.
func cjkAdminTowns(text string, s int, dst []Span) []Span {
	b := s
	for b >= 3 && s-b < 48 && cjkNameChar(text, b-3) {
		b -= 3
	}
	u := b
	for k := b; k+3 <= s; k += 3 {
		if cjkUnitMark(text, k) && k+3-u >= 6 {
			dst = append(dst, Span{Start: u, End: k + 3, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
				Reason: "prefecture, city or ward before a CJK street address"})
			u = k + 3
		}
	}
	return dst
}
