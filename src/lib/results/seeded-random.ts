import { sha256 } from '@oslojs/crypto/sha2';

/**
 * A repeatable random source from a text seed (sfc32 seeded with the seed's SHA-256): the same seed
 * gives the same numbers, so a count's open data shuffles its ballots the same way on every download.
 * For shuffling published files only, never for secrets.
 */
export function seededRandom(seed: string): () => number {
	const digest = sha256(new TextEncoder().encode(seed));
	const view = new DataView(digest.buffer, digest.byteOffset, digest.byteLength);
	let [a, b, c, d] = [0, 4, 8, 12].map((at) => view.getUint32(at));
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	for (let i = 0; i < 12; i++) next();
	return next;
}
