import type { Cookies } from '@sveltejs/kit';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { workshopParticipants } from './workshops.table';

/**
 * Someone in the room proves they joined with a cookie holding a random token (160 bits); only its
 * SHA-256 is stored. One cookie per workshop (path-scoped to its join page), HttpOnly, for a day:
 * long enough for the session and its follow-up, not for ever on a borrowed phone.
 */
const ONE_DAY = 24 * 60 * 60;

export function participantCookieName(joinCode: string): string {
	return `placecraft_ws_${joinCode.toLowerCase()}`;
}

function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export interface Participant {
	id: string;
	workshopId: string;
	placeId: string;
	displayName: string | null;
}

/** Adds a participant and returns the token for their cookie. The name is optional (blank = none). */
export async function joinWorkshop(db: Database, workshop: { id: string; placeId: string }, displayName: string | null): Promise<{ participant: Participant; token: string }> {
	const token = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
	const name = displayName?.trim() ? displayName.trim().slice(0, 60) : null;
	const [row] = await db
		.insert(workshopParticipants)
		.values({ placeId: workshop.placeId, workshopId: workshop.id, tokenHash: hashToken(token), displayName: name })
		.returning({ id: workshopParticipants.id, workshopId: workshopParticipants.workshopId, placeId: workshopParticipants.placeId, displayName: workshopParticipants.displayName });
	return { participant: row, token };
}

export function setParticipantCookie(cookies: Cookies, joinCode: string, token: string, { secure }: { secure: boolean }): void {
	cookies.set(participantCookieName(joinCode), token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: ONE_DAY });
}

/** The participant this browser joined as in this workshop, or null. */
export async function readParticipant(db: Database, cookies: Cookies, workshop: { id: string; joinCode: string }): Promise<Participant | null> {
	const token = cookies.get(participantCookieName(workshop.joinCode));
	if (!token) return null;
	const [row] = await db
		.select({ id: workshopParticipants.id, workshopId: workshopParticipants.workshopId, placeId: workshopParticipants.placeId, displayName: workshopParticipants.displayName })
		.from(workshopParticipants)
		.where(and(eq(workshopParticipants.tokenHash, hashToken(token)), eq(workshopParticipants.workshopId, workshop.id)));
	return row ?? null;
}
