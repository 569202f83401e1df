package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// person23b (issue 9): the role keys of first22_roles.go in the
// languages of the sets' shops, clinics, schools and workshops ("Kurier:
// Adi.", "Treneris: Mantas", "Fundi: Omari", "Мајстор: Раде",
// "Llyfrgellydd: Sioned"), read at a sentence's start as well as a
// line's ("… delivered Friday. Agent on duty: Priya Nair."), with a
// value that a full stop and a new sentence end, a value that opens with
// a title ("Chofer: Don Beto", "Orafo: Maestro Ugo Bassi"), and a
// Japanese, Chinese or Korean name after the key ("担当: 佐藤。",
// "담당 기사: 김민준."). Keys are looked up in lower case, Cyrillic and
// Greek ones too (roleKeyLower). Occupation words that are as often a
// thing or a heading are left out ("director" of a film is kept: a
// notable's name has its own filter; "principal", "agent" alone, "host",
// "editor" are not taken).
var roleKeys23b = []string{
	// English
	"agent on duty", "agent on call", "on duty", "duty manager", "camp leader", "shoemaker", "cobbler",
	"goldsmith", "silversmith", "jeweller", "jeweler", "designer", "physiotherapist", "physio",
	"librarian", "director", "headteacher", "head teacher", "teacher", "tailor", "dressmaker",
	"seamstress", "mechanic", "plumber", "electrician", "carpenter", "gardener", "cleaner",
	"receptionist", "pharmacist", "optician", "locksmith", "upholsterer", "framer", "engraver",
	"salesperson", "sales rep", "sales assistant", "storekeeper", "hairdresser", "beautician",
	"delivery driver", "warden", "counsellor", "counselor", "advisor", "adviser", "consultant",
	// German, Dutch
	"kurier", "kurierin", "schuhmacher", "schuhmacherin", "goldschmied", "goldschmiedin", "designerin",
	"physiotherapeut", "physiotherapeutin", "bibliothekar", "bibliothekarin", "direktor", "direktorin",
	"leiter", "leiterin", "monteurin", "schneider", "schneiderin", "mechaniker", "elektriker",
	"zusteller", "zustellerin", "berater", "beraterin", "friseur", "friseurin", "koerier", "bezorger",
	"schoenmaker", "goudsmid", "ontwerper", "ontwerpster", "fysiotherapeut", "bibliothecaris",
	"directeur", "directrice", "kapper", "kapster", "adviseur", "juwelier",
	// Nordic, Finnish, Estonian, Icelandic
	"kurér", "kurer", "skomaker", "skomager", "skomakare", "guldsmed", "gullsmed", "fysioterapeut",
	"sjukgymnast", "bibliotekar", "bibliotekarie", "direktør", "direktör", "rektor", "montør", "montör",
	"fodterapeut", "fotterapeut", "frisør", "frisör", "træner", "tränare", "trener", "instruktør",
	"kouluttaja", "valmentaja", "kuriiri", "suutari", "kultaseppä", "suunnittelija",
	"fysioterapeutti", "kirjastonhoitaja", "johtaja", "rehtori", "hoitaja", "kampaaja", "ohjaaja",
	"kujundaja", "kuller", "treener", "müüja", "autojuht", "kingsepp", "kullassepp", "füsioterapeut",
	"raamatukoguhoidja", "paigaldaja", "tehnik", "juhendaja", "bílstjóri", "þjálfari", "sendill",
	"gullsmiður", "hönnuður", "sjúkraþjálfari", "bókavörður", "skólastjóri", "leiðsögumaður",
	// Baltic
	"kurjers", "treneris", "trenere", "pārdevējs", "pārdevēja", "šoferis", "vadītājs", "vadītāja",
	"meistars", "juvelieris", "dizainers", "dizainere", "fizioterapeits", "fizioterapeite",
	"bibliotekārs", "bibliotekāre", "direktors", "direktore", "montētājs", "kurpnieks", "trenerė",
	"kurjeris", "pardavėjas", "pardavėja", "vairuotojas", "meistras", "auksakalys", "dizaineris",
	"dizainerė", "kineziterapeutas", "kineziterapeutė", "bibliotekininkė", "bibliotekininkas",
	"direktorius", "direktorė", "montuotojas", "batsiuvys",
	// Polish, Czech, Slovak
	"trenerka", "kurierka", "szewc", "złotnik", "jubiler", "projektant", "projektantka",
	"fizjoterapeuta", "fizjoterapeutka", "bibliotekarz", "bibliotekarka", "dyrektor", "dyrektorka",
	"monter", "instalator", "sprzedawczyni", "mechanik", "fryzjer", "fryzjerka", "opiekun", "opiekunka",
	"kierownik", "kierowniczka", "trenér", "trenérka", "kurýr", "řidič", "vodič", "prodavač",
	"prodavačka", "predavač", "predavačka", "montér", "švec", "zlatník", "designér", "designérka",
	"fyzioterapeut", "fyzioterapeutka", "knihovník", "knihovnice", "ředitel", "ředitelka", "riaditeľ",
	"riaditeľka", "vedoucí", "průvodce", "průvodkyně", "sprievodca",
	// South Slavic, Latin script
	"kurir", "voznik", "prodajalec", "prodajalka", "serviser", "čevljar", "zlatar", "oblikovalec",
	"oblikovalka", "fizioterapevt", "fizioterapevtka", "knjižničar", "knjižničarka", "ravnatelj",
	"ravnateljica", "direktorica", "vodja", "vodnik", "vodnica", "frizerka", "mojster", "trenerica",
	"vozač", "prodavačica", "majstor", "postolar", "obućar", "dizajner", "dizajnerica", "fizioterapeut",
	"fizioterapeutkinja", "odgajateljica", "odgajatelj", "vaspitačica", "učiteljica", "učitelj",
	"krojač", "krojačica",
	// Cyrillic
	"мајстор", "майстор", "мастер", "возач", "водитель", "водач", "шофер", "шофьор", "курир", "курьер",
	"куриер", "тренер", "продавач", "продавачица", "продавец", "продавщица", "техник", "техничар",
	"монтер", "монтажник", "дизајнер", "дизайнер", "физиотерапеут", "физиотерапевт", "фізіотерапевт",
	"библиотекар", "библиотекарь", "бібліотекар", "директор", "директорка", "ювелир", "златар",
	"обућар", "сапожник", "водич", "гид", "инструктор", "водій", "продавець", "майстер", "вођа кампа",
	"вођа групе", "васпитачица", "учитељица",
	// Greek
	"οδηγός", "προπονητής", "προπονήτρια", "πωλητής", "πωλήτρια", "τεχνικός", "σχεδιάστρια",
	"σχεδιαστής", "βιβλιοθηκάριος", "διευθυντής", "διευθύντρια", "τσαγκάρης", "ξεναγός", "μάστορας",
	// Romanian, Hungarian, Albanian, Turkish, Maltese
	"curier", "antrenor", "antrenoare", "șofer", "şofer", "vânzător", "vânzătoare", "tehnician",
	"montator", "cizmar", "bijutier", "kinetoterapeut", "bibliotecar", "bibliotecară", "directoare",
	"ghid", "meșter", "frizer", "croitor", "croitoreasă", "futár", "edző", "sofőr", "eladó", "szerelő",
	"technikus", "cipész", "ékszerész", "aranyműves", "tervező", "gyógytornász", "könyvtáros",
	"igazgató", "idegenvezető", "oktató", "fodrász", "korrier", "trajner", "trajnere", "shofer",
	"shitës", "shitëse", "teknik", "montues", "këpucar", "argjendar", "dizajnere", "fizioterapist",
	"fizioterapiste", "bibliotekare", "drejtor", "drejtore", "drejtoresha", "drejtori", "udhërrëfyes",
	"mjeshtër", "kurye", "antrenör", "eğitmen", "satıcı", "teknisyen", "usta", "ayakkabıcı",
	"kuyumcu", "tasarımcı", "fizyoterapist", "kütüphaneci", "müdür", "müdire", "argentier", "kurrier",
	"sewwieq", "trejner", "bejjiegħ", "teknixin", "direttur", "direttriċi",
	// Italian, Spanish, Catalan, Galician, Portuguese, French
	"orafo", "orafa", "gioielliere", "calzolaio", "corriere", "fattorino", "allenatore",
	"allenatrice", "commesso", "commessa", "fisioterapista", "bibliotecario", "bibliotecaria",
	"direttore", "direttrice", "montatore", "installatore", "meccanico", "sarto", "sarta",
	"parrucchiere", "parrucchiera", "mensajero", "repartidor", "repartidora", "entrenador",
	"entrenadora", "zapatero", "zapatera", "orfebre", "joyero", "joyera", "diseñador", "diseñadora",
	"fisioterapeuta", "directora", "instalador", "instaladora", "mecánico", "sastre", "costurera",
	"peluquero", "peluquera", "asesor", "asesora", "missatger", "sabater", "joier", "dissenyador",
	"dissenyadora", "bibliotecari", "bibliotecària", "xofer", "venedor", "venedora", "zapateiro",
	"zapateira", "sapateiro", "ourives", "joalheiro", "estafeta", "entregador", "entregadora",
	"treinador", "treinadora", "adestrador", "deseñador", "deseñadora", "bibliotecário",
	"bibliotecária", "diretor", "diretora", "mecânico", "costureira", "cabeleireiro", "cabeleireira",
	"livreur", "livreuse", "coursier", "coursière", "entraîneur", "entraîneuse", "cordonnier",
	"cordonnière", "orfèvre", "bijoutier", "bijoutière", "graphiste", "kinésithérapeute", "kiné",
	"physiothérapeute", "bibliothécaire", "installateur", "mécanicien", "couturière", "coiffeur",
	"coiffeuse", "conseiller", "conseillère",
	// Welsh, Irish
	"llyfrgellydd", "gyrrwr", "hyfforddwr", "hyfforddwraig", "cogydd", "gwerthwr", "technegydd",
	"dylunydd", "ffisiotherapydd", "cyfarwyddwr", "pennaeth", "crydd", "tywysydd", "tiománaí",
	"traenálaí", "leabharlannaí", "príomhoide",
	// Swahili, Indonesian and Malay, Tagalog, Vietnamese
	"fundi", "dereva", "mkufunzi", "kocha", "muuzaji", "mpishi", "mwalimu", "msusi", "kurir", "pelatih",
	"jurulatih", "penjual", "teknisi", "juruteknik", "tukang", "penjahit", "desainer", "pereka",
	"fisioterapis", "pustakawan", "pengemudi", "petugas", "drayber", "tindera", "tindero", "tài xế",
	"kỹ thuật viên", "nhân viên",
	// Japanese, Chinese, Korean (roleCJKValueEnd reads the value)
	"担当", "担当者", "配達員", "ドライバー", "司机", "负责人", "負責人", "师傅", "師傅", "담당", "담당자",
	"담당 기사", "기사", "배송 기사", "강사",
}

