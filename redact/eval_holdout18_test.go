package redact

import "testing"

// marketingHoldout18Floors are minimum {precision, recall} on the
// nineteenth marketing holdout (testdata/marketing-holdout18.md), just under
// its blind run on the twenty-first session's final rules (8a4a7be). It was
// written at the end of the twentieth session by a helper who opened nothing
// of the project, kept outside the repository while the twenty-first
// session's rules were written (nobody who wrote them read it), and scored
// by the lead on the starting tree (5efa24d) and after each merge. Every ID
// is found; one number read as a Canadian SIN that is none (precision 0.667
// blind) gets a floor of its own, the other IDs keep marketingIDFloor.
var marketingHoldout18Floors = map[string][2]float64{
	"PERSON":         {0.91, 0.99}, // 0.883/0.882 blind on the start tree, 0.887/0.882 blind on the session's final rules, 0.887/0.886 with "Mama" a title only (read18p); 0.890/0.895 with first22; 0.905/0.996 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.915/0.996 with personfp23; 0.904/0.992 with the table retrained on 31 sets (ml23, in-sample: one name fewer)
	"STREET_ADDRESS": {0.90, 0.92}, // 0.889/0.889 blind on the start tree, 0.904/0.870 blind on the session's final rules; read18s 0.906/0.889 (a street after "lives on"), 0.907/0.907 (a house number's "-C" before the postcode); street22 0.909/0.926
	"ZIP_CODE":       {0.95, 0.95}, // 0.936/0.978 blind on the start tree, 0.935/0.956 blind on the session's final rules; street22 0.956/0.956
	"LOCATION":       {0.92, 0.82}, // 0.909/0.769 blind on the start tree, 0.924/0.780 blind on the session's final rules; loc22 0.926/0.802; street22 0.926/0.802; with street22 0.929/0.824; read22 0.925/0.791
	"DATE_OF_BIRTH":  {0.99, 0.94}, // 1.000/0.950 blind on the start tree, 1.000/0.950 blind on the session's final rules
	"AGE":            {0.95, 0.84}, // 0.955/0.808 blind on the start tree, 0.957/0.846 blind on the session's final rules
	"EMAIL_ADDRESS":  {0.80, 0.99}, // 0.810/1.000 blind on the start tree, 0.810/1.000 blind on the session's final rules
	"PHONE_NUMBER":   {0.88, 0.95}, // 0.885/0.958 blind on the start tree, 0.885/0.958 blind on the session's final rules
	"CA_SIN":         {0.66, 0.99}, // 0.667/1.000 blind on both trees
}

// TestEvalMarketingHoldout18 scores the engine on marketing-holdout18 (70
// prompts; B2B onboarding, agriculture co-ops, freight, translators,
// notaries, classifieds, lost pets, clubs, repair trades and more; 606
// spans). Read after its blind run: regression figures from there on.
func TestEvalMarketingHoldout18(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout18.jsonl", marketingTypes, withIDFloors(marketingHoldout18Floors))
}

// marketingHoldout19Floors: the same for the twentieth marketing holdout
// (testdata/marketing-holdout19.md), written in the twenty-first session's
// first minutes by a helper who opened nothing of the project, kept outside
// the repository and away from every helper, scored by the lead on the
// starting tree and after each merge: a second blind set for the same
// session.
var marketingHoldout19Floors = map[string][2]float64{
	"PERSON":         {0.96, 0.95}, // 0.962/0.833 blind on the start tree, 0.962/0.837 blind on the session's final rules, 0.962/0.841 with "Mama" a title only (read18p); 0.963/0.865 with first22; 0.968/0.963 with the learned name model on by default (in-sample: its table is trained on this set; ml22train); 0.967/0.951 with its guards (learnedon22, in-sample); 0.967/0.955 on main 5c51c5d, 0.967/0.951 with the table retrained on 31 sets (ml23, in-sample: one name fewer)
	"STREET_ADDRESS": {0.97, 0.95}, // 0.925/0.902 blind on the start tree, 0.949/0.902 blind on the session's final rules; read18s 0.951/0.951 (a street after "live on"); st25 0.975/0.951 (a shop's "Dükkan adresi:")
	"ZIP_CODE":       {0.91, 0.99}, // 0.891/0.976 blind on the start tree, 0.911/0.976 blind on the session's final rules; read18s 0.913/1.000 ("Chaussée" leads a street)
	"LOCATION":       {0.91, 0.77}, // 0.926/0.722 blind on the start tree, 0.893/0.722 blind on the session's final rules; read18s 0.895/0.734; loc22 0.898/0.759; street22 0.897/0.747; with street22 0.900/0.772; st25 0.915/0.772
	"DATE_OF_BIRTH":  {0.99, 0.99}, // 1.000/1.000 blind on the start tree, 1.000/1.000 blind on the session's final rules
	"AGE":            {0.99, 0.74}, // 1.000/0.743 blind on the start tree, 1.000/0.743 blind on the session's final rules
	"EMAIL_ADDRESS":  {0.96, 0.99}, // 0.969/1.000 blind on the start tree, 0.969/1.000 blind on the session's final rules
	"PHONE_NUMBER":   {0.89, 0.96}, // 0.887/0.969 blind on the start tree, 0.900/0.969 blind on the session's final rules
}

