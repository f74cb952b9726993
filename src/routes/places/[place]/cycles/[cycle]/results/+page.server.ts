import { fail } from '@sveltejs/kit';
import { checkCountGate } from '$lib/cycles/count-gate';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/db';
import { placeAndCycleOr404 } from '$lib/server/http/cycle-or-404';
import { startCount } from '$lib/server/results/count-pot';
import { loadCycleResults } from '$lib/server/results/results.queries';
import { canOnResults } from '$lib/server/results/results.permissions';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const gate = checkCountGate(cycle, new Date());
	const { pots, proposals } = await loadCycleResults(db, cycle);
	const test = cycle.phases.find((phase) => phase.kind === 'test') ?? null;
	return {
		place,
		cycle,
		pots,
		proposals,
		voteClosesAt: test?.closesAt ?? null,
		countable: gate.open,
		noVote: !gate.open && gate.reason === 'no_vote',
		canCount: canOnResults(locals.actor, 'results.count', { placeId: place.id })
	};
};

export const actions = {
	count: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnResults, 'results.count', { placeId: place.id });
		const data = await event.request.formData();
		const pot = String(data.get('pot') ?? '').trim();
		// Empty is the cycle's single vote; anything that is not a uuid is no pot of ours.
		if (pot !== '' && !UUID.test(pot)) return fail(400, { countError: 'pot_unknown' as const });
		const potId = pot === '' ? null : pot;
		const started = await startCount({ db, now: new Date() }, { place, cycle, potId, actor });
		if (!started.ok) return fail(started.error === 'vote_not_closed' || started.error === 'no_vote' || started.error === 'pot_unknown' ? 400 : 409, { countError: started.error });
		return { countStarted: true as const };
	}
} satisfies Actions;
