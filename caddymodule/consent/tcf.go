package consent

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// ErrTCF is wrapped by every error DecodeTCF returns, so callers can tell a
// bad TC string from other failures with errors.Is.
var ErrTCF = errors.New("tcf")

// TCString is a decoded IAB TCF v2 transparency and consent string
// (TCF v2.0 to v2.2). Purpose and special-feature sets are bit sets: bit
// i-1 is set when id i is set.
type TCString struct {
	// Version is the encoding version; always 2 for a decoded string.
	Version int
	// Created and LastUpdated are the string's timestamps (decisecond
	// precision, UTC).
	Created, LastUpdated time.Time
	// CMPID, CMPVersion and ConsentScreen identify the consent management
	// platform and the screen that collected consent.
	CMPID, CMPVersion, ConsentScreen int
	// ConsentLanguage is the two-letter upper-case language of the screen.
	ConsentLanguage string
	// VendorListVersion is the Global Vendor List version (at least 1).
	VendorListVersion int
	// PolicyVersion is the TCF policy version: 2 = v2.0, 3 = v2.1, 4 = v2.2.
	PolicyVersion int
	// IsServiceSpecific is true when the string applies to one service only.
	IsServiceSpecific bool
	// UseNonStandardTexts is true when the CMP used non-standard texts
	// (called UseNonStandardStacks before v2.2).
	UseNonStandardTexts bool
	// SpecialFeatureOptIns holds the 12 special-feature opt-ins.
	SpecialFeatureOptIns uint32
	// PurposesConsent holds consent for the 24 purposes.
	PurposesConsent uint32
	// PurposesLITransparency holds legitimate-interest transparency for the
	// 24 purposes.
	PurposesLITransparency uint32
	// PurposeOneTreatment is true when purpose 1 was not disclosed.
	PurposeOneTreatment bool
	// PublisherCC is the publisher's two-letter country code.
	PublisherCC string
	// VendorConsents and VendorLI are the vendor consent and vendor
	// legitimate-interest sections.
	VendorConsents, VendorLI VendorSet
	// PubRestrictions are the publisher restrictions, in string order.
	PubRestrictions []PubRestriction
	// DisclosedVendors is the disclosed-vendors segment (type 1), or nil.
	DisclosedVendors *VendorSet
	// AllowedVendors is the allowed-vendors segment (type 2, TCF v2.0
	// only), or nil.
	AllowedVendors *VendorSet
	// PublisherTC is the publisher purposes segment (type 3), or nil.
	PublisherTC *PublisherTC
}

// PurposeConsent reports whether TCF purpose id (1-24) has consent.
func (t *TCString) PurposeConsent(id int) bool { return bitSet32(t.PurposesConsent, id) }

// Restricted reports whether a publisher restriction of the given type
// (0 not allowed, 1 require consent, 2 require legitimate interest) covers
// vendor for purpose.
func (t *TCString) Restricted(purpose, restrictionType, vendor int) bool {
	for _, pr := range t.PubRestrictions {
		if pr.PurposeID == purpose && pr.RestrictionType == restrictionType && pr.Vendors.Has(vendor) {
			return true
		}
	}
	return false
}

// VendorSet is a set of vendor ids as encoded in a TC string.
type VendorSet struct {
	// MaxVendorID is the largest vendor id the section can name.
	MaxVendorID int
	// RangeEncoded is true for range encoding, false for a bit field.
	RangeEncoded bool
	bits         []uint64 // bit field: bit id-1
	ranges       [][2]int // range encoding: inclusive [start, end]
}

// Has reports whether id is in the set.
func (v *VendorSet) Has(id int) bool {
	if id < 1 || id > v.MaxVendorID {
		return false
	}
	if !v.RangeEncoded {
		i := id - 1
		return i/64 < len(v.bits) && v.bits[i/64]&(1<<(uint(i)%64)) != 0
	}
	for _, r := range v.ranges {
		if id >= r[0] && id <= r[1] {
			return true
		}
	}
	return false
}

