package redact

import (
	"maps"
	"os"
	"path/filepath"
	"testing"
)

// handwrittenTypes are the types labelled completely in
// testdata/handwritten-prompts.jsonl.
var handwrittenTypes = []string{"PERSON", "STREET_ADDRESS", "ZIP_CODE", "LOCATION", "DATE_OF_BIRTH", "AGE",
	"EMAIL_ADDRESS", "PHONE_NUMBER", "UK_NHS", "ES_NIF", "IBAN_CODE"}

// handwrittenFloors are minimum {precision, recall} on the handwritten
// prompts, set just under what the engine reaches.
var handwrittenFloors = map[string][2]float64{
	"PERSON":         {0.97, 0.97},
	"STREET_ADDRESS": {0.95, 0.95},
	"ZIP_CODE":       {0.95, 0.95},
	"LOCATION":       {0.95, 0.95},
	"DATE_OF_BIRTH":  {0.95, 0.95},
}

// TestEvalHandwritten scores the engine on prompts the team wrote and
// labelled before running the detectors on them: prose unlike the
// generated corpus, in the six languages of the issue, with people,
// addresses and birthdays, and prompts with brands, events and cities
// that hold no personal data. Cities that are not part of an address are
// optional labels: finding them or not counts neither way.
func TestEvalHandwritten(t *testing.T) {
	evalHandwrittenFile(t, "handwritten-prompts.jsonl", handwrittenTypes, handwrittenFloors)
}

// evalHandwrittenFile scores the engine on a file of testdata for types,
// logs the table (and, with REDACT_EVAL_DEBUG set, the misses and false
// alarms), and fails below floors.
func evalHandwrittenFile(t *testing.T, name string, types []string, floors map[string][2]float64) {
	recs := loadEvalFile(t, filepath.Join("testdata", name))
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	scores := scorePIIEval(recs, types, e.Find)
	t.Logf("%s, %d records\n%s", name, len(recs), formatPIIScores(scores, types))
	if os.Getenv("REDACT_EVAL_DEBUG") != "" {
		for _, typ := range types {
			for _, m := range missedExamples(recs, typ, e.Find, 20) {
				t.Log(m)
			}
		}
	}
	for typ, f := range floors {
		if s := scores[typ]; s.Precision() < f[0] || s.Recall() < f[1] {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.3f and %.3f", typ, s.Precision(), s.Recall(), f[0], f[1])
		}
	}
}

// holdoutFloors are minimum {precision, recall} on the holdout prompts,
// just under their first run.
var holdoutFloors = map[string][2]float64{
	"PERSON":         {0.95, 0.97},
	"STREET_ADDRESS": {0.95, 0.95},
	"ZIP_CODE":       {0.95, 0.95},
	"LOCATION":       {0.95, 0.85},
	"DATE_OF_BIRTH":  {0.95, 0.95},
}

// TestEvalHandwrittenHoldout scores the engine on a second set of
// handwritten prompts, labelled before the detectors ran on them and
// never tuned on: its misses (a name written in lower case, a city
// missing from the gazetteer) and its false alarm (a "Tier:" field after a
// name field) were left as they were, so its figures stay an estimate for
// prose the rules have not seen. ("Grandma Rose" and the city, named as
// known gaps to a later session, are found since: kinship titles, and a
// town before a postcode; and so is the lower-case name, by the rules for
// texts written all in lower case.)
func TestEvalHandwrittenHoldout(t *testing.T) {
	evalHandwrittenFile(t, "handwritten-holdout.jsonl", handwrittenTypes[:8], holdoutFloors)
}

// marketingTypes are the types labelled completely in
// testdata/marketing-dev.jsonl and testdata/marketing-holdout.jsonl.
var marketingTypes = []string{"PERSON", "STREET_ADDRESS", "ZIP_CODE", "LOCATION", "DATE_OF_BIRTH", "AGE",
	"EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "US_SSN", "UK_NHS", "UK_NINO", "CA_SIN",
	"AU_TFN", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "NL_BSN", "DE_TAX_ID", "FR_NIR", "IN_AADHAAR", "PASSPORT"}

// marketingIDFloor is the floor of every identifier type of the marketing
// sets: each has one or two instances there, all found, and the
// look-alikes (order, invoice and tracking numbers one digit off a valid
// checksum) raise no false alarm.
var marketingIDFloor = [2]float64{0.95, 0.95}

// marketingDevFloors are minimum {precision, recall} on the marketing dev
// prompts, set just under what the engine reaches after the rules they
// showed missing (the identifier types get marketingIDFloor).
var marketingDevFloors = map[string][2]float64{
	"PERSON":         {0.97, 0.97},
	"STREET_ADDRESS": {0.97, 0.97},
	"ZIP_CODE":       {0.97, 0.97},
	"LOCATION":       {0.97, 0.97},
	"DATE_OF_BIRTH":  {0.97, 0.97}, // the year of birth alone ("b. 1984") is read since the tenth session
	"AGE":            {0.95, 0.95},
	"EMAIL_ADDRESS":  {0.95, 0.95},
	"PHONE_NUMBER":   {0.97, 0.97},
}

// TestEvalMarketingDev scores the engine on prompts written the way
// outside marketers write them (CRM exports, tickets, briefs, guest and
// loyalty lists in EN/DE/FR/ES/IT/NL/PT/PL, with brands named after
// people, order numbers and checksum look-alikes that hold no personal
// data), labelled before the detectors ran on them. The rules were tuned
// on them; the misses left are a year of birth alone ("b. 1984").
func TestEvalMarketingDev(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev.jsonl", marketingTypes, withIDFloors(marketingDevFloors))
}

// marketingHoldoutFloors are minimum {precision, recall} on the marketing
// holdout, just under what the engine reaches.
var marketingHoldoutFloors = map[string][2]float64{
	"PERSON":         {0.97, 0.97},
	"STREET_ADDRESS": {0.97, 0.97},
	"ZIP_CODE":       {0.97, 0.97},
	"LOCATION":       {0.97, 0.97},
	"DATE_OF_BIRTH":  {0.97, 0.97},
	"AGE":            {0.97, 0.97}, // 1.000 since address3's German "wird am 14. Juli 85"
	"EMAIL_ADDRESS":  {0.95, 0.95},
	"PHONE_NUMBER":   {0.95, 0.95},
}

// TestEvalMarketingHoldout scores the engine on a second set of marketing
// prompts written and labelled with the dev set and never tuned on: its
// figures were the estimate for prompts the rules have not seen until
// issue 9 named its misses (titles after particles, "M.", lower-case
// titles before particles and names, lower-case texts, Polish and Spanish
// dates, Spanish street abbreviations, a Canadian code after a province,
// a saint's name, an invoice number read as a phone), which general rules
// fix since: the third holdout (marketing-holdout2.jsonl) is the estimate
// now.
func TestEvalMarketingHoldout(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout.jsonl", marketingTypes, withIDFloors(marketingHoldoutFloors))
}

// withIDFloors returns floors with marketingIDFloor added for every
// identifier type of marketingTypes.
func withIDFloors(floors map[string][2]float64) map[string][2]float64 {
	out := maps.Clone(floors)
	for _, typ := range marketingTypes {
		if _, ok := out[typ]; !ok {
			out[typ] = marketingIDFloor
		}
	}
	return out
}

// marketingHoldout2Floors are minimum {precision, recall} on the third
// marketing holdout, just under what the engine reaches (the identifier
// types get marketingIDFloor: the set has none, so they guard against
// false alarms).
var marketingHoldout2Floors = map[string][2]float64{
	"PERSON":         {0.95, 0.95},
	"STREET_ADDRESS": {0.97, 0.99}, // 1.000/1.000 with loc13 (session 18)
	"ZIP_CODE":       {0.97, 0.97},
	"LOCATION":       {0.97, 0.97},
	"DATE_OF_BIRTH":  {0.97, 0.97},
	"AGE":            {0.97, 0.97}, // 0.900 since address3's German "wird am 3. August 70"; 1.000 since dobage (session 12)
	"PHONE_NUMBER":   {0.95, 0.95},
}

// TestEvalMarketingHoldout2 scores the engine on a third set of marketing
// prompts (EN/DE/FR/ES/IT/NL/PT/PL/TR: CRM exports, tickets, casual
// lower-case requests, titles and particles, and eleven prompts with
// brands, places and events named after people), written and labelled
// before any detector ran on it and never tuned on. Its first run, on the
// tree before the issue 9 rules: PERSON precision 0.781 recall 0.735,
// STREET_ADDRESS recall 0.731, DATE_OF_BIRTH 0.600, AGE 0.875/0.700. Its
// misses and false alarms are left as they are (Turkish streets and "No:"
// house numbers, a Polish title in the genitive, brands and characters
// named after people: "Albert Heijn", "Walter White", "Leonardo da
// Vinci"). One kind of miss led to a general rule afterwards, so its
// first prompt (a CRM export) is no longer unseen: cells under street,
// postcode and birth-date columns of a table (STREET_ADDRESS 0.769 ->
// 0.808, ZIP_CODE 0.792 -> 0.833, DATE_OF_BIRTH 0.800 -> 1.000).
func TestEvalMarketingHoldout2(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout2.jsonl", marketingTypes, withIDFloors(marketingHoldout2Floors))
}

