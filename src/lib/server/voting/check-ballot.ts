import { ballotRulesFor, type BallotRules } from '../../ballots/ballot-rules';
import { checkBallotFeasible } from '../../ballots/check-ballot-feasible';
import { readBallotForm } from '../../ballots/read-ballot-form';
import { validateBallot, type BallotMarks, type BallotProblem, type CheckedBallot } from '../../ballots/validate-ballot';
import { checkVoteGate } from '../../cycles/vote-gate';
import { checkEligibility } from '../../eligibility/check-eligibility';
import { normalizePostcode } from '../../eligibility/postcode';
import type { BallotRefusal } from '../../voting/voting.errors';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { recordAccountEntry, type Voter } from './cast-ballot';
import { ballotFactsOf } from './ballot-facts';
import { resolveVoter, type AccountVoter, type VoterClaim } from './resolve-voter';
import { hasVoted, loadBallotPaper } from './voting.queries';
import type { VoteChannel } from './voting.table';

/**
 * Who is at the vote page: a signed-in person, or someone holding a letter code; or a phone in a
 * workshop where the team opened the vote (its holder names themselves on the form: `identity`).
 */
export type OnlineVoter = { kind: 'user'; userId: string } | { kind: 'code'; letterCodeId: string } | { kind: 'room' };

/** A submitted form's fields (FormData, or the text fields readFormEntries gives). */
export type FormFields = Iterable<[string, FormDataEntryValue]>;

/** What the resident sent, given back to the page so nothing they marked or typed is lost. */
export interface KeptAnswers {
	marks: BallotMarks;
	potId: string | null;
	postcode: string;
	confirmsAge: boolean;
	/** Their register reference, when the cycle has a register. */
	reference: string;
	/** The receipt code of the ballot they are changing (re-voting). */
	receipt: string;
	/** In a workshop room: the letter code or register reference they typed. */
	identity: string;
}

export type OnlineBallotCheck =
	| { ok: true; ballot: CheckedBallot; kept: KeptAnswers; voter: Voter; keys: string[]; account?: AccountVoter; channel: VoteChannel; revote: boolean }
	| { ok: false; status: 'voting_closed' }
	| { ok: false; status: 'already_voted'; kept: KeptAnswers }
	| { ok: false; status: Exclude<BallotRefusal, 'voting_closed' | 'already_voted' | 'receipt_not_found'> | 'eligible'; problems: BallotProblem[]; kept: KeptAnswers };

/** Reads which pot a form or URL names: empty means the cycle's single ballot. */
export function potIdFrom(value: FormDataEntryValue | string | null | undefined): string | null {
	const text = typeof value === 'string' ? value.trim() : '';
	return text === '' ? null : text;
}

/** The ballot a page shows for a pot: its paper and rules, or why there is none. */
export async function loadPotBallot(db: Database, cycle: CycleWithPhases, now: Date, potId: string | null) {
	const gate = checkVoteGate(cycle, now);
	if (!gate.open) return { open: false as const, misfit: null };
	const paper = await loadBallotPaper(db, cycle, potId);
	const potKnown = paper.pots.length === 0 ? potId === null : paper.pot !== null;
	// A ballot nobody could send stays closed on every channel: the settings were checked when saved,
	// but proposals and money may have changed since (the team sees why on the vote settings page).
	const fit = potKnown ? checkBallotFeasible(gate.settings, [ballotFactsOf(paper)]) : null;
	if (fit?.feasible === false) return { open: false as const, misfit: fit };
	const rules: BallotRules = ballotRulesFor(gate.settings, paper.budgetMinor);
	return { open: true as const, settings: gate.settings, paper, potKnown, rules };
}

/**
 * The first half of every channel's check (online, letter code, paper): is the vote open, is the
 * pot this cycle's, and what do the marks say under the pot's rules. Text that is not a whole
 * number and marks the rules refuse come back as problems, with the marks as they were read.
 */
