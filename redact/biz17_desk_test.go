package redact

import "testing"

// TestBiz17Desk checks biz17_desk.go on the engine in both directions: a
// named business's desk (a display name, a domain spelled by the
// business's name) and its chain fall under the threshold; a person's
// address, a display name holding a person, a non-role local part and a
// delivery's head stay masked.
func TestBiz17Desk(t *testing.T) {
	runBusiness15(t, []business15Case{
		{
			name:    "display name of a desk",
			text:    "Make this kinder.\n\nFrom: Payroll Team <payroll@tallowbrook-homes.co.uk>\nSubject: your payslip\n\nHi Dorota,",
			dropped: []string{"payroll@tallowbrook-homes.co.uk"},
		},
		{
			name:    "quoted reply of a desk",
			text:    "On Tue, Mar 3, 2026 at 9:15 AM Member Desk <memberservices@quillfordcu.ca> wrote:\n> Thanks for writing in.",
			dropped: []string{"memberservices@quillfordcu.ca"},
		},
		{
			name:    "domain spelled by the business's name",
			text:    "Write a FAQ for the Bramble Hollow play barn. Questions? 0161 496 0312, party@bramblehollow.co.uk.",
			dropped: []string{"party@bramblehollow.co.uk", "0161 496 0312"},
		},
		{
			name:    "hyphenated name spells the domain",
			text:    "Einladung zum Hoffest beim Weingut Kellerbauer-Lenz am 6. Juni. Anmeldung: fest@kellerbauer-lenz.at.",
			dropped: []string{"fest@kellerbauer-lenz.at"},
		},
		{
			name:    "display name of a riding school",
			text:    "Fwd:\nVon: Reitstall Birkengrund <info@birkengrund-pferde.ch>\nDatum: 3. April",
			dropped: []string{"info@birkengrund-pferde.ch"},
		},
		{
			name: "display name of a person",
			text: "From: Margit Olofsson <kontakt@olofsson-keramik.se>\nHej!",
			kept: []string{"kontakt@olofsson-keramik.se"},
		},
		{
			name: "a person's address on a named domain",
			text: "Bramble Hollow Parties has a new member. Her address is tamsin.o@bramblehollow.co.uk, 07700 900 318.",
			kept: []string{"tamsin.o@bramblehollow.co.uk", "07700 900 318"},
		},
		{
			name: "a delivery's head keeps the chain",
			text: "Bramble Hollow Parties: deliver to party@bramblehollow.co.uk, 14 Quarry Rise, Leeds LS6 9ZX.",
			kept: []string{"14 Quarry Rise"},
		},
	})
}

// TestBiz17DeskNames checks deskNames on the engine: a business's name
// that the person detector read falls under the threshold when a role
// address of the text spells or displays it; a person-shaped name (a
// given and a family name of the gazetteers) stays masked.
func TestBiz17DeskNames(t *testing.T) {
	runBusiness15(t, []business15Case{
		{
			name:    "an airline's name its address spells",
			text:    "Crew notes.\n\nOps: Juniper Air, Gate 4, ops@juniperair.example.com, +44 20 7946 0415",
			dropped: []string{"Juniper Air", "ops@juniperair.example.com"},
		},
		{
			name:    "a name before a legal form",
			text:    "Seller: Casa do Bolo Ltda, loja@casadobolo.com.br, (31) 3551-2200",
			dropped: []string{"Casa do Bolo Ltda", "loja@casadobolo.com.br"},
		},
		{
			name:    "a display name of words no gazetteer knows",
			text:    "Fwd:\nVon: Reitstall Birkengrund <info@birkengrund-pferde.ch>\nDatum: 3. April\nBetreff: Kurse",
			dropped: []string{"Reitstall Birkengrund"},
		},
		{
			name: "a person's name as a display name",
			text: "From: Anna Berg <info@annaberg.se>\nHej",
			kept: []string{"Anna Berg", "info@annaberg.se"},
		},
		{
			name: "a family name that is a role's word",
			text: "From: Ingrid Winkel <hallo@ingridwinkel.de>\nDanke!",
			kept: []string{"Ingrid Winkel"},
		},
		{
			name: "a person's name spelled by the domain",
			text: "Write to Lisa Holm about the stall, info@lisaholm.dk or 40 12 33 21.",
			kept: []string{"Lisa Holm"},
		},
	})
}

// TestBiz17Words checks biz17_words.go's trades on the engine: a
// business's line that opens with its trade falls under the threshold; the
// same trade written in lower case in a customer's sentence, or a person's
// name in the line, keeps the chain masked.
func TestBiz17Words(t *testing.T) {
	runBusiness15(t, []business15Case{
		{
			name:    "a jeweller's letterhead",
			text:    "Scrivi due righe di auguri.\n\nOreficeria del Corso, via Borgonuovo 14, Novara — tel. 011 562 7788.",
			dropped: []string{"via Borgonuovo 14", "Novara"},
		},
		{
			name:    "a locksmith's footer",
			text:    "Rédige un SMS.\n\nSerrurerie du Canal, 18 rue des Vinaigriers, Paris, 01 42 05 77 31.",
			dropped: []string{"18 rue des Vinaigriers", "01 42 05 77 31"},
		},
		{
			name: "the trade in lower case about a customer",
			text: "The locksmith called Mrs Oyelaran at 14 Brindle Close, Leeds, 0113 496 0721.",
			kept: []string{"14 Brindle Close"},
		},
		{
			name: "a customer named on the trade's line",
			text: "Auftrag: Schlüsseldienst Kowalbrecht für Herrn Jens Albrecht, Lindenweg 9, 04416 Auenried, 0341 998 2210",
			kept: []string{"Lindenweg 9", "0341 998 2210"},
		},
	})
}

// TestBiz17Our checks biz17_our.go on the engine: "our <business word> is
// <name>, <chain>" falls under the threshold; another possessive, or a
// customer's word before it, keeps the chain masked.
func TestBiz17Our(t *testing.T) {
	runBusiness15(t, []business15Case{
		{
			name:    "our business is",
			text:    "The printer ran out. Our business is Copper Kettle Roasting, 27 Wharf Lane, Wodonga VIC 3690.",
			dropped: []string{"27 Wharf Lane", "3690"},
		},
		{
			name:    "unser Betrieb ist",
			text:    "Kurz und freundlich bitte. Unser Betrieb ist Holzwerk Blauwasser, Lärchenweg 12, 83059 Kolbermoor.",
			dropped: []string{"Lärchenweg 12", "83059"},
		},
		{
			name: "her company is",
			text: "Her company is Copper Kettle Roasting, 27 Wharf Lane, Wodonga VIC 3690.",
			kept: []string{"27 Wharf Lane"},
		},
		{
			name: "a customer's business",
			text: "The customer's business is Copper Kettle Roasting, 27 Wharf Lane, Wodonga VIC 3690.",
			kept: []string{"27 Wharf Lane"},
		},
	})
}