func init() {
	for _, w := range roleKeys23b {
		roleKeyLabels.or(w, 1)
	}
}

// roleKeyLower appends key in lower case to dst (Latin, Cyrillic and
// Greek capitals alike), bounded by dst's capacity.
func roleKeyLower(dst []byte, key string) []byte {
	for i := 0; i < len(key); {
		b := key[i]
		if b < utf8.RuneSelf {
			if isUpper(b) {
				b += 'a' - 'A'
			}
			dst = append(dst, b)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(key[i:])
		if lr := unicode.ToLower(r); lr != r && utf8.RuneLen(lr) == size {
			dst = utf8.AppendRune(dst, lr)
		} else {
			dst = append(dst, key[i:i+size]...)
		}
		i += size
	}
	return dst
}

// sentenceGapBefore reports whether a sentence ends right before i: ". ",
// "! " or "? " after a lower-case letter or a digit (not an initial's or
// a title's dot: "Dr. ", "J. ").
func sentenceGapBefore(text string, i int) bool {
	if i < 3 || text[i-1] != ' ' {
		return false
	}
	switch text[i-2] {
	case '.', '!', '?':
		p := text[i-3]
		return p >= 'a' && p <= 'z' || p >= '0' && p <= '9' || p >= 0x80 && !upperBefore(text, i-2)
	}
	return false
}

// upperBefore reports whether the rune that ends at i is a capital.
func upperBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsUpper(r)
}

