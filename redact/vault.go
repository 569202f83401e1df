package redact

import (
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strconv"
	"sync"
	"unsafe"
)

// placeholderModulus bounds the number N in [TYPE_N]: N = 1 + HMAC mod
// placeholderModulus (before collision probing). Tests shrink it to force
// collisions.
var placeholderModulus uint64 = 9999

// Vault maps the placeholders issued during one exchange to the values they
// stand for. It lives only for that exchange: create one per request with
// [NewVault], redact the prompt with [Apply], and restore the answer with
// [Vault.Restore] or a [Vault.NewRestorer].
//
// Placeholders have the form [TYPE_N]. TYPE is the entity type (A-Z, 0-9,
// '_'); N is derived from a keyed hash (HMAC-SHA256 with the vault's key) of
// the type and the normalised value, 1 + HMAC mod 9999. So every proxy
// instance that shares the key pseudonymises a value the same way without
// shared state, and a value resent in the conversation history gets the same
// placeholder again. Normalisation depends on the type: e-mail addresses,
// names and most other types are lowercased with white space collapsed
// ("Ana@Example.com" and "ana@example.com" share one placeholder); phone,
// card, IBAN and id numbers keep only letters and digits; URLs, keys, tokens
// and passwords are only trimmed. Values that normalise alike share one
// placeholder, which restores to the spelling seen first.
//
// Two different (normalised) values never share a placeholder: when the
// derived number is already taken by another value of the same type in this
// vault, the vault probes N+1, N+2, … So after a hash collision, which of the
// two values gets N depends on which one the exchange saw first.
//
// A text may already contain strings that look like placeholders (a prompt
// quoting "[EMAIL_ADDRESS_12]"). They are never restored unless this vault
// issued exactly that placeholder; if it did, the derived number coincides,
// and the literal restores to the value like the issued one.
//
// A Vault from NewVault is safe for concurrent use; each method call takes
// one uncontended lock. The zero Vault works like NewVault(nil), but its first
// use must not be concurrent. Its String, GoString and Format methods print only the number of
// entries, never a value, so a vault in a log line or panic leaks nothing.
type Vault struct {
	s *vaultState
}

type vaultState struct {
	mu  sync.Mutex
	mac hmacState // HMAC-SHA256 with the numbering key; kept across pool reuse

	values  []valueEntry      // TYPE + "\x00" + normalised value → placeholder, while few
	byValue map[string]string // the same, once there are more than len(valuesArr)
	bodies  []string          // issued bodies, sorted: for lookups and prefix checks
	vals    []string          // vals[i] is the value bodies[i] stands for (the first spelling seen)
	maxBody int               // longest body in bytes
	first   [2]uint64         // bit set of the first bytes of issued bodies
	scratch []byte            // normalised value
	arena   []byte            // backing of issued placeholders and keys; only appended to
	pooled  *vaultAlloc       // where the state lives when NewVault made it, for Release

	// In-place backing for the slices above, so that an exchange with a
	// few values allocates none of them.
	valuesArr  [8]valueEntry
	bodiesArr  [8]string
	valsArr    [8]string
	arenaArr   [512]byte
	scratchArr [64]byte
}

// valueEntry is one issued placeholder and the key of the value it stands for.
type valueEntry struct {
	key, ph string
}

// macLabel prefixes the HMAC message of a placeholder number.
var macLabel = []byte("placeholder\x00")

// vaultAlloc is a Vault and its state in one allocation.
type vaultAlloc struct {
	v Vault
	s vaultState
}

// vaultPool holds the vaults given back with [Vault.Release]: a vault with
// its in-place backing is about 1.4 KB, and a busy proxy makes one per
// exchange.
var vaultPool = sync.Pool{New: func() any { return new(vaultAlloc) }}

// NewVault returns an empty vault whose placeholders are numbered with key.
// The key must be the same on every instance that should number values alike
// and should be secret: with a known key, the number narrows down the value.
func NewVault(key []byte) *Vault {
	a := vaultPool.Get().(*vaultAlloc)
	a.s.init(key)
	a.s.pooled = a
	a.v.s = &a.s
	return &a.v
}

