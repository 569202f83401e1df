package redact

import (
	"strings"
	"unicode/utf8"
)

// Chinese, Japanese and Korean names where no honorific of
// person9_cjk.go follows them:
//   - after a name label and a colon ("姓名：王伟", "氏名: 山田 太郎",
//     "이름: 김민준") or a Latin word that takes a person ("to 王伟"): a
//     run of two to four Han characters whose first one or two are a
//     known family name (data/names_script.txt: the Chinese and Japanese
//     family names of faker), a space inside allowed for Japanese; a
//     Hangul word of two to four syllables whose first is a surname's
//     (koSurnames);
//   - before the Chinese honorifics "先生", "女士", "小姐" inside a run of
//     Han characters, which Chinese writes without spaces ("请寄给王伟先生"):
//     a known one-character family name and one or two characters more,
//     none a particle or pronoun (hanFunction).
// Korean honorifics with a particle after them ("김민준 님께", "박서윤
// 고객님이") are read by koName (person9_cjk.go, koParticleLen).

// cjkLabels are the name labels (keys) of Chinese, Japanese and Korean.
var cjkLabels = keySet(
	"姓名", "名字", "客户", "顾客", "收件人", "联系人", "收货人", "客戶", "顧客", "聯絡人", "收件者", "聯繫人", "寄件人",
	"氏名", "お名前", "名前", "フリガナ", "ふりがな", "カナ", "氏名カナ", "お客様", "宛名", "宛先", "担当者", "申込者", "会員名", "ご氏名", "受取人",
	"担当", "ゲスト", "講師", "出演者", "参加者", "代表者", "予約者", "依頼者", "契約者", "申請者", "申込者名", "利用者", "患者", "患者名", "講演者",
	"嘉宾", "讲师", "申请人", "预约人", "学员", "家长", "负责人",
	"이름", "고객", "성함", "고객명", "수신인", "수신자", "받는분", "담당자", "예약자", "회원", "회원명", "보호자", "환자", "성명",
)

// hanFunction are Han characters of particles, pronouns and verbs that
// stand before an honorific ("我先生", "给王先生") and start or end no
// name.
const hanFunction = "的是了和给我你他她们位这那个与及对向请问把让被在为跟找"

// hanName reads a Chinese or Japanese name at i, the start of a run of
// Han characters or katakana (see above).
func hanName(text string, i int) (int, int, string) {
	e := scriptWordEnd(text, i, scHan)
	if e == i {
		return 0, 0, ""
	}
	if slot := scriptSlotBefore(text, i, cjkLabels, nil); slot&slotColon != 0 || slot == slotLatin {
		if s, e, ok := hanLabelled(text, i, e); ok {
			return s, e, "Chinese or Japanese name after a name label"
		}
	}
	if s, ok := hanAfterCue(text, i, e); ok {
		return s, e, "Chinese name after a verb that takes a person"
	}
	for _, h := range [...]string{"先生", "女士", "小姐"} {
		for k := strings.Index(text[i:e], h); k >= 0; {
			if s, ok := hanBeforeHonorific(text, i, i+k); ok {
				return s, i + k, "Chinese name before an honorific"
			}
			n := strings.Index(text[i+k+len(h):e], h)
			if n < 0 {
				break
			}
			k += len(h) + n
		}
	}
	return 0, 0, ""
}

// hanCues are Chinese verbs and nouns after which the rest of a run of
// Han characters, up to punctuation or a space, is a person
// ("请寄给王伟。", "联系张伟明，").
var hanCues = [...]string{"寄给", "发给", "交给", "转给", "联系", "通知", "感谢", "收件人", "提醒", "告诉", "邀请", "致", "叫", "名字是", "姓名是"}

// hanNouns are common nouns after hanCues whose first character is a
// family name's ("联系方式", "通知时间").
var hanNouns = keySet("方式", "方法", "时间", "电话", "地址", "人员", "部门", "方面", "信息", "时候", "周围", "高层", "车辆", "金额",
	"文件", "程序", "平台", "时间表", "方案", "石油", "司机", "成员", "全体", "邮件", "宋体")

// hanAfterCue reports whether the run of Han characters i to e ends with
// a cue of hanCues and a name: a known family name of one character and
// one or two characters more, none of hanFunction. It returns the name's
// start.
func hanAfterCue(text string, i, e int) (int, bool) {
	if strings.HasPrefix(text[e:], ":") || strings.HasPrefix(text[e:], "：") {
		return 0, false // a label: "联系方式：", "通知时间："
	}
	for _, c := range hanCues {
		k := strings.LastIndex(text[i:e], c)
		if k < 0 {
			continue
		}
		s := i + k + len(c)
		if n := (e - s) / 3; n < 2 || n > 3 || !scriptFamilyKnown(text[s:s+3]) || hanNouns.has(text[s:e]) ||
			strings.HasSuffix(text[:e], "先生") || strings.HasSuffix(text[:e], "女士") || strings.HasSuffix(text[:e], "小姐") {
			continue
		}
		ok := true
		for p := s; p < e; p += 3 {
			if strings.Contains(hanFunction, text[p:p+3]) {
				ok = false
			}
		}
		if ok {
			return s, true
		}
	}
	return 0, false
}

