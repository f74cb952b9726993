/** No look-alikes (0/O, 1/I/L): a join code is read off a projector across a room and typed on a phone. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A fresh 6-symbol join code (~29 bits): enough to keep live workshops apart; participation is not a vote. */
export function newJoinCode(): string {
	const bytes = crypto.getRandomValues(new Uint32Array(6));
	return Array.from(bytes, (n) => JOIN_CODE_ALPHABET[n % JOIN_CODE_ALPHABET.length]).join('');
}

/** A join code as typed: case, spaces and dashes do not matter. */
export function normalizeJoinCode(text: string): string {
	return text.toUpperCase().replace(/[\s-]+/g, '');
}

export function isJoinCodeShape(text: string): boolean {
	return new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`).test(normalizeJoinCode(text));
}
