#!/usr/bin/env bash
# Runs cmd/guardbench with a third side: the Portkey AI gateway (npm
# @portkey-ai/gateway, pinned in package.json) on 127.0.0.1 in front of the
# same fake OpenAI provider as plain reverse_proxy and the guardrail, and
# prints all three sides and the ratios against plain reverse_proxy.
#
#   examples/gateway-compare/run.sh                     (needs go, node/npm)
#   examples/gateway-compare/run.sh -duration 12s -rounds 4
#
# Extra arguments go to guardbench. The default scenarios are the whole
# (non-streamed) ones: Portkey 1.15.2 on Node 20 answers every streamed
# request with 500 ("TypeError: immutable" when it adds a header to the
# provider's response), so pii_2k_stream and conv_32k_stream cannot be
# compared with it here. Portkey's CPU time counts in its cpu/req through
# -other-pid; its alloc/req is guardbench's own (client and provider) only.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${PORTKEY_PORT:-18787}
mkdir -p "$here/out"
cd "$here"
[ -d node_modules/@portkey-ai/gateway ] || npm ci --no-audit --no-fund

# --headless: no UI routes; NODE_ENV=production: no development console.
# The gateway listens on every interface (it has no bind option); guardbench
# sends its load to 127.0.0.1 only.
NODE_ENV=production node node_modules/@portkey-ai/gateway/build/start-server.js --port="$port" --headless \
	>"$here/out/portkey.log" 2>&1 &
pk=$!
trap 'kill "$pk" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
	curl -fsS "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
	sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/" >/dev/null || { echo "Portkey did not start; see $here/out/portkey.log" >&2; exit 1; }
echo "portkey $(node -p 'require("@portkey-ai/gateway/package.json").version') (pid $pk) on 127.0.0.1:$port, node $(node --version)"

cd "$root"
go run ./cmd/guardbench -scenarios prompt_2k,pii_2k,conv_32k -duration 6s -rounds 3 \
	-other "http://127.0.0.1:$port" -other-name portkey -other-pid "$pk" \
	-other-header 'x-portkey-provider: openai' -other-header 'x-portkey-custom-host: {provider}/v1' "$@"
