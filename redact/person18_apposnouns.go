package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Person nouns: the words for a person by the job, office or part they
// have (teacher, coach, nurse, driver, treasurer, volunteer, tenant,
// pupil, winner …) in the prompt languages, lower case, with their
// feminine forms. Prose names a person right after one, in apposition:
// "our payroll officer is Decker …", "the treasurer, Ottoline …", "notre
// animatrice Solenn", "nuestra monitora Azucena", "Nasz trener Bożydar"
// (apposNounBefore, person18_appos.go). roleWords (person_role.go) and
// relationWords (person.go) hold the words of service and kin that were
// read before; this table adds the rest of the class, and the reader
// takes roleWords too.
//
// The value bits:
//   - nounGerman: a German noun, written with a capital ("Unser
//     Schriftführer Hartwig");
//   - nounSelf: a form that holds its own possessive or article (Turkish
//     "öğretmenimiz", Romanian "antrenorul", Nordic "treneren"), which
//     needs no determiner before it and may open the sentence;
//   - nounFirm: a word that names firms as often as people ("our supplier
//     Acme", "our sponsor Nike", "the winner Best Pub"): it vouches only
//     for a name the gazetteers know.
//
// Words that are common words of another prompt language right before a
// capitalised word are left out ("guide" before a tour's name, "chef" in
// French, "lid", "leder", "usta", "ahli").
const (
	nounPerson = 1 << iota
	nounGerman
	nounSelf
	nounFirm
)

