package consent_test

import (
	"fmt"
	"net/http"

	"github.com/caddy-guardrail/guardrail/caddymodule/consent"
)

func ExampleResolver_Decide() {
	r, err := consent.New(consent.Config{
		Require:   []string{"personalization"},
		OnMissing: consent.OutcomeDeny,
	}, nil)
	if err != nil {
		panic(err)
	}
	defer r.Close()

	req, _ := http.NewRequest(http.MethodPost, "http://guardrail.local/v1/chat/completions", nil)
	req.Header.Set("X-Consent", "personalization, analytics")
	req.Header.Set("X-Subject-Id", "customer-1234")
	req.Header.Set("Sec-GPC", "1")
	cookies := func(name string) (string, bool) {
		c, err := req.Cookie(name)
		if err != nil {
			return "", false
		}
		return c.Value, true
	}

	d := r.Decide(req.Context(), req.Header, cookies)
	fmt.Println(d)
	fmt.Println(d.Message())
	// Output:
	// consent deny sources=header,gpc granted= missing=personalization
	// consent required for: personalization
}
