package redact

import (
	"slices"
	"sort"
	"strings"
)

// stressVocabSources lists the engine's own word tables, by variable name,
// for the vocabulary-driven stress test (stress_vocab_test.go): texts made
// of the words the rules look up reach code that random bytes rarely do.
// A new table belongs here; TestStressVocabSources checks the list is not
// empty and every source has words.
func stressVocabSources() []vocabSource {
	return []vocabSource{
		{"addressPartWords", mapKeys(addressPartWords)},
		{"addrStop", mapKeys(addrStop)},
		{"addrStopSet", tableKeys(addrStopSet)},
		{"addressLabelTails", addressLabelTails},
		{"addressLabels", tableKeys(addressLabels)},
		{"ageAdverbs", tableKeys(ageAdverbs)},
		{"ageGateWords", tableKeys(ageGateWords)},
		{"ageJoins", tableKeys(ageJoins)},
		{"agePossessives", tableKeys(agePossessives)},
		{"ageTownFrom", ageTownFrom},
		{"ageUnitTable", tableKeys(ageUnitTable)},
		{"ageUnits", mapKeys(ageUnits)},
		{"ageWeekdays", tableKeys(ageWeekdays)},
		{"ageWordTable", tableKeys(ageWordTable)},
		{"ageWords", mapKeys(ageWords)},
		{"ambiguousGiven", ambiguousGiven},
		{"auStateSet", tableKeys(auStateSet)},
		{"awsContext", awsContext},
		{"birthdayAdjectives", tableKeys(birthdayAdjectives)},
		{"birthdayPersonNouns", tableKeys(birthdayPersonNouns)},
		{"birthLabelStems2", birthLabelStems2},
		{"birthLabelWords2", mapKeys(birthLabelWords2)},
		{"birthLinksAfter", tableKeys(birthLinksAfter)},
		{"birthStems", birthStems},
		{"birthWholeWords", birthWholeWords},
		{"birthdayHeads", birthdayHeads},
		{"birthdayLinks", tableKeys(birthdayLinks)},
		{"birthdayWords", tableKeys(birthdayWords)},
		{"brStates", tableKeys(brStates)},
		{"businessFirstWords", tableKeys(businessFirstWords)},
		{"businessWords", tableKeys(businessWords)},
		{"byLabels", tableKeys(byLabels)},
		{"caProvinceNames", tableKeys(caProvinceNames)},
		{"caProvinces", mapKeys(caProvinces)},
		{"callPrepBits", mapKeys(callPrepBits)},
		{"callPreps", tableKeys(callPreps)},
		{"callWords", tableKeys(callWords)},
		{"capParticles", tableKeys(capParticles)},
		{"capsLabels", tableKeys(capsLabels)},
		{"capsTitles", tableKeys(capsTitles)},
		{"capsUnitWords", tableKeys(capsUnitWords)},
		{"cardIssuers", cardIssuers},
		{"casualGreetings", tableKeys(casualGreetings)},
		{"casualVerbs", tableKeys(casualVerbs)},
		{"chatRoleStops", chatRoleStops},
		{"chatRoles", tableKeys(chatRoles)},
		{"chatStampWords", []string{"Today", "Yesterday", "today", "yesterday", "at", "AM", "PM", "—", "[", "]"}},
		{"childWords", tableKeys(childWords)},
		{"cityNames", tableKeys(cityNames)},
		{"clauseJoins", clauseJoins[:]},
		{"closingWords", closingWords},
		{"codeCommaWords", tableKeys(codeCommaWords)},
		{"communityTitles", tableKeys(communityTitles)},
		{"compactTypes", compactTypes},
		{"companySuffixes", tableKeys(companySuffixes)},
		{"contextWords", mapKeys(contextWords)},
		{"countryNames", tableKeys(countryNames)},
		{"countryPrefixes", mapKeys(countryPrefixes)},
		{"ctxTable", tableKeys(ctxTable)},
		{"cueWords", tableKeys(cueWords)},
		{"customerRoles", tableKeys(customerRoles)},
		{"devotionalTitles", tableKeys(devotionalTitles)},
		{"directionSet", tableKeys(directionSet)},
		{"directions", mapKeys(directions)},
		{"districtWords", tableKeys(districtWords)},
		{"englishUnits", tableKeys(englishUnits)},
		{"epithetLinks", tableKeys(epithetLinks)},
		{"estateWords", tableKeys(estateWords)},
		{"exactTypes", exactTypes},
		{"exampleMarkers", exampleMarkers},
		{"familyWordVeto", tableKeys(familyWordVeto)},
		{"familyWords", tableKeys(familyWords)},
		{"fictionWords", fictionWords[:]},
		{"firmSuffixes", tableKeys(firmSuffixes)},
		{"firmWords", tableKeys(firmWords)},
		{"founderAfter", founderAfter},
		{"founderBefore", founderBefore},
		{"fromWords", fromWords},
		{"germanKin", tableKeys(germanKin)},
		{"germanKinDeterminers", tableKeys(germanKinDeterminers)},
		{"goodsArticles", goodsArticles},
		{"goodsNouns", tableKeys(goodsNouns)},
		{"greekTurnVerbs", mapKeys(greekTurnVerbs)},
		{"greetingLower", tableKeys(greetingLower.tab)},
		{"greetingWords", greetingWords},
		{"honorificNotNames", tableKeys(honorificNotNames)},
		{"honorificTitles", tableKeys(honorificTitles)},
		{"huStreetTypes", trimmed(huStreetTypes)},
		{"hyphenAges7", hyphenAges7},
		{"ibanFormatSpec", mapKeys(ibanFormatSpec)},
		{"idLabels", tableKeys(idLabels)},
		{"inLawHeads", tableKeys(inLawHeads)},
		{"inStreetTypes", tableKeys(inStreetTypes)},
		{"inUnitLeads", tableKeys(inUnitLeads)},
		{"inUnitWords", tableKeys(inUnitWords)},
		{"intlLeadsList", mapKeys(intlLeadsList)},
		{"intlPostcodeLabels", tableKeys(intlPostcodeLabels)},
		{"intlRelations", tableKeys(intlRelations)},
		{"intlSuffixes", intlSuffixes},
		{"intlTypesAfterList", mapKeys(intlTypesAfterList)},
		{"intlUnits", tableKeys(intlUnits)},
		{"intlWords", tableKeys(intlWords)},
		{"irishCounties", tableKeys(irishCounties)},
		{"italianPrepositions", tableKeys(italianPrepositions)},
		{"jobOfWords", tableKeys(jobOfWords)},
		{"jpkrMarks", jpkrMarks},
		{"kinNouns", tableKeys(kinNouns)},
		{"kinPlurals", tableKeys(kinPlurals)},
		{"kinTitles", tableKeys(kinTitles)},
		{"kinWords", tableKeys(kinWords)},
		{"kissNotNames", tableKeys(kissNotNames)},
		{"koSyllables", tableKeys(koSyllables)},
		{"labelGreetings", tableKeys(labelGreetings)},
		{"landmarkKeys", landmarkKeys},
		{"landmarkSet", mapKeys(landmarkSet)},
		{"landmarkStreets", tableKeys(landmarkStreets)},
		{"landmarkTypes", mapKeys(landmarkTypes)},
		{"legalForms", []string{"Ltd", "GmbH", "SRL", "S.L.", "Inc.", "LLC", "Oy", "AB", "Co.", "s.r.o.", "Kft.", "OÜ", "UAB", "&", "Sons"}},
		{"letterOpenings", letterOpenings},
		{"listJoiners", tableKeys(listJoiners)},
		{"locationPrepositions", tableKeys(locationPrepositions)},
		{"logisticsWords", tableKeys(logisticsWords)},
		{"lotLeadsList", mapKeys(lotLeadsList)},
		{"lotWords", tableKeys(lotWords)},
		{"lowerGivenVeto", tableKeys(lowerGivenVeto)},
		{"lowerLeads", mapKeys(lowerLeads)},
		{"lowerLeadsChat", tableKeys(lowerLeadsChat)},
		{"lowerLeadsChat9", tableKeys(lowerLeadsChat9)},
		{"lowerNameTriggers", tableKeys(lowerNameTriggers)},
		{"lowerNameWords", tableKeys(lowerNameWords)},
		{"lowerNonNames", tableKeys(lowerNonNames)},
		{"lowerPersonCues", tableKeys(lowerPersonCues)},
		{"lowerPostHonorifics", trimmed(lowerPostHonorifics)},
		{"lowerTitleWords", tableKeys(lowerTitleWords)},
		{"lowerTitles", tableKeys(lowerTitles)},
		{"lowerTypesAfter", tableKeys(lowerTypesAfter)},
		{"markerLeadsList", mapKeys(markerLeadsList)},
		{"monthFirstNames", monthFirstNames},
		{"monthGivenNames", tableKeys(monthGivenNames)},
		{"monthHeads", monthHeads},
		{"monthNames", mapKeys(monthNames)},
		{"monthTable", tableKeys(monthTable)},
		{"monthWordFamilies", tableKeys(monthWordFamilies)},
		{"moreBirthWords", moreBirthWords},
		{"moreMonthNames", mapKeys(moreMonthNames)},
		{"moreTableLabels", mapKeys(moreTableLabels)},
		{"moreYearWords", mapKeys(moreYearWords)},
		{"nameFlags", tableKeys(nameFlags)},
		{"nameKeys", tableKeys(nameKeys)},
		{"nameParticles", mapKeys(nameParticles)},
		{"namedPlaceSuffixes", tableKeys(namedPlaceSuffixes)},
		{"namesakeWords", tableKeys(namesakeWords)},
		{"namingPhrases", tableKeys(namingPhrases)},
		{"namingSubjects", tableKeys(namingSubjects)},
		{"namingVerbs", tableKeys(namingVerbs)},
		{"namingWords", tableKeys(namingWords)},
		{"nationalIDTypes", nationalIDTypes},
		{"nationalRegions", nationalRegions},
		{"nepaliMonthNames", mapKeys(nepaliMonthNames)},
		{"nickPhrases", nickPhrases},
		{"notAlone", mapKeys(notAlone)},
		{"notableEpithets", tableKeys(notableEpithets)},
		{"notableLastWords", tableKeys(notableLastWords)},
		{"notableNames", tableKeys(notableNames)},
		{"notStreetWords", tableKeys(notStreetWords)},
		{"numberJoins", numberJoins},
		{"numberMarkersList", mapKeys(numberMarkersList)},
		{"numberWords", mapKeys(numberWords)},
		{"orderNouns", tableKeys(orderNouns)},
		{"ordinalAfterWords", tableKeys(ordinalAfterWords)},
		{"otherDateWords", tableKeys(otherDateWords)},
		{"parkWords", tableKeys(parkWords)},
		{"partRoleLabels", tableKeys(partRoleLabels)},
		{"particleSet", tableKeys(particleSet)},
		{"particleTable", tableKeys(particleTable)},
		{"person4Closings", person4Closings},
		{"person4Stops", person4Stops},
		{"person4TableLabels", person4TableLabels},
		{"person5Stops", person5Stops},
		{"personFromWords", personFromWords},
		{"morePassportWords", morePassportWords},
		{"moreLicenceWords", moreLicenceWords},
		{"cjkPassportWords", cjkPassportWords[:]},
		{"genitiveEndings", genitiveWords()},
		{"cjkPremisesLabels", cjkPremisesLabels},
		{"cjkAddressMarks", cjkAddressMarks},
		{"petWords", tableKeys(petWords)},
		{"possessiveShops", tableKeys(possessiveShops)},
		{"postHonorifics", tableKeys(postHonorifics)},
		{"premisesLowerOnly", tableKeys(premisesLowerOnly)},
		{"premisesSignLabels", tableKeys(premisesSignLabels)},
		{"ptLeads", tableKeys(ptLeads)},
		{"romanianStreetTypes", trimmed(romanianStreetTypes)},
		{"shopHeads", tableKeys(shopHeads)},
		{"stopTitles", tableKeys(stopTitles)},
		{"sweetsNouns", tableKeys(sweetsNouns)},
		{"timeLabelNotNames", tableKeys(timeLabelNotNames)},
		{"unitBirthdayLinks", mapKeys(unitBirthdayLinks)},
		{"villaLeads", tableKeys(villaLeads)},
		{"jobTitleEnds", tableKeys(jobTitleEnds)},
		{"personVerbs", tableKeys(personVerbs)},
		{"personVerbPreps", tableKeys(personVerbPreps)},
		{"appositionPeople", tableKeys(appositionPeople)},
		{"appositionGoesOn", tableKeys(appositionGoesOn)},
		{"subjectVerbs", tableKeys(subjectVerbs)},
		{"subjectVerbPairs", subjectVerbPairWords()},
		{"chatRoleWords", tableKeys(chatRoleWords)},
		{"chatParticles", tableKeys(chatParticles)},
		{"chatNotNames", tableKeys(chatNotNames)},
		{"koRoles", mapKeys(koRoles)},
		{"koSurnames", runeStrings(koSurnames)},
		{"jaRoleKanji", runeStrings(jaRoleKanji)},
		{"cjkHonorifics", []string{"님", " 님", "씨", " 씨", " 고객님", " 회원님", "様", "さん", "さま", "氏", "・"}},
		{"greekFamilyEnds", greekFamilyEnds},
		{"greekGivenEnds", greekGivenEnds},
		{"greekInstitutions", mapKeys(greekInstitutions)},
		{"kinSlotWords", tableKeys(kinSlotWords)},
		{"kinPossessives", kinPossessives},
		{"lowerKinWords", tableKeys(lowerKinWords)},
		{"kinAdverbs", tableKeys(kinAdverbs)},
		{"pairConjunctions", pairConjunctions},
		{"person9Stops", person9Stops},
		{"streetTypesAfterName", streetTypesAfterName},
		{"shopSites", tableKeys(shopSites)},
		{"staffPraise", staffPraise},
		{"personParenWords", tableKeys(personParenWords)},
		{"personPartLabels", tableKeys(personPartLabels)},
		{"personRoleLabels", tableKeys(personRoleLabels)},
		{"personalGreetings", tableKeys(personalGreetings)},
		{"phone2NotWords", phone2NotWords},
		{"phone2Words", phone2Words},
		{"phoneLabelNot", mapKeys(phoneLabelNot)},
		{"phoneLabelStems", phoneLabelStems},
		{"phoneLabelWith", mapKeys(phoneLabelWith)},
		{"phoneLabelWords", mapKeys(phoneLabelWords)},
		{"pinLabels", tableKeys(pinLabels)},
		{"placeArticles", tableKeys(placeArticles)},
		{"placeTypeWords", tableKeys(placeTypeWords)},
		{"placeWords", placeWords},
		{"placeWordsBefore", tableKeys(placeWordsBefore)},
		{"placeholderCells", placeholderCells},
		{"placeholderValues", tableKeys(placeholderValues)},
		{"plotLeadsList", mapKeys(plotLeadsList)},
		{"poBoxWords", poBoxWords},
		{"postcodeLabelsShort", tableKeys(postcodeLabelsShort)},
		{"premisesNames", premisesNames},
		{"premisesTable", tableKeys(premisesTable)},
		{"prepositionLeads", tableKeys(prepositionLeads)},
		{"productNouns", tableKeys(productNouns)},
		{"pronouns", tableKeys(pronouns)},
		{"recipientVerbs", tableKeys(recipientVerbs)},
		{"regionNames", tableKeys(regionNames)},
		{"relationWords", tableKeys(relationWords)},
		{"residencePhrases", residencePhrases},
		{"roleAcronyms", tableKeys(roleAcronyms)},
		{"roleLabels", tableKeys(roleLabels)},
		{"roleMailboxes", tableKeys(roleMailboxes)},
		{"roleWords", tableKeys(roleWords)},
		{"royalTitles", tableKeys(royalTitles)},
		{"royalWords", tableKeys(royalWords)},
		{"ruralLeads", tableKeys(ruralLeads)},
		{"ruralParts", tableKeys(ruralParts)},
		{"saintWords", tableKeys(saintWords)},
		{"sexAgeSubjects", mapKeys(sexAgeSubjects)},
		{"shopNameWords", tableKeys(shopNameWords)},
		{"shopWords", tableKeys(shopWords)},
		{"signAsPhrases", signAsPhrases},
		{"signOffs", tableKeys(signOffs)},
		{"signWords", tableKeys(signWords)},
		{"signoffRoleWords", tableKeys(signoffRoleWords)},
		{"slotVerbs", tableKeys(slotVerbs)},
		{"slotVetoWords", tableKeys(slotVetoWords)},
		{"slotWords", tableKeys(slotWords)},
		{"spanishTitles", tableKeys(spanishTitles)},
		{"splitNameLabels", tableKeys(splitNameLabels)},
		{"stopCapitalised", stopCapitalised},
		{"streetLeadSet", tableKeys(streetLeadSet)},
		{"streetLeads", mapKeys(streetLeads)},
		{"streetSuffixes", streetSuffixes},
		{"streetTownPreps", streetTownPreps},
		{"streetTypeSet", tableKeys(streetTypeSet)},
		{"streetTypes", mapKeys(streetTypes)},
		{"streetWords", tableKeys(streetWords)},
		{"strongPersonCtx", mapKeys(strongPersonCtx)},
		{"strongPersonCtxSet", tableKeys(strongPersonCtxSet)},
		{"suffixesByLast", slices.Concat(suffixesByLast[:]...)},
		{"tableLabels", mapKeys(tableLabels)},
		{"teamWords", tableKeys(teamWords)},
		{"themePhrases", tableKeys(themePhrases)},
		{"themeWords", tableKeys(themeWords)},
		{"thingNameWords", tableKeys(thingNameWords)},
		{"titleLower", tableKeys(titleLower.tab)},
		{"titleThings", tableKeys(titleThings)},
		{"titleWords", titleWords},
		{"toneLabels", tableKeys(toneLabels)},
		{"toneWords", tableKeys(toneWords)},
		{"townConnectors", townConnectors},
		{"townDeterminers", townDeterminers},
		{"townNames", tableKeys(townNames)},
		{"trStreetTypes", tableKeys(trStreetTypes)},
		{"unitWordSet", tableKeys(unitWordSet)},
		{"unitWords", mapKeys(unitWords)},
		{"usStateSet", tableKeys(usStateSet)},
		{"usStates", mapKeys(usStates)},
		{"vietFamily", tableKeys(vietFamily)},
		{"vietMiddle", tableKeys(vietMiddle)},
		{"weakPersonCtx", mapKeys(weakPersonCtx)},
		{"weakPersonCtxSet", tableKeys(weakPersonCtxSet)},
		{"weakPlaceLabels", mapKeys(weakPlaceLabels)},
		{"wroteAfterWords", wroteAfterWords},
		{"wroteBeforeWords", wroteBeforeWords},
	}
}

