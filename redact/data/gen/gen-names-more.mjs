// gen-names-more.mjs writes ../names_more.txt and ../names_more_given.bin,
// ../names_more_family.bin: given and family names of the communities
// the generated lists (gen-names.mjs, from @faker-js/faker) cover thinly —
// Thai, Malay, Indonesian, Vietnamese, Filipino, Māori, Nepali, Pakistani,
// Ugandan, Nigerian and Singaporean names — from the person name lists of
// Debian's ruby-faker 2.21.0 and php-faker 1.20.0 (MIT:
// ../licenses/ruby-faker.LICENSE, ../licenses/php-faker.LICENSE,
// ../../../NOTICE). The detector reads them only for a word of a run of
// two to four capitalised words that no other list knows
// (../../person13_names.go), not in the shared name table: so they cost
// no table slot, no start-up work and no garbage-collector scan, and a
// lone word of them is no name.
//
// Usage: node gen-names-more.mjs [RUBY_LOCALES_DIR [PHP_PROVIDER_DIR]]
// (default /usr/share/rubygems-integration/all/gems/faker-2.21.0/lib/locales
// and /usr/share/php/Faker/Provider). Filters: Latin-script words of three
// letters or more; no word of the system's word lists (/usr/share/dict,
// or DICT_DIR), capitalised ones included (place names and demonyms:
// "Arabian"); no name, city or town the other lists of ../ hold. A Vietnamese name is kept with its marks and without them
// ("Nguyễn", "Nguyen").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv } from './fnv.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, '..');
const rubyDir = process.argv[2] || '/usr/share/rubygems-integration/all/gems/faker-2.21.0/lib/locales';
const phpDir = process.argv[3] || '/usr/share/php/Faker/Provider';
const dictDir = process.env.DICT_DIR || '/usr/share/dict';

const RUBY_LOCALES = ['en-TH', 'en-MS', 'id', 'vi', 'mi-NZ', 'en-NEP', 'en-PAK', 'en-UG', 'en-NG', 'en-SG'];
const PHP_LOCALES = ['vi_VN', 'id_ID', 'ms_MY', 'en_PH', 'ne_NP', 'en_NZ', 'en_UG', 'en_NG', 'en_SG'];

const lines = (f) => fs.readFileSync(f, 'utf8').split('\n');

// The ruby-faker name lists: the keys of a locale's "name:" block whose
// names end in first_name, last_name or middle_name, as a flow list
// ("[A, B]", maybe over several lines) or as "- A" lines.
function rubyNames(file) {
	const given = [], family = [];
	const ls = lines(file);
	let inName = false, nameIndent = -1, key = null, flow = null;
	for (const l of ls) {
		const indent = l.search(/\S/);
		if (/^\s*name:\s*$/.test(l)) {
			inName = true, nameIndent = indent, key = null;
			continue;
		}
		if (!inName) continue;
		if (indent >= 0 && indent <= nameIndent && l.trim() !== '') {
			inName = false;
			continue;
		}
		if (flow !== null) {
			flow += ' ' + l;
			if (l.includes(']')) {
				take(flow, key, given, family);
				flow = null;
			}
			continue;
		}
		const m = l.match(/^\s*([a-z_]+):\s*(.*)$/);
		if (m) {
			key = /first_name$/.test(m[1]) || /middle_name$/.test(m[1]) ? 'given' : /last_name$/.test(m[1]) ? 'family' : null;
			if (key && m[2].startsWith('[')) {
				if (m[2].includes(']')) take(m[2], key, given, family);
				else flow = m[2];
			}
			continue;
		}
		const item = l.match(/^\s*-\s*(.+)$/);
		if (item && key) take(item[1], key, given, family);
	}
	return { given, family };
}

