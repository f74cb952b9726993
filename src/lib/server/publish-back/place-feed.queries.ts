import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { FinishedDeliveryStatus } from '../../delivery/delivery-statuses';
import { PUBLIC_CYCLE_STATUSES } from '../../cycles/phase-kinds';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../localized-text';
import { auditHeads } from '../audit/audit.table';
import { pots } from '../budget/budget.table';
import { challenges } from '../challenges/challenges.table';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { deliveries, deliveryUpdates } from '../delivery/delivery.table';
import { learningReviews } from '../learning/learning.table';
import { proposals } from '../proposals/proposals.table';
import { decisionStatements, resultChanges, type ResultChange } from '../decisions/decisions.table';
import { results } from '../results/results.table';
import { smallSumsSpends } from '../small-sums/small-sums.table';

/** At most this many entries: a feed reader wants what is new, not the place's whole history. */
export const FEED_LIMIT = 50;

interface CycleRef {
	cycleSlug: string;
	cycleTitle: LocalizedText;
}
interface ProposalRef {
	proposalId: string;
	proposalNumber: number;
	proposalTitle: string;
	proposalLanguage: string;
}

/**
 * Something public that happened in a place, for its Atom feed. `id` is the row the event is (so
 * an entry keeps its id for ever); `at` is when it last changed, `publishedAt` when it first appeared.
 */
export type FeedEvent = { id: string; at: Date; publishedAt: Date } & (
	| ({ kind: 'challenge_published'; question: LocalizedText; summary: LocalizedText } & CycleRef)
	| ({ kind: 'result_counted'; potName: LocalizedText | null; ballotCount: number; funded: string[] } & CycleRef)
	| ({ kind: 'decision_statement'; potName: LocalizedText | null; body: string; language: string } & CycleRef)
	| ({ kind: 'result_change'; changeKind: ResultChange['kind']; reason: string; proposalNumber: number | null; proposalTitle: string | null } & CycleRef)
	| ({ kind: 'delivery_update'; body: string; language: string } & CycleRef & ProposalRef)
	| ({ kind: 'delivery_finished'; status: FinishedDeliveryStatus; reason: string } & CycleRef & ProposalRef)
	| ({ kind: 'learning_published' } & CycleRef)
	| ({ kind: 'library_entry'; summary: string } & CycleRef & ProposalRef)
	| { kind: 'record_checked'; length: number; hash: string }
	| { kind: 'small_sums_spend'; item: string; supplier: string; amountMinor: number; purpose: string; reason: string | null; correction: boolean }
);

/** Heads of the place's audit record in the feed: a few, so outside readers keep copies without them crowding out news. */
const FEED_AUDIT_HEADS = 5;

const published = inArray(cycles.status, [...PUBLIC_CYCLE_STATUSES]);
const cycleColumns = { cycleSlug: cycles.slug, cycleTitle: cycles.title };
const proposalColumns = { proposalId: proposals.id, proposalNumber: proposals.number, proposalTitle: proposals.title, proposalLanguage: proposals.language };

/**
 * The place's public events, newest first, at most FEED_LIMIT: challenges published, votes counted
 * (per pot), decision statements, changes after the vote, delivery updates, deliveries done or
 * stopped, funded projects' library entries, learning reviews published, small-sums spends and corrections, and the newest
 * published heads of the place's audit record
 * (so copies of them exist outside Placecraft). One query per kind, each already limited, so the feed costs
 * the same however long the place's history. Nothing from a draft cycle or about a hidden proposal.
 */
