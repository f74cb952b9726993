import { eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { learningReviews } from '../learning/learning.table';
import { places } from '../places/places.table';
import { demoStaffEmail } from './demo-people';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What Brookfield's team wrote after "Safer walks to school": concrete, with the numbers they had. */
const SAFER_WALKS_REVIEW = {
	worked:
		'The table at the school gate brought 61 paper votes over two mornings and an afternoon: a quarter of everyone who voted, and mostly parents who had never been to a meeting.\n\n' +
		'Walking the brook path with parents and the head teacher at 8 o’clock on a dark January morning turned worries into six proposals we could cost. Letters with a voting code to the 120 homes along the path brought 31 votes from older neighbours who do not go online.',
	didNotWork:
		'Only 3 of the 40 posts in the discover phase came from children or teenagers, and they are the ones who walk the path.\n\n' +
		'Two proposals needed the council’s highways team, and their answer took seven weeks, so the vote started a fortnight late and we lost the half-term push we had planned. Online, about one in five people who asked for a code never used it: some told us the email went to their spam folder.',
	cost:
		'On top of the £30,000 residents voted on, running the cycle cost about £4,900: 26 days of staff time (£3,640), posters, ballot papers and letters (£410), postage for the voting codes (£170), the community centre for two workshops (£240), tea and biscuits (£95) and an interpreter for two Polish-speaking families (£345).\n\n' +
		'Volunteers gave about 60 hours, most of it at the school gate table.',
	wouldChange:
		'Put the school gate table out from the first week of discover, not only for the vote, and ask the secondary school for a tutor period so young people can post their ideas.\n\n' +
		'Ask the highways team to look at proposals before we review them, with a two-week answer agreed in advance. Tell people to check their spam folder for the code, and offer a letter code to anyone who asks at the table.'
};

/**
 * Brookfield's published learning review of its finished "Safer walks to school" cycle, written
 * ten days after the implement phase ended. Call after the places and people are seeded; it does
 * nothing when the place or cycle is missing, and never writes a second review.
 */
export async function seedDemoLearning(tx: Database, now: Date): Promise<void> {
	const [place] = await tx.select().from(places).where(eq(places.slug, 'brookfield'));
	const cycle = place ? await findPublishedCycle(tx, place.id, '2025-safer-walks') : null;
	if (!place || !cycle) return;
	const [lead] = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoStaffEmail('brookfield', 'lead')));
	const ended = cycle.phases.find((phase) => phase.kind === 'implement')?.closesAt ?? now;
	const publishedAt = new Date(Math.min(ended.getTime() + 10 * DAY_MS, now.getTime()));
	await tx
		.insert(learningReviews)
		.values({
			placeId: place.id,
			cycleId: cycle.id,
			...SAFER_WALKS_REVIEW,
			language: 'en',
			publishedAt,
			updatedByUserId: lead?.id ?? null,
			createdAt: new Date(publishedAt.getTime() - 4 * DAY_MS),
			updatedAt: publishedAt
		})
		.onConflictDoNothing({ target: learningReviews.cycleId });
}
