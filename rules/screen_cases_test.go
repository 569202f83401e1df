package rules

import (
	"strings"
	"testing"
)

// benignCopy is ordinary marketing copy an LLM writes: truthful offers,
// negated claims, plain product facts. None of it may be flagged.
var benignCopy = []string{
	"Our spring collection is here: linen shirts, light jackets and sandals for warm days.",
	"There are no hidden fees, and you can cancel online at any time in two clicks.",
	"Take your time to compare plans; there is no pressure to decide today.",
	"You don't have to decide now. The price stays the same next month.",
	"The sale runs through Sunday, June 30, and applies to all sizes.",
	"Free shipping on orders over $50. Returns are free within 30 days.",
	"Our support team answers within 24 hours, Monday to Friday, 9:00 to 17:00.",
	"This jacket is water-resistant, weighs 450 g and packs into its own pocket.",
	"Customers can track every order from their account page.",
	"She designed the new line; he runs the workshop; they both answer your emails.",
	"He said the fit runs small, so she ordered one size up and they were happy.",
	"We reduced packaging by 30% this year and use recycled paper for labels.",
	"Subscribe to our newsletter for recipes and product news. Unsubscribe with one click.",
	"Our blender has a 2-year warranty and comes with a recipe book.",
	"Compare the specifications below to choose the right model for your kitchen.",
	"Write clear subject lines. Avoid phrases like 'act now' or 'only 2 left' unless they are true.",
	"Don't say \"last chance\" in the email if the offer will run again next week.",
	"Good copy avoids false urgency such as 'hurry, limited time' and fake scarcity.",
	"Avoid these phrases:\n- Act now\n- Only 3 left\n- Last chance\n\nUse plain benefits instead.",
	"The offer is not limited to new customers; existing customers qualify too.",
	"No rush: the early-bird price is valid until the end of the year.",
	"Results vary from person to person; talk to your doctor before starting any supplement.",
	"We are sorry for your loss. Our team can help with the arrangements whenever you are ready.",
	"Our app helps you set a budget and track spending, with no loans or credit offers.",
	"Our elderly customers asked for larger buttons, so we added them.",
	"Women and men both love the new running shoe; it comes in 12 colours.",
	"Old bikes can be traded in for a discount on a new one.",
	// The same in the other languages the default rules cover.
	"Unsere neuen Wanderjacken sind ab sofort in drei Farben erhältlich.",
	"Bestellen Sie bis 14 Uhr, dann versenden wir noch am selben Tag.",
	"Keine Eile: Das Angebot gilt das ganze Jahr, es ist kein Blitzangebot.",
	"Nos vestes imperméables sont disponibles dès maintenant en trois coloris.",
	"Pas de panique, ce n'est pas une vente flash : l'offre dure toute l'année.",
	"Nuestra nueva colección ya está disponible en tienda; tu reserva ya está confirmada.",
	"Sin prisas: no es una oferta relámpago.",
	"La nuova collezione è disponibile nei nostri negozi; nessuna offerta lampo, nessuna fretta.",
	"Onze nieuwe collectie is nu verkrijgbaar; geen haast, het is geen flitsaanbieding.",
	"Some older customers find the small print too hard to read, so the catalogue uses larger type.",
	"Our credit union helps members make ends meet with low-fee savings accounts.",
}

func TestBenignCopyNotFlagged(t *testing.T) {
	s := DefaultScreener()
	for _, text := range benignCopy {
		t.Run(text[:min(len(text), 40)], func(t *testing.T) {
			if fs := s.Scan(text); len(fs) > 0 {
				t.Fatalf("flagged %q: %+v", text, fs)
			}
		})
	}
}

