package exchange

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"go.uber.org/zap"
)

// FieldName is the key of the zap field that holds the record. The record is
// one nested JSON object so that a verifier can find it again among the
// encoder's own keys (level, ts, logger, msg and whatever else the log
// pipeline adds).
const FieldName = "record"

// LoggerName is the name of the logger Caddy's guardrail handler writes
// exchange records to: ctx.Logger().Named("exchange").
const LoggerName = "http.handlers.guardrail.exchange"

// ReviewLoggerName is the logger name of review records written by
// `caddy guardrail review`.
const ReviewLoggerName = "guardrail.review"

// now is the clock; tests replace it.
var now = time.Now

// ChainState is a position in a hash chain: its id, the last sequence number
// used and the hash of the record at that position.
type ChainState struct {
	// ID is the chain id.
	ID string
	// Seq is the last sequence number written; 0 before the first record.
	Seq uint64
	// Hash is the hash of the record at Seq; empty before the first record.
	Hash string
}

// Emitter writes records to a zap logger and seals each one into its hash
// chain. It is safe for concurrent use: sealing and writing happen under one
// lock, so the order of records in the log is the order of their seq. Only
// they do: a record's canonical form, the log's copy of it and the memory
// of its new hash are made before the lock, so that a goroutine holding it
// allocates nothing (an allocation may make it help the garbage collector
// while every other exchange's record waits).
type Emitter struct {
	mu     sync.Mutex
	logger *zap.Logger
	// logs is whether logger's core takes Info entries (Caddy gives a
	// discarded log a core that takes none): Emit then makes the log's copy
	// of a record before it takes mu.
	logs   atomic.Bool
	mac    hash.Hash
	state  ChainState
	sum    [sha256.Size]byte     // scratch for the MAC, guarded by mu
	prev   [2 * sha256.Size]byte // scratch for the hex previous hash, guarded by mu
	fields [1]zap.Field          // the record field of a write, guarded by mu

	// registry bookkeeping, guarded by registryMu
	regKey string
	refs   int
}

// NewEmitter returns an emitter that starts a new chain with a random id.
// The key is the HMAC key of the chain; an empty key still chains records
// (HMAC with an empty key) but then anyone can recompute the hashes.
func NewEmitter(logger *zap.Logger, key []byte) *Emitter {
	return ResumeEmitter(logger, key, ChainState{ID: NewChainID()})
}

// ResumeEmitter returns an emitter that continues the chain at st, e.g. one
// read back from the end of a reviews file.
func ResumeEmitter(logger *zap.Logger, key []byte, st ChainState) *Emitter {
	if logger == nil {
		logger = zap.NewNop()
	}
	if !isHex(st.ID) || !isHex(st.Hash) {
		st = ChainState{} // not a state this package wrote: start a new chain
	}
	if st.ID == "" {
		st.ID = NewChainID()
	}
	e := &Emitter{logger: logger, mac: hmac.New(sha256.New, key), state: st}
	e.logs.Store(logger.Core().Enabled(zap.InfoLevel))
	return e
}

// isHex reports whether s holds only lowercase hex digits (or is empty).
func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// NewChainID returns a random chain id: 16 hex characters.
func NewChainID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never returns an error
	return hex.EncodeToString(b[:])
}

// State returns the emitter's current chain position.
func (e *Emitter) State() ChainState {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.state
}

// SetLogger replaces the logger records are written to, keeping the chain.
func (e *Emitter) SetLogger(logger *zap.Logger) {
	if logger == nil {
		return
	}
	e.mu.Lock()
	e.logger = logger
	e.logs.Store(logger.Core().Enabled(zap.InfoLevel))
	e.mu.Unlock()
}

