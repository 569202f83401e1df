package main

import (
	"os"
	"testing"
	"time"
)

func TestCheckLoopback(t *testing.T) {
	for _, u := range []string{"http://127.0.0.1:8787", "http://localhost:4000/", "http://[::1]:9000", "http://127.0.0.2:80"} {
		if err := checkLoopback(u); err != nil {
			t.Errorf("checkLoopback(%q) = %v, want nil", u, err)
		}
	}
	for _, u := range []string{"http://10.0.0.1:8787", "https://127.0.0.1:8787", "http://example.com", "http://0.0.0.0:80", "127.0.0.1:80", "http://localhost.example.com"} {
		if err := checkLoopback(u); err == nil {
			t.Errorf("checkLoopback(%q) = nil, want an error", u)
		}
	}
}

// TestPidCPU reads this process's own /proc/PID/stat: after some work its
// CPU time grows, and a pid that does not exist gives 0.
func TestPidCPU(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
	before, cpu0 := pidCPU(os.Getpid()), processCPU()
	// Spin until getrusage counts 60 ms of CPU (wall time would depend on
	// the machine's load); /proc counts in 10 ms ticks.
	for processCPU()-cpu0 < 60*time.Millisecond {
	}
	after := pidCPU(os.Getpid())
	if d := after - before; d < 20*time.Millisecond || d > 10*time.Second {
		t.Errorf("pidCPU went %v → %v across 60 ms of spinning", before, after)
	}
	if got := pidCPU(0); got != 0 {
		t.Errorf("pidCPU(0) = %v", got)
	}
	if got := pidCPU(1 << 30); got != 0 {
		t.Errorf("pidCPU(no such process) = %v", got)
	}
}
