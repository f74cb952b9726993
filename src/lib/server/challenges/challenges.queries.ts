import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { PostKind } from '../../discover/post-kinds';
import type { LocalizedText } from '../../localized-text';
import type { Database } from '../platform/db/database';
import { posts, postSupports } from '../posts/posts.table';
import { proposals } from '../proposals/proposals.table';
import type { ProposalStatus } from '../../proposals/proposal-statuses';
import { challengePosts, challenges } from './challenges.table';

export interface ChallengeView {
	id: string;
	question: LocalizedText;
	summary: LocalizedText;
	/** Null for a draft (only the team sees those). */
	publishedAt: Date | null;
	posts: LinkedPost[];
}

/** A post a challenge came from: what the resident said and how many said "me too". */
export interface LinkedPost {
	id: string;
	kind: PostKind;
	/** Empty when hidden: the published reason is shown instead, never the text. */
	body: string;
	locationText: string | null;
	hiddenReason: string | null;
	supporters: number;
}

// Written out in full: drizzle leaves columns unqualified in a one-table select, and inside a
// subquery an unqualified "id" would mean the subquery's own table.
const postRef = { id: sql`"posts"."id"`, placeId: sql`"posts"."place_id"` };
const supporters = sql<number>`(select count(*) from ${postSupports} where ${postSupports.postId} = ${postRef.id} and ${postSupports.placeId} = ${postRef.placeId})::int`;

const challengeColumns = { id: challenges.id, question: challenges.question, summary: challenges.summary, publishedAt: challenges.publishedAt };

/**
 * A cycle's challenges with the posts each came from — published ones, and the drafts too when the
 * viewer is on the team. Two queries however many challenges and posts there are.
 */
export async function listCycleChallenges(db: Database, input: { placeId: string; cycleId: string; includeDrafts: boolean }): Promise<ChallengeView[]> {
	const rows = await db
		.select(challengeColumns)
		.from(challenges)
		.where(and(eq(challenges.placeId, input.placeId), eq(challenges.cycleId, input.cycleId), input.includeDrafts ? undefined : isNotNull(challenges.publishedAt)))
		// Drafts first (the team's work in hand), then published ones in the order they came out.
		.orderBy(sql`${challenges.publishedAt} asc nulls first`, asc(challenges.createdAt), asc(challenges.id));
	const linked = await listLinkedPosts(db, { placeId: input.placeId, challengeIds: rows.map((row) => row.id) });
	return rows.map((row) => ({ ...row, posts: linked.get(row.id) ?? [] }));
}

/** One challenge of a cycle with the posts it came from, or null. Whether a draft may be shown is the caller's to decide. */
export async function findChallenge(db: Database, input: { placeId: string; cycleId: string; challengeId: string }): Promise<ChallengeView | null> {
	const [row] = await db
		.select(challengeColumns)
		.from(challenges)
		.where(and(eq(challenges.id, input.challengeId), eq(challenges.placeId, input.placeId), eq(challenges.cycleId, input.cycleId)));
	if (!row) return null;
	const linked = await listLinkedPosts(db, { placeId: input.placeId, challengeIds: [row.id] });
	return { ...row, posts: linked.get(row.id) ?? [] };
}

async function listLinkedPosts(db: Database, input: { placeId: string; challengeIds: string[] }): Promise<Map<string, LinkedPost[]>> {
	const byChallenge = new Map<string, LinkedPost[]>();
	if (input.challengeIds.length === 0) return byChallenge;
	const rows = await db
		.select({ challengeId: challengePosts.challengeId, id: posts.id, kind: posts.kind, body: posts.body, locationText: posts.locationText, hiddenAt: posts.hiddenAt, hiddenReason: posts.hiddenReason, supporters })
		.from(challengePosts)
		.innerJoin(posts, and(eq(posts.id, challengePosts.postId), eq(posts.placeId, challengePosts.placeId)))
		.where(and(eq(challengePosts.placeId, input.placeId), inArray(challengePosts.challengeId, input.challengeIds)))
		.orderBy(desc(supporters), asc(posts.createdAt), asc(posts.id));
	for (const { challengeId, hiddenAt, ...post } of rows) {
		const shown = hiddenAt ? { ...post, body: '', locationText: null } : post;
		byChallenge.set(challengeId, [...(byChallenge.get(challengeId) ?? []), shown]);
	}
	return byChallenge;
}

/** A post the team may tick on the challenge form. */
export interface PostChoice {
	id: string;
	kind: PostKind;
	body: string;
	hiddenReason: string | null;
	supporters: number;
	linked: boolean;
}

/** Most posts a form lists: a cycle's discover phase rarely has more; the newest come first. */
const POST_CHOICES = 500;

/**
 * The posts of a cycle the team may link to a challenge (not hidden), plus those already linked
 * (a hidden one among them is shown by its reason, so it can be unticked), most "me too" first.
 */
export async function listPostChoices(db: Database, input: { placeId: string; cycleId: string; challengeId: string | null }): Promise<PostChoice[]> {
	const linkedToThis = input.challengeId
		? sql<boolean>`exists (select 1 from ${challengePosts} where ${challengePosts.postId} = ${postRef.id} and ${challengePosts.challengeId} = ${input.challengeId} and ${challengePosts.placeId} = ${postRef.placeId})`
		: sql<boolean>`false`;
	const rows = await db
		.select({ id: posts.id, kind: posts.kind, body: posts.body, hiddenAt: posts.hiddenAt, hiddenReason: posts.hiddenReason, supporters, linked: linkedToThis })
		.from(posts)
		.where(and(eq(posts.placeId, input.placeId), eq(posts.cycleId, input.cycleId), or(isNull(posts.hiddenAt), linkedToThis)))
		.orderBy(...(input.challengeId ? [desc(linkedToThis)] : []), desc(supporters), desc(posts.createdAt), desc(posts.id))
		.limit(POST_CHOICES);
	return rows.map(({ hiddenAt, ...row }) => (hiddenAt ? { ...row, body: '' } : row));
}

/** A proposal answering a challenge, as the challenge's page lists it. */
export interface AnsweringProposal {
	number: number;
	title: string;
	summary: string;
	language: string;
	status: ProposalStatus;
}

/** The proposals that say they answer a challenge; hidden ones are left out (their own page says why). */
export async function listAnsweringProposals(db: Database, input: { placeId: string; challengeId: string }): Promise<AnsweringProposal[]> {
	return db
		.select({ number: proposals.number, title: proposals.title, summary: proposals.summary, language: proposals.language, status: proposals.status })
		.from(proposals)
		.where(and(eq(proposals.placeId, input.placeId), eq(proposals.challengeId, input.challengeId), isNull(proposals.hiddenAt)))
		.orderBy(asc(proposals.number));
}
