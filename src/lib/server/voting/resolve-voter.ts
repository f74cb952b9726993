import { normalizePostcode, postcodeKey } from '../../eligibility/postcode';
import type { Database } from '../platform/db/database';
import type { Voter } from './cast-ballot';
import { findLetterCode, findRegisterEntry } from './voting.queries';

type CycleRef = { id: string; placeId: string };

/**
 * Who says they are voting, as each channel knows it:
 * - `user`: a signed-in person (the route authorised them), maybe giving a register reference and
 *   the postcode it is registered at;
 * - `code`: someone holding a letter code the route found unrevoked in this cycle;
 * - `paper`: a paper ballot, whose voter the team names by a register reference or a letter code.
 */
export type VoterClaim =
	| { kind: 'user'; userId: string; reference: string; postcode: string }
	| { kind: 'code'; letterCodeId: string }
	| { kind: 'paper'; reference: string };

export type ResolvedVoter =
	| { ok: true; voter: Voter; /** On the cycle's register (a letter code is issued from it). */ onRegister: boolean }
	| { ok: false; error: 'not_on_register' | 'voter_not_found' };

/**
 * Who this voter is in the count, the same for every channel, so the participations' unique key
 * stops one person voting twice by two channels. A letter code names itself. A register entry is
 * the same key whether the person votes online (with its reference and postcode, so references
 * cannot be guessed) or on paper. A signed-in person without a reference votes as themselves; a
 * reference that does not match is refused ('not_on_register'). Paper always names its voter
 * (register reference or letter code, whatever registerOnly says): a paper ballot for "someone at
 * the stall" would have no key to check ('voter_not_found').
 */
export async function resolveVoter(db: Database, cycle: CycleRef, claim: VoterClaim): Promise<ResolvedVoter> {
	switch (claim.kind) {
		case 'code':
			return { ok: true, voter: { kind: 'code', letterCodeId: claim.letterCodeId }, onRegister: true };
		case 'user': {
			if (!claim.reference.trim()) return { ok: true, voter: { kind: 'user', userId: claim.userId }, onRegister: false };
			const entry = await findRegisterEntry(db, cycle, claim.reference);
			const typed = normalizePostcode(claim.postcode);
			if (!entry || !typed || postcodeKey(typed) !== postcodeKey(entry.postcode)) return { ok: false, error: 'not_on_register' };
			return { ok: true, voter: { kind: 'register', entryId: entry.id }, onRegister: true };
		}
		case 'paper': {
			const entry = await findRegisterEntry(db, cycle, claim.reference);
			if (entry) return { ok: true, voter: { kind: 'register', entryId: entry.id }, onRegister: true };
			const code = await findLetterCode(db, cycle, claim.reference);
			return code ? { ok: true, voter: { kind: 'code', letterCodeId: code.id }, onRegister: true } : { ok: false, error: 'voter_not_found' };
		}
	}
}
