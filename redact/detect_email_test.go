package redact

import "testing"

func TestEmailDetector(t *testing.T) {
	runDetCases(t, emailDetector{}, "EMAIL_ADDRESS", []detCase{
		{"plain", "write to ana@example.com today", []string{"ana@example.com"}},
		{"dots plus and subdomain", "(joseph.rodriguez+news@kunde.example.de).", []string{"joseph.rodriguez+news@kunde.example.de"}},
		{"in JSON", `{"content":"mail mohammedmoore@client.example.fr"}`, []string{"mohammedmoore@client.example.fr"}},
		{"two", "a@b.co, c_d@e-f.org", []string{"a@b.co", "c_d@e-f.org"}},
		{"sentence dot", "reach me at x.y@acme-corp.example.", []string{"x.y@acme-corp.example"}},
		{"no tld", "user@localhost", nil},
		{"numeric tld", "user@1.2.3.4", nil},
		{"handle", "follow @brand on X", nil},
		{"double dot local", "a..b@example.com", nil},
		{"dash label", "a@-example.com", nil},
		{"double at", "a@b@example.com", nil},
	})
}