// marketingHoldout3Floors are minimum {precision, recall} on the fourth
// marketing holdout, just under what the engine reaches since its misses
// were worked on (its blind first run is in TestEvalMarketingHoldout3's
// comment).
var marketingHoldout3Floors = map[string][2]float64{
	"PERSON":         {0.97, 0.97},
	"STREET_ADDRESS": {0.97, 0.94},
	"ZIP_CODE":       {0.97, 0.97},
	"LOCATION":       {0.97, 0.94},
	"DATE_OF_BIRTH":  {0.92, 0.97},
	"AGE":            {0.97, 0.99}, // 1.000/1.000 since where13
	"EMAIL_ADDRESS":  {0.97, 0.97},
	"PHONE_NUMBER":   {0.97, 0.97},
}

// TestEvalMarketingHoldout3 scores the engine on a fourth set of
// marketing prompts (45, half English, the rest DE/FR/ES/IT/NL/PT/PL/SV;
// twelve without personal data: brands, historical and fictional people,
// the business's own address), written and labelled by an engineer who
// had not read the detectors, the README's quality figures or the other
// sets. Its first run, before any rule was written from it: PERSON precision 0.803 recall
// 0.891, STREET_ADDRESS 0.688/0.815, ZIP_CODE 0.742/0.742, LOCATION
// 0.667/0.667, DATE_OF_BIRTH 0.867/0.812, AGE 1.000/0.500, every e-mail
// and identifier found. Its labels leave the business's own addresses
// unlabelled (they are an allow-list entry in production), so each shop
// address found counts as a false alarm here; famous people and brands
// named after people (Jane Austen, Dr. Martens, Ben & Jerry's) were the
// PERSON false alarms. The seventh and eighth sessions worked on its
// misses and false alarms (the list of well-known names, the business's
// premises, Irish and Indian addresses, past ages), so its figures are no
// estimate for unseen prose any more; marketing-holdout4's are.
func TestEvalMarketingHoldout3(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout3.jsonl", marketingTypes, withIDFloors(marketingHoldout3Floors))
}

// marketingHoldout4Floors are minimum {precision, recall} on the fifth
// marketing holdout, just under its blind run at the end of the eighth
// session; the address, postcode, town, birth-date, age and person floors
// just under what the ninth session's rules (written from its misses, with
// values of their own) reach on it (PERSON 0.966/0.988; 0.977/1.000 with
// the eleventh session's person rules). Its one Aadhaar number was
// missed; the other identifier types get marketingIDFloor.
var marketingHoldout4Floors = map[string][2]float64{
	"PERSON":         {0.96, 0.97},
	"STREET_ADDRESS": {0.96, 0.99}, // 1.000/1.000 since street8 (session 14); precision leaves room for one FP
	"ZIP_CODE":       {0.97, 0.99}, // 0.975/1.000 since places (session 12)
	"LOCATION":       {0.98, 0.98}, // 0.919 since address3's sign-off towns; 0.946 with places' lower-case towns; 0.985/0.959 since loc4; street21 1.000/0.986
	"DATE_OF_BIRTH":  {0.97, 0.97}, // 1.000 since the tenth session's birthday rules
	"AGE":            {0.96, 0.97}, // 0.921 since address3's sign-off ages; 0.973/0.947 since dobage (session 12); 0.974/0.974 with loc24 (an age in brackets after a name)
	"EMAIL_ADDRESS":  {0.97, 0.97},
	"PHONE_NUMBER":   {0.97, 0.97},
	"IN_AADHAAR":     {0.97, 0.97}, // 1.000/1.000 since ids14 (session 14): Aadhaar after its word, checksum failing
}

// TestEvalMarketingHoldout4 scores the engine on a fifth set of marketing
// prompts (60: 34 English from the UK, US, Ireland, India, Australia,
// Canada and South Africa, the rest DE/FR/ES/IT/NL/PT/PL/SV/DA; twelve
// without a customer's personal data; 354 spans), written and labelled by
// an engineer who read nothing of the project (languages, labelling
// choices and distractors: testdata/marketing-holdout4.md). Nobody read
// it before the eighth session's
// rules were written. Blind runs: the tree at that session's start gave
// PERSON precision 0.775 recall 0.812, STREET_ADDRESS 0.800/0.857,
// ZIP_CODE 0.806/0.744, LOCATION 0.789/0.405, DATE_OF_BIRTH 1.000/0.647,
// AGE 0.800/0.421; its end 0.837/0.847, 0.960/0.857, 0.971/0.872,
// 0.915/0.581, 1.000/0.647, 0.826/0.500. Its labels count states and
// counties as LOCATION, children's and relatives' ages as AGE, and
// birthdays without a year as DATE_OF_BIRTH; shops' addresses, famous
// people and a fictional persona are unlabelled.
func TestEvalMarketingHoldout4(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout4.jsonl", marketingTypes, withIDFloors(marketingHoldout4Floors))
}

// marketingHoldout5Floors are minimum {precision, recall} on the sixth
// marketing holdout. It is no blind estimate any more: its misses were
// studied after its blind runs, and general rules were written from their
// categories, tested with values of their own (none of its names, streets
// or towns went into the lists). The floors are just under what those
// rules reach: the ninth session's lower-case and capitals person rules
// (PERSON 0.919/0.850), then the tenth session's address, postcode, town,
// birth-date and age rules (STREET_ADDRESS 1.000/0.940, ZIP_CODE
// 0.982/0.982, LOCATION 0.975/0.875, DATE_OF_BIRTH 1.000/1.000, AGE
// 0.969/0.886) and person slots for words no gazetteer knows (PERSON
// 0.948/0.906; the eleventh session's person rules 0.967/0.906). Every
// identifier was found; they get marketingIDFloor.
var marketingHoldout5Floors = map[string][2]float64{
	"PERSON":         {0.99, 0.93}, // 0.987/0.919 since person12 (session 16); 0.993/0.950 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.993/0.938 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.97, 0.95}, // lower24: 1.000/0.960
	"ZIP_CODE":       {0.97, 0.99}, // 0.983/1.000 since places (session 12)
	"LOCATION":       {0.98, 0.93}, // 0.987/0.896 since places; 0.988/0.927 since loc4; 0.988/0.938 since dobloc7 (GeoNames towns)
	"DATE_OF_BIRTH":  {0.97, 0.97},
	"AGE":            {0.94, 0.86},
	"EMAIL_ADDRESS":  {0.97, 0.97},
	"PHONE_NUMBER":   {0.93, 0.97},
}

// TestEvalMarketingHoldout5 scores the engine on a sixth set of marketing
// prompts (70: 39 English from the UK, US, Ireland, India, Australia,
// Canada and South Africa, the rest DE/FR/NL/ES/IT/PT/PL/SV/DA, mostly
// running prose; twelve without personal data; 515 spans), written and
// labelled by an engineer who read nothing of the project
// (testdata/marketing-holdout5.md). Nobody who wrote the ninth session's
// rules read it. Blind runs: the tree at that session's start gave PERSON
// precision 0.896 recall 0.694, STREET_ADDRESS 0.917/0.860, ZIP_CODE
// 0.941/0.842, LOCATION 0.906/0.500, DATE_OF_BIRTH 1.000/0.419, AGE
// 0.923/0.343; its end 0.911/0.762, 0.920/0.900, 0.943/0.877,
// 0.915/0.625, 1.000/0.484, 0.944/0.486.
func TestEvalMarketingHoldout5(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout5.jsonl", marketingTypes, withIDFloors(marketingHoldout5Floors))
}

// marketingHoldout6Floors are minimum {precision, recall} on the seventh
// marketing holdout, just under its blind run at the end of the tenth
// session. Its Canadian SIN (context word far before it) and passport
// number were missed on that run. In the eleventh session its misses led,
// by category, to address3's rules (birth labels by stem, first-person
// and aside ages, birthdays next to ages, IDs with a far context word,
// postcodes past a flat's parts or on their own line, suburbs, sign-off
// towns), and the floors below were raised to just under their figures
// (ZIP_CODE 0.940, LOCATION 0.793, DATE_OF_BIRTH 0.917, AGE 0.871, CA_SIN
// and PASSPORT 1.000): a regression set since. Its PERSON misses and false
// alarms led, by category, to person4's rules, written with values of
// their own (PERSON 0.991/0.966; the floor just under).
var marketingHoldout6Floors = map[string][2]float64{
	"PERSON":         {0.99, 0.98}, //; 1.000/0.974 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); lower24: 1.000/0.983
	"STREET_ADDRESS": {0.97, 0.95}, // 1.000/0.957 since street9 (session 15; 0.957/0.957 since places, session 12)
	"ZIP_CODE":       {0.97, 0.99}, // 1.000/1.000 since places
	"LOCATION":       {0.97, 0.95}, // 0.984/0.816 with loc3's towns after a street ("… 12 in Kleinkleckersdorf"); 0.971/0.908 since places; 0.973/0.954 since loc4
	"DATE_OF_BIRTH":  {0.97, 0.90},
	"AGE":            {0.97, 0.93}, // 1.000/0.935 since dobage (session 12)
	"EMAIL_ADDRESS":  {0.97, 0.97},
	"PHONE_NUMBER":   {0.97, 0.97},
	"CA_SIN":         {0.97, 0.97},
	"PASSPORT":       {0.97, 0.97},
}

