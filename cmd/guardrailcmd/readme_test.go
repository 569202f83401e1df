package guardrailcmd

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
)

// The README must describe every directive, subcommand, header and log
// field that exists. These tests take the names from the code (the
// Caddyfile parser's keywords, the cobra verbs and their flags, the header
// names the handler reads or writes, the exchange record's JSON keys) and
// fail on any name the README does not mention, so a new option cannot
// land undocumented.

func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// mentions reports whether doc has name as a whole word (letters, digits,
// '_' and '-' count as word characters, so "by" is not found inside "by_type").
func mentions(doc, name string) bool {
	re := regexp.MustCompile(`(^|[^A-Za-z0-9_-])` + regexp.QuoteMeta(name) + `($|[^A-Za-z0-9_-])`)
	return re.MatchString(doc)
}

func TestReadmeDocumentsVerbsAndFlags(t *testing.T) {
	doc := readme(t)
	root := newRootCmd()
	if len(root.Commands()) == 0 {
		t.Fatal("no verbs registered")
	}
	for _, verb := range root.Commands() {
		if !strings.Contains(doc, "guardrail "+verb.Name()) && !strings.Contains(doc, "`"+verb.Name()) {
			t.Errorf("README does not describe the subcommand %q", verb.Name())
		}
		verb.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Name == "help" {
				return
			}
			if !mentions(doc, "--"+f.Name) {
				t.Errorf("README does not describe the flag --%s of %q", f.Name, verb.Name())
			}
		})
	}
}

// caseKeywords are the quoted strings of `case "…"` lines in a Go file:
// the Caddyfile parser's directive and subdirective names.
var caseKeywords = regexp.MustCompile(`(?m)^\s*case ((?:"[a-z_]+",?\s*)+):`)

func TestReadmeDocumentsCaddyfileDirectives(t *testing.T) {
	doc := readme(t)
	src, err := os.ReadFile(filepath.Join("..", "..", "caddymodule", "caddyfile.go"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range caseKeywords.FindAllStringSubmatch(string(src), -1) {
		for _, q := range regexp.MustCompile(`"([a-z_]+)"`).FindAllStringSubmatch(m[1], -1) {
			names = append(names, q[1])
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) < 10 {
		t.Fatalf("found only %d directive names in caddyfile.go: %v (did the parser's shape change?)", len(names), names)
	}
	for _, n := range names {
		if !mentions(doc, n) {
			t.Errorf("README does not describe the Caddyfile keyword %q", n)
		}
	}
}

// headerLiteral matches the header names the handler's code spells out.
var headerLiteral = regexp.MustCompile(`"((?:X|Sec)-[A-Za-z-]+)"`)

func TestReadmeDocumentsHeaders(t *testing.T) {
	doc := readme(t)
	dir := filepath.Join("..", "..", "caddymodule")
	var files []string
	for _, pat := range []string{"*.go", "*/*.go"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	seen := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range headerLiteral.FindAllStringSubmatch(string(src), -1) {
			seen[m[1]] = true
		}
	}
	if len(seen) < 4 {
		t.Fatalf("found only %d header names in caddymodule: %v", len(seen), seen)
	}
	for h := range seen {
		if !strings.Contains(strings.ToLower(doc), strings.ToLower(h)) {
			t.Errorf("README does not describe the header %s", h)
		}
	}
}

// jsonKeys collects the JSON keys of t and of every struct it holds.
func jsonKeys(t reflect.Type, into map[string]bool, seen map[reflect.Type]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] {
		return
	}
	seen[t] = true
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			into[name] = true
		}
		jsonKeys(f.Type, into, seen)
	}
}

func TestReadmeDocumentsRecordFields(t *testing.T) {
	doc := readme(t)
	keys := map[string]bool{}
	jsonKeys(reflect.TypeFor[exchange.Record](), keys, map[reflect.Type]bool{})
	if len(keys) < 20 {
		t.Fatalf("found only %d record keys: %v", len(keys), keys)
	}
	for k := range keys {
		if !mentions(doc, k) {
			t.Errorf("README does not describe the exchange record field %q", k)
		}
	}
}
