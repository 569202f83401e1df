package caddymodule

import (
	"strconv"

	"github.com/caddyserver/caddy/v2/caddyconfig/caddyfile"
	"github.com/caddyserver/caddy/v2/caddyconfig/httpcaddyfile"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"github.com/dustin/go-humanize"
)

func init() {
	httpcaddyfile.RegisterHandlerDirective("guardrail", parseCaddyfile)
	// After encode, so encode compresses our output; before everything that
	// answers (reverse_proxy, respond, and the routes inside handle).
	httpcaddyfile.RegisterDirectiveOrder("guardrail", httpcaddyfile.After, "encode")
}

func parseCaddyfile(h httpcaddyfile.Helper) (caddyhttp.MiddlewareHandler, error) {
	g := new(Guardrail)
	err := g.UnmarshalCaddyfile(h.Dispenser)
	return g, err
}

// UnmarshalCaddyfile sets up the handler from Caddyfile tokens. Syntax:
//
//	guardrail {
//		max_body_size   <size>
//		max_answer_size <size>
//		dialect         <name>
//		unknown_path    redact_text|pass|reject
//		disable         <type|rule id>...
//		allow           <value>...
//		deny            <term>...
//		operator        <type|default> placeholder|mask|hash|remove [<keep_last>]
//		hash_key        <secret>
//		rules           [<path>]
//		restore         on|off
//		log_content     none|redacted
//		media           pass|drop|reject
//		feedback_path   <path>
//		route           <label>
//		find_cache      off|<entries> [<max_size>]
//		consent {
//			...  (see the consent package)
//		}
//		screen {
//			off
//			low|medium|high       log|flag|block
//			category <code>       log|flag|block
//			block_message <text>
//		}
//	}
//
// Every setting may appear once, except allow, deny, disable and operator,
// which accumulate.
func (g *Guardrail) UnmarshalCaddyfile(d *caddyfile.Dispenser) error {
	d.Next() // consume directive name
	if d.NextArg() {
		return d.ArgErr()
	}
	seen := map[string]bool{}
	for nesting := d.Nesting(); d.NextBlock(nesting); {
		key := d.Val()
		switch key {
		case "allow", "deny", "disable", "operator":
		default:
			if seen[key] {
				return d.Errf("guardrail option %q set more than once", key)
			}
			seen[key] = true
		}
		switch key {
		case "max_body_size", "max_answer_size":
			if !d.NextArg() {
				return d.ArgErr()
			}
			size, err := humanize.ParseBytes(d.Val())
			if err != nil {
				return d.Errf("parsing %s: %v", key, err)
			}
			if d.NextArg() {
				return d.ArgErr()
			}
			if key == "max_body_size" {
				g.MaxBodySize = int64(size)
			} else {
				g.MaxAnswerSize = int64(size)
			}
		case "rules":
			// No argument or an empty one (an unset {$GUARDRAIL_RULES})
			// means the built-in defaults.
			args := d.RemainingArgs()
			if len(args) > 1 {
				return d.ArgErr()
			}
			if len(args) == 1 {
				g.Rules = args[0]
			}
		case "dialect", "unknown_path", "hash_key", "log_content", "feedback_path", "media", "route":
			if !d.NextArg() {
				return d.ArgErr()
			}
			v := d.Val()
			if d.NextArg() {
				return d.ArgErr()
			}
			switch key {
			case "dialect":
				g.Dialect = v
			case "unknown_path":
				g.UnknownPath = v
			case "hash_key":
				g.HashKey = v
			case "log_content":
				g.LogContent = v
			case "feedback_path":
				g.FeedbackPath = v
			case "route":
				g.Route = v
			case "media":
				g.Media = v
			}
		case "allow", "deny", "disable":
			args := d.RemainingArgs()
			if len(args) == 0 {
				return d.ArgErr()
			}
			switch key {
			case "allow":
				g.Allow = append(g.Allow, args...)
			case "deny":
				g.Deny = append(g.Deny, args...)
			case "disable":
				g.Disable = append(g.Disable, args...)
			}
		case "operator":
			args := d.RemainingArgs()
			if len(args) < 2 || len(args) > 3 {
				return d.ArgErr()
			}
			oc := &OperatorConfig{Kind: args[1]}
			if len(args) == 3 {
				n, err := strconv.Atoi(args[2])
				if err != nil || n < 0 {
					return d.Errf("operator %s: keep_last must be a whole number, not %q", args[0], args[2])
				}
				oc.KeepLast = n
			}
			if g.Operators == nil {
				g.Operators = map[string]*OperatorConfig{}
			}
			if _, dup := g.Operators[args[0]]; dup {
				return d.Errf("operator for %s set more than once", args[0])
			}
			g.Operators[args[0]] = oc
		case "restore":
			if !d.NextArg() {
				return d.ArgErr()
			}
			var on bool
			switch d.Val() {
			case "on":
				on = true
			case "off":
			default:
				return d.Errf("restore must be on or off, not %q", d.Val())
			}
			if d.NextArg() {
				return d.ArgErr()
			}
			g.Restore = &on
		case "find_cache":
			fc, err := parseFindCache(d)
			if err != nil {
				return err
			}
			g.FindCache = fc
		case "consent":
			if d.NextArg() {
				return d.ArgErr()
			}
			g.Consent = new(consentConfig)
			if err := g.Consent.UnmarshalCaddyfile(d.NewFromNextSegment()); err != nil {
				return err
			}
		case "screen":
			if d.NextArg() {
				return d.ArgErr()
			}
			sc, err := parseScreen(d)
			if err != nil {
				return err
			}
			g.Screen = sc
		default:
			return d.Errf("unrecognized guardrail option %q", key)
		}
	}
	return nil
}