// roleCJKValueEnd returns the end of a Japanese or Chinese name of two to
// four kanji (no kanji of a role or group, jaRoleKanji), or a Korean one
// of two to four Hangul syllables that opens with a surname's (no role
// word, koRoles), at v after a role key; the name ends the field: the
// text's or line's end, "。", "、", a full stop, a comma, a space or a
// bracket.
func roleCJKValueEnd(text string, v int) (int, bool) {
	r, _ := utf8.DecodeRuneInString(text[v:])
	ko := isHangul(r)
	if !ko && !isKanji(r) {
		return 0, false
	}
	e, n := v, 0
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if ko && !isHangul(r) || !ko && !isKanji(r) {
			break
		}
		if !ko && strings.ContainsRune(jaRoleKanji, r) {
			return 0, false
		}
		e += size
		n++
	}
	if n < 2 || n > 4 {
		return 0, false
	}
	if ko && (!strings.ContainsRune(koSurnames, r) || koRoles[text[v:e]]) {
		return 0, false
	}
	if e == len(text) {
		return e, true
	}
	switch text[e] {
	case '\n', '\r', '.', ',', ' ', '(':
		return e, true
	}
	return e, len(text) >= e+3 && (text[e:e+3] == "。" || text[e:e+3] == "、" || text[e:e+3] == "（")
}

