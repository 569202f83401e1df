package redact

import "testing"

// TestRead16cAges: the Japanese and Korean age counters, Vietnamese
// "tuổi" and Galician birth dates (read16c_cjkage.go); own values.
func TestRead16cAges(t *testing.T) {
	e, _ := NewEngine(Options{})
	cases := []struct {
		text, typ, want string
	}{
		{"・山田 花子 様(息子 大輝くん 6歳)の予約です", "AGE", "6歳"},
		{"祖母 (82歳) がお世話になりました", "AGE", "82歳"},
		{"- 이민호 님, 58세, 보호자 연락 필요", "AGE", "58세"},
		{"최지우 님(만 9세)은 다음 주 방문", "AGE", "9세"},
		{"Bác Phạm Văn Long - 64 tuổi - khách quen", "AGE", "64 tuổi"},
		{"Nome: Uxía Lema Rei, nacida o 17 de xaneiro de 1984.", "DATE_OF_BIRTH", "17 de xaneiro de 1984"},
		{"Nacido o 5 de decembro de 1979 en Lugo", "DATE_OF_BIRTH", "5 de decembro de 1979"},
	}
	for _, c := range cases {
		found := false
		for _, s := range e.Find(c.text) {
			if s.Type == c.typ && c.text[s.Start:s.End] == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s %q in %v", c.text, c.typ, c.want, e.Find(c.text))
		}
	}
	none := []string{
		"12歳未満のお子様は無料です",
		"3歳から参加できます",
		"19세 이상만 입장 가능",
		"7세 미만 무료",
		"3세대 가족 여행 패키지",
		"2세트 주문하면 할인",
		"21세기 교육",
		"Trẻ em dưới 6 tuổi được miễn phí",
		"Vé miễn phí cho khách từ 65 tuổi",
		"o 12 de xullo de 2025 abrimos a tenda",
	}
	for _, text := range none {
		for _, s := range e.Find(text) {
			if s.Type == "AGE" || s.Type == "DATE_OF_BIRTH" {
				t.Errorf("%q: unexpected %s %q", text, s.Type, text[s.Start:s.End])
			}
		}
	}
}
