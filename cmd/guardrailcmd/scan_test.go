package guardrailcmd

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestScan(t *testing.T) {
	t.Setenv("GUARDRAIL_HASH_KEY", "")
	text := "Badge E-123455: mail jane.doe@gmail.com or support@acme.example about Project Nightjar. Only 2 left!"
	t.Run("text", func(t *testing.T) {
		out, _, err := execute(context.Background(), "scan", "--rules", exampleRules, text)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{
			"redactions: 3", "acme.employee_id", "EMPLOYEE_ID", "builtin.email", "DENIED_TERM",
			"findings: 1", "scarcity.low_stock", "false_scarcity", "block",
			"Badge E-****55: mail [EMAIL_ADDRESS_", "support@acme.example about [DENIED_TERM_",
		} {
			if !strings.Contains(out, w) {
				t.Errorf("output lacks %q:\n%s", w, out)
			}
		}
	})
	t.Run("json", func(t *testing.T) {
		out, _, err := execute(context.Background(), "scan", "--json", "--rules", exampleRules, text)
		if err != nil {
			t.Fatal(err)
		}
		var res scanResult
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		if len(res.Spans) != 3 || len(res.Findings) != 1 || !strings.HasPrefix(res.RulesVersion, "sha256:") {
			t.Fatalf("result = %+v", res)
		}
		sp := res.Spans[1]
		if text[sp.Start:sp.End] != "jane.doe@gmail.com" || sp.Reason == "" {
			t.Errorf("span = %+v", sp)
		}
		f := res.Findings[0]
		if text[f.Start:f.End] != "Only 2 left" || f.Action != "block" {
			t.Errorf("finding = %+v", f)
		}
	})
	t.Run("defaults", func(t *testing.T) {
		out, _, err := execute(context.Background(), "scan", "--json", "write to ana@example.com")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, `"rule": "builtin.email"`) {
			t.Errorf("output: %s", out)
		}
	})
	t.Run("bad rules file", func(t *testing.T) {
		p := writeRules(t, "deny: [\n")
		if out, _, err := execute(context.Background(), "scan", "--rules", p, "x"); err == nil {
			t.Errorf("no error; out %s", out)
		}
	})
}

func TestScanJSONL(t *testing.T) {
	t.Setenv("GUARDRAIL_HASH_KEY", "")
	in := `{"id": 1, "text": "mail ana@example.com — ünïcode first"}
{"id": "b", "text": "Hurry, only 2 left!"}

not json
{"id": 3}
{"id": {"k": 4}, "text": "nothing here"}
`
	cmd := newRootCmd()
	var out, errOut lockedBuffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetIn(strings.NewReader(in))
	cmd.SetArgs([]string{"scan", "--jsonl"})
	err := cmd.ExecuteContext(context.Background())
	if err == nil || !strings.Contains(err.Error(), "2 input line(s)") {
		t.Errorf("err = %v, want 2 bad lines", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d output lines, want 5:\n%s", len(lines), out.String())
	}
	var first struct {
		ID       json.RawMessage
		Redacted string
		Spans    []map[string]any
		Findings []map[string]any
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if string(first.ID) != "1" || len(first.Spans) != 1 || !strings.HasPrefix(first.Redacted, "mail [EMAIL_ADDRESS_") {
		t.Errorf("line 1 = %s", lines[0])
	}
	text := "mail ana@example.com — ünïcode first"
	s := first.Spans[0]
	if got := text[int(s["start"].(float64)):int(s["end"].(float64))]; got != "ana@example.com" {
		t.Errorf("span covers %q", got)
	}
	for _, k := range []string{"start", "end", "type", "rule", "score"} {
		if _, ok := s[k]; !ok {
			t.Errorf("span lacks %s: %v", k, s)
		}
	}
	if _, ok := s["reason"]; ok {
		t.Errorf("jsonl span carries a reason: %v", s)
	}
	for i, w := range []string{`"id":"b"`, `"line":4,"error":"not a JSON object`, `"line":5,"id":3,"error":"missing \"text\""`, `"id":{"k":4},"redacted":"nothing here","spans":[],"findings":[]`} {
		if !strings.Contains(lines[i+1], w) {
			t.Errorf("line %d = %s, want %s", i+2, lines[i+1], w)
		}
	}
	if !strings.Contains(lines[1], `"category":"false_urgency"`) || !strings.Contains(lines[1], `"severity":"medium"`) {
		t.Errorf("line 2 lacks findings: %s", lines[1])
	}
}
