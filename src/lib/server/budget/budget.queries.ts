import { and, asc, eq } from 'drizzle-orm';
import { sumPooledBudget, type PooledBudget } from '../../budget/pooled-budget';
import type { Database } from '../platform/db/database';
import { contributions, pots, type Contribution, type Pot } from './budget.table';

export interface CycleBudget {
	pots: Pot[];
	contributions: Contribution[];
	sums: PooledBudget;
}

/** A cycle's pooled budget: who put in what, the pots, and the sums. Two queries. */
export async function loadCycleBudget(db: Database, cycle: { id: string; placeId: string }): Promise<CycleBudget> {
	const [potRows, contributionRows] = await Promise.all([
		db.select().from(pots).where(and(eq(pots.placeId, cycle.placeId), eq(pots.cycleId, cycle.id))).orderBy(asc(pots.position), asc(pots.createdAt)),
		db
			.select()
			.from(contributions)
			.where(and(eq(contributions.placeId, cycle.placeId), eq(contributions.cycleId, cycle.id)))
			.orderBy(asc(contributions.createdAt), asc(contributions.id))
	]);
	return { pots: potRows, contributions: contributionRows, sums: sumPooledBudget(contributionRows, potRows) };
}