// Emit seals rec into the chain and writes it at Info level with the record's
// kind as the message. It fills Schema, Kind (exchange) and Time when they are
// zero, and overwrites the chain fields. Emit never fails: a record that
// cannot be encoded is replaced by an error entry naming only the exchange id.
// Emit does not keep rec (the logged field holds a copy of it that shares
// its nested parts, which only cores that keep fields, such as zaptest's
// observer, ever look at after Emit returns).
func (e *Emitter) Emit(rec *Record) {
	fill(rec)
	// Encoding is the expensive part; only the chain step and the write
	// (so that file order is seq order) need the lock. The hash covers the
	// canonical form, encoded straight from the fields; the log gets the
	// record through the core's own encoder (see zapRecord).
	eb := getEncodeBuffers()
	defer putEncodeBuffers(eb)
	if err := eb.encodeCanonical(rec); err != nil {
		e.logger.Error("encoding exchange record",
			zap.String("exchange_id", rec.ExchangeID), zap.Error(err))
		return
	}
	var z *zapRecord
	var hashBuf []byte // the new hash's memory: the log's copy's, or its own
	if e.logs.Load() {
		z = newZapRecord(rec, eb.canon[eb.w.timeStart:eb.w.timeEnd], eb.w.byType)
		hashBuf = z.hash[:]
	} else {
		hashBuf = make([]byte, 2*sha256.Size)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.step(rec, eb.canon, hashBuf)
	if ce := e.logger.Check(zap.InfoLevel, rec.Kind); ce != nil {
		if z == nil { // the logger changed since logs was read
			z = newZapRecord(rec, eb.canon[eb.w.timeStart:eb.w.timeEnd], eb.w.byType)
		}
		z.rec.Chain, z.rec.Seq, z.rec.Prev, z.rec.Hash = rec.Chain, rec.Seq, rec.Prev, rec.Hash
		// The field slice is the emitter's own (cores copy or encode the
		// fields they are given, they do not keep the slice).
		e.fields[0] = zap.Object(FieldName, z)
		ce.Write(e.fields[:]...)
		e.fields[0] = zap.Field{}
	}
}

// Seal seals rec into the chain and returns its JSON object without writing
// it anywhere, for writers that do not use zap. Like Emit, it fills the
// zero fields and the chain fields of rec.
func (e *Emitter) Seal(rec *Record) ([]byte, error) {
	fill(rec)
	eb := getEncodeBuffers()
	defer putEncodeBuffers(eb)
	if err := eb.encode(rec); err != nil {
		return nil, err
	}
	hashBuf := make([]byte, 2*sha256.Size)
	e.mu.Lock()
	e.step(rec, eb.canon, hashBuf)
	e.mu.Unlock()
	return appendChainFields(rec, eb.body), nil
}

// fill sets the zero Schema, Kind and Time of rec and rounds Time to
// milliseconds in UTC, as it will be written.
func fill(rec *Record) {
	if rec.Schema == 0 {
		rec.Schema = SchemaVersion
	}
	if rec.Kind == "" {
		rec.Kind = KindExchange
	}
	if rec.Time.IsZero() {
		rec.Time = now()
	}
	rec.Time = rec.Time.UTC().Truncate(time.Millisecond)
}

// encode clears rec's chain fields and encodes it into eb: its JSON
// without chain fields and its canonical form.
func (eb *encodeBuffers) encode(rec *Record) error {
	rec.Chain, rec.Seq, rec.Prev, rec.Hash = "", 0, "", ""
	var err error
	eb.w.memo, eb.w.b = true, eb.body[:0]
	if eb.body, err = eb.w.record(rec, false); err != nil {
		return err
	}
	eb.w.b, eb.w.src = eb.canon[:0], eb.body
	eb.canon, err = eb.w.record(rec, true)
	eb.w.b, eb.w.src = nil, nil
	return err
}

// encodeCanonical clears rec's chain fields and encodes its canonical form
// into eb.canon.
func (eb *encodeBuffers) encodeCanonical(rec *Record) error {
	rec.Chain, rec.Seq, rec.Prev, rec.Hash = "", 0, "", ""
	var err error
	eb.w.b = eb.canon[:0]
	eb.canon, err = eb.w.canonicalRecord(rec)
	eb.w.b = nil
	return err
}

// step computes the chain fields of rec from its canonical form and
// advances the chain. e.mu is held. The new hash is written as hex into
// hashBuf (2*sha256.Size bytes, which nothing writes again): rec.Hash and
// the chain's state are strings of those bytes, so a step allocates
// nothing.
func (e *Emitter) step(rec *Record, canon []byte, hashBuf []byte) {
	rec.Chain = e.state.ID
	rec.Seq = e.state.Seq + 1
	rec.Prev = e.state.Hash
	// The MAC and its scratch space live in the emitter (guarded by e.mu).
	e.mac.Reset()
	if len(rec.Prev) <= len(e.prev) {
		e.mac.Write(e.prev[:copy(e.prev[:], rec.Prev)])
	} else {
		e.mac.Write([]byte(rec.Prev)) // a resumed chain with a longer hash
	}
	e.mac.Write(canon)
	EncodeHex(hashBuf, e.mac.Sum(e.sum[:0]))
	rec.Hash = unsafe.String(&hashBuf[0], 2*sha256.Size)
	e.state.Seq, e.state.Hash = rec.Seq, rec.Hash
}

// appendChainFields returns the record's JSON, its log form body without
// chain fields followed by rec's chain fields, in a new slice.
func appendChainFields(rec *Record, body []byte) []byte {
	// Append the chain fields to the object instead of encoding it again;
	// ids and hashes are hex, so they need no escaping.
	const chainKeys = len(`,"chain":"","seq":,"prev":"","hash":""}`) + 20
	out := make([]byte, 0, len(body)+chainKeys+len(rec.Chain)+len(rec.Prev)+len(rec.Hash))
	out = append(out, body[:len(body)-1]...)
	out = append(out, `,"chain":"`...)
	out = append(out, rec.Chain...)
	out = append(out, `","seq":`...)
	out = strconv.AppendUint(out, rec.Seq, 10)
	if rec.Prev != "" {
		out = append(out, `,"prev":"`...)
		out = append(out, rec.Prev...)
		out = append(out, '"')
	}
	out = append(out, `,"hash":"`...)
	out = append(out, rec.Hash...)
	return append(out, `"}`...)
}

// chainHash returns hex HMAC(prev || canon) with the keyed mac.
func chainHash(mac hash.Hash, prev string, canon []byte) string {
	mac.Reset()
	mac.Write([]byte(prev))
	mac.Write(canon)
	var sum [sha256.Size]byte
	return hex.EncodeToString(mac.Sum(sum[:0]))
}

// The registry keeps one emitter per (logger name, key fingerprint) so the
// chain survives Caddy config reloads: the new config acquires the emitter
// before the old one releases it. When the last user releases it, the chain
// ends; the next Acquire starts a new chain, which Verify recognises as a
// restart.
var (
	registryMu sync.Mutex
	registry   = map[string]*Emitter{}
)

// Acquire returns the shared emitter for logger's name and key, creating it
// (with a new chain) if there is none, and counts one more user. The emitter
// writes to the logger of the most recent Acquire. Call [Release] in the
// module's Cleanup.
func Acquire(logger *zap.Logger, key []byte) *Emitter {
	if logger == nil {
		logger = zap.NewNop()
	}
	fp := sha256.Sum256(key)
	k := logger.Name() + "\x00" + hex.EncodeToString(fp[:8])
	registryMu.Lock()
	defer registryMu.Unlock()
	e, ok := registry[k]
	if !ok {
		e = NewEmitter(logger, key)
		e.regKey = k
		registry[k] = e
	} else {
		e.SetLogger(logger)
	}
	e.refs++
	return e
}

// Release gives back an emitter from [Acquire]. When its last user releases
// it, it leaves the registry. Releasing an emitter from NewEmitter is a no-op.
func Release(e *Emitter) {
	if e == nil {
		return
	}
	registryMu.Lock()
	defer registryMu.Unlock()
	if e.regKey == "" || registry[e.regKey] != e {
		return
	}
	e.refs--
	if e.refs <= 0 {
		delete(registry, e.regKey)
	}
}

// hexPairs holds the two lowercase hex digits of every byte value, first
// digit in the low byte: EncodeHex looks up four bytes' digits and stores
// them as one word, where hex.Encode looks up and stores each digit alone
// (about a third of the time for the ids and hashes every exchange
// writes).
var hexPairs = func() (t [256]uint16) {
	const digits = "0123456789abcdef"
	for i := range t {
		t[i] = uint16(digits[i>>4]) | uint16(digits[i&0xf])<<8
	}
	return t
}()

// EncodeHex is hex.Encode(dst, src): dst must hold 2*len(src) bytes. The
// handler writes exchange ids with it too.
func EncodeHex(dst, src []byte) {
	dst = dst[:2*len(src)]
	for len(src) >= 4 && len(dst) >= 8 {
		binary.LittleEndian.PutUint64(dst, uint64(hexPairs[src[0]])|uint64(hexPairs[src[1]])<<16|
			uint64(hexPairs[src[2]])<<32|uint64(hexPairs[src[3]])<<48)
		dst, src = dst[8:], src[4:]
	}
	for len(src) > 0 && len(dst) >= 2 {
		p := hexPairs[src[0]]
		dst[0], dst[1] = byte(p), byte(p>>8)
		dst, src = dst[2:], src[1:]
	}
}
