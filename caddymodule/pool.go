package caddymodule

import (
	"sync"
	"unsafe"
)

// Per-exchange buffers that provably outlive no exchange are pooled: the
// request body as read (unless it is forwarded as it is) and a whole
// answer. A busy proxy would otherwise allocate and collect both for every
// exchange. They are taken when the exchange needs them and given back by
// exchangeState.release, after the record was written, because the record's
// strings (a finding's excerpt, the model) may point into them until then.

// maxPooledBuffer bounds the buffers kept for reuse, so that one large
// exchange does not pin its memory.
const maxPooledBuffer = 64 << 10

var bufferPool = sync.Pool{New: func() any { return new([]byte) }}

// getBuffer returns an empty pooled buffer.
func getBuffer() *[]byte {
	return bufferPool.Get().(*[]byte)
}

// putBuffer wipes the bytes of *p (they may be personal data) and gives p
// back, unless its buffer grew past maxPooledBuffer. *p must hold every
// byte written to the buffer (only appends and reads into its spare
// capacity wrote to it), so that pooled buffers stay zeroed. Nothing may
// use *p's bytes afterwards.
func putBuffer(p *[]byte) {
	if p == nil || cap(*p) > maxPooledBuffer {
		return
	}
	clear(*p)
	*p = (*p)[:0]
	bufferPool.Put(p)
}

// sharesMemory reports whether a and b overlap in memory (their capacities
// included).
func sharesMemory(a, b []byte) bool {
	if cap(a) == 0 || cap(b) == 0 {
		return false
	}
	a0 := uintptr(unsafe.Pointer(unsafe.SliceData(a)))
	b0 := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return a0 < b0+uintptr(cap(b)) && b0 < a0+uintptr(cap(a))
}
