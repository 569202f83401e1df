package caddymodule

import (
	"encoding/binary"
	"strconv"
	"unsafe"

	"github.com/tidwall/gjson"
)

func init() {
	openAIChat.wholeFast = openAIWholeFast
}

// openAIWholeFast reads a whole Chat Completions answer as
// openAIChat.wholeAnswer does, in one pass that skips the members it does
// not read instead of parsing each one: gjson's ForEach parses every member
// value it passes (numbers with strconv.ParseFloat, strings with their
// escapes) and walks each object three times over (answer, choice,
// message). body must be valid JSON (finish checks it first).
//
// It reads the common shape only: an object whose keys have no escapes,
// choices not an object, messages without tool calls (tool_calls and
// function_call absent or null, tool_calls also []), and usage counts that
// are plain integers. For
// anything else it returns false without visiting, and the caller reads
// the answer with wholeAnswer (TestOpenAIWholeFastSame and
// FuzzOpenAIWholeFast hold the two alike). The texts are appended to
// texts.
func openAIWholeFast(body string, texts []answerText) ([]answerText, tokenUsage, bool) {
	i := skipWS(body, 0)
	if i >= len(body) || body[i] != '{' {
		return texts, tokenUsage{}, false
	}
	n0 := len(texts)
	var u tokenUsage
	// The first of a repeated key wins, as with wholeAnswer; later ones
	// are skipped.
	choices, usage := false, false
	end := forMembers(body, i, func(key string, v int) int {
		switch {
		case key == "choices" && !choices:
			choices = true
			switch body[v] {
			case '[':
				return openAIChoicesFast(body, v, &texts)
			case '{':
				return -1 // ForEach would read its members as choices
			}
			// Any other value is read as one choice without members: no
			// texts.
		case key == "usage" && !usage:
			usage = true
			if body[v] == '{' {
				return openAIUsageFast(body, v, &u)
			}
			// Not an object: no counts.
		}
		return 0
	})
	if end < 0 {
		return texts[:n0], tokenUsage{}, false
	}
	return texts, u, true
}

