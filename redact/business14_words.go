package redact

import "strings"

// The words of business14_org.go: the organisations whose own contact
// data prose names without a footer word (clubs, schools, churches,
// associations, practices, farms …), the labels that head a venue's or a
// firm's line, and the nouns of a desk that an invitation names ("ring
// the club on", "email the office at").

// bizOrgWords are organisation words of a name ("St Anne's Parish",
// "Riverside Tennis Club", "Asociación Vecinal …") that bizTradeWords and
// premisesWords lack, in the languages of the issue and more (lower case
// as lowerASCII leaves them; the Greek ones as written too). They join
// bizTable as bizTrade: a trade word in a chain's head.
const bizOrgWords = `
	clubhouse club-house clubs fc afc rfc society association associations charity foundation council parish
	mosque chapel choir orchestra scouts brigade league federation institute college university
	nursery playgroup preschool pre-school hospice hospital surgery pharmacy chemist bakery farm
	farmshop allotments allotment foodbank food-bank pantry leisure insurance insurers
	mutual cooperative co-op coop sportsclub
	kirche kirchengemeinde gemeinde pfarramt pfarrei moschee bücherei sportverein turnverein
	feuerwehr verband stiftung genossenschaft musikschule tanzschule volkshochschule vhs rathaus
	bürgerbüro gemeindehaus vereinsheim clubhaus sporthalle turnhalle stadthalle krankenhaus klinikum
	versicherung hofladen
	association asso mairie église paroisse mosquée médiathèque collège lycée amicale comité fondation
	mutuelle assurance assurances pharmacie ferme salle gymnase crèche conservatoire théâtre
	colegio asociación asociacion parroquia iglesia mezquita fundación ayuntamiento ateneo
	polideportivo gimnasio granja consultorio guardería instituto cooperativa seguros mutua hermandad
	circolo associazione parrocchia chiesa moschea oratorio panificio fattoria agriturismo ambulatorio
	istituto liceo asilo fondazione polisportiva assicurazioni segreteria
	vereniging kerk parochie moskee stichting clubhuis sportvereniging buurthuis wijkcentrum dorpshuis
	apotheek bakkerij boerderij huisartsenpraktijk tandartspraktijk kinderopvang zwembad sporthal
	volkstuin tuinpark volkstuinvereniging verzekeraar
	escola associação associacao paróquia igreja mesquita clube colégio fundação farmácia consultório
	ginásio creche seguradora
	klub klubu stowarzyszenie stowarzyszenia parafia parafii kościół meczet biblioteka fundacja
	przedszkole apteka piekarnia przychodnia gabinet poradnia spółdzielnia towarzystwo świetlica
	forening förening foreningen föreningen forbund förbund klubb klubben klubbhus klubbhuset klubhus
	klubhuset kirke kirken kyrka kyrkan menighet församling apotek apoteket bageri idrettslag
	idrætsforening stiftelse stiftelsen vårdcentral legekontor barnehage förskola børnehave lokalet
	lokale forsamlingshus grendehus samfunnshus bygdehus
	yhdistys seura kerho koulu kirkko seurakunta kirjasto apteekki leipomo säätiö klinikka päiväkoti
	dernek derneği kulüp kulübü okul okulu camii kilise kütüphane vakıf vakfı eczane
	udruga društvo škola crkva župa knjižnica ljekarna spolek sdružení kostel farnost knihovna lékárna
	spolok združenie
	egyesület egyesülete iskola templom plébánia könyvtár gyógyszertár alapítvány óvoda
	asociația asociatia școala scoala biserica parohia farmacia fundația clubul
	πρακτορείο σύλλογος σχολή σχολείο ενορία εκκλησία φαρμακείο Πρακτορείο Σύλλογος Σχολή Σχολείο
	Ενορία Εκκλησία Φαρμακείο
`

// bizSignWords are more sign-off and signature labels (bizCue): "Our
// sig:", the Romanian "Semnează:", a firm's label ("Company:", "Empresa:").
const bizSignWords = `
	sig semnează semneaza company empresa entreprise société societe unternehmen bedrijf azienda
	organisation organization organisator organiser organizer veranstalter organisateur organizador
	organizzatore arrangør arrangör järjestäjä organizator
`

// bizContactWords are more contact labels (bizWeak): Turkish, Greek and
// a few more.
const bizContactWords = `iletişim İletişim επικοινωνία Επικοινωνία kapcsolat kontaktai kontakts`

// orgVenueLabels are the labels, lower case without their colon, of an
// event's venue or meeting point and of a place ("Venue:", "Where:",
// "Treffpunkt:", "Local:"): a chain right after one that opens its line
// or its sentence is a venue's, unless a customer's, a delivery's or a
// person's word stands in its clause. A field of a person's record
// ("Ort:", "Location:", "Lieu:") is none of them.
var orgVenueLabels = boolTable(map[string]bool{
	"where": true, "venue": true, "treffpunkt": true, "veranstaltungsort": true, "rendez-vous": true, "local": true,
	"ritrovo": true, "sede": true, "verzamelpunt": true, "oppmøte": true, "oppmøtested": true, "mødested": true,
	"samlingsplats": true, "kokoontuminen": true, "zbiórka": true, "drop-off": true, "dropoff": true, "pick-up": true,
	"pickup": true, "abholort": true, "abholung": true, "lokalizacja": true,
})

// orgDeskNouns are the desks an invitation names after "the" or "our"
// that premisesWords and bizTable lack: "text our team on", "email the
// secretary at".
var orgDeskNouns = boolTable(map[string]bool{
	"team": true, "staff": true, "desk": true, "secretary": true, "committee": true, "organisers": true,
	"organizers": true, "front": true, "box": true, "ticket": true, "tickets": true, "bar": true, "kitchen": true,
})

// orgRoleNouns are the people whom a chain's clause may name before an
// organisation that heads the chain without making the chain theirs:
// "for the patients of the … Clinic (…)", "members of … Club, …".
var orgRoleNouns = boolTable(map[string]bool{
	"patient": true, "patients": true, "patiente": true, "paciente": true, "pacientes": true, "paziente": true,
	"pazienti": true, "patiënt": true, "patiënten": true, "guest": true, "guests": true, "member": true,
	"members": true, "lead": true, "leads": true, "applicant": true, "applicants": true, "subscriber": true,
	"subscribers": true, "donor": true, "donors": true, "winner": true, "winners": true, "student": true,
	"students": true, "pupil": true, "pupils": true, "attendee": true, "name": true, "nom": true, "nombre": true,
	"nome": true, "naam": true, "navn": true, "namn": true, "whatsapp": true, "telegram": true, "signal": true,
	"viber": true, "mobile": true, "mobil": true, "mobiel": true, "cell": true, "móvil": true, "movil": true,
	"cellulare": true, "celular": true, "recipient": true, "recipients": true, "buyer": true, "buyers": true,
})

// orgCopulas are the verbs "is" of a few languages: "<org word> is <its
// name>, <address>" ("the farm is …", "il circolo è …").
var orgCopulas = boolTable(map[string]bool{
	"is": true, "es": true, "ist": true, "est": true, "è": true, "er": true, "är": true, "jest": true, "é": true,
	"was": true, "=": true,
})

// bizWords14 joins the word lists above to bizTable (business12_block.go)
// with their kinds.
func bizWords14(or func(string, uint32)) {
	for _, l := range []struct {
		words string
		kind  uint32
	}{{bizOrgWords, bizTrade}, {bizSignWords, bizCue}, {bizContactWords, bizWeak}} {
		for w := range strings.FieldsSeq(l.words) {
			or(w, l.kind)
		}
	}
}
