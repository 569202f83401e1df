package redact

// Regions abbreviated with full stops after a town (loc22): Mexican
// states as addresses write them ("Zapopan, Jal.", "Toluca, Méx.",
// "Apodaca, N.L.", "San Luis Potosí, S.L.P."). data/cities_regions.txt
// lists them with their stops, which regionAfter's capitalised words
// never hold: dottedRegionEnd reads them.

// dottedRegionEnd returns the end of a region of data/cities_regions.txt
// written as capitalised letters and full stops at s ("Jal.", "N.L.",
// "B.C.S."), its last stop included, or 0.
func dottedRegionEnd(text string, s int) int {
	best := 0
	for j, k := s, 0; k < 4; k++ {
		e := capWordEnd(text, j)
		if e <= j || e-j > 6 || e >= len(text) || text[e] != '.' {
			break
		}
		j = e + 1
		if regionNames.has(text[s:j]) {
			best = j
		}
	}
	return best
}
