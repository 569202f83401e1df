package redact

import "testing"

// lowerCasePrompts are prompts written all in lower case, as quick
// requests, chats and call notes are: every word of them takes the
// lower-case name readers (lowerCaseNames), which a capitalised text
// never reaches. Most hold no name; a few hold one after a title, a
// relation word or a call word.
var lowerCasePrompts = []string{
	"give me three subject lines for a newsletter about garden tools",
	"write a short caption for our autumn sale on rain jackets, keep it fun",
	"can you make this paragraph sound friendlier and cut it to two sentences",
	"list five ideas for a blog post about saving energy at home this winter",
	"rewrite the product description so it fits in one tweet with two hashtags",
	"called back about the late delivery, customer ok with a voucher, follow up friday",
	"spoke to mrs okafor re the refund, she wants it on the original card",
	"note: left voicemail, no answer, try again tomorrow after lunch",
	"my sister wants a birthday message for her colleague, something warm but short",
	"[10:42] agent: thanks for waiting, the parcel left the depot this morning",
	"[10:43] client: great thanks, can it go to the back door instead",
	"écris-moi un slogan pour notre promo de printemps sur les vélos",
	"peux-tu traduire ce texte en anglais et le raccourcir un peu",
	"schreib mir drei betreffzeilen für einen newsletter über gartenmöbel",
	"kannst du diesen absatz freundlicher formulieren, bitte ohne ausrufezeichen",
	"escríbeme un eslogan para la rebaja de verano en zapatillas",
	"me ayudas a resumir este correo en tres frases cortas",
	"scrivimi una didascalia per la nostra offerta di primavera sulle biciclette",
	"schrijf een korte tekst voor onze zomeractie op tuinstoelen",
	"escreve uma legenda curta para a promoção de inverno em casacos",
	"napisz krótki opis produktu dla naszego nowego kubka termicznego",
	"skriv en kort tekst om vårt höstrea på regnjackor",
	"bikin caption singkat buat promo akhir tahun sepatu lari ya",
	"yeni kahve makinemiz için kısa bir tanıtım yazısı yaz",
	"make a thank you note for my neighbour who watered the plants while we were away",
	"customer rang twice about invoice 4471, says amount is wrong, escalated to billing",
	"pls draft a polite reminder about the unpaid invoice, no threats, keep it under 80 words",
	"what's a catchy name for a bakery that only sells sourdough",
}

// BenchmarkFindLowerCase runs the engine, every built-in on, over
// lowerCasePrompts, one Find per prompt.
func BenchmarkFindLowerCase(b *testing.B) {
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchLines(b, lowerCasePrompts, e.Find)
}
