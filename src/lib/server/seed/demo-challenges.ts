import { and, eq, inArray } from 'drizzle-orm';
import type { LocalizedText } from '../../localized-text';
import { users } from '../accounts/accounts.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import { challengePosts, challenges } from '../challenges/challenges.table';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { posts, postSupports } from '../posts/posts.table';
import { places } from '../places/places.table';
import { demoStaffEmail } from './demo-people';

/*
 * Demo challenges: what Brookfield's team distilled from its discover posts (its discover phase is
 * over; the posts stay), and Northgate's first one while its discover phase is still open, plus a
 * draft only Northgate's team sees. Each is linked to the posts it came from, found by how their
 * text starts; neighbours have said "me too" so the counts mean something.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** More of what Brookfield said while its discover phase was open (it ran from 40 to 12 days ago). */
const brookfieldPosts: { kind: 'need' | 'asset'; body: string; locationText?: string; daysAgo: number }[] = [
	{ kind: 'need', body: 'My dad is 84 and has not had a proper chat with anyone but me since the lunch club stopped.', daysAgo: 35 },
	{ kind: 'need', body: 'The bus shelter is the only dry place the lads can stand. Anything with a roof and a light would do.', locationText: 'Bus stop by the primary school', daysAgo: 31 },
	{ kind: 'need', body: 'Mums with prams have nowhere to meet in the week that is not soft play at £6 a go.', daysAgo: 27 },
	{ kind: 'asset', body: 'The youth club would open a third night if it had a room. We have two volunteers ready.', locationText: 'Community centre', daysAgo: 30 },
	{ kind: 'asset', body: 'The allotment society has a shed with a kettle and would love visitors on Sunday mornings.', locationText: 'Brook Lane allotments', daysAgo: 22 },
	{ kind: 'asset', body: 'Plenty of us are retired and would happily run a knit-and-natter or a repair café.', daysAgo: 18 }
];

interface DemoChallenge {
	place: string;
	cycle: string;
	question: LocalizedText;
	summary: LocalizedText;
	/** Days before the seeding day it was published; null for a draft. */
	publishedDaysAgo: number | null;
	/** The posts it came from, by how their text starts. */
	from: string[];
}

const demoChallenges: DemoChallenge[] = [
	{
		place: 'brookfield',
		cycle: '2026-spaces-to-meet',
		question: { en: 'How might we give teenagers a warm, dry place of their own in the evenings?' },
		summary: { en: 'Young people told us they get moved on from the shops and end up in the bus shelter. The youth club could do more with a room, and the community centre sits empty at weekends.' },
		publishedDaysAgo: 11,
		from: ['Teenagers get moved on', 'The bus shelter is the only', 'The youth club would open', 'The community centre is empty']
	},
	{
		place: 'brookfield',
		cycle: '2026-spaces-to-meet',
		question: { en: 'How might we make a free place to sit and have a cuppa, for older neighbours and young parents alike?' },
		summary: { en: 'Since the café closed, older people and parents with small children have nowhere to meet that does not cost money. Neighbours offered to run things, and the church hall has a kitchen.' },
		publishedDaysAgo: 10,
		from: ['Since the café closed', 'My dad is 84', 'Mums with prams', 'The church hall has a kitchen', 'Plenty of us are retired']
	},
	{
		place: 'brookfield',
		cycle: '2026-spaces-to-meet',
		question: { en: 'How might we open up the spaces Brookfield already has at weekends?' },
		summary: { en: 'The community centre, the church hall and the allotment shed are all there already. People asked why they stand empty when everyone is free.' },
		publishedDaysAgo: 9,
		from: ['The community centre is empty', 'The church hall has a kitchen', 'The allotment society has a shed']
	},
	{
		place: 'northgate',
		cycle: '2026-the-green',
		question: { en: 'How might we make the green somewhere people use after dark and through the winter?' },
		summary: { en: 'The green turns to mud from October and the path has no lights, so people walk round it. The boxing club and the tenants’ association would use it if they could.' },
		publishedDaysAgo: 1,
		from: ['Somewhere dry for the kids', 'I walk round the green', 'The boxing club would run', 'The tenants’ association has a gazebo']
	},
	{
		place: 'st-elwyns',
		cycle: '2026-a-place-for-young-people',
		question: {
			cy: 'Sut gallem ni roi rhywle i bobl ifanc fynd gyda’r nos, heb orfod gadael y ddinas?',
			en: 'How might we give young people somewhere to go in the evenings without leaving the city?'
		},
		summary: {
			cy: 'Mae’r bws olaf yn gadael am naw ac mae caffis yn costio arian. Mae’r llyfrgell a’r ysgol syrffio yn barod i helpu.',
			en: 'The last bus leaves at nine and cafés cost money. The library and the surf school are ready to help.'
		},
		publishedDaysAgo: 45,
		from: ['Does dim byd i’w wneud', 'Somewhere warm to sit', 'Mae’r llyfrgell yn fodlon', 'The surf school on the beach']
	},
	{
		place: 'northgate',
		cycle: '2026-the-green',
		question: { en: 'How might we help people rest on the way across the estate?' },
		summary: { en: 'Older residents need somewhere to sit between the towers and the parade, and a neighbour offered to help plant round the benches.' },
		publishedDaysAgo: null,
		from: ['Benches! My mum', 'My neighbour is a retired gardener']
	}
];

