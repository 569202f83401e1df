package redact

// Vietnamese alley addresses (read16b, session 19).
//
// Class: a documented national format. A Vietnamese city address gives the
// house number, then the alley ("ngõ" in the north, "hẻm" in the south,
// "kiệt" in the centre) and its number, sometimes a sub-alley ("ngách")
// and its number first, then the street's name: "8 Ngõ 12 Láng Hạ", "25
// Ngách 4 Ngõ 80 Chùa Bộc", "15 Hẻm 220 Lê Văn Sỹ". The alley word stood
// where streetAfterNumber wanted a street name or an English type word,
// and a number followed it, so the whole line was lost.
//
// The first alley word is capitalised; a lower-case one right after a
// house number ("15 hẻm 220") does not reach streetAfterNumber and is
// left (a lower-case sub-alley after a capitalised one is read).
//
// Safe: it needs the alley word right after the house number, a number of
// one to four digits (a "/" and a second number allowed) after each alley
// word, and one to four capitalised name words at the end; "12 hẻm" alone
// or an alley word before a lower-case word is not read.
// Cost: one byte test on the first byte of the word after a house number.

// vnAlleyReason is the reason of a street read by vnAlleyAfter. Its score
// (0.96, numberFirstStreet) outranks the person detector's reading of the
// street's name: Vietnamese streets are named for people ("Lê Văn Sỹ",
// "Hùng Vương"), and the alley and its numbers before the name make the
// address reading the certain one.
const vnAlleyReason = "house number, alley and street name (VN)"

// vnAlleyWord reports whether tok is a Vietnamese alley or sub-alley word.
func vnAlleyWord(tok string) bool {
	switch tok {
	case "Ngõ", "ngõ", "Ngách", "ngách", "Hẻm", "hẻm", "Kiệt", "kiệt":
		return true
	}
	return false
}

// vnAlleyAfter reads one to three alley words with their numbers from the
// word w (the word after a house number) and the street's name after
// them, and returns where the name ends.
func vnAlleyAfter(text string, w word) (int, bool) {
	i := w.start
	for k := 0; k < 3; k++ {
		a, ok := addrWordAt(text, i)
		if !ok || !vnAlleyWord(a.str(text)) {
			if k == 0 {
				return 0, false
			}
			break
		}
		j := a.end
		if j+2 > len(text) || text[j] != ' ' || !isDigit(text[j+1]) {
			return 0, false
		}
		d := j + 1
		j = d
		for j < len(text) && j-d < 5 && isDigit(text[j]) {
			j++
		}
		if j-d > 4 {
			return 0, false
		}
		if j+1 < len(text) && text[j] == '/' && isDigit(text[j+1]) {
			for j++; j < len(text) && isDigit(text[j]); j++ {
			}
		}
		if j+1 >= len(text) || text[j] != ' ' {
			return 0, false
		}
		i = j + 1
	}
	end, n := nameWordsAfter(text, i-1, 4)
	if n == 0 {
		return 0, false
	}
	return end, true
}
