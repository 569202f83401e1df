// Command caddy is Caddy with the guardrail module and the standard modules
// built in. It is the standard plugin-build main: `xcaddy build --with
// github.com/caddy-guardrail/guardrail/caddymodule` builds the same thing.
package main

import (
	caddycmd "github.com/caddyserver/caddy/v2/cmd"

	// plug in Caddy modules here
	_ "github.com/caddyserver/caddy/v2/modules/standard"

	_ "github.com/caddy-guardrail/guardrail/caddymodule"
	_ "github.com/caddy-guardrail/guardrail/cmd/guardrailcmd"
)

func main() {
	caddycmd.Main()
}
