package redact

import "strings"

// Japanese and Korean addresses in their own script (address_jpkr.go reads
// them in Latin letters).
//
// A Japanese address runs from the prefecture down without spaces:
// "東京都渋谷区恵比寿2-14-6 サンハイツ201号室" (prefecture 都, ward 区, the
// district, then its chōme, banchi and gō as dash-joined numbers, or
// "1丁目3番地5号", then a building and its room, 号室), with the postcode
// "〒060-0042" before it. jpScriptAt reads the district (after the last
// ward, city or prefecture mark), its numbers and the building; the
// prefecture, city and ward before it are LOCATION spans, as a town after
// a street is (cjkAdminTowns, locdob10_cjk.go). A line whose label names
// the business's own place (本社, 本店, 店舗, 事務所, 営業所: head office,
// shop, office) is left.
//
// A Korean road address names the road, which ends in 로 (ro) or 길 (gil),
// then the building's number, then the building's 동 (dong) and the
// flat's 호 (ho): "봉은사로 215, 302동 1104호", "해운대해변로 23길 7".
// The five-digit postcode comes first or last ("서울 06236"). krScriptRoadAt
// reads the road, number, building and flat; krPostcodeAt the postcode on
// the line of such a road, after a postcode label or before a city.

// jpMarkBefore reports whether the postcode mark 〒 ends right before i.
func jpMarkBefore(text string, i int) bool {
	return i >= 3 && text[i-3] == 0xE3 && text[i-2] == 0x80 && text[i-1] == 0x92
}

// cjkAt reports whether a three-byte character of the CJK, kana or
// Hangul blocks (lead bytes 0xE3 to 0xED) other than CJK punctuation
// (U+3000 to U+303F: "、", "。", "〒", the ideographic space) starts at i.
func cjkAt(text string, i int) bool {
	if i+3 > len(text) {
		return false
	}
	c := text[i]
	return c >= 0xE3 && c <= 0xED && !(c == 0xE3 && text[i+1] == 0x80)
}

// jpAdminMark reports whether the character at i is one that ends a
// prefecture, city, district or ward's name (都, 道, 府, 県, 市, 区, 郡).
func jpAdminMark(text string, i int) bool {
	switch text[i : i+3] {
	case "都", "道", "府", "県", "市", "区", "郡":
		return true
	}
	return false
}

// cjkBack walks back from i over CJK characters, at most limit bytes, and
// returns where they start and where the text after the nearest character
// that isMark accepts starts (-1 when there is none).
func cjkBack(text string, i, limit int, isMark func(string, int) bool) (s, mark int) {
	s, mark = i, -1
	for s >= 3 && cjkAt(text, s-3) && i-s < limit {
		s -= 3
		if mark < 0 && isMark(text, s) {
			mark = s + 3
		}
	}
	return s, mark
}

// cjkPremisesLabels are the words that label a business's own address in
// Japanese (head office, main shop, shop, office, branch, company) and
// Korean (head office, shop, branch, office, company).
var cjkPremisesLabels = []string{"本社", "本店", "店舗", "事務所", "営業所", "支店", "会社",
	"본사", "매장", "지점", "사무실", "회사"}

// cjkPremisesBefore reports whether the line before s (at most 100 bytes)
// holds one of cjkPremisesLabels.
func cjkPremisesBefore(text string, s int) bool {
	ls := s
	for ls > 0 && s-ls < 100 && text[ls-1] != '\n' {
		ls--
	}
	for _, l := range cjkPremisesLabels {
		if strings.Contains(text[ls:s], l) {
			return true
		}
	}
	return false
}