// TestEvalMarketingHoldout6 scores the engine on a seventh set of
// marketing prompts (70: 38 English from the US, UK, Ireland, India,
// Australia, Canada and South Africa, the rest DE/NL/FR/ES/IT/PT/PL/SV/DA;
// mostly running prose, with a WhatsApp export, ticket history, survey
// dumps, a guest list and a loyalty-card CSV; names from many communities
// living in those countries; twelve without personal data; 417 spans),
// written and labelled by an engineer who read nothing of the project
// (testdata/marketing-holdout6.md). Nobody who wrote the tenth session's
// rules read it. Blind runs: the tree at that session's start gave PERSON
// precision 0.930 recall 0.803, STREET_ADDRESS 0.957/0.935, ZIP_CODE
// 1.000/0.860, LOCATION 0.979/0.644, DATE_OF_BIRTH 1.000/0.542, AGE
// 1.000/0.452; its end 0.917/0.855, 0.957/0.935, 1.000/0.860,
// 0.980/0.678, 1.000/0.625, 1.000/0.516.
func TestEvalMarketingHoldout6(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout6.jsonl", marketingTypes, withIDFloors(marketingHoldout6Floors))
}

// marketingHoldout7Floors are minimum {precision, recall} on the eighth
// marketing holdout (testdata/marketing-holdout7.md), just under the
// eleventh session's final tree. Its blind runs: the session's starting
// tree gave PERSON 0.919/0.829, STREET_ADDRESS 0.944/0.850, ZIP_CODE
// 1.000/0.929, LOCATION 0.930/0.530, DATE_OF_BIRTH 1.000/0.711, AGE
// 0.967/0.707, PHONE_NUMBER 1.000/0.846 (one CA_SIN false alarm); the
// tree after the session's first six helpers (b0f60be) 0.928/0.890,
// 0.944/0.850, 1.000/0.976, 0.970/0.626, 1.000/0.789, 0.967/0.707,
// 1.000/0.865. Its misses then led, by category, to the last rules of
// that session (phone and birth-date table columns, call notes, kin
// words, tone words, athletes, towns after a street or in a sign-off,
// streets in capitals): a regression set since.
var marketingHoldout7Floors = map[string][2]float64{
	"PERSON":         {0.955, 0.97}, // 0.959/0.951 since person12 (session 16); 0.960/0.988 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.960/0.980 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.97, 0.89},  // 1.000/0.900 since street9 (session 15; 0.973/0.900 since street8)
	"ZIP_CODE":       {0.97, 0.96},
	"LOCATION":       {0.97, 0.87}, // 0.976/0.791 since places (session 12); 0.977/0.809 since loc4; 0.979/0.878 since loc8
	"DATE_OF_BIRTH":  {0.97, 0.94}, // 1.000/0.921 since dobage (session 12); 1.000/0.947 since locdob9
	"AGE":            {0.96, 0.90}, // 0.974/0.902 since dobage
	"EMAIL_ADDRESS":  {0.96, 0.97},
	"PHONE_NUMBER":   {0.97, 0.97},
}

// TestEvalMarketingHoldout7 scores the engine on the eighth set of
// marketing prompts (70: 38 English from seven countries, the rest
// DE/FR/ES/NL/IT/PT/PL/SV/DA; pasted e-mails with quoted replies,
// tickets, call notes, reviews with sign-offs, birthday lists, loyalty
// and referral exports with split name columns, WhatsApp exports; given
// names that are also words; 636 spans), written and labelled by an
// engineer who read nothing of the project.
func TestEvalMarketingHoldout7(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout7.jsonl", marketingTypes, withIDFloors(marketingHoldout7Floors))
}

// marketingHoldout8Floors are minimum {precision, recall} on the ninth
// marketing holdout (testdata/marketing-holdout8.md), just under its
// blind run on the eleventh session's final tree; nobody who wrote that
// session's rules read it. Blind runs: the session's starting tree gave
// PERSON 0.910/0.783, STREET_ADDRESS 0.923/0.857, ZIP_CODE 1.000/0.778,
// LOCATION 0.980/0.570, DATE_OF_BIRTH 1.000/0.750, AGE 0.950/0.528,
// PHONE_NUMBER 1.000/0.800; after its first six helpers 0.912/0.806,
// 0.923/0.857, 1.000/0.833, 0.982/0.640, 1.000/0.792, 0.952/0.556,
// 1.000/0.975; its end 0.918/0.811, 0.923/0.857, 1.000/0.815,
// 0.984/0.690, 1.000/0.792, 0.952/0.556, 1.000/0.975. Its Aadhaar number
// fails the Verhoeff check (the writer's script was wrong) and is not
// reported, and a phone number was typed CA_SIN where the set has none:
// those two floors hold the blind figures, not the goal. The twelfth
// session's rules were written from the categories of its misses and
// false alarms (person6_*.go for PERSON, 0.983/0.950 after them; the
// address, postcode and town rules of places and loc4; dobage's birth
// dates and ages): a regression set since.
var marketingHoldout8Floors = map[string][2]float64{
	"PERSON":         {0.98, 0.97}, //; 0.984/0.978 with the learned name model on by default (in-sample: its table is trained on this set; ml22train)
	"STREET_ADDRESS": {0.97, 0.97}, // 1.000/0.976 since places (session 12); precision leaves room for one FP
	"ZIP_CODE":       {0.98, 0.99}, // 1.000/1.000 since places
	"LOCATION":       {0.99, 0.90}, // 1.000/0.850 since places; 1.000/0.870 since loc4; 1.000/0.890 since loc8; 1.000/0.900 with formats18 (key: value records); 1.000/0.910 with loc24 (a town of birth after the date's comma)
	"DATE_OF_BIRTH":  {0.97, 0.95}, // 1.000/0.958 since dobage (session 12)
	"AGE":            {0.96, 0.94}, // 0.971/0.944 since dobage
	"EMAIL_ADDRESS":  {0.96, 0.97},
	"PHONE_NUMBER":   {0.97, 0.97},
	"CA_SIN":         {0, 0.95},
	"IN_AADHAAR":     {0.95, 0.97}, // 1.000/1.000 since ids14 (session 14)
}

// TestEvalMarketingHoldout8 scores the engine on the ninth set of
// marketing prompts (70: 37 English, 33 DE/FR/ES/IT/NL/PT/PL/SV/DA;
// sign-up lists, warranty registrations, appointment books, delivery
// manifests, gift-card orders, review exports, filled service macros;
// 522 spans), written and labelled by an engineer who read nothing of
// the project.
func TestEvalMarketingHoldout8(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout8.jsonl", marketingTypes, withIDFloors(marketingHoldout8Floors))
}

// marketingHoldout9Floors are minimum {precision, recall} on the tenth
// marketing holdout (testdata/marketing-holdout9.md), just under its
// blind run on the twelfth session's final tree; it was kept outside the
// repository while that session's rules were written, and nobody who
// wrote them read it. Blind runs: the session's starting tree gave
// PERSON 0.929/0.795, STREET_ADDRESS 0.711/0.640, ZIP_CODE 0.909/0.612,
// LOCATION 0.891/0.508, DATE_OF_BIRTH 1.000/0.735, AGE 0.947/0.581;
// after its first five helpers 0.933/0.852, 0.756/0.680, 0.914/0.653,
// 0.896/0.531, 1.000/0.735, 0.950/0.613; its end 0.933/0.852,
// 0.756/0.680, 0.914/0.653, 0.900/0.554, 1.000/0.735, 0.955/0.677. The
// set labels shops' and agencies' addresses, e-mails and phone numbers
// as distractors, which the engine masks (fail closed): that is most of
// the STREET_ADDRESS, EMAIL_ADDRESS and PHONE_NUMBER false alarms. Two
// passport numbers whose context word is a sentence away and an NHS
// number typed PHONE_NUMBER (still masked) are missed: those floors hold
// the blind figures, not the goal. Session 13 (a regression set now):
// names spelt like names in list items (person7_spell.go) took PERSON to
// 0.934/0.860, lower-case chat speakers, nicknames after a name and
// aunts' and uncles' titles (person7_chat.go, person7_nick.go) to
// 0.935/0.882, honorifics in lower case, sample names after "e.g." and
// saints' days (person7_honorific.go, person7_example.go) to 0.944/0.886,
// records with contact data read by spelling with the gazetteers' words
// counted as names to 0.945/0.900, name column labels of twelve more
// languages to 0.946/0.913.
var marketingHoldout9Floors = map[string][2]float64{
	"PERSON":         {0.96, 0.98}, // 0.955/0.934 since person9 (session 14); 0.956/0.939 since person13 (session 16); 0.960/0.943 with chat17 (session 19); 0.962/0.991 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.962/0.987 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.97, 0.97}, // 1.000/0.980 since street9 (session 15: businesses' own addresses, a one-word street before a postcode)
	"ZIP_CODE":       {0.99, 0.99}, // 1.000/1.000 since street9
	"LOCATION":       {0.97, 0.88}, // 0.920/0.685 after dobloc7 (thirteenth session, read as a regression set); 0.980/0.823 since loc8; 1.000/0.869 since read15b; lower24: 1.000/0.885; 1.000/0.885 with loc24 (a town of birth after the date's comma)
	"DATE_OF_BIRTH":  {0.97, 0.98}, // 1.000/1.000 after dobloc7
	"AGE":            {0.96, 0.93}, // 0.964/0.871 after dobloc7; 0.966/0.903 after loc17 (ages after a noun for a person); 0.967/0.935 since read21b
	"EMAIL_ADDRESS":  {0.99, 0.97}, // 0.743/1.000 before business12 (session 16: a business's own contact chain); 1.000/1.000 since
	"PHONE_NUMBER":   {0.99, 0.99}, // 0.804/0.976 before business12; 0.976/0.976 since; 1.000/1.000 since read21b
	"PASSPORT":       {0.97, 0.97}, // 1.000/1.000 since ids14 (session 14): table-column headers, 9 digits alone
	"UK_NHS":         {0.95, 0.95}, // 1/1 since business12 (an exact tie with a phone reading goes to the checksummed ID)
}

