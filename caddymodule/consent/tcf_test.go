package consent

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// tcfVector is one record of ../../../shared/eval/tcf-vectors.jsonl.
type tcfVector struct {
	ID       string         `json:"id"`
	TCString string         `json:"tc_string"`
	Valid    bool           `json:"valid"`
	Expected map[string]any `json:"expected"`
	Decoded  map[string]any `json:"decoded"`
	Reason   string         `json:"reason"`
}

func loadTCFVectors(t testing.TB) []tcfVector {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "eval", "tcf-vectors.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("tcf vectors not available: %v", err)
	}
	defer f.Close()
	var vs []tcfVector
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var v tcfVector
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("parsing vector: %v", err)
		}
		vs = append(vs, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(vs) != 67 {
		t.Fatalf("got %d vectors, want 67", len(vs))
	}
	return vs
}

func setIDs(set uint64, n int) []int {
	ids := []int{}
	for id := 1; id <= n; id++ {
		if set&(1<<uint(id-1)) != 0 {
			ids = append(ids, id)
		}
	}
	return ids
}

func vendorMap(v *VendorSet) map[string]any {
	enc := "bitfield"
	if v.RangeEncoded {
		enc = "range"
	}
	return map[string]any{"max_vendor_id": v.MaxVendorID, "encoding": enc, "ids": v.IDs()}
}

