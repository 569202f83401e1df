package caddymodule

import (
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/caddyconfig/caddyfile"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"go.uber.org/zap"

	"github.com/caddy-guardrail/guardrail/caddymodule/consent"
	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

func init() {
	caddy.RegisterModule(new(Guardrail))
}

// Guardrail redacts personal data in prompts sent to LLM APIs, decides from
// the customer's consent whether placeholders may be restored in the answer,
// and screens answers, streamed or not, for manipulative or biased wording.
// It must run before reverse_proxy; the `guardrail` Caddyfile directive is
// ordered so that it does.
type Guardrail struct {
	// The largest request body read for inspection, in bytes. Larger bodies
	// are rejected with 413 and nothing is forwarded. Default: 8 MiB.
	MaxBodySize int64 `json:"max_body_size,omitempty"`

	// The largest non-streamed answer buffered for screening and restoring,
	// in bytes. A larger answer is replaced by a 502 error (fail closed).
	// Streamed answers are never buffered whole. Default: 16 MiB.
	MaxAnswerSize int64 `json:"max_answer_size,omitempty"`

	// The API dialect of this route, e.g. "openai_chat". Empty means
	// detected from the request path.
	Dialect string `json:"dialect,omitempty"`

	// What to do with a request whose path matches no dialect:
	// "redact_text" (default) redacts every string of a JSON body, or the
	// whole body as plain text; "pass" forwards it unchanged; "reject"
	// answers 404.
	UnknownPath string `json:"unknown_path,omitempty"`

	// What to do with image, audio and file parts of a request, which the
	// guardrail cannot inspect for personal data: "reject" (default)
	// refuses the request with the error code unsupported_content; "drop"
	// replaces each part by the text "[media removed]"; "pass" forwards
	// them unchanged. The exchange record notes what was done.
	Media string `json:"media,omitempty"`

	// The rules file (YAML, see docs/rules.md) merged onto the built-in
	// defaults; allow, deny, disable, operator and screen settings here
	// apply on top of it. Edits to the file take effect within seconds
	// without a config reload; an invalid edit is logged and the last good
	// rules stay in force. Caddy placeholders such as {env.GUARDRAIL_RULES}
	// are replaced. Default: empty, the built-in defaults.
	Rules string `json:"rules,omitempty"`

	// Entity types (e.g. "IP_ADDRESS") or detector rule ids (e.g.
	// "builtin.phone") switched off. Default: every built-in detector on.
	Disable []string `json:"disable,omitempty"`

	// Values that are never redacted, compared case-insensitively with the
	// detected text, e.g. the brand's support address.
	Allow []string `json:"allow,omitempty"`

	// Terms that are always redacted (case-insensitive, whole words), e.g.
	// unreleased product code names. They get the type DENIED_TERM.
	Deny []string `json:"deny,omitempty"`

	// How each entity type is replaced, keyed by entity type; the key
	// "default" sets the operator for every other type. Default:
	// "placeholder" for every type.
	Operators map[string]*OperatorConfig `json:"operators,omitempty"`

	// The secret key for keyed hashes: placeholder numbers, user and
	// subject ids, the hash operator and the exchange log's hash chain.
	// Caddy placeholders such as {env.GUARDRAIL_HASH_KEY} are replaced.
	// Default: {env.GUARDRAIL_HASH_KEY}; when that is empty, a random key
	// per process (placeholders then differ between instances and restarts).
	HashKey string `json:"hash_key,omitempty"`

	// Whether placeholders are restored in the answer when the consent
	// decision is "personalize". Default: true.
	Restore *bool `json:"restore,omitempty"`

	// Consent: which purposes this route requires, where consent evidence
	// comes from, and what happens when it is missing. Default: requires
	// "personalization" and anonymizes when it is missing.
	Consent *consent.Config `json:"consent,omitempty"`

	// Screening of answers for manipulative or biased wording.
	Screen *ScreenConfig `json:"screen,omitempty"`

	// A label for this route in exchange records (the record's "route"
	// field), e.g. "marketing-emails", so operators can tell apart routes
	// that share a host. Default: empty.
	Route string `json:"route,omitempty"`

	// The path at which customers or apps POST feedback about an exchange
	// ({"exchange_id", "kind", "message"}); the guardrail answers it itself
	// with 202 and writes a feedback record. Empty (default): no endpoint.
	FeedbackPath string `json:"feedback_path,omitempty"`

	// Content capture in exchange records: "none" (default) or "redacted"
	// (the redacted prompt and the answer before restoring; never
	// originals).
	LogContent string `json:"log_content,omitempty"`

	// The cache of the detectors' findings per text, which spares a
	// conversation's earlier messages, resent on every turn, a search on
	// each one: texts of 64 bytes or more, from their third request on,
	// keyed by a keyed hash (no text is kept). Default: on, 16384 texts
	// and 8 MiB.
	FindCache *FindCacheConfig `json:"find_cache,omitempty"`

	state     atomic.Pointer[ruleState]
	dialect   atomic.Pointer[dialectMemo] // dialectFor's last API path
	key       []byte
	restore   bool
	consent   *consent.Resolver
	evidence  *evidenceKeys // the consent evidence headers forward strips, canonical
	logger    *zap.Logger
	emitter   *exchange.Emitter
	findCache *findCache // nil when find_cache is off
}

// OperatorConfig chooses how one entity type is replaced.
type OperatorConfig struct {
	// One of "placeholder" (typed, numbered, restorable), "mask" (all but
	// the last keep_last characters replaced by '*'), "hash" (keyed hash)
	// or "remove".
	Kind string `json:"kind"`

	// For "mask": how many trailing characters stay visible. Default: 0.
	KeepLast int `json:"keep_last,omitempty"`
}

// ScreenConfig sets what happens to answers with manipulative or biased
// wording.
type ScreenConfig struct {
	// Turns screening off.
	Off bool `json:"off,omitempty"`

	// The action per severity ("low", "medium", "high") or per category code
	// (e.g. "false_urgency"): "log" (exchange record only), "flag"
	// (X-Guardrail-Findings header, or an SSE comment in streams) or
	// "block" (the text is withheld and the answer ends with the dialect's
	// content-filter stop reason). A category's action beats its severity's.
	// Default: high block, medium flag, low log.
	Actions map[string]string `json:"actions,omitempty"`

	// The text that replaces a blocked non-streamed answer. Default:
	// "This answer was withheld by the content guardrail."
	BlockMessage string `json:"block_message,omitempty"`
}

// ruleState is everything a reload of rules replaces at once. ServeHTTP
// loads it once and uses that snapshot for the whole exchange.
type ruleState struct {
	engine   *redact.Engine
	find     func(text string) []redact.Span // engine plus the rules file's allow patterns
	policy   *redact.Policy                  // operators, keyed with hash_key
	screener *rules.Screener
	actions  map[string]action
	version  string
	clean    *cleanSet // strings whose record copy needs no redaction (see recordcache.go)
	gen      uint64    // unique per snapshot: the find cache's entries of one never serve another
}

// ruleGen numbers the rules snapshots of the process (ruleState.gen).
var ruleGen atomic.Uint64

// action is what screening does with a finding.
type action uint8

const (
	actLog action = iota
	actFlag
	actBlock
)

func (a action) String() string {
	switch a {
	case actFlag:
		return "flag"
	case actBlock:
		return "block"
	}
	return "log"
}

func parseAction(s string) (action, error) {
	switch s {
	case "log":
		return actLog, nil
	case "flag":
		return actFlag, nil
	case "block":
		return actBlock, nil
	}
	return 0, fmt.Errorf("unknown screening action %q (want log, flag or block)", s)
}

const (
	defaultMaxBodySize   = 8 << 20
	defaultMaxAnswerSize = 16 << 20
	defaultBlockMessage  = "This answer was withheld by the content guardrail."
)

// CaddyModule returns the Caddy module information.
func (*Guardrail) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "http.handlers.guardrail",
		New: func() caddy.Module { return new(Guardrail) },
	}
}

