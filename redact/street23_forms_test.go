package redact

import "testing"

// TestStreet23Forms checks the street forms of street23_forms.go and the
// parts session 23 added to the tails and heads of a street, and the
// words they leave out.
func TestStreet23Forms(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		// South Slavic streets whose name opens in lower case, in both scripts
		{"Kupac: Jelena Marić, Bulevar despota Stefana 14, stan 6, 11000 Beograd", []string{"Bulevar despota Stefana 14, stan 6"}},
		{"Клијент: Ненад Илић, Булевар краља Александра 120, стан 9, 11000 Београд", []string{"Булевар краља Александра 120, стан 9"}},
		{"Adresa: Ulica kneza Branimira 7, 31000 Osijek", []string{"Ulica kneza Branimira 7"}},
		{"Ulica sreće 5 dana kasnije", nil},
		// Albanian blocks of flats, their stair and flat
		{"Klienti: Arben Dervishi, Rruga Sami Frashëri, Pallati 7, Shk. 1, Ap. 12, Tiranë", []string{"Rruga Sami Frashëri, Pallati 7, Shk. 1, Ap. 12"}},
		// flats, floors and buildings after the number
		{"Adresse: Kirkeveien 40 A, leil. H0201, 0368 Oslo", []string{"Kirkeveien 40 A, leil. H0201"}},
		{"Adrese: Brīvības iela 88 k-3, dz. 14, Rīga", []string{"Brīvības iela 88 k-3, dz. 14"}},
		{"Indirizzo: Via Garibaldi 12, scala C, int. 9, 10122 Torino", []string{"Via Garibaldi 12, scala C, int. 9"}},
		{"Adreça: C/ de Mallorca, 140, pral. 1a, 08036 Barcelona", []string{"C/ de Mallorca, 140, pral. 1a"}},
		{"Dirección: Av. Santa Fe 2100 piso 3 dto A, Recoleta", []string{"Av. Santa Fe 2100 piso 3 dto A"}},
		{"Anschrift: Bergmannstraße 12, Hinterhof 3. OG, 10961 Berlin", []string{"Bergmannstraße 12, Hinterhof 3. OG"}},
		{"Cím: Kossuth u. 4. 3/11, 6720 Szeged", []string{"Kossuth u. 4. 3/11"}},
		{"Vásárló: Tóth Anna – Rákóczi u. 56., 3300 Eger", []string{"Rákóczi u. 56."}},
		{"Adresse: Skovvej 12, st., 8000 Aarhus C", []string{"Skovvej 12, st."}},
		{"Levering: Møllevej 4, kld., 5000 Odense C", []string{"Møllevej 4, kld."}},
		{"Kund: Storgatan 14, St. Heddinge", []string{"Storgatan 14"}},
		{"Alamat: Jl. Cempaka No. 8, RT 03/RW 11, Depok", []string{"Jl. Cempaka No. 8, RT 03/RW 11"}},
		{"Helbidea: Kale Nagusia 3? Ez: Zumalakarregi kalea 9, 2. esk., 20400 Tolosa", []string{"Zumalakarregi kalea 9, 2. esk."}},
		// village streets, Brazilian blocks and lots, numbered Turkish streets
		{"Adresse: Karby Bygade 7, 7970 Redsted M", []string{"Karby Bygade 7"}},
		{"Kunde: Ole Dam, Byvej 11, 4690 Haslev", []string{"Byvej 11"}},
		{"Endereço: Rua 14, Qd. 30, Lt. 9, Setor Sul, Goiânia", []string{"Rua 14, Qd. 30, Lt. 9"}},
		{"Adres: Cumhuriyet Mah. 3012 Sk. No:8, Buca", []string{"Cumhuriyet Mah. 3012 Sk. No:8"}},
		{"Toplam 2024 Sk. No:8 değil", nil},
		// what a number after "No." numbers, the Vietnamese "Số"
		{"Address: Flat No. 12B, 4th Cross Road, Jayanagar, Bengaluru", []string{"Flat No. 12B, 4th Cross Road"}},
		{"Address: Old No. 4, New No. 9, Kamaraj Salai, Chennai", []string{"Old No. 4, New No. 9, Kamaraj Salai"}},
		{"Địa chỉ: Số 17 Đường Lê Lợi, Huế", []string{"Số 17 Đường Lê Lợi"}},
		// a house's name after the last preposition of a long sentence
		{"Thanks for the lovely evening! Please send the programmes to Aled at Tŷ Coch, 7 Heol y Bont, Bala LL23 7AB", []string{"Tŷ Coch, 7 Heol y Bont"}},
		// a street named for someone outscores the person detector
		{"Mrs Ngozi Eze, Plot 14, Obafemi Awolowo Way, Ikeja", []string{"Plot 14, Obafemi Awolowo Way"}},
		// Ghana Post GPS addresses with their name only
		{"Customer lives in Tema, GPS address GT-123-4567.", []string{"GT-123-4567"}},
		{"Please quote ref AB-123-4567 when you call.", nil},
	})
}

// TestNameHeadPerson23 checks that a customer's name the person detector
// did not read whole keeps the address after it masked (biz21_namehead.go).
func TestNameHeadPerson23(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"Gäst 2: Máret Sara-Labba, Kungsgatan 12 lgh 1101, 972 31 Luleå, 070-123 45 67", []string{"Kungsgatan 12 lgh 1101"}},
		{"Ubiratã Tupinambá da Costa — Rua das Laranjeiras, 88, apto 302, Laranjeiras", []string{"Rua das Laranjeiras, 88, apto 302"}},
	})
}

// TestStreetCell23 checks that an address column's cell with no number
// and no capital is no address (table.go).
func TestStreetCell23(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"| Customer | Delivery address |\n|---|---|\n| Mr Lim Boon Keng | pick up in store |\n| Ms Aisha Rahman | 12 Jalan Besar, #03-11 |", []string{"12 Jalan Besar, #03-11"}},
	})
}
