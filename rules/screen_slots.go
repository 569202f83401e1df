package rules

import (
	"fmt"
	"strings"
	"sync"
)

// Word-class slots of the pattern language: {name} stands for a choice
// between the words and word sequences of a gazetteer. A slot is sugar: it
// is replaced by that choice when a phrase is parsed, so the automaton and
// streaming behave exactly as if the alternatives were written out.
//
// Group slots name people by a shared trait, as a group ("women", "Muslim
// people", "older workers"); {K_the} slots hold the words that name a
// group after "the" ("the poor", "the elderly"); adjective slots hold the trait
// word alone ("black", "gay", "poor") for forms such as "because she is
// {ethnic_adj}"; {trait} holds the attributes stereotypes ascribe to groups.
// Group slots never include words that mostly name a market segment in
// ordinary copy ("kids", "customers", "seniors" alone, "people" alone), and
// possessives ("women's") are separate words, so "women's shoes" is not a
// group reference.

// personNouns follow a group adjective to make a group ("Asian people").
const personNouns = `people persons folks men women guys girls boys kids children families
	workers employees students drivers neighbors neighbours immigrants americans parents couples
	teens teenagers adults actors actresses cops police doctors teachers nurses athletes players
	cooks chefs engineers scientists lawyers bankers businessmen politicians soldiers
	customers clients tenants`

// personNounsSingular follow a group adjective to name one member.
const personNounsSingular = `person man woman guy girl boy kid child family worker employee
	student driver neighbor neighbour immigrant lady gentleman couple teen teenager adult mother
	father wife husband actor actress cop doctor teacher nurse athlete player cook chef
	engineer scientist lawyer banker businessman politician soldier customer client tenant
	neighbor neighbour friend boss`

var slotLists = map[string]struct{ plural, adj string }{
	// plural: words or "multi word" entries (joined by '+') naming the
	// group; adj: adjectives that, followed by a person noun, name it too.
	"gender": {
		plural: `women woman ladies females wives husbands mothers moms mums housewives men males
			fathers dads girlfriends boyfriends daughters sons sisters brothers`,
		adj: `female male`,
	},
	"age": {
		plural: `elderly+people the+elderly old+people old+folks old+timers boomers baby+boomers
			millennials zoomers gen+z teenagers teens youngsters retirees pensioners geezers
			young+people the+young the+old millenials`,
		adj: `old older elderly aged senior teenage young`,
	},
	"ethnic": {
		plural: `blacks whites asians mexicans latinos latinas hispanics africans arabs indians
			pakistanis immigrants migrants refugees foreigners minorities gypsies roma americans
			brits germans italians poles russians chinese japanese koreans vietnamese filipinos
			jamaicans haitians nigerians somalis syrians iraqis iranians afghans turks greeks
			irish scots french mexicans puerto+ricans african+americans asian+americans
			native+americans afro+americans indigenous+people aborigines natives orientals cubans colombians
			dominicans ukrainians albanians romanians`,
		adj: `black white asian mexican latino latina hispanic african arab arabic indian
			pakistani chinese japanese korean vietnamese filipino jamaican haitian nigerian
			somali syrian iraqi iranian afghan turkish greek irish scottish french italian
			polish russian german british american native immigrant foreign oriental
			middle+eastern african+american afro+american asian+american native+american puerto+rican cuban
			colombian dominican ukrainian albanian romanian ethnic biracial`,
	},
	"religious": {
		plural: `muslims jews christians catholics protestants hindus sikhs mormons atheists
			jew buddhists evangelicals amish baptists jehovah's+witnesses`,
		adj: `muslim islamic jewish christian catholic protestant hindu sikh mormon atheist
			buddhist evangelical amish religious`,
	},
	"lgbtq": {
		plural: `gays lesbians bisexuals homosexuals transgenders transsexuals queers butches
			trans+people the+gays`,
		adj: `gay lesbian bisexual homosexual trans transgender transsexual queer`,
	},
	"class": {
		plural: `the+poor the+rich the+homeless the+unemployed the+wealthy poor+people
			rich+people homeless+people welfare+recipients beggars peasants rednecks
			hillbillies the+working+class the+lower+class`,
		adj: `poor homeless low-income working-class lower-class unemployed uneducated welfare
			rich wealthy broke`,
	},
	"looks": {
		plural: `fat+people the+obese`,
		adj:    `fat obese overweight ugly short skinny bald chubby`,
	},
	"disability": {
		plural: `the+disabled the+handicapped the+mentally+ill people+with+disabilities
			people+with+autism people+with+adhd people+with+mental+illness
			people+with+mental+illnesses people+with+schizophrenia people+with+down+syndrome
			people+with+bipolar+disorder people+with+depression autistics schizophrenics`,
		adj: `disabled handicapped autistic blind deaf mute schizophrenic bipolar crippled
			wheelchair-bound mentally+ill`,
	},
}

