import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

/** A code as people type it back: case, spaces and dashes do not matter ("abcd efgh" = "ABCD-EFGH"). */
export function normalizeCode(text: string): string {
	return text.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * SHA-256 (hex) of a normalised receipt or letter code. Codes carry 60+ random bits, so a plain hash
 * is enough: nobody can guess one from the stored hash, and a lookup stays one index probe.
 */
export function hashCode(text: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(normalizeCode(text))));
}
