import { and, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { Person } from '../auth/actor';
import { places } from '../places/places.table';
import type { AuditDetails } from '../audit/audit.table';
import { changeSmallSums, Refused, type SmallSumsDeps } from './change-small-sums';
import { smallSumsPots, smallSumsSpends } from './small-sums.table';

export type PotInput = { potId?: string; amountMinor: number; funderName: string; startsOn: string; endsOn: string; spendLimitMinor: number };
type PotRefusal = 'small_sums_pot_unknown' | 'small_sums_period_overlaps' | 'small_sums_pot_below_spent' | 'small_sums_limit_over_pot';

/**
 * The lead sets the place's pot for a period: a new one, or this one changed (more money, a new
 * limit). The place's row is locked so two settings at once cannot make overlapping periods, and
 * a pot is never set below what has already been spent from it.
 */
export function setPot(deps: SmallSumsDeps, actor: Person, placeId: string, input: PotInput) {
	return changeSmallSums<PotRefusal>(deps, actor, placeId, 'small_sums.set_pot', 'small_sums.pot_set', async (tx): Promise<{ subjectType: string; subjectId: string; details: AuditDetails }> => {
		if (input.spendLimitMinor > input.amountMinor) throw new Refused('small_sums_limit_over_pot');
		await tx.select({ id: places.id }).from(places).where(eq(places.id, placeId)).for('update');
		const others = input.potId ? ne(smallSumsPots.id, input.potId) : undefined;
		const [overlap] = await tx
			.select({ id: smallSumsPots.id })
			.from(smallSumsPots)
			.where(and(eq(smallSumsPots.placeId, placeId), others, lte(smallSumsPots.startsOn, input.endsOn), gte(smallSumsPots.endsOn, input.startsOn)))
			.limit(1);
		if (overlap) throw new Refused('small_sums_period_overlaps');
		const settings = { amountMinor: input.amountMinor, funderName: input.funderName, startsOn: input.startsOn, endsOn: input.endsOn, spendLimitMinor: input.spendLimitMinor };
		if (!input.potId) {
			const [pot] = await tx.insert(smallSumsPots).values({ ...settings, placeId, createdAt: deps.now, updatedAt: deps.now }).returning({ id: smallSumsPots.id });
			return { subjectType: 'small_sums_pot', subjectId: pot.id, details: { ...settings } };
		}
		const [before] = await tx
			.select()
			.from(smallSumsPots)
			.where(and(eq(smallSumsPots.id, input.potId), eq(smallSumsPots.placeId, placeId)))
			.for('update');
		if (!before) throw new Refused('small_sums_pot_unknown');
		const [{ spent }] = await tx
			.select({ spent: sql<string>`coalesce(sum(${smallSumsSpends.amountMinor}), 0)` })
			.from(smallSumsSpends)
			.where(and(eq(smallSumsSpends.potId, before.id), eq(smallSumsSpends.placeId, placeId)));
		if (input.amountMinor < Number(spent)) throw new Refused('small_sums_pot_below_spent', { spent: Number(spent) });
		await tx
			.update(smallSumsPots)
			.set({ ...settings, updatedAt: deps.now })
			.where(and(eq(smallSumsPots.id, before.id), eq(smallSumsPots.placeId, placeId)));
		const { id: _id, placeId: _place, createdAt: _created, updatedAt: _updated, ...from } = before;
		return { subjectType: 'small_sums_pot', subjectId: before.id, details: { from, to: settings } };
	});
}
