import { eq, like } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { conversationAnswers, conversations, conversationStatements } from '../conversations/conversations.table';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { seededRandom } from '../../results/seeded-random';
import { demoStaffEmail } from './demo-people';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Residents who took part: three in five in one planted group (older neighbours), the rest in the other (young people and parents). */
const PEOPLE = 120;
export const demoNeighbourEmail = (n: number) => `neighbour-${String(n).padStart(3, '0')}.brookfield@placecraft.example`;

/** The statements, and how likely each group is to agree with each: the first three are common ground. */
const STATEMENTS: { body: string; agree: [number, number] }[] = [
	{ body: 'There should be somewhere to sit indoors that is free.', agree: [0.9, 0.9] },
	{ body: 'The community centre should open at weekends.', agree: [0.85, 0.9] },
	{ body: 'Any new space should have toilets everyone can use.', agree: [0.9, 0.85] },
	{ body: 'The space should close by 8 in the evening.', agree: [0.9, 0.1] },
	{ body: 'Quiet is more important than activities.', agree: [0.85, 0.1] },
	{ body: 'Benches along the brook path would help most.', agree: [0.9, 0.15] },
	{ body: 'Ball games should not be allowed near homes.', agree: [0.85, 0.1] },
	{ body: 'Teenagers should help run the space.', agree: [0.1, 0.9] },
	{ body: 'A games room would keep young people off the parade.', agree: [0.15, 0.9] },
	{ body: 'The space should stay open until 10 on Fridays.', agree: [0.1, 0.85] },
	{ body: 'Wi-Fi and phone charging matter.', agree: [0.15, 0.85] }
];

/**
 * Brookfield's conversation for "Spaces to meet", opened ten days ago in co-create: eleven team
 * statements, 120 neighbours' answers with two groups planted in them (seeded, so every demo is the
 * same), one suggestion waiting for the team and one hidden with its reason. The results page groups
 * them the first time it is opened. Bulk inserts, so seeding stays quick.
 */
export async function seedDemoConversation(tx: Database, now: Date): Promise<void> {
	const [place] = await tx.select().from(places).where(eq(places.slug, 'brookfield'));
	const cycle = place ? await findPublishedCycle(tx, place.id, '2026-spaces-to-meet') : null;
	if (!place || !cycle) return;
	if ((await tx.select({ id: users.id }).from(users).where(like(users.email, 'neighbour-%.brookfield@%')).limit(1)).length) return;
	const [lead] = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoStaffEmail('brookfield', 'lead')));
	const opened = new Date(now.getTime() - 10 * DAY_MS);
	const [conversation] = await tx
		.insert(conversations)
		.values({ placeId: place.id, cycleId: cycle.id, topic: 'What would make a good space to meet in Brookfield?', createdAt: opened, updatedAt: opened })
		.returning({ id: conversations.id });
	const base = { placeId: place.id, conversationId: conversation.id };
	const statements = await tx
		.insert(conversationStatements)
		.values(STATEMENTS.map((statement, index) => ({ ...base, body: statement.body, writtenBy: 'team' as const, authorUserId: lead?.id ?? null, publishedAt: new Date(opened.getTime() + index * 60_000), createdAt: opened })))
		.returning({ id: conversationStatements.id });
	const neighbours = await tx
		.insert(users)
		.values([...Array(PEOPLE).keys()].map((n) => ({ email: demoNeighbourEmail(n + 1), emailVerifiedAt: opened })))
		.returning({ id: users.id });
	const random = seededRandom('brookfield conversation');
	const answers = neighbours.flatMap((neighbour, n) => {
		// Interleaved, so nothing about the groups follows the order people joined in.
		const group = n % 5 < 3 ? 0 : 1;
		return statements.flatMap((statement, s) => {
			if (random() > 0.85) return [];
			const chance = STATEMENTS[s].agree[group];
			const roll = random();
			const answer = roll < chance ? ('agree' as const) : roll < chance + (1 - chance) * 0.8 ? ('disagree' as const) : ('pass' as const);
			return [{ ...base, statementId: statement.id, userId: neighbour.id, answer, updatedAt: new Date(opened.getTime() + (1 + n / 20) * DAY_MS) }];
		});
	});
	await tx.insert(conversationAnswers).values(answers);
	await tx.insert(conversationStatements).values([
		{ ...base, body: 'Could the library stay open later one night a week?', writtenBy: 'resident', authorUserId: neighbours[3].id, createdAt: new Date(now.getTime() - DAY_MS) },
		{ ...base, body: 'Ban the kids from the parade.', writtenBy: 'resident', authorUserId: neighbours[7].id, createdAt: new Date(now.getTime() - 3 * DAY_MS), hiddenAt: new Date(now.getTime() - 2 * DAY_MS), hiddenReason: 'It is about keeping people out, and this conversation is about making a space for everyone.' }
	]);
}