// jpScriptAt reads a Japanese address whose chōme is the run r (one or two
// digits after a CJK character, then dash-joined numbers or 丁目) and
// stores it in sp.
//
//go:noinline
func jpScriptAt(text string, r digitRun, sp *Span) bool {
	e := r.end
	if text[e] == '-' {
		var n int
		if e, n = dashGroups(text, r); n < 2 {
			return false
		}
	} else if strings.HasPrefix(text[e:], "丁目") {
		e = jpBlockKanjiEnd(text, e+6)
	} else if strings.HasPrefix(text[e:], "番地") || strings.HasPrefix(text[e:], "番") && e+4 < len(text) && isDigit(text[e+3]) {
		// a town with no chōme, its banchi ("恵比須町427番地", "本町12番3号"):
		// read only after a ward's or city's mark (street23b)
		if s, mark := cjkBack(text, r.start, 60, jpAdminMark); mark < 0 || mark >= r.start || cjkPremisesBefore(text, s) {
			return false
		}
		e = jpBlockKanjiEnd(text, r.start)
	} else {
		return false
	}
	// The district before the numbers: back over CJK characters to the
	// last administrative mark, which must be there.
	s, mark := cjkBack(text, r.start, 60, jpAdminMark)
	if mark < 0 {
		if !strings.HasPrefix(text[r.end:], "丁目") && !wardBeforeSpace24(text, s) {
			return false
		}
		mark = s // "東京都渋谷区 神宮前3-14-8": the ward set off by a space (street24)
	}
	if mark == r.start {
		mark = s // "大阪市北区梅田1-1-3" has its district; "区1-2" has none
	}
	if cjkPremisesBefore(text, s) {
		return false
	}
	*sp = Span{Start: mark, End: jpBuildingEnd(text, e), Type: "STREET_ADDRESS", Rule: "builtin.address",
		Score: 0.85, Reason: "Japanese district and block numbers (chome, banchi, go)"}
	return true
}

// jpBlockKanjiEnd returns where "3番地5号" (or "3番5号", "3-5") after "1丁目"
// ends, from k.
func jpBlockKanjiEnd(text string, k int) int {
	e := k
	for range 2 {
		j := e
		if j < len(text) && text[j] == '-' {
			j++
		}
		d := j
		for j < len(text) && isDigit(text[j]) && j-d < 4 {
			j++
		}
		if j == d {
			return e
		}
		switch {
		case strings.HasPrefix(text[j:], "番地"):
			j += 6
		case strings.HasPrefix(text[j:], "番"), strings.HasPrefix(text[j:], "号"):
			j += 3
		case text[d-1] != '-':
			return e
		}
		e = j
	}
	return e
}

// jpBuildingEnd returns where a building and its room after a block
// address that ends at e end ("サンハイツ201号室", " パークヒル 3階"), or e.
func jpBuildingEnd(text string, e int) int {
	j := e
	if j < len(text) && text[j] == ' ' {
		j++
	} else if j+3 <= len(text) && text[j:j+3] == "　" {
		j += 3
	}
	k := j
	for k < len(text) && k-j < 45 && (cjkAt(text, k) || text[k] == ' ') {
		if text[k] == ' ' {
			k++
		} else {
			k += 3
		}
	}
	d := k
	for k < len(text) && isDigit(text[k]) && k-d < 5 {
		k++
	}
	if k == d {
		return e
	}
	for _, room := range []string{"号室", "号", "階"} {
		if strings.HasPrefix(text[k:], room) {
			return k + len(room)
		}
	}
	if j > e && d-j >= 6 && k-d <= 4 && (k == len(text) || text[k] == '\n' || text[k] == ' ' || text[k] == ',' ||
		text[k] == ')' || text[k] == '\r') {
		return k // " メゾン青山402": a building's name and its room's number alone (street24)
	}
	return e
}

// wardBeforeSpace24 reports whether a space (ASCII or ideographic) ends
// right before s and a ward's, city's or town's mark before it ("東京都渋谷区
// 神宮前…").
func wardBeforeSpace24(text string, s int) bool {
	switch {
	case s >= 4 && text[s-1] == ' ':
		s--
	case s >= 6 && text[s-3:s] == "　":
		s -= 3
	default:
		return false
	}
	if s < 3 || !cjkAt(text, s-3) {
		return false
	}
	switch text[s-3 : s] {
	case "区", "市", "町", "村", "郡":
		return true
	}
	return false
}

// krRoadEndBefore reports whether the Hangul road-name ending 로 or 길
// and a space end right before i.
func krRoadEndBefore(text string, i int) bool {
	if i < 4 || text[i-1] != ' ' {
		return false
	}
	t := text[i-4 : i-1]
	return t == "로" || t == "길"
}

