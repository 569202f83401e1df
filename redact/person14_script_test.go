package redact

import (
	"bufio"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestScriptNames checks names written in their own script, and words in
// those scripts that are no names: institutions, places, headings,
// greetings, titles alone. The values are written for this test.
func TestScriptNames(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// Cyrillic.
		{"ru given family in an English slot", "Please send the voucher to Иван Петров and Олена Коваленко.", []string{"Иван Петров", "Олена Коваленко"}},
		{"ru label given patronymic family", "Клиент: Анна Сергеевна Иванова, заказ 42", []string{"Анна Сергеевна Иванова"}},
		{"ru family given patronymic", "ФИО: Кузнецов Дмитрий Олегович", []string{"Кузнецов Дмитрий Олегович"}},
		{"ru greeting given patronymic", "Уважаемый Сергей Николаевич, спасибо за заказ.", []string{"Сергей Николаевич"}},
		{"ru title family", "г-жа Смирнова подтвердила заказ.", []string{"г-жа Смирнова"}},
		{"uk honorific vocative", "Шановна Оксано, ваш заказ готовий.", []string{"Оксано"}},
		{"uk given family", "Отримувач: Тарас Бондарчук", []string{"Тарас Бондарчук"}},
		{"ru sentence start", "Иван Петров пришёл вчера.", []string{"Иван Петров"}},
		{"bg given family", "Поръчката е за Георги Димитров.", []string{"Георги Димитров"}},
		{"ru genitive", "Ответ от Ирины Сергеевны Кузнецовой пришёл вчера.", []string{"Ирины Сергеевны Кузнецовой"}},
		{"ru instrumental", "Мы поговорили с Петром Ковальским.", []string{"Петром Ковальским"}},
		{"hy dative", "Ուղարկեք նամակ Արամ Պետրոսյանին", []string{"Արամ Պետրոսյանին"}},
		{"ru greeting comma", "Привет, Анна! Ваш заказ готов.", []string{"Анна"}},
		{"uk greeting comma vocative", "Привіт, Тарасе! Ваше замовлення готове.", []string{"Тарасе"}},
		{"ru greeting comma city", "Привет, Москва!", nil},
		{"sr given family", "Пошаљите поклон за Јован Петровић.", []string{"Јован Петровић"}},
		{"kk given patronymic", "Клиент: Айгүл Серікқызы", []string{"Айгүл Серікқызы"}},
		{"ru street and city", "Москва, улица Ленина, дом 5", nil},
		{"ru institutions", "Банк Русский Стандарт и ООО Ромашка", nil},
		{"ru month and city", "Привет! Как дела? Мы встретимся в Санкт-Петербурге в Мае.", nil},
		{"ru heading", "Новости Недели: Итоги Года", nil},
		{"ru lone given name", "Вера в успех.", nil},
		// Greek and Armenian.
		{"el title given family", "Η κυρία Μαρία Παπαδοπούλου ήρθε.", []string{"κυρία Μαρία Παπαδοπούλου"}},
		{"hy dear given family", "Dear Գոհար Հակոբյան, thank you", []string{"Գոհար Հակոբյան"}},
		{"el vocative after a greeting", "Αγαπητέ Κώστα, σας ευχαριστούμε.", []string{"Κώστα"}},
		{"el genitive given family", "Η παραγγελία του Νικολάου Παπαδάκη έφτασε.", []string{"Νικολάου Παπαδάκη"}},
		{"el bank", "Τράπεζα Πειραιώς", nil},
		// Korean.
		{"ko honorific and particle", "고객 김민준 님께 쿠폰을 보내주세요", []string{"김민준 님"}},
		{"ko attached honorific and particle", "최유진님께 연락 부탁드립니다.", []string{"최유진님"}},
		{"ko customer honorific particle", "한도윤 고객님이 문의하셨습니다.", []string{"한도윤 고객님"}},
		{"ko label", "이름: 박서윤", []string{"박서윤"}},
		{"ko no label", "고객 정보를 확인해 주세요", nil},
		{"ko title", "사장님께 보고했습니다.", nil},
		// Japanese and Chinese.
		{"ja honorific, no trailing space", "佐藤 花子 様へ", []string{"佐藤 花子 様"}},
		{"ja label", "氏名: 山田 太郎", []string{"山田 太郎"}},
		{"ja label, given name in hiragana", "お名前：鈴木 さくら\n電話：別紙", []string{"鈴木 さくら"}},
		{"zh label", "姓名：王伟，电话：请见附件", []string{"王伟"}},
		{"zh label after a full-width comma", "请寄到以下地址，收件人：刘晓明，电话见下。", []string{"刘晓明"}},
		{"zh honorific", "请把优惠券寄给张伟明先生。", []string{"张伟明先生"}},
		{"zh two names in one run", "请通知王伟先生和李娜女士。", []string{"王伟先生", "李娜女士"}},
		{"zh after a verb", "请把发票寄给刘晓明，谢谢。", []string{"刘晓明"}},
		{"zh after a verb, a noun", "请联系客服。", nil},
		{"zh after a verb, a label", "联系方式：见附件", nil},
		{"zh after a verb, a common noun", "请通知时间变更。", nil},
		{"zh husband", "告诉我先生一声", nil},
		{"zh surname alone", "请问李先生在吗", nil},
		// Arabic, Persian, Hebrew, Georgian, Devanagari, Thai.
		{"ar title given family", "عزيزي السيد أحمد الخطيب، شكرا", []string{"أحمد الخطيب"}},
		{"fa title given family", "آقای علی رضایی سفارش داد", []string{"علی رضایی"}},
		{"he title given family", "שלום מר דוד כהן", []string{"דוד כהן"}},
		{"ka title given family", "გთხოვთ გაუგზავნოთ ბატონ გიორგი ბერიძეს", []string{"გიორგი ბერიძეს"}},
		{"hi title given family", "श्रीमती सुनीता शर्मा को भेजें", []string{"सुनीता शर्मा"}},
		{"th title given family", "ส่งให้คุณสมชาย ใจดี ด้วยครับ", []string{"คุณสมชาย ใจดี"}},
		{"th thanks", "ขอบคุณครับ", nil},
		{"he greeting all", "שלום לכולם", nil},
		{"ar title before a noun", "السيد الرئيس يصل غدا", nil},
		{"fa title before an adjective", "آقای محترم، سلام", nil},
		{"he title before a noun", "מר המנהל יחזור מחר", nil},
		{"zh manager", "尊敬的女士们先生们", nil},
		{"th quality", "สินค้าคุณภาพดี ราคาถูก", nil},
		{"ru novel title and company", "Компания Яндекс запустила сервис Алиса Про.", nil},
		{"ru holiday", "Поздравляем с Днём Победы!", nil},
		{"ar no name", "نحن نقدم خدمة العملاء", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				if s.Type == "PERSON" {
					got = append(got, tc.text[s.Start:s.End])
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Find(%q) PERSON = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestScriptNamesInSync checks that data/names_script_given.bin and
// data/names_script_family.bin hold the keys of data/names_script.txt as
// scriptKey makes them.
func TestScriptNamesInSync(t *testing.T) {
	f, err := os.Open("data/names_script.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sec, n := "", 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case l == "" || l[0] == '#':
		case l == "[given]" || l == "[family]":
			sec = l
		default:
			k := string(scriptKey(l, nil))
			if sec == "[given]" && !scriptGivenKnown(k) || sec == "[family]" && !scriptFamilyKnown(k) {
				t.Fatalf("%s %q (key %q) not in its .bin: run gen/gen-names-script.mjs", sec, l, k)
			}
			n++
		}
	}
	if n < 20000 || len(scriptGivenHashes)%4 != 0 || len(scriptFamilyHashes)%4 != 0 {
		t.Fatalf("%d names, .bin sizes %d and %d", n, len(scriptGivenHashes), len(scriptFamilyHashes))
	}
	for _, w := range []string{"банк", "the", "москва", "", "ооо"} {
		if scriptGivenKnown(w) || scriptFamilyKnown(w) {
			t.Errorf("%q is in names_script, want not", w)
		}
	}
}

// TestScriptNamesMixed runs Find over texts of random words of the scripts
// scriptNames reads, titles, labels, honorifics and punctuation, and checks
// that every PERSON span is valid UTF-8 on rune boundaries, with no space
// at either end.
func TestScriptNamesMixed(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	parts := []string{"Иван", "Петров", "Сергеевна", "г-жа", "Имя:", "Банк", "Привет,", "Κώστας", "κυρία", "Παπαδοπούλου",
		"Արամ", "Պետրոսյան", "ბატონ", "გიორგი", "ბერიძე", "מר", "דוד", "כהן", "السيد", "أحمد", "الخطيب", "آقای", "رضایی",
		"श्री", "सुनीता", "को", "নাম:", "คุณสมชาย", "ใจดี", "姓名：", "王伟", "先生", "女士", "请", "이름:", "김민준", "님께",
		"佐藤", "様", "お名前：", "さくら", "to", "Dear", ",", ":", "：", "\n", "-", "'", "ё", "\u3000", "a", "Ñ", "\xff"}
	rng := rand.New(rand.NewPCG(14, 17))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(8) + 1; k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		for _, s := range e.Find(text) {
			if s.Type != "PERSON" {
				continue
			}
			v := text[s.Start:s.End]
			if s.Start >= s.End || !utf8.ValidString(v) && utf8.ValidString(text) || strings.TrimSpace(v) != v {
				t.Fatalf("Find(%q): bad PERSON span %d:%d %q", text, s.Start, s.End, v)
			}
		}
	}
}

// TestScriptNamesLongList checks that a long list of names in Cyrillic
// letters is read in linear time: every name found.
func TestScriptNamesLongList(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for k := 0; k < 5000; k++ {
		b.WriteString("Иван Петров, Олена Коваленко и Тарас Бондарчук, ")
	}
	n := 0
	for _, s := range e.Find(b.String()) {
		if s.Type == "PERSON" {
			n++
		}
	}
	if n != 15000 {
		t.Errorf("found %d names, want 15000", n)
	}
}
