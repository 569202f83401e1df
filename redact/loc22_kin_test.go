package redact

import "testing"

// TestKinTownsAfterNames holds the towns after a relative's name and "in",
// and after a name or a family and "of", and the words there that are no
// one's home.
func TestKinTownsAfterNames(t *testing.T) {
	checkFindCases(t, []findCase{
		{"mother's town", "She sends money to her mother Grace Atieno in Kisii every month.",
			[]string{"PERSON:Grace Atieno", "LOCATION:Kisii"}},
		{"sister's town in Spanish", "Le mando a mi hermana Rosa Delgado en Camagüey cada mes.",
			[]string{"PERSON:Rosa Delgado", "LOCATION:Camagüey"}},
		{"titled name and in", "Please call back Mrs Nora Quinlan in Listowel about the boiler.",
			[]string{"PERSON:Mrs Nora Quinlan", "LOCATION:Listowel"}},
		{"name and in without a relative", "Jim Baker in Tulsa purchased a kettle.", []string{"PERSON:Jim Baker"}},
		{"and family of", "Lunch was sponsored by Mrs. Tahira Malik and family of Longsight.",
			[]string{"PERSON:Mrs. Tahira Malik", "LOCATION:Longsight"}},
		{"name and of", "Congratulations to Mrs. Nandi Zulu of Umlazi on her new shop!",
			[]string{"PERSON:Mrs. Nandi Zulu", "LOCATION:Umlazi"}},
		{"the family of a town's club, not a town", "Thanks to the Baker family of Leeds United fame.", []string{"PERSON:Baker"}},
	})
}
