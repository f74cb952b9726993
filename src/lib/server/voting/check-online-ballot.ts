import { ballotRulesFor, type BallotRules } from '../../ballots/ballot-rules';
import { readBallotForm } from '../../ballots/read-ballot-form';
import { validateBallot, type BallotMarks, type BallotProblem, type CheckedBallot } from '../../ballots/validate-ballot';
import { checkVoteGate } from '../../cycles/vote-gate';
import { checkEligibility, type EligibilityStatus } from '../../eligibility/check-eligibility';
import { normalizePostcode, postcodeKey } from '../../eligibility/postcode';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../db/database';
import { hasVoted, loadBallotPaper } from './ballot-paper';
import { voterKey, type Voter } from './cast-ballot';
import { findRegisterEntry } from './voter-lookup';
import type { VoteChannel } from './voting.table';

/** Who is at the vote page: a signed-in person, or someone holding a letter code. */
export type OnlineVoter = { kind: 'user'; userId: string } | { kind: 'code'; letterCodeId: string };

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
}

export type OnlineBallotStatus = EligibilityStatus | 'pot_unknown';

export type OnlineBallotCheck =
	| { ok: true; ballot: CheckedBallot; kept: KeptAnswers; voter: Voter; channel: VoteChannel; revote: boolean }
	| { ok: false; status: 'voting_closed' }
	| { ok: false; status: 'already_voted'; kept: KeptAnswers }
	| { ok: false; status: OnlineBallotStatus; problems: BallotProblem[]; kept: KeptAnswers };

/** Reads which pot a form or URL names: empty means the cycle's single ballot. */
export function potIdFrom(value: FormDataEntryValue | string | null): string | null {
	const text = typeof value === 'string' ? value.trim() : '';
	return text === '' ? null : text;
}

/** The ballot a page shows for a pot: its paper and rules, or why there is none. */
export async function loadPotBallot(db: Database, cycle: CycleWithPhases, now: Date, potId: string | null) {
	const gate = checkVoteGate(cycle, now);
	if (!gate.open) return { open: false as const };
	const paper = await loadBallotPaper(db, cycle, potId);
	const potKnown = paper.pots.length === 0 ? potId === null : paper.pot !== null;
	const rules: BallotRules = ballotRulesFor(gate.settings, paper.budgetMinor);
	return { open: true as const, settings: gate.settings, paper, potKnown, rules };
}

/**
 * Who this voter is in the count. A letter code names itself. A signed-in person who gives a
 * register reference (with the postcode it is registered at, so references cannot be guessed)
 * votes as that register entry — the same key a paper ballot for them would use, so nobody votes
 * both ways; otherwise they vote as themselves.
 */
async function resolveVoter(
	db: Database,
	cycle: CycleWithPhases,
	who: OnlineVoter,
	kept: KeptAnswers
): Promise<{ voter: Voter; onRegister: boolean; referenceProblem: boolean }> {
	if (who.kind === 'code') return { voter: { kind: 'code', letterCodeId: who.letterCodeId }, onRegister: true, referenceProblem: false };
	const user: Voter = { kind: 'user', userId: who.userId };
	if (!kept.reference.trim()) return { voter: user, onRegister: false, referenceProblem: false };
	const entry = await findRegisterEntry(db, cycle, kept.reference);
	const typed = normalizePostcode(kept.postcode);
	if (!entry || !typed || postcodeKey(typed) !== postcodeKey(entry.postcode)) return { voter: user, onRegister: false, referenceProblem: true };
	return { voter: { kind: 'register', entryId: entry.id }, onRegister: true, referenceProblem: false };
}

/**
 * Checks an online ballot form and the voter's answers (pot, postcode, age, register reference)
 * against the cycle's vote: the gate, the pot's rules and proposals, the place's eligibility rules
 * and whether this person has voted in this pot. The review step and the final send ask the same
 * question: the server is the authority, whatever the page showed. When the place allows
 * re-voting, someone who has voted may send a new ballot (cast then needs their receipt code).
 */
export async function checkOnlineBallot(
	{ db, now }: { db: Database; now: Date },
	who: OnlineVoter,
	cycle: CycleWithPhases,
	form: FormData
): Promise<OnlineBallotCheck> {
	const potId = potIdFrom(form.get('pot'));
	const ballot = await loadPotBallot(db, cycle, now, potId);
	if (!ballot.open) return { ok: false, status: 'voting_closed' };
	const { settings, paper, rules } = ballot;
	const { marks, problems: formProblems } = readBallotForm(rules.type, form.entries());
	const kept: KeptAnswers = {
		marks,
		potId,
		postcode: String(form.get('postcode') ?? ''),
		confirmsAge: form.get('confirmsAge') === 'yes',
		reference: String(form.get('reference') ?? '').slice(0, 100),
		receipt: String(form.get('receipt') ?? '').slice(0, 40)
	};
	if (!ballot.potKnown) return { ok: false, status: 'pot_unknown', problems: [], kept };
	const check = validateBallot(rules, paper.items, marks);
	const { voter, onRegister, referenceProblem } = await resolveVoter(db, cycle, who, kept);
	const alreadyVoted = await hasVoted(db, cycle, potId, voterKey(voter));
	const revote = alreadyVoted && settings.revoting;
	const status = referenceProblem
		? 'not_on_register'
		: checkEligibility(
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
	const problems = [...formProblems, ...(check.ok ? [] : check.problems)];
	if (!check.ok || problems.length > 0 || status !== 'eligible') return { ok: false, status, problems, kept };
	return { ok: true, ballot: check.ballot, kept, voter, channel: who.kind === 'code' ? 'letter_code' : 'online', revote };
}
