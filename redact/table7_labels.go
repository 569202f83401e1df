package redact

// More table and field labels: the town, birth-date, birthday and age
// columns of the languages of dob_months7.go, and a few more Spanish,
// Portuguese and English ones ("municipio", "cumple", "loc").

// moreTableLabels are the labels withMoreTableLabels adds, lower case.
var moreTableLabels = map[string]tableColumn{
	// towns ("municipio" and "loc" are new label endings: see
	// citySuffixes' cost note in table.go)
	"municipio": colCity, "município": colCity, "loc": colCity, "comune": colCity, "város": colCity,
	"mesto": colCity, "město": colCity, "kaupunki": colCity, "şehir": colCity,
	// districts, wards and suburbs of a city (loc12)
	"alcaldía": colCity, "alcaldia": colCity, "delegación": colCity, "colonia": colCity, "barrio": colCity,
	"comuna": colCity, "distrito": colCity, "district": colCity, "suburb": colCity, "townland": colCity,
	"barangay": colCity, "brgy": colCity, "kecamatan": colCity, "kelurahan": colCity, "bairro": colCity,
	"stadtteil": colCity, "ortsteil": colCity, "wijk": colCity, "ilçe": colCity,
	"mahalle": colCity, "semt": colCity,
	// (read15) the French and Belgian town column ("prenom;nom;commune")
	"commune": colCity,
	// dates of birth and birthdays
	"cumple": colBirth, "cumple.": colBirth, "doğum tarihi": colBirth, "doğum günü": colBirth,
	"születési dátum": colBirth, "születésnap": colBirth, "datum narození": colBirth, "narozeniny": colBirth,
	"dátum narodenia": colBirth, "syntymäaika": colBirth, "syntymäpäivä": colBirth, "data nașterii": colBirth,
	"data nasterii": colBirth, "datum rođenja": colBirth, "rođendan": colBirth, "дата рождения": colBirth,
	"день рождения": colBirth, "дата народження": colBirth, "gimimo data": colBirth,
	"dzimšanas datums": colBirth, "sünniaeg": colBirth, "tanggal lahir": colBirth, "tgl lahir": colBirth,
	"tarikh lahir": colBirth, "kaarawan": colBirth, "fæðingardagur": colBirth, "afmæli": colBirth,
	"ημερομηνία γέννησης": colBirth, "γενέθλια": colBirth,
	// Japanese, Korean and Chinese (loc12)
	"生年月日": colBirth, "誕生日": colBirth, "생년월일": colBirth, "생일": colBirth, "出生日期": colBirth,
	"出生年月日": colBirth, "生日": colBirth,
	// postcodes: the short column names of delivery manifests and CRM
	// exports ("pc", "pcode", "p/c" in Australia; "kod" in Poland)
	"pc": colZip, "pcode": colZip, "p/c": colZip, "kod": colZip, "kod poczt.": colZip, "postal": colZip,
	// ages
	"életkor": colAge, "kor": colAge, "věk": colAge, "vek": colAge, "vârsta": colAge, "vârstă": colAge,
	"возраст": colAge, "вік": colAge, "възраст": colAge, "amžius": colAge, "vecums": colAge, "vanus": colAge,
	"umur": colAge, "usia": colAge, "edad (años)": colAge, "ηλικία": colAge, "aldur": colAge,
}

// withMoreTableLabels returns m with moreTableLabels added; a label m
// has already keeps its column.
func withMoreTableLabels(m map[string]tableColumn) map[string]tableColumn {
	for l, c := range moreTableLabels {
		if _, ok := m[l]; !ok {
			m[l] = c
		}
	}
	return m
}
