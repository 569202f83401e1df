package redact

import (
	"strings"
	"testing"
)

// TestPersonNotableAndThemes checks that well-known names, brands named
// after people and names used as a theme are no PERSON, unless a greeting,
// a customer label, a relation word or a title says they are.
func TestPersonNotableAndThemes(t *testing.T) {
	tests := []findCase{
		// data/notable.txt
		{"writer", "Plan a Charles Dickens Christmas market for December.", nil},
		{"painters", "Our window display celebrates Frida Kahlo and Pablo Picasso.", nil},
		{"fashion brand", "Stock more Calvin Klein underwear before Friday.", nil},
		{"brand first of three", "Newsletter: Karl Lagerfeld Kollektion ab Montag.", nil},
		{"title brand", "Promote Dr. Oetker pizza in the frozen aisle.", nil},
		{"title brand without dot", "Promote Dr Oetker pizza in the frozen aisle.", nil},
		{"character with a title", "A Mr. Bean lookalike will open the store.", nil},
		{"hyphenated brand", "Feature Rolls-Royce Phantom rentals.", nil},
		{"particles", "A Vincent van Gogh print for every order.", nil},
		{"greeting", "Dear Charles Dickens, your order has shipped.", []string{"PERSON:Charles Dickens"}},
		{"name field", "Name: Frida Kahlo\nPlan: Gold", []string{"PERSON:Frida Kahlo"}},
		{"customer label", "Customer: Calvin Klein, 12 orders", []string{"PERSON:Calvin Klein"}},
		{"relation", "my colleague Paul Smith will call you", []string{"PERSON:Paul Smith"}},
		{"title not in the entry", "Mr Hugo Boss called about his refund.", []string{"PERSON:Mr Hugo Boss"}},
		{"greeting before a title brand", "Dear Dr. Oetker, thanks!", []string{"PERSON:Dr. Oetker"}},
		// Theme words after a name, theme phrases before it.
		{"retrospective", "A Clara Jensen retrospective opens in May.", nil},
		{"themed", "Design a Lucas Moreau-themed window.", nil},
		{"compound", "Plan ett Karin Lindberg-tema i butiken.", nil},
		{"capitalised theme word", "Das Sophie Wagner Wochenende beginnt am Freitag.", nil},
		{"boots", "Half price on Emma Clarke boots this week.", nil},
		{"inspired by", "Write a menu inspired by Giulia Romano and her recipes.", nil},
		{"style of", "Draw a poster in the style of Pierre Dubois.", nil},
		{"tribute to a customer", "A bench as a tribute to Pierre Dubois, our first member.", []string{"PERSON:Pierre Dubois"}},
		{"royal title", "Name a pizza after queen Margaret.", nil},
		{"capitalised royal title", "Write a post about King Charles visiting our Leeds factory.", nil},
		{"family name King", "Send the voucher to Sarah King today.", []string{"PERSON:Sarah King"}},
		{"theme word not next to the name", "Maria Schneider ordered boots last week.", []string{"PERSON:Maria Schneider"}},
		{"theme word before the name", "Send the boots to Maria Schneider.", []string{"PERSON:Maria Schneider"}},
		{"recipient and a thing", "Ship Maria Schneider boots in size 38.", []string{"PERSON:Maria Schneider"}},
		{"theme with a label", "Customer: Emma Clarke boots order pending", []string{"PERSON:Emma Clarke"}},
		// Lone given names.
		{"ampersand possessive", "Order cakes from Maggie & Rose's kitchen.", nil},
		{"ampersand company", "Gift ideas from Tiffany & Co. this season.", nil},
		{"ampersand people", "Invite Anna & Tom to the launch.", []string{"PERSON:Anna", "PERSON:Tom"}},
		{"ampersand brand at the end", "A collab with Maggie & Rose's!", nil},
		{"ampersand couple", "Write a card for Anna & Tom's wedding.", []string{"PERSON:Anna", "PERSON:Tom"}},
		{"regnal number", "A Louis XIV armchair for the lobby.", nil},
		{"regnal numbers", "Costume party: come as Elizabeth II or Charles III.", nil},
		{"epithet", "A Catherine the Great ball at the palace.", nil},
		{"no epithet", "Tell Catherine the news.", []string{"PERSON:Catherine"}},
		{"theme after a lone name", "Half price on Raymond suits.", nil},
		{"lone name", "Call Louis about the order.", []string{"PERSON:Louis"}},
		{"quoted collection", "Launch our autumn line 'Greta' next week.", nil},
		{"quoted in german", "Die neue Kollektion „Emma“ ist da.", nil},
		{"quoted person", "Sign it as 'Greta' please.", []string{"PERSON:Greta"}},
		{"quoted after a greeting", "Hi 'Greta', welcome back!", []string{"PERSON:Greta"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPersonRoleWords checks given names that a job or role word
// introduces, also those that are words too ("Hunter", "Grace").
func TestPersonRoleWords(t *testing.T) {
	tests := []findCase{
		{"acronym", "Our CSM Hunter will follow up on Monday.", []string{"PERSON:Hunter"}},
		{"stylist", "your stylist Grace has a free slot at 3pm", []string{"PERSON:Grace"}},
		{"trainer", "Ask our trainer Max about the plan.", []string{"PERSON:Max"}},
		{"french", "Votre conseillère Jana vous appellera demain.", []string{"PERSON:Jana"}},
		{"unknown word", "Our agent Chrome extension is live.", nil},
		{"no role", "Hunter boots are back in stock.", nil},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestNotableDataLoads checks the embedded list: every entry is found by
// its own lookups (the bloom filter has no false negatives), with and
// without a title's dot.
func TestNotableDataLoads(t *testing.T) {
	n := 0
	for _, line := range strings.Split(notableData, "\n") {
		name := strings.TrimSpace(line)
		if name == "" || name[0] == '#' {
			continue
		}
		n++
		words := strings.Fields(name)
		if len(words) >= 3 && isLower(words[1][0]) && !isParticle(words[1]) {
			if k := strings.Join(words[:3], " "); !notableEpithets.has(k) {
				t.Errorf("epithet %q not in the table", k)
			}
			continue
		}
		last := strings.LastIndexByte(name, ' ') + 1
		if len(name)-last < 2 {
			continue
		}
		if !notableMaybe(name, 0, last, len(name)) || !notableNames.has(name) {
			t.Errorf("%q not found", name)
		}
	}
	if n < 500 {
		t.Errorf("%d entries, want several hundred", n)
	}
	for _, s := range []string{"Dr Martens", "Dr. Martens", "Mr Bean", "Mr. Bean"} {
		if !notableNames.has(s) {
			t.Errorf("%q not found", s)
		}
	}
}
