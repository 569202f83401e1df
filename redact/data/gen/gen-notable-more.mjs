// gen-notable-more.mjs builds ../notable_more.txt and ../notable_more.bin,
// the well-known people of WordNet 3.0 that the PERSON detector treats as
// no customer's (../../person_notable.go, ../../notable_more.go). It is a
// build-time tool, not part of the product: the Go code only embeds the
// .bin. See ../README.md for the source and licence and for how to run it.
//
//	apt-get download wordnet-base calendar
//	dpkg -x wordnet-base_*.deb /tmp/wn && dpkg -x calendar_*.deb /tmp/cal
//	node redact/data/gen/gen-notable-more.mjs /tmp/wn/usr/share/wordnet/data.noun /tmp/cal/usr/share/calendar
//
// The people are WordNet's instances in the lexicographer file noun.person
// (lexfile 18): synsets with an instance-hypernym pointer ("@i"), such as
// the writer, composer, president or athlete that a lemma names. The rules,
// in order, for every lemma:
//   - Two words or more; each a capitalised word of letters (an inner
//     apostrophe, hyphen or dot allowed), an initial ("J."), or a name
//     particle (de, van, von, …). A sense number in parentheses is cut.
//   - Lemmas with other lower-case words ("Joan of Arc", "the Venerable
//     Bede") are left out: epithets are ../notable.txt's business.
//   - A lemma that starts with a title ("Sir", "Saint", "Count") also
//     gives the name without it.
//   - A lemma of three words or more without a particle also gives its
//     first and last word ("Pearl Mae Bailey" gives "Pearl Bailey"), as
//     prose writes most such people.
//   - Two-word names of a given name of ../given.txt and one of the
//     commonest family names of ../family.txt (the first 400 of each of
//     its lines, which are ordered by frequency) or another given name
//     are left out: customers share them too often ("Bruce Lee",
//     "Benjamin Franklin", "Juan Carlos").
//
// The second source is the people of the BSD calendar files (Debian
// calendar 12.1.8: births and deaths in calendar.birthday, .music,
// .history, .computer and the German .literatur, .musik, .wissenschaft,
// .geschichte), the capitalised words (and particles) before "born",
// "dies", "geboren" or "gestorben" at the start of an entry, when the
// first of at most four words is a given name of ../given.txt or
// ../given_gen.txt; they pass the same rules.
//
// notable_more.txt lists the names, sorted. notable_more.bin holds, little-
// endian: the detector's bloom of them (notableBloomWords 64-bit words,
// bit notableHash(name) set for each), then their sorted 64-bit FNV-1a
// hashes. TestNotableMoreInSync checks the three agree.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(here, '..');
const src = process.argv[2];
const calDir = process.argv[3];
if (!src || !calDir) {
	console.error('usage: node gen-notable-more.mjs PATH/TO/wordnet/data.noun PATH/TO/share/calendar');
	process.exit(2);
}

const bloomWords = 2048; // notableBloomWords in ../../person_notable.go
const bloomBits = Math.log2(bloomWords * 64);

const particles = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'du', 'des', 'del', 'della', 'van', 'von',
	'der', 'den', 'ter', 'ten', 'le', 'la', 'y', 'e', 'al', 'el', 'bin', 'ibn', 'ben', 'af', 'zu', 'op']);
const titles = new Set(['Sir', 'Dame', 'Lord', 'Lady', 'Saint', 'St.', 'Count', 'Countess', 'Baron', 'Baroness',
	'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Pope', 'General', 'President', 'Duke', 'Duchess']);
const nameWord = /^([A-Z][A-Za-z'.-]*[a-z][A-Za-z'-]*|[A-Z]\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)$/;

// words returns the words of a hand list, at most n of each line (the
// family lines are ordered by how common the names are).
function words(file, n) {
	const out = new Set();
	for (const line of fs.readFileSync(path.join(dataDir, file), 'utf8').split('\n')) {
		const w = line.trim();
		if (w === '' || w.startsWith('#')) continue;
		for (const x of w.split(/\s+/).slice(0, n)) out.add(x);
	}
	return out;
}
const commonGiven = words('given.txt', Infinity);
const commonFamily = words('family.txt', 400);
const allGiven = new Set([...commonGiven, ...words('given_gen.txt', Infinity)]);

function keep(words) {
	if (words.length < 2) return false;
	if (words.length === 2 && commonGiven.has(words[0]) && (commonFamily.has(words[1]) || commonGiven.has(words[1]))) {
		return false;
	}
	return words[words.length - 1].length >= 2 && !words[words.length - 1].endsWith('.');
}