// personNounLists are the nouns of personNouns by language; the German
// ones are read with nounGerman, the self-determined forms with nounSelf
// and the firm words with nounFirm.
var personNounLists = []struct {
	v     uint32
	words string
}{
	{nounPerson, `officer volunteer member guest patient student pupil owner manager instructor treasurer secretary
		chairman chairwoman chairperson president cook chef barista cleaner nanny babysitter receptionist
		electrician plumber builder gardener vet midwife surgeon pharmacist paramedic librarian headteacher
		headmaster headmistress principal trustee organiser organizer coordinator administrator temp
		apprentice trainee employee worker staffer resident participant attendee candidate applicant nominee
		finalist photographer musician pianist drummer dancer player captain goalkeeper referee steward
		caretaker janitor handyman mechanic bookkeeper solicitor attorney notary paralegal pastor priest vicar
		rabbi imam deacon deaconess chaplain housemate classmate schoolmate bandmate carer caregiver
		cashier waiter waitress bartender groundsman porter postman postwoman sitter childminder
		housekeeper cleaner homeowner landowner lodger boarder trainer mentee coachee learner`},
	{nounPerson | nounFirm, `supplier contractor vendor sponsor donor buyer seller winner champion client customer
		landlord agent host hostess rep representative courier driver guide planner designer broker consultant
		advisor adviser recruiter realtor assistant concierge technician berater beraterin kunde kundin klant
		cliente klient klientka asesor asesora consulente consultor consultora adviseur doradca rådgivare kund`},
	// French.
	{nounPerson, `professeur professeure prof instituteur institutrice animateur animatrice moniteur monitrice
		entraîneur entraîneuse infirmier infirmière médecin docteur chauffeur livreur livreuse voisine amie
		locataire propriétaire gagnant gagnante bénévole trésorier trésorière secrétaire présidente notaire
		avocat avocate vétérinaire nounou stagiaire élève étudiant étudiante participante adhérent adhérente
		membre patiente cliente cuisinier cuisinière maîtresse éducatrice éducateur`},
	// Spanish.
	{nounPerson, `profe profesor profesora maestro maestra monitor monitora entrenador entrenadora enfermero
		enfermera médico médica doctora chófer chofer conductor conductora repartidor repartidora vecina
		inquilino inquilina dueño dueña propietario propietaria ganador ganadora voluntario voluntaria
		tesorero tesorera secretario presidenta notario notaria abogado abogada veterinario veterinaria
		niñera alumno alumna estudiante participante socio socia paciente cocinero cocinera encargado
		encargada cuidadora cuidador`},
	// Italian.
	{nounPerson, `insegnante professore professoressa istruttore istruttrice allenatore allenatrice infermiere
		infermiera dottore dottoressa autista inquilino proprietario proprietaria vincitore vincitrice
		volontario volontaria tesoriere segretario segretaria notaio avvocato avvocata alunno alunna
		studente studentessa partecipante paziente cuoco cuoca badante tata`},
	// Portuguese.
	{nounPerson, `professor professora treinador treinadora instrutor instrutora enfermeiro enfermeira
		motorista entregador entregadora inquilino proprietário proprietária vencedor vencedora voluntário
		voluntária tesoureiro tesoureira secretário secretária advogado advogada veterinário veterinária
		babá aluno aluna estudante participante sócio sócia paciente cozinheiro cozinheira cuidadora`},
	// Dutch.
	{nounPerson, `leraar lerares juf juffrouw meester instructeur instructrice verpleegkundige verpleger
		verpleegster dokter huisarts chauffeur bezorger huurder verhuurder eigenaar eigenares winnaar
		winnares vrijwilliger vrijwilligster penningmeester secretaris voorzitter notaris advocaat
		dierenarts oppas leerling studente deelnemer deelneemster patiënt kok begeleider begeleidster`},
	// Polish.
	{nounPerson, `nauczyciel nauczycielka trener trenerka instruktor instruktorka pielęgniarka lekarz lekarka
		kierowca najemca właściciel właścicielka zwycięzca zwyciężczyni wolontariusz wolontariuszka skarbnik
		sekretarz prezes notariusz adwokat weterynarz niania uczeń uczennica studentka uczestnik uczestniczka
		pacjent pacjentka kucharz kucharka wychowawczyni wychowawca opiekunka opiekun`},
	// Swedish, Norwegian, Danish.
	{nounPerson, `lärare lärarinna tränare instruktör sjuksköterska läkare chaufför förare hyresgäst ägare
		vinnare volontär kassör sekreterare ordförande veterinär barnvakt elev deltagare medlem kock
		lærer trener instruktør sykepleier lege sjåfør nabo leietaker eier vinner frivillig kasserer
		sekretær barnevakt deltaker pasient kokk træner sygeplejerske læge lejer ejer vinder formand
		dyrlæge deltager`},
	{nounPerson | nounSelf, `läraren tränaren läkaren læreren treneren legen læreren træneren lægen naboen`},
	// German.
	{nounPerson | nounGerman, `lehrer lehrerin erzieher erzieherin pfleger pflegerin krankenschwester arzt
		ärztin fahrerin mitarbeiterin schriftführer schriftführerin kassenwart kassenwartin kassierer
		kassiererin vorsitzende vorsitzender hausmeister hausmeisterin mieter mieterin vermieter vermieterin
		schüler schülerin studentin teilnehmer teilnehmerin gewinnerin patientin tierarzt tierärztin
		köchin koch chefin ausbilder ausbilderin nachhilfelehrer nachhilfelehrerin babysitterin trainer
		trainerin betreuer betreuerin berater beraterin friseur friseurin fahrer nachbar nachbarin kollege
		kollegin kunde kundin`},
	// Turkish: the plain nouns, and the forms with "our" and "my".
	{nounPerson, `öğretmen antrenör eğitmen hemşire şoför komşu kiracı gönüllü sekreter avukat öğrenci
		katılımcı müşteri hoca`},
	{nounPerson | nounSelf, `öğretmenimiz öğretmenim antrenörümüz antrenörüm eğitmenimiz eğitmenim hemşiremiz
		doktorumuz şoförümüz komşumuz komşum kiracımız müşterimiz müşterim gönüllümüz avukatımız öğrencimiz
		öğrencim hocamız hocam`},
	// Romanian: the plain nouns, and the forms with the article.
	{nounPerson, `profesoara profesoară antrenor antrenoare instructor instructoare asistentă medic
		doctoriță șofer vecin vecină chiriaș proprietar câștigător câștigătoare voluntar voluntară casier
		secretară președinte avocată veterinar bonă elevă studentă participantă pacient pacientă clientă
		bucătar bucătăreasă`},
	{nounPerson | nounSelf, `profesorul profesoara antrenorul antrenoarea medicul doctorul șoferul vecinul
		vecina clientul clienta eleva elevul învățătoarea învățătorul`},
	// Czech.
	{nounPerson, `učitel učitelka trenér trenérka instruktorka sestřička lékař lékařka doktorka řidič řidička
		soused sousedka nájemník nájemnice majitel majitelka vítěz vítězka dobrovolník dobrovolnice pokladník
		sekretářka předseda předsedkyně notář advokát advokátka veterinář chůva žák žákyně účastník
		účastnice pacientka kuchař kuchařka`},
	// Indonesian and Malay.
	{nounPerson, `guru pelatih instruktur perawat jururawat dokter sopir tetangga jiran penyewa pemilik
		pemenang relawan sukarelawan bendahara sekretaris setiausaha ketua pengacara peguam pengasuh murid
		pelajar siswa siswi mahasiswa mahasiswi peserta anggota pasien pesakit pelanggan klien koki`},
}

