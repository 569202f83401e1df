package redact

// Temporary helper (not for committing): counts findings per type on the
// 2,619 texts of ../shared/eval/manipulation-public.jsonl and
// bias-public.jsonl, which carry no labelled PII. With ZZ_BENIGN_DUMP=1 it
// also prints every finding, to diff two trees' outputs.
import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestZZBenign(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	dump := os.Getenv("ZZ_BENIGN_DUMP") != ""
	for _, f := range []string{"../../shared/eval/manipulation-public.jsonl", "../../shared/eval/bias-public.jsonl"} {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var r struct{ ID, Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			for _, s := range e.Find(r.Text) {
				counts[s.Type]++
				if dump {
					fmt.Printf("%s\t%s\t%q\t%s\n", r.ID, s.Type, r.Text[s.Start:s.End], s.Reason)
				}
			}
		}
		fh.Close()
	}
	var ks []string
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Logf("%-16s %d", k, counts[k])
	}
}
