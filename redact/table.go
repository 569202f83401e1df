package redact

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode"
)

// Tables pasted into prompts: a header line of field labels ("first_name,
// last_name,city", "Name | City | Plan", "Vorname;Nachname;Ort") and rows
// under it. A cell under a name column is a PERSON, one under a city
// column a LOCATION, one under a street, postcode or birth-date column a
// STREET_ADDRESS, ZIP_CODE or DATE_OF_BIRTH, a whole number under an
// age column ("age", "edad", "Alter", "wiek"…) an AGE, and a number under
// a phone column a PHONE_NUMBER (table2_phone.go), whatever the
// gazetteers and the other detectors make of it: the header says what the
// column holds, as a "Name:" label does for the value after it. The labels
// themselves are no names ("Plan" in a header is a column).

// tableColumn is what a header label says its column holds.
type tableColumn uint8

const (
	colOther tableColumn = iota
	colPerson
	colCity
	colStreet
	colZip
	colBirth
	colAge
	colPhone // table2_phone.go
)

// tableLabels maps a header label, lower-cased, to its column kind. Labels
// not listed are other columns (plan, segment, email…: the other
// detectors find e-mail addresses themselves) or those tableColumn2 reads
// word by word (birth dates and phone numbers).
var tableLabels = func() map[string]tableColumn {
	m := map[string]tableColumn{}
	for _, l := range []string{
		"name", "full_name", "fullname", "full name", "first_name", "firstname", "first name", "given_name",
		"given name", "last_name", "lastname", "last name", "surname", "family_name", "family name",
		"customer", "customer_name", "customer name", "contact", "contact_name", "contact name", "recipient",
		"vorname", "nachname", "kunde", "prénom", "prenom", "nom", "nom de famille", "client", "nombre",
		"apellido", "apellidos", "cliente", "nome", "cognome", "voornaam", "achternaam", "naam", "klant",
		"imię", "imie", "nazwisko", "sobrenome",
		// Nordic labels, and the people a list of winners, guests,
		// attendees or members names (EN/DE/FR/ES/IT/NL/PT/PL/SV/DA).
		"navn", "namn", "fornavn", "efternavn", "etternavn", "förnamn", "efternamn", "fullt navn",
		"winner", "winners", "winner name", "guest", "guests", "guest name", "attendee", "attendees",
		"attendee name", "participant", "participants", "member", "member name", "entrant", "nominee",
		"gewinner", "gewinnerin", "teilnehmer", "teilnehmerin", "gast", "mitglied", "kundin", "kundenname",
		"gagnant", "gagnante", "invité", "invitée", "membre", "ganador", "ganadora", "participante",
		"invitado", "invitada", "socio", "socia", "vincitore", "vincitrice", "partecipante", "ospite",
		"winnaar", "deelnemer", "lid", "vencedor", "vencedora", "ganhador", "ganhadora", "convidado",
		"zwycięzca", "uczestnik", "uczestniczka", "gość", "klient", "klientka", "vinnare", "deltagare",
		"gäst", "medlem", "kund", "vinder", "deltager", "gæst",
		// Session 13: name labels of more languages, with and without
		// their accents (CS, SK, HU, FI, ET, TR, RO, HR/SR/SL/BS, LT, LV,
		// IS, ID/MS).
		"jméno", "jmeno", "příjmení", "prijmeni", "meno", "priezvisko", "név", "vezetéknév", "vezeteknev",
		"keresztnév", "keresztnev", "nimi", "etunimi", "sukunimi", "eesnimi", "perekonnanimi", "adı", "adi",
		"soyad", "soyadı", "soyadi", "ad soyad", "ad_soyad", "isim", "nume", "prenume", "ime", "prezime",
		"priimek", "vardas", "pavardė", "pavarde", "vārds", "uzvārds", "vards", "uzvards", "nafn",
		"nama", "nama lengkap",
	} {
		m[l] = colPerson
	}
	for _, l := range []string{
		"city", "town", "ort", "stadt", "wohnort", "ville", "ciudad", "città", "citta", "plaats",
		"woonplaats", "cidade", "miasto", "localidad", "località", "localita",
		// Nordic town labels ("by" is Danish and Norwegian), and the
		// suburb or quarter of a town, which the gazetteer lacks.
		"by", "stad", "postort", "kommune", "kommun", "miejscowość", "miejscowosc",
		"suburb", "neighbourhood", "neighborhood", "district", "barrio", "bairro", "stadtteil",
		"wijk", "dzielnica", "town/city", "city/town", "cidade/uf", "city/state", "ciudad/uf",
		// where a person lives, as forms and staff profiles label it
		// ("Lives in: Leeds", "Wohnt in: Fulda"); at most ten bytes, and
		// two new endings only (" in", "nce"): each new ending makes the
		// perfect hash of citySuffixes costlier to find at start-up
		// ("habite à", "mora em", "bor i" … added 8 and took it from ~0 to
		// 369 million instructions)
		"lives in", "living in", "resides in", "residence", "home city", "wohnt in", "woont in",
	} {
		m[l] = colCity
	}
	for l := range weakPlaceLabels {
		m[l] = colCity
	}
	for _, l := range []string{
		"address", "street", "street_address", "street address", "address1", "address_1", "address_line1",
		"address_line_1", "address line 1", "addr", "straße", "strasse", "anschrift", "adresse", "rue",
		"dirección", "direccion", "calle", "domicilio", "indirizzo", "adres", "straat", "rua", "endereço",
		"endereco", "morada", "ulica", "adres_ulica", "adress", "gatuadress", "gateadresse", "adresa",
	} {
		m[l] = colStreet
	}
	for _, l := range []string{
		"zip", "zipcode", "zip_code", "zip code", "postcode", "post_code", "post code", "postal_code",
		"postal code", "postalcode", "plz", "postleitzahl", "code postal", "code_postal", "cp", "cap",
		"código postal", "codigo postal", "codigo_postal", "cep", "kod pocztowy", "kod_pocztowy",
		"postnr", "postnr.", "postnummer", "pincode", "pin code", "eircode",
	} {
		m[l] = colZip
	}
	for _, l := range []string{
		"dob", "d.o.b.", "date_of_birth", "date of birth", "birthdate", "birth_date", "birth date",
		"birthday", "geburtsdatum", "geburtstag", "geb.", "date de naissance", "date_de_naissance",
		"date_naissance", "fecha de nacimiento", "fecha_nacimiento", "fecha_de_nacimiento", "nacimiento",
		"data di nascita", "data_di_nascita", "data_nascita", "geboortedatum", "data de nascimento",
		"data_nascimento", "data urodzenia", "data_urodzenia", "fødselsdato", "födelsedatum",
		"fødselsdag", "födelsedag", "bursdag", "verjaardag", "compleanno", "cumpleaños", "aniversário",
		"anniversaire", "urodziny", "data urodzin", "bday",
	} {
		m[l] = colBirth
	}
	for _, l := range []string{
		"age", "edad", "alter", "âge", "età", "eta", "leeftijd", "idade", "wiek", "ålder",
		"alder", "ikä", "yaş", "age_years", "customer_age",
	} {
		m[l] = colAge
	}
	return withMoreTableLabels(m) // table7_labels.go
}()

