import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { CheckedBallot } from '../../ballots/validate-ballot';
import { users } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import { hashCode } from './hash-code';
import { findAccountEntry, findEntryAccount, hasVoted } from './voting.queries';
import { ballots, participations, registerEntryAccounts, type VoteChannel } from './voting.table';

/** Who is voting, whatever the channel (see participations.voter_key). */
export type Voter = { kind: 'register'; entryId: string } | { kind: 'user'; userId: string } | { kind: 'code'; letterCodeId: string };

export function voterKey(voter: Voter): string {
	switch (voter.kind) {
		case 'register':
			return `register:${voter.entryId}`;
		case 'user':
			return `user:${voter.userId}`;
		case 'code':
			return `code:${voter.letterCodeId}`;
	}
}

/** The start of the hour, in UTC: the finest time a ballot or a participation keeps. */
export function hourOf(date: Date): Date {
	return new Date(Math.floor(date.getTime() / 3_600_000) * 3_600_000);
}

/** 60 random bits as 12 letters and digits, shown as ABCD-EFGH-JKLM: easy to read out or write down. */
export function newReceiptCode(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	const text = encodeBase32UpperCaseNoPadding(bytes).slice(0, 12);
	return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8, 12)}`;
}

export type CastResult = { ok: true; receiptCode: string } | { ok: false; error: 'already_voted' | 'reference_taken' | 'reference_other' };

/**
 * For a signed-in account (see resolveVoter): the register entry it votes as, and every key it may
 * have voted under. Its casts wait for each other (a lock on the account's row), so two submits at
 * once under two keys — with the reference and without — cannot both find "not voted yet".
 */
export type AccountCast = { userId: string; entryId: string | null; keys: string[] };

/**
 * Records one voter's ballot in one pot: the participation (who voted, how) and the ballot (what,
 * with no trace of who) in one transaction, so a crash leaves both or neither. The participation's
 * unique key decides a race: of two submits at once, on one app process or two, exactly one
 * ballot is kept and the other voter is told they have already voted. The ballot must already have
 * been checked, and its voter resolved and found eligible: submitBallot (submit-ballot.ts) does
 * that, the same way for every channel, before it calls this.
 */
export async function castBallot(
	{ db, now }: { db: Database; now: Date },
	input: { placeId: string; cycleId: string; potId: string | null; voter: Voter; channel: VoteChannel; ballot: CheckedBallot; account?: AccountCast },
	/** Also written in the cast's transaction, only when the ballot is kept (a workshop room counts its ballots). */
	alsoOnCast?: (tx: Database) => Promise<void>
): Promise<CastResult> {
	const hour = hourOf(now);
	return db.transaction(async (tx): Promise<CastResult> => {
		if (input.account) {
			const refused = await holdAccount(tx, { placeId: input.placeId, cycleId: input.cycleId, potId: input.potId }, input.account);
			if (refused) return { ok: false, error: refused };
		}
		const [participation] = await tx
			.insert(participations)
			.values({ placeId: input.placeId, cycleId: input.cycleId, potId: input.potId, voterKey: voterKey(input.voter), channel: input.channel, votedHour: hour })
			.onConflictDoNothing()
			.returning({ id: participations.id });
		if (!participation) return { ok: false, error: 'already_voted' };
		const receiptCode = newReceiptCode();
		await tx.insert(ballots).values({
			placeId: input.placeId,
			cycleId: input.cycleId,
			potId: input.potId,
			channel: input.channel,
			choices: input.ballot.points ? { choices: input.ballot.choices, points: input.ballot.points } : { choices: input.ballot.choices },
			receiptHash: hashCode(receiptCode),
			castHour: hour
		});
		await alsoOnCast?.(tx);
		return { ok: true, receiptCode };
	});
}

/**
 * Inside a cast's transaction: waits for the account's other casts, records the register entry it
 * votes as (this stays even when the cast is refused: the account has shown who it is), and says
 * why not when the entry is another account's, the account is another entry, or one of its keys has
 * voted in the pot.
 */
async function holdAccount(
	tx: Database,
	pot: { placeId: string; cycleId: string; potId: string | null },
	account: AccountCast
): Promise<'already_voted' | 'reference_taken' | 'reference_other' | null> {
	await tx.select({ id: users.id }).from(users).where(eq(users.id, account.userId)).for('update');
	const refused = await recordAccountEntry(tx, pot, account);
	if (refused) return refused;
	// Read after the lock: a cast that committed while this one waited may have given the account's entry.
	const given = await findAccountEntry(tx, { id: pot.cycleId, placeId: pot.placeId }, account.userId);
	const keys = given ? [...new Set([...account.keys, `register:${given}`, `user:${account.userId}`])] : account.keys;
	const voted = await hasVoted(tx, { id: pot.cycleId, placeId: pot.placeId }, pot.potId, keys);
	return voted ? 'already_voted' : null;
}

export type ReplaceResult = { ok: true } | { ok: false; error: 'not_voted' | 'receipt_not_found' };

/**
 * Re-voting, where the place allows it: the last ballot counts. The old ballot is found only
 * through the voter's receipt code (its hash), never through the voter, and its choices are
 * replaced in place, so the count still has one ballot per participation. The voter must have
 * voted in this pot; the receipt code stays the same. The ballot is marked not mixed, so the next
 * mixing pass (mix-ballots.ts) rewrites it with the rest of its pot.
 */
export async function replaceBallot(
	{ db, now }: { db: Database; now: Date },
	input: { placeId: string; cycleId: string; potId: string | null; voter: Voter; keys?: string[]; receiptCode: string; ballot: CheckedBallot }
): Promise<ReplaceResult> {
	return db.transaction(async (tx) => {
		const samePot = (column: typeof participations.potId | typeof ballots.potId) => (input.potId === null ? isNull(column) : eq(column, input.potId));
		const [voted] = await tx
			.select({ id: participations.id })
			.from(participations)
			.where(and(eq(participations.placeId, input.placeId), eq(participations.cycleId, input.cycleId), samePot(participations.potId), inArray(participations.voterKey, input.keys ?? [voterKey(input.voter)])))
			.limit(1);
		if (!voted) return { ok: false, error: 'not_voted' } as const;
		const replace = () =>
			tx
				.update(ballots)
				.set({
					choices: input.ballot.points ? { choices: input.ballot.choices, points: input.ballot.points } : { choices: input.ballot.choices },
					castHour: hourOf(now),
					// Written now, the row carries this transaction's stamp: the next mixing pass rewrites it.
					mixed: false
				})
				.where(and(eq(ballots.placeId, input.placeId), eq(ballots.cycleId, input.cycleId), samePot(ballots.potId), eq(ballots.receiptHash, hashCode(input.receiptCode))))
				.returning({ id: ballots.id });
		let replaced = await replace();
		// A mixing pass that rewrote the pot while this waited for the row leaves the old row deleted
		// and the new one unseen by that statement: the next statement sees it.
		for (let tries = 0; replaced.length === 0 && tries < 2; tries++) replaced = await replace();
		return replaced.length === 1 ? ({ ok: true } as const) : ({ ok: false, error: 'receipt_not_found' } as const);
	});
}

/**
 * Records that an account is a register entry in the cycle (when it gave one), and says why not when
 * the entry is another account's or the account is another entry. Also called when a check finds the
 * person has voted already: the account has shown who it is, so its other channels know it from now.
 */
export async function recordAccountEntry(
	db: Database,
	pot: { placeId: string; cycleId: string },
	account: { userId: string; entryId: string | null }
): Promise<'reference_taken' | 'reference_other' | null> {
	if (!account.entryId) return null;
	await db
		.insert(registerEntryAccounts)
		.values({ placeId: pot.placeId, cycleId: pot.cycleId, registerEntryId: account.entryId, userId: account.userId })
		.onConflictDoNothing();
	const given = await findAccountEntry(db, { id: pot.cycleId, placeId: pot.placeId }, account.userId);
	if (given !== account.entryId) return 'reference_other';
	const holder = await findEntryAccount(db, { id: pot.cycleId, placeId: pot.placeId }, account.entryId);
	return holder === account.userId ? null : 'reference_taken';
}
