package redact

import (
	"strings"
	"unicode/utf8"
)

// Names in scripts without capitals, whose words are separated by spaces:
// Hebrew, Arabic (Arabic, Persian, Urdu, Kurdish), Georgian, Devanagari
// and Bengali. Nothing marks a name's start but the words around it, so
// uncasedScriptName takes, at a word's start i:
//   - after a title or name label in the script ("السيد", "آقای", "מר",
//     "ბატონი", "श्रीमती", "নাম:"): the word there, and the next one
//     or two when they are known names (data/names_script.txt) or family
//     names by their form (Arabic "ال…", Georgian "-ძე", "-შვილი");
//   - after a Latin word that takes a person ("to", "Dear", "Name:"): a
//     known given or family name and the next such words;
//   - anywhere: a known given name and a known family name.
// Thai puts no space between words, but between a given name and a family
// name: thaiName takes the given name after "คุณ", "นาย", "นาง" or
// "นางสาว" (written together), with the family name after the space.

// uncasedTitles are the titles (keys) of the scripts uncasedScriptName
// reads: any word after one opens a name.
var uncasedTitles = keySet(
	"السيد", "السيدة", "سيد", "سيدة", "الأستاذ", "الأستاذة", "الدكتور", "الدكتورة", "د.", "آقای", "خانم", "جناب", "سرکار",
	"محترمہ", "מר", "גב'", "גב׳", "גברת", "ד\"ר", "ד״ר", "עו\"ד", "עו״ד", "ბატონი", "ბატონო", "ქალბატონი",
	"ქალბატონო", "ბატონ", "ქალბატონ", "श्री", "श्रीमती", "सुश्री", "श्रीमान", "শ্রী", "শ্রীমতী", "জনাব",
	"திரு", "திருமதி", "செல்வி", "శ్రీ", "శ్రీమతి", "ಶ್ರೀ", "ಶ್ರೀಮತಿ", "ശ്രീ", "ശ്രീമതി", "શ્રી", "શ્રીમતી", "ਸ੍ਰੀ", "ਸ਼੍ਰੀ", "ਸ੍ਰੀਮਤੀ",
)

// uncasedLabels are greetings and name labels (keys): a known name after
// one, any word after one with a colon ("نام:", "שם:").
var uncasedLabels = keySet(
	"عزيزي", "عزيزتي", "الاسم", "اسم", "العميل", "العميلة", "المستلم", "نام", "مشتری", "گیرنده", "محترم", "بنام", "عزیز", "گرامی", "الكريم", "العزيز", "الفاضل",
	"שם", "לקוח", "לקוחה", "לכבוד", "שלום", "היי", "נמען", "სახელი", "კლიენტი", "ძვირფასო", "მიმღები",
	"नाम", "ग्राहक", "प्रिय", "प्राप्तकर्ता", "নাম", "গ্রাহক", "প্রিয়", "প্রাপক",
	// script18_indic.go: Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi.
	"பெயர்", "வாடிக்கையாளர்", "அன்புள்ள", "పేరు", "వినియోగదారు", "ಹೆಸರು", "ಗ್ರಾಹಕ", "പേര്", "ഉപഭോക്താവ്",
	"નામ", "ગ્રાહક", "પ્રિય", "ਨਾਮ", "ਗਾਹਕ", "ਪਿਆਰੇ",
)

// georgianFamilyEnds are endings of Georgian family names.
// georgianFamilyEnds are endings of Georgian family names, with the
// dative and genitive ("ბერიძეს", "კაპანაძის").
var georgianFamilyEnds = []string{"ძე", "ძეს", "ძის", "შვილი", "შვილს", "შვილის", "ია", "იას", "ავა", "ური"}

// persianFamilyEnds are endings of Persian family names ("رضایی",
// "حسین‌زاده", "کریم‌پور"), read only after a title.
var persianFamilyEnds = []string{"ی", "زاده", "پور", "یان"}

// indicAfterName are the Hindi and Bengali postpositions, conjunctions and
// honorifics that follow a name ("सुनीता को", "শর্মা এবং").
var indicAfterName = keySet("को", "का", "की", "के", "से", "ने", "में", "पर", "और", "है", "हैं", "जी", "तथा", "या",
	"কে", "এর", "র", "ও", "এবং", "থেকে", "কাছে", "জি", "বা")

