package redact

import (
	"strings"
	"unicode/utf8"
)

// Korean and Japanese administrative units where a person lives (loc22).
//
//   - Korean addresses name the city or province and the district before
//     the road ("부산광역시 해운대구 센텀중앙로 97"): words ending in 시
//     (city), 도 (province), 구 or 군 (district, county) right before a
//     Korean road address are LOCATION spans, one a word, when a name
//     comes earlier on the line (a shop's sender line has none). The district and the city after
//     the building ("…, 1203호, 해운대구, 부산 48058") stay unmarked, as
//     TestJapaneseKoreanScriptAddresses wants.
//   - Japanese notes say where someone lives with 在住 ("residing") after
//     the prefecture and the city ("長野県松本市在住"): the units before it,
//     each closed by 都, 道, 府, 県 (prefecture) or 市, 区, 町, 村, 郡, are
//     LOCATION spans.
//
// Cost: a Korean road address's first byte tells (Hangul's lead bytes);
// 在住 is looked for only within cjkResidenceReach bytes after a name
// written in kanji or kana.

// koreanUnitsAround appends the city, province and district words before
// the Korean road address dst[i].
func koreanUnitsAround(text string, dst []Span, i int, sg *streetGuards) []Span {
	g := &sg.over
	s := dst[i].Start
	if !koreanHomeAddress(text, dst, s, &sg.persons) {
		return dst // "발신: 카페 온도, 서울 마포구 …": a shop's
	}
	for k := 0; k < 3 && s >= 7 && text[s-1] == ' '; k++ {
		ws := s - 1
		for ws >= 3 {
			r, size := utf8.DecodeLastRuneInString(text[:ws])
			if !isHangul(r) {
				break
			}
			ws -= size
		}
		if ws == s-1 || !koreanUnitWord(text[ws:s-1]) || g.townOverlaps(dst, len(text), ws, s-1) {
			break
		}
		dst = append(dst, locationSpan(ws, s-1, 0.75, "Korean city, province or district before a road address"))
		s = ws
	}
	return dst
}

// koreanHomeAddress reports whether the Korean road address at s is
// someone's: a name earlier on its line (personEarlierOnLine). A bare
// address, even after 주소 ("address"), is left as it was
// (TestJapaneseKoreanScriptAddresses). pe holds the PERSON spans' ends.
func koreanHomeAddress(text string, dst []Span, s int, pe *posGuard) bool {
	return personEarlierOnLineG(text, dst, s, pe)
}

// koreanUnitWord reports whether w, a word of Hangul syllables, is a
// city's, a province's, a district's or a county's name with its unit:
// two syllables or more, the last one 시, 도, 구 or 군.
func koreanUnitWord(w string) bool {
	if len(w) < 6 {
		return false
	}
	switch w[len(w)-3:] {
	case "시", "도", "구", "군":
		return true
	}
	return false
}

// cjkResidenceReach bounds the bytes after a Japanese name searched for
// 在住.
const cjkResidenceReach = 96

// japaneseResidence appends the units before 在住 after the name dst[i]
// (see above).
func japaneseResidence(text string, dst []Span, i int, g *spanGuard) []Span {
	e := dst[i].End
	hi := min(len(text), e+cjkResidenceReach)
	k := strings.Index(text[e:hi], "在住")
	if k < 0 || strings.IndexByte(text[e:e+k], '\n') >= 0 {
		return dst
	}
	end := e + k
	for n := 0; n < 3; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !japaneseUnitSuffix(r) {
			break
		}
		s := end - size
		for m := 0; m < 6 && s > e; m++ {
			q, qs := utf8.DecodeLastRuneInString(text[:s])
			if japaneseUnitSuffix(q) || !(isKanji(q) || isKatakana(q) || q >= 0x3041 && q <= 0x3096) || japaneseParticle(q) {
				break
			}
			s -= qs
		}
		if s == end-size || g.townOverlaps(dst, len(text), s, end) {
			break
		}
		dst = append(dst, locationSpan(s, end, 0.75, "Japanese prefecture or city before 在住"))
		end = s
	}
	return dst
}

// japaneseUnitSuffix reports whether r closes a Japanese prefecture's,
// city's, ward's, town's, village's or county's name.
func japaneseUnitSuffix(r rune) bool {
	switch r {
	case '都', '道', '府', '県', '市', '区', '町', '村', '郡':
		return true
	}
	return false
}

// japaneseParticle reports whether r is a particle or a kana that ends a
// word before a place ("山田さんは松本市在住": は and ん end the name).
func japaneseParticle(r rune) bool {
	switch r {
	case 'は', 'が', 'の', 'を', 'に', 'で', 'と', 'も', 'へ', 'や', 'ん':
		return true
	}
	return false
}
