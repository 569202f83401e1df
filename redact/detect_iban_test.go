package redact

import "testing"

func TestIBANDetector(t *testing.T) {
	runDetCases(t, ibanDetector{}, "IBAN_CODE", []detCase{
		{"DE compact", "IBAN DE89370400440532013000.", []string{"DE89370400440532013000"}},
		{"DE grouped", "pay DE89 3704 0044 0532 0130 00 now", []string{"DE89 3704 0044 0532 0130 00"}},
		{"GB letters in BBAN", "GB82 WEST 1234 5698 7654 32", []string{"GB82 WEST 1234 5698 7654 32"}},
		{"lower case", "gb82west12345698765432", []string{"gb82west12345698765432"}},
		{"PL grouped in sentence", "remboursement sur PL07 5931 0341 3164 7525 5341 9283.", []string{"PL07 5931 0341 3164 7525 5341 9283"}},
		{"PL grouped, one digit changed", "sur PL07 5931 0341 3164 7525 5341 9284.", nil},
		{"NO short", "NO9386011117947", []string{"NO9386011117947"}},
		{"bad checksum", "DE89370400440532013001", nil},
		{"one char changed", "GB82WEST12345698765433", nil},
		{"wrong length", "DE8937040044053201300", nil},
		{"too long", "DE893704004405320130001", nil},
		{"unknown country", "ZZ89370400440532013000", nil},
		{"mixed case", "LV80 bANK 0000 4351 9500 1", nil},
		{"bad BBAN structure", "VG46H07Y0223060094359858", nil},
		{"glued", "xDE89370400440532013000", nil},
	})
}

func TestIBANFormatsAgreeWithLengths(t *testing.T) {
	for cc, spec := range ibanFormatSpec {
		key := [2]byte{cc[0], cc[1]}
		parts := parseBBANFormat(spec)
		total := 0
		for _, p := range parts {
			total += p.count
		}
		if parts == nil || total+4 != ibanLengths[key] {
			t.Errorf("%s: format %q gives %d characters, registry length is %d", cc, spec, total+4, ibanLengths[key])
		}
	}
}
