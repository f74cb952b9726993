import { fail, type RequestEvent } from '@sveltejs/kit';
import { readBallotForm } from '$lib/ballots/read-ballot-form';
import type { BallotMarks } from '$lib/ballots/validate-ballot';
import { allowAnonymous, authorize } from '$lib/server/auth/guard';
import type { CycleWithPhases } from '$lib/server/cycles/cycles.queries';
import { getDatabase } from '$lib/server/db';
import type { Database } from '$lib/server/db/database';
import { placeAndCycleOr404 } from '$lib/server/http/cycle-or-404';
import { potsVotedIn } from '$lib/server/voting/ballot-paper';
import { castBallot, replaceBallot, voterKey } from '$lib/server/voting/cast-ballot';
import { checkOnlineBallot, loadPotBallot, potIdFrom, type OnlineBallotCheck, type OnlineVoter } from '$lib/server/voting/check-online-ballot';
import { readLetterCodeVoter } from '$lib/server/voting/letter-code-cookie';
import { hasRegister } from '$lib/server/voting/voter-lookup';
import { canOnVoting, type VotingAction } from '$lib/server/voting/voting.permissions';
import type { Actions, PageServerLoad } from './$types';

const BALLOT_TYPES: BallotMarks['type'][] = ['approval', 'knapsack', 'cumulative', 'ranked'];

/** Who is here to vote without asking anyone to sign in: a letter code held for this cycle, or a signed-in person. */
async function voterHere(db: Database, event: RequestEvent, cycle: CycleWithPhases): Promise<OnlineVoter | null> {
	const code = await readLetterCodeVoter(db, event.cookies, cycle);
	if (code) return { kind: 'code', letterCodeId: code.letterCodeId };
	return event.locals.actor.kind === 'person' ? { kind: 'user', userId: event.locals.actor.userId } : null;
}

const keyOf = (who: OnlineVoter) => voterKey(who.kind === 'code' ? who : { kind: 'user', userId: who.userId });

export const load: PageServerLoad = async (event) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, event.params);
	const potId = potIdFrom(event.url.searchParams.get('pot'));
	const ballot = await loadPotBallot(db, cycle, new Date(), potId);
	// The team's tools for running this vote, shown only to those who may use them.
	const can = (action: VotingAction) => canOnVoting(event.locals.actor, action, { placeId: place.id });
	const staff = { configure: can('vote.configure'), letterCodes: can('letter_codes.generate'), paper: can('paper.enter'), turnout: can('turnout.view') };
	if (!ballot.open) return { place, cycle, staff, open: false as const };
	const who = await voterHere(db, event, cycle);
	const voted = who ? await potsVotedIn(db, cycle, keyOf(who)) : new Set<string | null>();
	const { paper, settings } = ballot;
	const registered = await hasRegister(db, cycle);
	return {
		place,
		cycle,
		staff,
		open: true as const,
		paper,
		potId,
		// A cycle with pots shows its pots until one is chosen (or one that is not the cycle's was asked for).
		choosingPot: paper.pots.length > 0 && !ballot.potKnown,
		potAsked: potId !== null,
		votedPots: paper.pots.filter((pot) => voted.has(pot.id)).map((pot) => pot.id),
		rules: ballot.rules,
		asks: {
			// A letter went to an address the team chose: its holder is not asked where they live.
			postcode: who?.kind !== 'code' && (settings.postcodePrefixes.length > 0 || registered),
			minimumAge: settings.minimumAge,
			reference: who?.kind === 'user' && registered
		},
		voter: who?.kind ?? null,
		revoting: settings.revoting,
		alreadyVoted: ballot.potKnown && voted.has(potId)
	};
};

/**
 * The voter behind a form post. A letter code held for this cycle is its own credential (checked
 * against the cycle's unrevoked codes); anyone else must be signed in.
 */
async function voterFor(db: Database, event: RequestEvent, cycle: CycleWithPhases, placeId: string): Promise<OnlineVoter> {
	const code = await readLetterCodeVoter(db, event.cookies, cycle);
	if (code) {
		allowAnonymous('a letter code is its own credential: readLetterCodeVoter found it unrevoked in this cycle');
		return { kind: 'code', letterCodeId: code.letterCodeId };
	}
	return { kind: 'user', userId: authorize(event.locals.actor, canOnVoting, 'vote.cast', { placeId }).userId };
}

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
		const who = await voterFor(db, event, cycle, place.id);
		allowAnonymous('voterFor above authorises: a letter code for this cycle, else a signed-in person');
		const check = await checkOnlineBallot({ db, now: new Date() }, who, cycle, await event.request.formData());
		if (!check.ok) return refusalOf(check);
		return { reviewing: true as const, ...check.kept, chosen: check.ballot.choices };
	},
	change: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		await voterFor(db, event, cycle, place.id);
		allowAnonymous('voterFor above authorises: a letter code for this cycle, else a signed-in person');
		// Back from the review to the ballot with every choice still marked (no JavaScript needed).
		const data = await event.request.formData();
		// The type names which fields to read; anything but one of ours is read as approval (and then
		// refused by the review), never trusted.
		const posted = String(data.get('ballotType') ?? '');
		const type: BallotMarks['type'] = BALLOT_TYPES.find((t) => t === posted) ?? 'approval';
		const { marks } = readBallotForm(type, data.entries());
		return {
			changing: true as const,
			marks,
			potId: potIdFrom(data.get('pot')),
			postcode: String(data.get('postcode') ?? ''),
			confirmsAge: data.get('confirmsAge') === 'yes',
			reference: String(data.get('reference') ?? '').slice(0, 100),
			receipt: String(data.get('receipt') ?? '').slice(0, 40)
		};
	},
	cast: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const who = await voterFor(db, event, cycle, place.id);
		allowAnonymous('voterFor above authorises: a letter code for this cycle, else a signed-in person');
		const now = new Date();
		const check = await checkOnlineBallot({ db, now }, who, cycle, await event.request.formData());
		if (!check.ok) return refusalOf(check);
		const target = { placeId: place.id, cycleId: cycle.id, potId: check.kept.potId, voter: check.voter, ballot: check.ballot };
		if (check.revote) {
			const replaced = await replaceBallot({ db, now }, { ...target, receiptCode: check.kept.receipt });
			if (!replaced.ok) return fail(400, { status: 'receipt_not_found', problems: [], ...check.kept });
			return { changed: true as const, potId: check.kept.potId };
		}
		const result = await castBallot({ db, now }, { ...target, channel: check.channel });
		if (!result.ok) return fail(409, { status: result.error, ...check.kept });
		return { receiptCode: result.receiptCode, potId: check.kept.potId };
	}
} satisfies Actions;
