package redact

import "testing"

// marketingDev23aFloors are minimum {precision, recall} on the first
// development set of the twenty-third session (testdata/marketing-dev23a.md),
// written by a helper who read nothing of the project and scored once on the
// session's starting tree (5c51c5d) before any rule was written from it;
// every ID found there.
var marketingDev23aFloors = map[string][2]float64{
	"PERSON":         {0.96, 0.96}, // 0.916/0.889 on the starting tree; 0.954/0.889 with personfp23 (namesakes, negated naming verbs, streets, institutions in quotes, languages); fully masked 0.794 → 0.873 with person23's extents; 0.926/0.940 with the learned table retrained on 31 sets, this one included (ml23, in-sample); 0.955/0.917 with person23b (role keys in 30 languages, kin words, ages in brackets, CSV rows with an address's commas); lower24: 0.962/0.968; 0.969/0.952 with famous24 (public figures)
	"STREET_ADDRESS": {0.92, 0.95}, // 0.849/0.827 on the starting tree; 0.917/0.880 with street23 (unit and floor parts, trade words, South Slavic and Albanian forms); street23b 0.919/0.907; 0.921/0.933 after street24; lower24: 0.920/0.920; st25 0.923/0.960 (a lower-case Saigon alley)
	"ZIP_CODE":       {0.91, 0.96}, // 0.871/0.931 on the starting tree; 0.918/0.966 with street23 and struct23
	"LOCATION":       {0.90, 0.83}, // 0.859/0.739 on the starting tree; 0.911/0.793 with loc23 (capitals, districts, residence phrases); 0.916/0.837 after street24; lower24: 0.916/0.837; loc24 0.906/0.848 (a theatre's "Rīga" read as a residence)
	"DATE_OF_BIRTH":  {0.99, 0.95}, // 1.000/0.857 on the starting tree; 1.000/0.952 with loc23
	"AGE":            {0.99, 0.99}, // 1.000/0.828 on the starting tree; 1.000/0.931 with loc23 (ages next to found names); 1.000/1.000 with loc24 (ages in brackets after a name: "(18 months)", "(5)")
	"EMAIL_ADDRESS":  {0.90, 0.99}, // 0.903/1.000 on the starting tree
	"PHONE_NUMBER":   {0.97, 0.98}, // 0.980/0.925 on the starting tree; 0.981/0.981 with struct23 (bracketed area codes, phones in CSV cells)
	"IBAN_CODE":      {0.50, 0.99}, // 0.500/1.000: three organisations' own accounts ("notre compte", "konto poradni", "a rendelőé") stay masked (fail closed)
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
	"PERSON":         {0.94, 0.96}, // 0.891/0.848 on the starting tree; 0.922/0.848 with personfp23; fully masked 0.768 → 0.840 with person23's extents; 0.908/0.948 with the learned table retrained on 31 sets, this one included (ml23, in-sample); 0.927/0.916 with person23b (role keys in 30 languages, kin words, ages in brackets, CSV rows with an address's commas); 0.934/0.964 with script24 (a Korean family name before a kin word; fully masked 0.928 → 0.960); lower24: 0.936/0.968; 0.946/0.960 with famous24 (public figures)
	"STREET_ADDRESS": {0.95, 0.95}, // 0.913/0.851 on the starting tree; 0.957/0.892 with street23 and personfp23 (a name before "Road" is the street's); street23b 0.958/0.932; 0.959/0.959 after street24; lower24: 0.959/0.946
	"ZIP_CODE":       {0.97, 0.92}, // 0.958/0.868 on the starting tree; 0.979/0.887 with street23 and struct23; street23b 0.980/0.906; lower24: 0.980/0.925
	"LOCATION":       {0.76, 0.66}, // 0.750/0.580 on the starting tree; 0.754/0.630 with loc23; 0.778/0.667 after street24; 0.767/0.667 with lower24 too ("glasgow" before a lower-case postcode, which this writer leaves unlabelled); 0.767/0.667 with loc24 (a town before "LV-…")
	"DATE_OF_BIRTH":  {0.99, 0.99}, // 1.000/0.917 on the starting tree; 1.000/1.000 with loc23
	"AGE":            {0.93, 0.88}, // 0.938/0.833 on the starting tree; 0.941/0.889 with person23b (a name before its age in brackets after a kin word)
	"EMAIL_ADDRESS":  {0.99, 0.99}, // 0.971/0.971 on the starting tree (a customer's address after "Contact for approval:" under a shop's testimonial left unmasked); 1.000/1.000 with struct23
	"PHONE_NUMBER":   {0.96, 0.99}, // 0.945/0.915 on the starting tree; 0.959/1.000 with struct23 (8-digit phones in lists and tables, area codes in brackets, a phone before a street); 0.969/1.000 after street24
	"PASSPORT":       {0.99, 0.99}, // both missed on the starting tree (Croatian "Broj putovnice", Japanese "パスポート番号"); both found with struct23
	"IBAN_CODE":      {0.99, 0.99}, // 0.900/1.000 on the starting tree (a shop's account marked "(ne kliento)"); 1.000/1.000 with struct23
}

// TestEvalMarketingDev23b scores the engine on marketing-dev23b (70 prompts:
// 29 English from 17 countries, 41 in 34 other languages with Serbian
// Cyrillic, Greek and Japanese; car dealers, tyres, rentals, motorbike
// clubs, bicycle repair, couriers, print shops, antiques, jewellers, tailors,
// phone repair, furniture, kitchen fitters; 644 spans, 74 street addresses).
func TestEvalMarketingDev23b(t *testing.T) {
	evalHandwrittenFile(t, "marketing-dev23b.jsonl", marketingTypes, withIDFloors(marketingDev23bFloors))
}