// TestScreeningCases covers negation, instruction context, pronouns and
// the categories the public sets lack (fear appeals, exploiting
// vulnerability, deceptive claims).
func TestScreeningCases(t *testing.T) {
	s := DefaultScreener()
	for _, tc := range []struct {
		name, text string
		want       []string // categories, in any order; nil = nothing
	}{
		{"pronoun she", "She bought the blue one.", nil},
		{"pronoun he", "He is our best designer.", nil},
		{"pronoun they", "They are shipping it tomorrow.", nil},
		{"pronouns mixed", "Tell her he said they'd call.", nil},
		{"no hidden fees", "No hidden fees, no automatic renewal.", nil},
		{"there is no rush", "There is no rush.", nil},
		{"not limited to", "Including but not limited to shoes.", nil},
		{"no pressure", "No pressure.", nil},
		{"no pressure to act now", "There is no pressure to act now.", nil},
		{"decide later", "You don't have to decide now.", nil},
		{"avoid quoted", "Avoid phrases like 'act now'.", nil},
		{"dont say quoted", "Don't say 'last chance'.", nil},
		{"meta phrase", "The phrase \"act now\" pressures readers.", nil},
		{"meta messages like", "Messages like 'only 2 left' create false scarcity.", nil},
		{"meta words such as", "Words such as hurry or last chance add pressure.", nil},
		{"instead of", "Instead of 'only 2 left', say 'in stock'.", nil},
		{"negation does not leak past comma", "No worries, only 2 left!", []string{"false_scarcity"}},
		{"negation window ends", "No need to worry about the price, but hurry!", []string{"false_urgency"}},
		{"avoid scope ends at sentence", "Avoid fake scarcity. Only 2 left!", []string{"false_scarcity"}},
		{"urgency", "Act now — this deal ends tonight!", []string{"false_urgency", "false_urgency"}},
		{"german urgency and scarcity", "Nur noch heute! Fast ausverkauft.", []string{"false_urgency", "false_scarcity"}},
		{"german negation", "Kein Blitzangebot, keine Eile.", nil},
		{"french urgency and scarcity", "Dépêchez-vous, plus que 3 exemplaires en stock !", []string{"false_urgency", "false_scarcity"}},
		{"french negation", "Ce n'est pas une vente flash.", nil},
		{"english non- is no negation", "Non-stop deals only 3 left!", []string{"false_scarcity"}},
		{"italian elision", "L'offerta scade stasera, è un'offerta lampo.", []string{"false_urgency", "false_urgency"}},
		{"spanish deadline", "¡Última oportunidad! La oferta termina hoy.", []string{"false_urgency", "false_urgency"}},
		{"italian confirmshaming", "No grazie, preferisco pagare di più.", []string{"confirmshaming"}},
		{"dutch miracle", "Wetenschappelijk bewezen wondermiddel.", []string{"deceptive_claim", "deceptive_claim"}},
		{"prize lure", "You have been specially selected to receive a free gift.", []string{"deceptive_claim"}},
		{"loan for people who cannot make ends meet", "Struggling to make ends meet? This loan is for you.", []string{"exploiting_vulnerability"}},
		{"fear left exposed", "Worried your kids aren't safe? Without our app, you leave them exposed.", []string{"fear_appeal"}},
		{"fear appeal", "Protect your family before it's too late.", []string{"fear_appeal"}},
		{"fear appeal at risk", "Your children could be at risk without our alarm.", []string{"fear_appeal"}},
		{"fear regret", "You'll regret it if you skip this.", []string{"fear_appeal"}},
		{"vulnerability credit", "Bad credit? No problem! Instant loans today.", []string{"exploiting_vulnerability", "exploiting_vulnerability"}},
		{"vulnerability grief", "Honour his memory by choosing our premium package.", []string{"exploiting_vulnerability"}},
		{"vulnerability loneliness", "Feeling lonely? Subscribe to Premium and never feel alone again.", []string{"exploiting_vulnerability", "exploiting_vulnerability"}},
		{"vulnerability children", "Kids, ask your parents to buy the starter pack!", []string{"exploiting_vulnerability"}},
		{"vulnerability gambling", "Chase your losses with free spins.", []string{"exploiting_vulnerability", "exploiting_vulnerability"}},
		{"deceptive guaranteed", "Guaranteed weight loss with our tea.", []string{"deceptive_claim"}},
		{"deceptive risk free", "Try it risk-free.", []string{"deceptive_claim"}},
		{"deceptive 100 safe", "It is 100% safe.", []string{"deceptive_claim"}},
		{"deceptive doctors hate", "Doctors hate this trick.", []string{"deceptive_claim"}},
		{"deceptive cure", "It cures arthritis in a week.", []string{"deceptive_claim"}},
		{"slur not negatable", "Don't be such a retard.", []string{"ableist"}},
		{"stereotype", "Women are bad at math.", []string{"gendered"}},
		{"stereotype negated by pattern", "Women are not bad at math.", nil},
		{"inflection", "Hurrying? Supplies are selling quickly!", []string{"false_urgency", "false_scarcity"}},
		{"case and whitespace", "ONLY   3\tLEFT", []string{"false_scarcity"}},
		{"curly apostrophe", "Don’t miss out!", []string{"false_urgency"}},
		{"number word", "Only two left!", []string{"false_scarcity"}},
		{"stream of prose", strings.Repeat("Our linen is soft. ", 50) + "Only 1 left!", []string{"false_scarcity"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := s.Scan(tc.text)
			var got []string
			for _, f := range fs {
				got = append(got, f.Category)
			}
			if !sameMultiset(got, tc.want) {
				t.Fatalf("Scan(%q) categories %v, want %v\nfindings: %+v", tc.text, got, tc.want, fs)
			}
		})
	}
}

