// fnv is 64-bit FNV-1a over a string's UTF-8 bytes, as a BigInt: the hash
// the detector computes for the words of the hashed lists (the .bin files
// beside them) that gen-names-more.mjs, gen-names-script.mjs and
// gen-towns-geonames.mjs write.
export const fnv = (str) => {
	let h = 0xcbf29ce484222325n;
	for (const b of Buffer.from(str, 'utf8')) {
		h ^= BigInt(b);
		h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return h;
};
