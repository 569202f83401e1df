package redact

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkFindLongPrompt: one Find over a long prompt (the 70 prompts of
// marketing-dev23b repeated to 64 KB, 0.6 MB and 2.4 MB; ~11,000 spans at
// 0.6 MB, ~43,000 at 2.4 MB). Its MB/s should not fall with the length:
// sessions 23 and 24 gave the passes that checked each candidate against
// every span so far guards and indexes (span_guard.go,
// span_guard_outside.go): instructions per byte (cachegrind, one Find)
// 925 / 1,242 / 2,425 at the three sizes, then 901 / 901 / 1,007. Left:
// fieldSpanAt, joinParentAt and nickMentions' first loop read every span
// per field, join or nickname. BenchmarkFindAdversarial's "oneline" (no
// line break) went from 1,308 to 599 instructions a byte at 256 KB and
// from 3,540 to 785 at 1 MB once the ID, phone and birthday rules stopped
// looking back to the line's start per candidate; privateWe's lineStartAt
// and recordNameSlot's contact test still do.
func BenchmarkFindLongPrompt(b *testing.B) {
	recs := loadEvalFile(b, "testdata/marketing-dev23b.jsonl")
	var sb strings.Builder
	for _, r := range recs {
		sb.WriteString(r.Text)
		sb.WriteString("\n\n")
	}
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"64KB", 64 << 10}, {"0.6MB", 600 << 10}, {"2.4MB", 2400 << 10}} {
		text := repeatTo(sb.String(), size.n)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				e.Find(text)
			}
		})
	}
}

// repeatTo repeats s until the result holds at least n bytes.
func repeatTo(s string, n int) string {
	return strings.Repeat(s, (n+len(s)-1)/len(s))
}

// adversarialLong returns the long inputs of BenchmarkFindAdversarial and
// TestFindAdversarialWork, each about n bytes: shapes no prompt set
// holds, where a pass that rereads all spans so far or scans back over a
// whole line turns quadratic.
func adversarialLong(tb testing.TB, n int) map[string]string {
	recs := loadEvalFile(tb, "testdata/marketing-dev23b.jsonl")
	var prose strings.Builder
	for _, r := range recs {
		prose.WriteString(strings.ReplaceAll(r.Text, "\n", " "))
		prose.WriteByte(' ')
	}
	given := []string{"Anna", "Tomás", "Chidi", "Ingrid", "Ravi", "Marta", "Kenji", "Olu", "Sofía", "Pieter"}
	family := []string{"Kowalczyk", "Haddad", "Okafor", "Lindqvist", "Iyer", "Ferreira", "Takahashi", "Adeyemi", "Navarro", "de Vries"}
	towns := []string{"Lyon", "Leeds", "Porto", "Gdańsk", "Mombasa", "Osaka", "Cork", "Graz"}
	var csv strings.Builder
	csv.WriteString("name,email,city,age\n")
	for i := 0; csv.Len() < n; i++ {
		g, f := given[i%len(given)], family[(i/len(given))%len(family)]
		fmt.Fprintf(&csv, "%s %s,%s.%d@example.org,%s,%d\n", g, f, strings.ToLower(g), i, towns[i%len(towns)], 20+i%60)
	}
	var digits strings.Builder
	seps := []string{"-", " ", ".", "/", ", ", "+", "(", ") "}
	for i := 0; digits.Len() < n; i++ {
		fmt.Fprintf(&digits, "%d%s", (i*7919)%100000, seps[i%len(seps)])
	}
	return map[string]string{
		"oneline":  repeatTo(prose.String(), n),
		"csvnames": csv.String(),
		"titles":   repeatTo("Dr. ", n),
		"titled":   repeatTo("Mrs. Okafor, Dr. Haddad and Prof. Lindqvist; ", n),
		"digits":   digits.String(),
		"brackets": strings.Repeat("(", n/8) + "Anna Kowalczyk (12)" + strings.Repeat(")", n/8) + repeatTo("(Ravi (Iyer (", n*3/4),
		"lines":    repeatTo("Dear Marta,\nFrom Porto\n- Chidi Okafor: Cork\n", n),
		// one line of many streets (addresseeLines, lower24Streets, the
		// estate and promotional-copy tests read line starts once per
		// line: review24)
		"streets": "Please send:\n" + repeatTo("Unit 4, Oak Business Park, Leeds LS6 2AB; Anna Kowalczyk, 9 Mill Lane, York; ", n),
		"promo":   "Write a leaflet.\n" + repeatTo("Our winner Jo Pike. Address: 6 Fern Close, York YO1 7XX. ", n),
		"wide":    repeatTo("Ravi Iyer (x) ", n) + "（",
		// linear25: one line of records (review25's "for Taylor Quorn,
		// 14 Elm Street, Leeds. " 4k → 16k times took 7.5 times as
		// long): the rules that read each name's, street's or date's line
		// to its end, or every span so far (recordNameSlot, postcodeLater,
		// repeatStreets25, recipientNames25, birthplaceTowns24,
		// lowerCaseLine)
		"recipients": repeatTo("Write to Taylor Quorn, 14 Elm Street, Leeds. ", n),
		"crmline":    repeatTo("Anna Kowalczyk, anna.k@example.org, +44 7700 900123, 9 Mill Lane, York LS6 2AB; ", n),
		"semicolons": repeatTo("Taylor Quorn; 14 Elm Street; Leeds; LS6 2AB; 03/07/1988; ", n),
		"births":     repeatTo("Rose Whitlow (born 03/07/1988), date of birth: 3 July 1988; Chidi Okafor, geb. 04.06.1979 in Graz; ", n),
		"lowernotes": repeatTo("called maria lopez about the invoice, she lives at 14 elm street, leeds, born 3 july 1988\n", n),
		"plots":      repeatTo("for Ravi Iyer, Plot 4, Block B, Riverside Estate, Leeds; her address is Unit 9 Oak Court, Cork. ", n),
		"chatline":   repeatTo("[10:42] Anna Kowalczyk: hi Ravi, see you at 9 Mill Lane tomorrow ", n),
		// businesses named after people, one with an owner's birthday
		// (orgNameDemoteAt read every candidate for each)
		"businesses": repeatTo("Rose Whitlow Bakery (Rose Whitlow, born 03/07/1988), Jordan Okafor Car Service; ", n),
	}
}