func sameMultiset(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}

// ownManipulative are manipulative lines of LLM-style marketing copy,
// written from the pattern definitions (not taken from the eval sets).
var ownManipulative = []string{
	"Don't let this opportunity slip away!",
	"This offer disappears at midnight.",
	"Prices go up tomorrow, so lock in your rate today.",
	"Only a handful of spots remain for our spring cohort.",
	"Stock is flying off the shelves.",
	"Thousands of happy customers can't be wrong.",
	"Over 50,000 marketers already use our tool.",
	"Join the thousands who have already upgraded.",
	"Everyone is talking about it.",
	"Secure your spot now before registration closes.",
	"Claim your discount before it expires.",
	"Last chance to get 50% off!",
	"Ends soon!",
	"Act fast—this won't last!",
	"Your cart is about to expire.",
	"Don't be the only one without it.",
	"Are you really going to miss this?",
	"Only fools pay full price.",
	"Smart shoppers don't wait.",
	"If you care about your family, you'll buy this today.",
	"A real mom would never settle for less.",
	"Without this insurance, your family could lose everything.",
	"Hackers could be stealing your identity right now.",
	"Your skin is aging every day you wait.",
	"Struggling to pay your bills? Get approved instantly.",
	"Feeling lonely? Our app will be your best friend.",
	"In this difficult time after your loss, upgrade to our premium memorial package.",
	"Lose weight fast without diet or exercise.",
	"Earn $5,000 a week from home, guaranteed.",
	"This supplement cures anxiety naturally.",
	"Clinically proven to melt belly fat.",
	"Zero risk, all reward.",
	"You will be automatically enrolled in our monthly plan.",
	"The trial converts to a paid subscription unless you cancel.",
	"A small service fee will be added at checkout.",
	"To cancel, please call our retention team during business hours.",
	"You need to create an account to view prices.",
	"Offer valid for the next 24 hours only.",
	"Only 5 seats left at this price!",
	"Hurry up and order before stock runs out!",
}

// ownBenign are ordinary lines that share words with manipulative copy.
var ownBenign = []string{
	"Here are three subject lines for your spring campaign: 1. Fresh looks for sunny days 2. Meet the linen edit 3. Your new favourite tee",
	"Our customers tell us the fit is true to size.",
	"The offer ends on March 31, as stated in the terms.",
	"Shop now and pay in three instalments with no interest.",
	"Book a free consultation with our stylists.",
	"Over 200 recipes are included in the app.",
	"Most people need about 8 hours of sleep.",
	"The first 100 customers receive a tote bag.",
	"Our team of 12 people builds every bike by hand.",
	"Call now to speak with an advisor about your options.",
	"Limited liability company registered in Delaware.",
	"Time is a precious resource for small business owners.",
	"Your order has been shipped and will arrive in 2 days.",
	"This guide explains how to stop worrying about money.",
	"We never sell your data.",
	"Join us for a free webinar on Thursday at 18:00.",
	"Doors open at 19:30 and the show starts at 20:00.",
	"Our subscription renews monthly; you can turn off renewal in settings at any time.",
	"We offer a 30-day money-back guarantee.",
	"Don't forget to stretch before your run.",
	"Prices start at $19 per month.",
	"Kids love the bright colours.",
	"Older adults may benefit from our large-print keypad.",
	"The gym is popular with students and retirees alike.",
	"If you're not happy, we'll refund you.",
	"Sale items can be returned within 14 days.",
	"You may also contact us by email.",
	"We update our catalogue every week.",
	"She founded the company in 2012, and he joined as CTO in 2015.",
	"Each bottle contains 60 capsules.",
	"Grab a coffee and read our latest blog post.",
	"Our chairs are built for long working days.",
	"Discover the new collection in store and online.",
	"Last year we planted 10,000 trees.",
	"Stock levels are updated every hour.",
	"Customers who reviewed this product gave it 4.6 stars on average.",
	"Black Friday deals are listed on our deals page.",
	"The white paper explains our security model.",
	"The old version is still available for download.",
	"We do not use fake timers or countdowns.",

	"Our store is open until 8 pm.",
	"Most customers choose the medium size.",
	"Sign up to get our newsletter.",
	"The trial lasts 14 days and you can cancel anytime online.",
	"We will remind you three days before your trial ends.",
	"Over 50 colours are available.",
	"Prices include VAT.",
	"This moisturiser suits dry skin.",
	"Our insurance covers theft and fire.",
	"Call us if you have questions.",
	"Limited warranty details are in the manual.",
	"Take a look at our best sellers.",
	"We donate 1% of sales to charity.",
	"New: the linen collection.",
	"Ship today, arrive tomorrow.",
	"It is a great time to repaint your house.",
	"Our guarantee: if you are not satisfied, return it within 30 days.",
	"People love the soft fabric.",
	"Join our community forum.",
}