// traitWords are attributes that stereotypes pin on a group: character,
// competence, morals, hygiene, crime. Neutral or positive product words
// ("smart", "strong", "busy") are left out to keep ordinary copy clear.
const traitWords = `lazy violent criminal criminals dangerous dirty filthy stupid dumb ignorant
	uneducated unintelligent illiterate savages savage thugs thieves crooks cheap stingy greedy
	animals primitive uncivilized untrustworthy dishonest unreliable irresponsible unmotivated
	aggressive hostile confrontational loud rude smelly inferior liars sneaky sly devious deceitful cunning
	manipulative drunks drunk alcoholics addicts druggies entitled spoiled selfish arrogant
	incompetent useless worthless disgusting gross weird creepy evil immoral perverts perverted
	predators pedophiles promiscuous slutty sluts flamboyant effeminate emotional hysterical
	irrational illogical weak fragile bossy catty nagging submissive gullible naive
	helpless needy clingy brainwashed backwards backward intolerant fanatics fanatical extremists
	radicals terrorists superstitious unhygienic freeloaders parasites moochers trash scum
	vermin hot-headed hotheaded short-tempered temperamental senile forgetful stubborn
	grumpy cranky feeble bitter jealous vain shallow snobby snobbish stuck-up greedy materialistic
	diseased abnormal unnatural deviants freaks sinners uptight cold heartless ruthless
	corrupt corrupted crooked shady threatening barbaric barbarians uncultured
	unclean unstable violent-prone gangsters
	bad+drivers terrible+drivers horrible+drivers bad+at+math bad+at+maths bad+with+money
	good+at+math good+at+maths naturally+athletic good+dancers not+to+be+trusted all+the+same
	a+burden burdens up+to+no+good no+good good+for+nothing out+of+touch too+sensitive
	set+in+their+ways prone+to+violence on+welfare illegal illegals unpatriotic undisciplined
	shifty secretive neurotic inscrutable rowdy rapists murderers molesters reckless immature
	disrespectful rebellious defiant nosy bad+at terrible+at awful+at hopeless+at horrible+at
	useless+at incapable+of bad+with terrible+with hopeless+with good+with+money
	bad+swimmers natural+athletes weirdos losers idiots morons sissies wimps cowards cowardly`

var (
	slotOnce sync.Once
	slotSrc  map[string]string
	slotNode map[string]pnode
	slotErr  error
)

// altOf writes a list of entries ("a b+c") as a pattern choice "(a|(b c))".
func altOf(lists ...string) string {
	var parts []string
	seen := map[string]bool{}
	for _, l := range lists {
		for _, f := range strings.Fields(l) {
			if seen[f] {
				continue
			}
			seen[f] = true
			if strings.Contains(f, "+") {
				parts = append(parts, "("+strings.ReplaceAll(f, "+", " ")+")")
			} else {
				parts = append(parts, f)
			}
		}
	}
	return "(" + strings.Join(parts, "|") + ")"
}

// buildSlots writes the pattern source of every slot and parses it.
func buildSlots() {
	slotSrc = map[string]string{}
	var allGroups []string
	for name, l := range slotLists {
		adj := altOf(l.adj)
		// "the poor" style entries form the {K_the} slot ("poor"), used
		// after a literal "the": a phrase that starts with "the" would
		// start a match at every "the" of a text.
		var plural, the []string
		for _, f := range strings.Fields(l.plural) {
			if rest, ok := strings.CutPrefix(f, "the+"); ok {
				the = append(the, rest)
			} else {
				plural = append(plural, f)
			}
		}
		if len(the) > 0 {
			slotSrc[name+"_the"] = altOf(strings.Join(the, " "))
		}
		// "women", "Asian people", "older workers"
		src := "(" + altOf(strings.Join(plural, " ")) + "|(" + adj + " " + altOf(personNouns) + "))"
		slotSrc[name+"_group"] = src
		slotSrc[name+"_adj"] = adj
		slotSrc[name+"_member"] = "(" + adj + " " + altOf(personNounsSingular) + ")"
		allGroups = append(allGroups, src)
	}
	slotSrc["group"] = "(" + strings.Join(allGroups, "|") + ")"
	slotSrc["trait"] = altOf(traitWords)
	slotNode = map[string]pnode{}
	for name, src := range slotSrc {
		ps := &phraseParser{s: src}
		seq, err := ps.parseSeq(0)
		if err == nil && ps.i < len(ps.s) {
			err = fmt.Errorf("trailing text at %d", ps.i)
		}
		if err != nil {
			slotErr = fmt.Errorf("slot {%s}: %w", name, err)
			return
		}
		slotNode[name] = pnode{seq: seq}
	}
}

// slotPhrase returns the parsed choice a word-class slot stands for.
func slotPhrase(name string) (pnode, bool, error) {
	slotOnce.Do(buildSlots)
	if slotErr != nil {
		return pnode{}, false, slotErr
	}
	n, ok := slotNode[name]
	return n, ok, nil
}