// uncasedScriptName reads the name in a script without capitals at i
// (see above). It returns its bounds and a reason, or an empty reason.
func uncasedScriptName(text string, i, sc int, spans []Span) (int, int, string) {
	var ws [5][2]int
	n := scriptWords(text, i, sc, ws[:])
	if sc != scArabic {
		n = min(n, 3) // five words for an Arabic chain only ("فاطمة بنت علي …")
	}
	if n == 0 {
		return 0, 0, ""
	}
	slot := scriptSlotBefore(text, i, uncasedTitles, spans)
	if slot == 0 {
		// A label with a colon is a title; a greeting, a Latin slot.
		if slot = scriptSlotBefore(text, i, uncasedLabels, spans); slot == slotTitle {
			slot = slotLatin
		}
	}
	var buf [96]byte
	first := scriptKey(text[ws[0][0]:ws[0][1]], buf[:0])
	if uncasedTitles.has(string(first)) || uncasedLabels.has(string(first)) {
		return 0, 0, "" // the title itself: the name is read at the next word
	}
	known := func(k int) (given, family bool) {
		key := string(scriptKey(text[ws[k][0]:ws[k][1]], buf[:0]))
		if uncasedTitles.has(key) || utf8.RuneCountInString(key) < 2 {
			return false, false
		}
		return scriptGivenKnown(key), scriptFamilyKnown(key) || uncasedFamilyForm(key, sc)
	}
	g0, f0 := known(0)
	switch {
	case slot&slotTitle != 0 && !g0 && articleFirst(string(first), sc):
		return 0, 0, "" // "السيد الرئيس": a title before a noun
	case slot&slotTitle != 0:
		// Any word after a title; the next ones while they are names.
	case slot != 0 && (g0 || f0):
	case n >= 2 && g0:
		if _, f1 := known(1); !f1 || !scriptFamilyKnown(string(scriptKey(text[ws[1][0]:ws[1][1]], buf[:0]))) {
			return 0, 0, ""
		}
	default:
		return 0, 0, ""
	}
	b := 1
	for b < n {
		if sc == scArabic && b+1 < n && arabicNameJoin(text[ws[b][0]:ws[b][1]], text[ws[b+1][0]:ws[b+1][1]]) {
			b += 2 // script18_ar.go: "بنت علي", "عبد الله"
			continue
		}
		g, f := known(b)
		if !g && !f && !(slot&slotTitle != 0 && afterTitleFamily(text[ws[b][0]:ws[b][1]], sc)) {
			break
		}
		b++
	}
	if b == 1 && n >= 2 && slot&slotColon != 0 && g0 && (sc == scArabic || sc == scHebrew) && fieldEndsAt(text, ws[1][1]) {
		b = 2 // "לקוחה: … …": a known given name and the word that ends the field
	}
	if slot == 0 {
		return ws[0][0], ws[b-1][1], "known given name and family name in their own script"
	}
	return ws[0][0], ws[b-1][1], "name in its own script after a title, name label or person slot"
}

// articleFirst reports whether key opens with the definite article of
// Arabic ("ال") or Hebrew ("ה"): after a title, a noun ("السيد الرئيس",
// "מר המנהל"), unless it is a known given name.
func articleFirst(key string, sc int) bool {
	switch sc {
	case scArabic:
		return strings.HasPrefix(key, "ال")
	case scHebrew:
		return strings.HasPrefix(key, "ה")
	}
	return false
}

// uncasedFamilyForm reports whether key is a family name by its form: an
// Arabic word of four letters or more with the article ("الخطيب"), or a
// Georgian word with a family name's ending.
func uncasedFamilyForm(key string, sc int) bool {
	switch sc {
	case scArabic:
		return strings.HasPrefix(key, "ال") && utf8.RuneCountInString(key) >= 5
	case scGeorgian:
		return hasKeySuffix(key, georgianFamilyEnds)
	}
	return false
}

// afterTitleFamily reports whether w, a word of script sc after a title
// and a first word, is a family name by its form: a Persian family name's
// ending, or for Devanagari and Bengali any word but a postposition.
func afterTitleFamily(w string, sc int) bool {
	switch sc {
	case scArabic:
		return utf8.RuneCountInString(w) >= 4 && hasKeySuffix(w, persianFamilyEnds)
	case scDevanagari, scBengali:
		return utf8.RuneCountInString(w) >= 2 && !indicAfterName.has(w)
	case scSouthAsian:
		return utf8.RuneCountInString(w) >= 2 && !southAsianAfterName.has(w)
	}
	return false
}

// thaiTitles are the Thai titles written together with the given name,
// longest first.
var thaiTitles = []string{"นางสาว", "คุณ", "นาย", "นาง"}

// thaiName reads a Thai name at i, the start of a run of Thai letters
// (see above): the given name after a title, or a known given name after
// a Latin slot or before a known family name, and the family name after
// one space when it is known or the title came first.
func thaiName(text string, i int, spans []Span) (int, int, string) {
	e := scriptWordEnd(text, i, scThai)
	s := i
	title := false
	for _, t := range thaiTitles {
		// The title may end a run of other words ("ส่งให้คุณ…").
		if k := strings.Index(text[i:e], t); k >= 0 && utf8.RuneCountInString(text[i+k+len(t):e]) >= 2 {
			s, title = i+k+len(t), true
			break
		}
	}
	given := scriptGivenKnown(text[s:e])
	famEnd := -1
	if e+1 < len(text) && text[e] == ' ' {
		if r, _ := utf8.DecodeRuneInString(text[e+1:]); scriptOf(r) == scThai {
			fe := scriptWordEnd(text, e+1, scThai)
			if scriptFamilyKnown(text[e+1:fe]) || title && given && utf8.RuneCountInString(text[e+1:fe]) >= 3 {
				famEnd = fe
			}
		}
	}
	switch {
	case title && (given || famEnd > 0):
	case given && (famEnd > 0 || scriptSlotBefore(text, i, uncasedTitles, spans) != 0):
	default:
		return 0, 0, ""
	}
	if famEnd > 0 {
		e = famEnd
	}
	return s, e, "Thai name after a title, a person slot or with its family name"
}