// weakPlaceLabels are place labels that also name other things ("State:
// open", "Home | Away"): the value of such a field is a LOCATION only in a
// text that names a person, as every city field's, and such a column
// makes no table on its own (tableHeader wants another known label).
var weakPlaceLabels = map[string]bool{
	"state": true, "province": true, "county": true, "home": true, "hometown": true, "home town": true,
	"estado": true, "provincia": true, "bundesland": true, "kanton": true,
	"prov": true, "prov.": true, // (read15) a Canadian export's province column
}

// maxTableColumns bounds the columns a header may have.
const maxTableColumns = 128

// personSpans is the person detector on the engine's scan: names in the
// text (detectPersons), then the cells of tables, which need a line
// break, and the values of city fields, which need a colon and a person
// (a city alone identifies nobody; a customer's record names them).
func personSpans(sc *textScan, dst []Span, toks *[8]nameTok) []Span {
	n0 := len(dst)
	dst = detectPersons(sc, dst, toks)
	if sc.premises {
		dst = dropInsidePremises(dst, n0)
	}
	lines := sc.lines // from the text's markSum (runScans)
	colon := -2
	if lines {
		for k := n0; k < len(dst); k++ {
			if joinerAfter(sc.text, dst[k].End) {
				dst = joinParentAt(sc.text, dst, k) // person15_join.go: "- Ravi Shankar s/o Perumal"
			}
		}
		dst = tableCells(sc, dst, n0)
		dst = leadRefNames(sc, dst) // first22_lead.go: "Pedido 7731 – Doña Rufina Quispe – …"
		if sc.sum.colons != 0 {
			dst = orderColonNames24(sc, dst) // script24_more.go: "Поръчка У-1192: Мехмед Али Хасанов, …"
		}
		if colon = sc.next(mkColon, 0); colon >= 0 {
			dst = lowerSpeakers(sc, dst, n0)   // person7_chat.go: "giulia: 2 for me"
			dst = chatLayoutNames(sc, dst, n0) // chat18_layouts.go: "[12/03/25, 9:14] june: …"
			dst = roleLabelNames(sc, dst, n0)  // first22_roles.go: "Driver: Tariku Mengesha"
		}
		dst = roleBareNames(sc, dst) // person23b_roles.go: "Asentaja Pekka."
	}
	paren := strings.IndexByte(sc.text, '(') >= 0
	if paren {
		dst = bracketAgeNames23b(sc.text, dst) // person23b_kin.go: "Efua (14 months)"
	}
	if lines {
		dst = kinNames23b(sc, dst) // person23b_kin.go: "ћерке Милица", "anak saya Bayu"
	}
	if lines && vietnameseText24(sc.text) {
		dst = vietnameseNames24(sc.text, dst) // script24_more.go: "chị Trần Thị Thu Hà"
	}
	if lines && len(dst) > n0+1 {
		dst = listSiblingNames(sc.text, dst, n0) // person9_list.go: "- Oddur Sigfússon verður 40 ára"
		dst = coupleNames(sc.text, dst, n0)      // person9_pair.go: "- Joris & Lotte Vermeulen"
	}
	if len(dst) > n0 {
		dst = coordNames(sc.text, dst, n0) // first22_coord.go: "Lucy Thornton and Oyelaran Adetunji"
	}
	if nicknameMaybe(sc.text, dst, n0) {
		dst = nicknamesAfter(sc.text, dst, n0) // person7_nick.go: "Katarzyna Wiśniewska (Kasia)"
	}
	if lines {
		dst = quotedNickNames26(sc.text, dst) // nick26_quoted.go: "Tomasz „Tomek" Wrona"
		dst = roleProseNames26(sc, dst)       // nick26_roles.go: "the crew leader Andel was …"
	}
	if paren && sc.contact && n0 > 0 {
		dst = contactPairNames26(sc.text, dst, n0) // nick26_contact.go: "(Wen Hui Tay, 9012 3345)"
	}
	if lines {
		dst = bracketNames(sc.text, dst) // first22_bracket.go: "Bożka (Bożena) Wróblewska"
		if paren {
			dst = bracketScriptNames(sc.text, dst, n0) // script24_native.go: "Kato Yuki (加藤 由紀)"
		}
	}
	if lines && len(dst) > n0 {
		dst = hungarianElders(sc.text, dst, n0) // read22_neni.go: "Szalai Margit néni"
	}
	if len(dst) > n0 && (colon >= 0 || colon == -2 && sc.sum.colons != 0) {
		dst = cityFields(sc, dst, n0)
	}
	for k := n0; k < len(dst); k++ {
		if dst[k].Score < 0.95 && dst[k].Type == "PERSON" {
			dst = repeatedGivenNames(sc.text, dst, k)  // person6_repeat.go: "From: Paris Whitlow …", then "Paris"
			dst = repeatedFamilyNames(sc.text, dst, k) // person8_repeat.go: "Sarah Quellworth …", then "Quellworth"
			break
		}
	}
	if len(dst) > n0 && len(sc.text) >= cuedMinText {
		dst = cuedFirstNames(sc.text, dst, n0) // person16_repeat.go: "Oriana Vela …", then "Oriana, 611 20 30 40"
	}
	if len(dst) > n0 && len(sc.text) >= cuedMinText && casualLines(sc) {
		dst = lowerRepeatNames(sc.text, dst, n0) // person21_lower.go: "Cornelius Hartmann …", then "ok cornelius said yes"
	}
	if lines && len(dst) > n0 {
		dst = townsAfterNames(sc.text, dst, n0) // location_list.go: lists have lines
		dst = signoffTowns(sc.text, dst, n0)    // address3_signoff.go: a sign-off ends its line
	}
	if lines && sc.contact {
		dst = addresseeLines(sc, dst) // formats21_block.go: "Zorblax Quint / 14 Tamarisk Close / …"
	}
	if len(dst) > n0 {
		dst = afterNameWords(sc.text, dst, n0) // read22_home.go: "Anna Virtanen (o.s. Mäkelä)", "the Rahman family of Fenham"
	}
	return residenceSpans(sc, dst) // location_residence.go
}

