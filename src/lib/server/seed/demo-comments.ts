import { and, eq, inArray } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import { comments } from '../comments/comments.table';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { posts } from '../posts/posts.table';
import { communityGroups } from '../groups/groups.table';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { demoStaffEmail } from './demo-people';

/*
 * Demo discussions: residents talking under Northgate's posts (discover is open there), under
 * Brookfield's posts from when its discover phase was open, and under Brookfield's first proposals
 * when the proposals demo has made them. One is written as Brookfield Youth Club; one is hidden
 * with its published reason, as a moderator would.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Residents who comment in the demo; one has not chosen a name, so shows as "a resident". */
const commenters = {
	maureen: { email: 'maureen@residents.placecraft.example', displayName: 'Maureen' },
	tomasz: { email: 'tomasz@residents.placecraft.example', displayName: 'Tomasz' },
	fatima: { email: 'fatima@residents.placecraft.example', displayName: 'Fatima' },
	dev: { email: 'dev@residents.placecraft.example', displayName: 'Dev' },
	anon: { email: 'quiet.neighbour@residents.placecraft.example', displayName: null },
	kai: { email: 'youth-club@placecraft.example', displayName: 'Kai' }
};
type Who = keyof typeof commenters;

/** A comment and its replies; `daysAgo` is when it was written, relative to the seeding day. */
interface DemoComment {
	by: Who;
	asGroup?: string;
	body: string;
	daysAgo: number;
	hidden?: { reason: string; by: string };
	replies?: Omit<DemoComment, 'replies'>[];
}

/** On a post, found by how its text starts. */
const postDiscussions: { place: string; cycle: string; post: string; thread: DemoComment[] }[] = [
	{
		place: 'northgate',
		cycle: '2026-the-green',
		post: 'Somewhere dry for the kids',
		thread: [
			{
				by: 'tomasz',
				daysAgo: 5,
				body: 'There is an old tennis court behind Tower 2. It is tarmac under all that moss. Could it be cleared for a kickabout?',
				replies: [
					{ by: 'fatima', daysAgo: 4, body: 'My son plays there in summer. The fence is broken at the Ring Road end, so the ball ends up in the road.' },
					{ by: 'anon', daysAgo: 3, body: 'Some lights on it would mean they could play after school in winter too.' }
				]
			}
		]
	},
	{
		place: 'northgate',
		cycle: '2026-the-green',
		post: 'I walk round the green',
		thread: [
			{
				by: 'maureen',
				daysAgo: 4,
				body: 'Same here. Even a few solar lights along the middle path would make a big difference.',
				replies: [{ by: 'dev', daysAgo: 2, body: 'The council put solar bollards along the canal last year. I think they were about £600 each. Worth asking them.' }]
			}
		]
	},
	{
		place: 'northgate',
		cycle: '2026-the-green',
		post: 'Benches!',
		thread: [{ by: 'anon', daysAgo: 3, body: 'There used to be one by the phone box. It went years ago and nobody replaced it.' }]
	},
	{
		place: 'northgate',
		cycle: '2026-the-green',
		post: 'The boxing club would run',
		thread: [
			{ by: 'fatima', daysAgo: 2, body: 'My daughter would love this. Would there be sessions for girls?' },
			{
				by: 'dev',
				daysAgo: 1,
				body: 'Not while the family at number 40 let their dogs run loose on the green. Someone should report them.',
				hidden: { reason: 'it is about one household. Please talk about the green, not about neighbours.', by: demoStaffEmail('northgate', 'lead') }
			}
		]
	},
	{
		place: 'northgate',
		cycle: '2026-the-green',
		post: 'The tenants’ association has a gazebo',
		thread: [{ by: 'maureen', daysAgo: 1, body: 'We borrowed it for the jubilee party. They even came and helped put it up.' }]
	},
	{
		place: 'brookfield',
		cycle: '2026-spaces-to-meet',
		post: 'Teenagers get moved on',
		thread: [
			{
				by: 'kai',
				asGroup: 'brookfield-youth-club',
				daysAgo: 30,
				body: 'We are the youth club. We meet on Tuesdays and Thursdays, and on other nights there is nowhere to go. We would run a Saturday session if we had a room.',
				replies: [{ by: 'maureen', daysAgo: 29, body: 'The lads outside the shops are no trouble. They just need somewhere warm.' }]
			},
			{ by: 'dev', daysAgo: 27, body: 'Could the shelter at the top of the rec have a roof that keeps the rain off?' }
		]
	},
	{
		place: 'brookfield',
		cycle: '2026-spaces-to-meet',
		post: 'Since the café closed',
		thread: [
			{ by: 'tomasz', daysAgo: 28, body: 'A warm space with a kettle once a week would do. The library did it two winters ago and it was full.' },
			{ by: 'fatima', daysAgo: 25, body: 'Pay-what-you-can tea and cake at the church hall? I would bake.' }
		]
	}
];

