package redact

import "strings"

// Things' names (formats18): a "name" key names what its object is, and
// the key of the object says what that is ("campaign:", {"product": …}).

// thingName reports whether the generic name key key ("name", "nombre",
// "nom" …) names a thing: the object it is in is the value of a key
// that thingNameWords lists ("campaign:\n  name: …", {"product": {"name":
// …}}), not a user's or an account's.
func thingName(key, parent string) bool {
	if parent == "" || len(parent) > 32 {
		return false
	}
	switch strings.ToLower(key) {
	case "name", "nombre", "nom", "nome", "naam", "navn", "namn", "nimi", "isim", "ime", "nama":
	default:
		return false
	}
	var buf [32]byte
	p := lowerASCII(parent, &buf)
	if i := strings.LastIndexAny(p, "_-. "); i >= 0 {
		p = p[i+1:] // "spring_campaign"
	}
	if p == "user" || p == "account" || p == "users" || p == "accounts" {
		return false
	}
	return thingNameWords.has(p) || strings.HasSuffix(p, "s") && thingNameWords.has(p[:len(p)-1])
}

// dropPersons drops the PERSON spans of dst that overlap text[s:e].
func dropPersons(dst []Span, s, e int) {
	for i := range dst {
		if dst[i].Type == "PERSON" && dst[i].End > s && dst[i].Start < e {
			dst[i].Score = 0
		}
	}
}

// yamlParentKey returns the key of the YAML mapping the line at ls is
// in: the key of the nearest line above, indented less, that ends in a
// colon ("campaign:"), or "".
func yamlParentKey(text string, ls int) string {
	ind := yamlIndent(text, ls)
	if ind == 0 {
		return ""
	}
	for pe, n := ls-1, 0; pe > 0 && n < 12; n++ {
		pls := lastNewlineIn(text[:pe]) + 1
		line := strings.TrimRight(text[pls:pe], " \r")
		if strings.TrimSpace(line) != "" && yamlIndent(text, pls) < ind {
			k, ok := strings.CutSuffix(strings.TrimLeft(line, " -"), ":")
			if !ok {
				return ""
			}
			return strings.Trim(k, "\"'")
		}
		pe = pls - 1
	}
	return ""
}

// yamlIndent returns the indent of the line at ls, a list item's "- "
// counted as spaces.
func yamlIndent(text string, ls int) int {
	i := ls
	for i < len(text) && (text[i] == ' ' || text[i] == '-') {
		i++
	}
	return i - ls
}

// jsonParentKey returns the key whose value is the JSON object (or the
// array of objects) around the byte at i, or "": it reads back at most
// 600 bytes, braces inside strings not told apart.
func jsonParentKey(text string, i int) string {
	depth, lo := 0, max(i-600, 0)
	for ; i >= lo; i-- {
		switch text[i] {
		case '}', ']':
			depth++
		case '{', '[':
			if depth > 0 {
				depth--
				continue
			}
			j := i - 1
			for j >= 0 && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r' || text[j] == '\t') {
				j--
			}
			if j < 0 || text[j] == ',' || text[j] == '[' {
				continue // an element of an array: the array's key
			}
			if text[j] != ':' {
				return ""
			}
			for j--; j >= 0 && text[j] == ' '; j-- {
			}
			if j < 1 || text[j] != '"' {
				return ""
			}
			q := strings.LastIndexByte(text[max(j-40, 0):j], '"')
			if q < 0 {
				return ""
			}
			return text[max(j-40, 0)+q+1 : j]
		}
	}
	return ""
}
