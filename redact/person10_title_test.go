package redact

import (
	"slices"
	"testing"
)

// TestPerson10CommunityTitles covers titles of faith, office and kinship
// before a name, and the same words before things, streets and towns.
func TestPerson10CommunityTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"deaconess", "Flowers this week were given by Deaconess Chidinma Okwuosa.", []string{"Deaconess Chidinma Okwuosa"}},
		{"deacon, virtue name", "Deacon Temperance Mbeki will lead the choir on Sunday.", []string{"Deacon Temperance Mbeki"}},
		{"ustazah", "The girls' class is run by Ustazah Kanoa this term.", []string{"Ustazah Kanoa"}},
		{"manman", "The harvest table is run by Manman Rosemène and the youth.", []string{"Manman Rosemène"}},
		{"tita", "Flowers this week were given by Tita Marivic.", []string{"Tita Marivic"}},
		{"bhaiya", "The lamps were lit by Bhaiya Rohan and the youth.", []string{"Bhaiya Rohan"}},
		{"reverend abbreviated", "The harvest table is run by Rev. Ifeoma Nwachukwu and the youth.", []string{"Rev. Ifeoma Nwachukwu"}},
		{"weyzero", "The injera order is for Weyzero Tigist Haile on Saturday.", []string{"Weyzero Tigist Haile"}},
		{"encik", "Please call Encik Faizal Rahman about the hamper.", []string{"Encik Faizal Rahman"}},
		{"pak with a known name", "The cake goes to Pak Budi Santoso tomorrow.", []string{"Pak Budi Santoso"}},
		{"a province", "We ship to Bà Rịa and Vũng Tàu.", nil},
		{"church kin titles", "tell Sister Ngozi Eze and Brother Chinedu the choir starts at 6. Father Okonkwo will bless it.",
			[]string{"Sister Ngozi Eze", "Brother Chinedu", "Father Okonkwo"}},
		{"kin words before things", "Happy Mother's Day! Father Christmas visits the Big Brother house; Mother Nature.", nil},
		{"pastor street", "Meet us at Pastor Street after the service.", nil},
		{"bishop and a town", "The train to Bishop Auckland leaves at noon.", nil},
		{"dishes", "We stock Baba Ganoush dip and an Imam Bayildi kit.", nil},
		{"shop", "Order from Mama Mia Pizzeria tonight.", nil},
		{"a mosque", "Visit the Sheikh Zayed Grand Mosque.", nil},
		{"cordial", "Elder Flower Cordial, 500 ml, now on sale.", nil},
		{"a lone word after a double-use title", "The harvest table is run by Baba Kanoa and the youth.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson10WordGivenNames covers given names that are words (virtues)
// before names the gazetteers know, and what stays no name.
func TestPerson10WordGivenNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"list", "Congratulations to Grace Wanjiku Otieno, Patience Wambui and Mercy Njeri on graduating.",
			[]string{"Grace Wanjiku Otieno", "Patience Wambui", "Mercy Njeri"}},
		{"sentence start", "Blessing Akinyi bought two tickets.", []string{"Blessing Akinyi"}},
		{"family name again", "Thanks to Hope Achieng for the cake. Achieng will bring more.", []string{"Hope Achieng", "Achieng"}},
		{"a particle between", "Nada de Leopoldo en la caja, solo dulces.", nil},
		{"band and product", "Joy Division posters and Amber Alert notices.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
