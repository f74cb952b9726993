import { and, eq, isNull } from 'drizzle-orm';
import type { BallotType } from '../../ballots/ballot-rules';
import { sameChoices } from '../../ballots/same-choices';
import type { CheckedBallot } from '../../ballots/validate-ballot';
import type { PaperDiscardRefusal, PaperEntryRefusal } from '../../voting/voting.errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { isUuid } from '../../validation/fields';
import { hashCode } from './hash-code';
import { hourOf, newReceiptCode, voterKey } from './cast-ballot';
import { resolveVoter } from './resolve-voter';
import { ballots, paperEntries, participations } from './voting.table';
import { hasVoted } from './voting.queries';

type Deps = { db: Database; now: Date };
type CycleRef = { id: string; placeId: string };
/** Papers handed in at a stall or by post count as `paper`; those handed in at a workshop's vote as `workshop`. */
export type PaperChannel = 'paper' | 'workshop';
/** The team member at the keyboard: named on the entry and on the audit trail. */
type Staff = { userId: string; email: string };

/** What recording an entry can refuse (the checks before it add the rest of PaperEntryRefusal). */
export type PaperRecordRefusal = Extract<PaperEntryRefusal, 'serial_invalid' | 'voter_not_found' | 'already_voted' | 'same_person' | 'entries_differ' | 'already_counted'>;
export type PaperEntryResult = { ok: true; stage: 'awaiting_check' | 'counted' } | { ok: false; error: PaperRecordRefusal };

/** "  0042 " and "0042" are one paper; letters are upper-cased; 1–20 of A–Z, 0–9 and dashes. */
export function normalizeSerial(text: string): string | null {
	const serial = text.trim().toUpperCase();
	return /^[A-Z0-9-]{1,20}$/.test(serial) ? serial : null;
}

/** Thrown inside a transaction to roll it back; caught and returned as the result. */
class Refused extends Error {
	constructor(readonly result: PaperEntryResult | 'retry') {
		super('refused');
	}
}

const onSerial = (cycle: CycleRef, potId: string | null, serial: string) =>
	and(eq(paperEntries.placeId, cycle.placeId), eq(paperEntries.cycleId, cycle.id), potId ? eq(paperEntries.potId, potId) : isNull(paperEntries.potId), eq(paperEntries.serial, serial));

/**
 * Enters one paper ballot. The first entry of a serial records the voter's participation (so they
 * cannot vote again on any channel) and keeps the choices aside; a second entry by someone else
 * counts the ballot only when it says the same. The row lock on the entry, and the unique key when
 * there is no entry yet, decide races: of two people entering one new serial at once, one makes
 * the first entry and the other's becomes the check. The ballots row names nobody, and the entry
 * keeps no choices once counted.
 */