// BenchmarkFindAdversarial: one Find over each adversarial input at two
// sizes; MB/s should not fall from the first size to the second.
func BenchmarkFindAdversarial(b *testing.B) {
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{256 << 10, 1 << 20} {
		inputs := adversarialLong(b, n)
		for _, name := range []string{"oneline", "csvnames", "titles", "titled", "digits", "brackets", "lines",
			"recipients", "crmline", "semicolons", "births", "lowernotes", "plots", "chatline", "businesses"} {
			text := inputs[name]
			b.Run(fmt.Sprintf("%s/%dKB", name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					e.Find(text)
				}
			})
		}
	}
}

// TestFindLongWork counts the work of the rules that report it
// (guardWork: the span guards of the role, kin, bracket and residence
// rules, the whole-text person rules) on the long prompt of
// BenchmarkFindLongPrompt and on the adversarial inputs, at 16 KB and 64
// KB (the prompts once and four times over): four times the text must cost about four times the work, not
// sixteen (at 2.4 MB the role and kin rules' overlap checks once read
// every span so far for every name).
func TestFindLongWork(t *testing.T) {
	if testing.Short() {
		t.Skip("long inputs")
	}
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	work := countGuardWork(t)
	recs := loadEvalFile(t, "testdata/marketing-dev23b.jsonl")
	var sb strings.Builder
	for _, r := range recs {
		sb.WriteString(r.Text)
		sb.WriteString("\n\n")
	}
	small, large := adversarialLong(t, 16<<10), adversarialLong(t, 64<<10)
	small["prompts"], large["prompts"] = sb.String(), strings.Repeat(sb.String(), 4)
	for name := range small {
		t.Run(name, func(t *testing.T) {
			var got [2]int
			for k, text := range []string{small[name], large[name]} {
				clear(work)
				e.Find(text)
				for _, w := range work {
					got[k] += w
				}
			}
			if got[1] > 6*got[0]+1000 {
				t.Errorf("work %d on %d bytes, %d on %d bytes: quadratic", got[0], len(small[name]), got[1], len(large[name]))
			}
			t.Logf("work %d on %d bytes, %d on %d bytes", got[0], len(small[name]), got[1], len(large[name]))
		})
	}
}
