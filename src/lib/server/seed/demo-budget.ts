import { and, eq } from 'drizzle-orm';
import { contributions } from '../budget/budget.table';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../db/database';
import { places } from '../places/places.table';

type DemoContribution = { funderName: string; amountMinor: number; note?: string };
/** No pots: each demo cycle has one vote for all its money (pots are for places that split by area or theme). */
type DemoBudget = { place: string; cycle: string; contributions: DemoContribution[] };

/** Pooled money as a real roll-out has it: a housing association, a council, a health partner, a grant. */
const budgets: DemoBudget[] = [
	{
		place: 'brookfield',
		cycle: '2026-spaces-to-meet',
		contributions: [
			{ funderName: 'Brookfield Homes', amountMinor: 3_000_000, note: 'From the community investment fund' },
			{ funderName: 'Brookfield Town Council', amountMinor: 1_500_000 },
			{ funderName: 'Brookfield Primary Care Network', amountMinor: 500_000, note: 'For spaces that help people be less lonely' }
		]
	},
	{
		place: 'st-elwyns',
		cycle: '2026-a-place-for-young-people',
		contributions: [
			{ funderName: 'Tai Elwyn', amountMinor: 2_000_000 },
			{ funderName: 'Cyngor y Ddinas / City Council', amountMinor: 1_000_000 },
			{ funderName: 'National Lottery Community Fund', amountMinor: 1_200_000, note: 'Awards for All Wales grant' }
		]
	},
	{
		place: 'northgate',
		cycle: '2026-the-green',
		contributions: [
			{ funderName: 'Northgate Housing Co-operative', amountMinor: 800_000 },
			{ funderName: 'Northgate ward budget (city council)', amountMinor: 400_000 }
		]
	}
];

export async function seedDemoBudgets(tx: Database, now: Date): Promise<void> {
	for (const budget of budgets) {
		const [cycle] = await tx
			.select({ id: cycles.id, placeId: cycles.placeId })
			.from(cycles)
			.innerJoin(places, eq(places.id, cycles.placeId))
			.where(and(eq(places.slug, budget.place), eq(cycles.slug, budget.cycle)));
		if (!cycle) continue;
		await tx.insert(contributions).values(
			budget.contributions.map((c, index) => ({
				placeId: cycle.placeId,
				cycleId: cycle.id,
				funderName: c.funderName,
				amountMinor: c.amountMinor,
				note: c.note ?? null,
				// Keeps the funders in the order written here.
				createdAt: new Date(now.getTime() - (budget.contributions.length - index) * 60_000)
			}))
		);
	}
}