function take(s, key, given, family) {
	for (let v of s.replace(/[[\]]/g, '').split(',')) {
		v = v.trim().replace(/^["']|["']$/g, '');
		if (v.includes('#{')) continue;
		(key === 'given' ? given : family).push(...v.split(/\s+/));
	}
}

// The php-faker lists: the string literals of the static arrays whose
// names start with firstName, middleName or lastName.
function phpNames(file) {
	const given = [], family = [];
	const src = fs.readFileSync(file, 'utf8');
	const re = /static \$(firstName\w*|middleName\w*|lastName\w*)\s*=\s*(?:array\(|\[)([\s\S]*?)(?:\);|\];)/g;
	for (let m; (m = re.exec(src));) {
		const out = m[1].startsWith('lastName') ? family : given;
		for (const s of m[2].matchAll(/'([^']*)'|"([^"]*)"/g)) out.push(...(s[1] ?? s[2]).split(/\s+/));
	}
	return { given, family };
}

const words = new Set();
for (const d of ['american-english', 'british-english', 'ngerman', 'french', 'spanish', 'italian', 'dutch',
	'portuguese', 'polish', 'swedish', 'danish', 'bokmaal']) {
	const f = path.join(dictDir, d);
	if (!fs.existsSync(f)) continue;
	for (const w of lines(f)) {
		// capitalised words too: place names and demonyms ("Arabian")
		if (w) words.add(w.toLowerCase());
	}
}
const known = new Set();
for (const f of ['given.txt', 'family.txt', 'given_gen.txt', 'family_gen.txt', 'given_wordlike_gen.txt',
	'cities.txt', 'cities_towns.txt', 'cities_regions.txt', 'cities_countries.txt', 'towns_faker.txt',
	'towns_geonames.txt']) {
	for (const l of lines(path.join(data, f))) {
		for (const w of l.replace(/#.*/, '').split(/[\s,]+/)) if (w) known.add(w);
	}
}

const plain = (w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
const given = new Set(), family = new Set();
function add(set, w) {
	w = w.replace(/[.,;()]/g, '');
	if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || [...w].length < 3 || /[^\p{Script=Latin}'’-]/u.test(w)) return;
	for (const v of new Set([w, plain(w)])) {
		if (known.has(v) || words.has(v.toLowerCase()) || words.has(plain(v).toLowerCase())) return;
	}
	set.add(w);
	if (plain(w) !== w) set.add(plain(w));
}
// Vietnamese names are written family name first, and the two libraries
// key their parts each their own way: a Vietnamese word goes to both sets.
const both = (loc) => loc === 'vi' || loc === 'vi_VN';
for (const loc of RUBY_LOCALES) {
	const f = path.join(rubyDir, loc + '.yml');
	if (!fs.existsSync(f)) continue;
	const { given: g, family: fa } = rubyNames(f);
	g.forEach((w) => add(given, w));
	fa.forEach((w) => add(family, w));
	if (both(loc)) g.concat(fa).forEach((w) => (add(given, w), add(family, w)));
}
for (const loc of PHP_LOCALES) {
	const f = path.join(phpDir, loc, 'Person.php');
	if (!fs.existsSync(f)) continue;
	const { given: g, family: fa } = phpNames(f);
	g.forEach((w) => add(given, w));
	fa.forEach((w) => add(family, w));
	if (both(loc)) g.concat(fa).forEach((w) => (add(given, w), add(family, w)));
}

const g = [...given].sort(), fa = [...family].sort();
fs.writeFileSync(path.join(data, 'names_more.txt'), [
	'# Given and family names of the ruby-faker 2.21.0 locales ' + RUBY_LOCALES.join(' ') + ' and the',
	'# php-faker 1.20.0 locales ' + PHP_LOCALES.join(' ') + ' (MIT; see README.md), that no other',
	'# list here holds and no system word list has. names_more_given.bin and',
	'# names_more_family.bin hold their hashes (what the detector reads). Generated by',
	'# gen/gen-names-more.mjs; do not edit by hand.',
	'[given]',
].concat(g, ['[family]'], fa).join('\n') + '\n');
for (const [name, list] of [['names_more_given.bin', g], ['names_more_family.bin', fa]]) {
	const hashes = [...new Set(list.map(fnv))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const bin = Buffer.alloc(8 * hashes.length);
	hashes.forEach((h, i) => bin.writeBigUInt64LE(h, 8 * i));
	fs.writeFileSync(path.join(data, name), bin);
}
console.log(g.length, 'given,', fa.length, 'family names');