/** How many neighbours said "me too" to posts, by how the post starts. */
const meToo: Record<string, number> = {
	'Teenagers get moved on': 7,
	'Since the café closed': 9,
	'The bus shelter is the only': 4,
	'My dad is 84': 6,
	'Mums with prams': 5,
	'The community centre is empty': 3,
	'Somewhere dry for the kids': 8,
	'I walk round the green': 6,
	'Benches! My mum': 5
};
const neighbourEmails = Array.from({ length: 9 }, (_, i) => `neighbour.${i + 1}@residents.placecraft.example`);

export async function seedDemoChallenges(tx: Database, now: Date): Promise<void> {
	const brookfield = await findCycle(tx, 'brookfield', '2026-spaces-to-meet');
	if (brookfield) {
		await tx.insert(posts).values(brookfieldPosts.map(({ daysAgo, ...post }) => ({ ...post, ...brookfield, createdAt: daysBefore(now, daysAgo), updatedAt: daysBefore(now, daysAgo) })));
	}
	await tx.insert(users).values(neighbourEmails.map((email) => ({ email }))).onConflictDoNothing({ target: users.email });
	const neighbours = await tx.select({ id: users.id }).from(users).where(inArray(users.email, neighbourEmails));
	const allPosts = await tx.select({ id: posts.id, placeId: posts.placeId, cycleId: posts.cycleId, body: posts.body }).from(posts);
	const postsStarting = (cycle: { cycleId: string }, start: string) => allPosts.filter((p) => p.cycleId === cycle.cycleId && p.body.startsWith(start));

	for (const [start, count] of Object.entries(meToo)) {
		for (const post of allPosts.filter((p) => p.body.startsWith(start))) {
			await tx.insert(postSupports).values(neighbours.slice(0, count).map((n) => ({ placeId: post.placeId, postId: post.id, userId: n.id })));
		}
	}

	for (const demo of demoChallenges) {
		const cycle = await findCycle(tx, demo.place, demo.cycle);
		if (!cycle) continue;
		const [lead] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, demoStaffEmail(demo.place, 'lead')));
		const publishedAt = demo.publishedDaysAgo === null ? null : daysBefore(now, demo.publishedDaysAgo);
		const writtenAt = daysBefore(now, (demo.publishedDaysAgo ?? 0) + 2);
		const [challenge] = await tx
			.insert(challenges)
			.values({ ...cycle, question: demo.question, summary: demo.summary, publishedAt, createdByUserId: lead?.id ?? null, createdAt: writtenAt, updatedAt: publishedAt ?? writtenAt })
			.returning({ id: challenges.id });
		const linked = demo.from.flatMap((start) => postsStarting(cycle, start));
		await tx.insert(challengePosts).values(linked.map((post) => ({ placeId: cycle.placeId, challengeId: challenge.id, postId: post.id })));
		// The place's audit record tells the same story as the pages.
		const audit = { placeId: cycle.placeId, actorUserId: lead?.id ?? null, actorLabel: lead?.email ?? null, subjectType: 'challenge', subjectId: challenge.id };
		await recordAuditEvent(tx, { ...audit, action: 'challenge.created', details: { question: demo.question, postIds: linked.map((p) => p.id) }, occurredAt: writtenAt });
		if (publishedAt) await recordAuditEvent(tx, { ...audit, action: 'challenge.published', details: { question: demo.question }, occurredAt: publishedAt });
	}
}

async function findCycle(tx: Database, placeSlug: string, cycleSlug: string): Promise<{ placeId: string; cycleId: string } | null> {
	const [row] = await tx
		.select({ placeId: cycles.placeId, cycleId: cycles.id })
		.from(cycles)
		.innerJoin(places, eq(places.id, cycles.placeId))
		.where(and(eq(places.slug, placeSlug), eq(cycles.slug, cycleSlug)));
	return row ?? null;
}

function daysBefore(now: Date, days: number): Date {
	return new Date(now.getTime() - days * DAY_MS);
}
