package consent

import (
	"testing"
	"time"
)

// FuzzDecodeTCF checks that no input panics and that a decoded string's
// vendor sets answer within their bounds.
func FuzzDecodeTCF(f *testing.F) {
	for _, s := range []string{tcf002, "COvzTO5OvzTO5B7A", "DQ==", "CO.QAAo.IAAo", "COvzTO5OvzTO5B7ABCENAPEYAIAAAIAAAIqIAAoAAoAA.QAAo.IAAo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tc, err := DecodeTCF(s)
		if err != nil {
			return
		}
		if tc.Version != 2 || tc.VendorListVersion == 0 {
			t.Fatalf("accepted version %d, vendor list %d", tc.Version, tc.VendorListVersion)
		}
		if tc.VendorConsents.Has(0) || tc.VendorConsents.Has(tc.VendorConsents.MaxVendorID+1) {
			t.Fatal("vendor set answers outside 1..MaxVendorID")
		}
	})
}

// FuzzVerifyToken checks that no input panics and that nothing but a
// correctly signed token verifies.
func FuzzVerifyToken(f *testing.F) {
	good := sign(f, hs256(), claims("personalization"), testKey)
	f.Add(good)
	f.Add(good[:len(good)-2])
	f.Add("e30.e30.")
	f.Add("..")
	v := newTokenVerifier(&TokenConfig{Key: testKey, Algorithms: []string{"HS256"}, Leeway: 0})
	f.Fuzz(func(t *testing.T, tok string) {
		_, reason := v.verify(tok, time.Unix(1_800_000_000, 0))
		if reason == "" && tok != good {
			t.Fatalf("a token other than the signed one verified")
		}
	})
}
