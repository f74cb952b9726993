import { sql } from 'drizzle-orm';
import { parsePhaseSettings } from '../../validation/phase-settings';
import { cycles, phases } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { posts } from '../posts/posts.table';
import { seedDemoChallenges } from './demo-challenges';
import { seedDemoComments } from './demo-comments';
import { seedDemoConversation } from './demo-conversation';
import { demoPlaces } from './demo-data';
import { seedDemoBudgets } from './demo-budget';
import { seedDemoLetterCodes } from './demo-letter-codes';
import { seedDemoResults } from './demo-results';
import { seedDemoDecisions } from './demo-decisions';
import { seedDemoDeliveries } from './demo-deliveries';
import { seedDemoLearning } from './demo-learning';
import { seedDemoPeople } from './demo-people';
import { seedDemoPhotos } from './demo-photos';
import { seedDemoProposals } from './demo-proposals';
import { seedDemoSmallSums } from './demo-small-sums';
import { seedDemoWorkshops } from './demo-workshops';
import { seedDemoThemes } from './demo-themes';
import { seedDemoCentralServices } from './demo-central-services';
import type { DemoPlace } from './demo-places';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Serialises seeding across processes that start at the same time against one server. */
const SEED_LOCK = 7_283_002;

/**
 * Seeds the demo places into a database that has no places at all. A database that already has
 * places — demo or real — is never touched, so running this on every start is safe.
 * Returns whether it seeded.
 */
export async function seedDemoIfEmpty(db: Database, now: Date, data: DemoPlace[] = demoPlaces): Promise<boolean> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
		const [{ count }] = await tx.select({ count: sql<number>`count(*)::int` }).from(places);
		if (count > 0) return false;
		const at = (days: number | null) => (days === null ? null : new Date(startOfDay(now) + days * DAY_MS));
		const placeIds: Record<string, string> = {};
		for (const demo of data) {
			const { cycles: demoCycles, ...placeFields } = demo;
			const [place] = await tx.insert(places).values(placeFields).returning({ id: places.id });
			placeIds[demo.slug] = place.id;
			for (const demoCycle of demoCycles) {
				const { phases: demoPhases, posts: demoPosts, ...cycleFields } = demoCycle;
				const [cycle] = await tx
					.insert(cycles)
					.values({ ...cycleFields, placeId: place.id })
					.returning({ id: cycles.id });
				await tx.insert(phases).values(
					demoPhases.map((phase, index) => ({
						placeId: place.id,
						cycleId: cycle.id,
						kind: phase.kind,
						position: index + 1,
						opensAt: at(phase.opens),
						closesAt: at(phase.closes),
						settings: parsePhaseSettings(phase.kind, phase.settings ?? {})
					}))
				);
				if (demoPosts?.length) {
					await tx.insert(posts).values(demoPosts.map((post) => ({ ...post, placeId: place.id, cycleId: cycle.id })));
				}
			}
		}
		await seedDemoPeople(tx, placeIds);
		await seedDemoChallenges(tx, now);
		await seedDemoProposals(tx, now);
		await seedDemoComments(tx, now);
		await seedDemoPhotos(tx, now);
		await seedDemoBudgets(tx, now);
		await seedDemoLetterCodes(tx, now);
		await seedDemoResults(tx, now);
		await seedDemoDeliveries(tx, now);
		await seedDemoThemes(tx);
		await seedDemoDecisions(tx, now);
		await seedDemoLearning(tx, now);
		await seedDemoWorkshops(tx, now);
		await seedDemoSmallSums(tx, now);
		await seedDemoCentralServices(tx, now);
		await seedDemoConversation(tx, now);
		return true;
	});
}

/** Phases change at midnight UTC in the demo so they do not flip mid-morning. */
function startOfDay(now: Date): number {
	return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}