// TestEvalMarketingHoldout9 scores the engine on the tenth set of
// marketing prompts (70: 35 English from thirteen countries, 35 in 18
// other languages; CRM exports, pasted e-mail threads, chat exports,
// tickets, call notes, guest lists, delivery manifests, loyalty CSVs,
// influencer shortlists; 618 spans), written and labelled by an engineer
// who read nothing of the project.
func TestEvalMarketingHoldout9(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout9.jsonl", marketingTypes, withIDFloors(marketingHoldout9Floors))
}

// marketingHoldout10Floors are minimum {precision, recall} on the
// eleventh marketing holdout (testdata/marketing-holdout10.md), just under
// its blind run on the thirteenth session's final tree; it was kept
// outside the repository while that session's rules were written, and
// nobody who wrote them read it. Blind runs: the session's starting tree
// gave PERSON 0.907/0.752, STREET_ADDRESS 0.791/0.635, ZIP_CODE
// 0.853/0.604, LOCATION 0.855/0.478, DATE_OF_BIRTH 1.000/0.639, AGE
// 0.950/0.422; after its first four rule helpers (e371f39) 0.917/0.777,
// 0.808/0.788, 0.884/0.792, 0.871/0.540, 1.000/0.806, 0.962/0.556; its end
// 0.913/0.777 and the same for the other types. The set labels shops',
// agencies' and venues' own addresses, e-mails and phone numbers as
// distractors, which the engine masks (fail closed): that is most of the
// STREET_ADDRESS, ZIP_CODE, EMAIL_ADDRESS and PHONE_NUMBER false alarms.
// One phone number is read as a CA_SIN (still masked). These floors hold
// the blind figures, not the goal.
var marketingHoldout10Floors = map[string][2]float64{
	"PERSON":         {0.97, 0.97}, // 0.957/0.912 since person12 (session 16); 0.961/0.924 with appos18 (names after person nouns, session 20); 0.969/0.924 with precision21 (session 21); 0.972/0.979 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.971/0.975 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.97, 0.99}, // 1.000/1.000 since street9 (session 15; 0.946/1.000 after street8, 0.811/0.808 after fix13)
	"ZIP_CODE":       {0.99, 0.99}, // 1.000/1.000 since street9 (0.980/1.000 after street8, 0.884/0.792 after fix13)
	"LOCATION":       {0.96, 0.90}, // 0.871/0.540 blind; 0.900/0.699 since loc8 (fourteenth session); 0.966/0.805 since locdob9; street21 0.989/0.894; loc22 0.990/0.903
	"DATE_OF_BIRTH":  {0.99, 0.88}, // 1.000/0.806 since fix13; 1.000/0.861 since locdob9; 1.000/0.889 since read21b
	"AGE":            {0.97, 0.75}, // 0.962/0.556 blind; 0.964/0.600 since loc8; 0.968/0.667 since locdob9; 0.970/0.711 since where13; 0.971/0.733 since read15b; 0.971/0.756 since read21b
	"EMAIL_ADDRESS":  {0.94, 0.97}, // 0.529/1.000 before business12 (session 16); 0.947/1.000 since
	"PHONE_NUMBER":   {0.92, 0.92}, // 0.523/0.852 before business12; 0.885/0.852 since; 0.920/0.852 since business14; 0.923/0.889 with loc13 (session 18); 0.926/0.926 with loc13's Icelandic numbers
	"CA_SIN":         {0.5, 0.95},
}

// TestEvalMarketingHoldout10 scores the engine on the eleventh set of
// marketing prompts (70: 35 English from fifteen varieties, 35 in 22 other
// languages including Greek, Japanese and Korean script; Shopify order
// notes, WhatsApp broadcast lists, funeral-home and wedding CRM lines,
// real-estate leads, pharmacy and car-service reminders, donor lists; 12
// English prompts of running prose; 599 spans), written and labelled by an
// engineer who read nothing of the project.
func TestEvalMarketingHoldout10(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout10.jsonl", marketingTypes, withIDFloors(marketingHoldout10Floors))
}

// marketingHoldout11Floors are minimum {precision, recall} on the twelfth
// marketing holdout (testdata/marketing-holdout11.md), just under its
// blind run on the fourteenth session's final tree; it was kept outside the
// repository while that session's rules were written, and nobody who wrote
// them read it. Blind runs: the session's starting tree gave PERSON
// 0.893/0.749, STREET_ADDRESS 0.789/0.815, ZIP_CODE 0.951/0.848, LOCATION
// 0.912/0.560, DATE_OF_BIRTH 0.900/0.844, AGE 0.964/0.574, PASSPORT
// 1.000/0.000; its end 0.895/0.792, 0.793/0.833, 0.952/0.870, 0.915/0.584,
// 0.900/0.844, 0.967/0.617 and PASSPORT 1.000/1.000. Shops', parishes' and
// agencies' own addresses, e-mails and phone numbers are labelled as
// distractors, which the engine masks (fail closed): most of the
// STREET_ADDRESS, EMAIL_ADDRESS and PHONE_NUMBER false alarms. Its one
// Aadhaar number fails the Verhoeff check and stands after "Aadhaar
// (student)": not found. These floors hold the blind figures, not the goal.
var marketingHoldout11Floors = map[string][2]float64{
	"PERSON":         {0.95, 0.98}, // 0.930/0.860 since person10 and person11 (session 15, read as a regression set); 0.938/0.875 since person12 and person13 (session 16); 0.942/0.875 with public15's public lists; 0.943/0.892 with person16's chat mentions, cued first names and introductions (session 18); 0.944/0.907 with chat17 (session 19); 0.945/0.914 with appos18 (session 20); 0.944/0.910 with chat18's layout speakers alone; 0.945/0.921 with script18 on main 8c5791f; 0.952/0.921 with precision21 (session 21); 0.957/0.989 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.956/0.982 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.98, 0.98}, // 0.981/0.963 since street9 (session 15, read as a regression set); 0.982/0.981 with loc13 (session 18)
	"ZIP_CODE":       {0.99, 0.99}, // 1.000/0.978 since street9; lower24: 1.000/1.000
	"LOCATION":       {0.97, 0.83}, // 0.915/0.584 blind; 0.914/0.744 since locdob9 (fifteenth session, read as a regression set); street21 0.980/0.832
	"DATE_OF_BIRTH":  {0.99, 0.96}, // 0.900/0.844 blind; 1.000/0.969 since locdob9
	"AGE":            {0.97, 0.89}, // 0.967/0.617 blind; 0.976/0.851 since locdob9; 0.976/0.872 since loc12 (session 17); 0.977/0.894 since where13
	"EMAIL_ADDRESS":  {0.92, 0.99}, // 0.692/1.000 before business12 (session 16); 0.931/1.000 since
	"PHONE_NUMBER":   {0.95, 0.98}, // 0.723/0.932 blind; 0.726/0.945 since locdob9; 0.945/0.945 since business12; 0.958/0.945 since business14; 0.959/0.959 with loc13's Icelandic numbers (session 18); struct23 0.960/0.986 (4-4 numbers in a table row)
	"IN_AADHAAR":     {0.97, 0},
}

// TestEvalMarketingHoldout11 scores the engine on the twelfth set of
// marketing prompts (70: 35 English from more than 17 countries, 35 in 22
// other languages; veterinary and optician reminders, tutoring enrolments,
// festival ticket holders, florist cards, insurance leads, alumni notes,
// coworking members, salon bookings, moving quotes, podcast shout-outs,
// parish, mosque and temple bulletins, Slack and Teams threads, voice-note
// transcripts and lower-case group chats; 710 spans), written and labelled
// by an engineer who read nothing of the project.
func TestEvalMarketingHoldout11(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout11.jsonl", marketingTypes, withIDFloors(marketingHoldout11Floors))
}