export async function enterPaperBallot(
	{ db, now }: Deps,
	input: { cycle: CycleRef; potId: string | null; serial: string; voterReference: string; ballotType: BallotType; ballot: CheckedBallot; staff: Staff; channel?: PaperChannel }
): Promise<PaperEntryResult> {
	const channel = input.channel ?? 'paper';
	const serial = normalizeSerial(input.serial);
	if (!serial) return { ok: false, error: 'serial_invalid' };
	const { cycle, potId, staff } = input;
	const hour = hourOf(now);
	const choices = input.ballot.points ? { choices: input.ballot.choices, points: input.ballot.points } : { choices: input.ballot.choices };
	const audit = (tx: Database, action: string, entryId: string) =>
		recordAuditEvent(tx, { placeId: cycle.placeId, actorUserId: staff.userId, actorLabel: staff.email, action, subjectType: 'paper_entry', subjectId: entryId, details: { cycleId: cycle.id, potId, serial, channel }, occurredAt: now });

	const attempt = () =>
		db.transaction(async (tx): Promise<PaperEntryResult> => {
			const [entry] = await tx.select().from(paperEntries).where(onSerial(cycle, potId, serial)).for('update');
			if (!entry) {
				const resolved = await resolveVoter(tx, cycle, { kind: 'paper', reference: input.voterReference });
				if (!resolved.ok) return { ok: false, error: 'voter_not_found' };
				const { voter } = resolved;
				// The entry's account may have voted as itself in this pot before it gave its reference.
				if (resolved.keys.length > 1 && (await hasVoted(tx, cycle, potId, resolved.keys))) return { ok: false, error: 'already_voted' };
				const [created] = await tx
					.insert(paperEntries)
					.values({ placeId: cycle.placeId, cycleId: cycle.id, potId, serial, choices, channel, enteredByUserId: staff.userId, enteredHour: hour })
					.onConflictDoNothing()
					.returning({ id: paperEntries.id });
				// Someone else's first entry of this serial committed while we waited: start again, as the check.
				if (!created) throw new Refused('retry');
				const [voted] = await tx
					.insert(participations)
					.values({ placeId: cycle.placeId, cycleId: cycle.id, potId, voterKey: voterKey(voter), channel, votedHour: hour })
					.onConflictDoNothing()
					.returning({ id: participations.id });
				if (!voted) throw new Refused({ ok: false, error: 'already_voted' });
				await audit(tx, 'paper.entered', created.id);
				return { ok: true, stage: 'awaiting_check' };
			}
			if (entry.state === 'counted') return { ok: false, error: 'already_counted' };
			if (entry.state === 'discarded') {
				// Typed in again after the lead discarded a wrong entry: the voter's participation from
				// the first time still stands, so this is a fresh first entry without a new one.
				await tx.update(paperEntries).set({ state: 'awaiting_check', choices, enteredByUserId: staff.userId, checkedByUserId: null, enteredHour: hour }).where(eq(paperEntries.id, entry.id));
				await audit(tx, 'paper.entered', entry.id);
				return { ok: true, stage: 'awaiting_check' };
			}
			if (entry.enteredByUserId === staff.userId) return { ok: false, error: 'same_person' };
			if (!entry.choices || !sameChoices(input.ballotType, entry.choices, input.ballot)) return { ok: false, error: 'entries_differ' };
			// Nobody is ever shown this receipt: a paper voter has the paper. The column wants a unique hash.
			// The ballot counts under the channel of the paper's first entry (paper, or a workshop's papers).
			await tx.insert(ballots).values({ placeId: cycle.placeId, cycleId: cycle.id, potId, channel: entry.channel, choices, receiptHash: hashCode(newReceiptCode()), castHour: hour });
			await tx.update(paperEntries).set({ state: 'counted', choices: null, checkedByUserId: staff.userId }).where(eq(paperEntries.id, entry.id));
			await audit(tx, 'paper.counted', entry.id);
			return { ok: true, stage: 'counted' };
		});

	for (let tries = 0; tries < 3; tries++) {
		try {
			return await attempt();
		} catch (error) {
			if (!(error instanceof Refused)) throw error;
			if (error.result !== 'retry') return error.result;
		}
	}
	throw new Error(`paper entry ${serial} kept colliding with other entries`);
}

export type DiscardResult = { ok: true; serial: string } | { ok: false; error: PaperDiscardRefusal };

/**
 * Discards a first entry that is wrong (the check kept differing), so the paper can be typed in
 * again. The choices go; the voter's participation stays (they did vote, on this paper). Only the
 * lead may do it (the route's guard), with a reason the team sees on the audit trail.
 */
export async function discardPaperEntry({ db, now }: Deps, staff: Staff, input: { cycle: CycleRef; entryId: string; reason: string }): Promise<DiscardResult> {
	const reason = input.reason.trim();
	if (!reason) return { ok: false, error: 'paper_reason_missing' };
	if (reason.length > 500) return { ok: false, error: 'paper_reason_too_long' };
	if (!isUuid(input.entryId)) return { ok: false, error: 'paper_entry_unknown' };
	const { cycle } = input;
	return db.transaction(async (tx): Promise<DiscardResult> => {
		const [entry] = await tx
			.select({ id: paperEntries.id, serial: paperEntries.serial, potId: paperEntries.potId, state: paperEntries.state })
			.from(paperEntries)
			.where(and(eq(paperEntries.id, input.entryId), eq(paperEntries.placeId, cycle.placeId), eq(paperEntries.cycleId, cycle.id)))
			.for('update');
		if (!entry) return { ok: false, error: 'paper_entry_unknown' };
		if (entry.state !== 'awaiting_check') return { ok: false, error: 'paper_not_awaiting' };
		await tx.update(paperEntries).set({ state: 'discarded', choices: null }).where(eq(paperEntries.id, entry.id));
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: staff.userId,
			actorLabel: staff.email,
			action: 'paper.discarded',
			subjectType: 'paper_entry',
			subjectId: entry.id,
			details: { cycleId: cycle.id, potId: entry.potId, serial: entry.serial, reason },
			occurredAt: now
		});
		return { ok: true, serial: entry.serial };
	});
}