// processKey is the random hash key used when none is configured.
var processKey = sync.OnceValue(func() []byte {
	k := make([]byte, 32)
	_, _ = rand.Read(k) // never fails on supported platforms
	return k
})

// Provision sets up the guardrail.
func (g *Guardrail) Provision(ctx caddy.Context) error {
	g.logger = ctx.Logger()
	if err := registerMetrics(ctx.GetMetricsRegistry()); err != nil {
		return fmt.Errorf("registering metrics: %w", err)
	}
	if g.MaxBodySize == 0 {
		g.MaxBodySize = defaultMaxBodySize
	}
	if g.MaxAnswerSize == 0 {
		g.MaxAnswerSize = defaultMaxAnswerSize
	}
	if g.UnknownPath == "" {
		g.UnknownPath = "redact_text"
	}
	if g.LogContent == "" {
		g.LogContent = "none"
	}
	if g.Media == "" {
		g.Media = mediaReject
	}
	g.restore = g.Restore == nil || *g.Restore
	g.findCache = newFindCache(g.FindCache)

	repl := caddy.NewReplacer()
	key := repl.ReplaceKnown(g.HashKey, "")
	if g.HashKey == "" {
		key = repl.ReplaceKnown("{env.GUARDRAIL_HASH_KEY}", "")
	}
	if key == "" {
		g.logger.Warn("no hash_key configured and GUARDRAIL_HASH_KEY is empty: using a random key for this process; placeholders and hashed ids will differ between instances and restarts")
		g.key = processKey()
	} else {
		g.key = []byte(key)
	}

	st, err := g.buildRuleState()
	if err != nil {
		return err
	}
	g.state.Store(st)
	g.startRulesWatcher(ctx)

	cc := consent.Config{}
	if g.Consent != nil {
		cc = *g.Consent
	}
	cc = replaceConsentSecrets(repl, cc)
	res, err := consent.New(cc, http.DefaultClient)
	if err != nil {
		return fmt.Errorf("consent: %w", err)
	}
	g.consent = res
	g.evidence = newEvidenceKeys(g.Consent)
	// The exchange records' hash chain survives reloads: the emitter is
	// shared per logger name and key.
	g.emitter = exchange.Acquire(g.logger.Named("exchange"), g.key)
	return nil
}

