package redact

func init() { register(ssnDetector{}) }

// ssnDetector finds US social security numbers: AAA-GG-SSSS, or with
// spaces, or nine digits only when a context word such as "SSN" precedes
// them. The area may not be 000, 666 or 900-999, the group not 00 and the
// serial not 0000. 078-05-1120 (the Woolworth wallet card) and 219-09-9999
// (a Social Security Administration advertisement) were voided and are
// rejected. 123-45-6789, the classic sample, is kept at a low score (0.5):
// redacting it costs nothing, while a user who typed it may have meant it.
type ssnDetector struct{}

func (ssnDetector) ID() string      { return "builtin.us_ssn" }
func (ssnDetector) Types() []string { return []string{"US_SSN"} }

func (d ssnDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

var ssnContext = newWordSet("ssn", "social security", "social sec", "soc sec", "ss#", "ss #", "taxpayer")

// ssnValid checks the nine digits d against the SSA's allocation rules.
func ssnValid(d []byte) (ok bool, sample bool) {
	area := int(d[0]-'0')*100 + int(d[1]-'0')*10 + int(d[2]-'0')
	group := int(d[3]-'0')*10 + int(d[4]-'0')
	serial := int(d[5]-'0')*1000 + int(d[6]-'0')*100 + int(d[7]-'0')*10 + int(d[8]-'0')
	if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
		return false, false
	}
	if string(d) == "078051120" || string(d) == "219099999" {
		return false, false
	}
	same := true
	for _, c := range d[1:] {
		if c != d[0] {
			same = false
		}
	}
	if same {
		return false, false
	}
	return true, string(d) == "123456789"
}

func (ssnDetector) detectScan(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs, kinds, anyKind := sc.runKinds()
	if anyKind&kindsSSN == 0 {
		return dst
	}
	var d [9]byte
	for i, r := range runs {
		if kinds[i]&kindsSSN == 0 {
			continue
		}
		if l := r.end - r.start; l != 3 && l != 9 {
			continue
		}
		if r.start > 0 && (alnumBefore(text, r.start) || text[r.start-1] == '-' || text[r.start-1] == '.' || text[r.start-1] == '/') {
			continue
		}
		var end int
		var reason string
		score := 0.0
		switch r.end - r.start {
		case 9:
			if !ssnEndOK(text, r.end) || !ssnContext.before(sc, r.start, 32) {
				continue
			}
			copy(d[:], text[r.start:r.end])
			end, score, reason = r.end, 0.7, "nine digits after an SSN context word, valid area, group and serial"
		case 3:
			if i+2 >= len(runs) {
				continue
			}
			g, s := runs[i+1], runs[i+2]
			if g.end-g.start != 2 || s.end-s.start != 4 || g.start != r.end+1 || s.start != g.end+1 {
				continue
			}
			sep := text[r.end]
			if (sep != '-' && sep != ' ' && sep != '.') || text[g.end] != sep || !ssnEndOK(text, s.end) {
				continue
			}
			copy(d[:3], text[r.start:r.end])
			copy(d[3:5], text[g.start:g.end])
			copy(d[5:], text[s.start:s.end])
			end = s.end
			k := 0
			switch sep {
			case '-':
				score = 0.85
			case '.':
				score, k = 0.55, 1
			default:
				score, k = 0.6, 2
			}
			c := 0
			if ssnContext.before(sc, r.start, 32) {
				score += 0.1
				c = 1
			}
			reason = ssnReasons[k][c]
		default:
			continue
		}
		ok, sample := ssnValid(d[:])
		if !ok {
			continue
		}
		if sample {
			score, reason = 0.5, "the well-known sample SSN; kept because it has a valid shape"
		}
		dst = append(dst, Span{Start: r.start, End: end, Type: "US_SSN", Rule: "builtin.us_ssn", Score: score, Reason: reason})
	}
	return dst
}

// ssnReasons are the reasons for the grouped forms (dash, dot, space),
// without and with a context word.
var ssnReasons = [3][2]string{
	{"AAA-GG-SSSS with a valid area, group and serial", "AAA-GG-SSSS with a valid area, group and serial, after an SSN context word"},
	{"AAA.GG.SSSS with a valid area, group and serial", "AAA.GG.SSSS with a valid area, group and serial, after an SSN context word"},
	{"AAA GG SSSS with a valid area, group and serial", "AAA GG SSSS with a valid area, group and serial, after an SSN context word"},
}

func ssnEndOK(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	c := text[e]
	if isAlnum(c) || c == '-' || c == '/' {
		return false
	}
	return !((c == '.' || c == ',') && e+1 < len(text) && isDigit(text[e+1]))
}
