package caddymodule

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/caddyconfig"
	_ "github.com/caddyserver/caddy/v2/modules/standard"
)

// TestExamplesAdapt parses every examples/*.caddyfile with the Caddyfile
// adapter, as `caddy adapt` does, checks that each puts the guardrail in
// front of the expected providers, and validates the resulting config
// (every module provisioned, nothing started).
func TestExamplesAdapt(t *testing.T) {
	for _, v := range []string{"GUARDRAIL_UPSTREAM", "AZURE_OPENAI_ENDPOINT", "OLLAMA_UPSTREAM", "GUARDRAIL_HASH_KEY"} {
		t.Setenv(v, "")
		os.Unsetenv(v)
	}
	t.Setenv("GUARDRAIL_EXCHANGE_LOG", filepath.Join(t.TempDir(), "exchange.log"))

	// Substrings the adapted JSON must contain, per example.
	want := map[string][]string{
		"openai.caddyfile":        {`"dial":"api.openai.com:443"`, `"media":"reject"`, `"handler":"guardrail_echo"`},
		"azure-openai.caddyfile":  {`"dial":"my-resource.openai.azure.com:443"`},
		"anthropic.caddyfile":     {`"dial":"api.anthropic.com:443"`, `"on_missing":"anonymize"`},
		"gemini.caddyfile":        {`"dial":"generativelanguage.googleapis.com:443"`, `"media":"drop"`},
		"ollama.caddyfile":        {`"dial":"localhost:11434"`, `"media":"drop"`},
		"all-providers.caddyfile": {`"dial":"api.openai.com:443"`, `"dial":"api.anthropic.com:443"`, `"dial":"generativelanguage.googleapis.com:443"`, `"dial":"my-resource.openai.azure.com:443"`, `"dial":"localhost:11434"`, `"unknown_path":"reject"`, `"strip_path_prefix":"/anthropic"`},
	}
	files, err := filepath.Glob("../examples/*.caddyfile")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	adapter := caddyconfig.GetAdapter("caddyfile")
	for _, f := range files {
		name := filepath.Base(f)
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out, warnings, err := adapter.Adapt(body, map[string]any{"filename": f})
			if err != nil {
				t.Fatalf("adapt: %v", err)
			}
			for _, w := range warnings {
				t.Errorf("warning: %s:%d: %s", w.File, w.Line, w.Message)
			}
			js := string(out)
			if !strings.Contains(js, `"handler":"guardrail"`) {
				t.Errorf("no guardrail handler in %s", js)
			}
			for _, s := range want[name] {
				if !strings.Contains(js, s) {
					t.Errorf("adapted config lacks %s", s)
				}
			}
			var cfg caddy.Config
			if err := json.Unmarshal(out, &cfg); err != nil {
				t.Fatal(err)
			}
			if err := caddy.Validate(&cfg); err != nil {
				t.Errorf("validate: %v", err)
			}
		})
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("example %s is missing", name)
		}
	}
}
