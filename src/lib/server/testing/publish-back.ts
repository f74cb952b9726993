import { sql } from 'drizzle-orm';
import type { ProjectExplanation } from '../../tally';
import { users } from '../accounts/accounts.table';
import { challenges } from '../challenges/challenges.table';
import { cycles, phases } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { deliveries, deliverySpending, deliveryUpdates, outcomeEvidence, outcomes } from '../delivery/delivery.table';
import { communityGroups } from '../groups/groups.table';
import { learningReviews } from '../learning/learning.table';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { decisionStatements, resultChanges } from '../decisions/decisions.table';
import { results } from '../results/results.table';

/*
 * A place whose finished cycle went all the way, for the publish-back tests (not a test itself):
 *   1 funded, being delivered (money spent, two updates, an outcome with two pieces of evidence)
 *   2 on the ballot, not funded (money later moved to it from 7)
 *   3 not feasible, with the team's reason        4 merged into 1
 *   5 submitted, never reviewed                   6 funded, then hidden
 *   7 funded, then dropped after the vote; its delivery stopped
 * and a draft cycle with a reviewed proposal that nobody may see yet.
 */
export const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);
export const NOW = at(200);

const funded = (project: string, round: number): ProjectExplanation => ({ project, status: 'funded', cost: 1000, round, stage: 'rule', supporters: 40, payers: 40, minShare: 25, maxShare: 25, effectiveVotes: 40 });

