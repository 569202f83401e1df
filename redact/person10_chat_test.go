package redact

import (
	"slices"
	"testing"
)

// TestPerson10TimeLines covers chat speakers on a line with the time of
// their message (Slack, Teams, meeting transcripts), and the lines that
// look alike but name no one (timetables, logs, agendas).
func TestPerson10TimeLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"slack, lower case", "sum up pls\n\ntamsin  9:02 AM\nthe van is late\nbenedikt  9:04 AM\ncalling them\ntamsin  9:05 AM\nthanks benedikt",
			[]string{"tamsin", "benedikt", "tamsin", "benedikt"}},
		{"time on its own line", "sum up pls\n\ntamsin\n9:02 AM\nthe van is late\nbenedikt\n9:04 AM\nok calling them",
			[]string{"tamsin", "benedikt"}},
		{"initials", "summarise\n\ntobias k  9:02 AM\nsorted the van\nj. adeyemi  9:04 AM\nthanks tobias\ntobias k  9:05 AM\nnp",
			[]string{"tobias k", "j. adeyemi", "tobias", "tobias k"}},
		{"transcript seconds", "zoom transcript\n\nines 00:03:12\nhi all\nkofi 00:03:20\nhello\nines 00:03:31\nlet's start",
			[]string{"ines", "kofi", "ines"}},
		{"bracketed time", "thread\n\nzuzana  [14:02]\nfloor plan ready?\nkwabena  [14:05]\nyes sending",
			[]string{"zuzana", "kwabena"}},
		{"initial first, whatsapp", "12/03/2024 09:14 - tobias k: sorted the van\n12/03/2024 09:15 - j. adeyemi: thanks tobias\n12/03/2024 09:16 - tobias k: np",
			[]string{"tobias k", "j. adeyemi", "tobias", "tobias k"}},
		{"discord", "discord log\n\nkwesi b — Today at 9:02 AM\nwho has the list\nlinnea — Today at 9:04 AM\nme\nkwesi b — Today at 9:05 AM\nthx linnea",
			[]string{"kwesi b", "linnea", "kwesi b", "linnea"}},
		{"telegram", "telegram export\n\nAma Owusu, [12.03.24 09:14]\nare the cakes ready\nKwesi Boateng, [12.03.24 09:15]\nyes",
			[]string{"Ama Owusu", "Kwesi Boateng"}},
		{"teams, stamp first", "teams\n\n[10:41] Ruairi Breslin\ncan we move the fitting\n[10:43] zaneta kowal\nyes, thursday works\n[10:44] Ruairi Breslin\ngreat",
			[]string{"Ruairi Breslin", "zaneta kowal", "Ruairi Breslin"}},
		{"minutes, stamp first", "meeting log\n\n[10:41] Agenda review\nwe went through the items\n[10:43] Budget\napproved", nil},
		{"tickets", "Tickets:\nOpened 12.03.24 09:14\nprinter broken\nClosed 12.03.24 10:15\nfixed", nil},
		{"agenda", "Agenda\n\nRegistration  9:00\nKeynote  9:30\nCoffee break  10:30", nil},
		{"opening times", "Opening times\n\nMonday  9:00\nopen late on thursdays\nSaturday  10:00\nclosed on bank holidays", nil},
		{"log", "server log\n\ndeploy started  10:02\nbuild ok\ndeploy finished  10:09\nall green", nil},
		{"class timetable", "Schedule\nYoga  7:30\nbring a mat\nPilates  9:00\nbeginners welcome\nZumba  18:00\nhigh energy", nil},
		{"bot posts", "thread\n\nslackbot  9:00 AM\nreminder: standup\njira  9:01 AM\nticket moved", nil},
		{"one line", "meet me\n\ntamsin  9:02 AM\nthe van is late", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson10ChatFamilyLike covers a given name and a family name no
// gazetteer knows in a lower-case chat, and chat words after a name.
func TestPerson10ChatFamilyLike(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"unknown family name", "group chat\n\nrania: orders so far from samir boukhalfa (2 boxes)\ntariq: ok\nrania: and samir thinks friday",
			[]string{"rania", "samir boukhalfa", "tariq", "rania", "samir"}}, // person16_chat.go: a given name the chat mentions
		{"chat words after a name", "group chat\n\nrania: samir thinks friday, leila again lol\ntariq: ok samir wants cake\nrania: fine",
			[]string{"rania", "samir", "leila", "tariq", "samir", "rania"}}, // person16_chat.go
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson10FamilyRepeats covers the family names of several people
// named in full, each repeated alone later.
func TestPerson10FamilyRepeats(t *testing.T) {
	text := "Thread\n\nRuairi Mac Lochlainn  10:41\ncan we move the fitting for Odile Ferrand\nZaneta Kowal  10:43\nyes, Ferrand said thursday works."
	want := []string{"Ruairi Mac Lochlainn", "Odile Ferrand", "Zaneta Kowal", "Ferrand"}
	if got := enginePersonTexts(t, text); !slices.Equal(got, want) {
		t.Errorf("Find(%q) = %q, want %q", text, got, want)
	}
}
