package main

import (
	"fmt"
	"strings"
)

// marketing is about 2 KB of marketing brief without personal data.
func marketing() string {
	lines := []string{
		"You are the copywriter for a mid-sized outdoor clothing brand with shops in twelve cities.",
		"Write a spring campaign e-mail for our waterproof hiking jackets, friendly and concrete.",
		"Mention the recycled fabric, the two-year repair guarantee and the new colours moss and slate.",
		"Keep the subject line under fifty characters and avoid exclamation marks in it.",
		"The audience are returning customers who bought boots or tents in the last two seasons.",
		"Offer free shipping on orders above sixty euros and link to the store finder page.",
		"Close with a short paragraph about our trail clean-up volunteer days in May.",
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 2000; i++ {
		sb.WriteString(lines[i%len(lines)])
		sb.WriteByte(' ')
	}
	return sb.String()
}

// Every request of the load is a new prompt, as a real app's are: the
// bodies vary per request where an app's would (the prompt's own text and
// its personal values, a conversation's new last turn), so that no cache
// of earlier requests' findings (find_cache) sees a single-message prompt
// twice. A conversation's history repeats from one request to the next, as
// chat APIs resend it. The bodies keep the sizes of the shapes first used
// (identical bodies, before find_cache): prompt_2k 2,220 B, pii_2k 2,268 B,
// conv_32k 31,999 B.

// seqWidth is the digits of the request counter in the varied texts.
const seqWidth = 8

// piiValuesFor returns the five personal values of request n: an e-mail
// address, a phone number, a card number, an IBAN and an IP address, as
// long as those of the first shape ("ana.silva@example.com", "+44 20 7946
// 0958", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00",
// "203.0.113.77") and valid where the detectors check (the card's Luhn
// digit, the IBAN's mod-97 check digits).
func piiValuesFor(n uint64) []string {
	m := n % 1e6
	card := fmt.Sprintf("411111%09d", n%1e9)
	card += string(rune('0' + luhnDigit(card)))
	bban := fmt.Sprintf("37040044%010d", n%1e10)
	return []string{
		fmt.Sprintf("ana.s%04d@example.com", n%1e4),
		fmt.Sprintf("+44 20 79%02d %04d", (n/1e4)%100, n%1e4),
		card[0:4] + " " + card[4:8] + " " + card[8:12] + " " + card[12:16],
		spaced(fmt.Sprintf("DE%02d", ibanCheck("DE", bban)) + bban),
		fmt.Sprintf("203.0.%d.%d", 100+(m/200)%100, 10+m%90),
	}
}

// luhnDigit returns the check digit that makes digits+it pass Luhn.
func luhnDigit(digits string) int {
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if (len(digits)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return (10 - sum%10) % 10
}

// ibanCheck returns the IBAN check digits of country's bban (ISO 13616).
func ibanCheck(country, bban string) int {
	rem := 0
	for _, c := range bban + country + "00" {
		if c >= 'A' && c <= 'Z' {
			rem = (rem*100 + int(c-'A'+10)) % 97
			continue
		}
		rem = (rem*10 + int(c-'0')) % 97
	}
	return 98 - rem
}

// spaced writes an IBAN in groups of four.
func spaced(iban string) string {
	var b strings.Builder
	for i := 0; i < len(iban); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(iban[i:min(i+4, len(iban))])
	}
	return b.String()
}

// promptBodyFor is a chat request with the 2 KB brief; with pii, the five
// personal values of request n are woven in (the body stays about 2 KB).
// The brief starts with the request's number, so that every prompt is new.
func promptBodyFor(pii, stream bool, n uint64) string {
	text := marketing()
	text = fmt.Sprintf("Brief %0*d. ", seqWidth, n%1e8) + text[:len(text)-seqWidth-8]
	if pii {
		v := piiValuesFor(n)
		text = fmt.Sprintf("Send the draft to %s, or call %s. Test order paid with card %s, refunds to IBAN %s, "+
			"the preview server is at %s. ", v[0], v[1], v[2], v[3], v[4]) + text[:len(text)-150]
	}
	return fmt.Sprintf(`{"model":"gpt-4o-mini","stream":%v,"messages":[{"role":"system","content":"You write marketing copy."},{"role":"user","content":%q}]}`, stream, text)
}

// conversations is how many conversations conversationBodyFor cycles
// through: each one's history is resent by every request of it.
const conversations = 16

// conversationBodyFor is a 32 KB multi-turn chat request of request n: the
// history of conversation n%conversations (turns of their own, a personal
// value in every fourth user turn), then a new last user turn with the
// request's number.
func conversationBodyFor(stream bool, n uint64) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, `{"model":"gpt-4o-mini","stream":%v,"messages":[{"role":"system","content":"You are a helpful marketing assistant."}`, stream)
	brief := marketing()
	conv := n % conversations
	twice := brief + brief
	for turn := 0; sb.Len() < 31999-1500; turn++ {
		// Each turn its own text: the brief from another offset.
		off := (int(conv)*131 + turn*211) % len(brief)
		user := twice[off : off+600]
		if turn%4 == 1 {
			user = fmt.Sprintf("My colleague is at team%d.%d@example.com. %s", conv, turn, twice[off:off+556])
		}
		fmt.Fprintf(&sb, `,{"role":"user","content":%q},{"role":"assistant","content":%q}`, user, twice[off+600:off+1000])
	}
	// The last turn fills the body to the first shape's 31,999 bytes.
	head := fmt.Sprintf("Next question %0*d: ", seqWidth, n%1e8)
	fill := 31999 - sb.Len() - len(`,{"role":"user","content":""}]}`) - len(head)
	last := head + twice[:max(fill, 100)]
	fmt.Fprintf(&sb, `,{"role":"user","content":%q}]}`, last)
	return sb.String()
}
