package redact

import "testing"

// TestRead16cGreetingRole: a greeting of Estonian, Polish, Latvian and
// more as the local part of a business's address makes its contact chain
// the business's, as hello@ and hej@ do (business12_email.go); a
// person's local part keeps it masked. Own values.
func TestRead16cGreetingRole(t *testing.T) {
	e, _ := NewEngine(Options{})
	const desk = "Kirjuta lühike postitus meie pagariäri kohta: Saiake Pagar, Rüütli 8, 51007 Tartu, tel 612 3456, tere@saiake.ee. Uued koogid."
	for _, s := range e.Find(desk) {
		if s.Type == "EMAIL_ADDRESS" || s.Type == "PHONE_NUMBER" {
			t.Errorf("desk chain: unexpected %s %q", s.Type, desk[s.Start:s.End])
		}
	}
	const person = "Kirjuta lühike postitus meie pagariäri kohta: Saiake Pagar, Rüütli 8, 51007 Tartu, tel 612 3456, kati@saiake.ee. Uued koogid."
	found := false
	for _, s := range e.Find(person) {
		found = found || s.Type == "EMAIL_ADDRESS"
	}
	if !found {
		t.Errorf("a person's address in the chain is no longer found")
	}
	for _, w := range []string{"tere", "witam", "sveiki", "zdravo", "kaixo", "jambo", "moi"} {
		if !roleLocalParts.has(w) {
			t.Errorf("%q is no role local part", w)
		}
	}
}
