package redact

import "testing"

// TestRoleLabelNames checks roleLabelNames on the engine: a name after a
// line's role key is a person, whatever the gazetteers know of it; a
// thing, a team, a weekday or a lower-case value after one is not. Own
// values.
func TestRoleLabelNames(t *testing.T) {
	checkFindCases(t, []findCase{
		{"driver, three unknown words", "Run sheet for Friday\nDriver: Tariku Mengesha Bekele\nVan: white Transit",
			[]string{"PERSON:Tariku Mengesha Bekele"}},
		{"carer, a given name that is a word", "Care plan\nPreferred carer: Memory (female carers only).\nVisits from Monday.",
			[]string{"PERSON:Memory"}},
		{"tour leader, one unknown word", "Itinerary\nTour leader: Temirlan (our local guide)\nDay 1: old town walk",
			[]string{"PERSON:Temirlan"}},
		{"Spanish guide before a bracket", "Salida a las 7\nGuía: Lalo (el de siempre)\nRegreso a las 19",
			[]string{"PERSON:Lalo"}},
		{"Finnish seller at the text's end", "Kuitti\nMyyjä: Aatu", []string{"PERSON:Aatu"}},
		{"list mark before the key", "Crew for the job:\n- Crew lead: Rawiri Kahui, 021 555 0134\n- Van: 2",
			[]string{"PERSON:Rawiri Kahui", "PHONE_NUMBER:021 555 0134"}},
		{"a thing after the key", "Setup\nDriver: Windows\nTech: React Native", nil},
		{"a weekday after the key", "Rota\nDriver: Monday\nGuide: Team B", nil},
		{"lower-case value", "Notes\nDriver: to be confirmed", nil},
		{"more words after the name", "Notes\nChef: Quorvella will bring the cake\nOK", nil},
		{"a machine in the role", "Ticket 88\nHandled by: Bot\nTechnician: Unassigned", nil},
		{"key deep in a line", "Notes\nWe asked whether the driver: Oskarine could come", nil},
	})
}
