package rules

import "sync"

// Category is one code of the screening taxonomy.
type Category struct {
	// Code is the stable code used in findings, records, metrics and rules.
	Code string
	// Kind is "manipulation" or "bias".
	Kind string
	// Title is a short human-readable name.
	Title string
	// Definition says what the category covers.
	Definition string
	// Source names the literature the definition follows.
	Source string
}

const (
	mathur = "Mathur et al. 2019, Dark Patterns at Scale (CSCW)"
	ftc    = "FTC staff report 2022, Bringing Dark Patterns to Light"
	ucpd   = "EU Unfair Commercial Practices Directive 2005/29/EC and its 2021 guidance (Annex I)"
)

var categories = []Category{
	{"false_urgency", "manipulation", "False urgency",
		"Pressure to decide now: countdowns, deadlines and 'act now' wording that suggest an offer ends imminently, whether or not it does.",
		mathur + "; " + ftc + "; " + ucpd + " (Annex I no. 7)"},
	{"false_scarcity", "manipulation", "False scarcity",
		"Claims of low stock or high demand ('only 2 left', 'selling fast') that raise an item's perceived value and push a quick purchase.",
		mathur + "; " + ftc},
	{"fake_social_proof", "manipulation", "Fake social proof",
		"Activity notifications and popularity claims ('Anna just bought this', '23 people are viewing') that suggest others' choices, often unverifiable.",
		mathur + "; " + ftc},
	{"confirmshaming", "manipulation", "Confirmshaming",
		"Wording of the decline option that shames or guilts the user into accepting ('No thanks, I'd rather pay full price').",
		mathur + "; " + ftc},
	{"pressured_selling", "manipulation", "Pressured selling",
		"Upsells, cross-sells and pre-selected add-ons pushed at the moment of purchase, or insistence that the user buy more or upgrade.",
		mathur},
	{"misleading_choice_framing", "manipulation", "Misleading choice framing",
		"Trick questions, inflated reference prices and asymmetric choices that steer the user to the option the seller prefers.",
		mathur + "; " + ftc},
	{"hidden_costs_subscription", "manipulation", "Hidden costs and subscriptions",
		"Costs revealed late, drip pricing, and free trials that silently turn into paid, automatically renewing subscriptions.",
		mathur + "; " + ftc + "; " + ucpd + " (Annex I no. 20)"},
	{"obstruction", "manipulation", "Obstruction",
		"Making it harder to cancel or opt out than to sign up: cancellation only by phone, retention hoops ('roach motel').",
		mathur + "; " + ftc},
	{"forced_action", "manipulation", "Forced action",
		"Requiring an unrelated action, such as consenting to marketing, creating an account or sharing data, to get what the user came for.",
		mathur + "; " + ftc},
	{"fear_appeal", "manipulation", "Fear appeal",
		"Threats of loss, danger or regret ('before it's too late', 'you will regret it', 'your family is at risk') used to compel a decision.",
		ftc + "; " + ucpd + " (aggressive practices, Art. 8–9)"},
	{"exploiting_vulnerability", "manipulation", "Exploiting vulnerability",
		"Targeting people in a vulnerable situation: financial distress, health worries, grief, addiction, loneliness, or children.",
		ucpd + " (Art. 5(3), vulnerable consumers; Annex I no. 28 on children); " + ftc},
	{"deceptive_claim", "manipulation", "Deceptive claim",
		"Absolute or unverifiable promises ('guaranteed results', 'risk-free', '100% safe', 'doctors hate this trick'), especially about health or money.",
		ucpd + " (Annex I nos. 17–18, misleading cure and risk claims); " + ftc},
	{"gendered", "bias", "Gender bias",
		"Gender stereotypes and gender-coded wording that signals who belongs ('rockstar', 'manpower', 'like a girl'); ordinary pronouns are not flagged.",
		"Gaucher, Friesen & Kay 2011, Evidence That Gendered Wording in Job Advertisements Exists and Sustains Gender Inequality (JPSP)"},
	{"age", "bias", "Age bias",
		"Stereotypes about older or younger people and age-coded requirements ('digital natives', 'too old to learn').",
		"EU Employment Equality Directive 2000/78/EC; retext-equality word lists"},
	{"ableist", "bias", "Ableist language",
		"Slurs and metaphors that use disability as an insult or as a synonym for bad ('lame', 'crippled by', 'suffers from').",
		"retext-equality word lists; disability language style guides (NCDJ)"},
	{"racial_ethnic", "bias", "Racial or ethnic bias",
		"Slurs and generalisations about a racial or ethnic group.",
		"Nangia et al. 2020, CrowS-Pairs (EMNLP); retext-equality word lists"},
	{"socioeconomic", "bias", "Socioeconomic bias",
		"Contempt for or stereotypes about poor or working-class people ('trailer trash', 'poor people are lazy').",
		"Nangia et al. 2020, CrowS-Pairs (EMNLP)"},
	{"religion", "bias", "Religious bias",
		"Slurs and generalisations about a religious group.",
		"Nangia et al. 2020, CrowS-Pairs (EMNLP)"},
	{"lgbtq", "bias", "LGBTQ bias",
		"Slurs, outdated or pathologising terms and stereotypes about lesbian, gay, bisexual, trans and queer people.",
		"GLAAD Media Reference Guide; retext-equality word lists"},
	{"appearance", "bias", "Appearance bias",
		"Body shaming and stereotypes about weight, height or looks ('ugly fat', 'fat people are lazy').",
		"Nangia et al. 2020, CrowS-Pairs (EMNLP)"},
	{"condescending", "bias", "Condescending language",
		"Wording that talks down to the reader ('even a child could', 'it's not rocket science').",
		"retext-equality word lists"},
}

// Categories returns the screening taxonomy: every category code with its
// kind, title, definition and source.
func Categories() []Category {
	out := make([]Category, len(categories))
	copy(out, categories)
	return out
}

var categoryIndex = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, len(categories))
	for i, c := range categories {
		m[c.Code] = i
	}
	return m
})

// CategoryByCode returns the category with the given code.
func CategoryByCode(code string) (Category, bool) {
	i, ok := categoryIndex()[code]
	if !ok {
		return Category{}, false
	}
	return categories[i], true
}
