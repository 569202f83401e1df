package caddymodule

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/caddyserver/caddy/v2"
	"github.com/fsnotify/fsnotify"
	"go.uber.org/zap"

	"github.com/caddy-guardrail/guardrail/redact"
	"github.com/caddy-guardrail/guardrail/rules"
)

// Timing of the rules file watcher; tests shorten them.
var (
	// rulesDebounce is how long the watcher waits after the last change
	// event before it reloads (editors write a file in several steps).
	rulesDebounce = 300 * time.Millisecond
	// rulesPoll is how often the file is checked even without events
	// (network file systems, missed events).
	rulesPoll = 5 * time.Second
)

// rulesPath is the rules file to load: Rules with Caddy placeholders such as
// {env.GUARDRAIL_RULES} replaced. Empty means the built-in defaults.
func (g *Guardrail) rulesPath() string {
	return caddy.NewReplacer().ReplaceKnown(g.Rules, "")
}

// loadRuleSet loads the rules file (or the defaults) and applies the
// Caddyfile's allow, deny, disable, operator and screen settings on top.
func (g *Guardrail) loadRuleSet(data []byte) (*rules.Set, error) {
	path := g.rulesPath()
	set := rules.Default()
	if path != "" {
		s, err := rules.Parse(path, data)
		if err != nil {
			return nil, err
		}
		set = s
	}
	o := rules.Overlay{Allow: g.Allow, Deny: g.Deny, Disable: g.Disable}
	for typ, oc := range g.Operators {
		if oc == nil {
			return nil, fmt.Errorf("operator for %s: empty", typ)
		}
		kind, err := redact.ParseOperatorKind(oc.Kind)
		if err != nil {
			return nil, fmt.Errorf("operator for %s: %w", typ, err)
		}
		if o.Operators == nil {
			o.Operators = map[string]redact.Operator{}
		}
		o.Operators[typ] = redact.Operator{Kind: kind, KeepLast: oc.KeepLast}
	}
	if g.Screen != nil {
		o.Actions = g.Screen.Actions
		o.ScreenOff = g.Screen.Off
	}
	if len(o.Allow)+len(o.Deny)+len(o.Disable)+len(o.Operators)+len(o.Actions) == 0 && !o.ScreenOff {
		return set, nil
	}
	return set.Overlay(o)
}

// readRules reads the rules file; nil data (and no error) for the defaults.
func (g *Guardrail) readRules() ([]byte, error) {
	path := g.rulesPath()
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("loading rules %s: %w", path, err)
	}
	return data, nil
}

// stateFromSet builds the per-exchange snapshot of a rule set: detection
// (with the file's allow patterns; API member names it finds clean are not
// searched again, see cleanWordFind), the operators as a policy keyed with key,
// screening and its actions.
func stateFromSet(set *rules.Set, key []byte) (*ruleState, error) {
	policy := set.Policy(key)
	if err := policy.Validate(); err != nil {
		return nil, err
	}
	st := &ruleState{engine: set.Engine, find: cleanWordFind(set.Find), policy: policy, screener: set.Screener, version: set.Version,
		clean: new(cleanSet), gen: ruleGen.Add(1)}
	if set.Screener == nil {
		return st, nil
	}
	st.actions = make(map[string]action, len(set.Actions))
	for k, v := range set.Actions {
		a, err := parseAction(v)
		if err != nil {
			return nil, fmt.Errorf("screen %s: %w", k, err)
		}
		st.actions[k] = a
	}
	return st, nil
}

// rulesWatcher reloads a rules file when it changes. It is owned by the
// Guardrail that started it: started in Provision, stopped in Cleanup (or
// when the config's context ends).
type rulesWatcher struct {
	g        *Guardrail
	path     string
	last     [sha256.Size]byte // hash of the last contents tried, good or bad
	started  bool              // set before the goroutine starts, read by halt
	stop     chan struct{}
	done     chan struct{}
	stopOnce sync.Once
}

// watchers maps a provisioned *Guardrail to its rules watcher.
var watchers sync.Map

