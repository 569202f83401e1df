package redact

import (
	"strings"
	"unicode/utf8"
)

// Korean names in prose, where no honorific follows them (person9_cjk.go
// reads "박서윤 님", person14_cjk.go "이름: 김민준"): a word of a surname
// syllable (koSurnames) and two more, then maybe a particle or the
// copula attached ("이도윤이고", "정수아입니다", "한승우가"), which stays
// outside the span, in one of three places:
//   - after "이름은", "성함은" and the like ("아기 이름은 …");
//   - after a kinship noun ("남편 …", "딸 …");
//   - before the dative of persons "에게", "한테" ("…에게 보내 주세요"),
//     unless the word is a common noun of koNotNames ("고양이에게").
// A given name's last syllable is no particle's ("나중에" is no name).

// koNameCues are the words (a name noun and its particle) after which the
// next word is a name.
var koNameCues = map[string]bool{
	"이름은": true, "이름이": true, "이름": true, "성함은": true, "성함이": true, "성함": true, "이름요": true,
	"성명은": true, "본명은": true, "예약자는": true, "예약자명은": true, "신청자는": true,
}

// koKinWords are Korean kinship nouns that stand right before a name.
var koKinWords = map[string]bool{
	"남편": true, "아내": true, "와이프": true, "딸": true, "아들": true, "큰딸": true, "작은딸": true, "큰아들": true,
	"작은아들": true, "막내": true, "엄마": true, "아빠": true, "어머니": true, "아버지": true, "동생": true,
	"남동생": true, "여동생": true, "형": true, "누나": true, "언니": true, "오빠": true, "손자": true, "손녀": true,
	"아기": true, "아이": true, "조카": true, "친구": true, "할머니": true, "할아버지": true, "자녀": true,
	"신랑": true, "신부": true, "시어머니": true, "장모": true, "사위": true, "며느리": true,
}

// koNotNames are common nouns of three syllables whose first is a
// surname's and that take the dative of persons.
var koNotNames = map[string]bool{
	"고양이": true, "강아지": true, "남동생": true, "여동생": true, "원숭이": true, "선생님": true, "고객님": true,
	"사장님": true, "부모님": true, "남자들": true, "여자들": true, "이웃집": true, "구독자": true, "신청자": true,
	"이용자": true, "조카딸": true, "지원자": true, "우리집": true, "이사님": true, "오빠들": true, "주인님": true,
}

// koTails are what may follow a name inside its word: particles, the
// copula and its endings, a short honorific.
var koTails = map[string]bool{
	"": true, "이": true, "가": true, "은": true, "는": true, "을": true, "를": true, "의": true, "과": true, "와": true,
	"도": true, "만": true, "에게": true, "한테": true, "께": true, "이고": true, "고": true, "이에요": true,
	"이예요": true, "예요": true, "에요": true, "입니다": true, "이며": true, "이라고": true, "라고": true,
	"이랑": true, "랑": true, "이야": true, "야": true, "이다": true, "이는": true, "이를": true, "이가": true,
	"이의": true, "이도": true, "이와": true, "이에게": true, "이한테": true, "양": true, "군": true, "씨": true,
	"님": true, "이고요": true, "이구요": true,
}

// koGivenLastNot are syllables of particles and endings that end no given
// name ("나중에", "마지막").
const koGivenLastNot = "에서로게다요고면며만도님씨들께"

// hangulProseName reads a Korean name at i in one of the places above.
func hangulProseName(text string, i int) (int, int, string) {
	e := scriptWordEnd(text, i, scHangul)
	if e-i < 9 || !strings.Contains(koSurnames, text[i:i+3]) {
		return 0, 0, ""
	}
	name, tail := text[i:i+9], text[i+9:e]
	if koRoles[name] || koNotNames[name] || koNameCues[text[i:e]] || koKinWords[text[i:e]] || strings.Contains(koGivenLastNot, text[i+6:i+9]) || !koTails[tail] {
		return 0, 0, ""
	}
	if tail == "에게" || tail == "한테" || tail == "이에게" || tail == "이한테" {
		return i, i + 9, "Korean name before the dative of persons"
	}
	if a, b, ok := scriptWordBefore(text, i); ok && utf8.ValidString(text[a:b]) {
		w := text[a:b]
		if koNameCues[w] {
			return i, i + 9, "Korean name after a word for name"
		}
		if koKinWords[w] {
			return i, i + 9, "Korean name after a kinship word"
		}
	}
	return 0, 0, ""
}
