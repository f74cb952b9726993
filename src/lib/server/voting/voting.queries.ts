import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { BallotItem } from '../../ballots/ballot-item';
import { sumPooledBudget } from '../../budget/pooled-budget';
import type { LocalizedText } from '../../localized-text';
import { users } from '../accounts/accounts.table';
import { contributions, pots } from '../budget/budget.table';
import type { Database } from '../platform/db/database';
import { photos } from '../photos/photos.table';
import { proposals } from '../proposals/proposals.table';
import { isUuid } from '../../validation/fields';
import { hashCode } from './hash-code';
import { letterCodeBatches, letterCodes, paperEntries, participations, registerEntries, registerEntryAccounts } from './voting.table';

/*
 * The voting domain's reads: the ballot paper a pot shows, who has voted where, and the voter
 * look-ups every channel resolves its voter with. Writes live in cast-ballot.ts, submit-ballot.ts,
 * paper-ballots.ts and letter-codes.ts.
 */

/** A pot as the vote shows it: its own ballot for its own money. */
export interface BallotPot {
	id: string;
	name: LocalizedText;
	description: LocalizedText;
	budgetMinor: number;
}

export interface BallotPaper {
	/**
	 * Every feasible, unhidden proposal on this ballot, at its reviewed cost (else the estimate). One
	 * that costs nothing is not on it: the vote shares out money, and it needs none (Equal Shares
	 * would never fund it, a knapsack voter could tick it for free).
	 */
	items: BallotItem[];
	/** The money this ballot decides: the pot's, or the whole cycle's when it has no pots. */
	budgetMinor: number;
	/** The cycle's pots, in order; empty when the cycle votes once for all its money. */
	pots: BallotPot[];
	/** The pot this ballot is for; null for a cycle without pots, or when the pot asked for is not the cycle's. */
	pot: BallotPot | null;
}

/** What a proposal asks for: its reviewed cost, else its estimate (minor units). */
export const proposalCostMinor = sql<number>`coalesce(${proposals.reviewedCostMinor}, ${proposals.estimatedCostMinor})::bigint`.mapWith(Number);

/**
 * What a resident votes on: in a cycle without pots (potId null) every feasible proposal for all
 * the money; in a cycle with pots, the proposals the team assigned to that pot, for that pot's
 * money (ring-fenced plus allocated). Three queries whatever the size.
 */
export async function loadBallotPaper(db: Database, cycle: { id: string; placeId: string }, potId: string | null): Promise<BallotPaper> {
	// Whatever a URL or form sent as the pot: text that is no uuid finds nothing rather than
	// reaching Postgres as a malformed uuid.
	const potFilter = potId === null ? isNull(proposals.potId) : isUuid(potId) ? eq(proposals.potId, potId) : sql`false`;
	const [items, money, potRows] = await Promise.all([
		db
			.select({
				id: proposals.id,
				number: proposals.number,
				title: proposals.title,
				summary: proposals.summary,
				language: proposals.language,
				costMinor: proposalCostMinor,
				photoId: sql<string | null>`(select ${photos.id} from ${photos} where ${photos.proposalId} = ${proposals.id} and ${photos.placeId} = ${proposals.placeId} order by ${photos.createdAt}, ${photos.id} limit 1)`
			})
			.from(proposals)
			.where(and(eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), eq(proposals.status, 'feasible'), isNull(proposals.hiddenAt), sql`${proposalCostMinor} > 0`, potFilter))
			.orderBy(asc(proposals.number)),
		db
			.select({ amountMinor: contributions.amountMinor, potId: contributions.potId })
			.from(contributions)
			.where(and(eq(contributions.placeId, cycle.placeId), eq(contributions.cycleId, cycle.id))),
		db
			.select({ id: pots.id, name: pots.name, description: pots.description, allocatedMinor: pots.allocatedMinor })
			.from(pots)
			.where(and(eq(pots.placeId, cycle.placeId), eq(pots.cycleId, cycle.id)))
			.orderBy(asc(pots.position), asc(pots.createdAt))
	]);
	const sums = sumPooledBudget(money, potRows);
	const ballotPots: BallotPot[] = potRows.map((pot, index) => ({ id: pot.id, name: pot.name, description: pot.description, budgetMinor: sums.pots[index].totalMinor }));
	const pot = potId === null ? null : (ballotPots.find((p) => p.id === potId) ?? null);
	// A pot that is not this cycle's has no ballot here: nothing on it, no money.
	if (potId !== null && pot === null) return { items: [], budgetMinor: 0, pots: ballotPots, pot: null };
	return { items: items as BallotItem[], budgetMinor: pot ? pot.budgetMinor : sums.totalMinor, pots: ballotPots, pot };
}

/** Whether this voter key already voted in this pot (null: the cycle's single ballot). */
/** Whether any of a person's voter keys (see ResolvedVoter.keys) has voted in the pot. */
export async function hasVoted(db: Database, cycle: { id: string; placeId: string }, potId: string | null, voterKey: string | string[]): Promise<boolean> {
	const [row] = await db
		.select({ id: participations.id })
		.from(participations)
		.where(
			and(
				eq(participations.placeId, cycle.placeId),
				eq(participations.cycleId, cycle.id),
				potId === null ? isNull(participations.potId) : isUuid(potId) ? eq(participations.potId, potId) : sql`false`,
				Array.isArray(voterKey) ? inArray(participations.voterKey, voterKey) : eq(participations.voterKey, voterKey)
			)
		)
		.limit(1);
	return Boolean(row);
}

