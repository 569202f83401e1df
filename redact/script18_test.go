package redact

import (
	"strings"
	"testing"
)

// TestScript18Names checks names in non-Latin scripts in the places
// prompts put them: after a name label, before or after an honorific,
// after a kinship word, with a particle or a case ending attached, and
// words of those scripts that are no names (companies, places, products,
// honorifics alone). Korean, Japanese and Chinese particles stay outside
// the span. The values are written for this test.
func TestScript18Names(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	found, want, falseAlarms := 0, 0, 0
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// Korean.
		{"ko my name is, copula", "제 이름은 정수아입니다. 예약 부탁드려요.", []string{"정수아"}},
		{"ko child's name is, connective", "아기 이름은 이도윤이고 다음 달에 돌이에요.", []string{"이도윤"}},
		{"ko name topic, plain", "환자 이름은 홍가람, 나이는 일곱 살이에요.", []string{"홍가람"}},
		{"ko kin word, subject particle", "남편 한승우가 대신 갈 거예요.", []string{"한승우"}},
		{"ko kin word, honorific", "딸 윤지아 양이 참석합니다.", []string{"윤지아"}},
		{"ko dative", "예약 확인은 송민재에게 보내 주세요.", []string{"송민재"}},
		{"ko label full-width colon", "성함：임채원\n연락처：별도", []string{"임채원"}},
		{"ko name is later", "이름은 나중에 알려드릴게요.", nil},
		{"ko company", "주식회사 한빛소프트에 문의해 주세요.", nil},
		{"ko food", "김치찌개를 주문했어요.", nil},
		{"ko teacher dative", "선생님에게 물어보세요.", nil},
		{"ko honorific alone", "고객님, 감사합니다.", nil},
		{"ko place", "서울시 마포구 합정동으로 배송해 주세요.", nil},
		// Japanese.
		{"ja guest label, gloss, honorific", "ゲスト：田中 美咲（Misaki Tanaka）さん、38歳", []string{"田中 美咲", "Misaki Tanaka"}},
		{"ja kin の, gloss before honorific", "ご主人の山本 健太（Kenta）さんも来ます。", []string{"山本 健太", "Kenta"}},
		{"ja honorific then particle", "中村さんに連絡してください。", []string{"中村さん"}},
		{"ja full name, particle は", "担当の小林 直樹様は明日不在です。", []string{"小林 直樹様"}},
		{"ja speaker label", "講師：高橋 誠", []string{"高橋 誠"}},
		{"ja repeated kanji in a family name", "申込者：佐々木 翔太", []string{"佐々木 翔太"}},
		{"ja family name alone after a label", "担当：井上\n電話：内線", []string{"井上"}},
		{"ja katakana after a label", "お名前：ワタナベ ユウキ", []string{"ワタナベ ユウキ"}},
		{"ja katakana product after a product label", "商品名：ワイヤレス イヤホン", nil},
		{"ja department after a label", "担当：営業部", nil},
		{"ja company", "株式会社山田商事様へ請求書を送付", nil},
		{"ja everyone", "皆様、お客様各位", nil},
		{"ja place", "東京都渋谷区で開催します。", nil},
		// Chinese.
		{"zh my name is", "您好，我叫李明轩，想预约周六。", []string{"李明轩"}},
		{"zh kin word", "她女儿叫林可欣，今年五岁。", []string{"林可欣"}},
		{"zh label", "联系人：陈思远", []string{"陈思远"}},
		{"zh my name is, long form", "我的名字是张子涵。", []string{"张子涵"}},
		{"zh university and bank", "北京大学旁边的中国银行", nil},
		{"zh company", "请联系王氏集团有限公司。", nil},
		// Arabic.
		{"ar label kunya, full name in parentheses", "الاسم: أم يوسف (سلمى العلي)\nالهاتف: لاحقا", []string{"أم يوسف", "سلمى العلي"}},
		{"ar kunya after husband", "زوجها أبو يوسف يحب القهوة.", []string{"أبو يوسف"}},
		{"ar son with pronoun", "وابنها يوسف عمره عشر سنوات.", []string{"يوسف"}},
		{"ar kunya-shaped place", "الفرع الجديد في أبو ظبي.", nil},
		{"ar given name and nasab", "أحمد بن سالم الكعبي سيحضر.", []string{"أحمد بن سالم الكعبي"}},
		{"ar title, given name, nasab", "السيدة فاطمة بنت علي", []string{"فاطمة بنت علي"}},
		{"ar label, compound given name", "اسم العميل: محمد عبد الله", []string{"محمد عبد الله"}},
		{"ar company", "شركة النور للتجارة", nil},
		{"ar city", "مدينة الرياض", nil},
		// Cyrillic.
		{"uk daughter genitive", "Подарунок для доньки Марії, їй 10.", []string{"Марії"}},
		{"uk son genitive", "Телефон сина Андрія не відповідає.", []string{"Андрія"}},
		{"ru daughter genitive", "Это для дочери Ксении.", []string{"Ксении"}},
		{"ru client label", "Клиентка: Дарина Бойко, тел. ниже", []string{"Дарина Бойко"}},
		{"uk nickname in quotes in parentheses", "Клієнтка: Ірина Бойко («Іра»), тел. нижче", []string{"Ірина Бойко", "Іра"}},
		{"ru they call her", "Её зовут Ольга.", []string{"Ольга"}},
		{"uk gift for a city", "Подарунок для Києва.", nil},
		{"ru quoted company after a name", "Директор: Анна Орлова, компания «Ромашка»", []string{"Анна Орлова"}},
		// Greek.
		{"el full-name label", "Ονοματεπώνυμο: Δημήτρης Αντωνίου", []string{"Δημήτρης Αντωνίου"}},
		{"el Mrs abbreviation", "Η κα Παπαδοπούλου τηλεφώνησε.", []string{"κα Παπαδοπούλου"}},
		{"el son genitive", "Το δώρο του γιου της Γιώργου.", []string{"Γιώργου"}},
		{"el daughter, possessive, article", "Η κόρη μου η Ελένη έρχεται.", []string{"Ελένη"}},
		{"ja counter before a name", "・12月3日 2名 野々村 理沙様（電話は別紙）", []string{"野々村 理沙様"}},
		{"el nationality in parentheses", "Κα Σοφία Δημητρίου (Αθηναία), τηλ. 210", []string{"Κα Σοφία Δημητρίου"}},
		{"el nickname in quotes", "- κα Ευαγγελία Παπαδάκη («Εύη») – γιορτάζει αύριο", []string{"κα Ευαγγελία Παπαδάκη", "Εύη"}},
		{"el place", "Στην Αθήνα και την Πάτρα.", nil},
		// Hebrew.
		{"he name label", "שם: יעל לוי", []string{"יעל לוי"}},
		{"he Mrs", "גב' רחל כהן תגיע מחר.", []string{"רחל כהן"}},
		{"he husband", "בעלה דני יגיע מחר.", []string{"דני"}},
		{"he daughter, possessive", "הבת שלי נועה בת שש.", []string{"נועה"}},
		{"he client label, unknown family name", "לקוחה: מיכל אברהם", []string{"מיכל אברהם"}},
		{"he husband of the manager", "בעלה של המנהלת יגיע.", nil},
		{"he city", "תל אביב", nil},
		// Indic.
		{"hi name label", "नाम: राहुल वर्मा", []string{"राहुल वर्मा"}},
		{"hi Shri", "श्री अमित कुमार को धन्यवाद।", []string{"अमित कुमार"}},
		{"bn name label", "নাম: রাহুল দাস", []string{"রাহুল দাস"}},
		{"ta name label", "பெயர்: முருகன் சுப்பிரமணியம்", []string{"முருகன் சுப்பிரமணியம்"}},
		{"hi city", "दिल्ली में मिलते हैं।", nil},
		// Thai.
		{"th name label", "ชื่อ: สมศรี มีสุข", []string{"สมศรี มีสุข"}},
		{"th Miss", "นางสาวมาลี ใจงาม จองโต๊ะไว้", []string{"มาลี ใจงาม"}},
		{"th place", "กรุงเทพมหานคร", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				if s.Type == "PERSON" {
					got = append(got, tc.text[s.Start:s.End])
				}
			}
			want += len(tc.want)
			for _, g := range got {
				if containsStr(tc.want, g) {
					found++
				} else {
					falseAlarms++
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Find(%q) PERSON = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
	t.Logf("found %d of %d names, %d false alarms", found, want, falseAlarms)
}

// containsStr reports whether list holds s.
func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestScript18JapaneseKin checks Japanese given names after a kinship
// noun with a child's honorific, and the Latin gloss of a name.
func TestScript18JapaneseKin(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"・木村 優子 様(娘 ひまりちゃん 6歳)", []string{"木村 優子 様", "ひまりちゃん"}},
		{"長男の蒼太くんも参加します。", []string{"蒼太くん"}},
		{"息子 大翔くん(4歳)", []string{"大翔くん"}},
		{"ご主人の森 浩二（Koji）さん", []string{"森 浩二", "Koji"}},
		{"娘のおもちゃを返品したい。", nil},
		{"赤ちゃんの写真", nil},
		{"妹のお姉ちゃん", nil},
	} {
		var got []string
		for _, s := range e.Find(tc.text) {
			if s.Type == "PERSON" {
				got = append(got, tc.text[s.Start:s.End])
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Find(%q) PERSON = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestScript18CyrillicPair checks a couple written with one family name.
func TestScript18CyrillicPair(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Учасники: Ігор і Ганна Ткачук, тел. нижче.", []string{"Ігор", "Ганна Ткачук"}},
		{"Приходили Игорь и Анна Смирновы.", []string{"Игорь", "Анна Смирновы"}},
		{"Банк і Пошта працюють.", nil},
		{"Прийдуть Остап і Христина Гнатик, тел. нижче.", []string{"Остап", "Христина Гнатик"}},
	} {
		var got []string
		for _, s := range e.Find(tc.text) {
			if s.Type == "PERSON" {
				got = append(got, tc.text[s.Start:s.End])
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Find(%q) PERSON = %q, want %q", tc.text, got, tc.want)
		}
	}
}
