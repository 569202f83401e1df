package redact

import "testing"

// marketingDev25aFloors are minimum {precision, recall} on the first
// development set of the twenty-fifth session (testdata/marketing-dev25a.md),
// written by a helper who read nothing of the project and scored once on the
// session's starting tree (6823d73) before any rule was written from it;
// every ID found there. No helper of the session read it.
var marketingDev25aFloors = map[string][2]float64{
	"PERSON":         {0.89, 0.90}, // 0.900/0.902 on the starting tree (fully masked 0.893)
	"STREET_ADDRESS": {0.92, 0.85}, // 0.924/0.813 on the starting tree (fully masked 0.760); 0.928/0.853 (0.813) at the session's end (st25, unread)
	"ZIP_CODE":       {0.94, 0.85}, // 0.950/0.851 on the starting tree
	"LOCATION":       {0.94, 0.62}, // 0.949/0.606 on the starting tree; 0.950/0.622 at the session's end
	"DATE_OF_BIRTH":  {0.99, 0.78}, // 1.000/0.783 on the starting tree
	"AGE":            {0.79, 0.70}, // 0.800/0.706 on the starting tree
	"EMAIL_ADDRESS":  {0.99, 0.99}, // 1.000/1.000 on the starting tree
	"PHONE_NUMBER":   {0.98, 0.95}, // 0.985/0.955 on the starting tree
	"IBAN_CODE":      {0.85, 0.99}, // 0.857/1.000 on the starting tree
}

// TestEvalMarketingDev25a scores the engine on marketing-dev25a (70 prompts;
// fashion web shops and returns, shoe shops, perfume and cosmetics
// subscriptions, lash and brow bars, sports supplements, health food
// stores, organic boxes, butchers and fishmongers, cheese shops and delis,
// ice-cream parlours, food trucks, restaurants; 650 spans, 75 street
// addresses).
func TestEvalMarketingDev25a(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev25a.jsonl", marketingTypes, withIDFloors(marketingDev25aFloors))
}

// marketingDev25bFloors: the same for the second development set of the
// twenty-fifth session (testdata/marketing-dev25b.md).
var marketingDev25bFloors = map[string][2]float64{
	"PERSON":         {0.87, 0.91}, // 0.874/0.912 on the starting tree (fully masked 0.888)
	"STREET_ADDRESS": {0.89, 0.85}, // 0.896/0.843 on the starting tree (fully masked 0.757); 0.897/0.857 (0.786) at the session's end
	"ZIP_CODE":       {0.91, 0.90}, // 0.920/0.902 on the starting tree
	"LOCATION":       {0.77, 0.73}, // 0.779/0.736 on the starting tree
	"DATE_OF_BIRTH":  {0.99, 0.85}, // 1.000/0.857 on the starting tree
	"AGE":            {0.95, 0.84}, // 0.955/0.840 on the starting tree
	"EMAIL_ADDRESS":  {0.86, 0.99}, // 0.868/1.000 on the starting tree
	"PHONE_NUMBER":   {0.87, 0.99}, // 0.875/1.000 on the starting tree
	"IBAN_CODE":      {0.49, 0.99}, // 0.500/1.000 on the starting tree (four organisations' own IBANs masked)
}

// TestEvalMarketingDev25b scores the engine on marketing-dev25b (70 prompts;
// online courses, webinars, conferences, software trials and SaaS
// onboarding, computer shops, web hosting, hackathons, makerspaces, 3D
// printing, app beta testers, e-book publishers, podcast clubs; 650 spans,
// 70 street addresses).
func TestEvalMarketingDev25b(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev25b.jsonl", marketingTypes, withIDFloors(marketingDev25bFloors))
}

// marketingHoldout25Floors are minimum {precision, recall} on the blind set
// of the twenty-fifth session (testdata/marketing-holdout25.md), written in
// the session's first minutes by a helper who read nothing of the project,
// kept away from every helper and scored by the lead on the session's
// starting tree (6823d73) and after the merges; its final tree's figures,
// then committed unread.
var marketingHoldout25Floors = map[string][2]float64{
	"PERSON":         {0.93, 0.85}, // blind: 0.949/0.839 (fully masked 0.835) by score-pii on the start tree; final tree 0.939/0.851 (0.847) here, 0.960/0.851 by score-pii
	"STREET_ADDRESS": {0.91, 0.81}, // blind: 0.884/0.827 (fully masked 0.733) by score-pii on the start tree; final tree 0.912/0.813 (0.747) here, 0.912/0.827 by score-pii
	"ZIP_CODE":       {0.94, 0.89}, // final tree 0.950/0.891 (start 0.919/0.922 by score-pii)
	"LOCATION":       {0.86, 0.66}, // final tree 0.865/0.663 (start 0.853/0.724 by score-pii)
	"DATE_OF_BIRTH":  {0.99, 0.99}, // 1.000/1.000 blind on both trees
	"AGE":            {0.90, 0.71}, // 0.909/0.714 blind on both trees
	"EMAIL_ADDRESS":  {0.99, 0.99}, // final tree 1.000/1.000 (start 0.969/1.000)
	"PHONE_NUMBER":   {0.92, 0.97}, // final tree 0.923/0.973 (start 0.900/0.973)
	"IBAN_CODE":      {0.99, 0.71}, // 1.000/0.714 blind on both trees: two IBANs missed (not read: the set was kept blind)
	"DE_TAX_ID":      {0.49, 0.99}, // 0.500/1.000 blind on both trees: one false alarm (not read)
}

// TestEvalMarketingHoldout25 scores the engine on marketing-holdout25 (70
// prompts, 637 spans, 75 street addresses; e-bike and outdoor shops, DIY
// and paint stores, pool, alarm and pest-control installers, locksmiths,
// gardeners, chimney sweeps, wedding photographers, DJs, party rentals).
func TestEvalMarketingHoldout25(t *testing.T) {
	evalHandwrittenFile(t, "marketing-holdout25.jsonl", marketingTypes, withIDFloors(marketingHoldout25Floors))
}
