package redact

import "testing"

// TestPlainNoteGen checks that a note matches only its own position and
// generation, and that no note survives the generation counter's wrap.
func TestPlainNoteGen(t *testing.T) {
	var sc textScan
	sc.reset("Zorvane Quessly", false)
	sc.notePlain(8, 7, nameGiven)
	if n, fl := sc.plainAt(8); n != 7 || fl != nameGiven {
		t.Errorf("plainAt(8) = %d, %d, want 7, %d", n, fl, nameGiven)
	}
	if n, _ := sc.plainAt(8 + numPlainNotes); n != 0 {
		t.Errorf("plainAt(%d) = %d, want 0 (another position in the slot)", 8+numPlainNotes, n)
	}
	sc.notePlain(0, 300, 0)
	if n, _ := sc.plainAt(0); n != 255 {
		t.Errorf("a note of 300 bytes holds %d, want 255", n)
	}
	sc.reset("Zorvane Quessly", false)
	if n, _ := sc.plainAt(8); n != 0 {
		t.Errorf("after reset, plainAt(8) = %d, want 0", n)
	}
	sc.notePlain(8, 7, nameGiven)
	sc.gen = ^uint32(0)
	sc.notePlain(0, 7, nameGiven)
	sc.reset("Zorvane Quessly", false)
	if sc.gen != 1 {
		t.Errorf("after the wrap, gen = %d, want 1", sc.gen)
	}
	for _, i := range []int{0, 8} {
		if n, _ := sc.plainAt(i); n != 0 {
			t.Errorf("after the wrap, plainAt(%d) = %d, want 0", i, n)
		}
	}
}
