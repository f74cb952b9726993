import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { users } from '../accounts/accounts.table';
import { contributions } from '../budget/budget.table';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { proposals, proposalVersions } from '../proposals/proposals.table';
import { countHere, finishCount } from '../results/count-pot';
import { results } from '../results/results.table';
import { hashCode } from '../voting/hash-code';
import { newReceiptCode, hourOf, voterKey } from '../voting/cast-ballot';
import { ballots, participations } from '../voting/voting.table';
import type { VoteChannel } from '../../voting/vote-channels';
import { checkCountGate } from '../../cycles/count-gate';
import { demoStaffEmail } from './demo-people';
import { seededRandom } from './seeded-random';

const DAY_MS = 24 * 60 * 60 * 1000;
const pounds = (amount: number) => amount * 100;

/** Brookfield's finished cycle, as residents voted on it last year: what they chose, and how much. */
const SAFER_WALKS = [
	{ title: 'Lights along the brook path', summary: 'Solar lights every 30 metres from the footbridge to the school gate.', costMinor: pounds(14_000), liked: 0.62 },
	{ title: 'Lollipop crossing patrol on Alder Road', summary: 'A paid crossing patrol at the Alder Road junction, mornings and afternoons, for a year.', costMinor: pounds(6_500), liked: 0.48 },
	{ title: 'Walking bus with volunteer parents', summary: 'Training, hi-vis and a rota app for parents who walk groups of children to school.', costMinor: pounds(1_800), liked: 0.34 },
	{ title: 'Cut back hedges and mend the path', summary: 'Clear the overgrown hedges and fill the potholes that flood in winter.', costMinor: pounds(9_000), liked: 0.41 },
	{ title: 'Speed cushions on School Lane', summary: 'Three speed cushions and a 20 mph sign between the church and the school.', costMinor: pounds(16_000), liked: 0.27 },
	{ title: 'Hi-vis bags and bike lights for every child', summary: 'A reflective bag and a set of lights for each of the school’s 310 children.', costMinor: pounds(2_400), liked: 0.45 }
];

/** How the 240 voters came: most online, a table at the school gate on paper, letters to older neighbours. */
const CHANNELS: [VoteChannel, number][] = [
	['online', 148],
	['paper', 61],
	['letter_code', 31]
];

/**
 * A closed vote with its count: Brookfield's "Safer walks to school" gets its feasible proposals,
 * pooled money, 240 ballots on three channels and the stored result, counted by the same engine
 * and code a real count uses, so its results page explains every proposal.
 */
export async function seedDemoResults(tx: Database, now: Date): Promise<void> {
	const [place] = await tx.select().from(places).where(eq(places.slug, 'brookfield'));
	const cycle = place ? await findPublishedCycle(tx, place.id, '2025-safer-walks') : null;
	const test = cycle?.phases.find((phase) => phase.kind === 'test');
	if (!place || !cycle || !test?.opensAt) return;
	const gate = checkCountGate(cycle, now);
	if (!gate.open) return;
	const [lead] = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoStaffEmail('brookfield', 'lead')));
	const reviewedAt = new Date(test.opensAt.getTime() - 5 * DAY_MS);

	const ids: string[] = [];
	for (const [index, demo] of SAFER_WALKS.entries()) {
		const createdAt = new Date(reviewedAt.getTime() - (20 - index) * DAY_MS);
		const text = { title: demo.title, summary: demo.summary, details: '', estimatedCostMinor: demo.costMinor, locationText: null, challengeId: null };
		const [row] = await tx
			.insert(proposals)
			.values({
				...text,
				placeId: place.id,
				cycleId: cycle.id,
				number: index + 1,
				status: 'feasible',
				reviewedCostMinor: demo.costMinor,
				reviewReason: 'Checked with the school and the council; the cost is the quote we got.',
				reviewedAt,
				reviewedByUserId: lead?.id ?? null,
				createdAt,
				updatedAt: createdAt
			})
			.returning({ id: proposals.id });
		ids.push(row.id);
		await tx.insert(proposalVersions).values({ ...text, placeId: place.id, proposalId: row.id, version: 1, editedByUserId: null, createdAt });
	}
	await tx.insert(contributions).values([
		{ placeId: place.id, cycleId: cycle.id, funderName: 'Brookfield Homes', amountMinor: pounds(20_000), createdAt: reviewedAt },
		{ placeId: place.id, cycleId: cycle.id, funderName: 'Brookfield Town Council', amountMinor: pounds(10_000), note: 'Road safety budget', createdAt: reviewedAt }
	]);

	const random = seededRandom(2025);
	const hour = hourOf(new Date(test.opensAt.getTime() + 3 * DAY_MS));
	const voted = CHANNELS.flatMap(([channel, count]) => Array.from({ length: count }, () => channel));
	const ballotRows = voted.map((channel) => {
		const choices = ids.filter((_, p) => random() < SAFER_WALKS[p].liked);
		return { placeId: place.id, cycleId: cycle.id, potId: null, channel, choices: { choices: choices.length > 0 ? choices : [ids[0]] }, receiptHash: hashCode(newReceiptCode()), castHour: hour };
	});
	await tx.insert(participations).values(
		voted.map((channel) => ({ placeId: place.id, cycleId: cycle.id, potId: null, voterKey: voterKey({ kind: 'user', userId: randomUUID() }), channel, votedHour: hour }))
	);
	await tx.insert(ballots).values(ballotRows);

	const [row] = await tx
		.insert(results)
		.values({ placeId: place.id, cycleId: cycle.id, potId: null, rule: gate.settings.outcomeRule, completion: gate.settings.outcomeRule === 'mes' ? 'add1' : 'none', tieBreak: 'min-cost-then-votes', budgetMinor: 0, startedByUserId: lead?.id ?? null, startedAt: test.closesAt ?? now })
		.returning({ id: results.id });
	await finishCount({ db: tx, count: countHere }, { place, cycle, potId: null, settings: gate.settings, resultId: row.id });
	await tx.update(results).set({ countedAt: test.closesAt ?? now }).where(and(eq(results.id, row.id), eq(results.placeId, place.id)));
}
