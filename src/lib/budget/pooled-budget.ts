/** A contribution as the sums need it: how much, and the pot it is ring-fenced to (if any). */
export interface ContributionAmount {
	amountMinor: number;
	potId: string | null;
}

export interface PotShare {
	id: string;
	allocatedMinor: number;
}

export interface PotBudget {
	id: string;
	ringFencedMinor: number;
	allocatedMinor: number;
	/** The money this pot's vote decides. */
	totalMinor: number;
}

export interface PooledBudget {
	totalMinor: number;
	/** Money for the cycle as a whole (not ring-fenced). */
	openMinor: number;
	/** Open money not yet given to a pot. Never negative in a consistent budget. */
	unallocatedMinor: number;
	pots: PotBudget[];
}

/**
 * The sums of a pooled budget: each pot's money is what is ring-fenced to it plus what the team
 * allocated to it from the open money. Integers only; money is never a float.
 */
export function sumPooledBudget(contributions: readonly ContributionAmount[], pots: readonly PotShare[]): PooledBudget {
	let totalMinor = 0;
	let openMinor = 0;
	const fenced = new Map<string, number>();
	for (const contribution of contributions) {
		totalMinor += contribution.amountMinor;
		if (contribution.potId === null) openMinor += contribution.amountMinor;
		else fenced.set(contribution.potId, (fenced.get(contribution.potId) ?? 0) + contribution.amountMinor);
	}
	const potBudgets = pots.map((pot) => {
		const ringFencedMinor = fenced.get(pot.id) ?? 0;
		return { id: pot.id, ringFencedMinor, allocatedMinor: pot.allocatedMinor, totalMinor: ringFencedMinor + pot.allocatedMinor };
	});
	const allocated = pots.reduce((sum, pot) => sum + pot.allocatedMinor, 0);
	return { totalMinor, openMinor, unallocatedMinor: openMinor - allocated, pots: potBudgets };
}

/**
 * Whether a change keeps the budget consistent: pots never get more open money than there is. A
 * contribution can only be reduced or removed while what remains still covers the allocations.
 */
export function checkAllocations(budget: PooledBudget): { ok: true } | { ok: false; code: 'over_allocated'; overMinor: number } {
	return budget.unallocatedMinor >= 0 ? { ok: true } : { ok: false, code: 'over_allocated', overMinor: -budget.unallocatedMinor };
}
