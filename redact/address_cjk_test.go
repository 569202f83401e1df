package redact

import "testing"

// TestJapaneseKoreanScriptAddresses holds Japanese block addresses and
// postcodes and Korean road addresses and postcodes in their own script,
// and look-alikes: scores, chapters, prices and a business's own address.
func TestJapaneseKoreanScriptAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"jp dashes and building", "住所：東京都渋谷区恵比寿2-14-6 サンハイツ201号室",
			[]string{"LOCATION:東京都", "LOCATION:渋谷区", "STREET_ADDRESS:恵比寿2-14-6 サンハイツ201号室"}},
		{"jp chome banchi go", "〒530-0012 大阪府大阪市北区芝田1丁目3番地5号",
			[]string{"ZIP_CODE:530-0012", "LOCATION:大阪府", "LOCATION:大阪市", "LOCATION:北区", "STREET_ADDRESS:芝田1丁目3番地5号"}},
		{"jp postcode before prefecture", "送付先 160-0023 東京都新宿区西新宿3-7-1",
			[]string{"ZIP_CODE:160-0023", "LOCATION:東京都", "LOCATION:新宿区", "STREET_ADDRESS:西新宿3-7-1"}},
		{"kr road building flat", "주소: 서울특별시 강남구 봉은사로 215, 302동 1104호",
			[]string{"STREET_ADDRESS:봉은사로 215, 302동 1104호"}},
		{"kr side road", "주소: 부산광역시 해운대구 해운대해변로 23길 7",
			[]string{"STREET_ADDRESS:해운대해변로 23길 7"}},
		{"kr postcode label", "우편번호 04524 서울 중구", []string{"ZIP_CODE:04524"}},
		{"kr postcode after road", "- 김민준 님, 올림픽로 88, 송파구, 서울 05551",
			[]string{"PERSON:김민준 님", "STREET_ADDRESS:올림픽로 88", "ZIP_CODE:05551"}},
		{"cn road and number", "地址：北京市朝阳区建国路88号", []string{"LOCATION:北京市", "LOCATION:朝阳区", "STREET_ADDRESS:建国路88号"}},
		{"cn building unit room", "收货地址：上海市浦东新区世纪大道88号3栋2单元502室",
			[]string{"LOCATION:上海市", "LOCATION:浦东新区", "STREET_ADDRESS:世纪大道88号3栋2单元502室"}},
		// Look-alikes.
		{"cn company address", "公司地址：深圳市南山区科技路9号", nil},
		{"cn contestant number", "第3号选手表现很好", nil},
		{"jp score", "試合は3-1で勝利しました", nil},
		{"jp chapter", "第2-3章を読んでください", nil},
		{"jp head office", "本社：大阪市北区梅田1-1-3。", nil},
		{"kr head office", "본사: 서울 중구 세종대로 110", nil},
		{"kr count", "오후 3시에 봐요 12345 명", nil},
	})
}

// TestGreekRussianScriptAddresses holds a Greek street led by a lower-case
// type word in prose and a Russian street with its house after a comma
// and "д.", and a look-alike.
func TestGreekRussianScriptAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"greek lower-case type", "Κατοικεί στην οδό Ερμού 25, 10563 Αθήνα.",
			[]string{"STREET_ADDRESS:οδό Ερμού 25", "ZIP_CODE:10563", "LOCATION:Αθήνα"}},
		{"russian house after comma", "Адрес: ул. Тверская, д. 12, кв. 45, Москва, 125009",
			[]string{"STREET_ADDRESS:ул. Тверская, д. 12, кв. 45", "LOCATION:Москва", "ZIP_CODE:125009"}},
		{"marker after a comma with no lead", "Продукт Альфа, д. 12 штук", nil},
	})
}

// TestVietnameseStreets holds Vietnamese streets with their type after
// the house number, one of which reads as a name too.
func TestVietnameseStreets(t *testing.T) {
	checkFindCases(t, []findCase{
		{"duong", "Địa chỉ: 123 Đường Lê Lợi, Phường Bến Nghé, Quận 1",
			[]string{"STREET_ADDRESS:123 Đường Lê Lợi, Phường Bến Nghé"}}, // the ward as writers label it (street24)
		{"pho", "Giao hàng tới 45 phố Hàng Bạc, Hà Nội", []string{"STREET_ADDRESS:45 phố Hàng Bạc", "LOCATION:Hà Nội"}}, // the city: data/cities_towns.txt (loc23)
	})
}