// marketingHoldout12Floors are minimum {precision, recall} on the
// thirteenth marketing holdout (testdata/marketing-holdout12.md), just
// under its blind run on the fifteenth session's final tree; it was kept
// outside the repository while that session's rules were written, and
// nobody who wrote them read it. Blind runs: the session's starting tree
// gave PERSON 0.844/0.864, STREET_ADDRESS 0.553/0.837, ZIP_CODE
// 0.532/1.000, LOCATION 0.588/0.593, DATE_OF_BIRTH 0.958/0.958, AGE
// 0.920/0.697; its end 0.865/0.875, 0.603/0.878, 0.562/1.000, 0.625/0.648,
// 0.958/0.958 and 0.923/0.727; every ID found, with no false alarm. The
// writer labelled the senders' own addresses, postcodes, towns, e-mails and
// phone numbers (a practice, a dealership, a shop writing to its own
// customers) as distractors; the engine masks most of them (fail closed),
// and they are nearly all of the STREET_ADDRESS, ZIP_CODE, EMAIL_ADDRESS
// and PHONE_NUMBER false alarms. About 20 of PERSON's 36 false alarms are
// well-known people the notable lists lack. These floors hold the blind
// figures, not the goal.
var marketingHoldout12Floors = map[string][2]float64{
	"PERSON":         {0.94, 0.98}, // 0.865/0.875 blind; 0.922/0.943 since person12 and person13 (session 16, read as a regression set); 0.926/0.943 since public14 (session 17); 0.933/0.955 with chat17 (session 19); 0.934/0.962 with names17; 0.937/0.962 with read16a (a practice's name after "Family"); 0.941/0.962 with precision21 (session 21); 0.943/0.989 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.942/0.985 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.94, 0.97}, // 0.603/0.878 blind; 0.887/0.939 since business12 and locdob10; 0.904/0.939 since business13; 0.940/0.939 since business14; 0.942/0.980 with loc13 (session 18)
	"ZIP_CODE":       {0.95, 0.99}, // 0.562/1.000 blind; 0.891/1.000 since business12; 0.911/1.000 since business13; 0.932/1.000 since business14; street22 0.953/1.000
	"LOCATION":       {0.95, 0.91}, // 0.625/0.648 blind; 0.900/0.835 since business12 and locdob10; 0.912/0.846 since business13; 0.936/0.846 since business14; street21 0.940/0.901; loc22 0.940/0.912; street22 0.951/0.901
	"DATE_OF_BIRTH":  {0.95, 0.99}, // 0.958/0.958 blind; 0.960/1.000 since locdob10
	"AGE":            {0.99, 0.84}, // 0.923/0.727 blind; 1.000/0.758 since locdob10; 1.000/0.818 after loc17; 1.000/0.848 with the Japanese 歳 (read16c)
	"EMAIL_ADDRESS":  {0.99, 0.99}, // 0.667/1.000 blind; 0.966/1.000 since business12; 1.000/1.000 since business13
	"PHONE_NUMBER":   {0.99, 0.97}, // 0.595/0.898 blind; 0.941/0.980 since business12 and locdob10; 0.980/0.980 since business13; 1.000/0.980 since business14
}

// TestEvalMarketingHoldout12 scores the engine on the thirteenth set of
// marketing prompts (70: 35 English from 16 countries, most of them
// running prose, chat exports and meeting transcripts, 35 in 18 other
// languages with Greek and Japanese script; dental and physiotherapy
// recalls, driving-school pupils, donors, funeral homes, pet grooming,
// bike shops, viewings, test-drive leads, yoga and choir rosters, garden
// plots, home-care logs, student housing, loyalty upgrades, race entrants,
// WhatsApp, Telegram and Zoom exports and OCR'd forms; about 100
// well-known people as distractors; 611 spans), written and labelled by an
// engineer who read nothing of the project.
func TestEvalMarketingHoldout12(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout12.jsonl", marketingTypes, withIDFloors(marketingHoldout12Floors))
}

// marketingHoldout13Floors are minimum {precision, recall} on the
// fourteenth marketing holdout (testdata/marketing-holdout13.md), just
// under its blind run on the sixteenth session's final tree; it was kept
// outside the repository while that session's rules were written, and
// nobody who wrote them read it. Blind runs: the session's starting tree
// gave PERSON 0.868/0.846, STREET_ADDRESS 0.575/0.833, ZIP_CODE
// 0.581/0.843, LOCATION 0.571/0.592, DATE_OF_BIRTH 1.000/0.818, AGE
// 0.974/0.804, EMAIL_ADDRESS 0.417/1.000, PHONE_NUMBER 0.444/0.976; its end
// 0.875/0.846, 0.727/0.800, 0.745/0.804, 0.724/0.612, 1.000/0.818,
// 0.974/0.804, 0.667/1.000 and 0.678/0.976; every ID found, with no false
// alarm. As in holdout12, the writer labelled the senders' own contact
// data as distractors; business12's contact chains (session 16) demote
// about half of them. The floors started just under the blind figures and
// were raised where the fixes after the blind run lifted them (see each line).
var marketingHoldout13Floors = map[string][2]float64{
	"PERSON":         {0.93, 0.95}, // 0.875/0.846 blind; 0.876/0.850 with person14's names in their own script, 0.907/0.850 with public14's case forms and context classes (session 17, read as a regression set), 0.919/0.850 with public15's public lists; 0.921/0.876 with person15's titles of address, case forms, joins and nicknames; 0.922/0.889 with person16's chat mentions and introductions (session 18); 0.927/0.902 with chat17 (session 19); 0.928/0.915 with names17; 0.932/0.919 with precision21 (session 21); 0.935/0.953 with the learned name model on by default (in-sample: its table is trained on this set; ml22train)
	"STREET_ADDRESS": {0.92, 0.98}, // 0.727/0.800 blind; 0.735/0.833 since a household's "we're moving from" heads no business chain; 0.806/0.833 with business13 (read as a regression set); 0.909/0.833 with business14, 0.826/0.950 with loc12, 0.919/0.950 with both (session 17); 0.921/0.967 with loc13 (session 18); street21 0.922/0.983
	"ZIP_CODE":       {0.96, 0.96}, // 0.745/0.804 blind; 0.843/0.843 since both; 0.935/0.843 with business14, 0.857/0.941 with loc12, 0.941/0.941 with both; 0.960/0.941 with loc13; street21 0.961/0.961
	"LOCATION":       {0.91, 0.79}, // 0.724/0.612 blind; 0.792/0.633 since both; 0.891/0.633 with business14, 0.810/0.724 with loc12, 0.901/0.724 with both; 0.914/0.724 with loc13; street21 0.919/0.776; personfp23 0.920/0.796 (a suburb before a state and postcode)
	"DATE_OF_BIRTH":  {0.99, 0.93}, // 1.000/0.818 blind; 1.000/0.939 since loc12
	"AGE":            {0.97, 0.88}, // 0.974/0.804 blind; 0.976/0.891 since loc12
	"EMAIL_ADDRESS":  {0.90, 0.99}, // 0.667/1.000 blind; 0.909/1.000 since business13
	"PHONE_NUMBER":   {0.88, 0.97}, // 0.678/0.976 blind; 0.769/0.976 since business13; 0.889/0.976 since business14
}

// TestEvalMarketingHoldout13 scores the engine on the fourteenth set of
// marketing prompts (70: 35 English from about a dozen countries, most of
// them running prose, chat exports, voicemail transcripts and CRM notes, 35
// in 19 other languages with Greek and Japanese script; optician recalls,
// solar leads, tutoring centres, food banks, boat and hockey clubs,
// allotment associations, wedding RSVPs, moving quotes, donor sheets,
// influencer shortlists, senior clubs, language-school visa letters,
// Discord, Signal and WhatsApp exports; well-known people and the senders'
// own contact data as distractors; 601 spans), written and labelled by an
// engineer who read nothing of the project.
func TestEvalMarketingHoldout13(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout13.jsonl", marketingTypes, withIDFloors(marketingHoldout13Floors))
}

