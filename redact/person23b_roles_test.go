package redact

import "testing"

// TestRoleKeys23b checks the role keys of person23b_roles.go on the
// engine: keys of many languages, at a sentence's start, a value a new
// sentence ends, a title before the value, Japanese and Korean values,
// and keys with no colon before a name that ends the line. Own values.
func TestRoleKeys23b(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Latvian courier after a sentence", "Pasūtījums\nGatavs piektdien. Kurjers: Valdis. Zvaniet iepriekš.",
			[]string{"PERSON:Valdis"}},
		{"English key mid-line", "Booking 2231\nBooked for Tuesday. Agent on duty: Priya Nair.",
			[]string{"PERSON:Priya Nair"}},
		{"Swahili craftsman", "Oda\nFundi: Juma. Piga simu kabla.", []string{"PERSON:Juma"}},
		{"Russian master", "Заказ\nМастер: Олег. Позвоните заранее.", []string{"PERSON:Олег"}},
		{"Greek seller, two words", "Παραγγελία\nΠωλητής: Κώστας Παππάς. Ευχαριστούμε.",
			[]string{"PERSON:Κώστας Παππάς"}},
		{"Spanish driver with a title", "Ruta\nChofer: Don Beto. Sale a las ocho.", []string{"PERSON:Don Beto"}},
		{"Italian goldsmith with a title", "Ordine\nOrafo: Maestro Ugo Bassi\nNota: pronto", []string{"PERSON:Maestro Ugo Bassi"}},
		{"Japanese staff", "ご注文\n担当: 佐藤。明日お届けします。", []string{"PERSON:佐藤"}},
		{"Korean technician", "수리 접수\n담당 기사: 김민준. 오전 방문.", []string{"PERSON:김민준"}},
		{"Finnish fitter without a colon", "Lasku\nMaksu käteisellä. Asentaja Pekka.", []string{"PERSON:Pekka"}},
		{"Lithuanian coach without a colon", "Treniruotės\nTreneris Tomas.", []string{"PERSON:Tomas"}},
		{"a brand after a key", "Catalogue\nDesigner: Apple. Size chart below.", nil},
		{"a weekday after a key", "Rota\nDirector: Monday. Room 4.", nil},
		{"a Japanese department", "ご案内\n担当: 営業部。", nil},
		{"a role word inside a sentence", "Notes\nWe thank the driver Oskarine.", nil},
	})
}