export async function listPlaceFeedEvents(db: Database, place: { id: string }): Promise<FeedEvent[]> {
	const inPlace = (table: { placeId: AnyPgColumn }) => eq(table.placeId, place.id);
	// Only published cycles' events: a draft cycle is not public yet.
	const joinCycle = (table: { cycleId: AnyPgColumn; placeId: AnyPgColumn }) => and(eq(cycles.id, table.cycleId), eq(cycles.placeId, table.placeId), published);
	const [challengeRows, resultRows, statementRows, changeRows, updateRows, finishedRows, learningRows, headRows, libraryRows, spendRows] = await Promise.all([
		db
			.select({ id: challenges.id, at: challenges.publishedAt, question: challenges.question, summary: challenges.summary, ...cycleColumns })
			.from(challenges)
			.innerJoin(cycles, joinCycle(challenges))
			.where(and(inPlace(challenges), isNotNull(challenges.publishedAt)))
			.orderBy(desc(challenges.publishedAt))
			.limit(FEED_LIMIT),
		db
			.select({
				id: results.id,
				at: results.countedAt,
				potName: pots.name,
				ballotCount: results.ballotCount,
				// The funded proposals' titles in the order the rule chose them, hidden ones left out.
				funded: sql<string[]>`(select coalesce(array_agg(p.title order by s.ord), '{}') from jsonb_array_elements_text(${results.selected}) with ordinality as s(id, ord) join ${proposals} p on p.id = s.id::uuid and p.place_id = ${results.placeId} and p.hidden_at is null)`,
				...cycleColumns
			})
			.from(results)
			.innerJoin(cycles, joinCycle(results))
			.leftJoin(pots, and(eq(pots.id, results.potId), eq(pots.placeId, results.placeId)))
			.where(and(inPlace(results), eq(results.state, 'counted'), isNotNull(results.countedAt)))
			.orderBy(desc(results.countedAt))
			.limit(FEED_LIMIT),
		db
			.select({ id: decisionStatements.id, at: decisionStatements.createdAt, body: decisionStatements.body, language: decisionStatements.language, potName: pots.name, ...cycleColumns })
			.from(decisionStatements)
			.innerJoin(results, and(eq(results.id, decisionStatements.resultId), eq(results.placeId, decisionStatements.placeId)))
			.innerJoin(cycles, joinCycle(results))
			.leftJoin(pots, and(eq(pots.id, results.potId), eq(pots.placeId, results.placeId)))
			.where(inPlace(decisionStatements))
			.orderBy(desc(decisionStatements.createdAt))
			.limit(FEED_LIMIT),
		db
			.select({
				id: resultChanges.id,
				at: resultChanges.createdAt,
				changeKind: resultChanges.kind,
				reason: resultChanges.reason,
				proposalNumber: proposals.number,
				// The reason is public either way; a hidden proposal's title is not.
				proposalTitle: sql<string | null>`case when ${proposals.hiddenAt} is null then ${proposals.title} end`,
				...cycleColumns
			})
			.from(resultChanges)
			.innerJoin(results, and(eq(results.id, resultChanges.resultId), eq(results.placeId, resultChanges.placeId)))
			.innerJoin(cycles, joinCycle(results))
			.leftJoin(proposals, and(eq(proposals.id, resultChanges.proposalId), eq(proposals.placeId, resultChanges.placeId)))
			.where(inPlace(resultChanges))
			.orderBy(desc(resultChanges.createdAt))
			.limit(FEED_LIMIT),
		db
			.select({ id: deliveryUpdates.id, at: deliveryUpdates.createdAt, body: deliveryUpdates.body, language: deliveryUpdates.language, ...proposalColumns, ...cycleColumns })
			.from(deliveryUpdates)
			.innerJoin(deliveries, and(eq(deliveries.id, deliveryUpdates.deliveryId), eq(deliveries.placeId, deliveryUpdates.placeId)))
			.innerJoin(proposals, and(eq(proposals.id, deliveries.proposalId), eq(proposals.placeId, deliveries.placeId), isNull(proposals.hiddenAt)))
			.innerJoin(cycles, joinCycle(deliveries))
			.where(inPlace(deliveryUpdates))
			.orderBy(desc(deliveryUpdates.createdAt))
			.limit(FEED_LIMIT),
		// A delivery keeps only its current status and when it last changed: that is the entry's date.
		db
			.select({ id: deliveries.id, at: deliveries.updatedAt, status: deliveries.status, reason: deliveries.statusReason, ...proposalColumns, ...cycleColumns })
			.from(deliveries)
			.innerJoin(proposals, and(eq(proposals.id, deliveries.proposalId), eq(proposals.placeId, deliveries.placeId), isNull(proposals.hiddenAt)))
			.innerJoin(cycles, joinCycle(deliveries))
			.where(and(inPlace(deliveries), or(eq(deliveries.status, 'done'), eq(deliveries.status, 'stopped'))))
			.orderBy(desc(deliveries.updatedAt))
			.limit(FEED_LIMIT),
		db
			.select({ id: learningReviews.id, at: learningReviews.updatedAt, publishedAt: learningReviews.publishedAt, ...cycleColumns })
			.from(learningReviews)
			.innerJoin(cycles, joinCycle(learningReviews))
			.where(and(inPlace(learningReviews), isNotNull(learningReviews.publishedAt)))
			.orderBy(desc(learningReviews.updatedAt))
			.limit(FEED_LIMIT),
		db
			.select({ id: auditHeads.id, at: auditHeads.publishedAt, length: auditHeads.length, hash: auditHeads.hash })
			.from(auditHeads)
			.where(and(eq(auditHeads.chain, place.id), eq(auditHeads.placeId, place.id)))
			.orderBy(desc(auditHeads.length))
			.limit(FEED_AUDIT_HEADS),
		// Each funded project enters the library when its delivery starts: its entry there, dated then.
		db
			.select({ id: deliveries.id, at: deliveries.createdAt, summary: proposals.summary, ...proposalColumns, ...cycleColumns })
			.from(deliveries)
			.innerJoin(proposals, and(eq(proposals.id, deliveries.proposalId), eq(proposals.placeId, deliveries.placeId), isNull(proposals.hiddenAt)))
			.innerJoin(cycles, joinCycle(deliveries))
			.where(inPlace(deliveries))
			.orderBy(desc(deliveries.createdAt))
			.limit(FEED_LIMIT),
		// Every small spend is public the moment it is recorded, corrections too.
		db
			.select({
				id: smallSumsSpends.id,
				at: smallSumsSpends.createdAt,
				item: smallSumsSpends.item,
				supplier: smallSumsSpends.supplier,
				amountMinor: smallSumsSpends.amountMinor,
				purpose: smallSumsSpends.purpose,
				reason: smallSumsSpends.reason,
				correction: sql<boolean>`${smallSumsSpends.correctsSpendId} is not null`
			})
			.from(smallSumsSpends)
			.where(inPlace(smallSumsSpends))
			.orderBy(desc(smallSumsSpends.createdAt))
			.limit(FEED_LIMIT)
	]);

	const events: FeedEvent[] = [
		...challengeRows.map((r) => ({ ...r, kind: 'challenge_published' as const, at: r.at!, publishedAt: r.at! })),
		...resultRows.map((r) => ({ ...r, kind: 'result_counted' as const, at: r.at!, publishedAt: r.at!, funded: r.funded ?? [] })),
		...statementRows.map((r) => ({ ...r, kind: 'decision_statement' as const, publishedAt: r.at })),
		...changeRows.map((r) => ({ ...r, kind: 'result_change' as const, publishedAt: r.at })),
		...updateRows.map((r) => ({ ...r, kind: 'delivery_update' as const, publishedAt: r.at })),
		...finishedRows.map((r) => ({ ...r, kind: 'delivery_finished' as const, status: r.status as FinishedDeliveryStatus, reason: r.reason ?? '', publishedAt: r.at })),
		...learningRows.map((r) => ({ ...r, kind: 'learning_published' as const, publishedAt: r.publishedAt! })),
		...headRows.map((r) => ({ ...r, id: nameBasedUuid(`audit-head:${place.id}:${r.length}`), kind: 'record_checked' as const, publishedAt: r.at })),
		// The delivery's id is the 'finished' entry's already: the library entry has an id of its own.
		...libraryRows.map((r) => ({ ...r, id: nameBasedUuid(`library-entry:${r.id}`), kind: 'library_entry' as const, publishedAt: r.at })),
		...spendRows.map((r) => ({ ...r, kind: 'small_sums_spend' as const, publishedAt: r.at }))
	];
	return events.sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id)).slice(0, FEED_LIMIT);
}

/**
 * A UUID that is always the same for the same name (RFC 9562 version 8 layout, from SHA-256): a
 * published audit head has no uuid of its own, and a feed entry's id must never change.
 */
function nameBasedUuid(name: string): string {
	const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
	hex[12] = '8';
	hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	const h = hex.join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
