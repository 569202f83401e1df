package redact

import "testing"

// TestNames17Naming covers a lone nickname after a naming phrase of
// names17_naming.go, in brackets and in quotes, and phrases that name
// things.
func TestNames17Naming(t *testing.T) {
	runNames17(t, []names17Case{
		{"Portuguese", "Obs: o cliente prefere ser chamado de Tuca. Não mencionar nada.", []string{"Tuca"}},
		{"French, in brackets", "Nom : Luc Ferrandi (corse, préfère qu'on l'appelle Ghjuvanni) — ok", []string{"Luc Ferrandi", "Ghjuvanni"}},
		{"Italian, in brackets", "Ho visto la signora (la chiamano Pina) ieri.", []string{"Pina"}},
		{"Czech, in brackets", "Volala paní (říkají jí Jarka) včera.", []string{"Jarka"}},
		{"Polish, in quotes", "Dzwonił sąsiad (kolega nazywa go „Tadzio”) wczoraj.", []string{"Tadzio"}},
		{"English, call me", "Call me Ishmael, said the caller.", []string{"Ishmael"}},
		{"a shop's name after 'le dicen'", "Vamos a la tienda que le dicen La Esquina.", nil},
		{"a quoted greeting", "She said \"Hello\" and left.", nil},
	})
}

// TestNames17KinLatin covers a lone name after a kinship word of
// names17_kinlatin.go, and a word of them left out.
func TestNames17KinLatin(t *testing.T) {
	runNames17(t, []names17Case{
		{"Bosnian kći", "Subota 13h – gđa. Ana Kovač i kći Zehrina, iz Mostara.", []string{"gđa. Ana Kovač", "Zehrina"}},
		{"Lithuanian vyras", "„Mano vyras Arvydas sako, kad porcijos per mažos.“", []string{"Arvydas"}},
		{"Czech dcerou", "Paní Kratochvílová přijde s dcerou Bárou.", []string{"Paní Kratochvílová", "Bárou"}},
		{"Romanian soția", "Sosește cu soția Smaranda mâine.", []string{"Smaranda"}},
		{"Danish definite grandchild", "Jens Holm - 1 lagkage (til barnebarnet Ditte, der fylder 5)", []string{"Jens Holm", "Ditte"}},
		{"English far is no kin word", "So far Zoomify has been slow.", nil},
		{"Spanish sin is no kin word", "Pedimos el pastel sin Gluten ni Azúcar.", nil},
	})
}
