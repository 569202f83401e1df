package redact

import (
	"strings"
	"testing"
)

// TestPerson23Demote holds person23Demote's cues to names written for
// them: each case names the value that must be masked as PERSON, or not.
func TestPerson23Demote(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, value string
		masked            bool
	}{
		{"namesake", "Order 18: Daniel Okafor Jr. (no relation to David Brown the actor), 2 tickets.", "David Brown", false},
		{"namesake french", "Client : M. Paul Dubois (aucun lien avec Marcel Pagnol), livraison lundi.", "Marcel Pagnol", false},
		{"namesake german", "Herr Jonas Weber (nicht verwandt mit dem berühmten Thomas Müller) bucht zwei Plätze.", "Thomas Müller", false},
		{"negated say", "Use a nod to the old film but don't say James Wilson's name anywhere.", "James Wilson", false},
		{"negated tag", "Post the photos from Friday and don't tag Rihanna Clarke, her agency asked.", "Rihanna Clarke", false},
		{"galician", "Escribe a invitación. Non mencionar a Maria Lopez na publicidade.", "Maria Lopez", false},
		{"slovenian", "Napiši vabilo za odprtje. Ne omenjaj Luke Martina v oglasu.", "Luke Martina", false},
		{"quote after", "Put a Sarah Thompson quote on the chalkboard by the door.", "Sarah Thompson", false},
		{"fan after", "Guest note: huge James Wilson fan, loves tennis themes.", "James Wilson", false},
		{"once said", "As David Brown once said, education is the most powerful weapon.", "David Brown", false},
		{"style possessive", "Three lots for the David Brown's-style dining sale next month.", "David Brown", false},
		{"attributed", "Lot 4: oil on board (attrib. Thomas Wilson), in a gilt frame.", "Thomas Wilson", false},
		{"senator in span", "Open with a line Senator Bernie Sanders said about libraries.", "Bernie Sanders", false},
		{"rep before", "Keynote this year: Rep. Maria Lopez on civic tech.", "Maria Lopez", false},
		{"keynote key", "Programme\nKeynote: Malala Yousafzai, then lunch in the atrium.", "Malala Yousafzai", false},
		{"public figure later", "Panel: Maria Lopez and David Brown (public figures, no need to mask).", "Maria Lopez", false},
		{"street before", "Drop-off point: Jalan Sultan Ismail, beside the bus stop.", "Sultan Ismail", false},
		{"rua do", "A loja fica na Rua do Carlos Alberto, perto da praça.", "Carlos Alberto", false},
		{"road after", "Warehouse: Plot 12, David Brown Road, Ikeja.", "David Brown", false},
		{"au suburb", "Send the quote to Unit 2/14 Acacia St, Ashley Park QLD 4059 by Friday.", "Ashley Park", false},
		{"possessive business", "Sign off as Nkechi's Hair Salon, open Monday to Saturday.", "Nkechi", false},
		{"vietnamese", "Viết tin nhắn ngắn. Không nhắc đến David Brown trong bài.", "David Brown", false},
		{"bulgarian", "Напишете покана. Не споменавайте David Brown в текста.", "David Brown", false},
		{"romanian", "Scrie un mesaj scurt. Nu menționa Maria Lopez în reclamă.", "Maria Lopez", false},
		{"statue", "Window theme: a bronze statue of James Wilson and tartan ribbons.", "James Wilson", false},
		{"saint", "Farmacia Sveti Nikola, open until 20:00, delivers to the old town.", "Sveti Nikola", false},
		{"fictional", "Mascot: a fox called \"Sarah Thompson\" (fictional, no real person).", "Sarah Thompson", false},
		{"school in quotes", "Upisi: Osnovna škola \"Josip Kozarac\", Zagreb, od 1. lipnja.", "Josip Kozarac", false},
		{"theatre in quotes", "Драматичен театър „Иван Петров“ – премиера в петък.", "Иван Петров", false},
		{"nickname in quotes", "Guest list: Olusegun Bello (\"Segun Bello\"), table 4.", "Segun Bello", true},
		{"language", "Her grandmother (Gujarati) prefers a printed letter.", "Gujarati", false},
		{"language variety", "Write the SMS in Brazilian Portuguese, short and warm.", "Brazilian Portuguese", false},

		// customers stay masked
		{"bare mention", "Mention Ana Lucía Pereira in the thank-you list, she ran the raffle.", "Ana Lucía Pereira", true},
		{"customer with phone", "Booked by Tomás Herrera, 0412 555 019, for six people on Friday.", "Tomás Herrera", true},
		{"given name like a language", "hi shona, your frames are ready to collect", "shona", true},
		{"family name like a language", "Invoice for Thabo Zulu, paid in full on 3 March.", "Thabo Zulu", true},
		{"quotes sent to a customer", "Please send Daniel Obi quotes for both kitchens by Monday.", "Daniel Obi", true},
		{"relation before a cue after", "Thank you card: my daughter Maria Lopez once said your shop felt like home.", "Maria Lopez", true},
		{"related to an order", "Summarise the emails related to David Brown's order from March.", "David Brown", true},
		{"street word alone", "Thanks to Jalan's team and to Ines Moreau for the flowers.", "Ines Moreau", true},
		// a "(fictional …)" note about a product, a brand or a mascot named
		// after other words, not about the customer's name before them
		{"fictional brand after other words", "Refund for Marisol Quintero, who bought the Zephyr kit (fictional brand name for this demo).", "Marisol Quintero", true},
		{"fictional mascot after other words", "Customer Tomasz Wielgosz met our mascot at the fair (fictional bear).", "Tomasz Wielgosz", true},
		{"fictional product", "Email Hannelore Brückner about the mug (fictional).", "Hannelore Brückner", true},
		{"public figures joined by &", "Guests: Ingeborg Lindqvist & Torvald Nyberg (public figures, names may stay).", "Ingeborg Lindqvist", false},
		{"fictional in low quotes", "Narrator: „Wendelin Auerbach“ (fictional, a made-up voice).", "Wendelin Auerbach", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k := strings.Index(tc.text, tc.value)
			if k < 0 {
				t.Fatalf("value %q not in text", tc.value)
			}
			got := false
			for _, s := range e.Find(tc.text) {
				if s.Type == "PERSON" && s.Start < k+len(tc.value) && s.End > k {
					got = true
				}
			}
			if got != tc.masked {
				t.Errorf("%q masked as PERSON = %v, want %v (spans %v)", tc.value, got, tc.masked, e.Find(tc.text))
			}
		})
	}
}

