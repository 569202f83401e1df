package redact

import (
	"syscall"
	"testing"
	"unsafe"
)

// TestMarksAtPageEnd marks texts that end right before a page the process
// may not read, of every length and start near the page's end: markText
// must not read past the text's last page (a read there faults).
func TestMarksAtPageEnd(t *testing.T) {
	page := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 3*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	defer syscall.Munmap(mem)
	// The first and last pages are guards; texts live in the middle one.
	if err := syscall.Mprotect(mem[:page], syscall.PROT_NONE); err != nil {
		t.Skipf("mprotect: %v", err)
	}
	if err := syscall.Mprotect(mem[2*page:], syscall.PROT_NONE); err != nil {
		t.Skipf("mprotect: %v", err)
	}
	mid := mem[page : 2*page]
	const fill = "aZ9@:-._AJ \xc3\xa9"
	for i := range mid {
		mid[i] = fill[i%len(fill)]
	}
	for n := 0; n <= 200; n++ {
		// Ending at the page's end, and starting at its start.
		checkMarks(t, unsafe.String(unsafe.SliceData(mid[page-n:]), n))
		checkMarks(t, unsafe.String(&mid[0], n))
	}
	// Every start in the page's last 64 bytes, ending before the guard.
	for start := page - 64; start < page; start++ {
		checkMarks(t, unsafe.String(&mid[start], page-start))
	}
}
