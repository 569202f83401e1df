package exchange

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"

	"github.com/tidwall/gjson"
)

// ErrNotRecord means a log line is not an exchange record (another logger's
// line, or a message of the exchange logger without a record). Readers skip
// such lines.
var ErrNotRecord = errors.New("not an exchange record")

// Entry is one record read back from a log line.
type Entry struct {
	// Record is the decoded record; nil when Err is set.
	Record *Record
	// Raw is the record's JSON object exactly as it appeared in the line.
	Raw []byte
	// Err is set when the line was meant to be a record but could not be read.
	Err error
}

// ReadStats counts what a reader saw.
type ReadStats struct {
	// Lines is the number of lines read.
	Lines int
	// Records is the number of records decoded.
	Records int
	// Skipped is the number of lines that were not records (other loggers,
	// blank lines, plain text).
	Skipped int
	// Malformed is the number of lines that looked like records but could not
	// be decoded.
	Malformed int
}

// ParseLine reads a record from one log line written by an [Emitter] through
// zap's JSON encoder. Console-encoded lines (tab-separated, with the fields
// as a trailing JSON object) are read too. It returns [ErrNotRecord] for lines
// of other loggers and for plain text, and another error for lines that look
// like records but are malformed. Errors never quote the line.
func ParseLine(line []byte) (Entry, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return Entry{}, ErrNotRecord
	}
	if line[0] != '{' {
		// console encoder: "ts\tlevel\tlogger\tmsg\t{fields}"
		i := bytes.LastIndex(line, []byte("\t{"))
		if i < 0 {
			return Entry{}, ErrNotRecord
		}
		fields := strings.Split(string(line[:i]), "\t")
		if !isRecordLogger(fields) {
			return Entry{}, ErrNotRecord
		}
		line = line[i+1:]
	}
	if !gjson.ValidBytes(line) {
		// A JSON log line that does not parse was cut short or edited; it
		// may have been a record, so it is reported, never skipped silently.
		return Entry{}, errors.New("invalid JSON (truncated or edited line)")
	}
	if lg := gjson.GetBytes(line, "logger"); lg.Exists() && !isRecordLogger([]string{lg.String()}) {
		return Entry{}, ErrNotRecord
	}
	res := gjson.GetBytes(line, FieldName)
	if !res.Exists() {
		return Entry{}, ErrNotRecord
	}
	if !res.IsObject() {
		return Entry{}, fmt.Errorf("field %q is not an object", FieldName)
	}
	raw := []byte(res.Raw)
	var rec Record
	if err := json.Unmarshal(raw, &rec); err != nil {
		return Entry{}, fmt.Errorf("decoding record: %w", scrub(err))
	}
	if rec.Kind == "" {
		return Entry{}, errors.New("record has no kind")
	}
	return Entry{Record: &rec, Raw: raw}, nil
}

// isRecordLogger reports whether one of the names is a logger that writes
// records.
func isRecordLogger(names []string) bool {
	for _, n := range names {
		if strings.HasSuffix(n, "guardrail.exchange") || n == ReviewLoggerName {
			return true
		}
	}
	return false
}

// scrub keeps JSON decoding errors free of the offending value: type errors
// name the field and the JSON type, syntax errors the offset.
func scrub(err error) error {
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		return fmt.Errorf("field %s: JSON %s where %s was expected", te.Field, te.Value, te.Type)
	}
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return fmt.Errorf("syntax error at byte %d", se.Offset)
	}
	if strings.Contains(err.Error(), "record time") {
		return errors.New("time is not RFC 3339")
	}
	return errors.New("invalid record")
}

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// Open opens a log file for reading, decompressing it when it starts with the
// gzip magic bytes (rolled files), whatever its name.
func Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(f, 64<<10)
	magic, _ := br.Peek(2)
	if !bytes.Equal(magic, gzipMagic) {
		return struct {
			io.Reader
			io.Closer
		}{br, f}, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{zr, closers{zr, f}}, nil
}

// closers closes several closers, returning the first error.
type closers []io.Closer

// Close closes all.
func (cs closers) Close() error {
	var first error
	for _, c := range cs {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// ReadFile yields the records of a log file (plain or gzip) with their
// 1-based line numbers. Lines that are not records are skipped and counted
// in stats (which may be nil). A malformed line yields an entry whose Err
// names the line; reading goes on with the next line. If the file cannot be
// opened or read, the last entry carries that error with line number 0 (or
// the line where reading stopped).
func ReadFile(path string, stats *ReadStats) iter.Seq2[int, Entry] {
	return func(yield func(int, Entry) bool) {
		rc, err := Open(path)
		if err != nil {
			yield(0, Entry{Err: err})
			return
		}
		defer rc.Close()
		for n, e := range Read(rc, stats) {
			if e.Err != nil {
				e.Err = fmt.Errorf("%s:%d: %w", path, n, e.Err)
			}
			if !yield(n, e) {
				return
			}
		}
	}
}

// Read yields the records of a stream of log lines, like [ReadFile].
func Read(r io.Reader, stats *ReadStats) iter.Seq2[int, Entry] {
	if stats == nil {
		stats = new(ReadStats)
	}
	return func(yield func(int, Entry) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		n := 0
		for {
			line, err := br.ReadBytes('\n')
			if len(line) > 0 {
				n++
				stats.Lines++
				e, perr := ParseLine(line)
				switch {
				case errors.Is(perr, ErrNotRecord):
					stats.Skipped++
				case perr != nil:
					stats.Malformed++
					if !yield(n, Entry{Err: perr}) {
						return
					}
				default:
					stats.Records++
					if !yield(n, e) {
						return
					}
				}
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(n, Entry{Err: fmt.Errorf("reading: %w", err)})
				return
			}
		}
	}
}
