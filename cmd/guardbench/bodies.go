package main

import (
	"fmt"
	"strings"
)

// piiValues are the five personal values of the PII prompt.
var piiValues = []string{
	"ana.silva@example.com", "+44 20 7946 0958", "4111 1111 1111 1111",
	"DE89 3704 0044 0532 0130 00", "203.0.113.77",
}

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

// promptBody is a chat request with the 2 KB brief; with pii, the five
// piiValues are woven in (the body stays about 2 KB).
func promptBody(pii, stream bool) string {
	text := marketing()
	if pii {
		text = fmt.Sprintf("Send the draft to %s, or call %s. Test order paid with card %s, refunds to IBAN %s, "+
			"the preview server is at %s. ", piiValues[0], piiValues[1], piiValues[2], piiValues[3], piiValues[4]) + text[:len(text)-150]
	}
	return fmt.Sprintf(`{"model":"gpt-4o-mini","stream":%v,"messages":[{"role":"system","content":"You write marketing copy."},{"role":"user","content":%q}]}`, stream, text)
}

// conversationBody is a 32 KB multi-turn chat request with a personal
// value in every fourth user turn.
func conversationBody(stream bool) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, `{"model":"gpt-4o-mini","stream":%v,"messages":[{"role":"system","content":"You are a helpful marketing assistant."}`, stream)
	brief := marketing()
	for turn := 0; sb.Len() < 32<<10-1200; turn++ {
		user := brief[:600]
		if turn%4 == 1 {
			user = fmt.Sprintf("My colleague is at team%d@example.com. %s", turn, brief[:560])
		}
		fmt.Fprintf(&sb, `,{"role":"user","content":%q},{"role":"assistant","content":%q}`, user, brief[600:1000])
	}
	sb.WriteString(`]}`)
	return sb.String()
}
