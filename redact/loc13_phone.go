package redact

// Phone numbers the national shapes missed (issue 9): a North American
// number written the French-Canadian way, the area code set off by a
// space and the line by a dash ("438 555-0199"), which the mixed
// separators otherwise reject. Businesses print their numbers so in their
// footers, after the town ("…, Laval, 438 555-0142"), as much as people
// do, so the shape alone scores under the threshold and a phone context
// word ("cell", "tél.") makes it a finding. And the Icelandic label
// "sími" (telephone) before a local number of seven digits ("sími 845
// 3321").

func init() {
	phoneContext.add("sími")
	phone2Strong.add("sími")
	phoneReasons = append(phoneReasons, phoneReasonVariants(reasonSpaceDash), phoneReasonVariants(reasonIcelandic))
}

// reasonIcelandic and icelandicScore are the reason and score of a local
// number of seven digits in 3-4 groups (an Icelandic number's shape,
// starting with 4 to 8) in a text that writes Icelandic letters ("ð",
// "þ") in the 120 bytes before it: Iceland dials no area code, so a list
// of names and numbers ("Jónsdóttir, 862 4107") carries no phone word.
const (
	reasonIcelandic = "Icelandic seven-digit number in an Icelandic text"
	icelandicScore  = 0.6
)

// icelandicBefore reports whether "ð", "Ð", "þ" or "Þ" stands in the 120
// bytes before i.
func icelandicBefore(text string, i int) bool {
	for j := max(0, i-120); j+1 < i; j++ {
		if text[j] == 0xC3 {
			switch text[j+1] {
			case 0xB0, 0x90, 0xBE, 0x9E:
				return true
			}
		}
	}
	return false
}

// reasonSpaceDash and spaceDashScore are the French-Canadian shape's reason and
// score.
const (
	reasonSpaceDash = "US/CA number: area code, a space, exchange and line joined by a dash"
	spaceDashScore  = 0.45
)

// nanpDigits reports whether the ten digits d may be a North American
// number: area code and exchange each start with 2 to 9.
func nanpDigits(d []byte) bool {
	return len(d) == 10 && d[0] >= '2' && d[3] >= '2'
}

// spaceDashNANP reports whether the three runs q (a candidate's groups)
// are a North American number in 3-3-4 digits with a space after the area
// code and a dash before the line: "514 555-0123".
func spaceDashNANP(text string, q []digitRun) bool {
	return len(q) == 3 && q[0].end-q[0].start == 3 && q[1].end-q[1].start == 3 && q[2].end-q[2].start == 4 &&
		q[1].start == q[0].end+1 && text[q[0].end] == ' ' && q[2].start == q[1].end+1 && text[q[1].end] == '-'
}