// openAIChoicesFast reads the choices array at body[i] for openAIWholeFast,
// appending the texts, and returns its end or -1.
func openAIChoicesFast(body string, i int, texts *[]answerText) int {
	pos := 0
	return forElements(body, i, func(c int) int {
		// The channel is the choice's index when it is a number, else its
		// position.
		ch := strconv.Itoa(pos)
		pos++
		if body[c] != '{' {
			return 0 // no members: no texts
		}
		idx, content, contentEnd, contentEsc := -1, -1, 0, false
		message := false
		end := forMembers(body, c, func(key string, v int) int {
			switch {
			case key == "index" && idx < 0:
				idx = v
			case key == "message" && !message:
				message = true
				if body[v] != '{' {
					return 0 // no members: no texts
				}
				tools, fn := false, false
				return forMembers(body, v, func(key string, v int) int {
					switch {
					case key == "content" && content < 0:
						content = v
						if body[v] == '"' {
							contentEnd, contentEsc = shortString(body, v)
							return contentEnd
						}
					case key == "tool_calls" && !tools:
						tools = true
						if !isNullOrEmptyArray(body, v) {
							return -1 // tool calls: wholeAnswer reads them
						}
					case key == "function_call" && !fn:
						fn = true
						if body[v] != 'n' {
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
		if idx >= 0 && isNumberStart(body[idx]) {
			ch = body[idx:skipValue(body, idx)]
		}
		if content >= 0 && body[content] == '"' {
			*texts = append(*texts, answerText{value: stringResult(body[content:contentEnd], content, contentEsc), channel: ch, kind: textContent})
		}
		return end
	})
}

// openAIUsageFast reads the usage object at body[i] for openAIWholeFast
// and returns its end, or -1 for a count that is not a plain integer.
func openAIUsageFast(body string, i int, u *tokenUsage) int {
	var seen [3]bool
	return forMembers(body, i, func(key string, v int) int {
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
		*n, end = plainInt(body, v)
		return end
	})
}

// stringResult is the gjson.Result that gjson's ForEach gives for the
// string token raw at offset i, which has escapes when esc is set.
func stringResult(raw string, i int, esc bool) gjson.Result {
	r := gjson.Result{Type: gjson.String, Raw: raw, Str: raw[1 : len(raw)-1], Index: i}
	if esc {
		r.Str = gjson.Parse(raw).Str // gjson's own unescaping
	}
	return r
}

// plainInt returns the integer the number token at body[i] holds, as
// gjson's Result.Int reads it, and the token's end, when the token is a
// plain integer of at most 15 digits (exact in a float64, which Int goes
// through); else the end is -1.
func plainInt(body string, i int) (int64, int) {
	j := i
	if j < len(body) && body[j] == '-' {
		j++
	}
	var n int64
	k := j
	for ; k < len(body) && body[k] >= '0' && body[k] <= '9'; k++ {
		n = n*10 + int64(body[k]-'0')
	}
	if k == j || k-j > 15 || k < len(body) && !isValueEnd(body[k]) {
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

// isNullOrEmptyArray reports whether the value at body[i] is null or [].
func isNullOrEmptyArray(body string, i int) bool {
	if body[i] == 'n' {
		return true
	}
	if body[i] != '[' {
		return false
	}
	j := skipWS(body, i+1)
	return j < len(body) && body[j] == ']'
}

func skipWS(s string, i int) int {
	for i < len(s) && isJSONSpace(s[i]) {
		i++
	}
	return i
}

// skipValue returns the end of the valid JSON value that starts at s[i].
func skipValue(s string, i int) int {
	switch s[i] {
	case '"':
		end, _ := shortString(s, i)
		return end
	case '{', '[':
		depth := 0
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '"':
				end, _ := shortString(s, j)
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(s)
	}
	j := i + 1
	for j < len(s) && !isValueEnd(s[j]) {
		j++
	}
	return j
}

// forMembers calls f with the key and the value's offset of each member of
// the valid JSON object at s[i], in order. f returns the end of the value
// when it read it, 0 to have it skipped, or -1 to stop. forMembers returns
// the end of the object, or -1 when f stopped or a key has escapes (its
// text is not the token's).
func forMembers(s string, i int, f func(key string, v int) int) int {
	i = skipWS(s, i+1)
	if s[i] == '}' {
		return i + 1
	}
	for {
		ke, esc := shortString(s, i)
		if esc {
			return -1
		}
		v := skipWS(s, skipWS(s, ke)+1) // past the colon
		end := f(s[i+1:ke-1], v)
		switch {
		case end < 0:
			return -1
		case end == 0:
			end = skipValue(s, v)
		}
		i = skipWS(s, end)
		if s[i] == '}' {
			return i + 1
		}
		i = skipWS(s, i+1) // past the comma
	}
}

// forElements is forMembers for the elements of the valid JSON array at
// s[i].
func forElements(s string, i int, f func(v int) int) int {
	i = skipWS(s, i+1)
	if s[i] == ']' {
		return i + 1
	}
	for {
		end := f(i)
		switch {
		case end < 0:
			return -1
		case end == 0:
			end = skipValue(s, i)
		}
		i = skipWS(s, end)
		if s[i] == ']' {
			return i + 1
		}
		i = skipWS(s, i+1)
	}
}

// shortString is scanString for the strings of an answer's structure,
// mostly short (keys, ids, stop reasons): it tests eight bytes at a time
// for a quote or a backslash, where scanString's two IndexByte calls per
// string cost more than they save.
func shortString(s string, i int) (int, bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// A read-only byte view of s, for one 8-byte load per step.
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	esc := false
	j := i + 1
	for {
		for ; j+8 <= len(b); j += 8 {
			x := binary.LittleEndian.Uint64(b[j:])
			q, bs := x^(ones*'"'), x^(ones*'\\')
			if ((q-ones)&^q|(bs-ones)&^bs)&highs != 0 {
				break
			}
		}
		for ; j < len(b); j++ {
			if c := b[j]; c == '"' {
				return j + 1, esc
			} else if c == '\\' {
				esc = true
				j++
				break
			}
		}
		if j >= len(b) {
			return -1, esc
		}
		j++
	}
}