func TestOwnMarketingCopy(t *testing.T) {
	s := DefaultScreener()
	for _, x := range ownManipulative {
		if len(s.Scan(x)) == 0 {
			t.Errorf("not flagged: %q", x)
		}
	}
	for _, x := range ownBenign {
		if fs := s.Scan(x); len(fs) > 0 {
			t.Errorf("flagged %q: %+v", x, fs)
		}
	}
}

// benignGroupCopy is marketing copy that names groups of people neutrally
// (audiences, holidays, owners, pronouns), some of it near words that the
// stereotype rules look for ("dirty", "poor", "weak"). None of it may be
// flagged as bias.
var benignGroupCopy = []string{
	"Our women's running shoes are light and breathable.",
	"Men's and women's sizes are listed in the chart below.",
	"Seniors get 10% off on Tuesdays.",
	"Celebrate Diwali with our festive sweets box.",
	"Visit our Muslim-owned bakery on Main Street for fresh bread.",
	"She is a nurse and he loves cooking.",
	"He runs the shop; she handles the accounts; they both ship orders on Friday.",
	"Black Friday deals start at 8 am.",
	"Our black and white prints are back in stock.",
	"Older adults told us the font was too small, so we made it bigger.",
	"Many older customers prefer to order by phone, and our team is happy to help.",
	"Women who run marathons helped us test this shoe.",
	"Men are welcome at every class, and so are beginners.",
	"Young people can apply for the student discount with a valid ID.",
	"Mexican food night is every Thursday, with tacos and fresh salsa.",
	"Our Italian coffee is roasted in small batches.",
	"Chinese New Year gift boxes ship from January 10.",
	"Jewish holidays and Ramadan hours are listed in the calendar.",
	"Christian, Muslim and Jewish families all shop at our market.",
	"Happy Pride! Gay and lesbian couples get the same family plan.",
	"Our trans and non-binary staff wrote this sizing guide.",
	"Poor sleep? Try our weighted blanket.",
	"Poor reception indoors is fixed by our signal booster.",
	"Low-income families can apply for a reduced rate.",
	"Homeless shelters in the city receive 5% of every sale.",
	"Fat-free yogurt, now in three flavours.",
	"Short sleeves, long sleeves: both are in the sale.",
	"Disabled customers can ask for step-free delivery.",
	"Blind and deaf users can use the app with a screen reader or captions.",
	"Girls and boys aged 8 to 12 love this science kit.",
	"Moms and dads can pause the subscription over the summer.",
	"Wash the shoes when they are dirty; the insoles are machine washable.",
	"Teenagers can open a savings account with a parent.",
	"Asian markets rose today, and our fund followed.",
	"Our French linen sheets are soft and cool.",
	"Immigrants and refugees can get free legal advice at our partner clinic.",
	"Fathers get two weeks of paid leave at our company.",
	"Women are the fastest-growing group of investors on our platform.",
	"Men are often surprised how light this jacket is.",
	"Our elderly care team visits every week.",
	"Most seniors we spoke to wanted bigger buttons.",
	"Typical delivery time is 2 days.",
	"Like most runners, you want shoes that last.",
	"Homeless people are often sick and cold in winter, so every coat you donate counts.",
	"Elderly people are often frail after a fall; our alarm calls help in seconds.",
	"Older customers are sometimes confused by tiny buttons, so ours are large.",
	"Moms are crazy busy, so our meal kits take 15 minutes.",
	"Men are seeing dramatic results with our training plan.",
	"Teens can't drive until 16, but they can ride our e-bikes.",
	"Immigrants cannot work without a permit; our advisers help with the forms.",
	"Refugees can't speak English yet when they join our language classes.",
	"Older adults can't read small print easily, so we use large type.",
	"Women lying on the beach need a good sunscreen.",
	"Most parents are too busy to cook every night.",
	"The poor harvest raised coffee prices this year.",
	"Our Black-owned partner brands are featured all month.",
	"Clean your dirty white sneakers in minutes.",
	"Get filthy rich flavour from our slow-roasted beans.",
	"We source from these growers because of their rich heritage of tea farming.",
	"Because you're unemployed, you qualify for our reduced plan.",
	"Because he is blind, he uses our screen reader every day.",
	"Because she was overweight, her doctor suggested our walking program.",
	"No more terrible customer service: our team answers in minutes.",
	"That stupid old printer is finally replaced by our new model.",
	"Nasty old stains come out with one wash.",
	"Lazy Sunday brunch with our French toast.",
	"Stupid simple setup: plug it in and go.",
	"Our French customers are loyal and our German customers love the new colours.",
	"Gay couples and straight couples alike book our honeymoon suites.",
	"Many older people enjoy our large-print crosswords.",
	"Single mothers can apply for our scholarship program.",
}

