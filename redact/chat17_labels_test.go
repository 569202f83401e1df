package redact

import "testing"

// TestChat17Labels covers a speaker label with a handle in brackets, a
// help desk's role and name in brackets, and Zoom's saved chat.
func TestChat17Labels(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"make a to-do list from our group chat pls\n\noriel (oriel_draws): who has the banner\ntamar (t.ko-94): me, picking up oriel at 8\noriel (oriel_draws): ok\nbeatriz (bea.stitches): i bring the tape",
			[]string{"oriel (oriel_draws)", "tamar (t.ko-94)", "oriel", "oriel (oriel_draws)", "beatriz (bea.stitches)"}},
		{"turn this chat into a faq entry\n\ncustomer (bo-ra): my parcel never came\nagent (tomek): sorry bo-ra, checking now\ncustomer (bo-ra): thx\nagent (tomek): resent it today",
			[]string{"bo-ra", "tomek", "bo-ra", "bo-ra", "tomek"}},
		{"minutes from this zoom chat pls\n\n10:02 From Odile Marchetti to Everyone: can all hear me\n10:03 From yusuf demir to Everyone: yes\n10:04 From Odile Marchetti to Everyone: good\n10:06 From Ottoline (iPhone) to Everyone: sorry im late, ask yusuf",
			[]string{"Odile Marchetti", "yusuf demir", "Odile Marchetti", "Ottoline", "yusuf"}},
		{"fill this in\n\ncustomer (required): yes\nagent (optional): no\nstatus: open",
			nil},
	})
}

// TestZoomLabel covers the bounds zoomLabel reads.
func TestZoomLabel(t *testing.T) {
	for _, c := range []struct {
		line, label string
		lower, ok   bool
	}{
		{"10:02 From Odile Marchetti to Everyone: hi", "Odile Marchetti", false, true},
		{"10:02:31 From odile (iPhone) to Everyone: hi", "odile", true, true},
		{"From Odile to Everyone: hi", "", false, false},
		{"10:02 Odile to Everyone: hi", "", false, false},
	} {
		colon := len(c.line) - len(": hi")
		if !zoomColon(c.line, colon) {
			t.Errorf("zoomColon(%q) = false", c.line)
			continue
		}
		s, e, lower, ok := zoomLabel(c.line, colon)
		if ok != c.ok || ok && (c.line[s:e] != c.label || lower != c.lower) {
			t.Errorf("zoomLabel(%q) = %q %v %v, want %q %v %v", c.line, c.line[s:e], lower, ok, c.label, c.lower, c.ok)
		}
	}
}

// TestChat17HyphenLabels covers lower-case speaker labels that are
// compound given names, and a grandparent's kin word before a name.
func TestChat17HyphenLabels(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"clean this up for the newsletter\n\nmin-seo: who is closing tonight\njean-luc: me, abuela chela is coming at 6\nmin-seo: ok ty\njean-luc: np",
			[]string{"min-seo", "jean-luc", "abuela chela", "min-seo", "jean-luc"}},
		{"fill this in\n\nfollow-up: none\ncheck-in: 3pm\nfollow-up: tbd",
			nil},
	})
}

// TestChat17LongLabels covers stamped capitalised speaker labels of three
// or four words (a speaker who shares a famous person's name is still a
// speaker), and a business's label of three words.
func TestChat17LongLabels(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"Action items from this Teams call please\n\n[00:00:05] Odette Varga: let's start\n[00:00:12] Agatha Christie binti Musa: the venue is booked\n[00:00:20] Odette Varga: great, thanks\n[00:00:40] Agatha Christie binti Musa: ok",
			[]string{"Odette Varga", "Agatha Christie binti Musa", "Odette Varga", "Agatha Christie binti Musa"}},
		{"Summarise this chat\n\n[10:01] Odette Varga: is the order ready\n[10:03] Sunrise Garden Centre: yes, from 2pm\n[10:04] Odette Varga: thanks\n[10:06] Sunrise Garden Centre: see you",
			[]string{"Odette Varga", "Odette Varga"}},
	})
}
