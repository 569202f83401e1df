package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestKeyEndsExact proves keyEndMaybe's table a sound gate: every key
// keyColumn knows, as written, in capitals and after a prefix, passes it.
func TestKeyEndsExact(t *testing.T) {
	check := func(key string) {
		if _, ok := keyColumn(key); !ok {
			return // (capitals of other scripts are not folded)
		}
		if !lineKeyMaybe(key) {
			t.Errorf("line key %q ruled out", key)
		}
		if json := "{ \"" + key + "\":"; !jsonKeyMaybe(json, len(json)-1) {
			t.Errorf("JSON key %q ruled out", key)
		}
	}
	for _, m := range []map[string]tableColumn{tableLabels, keyLabels} {
		for l := range m {
			check(l)
			check(strings.ToUpper(l))
			check("billing_" + l)
		}
	}
}

func TestKeyColumn(t *testing.T) {
	tests := []struct {
		key   string
		col   tableColumn
		known bool
	}{
		{"first_name", colPerson, true},
		{"firstName", colPerson, true},
		{"FirstName", colPerson, true},
		{"billing_city", colCity, true},
		{"shippingPostcode", colZip, true},
		{"contact.last_name", colPerson, true},
		{"address-line1", colStreet, true},
		{"date_of_birth", colBirth, true},
		{"email", colOther, true},
		{"state", colOther, false}, // weak: "State: open"
		{"model", colOther, false},
		{"content", colOther, false},
	}
	for _, tc := range tests {
		if col, known := keyColumn(tc.key); col != tc.col || known != tc.known {
			t.Errorf("%q: %v %v, want %v %v", tc.key, col, known, tc.col, tc.known)
		}
	}
}

func TestThingNameParents(t *testing.T) {
	tests := []struct {
		text, key string
		yaml      bool
		want      bool
	}{
		{"campaign:\n  name: Copper Lantern\n", "name", true, true},
		{"products:\n  - name: Velvet Rose\n", "name", true, true},
		{"customer:\n  name: Della Quist\n", "name", true, false},
		{"user:\n  name: Della Quist\n", "name", true, false},
		{"name: Della Quist\n", "name", true, false},
		{"campaign:\n  first_name: Della\n", "first_name", true, false},
		{`{"event": {"name": "Open Day"}}`, "name", false, true},
		{`{"events": [{"id": 1}, {"name": "Open Day"}]}`, "name", false, true},
		{`{"owner": {"name": "Della Quist"}}`, "name", false, false},
		{`[{"name": "Della Quist"}]`, "name", false, false},
	}
	for _, tc := range tests {
		k := strings.LastIndex(tc.text, tc.key)
		var parent string
		if tc.yaml {
			parent = yamlParentKey(tc.text, strings.LastIndexByte(tc.text[:k], '\n')+1)
		} else {
			parent = jsonParentKey(tc.text, k-2)
		}
		if got := thingName(tc.key, parent); got != tc.want {
			t.Errorf("%q: parent %q, thing %v, want %v", tc.text, parent, got, tc.want)
		}
	}
}

// TestTrimKeyTable checks trimKey's byte table against the strings.Trim
// cutset it stands for, with "•" marks between the trimmed bytes.
func TestTrimKeyTable(t *testing.T) {
	ref := func(key string) string {
		for {
			key = strings.Trim(key, " \t-*\"'`")
			k, ok := strings.CutPrefix(key, "•")
			if !ok {
				return key
			}
			key = k
		}
	}
	r := rand.New(rand.NewSource(29))
	parts := []string{" ", "\t", "-", "*", "\"", "'", "`", "•", "a", "Name", "é", "\xe2", ":", "_"}
	for range 20000 {
		var sb strings.Builder
		for range r.Intn(8) {
			sb.WriteString(parts[r.Intn(len(parts))])
		}
		if got, want := trimKey(sb.String()), ref(sb.String()); got != want {
			t.Fatalf("trimKey(%q) = %q, want %q", sb.String(), got, want)
		}
	}
}
