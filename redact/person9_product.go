package redact

import "strings"

// False alarms of the person rules on things named like people: a car
// (a make and a model, "Kia Sorento", "Skoda Fabia", after "drives" or in
// a record's parentheses) and a house, villa or shop named as a building
// ("Glenmore House", "Villa Serena", "Maison Lefèvre"). dropThingNames
// drops the PERSON spans of two words the person detector found
// (dst[n0:]) whose first word is a car make that is no given name, with a
// second word no name list knows, or whose first or last word is a word
// for a building, and the spans a street's type word follows: the name
// of a street ("Lady Somers Street", "Anwar Sadat Road"). It runs once
// per text the detector found a name in.

// carMakes are car makes that are no given names (so "Mercedes" is not
// one): a make before a word no name list knows is a car.
var carMakes = boolTable(map[string]bool{
	"Kia": true, "Toyota": true, "Honda": true, "Nissan": true, "Hyundai": true, "Mazda": true,
	"Subaru": true, "Volvo": true, "Skoda": true, "Škoda": true, "Renault": true, "Peugeot": true,
	"Citroën": true, "Citroen": true, "Fiat": true, "Opel": true, "Vauxhall": true, "Audi": true,
	"BMW": true, "Volkswagen": true, "VW": true, "Suzuki": true, "Mitsubishi": true, "Lexus": true,
	"Jeep": true, "Chevrolet": true, "Chevy": true, "Porsche": true, "Dacia": true, "Proton": true,
	"Perodua": true, "Mahindra": true, "Maruti": true, "Isuzu": true, "Cupra": true, "Polestar": true,
	"Infiniti": true, "Acura": true, "Daihatsu": true, "Holden": true, "Ford": true, "Tesla": true,
	"Seat": true, "Mini": true, "Dodge": true, "Buick": true, "Cadillac": true, "Chrysler": true,
	"Lancia": true, "Alfa": true, "Jaguar": true, "Saab": true, "Lada": true, "BYD": true, "Geely": true,
	"Chery": true, "Haval": true, "Tata": true,
})

// buildingFirst and buildingLast are words for buildings that name a
// house, villa or shop before or after its name.
var (
	buildingFirst = boolTable(map[string]bool{
		"Villa": true, "Casa": true, "Quinta": true, "Maison": true, "Château": true, "Chateau": true,
		"Domaine": true, "Masseria": true, "Cascina": true, "Palazzo": true, "Hacienda": true, "Finca": true,
	})
	buildingLast = boolTable(map[string]bool{
		"House": true, "Manor": true, "Cottage": true, "Castle": true, "Lodge": true, "Mansion": true,
		"Palace": true, "Towers": true, "Hotel": true, "Inn": true,
	})
)

// dropThingNames drops the spans of dst[n0:] that name a car or a
// building (see above).
//
//go:noinline
func dropThingNames(text string, dst []Span, n0 int) []Span {
	out := dst[:n0]
	for _, s := range dst[n0:] {
		if s.Type != "PERSON" || !thingName(text[s.Start:s.End]) && !streetWordAfter(text, s.End) {
			out = append(out, s)
		}
	}
	return out
}

// thingName reports whether name, two words, names a car or a building.
func thingName(name string) bool {
	sp := -1
	for i := 0; i < len(name); i++ {
		if name[i] == ' ' {
			if sp >= 0 {
				return false // three words or more
			}
			sp = i
		}
	}
	if sp <= 0 || sp == len(name)-1 {
		return false
	}
	first, last := name[:sp], name[sp+1:]
	if buildingFirst.has(first) || buildingLast.has(last) {
		return true
	}
	return carMakes.has(first) && nameFlagsOf(last)&(nameGiven|nameFamily) == 0
}

// streetTypesAfterName are the types of street that follow a person's name in a
// street's name, with the space before them.
var streetTypesAfterName = []string{" Road", " Street", " Avenue", " Lane", " Drive", " Boulevard", " Crescent", " Terrace"}

// streetWordAfter reports whether a word of streetTypesAfterName follows at e and
// ends its word.
func streetWordAfter(text string, e int) bool {
	if e+5 > len(text) || text[e] != ' ' || !isUpper(text[e+1]) {
		return false
	}
	for _, w := range streetTypesAfterName {
		if strings.HasPrefix(text[e:], w) && (e+len(w) == len(text) || !isAlpha(text[e+len(w)])) {
			return true
		}
	}
	return false
}