// hanLabelled reads the name after a label: the run of Han characters
// i to e, its first one or two a known family name, two to four in all,
// or a family name of one or two, one space and one to three more.
func hanLabelled(text string, i, e int) (int, int, bool) {
	n := (e - i) / 3
	fam := 0
	switch {
	case n >= 3 && (scriptFamilyKnown(text[i:i+9]) || text[i+3:i+6] == "々"):
		fam = 3 // "長谷川"; "佐々木", "野々村": a kanji repeated by "々"
	case n >= 2 && scriptFamilyKnown(text[i:i+6]):
		fam = 2
	case scriptFamilyKnown(text[i : i+3]):
		fam = 1
	default:
		return 0, 0, false
	}
	if n == fam && e+4 <= len(text) && (text[e] == ' ' || strings.HasPrefix(text[e:], "\u3000")) {
		// "山田 太郎": the given name after the space.
		g := e + 1
		if text[e] != ' ' {
			g = e + 3
		}
		ge := g
		for ge+3 <= len(text) && ge-g < 15 {
			// Kanji, hiragana or katakana: "佐藤 さくら", "山田 タロウ".
			if r := firstRune(text[ge:]); !isKanji(r) && !isKatakana(r) && (r < 0x3041 || r > 0x3096) {
				break
			}
			ge += 3
		}
		if k := (ge - g) / 3; k >= 1 && k <= 4 {
			return i, ge, true
		}
		return 0, 0, false
	}
	if n == fam && fam >= 2 && fieldEndsAt(text, e) {
		return i, e, true // "担当：井上": a family name alone ends the field
	}
	if n < 2 || n > 4 || n == fam {
		return 0, 0, false
	}
	return i, e, true
}

// hanBeforeHonorific reports whether a Chinese name ends at h, an
// honorific inside the run of Han characters that starts at i, and
// returns its start: a known one-character family name two or three
// characters before h, no character between of hanFunction.
func hanBeforeHonorific(text string, i, h int) (int, bool) {
	for _, n := range [...]int{3, 2} {
		s := h - 3*n
		if s < i {
			continue
		}
		if strings.Contains(hanFunction, text[s:s+3]) || !scriptFamilyKnown(text[s:s+3]) {
			continue
		}
		ok := true
		for k := s + 3; k < h; k += 3 {
			if strings.Contains(hanFunction, text[k:k+3]) {
				ok = false
			}
		}
		if ok {
			return s, true
		}
	}
	return 0, false
}

// hangulLabelName reads a Korean name at i after a name label and a
// colon ("이름: 김민준") or a Latin word that takes a person: a word of
// two to four Hangul syllables, the first a surname's.
func hangulLabelName(text string, i int) (int, int, string) {
	e := scriptWordEnd(text, i, scHangul)
	n := (e - i) / 3
	if n < 2 || n > 4 || !strings.Contains(koSurnames, text[i:i+3]) || koRoles[text[i:e]] {
		return 0, 0, ""
	}
	if slot := scriptSlotBefore(text, i, cjkLabels, nil); slot&slotColon == 0 && slot != slotLatin {
		return 0, 0, ""
	}
	return i, e, "Korean name after a name label"
}

// koParticles are the Korean particles that follow an honorific ("님께",
// "씨가"), longest first.
var koParticles = [...]string{"께서는", "께서", "에게", "한테", "께", "이", "가", "은", "는", "의", "을", "를", "과", "와", "도", "만"}

// koParticleLen returns the length of the particle at the start of s,
// when no Hangul follows it, or 0.
func koParticleLen(s string) int {
	for _, p := range koParticles {
		if strings.HasPrefix(s, p) && (len(s) == len(p) || !isHangul(firstRune(s[len(p):]))) {
			return len(p)
		}
	}
	return 0
}

// koTrimParticle returns the word w (Hangul) without a particle after an
// honorific at its end ("최유진님께" → "최유진님").
func koTrimParticle(w string) string {
	for k := 3; k < len(w); k += 3 {
		if r, _ := utf8.DecodeRuneInString(w[k:]); (r == '님' || r == '씨') && k+3 < len(w) && koParticleLen(w[k+3:]) == len(w)-k-3 {
			return w[:k+3]
		}
	}
	return w
}