export async function readBallot(db: Database, cycle: CycleWithPhases, now: Date, potId: string | null, fields: [string, string][]) {
	const ballot = await loadPotBallot(db, cycle, now, potId);
	if (!ballot.open) return ballot;
	const { marks, problems: formProblems } = readBallotForm(ballot.rules.type, fields);
	if (!ballot.potKnown) return { ...ballot, potKnown: false as const, marks };
	const check = validateBallot(ballot.rules, ballot.paper.items, marks);
	const problems = [...formProblems, ...(check.ok ? [] : check.problems)];
	return { ...ballot, potKnown: true as const, marks, problems, checked: check.ok && problems.length === 0 ? check.ballot : null };
}

/** The text fields of a form, in order (a File is no answer to any ballot question). */
export function textFields(fields: FormFields): [string, string][] {
	return [...fields].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/**
 * Checks an online or letter-code ballot and the voter's answers (pot, postcode, age, register
 * reference) against the cycle's vote: readBallot's gate, pot and rules, then the voter resolved
 * as every channel resolves them (resolveVoter), the place's eligibility rules and whether this
 * person has voted in this pot. The review step and the final send ask the same question: the
 * server is the authority, whatever the page showed. When the place allows re-voting, someone who
 * has voted may send a new ballot (the send then needs their receipt code).
 */
export async function checkBallot({ db, now }: { db: Database; now: Date }, who: OnlineVoter, cycle: CycleWithPhases, form: FormFields): Promise<OnlineBallotCheck> {
	const fields = textFields(form);
	const field = (name: string) => fields.find(([key]) => key === name)?.[1] ?? '';
	const potId = potIdFrom(field('pot'));
	const read = await readBallot(db, cycle, now, potId, fields);
	if (!read.open) return { ok: false, status: 'voting_closed' };
	const kept: KeptAnswers = {
		marks: read.marks,
		potId,
		postcode: field('postcode'),
		confirmsAge: field('confirmsAge') === 'yes',
		reference: field('reference').slice(0, 100),
		receipt: field('receipt').slice(0, 40),
		identity: who.kind === 'room' ? field('identity').slice(0, 100) : ''
	};
	if (!read.potKnown) return { ok: false, status: 'pot_unknown', problems: [], kept };
	const { settings, problems, checked } = read;
	const resolved = await resolveVoter(db, cycle, claimOf(who, kept));
	// A reference that does not match (or is another account's) is the answer to give first; the
	// ballot's problems come with it. Only a room's phone types a code or reference that may be nobody's.
	if (!resolved.ok) return { ok: false, status: resolved.error === 'voter_not_found' && who.kind !== 'room' ? 'not_on_register' : resolved.error, problems, kept };
	const { voter, onRegister, keys, account } = resolved;
	const alreadyVoted = await hasVoted(db, cycle, potId, keys);
	// Someone who voted without their reference has now shown it: their other channels know them from now.
	if (alreadyVoted && account?.entryId) await recordAccountEntry(db, { placeId: cycle.placeId, cycleId: cycle.id }, account);
	// Changing a ballot needs its receipt code, online; in the room a voter who has voted has voted.
	const revote = alreadyVoted && settings.revoting && who.kind !== 'room';
	const status = checkEligibility(
		{ postcodePrefixes: settings.postcodePrefixes, minimumAge: settings.minimumAge, registerOnly: settings.registerOnly },
		{
			verified: true,
			postcode: normalizePostcode(kept.postcode),
			// An unticked box is a question not yet answered ("confirm your age"), not a declared age.
			confirmsAge: settings.minimumAge === null || !kept.confirmsAge ? null : true,
			onRegister,
			alreadyVoted: alreadyVoted && !revote
		}
	);
	if (status === 'already_voted') return { ok: false, status, kept };
	if (!checked || status !== 'eligible') return { ok: false, status, problems, kept };
	return { ok: true, ballot: checked, kept, voter, keys, account, channel: CHANNEL_OF[who.kind], revote };
}

const CHANNEL_OF: Record<OnlineVoter['kind'], VoteChannel> = { user: 'online', code: 'letter_code', room: 'workshop' };

function claimOf(who: OnlineVoter, kept: KeptAnswers): VoterClaim {
	if (who.kind === 'code') return who;
	if (who.kind === 'room') return { kind: 'room', identity: kept.identity, postcode: kept.postcode };
	return { kind: 'user', userId: who.userId, reference: kept.reference, postcode: kept.postcode };
}
