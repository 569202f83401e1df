package redact

import (
	"slices"
	"testing"
)

func TestCapsRecordNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"export lines", "old export, all caps:\nHELENA VARGAS, 12 MILL RD, LEEDS LS2 7AB\nTOBIAS KLEINER-ROTH, 4 ELM CT, YORK",
			[]string{"HELENA VARGAS", "TOBIAS KLEINER-ROTH"}},
		{"three words", "LUCIA MARIN SOTO, CALLE 5, 28010 MADRID", []string{"LUCIA MARIN SOTO"}},
		{"name label", "ID: 4471\nNAME: DAVID OKONKWO\nCITY: LAGOS", []string{"DAVID OKONKWO"}},
		{"heading, then a sentence", "DEAR HELENA, thanks for the order", nil},
		{"not a given name", "ORDER STATUS, SHIPPED 2024-01-02", nil},
		{"mid-line", "see HELENA VARGAS, 12 MILL RD", nil},
		{"one word", "HELENA, 12 MILL RD", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := personTexts(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestCapsNamesSession11(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"label and particles", "typed up:\n\nNAME: LUCIA DOS SANTOS PEREIRA\nCITY: EVORA", []string{"LUCIA DOS SANTOS PEREIRA"}},
		{"customer label", "CUSTOMER: TOBIAS VAN DER BERG\nTIER: 2", []string{"TOBIAS VAN DER BERG"}},
		{"label, name ends with a particle", "NAME: TOBIAS VAN\nX", nil},
		{"title inside a line", "Please write to MR TOBIAS KLEINER about the delay.", []string{"MR TOBIAS KLEINER"}},
		{"title opening a line", "DR HELENA VARGAS, 12 MILL RD", []string{"DR HELENA VARGAS"}},
		{"title and a product", "Save it as an MS WORD file.", nil},
		{"title and a character", "We loved MR BEAN as kids.", nil},
		{"numbered list item", "reminders:\n1. Anjali Rao - 98461 12750\n2. HELENA VARGAS - +44 7700 900123\n", []string{"Anjali Rao", "HELENA VARGAS"}},
		{"bulleted list item", "- TOBIAS KLEINER - 0151 496 0000", []string{"TOBIAS KLEINER"}},
		{"heading in a list", "1. ORDER STATUS - 3 items", nil},
		{"a brand with a title", "New DR MARTENS boots in store.", nil},
		{"a retailer with a title", "Order from MR PORTER online.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := personTexts(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
