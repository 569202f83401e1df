package redact

import "testing"

// TestMACDetector covers the scan shortcuts of the MAC detector: the first
// separator from the shared scan, and the Cisco form found between the
// first and the last dot.
func TestMACDetector(t *testing.T) {
	runDetCases(t, macDetector{}, "MAC_ADDRESS", []detCase{
		{"colon at start", "00:1A:2B:3C:4D:5E", []string{"00:1A:2B:3C:4D:5E"}},
		{"colon after other colons", "Note: see: 00:1A:2B:3C:4D:5E now", []string{"00:1A:2B:3C:4D:5E"}},
		{"dash after a dash", "re-flash AA-BB-CC-DD-EE-0F, then 0a-1b-2c-3d-4e-5f", []string{"AA-BB-CC-DD-EE-0F", "0a-1b-2c-3d-4e-5f"}},
		{"colon pair too close to the end", "ab:cd:ef:01:23:4", nil},
		{"cisco only dots", "aabb.ccdd.eeff", []string{"aabb.ccdd.eeff"}},
		{"cisco after dots", "Hi. Ok. Port aabb.ccdd.eeff.", []string{"aabb.ccdd.eeff"}},
		{"cisco twice", "dead.beef.cafe and 0123.4567.89ab.", []string{"dead.beef.cafe", "0123.4567.89ab"}},
		{"dots four apart", "abcd.abc.abcd.", nil},
		{"one dot", "Write a short blurb.", nil},
		{"cisco cut short", "aabb.ccdd.eef", nil},
	})
}

// TestIPv6FromFirstColon checks that IPv6 addresses are found whatever
// precedes them, starting from the shared scan's first colon.
func TestIPv6FromFirstColon(t *testing.T) {
	runDetCases(t, ipDetector{}, "IP_ADDRESS", []detCase{
		{"colon first", "::1 is local", []string{"::1"}},
		{"after a label", "Host: fe80::1ff:fe23:4567:890a", []string{"fe80::1ff:fe23:4567:890a"}},
		{"no colon", "2001 db8 1", nil},
	})
}
