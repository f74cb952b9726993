import { fail, type RequestEvent } from '@sveltejs/kit';
import { ballotRulesFor } from '$lib/ballots/ballot-rules';
import { readBallotForm } from '$lib/ballots/read-ballot-form';
import { validateBallot, type BallotMarks, type BallotProblem } from '$lib/ballots/validate-ballot';
import { checkVoteGate } from '$lib/cycles/vote-gate';
import { checkEligibility } from '$lib/eligibility/check-eligibility';
import { normalizePostcode } from '$lib/eligibility/postcode';
import { authorize } from '$lib/server/auth/guard';
import type { Person } from '$lib/server/auth/actor';
import { getDatabase } from '$lib/server/db';
import type { Database } from '$lib/server/db/database';
import { placeAndCycleOr404 } from '$lib/server/http/cycle-or-404';
import { hasVoted, loadBallotPaper } from '$lib/server/voting/ballot-paper';
import { castBallot, voterKey } from '$lib/server/voting/cast-ballot';
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

/**
 * Reads and checks a submitted ballot and the voter's answers (postcode, age) the same way for the
 * review step and the final cast: the server is the authority, whatever the page showed.
 */
async function readSubmission(event: RequestEvent<{ place: string; cycle: string }>, actor: Person, db: Database, cycle: Awaited<ReturnType<typeof placeAndCycleOr404>>['cycle']) {
	const gate = checkVoteGate(cycle, new Date());
	if (!gate.open) return { refusal: fail(400, { status: 'voting_closed' as const }) };
	const paper = await loadBallotPaper(db, cycle);
	// Pot-by-pot voting needs proposals assigned to pots, which is not built: refuse rather than
	// record a ballot for the whole cycle that no pot's count would read.
	if (paper.pots > 0) return { refusal: fail(400, { status: 'voting_closed' as const }) };
	const rules = ballotRulesFor(gate.settings, paper.budgetMinor);
	const data = await event.request.formData();
	const { marks, problems: formProblems } = readBallotForm(rules.type, data.entries());
	const postcodeText = String(data.get('postcode') ?? '');
	const confirmsAge = gate.settings.minimumAge === null ? true : data.get('confirmsAge') === 'yes';
	const check = validateBallot(rules, paper.items, marks);
	const problems: BallotProblem[] = [...formProblems, ...(check.ok ? [] : check.problems)];
	const status = checkEligibility(
		{ postcodePrefixes: gate.settings.postcodePrefixes, minimumAge: gate.settings.minimumAge, registerOnly: false },
		{
			verified: true,
			postcode: normalizePostcode(postcodeText),
			confirmsAge: gate.settings.minimumAge === null ? null : confirmsAge,
			onRegister: false,
			alreadyVoted: await hasVoted(db, cycle, voterKey({ kind: 'user', userId: actor.userId }))
		}
	);
	const kept = { marks, postcode: postcodeText, confirmsAge: data.get('confirmsAge') === 'yes' };
	if (status === 'already_voted') return { refusal: fail(409, { status, ...kept }) };
	if (problems.length > 0 || !check.ok || status !== 'eligible') return { refusal: fail(400, { status, problems, ...kept }) };
	return { ballot: check.ballot, kept };
}

export const actions = {
	review: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnVoting, 'vote.cast', { placeId: place.id });
		const read = await readSubmission(event, actor, db, cycle);
		if (read.refusal) return read.refusal;
		return { reviewing: true as const, ...read.kept, chosen: read.ballot.choices };
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
		const read = await readSubmission(event, actor, db, cycle);
		if (read.refusal) return read.refusal;
		const result = await castBallot(
			{ db, now: new Date() },
			{ placeId: place.id, cycleId: cycle.id, potId: null, voter: { kind: 'user', userId: actor.userId }, channel: 'online', ballot: read.ballot }
		);
		if (!result.ok) return fail(409, { status: result.error });
		return { receiptCode: result.receiptCode };
	}
} satisfies Actions;