// TestEvalMarketingHoldout19 scores the engine on marketing-holdout19 (70
// prompts, 43 in English; travel and pilgrimage agencies, remittances,
// diaspora grocers and salons, faith-community events, interpreters,
// home-care agencies, meal kits; 594 spans).
func TestEvalMarketingHoldout19(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout19.jsonl", marketingTypes, withIDFloors(marketingHoldout19Floors))
}

// marketingHoldout20Floors are minimum {precision, recall} on the blind set
// of the twenty-second session (testdata/marketing-holdout20.md), written at
// the end of session 21 by a helper who read nothing of the project, kept
// away from every helper and scored by the lead on the session's starting
// tree (c56840b) and on its final tree (d8b1b3e: the session's rules and
// the learned name model on by default; its table was never trained on
// this set), then committed.
var marketingHoldout20Floors = map[string][2]float64{
	"PERSON":         {0.935, 0.95}, // 0.905/0.873 blind on the start tree (0.907/0.895 with the learned model on), 0.906/0.882 with the session's rules, 0.909/0.908 blind on the final tree; 0.929/0.908 with personfp23 (session 23, read); 0.916/0.952 with the learned table retrained on 31 sets (ml23, in-sample: trained on this set); 0.941/0.952 with famous24
	"STREET_ADDRESS": {0.93, 0.97},  // 0.875/0.854 blind on both trees (fully masked 0.771 → 0.792); struct23 0.894 (a hotel's reception line); street23 0.902/0.938 (fully masked 0.896), read; street23b 0.922/0.958 (fully masked 0.938); st25 0.941/0.979 (0.958)
	"ZIP_CODE":       {0.93, 0.91},  // 0.911/0.872 blind on both trees; struct23 0.932; street23 0.915/0.915
	"LOCATION":       {0.92, 0.74},  // 0.922/0.630 blind on the start tree, 0.915/0.661 on the final tree; loc23 (read) 0.919/0.693; struct23 0.926; street23 0.920/0.701; 0.933/0.732 at session 25's start; st25 0.935/0.748
	"DATE_OF_BIRTH":  {0.99, 0.99},  // 1.000/0.857 blind on both trees; loc23 (read) 1.000/1.000
	"AGE":            {0.91, 0.79},  // 0.906/0.744 blind on both trees; loc23 (read) 0.912/0.795
	"EMAIL_ADDRESS":  {0.93, 0.99},  // 0.931/1.000 blind on both trees
	"PHONE_NUMBER":   {0.84, 0.93},  // 0.849/0.938 blind on both trees
	"IBAN_CODE":      {0.66, 0.99},  // 0.667/1.000 blind on both trees: one false IBAN
}

// TestEvalMarketingHoldout20 scores the engine on marketing-holdout20 (70
// prompts: 37 English, 33 in 17 other languages; hospitals' surveys,
// maternity units, hospices, spa towns, retirement villages, genealogy,
// veterans, unions, island ferries; 620 spans).
func TestEvalMarketingHoldout20(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout20.jsonl", marketingTypes, withIDFloors(marketingHoldout20Floors))
}

