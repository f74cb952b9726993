import { error } from '@sveltejs/kit';
import { formatMoney } from '$lib/format';
import { getLocale } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { todayIn } from '$lib/server/delivery/delivery-forms';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { setPot } from '$lib/server/small-sums/set-pot';
import { potForm } from '$lib/server/small-sums/small-sums-forms';
import { canOnSmallSums } from '$lib/server/small-sums/small-sums.permissions';
import { currentPot, listPots } from '$lib/server/small-sums/small-sums.queries';
import type { Actions, PageServerLoad } from './$types';

/** The place's own settings: its team and the centre see them; only its lead changes them. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	authorize(locals.actor, canOnSmallSums, 'small_sums.view_settings', { placeId: place.id }, '/staff/sign-in');
	const pots = await listPots(db, place.id);
	return { place, pots, current: currentPot(pots, todayIn(new Date(), place.timeZone)), canSet: canOnSmallSums(locals.actor, 'small_sums.set_pot', { placeId: place.id }) };
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnSmallSums, 'small_sums.set_pot', { placeId: place.id }, '/staff/sign-in');
		const parsed = await parseForm(event, potForm);
		const form = parsed.values.potId ? 'edit' : 'new';
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form });
		const { amount, spendLimit, ...rest } = parsed.data;
		const result = await setPot({ db, now: new Date() }, actor, place.id, { ...rest, amountMinor: amount, spendLimitMinor: spendLimit });
		if (!result.ok) {
			if (result.error === 'forbidden') error(403, { message: 'Forbidden', code: 'forbidden' });
			const field = result.error === 'small_sums_period_overlaps' ? 'startsOn' : result.error === 'small_sums_limit_over_pot' ? 'spendLimit' : 'amount';
			return failForm(400, { [field]: result.error }, { values: parsed.values, form, params: { spent: formatMoney(result.amounts?.spent ?? 0, place.currency, getLocale()) } });
		}
		return { done: 'pot_set' };
	}
} satisfies Actions;
