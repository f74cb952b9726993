import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../localized-text';
import { pots } from '../budget/budget.table';
import type { Database } from '../platform/db/database';
import { letterCodeBatches, letterCodes, paperEntries, participations, registerEntries, VOTE_CHANNELS, type VoteChannel } from './voting.table';

type CycleRef = { id: string; placeId: string };

/** How many have voted in one pot (potId null: a cycle without pots), by channel. */
export interface PotTurnout {
	potId: string | null;
	potName: LocalizedText | null;
	byChannel: Record<VoteChannel, number>;
	total: number;
	/** Paper ballots entered once and waiting for a second person (their voters are counted above). */
	awaitingCheck: number;
}

export interface Turnout {
	pots: PotTurnout[];
	registerSize: number;
	/** Letter codes in batches that have not been revoked. */
	letterCodesIssued: number;
}

/**
 * Who has voted so far, for the team while the vote is open. It reads participations, paper entries,
 * the register and letter codes — never the ballots table: no count of choices, no figure per
 * proposal, nothing that adds up to a running total. A running total seen while people still vote
 * can shape the vote (staff could nudge the undecided towards the project that is behind), so
 * turnout says how many, never for what.
 */
export async function loadTurnout(db: Database, cycle: CycleRef): Promise<Turnout> {
	const ofCycle = (table: { placeId: AnyPgColumn; cycleId: AnyPgColumn }) => and(eq(table.placeId, cycle.placeId), eq(table.cycleId, cycle.id));
	const [potRows, voted, awaiting, [register], [codes]] = await Promise.all([
		db.select({ id: pots.id, name: pots.name }).from(pots).where(ofCycle(pots)).orderBy(asc(pots.position), asc(pots.id)),
		db
			.select({ potId: participations.potId, channel: participations.channel, count: sql<number>`count(*)::int` })
			.from(participations)
			.where(ofCycle(participations))
			.groupBy(participations.potId, participations.channel),
		db
			.select({ potId: paperEntries.potId, count: sql<number>`count(*)::int` })
			.from(paperEntries)
			.where(and(ofCycle(paperEntries), eq(paperEntries.state, 'awaiting_check')))
			.groupBy(paperEntries.potId),
		db.select({ count: sql<number>`count(*)::int` }).from(registerEntries).where(ofCycle(registerEntries)),
		db
			.select({ count: sql<number>`count(*)::int` })
			.from(letterCodes)
			.innerJoin(letterCodeBatches, and(eq(letterCodeBatches.id, letterCodes.batchId), eq(letterCodeBatches.placeId, letterCodes.placeId)))
			.where(and(ofCycle(letterCodes), isNull(letterCodeBatches.revokedAt)))
	]);

	// One row per pot; the whole cycle's row when it has no pots (or still has votes cast before it had any).
	const hasUnpotted = voted.some((row) => row.potId === null) || awaiting.some((row) => row.potId === null);
	const rows: { id: string | null; name: LocalizedText | null }[] = [...potRows];
	if (potRows.length === 0 || hasUnpotted) rows.unshift({ id: null, name: null });
	return {
		pots: rows.map((pot) => {
			const byChannel = Object.fromEntries(VOTE_CHANNELS.map((channel) => [channel, 0])) as Record<VoteChannel, number>;
			for (const row of voted) if (row.potId === pot.id) byChannel[row.channel] = row.count;
			return {
				potId: pot.id,
				potName: pot.name,
				byChannel,
				total: VOTE_CHANNELS.reduce((sum, channel) => sum + byChannel[channel], 0),
				awaitingCheck: awaiting.find((row) => row.potId === pot.id)?.count ?? 0
			};
		}),
		registerSize: register.count,
		letterCodesIssued: codes.count
	};
}
