import { checkCountGate, checkCountStart } from '$lib/cycles/count-gate';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { startCount } from '$lib/server/results/count-pot';
import { readChangeForm, statementForm } from '$lib/server/decisions/decision-forms';
import { ensureDeliveries } from '$lib/server/delivery/ensure-deliveries';
import { checkChange, publishDecisionStatement, recordResultChange } from '$lib/server/decisions/decisions';
import { loadCycleResults, loadResultDecisions } from '$lib/server/results/results.queries';
import { canOnResults } from '$lib/server/results/results.permissions';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/validation/fields';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const gate = checkCountGate(cycle, new Date());
	const [{ pots, proposals }, decisions] = await Promise.all([loadCycleResults(db, cycle), loadResultDecisions(db, cycle)]);
	const test = cycle.phases.find((phase) => phase.kind === 'test') ?? null;
	return {
		place,
		cycle,
		pots,
		proposals,
		statements: decisions.statements,
		changes: decisions.changes,
		voteClosesAt: test?.closesAt ?? null,
		// A ranked ballot is counted in points (its top k: k for a first choice … 1): the page says so.
		rankedTop: gate.open && gate.settings.ballotType === 'ranked' ? gate.settings.rankedTop : null,
		countable: checkCountStart(cycle, new Date()).open,
		noVote: !gate.open && gate.reason === 'no_vote',
		canCount: canOnResults(locals.actor, 'results.count', { placeId: place.id }),
		canDecide: canOnResults(locals.actor, 'results.decide', { placeId: place.id })
	};
};

export const actions = {
	count: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnResults, 'results.count', { placeId: place.id });
		const pot = ((await readForm(event)).pot ?? '').trim();
		// Empty is the cycle's single vote; anything that is not a uuid is no pot of ours.
		if (pot !== '' && !isUuid(pot)) return failForm(400, { count: 'pot_unknown' }, { form: 'count' });
		const potId = pot === '' ? null : pot;
		const started = await startCount({ db, now: new Date() }, { place, cycle, potId, actor });
		if (!started.ok) return failForm(started.error === 'vote_not_closed' || started.error === 'no_vote' || started.error === 'pot_unknown' ? 400 : 409, { count: started.error }, { form: 'count' });
		return { countStarted: true as const };
	},
	decide: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnResults, 'results.decide', { placeId: place.id });
		const values = await readForm(event);
		const form = `statement-${values.pot || 'all'}`;
		const parsed = statementForm.safeParse(values);
		if (!parsed.success) return failForm(400, { result: 'decision_result_unknown' }, { values, form });
		const { pot, ...input } = parsed.data;
		const published = await publishDecisionStatement({ db, now: new Date() }, actor, { place, cycle, potId: pot }, input);
		if (!published.ok) return failForm(400, published.errors, { values, form });
		return { done: 'decision_published' as const };
	},
	recordChange: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnResults, 'results.decide', { placeId: place.id });
		const values = await readForm(event);
		const form = `change-${values.pot || 'all'}`;
		const read = readChangeForm(values);
		// Every problem at once: what could not be read, and what the rules say about the rest.
		if (Object.keys(read.errors).length > 0) return failForm(400, { ...checkChange(read.input), ...read.errors }, { values, form });
		const recorded = await recordResultChange({ db, now: new Date() }, actor, { place, cycle, potId: read.potId }, read.input);
		if (!recorded.ok) return failForm(400, recorded.errors, { values, form });
		// A recorded cost change moves the delivery's budget now, not when someone next opens the projects list.
		await ensureDeliveries({ db, now: new Date() }, cycle);
		return { done: 'decision_change_recorded' as const };
	}
} satisfies Actions;
