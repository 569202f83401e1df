package redact

import "testing"

// TestPublic14Notables checks names of the third batch of
// data/notable_world.txt (people of this decade, with and without their
// accents), notable names in a case form, and that a customer label or a
// greeting still makes such a name a person.
func TestPublic14Notables(t *testing.T) {
	tests := []findCase{
		{"this decade's names", "Kimi Antonelli won the race and Lando Norris scored points.", nil},
		{"creator", "Channel the energy of Sabrina Carpenter in the caption.", nil},
		{"finnish genitive after a consonant", "Loppuun Tove Janssonin sitaatti, kiitos.", nil},
		{"finnish genitive of an -us name", "Taustalle Jean Sibeliuksen musiikkia.", nil},
		{"finnish genitive of a -nen name", "Kampanja Kimi Räikkösen tyyliin ja Sanna Marinin puheet.", nil},
		{"polish genitive of both words", "Podziękowania dla Roberta Lewandowskiego za wsparcie.", nil},
		{"czech instrumental with a fleeting e", "Inspirace: Emil Zátopkem a jeho během.", nil},
		{"turkish suffix after an apostrophe", "Mesajın sonunda Barış Manço'nun bir şarkısına gönderme olsun.", nil},
		{"greeting still wins", "Dear Sabrina Carpenter, your order shipped.", []string{"PERSON:Sabrina Carpenter"}},
		{"label still wins over a case form", "Name: Jean Sibeliuksen, 040 123 4567", []string{"PERSON:Jean Sibeliuksen"}},
		{"a customer's declined name", "Podziękowania dla Roberta Nowakowskiego za zakup.", []string{"PERSON:Roberta Nowakowskiego"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPublic14Context checks the public figures read from their context
// (public14_public.go), pets, holidays and status words, and that the
// customer slots still win.
func TestPublic14Context(t *testing.T) {
	tests := []findCase{
		{"follower count and handle", "Partner pitch: Jana Novak (@jana.novak, 1.2M followers) for the launch.", nil},
		{"follower count alone", "Partner pitch: Jana Novak (1.2M followers) for the launch.", nil},
		{"handles alone are a giveaway's winners", "Winners: Jana Novak (@jana.novak) and Petr Dvořák (@petrd).",
			[]string{"PERSON:Jana Novak", "PERSON:Petr Dvořák"}},
		{"a postcode after the brackets is no count", "Write to Frau Dr. Marta Vogelsang (Steuer-ID 12345678901), Lindenweg 7, 80995 München.",
			[]string{"PERSON:Frau Dr. Marta Vogelsang"}},
		{"legend", "Then a nod to hurling legend Maurice Quinlan at the match.", nil},
		{"à la", "Mit einem Augenzwinkern à la Miriam Falkner, bitte.", nil},
		{"feat.", "Track idea: summer anthem feat. Carla Mendes and Luis Ortega.", nil},
		{"czech inspiration label", "Inspirace: Marek Dvořák a jeho návrat.", nil},
		{"french style", "Rédige-le dans le style de Marion Delorme, s'il te plaît.", nil},
		{"spanish a lo", "Hazlo a lo Carla Mendes, con mucho flow.", nil},
		{"a dispute's parties stay names", "Ticket: Marta Kovacs vs. Lena Brandt, noise complaint.", []string{"PERSON:Marta Kovacs", "PERSON:Lena Brandt"}},
		{"status word before an age", "Retired, 68, lives with his daughter in Leeds.", nil},
		{"student before an age", "Student, 19, wants the night bus pass.", nil},
		{"pet in a row", "Hola, vacunas: Lucía;Pérez;Frida;perra;rabia", []string{"PERSON:Lucía"}},
		{"pet word before", "Remind them: our dog Bella needs her booster.", nil},
		{"a job after a comma is no pet", "Anna, dog walker, starts Monday.", []string{"PERSON:Anna"}},
		{"chat is no cat", "Live chat Harriet: how can I help?", []string{"PERSON:Harriet"}},
		{"holiday with a kin word", "Write a promo for our Fèt Manman (Mother's Day) special.", nil},
	}
	checkDetectCases(t, personDetector{}, tests)
}

// TestPublic14KinBrands checks a kin title's possessive before goods (a
// brand) and before a person or an occasion (a relative).
func TestPublic14KinBrands(t *testing.T) {
	tests := []findCase{
		{"pies and sauce", "Try Aunt Bessie's pies and Mama Rosa's sauce.", nil},
		{"pizza", "Uncle Ben's rice and Papa Luigi's pizza are sponsors.", nil},
		{"a relative's friends", "Invite Aunt Rosa's friends to the party on Friday.", []string{"PERSON:Aunt Rosa"}},
		{"a relative's daughter", "Please call Auntie Mae's daughter about the cake.", []string{"PERSON:Auntie Mae"}},
	}
	checkDetectCases(t, personDetector{}, tests)
}
