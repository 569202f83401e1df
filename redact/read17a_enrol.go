package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Registration forms, library notices and school or camp sign-ups label
// the person they enrol with a word for a pupil, a participant or a
// borrower ("Élève : …", "Elev: …", "Participante: …", "Låntagare: …"),
// in the prompt languages, where a CRM says "Customer:". The name after
// such a label is often one no gazetteer knows (a Sámi, Catalan or
// Malagasy name). The labels are person context words; unlike "Customer:"
// they label a level, a class or a ticket as well ("Participante: Nivel
// Avanzado", "Borrower: Public Library Card"), so two or three words no
// gazetteer decides are a name after one only right after its colon and
// spelt like a name (enrolLabelSlot). Words that label things more often
// are left out: "student" ("Student: Business Studies"), "member" and
// "guest" ("Member: Gold", "Guest: Wi-Fi"), "kind" (German and English).

// enrolLabels are the pupil, participant and borrower labels, in lower
// case; withEnrolLabels adds the forms with a capital non-ASCII first
// letter ("Élève"), as contextBefore folds ASCII only.
var enrolLabels = []string{
	// pupils
	"pupil", "élève", "eleve", "elev", "leerling", "schüler", "schülerin", "alumno", "alumna", "aluno",
	"aluna", "alunno", "alunna", "uczeń", "uczennica", "oppilas", "žák", "žákyně", "tanuló",
	// participants
	"participant", "participante", "partecipante", "deelnemer", "deelneemster", "teilnehmer",
	"teilnehmerin", "deltager", "deltagare", "deltaker", "osallistuja", "uczestnik", "uczestniczka",
	// library borrowers
	"borrower", "låntagare", "låntaker", "låner", "låntager", "lainaaja", "lener", "emprunteur",
	"emprunteuse", "entleiher", "entleiherin",
}

// enrolLabelSet holds enrolLabels and their capitalised non-ASCII forms:
// the context words enrolLabelSlot accepts.
var enrolLabelSet = func() *strTable {
	m := map[string]bool{}
	for w := range withEnrolLabels(map[string]ctxKind{}) {
		m[w] = true
	}
	return boolTable(m)
}()

// withEnrolLabels returns the context words m with enrolLabels added as
// ctxPerson (see contextWords).
func withEnrolLabels(m map[string]ctxKind) map[string]ctxKind {
	for _, w := range enrolLabels {
		m[w] |= ctxPerson
		if r, n := utf8.DecodeRuneInString(w); r >= 0x80 {
			m[string(unicode.ToUpper(r))+w[n:]] |= ctxPerson
		}
	}
	return m
}

// enrolLabelSlot reports whether text[start:end], two or three
// capitalised words the gazetteers leave undecided, follow the enrolment
// label ctx and its colon (a space between or not, "Élève : …") and are
// spelt like a name: "Elev: Biret Sárri (9 år)", "Låntagare: Ouna Vessmark,
// …"; "Participante: Nivel Avanzado" is spelt like words.
func enrolLabelSlot(text string, start, end int, ctx string) bool {
	if !enrolLabelSet.has(ctx) {
		return false
	}
	k := start
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	if k == start || k == 0 || text[k-1] != ':' {
		return false
	}
	k--
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	e := k
	for k > 0 && (isAlpha(text[k-1]) || text[k-1] >= 0x80) {
		k--
	}
	return strings.EqualFold(text[k:e], ctx) && spellNameLikeAt(text, start, end, spellContactMean, spellContactFloor)
}
