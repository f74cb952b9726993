import { error, redirect } from '@sveltejs/kit';
import { formatMoney } from '$lib/format';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { correctSpend } from '$lib/server/small-sums/record-spend';
import { correctionForm } from '$lib/server/small-sums/small-sums-forms';
import { canOnSmallSums } from '$lib/server/small-sums/small-sums.permissions';
import { findSpend } from '$lib/server/small-sums/small-sums.queries';
import { isUuid } from '$lib/validation/fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	authorize(locals.actor, canOnSmallSums, 'small_sums.spend', { placeId: place.id }, '/staff/sign-in');
	const spendId = url.searchParams.get('spend') ?? '';
	const spend = isUuid(spendId) ? await findSpend(db, place.id, spendId) : null;
	if (!spend) error(404, { message: 'Spend not found', code: 'small_sums_spend_unknown' });
	return { place, spend };
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnSmallSums, 'small_sums.spend', { placeId: place.id }, '/staff/sign-in');
		const parsed = await parseForm(event, correctionForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { spendId, amount, reason } = parsed.data;
		const result = await correctSpend({ db, now: new Date() }, actor, place, { spendId, correctMinor: amount, reason });
		if (!result.ok) {
			if (result.error === 'forbidden') error(403, { message: 'Forbidden', code: 'forbidden' });
			const money = (minor = 0) => formatMoney(minor, place.currency, getLocale());
			return failForm(result.error === 'small_sums_spend_unknown' ? 404 : 400, { amount: result.error }, { values: parsed.values, params: { left: money(result.amounts?.left), limit: money(result.amounts?.limit) } });
		}
		redirect(303, `${localizeHref(`/places/${place.slug}/small-sums`)}?done=corrected`);
	}
} satisfies Actions;