// marketingHoldout14Floors are minimum {precision, recall} on the
// fifteenth marketing holdout (testdata/marketing-holdout14.md), just
// under its blind run on the seventeenth session's final rules; it was
// kept outside the repository while that session's rules were written,
// and nobody who wrote them read it. Blind runs: the session's starting
// tree gave PERSON 0.926/0.895, STREET_ADDRESS 0.678/0.833, ZIP_CODE
// 0.712/0.977, LOCATION 0.760/0.689, DATE_OF_BIRTH 1.000/0.857, AGE
// 0.966/0.651, EMAIL_ADDRESS 0.917/1.000, PHONE_NUMBER 0.789/0.968; its
// end 0.939/0.903, 0.702/0.833, 0.737/0.977, 0.784/0.700, 1.000/0.857,
// 0.967/0.674, 0.917/1.000 and 0.822/0.968. Two BSNs and three passports
// in table columns were missed blind (NL_BSN 0/2, PASSPORT 2/5); reading
// them led to the column-header context of id3_context.go, after which
// every ID is found (withIDFloors). As in holdouts 12 and 13, the writer
// labelled the senders' own contact data as distractors. These floors held
// the blind figures, not the goal; the eighteenth session read its false
// alarms as a regression set (business15: a business's own address beside
// its name, in a bracket, a sign-off or a sender's label) and reached
// precision STREET_ADDRESS 0.952, ZIP_CODE 0.955, LOCATION 0.983,
// EMAIL_ADDRESS 0.957 and PHONE_NUMBER 0.984 on it, which its floors hold
// now (no longer blind figures).
var marketingHoldout14Floors = map[string][2]float64{
	"PERSON":         {0.99, 0.98}, // 0.939/0.903 blind; 0.987/0.966 with person16 and public16 merged; 0.943/0.966 with person16 (chat mentions, cued first names, prose ages, doorbells, church titles), 0.986/0.903 with public16 alone (session 18, read as a regression set); floor set after both merged; 0.987/0.970 with chat17 (session 19); 0.991/0.975 with precision21 (session 21); 0.992/0.987 with the learned name model on by default (in-sample: its table is trained on this set; ml22train)
	"STREET_ADDRESS": {0.95, 0.99}, // 0.738/1.000 with loc13 (session 18); precision floor from business15
	"ZIP_CODE":       {0.95, 0.99}, // 0.741/1.000 with loc13; precision floor from business15
	"LOCATION":       {0.97, 0.84}, // where13: towns in list items, before contact fields (0.984/0.756 merged); 0.800/0.767 with loc13 alone, 0.986/0.833 merged with loc13; street21 0.986/0.844
	"DATE_OF_BIRTH":  {0.99, 0.99}, // where13: partial birthdays
	"AGE":            {0.99, 0.88}, // where13: ages after names, in words; no pet ages; 1.000/0.884 after loc17 (net 18 geworden)
	"EMAIL_ADDRESS":  {0.95, 0.99},
	"PHONE_NUMBER":   {0.98, 0.99}, // 0.824/0.984 with loc13 alone; 0.984/1.000 since read21b
}

// TestEvalMarketingHoldout14 scores the engine on the fifteenth set of
// marketing prompts (70: 36 English from 13 countries, most of them
// running prose, chat exports (Telegram, Messenger, Viber, LINE, KakaoTalk),
// call notes, transcripts and typed-up forms, 34 in 19 other languages
// with Greek, Ukrainian (Cyrillic) and Icelandic; pharmacy flu-jab
// reminders, driving schools, climbing walls, choirs, credit unions,
// lettings, coach tours, funeral plans, bakeries, dog hotels, pet
// insurance, broadband switching; about 90 well-known people and the
// senders' own contact data as distractors; 599 spans), written and
// labelled by an engineer who read nothing of the project.
func TestEvalMarketingHoldout14(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout14.jsonl", marketingTypes, withIDFloors(marketingHoldout14Floors))
}

// marketingHoldout15Floors are minimum {precision, recall} on the
// sixteenth marketing holdout (testdata/marketing-holdout15.md), just
// under its blind run on the eighteenth session's final rules (9a0e98d);
// it was kept outside the repository while that session's rules were
// written, and nobody who wrote them read it. Blind runs: the session's
// starting tree (777214e) gave PERSON 0.886/0.756, STREET_ADDRESS
// 0.821/0.852, ZIP_CODE 0.822/0.902, LOCATION 0.848/0.645, DATE_OF_BIRTH
// 1.000/0.957, AGE 0.958/0.561, EMAIL_ADDRESS 0.829/1.000, PHONE_NUMBER
// 0.822/0.923; its end 0.888/0.767, 0.825/0.870, 0.822/0.902,
// 0.848/0.645, 1.000/0.957, 0.958/0.561, 0.829/1.000 and 0.833/0.923.
// Every ID was found blind (withIDFloors). Its misses were then read in
// the same session, and three fixes by category (read15a: contact fields
// of vCards, forms and appointment lines; read15b: ages and towns;
// read15c: chat speakers and titles; read15d: appointment lines; read15e:
// more ages) raised the floors noted per line:
// from there on they are regression figures, not blind ones.
var marketingHoldout15Floors = map[string][2]float64{
	"PERSON":         {0.93, 0.97}, // 0.888/0.767 blind; 0.909/0.849 after read15c (chat speaker columns, Mdm, names before 様, places of worship, @-mentions), written after its misses were read; 0.910/0.864 after read15d (appointment books' lines); 0.911/0.872 with chat17 (session 19); 0.913/0.891 with names17; 0.920/0.891 with read16a (mention phrases, firms on address lines); 0.921/0.899 with read21a (record nicknames in brackets, self-introductions); 0.921/0.903 with read21a's capitalised kin words ("Mi mamá …"); 0.921/0.907 with read21a's Italian and Portuguese self-introductions; 0.931/0.895 with precision21 (session 21); 0.938/0.984 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.938/0.977 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.84, 0.98}, // 0.825/0.870 blind; 0.836/0.944 after read15a (vCard ADR, Malaysian and Rwandan forms, led streets of five words); 0.841/0.981 after street17
	"ZIP_CODE":       {0.82, 0.95}, // 0.822/0.902 blind; 0.830/0.951 after read15a
	"LOCATION":       {0.87, 0.84}, // 0.848/0.645 blind; 0.857/0.691 after read15a; 0.875/0.800 after read15b (region codes in brackets, prov and commune columns, towns between commas after a name, Turkish ablatives); 0.876/0.809 after loc17; street21 0.880/0.836; loc22 0.927/0.845
	"DATE_OF_BIRTH":  {0.99, 0.99}, // 1.000/1.000 after loc17 (the day after "will be sixty on the")
	"AGE":            {0.97, 0.92}, // 0.958/0.561 blind; 0.971/0.805 after read15b (will be, family words, closing words, Romanian, Tagalog, Chinese); 0.974/0.902 after read15e (feiert seinen 50., a los 70, (88!), täyttää); 0.974/0.927 since read21b
	"EMAIL_ADDRESS":  {0.89, 0.99}, // 0.829 blind; 0.895 after biz17 (role addresses of a named business's desk)
	"PHONE_NUMBER":   {0.98, 0.99}, // 0.833/0.923 blind; 0.844/1.000 after read15a (vCard TEL, +65 numbers on a person's line); 0.867/1.000 with precision21 (session 21); 0.985/1.000 since read21b
}

// TestEvalMarketingHoldout15 scores the engine on the sixteenth set of
// marketing prompts (70: about 33 English from 17 countries, many of them
// running prose, chat exports (WhatsApp, WeChat, Slack, Discord, Viber),
// a voicemail transcript, an OCR'd form, a vCard and iCal, shipping
// labels, call notes, 37 in 25 other languages with Chinese, Greek and
// Japanese script; opticians, hearing-aid clinics, tutoring, nurseries,
// allotments, golf and bowls clubs, dojos, wedding venues, salons, vets,
// installers, removals, self-storage, car rental, ferries, farm boxes,
// faith-group newsletters, blood drives, parkrun, e-sports, crowdfunding;
// well-known people and the senders' own contact data as distractors;
// 644 spans), written and labelled by an engineer who read nothing of
// the project.
func TestEvalMarketingHoldout15(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout15.jsonl", marketingTypes, withIDFloors(marketingHoldout15Floors))
}

// marketingDev16aFloors are minimum {precision, recall} on the first
// development set of the nineteenth session (testdata/marketing-dev16a.md):
// written by an engineer who read nothing of the project, scored once on
// the session's starting tree (9d42c1c: PERSON 0.930/0.826, STREET_ADDRESS
// 0.812/0.792, ZIP_CODE 0.793/0.821, LOCATION 0.875/0.619, DATE_OF_BIRTH
// 1.000/0.957, AGE 0.923/0.649, EMAIL_ADDRESS 0.800/0.976, PHONE_NUMBER
// 0.811/0.924; every ID but one passport of five found), then read by the
// helpers who wrote that session's rules, so these are regression figures.
var marketingDev16aFloors = map[string][2]float64{
	"PERSON":         {0.96, 0.96}, // 0.932/0.854 after forms17 (IATA passenger names, Burmese/Karen, Malay, Fijian and Balinese name openers, quoted nicknames); 0.937 precision with biz17 alone (names a role address displays or spells); 0.933/0.871 with chat17 (session 19); 0.943/0.920 with names17; 0.950/0.920 with read16a; 0.950/0.923 with chat18's layout speakers (session 20); 0.957/0.923 with precision21 (session 21); 0.965/0.983 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.964/0.969 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.90, 0.97}, // 0.867 after biz17 (businesses' desks, trades, "our business is"); 0.889/0.979 with street17; 0.906/0.979 with precision21 (session 21)
	"ZIP_CODE":       {0.87, 0.99}, // 0.821 after biz17; 0.812/0.929 with loc17 (Shopify shipping columns); 0.848/1.000 with street17; 0.875/1.000 with precision21 (session 21)
	"LOCATION":       {0.93, 0.77}, // 0.913 after biz17; recall 0.714 with loc17 (export columns, towns after a street past flat fields); 0.938/0.733 with precision21 (session 21); street21 0.928/0.752; loc24 0.940/0.771 (Greek towns in their alphabet)
	"DATE_OF_BIRTH":  {0.99, 0.99}, // 1.000/1.000 since read21b
	"AGE":            {0.96, 0.78}, // 0.931/0.730 with loc17; 0.964 with age limits (read17b); 0.967/0.784 since read21b
	"EMAIL_ADDRESS":  {0.90, 0.97}, // 0.909 after biz17
	"PHONE_NUMBER":   {0.86, 0.96}, // 0.849 after biz17; 0.859/0.924 with precision21 (session 21); 0.851/0.937 with formats21 (export columns of 25+ labels); 0.864/0.962 with read21b merged; street23 0.865/1.000
	"PASSPORT":       {0.99, 0.79}, // a Cypriot passport number in a manifest column without a context word
}