func isoMillis(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// decodedMap renders a TCString in the vectors' "decoded" shape.
func decodedMap(tc *TCString) map[string]any {
	restr := []any{}
	for _, pr := range tc.PubRestrictions {
		restr = append(restr, map[string]any{"purpose_id": pr.PurposeID, "restriction_type": pr.RestrictionType, "vendor_ids": pr.Vendors.IDs()})
	}
	m := map[string]any{
		"version":                tc.Version,
		"created":                isoMillis(tc.Created),
		"last_updated":           isoMillis(tc.LastUpdated),
		"cmp_id":                 tc.CMPID,
		"cmp_version":            tc.CMPVersion,
		"consent_screen":         tc.ConsentScreen,
		"consent_language":       tc.ConsentLanguage,
		"vendor_list_version":    tc.VendorListVersion,
		"tcf_policy_version":     tc.PolicyVersion,
		"is_service_specific":    tc.IsServiceSpecific,
		"use_non_standard_texts": tc.UseNonStandardTexts,
		"special_features":       setIDs(uint64(tc.SpecialFeatureOptIns), 12),
		"purposes_consent":       setIDs(uint64(tc.PurposesConsent), 24),
		"purposes_li":            setIDs(uint64(tc.PurposesLITransparency), 24),
		"purpose_one_treatment":  tc.PurposeOneTreatment,
		"publisher_cc":           tc.PublisherCC,
		"vendor_consents":        vendorMap(&tc.VendorConsents),
		"vendor_li":              vendorMap(&tc.VendorLI),
		"publisher_restrictions": restr,
	}
	if tc.DisclosedVendors != nil {
		m["disclosed_vendors"] = vendorMap(tc.DisclosedVendors)
	}
	if tc.AllowedVendors != nil {
		m["allowed_vendors"] = vendorMap(tc.AllowedVendors)
	}
	if p := tc.PublisherTC; p != nil {
		m["publisher_tc"] = map[string]any{
			"pub_purposes_consent":    setIDs(uint64(p.PurposesConsent), 24),
			"pub_purposes_li":         setIDs(uint64(p.PurposesLITransparency), 24),
			"num_custom_purposes":     p.NumCustomPurposes,
			"custom_purposes_consent": setIDs(p.CustomPurposesConsent, p.NumCustomPurposes),
			"custom_purposes_li":      setIDs(p.CustomPurposesLITransparency, p.NumCustomPurposes),
		}
	}
	return m
}

// normalize round-trips v through JSON so numbers and slices compare alike.
func normalize(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDecodeTCFVectors(t *testing.T) {
	for _, v := range loadTCFVectors(t) {
		t.Run(v.ID, func(t *testing.T) {
			tc, err := DecodeTCF(v.TCString)
			if !v.Valid {
				if err == nil {
					t.Fatalf("decoded an invalid string (reason %q)", v.Reason)
				}
				if !errors.Is(err, ErrTCF) {
					t.Errorf("error %v does not wrap ErrTCF", err)
				}
				if strings.Contains(err.Error(), v.TCString) {
					t.Errorf("error quotes the TC string: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("DecodeTCF: %v", err)
			}
			got := decodedMap(tc)
			want := v.Decoded
			for k, w := range want {
				g, ok := got[k]
				if !ok {
					t.Errorf("%s: missing, want %v", k, w)
					continue
				}
				if gn, wn := normalize(t, g), normalize(t, w); !reflect.DeepEqual(gn, wn) {
					t.Errorf("%s: got %v, want %v", k, gn, wn)
				}
			}
			for k := range got {
				if _, ok := want[k]; !ok {
					t.Errorf("%s: decoded but absent from the vector", k)
				}
			}
			checkExpected(t, tc, got, v.Expected)
		})
	}
}

// checkExpected asserts every key the source test asserts; unknown keys fail.
func checkExpected(t *testing.T, tc *TCString, got map[string]any, exp map[string]any) {
	t.Helper()
	eq := func(key string, g, w any) {
		if gn, wn := normalize(t, g), normalize(t, w); !reflect.DeepEqual(gn, wn) {
			t.Errorf("expected %s: got %v, want %v", key, gn, wn)
		}
	}
	sample := func(key string, has func(int) bool, w any) {
		for k, want := range w.(map[string]any) {
			id, _ := strconv.Atoi(k)
			if has(id) != want.(bool) {
				t.Errorf("%s[%d]: got %v, want %v", key, id, has(id), want)
			}
		}
	}
	for key, w := range exp {
		switch key {
		case "vendor_consents", "vendor_li", "disclosed_vendors", "allowed_vendors":
			eq(key, got[key].(map[string]any)["ids"], w)
		case "vendor_consents_max_id", "vendor_li_max_id", "disclosed_vendors_max_id", "allowed_vendors_max_id":
			eq(key, got[strings.TrimSuffix(key, "_max_id")].(map[string]any)["max_vendor_id"], w)
		case "vendor_consents_encoding", "vendor_li_encoding":
			eq(key, got[strings.TrimSuffix(key, "_encoding")].(map[string]any)["encoding"], w)
		case "vendor_consents_sample":
			sample(key, tc.VendorConsents.Has, w)
		case "vendor_li_sample":
			sample(key, tc.VendorLI.Has, w)
		case "purposes_consent_sample":
			sample(key, tc.PurposeConsent, w)
		case "purposes_li_sample":
			sample(key, func(id int) bool { return bitSet32(tc.PurposesLITransparency, id) }, w)
		case "special_features_sample":
			sample(key, func(id int) bool { return bitSet32(tc.SpecialFeatureOptIns, id) }, w)
		case "tcf_minor_version":
			minor := 0
			switch tc.PolicyVersion {
			case 3:
				minor = 1
			case 4:
				minor = 2
			}
			eq(key, minor, w)
		case "pub_purposes_consent", "pub_purposes_li", "custom_purposes_consent", "custom_purposes_li":
			eq(key, got["publisher_tc"].(map[string]any)[key], w)
		case "pub_purposes_consent_count":
			eq(key, len(setIDs(uint64(tc.PublisherTC.PurposesConsent), 24)), w)
		case "publisher_restriction_checks":
			for _, c := range w.([]any) {
				m := c.(map[string]any)
				p, typ, vendor := int(m["purpose_id"].(float64)), int(m["restriction_type"].(float64)), int(m["vendor_id"].(float64))
				if g := tc.Restricted(p, typ, vendor); g != m["restricted"].(bool) {
					t.Errorf("Restricted(%d, %d, %d) = %v, want %v", p, typ, vendor, g, m["restricted"])
				}
			}
		case "publisher_restriction_union":
			for pt, ids := range w.(map[string]any) {
				var p, typ int
				if _, err := fmt.Sscanf(pt, "%d:%d", &p, &typ); err != nil {
					t.Fatal(err)
				}
				var union []int
				for id := 1; id <= 1<<16-1; id++ {
					if tc.Restricted(p, typ, id) {
						union = append(union, id)
					}
				}
				eq(key+" "+pt, union, ids)
			}
		default:
			g, ok := got[key]
			if !ok {
				t.Errorf("expected key %s is not checked by this test", key)
				continue
			}
			eq(key, g, w)
		}
	}
}

func TestDecodeTCFErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"empty", "", "empty"},
		{"bad base64", "CO!vzTO5", "not base64url"},
		{"standard base64 alphabet", "COvzTO5+vzTO5", "not base64url"},
		{"empty segment", "COvzTO5OvzTO5B7ABCENAPEYAIAAAIAAAIqIAAoAAoAA..IAAo", "not base64url"},
		{"truncated core", "COvzTO5OvzTO5B7A", "truncated: cmpVersion"},
		{"version 1", "BONMj34ONMj34ABACDENALqAAAAAplY", "unsupported version 1"},
		{"version 3", "DQ==", "unsupported version 3"},
		{"unknown segment type", "COvzTO5OvzTO5B7ABCENAPEYAIAAAIAAAIqIAAoAAoAA.gAAo", "unknown segment type 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeTCF(tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func BenchmarkDecodeTCF(b *testing.B) {
	const s = "COvzTO5OvzTO5B7ABCENAPCYAKdAADkAAIqIFhwBAAGAAXAFGAsMAhYAgAMAAegBYAEKAAA"
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		if _, err := DecodeTCF(s); err != nil {
			b.Fatal(err)
		}
	}
}