/** The pots this voter has already voted in (for a cycle with pots: which ballots are still to do). */
export async function potsVotedIn(db: Database, cycle: { id: string; placeId: string }, voterKey: string | string[]): Promise<Set<string | null>> {
	const rows = await db
		.select({ potId: participations.potId })
		.from(participations)
		.where(
			and(
				eq(participations.placeId, cycle.placeId),
				eq(participations.cycleId, cycle.id),
				Array.isArray(voterKey) ? inArray(participations.voterKey, voterKey) : eq(participations.voterKey, voterKey)
			)
		);
	return new Set(rows.map((r) => r.potId));
}

type CycleRef = { id: string; placeId: string };

/** The register entry with this reference in the cycle ("a-001" finds "A-001"), or null. */
export async function findRegisterEntry(db: Database, cycle: CycleRef, reference: string) {
	const key = reference.trim().toUpperCase();
	if (!key) return null;
	const [entry] = await db
		.select({ id: registerEntries.id, postcode: registerEntries.postcode })
		.from(registerEntries)
		.where(and(eq(registerEntries.placeId, cycle.placeId), eq(registerEntries.cycleId, cycle.id), eq(registerEntries.referenceKey, key)))
		.limit(1);
	return entry ?? null;
}

/** The register entry this account voted as in the cycle (see registerEntryAccounts), if any. */
export async function findAccountEntry(db: Database, cycle: CycleRef, userId: string): Promise<string | null> {
	const [row] = await db
		.select({ entryId: registerEntryAccounts.registerEntryId })
		.from(registerEntryAccounts)
		.where(and(eq(registerEntryAccounts.placeId, cycle.placeId), eq(registerEntryAccounts.cycleId, cycle.id), eq(registerEntryAccounts.userId, userId)))
		.limit(1);
	return row?.entryId ?? null;
}

/** The account that has voted as a register entry, if any. */
export async function findEntryAccount(db: Database, cycle: CycleRef, entryId: string): Promise<string | null> {
	const [row] = await db
		.select({ userId: registerEntryAccounts.userId })
		.from(registerEntryAccounts)
		.where(and(eq(registerEntryAccounts.placeId, cycle.placeId), eq(registerEntryAccounts.registerEntryId, entryId)))
		.limit(1);
	return row?.userId ?? null;
}

/** The register entry a letter code was printed for, if any. */
export async function findLetterCodeEntry(db: Database, cycle: CycleRef, letterCodeId: string): Promise<string | null> {
	const [row] = await db
		.select({ entryId: letterCodes.registerEntryId })
		.from(letterCodes)
		.where(and(eq(letterCodes.id, letterCodeId), eq(letterCodes.placeId, cycle.placeId), eq(letterCodes.cycleId, cycle.id)))
		.limit(1);
	return row?.entryId ?? null;
}

/** Whether the cycle has a voter register at all (then every channel names voters by it). */
export async function hasRegister(db: Database, cycle: CycleRef): Promise<boolean> {
	const [row] = await db
		.select({ id: registerEntries.id })
		.from(registerEntries)
		.where(and(eq(registerEntries.placeId, cycle.placeId), eq(registerEntries.cycleId, cycle.id)))
		.limit(1);
	return Boolean(row);
}

/**
 * The letter code with this text, if it belongs to the cycle and its batch has not been revoked.
 * A code of another cycle or place answers null, exactly like a code that does not exist.
 */
export async function findLetterCode(db: Database, cycle: CycleRef, code: string): Promise<{ id: string; registerEntryId: string | null } | null> {
	if (!code.trim()) return null;
	const [row] = await db
		.select({ id: letterCodes.id, registerEntryId: letterCodes.registerEntryId })
		.from(letterCodes)
		.innerJoin(letterCodeBatches, and(eq(letterCodeBatches.id, letterCodes.batchId), eq(letterCodeBatches.placeId, letterCodes.placeId)))
		.where(and(eq(letterCodes.codeHash, hashCode(code)), eq(letterCodes.placeId, cycle.placeId), eq(letterCodes.cycleId, cycle.id), isNull(letterCodeBatches.revokedAt)))
		.limit(1);
	return row ?? null;
}

export interface AwaitingPaperEntry {
	id: string;
	serial: string;
	potId: string | null;
	potName: LocalizedText | null;
	/** Who typed the first entry (display name, else email); null if their account is gone. */
	enteredBy: string | null;
	enteredHour: Date;
}

/**
 * Papers waiting for a second person to enter them. Never their choices: the second person must
 * type the paper in without seeing what the first one typed, or the check proves nothing.
 */
export async function listAwaitingPaperEntries(db: Database, cycle: CycleRef): Promise<AwaitingPaperEntry[]> {
	return db
		.select({
			id: paperEntries.id,
			serial: paperEntries.serial,
			potId: paperEntries.potId,
			potName: pots.name,
			enteredBy: sql<string | null>`coalesce(${users.displayName}, ${users.email})`,
			enteredHour: paperEntries.enteredHour
		})
		.from(paperEntries)
		.leftJoin(pots, and(eq(pots.id, paperEntries.potId), eq(pots.placeId, paperEntries.placeId)))
		.leftJoin(users, eq(users.id, paperEntries.enteredByUserId))
		.where(and(eq(paperEntries.placeId, cycle.placeId), eq(paperEntries.cycleId, cycle.id), eq(paperEntries.state, 'awaiting_check')))
		.orderBy(asc(paperEntries.enteredHour), asc(paperEntries.serial));
}