// TestEvalMarketingDev16a scores the engine on marketing-dev16a (70
// prompts: 36 English, 21 of them running prose and four lower-case chats,
// 34 in 22 other languages; restaurant no-shows, hotel arrivals, airline
// manifests, school trips, donors, canvassing notes, rotas, rosters,
// tickets, Teams/Zoom/Intercom transcripts, Shopify and Google Forms
// exports, OCR noise; celebrities and the senders' own contact data as
// distractors; 675 spans).
func TestEvalMarketingDev16a(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev16a.jsonl", marketingTypes, withIDFloors(marketingDev16aFloors))
}

// marketingDev16bFloors: the same for the second development set of the
// nineteenth session (testdata/marketing-dev16b.md); its starting tree
// gave PERSON 0.849/0.852, STREET_ADDRESS 0.729/0.791, ZIP_CODE
// 0.771/0.964, LOCATION 0.803/0.615, DATE_OF_BIRTH 1.000/0.875, AGE
// 0.914/0.593, EMAIL_ADDRESS 0.725/0.935, PHONE_NUMBER 0.765/0.939; one
// UK NINO and one passport of five missed.
var marketingDev16bFloors = map[string][2]float64{
	"PERSON":         {0.89, 0.99}, // 0.852/0.868 after forms17; 0.859 precision with biz17 alone (names a role address displays or spells); 0.854/0.884 with chat17 (session 19); 0.867/0.916 with names17; 0.871/0.916 with read16a; 0.872/0.924 with appos18 (session 20); 0.885/0.924 with precision21 (session 21); 0.896/0.996 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.895/0.992 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.82, 0.88}, // 0.761 after biz17 (businesses' desks, trades, "our business is"); 0.776/0.860 with street17; street23 0.826/0.860; lower24: 0.830/0.884
	"ZIP_CODE":       {0.87, 0.99}, // 0.818 after biz17; 0.824/1.000 with street17; street23 0.875/1.000
	"LOCATION":       {0.86, 0.72}, // 0.826 after biz17; recall 0.683 with loc17; street21 0.861/0.721
	"DATE_OF_BIRTH":  {0.99, 0.96}, // 1.000/0.969 with loc17
	"AGE":            {0.94, 0.68}, // 0.925/0.685 with loc17; 0.949 with age limits (read17b)
	"EMAIL_ADDRESS":  {0.86, 0.99}, // 0.853 after biz17; struct23 0.861/1.000 (a person's address under "Contact" stays masked)
	"PHONE_NUMBER":   {0.80, 0.96}, // 0.795 after biz17; 0.805/0.939 since read21b; struct23 0.810/0.970
	"UK_NINO":        {0.99, 0},    // missed on the starting tree
	"PASSPORT":       {0.99, 0.79}, // one of five missed on the starting tree
}

// TestEvalMarketingDev16b scores the engine on marketing-dev16b (70
// prompts, 25 of them 1,500–1,900 characters: 34 English from about 14
// countries, 36 in 20 other languages; clinics, vets, riding and sailing
// schools, travel and visa agencies, au-pairs, funeral plans, legal-aid
// and debt-advice notes, co-ops, craft fairs, podcasts, WhatsApp/Viber/
// Signal exports, voicemails, quoted e-mail threads, vCards; 631 spans).
func TestEvalMarketingDev16b(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev16b.jsonl", marketingTypes, withIDFloors(marketingDev16bFloors))
}

// marketingDev17aFloors are minimum {precision, recall} on the first
// development set of the twentieth session (testdata/marketing-dev17a.md),
// written by an engineer who read nothing of the project and scored once on
// the session's starting tree (51a66d5) before any rule was written from
// it; every ID found there. Read from then on: regression figures.
var marketingDev17aFloors = map[string][2]float64{
	"PERSON":         {0.97, 0.97}, // 0.948/0.861 on the starting tree; 0.948/0.865 with appos18 (session 20); 0.948/0.873 with chat18 (chat export layouts); 0.950/0.897 with script18 (non-Latin names) on main 8c5791f; 0.950/0.909 with read17a (enrolment labels, job after a signing name, long Malay names after a title); 0.951/0.913 with read17c (closings of the prompt languages, kin words before a child); 0.971/0.913 with precision21 (session 21); 0.967/0.913 with formats21 (a form tester's rows: "test", "asdf"); 0.973/0.976 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.977/0.968 with its guards (learnedon22, in-sample); lower24: 0.976/0.972
	"STREET_ADDRESS": {0.92, 0.96}, // 0.882/0.863; 0.887/0.902 with SG blocks (read17b); 0.922/0.902 with precision21 (session 21); 0.923/0.922 with street21b (hyphenated house numbers); read18s 0.925/0.941 ("lives on Choumert Road"); street22 0.926/0.961
	"ZIP_CODE":       {0.92, 0.93}, // 0.889/0.930; 0.930/0.930 with precision21 (session 21); 0.909/0.930 with formats21 (a test row's "00000")
	"LOCATION":       {0.91, 0.80}, // 0.870/0.740; 0.889/0.753 with precision21 (session 21); 0.891/0.767 with street21b (a town after a hyphenated house number's street); loc22 0.897/0.808; 0.912/0.808 after street24
	"DATE_OF_BIRTH":  {0.99, 0.95}, // 1.000/0.880; 1.000/0.960 since read21b
	"AGE":            {0.99, 0.71}, // 1.000/0.714
	"EMAIL_ADDRESS":  {0.93, 0.99}, // 0.931/1.000
	"PHONE_NUMBER":   {0.91, 0.98}, // 0.897/0.987; 0.918/0.987 with precision21 (session 21)
}

// TestEvalMarketingDev17a scores the engine on marketing-dev17a (70
// prompts: 36 English, 34 in other languages with Korean, Japanese, Arabic,
// Greek, Ukrainian and Vietnamese script; garden centres, vets, riding
// stables, music and driving schools, care agencies, repeat prescriptions,
// solar installers, estate agents, farm shops, festivals; chat exports, CRM
// JSON/YAML, OCR'd letters, split first/last columns; 619 spans).
func TestEvalMarketingDev17a(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev17a.jsonl", marketingTypes, withIDFloors(marketingDev17aFloors))
}

// marketingDev17bFloors: the same for the second development set of the
// twentieth session (testdata/marketing-dev17b.md); every ID found on the
// starting tree.
var marketingDev17bFloors = map[string][2]float64{
	"PERSON":         {0.95, 0.94}, // 0.934/0.732 on the starting tree; 0.936/0.758 with appos18 (session 20); 0.938/0.788 with chat18 (chat export layouts); 0.942/0.844 with script18 on main 8c5791f; 0.942/0.848 with read21a (self-introductions); 0.947/0.844 with precision21 (session 21); 0.954/0.957 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.954/0.944 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.97, 0.93}, // 0.976/0.851; 0.976/0.872 with SG blocks (read17b); street21 0.977/0.894; street21b 0.977/0.915 (hyphenated house numbers); street22 0.978/0.936
	"ZIP_CODE":       {0.99, 0.88}, // 1.000/0.791; 1.000/0.860 with SG blocks (read17b); street21 1.000/0.884
	"LOCATION":       {0.96, 0.79}, // 0.964/0.652; street21 0.969/0.775; loc22 0.970/0.798
	"DATE_OF_BIRTH":  {0.99, 0.85}, // 1.000/0.857
	"AGE":            {0.94, 0.78}, // 0.861/0.738; 0.939 with age limits and ranges, 0.941/0.762 with ages after he's/she's (read17b); 0.943/0.786 since read21b
	"EMAIL_ADDRESS":  {0.91, 0.99}, // 0.911/1.000
	"PHONE_NUMBER":   {0.94, 0.93}, // 0.917/0.932; 0.948/0.932 since read21b
}

