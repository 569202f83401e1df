package caddymodule

import (
	"math/bits"
	"strconv"
	"strings"
	"unsafe"

	"github.com/tidwall/gjson"
)

func init() {
	openAIChat.wholeFast = openAIWholeFast
}

// openAIWholeFast reads a whole Chat Completions answer as
// openAIChat.wholeAnswer does, and checks on the way that it is valid JSON,
// in one pass that skips the members it does not read instead of parsing
// each one: gjson's ForEach parses every member value it passes (numbers
// with strconv.ParseFloat, strings with their escapes) and walks each
// object three times over (answer, choice, message), after validJSON read
// the answer once already.
//
// It reads the common shape only: an object whose keys have no escapes or
// control characters, choices not an object, messages without tool calls
// (tool_calls and function_call absent or null, tool_calls also []), usage
// counts that are plain integers, and at most 32 levels of nesting. For
// anything else, and for anything validJSON would not accept, it returns
// false without appending, and the caller checks and reads the answer with
// validJSON and wholeAnswer; it never accepts an answer validJSON rejects
// (TestOpenAIWholeFastSame and FuzzOpenAIWholeFast hold it to both). The
// texts are appended to texts.
func openAIWholeFast(body string, texts []answerText) ([]answerText, tokenUsage, bool) {
	r := wholeReader{s: body, b: unsafe.Slice(unsafe.StringData(body), len(body))}
	i := skipJSONSpace(r.b, 0)
	if i >= len(body) || body[i] != '{' {
		return texts, tokenUsage{}, false
	}
	n0 := len(texts)
	var u tokenUsage
	// The first of a repeated key wins, as with wholeAnswer; later ones
	// are only checked.
	choices, usage := false, false
	end := r.members(i, 1, func(key string, v int) int {
		switch {
		case key == "choices" && !choices:
			choices = true
			switch body[v] {
			case '[':
				return r.choices(v, &texts)
			case '{':
				return -1 // ForEach would read its members as choices
			}
			// Any other value is read as one choice without members: no
			// texts.
		case key == "usage" && !usage:
			usage = true
			if body[v] == '{' {
				return r.usage(v, &u)
			}
			// Not an object: no counts.
		}
		return 0
	})
	if end < 0 || skipJSONSpace(r.b, end) != len(body) {
		return texts[:n0], tokenUsage{}, false
	}
	return texts, u, true
}

// wholeReader reads an answer for openAIWholeFast: s is the answer, b the
// same bytes (for the validators of jsonscan.go).
type wholeReader struct {
	s string
	b []byte
}

// maxFastDepth bounds the nesting openAIWholeFast reads; deeper answers
// are left to validJSON, which allows maxJSONDepth.
const maxFastDepth = 32

// choices reads the choices array at s[i], appending the texts, and
// returns its end or -1.
func (r wholeReader) choices(i int, texts *[]answerText) int {
	s := r.s
	pos := 0
	return r.elements(i, 2, func(c int) int {
		// The channel is the choice's index when it is a number, else its
		// position.
		ch := strconv.Itoa(pos)
		pos++
		if s[c] != '{' {
			return 0 // no members: no texts
		}
		idx, idxEnd, content, contentEnd := -1, 0, -1, 0
		contentEsc, message := false, false
		end := r.members(c, 3, func(key string, v int) int {
			switch {
			case key == "index" && idx < 0:
				idx = v
				idxEnd = r.value(v, 4)
				return idxEnd
			case key == "message" && !message:
				message = true
				if s[v] != '{' {
					return 0 // no members: no texts
				}
				tools, fn := false, false
				return r.members(v, 4, func(key string, v int) int {
					switch {
					case key == "content" && content < 0:
						content = v
						if s[v] == '"' {
							contentEnd, contentEsc = r.str(v)
							return contentEnd
						}
					case key == "tool_calls" && !tools:
						tools = true
						end := r.value(v, 5)
						if s[v] == 'n' || s[v] == '[' && end >= 0 && s[skipJSONSpace(r.b, v+1)] == ']' {
							return end // null or []: no tool calls
						}
						return -1 // tool calls: wholeAnswer reads them
					case key == "function_call" && !fn:
						fn = true
						if s[v] != 'n' {
							return -1
						}
					}
					return 0
				})
			}
			return 0
		})
		if end < 0 {
			return -1
		}
		if idx >= 0 && isNumberStart(s[idx]) {
			ch = s[idx:idxEnd]
		}
		if content >= 0 && s[content] == '"' {
			*texts = append(*texts, answerText{value: stringResult(s[content:contentEnd], content, contentEsc), channel: ch, kind: textContent})
		}
		return end
	})
}

// usage reads the usage object at s[i] and returns its end, or -1 for a
// count that is not a plain integer.
func (r wholeReader) usage(i int, u *tokenUsage) int {
	var seen [3]bool
	return r.members(i, 2, func(key string, v int) int {
		var k int
		var n *int64
		switch key {
		case "prompt_tokens":
			k, n = 0, &u.Prompt
		case "completion_tokens":
			k, n = 1, &u.Completion
		case "total_tokens":
			k, n = 2, &u.Total
		default:
			return 0
		}
		if seen[k] {
			return 0
		}
		seen[k] = true
		var end int
		*n, end = plainInt(r.s, v)
		return end
	})
}

// stringResult is the gjson.Result that gjson's ForEach gives for the
// string token raw at offset i, which has escapes when esc is set.
func stringResult(raw string, i int, esc bool) gjson.Result {
	res := gjson.Result{Type: gjson.String, Raw: raw, Str: raw[1 : len(raw)-1], Index: i}
	if esc {
		res.Str = gjson.Parse(raw).Str // gjson's own unescaping
	}
	return res
}

