package caddymodule

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Per-exchange buffers are pooled: the request body as read, the request
// body as forwarded (rewritten, or the one read) and a whole answer. A busy
// proxy would otherwise allocate and collect them for every exchange. They
// are taken when the exchange needs them and given back by
// exchangeState.release, after the record was written, because the record's
// strings (a finding's excerpt, the model) may point into them until then;
// the forwarded body only once the transport has closed every body reading
// it as well (forwardBuffer).

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

// forwardBuffer is the pooled buffer that holds the request body as it is
// forwarded upstream: the body as read, or the rewritten one. Go's
// transport may read a request body after the handler returned (and read
// it again through GetBody, for a retry), until it closes it; so the
// buffer goes back to the pool only when the exchange and every body that
// reads it have let go of it (see readerBody).
type forwardBuffer struct {
	p    *[]byte      // the pooled buffer; *p holds every byte written to it
	refs atomic.Int32 // the exchange's reference and one per open body

	// first is the first body reading the buffer (setBody's), in the
	// buffer's memory: one allocation fewer per exchange. Its lifetime is
	// its reference count's, as when it was allocated alone.
	first      readerBody
	firstTaken bool // setBody used first
}

// newForwardBuffer returns a forward buffer holding p, with the
// exchange's reference.
func newForwardBuffer(p *[]byte) *forwardBuffer {
	return new(forwardBuffer).init(p)
}

// init sets up f, a zero forward buffer, to hold p with the exchange's
// reference, and returns f.
func (f *forwardBuffer) init(p *[]byte) *forwardBuffer {
	f.p = p
	f.refs.Store(1)
	return f
}

// acquire takes one more reference, unless the buffer was given back.
func (f *forwardBuffer) acquire() bool {
	for {
		n := f.refs.Load()
		if n <= 0 {
			return false
		}
		if f.refs.CompareAndSwap(n, n+1) {
			return true
		}
	}
}

// release drops one reference; the last one gives the buffer back to the
// pool (wiping it).
func (f *forwardBuffer) release() {
	if f.refs.Add(-1) == 0 {
		putBuffer(f.p)
	}
}