// roleTitledValue reads a role key's value that opens with a title or an
// honorific ("Don Beto", "Maestro Ugo Bassi", "Dr. Ana Ruiz"): the
// title, then a value roleValueEnd takes. It returns the span from the
// title's start.
func roleTitledValue(text string, v int) (int, int, bool) {
	w := v
	for w < len(text) && isAlpha(text[w]) {
		w++
	}
	if w == v || w-v > 8 || !isUpper(text[v]) || nameFlagsOf(text[v:w])&nameTitle == 0 {
		return 0, 0, false
	}
	if w < len(text) && text[w] == '.' {
		w++
	}
	if w+1 >= len(text) || text[w] != ' ' {
		return 0, 0, false
	}
	e, ok := roleValueEnd(text, w+1)
	return v, e, ok
}

// roleNonLatinNameLike reports whether w, a role key's value in Greek or
// Cyrillic capitals (which the spelling scores, trained on Latin names,
// do not read), is a name: no word of it is one the gazetteers know as
// no name (capRunEnd turned away stop words and places), and the lone
// value is a given or family name, or words no gazetteer knows of three
// to forty letters in all.
func roleNonLatinNameLike(w string) bool {
	if f := nameFlagsOf(w); f != 0 {
		return f&(nameGiven|nameFamily) != 0
	}
	n := utf8.RuneCountInString(w)
	return n >= 3 && n <= 40
}

// roleBareNames appends the names that follow a role key with no colon
// and end their line or the text with a full stop, the key opening its
// line or sentence: "… Maksu käteisellä. Asentaja Pekka.", "Treneris
// Tomas." (shop and club notes in Finnish, Baltic and Slavic languages
// drop the colon). The value is one or two capitalised words that
// roleValueEnd takes, as after a key with a colon.
//
//go:noinline
func roleBareNames(sc *textScan, dst []Span) []Span {
	lg := spanGuard{live: true} // liveSpanOverlaps for a long text's many names
	text := sc.text
	for d := sc.next(mkDot, 4); d >= 0; d = sc.next(mkDot, d+1) {
		if d+1 < len(text) && text[d+1] != '\n' && text[d+1] != '\r' || !isAlpha(text[d-1]) && text[d-1] < 0x80 {
			continue
		}
		vs, _ := wordBefore23b(text, d)
		for words := 1; words <= 2 && vs >= 4 && text[vs-1] == ' '; words++ {
			ks, ke := wordBefore23b(text, vs-1)
			if ks == ke || ke-ks > maxRoleKey {
				break
			}
			if ks == 0 || text[ks-1] == '\n' || sentenceGapBefore(text, ks) {
				var buf [maxRoleKey]byte
				if _, _, known := roleKeyLabels.getBytes(roleKeyLower(buf[:0], text[ks:ke])); known {
					if e, ok := roleValueEnd(text, vs); ok && e == d && !lg.overlaps(dst, len(text), vs, e) {
						dst = append(dst, Span{Start: vs, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.75,
							Reason: "name after a role key that opens a sentence"})
					}
					break
				}
			}
			vs = ks
		}
	}
	reportWork("roleBareNames", lg.work)
	return dst
}
