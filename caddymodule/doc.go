// Package caddymodule is the Caddy glue of Caddy Guardrail: the
// http.handlers.guardrail handler and its Caddyfile directive, the API
// dialects, consent, the response wrapper for whole and streamed answers,
// exchange records and metrics.
package caddymodule
