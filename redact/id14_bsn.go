package redact

// bsnDotted reports whether the chain's first g groups are nine digits
// written with dots as Dutch forms write a BSN ("1234.56.782",
// "123.456.782"). Amounts and version numbers take the same shapes, so a
// BSN with dots scores below the default threshold unless its own word
// ("BSN", "burgerservicenummer") is near.
func bsnDotted(ch *idChain, g int) bool {
	return ch.sep[0] == '.' && (groupsAre(ch, g, 4, 2, 3) || groupsAre(ch, g, 3, 3, 3))
}
