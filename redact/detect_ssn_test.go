package redact

import "testing"

func TestSSNDetector(t *testing.T) {
	runDetCases(t, ssnDetector{}, "US_SSN", []detCase{
		{"dashes", "SSN 536-90-4399 on file", []string{"536-90-4399"}},
		{"dashes no context", "it is 536-90-4399.", []string{"536-90-4399"}},
		{"spaces", "536 90 4399", []string{"536 90 4399"}},
		{"dots", "078.05.1123", []string{"078.05.1123"}},
		{"nine digits with context", "my social security number is 536904399", []string{"536904399"}},
		{"nine digits without context", "ref 536904399", nil},
		{"sample kept at threshold", "123-45-6789", []string{"123-45-6789"}},
		{"woolworth", "078-05-1120", nil},
		{"area 000", "000-12-3456", nil},
		{"area 666", "666-12-3456", nil},
		{"area 9xx", "912-12-3456", nil},
		{"group 00", "536-00-4399", nil},
		{"serial 0000", "536-90-0000", nil},
		{"all same", "111-11-1111", nil},
		{"inside longer", "1536-90-4399", nil},
		{"phone-like", "536-904-3999", nil},
		{"date", "2023-09-25", nil},
	})
}
