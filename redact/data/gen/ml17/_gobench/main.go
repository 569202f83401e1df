// Command gobench estimates what the ml17 token classifier would cost inside the engine:
// it hashes the trained weights (string features) into a 2^18 float32 table, then
// tokenizes, builds the same feature templates as ml17.py (gazetteer flags and rule
// labels stubbed with map lookups) and scores every token of every dumped text.
// Cost only: it does not check its predictions against ml17.py.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"regexp"
	"strings"
	"time"
	"unicode"
)

const bits = 18

func h(s string) uint32 { f := fnv.New32a(); f.Write([]byte(s)); return f.Sum32() & (1<<bits - 1) }

var tok = regexp.MustCompile(`\w+(?:['’\-]\w+)*|\S`)

func shape(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b.WriteRune(c)
		}
		last = c
	}
	return b.String()
}

func main() {
	var wts map[string]float64
	raw, _ := os.ReadFile(os.Args[1])
	json.Unmarshal(raw, &wts)
	table := make([]float32, 1<<bits)
	for k, v := range wts {
		table[h(k)] += float32(v)
	}
	var texts []string
	f, _ := os.Open(os.Args[2])
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ Text string }
		json.Unmarshal(sc.Bytes(), &r)
		texts = append(texts, r.Text)
	}
	gaz := map[string]string{"anna": "G", "smith": "F", "paris": "P"} // stand-in; the engine has its own sets
	ntok, pos := 0, 0
	start := time.Now()
	for rep := 0; rep < 3; rep++ {
		for _, t := range texts {
			ws := tok.FindAllString(t, -1)
			lw := make([]string, len(ws))
			for i, w := range ws {
				lw[i] = strings.ToLower(w)
			}
			for i, w := range ws {
				ntok++
				fs := []string{"b", "w=" + lw[i], "sh=" + shape(w), "p3=" + lw[i][:min(3, len(lw[i]))],
					"s3=" + lw[i][max(0, len(lw[i])-3):], "rp=O", "ro=-", "first=0", "alllower=0",
					"gaz=" + gaz[lw[i]] + "/c", "gaz_sh=" + gaz[lw[i]] + "|" + shape(w), "rp_gaz=O|" + gaz[lw[i]]}
				for _, d := range []int{-2, -1, 1, 2} {
					j := i + d
					if j >= 0 && j < len(ws) {
						fs = append(fs, fmt.Sprintf("w%+d=%s", d, lw[j]))
						if d == -1 || d == 1 {
							fs = append(fs, fmt.Sprintf("sh%+d=%s", d, shape(ws[j])), fmt.Sprintf("rp%+d=O", d),
								fmt.Sprintf("gaz%+d=%s/c", d, gaz[lw[j]]), fmt.Sprintf("pair%+d=%s|%s", d, gaz[lw[i]], gaz[lw[j]]))
						}
					}
				}
				if i > 0 {
					fs = append(fs, "bg="+lw[i-1]+"|"+lw[i])
				}
				var z float32
				for _, k := range fs {
					z += table[h(k)]
				}
				if 1/(1+math.Exp(-float64(z))) >= 0.5 {
					pos++
				}
			}
		}
	}
	el := time.Since(start)
	fmt.Printf("%d weights -> %d-slot float32 table (%d KiB); %d tokens, %.2f us/token, %d positive\n",
		len(wts), 1<<bits, 4<<bits>>10, ntok, float64(el.Microseconds())/float64(ntok), pos)
}
