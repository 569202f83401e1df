package consent

import (
	"strconv"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/caddyconfig/caddyfile"
)

// UnmarshalCaddyfile parses a consent block. d is positioned either at
// the `consent` token (the caller's block loop consumed it, d.Val() is
// "consent") or before it (a dispenser from d.NewFromNextSegment()); the
// block takes no arguments of its own. Syntax (every line is optional and may appear
// once; see Config for the meaning and defaults):
//
//	consent {
//		require <purpose...>
//		on_missing anonymize|deny
//		header <name>|off
//		subject_header <name>
//		token {
//			header <name>
//			key <secret>
//			key <kid> <secret>
//			alg <HS256|HS384|HS512...>
//			leeway <duration>
//		}
//		tcf {
//			header <name>
//			cookie <name>
//			vendor <gvl_id>
//			purpose <purpose> <tcf_purpose_id...>
//			max_age <duration>
//		}
//		service <url_with_{subject}> {
//			timeout <duration>
//			cache_size <n>
//			ttl <duration>
//			negative_ttl <duration>
//			fail_open
//		}
//		gpc_withdraws <purpose...>
//	}
//
// `key <kid> <secret>` may repeat with different key ids, and `purpose`
// with different purposes. Secrets are usually placeholders such as
// {env.GUARDRAIL_CONSENT_KEY}, which the caller replaces before New.
func (c *Config) UnmarshalCaddyfile(d *caddyfile.Dispenser) error {
	if d.Val() == "" {
		d.Next() // a fresh segment dispenser: consume the name
	}
	if d.NextArg() {
		return d.ArgErr()
	}
	seen := map[string]bool{}
	for nesting := d.Nesting(); d.NextBlock(nesting); {
		opt := d.Val()
		if seen[opt] {
			return d.Errf("consent option %q specified more than once", opt)
		}
		seen[opt] = true
		switch opt {
		case "require", "gpc_withdraws":
			args := d.RemainingArgs()
			if len(args) == 0 {
				return d.ArgErr()
			}
			for _, p := range args {
				if !validPurpose(p) {
					return d.Errf("invalid purpose %q: want lowercase letters, digits, '_', '-', '.'", p)
				}
			}
			if opt == "require" {
				c.Require = args
			} else {
				c.GPCWithdraws = args
			}
		case "on_missing":
			if !d.NextArg() {
				return d.ArgErr()
			}
			v := d.Val()
			if v != OutcomeAnonymize && v != OutcomeDeny {
				return d.Errf("on_missing must be %q or %q, got %q", OutcomeAnonymize, OutcomeDeny, v)
			}
			c.OnMissing = v
			if d.NextArg() {
				return d.ArgErr()
			}
		case "header":
			v, err := oneArg(d)
			if err != nil {
				return err
			}
			if v == "off" {
				c.DisableHeader = true
			} else {
				c.Header = v
			}
		case "subject_header":
			v, err := oneArg(d)
			if err != nil {
				return err
			}
			c.SubjectHeader = v
		case "token":
			if d.NextArg() {
				return d.ArgErr()
			}
			c.Token = new(TokenConfig)
			if err := c.Token.unmarshalCaddyfile(d); err != nil {
				return err
			}
		case "tcf":
			if d.NextArg() {
				return d.ArgErr()
			}
			c.TCF = new(TCFConfig)
			if err := c.TCF.unmarshalCaddyfile(d); err != nil {
				return err
			}
		case "service":
			if !d.NextArg() {
				return d.ArgErr()
			}
			c.Service = &ServiceConfig{URL: d.Val()}
			if d.NextArg() {
				return d.ArgErr()
			}
			if err := c.Service.unmarshalCaddyfile(d); err != nil {
				return err
			}
		default:
			return d.Errf("unrecognized consent option %q", opt)
		}
	}
	return nil
}