// maxPooledValues bounds the values a released vault may have held to be
// reused: the maps of a vault that held many keep their size.
const maxPooledValues = 64

// Release gives the vault's memory back for reuse by a later [NewVault] and
// wipes what it holds (values, normalised keys, placeholders). Neither the
// vault, nor a [Restorer] of it, nor any string one of its methods returned
// (a placeholder from [Vault.Placeholder]) may be used afterwards: texts
// that [Apply], [AppendApply] and [Vault.Restore] return are the caller's,
// they stay valid. Release must not run concurrently with other calls on
// the vault. It does nothing for a vault that did not come from NewVault
// (a zero Vault), or that was released already.
func (v *Vault) Release() {
	if v == nil || v.s == nil || v.s.pooled == nil || &v.s.pooled.v != v {
		return
	}
	a := v.s.pooled
	s := &a.s
	if len(s.bodies) > maxPooledValues {
		v.s = nil
		return // let the garbage collector have it
	}
	s.wipe()
	v.s = nil
	vaultPool.Put(a)
}

// wipe clears the state of a vault being released: no value, key or
// placeholder of its exchange stays reachable or readable in the pool.
func (s *vaultState) wipe() {
	clear(s.bodies) // and the arrays they grew into, if they did
	clear(s.vals)
	s.byValue = nil
	clear(s.valuesArr[:])
	clear(s.bodiesArr[:])
	clear(s.valsArr[:])
	clear(s.arenaArr[:])
	clear(s.scratchArr[:])
	s.mac.wipe()
	s.values, s.bodies, s.vals, s.arena, s.scratch = nil, nil, nil, nil, nil
	s.maxBody, s.first, s.pooled = 0, [2]uint64{}, nil
}

func newVaultState(key []byte) *vaultState {
	s := new(vaultState)
	s.init(key)
	return s
}

// init prepares an empty state numbering with key: a new one, or one that
// wipe cleared.
func (s *vaultState) init(key []byte) {
	s.values = s.valuesArr[:0]
	s.bodies, s.vals = s.bodiesArr[:0], s.valsArr[:0]
	s.arena = s.arenaArr[:0]
	s.scratch = s.scratchArr[:0]
	s.mac.init(key)
}

// state returns the vault's state, creating it for a zero Vault (which then
// behaves like NewVault(nil)). A nil vault has a fresh empty state on every
// call: it restores nothing and remembers nothing.
func (v *Vault) state() *vaultState {
	if v == nil {
		return newVaultState(nil)
	}
	if v.s == nil {
		v.s = newVaultState(nil)
	}
	return v.s
}

// Placeholder issues the placeholder for a value of entity type typ, or
// returns the one already issued for it (or for a value that normalises
// alike), e.g. "[EMAIL_ADDRESS_4821]".
func (v *Vault) Placeholder(typ, value string) string {
	s := v.state()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.placeholder(placeholderType(typ), value)
}

// placeholder implements Placeholder; s.mu is held and t is a placeholder type.
func (s *vaultState) placeholder(t, value string) string {
	s.scratch = append(append(s.scratch[:0], t...), 0)
	s.scratch = appendNormalized(s.scratch, t, value)
	if ph, ok := s.issued(s.scratch); ok {
		return ph
	}
	sum := s.mac.mac(macLabel, s.scratch)
	n := 1 + binary.BigEndian.Uint64(sum[:8])%placeholderModulus
	var arr [128]byte
	buf := arr[:0]
	buf = append(buf, '[')
	buf = append(buf, t...)
	buf = append(buf, '_')
	var i int // where the body goes in s.bodies, from the search that found it free
	for {
		b := strconv.AppendUint(buf, n, 10)
		at, taken := s.body(unsafe.String(&b[1], len(b)-1))
		if !taken {
			i, buf = at, append(b, ']')
			break
		}
		n++
	}
	ph, key := s.keep(buf), s.keep(s.scratch)
	body := ph[1 : len(ph)-1]
	s.remember(key, ph)
	s.bodies = slices.Insert(s.bodies, i, body)
	s.vals = slices.Insert(s.vals, i, value)
	s.maxBody = max(s.maxBody, len(body))
	c := body[0]
	s.first[c>>6] |= 1 << (c & 63)
	return ph
}

