import { json } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { fileName, openDataOr404 } from '$lib/server/results/open-data';
import type { RequestHandler } from './$types';

/** The stored count: rule, money, turnout, funded proposals and every proposal's reason, by proposal number. */
export const GET: RequestHandler = async ({ params }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const { result, pot } = await openDataOr404(db, place, cycle, params.pot);
	const numberOf = new Map(pot.proposals.map((p) => [p.id, p.number]));
	const proposal = (id: string) => {
		const found = pot.proposals.find((p) => p.id === id);
		return found ? { number: found.number, title: found.title, costMinor: found.costMinor } : { number: null, title: null, costMinor: null };
	};
	return json(
		{
			place: place.slug,
			cycle: cycle.slug,
			pot: pot.subunit ?? null,
			rule: result.rule,
			completion: result.completion,
			tieBreak: result.tieBreak,
			currency: place.currency,
			budgetMinor: result.budgetMinor,
			spentMinor: result.spentMinor,
			ballots: result.ballotCount,
			turnout: result.turnout,
			perVoterBudget: result.perVoterBudget,
			countedAt: result.countedAt,
			funded: (result.selected ?? []).map((id) => numberOf.get(id) ?? null),
			projects: (result.explanations ?? []).map((e) => ({ ...e, project: undefined, ...proposal(e.project) }))
		},
		{ headers: { 'content-disposition': `attachment; filename="${fileName(place, cycle, params.pot, 'json')}"`, 'cache-control': 'no-store' } }
	);
};