// marketingHoldout23Floors are minimum {precision, recall} on the blind set
// of the twenty-third session (testdata/marketing-holdout23.md), written in
// the session's first minutes by a helper who read nothing of the project,
// kept away from every helper and scored by the lead on the session's
// starting tree (5c51c5d) and after each merge; its final tree's figures,
// then committed unread. (The set written for this session at the end of
// session 22, holdout21, was lost with the machine's /tmp; there is no
// holdout21 or holdout22.)
var marketingHoldout23Floors = map[string][2]float64{
	"PERSON":         {0.96, 0.94}, // 0.879/0.872 blind on the start tree (fully masked 0.764), 0.891/0.880 blind on the final tree (fully masked 0.847); read in session 24: 0.893/0.905 with script24 (names glossed in another script, Vietnamese names, order leads, clitic kin words; fully masked 0.893); lower24: 0.893/0.893; 0.964/0.880 with famous24 (session 24, read: public figures, 18 false alarms fewer; many of its public figures are in famous24.txt, so no blind figure); 0.899/0.942 (0.909) in-sample with ml24's learned table
	"STREET_ADDRESS": {0.98, 0.94}, // 0.925/0.838 blind on the start tree (fully masked 0.689), 0.900/0.851 on the final tree (0.716); 0.986/0.946 after street24; lower24: 0.905/0.905
	"ZIP_CODE":       {0.99, 0.87}, // 0.948/0.833 blind on the start tree, 0.932/0.833 on the final tree; 1.000/0.864 after street24; lower24: 0.935/0.879; read in session 24: 0.935/0.879 with loc24
	"LOCATION":       {0.91, 0.79}, // 0.852/0.704 blind on the start tree, 0.826/0.724 on the final tree; 0.919/0.796 after street24; lower24: 0.830/0.745; read in session 24: 0.837/0.786 with loc24
	"DATE_OF_BIRTH":  {0.94, 0.99}, // 0.941/1.000 blind on both trees
	"AGE":            {0.85, 0.95}, // 0.840/0.840 blind on both trees (fully masked 0.560); read in session 24: 0.857/0.960 with loc24 (an age's unit in its span, "(13 a)" after a name; fully masked 0.960)
	"EMAIL_ADDRESS":  {0.94, 0.99}, // 0.943/1.000 blind on both trees
	"PHONE_NUMBER":   {0.93, 0.98}, // 0.933/0.986 blind on both trees
	"IBAN_CODE":      {0.70, 0.99}, // 0.700/1.000 blind on both trees: three false IBANs
}

// TestEvalMarketingHoldout23 scores the engine on marketing-holdout23 (70
// prompts, 650 spans, 74 street addresses; funeral plans, bridal shops,
// tattoo studios, trades, taxis, marinas, campsites, sports schools and
// clubs, school uniforms, baby photography).
func TestEvalMarketingHoldout23(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout23.jsonl", marketingTypes, withIDFloors(marketingHoldout23Floors))
}

// marketingHoldout24Floors are minimum {precision, recall} on the blind set
// of the twenty-fourth session (testdata/marketing-holdout24.md), written in
// the session's first minutes by a helper who read nothing of the project,
// kept away from every helper and scored by the lead on the session's
// starting tree (8346ca8) and after the merges; its final tree's figures,
// then committed unread.
var marketingHoldout24Floors = map[string][2]float64{
	"PERSON":         {0.89, 0.92}, // 0.835/0.900 blind on the start tree (fully masked 0.877), 0.855/0.918 blind on the final tree (0.909); read in session 25: 0.892/0.918 (0.918) with fp25 (names to leave out, businesses named after people and their teams, Malay days, lower-case name extents); 0.897/0.927 (0.927) with recall25 (kin words in oblique cases)
	"STREET_ADDRESS": {0.94, 0.95}, // 0.840/0.893 blind on the start tree (fully masked 0.813), 0.841/0.907 on the final tree (0.853); st25 (session 25, read) 0.948/0.960 (0.933): venues' address labels, lot schemes, Indonesian estates, Vietnamese alleys
	"ZIP_CODE":       {0.93, 0.87}, // 0.921/0.879 blind on the start tree, 0.906/0.879 on the final tree; st25 0.935/0.879
	"LOCATION":       {0.90, 0.78}, // 0.844/0.763 blind on the start tree, 0.815/0.754 on the final tree; st25 0.908/0.789 (towns after venues' streets)
	"DATE_OF_BIRTH":  {0.99, 0.85}, // 1.000/0.857 blind on both trees
	"AGE":            {0.93, 0.81}, // 0.931/0.818 blind on both trees (fully masked 0.697; this writer labels the number without its unit)
	"EMAIL_ADDRESS":  {0.87, 0.99}, // 0.875/1.000 blind on both trees
	"PHONE_NUMBER":   {0.95, 0.97}, // 0.958/0.971 blind on both trees
	"IBAN_CODE":      {0.99, 0.99}, // 1.000/1.000 blind on both trees
}

// TestEvalMarketingHoldout24 scores the engine on marketing-holdout24 (70
// prompts, 649 spans, 75 street addresses; gyms, studios, dance and martial
// arts schools, climbing walls, golf and tennis clubs, cinemas, concerts,
// record and instrument shops, craft and cooking classes, bakeries,
// florists, coffee subscriptions, toy shops, pet grooming, salons).
func TestEvalMarketingHoldout24(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout24.jsonl", marketingTypes, withIDFloors(marketingHoldout24Floors))
}