// tableCells appends the name and city cells of the tables in text and
// drops the spans of dst[n0:] (the person detector's) inside their header
// lines. It is kept out of line: most prompts have no line break.
//
//go:noinline
func tableCells(sc *textScan, dst []Span, n0 int) []Span {
	text := sc.text
	var headBuf [4][2]int
	heads := headBuf[:0] // the header lines with rows (dropLabelSpans)
	ends := cellEnds{n: len(dst)}
	for ls := 0; ls < len(text); {
		le := sc.lineEnd(ls) // engine24_lines.go: from the newline marks
		hs, he := trimPipes(text, ls, le)
		sep, cols, ncols, ok := tableHeader(text[hs:he])
		if !ok {
			ls = le + 1
			continue
		}
		spaced := spaceAfterSep(text[hs:he], sep)
		r := le + 1
		for r < len(text) {
			re := sc.lineEnd(r)
			rs, rend := trimPipes(text, r, re)
			// A row has the header's cells, written the same way (a
			// space after the separators or none): another line, such
			// as prose after the table even with commas, ends it. A
			// Markdown rule line ("|---|:--|") is passed over.
			if cellCount(text[rs:rend], sep) != ncols && !emptyTrailingCells(text, rs, re, sep, ncols) ||
				spaceAfterSep(text[rs:rend], sep) != spaced {
				if cut, ok := csvOverflowCut(text, rs, rend, sep, spaced, ncols); ok {
					nr := len(dst) // person23b_csv.go: an address's commas in an unquoted cell
					ends.nr = nr
					dst = companyRowDrop(text, rowCells(text, rs, cut, sep, &cols, dst, &ends), nr)
					r = re + 1
					continue
				}
				break
			}
			if !ruleLine(text[rs:rend], sep) {
				nr := len(dst)
				ends.nr = nr
				dst = companyRowDrop(text, rowCells(text, rs, rend, sep, &cols, dst, &ends), nr) // street17_table.go
			}
			r = re + 1
		}
		if r > le+1 {
			// A header has a row under it: a line alone ("Lakshmi
			// Arvind, born 1974") is prose, whose names stay. Its spans
			// are dropped at the end, all tables' at once: no rule
			// below reads a span inside an earlier header line.
			heads = append(heads, [2]int{ls, le})
		}
		ls = r
	}
	if len(heads) == 1 {
		return dropLabelSpans(dst, n0, heads[0][0], heads[0][1])
	}
	return dropLabelLines(dst, n0, heads)
}

