package redact

import "testing"

// TestScript24 checks script24's rules on the engine with values written
// for it (none of the sets' strings): names glossed in another script,
// titles and family names joined to their name, Vietnamese names after a
// form of address, kin words with a clitic possessive, order leads with
// a colon, role keys after a comma and the French spaced colon; and the
// look-alikes that stay no names.
func TestScript24(t *testing.T) {
	checkFindCases(t, []findCase{
		{"kanji gloss after a Latin name", "Guests\nBooked by Kato Yuki (加藤 由紀), room 4",
			[]string{"PERSON:Kato Yuki", "PERSON:加藤 由紀"}},
		{"Hangul gloss after a Latin name", "Roster\nKim Ji-ho (김지호), 31",
			[]string{"PERSON:Kim Ji-ho", "PERSON:김지호"}},
		{"Chinese gloss after a Latin name", "Guests\nGuest: Chen Wei (陈伟)",
			[]string{"PERSON:Chen Wei", "PERSON:陈伟"}},
		{"kanji name before its romanisation", "Reserva\nTitular: 山田 太郎 (Yamada Taro)",
			[]string{"PERSON:山田 太郎"}},
		{"kanji name after a holder's label", "Reserva\nTitular: 鈴木 花子\nTaula per a 4",
			[]string{"PERSON:鈴木 花子"}},
		{"kanji name with a space after a role key", "配送\n担当: 佐藤 遥\n明日", []string{"PERSON:佐藤 遥"}},
		{"Hangul name with a space after a guest label", "Rooms\nGuest: 박 지민", []string{"PERSON:박 지민"}},
		{"Korean family name before a kin word", "배송 메모\n- 박 할머니, 손자가 대신 수령", []string{"PERSON:박 할머니"}},
		{"Korean family name before a title and a particle", "메모\n김 선생님께 전달", []string{"PERSON:김 선생님"}},
		{"a Korean demonstrative before a title", "메모\n이 선생님께 전달", nil},
		{"a Greek place in brackets after a name", "Μουσικοί\n- Nikos Vlachos (Κρήτη), λύρα",
			[]string{"PERSON:Nikos Vlachos"}},
		{"a kanji place before an English gloss", "Trip\n東京 駅 (Tokyo Station) at 9",
			nil},
		{"a title read as its own span", "Safari\nMteja: Bw. Juma Mwangi",
			[]string{"PERSON:Bw. Juma Mwangi"}},
		{"family, comma, given", "Staff\nPayroll: Lefebvre-Dubois, Mathilde - ref 44",
			[]string{"PERSON:Lefebvre-Dubois, Mathilde"}},
		{"two given names in a list stay two", "Staff\nAttendees: Anna, Maria",
			[]string{"PERSON:Anna", "PERSON:Maria"}},
		{"a title in brackets after the name", "Visa\nApplicant: Lela Gelashvili (Ms), born in Tbilisi",
			[]string{"PERSON:Lela Gelashvili (Ms)"}},
		{"initials as a nickname", "Club\nCustomer: Mr. Dwayne \"A.J.\" Holloway",
			[]string{"PERSON:Mr. Dwayne \"A.J.\" Holloway"}},
		{"Vietnamese name after chị", "Ghi chú\nvợ tôi là chị Trần Thị Thu Hà cũng muốn",
			[]string{"PERSON:chị Trần Thị Thu Hà"}},
		{"Vietnamese given name widened over its family name", "Ghi chú\nem Lê Thị Mai sẽ đến nhận",
			[]string{"PERSON:em Lê Thị Mai"}},
		{"Bulgarian kin word with a clitic", "Бележки\nза дъщеря си Милена", []string{"PERSON:Милена"}},
		{"Cyrillic order lead", "Поръчки\nПоръчка 1192: Мехмед Али Хасанов, за сина си Борис",
			[]string{"PERSON:Мехмед Али Хасанов", "PERSON:Борис"}},
		{"Cyrillic chapter lead stays no name", "Книга\nГлава 2: Война и Мир", nil},
		{"role key after a comma", "Sessão\nbraço esquerdo, tatuador: Mateus", []string{"PERSON:Mateus"}},
		{"French spaced colon", "RDV\ntatoueuse : Léa", []string{"PERSON:Léa"}},
		{"Filipino kin title", "Salamat\nThanks Mommy Joy and Ate Maricel!", []string{"PERSON:Mommy Joy", "PERSON:Ate Maricel"}},
		{"an English verb before a brand", "Notes\nI ate Pizza Hut twice", nil},
		{"Coach as a title", "Camp\nDirector: Coach Marcus Bell", []string{"PERSON:Coach Marcus Bell"}},
	})
}
