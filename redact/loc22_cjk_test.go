package redact

import "testing"

// TestKoreanJapaneseUnits holds Korean cities and districts before a road
// address (not after it), Japanese prefectures and cities before 在住,
// and a shop's sender line.
func TestKoreanJapaneseUnits(t *testing.T) {
	checkFindCases(t, []findCase{
		{"city and district before the road", "- 최민수 님 010-2233-4455, 부산광역시 해운대구 센텀중앙로 97, 1203호",
			[]string{"PERSON:최민수 님", "PHONE_NUMBER:010-2233-4455", "LOCATION:부산광역시", "LOCATION:해운대구",
				"STREET_ADDRESS:센텀중앙로 97, 1203호"}},
		{"district and city after the building", "- 정하은 님, 센텀중앙로 97, 1203호, 해운대구, 부산 48058",
			[]string{"PERSON:정하은 님", "STREET_ADDRESS:센텀중앙로 97, 1203호", "ZIP_CODE:48058"}},
		{"a shop's sender line", "발신: 빵집 소금, 부산 해운대구 센텀중앙로 97, 051-000-0000",
			[]string{"STREET_ADDRESS:센텀중앙로 97"}},
		{"prefecture and city before 在住", "ゲスト：山田 太郎さん、52歳、長野県松本市在住の農家",
			[]string{"PERSON:山田 太郎さん", "AGE:52歳", "LOCATION:長野県", "LOCATION:松本市"}},
		{"city before 在住 after an e-mail address", "2. 田中 花子様 — hanako@example.jp — 静岡市在住",
			[]string{"PERSON:田中 花子様", "EMAIL_ADDRESS:hanako@example.jp", "LOCATION:静岡市"}},
	})
}
