package redact

// A name followed by a comma and an e-mail address whose local part
// repeats one of the name's words is the address's owner, as sign-up and
// guest lists write them ("- Jorrit van der Wiel, jorrit@ziggo.nl",
// "Ama Kyei, kyei.ama@…"): the echo vouches for capitalised words that no
// gazetteer knows, where an address alone would not ("Acme Corp,
// support@…" repeats nothing). A run with a stop word, a city or a
// trade's word ("Pinewood Dental, pinewood@…") is a business's.

// mailEchoAfter reports whether ", " and an e-mail address follow the
// run text[start:end] and the address's local part holds one of the
// run's words of three or more ASCII letters, in lower case.
func mailEchoAfter(text string, start, end int) bool {
	if end+4 >= len(text) || text[end] != ',' || text[end+1] != ' ' {
		return false
	}
	i := end + 2
	at := -1
	for k := i; k < len(text) && k-i < 48; k++ {
		c := text[k]
		if c == '@' {
			at = k
			break
		}
		if c == ' ' || c == '\n' || c == ',' || c == '<' || c == '(' {
			return false
		}
	}
	if at <= i {
		return false
	}
	local := text[i:at]
	echo := false
	for w := start; w < end; {
		e := w
		for e < end && text[e] != ' ' {
			e++
		}
		if nameFlagsOf(text[w:e])&(nameStop|nameCity) != 0 || businessWords.has(text[w:e]) || businessFirstWords.has(text[w:e]) {
			return false // "Pinewood Logistics, pinewood@…", "Acme Corp"
		}
		if !echo && e-w >= 3 && isUpper(text[w]) && asciiFoldIn(local, text[w:e]) {
			echo = true
		}
		w = e + 1
	}
	return echo
}

// asciiFoldIn reports whether word, an ASCII word compared without
// case, occurs in s; a word with other bytes never does.
func asciiFoldIn(s, word string) bool {
	n := len(word)
	for k := 0; k+n <= len(s); k++ {
		j := 0
		for j < n && word[j] < 0x80 && s[k+j]|0x20 == word[j]|0x20 {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}