// personNouns holds personNounLists, lower case.
var personNouns = func() *strTable {
	t := newStrTable(768)
	for _, l := range personNounLists {
		for _, w := range strings.Fields(l.words) {
			t.or(w, l.v)
		}
	}
	return t
}()

// apposDeterminers are the articles, possessives and numerals that come
// before a person noun in apposition ("our", "the", "notre", "nuestra",
// "il nostro", "unsere", "vår", "nasza"), lower case. The Indonesian,
// Malay and Romanian possessives that follow the noun ("guru kami",
// "antrenorul nostru") are apposPostPossessives.
var apposDeterminers = func() *strTable {
	t := boolTable(apposDeterminerWords)
	for _, w := range strings.Fields(`unser unsere unserem unseren unserer mein meine meinem meinen ihr ihre
		ihrem ihren sein seine der die dem den eure euer neue neuer`) {
		t.or(w, detGerman)
	}
	return t
}()

// detGerman is the value bit of the German determiners of
// apposDeterminers: only they come before a noun with a capital.
const detGerman = 2

// apposDeterminerWords are the determiners of apposDeterminers besides
// the German ones.
var apposDeterminerWords = map[string]bool{
	"our": true, "my": true, "your": true, "his": true, "her": true, "their": true, "the": true, "a": true,
	"an": true, "one": true, "new": true,
	"notre": true, "mon": true, "ma": true, "votre": true, "leur": true, "le": true, "la": true, "sa": true,
	"nuestro": true, "nuestra": true, "mi": true, "tu": true, "su": true, "el": true,
	"nostro": true, "nostra": true, "mio": true, "mia": true, "il": true, "lo": true, "suo": true, "sua": true,
	"nosso": true, "nossa": true, "meu": true, "minha": true, "seu": true, "o": true,
	"onze": true, "ons": true, "mijn": true, "de": true, "het": true, "haar": true, "zijn": true,
	"nasz": true, "nasza": true, "mój": true, "moja": true, "mojej": true, "naszej": true,
	"vår": true, "vårt": true, "min": true, "mitt": true, "din": true, "vores": true, "hans": true,
	"náš": true, "naše": true, "můj": true, "moje": true, "naši": true,
	"bizim": true, "benim": true,
}

// apposPostPossessives follow the person noun before the name ("guru kami
// Pak Wahyudi", "antrenorul nostru Sorin").
var apposPostPossessives = boolTable(map[string]bool{
	"kami": true, "kita": true, "saya": true, "aku": true, "nostru": true, "noastră": true, "noastra": true,
	"meu": true, "mea": true,
})

// apposCopulas join a person noun to the name after it ("our payroll
// officer is Decker …", "the client was …", "la monitora es …").
var apposCopulas = boolTable(map[string]bool{
	"is": true, "was": true, "ist": true, "war": true, "est": true, "était": true, "es": true, "era": true,
	"è": true, "é": true, "är": true, "var": true, "er": true, "jest": true, "este": true, "je": true,
	"byl": true, "byla": true, "adalah": true, "ialah": true,
})

func init() {
	// The German nouns and the self-determined forms, with their capital,
	// that no table held yet are never part of a name: the run reader
	// splits them off the name after them ("unsere Trainerin Malwine",
	// "Antrenörümüz Kerem"), as it does the German words for relatives
	// (person5_kin.go). The file sorts after person.go, whose init fills
	// nameFlags.
	//
	// In a lower-case text a given name of the gazetteers right after a
	// person noun is a name as it is after a relation word ("nuestra
	// monitora azucena", "ask our cleaner consuelo"): the nouns trigger the
	// lower-case name reader (lowerNameTriggers, titles.go) as relation
	// words do.
	for _, w := range personNouns.keyList() {
		if w == "" {
			continue
		}
		if !lowerNameTriggers.has(w) {
			lowerNameTriggers.or(w, 1<<1|1)
		}
		if v, _ := personNouns.get(w); v&(nounGerman|nounSelf) != 0 {
			r, size := utf8.DecodeRuneInString(w)
			if c := string(unicode.ToUpper(r)) + w[size:]; nameFlagsOf(c) == 0 {
				nameFlags.or(c, uint32(nameStop))
			}
		}
	}
}
