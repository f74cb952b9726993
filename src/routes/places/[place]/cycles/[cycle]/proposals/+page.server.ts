import { error } from '@sveltejs/kit';
import { checkCoCreateGate } from '$lib/cycles/co-create-gate';
import { getDatabase } from '$lib/server/platform/db';
import { loadProposalListPage } from '$lib/server/proposals/proposal-list-page';
import { proposalStatusFilter } from '$lib/validation/proposals';
import type { PageServerLoad } from './$types';

const PROPOSALS_SHOWN = 30;

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const db = await getDatabase();
	const status = proposalStatusFilter.safeParse(url.searchParams.get('status')).data ?? null;
	const before = url.searchParams.get('before');
	const page = await loadProposalListPage(db, {
		placeSlug: params.place,
		cycleSlug: params.cycle,
		pageSize: PROPOSALS_SHOWN,
		beforeNumber: before && /^\d{1,9}$/.test(before) ? Number(before) : null,
		statuses: status ? [status] : undefined
	});
	if (!page) error(404, { message: 'Cycle not found', code: 'cycle_not_found' });
	const now = new Date();
	return {
		...page,
		status,
		open: checkCoCreateGate(page.cycle, { action: 'submit', asGroup: false, estimatedCostMinor: null }, now).open,
		signedIn: locals.actor.kind === 'person'
	};
};