// TestPerson23Ends checks person23BeforeWhy's first gate: every
// phrase before a name, with its spaces, in lower case and in ASCII capitals,
// passes it (a phrase of one-letter last word, "… mencionar a", too).
func TestPerson23Ends(t *testing.T) {
	for _, p := range strings.Fields(person23Before + person23Streets) {
		p = strings.ReplaceAll(p, "_", " ")
		upper := strings.Map(func(r rune) rune { // ASCII only, as person23BeforeWhy folds
			if r >= 'a' && r <= 'z' {
				return r - 32
			}
			return r
		}, p)
		if len(p) < 3 {
			t.Errorf("%q: person23BeforeWhy reads three bytes", p)
			continue
		}
		for _, f := range []string{p, upper} {
			if !p23Ends.hasTriple(f[len(f)-3], f[len(f)-2], f[len(f)-1]) {
				t.Errorf("%q: last three bytes not in p23Ends", f)
			}
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"NO RELATION TO Maria Lopez", true},
		{"x, nu menționa a Ion Popa", false}, // no phrase ends "… menționa a"
		{"Keep it short, NON MENCIONAR A Ion Popa", true},
		{"Thanks to Maria Lopez", false},
	} {
		k := strings.LastIndex(tc.text, " ") - len("Ion") // the name's start
		if i := strings.Index(tc.text, "Maria"); i >= 0 {
			k = i
		}
		if got := person23BeforeWhy(tc.text, k) != ""; got != tc.want {
			t.Errorf("%q: got %v", tc.text, got)
		}
	}
}

// TestInstitutionHeadSlots: institutionHeads holds two rules' words in
// two slots; a word of one slot is not read by the other rule (review25
// merged the two lists, the slots keep each rule's words).
func TestInstitutionHeadSlots(t *testing.T) {
	for _, c := range []struct {
		w    string
		slot uint32
		want bool
	}{
		{"gymnasium", instQuoted, true},
		{"Gymnasium", instQuoted, false}, // quotedInstitution lowers it first
		{"Universidade", instLead, true},
		{"universidade", instLead, false},
		{"library", instLead, false},
		{"Aeroporto", instQuoted, false},
		{"", instQuoted, false},
	} {
		if got := institutionHead(c.w, c.slot); got != c.want {
			t.Errorf("institutionHead(%q, %d) = %v, want %v", c.w, c.slot, got, c.want)
		}
	}
}