// subjectVerbPairWords returns the words of subjectVerbPairs
// (person9_prose.go): its first words and the words after them.
func subjectVerbPairWords() []string {
	var out []string
	for k, vs := range subjectVerbPairs {
		out = append(out, k)
		out = append(out, vs...)
	}
	slices.Sort(out)
	return out
}

// genitiveWords returns the from-words of genitiveEndings
// (loc8_genitive.go) and their endings.
func genitiveWords() []string {
	var out []string
	for p, ends := range genitiveEndings {
		out = append(out, p)
		for _, e := range ends {
			out = append(out, e[0], e[1])
		}
	}
	out = slices.DeleteFunc(out, func(w string) bool { return w == "" })
	slices.Sort(out)
	return slices.Compact(out)
}

// runeStrings returns the runes of s, one string each (the syllables of
// koSurnames, the kanji of jaRoleKanji).
func runeStrings(s string) []string {
	var out []string
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// cjkAddressMarks are the marks Japanese, Korean and Chinese addresses
// in their script put after their parts' names and numbers
// (address_cjk.go): prefecture, city and ward kanji, chōme, banchi, gō,
// rooms, Korean roads, buildings and flats, Chinese units.
var cjkAddressMarks = []string{"都", "道", "府", "県", "市", "区", "郡", "丁目", "番地", "番", "号", "号室", "階",
	"로", "길", "번길", "동", "호", "단지", "单元", "号楼", "栋", "幢", "室", "路", "街", "〒", "n°"}

// vocabSource is one word table of the engine.
type vocabSource struct {
	name  string
	words []string
}

// tableKeys returns the keys of a word table, sorted.
func tableKeys(t *strTable) []string {
	var out []string
	for i, k := range t.keyList() {
		if t.slots[i].n != 0 {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// mapKeys returns the keys of a map, sorted.
func mapKeys[M ~map[string]V, V any](m M) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// trimmed returns the words of ws without their spaces (lowerPostHonorifics'
// " hanım", romanianStreetTypes' "Strada ").
func trimmed(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.TrimSpace(w)
	}
	return out
}
