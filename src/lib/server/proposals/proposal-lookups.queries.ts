import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { PUBLIC_CYCLE_STATUSES } from '../../cycles/phase-kinds';
import type { LocalizedText } from '../../localized-text';
import { challenges } from '../challenges/challenges.table';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { proposalFlags, proposals } from './proposals.table';

/** The challenges a proposal may say it answers: those the team has published in this cycle. */
export async function listChallengeChoices(db: Database, input: { placeId: string; cycleId: string }): Promise<{ id: string; question: LocalizedText }[]> {
	return db
		.select({ id: challenges.id, question: challenges.question })
		.from(challenges)
		.where(and(eq(challenges.placeId, input.placeId), eq(challenges.cycleId, input.cycleId), isNotNull(challenges.publishedAt)))
		.orderBy(asc(challenges.publishedAt), asc(challenges.id));
}

/**
 * What a community group has proposed, in every place (groups work across neighbourhood lines),
 * newest first. Hidden ones show only that they were hidden and why. Published cycles only.
 */
export async function listGroupProposals(db: Database, groupId: string, limit = 100) {
	const rows = await db
		.select({
			id: proposals.id,
			number: proposals.number,
			title: proposals.title,
			status: proposals.status,
			language: proposals.language,
			hiddenReason: proposals.hiddenReason,
			placeSlug: places.slug,
			placeName: places.name,
			placeLanguages: places.languages,
			cycleSlug: cycles.slug,
			cycleTitle: cycles.title
		})
		.from(proposals)
		.innerJoin(places, eq(places.id, proposals.placeId))
		.innerJoin(cycles, and(eq(cycles.id, proposals.cycleId), eq(cycles.placeId, proposals.placeId)))
		.where(and(eq(proposals.groupId, groupId), inArray(cycles.status, [...PUBLIC_CYCLE_STATUSES])))
		.orderBy(desc(proposals.createdAt), desc(proposals.id))
		.limit(limit);
	return rows.map((row) => (row.hiddenReason === null ? row : { ...row, title: '' }));
}

/** How often a proposal was reported (for moderators) and whether this viewer already did. */
export async function findProposalReports(db: Database, input: { placeId: string; proposalId: string; viewerId: string | null }) {
	const [row] = await db
		.select({
			reports: sql<number>`count(*)::int`,
			reportedByViewer: sql<boolean>`coalesce(bool_or(${proposalFlags.userId} = ${input.viewerId ?? '00000000-0000-0000-0000-000000000000'}), false)`
		})
		.from(proposalFlags)
		.where(and(eq(proposalFlags.placeId, input.placeId), eq(proposalFlags.proposalId, input.proposalId)));
	return row ?? { reports: 0, reportedByViewer: false };
}
