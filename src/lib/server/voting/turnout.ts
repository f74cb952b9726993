import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../localized-text';
import { pots } from '../budget/budget.table';
import type { Database } from '../platform/db/database';
import { letterCodeBatches, letterCodes, paperEntries, participations, registerEntries, VOTE_CHANNELS, type PaperEntryState, type VoteChannel } from './voting.table';

type CycleRef = { id: string; placeId: string };

/** How many have voted in one pot (potId null: a cycle without pots), by channel. */
export interface PotTurnout {
	potId: string | null;
	potName: LocalizedText | null;
	/** Ballots that count, by channel: paper only once both entries agreed. */
	byChannel: Record<VoteChannel, number>;
	/** The sum of byChannel: ballots that count so far. */
	total: number;
	/** Paper ballots entered once and waiting for a second person: not in the total until they are checked. */
	awaitingCheck: number;
	/** Paper entries the team set aside (discarded) and nobody has typed in again: not in the total. */
	discarded: number;
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
	const [potRows, voted, papers, [register], [codes]] = await Promise.all([
		db.select({ id: pots.id, name: pots.name }).from(pots).where(ofCycle(pots)).orderBy(asc(pots.position), asc(pots.id)),
		db
			.select({ potId: participations.potId, channel: participations.channel, count: sql<number>`count(*)::int` })
			.from(participations)
			.where(ofCycle(participations))
			.groupBy(participations.potId, participations.channel),
		db
			.select({ potId: paperEntries.potId, channel: paperEntries.channel, state: paperEntries.state, count: sql<number>`count(*)::int` })
			.from(paperEntries)
			.where(ofCycle(paperEntries))
			.groupBy(paperEntries.potId, paperEntries.channel, paperEntries.state),
		db.select({ count: sql<number>`count(*)::int` }).from(registerEntries).where(ofCycle(registerEntries)),
		db
			.select({ count: sql<number>`count(*)::int` })
			.from(letterCodes)
			.innerJoin(letterCodeBatches, and(eq(letterCodeBatches.id, letterCodes.batchId), eq(letterCodeBatches.placeId, letterCodes.placeId)))
			.where(and(ofCycle(letterCodes), isNull(letterCodeBatches.revokedAt)))
	]);

	// One row per pot; the whole cycle's row when it has no pots (or still has votes cast before it had any).
	const hasUnpotted = voted.some((row) => row.potId === null) || papers.some((row) => row.potId === null);
	const rows: { id: string | null; name: LocalizedText | null }[] = [...potRows];
	if (potRows.length === 0 || hasUnpotted) rows.unshift({ id: null, name: null });
	return {
		pots: rows.map((pot) => {
			const byChannel = Object.fromEntries(VOTE_CHANNELS.map((channel) => [channel, 0])) as Record<VoteChannel, number>;
			for (const row of voted) if (row.potId === pot.id) byChannel[row.channel] = row.count;
			const paper = (state: PaperEntryState, channel?: VoteChannel) =>
				papers.filter((row) => row.potId === pot.id && row.state === state && (channel === undefined || row.channel === channel)).reduce((sum, row) => sum + row.count, 0);
			// A paper voter's participation is written at the first entry, but the paper counts only once
			// a second person's entry agrees: papers waiting or set aside stand apart from their channel
			// (paper, or a workshop's papers, whose participations are the room's channel too).
			for (const channel of ['paper', 'workshop'] as const) byChannel[channel] -= paper('awaiting_check', channel) + paper('discarded', channel);
			return {
				potId: pot.id,
				potName: pot.name,
				byChannel,
				total: VOTE_CHANNELS.reduce((sum, channel) => sum + byChannel[channel], 0),
				awaitingCheck: paper('awaiting_check'),
				discarded: paper('discarded')
			};
		}),
		registerSize: register.count,
		letterCodesIssued: codes.count
	};
}
