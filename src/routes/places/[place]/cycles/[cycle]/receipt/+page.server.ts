import { allowAnonymous } from '$lib/server/auth/guard';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { getDatabase } from '$lib/server/platform/db';
import { clientAddress } from '$lib/server/platform/http/client-address';
import { failForm, minutesToWait } from '$lib/server/platform/http/form-failure';
import { readForm } from '$lib/server/platform/http/read-form';
import { checkReceipt } from '$lib/server/results/check-receipt';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	return { place, cycle };
};

export const actions = {
	default: async (event) => {
		allowAnonymous('a receipt code is its holder’s own proof; it shows no choices, and misses are rate-limited per client address');
		const db = await getDatabase();
		const { cycle } = await placeAndCycleOr404(db, event.params);
		const typed = ((await readForm(event)).code ?? '').slice(0, 100);
		const check = await checkReceipt(db, cycle, typed, { ip: clientAddress(event), now: new Date() });
		if (!check.ok) {
			const status = check.error === 'rate_limited' ? 429 : check.error === 'receipt_check_not_found' ? 404 : 400;
			return failForm(status, { code: check.error }, { values: { code: typed }, params: minutesToWait(check.retryAfterSeconds ?? 0) });
		}
		return { found: { status: check.status, pot: check.pot, countedAt: check.countedAt, receiptHash: check.receiptHash }, values: { code: typed } };
	}
} satisfies Actions;