// plainInt returns the integer the number token at s[i] holds, as gjson's
// Result.Int reads it, and the token's end, when the token is a valid JSON
// integer of at most 15 digits (exact in a float64, which Int goes
// through); else the end is -1.
func plainInt(s string, i int) (int64, int) {
	j := i
	if j < len(s) && s[j] == '-' {
		j++
	}
	var n int64
	k := j
	for ; k < len(s) && s[k] >= '0' && s[k] <= '9'; k++ {
		n = n*10 + int64(s[k]-'0')
	}
	if k == j || k-j > 15 || k-j > 1 && s[j] == '0' || k < len(s) && !isValueEnd(s[k]) {
		return 0, -1
	}
	if j > i {
		n = -n
	}
	return n, k
}

// isValueEnd reports whether c may follow a number or literal in valid JSON.
func isValueEnd(c byte) bool { return isJSONSpace(c) || c == ',' || c == ']' || c == '}' }

func isNumberStart(c byte) bool { return c == '-' || c >= '0' && c <= '9' }

// str returns the end of the valid JSON string token at s[i] and whether
// it has escapes, or -1.
func (r wholeReader) str(i int) (int, bool) {
	if end := plainString(r.s, i); end >= 0 {
		return end, false
	}
	// An escape, a control character or no end: the validator decides.
	end := validString(r.b, i, false)
	return end, end >= 0 && strings.IndexByte(r.s[i:end], '\\') >= 0
}

// value returns the end of the valid JSON value at s[i], at the given
// depth, or -1 when it is not valid (or nested deeper than maxFastDepth).
// The caller checks what follows it.
func (r wholeReader) value(i, depth int) int {
	s := r.s
	switch s[i] {
	case '"':
		end, _ := r.str(i)
		return end
	case '{':
		return r.members(i, depth, func(string, int) int { return 0 })
	case '[':
		return r.elements(i, depth, func(int) int { return 0 })
	case 't':
		return literalEnd(s, i, "true")
	case 'f':
		return literalEnd(s, i, "false")
	case 'n':
		return literalEnd(s, i, "null")
	}
	return validNumber(r.b, i)
}

// literalEnd returns the end of lit at s[i], or -1.
func literalEnd(s string, i int, lit string) int {
	if !strings.HasPrefix(s[i:], lit) {
		return -1
	}
	return i + len(lit)
}

// members calls f with the key and the value's offset of each member of
// the object at s[i], which is at the given depth, in order, checking that
// the object is valid JSON. f returns the end of the value when it read it
// (and checked it), 0 to have it checked and skipped, or -1 to stop.
// members returns the end of the object, or -1 when f stopped, when the
// object is not valid JSON, nests deeper than maxFastDepth, or a key has
// escapes or control characters (its text is not the token's).
func (r wholeReader) members(i, depth int, f func(key string, v int) int) int {
	s := r.s
	if depth > maxFastDepth {
		return -1
	}
	if i = skipJSONSpace(r.b, i+1); i < len(s) && s[i] == '}' {
		return i + 1
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return -1
		}
		ke := plainString(s, i)
		if ke < 0 {
			return -1
		}
		colon := skipJSONSpace(r.b, ke)
		if colon >= len(s) || s[colon] != ':' {
			return -1
		}
		v := skipJSONSpace(r.b, colon+1)
		if v >= len(s) {
			return -1
		}
		end := f(s[i+1:ke-1], v)
		if end == 0 {
			end = r.value(v, depth+1)
		}
		if end < 0 {
			return -1
		}
		if i = skipJSONSpace(r.b, end); i >= len(s) {
			return -1
		}
		switch s[i] {
		case '}':
			return i + 1
		case ',':
			i = skipJSONSpace(r.b, i+1)
		default:
			return -1
		}
	}
}

// elements is members for the elements of the array at s[i].
func (r wholeReader) elements(i, depth int, f func(v int) int) int {
	s := r.s
	if depth > maxFastDepth {
		return -1
	}
	if i = skipJSONSpace(r.b, i+1); i < len(s) && s[i] == ']' {
		return i + 1
	}
	for {
		if i >= len(s) {
			return -1
		}
		end := f(i)
		if end == 0 {
			end = r.value(i, depth+1)
		}
		if end < 0 {
			return -1
		}
		if i = skipJSONSpace(r.b, end); i >= len(s) {
			return -1
		}
		switch s[i] {
		case ']':
			return i + 1
		case ',':
			i = skipJSONSpace(r.b, i+1)
		default:
			return -1
		}
	}
}

// plainString returns the end of the string token at s[i] when it has
// neither escapes nor control characters before its closing quote, else
// -1. It tests eight bytes at a time, as validString's first steps do.
func plainString(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	j := i + 1
	for ; j+8 <= len(s); j += 8 {
		x := load64String(s, j)
		q, bs := x^(ones*'"'), x^(ones*'\\')
		special := ((q-ones)&^q | (bs-ones)&^bs | (x-ones*' ')&^x) & highs
		if special == 0 {
			continue
		}
		// The lowest flagged byte is exact.
		j += bits.TrailingZeros64(special) >> 3
		if s[j] == '"' {
			return j + 1
		}
		return -1
	}
	for ; j < len(s); j++ {
		switch c := s[j]; {
		case c == '"':
			return j + 1
		case c == '\\' || c < ' ':
			return -1
		}
	}
	return -1
}
