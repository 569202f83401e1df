// Package libref computes, with github.com/nyaruka/phonenumbers, what the
// phonemeta tables and NationalValid must reproduce. Only the generator and
// phonemeta's tests import it: no production package links the library.
package libref

import "github.com/nyaruka/phonenumbers"

// CCLengths returns, per country calling code, the bit set of the national
// lengths 1 to 17 that IsPossibleNumber accepts.
func CCLengths() [1000]uint32 {
	var t [1000]uint32
	num := &phonenumbers.PhoneNumber{}
	for cc := 1; cc < 1000; cc++ {
		if phonenumbers.GetRegionCodeForCountryCode(cc) == "ZZ" {
			continue
		}
		nn := uint64(1)
		for l := 1; l <= 17; l++ {
			c := int32(cc)
			v := nn
			num.CountryCode = &c
			num.NationalNumber = &v
			if phonenumbers.IsPossibleNumber(num) {
				t[cc] |= 1 << l
			}
			nn *= 10
		}
	}
	return t
}

// Valid is what the phone detector called before the tables: Parse and
// IsValidNumberForRegion.
func Valid(s, region string) bool {
	num, err := phonenumbers.Parse(s, region)
	return err == nil && phonenumbers.IsValidNumberForRegion(num, region)
}