export async function seedPublishedStory(db: Database, slug = 'pb', extraProposals = 0) {
	const [place] = await db.insert(places).values({ slug, name: { en: 'Place' }, summary: {}, areaDescription: {}, teamDescription: {}, updatedAt: at(0) }).returning();
	const [cycle] = await db.insert(cycles).values({ placeId: place.id, slug: 'c', title: { en: 'The cycle' }, challenge: {}, status: 'finished' }).returning();
	const [draft] = await db.insert(cycles).values({ placeId: place.id, slug: 'draft', title: { en: 'Draft' }, challenge: {}, status: 'draft' }).returning();
	await db.insert(phases).values(
		(['discover', 'co_create', 'test', 'implement'] as const).map((kind, index) => ({ placeId: place.id, cycleId: cycle.id, kind, position: index + 1, opensAt: at(index * 30), closesAt: at(index * 30 + 30) }))
	);
	const [ann] = await db.insert(users).values({ email: `ann-${slug}@example.org`, displayName: 'Ann' }).returning();
	const [anon] = await db.insert(users).values({ email: `quiet-${slug}@example.org` }).returning();
	const [group] = await db.insert(communityGroups).values({ slug: `club-${slug}`, name: 'The Club' }).returning();
	const reviewed = (status: 'feasible' | 'not_feasible' | 'merged', reason: string) => ({ status, reviewReason: reason, reviewedAt: at(50), reviewedCostMinor: 100_000 });
	const base = { placeId: place.id, cycleId: cycle.id, summary: 'In a sentence.', estimatedCostMinor: 120_000, createdAt: at(35) };
	const rows = await db
		.insert(proposals)
		.values([
			{ ...base, number: 1, title: 'Lights', authorUserId: ann.id, ...reviewed('feasible', 'The council agrees.') },
			{ ...base, number: 2, title: 'Benches', authorUserId: ann.id, groupId: group.id, ...reviewed('feasible', 'Checked.') },
			{ ...base, number: 3, title: 'A bridge', authorUserId: anon.id, ...reviewed('not_feasible', 'The river is the county’s, and it said no.') },
			{ ...base, number: 5, title: 'Not yet', authorUserId: ann.id },
			{ ...base, number: 6, title: 'Secret', authorUserId: ann.id, ...reviewed('feasible', 'Fine.'), hiddenAt: at(70), hiddenReason: 'Broke the rules.' },
			{ ...base, number: 7, title: 'Bins', authorUserId: ann.id, ...reviewed('feasible', 'Fine.') },
			{ ...base, cycleId: draft.id, number: 1, title: 'In a draft cycle', authorUserId: ann.id, ...reviewed('feasible', 'Fine.') }
		])
		.returning();
	const byNumber = (n: number) => rows.find((r) => r.number === n && r.cycleId === cycle.id)!;
	await db.insert(proposals).values({ ...base, number: 4, title: 'More lights', authorUserId: ann.id, ...reviewed('merged', 'Same idea.'), mergedIntoProposalId: byNumber(1).id });
	if (extraProposals > 0) {
		await db.execute(sql`insert into proposals (place_id, cycle_id, number, title, summary, estimated_cost_minor, author_user_id, status, review_reason, reviewed_at, created_at)
			select ${place.id}, ${cycle.id}, 100 + n, 'Extra ' || n, 'Extra', 1000, ${ann.id}, 'not_feasible', 'No.', ${at(50).toISOString()}::timestamptz, ${at(35).toISOString()}::timestamptz from generate_series(1, ${extraProposals}) n`);
	}
	const [one, two, six, seven] = [byNumber(1), byNumber(2), byNumber(6), byNumber(7)];
	const [result] = await db
		.insert(results)
		.values({
			placeId: place.id,
			cycleId: cycle.id,
			state: 'counted',
			rule: 'mes',
			completion: 'add1',
			tieBreak: 'min-cost-then-votes',
			budgetMinor: 400_000,
			ballotCount: 90,
			spentMinor: 300_000,
			selected: [one.id, six.id, seven.id],
			explanations: [funded(one.id, 1), funded(six.id, 2), funded(seven.id, 3), { project: two.id, status: 'unfunded', cost: 1000, supporters: 0, reason: 'no_support' }],
			countedAt: at(91)
		})
		.returning();
	await db.insert(decisionStatements).values({ placeId: place.id, resultId: result.id, body: 'We agree & will start in May.', createdAt: at(92) });
	await db.insert(resultChanges).values([
		{ placeId: place.id, resultId: result.id, kind: 'project_dropped', proposalId: seven.id, reason: 'The bins company closed.', createdAt: at(100) },
		{ placeId: place.id, resultId: result.id, kind: 'money_moved', proposalId: seven.id, toProposalId: two.id, amountMinor: 100_000, reason: 'Next in line.', createdAt: at(101) }
	]);
	const [delivery, stopped] = await db
		.insert(deliveries)
		.values([
			{ placeId: place.id, cycleId: cycle.id, proposalId: one.id, budgetMinor: 100_000, status: 'in_progress', createdAt: at(95), updatedAt: at(110) },
			{ placeId: place.id, cycleId: cycle.id, proposalId: seven.id, budgetMinor: 100_000, status: 'stopped', statusReason: 'The company closed.', createdAt: at(95), updatedAt: at(100) },
			{ placeId: place.id, cycleId: cycle.id, proposalId: six.id, budgetMinor: 100_000, status: 'done', statusReason: 'Done quietly.', createdAt: at(95), updatedAt: at(120) }
		])
		.returning();
	await db.insert(deliverySpending).values([
		{ placeId: place.id, deliveryId: delivery.id, amountMinor: 30_000, note: 'Posts', spentOn: '2026-04-20' },
		{ placeId: place.id, deliveryId: delivery.id, amountMinor: 12_500, note: 'Wiring', spentOn: '2026-04-25' }
	]);
	await db.insert(deliveryUpdates).values([
		{ placeId: place.id, deliveryId: delivery.id, body: 'Posts are in.', createdAt: at(111) },
		{ placeId: place.id, deliveryId: delivery.id, body: 'Mae’r goleuadau ymlaen.', language: 'cy', createdAt: at(130) }
	]);
	const [outcome] = await db.insert(outcomes).values({ placeId: place.id, deliveryId: delivery.id, statement: 'Children walk to school in winter', agreedWith: 'parents at the school gate' }).returning();
	await db.insert(outcomeEvidence).values([
		{ placeId: place.id, outcomeId: outcome.id, body: '12 children walked.', observedOn: '2026-05-01' },
		{ placeId: place.id, outcomeId: outcome.id, body: '31 children walked.', observedOn: '2026-06-01' }
	]);
	await db.insert(challenges).values([
		{ placeId: place.id, cycleId: cycle.id, question: { en: 'How might we walk safely?' }, summary: { en: 'What we heard.' }, publishedAt: at(28) },
		{ placeId: place.id, cycleId: cycle.id, question: { en: 'Still a draft?' }, summary: {} }
	]);
	await db.insert(learningReviews).values({ placeId: place.id, cycleId: cycle.id, worked: 'a', didNotWork: 'b', cost: 'c', wouldChange: 'd', publishedAt: at(140), updatedAt: at(141) });
	return { place, cycle, draft, proposal: byNumber, result, delivery, stopped };
}
