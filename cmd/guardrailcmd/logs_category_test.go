package guardrailcmd

import (
	"testing"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
)

func TestHasCategoryKinds(t *testing.T) {
	rec := &exchange.Record{Findings: []exchange.Finding{{Category: "false_urgency", Rule: "urgency.act_now"}}}
	tests := []struct {
		filter string
		want   bool
	}{
		{"false_urgency", true},
		{"manipulation", true},
		{"bias", false},
		{"gendered", false},
	}
	for _, tc := range tests {
		t.Run(tc.filter, func(t *testing.T) {
			if got := hasCategory(rec, map[string]bool{tc.filter: true}); got != tc.want {
				t.Errorf("hasCategory(%q) = %v, want %v", tc.filter, got, tc.want)
			}
		})
	}
}
