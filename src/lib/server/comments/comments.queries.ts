import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import { communityGroups, groupMembers } from '../groups/groups.table';
import { proposals } from '../proposals/proposals.table';
import { onSubject, type CommentOn } from './comment-on';
import { commentFlags, comments } from './comments.table';

/** Who wrote a comment, as residents see it: a group's name, or a person's chosen name (never their address). */
export type CommentAuthor = { kind: 'group'; name: string } | { kind: 'person'; name: string | null };

export interface CommentView {
	id: string;
	/** Empty when hidden: the reason is shown instead, never the text. */
	body: string;
	hiddenReason: string | null;
	author: CommentAuthor;
	createdAt: Date;
	/** How many people reported it (the route shows this to moderators only). */
	reports: number;
	reportedByViewer: boolean;
}

/** A top-level comment with the replies under it, oldest first. */
export type CommentThreadEntry = CommentView & { replies: CommentView[] };

const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The whole discussion of a post or a proposal in one query, however long: top-level comments oldest
 * first, each with its replies oldest first.
 */
export async function listCommentThread(db: Database, input: { placeId: string; on: CommentOn; viewerId: string | null }): Promise<CommentThreadEntry[]> {
	const viewer = input.viewerId ?? NOBODY;
	const rows = await db
		.select({
			id: comments.id,
			parentCommentId: comments.parentCommentId,
			body: comments.body,
			hiddenAt: comments.hiddenAt,
			hiddenReason: comments.hiddenReason,
			createdAt: comments.createdAt,
			authorName: users.displayName,
			groupName: communityGroups.name,
			reports: sql<number>`(select count(*) from ${commentFlags} where ${commentFlags.commentId} = ${comments.id})::int`,
			reportedByViewer: sql<boolean>`exists (select 1 from ${commentFlags} where ${commentFlags.commentId} = ${comments.id} and ${commentFlags.userId} = ${viewer})`
		})
		.from(comments)
		.leftJoin(users, eq(users.id, comments.authorUserId))
		.leftJoin(communityGroups, eq(communityGroups.id, comments.groupId))
		.where(and(eq(comments.placeId, input.placeId), onSubject(input.on)))
		.orderBy(asc(comments.createdAt), asc(comments.id));
	const views = rows.map(({ parentCommentId, hiddenAt, authorName, groupName, ...row }) => ({
		parentCommentId,
		view: {
			...row,
			body: hiddenAt ? '' : row.body,
			author: groupName !== null ? { kind: 'group', name: groupName } : { kind: 'person', name: authorName?.trim() || null }
		} satisfies CommentView
	}));
	// Two passes: a reply written in the same instant as its parent may sort before it.
	const thread = views.filter((c) => c.parentCommentId === null).map(({ view }): CommentThreadEntry => ({ ...view, replies: [] }));
	const byId = new Map(thread.map((entry) => [entry.id, entry]));
	for (const { parentCommentId, view } of views) {
		if (parentCommentId) byId.get(parentCommentId)?.replies.push(view);
	}
	return thread;
}

/** How many comments each of many posts (or proposals) has, in one query; ids with none are left out. */
export async function countComments(db: Database, input: { placeId: string; on: CommentOn['kind']; ids: string[] }): Promise<Map<string, number>> {
	if (input.ids.length === 0) return new Map();
	const column = input.on === 'post' ? comments.postId : comments.proposalId;
	const rows = await db
		.select({ id: column, comments: count() })
		.from(comments)
		.where(and(eq(comments.placeId, input.placeId), inArray(column, input.ids)))
		.groupBy(column);
	return new Map(rows.map((row) => [row.id as string, row.comments]));
}

/** The groups a person may write as: those they are an admin of, by name. */
export async function listGroupsToWriteAs(db: Database, userId: string): Promise<{ id: string; name: string }[]> {
	return db
		.select({ id: communityGroups.id, name: communityGroups.name })
		.from(groupMembers)
		.innerJoin(communityGroups, eq(communityGroups.id, groupMembers.groupId))
		.where(and(eq(groupMembers.userId, userId), eq(groupMembers.role, 'admin')))
		.orderBy(asc(communityGroups.name));
}

export interface ProposalToDiscuss {
	id: string;
	number: number;
	title: string;
	language: string;
	hiddenReason: string | null;
}

/** A proposal of a cycle by its number, with what its discussion page needs, or null. */
export async function findProposalToDiscuss(db: Database, input: { placeId: string; cycleId: string; number: number }): Promise<ProposalToDiscuss | null> {
	const [row] = await db
		.select({ id: proposals.id, number: proposals.number, title: proposals.title, language: proposals.language, hiddenAt: proposals.hiddenAt, hiddenReason: proposals.hiddenReason })
		.from(proposals)
		.where(and(eq(proposals.placeId, input.placeId), eq(proposals.cycleId, input.cycleId), eq(proposals.number, input.number)))
		.limit(1);
	if (!row) return null;
	const { hiddenAt, ...proposal } = row;
	return { ...proposal, title: hiddenAt ? '' : proposal.title };
}

