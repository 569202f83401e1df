package redact

// A place of worship opens its name with its kind before a patron's,
// saint's or guru's name of two words or more ("Masjid Abu Bakar Siddiq",
// "Gurdwara Guru Tegh Bahadur Sahib", "Iglesia San Juan Bautista"), the way
// a shop opens its name with a trade word (shopHeads,
// person11_namesake.go): such a run names the building, not a person.
// Words that are given or family names too ("Temple", "Church", "Kirk",
// "Cami", "Jamia") are left out.

// worshipHeads are the words for a place of worship that open its name,
// in English and the languages of the project's users.
var worshipHeads = boolTable(map[string]bool{
	"Gurdwara": true, "Gurudwara": true, "Mandir": true, "Masjid": true, "Mosque": true,
	"Chapel": true, "Cathedral": true, "Basilica": true, "Synagogue": true, "Pagoda": true,
	"Vihara": true, "Gompa": true, "Kovil": true, "Koil": true, "Dargah": true, "Camii": true,
	"Iglesia": true, "Igreja": true, "Chiesa": true, "Église": true, "Kirche": true, "Kapelle": true,
	"Moschee": true, "Mezquita": true, "Capilla": true, "Parroquia": true, "Santuario": true,
	"Synagoge": true, "Sinagoga": true, "Sinagog": true, "Kerk": true, "Kościół": true, "Kyrka": true,
})
