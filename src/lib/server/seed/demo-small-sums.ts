import { eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { smallSumsPots, smallSumsSpends } from '../small-sums/small-sums.table';
import type { SpendCategory } from '../../small-sums/spend-categories';
import { demoStaffEmail } from './demo-people';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A demo spend: days from today (negative is past), pence, and who recorded it. */
type DemoSpend = { on: number; item: string; supplier: string; pence: number; purpose: string; category: SpendCategory; by?: 'lead' };
type DemoPot = { pounds: number; limit: number; funder: string; spends: DemoSpend[]; correction: { of: string; to: number; reason: string; on: number } };

const POTS: Record<string, DemoPot> = {
	brookfield: {
		pounds: 1_500,
		limit: 150,
		funder: 'Brookfield Homes',
		spends: [
			{ on: -38, item: 'Tea, milk and biscuits', supplier: 'Co-op, Brook Street', pence: 1_245, purpose: 'Monday drop-in at the community room; 14 people came.', category: 'refreshments' },
			{ on: -35, item: 'Bus fares to the workshop', supplier: 'Brookfield Buses', pence: 1_680, purpose: 'Three residents without a car came to the youth space workshop.', category: 'travel' },
			{ on: -31, item: 'Desk fan', supplier: 'Argos', pence: 2_499, purpose: 'For an older resident’s flat on the top floor in the heatwave.', category: 'household', by: 'lead' },
			{ on: -29, item: 'Flip chart paper and pens', supplier: 'Ryman', pence: 3_150, purpose: 'For the co-create evenings at the school hall.', category: 'materials' },
			{ on: -26, item: 'Hall hire, two hours', supplier: 'St Mark’s Church Hall', pence: 4_000, purpose: 'Evening meeting on the brook path lights; the community room was booked.', category: 'venue', by: 'lead' },
			{ on: -22, item: 'Squash and fruit', supplier: 'Lidl', pence: 875, purpose: 'Children’s table at the street stall, so parents could talk to us.', category: 'refreshments' },
			{ on: -19, item: 'Taxi home after the late meeting', supplier: 'Brookfield Cars', pence: 1_100, purpose: 'A resident who uses a wheelchair got home safely at 9 pm.', category: 'travel' },
			{ on: -15, item: 'Door wedge and draught excluder', supplier: 'Wilko', pence: 1_398, purpose: 'For the community room door, which would not stay open for wheelchairs.', category: 'household' },
			{ on: -12, item: 'Printing 200 leaflets in English and Welsh', supplier: 'Print Shop, High Street', pence: 6_400, purpose: 'Told every flat on the estate about the vote.', category: 'materials', by: 'lead' },
			{ on: -9, item: 'Tea, coffee and biscuits', supplier: 'Co-op, Brook Street', pence: 1_560, purpose: 'Monday drop-in; 19 people, two new to the estate.', category: 'refreshments' },
			{ on: -6, item: 'Second-hand microwave', supplier: 'British Heart Foundation shop', pence: 2_000, purpose: 'For a family moved in without a kitchen while theirs is repaired.', category: 'household' },
			{ on: -3, item: 'Bus fares to the library', supplier: 'Brookfield Buses', pence: 840, purpose: 'Two young people went to scan their proposal drawings.', category: 'travel' },
			{ on: -1, item: 'Padlock for the tool store', supplier: 'Brookfield Hardware', pence: 1_299, purpose: 'The residents’ garden tools were taken; the garden group asked for it.', category: 'materials' }
		],
		correction: { of: 'Desk fan', to: 1_999, reason: 'Argos matched a lower price and refunded £5.', on: -30 }
	},
	'st-elwyns': {
		pounds: 1_200,
		limit: 120,
		funder: 'Cyngor Sir / County Council',
		spends: [
			{ on: -37, item: 'Bara brith and tea', supplier: 'Popty Elwyn', pence: 1_850, purpose: 'Welsh speakers’ coffee morning at the chapel vestry; 11 came.', category: 'refreshments', by: 'lead' },
			{ on: -33, item: 'Train fares to Cardiff', supplier: 'Transport for Wales', pence: 4_420, purpose: 'Two residents spoke at the county’s housing forum about the damp flats.', category: 'travel' },
			{ on: -30, item: 'Electric heater', supplier: 'Screwfix', pence: 3_499, purpose: 'For a resident on oxygen whose heating broke before the weekend.', category: 'household' },
			{ on: -27, item: 'Sticky notes and marker pens', supplier: 'WHSmith', pence: 1_275, purpose: 'For the youth space workshop at the leisure centre.', category: 'materials' },
			{ on: -24, item: 'Room hire, evening', supplier: 'Canolfan St Elwyn', pence: 3_500, purpose: 'Vote launch evening with the youth club.', category: 'venue' },
			{ on: -20, item: 'Pizza for the youth club', supplier: 'Mario’s', pence: 4_800, purpose: '22 young people stayed to talk through the proposals.', category: 'refreshments' },
			{ on: -16, item: 'Bus passes for the day', supplier: 'Stagecoach', pence: 1_500, purpose: 'Three residents went to see a youth space in Merthyr before the vote.', category: 'travel' },
			{ on: -13, item: 'Printing voting letters help sheets', supplier: 'Print Shop, Heol Fawr', pence: 2_250, purpose: 'A sheet in Welsh and English on how to use a letter code.', category: 'materials', by: 'lead' },
			{ on: -10, item: 'Welsh cakes and squash', supplier: 'Popty Elwyn', pence: 960, purpose: 'Paper ballot table outside the school at home time.', category: 'refreshments' },
			{ on: -7, item: 'Blackout blind', supplier: 'Dunelm', pence: 2_199, purpose: 'For a resident on night shifts whose blind the landlord will not fix until spring.', category: 'household' },
			{ on: -4, item: 'Taxi to the count', supplier: 'Elwyn Taxis', pence: 1_200, purpose: 'An older resident who observes the count got there and back.', category: 'travel' },
			{ on: -2, item: 'Tea and biscuits', supplier: 'Spar', pence: 740, purpose: 'Thursday drop-in at the vestry.', category: 'refreshments' }
		],
		correction: { of: 'Pizza for the youth club', to: 4_200, reason: 'Mario’s took £6 off for a big order after we had paid.', on: -19 }
	}
};

/**
 * Each demo place's small-sums pot for a period around today, with a few weeks of believable
 * spends by its team member and lead, and one correction each. Plain inserts: no photos, so
 * seeding stays fast. Seeded once per place.
 */
export async function seedDemoSmallSums(tx: Database, now: Date): Promise<void> {
	const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	const day = (offset: number) => new Date(today + offset * DAY_MS).toISOString().slice(0, 10);
	const at = (offset: number) => new Date(Math.min(now.getTime(), today + offset * DAY_MS + 11 * 60 * 60 * 1000));
	for (const [slug, demo] of Object.entries(POTS)) {
		const [place] = await tx.select({ id: places.id }).from(places).where(eq(places.slug, slug));
		if (!place) continue;
		const [seeded] = await tx.select({ id: smallSumsPots.id }).from(smallSumsPots).where(eq(smallSumsPots.placeId, place.id)).limit(1);
		if (seeded) continue;
		const userOf = async (role: 'lead' | 'team_member') => (await tx.select({ id: users.id }).from(users).where(eq(users.email, demoStaffEmail(slug, role))))[0]?.id ?? null;
		const byRole = { lead: await userOf('lead'), team_member: await userOf('team_member') };
		const [pot] = await tx
			.insert(smallSumsPots)
			.values({ placeId: place.id, amountMinor: demo.pounds * 100, funderName: demo.funder, startsOn: day(-40), endsOn: day(50), spendLimitMinor: demo.limit * 100, createdAt: at(-41), updatedAt: at(-41) })
			.returning({ id: smallSumsPots.id });
		const rows = await tx
			.insert(smallSumsSpends)
			.values(
				demo.spends.map((spend) => ({
					placeId: place.id,
					potId: pot.id,
					spentOn: day(spend.on),
					item: spend.item,
					supplier: spend.supplier,
					amountMinor: spend.pence,
					purpose: spend.purpose,
					category: spend.category,
					recordedByUserId: byRole[spend.by ?? 'team_member'],
					createdAt: at(spend.on)
				}))
			)
			.returning({ id: smallSumsSpends.id, item: smallSumsSpends.item, amountMinor: smallSumsSpends.amountMinor, purpose: smallSumsSpends.purpose, supplier: smallSumsSpends.supplier, category: smallSumsSpends.category });
		const { of, to, reason, on } = demo.correction;
		const original = rows.find((row) => row.item === of)!;
		await tx.insert(smallSumsSpends).values({
			...original,
			id: undefined,
			placeId: place.id,
			potId: pot.id,
			spentOn: day(on),
			amountMinor: to - original.amountMinor,
			correctsSpendId: original.id,
			reason,
			recordedByUserId: byRole.team_member,
			createdAt: at(on)
		});
	}
}
