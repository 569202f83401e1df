package redact

import (
	"slices"
	"testing"
)

// TestIrishAddresses holds Irish streets, towns before a county, counties
// and Eircodes, and code look-alikes that stay unmarked.
func TestIrishAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"street town county eircode", "Post it to 9 Ardmore Park, Greystones, Co. Wicklow A63 KX22 please.",
			[]string{"STREET_ADDRESS:9 Ardmore Park", "LOCATION:Greystones", "LOCATION:Co. Wicklow", "ZIP_CODE:A63 KX22"}},
		{"county without dot", "Ship to 41 Oakley Lawn, Mallow, Co Cork P51 TF8E",
			[]string{"STREET_ADDRESS:41 Oakley Lawn", "LOCATION:Mallow", "LOCATION:Co Cork", "ZIP_CODE:P51 TF8E"}},
		{"county word", "for 3 Hazel Heights, Ennis, County Clare",
			[]string{"STREET_ADDRESS:3 Hazel Heights", "LOCATION:Ennis", "LOCATION:County Clare"}},
		{"eircode label", "Eircode: T12 RW9C", []string{"ZIP_CODE:T12 RW9C"}},
		{"eircode after county", "Kilkenny R95 FX3P", []string{"ZIP_CODE:R95 FX3P"}},
		{"dublin 6w", "Dublin D6W Y7N4", []string{"ZIP_CODE:D6W Y7N4"}},
		{"after a dublin district", "Customer: 15 Harbour View, Howth, Dublin 13, D13 X2Y4",
			[]string{"STREET_ADDRESS:15 Harbour View", "LOCATION:Howth", "LOCATION:Dublin 13", "ZIP_CODE:D13 X2Y4"}}, // the district: loc23_district.go
		// Look-alikes: product codes and a county word without a county.
		{"product code", "Model A94 W2K5 ships in blue.", nil},
		{"code without context", "ref K12 XY34 attached", nil},
		{"co not county", "Acme Co. Boston sells 5 Elm Lanes", nil},
	})
}

func TestEircodeAt(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"A94 W2K5", 8}, {"A94W2K5", 7}, {"D6W X8Y4", 8}, {"B94 W2K5", 0}, {"A94 W2K", 0},
		{"A94 W2KB", 0}, {"A9 W2K5", 0}, {"A94 W2K5X", 0},
	}
	for _, tc := range tests {
		e, ok := eircodeAt(tc.text, 0)
		if !ok {
			e = 0
		}
		if e != tc.want {
			t.Errorf("eircodeAt(%q) = %d, want %d", tc.text, e, tc.want)
		}
	}
}

func TestEircodeAfterCountyInCapitals(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, want string
	}{
		{"caps county", "ADDRESS: ROSE COTTAGE, KILMORE, CO. WEXFORD, Y35 E2N3", "Y35 E2N3"},
		{"caps county no label", "ship to ROSE COTTAGE, KILMORE, WEXFORD, Y35 E2N3 asap", "Y35 E2N3"},
		{"caps word no county", "ORDER: ROSE COTTAGE, KILMORE, RETURNS, Y35 E2N3", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findType(e, tc.text, "ZIP_CODE")
			if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("ZIP_CODE = %q, want %q", got, tc.want)
			}
		})
	}
}