// IDs returns the ids in the set, ascending.
func (v *VendorSet) IDs() []int {
	ids := []int{}
	for id := 1; id <= v.MaxVendorID; id++ {
		if v.Has(id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// PubRestriction is one publisher restriction entry of the core segment.
type PubRestriction struct {
	// PurposeID is the restricted TCF purpose.
	PurposeID int
	// RestrictionType is 0 (not allowed), 1 (require consent) or 2
	// (require legitimate interest).
	RestrictionType int
	// Vendors are the vendors the restriction covers (range encoded; its
	// MaxVendorID is the largest id named).
	Vendors VendorSet
}

// PublisherTC is the publisher purposes segment of a TC string.
type PublisherTC struct {
	// PurposesConsent and PurposesLITransparency are the publisher's own
	// purpose bits (24 each).
	PurposesConsent, PurposesLITransparency uint32
	// NumCustomPurposes is the number of custom purposes (0-63).
	NumCustomPurposes int
	// CustomPurposesConsent and CustomPurposesLITransparency hold the
	// custom purpose bits.
	CustomPurposesConsent, CustomPurposesLITransparency uint64
}

// bitSet32 reports whether id (1-based) is set in a bit set.
func bitSet32(set uint32, id int) bool {
	return id >= 1 && id <= 32 && set&(1<<uint(id-1)) != 0
}

// bitReader reads big-endian bit fields from a decoded segment. The first
// read past the end records an error naming the field; later reads return 0.
type bitReader struct {
	b   []byte
	pos int
	err error
}

func (r *bitReader) bits() int { return len(r.b) * 8 }

// u reads an n-bit (n <= 64) unsigned field.
func (r *bitReader) u(n int, field string) uint64 {
	if r.err != nil {
		return 0
	}
	if r.pos+n > r.bits() {
		r.err = fmt.Errorf("%w: truncated: %s needs bits %d-%d but the segment has %d bits",
			ErrTCF, field, r.pos, r.pos+n-1, r.bits())
		return 0
	}
	var v uint64
	for i := 0; i < n; i++ {
		p := r.pos + i
		v = v<<1 | uint64(r.b[p/8]>>(7-uint(p%8))&1)
	}
	r.pos += n
	return v
}

func (r *bitReader) i(n int, field string) int { return int(r.u(n, field)) }

func (r *bitReader) bool(field string) bool { return r.u(1, field) == 1 }

// bitset reads n bits (n <= 32) into a set where the first bit read is id 1.
func (r *bitReader) bitset(n int, field string) uint32 {
	v := r.u(n, field)
	var set uint32
	for id := 1; id <= n; id++ {
		if v&(1<<uint(n-id)) != 0 {
			set |= 1 << uint(id-1)
		}
	}
	return set
}

// letters reads two 6-bit letters (A = 0).
func (r *bitReader) letters(field string) string {
	a, b := r.u(6, field), r.u(6, field)
	if r.err != nil {
		return ""
	}
	return string([]byte{byte('A' + a), byte('A' + b)})
}

// deciseconds reads a 36-bit timestamp in deciseconds since the epoch.
func (r *bitReader) deciseconds(field string) time.Time {
	return time.UnixMilli(int64(r.u(36, field)) * 100).UTC()
}

// vendors reads a vendor section: MaxVendorId, IsRangeEncoding, then a
// bit field or range entries.
func (r *bitReader) vendors(name string) VendorSet {
	v := VendorSet{MaxVendorID: r.i(16, name+".maxVendorId")}
	v.RangeEncoded = r.bool(name + ".isRangeEncoding")
	if r.err != nil {
		return v
	}
	if !v.RangeEncoded {
		if r.pos+v.MaxVendorID > r.bits() {
			r.u(v.MaxVendorID, name+".bitfield") // records the truncation
			return v
		}
		v.bits = make([]uint64, (v.MaxVendorID+63)/64)
		for i := 0; i < v.MaxVendorID; i++ {
			if r.u(1, name+".bitfield") == 1 {
				v.bits[i/64] |= 1 << (uint(i) % 64)
			}
		}
		return v
	}
	v.ranges = r.ranges(name, v.MaxVendorID)
	return v
}

// ranges reads NumEntries and the range entries, each within 1..maxID
// (publisher restrictions carry no MaxVendorId): maxID < 0 is unbounded.
func (r *bitReader) ranges(name string, maxID int) [][2]int {
	n := r.i(12, name+".numEntries")
	var out [][2]int
	for k := 0; k < n && r.err == nil; k++ {
		isRange := r.bool(name + ".isARange")
		start := r.i(16, name+".start")
		end := start
		if isRange {
			end = r.i(16, name+".end")
		}
		if r.err != nil {
			return out
		}
		if end < start {
			r.err = fmt.Errorf("%w: %s: bad range entry %d-%d", ErrTCF, name, start, end)
			return out
		}
		if start < 1 || (maxID >= 0 && end > maxID) {
			r.err = fmt.Errorf("%w: %s: range entry %d-%d outside 1-%d", ErrTCF, name, start, end, maxID)
			return out
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// DecodeTCF decodes and validates a TCF v2 TC string: the core segment and
// any disclosed-vendors, allowed-vendors and publisher TC segments after it.
// Trailing base64 padding is accepted. It rejects strings that are not
// base64url, versions other than 2, truncated fields, a vendor list version
// of 0, range entries outside 1..MaxVendorId, unknown segment types, and,
// under policy version 4 (TCF v2.2) or later, legitimate interest for
// purposes 3 to 6. Errors wrap ErrTCF and never quote the string.
func DecodeTCF(s string) (*TCString, error) {
	if s == "" {
		return nil, fmt.Errorf("%w: empty string", ErrTCF)
	}
	segs := strings.Split(s, ".")
	core, err := decodeSegment(segs[0])
	if err != nil {
		return nil, err
	}
	t, err := decodeCore(core)
	if err != nil {
		return nil, err
	}
	for _, seg := range segs[1:] {
		b, err := decodeSegment(seg)
		if err != nil {
			return nil, err
		}
		r := &bitReader{b: b}
		switch typ := r.i(3, "segmentType"); {
		case r.err != nil:
			return nil, r.err
		case typ == 1:
			v := r.vendors("disclosed_vendors")
			t.DisclosedVendors = &v
		case typ == 2:
			v := r.vendors("allowed_vendors")
			t.AllowedVendors = &v
		case typ == 3:
			p := &PublisherTC{
				PurposesConsent:        r.bitset(24, "pubPurposesConsent"),
				PurposesLITransparency: r.bitset(24, "pubPurposesLITransparency"),
				NumCustomPurposes:      r.i(6, "numCustomPurposes"),
			}
			for k := 1; k <= p.NumCustomPurposes; k++ {
				if r.bool("customPurposesConsent") {
					p.CustomPurposesConsent |= 1 << uint(k-1)
				}
			}
			for k := 1; k <= p.NumCustomPurposes; k++ {
				if r.bool("customPurposesLITransparency") {
					p.CustomPurposesLITransparency |= 1 << uint(k-1)
				}
			}
			t.PublisherTC = p
		default:
			return nil, fmt.Errorf("%w: unknown segment type %d", ErrTCF, typ)
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	return t, nil
}

// decodeSegment base64url-decodes one segment, accepting trailing padding.
func decodeSegment(seg string) ([]byte, error) {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(seg, "="))
	if err != nil || len(b) == 0 {
		return nil, fmt.Errorf("%w: segment is not base64url", ErrTCF)
	}
	return b, nil
}

func decodeCore(b []byte) (*TCString, error) {
	r := &bitReader{b: b}
	t := &TCString{Version: r.i(6, "version")}
	if r.err != nil {
		return nil, r.err
	}
	if t.Version != 2 {
		return nil, fmt.Errorf("%w: unsupported version %d", ErrTCF, t.Version)
	}
	t.Created = r.deciseconds("created")
	t.LastUpdated = r.deciseconds("lastUpdated")
	t.CMPID = r.i(12, "cmpId")
	t.CMPVersion = r.i(12, "cmpVersion")
	t.ConsentScreen = r.i(6, "consentScreen")
	t.ConsentLanguage = r.letters("consentLanguage")
	t.VendorListVersion = r.i(12, "vendorListVersion")
	t.PolicyVersion = r.i(6, "tcfPolicyVersion")
	t.IsServiceSpecific = r.bool("isServiceSpecific")
	t.UseNonStandardTexts = r.bool("useNonStandardTexts")
	t.SpecialFeatureOptIns = r.bitset(12, "specialFeatureOptIns")
	t.PurposesConsent = r.bitset(24, "purposesConsent")
	t.PurposesLITransparency = r.bitset(24, "purposesLITransparency")
	t.PurposeOneTreatment = r.bool("purposeOneTreatment")
	t.PublisherCC = r.letters("publisherCC")
	if r.err != nil {
		return nil, r.err
	}
	if t.VendorListVersion == 0 {
		return nil, fmt.Errorf("%w: vendorListVersion 0", ErrTCF)
	}
	if t.PolicyVersion >= 4 {
		for id := 3; id <= 6; id++ {
			if bitSet32(t.PurposesLITransparency, id) {
				return nil, fmt.Errorf("%w: legitimate interest for purpose %d under policy version %d", ErrTCF, id, t.PolicyVersion)
			}
		}
	}
	t.VendorConsents = r.vendors("vendorConsents")
	t.VendorLI = r.vendors("vendorLI")
	n := r.i(12, "numPubRestrictions")
	for k := 0; k < n && r.err == nil; k++ {
		pr := PubRestriction{PurposeID: r.i(6, "pubRestrictions.purposeId"), RestrictionType: r.i(2, "pubRestrictions.restrictionType")}
		pr.Vendors.RangeEncoded = true
		pr.Vendors.ranges = r.ranges("pubRestrictions", -1)
		for _, rg := range pr.Vendors.ranges {
			pr.Vendors.MaxVendorID = max(pr.Vendors.MaxVendorID, rg[1])
		}
		t.PubRestrictions = append(t.PubRestrictions, pr)
	}
	if r.err != nil {
		return nil, r.err
	}
	return t, nil
}

// tcfString returns the TC string from the configured header or cookie.
func (r *Resolver) tcfString(h http.Header, cookies func(string) (string, bool)) (string, bool) {
	if s := strings.TrimSpace(first(h, r.hdrTCF)); s != "" {
		return s, true
	}
	if cookies == nil {
		return "", false
	}
	s, ok := cookies(r.cfg.TCF.Cookie)
	s = strings.TrimSpace(s)
	return s, ok && s != ""
}

// tcfGrants decodes s and returns the purposes it grants, or a note saying
// why it grants nothing.
func (r *Resolver) tcfGrants(s string) (purposeSet, string) {
	if len(s) > maxTCFLen {
		return 0, "string longer than 16 KiB"
	}
	tc, err := DecodeTCF(s)
	if err != nil {
		return 0, strings.TrimPrefix(err.Error(), ErrTCF.Error()+": ")
	}
	if ma := time.Duration(r.cfg.TCF.MaxAge); ma > 0 && r.now().Sub(tc.LastUpdated) > ma {
		return 0, "string older than max_age"
	}
	vendor := r.cfg.TCF.VendorID
	if vendor > 0 && !tc.VendorConsents.Has(vendor) {
		return 0, ""
	}
	var set purposeSet
next:
	for _, m := range r.tcf {
		for _, id := range m.ids {
			if !tc.PurposeConsent(id) {
				continue next
			}
			if vendor > 0 && (tc.Restricted(id, 0, vendor) || tc.Restricted(id, 2, vendor)) {
				continue next
			}
		}
		set |= m.bit
	}
	return set, ""
}

// maxTCFLen bounds the TC string read from a request.
const maxTCFLen = 16 << 10