// body returns the index of an issued body (placeholder without its
// brackets) in s.bodies and s.vals. A vault issues a few placeholders per
// exchange: a binary search of the sorted bodies costs a few string
// compares, less than hashing the body for a map, and the bodies are kept
// sorted anyway for prefix checks.
func (s *vaultState) body(b string) (int, bool) {
	return slices.BinarySearch(s.bodies, b)
}

// issued returns the placeholder issued for key (TYPE + "\x00" + normalised
// value).
func (s *vaultState) issued(key []byte) (string, bool) {
	if s.byValue != nil {
		ph, ok := s.byValue[string(key)]
		return ph, ok
	}
	for _, e := range s.values {
		if e.key == string(key) {
			return e.ph, true
		}
	}
	return "", false
}

// remember records that ph stands for the value of key: in the small
// slice while it has room, in the map after that.
func (s *vaultState) remember(key, ph string) {
	if s.byValue == nil && len(s.values) < cap(s.values) {
		s.values = append(s.values, valueEntry{key: key, ph: ph})
		return
	}
	if s.byValue == nil {
		s.byValue = make(map[string]string, 2*len(s.values))
		for _, e := range s.values {
			s.byValue[e.key] = e.ph
		}
		s.values = nil
	}
	s.byValue[key] = ph
}

// keep returns a string with the bytes of b, stored in the vault's arena:
// one allocation for many small strings. The arena is only appended to, and
// a full arena is replaced rather than grown, so the bytes under a string
// it returned never change.
func (s *vaultState) keep(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if cap(s.arena)-len(s.arena) < len(b) {
		s.arena = make([]byte, 0, max(1024, len(b)))
	}
	start := len(s.arena)
	s.arena = append(s.arena, b...)
	return unsafe.String(&s.arena[start], len(b))
}

// Len returns the number of placeholders issued.
func (v *Vault) Len() int {
	s := v.state()
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.bodies)
}

// MaxPlaceholderLen returns the length in bytes of the longest placeholder
// issued, brackets included (0 for an empty vault). A [Restorer] never holds
// back more than MaxPlaceholderLen()+2 bytes (a placeholder in doubled
// brackets).
func (v *Vault) MaxPlaceholderLen() int {
	s := v.state()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.maxBody == 0 {
		return 0
	}
	return s.maxBody + 2
}

// String returns "redact.Vault{n entries}"; it never prints a value.
func (v Vault) String() string {
	if v.s == nil {
		return "redact.Vault{0 entries}"
	}
	v.s.mu.Lock()
	n := len(v.s.bodies)
	v.s.mu.Unlock()
	return "redact.Vault{" + strconv.Itoa(n) + " entries}"
}

// GoString is like String, for %#v.
func (v Vault) GoString() string { return v.String() }

// Format implements fmt.Formatter: every verb prints what String does, so no
// verb (%v, %+v, %#v, %s, %x, …) can print a value.
func (v Vault) Format(f fmt.State, _ rune) {
	io.WriteString(f, v.String())
}

// Format keeps the state's maps out of any formatted output.
func (s *vaultState) Format(f fmt.State, _ rune) {
	io.WriteString(f, "redact.vaultState{…}")
}

// Interface guards
var (
	_ fmt.Stringer   = Vault{}
	_ fmt.GoStringer = Vault{}
	_ fmt.Formatter  = Vault{}
	_ fmt.Formatter  = (*vaultState)(nil)
	_ fmt.Formatter  = (*Restorer)(nil)
)
