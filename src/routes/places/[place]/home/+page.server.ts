import { authorize } from '$lib/server/auth/guard';
import { canOnCycle } from '$lib/server/cycles/cycles.permissions';
import { getDatabase } from '$lib/server/platform/db';
import { canOnDelivery } from '$lib/server/delivery/delivery.permissions';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { canOnPlace } from '$lib/server/places/places.permissions';
import { canOnSmallSums } from '$lib/server/small-sums/small-sums.permissions';
import type { WaitingKind } from '$lib/places/team-home';
import { loadTeamHome } from '$lib/server/places/team-home.queries';
import { canOnProposal } from '$lib/server/proposals/proposals.permissions';
import { canOnResults } from '$lib/server/results/results.permissions';
import { canOnTeam } from '$lib/server/teams/teams.permissions';
import { canOnVoting } from '$lib/server/voting/voting.permissions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	const actor = authorize(locals.actor, canOnPlace, 'place.view_home', { placeId: place.id }, '/staff/sign-in');
	const now = new Date();
	const home = await loadTeamHome(db, { placeId: place.id, now });
	const subject = { placeId: place.id };
	// Each kind of task shows only to the roles that can do it: the same checks as the pages it links to.
	const canAct: Record<WaitingKind, boolean> = {
		proposalsToReview: canOnProposal(actor, 'proposal.review', subject),
		papersToCheck: canOnVoting(actor, 'paper.enter', subject),
		voteSettingsToFix: canOnVoting(actor, 'vote.configure', subject),
		countsToStart: canOnResults(actor, 'results.count', subject),
		decisionsToPublish: canOnResults(actor, 'results.decide', subject),
		deliveriesWithoutNews: canOnDelivery(actor, 'delivery.manage', subject)
	};
	const waiting = (Object.keys(canAct) as WaitingKind[]).filter((kind) => canAct[kind]).flatMap((kind) => home.waiting[kind].map((line) => ({ kind, ...line })));
	return {
		place,
		now,
		role: actor.roles[place.id],
		cycles: home.cycles,
		waiting,
		can: {
			startCycle: canOnCycle(actor, 'cycle.create', subject),
			editPlace: canOnPlace(actor, 'place.edit_story', subject),
			seeTeam: canOnTeam(actor, 'team.view', subject),
			readAudit: canOnPlace(actor, 'place.read_audit', subject),
			spend: canOnSmallSums(actor, 'small_sums.spend', subject)
		}
	};
};
