package redact

import "testing"

// marketingDev23aFloors are minimum {precision, recall} on the first
// development set of the twenty-third session (testdata/marketing-dev23a.md),
// written by a helper who read nothing of the project and scored once on the
// session's starting tree (5c51c5d) before any rule was written from it;
// every ID found there.
var marketingDev23aFloors = map[string][2]float64{
	"PERSON":         {0.92, 0.93}, // 0.916/0.889 on the starting tree; 0.926/0.940 with the learned table retrained on 31 sets, this one included (ml23, in-sample)
	"STREET_ADDRESS": {0.84, 0.82}, // 0.849/0.827 on the starting tree
	"ZIP_CODE":       {0.87, 0.93}, // 0.871/0.931 on the starting tree
	"LOCATION":       {0.85, 0.73}, // 0.859/0.739 on the starting tree
	"DATE_OF_BIRTH":  {0.99, 0.85}, // 1.000/0.857 on the starting tree
	"AGE":            {0.99, 0.82}, // 1.000/0.828 on the starting tree
	"EMAIL_ADDRESS":  {0.90, 0.99}, // 0.903/1.000 on the starting tree
	"PHONE_NUMBER":   {0.97, 0.92}, // 0.980/0.925 on the starting tree
	"IBAN_CODE":      {0.50, 0.99}, // 0.500/1.000: three organisations' own accounts ("notre compte", "konto poradni", "a rendelőé") masked, fail closed on the starting tree
}

// TestEvalMarketingDev23a scores the engine on marketing-dev23a (70 prompts:
// 30 English from 21 countries, 40 in 35 other languages; pharmacies,
// opticians, dental recalls, physiotherapy, clinics, vaccinations, nurseries,
// school admissions, camps, student housing, libraries, museums, zoos,
// theatre, swimming lessons; 629 spans, 75 of them street addresses).
func TestEvalMarketingDev23a(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev23a.jsonl", marketingTypes, withIDFloors(marketingDev23aFloors))
}

// marketingDev23bFloors: the same for the second development set of the
// twenty-third session (testdata/marketing-dev23b.md).
var marketingDev23bFloors = map[string][2]float64{
	"PERSON":         {0.90, 0.94}, // 0.891/0.848 on the starting tree; 0.908/0.948 with the learned table retrained on 31 sets, this one included (ml23, in-sample)
	"STREET_ADDRESS": {0.91, 0.85}, // 0.913/0.851 on the starting tree
	"ZIP_CODE":       {0.95, 0.86}, // 0.958/0.868 on the starting tree
	"LOCATION":       {0.75, 0.58}, // 0.750/0.580 on the starting tree
	"DATE_OF_BIRTH":  {0.99, 0.91}, // 1.000/0.917 on the starting tree
	"AGE":            {0.93, 0.83}, // 0.938/0.833 on the starting tree
	"EMAIL_ADDRESS":  {0.97, 0.97}, // 0.971/0.971: a customer's address after "Contact for approval:" at the end of a shop's testimonial left unmasked on the starting tree
	"PHONE_NUMBER":   {0.94, 0.91}, // 0.945/0.915 on the starting tree
	"PASSPORT":       {0.99, 0.00}, // both missed: Croatian "Broj putovnice", Japanese "パスポート番号" on the starting tree
	"IBAN_CODE":      {0.90, 0.99}, // 0.900/1.000: a shop's account marked "(ne kliento)" masked on the starting tree
}

// TestEvalMarketingDev23b scores the engine on marketing-dev23b (70 prompts:
// 29 English from 17 countries, 41 in 34 other languages with Serbian
// Cyrillic, Greek and Japanese; car dealers, tyres, rentals, motorbike
// clubs, bicycle repair, couriers, print shops, antiques, jewellers, tailors,
// phone repair, furniture, kitchen fitters; 644 spans, 74 street addresses).
func TestEvalMarketingDev23b(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev23b.jsonl", marketingTypes, withIDFloors(marketingDev23bFloors))
}
