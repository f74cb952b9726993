import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { challenges } from '../challenges/challenges.table';
import { comments } from '../comments/comments.table';
import type { Database } from '../platform/db/database';
import { communityGroups } from '../groups/groups.table';
import { photos } from '../photos/photos.table';
import { proposals } from './proposals.table';
import type { ProposalStatus } from '../../proposals/proposal-statuses';

/** A proposal as a list shows it. Hidden ones carry only their number and the published reason. */
export interface ProposalCard {
	id: string;
	number: number;
	title: string;
	summary: string;
	language: string;
	status: ProposalStatus;
	estimatedCostMinor: number;
	reviewedCostMinor: number | null;
	/** The author's chosen name; null when they have none (the page says "a resident"), or for a group's proposal. */
	authorName: string | null;
	groupName: string | null;
	groupSlug: string | null;
	hiddenReason: string | null;
	commentCount: number;
	/** The first photo (for a small picture in the list), if any. */
	firstPhotoId: string | null;
	createdAt: Date;
}

/** Comments still shown; counted in the same statement as the proposal, never one query each. */
export const visibleCommentCount = sql<number>`(select count(*) from ${comments} where ${comments.proposalId} = ${proposals.id} and ${comments.placeId} = ${proposals.placeId} and ${comments.hiddenAt} is null)::int`;
const firstPhotoId = sql<string | null>`(select ${photos.id} from ${photos} where ${photos.proposalId} = ${proposals.id} and ${photos.placeId} = ${proposals.placeId} order by ${photos.createdAt}, ${photos.id} limit 1)`;

export const cardColumns = {
	id: proposals.id,
	number: proposals.number,
	title: proposals.title,
	summary: proposals.summary,
	language: proposals.language,
	status: proposals.status,
	estimatedCostMinor: proposals.estimatedCostMinor,
	reviewedCostMinor: proposals.reviewedCostMinor,
	authorName: users.displayName,
	groupName: communityGroups.name,
	groupSlug: communityGroups.slug,
	hiddenReason: proposals.hiddenReason,
	commentCount: visibleCommentCount,
	firstPhotoId,
	createdAt: proposals.createdAt
};

/** What a hidden proposal shows: its number and why, never its words or pictures. */
export function withoutHiddenText<T extends { hiddenReason: string | null; title: string; summary: string; firstPhotoId?: string | null }>(row: T): T {
	return row.hiddenReason === null ? row : { ...row, title: '', summary: '', ...('firstPhotoId' in row ? { firstPhotoId: null } : {}) };
}

/**
 * A page of a cycle's proposals, newest first, with who wrote each, its status, how many comments
 * and its first photo: ONE query however many proposals there are (a test counts them). Keyset
 * pagination on the proposal's number, which only grows: pages do not shift when new ones arrive.
 */
export async function listCycleProposals(
	db: Database,
	input: { placeId: string; cycleId: string; limit: number; beforeNumber?: number | null; statuses?: ProposalStatus[] }
): Promise<ProposalCard[]> {
	const rows = await db
		.select(cardColumns)
		.from(proposals)
		.leftJoin(users, and(eq(users.id, proposals.authorUserId), sql`${proposals.groupId} is null`))
		.leftJoin(communityGroups, eq(communityGroups.id, proposals.groupId))
		.where(
			and(
				eq(proposals.placeId, input.placeId),
				eq(proposals.cycleId, input.cycleId),
				input.beforeNumber ? lt(proposals.number, input.beforeNumber) : undefined,
				input.statuses?.length ? inArray(proposals.status, input.statuses) : undefined
			)
		)
		.orderBy(desc(proposals.number))
		.limit(input.limit);
	return rows.map(withoutHiddenText);
}

// The proposal this one was merged into, read in the same statement (a self-join would need an alias).
const mergedIntoNumber = sql<number | null>`(select m.number from ${proposals} m where m.id = ${proposals.mergedIntoProposalId} and m.place_id = ${proposals.placeId})`;
const mergedIntoTitle = sql<string | null>`(select m.title from ${proposals} m where m.id = ${proposals.mergedIntoProposalId} and m.place_id = ${proposals.placeId})`;

/** One proposal of a cycle by its number, with everything its page shows but the photos; or null. */
export async function findProposalByNumber(db: Database, input: { placeId: string; cycleId: string; number: number }) {
	const [row] = await db
		.select({
			...cardColumns,
			details: proposals.details,
			locationText: proposals.locationText,
			version: proposals.version,
			authorUserId: proposals.authorUserId,
			groupId: proposals.groupId,
			reviewReason: proposals.reviewReason,
			reviewedAt: proposals.reviewedAt,
			updatedAt: proposals.updatedAt,
			challengeId: proposals.challengeId,
			challengeQuestion: challenges.question,
			mergedIntoNumber,
			mergedIntoTitle
		})
		.from(proposals)
		.leftJoin(users, and(eq(users.id, proposals.authorUserId), sql`${proposals.groupId} is null`))
		.leftJoin(communityGroups, eq(communityGroups.id, proposals.groupId))
		.leftJoin(challenges, and(eq(challenges.id, proposals.challengeId), eq(challenges.placeId, proposals.placeId)))
		.where(and(eq(proposals.placeId, input.placeId), eq(proposals.cycleId, input.cycleId), eq(proposals.number, input.number)))
		.limit(1);
	if (!row) return null;
	return row.hiddenReason ? { ...withoutHiddenText(row), details: '', locationText: null } : row;
}

export type ProposalDetail = NonNullable<Awaited<ReturnType<typeof findProposalByNumber>>>;

/** A proposal's photos, oldest first (none for a hidden proposal: the caller does not ask). */
export async function listProposalPhotos(db: Database, input: { placeId: string; proposalId: string }) {
	return db
		.select({ id: photos.id, altText: photos.altText, width: photos.smallWidth, height: photos.smallHeight })
		.from(photos)
		.where(and(eq(photos.placeId, input.placeId), eq(photos.proposalId, input.proposalId)))
		.orderBy(photos.createdAt, photos.id);
}
