package redact

// Vietnamese names are written family name first, then a middle name,
// then the given name ("Nguyen Van An", "Tran Thi Mai"). The middle names
// "Van" and "Thi" mark them; "Van" is a Dutch particle too, and the given
// name may be a stop word ("An"), so scoreNameRun would split such a run:
// vietnameseName reads it first.

// vietFamily are the common Vietnamese family names, with and without
// their diacritics.
var vietFamily = boolTable(map[string]bool{
	"Nguyen": true, "Nguyễn": true, "Tran": true, "Trần": true, "Le": true, "Lê": true, "Pham": true,
	"Phạm": true, "Hoang": true, "Hoàng": true, "Huynh": true, "Huỳnh": true, "Phan": true, "Vu": true,
	"Vũ": true, "Vo": true, "Võ": true, "Dang": true, "Đặng": true, "Bui": true, "Bùi": true, "Do": true,
	"Đỗ": true, "Ho": true, "Hồ": true, "Ngo": true, "Ngô": true, "Duong": true, "Dương": true, "Ly": true,
	"Lý": true, "Truong": true, "Trương": true, "Dinh": true, "Đinh": true, "Doan": true, "Đoàn": true,
	"Luong": true, "Lương": true, "Trinh": true, "Trịnh": true, "Quach": true, "Quách": true, "Vuong": true,
	"Vương": true, "Kieu": true, "Kiều": true, "Ha": true, "Hà": true, "Ta": true, "Tạ": true, "Lam": true,
})

// vietMiddle are the middle names that mark a Vietnamese name: "Van"
// (men) and "Thi" (women).
var vietMiddle = boolTable(map[string]bool{"Van": true, "Văn": true, "Thi": true, "Thị": true})

// vietnameseName returns the span of a Vietnamese name that toks, a run of
// exactly three capitalised words, holds: a Vietnamese family name, "Van"
// or "Thi", and a given name that is no well-known name's last word ("Van
// Gogh"). (A run of three stop words, "Le Van An", never gets here.)
func vietnameseName(text string, toks []nameTok) (Span, bool) {
	if len(toks) != 3 || toks[1].initial || toks[2].initial || toks[2].particle ||
		!vietMiddle.has(text[toks[1].start:toks[1].end]) || !vietFamily.has(text[toks[0].start:toks[0].end]) ||
		notableLastWords.has(text[toks[2].start:toks[2].end]) {
		return Span{}, false // not "Le Van Gogh"
	}
	return Span{Start: toks[0].start, End: toks[2].end, Type: "PERSON", Rule: "builtin.person", Score: 0.85,
		Reason: "Vietnamese family name, middle name and given name"}, true
}