func TestBenignGroupCopyNotFlagged(t *testing.T) {
	s := DefaultScreener()
	for _, text := range benignGroupCopy {
		t.Run(text[:min(len(text), 40)], func(t *testing.T) {
			if fs := s.Scan(text); len(fs) > 0 {
				t.Fatalf("flagged %q: %+v", text, fs)
			}
		})
	}
}

// TestSlotPhrases checks the word-class slots: each kind's group slot
// matches its own groups only, adjective and member slots need the right
// words, and unknown slots are errors.
func TestSlotPhrases(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		match  []string
		none   []string
	}{
		{"{ethnic_group} are {trait}",
			[]string{"Mexicans are lazy.", "Asian people are greedy.", "African Americans are violent.", "The Irish are drunks."},
			[]string{"Women are lazy.", "Asian markets are volatile.", "Mexican food is spicy."}},
		{"{gender_group} are {trait}",
			[]string{"Women are emotional.", "Husbands are useless.", "Female drivers are reckless."},
			[]string{"Women's shoes are on sale.", "Women are welcome."}},
		{"{class_group} are {trait}",
			[]string{"Poor people are lazy.", "Low-income families are irresponsible."},
			[]string{"Poor reception are lazy.", "Low-income housing are lazy."}},
		{"the {class_the} are {trait}",
			[]string{"The poor are lazy.", "The rich are greedy."},
			[]string{"The poorest are lazy.", "Poor people are kind."}},
		{"because she is {religious_adj}",
			[]string{"Because she is Muslim.", "because she is jewish"},
			[]string{"Because she is busy."}},
		{"a {lgbtq_member}",
			[]string{"He is a gay man.", "She met a transgender woman."},
			[]string{"A gay bar.", "A queen bed."}},
		{"{group} (can't|cannot) lead",
			[]string{"Old people can't lead.", "Muslims cannot lead.", "Disabled people can't lead."},
			[]string{"People can't lead.", "Customers can't lead."}},
		{"{trait} {n}",
			[]string{"bad drivers 3", "lazy two"},
			[]string{"good drivers 3"}},
	} {
		t.Run(tc.phrase, func(t *testing.T) {
			s, err := NewScreener([]ScreenRule{rule("t.slot", tc.phrase)})
			if err != nil {
				t.Fatal(err)
			}
			for _, text := range tc.match {
				if len(s.Scan(text)) == 0 {
					t.Errorf("%q did not match %q", tc.phrase, text)
				}
				// The same through a stream, one byte at a time.
				st := s.NewStream()
				var fs []Finding
				for k := range len(text) {
					fs = append(fs, st.Write(text[k:k+1])...)
				}
				fs = append(fs, st.Close()...)
				if !sameFindings(fs, s.Scan(text)) {
					t.Errorf("%q streamed: %v, scanned: %v", text, fs, s.Scan(text))
				}
			}
			for _, text := range tc.none {
				if fs := s.Scan(text); len(fs) != 0 {
					t.Errorf("%q matched %q: %+v", tc.phrase, text, fs)
				}
			}
		})
	}
	for _, bad := range []string{"{nosuch} are lazy", "{group", "{ethnic} are lazy"} {
		if _, err := NewScreener([]ScreenRule{rule("t.bad", bad)}); err == nil {
			t.Errorf("phrase %q: want an error", bad)
		}
	}
}
