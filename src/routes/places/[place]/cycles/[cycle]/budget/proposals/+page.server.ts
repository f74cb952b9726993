import { authorize } from '$lib/server/auth/guard';
import { assignProposalPots, listFeasibleProposalPots, type PotAssignment } from '$lib/server/budget/assign-proposal-pots';
import { canOnBudget } from '$lib/server/budget/budget.permissions';
import { loadCycleBudget } from '$lib/server/budget/budget.queries';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { anyoneHasVoted, findVoteSettingsMisfit } from '$lib/server/voting/vote-settings';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/validation/fields';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnBudget, 'budget.edit', { placeId: place.id }, '/staff/sign-in');
	const [budget, proposals, locked] = await Promise.all([loadCycleBudget(db, cycle), listFeasibleProposalPots(db, cycle), anyoneHasVoted(db, cycle)]);
	return { place, cycle, pots: budget.pots.map((pot) => ({ id: pot.id, name: pot.name })), proposals, locked };
};

/** `pot.<proposal id>` = a pot id, or empty for "no pot". Anything else is not a proposal of ours. */
function readAssignments(values: Record<string, string>): PotAssignment[] | null {
	const assignments: PotAssignment[] = [];
	for (const [key, value] of Object.entries(values)) {
		if (!key.startsWith('pot.')) continue;
		const proposalId = key.slice(4);
		if (!isUuid(proposalId) || (value !== '' && !isUuid(value))) return null;
		assignments.push({ proposalId, potId: value || null });
	}
	return assignments;
}

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnBudget, 'budget.edit', { placeId: place.id });
		const values = await readForm(event);
		const assignments = readAssignments(values);
		if (!assignments) return failForm(400, { pots: 'proposal_unknown' }, { values });
		const result = await assignProposalPots({ db, now: new Date() }, { cycle, assignments, userId: actor.userId, actorLabel: actor.email });
		if (!result.ok) return failForm(result.error === 'votes_cast' ? 409 : 400, { pots: result.error }, { values });
		// Moving proposals between pots can leave a ballot the saved vote settings no longer fit: say so now.
		return { moved: result.moved, misfit: result.moved > 0 ? await findVoteSettingsMisfit(db, cycle) : null };
	}
} satisfies Actions;