// krScriptRoadAt reads a Korean road address whose building number (or
// the number of its side road, "23길") is the run r after "…로 " or "…길 "
// and stores it in sp.
//
//go:noinline
func krScriptRoadAt(text string, r digitRun, sp *Span) bool {
	if !krRoadEndBefore(text, r.start) {
		return false
	}
	s := r.start - 1
	for {
		for s >= 3 && cjkAt(text, s-3) {
			s -= 3
		}
		// a side road's number inside the road's name ("월드컵북로12길 34";
		// street24)
		d := s
		for d > 0 && isDigit(text[d-1]) && s-d < 4 {
			d--
		}
		if d == s || d < 3 || !cjkAt(text, d-3) {
			break
		}
		s = d
	}
	e := r.end
	switch {
	case strings.HasPrefix(text[e:], "번길 "), strings.HasPrefix(text[e:], "가길 "):
		e += 7 // "…로 27번길 7", "…로 27가길 15" (a side road's side road; street23b)
	case strings.HasPrefix(text[e:], "길 "):
		e += 4
	default:
		e = -1
	}
	if e > 0 {
		// a side road: its building number follows ("23길 7")
		d := e
		for e < len(text) && isDigit(text[e]) && e-d < 5 {
			e++
		}
		if e == d {
			return false
		}
	} else {
		e = r.end
	}
	if !wordEndAt(text, e) && text[e] != '-' {
		return false
	}
	if e+1 < len(text) && text[e] == '-' && isDigit(text[e+1]) { // "152-3"
		e++
		for e < len(text) && isDigit(text[e]) {
			e++
		}
	}
	if cjkPremisesBefore(text, s) {
		return false
	}
	*sp = Span{Start: s, End: krFlatEnd(text, e), Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "Korean road name (-ro, -gil) and building number"}
	return true
}

// krFlatEnd returns where the building (동), flat (호) and floor (층)
// after a Korean road address that ends at e end ("…, 101동 1203호",
// " 1203호", ", 3층"), or e.
func krFlatEnd(text string, e int) int {
	j := e
	if j+1 < len(text) && text[j] == ',' {
		j++
	}
	for range 2 {
		if j+1 >= len(text) || text[j] != ' ' || !isDigit(text[j+1]) {
			return e
		}
		k := j + 1
		for k < len(text) && isDigit(text[k]) && k-j < 6 {
			k++
		}
		if !strings.HasPrefix(text[k:], "동") && !strings.HasPrefix(text[k:], "호") && !strings.HasPrefix(text[k:], "층") {
			return e
		}
		j = k + 3
		e = j
	}
	return e
}

// krPostcodeAt reads a Korean postcode, the five-digit run r after a
// Hangul word and a space: on the line of a road address (the last span
// of dst), after the label 우편번호, or before a city or province (a word
// that ends in 시 or 도).
func krPostcodeAt(text string, r digitRun, dst []Span, sp *Span) bool {
	if r.start < 4 || !cjkAt(text, r.start-4) || !wordEndAt(text, r.end) {
		return false
	}
	ok := spanOnLine(text, dst, r.start) || r.start >= 13 && text[r.start-13:r.start-1] == "우편번호"
	if !ok && r.end+1 < len(text) && text[r.end] == ' ' {
		k := r.end + 1
		for k < len(text) && cjkAt(text, k) && k-r.end < 20 {
			k += 3
		}
		ok = k > r.end+1 && (text[k-3:k] == "시" || text[k-3:k] == "도")
	}
	if !ok {
		return false
	}
	*sp = Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
		Reason: "Korean postcode beside its road address or city"}
	return true
}

// cjkAfterCode reports whether a CJK character starts at e or after a
// space at e (the prefecture after a postcode that ends at e).
func cjkAfterCode(text string, e int) bool {
	if e < len(text) && text[e] == ' ' {
		e++
	}
	return e < len(text) && text[e] >= 0xE3 && text[e] <= 0xE9
}

