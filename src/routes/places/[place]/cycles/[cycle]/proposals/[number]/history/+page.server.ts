import { getDatabase } from '$lib/server/platform/db';
import { proposalPageOr404 } from '$lib/server/proposals/proposal-page-or-404';
import { listProposalVersions } from '$lib/server/proposals/proposal-versions.queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDatabase();
	const { place, cycle, proposal } = await proposalPageOr404(db, params);
	// A hidden proposal's earlier words are hidden with it.
	const versions = proposal.hiddenReason ? [] : await listProposalVersions(db, { placeId: place.id, proposalId: proposal.id });
	return { place, cycle, proposal, versions: versions.reverse() };
};
