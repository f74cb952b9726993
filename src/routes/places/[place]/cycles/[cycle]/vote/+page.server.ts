import { fail } from '@sveltejs/kit';
import { ballotRulesFor } from '$lib/ballots/ballot-rules';
import { readBallotForm } from '$lib/ballots/read-ballot-form';
import type { BallotMarks } from '$lib/ballots/validate-ballot';
import { checkVoteGate } from '$lib/cycles/vote-gate';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/db';
import { placeAndCycleOr404 } from '$lib/server/http/cycle-or-404';
import { hasVoted, loadBallotPaper } from '$lib/server/voting/ballot-paper';
import { castBallot, voterKey } from '$lib/server/voting/cast-ballot';
import { checkOnlineBallot, type OnlineBallotCheck } from '$lib/server/voting/check-online-ballot';
import { canOnVoting } from '$lib/server/voting/voting.permissions';
import type { Actions, PageServerLoad } from './$types';

const BALLOT_TYPES: BallotMarks['type'][] = ['approval', 'knapsack', 'cumulative', 'ranked'];

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const gate = checkVoteGate(cycle, new Date());
	if (!gate.open) return { place, cycle, open: false as const };
	const paper = await loadBallotPaper(db, cycle);
	const person = locals.actor.kind === 'person' ? locals.actor : null;
	return {
		place,
		cycle,
		open: true as const,
		paper,
		rules: ballotRulesFor(gate.settings, paper.budgetMinor),
		asks: { postcode: gate.settings.postcodePrefixes.length > 0, minimumAge: gate.settings.minimumAge },
		signedIn: person !== null,
		alreadyVoted: person ? await hasVoted(db, cycle, voterKey({ kind: 'user', userId: person.userId })) : false
	};
};

/** A refused ballot as the page shows it: what to change, with every mark and answer kept. */
function refusalOf(check: Exclude<OnlineBallotCheck, { ok: true }>) {
	if (check.status === 'voting_closed') return fail(400, { status: check.status });
	if (check.status === 'already_voted') return fail(409, { status: check.status, ...check.kept });
	return fail(400, { status: check.status, problems: 'problems' in check ? check.problems : [], ...check.kept });
}

export const actions = {
	review: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnVoting, 'vote.cast', { placeId: place.id });
		const check = await checkOnlineBallot({ db, now: new Date() }, actor, cycle, await event.request.formData());
		if (!check.ok) return refusalOf(check);
		return { reviewing: true as const, ...check.kept, chosen: check.ballot.choices };
	},
	change: async (event) => {
		const db = await getDatabase();
		const { place } = await placeAndCycleOr404(db, event.params);
		authorize(event.locals.actor, canOnVoting, 'vote.cast', { placeId: place.id });
		// Back from the review to the ballot with every choice still marked (no JavaScript needed).
		const data = await event.request.formData();
		// The type names which fields to read; anything but one of ours is read as approval (and then
		// refused by the review), never trusted.
		const posted = String(data.get('ballotType') ?? '');
		const type: BallotMarks['type'] = BALLOT_TYPES.find((t) => t === posted) ?? 'approval';
		const { marks } = readBallotForm(type, data.entries());
		return { changing: true as const, marks, postcode: String(data.get('postcode') ?? ''), confirmsAge: data.get('confirmsAge') === 'yes' };
	},
	cast: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnVoting, 'vote.cast', { placeId: place.id });
		const check = await checkOnlineBallot({ db, now: new Date() }, actor, cycle, await event.request.formData());
		if (!check.ok) return refusalOf(check);
		const result = await castBallot(
			{ db, now: new Date() },
			{ placeId: place.id, cycleId: cycle.id, potId: null, voter: { kind: 'user', userId: actor.userId }, channel: 'online', ballot: check.ballot }
		);
		if (!result.ok) return fail(409, { status: result.error });
		return { receiptCode: result.receiptCode };
	}
} satisfies Actions;
