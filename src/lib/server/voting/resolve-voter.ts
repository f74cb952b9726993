import { normalizePostcode, postcodeKey } from '../../eligibility/postcode';
import type { Database } from '../platform/db/database';
import { voterKey, type Voter } from './cast-ballot';
import { findAccountEntry, findEntryAccount, findLetterCode, findLetterCodeEntry, findRegisterEntry } from './voting.queries';

type CycleRef = { id: string; placeId: string };

/**
 * Who says they are voting, as each channel knows it:
 * - `user`: a signed-in person (the route authorised them), maybe giving a register reference and
 *   the postcode it is registered at;
 * - `code`: someone holding a letter code the route found unrevoked in this cycle;
 * - `paper`: a paper ballot, whose voter the team names by a register reference or a letter code;
 * - `room`: a phone in a workshop, whose holder types their letter code, or their register
 *   reference with the postcode it is registered at (as online: references can be guessed).
 */
export type VoterClaim =
	| { kind: 'user'; userId: string; reference: string; postcode: string }
	| { kind: 'code'; letterCodeId: string }
	| { kind: 'paper'; reference: string }
	| { kind: 'room'; identity: string; postcode: string };

/** An account voting online, and the register entry it votes as (null: as itself). */
export type AccountVoter = { userId: string; entryId: string | null };

export type ResolvedVoter =
	| {
			ok: true;
			voter: Voter;
			/** On the cycle's register (a letter code is issued from it). */
			onRegister: boolean;
			/**
			 * Every key this person may have voted under in a pot: an account that gave its reference in
			 * one pot and none in another is still one voter. Checked before a ballot is cast.
			 */
			keys: string[];
			/** Set for a signed-in account: the cast records which entry it is and waits for its other casts. */
			account?: AccountVoter;
	  }
	| { ok: false; error: 'not_on_register' | 'voter_not_found' | 'reference_taken' | 'reference_other' };

/**
 * Who this voter is in the count, the same for every channel, so the participations' unique key
 * stops one person voting twice by two channels. A letter code names itself, unless it was printed
 * from the register: then it is the person it was printed for. A register entry is
 * the same key whether the person votes online (with its reference and postcode, so references
 * cannot be guessed) or on paper. A signed-in person without a reference votes as themselves — or
 * as the entry their account gave in this cycle before: an account is one person in a cycle, so it
 * cannot give a second reference ('reference_other'), nor one another account has voted as
 * ('reference_taken'). A reference that does not match is refused ('not_on_register'). Paper always
 * names its voter (register reference or letter code, whatever registerOnly says): a paper ballot
 * for "someone at the stall" would have no key to check ('voter_not_found').
 */
export async function resolveVoter(db: Database, cycle: CycleRef, claim: VoterClaim): Promise<ResolvedVoter> {
	switch (claim.kind) {
		case 'code': {
			// A letter printed from the register votes as the person it was printed for.
			const entryId = await findLetterCodeEntry(db, cycle, claim.letterCodeId);
			if (entryId) return { ok: true, ...(await asEntry(db, cycle, entryId)), onRegister: true };
			const voter: Voter = { kind: 'code', letterCodeId: claim.letterCodeId };
			return { ok: true, voter, onRegister: true, keys: [voterKey(voter)] };
		}
		case 'user': {
			const self: Voter = { kind: 'user', userId: claim.userId };
			const given = await findAccountEntry(db, cycle, claim.userId);
			if (!claim.reference.trim()) {
				if (!given) return { ok: true, voter: self, onRegister: false, keys: [voterKey(self)], account: { userId: claim.userId, entryId: null } };
				const voter: Voter = { kind: 'register', entryId: given };
				return { ok: true, voter, onRegister: true, keys: [voterKey(voter), voterKey(self)], account: { userId: claim.userId, entryId: given } };
			}
			const entry = await findRegisterEntry(db, cycle, claim.reference);
			const typed = normalizePostcode(claim.postcode);
			if (!entry || !typed || postcodeKey(typed) !== postcodeKey(entry.postcode)) return { ok: false, error: 'not_on_register' };
			if (given && given !== entry.id) return { ok: false, error: 'reference_other' };
			const holder = await findEntryAccount(db, cycle, entry.id);
			if (holder && holder !== claim.userId) return { ok: false, error: 'reference_taken' };
			const voter: Voter = { kind: 'register', entryId: entry.id };
			return { ok: true, voter, onRegister: true, keys: [voterKey(voter), voterKey(self)], account: { userId: claim.userId, entryId: entry.id } };
		}
		case 'paper': {
			const entry = await findRegisterEntry(db, cycle, claim.reference);
			if (entry) return { ok: true, ...(await asEntry(db, cycle, entry.id)), onRegister: true };
			const code = await findLetterCode(db, cycle, claim.reference);
			if (!code) return { ok: false, error: 'voter_not_found' };
			if (code.registerEntryId) return { ok: true, ...(await asEntry(db, cycle, code.registerEntryId)), onRegister: true };
			const voter: Voter = { kind: 'code', letterCodeId: code.id };
			return { ok: true, voter, onRegister: true, keys: [voterKey(voter)] };
		}
		case 'room': {
			// A letter code first (it is the person it was printed for), else a register reference.
			const code = await findLetterCode(db, cycle, claim.identity);
			if (code) return resolveVoter(db, cycle, { kind: 'code', letterCodeId: code.id });
			const entry = await findRegisterEntry(db, cycle, claim.identity);
			if (!entry) return { ok: false, error: 'voter_not_found' };
			const typed = normalizePostcode(claim.postcode);
			if (!typed || postcodeKey(typed) !== postcodeKey(entry.postcode)) return { ok: false, error: 'not_on_register' };
			return { ok: true, ...(await asEntry(db, cycle, entry.id)), onRegister: true };
		}
	}
}

/**
 * A register entry as a voter, with every key the person may have voted under: an account that
 * voted as this entry may have voted as itself in a pot before it gave the reference.
 */
async function asEntry(db: Database, cycle: CycleRef, entryId: string): Promise<{ voter: Voter; keys: string[] }> {
	const voter: Voter = { kind: 'register', entryId };
	const holder = await findEntryAccount(db, cycle, entryId);
	return { voter, keys: holder ? [voterKey(voter), voterKey({ kind: 'user', userId: holder })] : [voterKey(voter)] };
}

/**
 * Every key the person at the vote page may have voted under, as far as is known before they fill
 * anything in (a reference they have not typed yet is not known): for "you have voted in this pot".
 */
export async function knownVoterKeys(db: Database, cycle: CycleRef, who: { kind: 'user'; userId: string } | { kind: 'code'; letterCodeId: string }): Promise<string[]> {
	if (who.kind === 'code') {
		const resolved = await resolveVoter(db, cycle, who);
		return resolved.ok ? resolved.keys : [voterKey(who)];
	}
	const given = await findAccountEntry(db, cycle, who.userId);
	const self = voterKey({ kind: 'user', userId: who.userId });
	return given ? [self, voterKey({ kind: 'register', entryId: given })] : [self];
}
