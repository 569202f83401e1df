package redact

import "testing"

// TestStreet25VenueLabel checks that a venue's address under a label
// naming the venue, in the prompt languages, is no person's, and that a
// private label keeps its street (street25_venue.go). Values are made up.
func TestStreet25VenueLabel(t *testing.T) {
	street25Run(t, []street25Case{
		// venues: the street is not masked
		{"italian gym", "Scrivi un post per la lezione di prova. Indirizzo palestra: Via Tortona 31, 20144 Milano.", nil, []string{"Via Tortona 31"}},
		{"italian shop genitive", "Testo per il volantino. Indirizzo del negozio: Corso Buenos Aires 12, Milano.", nil, []string{"Corso Buenos Aires 12"}},
		{"finnish hall genitive", "Kirjoita kutsu. Salin osoite: Hämeenkatu 14, Tampere.", nil, []string{"Hämeenkatu 14"}},
		{"finnish firm genitive", "Tee tiedote. Yrityksen osoite: Kauppakatu 9, Kuopio.", nil, []string{"Kauppakatu 9"}},
		{"turkish studio", "Bir duyuru yaz. Stüdyo adresi: Bağdat Cad. No: 210, Kadıköy.", nil, []string{"Bağdat Cad. No: 210"}},
		{"turkish firm", "Kısa bir tanıtım yaz. Şirket adresi: Cumhuriyet Caddesi No:48, İzmir.", nil, []string{"Cumhuriyet Caddesi No:48"}},
		{"romanian bakery genitive", "Scrie o postare. Adresa patiseriei: Strada Memorandumului 8, Cluj-Napoca.", nil, []string{"Strada Memorandumului 8"}},
		{"serbian cyrillic gym", "Напиши објаву. Адреса теретане: Улица Кнеза Милоша 40, Београд.", nil, []string{"Улица Кнеза Милоша 40"}},
		{"croatian salon", "Napiši objavu. Adresa salona: Ilica 120, Zagreb.", nil, []string{"Ilica 120"}},
		{"indonesian class", "Buat caption. Alamat kelas: Jl. Cikini Raya No. 17, Jakarta.", nil, []string{"Jl. Cikini Raya No. 17"}},
		{"hungarian course", "Írj egy hirdetést. A tanfolyam helye: Király utca 26., Budapest.", nil, []string{"Király utca 26."}},
		{"hungarian bath", "Írj szöveget. A fürdő címe: Dózsa György út 3., Eger.", nil, []string{"Dózsa György út 3."}},
		{"spanish gym genitive", "Escribe un anuncio. Dirección del gimnasio: Calle Alcalá 200, Madrid.", nil, []string{"Calle Alcalá 200"}},
		{"danish compound info", "Skriv et opslag. Butiksinfo: Vestergade 12, 8000 Aarhus C.", nil, []string{"Vestergade 12"}},
		{"german compound", "Schreib einen Text. Kursadresse: Bergstraße 4, 69120 Heidelberg.", nil, []string{"Bergstraße 4"}},
		{"english lower case", "coach ana reyes runs it. academy address 410 w oak st, denton.", nil, []string{"410 w oak st"}},
		{"english label", "Write the flyer text. Studio address: 77 Carlton Street, Bristol.", nil, []string{"77 Carlton Street"}},
		// private labels and people: the street stays masked
		{"home address", "Write to the member. Home address: 77 Carlton Street, Bristol.", []string{"STREET_ADDRESS:77 Carlton Street"}, nil},
		{"italian plain label", "Cliente: Marco Bellini. Indirizzo: Via Tortona 31, 20144 Milano.", []string{"STREET_ADDRESS:Via Tortona 31"}, nil},
		{"turkish customer", "Müşteri adresi: Bağdat Caddesi No: 210, Kadıköy.", []string{"STREET_ADDRESS:Bağdat Caddesi No: 210"}, nil},
		{"indonesian home", "Alamat rumah: Jl. Cikini Raya No. 17, Jakarta.", []string{"STREET_ADDRESS:Jl. Cikini Raya No. 17"}, nil},
		{"swedish children", "Bokning: familjen Berg med tre barn, adress Storgatan 14, 852 30 Sundsvall.", []string{"STREET_ADDRESS:Storgatan 14"}, nil},
		{"barangay", "Pangalan: Liza Ramos. Barangay address: 12 Mabini Street, Taguig.", []string{"STREET_ADDRESS:12 Mabini Street"}, nil},
	})
}

