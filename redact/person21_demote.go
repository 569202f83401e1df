package redact

// person21Demote lowers the PERSON candidates of cands, at or over
// DefaultMinScore, that name a public figure or a place (publicNameAt,
// person21_public.go) or an organisation (orgNameDemoteAt, person21_org.go), in
// one pass over cands: the two readers of session 21 (issue 9) cost one
// loop, not two (issue 10).
func person21Demote(text string, cands []Span) {
	var x demoteIndex // built at the first organisation's word (linear25)
	for i := range cands {
		s := &cands[i]
		if s.Type != "PERSON" || s.Score < DefaultMinScore || !person21Maybe(text, s) {
			continue // person22_gate.go: most names, nothing to lower
		}
		if s.Reason == recipientReason {
			continue // a recipient's name before their address (biz25_recipient.go): "for Georgia Lincoln, 3 …"
		}
		if publicNameAt(text, s) {
			s.Score = premisesScore
			s.Reason = publicReason
			continue
		}
		orgNameDemoteAt(text, cands, i, &x)
	}
}
