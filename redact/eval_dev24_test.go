package redact

import "testing"

// marketingDev24aFloors are minimum {precision, recall} on the first
// development set of the twenty-fourth session (testdata/marketing-dev24a.md),
// written by a helper who read nothing of the project and scored once on the
// session's starting tree (8346ca8) before any rule was written from it;
// every ID found there.
var marketingDev24aFloors = map[string][2]float64{
	"PERSON":         {0.91, 0.98}, // 0.887/0.911 on the starting tree (fully masked 0.858); 0.896/0.964 (0.915) in-sample with ml24's learned table; 0.909/0.960 with the session's first round of rules merged too; 0.902/0.927 after gen24; 0.910/0.976 (0.964) with all of the session merged; 0.917/0.976 with fp25 (read); 0.917/0.984 (0.972) with recall25 (speakers after a title that is a word too)
	"STREET_ADDRESS": {0.94, 0.93}, // 0.941/0.853 on the starting tree (fully masked 0.747); 0.946/0.933 after gen24
	"ZIP_CODE":       {0.93, 0.91}, // 0.932/0.902 on the starting tree; 0.933/0.918 after gen24
	"LOCATION":       {0.85, 0.75}, // 0.833/0.714 on the starting tree; 0.860/0.762 after gen24
	"DATE_OF_BIRTH":  {0.99, 0.84}, // 1.000/0.846 on the starting tree
	"AGE":            {0.81, 0.68}, // 0.813/0.684 on the starting tree
	"EMAIL_ADDRESS":  {0.93, 0.99}, // 0.931/1.000 on the starting tree
	"PHONE_NUMBER":   {0.93, 0.98}, // 0.932/0.982 on the starting tree
	"IBAN_CODE":      {0.77, 0.87}, // 0.778/0.875 on the starting tree
}

// TestEvalMarketingDev24a scores the engine on marketing-dev24a (70 prompts;
// insurance brokers, energy and water utilities, charity and alumni
// fundraising, child sponsorship, radio competitions, magazine and streaming
// subscriptions, game stores, raffles, petitions, residents' associations,
// food banks, shelters; 646 spans, 75 of them street addresses).
func TestEvalMarketingDev24a(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev24a.jsonl", marketingTypes, withIDFloors(marketingDev24aFloors))
}

// marketingDev24bFloors: the same for the second development set of the
// twenty-fourth session (testdata/marketing-dev24b.md).
var marketingDev24bFloors = map[string][2]float64{
	"PERSON":         {0.94, 0.97}, // 0.924/0.892 on the starting tree (fully masked 0.840); 0.928/0.956 (0.916) in-sample with ml24's learned table; 0.942/0.960 (0.932) with fp25 (read in session 25); 0.946/0.964 (0.940) with recall25 (speakers after a title, a grandparent's title); 0.946/0.972 (0.948) with recall25_lower (a phone right after a lower-case name, "al-" family names)
	"STREET_ADDRESS": {0.96, 0.86}, // 0.951/0.784 on the starting tree (fully masked 0.662); 0.952/0.811 (0.743) with all of the session merged (rules written from dev24a, holdout23 and older sets; dev24b unread by their authors but for three span lines gen24 saw in a dump); st25 (session 25, read) 0.970/0.865 (0.824)
	"ZIP_CODE":       {0.99, 0.85}, // 1.000/0.850 on the starting tree
	"LOCATION":       {0.83, 0.75}, // 0.838/0.708 on the starting tree; 0.843/0.740 at session 25's start; st25 0.837/0.760 (an Irish county this writer leaves out)
	"DATE_OF_BIRTH":  {0.99, 0.99}, // 1.000/1.000 on the starting tree
	"AGE":            {0.86, 0.83}, // 0.870/0.833 on the starting tree
	"EMAIL_ADDRESS":  {0.96, 0.99}, // 0.962/1.000 on the starting tree
	"PHONE_NUMBER":   {0.90, 0.99}, // 0.909/1.000 on the starting tree
	"IBAN_CODE":      {0.85, 0.99}, // 0.857/1.000 on the starting tree
}

// TestEvalMarketingDev24b scores the engine on marketing-dev24b (70 prompts;
// frequent-flyer and hotel loyalty schemes, visa and translation agencies,
// recruitment, coworking, accountants, notaries, estate agents and lettings,
// property management, architects, payroll bureaus, traders, market stalls;
// 643 spans, 74 street addresses).
func TestEvalMarketingDev24b(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev24b.jsonl", marketingTypes, withIDFloors(marketingDev24bFloors))
}
