package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The learned model's guards: classes of word the model scores as a name
// that, alone or in their slot, are most often none, checked on a run of
// words before it becomes a span (learnedRun.flush). On the fresh folds
// (data/gen/ml18/results.md, session 22; 13 sets, 3,081 names) the guards
// together take the model at 0.5 from +70 names / +20 false alarms over
// the rules to +66 / +16 (guardAmbiguous alone: the others change no
// span there); the others keep redact's own false-alarm tests green.

// Guard kinds, for the trainer's measurement (learnedGuardOf).
const (
	guardAmbiguous = 1 << iota // one word the name tables mark ambiguous or a city
	guardDayMonth              // one word that is a weekday or month abbreviation
	guardAfterLead             // a run after a street type, institution or place-of-worship word
	guardPair                  // a family name after a capitalised word the tables do not know
	guardAbbrev                // one word with a full stop and a closing bracket after it: "(Retd.)"
)

// learnedGuarded reports whether the learned model's run text[start:end]
// is dropped by a guard; oneWord is set when the run is a single word.
func learnedGuarded(text string, start, end int, oneWord bool) bool {
	return learnedGuardOf(text, start, end, oneWord) != 0
}

// learnedGuardOf returns the guards (guardAmbiguous …) that drop the run
// text[start:end]:
//   - one word that the name tables mark ambiguous (a common word, month,
//     brand or place: "Dawn", "Hope") or a city, which the rules leave
//     alone unless a slot or cue supports it, unless a word that is or is
//     spelt like a name follows it (learnedNameAfter: "Joy Okonkwo-Bell");
//   - one word that is an English weekday or month abbreviation ("Thu",
//     "Sept") and no given name ("Jan" stays);
//   - a run right after a capitalised street type or the head word of an
//     institution that Balkan, Greek and Romance names put before a
//     person's name in the genitive ("Ulica Ivana …", a hospital "Νοσοκομείο
//     …"), or after the word for a place of worship and the capitalised
//     words that follow it ("Vihara Sri …"): the street, institution or
//     building is named after someone, no person is meant;
//   - one word with a full stop and a closing bracket right after it, an
//     abbreviation in brackets ("Capt. (Retd.)", "(Hons.)");
//   - a run in quotes after an institution's noun (quotedInstitution,
//     person23_fp.go: a school "Josip …"), which the rules demote;
//   - one word that the tables know only as a family name ("White",
//     "Moon") right after a capitalised word they do not know at all and
//     the model left out: two common words that name a product or a dish
//     ("Flat White", "Harvest Moon").
func learnedGuardOf(text string, start, end int, oneWord bool) int {
	g := 0
	if oneWord {
		fl := nameFlagsOf(text[start:end])
		if fl&(nameAmbiguous|nameCity) != 0 && !learnedNameAfter(text, end) {
			g |= guardAmbiguous
		}
		if fl&nameGiven == 0 && learnedDayMonth.has(text[start:end]) {
			g |= guardDayMonth
		}
		if fl&(nameFamily|nameGiven) == nameFamily && learnedAfterUnknown(text, start) {
			g |= guardPair
		}
		if strings.HasPrefix(text[end:], ".)") {
			g |= guardAbbrev
		}
	}
	if learnedAfterLead(text, start) || quotedInstitution(text, start, end) {
		g |= guardAfterLead
	}
	return g
}

// learnedAfterLead reports whether a capitalised street type
// (streetLeadSet), an institution word of institutionHeads (instLead) or the word
// for a place of worship that opens its name (worshipHeads, as the rules
// read it: "Mandir Shri …", "Iglesia San …") comes before start, on the
// same line over spaces only, either right before it or opening the
// capitalised words (up to learnedLeadBack) that run up to it: the guru's
// or saint's name after the title words names the building.
func learnedAfterLead(text string, start int) bool {
	for range learnedLeadBack {
		j := start
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
			j--
		}
		if j == start || j == 0 {
			return false
		}
		p := learnedPrevTok(text, start)
		if p.start < 0 || p.end != j {
			return false
		}
		w := text[p.start:p.end]
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		if streetLeadSet.has(w) || institutionHead(w, instLead) || worshipHeads.has(w) {
			return true
		}
		start = p.start
	}
	return false
}

// learnedLeadBack is how many capitalised words learnedAfterLead looks
// back over for a lead word.
const learnedLeadBack = 3

// learnedAfterUnknown reports whether the word before start, over one
// space, is capitalised letters that the name tables do not know and
// that are not spelt like a name (spellScores below 0: "Flat", "Harvest").
func learnedAfterUnknown(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	p := learnedPrevTok(text, start)
	if p.start < 0 || p.end != start-1 || p.end-p.start < 2 {
		return false
	}
	w := text[p.start:p.end]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	if nameFlagsOf(w) != 0 {
		return false
	}
	sum, _, parts := spellScores(w)
	return parts == 1 && sum < 0
}

// learnedNameAfter reports whether the word after end, over one space,
// is capitalised and a given or family name of the tables (and no stop
// word, title, greeting, city or ambiguous word) or, unknown to them,
// spelt like a name (spellScores at least spellRunMean).
func learnedNameAfter(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	n := learnedNextTok(text, end)
	if n.start != end+1 || n.end-n.start < 2 {
		return false
	}
	w := text[n.start:n.end]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	fl := nameFlagsOf(w)
	if fl&(nameStop|nameTitle|nameGreeting|nameCity|nameAmbiguous) != 0 {
		return false
	}
	if fl&(nameGiven|nameFamily) != 0 {
		return true
	}
	sum, _, parts := spellScores(w)
	return parts == 1 && sum >= spellRunMean
}

// learnedDayMonth are the English abbreviations of weekdays and months,
// capitalised.
var learnedDayMonth = boolTable(map[string]bool{
	"Mon": true, "Tue": true, "Tues": true, "Wed": true, "Weds": true, "Thu": true, "Thur": true, "Thurs": true,
	"Fri": true, "Sat": true, "Sun": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true,
	"Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
})
