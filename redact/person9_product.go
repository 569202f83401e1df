package redact

import "strings"

// False alarms of the person rules on things named like people: a car
// (a make and a model, "Kia Sorento", "Skoda Fabia", after "drives" or in
// a record's parentheses) and a house, manor or shop named as a building
// ("Glenmore House", "Maison Lefèvre"). The makes that are no names and
// the words for buildings join the stop words (person9Stops), so that
// the run reader never glues them to the word beside them; "House" stops
// being a family name. Makes that are family names too ("Ford",
// "Honda", "Suzuki", "Tesla") and "Villa" (a Spanish and Italian family
// name) are left as they are. Nothing runs per text: the words are
// flags of the name table.

// person9Stops are the car makes and building words above.
var person9Stops = []string{
	// Car makes that are no given or family names.
	"Kia", "Toyota", "Nissan", "Hyundai", "Mazda", "Subaru", "Volvo", "Skoda", "Škoda", "Peugeot",
	"Citroën", "Citroen", "Fiat", "Opel", "Vauxhall", "Audi", "Volkswagen", "Mitsubishi", "Lexus",
	"Jeep", "Chevrolet", "Porsche", "Dacia", "Perodua", "Isuzu", "Cupra", "Polestar", "Daihatsu",
	// Words for buildings before or after their names.
	"House", "Manor", "Cottage", "Castle", "Lodge", "Inn", "Mansion", "Palace", "Towers", "Maison",
	"Casa", "Château", "Chateau", "Quinta", "Palazzo", "Masseria", "Cascina", "Hacienda", "Finca",
	"Domaine",
}

func init() {
	for _, w := range person9Stops {
		nameFlags.clear(w, uint32(nameGiven|nameFamily|nameAmbiguous))
		nameFlags.or(w, uint32(nameStop))
	}
}

// streetTypesAfterName are the types of street that follow a titled
// name in a street's name ("Lady Somers Road", "Sir Kenneth Street"),
// with the space before them: titledStreetAt reads them.
var streetTypesAfterName = []string{" Road", " Street", " St", " Avenue", " Ave", " Lane", " Drive", " Boulevard", " Crescent", " Terrace"}

// titledStreetAt reports whether a street type follows the titled name
// ending at e and ends its word: the name is a street's. scoreNameParts
// asks it for titled names only.
func titledStreetAt(text string, e int) bool {
	if e+3 > len(text) || text[e] != ' ' || !isUpper(text[e+1]) {
		return false
	}
	for _, w := range streetTypesAfterName {
		if strings.HasPrefix(text[e:], w) && (e+len(w) == len(text) || !isAlpha(text[e+len(w)])) {
			return true
		}
	}
	return false
}