/** On Brookfield's proposals, by number (the proposals demo seeds them just before). */
const proposalDiscussions: { number: number; thread: DemoComment[] }[] = [
	{
		// Saturday night teen room at the community centre.
		number: 1,
		thread: [
			{
				by: 'maureen',
				daysAgo: 9,
				body: 'The lads outside the shops on a Saturday are no trouble. They just need somewhere warm. Good luck with it.',
				replies: [
					{ by: 'tomasz', daysAgo: 8, body: 'Will there be food? Some of them do not get a proper tea at home.' },
					{ by: 'kai', asGroup: 'brookfield-youth-club', daysAgo: 7, body: 'Yes: hot food every week. The young people cook it with our volunteers, and it is free.' }
				]
			}
		]
	},
	{
		// Free tea and chat mornings at the church hall.
		number: 2,
		thread: [
			{ by: 'fatima', daysAgo: 8, body: 'Could there be a quiet corner for people who do not want to chat much? My dad would come, but he is shy.' },
			{ by: 'kai', asGroup: 'brookfield-youth-club', daysAgo: 6, body: 'Some of our members could help on Friday mornings in the school holidays, if that is useful.' }
		]
	},
	{
		// Covered shelter with lights by the skate ramp.
		number: 3,
		thread: [{ by: 'dev', daysAgo: 5, body: 'Solar lights are a good idea, but who fixes them when they break? The ones on the rec path have been out since March.' }]
	}
];

export async function seedDemoComments(tx: Database, now: Date): Promise<void> {
	const people = await ensureCommenters(tx);
	const groups = new Map((await tx.select({ id: communityGroups.id, slug: communityGroups.slug }).from(communityGroups)).map((g) => [g.slug, g.id]));
	for (const discussion of postDiscussions) {
		const cycle = await findCycle(tx, discussion.place, discussion.cycle);
		if (!cycle) continue;
		const cyclePosts = await tx.select({ id: posts.id, body: posts.body }).from(posts).where(and(eq(posts.placeId, cycle.placeId), eq(posts.cycleId, cycle.id)));
		const post = cyclePosts.find((p) => p.body.startsWith(discussion.post));
		if (!post) continue;
		await seedThread(tx, now, { placeId: cycle.placeId, postId: post.id, proposalId: null }, discussion.thread, { people, groups });
	}
	const brookfield = await findCycle(tx, 'brookfield', '2026-spaces-to-meet');
	if (!brookfield) return;
	const numbered = await tx
		.select({ id: proposals.id, number: proposals.number })
		.from(proposals)
		.where(and(eq(proposals.placeId, brookfield.placeId), eq(proposals.cycleId, brookfield.id), inArray(proposals.number, proposalDiscussions.map((d) => d.number))));
	for (const discussion of proposalDiscussions) {
		const proposal = numbered.find((p) => p.number === discussion.number);
		if (proposal) await seedThread(tx, now, { placeId: brookfield.placeId, postId: null, proposalId: proposal.id }, discussion.thread, { people, groups });
	}
}

async function ensureCommenters(tx: Database): Promise<Map<Who, string>> {
	await tx.insert(users).values(Object.values(commenters)).onConflictDoNothing({ target: users.email });
	const rows = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, Object.values(commenters).map((c) => c.email)));
	return new Map((Object.keys(commenters) as Who[]).flatMap((who) => rows.filter((r) => r.email === commenters[who].email).map((r) => [who, r.id] as const)));
}

async function findCycle(tx: Database, placeSlug: string, cycleSlug: string) {
	const [cycle] = await tx
		.select({ id: cycles.id, placeId: cycles.placeId })
		.from(cycles)
		.innerJoin(places, eq(places.id, cycles.placeId))
		.where(and(eq(places.slug, placeSlug), eq(cycles.slug, cycleSlug)))
		.limit(1);
	return cycle ?? null;
}

async function seedThread(
	tx: Database,
	now: Date,
	on: { placeId: string; postId: string | null; proposalId: string | null },
	thread: DemoComment[],
	lookups: { people: Map<Who, string>; groups: Map<string, string> }
) {
	const insert = async (comment: DemoComment, parentCommentId: string | null) => {
		// Mid-afternoon on the day, so comments read in the order they were written.
		const at = new Date(now.getTime() - comment.daysAgo * DAY_MS - 8 * HOUR_MS);
		const [row] = await tx
			.insert(comments)
			.values({
				...on,
				parentCommentId,
				body: comment.body,
				authorUserId: lookups.people.get(comment.by) ?? null,
				groupId: comment.asGroup ? (lookups.groups.get(comment.asGroup) ?? null) : null,
				createdAt: at,
				updatedAt: at
			})
			.returning({ id: comments.id });
		if (comment.hidden) await hideDemoComment(tx, on.placeId, row.id, comment.hidden, new Date(at.getTime() + 2 * HOUR_MS));
		return row.id;
	};
	for (const top of thread) {
		const id = await insert(top, null);
		for (const reply of top.replies ?? []) await insert(reply, id);
	}
}

/** Hidden as a moderator does it: the published reason, and the place's audit record. */
async function hideDemoComment(tx: Database, placeId: string, commentId: string, hidden: { reason: string; by: string }, at: Date) {
	const [moderator] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, hidden.by));
	await tx.update(comments).set({ hiddenAt: at, hiddenReason: hidden.reason, updatedAt: at }).where(eq(comments.id, commentId));
	await recordAuditEvent(tx, {
		placeId,
		actorUserId: moderator?.id ?? null,
		actorLabel: moderator?.email ?? hidden.by,
		action: 'comment.hidden',
		subjectType: 'comment',
		subjectId: commentId,
		details: { reason: hidden.reason },
		occurredAt: at
	});
}
