package redact

import (
	"slices"
	"strings"
)

// An exact pre-test of the whole date-of-birth detector. On the 5 MB
// corpus the detector is entered for 24,520 of 47,094 prompts (a run with
// a date-of-birth kind) and finds nothing in any of them, yet its loop,
// dobAt and the date parses fetch about 40 I1 misses' worth of code per
// prompt (the "oracle" row of docs/performance.md, session 14). What
// each of its spans needs, path by path (dobAt):
//   - a date (dateAt, monthBefore) or a day and month in digits
//     (numericBirthday): a context word of ctxBirth near it, a birth label
//     (birthLabel: birthStems, birthWholeWords) before ':', '|' or '=', or
//     a list item under a line with a birth word (a line break);
//   - a birthday without a year after the month (monthDayBirthday): a
//     word of ctxBirth or birthdayWords next to it, in its bracket's
//     clause, or a list (a line break);
//   - a birthday with the day first, an ordinal age or day (birthdayAt,
//     ordinalAlone, turning ages), a birth year (birthYearAt) and an age
//     (ageAt): the run's own try bits, dobTryBirthday and dobTryYear as
//     detectScan's loop sets them, and ageMayMatch (dob_gate.go);
//   - the town after a date or an age: that span first.
// dobMayMatch tests the per-run conditions on every run with a
// date-of-birth kind (skipTo, which only passes over runs, left out) and
// then the words, all of them in one ctxFilter (dobCueFilter) over the
// whole text: a text where all fail has no span of the detector, and
// runScans does not enter it. TestGatesExact, FuzzGateExact and
// TestDOBCueWords hold it to that.

// dobCueWords are the words one of the detector's cue-word paths needs
// (see above): whole words, the keys of contextWords for ctxBirth,
// birthdayWords and the birth years' cues (birthYearCue, moreYearWords,
// "classe"), which those paths compare whole (lookupCtx strips only
// bytes that are no letters after them); the birth labels' whole words
// (birthWholeWords), which birthLabel compares without a final dot; and
// its stems (birthStems), which start a label's word.
func dobCueWords() (whole, label, stems []string) {
	for k, v := range contextWords {
		if v&ctxBirth != 0 {
			whole = append(whole, k)
		}
	}
	for _, k := range birthdayWords.keys {
		if k != "" {
			whole = append(whole, k)
		}
	}
	for k, v := range moreYearWords {
		if v == yearCue {
			whole = append(whole, k)
		}
	}
	whole = append(whole, birthYearCues...)
	return append(whole, "classe"), birthWholeWords, birthStems
}

// dobCueFilter is the filter of dobCueWords, the first stage of
// dobCueIn's search: its three-byte prefixes are common word starts too
// ("com", "ver", "gen").
var dobCueFilter = func() *ctxFilter {
	whole, label, stems := dobCueWords()
	return newCtxFilterOf(slices.Concat(whole, label, stems))
}()

// dobCue is a key of dobCueKeys: a cue word, and whether it counts only
// as a whole word.
type dobCue struct {
	key   string
	whole bool
}

// dobCueKeys holds the cues of dobCueWords by their first byte, lower
// case; the labels' whole words without their final dot.
var dobCueKeys = func() (t [256][]dobCue) {
	add := func(k string, whole bool) {
		if c := (dobCue{k, whole}); k != "" && !slices.Contains(t[k[0]|0x20], c) {
			t[k[0]|0x20] = append(t[k[0]|0x20], c)
		}
	}
	whole, label, stems := dobCueWords()
	for _, w := range whole {
		add(w, true)
	}
	for _, w := range label {
		add(strings.TrimSuffix(w, "."), true)
	}
	for _, w := range stems {
		add(w, false)
	}
	return t
}()

// dobCueAt reports whether a cue of dobCueKeys starts at p, its bytes
// compared with 0x20 set in both (ASCII and Latin-1 letters in either
// case), and a whole word followed by no ASCII letter and no non-ASCII
// byte.
func dobCueAt(text string, p int) bool {
	for _, c := range dobCueKeys[text[p]|0x20] {
		e := p + len(c.key)
		if e > len(text) || c.whole && e < len(text) && (text[e] >= 0x80 || isAlpha(text[e])) {
			continue
		}
		i := 1
		for i < len(c.key) && text[p+i]|0x20 == c.key[i]|0x20 {
			i++
		}
		if i == len(c.key) {
			return true
		}
	}
	return false
}

// dobCueIn reports whether a cue of dobCueKeys starts a word of the
// scanned text: dobCueFilter finds the candidates, dobCueAt decides.
func dobCueIn(sc *textScan) bool {
	text := sc.text
	for p := 0; ; {
		if p = dobCueFilter.nextAt(sc, p, len(text)); p < 0 {
			return false
		}
		if dobCueAt(text, p) {
			return true
		}
		for p++; p < len(text) && (text[p] >= 0x80 || isAlpha(text[p])); p++ {
		}
	}
}

// dobMayMatch reports whether the date-of-birth detector could find a
// span in the scanned text: a line break, a run that detectScan would try
// as a birthday, a birth year or an age (ageMayMatch), or a cue word. (A
// line break alone lets no path through: a list of birthdays needs a
// birth word in the line above it, a label line its birth label.)
//
//go:noinline
func dobMayMatch(sc *textScan) bool {
	text := sc.text
	runs, kinds, _ := sc.runKinds()
	for i, r := range runs {
		n := r.end - r.start
		if kinds[i]&kindsDOB == 0 || n > 4 {
			continue
		}
		// detectScan's before and after, and its tests of them.
		var before byte
		if uint(r.start-1) < uint(len(text)) {
			before = text[r.start-1]
			if before < 0x80 && dobByte[before]&dobAlnum != 0 {
				continue
			}
		}
		var after uint8
		if uint(r.end) < uint(len(text)) {
			after = dobByte[text[r.end]]
		}
		if n <= 2 && (before == ' ' || before == '(') && after&dobDay != 0 &&
			(birthdayMaybe(text, r) || before == ' ' && dayLead[text[r.end]] == 2 && ordinalEndAt(text, r.end) != 0) {
			return true // dobTryBirthday
		}
		if n <= 3 && (after&dobAlnum == 0 && ageMaybe(text, r, before, after) ||
			after&dobAlnum != 0 && (text[r.end]|0x20 == 'y' || before == '(' && sexLetters[text[r.end]])) && ageMayMatch(text, r) {
			return true
		}
	}
	return dobCueIn(sc)
}