func (t *TokenConfig) unmarshalCaddyfile(d *caddyfile.Dispenser) error {
	seen := map[string]bool{}
	for nesting := d.Nesting(); d.NextBlock(nesting); {
		opt := d.Val()
		if opt != "key" && seen[opt] {
			return d.Errf("token option %q specified more than once", opt)
		}
		seen[opt] = true
		switch opt {
		case "header":
			v, err := oneArg(d)
			if err != nil {
				return err
			}
			t.Header = v
		case "key":
			args := d.RemainingArgs()
			switch len(args) {
			case 1:
				if t.Key != "" {
					return d.Err("default token key specified more than once")
				}
				t.Key = args[0]
			case 2:
				if _, dup := t.Keys[args[0]]; dup {
					return d.Errf("token key id %q specified more than once", args[0])
				}
				if t.Keys == nil {
					t.Keys = map[string]string{}
				}
				t.Keys[args[0]] = args[1]
			default:
				return d.ArgErr()
			}
		case "alg":
			args := d.RemainingArgs()
			if len(args) == 0 {
				return d.ArgErr()
			}
			for _, a := range args {
				if _, ok := hmacAlgs[a]; !ok {
					return d.Errf("unsupported token algorithm %q: want HS256, HS384 or HS512", a)
				}
			}
			t.Algorithms = args
		case "leeway":
			v, err := durationArg(d)
			if err != nil {
				return err
			}
			t.Leeway = v
		default:
			return d.Errf("unrecognized consent token option %q", opt)
		}
	}
	return nil
}

func (t *TCFConfig) unmarshalCaddyfile(d *caddyfile.Dispenser) error {
	seen := map[string]bool{}
	for nesting := d.Nesting(); d.NextBlock(nesting); {
		opt := d.Val()
		if opt != "purpose" && seen[opt] {
			return d.Errf("tcf option %q specified more than once", opt)
		}
		seen[opt] = true
		switch opt {
		case "header":
			v, err := oneArg(d)
			if err != nil {
				return err
			}
			t.Header = v
		case "cookie":
			v, err := oneArg(d)
			if err != nil {
				return err
			}
			t.Cookie = v
		case "vendor":
			v, err := intArg(d, 1, 65535)
			if err != nil {
				return err
			}
			t.VendorID = v
		case "purpose":
			args := d.RemainingArgs()
			if len(args) < 2 {
				return d.ArgErr()
			}
			p := args[0]
			if !validPurpose(p) {
				return d.Errf("invalid purpose %q: want lowercase letters, digits, '_', '-', '.'", p)
			}
			if _, dup := t.Purposes[p]; dup {
				return d.Errf("tcf purpose %q specified more than once", p)
			}
			ids := make([]int, 0, len(args)-1)
			for _, a := range args[1:] {
				id, err := strconv.Atoi(a)
				if err != nil || id < 1 || id > 24 {
					return d.Errf("TCF purpose id %q: want an integer from 1 to 24", a)
				}
				ids = append(ids, id)
			}
			if t.Purposes == nil {
				t.Purposes = map[string][]int{}
			}
			t.Purposes[p] = ids
		case "max_age":
			v, err := durationArg(d)
			if err != nil {
				return err
			}
			t.MaxAge = v
		default:
			return d.Errf("unrecognized consent tcf option %q", opt)
		}
	}
	return nil
}

func (s *ServiceConfig) unmarshalCaddyfile(d *caddyfile.Dispenser) error {
	seen := map[string]bool{}
	for nesting := d.Nesting(); d.NextBlock(nesting); {
		opt := d.Val()
		if seen[opt] {
			return d.Errf("service option %q specified more than once", opt)
		}
		seen[opt] = true
		var err error
		switch opt {
		case "timeout":
			s.Timeout, err = durationArg(d)
		case "ttl":
			s.TTL, err = durationArg(d)
		case "negative_ttl":
			s.NegativeTTL, err = durationArg(d)
		case "cache_size":
			s.CacheSize, err = intArg(d, 1, 1<<24)
		case "fail_open":
			if d.NextArg() {
				return d.ArgErr()
			}
			s.FailOpen = true
		default:
			return d.Errf("unrecognized consent service option %q", opt)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// oneArg reads exactly one argument.
func oneArg(d *caddyfile.Dispenser) (string, error) {
	if !d.NextArg() {
		return "", d.ArgErr()
	}
	v := d.Val()
	if d.NextArg() {
		return "", d.ArgErr()
	}
	return v, nil
}

// durationArg reads exactly one positive duration.
func durationArg(d *caddyfile.Dispenser) (caddy.Duration, error) {
	v, err := oneArg(d)
	if err != nil {
		return 0, err
	}
	dur, err := caddy.ParseDuration(v)
	if err != nil {
		return 0, d.Errf("bad duration %q: %v", v, err)
	}
	if dur <= 0 {
		return 0, d.Errf("duration %q must be positive", v)
	}
	return caddy.Duration(dur), nil
}

// intArg reads exactly one integer in [lo, hi].
func intArg(d *caddyfile.Dispenser, lo, hi int) (int, error) {
	v, err := oneArg(d)
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, d.Errf("%q: want an integer from %d to %d", v, lo, hi)
	}
	return n, nil
}
