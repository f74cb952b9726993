import type { Cookies } from '@sveltejs/kit';
import { readBallotForm } from '$lib/ballots/read-ballot-form';
import type { BallotType } from '$lib/ballots/ballot-rules';
import type { BallotMarks } from '$lib/ballots/validate-ballot';

/**
 * What a resident marked before being asked to sign in, kept in this browser only (HttpOnly, half an
 * hour) so the ballot comes back as they left it. A cookie, not the address: choices must not sit in
 * logs or history beside who signed in. Never trusted: it only refills the form, which is checked again.
 */
const DRAFT_COOKIE = 'placecraft_ballot_draft';
const HALF_AN_HOUR = 30 * 60;
/** Well under a browser's 4 KB a cookie: a longer draft (a ballot of dozens of proposals) is not kept. */
const MAX_LENGTH = 3500;
/** The fields a draft keeps: the marks and the answers that are no secret (never a receipt code). */
const KEPT = /^(ballotType|pot|choice|points\..+|rank\..+|postcode|confirmsAge)$/;

export interface BallotDraft {
	marks: BallotMarks;
	postcode: string;
	confirmsAge: boolean;
}

export function keepBallotDraft(cookies: Cookies, cycleId: string, fields: [string, string][], secure: boolean): void {
	const kept = new URLSearchParams([['cycle', cycleId], ...fields.filter(([name, value]) => KEPT.test(name) && value !== '')]).toString();
	if (kept.length > MAX_LENGTH) return;
	cookies.set(DRAFT_COOKIE, kept, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: HALF_AN_HOUR });
}

/** The draft for this cycle's ballot in this pot, or null (none, another vote's, another pot's). */
export function readBallotDraft(cookies: Cookies, cycleId: string, potId: string | null, type: BallotType): BallotDraft | null {
	const raw = cookies.get(DRAFT_COOKIE);
	if (!raw) return null;
	const fields = new URLSearchParams(raw);
	if (fields.get('cycle') !== cycleId || (fields.get('pot') ?? null) !== potId || fields.get('ballotType') !== type) return null;
	return { marks: readBallotForm(type, fields.entries()).marks, postcode: (fields.get('postcode') ?? '').slice(0, 20), confirmsAge: fields.get('confirmsAge') === 'yes' };
}

/** Once the vote is in (or refused for good), the draft has done its work. */
export function dropBallotDraft(cookies: Cookies): void {
	cookies.delete(DRAFT_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
}