// replaceConsentSecrets expands Caddy placeholders ({env.X}) in the consent
// token keys, which are usually kept in the environment.
func replaceConsentSecrets(repl *caddy.Replacer, c consent.Config) consent.Config {
	if c.Token == nil {
		return c
	}
	t := *c.Token
	t.Key = repl.ReplaceKnown(t.Key, "")
	keys := make(map[string]string, len(t.Keys))
	for kid, k := range t.Keys {
		keys[kid] = repl.ReplaceKnown(k, "")
	}
	t.Keys = keys
	c.Token = &t
	return c
}

// buildRuleState loads the rules file (the embedded defaults when Rules
// is empty) with the Caddyfile's allow, deny, disable, operator
// and screen settings on top, sets the policy from the merged operators,
// and prepares the watcher that Provision starts.
func (g *Guardrail) buildRuleState() (*ruleState, error) {
	data, err := g.readRules()
	if err != nil {
		return nil, err
	}
	set, err := g.loadRuleSet(data)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	st, err := stateFromSet(set, g.key)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	g.prepareRulesWatcher(data, set)
	g.logger.Info("rules loaded", zap.String("path", g.rulesPath()), zap.String("rules_version", st.version))
	return st, nil
}

// actionFor returns the action for a finding: its category's if set, else
// its severity's.
func (st *ruleState) actionFor(f rules.Finding) action {
	if a, ok := st.actions[f.Category]; ok {
		return a
	}
	return st.actions[f.Severity.String()]
}

// Validate checks the configuration.
func (g *Guardrail) Validate() error {
	var errs []error
	if g.MaxBodySize < 0 {
		errs = append(errs, errors.New("max_body_size must not be negative"))
	}
	if g.MaxAnswerSize < 0 {
		errs = append(errs, errors.New("max_answer_size must not be negative"))
	}
	if g.Dialect != "" && dialectByName(g.Dialect) == nil {
		errs = append(errs, fmt.Errorf("unknown dialect %q (known: %s)", g.Dialect, strings.Join(dialectNames(), ", ")))
	}
	if !slices.Contains([]string{"redact_text", "pass", "reject"}, g.UnknownPath) {
		errs = append(errs, fmt.Errorf("unknown_path must be redact_text, pass or reject, not %q", g.UnknownPath))
	}
	if g.Media != "" && !slices.Contains([]string{mediaPass, mediaDrop, mediaReject}, g.Media) {
		errs = append(errs, fmt.Errorf("media must be pass, drop or reject, not %q", g.Media))
	}
	if fc := g.FindCache; fc != nil && (fc.Entries < 0 || fc.MaxSize < 0) {
		errs = append(errs, errors.New("find_cache entries and max_size must not be negative"))
	}
	if !slices.Contains([]string{"none", "redacted"}, g.LogContent) {
		errs = append(errs, fmt.Errorf("log_content must be none or redacted, not %q", g.LogContent))
	}
	return errors.Join(errs...)
}

// Cleanup releases what Provision acquired.
func (g *Guardrail) Cleanup() error {
	g.stopRulesWatcher()
	if g.consent != nil {
		g.consent.Close()
	}
	exchange.Release(g.emitter)
	return nil
}

func dialectNames() []string {
	names := make([]string, 0, len(dialects))
	for _, d := range dialects {
		names = append(names, d.name)
	}
	return names
}

// Interface guards
var (
	_ caddy.Provisioner           = (*Guardrail)(nil)
	_ caddy.Validator             = (*Guardrail)(nil)
	_ caddy.CleanerUpper          = (*Guardrail)(nil)
	_ caddyhttp.MiddlewareHandler = (*Guardrail)(nil)
	_ caddyfile.Unmarshaler       = (*Guardrail)(nil)
)

// consentConfig is the consent package's configuration, as embedded here.
type consentConfig = consent.Config
