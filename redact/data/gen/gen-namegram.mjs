// gen-namegram.mjs builds ../namegram.bin, the table of the PERSON
// detector's name-likeness score (../../person7_spell.go): how much more
// often each letter trigram of a word (folded to a-z, with word
// boundaries) occurs in given and family names than in the ordinary words
// of the prompt languages. It is a build-time tool, not part of the
// product: the Go code only embeds its output, which holds counts' log
// odds, no name and no word.
//
//	node redact/data/gen/gen-namegram.mjs [--eval]
//
// Names (the positive class): the repository's name lists (../given.txt,
// ../family.txt, ../*_gen.txt) and, for training only, the person name
// lists of Debian's php-faker 1.20.0 and ruby-faker 2.21.0 (MIT; 69 and 57
// locales, among them Czech, Finnish, Turkish, Malaysian, Māori,
// Filipino, Icelandic, Hungarian and Lithuanian names the shipped lists
// lack). Words (the negative class): the Debian word lists the name
// generator reads (gen-names.mjs), at most WORDS_PER_LANG of each
// language (every k-th word, so that Polish's four million forms do not
// outweigh the rest), minus every word that is a name of the positive
// class. See ../README.md for the licences.
//
// The output, 400 + 28³ bytes:
//   - bytes 0..399: the fold of U+00C0..U+024F, one byte each: the a-z
//     letter it folds to by its canonical decomposition (é → e, ł → l,
//     ø → o, ı → i), or 0 when it is no letter;
//   - then one signed byte per trigram (a, b, c each 0..27: 0 the word
//     boundary, 1..26 a-z, 27 any other letter), index (a*28+b)*28+c:
//     round(LOGSCALE × ln(P(t | name) / P(t | word))), clipped to ±127,
//     with add-one smoothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(here, '..');
const dictDir = process.env.DICT_DIR || '/usr/share/dict';
const phpDir = process.env.PHP_FAKER || '/usr/share/php/Faker/Provider';
const rubyDir = process.env.RUBY_FAKER || '/usr/share/rubygems-integration/all/gems/faker-2.21.0/lib/locales';
const WORDS_PER_LANG = 60000;
const LOGSCALE = 16;
const A = 28;

// ---- folding --------------------------------------------------------------
const special = { 'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ı': 'i', 'ß': 's', 'æ': 'a', 'Æ': 'a',
	'œ': 'o', 'Œ': 'o', 'þ': 't', 'Þ': 't', 'ð': 'd', 'Ð': 'd', 'ħ': 'h', 'Ħ': 'h', 'ŧ': 't', 'Ŧ': 't', 'ŀ': 'l', 'Ŀ': 'l',
	'ƒ': 'f', 'ĸ': 'k', 'ŉ': 'n', 'ſ': 's' };
const fold = new Uint8Array(400);
for (let r = 0xC0; r < 0xC0 + 400; r++) {
	const ch = String.fromCodePoint(r);
	let b = special[ch];
	if (!b) {
		const base = ch.normalize('NFD')[0].toLowerCase();
		if (base >= 'a' && base <= 'z') b = base;
	}
	if (b && /\p{L}/u.test(ch)) fold[r - 0xC0] = b.charCodeAt(0);
}
// code maps a rune to its trigram letter (1..26, 27 other letter).
const code = (ch) => {
	const r = ch.codePointAt(0);
	if (r >= 65 && r <= 90) return r - 64;
	if (r >= 97 && r <= 122) return r - 96;
	if (r >= 0xC0 && r < 0xC0 + 400 && fold[r - 0xC0]) return fold[r - 0xC0] - 96;
	return 27;
};
const trigrams = (w) => {
	const c = [0, ...Array.from(w, code), 0];
	const out = [];
	for (let i = 0; i + 2 < c.length; i++) out.push((c[i] * A + c[i + 1]) * A + c[i + 2]);
	return out;
};

