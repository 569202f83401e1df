package redact

import "testing"

// TestScanSetOrder checks that the bits of the scan detectors follow the
// order of their ids, as Find ran them before runScans, and that the
// person detector is the only built-in without a bit.
func TestScanSetOrder(t *testing.T) {
	var last scanSet
	for _, d := range Builtins() {
		sd, ok := d.(scanDetector)
		if !ok {
			if _, person := d.(personDetector); !person {
				t.Errorf("built-in %s is neither a scan detector nor the person detector", d.ID())
			}
			continue
		}
		bit := scanBit(sd)
		if bit <= last {
			t.Errorf("scan bit of %s is %#x, want more than %#x (the previous id's)", d.ID(), bit, last)
		}
		last = bit
	}
}
