package redact

import (
	"strings"
	"testing"
)

func TestRead16aReviewCredit(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Make this a testimonial:\n★★★★★ Tavrek Oomsdal - 3 weeks ago\nQuick tune-up, fair price.", "Tavrek Oomsdal"},
		{"★★★★☆ Mirelu Zanthopi · Local Guide\nThe rye loaf was lovely.", "Mirelu Zanthopi"},
		{"Reviews:\n★★★★★ Quesh Baradonne: \"Fixed my gate in an hour\"", "Quesh Baradonne"},
		// the first word again after thanks or a greeting, the full name credited above
		{"Make this a testimonial for our site, first names only:\n★★★★★ Tavrek Oomsdal - 3 weeks ago\nQuick tune-up, fair price, and they even oiled the chain and checked the brakes for free.\nOwner reply: Thank you so much Tavrek! See you in spring, and bring the kids along for their first proper fitting.",
			"Tavrek Oomsdal|Tavrek"},
		// a review's headline, stars not opening the line, a quoted review
		{"★★★★★ Great Service - quick and kind", ""},
		{"Rated ★★★★★ Fast Delivery - again", ""},
		{"★★★★★ \"Lovely staff, will be back\"", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range e.Find(tc.text) {
			if s.Type == "PERSON" {
				got = append(got, tc.text[s.Start:s.End])
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: persons %q, want %q", tc.text, g, tc.want)
		}
	}
}
