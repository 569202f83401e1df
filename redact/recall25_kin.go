package redact

// recall25 (session 25): kin words in the cases a preposition or a verb
// asks for. The kin readers (kinWords23b, kinWords24) held the
// nominatives and a few accusatives, so a name after "with his dad",
// "from her sister", "for our son" was read in English and lost in the
// languages that decline the noun: "s tatom X" (Croatian instrumental),
// "od sestry X" (Czech genitive), "z mężem X" (Polish), "pentru fiul
// lor, X" stayed but "botezul fiului X" (Romanian genitive) did not,
// "me djalin X" (Albanian definite accusative), "su broliu X"
// (Lithuanian instrumental), "ar māsu X" (Latvian), "koos venna X"
// (Estonian genitive). Bare forms that are words of another prompt
// language before a capitalised word are left out: "tata" and "mama"
// (brands, nursery words), "brat", "sin" (Spanish "without"), "oca",
// "isa" and "ema" (given names and an English acronym), "baki", "baku"
// (the city), "tate", "tati", "mami" (brands, galleries), "tatu"
// (Swahili "three").

// kinCases25 are the oblique forms of the kin nouns, lower case.
var kinCases25 = []string{
	// Croatian, Serbian, Bosnian, Montenegrin (Latin): mother, father,
	// son, daughter, brother, sister, husband, wife, grandparents,
	// grandchildren, uncle and aunt, in the instrumental, genitive,
	// dative and accusative.
	"mamom", "mame", "mamu", "majkom", "majke", "majci", "majku", "tatom",
	"ocem", "ocu", "sinom", "sinu", "kćeri", "kćerkom", "kćerima", "ćerkom", "ćerki",
	"bratom", "brata", "bratu", "sestrom", "sestre", "sestri", "sestru", "mužem", "muža", "mužu",
	"suprugom", "supruge", "suprugu", "ženom", "žene", "ženi", "ženu", "bakom", "bake",
	"djedom", "djeda", "djedu", "dedom", "dedu", "unukom", "unukama", "unučicom",
	"ujakom", "ujaka", "ujaku", "stricem", "strica", "tetkom", "tetke", "tetki", "tetku",
	// Slovene
	"mamico", "očetom", "očeta", "očetu", "sinom", "hčerko", "hčerjo", "hčeri", "bratom",
	"sestro", "možem", "moža", "ženo", "babico", "dedkom", "dedka",
	// Czech, Slovak
	"mamou", "mamy", "mámou", "mámy", "maminkou", "maminky", "matkou", "matky", "tátou", "táty",
	"taťkou", "otcem", "otce", "otci", "otcom", "synem", "synovi", "synom", "dcerou", "dcérou",
	"dcéry", "dcéru", "dceři", "bratrem", "bratra", "bratrovi", "bratom", "sestrou", "sestry",
	"manželem", "manžela", "manželom", "manželkou", "manželky", "manželku", "babičkou", "babičky",
	"babkou", "babky", "dědou", "dědy", "dedkom", "dedka", "vnukem", "vnukom", "vnučkou", "vnučky",
	"strýcem", "strýce", "tetou", "tety",
	// Polish
	"mamą", "mamy", "mamie", "mamę", "matką", "matki", "tatą", "taty", "tacie", "tatę", "tatem",
	"ojcem", "ojca", "ojcu", "synem", "synowi", "córce", "bratem", "brata", "bratu", "siostrą",
	"siostry", "siostrze", "siostrę", "mężem", "męża", "mężowi", "żoną", "żony", "żonie", "żonę",
	"babcią", "babci", "babcię", "dziadkiem", "dziadka", "dziadkowi", "wnukiem", "wnuczką",
	"wujkiem", "wujka", "ciocią", "cioci",
	// Romanian (genitive and dative, with and without diacritics)
	"fiului", "fiicei", "mamei", "tatălui", "tatalui", "fratelui", "surorii", "soțului", "sotului",
	"soției", "sotiei", "bunicii", "bunicului", "nepotului", "nepoatei",
	// Albanian (definite accusative and genitive)
	"djalin", "djalit", "vajzën", "vajzës", "nënën", "nënës", "babain", "babait",
	"vëllain", "vëllait", "motrën", "motrës", "burrin", "burrit", "gruan", "gruas", "nipin",
	"nipit", "mbesën", "mbesës", "gjyshen", "gjyshes", "gjyshin", "gjyshit",
	// Lithuanian, Latvian
	"sūnui", "sūnumi", "dukrai", "dukters", "dukterimi", "mamai", "mamos",
	"mamyte", "tėčiui", "tėčiu", "tėvui", "broliui", "broliu", "brolio", "seseriai", "sesers",
	"seserimi", "vyrui", "vyru", "vyro", "žmonai", "žmonos", "močiutei", "senelei",
	"seneliui", "meitai", "meitu", "meitas", "dēlam", "dēla", "mammai", "mammu", "tētim", "tēti",
	"brālim", "brāli", "brāļa", "māsai", "māsu", "māsas", "vīram", "vīru", "vīra", "sievai",
	"sievu", "sievas", "vecmāmiņai", "vecmāmiņu",
	// Estonian, Finnish (genitive, possessive suffix)
	"tütre", "poja", "venna", "õe", "mehe", "naise", "vanaema", "vanaisa", "lapselapse",
	"äitini", "isäni", "veljeni", "siskoni", "vaimoni", "mieheni", "poikansa", "tyttärensä",
	"äidin", "isän", "veljen", "siskon",
	// Hungarian and Turkish (possessive suffix)
	"anyám", "apám", "bátyám", "öcsém", "nővérem", "húgom", "feleségem", "férjem", "nagymamám",
	"annem", "babam", "kardeşim", "ablam", "abim", "eşim", "kocam", "karım", "anneannem", "babaannem",
}

func init() {
	for _, w := range kinCases25 {
		kinWords23b.or(w, 1)
	}
}