const names = new Set();
for (const line of fs.readFileSync(src, 'latin1').split('\n')) {
	if (line.startsWith('  ')) continue;
	const f = line.split(' ');
	if (f.length < 6 || Number(f[1]) !== 18) continue;
	const wc = parseInt(f[3], 16);
	const rest = f.slice(4 + 2 * wc);
	const pc = Number(rest[0]);
	let instance = false;
	for (let i = 0; i < pc; i++) if (rest[1 + 4 * i] === '@i') instance = true;
	if (!instance) continue;
	for (let i = 0; i < wc; i++) {
		addPerson(f[4 + 2 * i].replace(/\(.*\)$/, '').split('_').filter((w) => w !== ''));
	}
}

// The calendar files' people.
const calFiles = ['calendar.birthday', 'calendar.music', 'calendar.history', 'calendar.computer',
	'de_DE/calendar.literatur', 'de_DE/calendar.musik', 'de_DE/calendar.wissenschaft', 'de_DE/calendar.geschichte'];
const calEntry = /^\d\d\/\d\d\*?\t+((?:[A-Z][\p{L}'.-]*|van|von|de|da|di|du|der|den|la|le)(?: (?:[A-Z][\p{L}'.-]*|van|von|de|da|di|du|der|den|la|le))+?),? (?:is born|born|dies|died|(?:in [^,]+ )?(?:geboren|gestorben))\b/u;
for (const file of calFiles) {
	for (const line of fs.readFileSync(path.join(calDir, file), 'utf8').split('\n')) {
		const m = calEntry.exec(line);
		if (!m) continue;
		// "Soviet President Leonid Brezhnev", "Country Joe McDonald": an
		// entry whose first word (after a title) is no given name of
		// ../given.txt or ../given_gen.txt, or with more than four words,
		// is left out.
		const words = m[1].split(' ');
		const first = titles.has(words[0]) ? words[1] : words[0];
		if (words.length <= 4 && (allGiven.has(first) || /^[A-Z]\.$/.test(first))) addPerson(words);
	}
}

// addPerson adds the name of words, and its short forms, by the rules
// above.
function addPerson(words) {
	let particle = false;
	for (const w of words) {
		if (particles.has(w)) particle = true;
		else if (!nameWord.test(w)) return;
	}
	if (words.length === 0 || particles.has(words[0])) return;
	if (keep(words)) names.add(words.join(' '));
	if (titles.has(words[0])) {
		// "Sir Edward Victor Appleton": the name without the title too.
		words = words.slice(1);
		if (keep(words)) names.add(words.join(' '));
	}
	if (words.length >= 3 && !particle) {
		const short = [words[0], words[words.length - 1]];
		if (!words[0].endsWith('.') && keep(short)) names.add(short.join(' '));
	}
}

// notableHash and fnv64 as in ../../person_notable.go and ../../loc8_towns.go.
function notableHash(name) {
	const b = Buffer.from(name, 'utf8');
	const last = b.lastIndexOf(0x20) + 1;
	const k = ((b[0] << 24) | (b[last] << 16) | (b[last + 1] << 8) | (b.length & 0xff)) >>> 0;
	return Math.imul((k ^ (b[b.length - 1] << 4)) >>> 0, 0x9e3779b1) >>> (32 - bloomBits);
}
function fnv64(name) {
	let h = 0xcbf29ce484222325n;
	for (const c of Buffer.from(name, 'utf8')) {
		h ^= BigInt(c);
		h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return h;
}

const sorted = [...names].sort();
const bloom = new BigUint64Array(bloomWords);
const hashes = new Set();
for (const n of sorted) {
	const h = notableHash(n);
	bloom[h >>> 6] |= 1n << BigInt(h & 63);
	hashes.add(fnv64(n));
}
const hs = [...hashes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const buf = Buffer.alloc(8 * (bloomWords + hs.length));
bloom.forEach((w, i) => buf.writeBigUInt64LE(w, 8 * i));
hs.forEach((h, i) => buf.writeBigUInt64LE(h, 8 * (bloomWords + i)));
const header = '# Generated by gen/gen-notable-more.mjs from WordNet 3.0 (noun.person instances) and the BSD calendar\n' +
	'# files (Debian calendar 12.1.8); do not edit. WordNet 3.0 Copyright 2006 by Princeton University. All\n' +
	'# rights reserved. Licences: licenses/wordnet.LICENSE, licenses/bsd-calendar.LICENSE.\n';
fs.writeFileSync(path.join(dataDir, 'notable_more.txt'), header + sorted.join('\n') + '\n');
fs.writeFileSync(path.join(dataDir, 'notable_more.bin'), buf);
console.error(`${sorted.length} names, ${hs.length} hashes, ${buf.length} bytes`);
