// gen-names-script.mjs writes ../names_script.txt and
// ../names_script_given.bin, ../names_script_family.bin: given and family
// names written in their own script — Cyrillic, Greek, Armenian, Georgian,
// Hebrew, Arabic (Arabic, Persian, Urdu, Sorani Kurdish), Devanagari,
// Bengali, Thai, kanji and Han — from the person name lists of
// @faker-js/faker 10.6.0 and Debian's php-faker 1.20.0 (MIT:
// ../licenses/faker-js-faker.LICENSE, ../licenses/php-faker.LICENSE,
// ../../../NOTICE). The detector reads them only for a word in one of
// those scripts, in a slot a name takes (../../person14_script.go), never
// in the shared name table: they cost no table slot and no start-up work.
//
// Keys are the words in lower case, Greek without accents and "ё" as
// "е" (scriptKey in ../../person14_script.go does the same), hashed with
// 64-bit FNV-1a, of which the high 32 bits are kept, sorted,
// little-endian (4 bytes a name: at ~22,000 names a false hit is one in
// ~200,000 unknown words). Russian, Ukrainian, Bulgarian and
// Macedonian family names in -ов, -ев, -ин and -ский also get their
// feminine forms (-ова, -ева, -ина, -ская). Words of the same locales'
// city, state and month lists are left out, and so are one-letter words
// but Han surnames.
//
// Usage: node gen-names-script.mjs FAKER_PACKAGE_DIR [PHP_PROVIDER_DIR]
// (FAKER_PACKAGE_DIR is the unpacked npm package, e.g.
// /tmp/names/faker-js-faker-10.6.0/package; PHP_PROVIDER_DIR defaults to
// /usr/share/php/Faker/Provider).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv } from './fnv.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, '..');
const fakerDir = process.argv[2];
if (!fakerDir) {
	console.error('usage: node gen-names-script.mjs FAKER_PACKAGE_DIR [PHP_PROVIDER_DIR]');
	process.exit(2);
}
const phpDir = process.argv[3] || '/usr/share/php/Faker/Provider';

const FAKER_LOCALES = ['ru', 'uk', 'mk', 'el', 'ka_GE', 'hy', 'ar', 'fa', 'ur', 'ku_ckb', 'he', 'ne', 'th', 'ja', 'zh_CN', 'zh_TW'];
const PHP_LOCALES = ['ru_RU', 'uk_UA', 'bg_BG', 'sr_Cyrl_RS', 'kk_KZ', 'el_GR', 'ka_GE', 'hy_AM', 'ar_SA', 'ar_JO', 'ar_EG',
	'fa_IR', 'he_IL', 'ne_NP', 'bn_BD', 'th_TH', 'ja_JP', 'zh_CN', 'zh_TW'];

