import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { cycleChanges, type CycleChange } from './cycles.table';

export type PublicCycleChange = Pick<CycleChange, 'id' | 'kind' | 'phaseKind' | 'before' | 'after' | 'reason' | 'createdAt'>;

/** What the team changed in a cycle while it ran, newest first: public, without who made it. */
export async function listCycleChanges(db: Database, cycle: { id: string; placeId: string }): Promise<PublicCycleChange[]> {
	return db
		.select({
			id: cycleChanges.id,
			kind: cycleChanges.kind,
			phaseKind: cycleChanges.phaseKind,
			before: cycleChanges.before,
			after: cycleChanges.after,
			reason: cycleChanges.reason,
			createdAt: cycleChanges.createdAt
		})
		.from(cycleChanges)
		.where(and(eq(cycleChanges.placeId, cycle.placeId), eq(cycleChanges.cycleId, cycle.id)))
		.orderBy(desc(cycleChanges.createdAt), desc(cycleChanges.id));
}
