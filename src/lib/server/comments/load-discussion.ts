import { checkCommentGate } from '../../cycles/comment-gate';
import type { Actor } from '../auth/actor';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { canOnComment } from './comments.permissions';
import type { CommentOn } from './comment-on';
import { listCommentThread, listGroupsToWriteAs, type CommentThreadEntry } from './comments.queries';

/** How often each comment was reported is for the moderators only. */
function withoutReports(thread: CommentThreadEntry[]): CommentThreadEntry[] {
	return thread.map((entry) => ({ ...entry, reports: 0, replies: entry.replies.map((reply) => ({ ...reply, reports: 0 })) }));
}

/** What CommentThread needs to show a discussion to this caller: the thread, and what they may do in it. */
export async function loadDiscussion(db: Database, actor: Actor, input: { cycle: CycleWithPhases; on: CommentOn; now: Date; subjectHidden: boolean }) {
	const placeId = input.cycle.placeId;
	const viewerId = actor.kind === 'person' ? actor.userId : null;
	const canHide = canOnComment(actor, 'comment.hide', { placeId });
	const [thread, groups] = await Promise.all([
		listCommentThread(db, { placeId, on: input.on, viewerId }),
		viewerId ? listGroupsToWriteAs(db, viewerId) : Promise.resolve([])
	]);
	const gate = checkCommentGate(input.cycle, input.on.kind, input.now);
	return {
		thread: canHide ? thread : withoutReports(thread),
		groups,
		// A hidden post or proposal takes no new comments; its published reason already says why.
		closedReason: input.subjectHidden ? ('subject_hidden' as const) : gate.open ? null : gate.reason,
		signedIn: viewerId !== null,
		canHide
	};
}

export type Discussion = Awaited<ReturnType<typeof loadDiscussion>>;