func parseScreen(d *caddyfile.Dispenser) (*ScreenConfig, error) {
	sc := &ScreenConfig{}
	seen := map[string]bool{}
	for nesting := d.Nesting(); d.NextBlock(nesting); {
		key := d.Val()
		switch key {
		case "off":
			if d.NextArg() {
				return nil, d.ArgErr()
			}
			sc.Off = true
		case "low", "medium", "high", "category":
			name := key
			if key == "category" {
				if !d.NextArg() {
					return nil, d.ArgErr()
				}
				name = d.Val()
			}
			if !d.NextArg() {
				return nil, d.ArgErr()
			}
			if _, err := parseAction(d.Val()); err != nil {
				return nil, d.Err(err.Error())
			}
			if seen[name] {
				return nil, d.Errf("screening action for %s set more than once", name)
			}
			seen[name] = true
			if sc.Actions == nil {
				sc.Actions = map[string]string{}
			}
			sc.Actions[name] = d.Val()
			if d.NextArg() {
				return nil, d.ArgErr()
			}
		case "block_message":
			if !d.NextArg() {
				return nil, d.ArgErr()
			}
			sc.BlockMessage = d.Val()
			if d.NextArg() {
				return nil, d.ArgErr()
			}
		default:
			return nil, d.Errf("unrecognized screen option %q", key)
		}
	}
	return sc, nil
}

// parseFindCache parses find_cache's arguments: off, or the most entries
// and optionally the most memory (a size such as 16MiB).
func parseFindCache(d *caddyfile.Dispenser) (*FindCacheConfig, error) {
	args := d.RemainingArgs()
	if len(args) == 0 || len(args) > 2 {
		return nil, d.ArgErr()
	}
	if args[0] == "off" {
		if len(args) > 1 {
			return nil, d.ArgErr()
		}
		return &FindCacheConfig{Off: true}, nil
	}
	n, err := strconv.Atoi(args[0])
	if err != nil || n < 1 {
		return nil, d.Errf("find_cache: entries must be off or a positive whole number, not %q", args[0])
	}
	fc := &FindCacheConfig{Entries: n}
	if len(args) == 2 {
		size, err := humanize.ParseBytes(args[1])
		if err != nil || size < 1 {
			return nil, d.Errf("find_cache: parsing max_size %q: want a size such as 16MiB", args[1])
		}
		fc.MaxSize = int64(size)
	}
	return fc, nil
}
