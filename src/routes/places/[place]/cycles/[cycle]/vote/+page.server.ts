import { fail, type RequestEvent } from '@sveltejs/kit';
import { readBallotForm } from '$lib/ballots/read-ballot-form';
import type { BallotMarks } from '$lib/ballots/validate-ballot';
import { allowAnonymous, authorize } from '$lib/server/auth/guard';
import type { CycleWithPhases } from '$lib/server/cycles/cycles.queries';
import { getDatabase } from '$lib/server/platform/db';
import type { Database } from '$lib/server/platform/db/database';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readFormEntries } from '$lib/server/platform/http/read-form';
import { checkBallot, loadPotBallot, potIdFrom, type OnlineVoter } from '$lib/server/voting/check-ballot';
import { readLetterCodeVoter } from '$lib/server/voting/letter-code-cookie';
import { knownVoterKeys } from '$lib/server/voting/resolve-voter';
import { clientAddress } from '$lib/server/platform/http/client-address';
import { submitBallot, type SubmitOutcome } from '$lib/server/voting/submit-ballot';
import { hasRegister, potsVotedIn } from '$lib/server/voting/voting.queries';
import { canOnVoting, type VotingAction } from '$lib/server/voting/voting.permissions';
import { signInHref } from '$lib/accounts/sign-in-href';
import { dropBallotDraft, keepBallotDraft, readBallotDraft } from './ballot-draft';
import { findConversation } from '$lib/server/conversations/conversations.queries';
import type { Actions, PageServerLoad } from './$types';

const BALLOT_TYPES: BallotMarks['type'][] = ['approval', 'knapsack', 'cumulative', 'ranked'];

/** Who is here to vote without asking anyone to sign in: a letter code held for this cycle, or a signed-in person. */
async function voterHere(db: Database, event: RequestEvent, cycle: CycleWithPhases): Promise<Exclude<OnlineVoter, { kind: 'room' }> | null> {
	const code = await readLetterCodeVoter(db, event.cookies, cycle, { ip: clientAddress(event), now: new Date() });
	if (code) return { kind: 'code', letterCodeId: code.letterCodeId };
	return event.locals.actor.kind === 'person' ? { kind: 'user', userId: event.locals.actor.userId } : null;
}

export const load: PageServerLoad = async (event) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, event.params);
	const potId = potIdFrom(event.url.searchParams.get('pot'));
	const ballot = await loadPotBallot(db, cycle, new Date(), potId);
	// The team's tools for running this vote, shown only to those who may use them.
	const can = (action: VotingAction) => canOnVoting(event.locals.actor, action, { placeId: place.id });
	const staff = { configure: can('vote.configure'), letterCodes: can('letter_codes.generate'), paper: can('paper.enter'), turnout: can('turnout.view') };
	// The team's sentence on how residents' conversation shaped this ballot, when it wrote one.
	const conversationNote = (await findConversation(db, cycle))?.ballotNote ?? null;
	// A ballot nobody could fill in is closed, and says so (its settings no longer fit what is on it).
	if (!ballot.open) return { place, cycle, staff, conversationNote, open: false as const, misfit: ballot.misfit !== null };
	const who = await voterHere(db, event, cycle);
	const voted = who ? await potsVotedIn(db, cycle, await knownVoterKeys(db, cycle, who)) : new Set<string | null>();
	const { paper, settings } = ballot;
	const registered = await hasRegister(db, cycle);
	return {
		place,
		cycle,
		staff,
		conversationNote,
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
		// What they marked before signing in (or before their letter code was read), to refill the ballot.
		draft: ballot.potKnown ? readBallotDraft(event.cookies, cycle.id, potId, ballot.rules.type) : null,
		revoting: settings.revoting,
		alreadyVoted: ballot.potKnown && voted.has(potId)
	};
};

/**
 * The voter behind a form post. A letter code held for this cycle is its own credential (checked
 * against the cycle's unrevoked codes); anyone else must be signed in.
 */
async function voterFor(db: Database, event: RequestEvent, cycle: CycleWithPhases, placeId: string, signInPath?: string): Promise<OnlineVoter> {
	const code = await readLetterCodeVoter(db, event.cookies, cycle, { ip: clientAddress(event), now: new Date() });
	if (code) {
		allowAnonymous('a letter code is its own credential: readLetterCodeVoter found it unrevoked in this cycle');
		return { kind: 'code', letterCodeId: code.letterCodeId };
	}
	return { kind: 'user', userId: authorize(event.locals.actor, canOnVoting, 'vote.cast', { placeId }, signInPath).userId };
}

/** A refused ballot as the page shows it: what to change, with every mark and answer kept. */
function refusalOf(refused: Exclude<SubmitOutcome, { ok: true }>) {
	if (refused.status === 'voting_closed') return fail(400, { status: refused.status });
	if (refused.status === 'already_voted') return fail(409, { status: refused.status, ...refused.kept });
	return fail(400, { status: refused.status, problems: refused.problems, ...refused.kept });
}

export const actions = {
	review: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const fields = await readFormEntries(event);
		// Someone not signed in who marked the ballot: their marks wait in this browser while they sign
		// in, and sign-in brings them back to this ballot with the marks in place.
		const potId = potIdFrom(fields.find(([name]) => name === 'pot')?.[1]);
		if (event.locals.actor.kind === 'anonymous') keepBallotDraft(event.cookies, cycle.id, fields, event.url.protocol === 'https:');
		const backHere = `${event.url.pathname}${potId ? `?pot=${potId}` : ''}`;
		const who = await voterFor(db, event, cycle, place.id, signInHref(backHere));
		allowAnonymous('voterFor above authorises: a letter code for this cycle, else a signed-in person');
		const check = await checkBallot({ db, now: new Date() }, who, cycle, fields);
		if (!check.ok) return refusalOf(check);
		return { reviewing: true as const, ...check.kept, chosen: check.ballot.choices };
	},
	change: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		await voterFor(db, event, cycle, place.id);
		allowAnonymous('voterFor above authorises: a letter code for this cycle, else a signed-in person');
		// Back from the review to the ballot with every choice still marked (no JavaScript needed).
		const fields = await readFormEntries(event);
		const field = (name: string) => fields.find(([key]) => key === name)?.[1] ?? '';
		// The type names which fields to read; anything but one of ours is read as approval (and then
		// refused by the review), never trusted.
		const type: BallotMarks['type'] = BALLOT_TYPES.find((t) => t === field('ballotType')) ?? 'approval';
		const { marks } = readBallotForm(type, fields);
		return {
			changing: true as const,
			marks,
			potId: potIdFrom(field('pot')),
			postcode: field('postcode'),
			confirmsAge: field('confirmsAge') === 'yes',
			reference: field('reference').slice(0, 100),
			receipt: field('receipt').slice(0, 40)
		};
	},
	cast: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const who = await voterFor(db, event, cycle, place.id);
		allowAnonymous('voterFor above authorises: a letter code for this cycle, else a signed-in person');
		const outcome = await submitBallot({ db, now: new Date() }, who, cycle, await readFormEntries(event));
		if (!outcome.ok) return refusalOf(outcome);
		dropBallotDraft(event.cookies);
		return 'changed' in outcome ? { changed: true as const, potId: outcome.potId } : { receiptCode: outcome.receiptCode, potId: outcome.potId };
	}
} satisfies Actions;
