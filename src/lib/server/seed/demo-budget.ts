import { and, eq, inArray } from 'drizzle-orm';
import type { LocalizedText } from '../../localized-text';
import { contributions, pots } from '../budget/budget.table';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';

type DemoContribution = { funderName: string; amountMinor: number; note?: string; /** Ring-fenced to the pot of this index. */ pot?: number };
/** A pot: its own ballot for its own money; the proposals on it are named by their titles. */
type DemoPot = { name: LocalizedText; description: LocalizedText; allocatedMinor: number; proposals: string[] };
/** Brookfield and Northgate vote once for all their money; St Elwyn's splits it into two pots by theme. */
type DemoBudget = { place: string; cycle: string; contributions: DemoContribution[]; pots?: DemoPot[] };

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
			{ funderName: 'National Lottery Community Fund', amountMinor: 1_200_000, note: 'Awards for All Wales grant, for activities outdoors', pot: 1 }
		],
		pots: [
			{
				name: { en: 'Evenings and getting about', cy: 'Gyda’r nos a theithio' },
				description: { en: 'Things to do after school and in the evening, and getting home safely.', cy: 'Pethau i’w gwneud ar ôl ysgol a gyda’r nos, a chyrraedd adref yn ddiogel.' },
				allocatedMinor: 1_400_000,
				proposals: ['Clwb ieuenctid nos Wener yn y llyfrgell', 'Gwersi gitâr a stiwdio recordio fach', 'Late bus home from town on Saturday nights', 'Wi-fi a gwefru ffonau yn y cysgodfan bws']
			},
			{
				name: { en: 'Outdoors', cy: 'Yn yr awyr agored' },
				description: { en: 'The green, the beach and the gardens.', cy: 'Y lawnt, y traeth a’r gerddi.' },
				allocatedMinor: 1_600_000,
				proposals: ['Skate and scooter park on the old bowling green', 'Sesiynau syrffio i bobl ifanc dros yr haf', 'Paid summer jobs in the cathedral gardens']
			}
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
		const potIds: string[] = [];
		for (const [index, pot] of (budget.pots ?? []).entries()) {
			const [row] = await tx
				.insert(pots)
				.values({ placeId: cycle.placeId, cycleId: cycle.id, name: pot.name, description: pot.description, allocatedMinor: pot.allocatedMinor, position: index + 1 })
				.returning({ id: pots.id });
			potIds.push(row.id);
			const assigned = await tx
				.update(proposals)
				.set({ potId: row.id })
				.where(and(eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), inArray(proposals.title, pot.proposals)))
				.returning({ id: proposals.id });
			// A renamed demo proposal must not silently drop off a pot's ballot.
			if (assigned.length !== pot.proposals.length) throw new Error(`Demo pot ${pot.name.en}: found ${assigned.length} of ${pot.proposals.length} proposals`);
		}
		await tx.insert(contributions).values(
			budget.contributions.map((c, index) => ({
				placeId: cycle.placeId,
				cycleId: cycle.id,
				funderName: c.funderName,
				amountMinor: c.amountMinor,
				note: c.note ?? null,
				potId: c.pot === undefined ? null : potIds[c.pot],
				// Keeps the funders in the order written here.
				createdAt: new Date(now.getTime() - (budget.contributions.length - index) * 60_000)
			}))
		);
	}
}