// TestStreet25Parts checks the parts before and after a street that
// street25_parts.go takes into its span, with made-up values.
func TestStreet25Parts(t *testing.T) {
	street25Run(t, []street25Case{
		{"us unit after abbreviation", "Ship to Dana Ruiz, 880 W. Belmont Ave., Unit 3, Chicago, IL 60657",
			[]string{"STREET_ADDRESS:880 W. Belmont Ave., Unit 3"}, nil},
		{"us apt after abbreviation", "Ship to Dana Ruiz, 41 Pine Rd., Apt. 3B, Columbus, OH 43215",
			[]string{"STREET_ADDRESS:41 Pine Rd., Apt. 3B"}, nil},
		{"nigerian number word", "Mail it to Mrs Adaeze Obi, No. 12 Awolowo Road, Ikoyi, Lagos.",
			[]string{"STREET_ADDRESS:No. 12 Awolowo Road"}, nil},
		{"south african erf", "Her address: Erf 1432, 5 Kiewiet Street, Hermanus 7200",
			[]string{"STREET_ADDRESS:Erf 1432, 5 Kiewiet Street"}, nil},
		{"zimbabwe stand", "Deliver to: Stand 4471, 12 Mopane Road, Bulawayo",
			[]string{"STREET_ADDRESS:Stand 4471, 12 Mopane Road"}, nil},
		{"canadian rural route", "Mail it to Paul Roy, RR 3, 455 Chemin des Érables, Wakefield QC J0X 3G0",
			[]string{"STREET_ADDRESS:RR 3, 455 Chemin des Érables"}, nil},
		{"jamaican lot", "Mrs Brown lives at Lot 12, Orchard Heights, Mandeville",
			[]string{"STREET_ADDRESS:Lot 12, Orchard Heights"}, nil},
		{"vietnamese alleys, famous name", "Giao hàng cho chị Lan – số 15 ngõ 102 phố Trường Chinh, Đống Đa, Hà Nội",
			[]string{"STREET_ADDRESS:số 15 ngõ 102 phố Trường Chinh"}, nil},
		{"vietnamese sub-alley", "Giao hàng: Số 7 ngách 12/4 ngõ 55 đường Láng, Đống Đa, Hà Nội",
			[]string{"STREET_ADDRESS:Số 7 ngách 12/4 ngõ 55 đường Láng"}, nil},
		{"saigon hem", "địa chỉ: 25 hẻm 130 Nguyễn Trãi, Quận 1", []string{"STREET_ADDRESS:25 hẻm 130 Nguyễn Trãi"}, nil},
		{"saigon hem unaccented", "dia chi: so 25 hem 130 Nguyen Trai, Quan 1",
			[]string{"STREET_ADDRESS:so 25 hem 130 Nguyen Trai"}, nil},
		{"english them", "I bought them for 5 them 12 Things", nil, []string{"5 them 12 Things"}},
		{"irish townland after a name", "Please post it to Máire Ní Bhriain, Knocknagree, Ballydesmond, Co. Cork P51 X2K4.",
			[]string{"STREET_ADDRESS:Knocknagree", "LOCATION:Ballydesmond"}, nil},
		{"irish numbered street, no type", "Seán Ó Murchú | 086 123 4567 | 12 Cois Locha, Carrigaline, Co. Cork P43 K2W1",
			[]string{"STREET_ADDRESS:12 Cois Locha"}, nil},
		{"irish name before the town", "Name: Mary Walsh, Tullamore, Co. Offaly R35 H2K8", []string{"PERSON:Mary Walsh"}, nil},
		{"jamaican lot and scheme", "- Mrs. Joan Reid (lives Lot 23, Hope Pastures, Kingston 6) wants to book",
			[]string{"STREET_ADDRESS:Lot 23, Hope Pastures"}, nil},
		{"lot, town-named scheme, town", "- Grandma Ivy - Lot 52 Mount Pleasant, Mandeville, Manchester",
			[]string{"STREET_ADDRESS:Lot 52 Mount Pleasant"}, nil},
		{"lot, estate, phase", "new address: Lot 31, Palm Bay Estates, Phase 3, Ocho Rios, St. Ann",
			[]string{"STREET_ADDRESS:Lot 31, Palm Bay Estates, Phase 3"}, nil},
		{"philippine lot and block", "3. Ana Cruz - Lot 7 Blk 3, Phase 1, Greenfields Homes, Brgy. San Isidro, Cainta, Rizal",
			[]string{"STREET_ADDRESS:Lot 7 Blk 3, Phase 1, Greenfields Homes, Brgy. San Isidro"}, nil},
		{"nigerian plot on its own line", "Chief Mrs Bola Ade\nPlot 22, Block 9, Ikota Villa Estate\nLagos",
			[]string{"STREET_ADDRESS:Plot 22, Block 9, Ikota Villa Estate"}, nil},
		{"auction lots", "Auction: Lot 5, Victorian Chair, £20. Lot 6, Oak Table, £45.", nil, []string{"Lot 5, Victorian Chair"}},
		{"lot and a town only", "Lot 12, Kingston, sold.", nil, []string{"Lot 12, Kingston"}},
		{"indonesian estate", "4. Pak Budi – Perumahan Griya Asri Blok D3 No. 12, Depok 16412 – 0812 5555 1234",
			[]string{"STREET_ADDRESS:Perumahan Griya Asri Blok D3 No. 12"}, nil},
		{"indonesian complex", "Alamat: Komplek Permata Hijau Blok B No. 7, Jakarta Selatan",
			[]string{"STREET_ADDRESS:Komplek Permata Hijau Blok B No. 7"}, nil},
		{"indonesian lower case", "kirim ke perum bumi indah blok a2 no 5, tangerang",
			[]string{"STREET_ADDRESS:perum bumi indah blok a2 no 5"}, nil},
		{"block rule in prose", "The B2B block No. 5 rule applies.", nil, []string{"block No. 5"}},
		{"lot in prose stays out", "We sold lot 12, 5 Kiewiet Street went to auction.", nil,
			[]string{"lot 12, 5 Kiewiet Street"}},
	})
}

// street25Case is one text of the session's street tests: the spans Find
// must report ("TYPE:text") and the texts no span may be.
type street25Case struct {
	name, text string
	want, not  []string
}

// street25Run checks each case with gen24Check on one engine.
func street25Run(t *testing.T, cases []street25Case) {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { gen24Check(t, e, c.text, c.want, c.not) })
	}
}
