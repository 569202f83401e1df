# pkg.awk: the package group of a function name in cg_annotate's output,
# shared by instructions.sh and footprint.sh (their awk programs start with
# this file's text).
function pkg(f) {
	if (f ~ /^(runtime\.|internal\/runtime|gcWriteBarrier)/) return "runtime"
	if (f ~ /guardrail\/redact/) return "redact"
	if (f ~ /guardrail\/rules/) return "rules"
	if (f ~ /guardrail\/caddymodule\/exchange/) return "exchange"
	if (f ~ /guardrail\/caddymodule/) return "caddymodule"
	if (f ~ /sha256|hmac/) return "sha256"
	if (f ~ /gjson/) return "gjson"
	if (f ~ /^net\/http|^net\/textproto/) return "net/http"
	if (f ~ /caddyserver/) return "caddy"
	return "other"
}
