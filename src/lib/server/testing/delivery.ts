import { users } from '../accounts/accounts.table';
import type { Person } from '../auth/actor';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { results } from '../results/results.table';

/**
 * For the delivery tests: a place with a counted cycle (proposals 1 and 3 funded, 2 not; 4 funded
 * by a count that failed, so not funded) and its lead, as a Person with the lead's role there.
 */
export async function seedCountedPlace(db: Database, slug: string): Promise<{ place: { id: string }; cycle: { id: string; placeId: string }; lead: Person; proposalIds: string[] }> {
	const [user] = await db.insert(users).values({ email: `lead@${slug}.example` }).returning();
	const [place] = await db.insert(places).values({ slug, name: { en: slug }, summary: {}, areaDescription: {}, teamDescription: {} }).returning();
	const [cycle, other] = await db
		.insert(cycles)
		.values([
			{ placeId: place.id, slug: 'counted', title: { en: 'Counted' }, challenge: {}, status: 'active' },
			{ placeId: place.id, slug: 'other', title: { en: 'Other' }, challenge: {}, status: 'active' }
		])
		.returning({ id: cycles.id, placeId: cycles.placeId });
	const base = { placeId: place.id, cycleId: cycle.id, summary: 's', status: 'feasible' as const, reviewReason: 'ok' };
	const rows = await db
		.insert(proposals)
		.values([
			{ ...base, number: 1, title: 'Lights', estimatedCostMinor: 500_000, reviewedCostMinor: 450_050 },
			{ ...base, number: 2, title: 'Benches', estimatedCostMinor: 100_000 },
			{ ...base, number: 3, title: 'Bags', estimatedCostMinor: 240_000 },
			{ ...base, cycleId: other.id, number: 1, title: 'Elsewhere', estimatedCostMinor: 1_000 }
		])
		.returning({ id: proposals.id });
	const ids = rows.map((row) => row.id);
	const counted = { placeId: place.id, rule: 'greedy', completion: 'none', tieBreak: 'min-cost-then-votes', budgetMinor: 1_000_000 };
	await db.insert(results).values([
		{ ...counted, cycleId: cycle.id, state: 'counted', selected: [ids[0], ids[2]], spentMinor: 690_050, countedAt: new Date() },
		// A failed count of the other cycle names a proposal it never funded.
		{ ...counted, cycleId: other.id, state: 'failed', selected: [ids[3]] }
	]);
	const lead: Person = { kind: 'person', userId: user.id, email: user.email, displayName: null, isSteward: false, roles: { [place.id]: 'lead' } };
	return { place, cycle, lead, proposalIds: ids };
}