// The scripts kept, as the detector reads them.
const SCRIPT = /^[\u0400-\u04FF\u0370-\u03FF\u1F00-\u1FFF\u0531-\u058F\u10A0-\u10FF\u1C90-\u1CBF\u05D0-\u05F4'\u0600-\u06FF\u200C\u0900-\u097F\u0980-\u09FF\u0E00-\u0E7F\u4E00-\u9FFF]+$/u;
const HAN = /^[\u4E00-\u9FFF]$/u;

const GREEK_FOLD = { 'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ϊ': 'ι', 'ΐ': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ϋ': 'υ', 'ΰ': 'υ', 'ώ': 'ω', 'ς': 'σ' };
const key = (w) => [...w.toLowerCase()].map((c) => GREEK_FOLD[c] || (c === 'ё' ? 'е' : c)).join('');

const { allLocales } = await import(path.join(fakerDir, 'dist', 'index.js'));
const flat = (x) => (!x ? [] : Array.isArray(x) ? x.flatMap(flat) : typeof x === 'object' ? Object.values(x).flatMap(flat) : [String(x)]);

// Lower-case words of the Russian, Ukrainian and Bulgarian hunspell
// dictionaries (Debian hunspell-ru, hunspell-uk, hunspell-bg 1:7.5.0-1,
// read at generation time only): a Cyrillic given name that is such a
// word ("Агент", "Правда", "Весна" of php-faker's bg_BG list) is kept only
// when faker-js's curated ru, uk or mk lists hold it ("Вера", "Роман").
const HUNSPELL = process.env.HUNSPELL_DIR || '/usr/share/hunspell';
const cyrWords = new Set();
for (const d of ['ru_RU', 'uk_UA', 'bg_BG']) {
	for (const l of fs.readFileSync(path.join(HUNSPELL, d + '.dic'), 'utf8').split('\n').slice(1)) {
		const w = l.split('/')[0].trim();
		if (w && w[0] === w[0].toLowerCase() && w[0] !== w[0].toUpperCase()) cyrWords.add(w);
	}
}
const curated = new Set(); // given names of faker-js's Cyrillic locales

const given = new Set(), family = new Set(), veto = new Set();
const words = (s) => String(s).split(/[\s\u00A0]+/).filter(Boolean);
for (const loc of FAKER_LOCALES) {
	const d = allLocales[loc];
	const p = d.person || {};
	for (const n of [...flat(p.first_name), ...flat(p.middle_name)]) for (const w of words(n)) {
		given.add(w);
		if (['ru', 'uk', 'mk'].includes(loc)) curated.add(w);
	}
	for (const n of flat(p.last_name)) for (const w of words(n)) family.add(w);
	const l = d.location || {};
	for (const k of ['city_name', 'city_prefix', 'city_suffix', 'state', 'county', 'country']) for (const v of flat(l[k])) for (const w of words(v)) veto.add(key(w));
	const dt = d.date || {};
	for (const k of ['month', 'weekday']) for (const v of flat(dt[k])) for (const w of words(v)) veto.add(key(w));
}

// The php-faker Person.php arrays: first names and middle names, last names.
const strings = (body) => [...body.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"));
for (const loc of PHP_LOCALES) {
	const f = path.join(phpDir, loc, 'Person.php');
	if (!fs.existsSync(f)) continue;
	const src = fs.readFileSync(f, 'utf8');
	for (const m of src.matchAll(/static \$(\w+)\s*=\s*(?:array\(|\[)([\s\S]*?)(?:\);|\];)/g)) {
		const [, name, body] = m;
		let set = null;
		if (/^(firstName|middleName)/.test(name) && !/Kana/.test(name)) set = given;
		else if (/^lastName(Male|Female)?$/.test(name)) set = family;
		if (!set) continue;
		for (const s of strings(body)) for (const w of words(s)) set.add(w);
	}
}

const FEMININE = [[/(ов|ев|ёв|ин|ын)$/u, '$1а'], [/(ск|цк)ий$/u, '$1ая']];
for (const w of [...family]) {
	if (!/^[\u0400-\u04FF]+$/u.test(w)) continue;
	for (const [re, to] of FEMININE) if (re.test(w)) family.add(w.replace(re, to));
}

const keep = (w) => SCRIPT.test(w) && ([...w].length >= 2 || HAN.test(w)) && !veto.has(key(w));
let wordlike = 0;
const keepGiven = (w) => {
	if (!keep(w)) return false;
	if (/^[\u0400-\u04FF]/u.test(w) && !curated.has(w) && cyrWords.has(w.toLowerCase())) return wordlike++, false;
	return true;
};
const g = [...given].filter(keepGiven).sort(), fa = [...family].filter(keep).sort();
fs.writeFileSync(path.join(data, 'names_script.txt'), [
	'# Given and family names written in their own script, from the person name lists of',
	'# @faker-js/faker 10.6.0 and Debian php-faker 1.20.0 (MIT). names_script_given.bin and',
	'# names_script_family.bin hold the hashes of their keys (what the detector reads).',
	'# Generated by gen/gen-names-script.mjs: do not edit by hand.',
	'[given]', ...g, '[family]', ...fa, ''].join('\n'));

for (const [name, list] of [['names_script_given.bin', g], ['names_script_family.bin', fa]]) {
	const hashes = [...new Set(list.map((w) => Number(fnv(key(w)) >> 32n)))].sort((a, b) => a - b);
	const bin = Buffer.alloc(4 * hashes.length);
	hashes.forEach((h, i) => bin.writeUInt32LE(h, 4 * i));
	fs.writeFileSync(path.join(data, name), bin);
	console.log(name, hashes.length);
}
console.log('Cyrillic given names left out as words:', wordlike);