// ---- names -------------------------------------------------------------------
const nameShape = /^\p{Lu}\p{Ll}+(?:['’-]\p{L}\p{Ll}+)*$/u;
const latin = (w) => Array.from(w).every((ch) => ch.codePointAt(0) < 0x250 || ch === '’');
const names = new Set();
const addName = (t) => {
	if (t.length >= 3 && nameShape.test(t) && latin(t)) names.add(t);
};
for (const f of ['given.txt', 'family.txt', 'given_gen.txt', 'family_gen.txt']) {
	for (const line of fs.readFileSync(path.join(dataDir, f), 'utf8').split('\n')) {
		if (line.startsWith('#')) continue;
		for (const t of line.split(/\s+/)) addName(t);
	}
}
const shipped = names.size;
if (fs.existsSync(phpDir)) {
	for (const loc of fs.readdirSync(phpDir)) {
		const f = path.join(phpDir, loc, 'Person.php');
		if (!fs.existsSync(f)) continue;
		for (const m of fs.readFileSync(f, 'utf8').matchAll(/'([^'{}]*)'/g)) for (const t of m[1].split(/\s+/)) addName(t);
	}
}
if (fs.existsSync(rubyDir)) {
	// The name: subtree of every locale file, read by indentation.
	const files = fs.readdirSync(rubyDir).filter((f) => f.endsWith('.yml')).map((f) => path.join(rubyDir, f));
	for (const f of files) {
		let depth = -1;
		for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
			const ind = line.search(/\S/);
			if (ind < 0) continue;
			if (depth >= 0 && ind <= depth) depth = -1;
			if (depth < 0) {
				if (/^\s*name:\s*$/.test(line)) depth = ind;
				continue;
			}
			if (/(title|prefix|suffix|name_with|format)/.test(line) && /:\s*/.test(line)) continue;
			if (line.includes('#{')) continue;
			for (const t of line.split(/[\s,[\]"]+/)) addName(t);
		}
	}
}
const nameLower = new Set([...names].map((n) => n.toLowerCase()));

// ---- words ----------------------------------------------------------------------
const dicts = ['american-english', 'british-english', 'ngerman', 'french', 'spanish', 'italian', 'dutch',
	'portuguese', 'polish', 'swedish', 'danish', 'bokmaal'];
const words = new Set();
// English words are the capitalised words of most prompts (product
// lines, campaign terms): all of them are read, and counted ENGLISH_WEIGHT
// times.
const english = new Set();
const ENGLISH_WEIGHT = 4;
for (const d of dicts) {
	const lines = fs.readFileSync(path.join(dictDir, d), 'utf8').split('\n')
		.filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w) && latin(w) && !/^\p{Lu}\p{Ll}/u.test(w) || d === 'ngerman' && /^\p{Lu}\p{Ll}+$/u.test(w));
	const en = d.endsWith('english');
	const step = en ? 1 : Math.max(1, Math.floor(lines.length / WORDS_PER_LANG));
	for (let i = 0; i < lines.length; i += step) {
		const w = lines[i].toLowerCase();
		if (nameLower.has(w)) continue;
		words.add(w);
		if (en) english.add(w);
	}
}

// ---- the table -------------------------------------------------------------------
const split = (set, test) => [...set].filter((_, i) => (i % 10 === 0) === test);
const evalMode = process.argv.includes('--eval');
const trainNames = evalMode ? split(names, false) : [...names];
const trainWords = evalMode ? split(words, false) : [...words];
const count = (list) => {
	const c = new Float64Array(A * A * A);
	let n = 0;
	for (const w of list) {
		const k = english.has(w) ? ENGLISH_WEIGHT : 1;
		for (const t of trigrams(w)) { c[t] += k; n += k; }
	}
	return [c, n];
};
const [cn, nn] = count(trainNames);
const [cw, nw] = count(trainWords);
const table = new Int8Array(A * A * A);
for (let t = 0; t < table.length; t++) {
	const lo = Math.log((cn[t] + 1) / (nn + table.length)) - Math.log((cw[t] + 1) / (nw + table.length));
	table[t] = Math.max(-127, Math.min(127, Math.round(LOGSCALE * lo)));
}
// score is the Go function's: the mean of the word's trigram log odds.
const score = (w) => {
	const ts = trigrams(w);
	return ts.reduce((s, t) => s + table[t], 0) / (process.env.MEAN ? ts.length : 1);
};

if (evalMode) {
	const sn = split(names, true).map(score).sort((a, b) => a - b);
	const sw = split(words, true).map(score).sort((a, b) => a - b);
	console.log(`names ${names.size} (shipped lists ${shipped}), words ${words.size}; held out ${sn.length} / ${sw.length}`);
	const se = split(words, true).filter((w) => english.has(w)).map(score);
	for (const th of (process.env.MEAN ? [0, 4, 8, 12, 16, 20, 24] : [0, 20, 40, 60, 80, 100, 120, 140, 160])) {
		const r = sn.filter((s) => s >= th).length / sn.length;
		const f = sw.filter((s) => s >= th).length / sw.length;
		const e = se.filter((s) => s >= th).length / se.length;
		console.log(`threshold ${th}: names ${r.toFixed(3)}, words ${f.toFixed(3)}, English words ${e.toFixed(3)}`);
	}
	for (const w of process.argv.slice(3)) console.log(w, score(w).toFixed(1));
	process.exit(0);
}
const out = Buffer.alloc(400 + table.length);
Buffer.from(fold).copy(out, 0);
Buffer.from(table.buffer).copy(out, 400);
fs.writeFileSync(path.join(dataDir, 'namegram.bin'), out);
console.log(`namegram.bin: ${names.size} names (shipped lists ${shipped}), ${words.size} words, ${out.length} bytes`);
