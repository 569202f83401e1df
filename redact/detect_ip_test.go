package redact

import "testing"

func TestIPDetector(t *testing.T) {
	runDetCases(t, ipDetector{}, "IP_ADDRESS", []detCase{
		{"v4", "from 192.168.1.10 at noon", []string{"192.168.1.10"}},
		{"v4 end of sentence", "server is 10.0.0.1.", []string{"10.0.0.1"}},
		{"v4 cidr", "allow 10.0.0.0/8 only", []string{"10.0.0.0/8"}},
		{"v6 full", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", []string{"2001:0db8:85a3:0000:0000:8a2e:0370:7334"}},
		{"v6 compressed", "ping 2001:db8::1 now", []string{"2001:db8::1"}},
		{"v6 loopback", "bind [::1]:8080", []string{"::1"}},
		{"v4-mapped", "::ffff:192.0.2.1", []string{"::ffff:192.0.2.1"}},
		{"v6 after colon word", "ip: fe80::1ff:fe23:4567:890a", []string{"fe80::1ff:fe23:4567:890a"}},
		{"v6 zone and prefix", "fe80::1%eth0/64 and 2001:db8::/32", []string{"fe80::1%eth0/64", "2001:db8::/32"}},
		{"octet too big", "256.1.1.1", nil},
		{"leading zero", "01.2.3.4", nil},
		{"three parts", "version 1.2.3", nil},
		{"five parts", "1.2.3.4.5", nil},
		{"release word", "Release 10.4.22.1 of the app", nil},
		{"time", "at 12:30:45", nil},
		{"mac", "00:1A:2B:3C:4D:5E", nil},
		{"json colon", `{"a":"b"}`, nil},
		{"cpp scope", "std::vector", nil},
		{"price", "$1.234.567.89", nil},
	})
}
