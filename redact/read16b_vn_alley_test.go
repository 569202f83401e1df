package redact

import "testing"

// TestVietnameseAlley: house number, alley words with their numbers and
// the street's name (read16b_vn_alley.go); own test values.
func TestVietnameseAlley(t *testing.T) {
	e, _ := NewEngine(Options{})
	cases := []struct{ text, want string }{
		{"Anh Tuấn - nhà ở 8 Ngõ 12 Láng Hạ, gần chợ", "8 Ngõ 12 Láng Hạ"},
		{"Chị Lan - địa chỉ 25 Ngách 4 Ngõ 80 Chùa Bộc, cuối ngõ", "25 Ngách 4 Ngõ 80 Chùa Bộc"},
		{"Ông Bình ở 15 Hẻm 220/7 Lê Văn Sỹ, Quận 3", "15 Hẻm 220/7 Lê Văn Sỹ"},
		{"giao tới 6 Kiệt 41 Hùng Vương nhé", "6 Kiệt 41 Hùng Vương"},
		// no name after the alley's number, or no number after the alley
		{"Đặt 3 Ngõ 5 cái", ""},
		{"Đặt 3 Ngõ nhỏ", ""},
		{"Đặt 3 Ngõ 123456 Láng", ""},
	}
	for _, c := range cases {
		got := lastOfType(e, c.text, "STREET_ADDRESS")
		if got != c.want {
			t.Errorf("%q: street %q, want %q", c.text, got, c.want)
		}
	}
}
