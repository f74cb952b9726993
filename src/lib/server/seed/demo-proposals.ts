import { and, eq, isNotNull } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { challenges } from '../challenges/challenges.table';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { communityGroups } from '../groups/groups.table';
import { places } from '../places/places.table';
import { proposals, proposalVersions } from '../proposals/proposals.table';
import type { ProposalStatus } from '../../proposals/proposal-statuses';
import { demoStaffEmail } from './demo-people';
import { demoProposals, type DemoProposal } from './demo-proposals-data';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Demo proposals: Brookfield's co-create phase is open, with proposals from residents and from
 * Brookfield Youth Club, a few already reviewed (feasible with a checked cost, not feasible, one
 * merged into another); St Elwyn's is voting, so its proposals are all reviewed as feasible, some
 * written in Welsh. Each links to a published challenge of its cycle when one matches.
 */
export async function seedDemoProposals(tx: Database, now: Date): Promise<void> {
	for (const [placeSlug, cycleSlug] of [['brookfield', '2026-spaces-to-meet'], ['st-elwyns', '2026-a-place-for-young-people']] as const) {
		const [cycle] = await tx
			.select({ id: cycles.id, placeId: cycles.placeId })
			.from(cycles)
			.innerJoin(places, eq(places.id, cycles.placeId))
			.where(and(eq(places.slug, placeSlug), eq(cycles.slug, cycleSlug)));
		if (!cycle) continue;
		const published = await tx
			.select({ id: challenges.id, question: challenges.question })
			.from(challenges)
			.where(and(eq(challenges.placeId, cycle.placeId), eq(challenges.cycleId, cycle.id), isNotNull(challenges.publishedAt)));
		const [lead] = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoStaffEmail(placeSlug, 'lead')));
		const idsByNumber = new Map<number, string>();
		const list = demoProposals[placeSlug];
		for (const [index, demo] of list.entries()) {
			const number = index + 1;
			const createdAt = new Date(now.getTime() - demo.daysAgo * DAY_MS);
			const text = {
				title: demo.title,
				summary: demo.summary,
				details: demo.details ?? '',
				estimatedCostMinor: demo.estimatedCostMinor,
				locationText: demo.locationText ?? null,
				challengeId: demo.answers ? (published.find((c) => Object.values(c.question).some((q) => q.includes(demo.answers!)))?.id ?? null) : null
			};
			const review = demo.review;
			const [row] = await tx
				.insert(proposals)
				.values({
					...text,
					placeId: cycle.placeId,
					cycleId: cycle.id,
					number,
					language: demo.language ?? 'en',
					authorUserId: await findOrAddAuthor(tx, demo),
					groupId: demo.group ? await findGroupId(tx, demo.group) : null,
					status: (review?.status ?? 'submitted') as ProposalStatus,
					reviewedCostMinor: review?.reviewedCostMinor ?? null,
					reviewReason: review?.reason ?? null,
					mergedIntoProposalId: review?.mergedInto ? idsByNumber.get(review.mergedInto) : null,
					reviewedAt: review ? new Date(createdAt.getTime() + 3 * DAY_MS) : null,
					reviewedByUserId: review ? (lead?.id ?? null) : null,
					createdAt,
					updatedAt: createdAt
				})
				.returning({ id: proposals.id, authorUserId: proposals.authorUserId });
			idsByNumber.set(number, row.id);
			await tx.insert(proposalVersions).values({ ...text, placeId: cycle.placeId, proposalId: row.id, version: 1, editedByUserId: row.authorUserId, createdAt });
		}
	}
}

async function findOrAddAuthor(tx: Database, demo: DemoProposal): Promise<string> {
	const email = demo.group ? 'youth-club@placecraft.example' : `proposer.${demo.author.toLowerCase().replace(/[^a-z]+/g, '-')}@placecraft.example`;
	const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
	if (existing) return existing.id;
	const [added] = await tx.insert(users).values({ email, displayName: demo.author }).returning({ id: users.id });
	return added.id;
}

async function findGroupId(tx: Database, slug: string): Promise<string | null> {
	const [group] = await tx.select({ id: communityGroups.id }).from(communityGroups).where(eq(communityGroups.slug, slug));
	return group?.id ?? null;
}