// dropLabelLines is dropLabelSpans for several header lines [ls, le),
// sorted and disjoint: one pass over dst[n0:] for a long text's many
// tables.
func dropLabelLines(dst []Span, n0 int, heads [][2]int) []Span {
	if len(heads) == 0 {
		return dst
	}
	out := dst[:n0]
	for _, s := range dst[n0:] {
		if s.Type == "PERSON" || s.Type == "LOCATION" {
			// the last header that starts at or before the span
			k, _ := slices.BinarySearchFunc(heads, s.Start, func(h [2]int, p int) int { return cmp.Compare(h[0], p+1) })
			if k > 0 && s.End <= heads[k-1][1] {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// lineEndAt returns the end of the line that starts at i (its '\n' or the
// end of the text).
func lineEndAt(text string, i int) int {
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(text)
}

// tableSeps are the cell separators of a table, in the order tried.
const tableSeps = ",;\t|"

// tableSepIndex returns the index of the first byte of tableSeps in line,
// or -1, as strings.IndexAny(line, tableSeps) does, eight bytes at a time:
// tableCells asks it of every line of a text. The byte test is
// lastNewlineIn's (engine24_lines.go), exact, for each of the four bytes.
func tableSepIndex(line string) int {
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	const ones = 0x0101010101010101
	i := 0
	for ; i+8 <= len(line); i += 8 {
		w := load64(line, i)
		a, b, c, d := w^(','*ones), w^(';'*ones), w^('\t'*ones), w^('|'*ones)
		z := ^((a&lo7 + lo7) | a) | ^((b&lo7 + lo7) | b) | ^((c&lo7 + lo7) | c) | ^((d&lo7 + lo7) | d)
		if z &= hi; z != 0 {
			return i + bits.TrailingZeros64(z)>>3
		}
	}
	for ; i < len(line); i++ {
		switch line[i] {
		case ',', ';', '\t', '|':
			return i
		}
	}
	return -1
}

// tableHeader reports whether line is a header: two or more cells split
// by its first separator, every one a short label, one of them a label
// of tableLabels. It returns the separator, the kind of each column and how
// many there are.
func tableHeader(line string) (byte, [maxTableColumns]tableColumn, int, bool) {
	var cols [maxTableColumns]tableColumn
	k := tableSepIndex(line)
	if k <= 0 {
		return 0, cols, 0, false
	}
	sep := line[k]
	if !headerShape(line, sep) {
		return 0, cols, 0, false // formats21_columns.go: every cell a label's bytes, before any is read
	}
	n, useful := 0, false
	for cell := range strings.SplitSeq(line, string(sep)) {
		label, ok := labelOf(cell)
		if !ok {
			label, ok = numberedLabel(cell) // "phone2", "address1" (table2_phone.go)
		}
		if !ok {
			label, ok = exportLabel(cell) // "Start Date & Time", "Paid?" (formats21_columns.go)
		}
		if !ok {
			return 0, cols, 0, false
		}
		cols[n] = tableLabels[label]
		if cols[n] == colOther {
			cols[n] = tableColumn2(label) // "fecha_nac", "GEBDAT", "work_phone" (table2_phone.go)
		}
		useful = useful || cols[n] != colOther && !weakPlaceLabels[label]
		n++
	}
	return sep, cols, n, n >= 2 && useful
}

// trimPipes returns the bounds of the line text[ls:le] without the spaces
// around it and a Markdown table's outer '|' on either side.
func trimPipes(text string, ls, le int) (int, int) {
	for ls < le && (text[ls] == ' ' || text[ls] == '\t') {
		ls++
	}
	for le > ls && (text[le-1] == ' ' || text[le-1] == '\r' || text[le-1] == '\t') {
		le--
	}
	if le-ls >= 2 && text[ls] == '|' && text[le-1] == '|' {
		ls, le = ls+1, le-1
	}
	return ls, le
}

// spaceAfterSep reports whether a comma or semicolon separator of line is
// followed by a space, as in prose ("Please, thanks"); CSV exports write
// none. Other separators (tabs, bars) are padded either way.
func spaceAfterSep(line string, sep byte) bool {
	if sep != ',' && sep != ';' {
		return false
	}
	k := cellLen(line, sep)
	return k+1 < len(line) && line[k+1] == ' '
}

// cellLen returns the length of the first cell of row, up to its
// separator or the row's end. A CSV cell in double quotes may hold the
// separator ("brought 3 kids, loved the stall"); a quote that does not
// close before the row's end is taken as a plain byte.
func cellLen(row string, sep byte) int {
	i := 0
	for i < len(row) && row[i] == ' ' {
		i++
	}
	if i < len(row) && row[i] == '"' {
		if q := strings.IndexByte(row[i+1:], '"'); q >= 0 {
			i += q + 2
			if k := strings.IndexByte(row[i:], sep); k >= 0 {
				return i + k
			}
			return len(row)
		}
	}
	if k := strings.IndexByte(row, sep); k >= 0 {
		return k
	}
	return len(row)
}

// cellCount returns the number of cells of row (see cellLen).
func cellCount(row string, sep byte) int {
	if strings.IndexByte(row, '"') < 0 {
		return strings.Count(row, string(sep)) + 1
	}
	n := 1
	for {
		k := cellLen(row, sep)
		if k >= len(row) {
			return n
		}
		row = row[k+1:]
		n++
	}
}

// ruleLine reports whether a row is a Markdown table's rule line: cells of
// '-', ':' and spaces only.
func ruleLine(row string, sep byte) bool {
	for i := 0; i < len(row); i++ {
		if c := row[i]; c != '-' && c != ':' && c != ' ' && c != sep {
			return false
		}
	}
	return strings.IndexByte(row, '-') >= 0
}

// labelOf returns a header cell lower-cased and trimmed of labelTrim's
// bytes, if it looks like a field label: 1 to 24 bytes of letters,
// spaces, '_', '-', '.', '/' ("town/city"), '#' ("Phone #") or
// parentheses ("Tel (mobile)", "DOB (dd/mm/yyyy)"), no digit.
func labelOf(cell string) (string, bool) {
	cell, ok := labelBytesOf(cell)
	if !ok {
		return "", false
	}
	return strings.ToLower(cell), true
}

// labelBytesOf returns the cell trimmed as labelOf trims it, if it has a
// label's bytes, not lower-cased.
func labelBytesOf(cell string) (string, bool) {
	cell = trimLabel(cell)
	if cell == "" || len(cell) > 24 {
		return "", false
	}
	for i := 0; i < len(cell); i++ {
		c := cell[i]
		if !(isAlpha(c) || c >= 0x80 || labelBytes[c]) {
			return "", false
		}
	}
	return cell, true
}

// labelTrim are the bytes trimmed around a label: spaces, quotes and
// Markdown's bold and code marks ("**Phone**", "`dob`").
const labelTrim = " \t\r\"'*`"

// labelTrimBytes marks the bytes of labelTrim.
var labelTrimBytes = [256]bool{' ': true, '\t': true, '\r': true, '"': true, '\'': true, '*': true, '`': true}

// trimLabel returns cell without the bytes of labelTrim around it, as
// strings.Trim(cell, labelTrim) does: headerShape asks it of every cell
// of every line with a separator.
func trimLabel(cell string) string { return trimBytes(cell, &labelTrimBytes) }

// trimBytes returns s without the bytes that set marks around it, as
// strings.Trim does for a cutset of those bytes, from a table of the
// bytes rather than a set built per call.
func trimBytes(s string, set *[256]bool) string {
	i, j := 0, len(s)
	for i < j && set[s[i]] {
		i++
	}
	for j > i && set[s[j-1]] {
		j--
	}
	return s[i:j]
}

// labelBytes marks the bytes other than letters a header label may hold.
var labelBytes = [256]bool{' ': true, '_': true, '-': true, '.': true, '/': true, '#': true, '(': true, ')': true}

// dropLabelSpans removes from dst[n0:] the PERSON and LOCATION spans that
// lie inside a header line [ls, le): its cells are labels.
func dropLabelSpans(dst []Span, n0, ls, le int) []Span {
	out := dst[:n0]
	for _, s := range dst[n0:] {
		if s.Start >= ls && s.End <= le && (s.Type == "PERSON" || s.Type == "LOCATION") {
			continue
		}
		out = append(out, s)
	}
	return out
}

// rowCells appends the spans of the cells of the row text[rs:re] under
// the columns tableLabels knows.
func rowCells(text string, rs, re int, sep byte, cols *[maxTableColumns]tableColumn, dst []Span, ends *cellEnds) []Span {
	if companyRow(text, rs, re, sep, cols) {
		cols = withoutPlaces(cols) // loc17_columns.go: a shop's row of an order export
	}
	cs := rs
	for c := 0; c < maxTableColumns && cs <= re; c++ {
		ce := cs + cellLen(text[cs:re], sep)
		switch cols[c] {
		case colOther:
		case colPerson, colCity:
			if s, e, ok := cellValue(text, cs, ce); ok {
				dst = append(dst, tableSpan(cols[c], s, e))
			}
		case colPhone:
			dst = phoneCellSpans(text, cs, ce, dst)
		case colStreet:
			if s, e, ok := dataCellValue(text, cs, ce, cols[c]); ok {
				if e = streetCellEnd(text, s, e, dst, ends); e > s {
					dst = append(dst, tableSpan(cols[c], s, e))
				}
			}
		default:
			if s, e, ok := dataCellValue(text, cs, ce, cols[c]); ok {
				dst = append(dst, tableSpan(cols[c], s, e))
			}
		}
		cs = ce + 1
	}
	return dst
}

// cellValue returns the value of the cell text[cs:ce] without spaces and
// quotes around it, if it can be a name or a place: 2 to 60 bytes with a
// letter, no digit, '@' or '/', and no placeholder such as "n/a" or "-".
func cellValue(text string, cs, ce int) (int, int, bool) {
	cs, ce = trimCell(text, cs, ce)
	if ce-cs < 2 || ce-cs > 60 {
		return 0, 0, false
	}
	letter := false
	for i := cs; i < ce; i++ {
		c := text[i]
		if isDigit(c) || c == '@' || c == '/' || c == '[' {
			return 0, 0, false // a number, an address, "n/a", a placeholder already there
		}
		letter = letter || isAlpha(c) || c >= 0x80
	}
	if !letter {
		return 0, 0, false
	}
	for _, p := range placeholderCells {
		if strings.EqualFold(text[cs:ce], p) {
			return 0, 0, false
		}
	}
	return cs, ce, true
}

// trimCell returns the bounds of the cell text[cs:ce] without the spaces
// and quotes around it.
func trimCell(text string, cs, ce int) (int, int) {
	for cs < ce && (text[cs] == ' ' || text[cs] == '"' || text[cs] == '\'' || text[cs] == '\t') {
		cs++
	}
	for ce > cs && (text[ce-1] == ' ' || text[ce-1] == '"' || text[ce-1] == '\'' || text[ce-1] == '\r' || text[ce-1] == '\t') {
		ce--
	}
	return cs, ce
}

// dataCellValue returns the value of a street, postcode, birth-date or
// age cell without spaces and quotes around it, if it has the shape of
// one: a street has a letter (and up to 80 bytes: a house number, a flat),
// a postcode 3 to 10 letters, digits, spaces or dashes with a digit, a date
// up to 30 bytes with two digits, an age one to three digits up to 120. None has an '@' or a '[' (a placeholder
// already there), nor is one of placeholderCells.
func dataCellValue(text string, cs, ce int, col tableColumn) (int, int, bool) {
	cs, ce = trimCell(text, cs, ce)
	v := text[cs:ce]
	if col == colBirth && len(v) == 2 && cs > 0 && text[cs-1] == '\'' && allDigits(v) {
		return cs - 1, ce, true // a year in two digits, "'81" (loc12)
	}
	if (len(v) < 3 && col != colAge) || v == "" || strings.ContainsAny(v, "@[") {
		return 0, 0, false
	}
	letters, digits := 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case isAlpha(c) || c >= 0x80:
			letters++
		case col == colZip && c != ' ' && c != '-':
			return 0, 0, false
		}
	}
	var ok bool
	switch col {
	case colAge:
		// An age in years: one to three digits, at most 120 ("34", not
		// "34-40", "n/a" or "1987").
		ok = letters == 0 && digits == len(v) && digits <= 3 && atoiASCII(v) <= 120
	case colStreet:
		// (a cell with no number has a capital, as a farm's or a rural
		// address's name has: "self-collect", "pick up in store" name no
		// address; street23)
		ok = len(v) <= 80 && letters > 0 && (digits > 0 || strings.IndexFunc(v, unicode.IsUpper) >= 0)
	case colZip:
		// (not a run of zeros: a form's test row, "00000")
		ok = len(v) <= 10 && digits > 0 && strings.Trim(v, "0 -") != ""
	case colBirth:
		// (or a one-digit day and a month word: "4 de marzo", "3 May")
		ok = len(v) <= 30 && (digits >= 2 || digits == 1 && letters >= 3)
	}
	if !ok {
		return 0, 0, false
	}
	for _, p := range placeholderCells {
		if strings.EqualFold(v, p) {
			return 0, 0, false
		}
	}
	return cs, ce, true
}

// placeholderCells are cell values that stand for no value, and the
// keyboard runs, test words and repeats of the row above that a form's
// tester or a sloppy export leaves in a cell (session 21: formats21,
// precision21).
var placeholderCells = []string{"null", "none", "unknown", "tbd", "n.a.", "n/a", "nil", "empty", "–", "—",
	"test", "test test", "testing", "asdf", "asdf asdf", "asdfgh", "qwerty", "xxx", "xxxx", "dummy", "aaa",
	"same as above", "as above", "see above", "ditto", "dito", "idem"}

// columnSpans are the type, rule, score and reason of the cells of each
// column kind but colOther.
var columnSpans = [...]struct {
	typ, rule string
	score     float64
	reason    string
}{
	colPerson: {"PERSON", "builtin.person", 0.85, "cell of a table column whose header names a person"},
	colCity:   {"LOCATION", "builtin.location", 0.8, "cell of a table column whose header names a city"},
	// Above the street detector's 0.96: the cell holds the flat, the
	// door and the floor that the detector may leave out.
	colStreet: {"STREET_ADDRESS", "builtin.address", 0.97, "cell of a table column whose header names a street address"},
	colZip:    {"ZIP_CODE", "builtin.zip_code", 0.85, "cell of a table column whose header names a postcode"},
	colBirth:  {"DATE_OF_BIRTH", "builtin.date_of_birth", 0.9, "cell of a table column whose header names a date of birth"},
	colAge:    {"AGE", "builtin.age", 0.85, "cell of a table column whose header names an age"},
	// Above the 0.95 of a national ID with its context word: in a phone
	// column a nine-digit number is a phone number, not a TFN or a SIN.
	colPhone: {"PHONE_NUMBER", "builtin.phone", 0.97, "cell of a table column whose header names a phone number"},
}

// tableSpan is the span of a cell under a column tableLabels knows.
func tableSpan(col tableColumn, s, e int) Span {
	c := &columnSpans[col]
	return Span{Start: s, End: e, Type: c.typ, Rule: c.rule, Score: c.score, Reason: c.reason}
}

// cityFields appends a LOCATION span for the value of every field whose
// label names a city ("City: Lviv", "Ort: Regensburg", "Ville :
// Besançon", as CRM records and forms write them) and drops the person
// detector's spans (dst[n0:]) inside such a value: the label says what it
// is. The colons come from the scan's marks; kept out of line, as most
// colons end no city label.
//
//go:noinline
func cityFields(sc *textScan, dst []Span, n0 int) []Span {
	text := sc.text
	for c := sc.next(mkColon, 0); c >= 0; c = sc.next(mkColon, c+1) {
		// Most colons end no city label: the three bytes before the
		// colon (a space passed over) rule them out with one lookup.
		e := c
		if e > 0 && text[e-1] == ' ' {
			e--
		}
		if e < 3 || !citySuffixes.has(text[e-3:e]) || !cityLabelBefore(text, c) {
			continue
		}
		s, e, ok := fieldValue(text, c+1)
		if !ok {
			if s, e, ok = brTownStateField(text, c+1); !ok {
				continue
			}
		}
		dst = dropLabelSpans(dst, n0, s, e)
		dst = append(dst, Span{Start: s, End: e, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "value of a field labelled as a city"})
	}
	return dst
}

// cityLabelBefore reports whether the word before the colon at c (a space
// between them allowed, as French writes it), or the two words before it
// ("Lives in: Leeds", "Wohnt in: Fulda"), is a city label of tableLabels,
// at the start of the text or after a separator of fields.
func cityLabelBefore(text string, c int) bool {
	e := c
	if e > 0 && text[e-1] == ' ' {
		e--
	}
	s := labelWordStart(text, e, e)
	if cityLabelAt(text, s, e) {
		return true
	}
	// A label of two words: the word before a single space.
	if s < 2 || text[s-1] != ' ' || text[s-2] == ' ' {
		return false
	}
	return cityLabelAt(text, labelWordStart(text, s-1, e), e)
}

// labelWordStart returns where the word of a label that ends at w starts,
// reading back no further than ten bytes before e.
func labelWordStart(text string, w, e int) int {
	s := w
	for s > 0 && e-s <= 10 && (isAlpha(text[s-1]) || text[s-1] >= 0x80 || text[s-1] == '/') {
		s--
	}
	return s
}

// cityLabelAt reports whether text[s:e] is a city label of tableLabels
// after a separator of fields (or at the text's start).
func cityLabelAt(text string, s, e int) bool {
	if e-s < 3 || e-s > 10 || s > 0 && !fieldStart[text[s-1]] {
		return false
	}
	var buf [10]byte
	for k := s; k < e; k++ {
		buf[k-s] = toLowerASCII(text[k])
	}
	return tableLabels[string(buf[:e-s])] == colCity
}

// citySuffixes holds the last three bytes of the city labels of
// tableLabels (ASCII lower-cased).
var citySuffixes = func() *suffix3Set {
	var ends []string
	for l, col := range tableLabels {
		if col == colCity && len(l) >= 3 {
			ends = append(ends, l[len(l)-3:])
		}
	}
	return newSuffix3Set(ends)
}()

// suffix3Set is a set of three-byte strings, ASCII lower-cased, tested
// with a multiply and a compare: a perfect hash into 512 slots, found when
// the set is built (64 slots took ~0.5 s at start-up to place the 45
// endings of the city labels once table7_labels.go added five).
type suffix3Set struct {
	slots [512]uint32
	mul   uint32
}

func newSuffix3Set(members []string) *suffix3Set {
	s := &suffix3Set{}
	s.mul = perfectMul(suffix3Keys(members), s.slots[:], 23)
	return s
}

// suffix3Keys returns the distinct keys of members' first three bytes.
func suffix3Keys(members []string) []uint32 {
	var keys []uint32
	for _, m := range members {
		if k := suffix3Key(m); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// perfectMul finds an odd multiplier that sends every key to a slot of
// its own, (key*mul)>>shift, in slots (1<<(32-shift) of them), fills slots
// with the keys and returns the multiplier. Keys are never 0, the empty
// slot.
func perfectMul(keys, slots []uint32, shift uint) uint32 {
	for mul := uint32(0x9E3779B1); ; mul += 2 {
		clear(slots)
		ok := true
		for _, k := range keys {
			slot := &slots[(k*mul)>>shift]
			if *slot != 0 {
				ok = false
				break
			}
			*slot = k
		}
		if ok {
			return mul
		}
	}
}

// suffix3Key packs three bytes, ASCII lower-cased, into a key that is
// never 0 (its high byte is 1).
func suffix3Key(b string) uint32 {
	return 1<<24 | uint32(toLowerASCII(b[0]))<<16 | uint32(toLowerASCII(b[1]))<<8 | uint32(toLowerASCII(b[2]))
}

// has reports whether the three bytes b, lower-cased, are in the set.
func (s *suffix3Set) has(b string) bool {
	k := suffix3Key(b)
	return s.slots[(k*s.mul)>>23] == k
}

// fieldStart marks the bytes a field's label may follow: spaces, line
// breaks and the separators of fields and table cells.
var fieldStart = [256]bool{' ': true, '\n': true, '\t': true, ',': true, ';': true, '|': true, '(': true, '"': true, '{': true}

// brTownStateField returns the bounds of a field's value that is a
// Brazilian town and its state after a slash ("Cidade/UF: Campinas/SP"),
// which fieldValue refuses for its slash.
func brTownStateField(text string, i int) (int, int, bool) {
	e := i
	for e < len(text) && e-i <= 64 && !fieldEnd[text[e]] {
		e++
	}
	s, e := trimCell(text, i, e)
	if e-s < 6 || text[e-3] != '/' || !brStates.has(text[e-2:e]) {
		return 0, 0, false
	}
	if ts, te, ok := cellValue(text, s, e-3); !ok || ts != s || te != e-3 || !upperAt(text, s) {
		return 0, 0, false
	}
	return s, e, true
}

// fieldValue returns the value of a field that starts after its colon at
// i: up to the next separator of fields or the line's end, trimmed, if it
// can be a place (see cellValue) and starts with a capital, as place
// names do ("The city: a place of lights" is prose).
func fieldValue(text string, i int) (int, int, bool) {
	e := i
	for e < len(text) && e-i <= 64 && !fieldEnd[text[e]] {
		e++
	}
	if e-i > 64 {
		return 0, 0, false
	}
	s, e, ok := cellValue(text, i, e)
	if !ok || !(isUpper(text[s]) || text[s] >= 0xC0) {
		return 0, 0, false
	}
	return s, e, true
}

// fieldEnd marks the bytes that end a field's value.
var fieldEnd = [256]bool{'\n': true, '\r': true, ',': true, ';': true, '|': true, '\t': true, ')': true, '"': true, '(': true}

// streetCellEnd returns where the street of an address cell text[s:e]
// ends when the cell goes on with its town, state and postcode ("9 Oak
// Ct, Kallangur Heights QLD 4503"): the start of the run of ZIP_CODE and
// LOCATION spans of dst (the other detectors' and the city fields') that
// closes the cell, separators (spaces, commas, dashes, slashes) between
// them, without the separators before it. Those spans then keep their own
// types; the street span takes the rest. Without such a run it returns e.
func streetCellEnd(text string, s, e int, dst []Span, ends *cellEnds) int {
	pos := e
	for {
		p := pos
		for p > s && addrCellSep(text[p-1]) {
			p--
		}
		k := ends.first(dst, p, s)
		if k < 0 {
			break
		}
		pos = dst[k].Start
	}
	if pos == e {
		return e
	}
	for pos > s && addrCellSep(text[pos-1]) {
		pos--
	}
	return pos
}

// cellEnds finds, for streetCellEnd, the first span of dst in its order
// that ends at p, starts at or after s and is a ZIP_CODE or a LOCATION,
// without reading every span for every row of a long table. A match is
// one of dst[:n], the spans from before tableCells (indexed by end once
// a row asks and there are more than guardLinear), or one of dst[nr:],
// the row's own: the rows before it hold spans that end before its
// cells, and dst[:n] stays as it was while tableCells runs (header
// labels are dropped at its end).
type cellEnds struct {
	n, nr int
	ix    posIndex // the ZIP_CODE and LOCATION spans of dst[:n], by end
}

// zipOrTownFrom reports whether sp is a ZIP_CODE or LOCATION span that
// ends at p and starts at or after s.
func zipOrTownFrom(sp *Span, p, s int) bool {
	return sp.End == p && sp.Start >= s && (sp.Type == "ZIP_CODE" || sp.Type == "LOCATION")
}

// first returns the index in dst of the first span that zipOrTownFrom
// takes, or -1; with c nil it reads every span.
func (c *cellEnds) first(dst []Span, p, s int) int {
	if c == nil {
		return firstZipOrTown(dst, 0, p, s)
	}
	if c.n <= guardLinear {
		if k := firstZipOrTown(dst[:c.n], 0, p, s); k >= 0 {
			return k
		}
	} else {
		if !c.ix.built {
			c.ix.build(dst[:c.n], func(d *Span) bool { return d.Type == "ZIP_CODE" || d.Type == "LOCATION" })
		}
		for _, e := range c.ix.in(p, p+1) {
			if k := int(uint32(e)); zipOrTownFrom(&dst[k], p, s) {
				return k
			}
		}
	}
	return firstZipOrTown(dst, c.nr, p, s)
}

// firstZipOrTown returns the index of the first span of dst[from:] that
// zipOrTownFrom takes, or -1.
func firstZipOrTown(dst []Span, from, p, s int) int {
	for k := from; k < len(dst); k++ {
		if zipOrTownFrom(&dst[k], p, s) {
			return k
		}
	}
	return -1
}

// addrCellSep reports whether c separates a town, a state and a postcode in
// an address cell.
func addrCellSep(c byte) bool { return c == ' ' || c == ',' || c == '-' || c == '/' }
