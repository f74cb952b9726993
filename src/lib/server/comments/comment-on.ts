import { eq } from 'drizzle-orm';
import { comments } from './comments.table';

/** What a comment is on: a discover post or a proposal (the table allows exactly one). */
export type CommentOn = { kind: 'post'; postId: string } | { kind: 'proposal'; proposalId: string };

/** The condition "this comment is on that post / proposal", for queries of one thread. */
export function onSubject(on: CommentOn) {
	return on.kind === 'post' ? eq(comments.postId, on.postId) : eq(comments.proposalId, on.proposalId);
}

/** The columns a new comment on this subject carries. */
export function subjectColumns(on: CommentOn): { postId: string | null; proposalId: string | null } {
	return on.kind === 'post' ? { postId: on.postId, proposalId: null } : { postId: null, proposalId: on.proposalId };
}
