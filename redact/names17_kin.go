package redact

import "unicode/utf8"

// A given name in Greek or Cyrillic letters right after a kinship noun,
// with or without a possessive between: "ο γιος του Νίκος" (his son
// Nikos), "η σύζυγός του Ελένη", "τη σύζυγό μου Μαρία", "моя дочка Оля",
// "з чоловіком Андрієм", and after a word of thanks, which takes the
// person in the dative: "Дякую Олені", "спасибо Ирине". The name is
// alone, so casedScriptName (person14_cased.go) takes it only when the
// script lists know it as a given name, in any case (inflectedKnown):
// a kinship noun before a family name, a place or a thing ("его брат
// Банк") adds nothing. It costs nothing on a text without those
// scripts: casedScriptName reads it only for a lone word without
// another slot.

// scriptKinWords are kinship nouns (keys, scriptKey) in Greek, Russian
// and Ukrainian, in the cases a name after them takes.
var scriptKinWords = keySet(
	// Greek.
	"γιος", "γιο", "κόρη", "σύζυγος", "σύζυγο", "γυναίκα", "άντρας", "άντρα", "άνδρας", "άνδρα", "σύντροφος",
	"σύντροφο", "σύντροφό", "αδελφός", "αδελφό", "αδελφή", "αδερφός", "αδερφό", "αδερφή", "μητέρα", "μαμά",
	"πατέρας", "πατέρα", "μπαμπάς", "μπαμπά", "εγγονός", "εγγονό", "εγγονή", "ανιψιός", "ανιψιό", "ανιψιά",
	"θεία", "θείος", "θείο", "γιαγιά", "παππούς", "παππού", "κουνιάδος", "κουνιάδο", "κουνιάδα", "πεθερά",
	"πεθερός", "πεθερό", "ξάδερφος", "ξάδερφο", "ξαδέρφη", "αρραβωνιαστικός", "αρραβωνιαστικό",
	"αρραβωνιαστικιά", "φίλος", "φίλο", "φίλη",
	// Greek genitives: "του γιου της Νίκου", "της κόρης μου Ελένης".
	"γιου", "κόρης", "συζύγου", "αδελφού", "αδελφής", "αδερφού", "αδερφής", "μητέρας", "εγγονού", "εγγονής",
	"ανιψιού", "ανιψιάς", "θείας", "θείου", "γιαγιάς", "φίλου", "φίλης", "αρραβωνιαστικού", "συντρόφου",
	// Russian.
	"сын", "сына", "сыну", "сыном", "дочь", "дочка", "дочку", "дочкой", "дочери", "дочерью", "жена", "жену",
	"женой", "жене", "муж", "мужа", "мужу", "мужем", "брат", "брата", "брату", "братом", "сестра", "сестру",
	"сестрой", "сестре", "мама", "маму", "мамой", "папа", "папу", "мать", "отец", "отца", "бабушка", "бабушку",
	"дедушка", "дедушку", "внук", "внука", "внучка", "внучку", "племянник", "племянница", "подруга",
	"подругу", "подругой",
	// Ukrainian.
	"син", "сина", "сином", "донька", "доньку", "донькою", "дочку", "дружина", "дружину", "дружиною",
	"чоловік", "чоловіка", "чоловіком", "сестрою", "мати", "батько", "тато", "бабуся", "бабусю", "дідусь",
	"онук", "онука", "онучка", "онуку", "племінник", "племінниця", "подругою",
	// Ukrainian genitives and datives: "для доньки …", "синові …".
	"доньки", "доньці", "дочки", "дочці", "синові", "сину", "дружини", "дружині", "чоловікові", "сестри",
	"сестрі", "брата", "братові", "мами", "мамі", "тата", "татові", "бабусі", "дідуся", "онуки", "онуці",
	"онукові", "племінника", "племінниці", "подруги", "подрузі", "онучки",
	// Thanks, with the person in the dative.
	"дякую", "дякуємо", "спасибо", "спасибі", "благодарю", "благодарим",
	// "They call her …": "её зовут Ольга", "мене звати Олена".
	"зовут", "звать", "звати", "кличуть",
)

// scriptPossessives are the possessives between a kinship noun and a
// name (keys): Greek "του", "της", "μου", Russian "мой", "его", Ukrainian
// "мій", "її".
var scriptPossessives = keySet(
	"του", "της", "μου", "σου", "μας", "σας", "τους",
	"мой", "моя", "моего", "мою", "моей", "моим", "его", "её", "ее", "наш", "наша", "нашего", "нашу", "свою",
	"своего", "своей", "своим", "мій", "мого", "моєю", "моєї", "його", "її", "свого", "своєю", "своєї",
)

// kinScriptSlot reports whether a kinship noun or a word of thanks,
// maybe then a possessive, maybe then a Greek article, ends right before
// s, one space between words.
func kinScriptSlot(text string, s int) bool {
	a, b, ok := scriptWordBefore(text, s)
	if !ok {
		return false
	}
	var buf [64]byte
	k := string(scriptKey(text[a:b], buf[:0]))
	if k == "η" || k == "ο" || k == "τον" || k == "την" || k == "τη" {
		// A Greek article before the name: "η κόρη μου η Ελένη".
		if a, b, ok = scriptWordBefore(text, a); !ok {
			return false
		}
		k = string(scriptKey(text[a:b], buf[:0]))
	}
	if scriptPossessives.has(k) {
		if a, b, ok = scriptWordBefore(text, a); !ok {
			return false
		}
		k = string(scriptKey(text[a:b], buf[:0]))
	}
	return scriptKinWords.has(k)
}

// scriptWordBefore returns the bounds of the word of letters that ends
// one space before s: none when another byte comes between or the word
// is longer than 40 bytes.
func scriptWordBefore(text string, s int) (int, int, bool) {
	if s < 2 || text[s-1] != ' ' {
		return 0, 0, false
	}
	b := s - 1
	a := b
	for a > 0 && b-a <= 40 {
		r, size := utf8.DecodeLastRuneInString(text[:a])
		if r < 0x80 || scriptOf(r) == scNone {
			break
		}
		a -= size
	}
	return a, b, a < b && b-a <= 40
}
