import { formatMoney } from '$lib/format';
import { getLocale } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { canOnBudget } from '$lib/server/budget/budget.permissions';
import { loadCycleBudget } from '$lib/server/budget/budget.queries';
import { addContribution, allocateToPot, createPot, removeContribution, type BudgetResult, removePot } from '$lib/server/budget/change-budget';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { findVoteSettingsMisfit } from '$lib/server/voting/vote-settings';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { fieldErrors } from '$lib/validation/fields';
import { allocationForm, contributionForm, potForm, removeContributionForm, removePotForm } from '$lib/validation/budget';
import type { Actions, PageServerLoad } from './$types';


/** A refused change, phrased by field; over-allocation says by how much, in the place's money. */
function refusal(currency: string, result: Exclude<BudgetResult, { ok: true }>, field: string, form: string, values?: Record<string, string>) {
	const params: Record<string, string> = result.error === 'over_allocated' ? { amount: formatMoney(result.overMinor, currency, getLocale()) } : {};
	return failForm(400, { [field]: result.error }, { form, values, params });
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const canEdit = canOnBudget(locals.actor, 'budget.edit', { placeId: place.id });
	// Money moved out of a pot can leave its ballot unfit for the vote settings: the team sees it here.
	return { place, cycle, budget: await loadCycleBudget(db, cycle), canEdit, misfit: canEdit ? await findVoteSettingsMisfit(db, cycle) : null };
};

export const actions = {
	addContribution: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnBudget, 'budget.edit', { placeId: place.id });
		const parsed = await parseForm(event, contributionForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'contribution' });
		const { values } = parsed;
		const { amount, ...rest } = parsed.data;
		const result = await addContribution({ db, now: new Date() }, actor, cycle, { ...rest, amountMinor: amount });
		if (!result.ok) return refusal(place.currency, result, 'potId', 'contribution', values);
		return { done: 'contribution_added' };
	},
	removeContribution: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnBudget, 'budget.edit', { placeId: place.id });
		const parsed = removeContributionForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, { contribution: 'contribution_unknown' }, { form: 'contributions' });
		const result = await removeContribution({ db, now: new Date() }, actor, cycle, parsed.data);
		if (!result.ok) return refusal(place.currency, result, 'contribution', 'contributions');
		return { done: 'contribution_removed' };
	},
	createPot: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnBudget, 'budget.edit', { placeId: place.id });
		const parsed = await parseForm(event, potForm(place.languages));
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'pot' });
		const { values } = parsed;
		const result = await createPot({ db, now: new Date() }, actor, cycle, parsed.data);
		if (!result.ok) return refusal(place.currency, result, 'amount', 'pot', values);
		return { done: 'pot_created' };
	},
	allocate: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnBudget, 'budget.edit', { placeId: place.id });
		const values = await readForm(event);
		const parsed = allocationForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values, form: `allocate-${values.potId ?? ''}` });
		const result = await allocateToPot({ db, now: new Date() }, actor, cycle, { potId: parsed.data.potId, allocatedMinor: parsed.data.amount });
		if (!result.ok) return refusal(place.currency, result, 'amount', `allocate-${parsed.data.potId}`, values);
		return { done: 'pot_allocated' };
	},
	removePot: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnBudget, 'budget.edit', { placeId: place.id });
		const parsed = removePotForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, { potId: 'pot_unknown' }, { form: 'pots' });
		const result = await removePot({ db, now: new Date() }, actor, cycle, parsed.data);
		if (!result.ok) return refusal(place.currency, result, 'potId', 'pots');
		return { done: 'pot_removed' };
	}
} satisfies Actions;
