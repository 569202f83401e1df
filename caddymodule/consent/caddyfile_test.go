package consent

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/caddyserver/caddy/v2/caddyconfig/caddyfile"
)

func parseConsent(input string) (Config, error) {
	d := caddyfile.NewTestDispenser(input)
	d.Next() // the caller consumes "consent"
	var c Config
	err := c.UnmarshalCaddyfile(d)
	return c, err
}

func TestUnmarshalCaddyfile(t *testing.T) {
	for _, tc := range []struct {
		name, input, want string
	}{
		{"empty block", `consent`, `{}`},
		{"empty braces", `consent {
		}`, `{}`},
		{"full", `consent {
			require personalization analytics
			on_missing deny
			header X-Granted
			subject_header X-User
			token {
				header X-Token
				key {env.GUARDRAIL_CONSENT_KEY}
				key k2 {env.OLD_KEY}
				key k3 literal-secret-value
				alg HS256 HS512
				leeway 45s
			}
			tcf {
				header X-TC
				cookie tc
				vendor 755
				purpose personalization 3 4
				purpose analytics 7
				max_age 395d
			}
			service https://consent.internal/v1/subjects/{subject} {
				timeout 1500ms
				cache_size 500
				ttl 10m
				negative_ttl 1m
				fail_open
			}
			gpc_withdraws personalization third_party_sharing
		}`, `{"require":["personalization","analytics"],"on_missing":"deny","header":"X-Granted","subject_header":"X-User",` +
			`"token":{"header":"X-Token","key":"{env.GUARDRAIL_CONSENT_KEY}","keys":{"k2":"{env.OLD_KEY}","k3":"literal-secret-value"},"algorithms":["HS256","HS512"],"leeway":45000000000},` +
			`"tcf":{"header":"X-TC","cookie":"tc","vendor_id":755,"purposes":{"analytics":[7],"personalization":[3,4]},"max_age":34128000000000000},` +
			`"service":{"url":"https://consent.internal/v1/subjects/{subject}","timeout":1500000000,"cache_size":500,"ttl":600000000000,"negative_ttl":60000000000,"fail_open":true},` +
			`"gpc_withdraws":["personalization","third_party_sharing"]}`},
		{"header off", `consent {
			header off
		}`, `{"disable_header":true}`},
		{"service without block", `consent {
			service http://127.0.0.1:9000/{subject}
		}`, `{"service":{"url":"http://127.0.0.1:9000/{subject}"}}`},
		{"empty token and tcf blocks", `consent {
			token
			tcf
		}`, `{"token":{},"tcf":{}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseConsent(tc.input)
			if err != nil {
				t.Fatalf("UnmarshalCaddyfile: %v", err)
			}
			got, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestUnmarshalCaddyfileErrors(t *testing.T) {
	for _, tc := range []struct {
		name, input, want string
	}{
		{"argument on consent", `consent personalization`, "wrong argument count"},
		{"unknown option", "consent {\n require personalization\n bogus 1\n}", `unrecognized consent option "bogus"`},
		{"repeated require", "consent {\n require a\n require b\n}", `"require" specified more than once`},
		{"require without args", "consent {\n require\n}", "wrong argument count"},
		{"upper-case purpose", "consent {\n require Personalization\n}", `invalid purpose "Personalization"`},
		{"bad on_missing", "consent {\n on_missing block\n}", `on_missing must be`},
		{"on_missing arity", "consent {\n on_missing deny anonymize\n}", "wrong argument count"},
		{"header arity", "consent {\n header\n}", "wrong argument count"},
		{"header two args", "consent {\n header A B\n}", "wrong argument count"},
		{"repeated token", "consent {\n token\n token\n}", `"token" specified more than once`},
		{"token argument", "consent {\n token X-Token\n}", "wrong argument count"},
		{"token unknown", "consent {\n token {\n secret x\n }\n}", `unrecognized consent token option "secret"`},
		{"token key arity", "consent {\n token {\n key a b c\n }\n}", "wrong argument count"},
		{"token default key twice", "consent {\n token {\n key a\n key b\n }\n}", "default token key specified more than once"},
		{"token kid twice", "consent {\n token {\n key k1 a\n key k1 b\n }\n}", `token key id "k1" specified more than once`},
		{"token alg none", "consent {\n token {\n alg none\n }\n}", `unsupported token algorithm "none"`},
		{"token bad leeway", "consent {\n token {\n leeway soon\n }\n}", `bad duration "soon"`},
		{"token repeated header", "consent {\n token {\n header A\n header B\n }\n}", `token option "header" specified more than once`},
		{"tcf unknown", "consent {\n tcf {\n gvl 3\n }\n}", `unrecognized consent tcf option "gvl"`},
		{"tcf vendor not a number", "consent {\n tcf {\n vendor acme\n }\n}", "want an integer from 1 to 65535"},
		{"tcf purpose id 0", "consent {\n tcf {\n purpose personalization 0\n }\n}", "want an integer from 1 to 24"},
		{"tcf purpose without ids", "consent {\n tcf {\n purpose personalization\n }\n}", "wrong argument count"},
		{"tcf purpose twice", "consent {\n tcf {\n purpose p 3\n purpose p 4\n }\n}", `tcf purpose "p" specified more than once`},
		{"service without url", "consent {\n service {\n timeout 1s\n }\n}", "wrong argument count"},
		{"service two urls", "consent {\n service http://a/{subject} http://b/{subject}\n}", "wrong argument count"},
		{"service unknown", "consent {\n service http://a/{subject} {\n retries 3\n }\n}", `unrecognized consent service option "retries"`},
		{"service zero ttl", "consent {\n service http://a/{subject} {\n ttl 0s\n }\n}", "must be positive"},
		{"service cache_size", "consent {\n service http://a/{subject} {\n cache_size many\n }\n}", "want an integer"},
		{"service fail_open arg", "consent {\n service http://a/{subject} {\n fail_open yes\n }\n}", "wrong argument count"},
		{"service repeated ttl", "consent {\n service http://a/{subject} {\n ttl 1m\n ttl 2m\n }\n}", `service option "ttl" specified more than once`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseConsent(tc.input)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestCaddyfileExampleProvisions checks that the documented example parses
// and passes New once placeholders are replaced.
func TestCaddyfileExampleProvisions(t *testing.T) {
	c, err := parseConsent(`consent {
		require personalization
		on_missing deny
		token {
			key {env.GUARDRAIL_CONSENT_KEY}
			key k2 {env.OLD_KEY}
			leeway 30s
		}
		tcf {
			vendor 755
			purpose personalization 3 4
		}
		service https://consent.internal/v1/subjects/{subject} {
			timeout 2s
			cache_size 10000
			ttl 5m
			negative_ttl 30s
			fail_open
		}
		gpc_withdraws personalization third_party_sharing
	}`)
	if err != nil {
		t.Fatal(err)
	}
	c.Token.Key = testKey
	c.Token.Keys["k2"] = testKey2
	r, err := New(c, nil)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	r.Close()
}

// TestUnmarshalCaddyfileSegment parses the block the way the guardrail
// directive does: from inside its own block, via NewFromNextSegment.
func TestUnmarshalCaddyfileSegment(t *testing.T) {
	d := caddyfile.NewTestDispenser(`guardrail {
		consent {
			require personalization
			on_missing deny
		}
		after x
	}`)
	d.Next()
	var c Config
	var rest []string
	for nesting := d.Nesting(); d.NextBlock(nesting); {
		switch d.Val() {
		case "consent":
			if err := c.UnmarshalCaddyfile(d.NewFromNextSegment()); err != nil {
				t.Fatalf("segment: %v", err)
			}
		default:
			rest = append(rest, d.Val())
			d.RemainingArgs()
		}
	}
	if c.OnMissing != OutcomeDeny || len(c.Require) != 1 || len(rest) != 1 || rest[0] != "after" {
		t.Errorf("got %+v, rest %v", c, rest)
	}
	// The same block parsed in place, from the caller's dispenser.
	d = caddyfile.NewTestDispenser("guardrail {\n consent {\n on_missing deny\n }\n after x\n}")
	d.Next()
	c, rest = Config{}, nil
	for nesting := d.Nesting(); d.NextBlock(nesting); {
		switch d.Val() {
		case "consent":
			if err := c.UnmarshalCaddyfile(d); err != nil {
				t.Fatalf("in place: %v", err)
			}
		default:
			rest = append(rest, d.Val())
			d.RemainingArgs()
		}
	}
	if c.OnMissing != OutcomeDeny || len(rest) != 1 || rest[0] != "after" {
		t.Errorf("in place: got %+v, rest %v", c, rest)
	}
}