// prepareRulesWatcher records what Provision loaded (data, compiled to
// set) for the watcher that startRulesWatcher starts.
func (g *Guardrail) prepareRulesWatcher(data []byte, set *rules.Set) {
	path := g.rulesPath()
	if path == "" {
		return
	}
	w := &rulesWatcher{g: g, path: path, last: sha256.Sum256(data), stop: make(chan struct{}), done: make(chan struct{})}
	if old, loaded := watchers.Swap(g, w); loaded {
		old.(*rulesWatcher).halt()
	}
}

// startRulesWatcher starts the prepared watcher, if any: it runs until
// Cleanup or the end of ctx.
func (g *Guardrail) startRulesWatcher(ctx caddy.Context) {
	v, ok := watchers.Load(g)
	if !ok {
		return
	}
	w := v.(*rulesWatcher)
	if w.started {
		return
	}
	fw, err := fsnotify.NewWatcher()
	if err == nil {
		// The directory, not the file: editors and config managers replace
		// files by renaming a new one over them.
		if err = fw.Add(filepath.Dir(w.path)); err != nil {
			_ = fw.Close()
			fw = nil
		}
	}
	if err != nil {
		g.logger.Warn("cannot watch the rules file; checking it every few seconds instead",
			zap.String("path", w.path), zap.Duration("interval", rulesPoll), zap.Error(err))
	}
	w.started = true
	go w.run(ctx, fw)
}

// stopRulesWatcher stops the watcher and waits until it has ended.
func (g *Guardrail) stopRulesWatcher() {
	if v, ok := watchers.LoadAndDelete(g); ok {
		v.(*rulesWatcher).halt()
	}
}

// halt stops the watcher's goroutine, if it was started, and waits for it.
func (w *rulesWatcher) halt() {
	w.stopOnce.Do(func() { close(w.stop) })
	if w.started {
		<-w.done
	}
}

func (w *rulesWatcher) run(ctx caddy.Context, fw *fsnotify.Watcher) {
	defer close(w.done)
	var events chan fsnotify.Event
	var errs chan error
	if fw != nil {
		defer fw.Close()
		events, errs = fw.Events, fw.Errors
	}
	poll := time.NewTicker(rulesPoll)
	defer poll.Stop()
	debounce := time.NewTimer(time.Hour)
	debounce.Stop()
	defer debounce.Stop()
	for {
		select {
		case <-w.stop:
			return
		case <-ctx.Done():
			return
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			if ev.Op == fsnotify.Chmod {
				continue
			}
			// Any change in the directory may be the file (renames,
			// symlink swaps); the contents decide.
			debounce.Reset(rulesDebounce)
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			w.g.logger.Warn("rules file watcher error", zap.String("path", w.path), zap.Error(err))
		case <-debounce.C:
			w.reload()
		case <-poll.C:
			w.reload()
		}
	}
}

// reload loads the file if its contents changed since the last attempt.
// An invalid file keeps the last good rules and is logged once.
func (w *rulesWatcher) reload() {
	g := w.g
	data, err := os.ReadFile(w.path)
	if err != nil {
		sum := sha256.Sum256([]byte("unreadable: " + err.Error()))
		if sum != w.last {
			w.last = sum
			g.logger.Error("cannot read the rules file; keeping the last good rules",
				zap.String("path", w.path), zap.String("rules_version", g.state.Load().version), zap.Error(err))
		}
		return
	}
	sum := sha256.Sum256(data)
	if sum == w.last {
		return
	}
	w.last = sum
	set, err := g.loadRuleSet(data)
	var st *ruleState
	if err == nil {
		st, err = stateFromSet(set, g.key)
	}
	if err != nil {
		g.logger.Error("invalid rules file; keeping the last good rules",
			zap.String("path", w.path), zap.String("rules_version", g.state.Load().version), zap.String("problems", problemsText(err)))
		return
	}
	old := g.state.Swap(st)
	g.logger.Info("rules loaded", zap.String("path", w.path), zap.String("rules_version", st.version), zap.String("previous_version", old.version))
}

// problemsText is the error's text: one problem per line, file:line:col.
func problemsText(err error) string {
	pe, ok := errors.AsType[*rules.Error](err)
	if !ok {
		return err.Error()
	}
	lines := make([]string, len(pe.Problems))
	for i, p := range pe.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