// jpPostcodeScript reads a Japanese postcode whose first three digits are
// the run r ("530-0012") after the mark 〒, or before a prefecture or city
// in Japanese script ("060-0042 東京都…").
func jpPostcodeScript(text string, r digitRun) (Span, bool) {
	e := r.end + 5
	if e > len(text) || text[r.end] != '-' || !allDigits(text[r.end+1:e]) || !wordEndAt(text, e) ||
		e < len(text) && text[e] == '-' {
		return Span{}, false
	}
	if !jpMarkBefore(text, r.start) {
		k := e
		if k < len(text) && text[k] == ' ' {
			k++
		}
		found := false
		for j := k; j < len(text) && j-k < 24 && cjkAt(text, j); j += 3 {
			if jpAdminMark(text, j) {
				found = true
				break
			}
		}
		if !found {
			return Span{}, false
		}
	}
	return Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
		Reason: "Japanese postcode"}, true
}

// jpBanchiRun reads a Japanese town's banchi of three or four digits, the
// run r ("恵比須町427番地", kindAddrCJK), with the prefecture, city and
// ward before it, into dst; it returns dst and where the next run may
// start.
//
//go:noinline
func jpBanchiRun(text string, r digitRun, dst []Span, skipTo int) ([]Span, int) {
	var sp Span
	if r.start < 3 || r.end+6 > len(text) || !jpScriptAt(text, r, &sp) {
		return dst, skipTo
	}
	return append(cjkAdminTowns(text, sp.Start, dst), sp), sp.End
}

// cjkScriptAt reads a Japanese block address (jpScriptAt) or a Chinese
// road address (cnScriptAt) whose first number is the run r (before '-',
// 丁目 or 番地, or 号).
func cjkScriptAt(text string, r digitRun, sp *Span) bool {
	if text[r.end] == 0xE5 {
		return cnScriptAt(text, r, sp)
	}
	return r.end+3 < len(text) && jpScriptAt(text, r, sp)
}

// cnRoadBefore reports whether a Chinese road's type (路 road, 街 street,
// 道 avenue, 巷 lane, 弄 alley) ends right before i.
func cnRoadBefore(text string, i int) bool {
	if i < 3 {
		return false
	}
	switch text[i-3 : i] {
	case "路", "街", "道", "巷", "弄":
		return true
	}
	return false
}

// cnAdminMark reports whether the character at i ends a Chinese
// province's, city's, district's or county's name (省, 市, 区, 县, 镇).
func cnAdminMark(text string, i int) bool {
	switch text[i : i+3] {
	case "省", "市", "区", "县", "镇":
		return true
	}
	return false
}

// cnScriptAt reads a Chinese road address whose building number is the
// run r, between the road's type and 号 ("北京市朝阳区建国路88号"), with the
// building, unit and room after it ("3栋2单元502室"), and stores it in sp:
// from after the last district or city mark before the road.
//
//go:noinline
func cnScriptAt(text string, r digitRun, sp *Span) bool {
	if !strings.HasPrefix(text[r.end:], "号") || !cnRoadBefore(text, r.start) {
		return false
	}
	s, mark := cjkBack(text, r.start, 45, cnAdminMark)
	if mark < 0 || mark >= r.start-3 {
		mark = s
	}
	if cjkPremisesBefore(text, s) || cnPremisesBefore(text, s) {
		return false
	}
	e := r.end + 3
	// the building (栋, 幢, 号楼), the unit (单元) and the room (室)
	for range 3 {
		k := e
		for k < len(text) && isDigit(text[k]) && k-e < 5 {
			k++
		}
		if k == e {
			break
		}
		switch {
		case strings.HasPrefix(text[k:], "单元"):
			e = k + 6
		case strings.HasPrefix(text[k:], "号楼"):
			e = k + 6
		case strings.HasPrefix(text[k:], "栋"), strings.HasPrefix(text[k:], "幢"), strings.HasPrefix(text[k:], "室"):
			e = k + 3
		default:
			k = -1
		}
		if k < 0 {
			break
		}
	}
	*sp = Span{Start: mark, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "Chinese road name and building number (hao)"}
	return true
}

// cnPremisesBefore reports whether the line before s names the business's
// own place in Chinese (门店 shop, 总部 head office, 公司 company, 地址 of
// 本店 this shop).
func cnPremisesBefore(text string, s int) bool {
	ls := s
	for ls > 0 && s-ls < 100 && text[ls-1] != '\n' {
		ls--
	}
	for _, l := range []string{"门店", "总部", "公司", "本店", "店铺", "办公室"} {
		if strings.Contains(text[ls:s], l) {
			return true
		}
	}
	return false
}