// TestEvalMarketingDev17b scores the engine on marketing-dev17b (70
// prompts: 35 English, 35 in other languages with Japanese, Arabic, Russian
// and Vietnamese script; e-commerce, subscriptions, travel, car dealers,
// utilities, councils, faith communities, recruitment and HR, trade-show
// leads, donors; lead lists, CVs, ticket threads, vCards, iCal, voicemails;
// single names, patronymic chains, initials-first Indian names, names that
// are ordinary words; 605 spans).
func TestEvalMarketingDev17b(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev17b.jsonl", marketingTypes, withIDFloors(marketingDev17bFloors))
}

// marketingHoldout16Floors are minimum {precision, recall} on the
// seventeenth marketing holdout (testdata/marketing-holdout16.md), just
// under its blind run on the nineteenth session's final rules (4a984a0);
// it was kept outside the repository while that session's rules were
// written, and nobody who wrote them read it. The session's starting tree
// (9d42c1c) and its final rules gave the same spans, byte for byte:
// PERSON 0.907/0.849, STREET_ADDRESS 0.767/0.815, ZIP_CODE 0.778/0.737,
// LOCATION 0.792/0.574, DATE_OF_BIRTH 1.000/0.862, AGE 1.000/0.673,
// EMAIL_ADDRESS 0.842/1.000, PHONE_NUMBER 0.756/0.969; every ID found but
// a UK NINO after a bracket and a Corsican NIR, and one number read as a
// Canadian SIN that is none. Read after that run: regression figures from
// there on.
var marketingHoldout16Floors = map[string][2]float64{
	"PERSON":         {0.95, 0.97}, // 0.940/0.867 with read16a (review credits, names to leave out, firms on address lines, a next sentence's number, "Family Dental"), read after the blind run; 0.945/0.872 with appos18 (session 20), the same with formats18 alone; 0.946/0.894 with script18 on main 8c5791f; 0.947/0.899 with read21a (self-introductions); 0.947/0.904 with read21a's capitalised kin words; 0.952/0.986 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.951/0.972 with its guards (learnedon22, in-sample)
	"STREET_ADDRESS": {0.88, 0.98}, // 0.797/0.907 with formats18; 0.774/0.852 since read16b (Vietnamese alleys, a Czech flat before the PSČ); 0.787 with read16c and read16a; 0.850/0.907 with precision21 (session 21); street21 0.803/0.944; street22 0.857/0.981; street23 0.885/0.981
	"ZIP_CODE":       {0.86, 0.86}, // 0.795/0.816 since read16b (SG "S(dddddd)", a Czech PSČ closing a sentence); 0.816 with read16c; 0.838/0.816 with precision21 (session 21); street21 0.825/0.868; street23 0.868/0.868
	"LOCATION":       {0.90, 0.75}, // 0.831/0.591 with formats18; 0.792/0.574 blind; 0.826 with read16c's role greetings and read16a's firms; 0.868/0.591 with precision21 (session 21); street21 0.844/0.652; loc22 0.887/0.704; lower24: 0.906/0.757
	"DATE_OF_BIRTH":  {0.99, 0.93}, // 1.000/0.862 blind; 0.897 with Galician months (read16c); 1.000/0.931 since read21b
	"AGE":            {0.99, 0.81}, // 1.000/0.673 blind; 0.776 with the Japanese, Korean and Vietnamese age counters, 0.796 with titled appositive names (read16c); read22 1.000/0.816
	"EMAIL_ADDRESS":  {0.88, 0.99}, // 0.842/1.000 blind; 0.889 with greetings of more languages as role addresses (read16c)
	"PHONE_NUMBER":   {0.86, 0.99}, // 0.756/0.969 blind; 0.759/0.984 with 3-3-3 numbers after a phone word over a SIN, 0.768 with greeting role addresses (read16c); 0.797/0.984 with precision21 (session 21); 0.831/1.000 with read21b merged
	"UK_NINO":        {0.99, 0.99}, // missed blind (after "NI number (for the … form)"); found since id19_nir.go
	"FR_NIR":         {0.99, 0},    // a Corsican NIR in groups ("2 76 08 2A …"): only the compact form is read (id19_nir.go)
	"CA_SIN":         {0.99, 0.99}, // one false alarm blind (a Czech phone number after "volejte"); none since read16c_sinphone.go
}

// TestEvalMarketingHoldout16 scores the engine on the seventeenth set of
// marketing prompts (70: 38 English from about 20 countries, 32 in about
// 27 other languages with Cyrillic, Greek, Arabic, Japanese, Korean and
// Vietnamese script; pharmacy, dental and physio recalls, care homes,
// lettings, gyms, driving schools, florists, bakeries, theatre and
// concert sales, holiday lets, marketplace messages, reviews with owner
// replies, CRM exports as JSON, YAML and XML, HTML e-mail source, text
// copied from PDFs; Yoruba, Akan, Somali, Amharic, Tibetan, Khmer, Chin,
// Malayali, Sinhalese, Parsi, Goan, Māori, Samoan, Tongan, Fijian,
// Chamorro and Acadian names among others; 601 spans), written and
// labelled by an engineer who read nothing of the project.
func TestEvalMarketingHoldout16(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout16.jsonl", marketingTypes, withIDFloors(marketingHoldout16Floors))
}

// marketingHoldout17Floors are minimum {precision, recall} on the
// eighteenth marketing holdout (testdata/marketing-holdout17.md), just
// under its blind run on the twentieth session's final rules (f139d4c); it
// was kept outside the repository while that session's rules were written,
// and nobody who wrote them read it. The session's starting tree (51a66d5)
// gave PERSON 0.914/0.762, STREET_ADDRESS 0.710/0.790, ZIP_CODE
// 0.712/0.925, LOCATION 0.699/0.558, DATE_OF_BIRTH 1.000/0.923, AGE
// 0.943/0.805, EMAIL_ADDRESS 0.733/1.000, PHONE_NUMBER 0.763/0.974, every
// ID found; formats18 took PERSON to 0.776, STREET_ADDRESS to 0.806 and
// LOCATION to 0.714/0.596, chat18 PERSON to 0.785 (appos18, script18 and
// the engine work changed none of its spans). Read after that run:
// regression figures from there on.
var marketingHoldout17Floors = map[string][2]float64{
	"PERSON":         {0.95, 0.90}, // 0.917/0.785 blind; read17b 0.936; 0.927/0.794 with read17a alone (enrolment labels, Romanian Dl./Dna., trade words before a family name); 0.937/0.798 with read17c (closings, kin words); 0.938/0.803 with read21a (self-introductions); 0.938/0.812 with first22; read22 0.943/0.803; 0.946/0.901 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.945/0.901 with its guards (learnedon22, in-sample); lower24: 0.954/0.906
	"STREET_ADDRESS": {0.88, 0.88}, // 0.714/0.806 blind; read17b 0.823/0.823; 0.864/0.823 with precision21 (session 21); street21 0.825/0.839; street21b 0.869/0.855 (streets ending in "hof"); struct23 0.871/0.871 ("Rua do …, 58"); 0.885/0.871 after street24; lower24: 0.873/0.887
	"ZIP_CODE":       {0.88, 0.94}, // 0.712/0.925 blind; read17b 0.841; 0.860/0.925 with precision21 (session 21); street21 0.844/0.950; 0.884/0.950 after street24
	"LOCATION":       {0.89, 0.72}, // 0.714/0.596 blind; read17b 0.821; 0.859/0.596 with precision21 (session 21); street21 0.831/0.683; loc22 0.868/0.702; read22 0.867/0.692; struct23 0.883/0.721; 0.896/0.731 after street24
	"DATE_OF_BIRTH":  {0.99, 0.96}, // 1.000/0.923 blind; 1.000/0.962 since read21b
	"AGE":            {0.99, 0.85}, // 0.943/0.805 blind; 1.000 with age limits, 1.000/0.829 with ages after he's/she's (read17b); 1.000/0.854 since read21b
	"EMAIL_ADDRESS":  {0.75, 0.99}, // 0.733/1.000 blind; read17b 0.759
	"PHONE_NUMBER":   {0.85, 0.97}, // 0.763/0.974 blind; read17b 0.831; 0.841/0.974 with precision21 (session 21); 0.851/0.974 with read21b merged
}

// TestEvalMarketingHoldout17 scores the engine on the eighteenth set of
// marketing prompts (70: 34 English from about 20 countries, 36 in 23 other
// languages with Korean, Japanese and Greek script; opticians,
// audiologists, school admissions, sports clubs, charities and food banks,
// credit unions, trades, taxis, airlines, hotels, weddings, funerals and
// religious feasts; e-mail threads, WhatsApp/Telegram/Slack/KakaoTalk/LINE
// exports in sloppy lower case, call transcripts, CSV, Markdown tables,
// JSON, XML, vCard, iCal, HTML, review replies, appointment books; Māori,
// Pasifika, Kiribati, Kikuyu, Luo, Maasai, Acholi, Sinti and many other
// naming traditions; 613 spans), written and labelled by an engineer who
// read nothing of the project.
func TestEvalMarketingHoldout17(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout17.jsonl", marketingTypes, withIDFloors(marketingHoldout17Floors))
}
