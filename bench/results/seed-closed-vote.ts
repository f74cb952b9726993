import { randomUUID } from 'node:crypto';
import { users } from '../../src/lib/server/accounts/accounts.table';
import { contributions, pots } from '../../src/lib/server/budget/budget.table';
import { findPublishedCycle, type CycleWithPhases } from '../../src/lib/server/cycles/cycles.queries';
import { cycles, phases } from '../../src/lib/server/cycles/cycles.table';
import type { Database } from '../../src/lib/server/platform/db/database';
import { places, type Place } from '../../src/lib/server/places/places.table';
import { proposals } from '../../src/lib/server/proposals/proposals.table';
import { hourOf, voterKey } from '../../src/lib/server/voting/cast-ballot';
import { hashCode } from '../../src/lib/server/voting/hash-code';
import { ballots, participations, type VoteChannel } from '../../src/lib/server/voting/voting.table';
import { seededRandom } from '../../src/lib/server/seed/seeded-random';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows per insert: a few thousand keeps each statement well under Postgres's 65,535 parameters. */
const BATCH = 4000;

export interface ClosedVote {
	place: Place;
	cycle: CycleWithPhases;
	potId: string;
	lead: { userId: string; email: string };
	params: { place: string; cycle: string };
}

/**
 * A place whose cycle's vote closed two days ago: one pot of £500,000, `proposalCount` feasible
 * proposals on its ballot (£10,000 to £86,000, more than the pot holds), and `ballotCount`
 * approval ballots with their participations (70% online, 20% paper, 10% letter code), inserted
 * in batches as a vote's worth of castBallot calls would have left them. Not yet counted.
 */
export async function seedClosedVote(db: Database, options: { ballotCount: number; proposalCount: number; now: Date }): Promise<ClosedVote> {
	const { ballotCount, proposalCount, now } = options;
	const at = (days: number) => new Date(now.getTime() + days * DAY_MS);
	const [lead] = await db.insert(users).values({ email: 'lead@bench.invalid', emailVerifiedAt: now }).returning();
	const [place] = await db.insert(places).values({ slug: 'bench', name: { en: 'Bench' }, summary: { en: 'A place for the results benchmark' }, areaDescription: {}, teamDescription: {} }).returning();
	const [cycle] = await db.insert(cycles).values({ placeId: place.id, slug: 'closed-vote', title: { en: 'The closed vote' }, challenge: { en: 'What should we do?' }, status: 'active' }).returning();
	const schedule = [
		{ kind: 'discover' as const, opensAt: at(-120), closesAt: at(-90), settings: {} },
		{ kind: 'co_create' as const, opensAt: at(-90), closesAt: at(-30), settings: {} },
		{ kind: 'test' as const, opensAt: at(-30), closesAt: at(-2), settings: { ballotType: 'approval', approvalMinChoices: 1, approvalMaxChoices: null, outcomeRule: 'mes' } },
		{ kind: 'implement' as const, opensAt: at(-2), closesAt: at(300), settings: {} }
	];
	await db.insert(phases).values(schedule.map((phase, position) => ({ placeId: place.id, cycleId: cycle.id, position: position + 1, ...phase })));
	const [pot] = await db.insert(pots).values({ placeId: place.id, cycleId: cycle.id, name: { en: 'The whole area' }, description: {}, position: 1, allocatedMinor: 50_000_000 }).returning({ id: pots.id });
	await db.insert(contributions).values({ placeId: place.id, cycleId: cycle.id, funderName: 'Council', amountMinor: 50_000_000 });
	const ballotItems = await db
		.insert(proposals)
		.values(
			Array.from({ length: proposalCount }, (_, i) => ({
				placeId: place.id,
				cycleId: cycle.id,
				potId: pot.id,
				number: i + 1,
				title: `Project ${i + 1}`,
				summary: `What project ${i + 1} would do for the neighbourhood, in a sentence or two.`,
				estimatedCostMinor: 1_000_000 + ((i * 7) % proposalCount) * 400_000,
				status: 'feasible' as const,
				reviewReason: 'Checked by the team'
			}))
		)
		.returning({ id: proposals.id });

	// Each project has its own popularity (10% to 60% of voters approve it); nobody hands in a blank.
	const random = seededRandom(100_000);
	const liked = ballotItems.map(() => 0.1 + random() * 0.5);
	const hour = hourOf(at(-10));
	const channelOf = (n: number): VoteChannel => (n % 10 < 7 ? 'online' : n % 10 < 9 ? 'paper' : 'letter_code');
	for (let start = 0; start < ballotCount; start += BATCH) {
		const size = Math.min(BATCH, ballotCount - start);
		const batch = Array.from({ length: size }, (_, i) => start + i);
		await db.insert(participations).values(
			batch.map((n) => ({ placeId: place.id, cycleId: cycle.id, potId: pot.id, voterKey: voterKey({ kind: 'user', userId: randomUUID() }), channel: channelOf(n), votedHour: hour }))
		);
		await db.insert(ballots).values(
			batch.map((n) => {
				const choices = ballotItems.filter((_, p) => random() < liked[p]).map((item) => item.id);
				return {
					placeId: place.id,
					cycleId: cycle.id,
					potId: pot.id,
					channel: channelOf(n),
					choices: { choices: choices.length > 0 ? choices : [ballotItems[n % ballotItems.length].id] },
					receiptHash: hashCode(randomUUID()),
					castHour: hour
				};
			})
		);
	}
	const published = await findPublishedCycle(db, place.id, cycle.slug);
	if (!published) throw new Error('bench: the cycle did not load');
	return { place, cycle: published, potId: pot.id, lead: { userId: lead.id, email: lead.email }, params: { place: place.slug, cycle: cycle.slug } };
}
