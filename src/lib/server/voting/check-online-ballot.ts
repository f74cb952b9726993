import { ballotRulesFor } from '../../ballots/ballot-rules';
import { readBallotForm } from '../../ballots/read-ballot-form';
import { validateBallot, type BallotMarks, type BallotProblem, type CheckedBallot } from '../../ballots/validate-ballot';
import { checkVoteGate } from '../../cycles/vote-gate';
import { checkEligibility, type EligibilityStatus } from '../../eligibility/check-eligibility';
import { normalizePostcode } from '../../eligibility/postcode';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../db/database';
import { hasVoted, loadBallotPaper } from './ballot-paper';
import { voterKey } from './cast-ballot';

/** What the resident sent, given back to the page so nothing they marked or typed is lost. */
export interface KeptAnswers {
	marks: BallotMarks;
	postcode: string;
	confirmsAge: boolean;
}

export type OnlineBallotCheck =
	| { ok: true; ballot: CheckedBallot; kept: KeptAnswers }
	| { ok: false; status: 'voting_closed' }
	| { ok: false; status: 'already_voted'; kept: KeptAnswers }
	| { ok: false; status: EligibilityStatus; problems: BallotProblem[]; kept: KeptAnswers };

/**
 * Checks an online ballot form and the voter's answers (postcode, age) against the cycle's vote:
 * the gate, the pot's rules and proposals, the place's eligibility rules and whether this person
 * has voted. The review step and the final send ask the same question: the server is the
 * authority, whatever the page showed.
 */
export async function checkOnlineBallot(
	{ db, now }: { db: Database; now: Date },
	voter: { userId: string },
	cycle: CycleWithPhases,
	form: FormData
): Promise<OnlineBallotCheck> {
	const gate = checkVoteGate(cycle, now);
	if (!gate.open) return { ok: false, status: 'voting_closed' };
	const paper = await loadBallotPaper(db, cycle);
	// Pot-by-pot voting needs proposals assigned to pots, which is not built: refuse rather than
	// record a ballot for the whole cycle that no pot's count would read.
	if (paper.pots > 0) return { ok: false, status: 'voting_closed' };
	const rules = ballotRulesFor(gate.settings, paper.budgetMinor);
	const { marks, problems: formProblems } = readBallotForm(rules.type, form.entries());
	const kept: KeptAnswers = { marks, postcode: String(form.get('postcode') ?? ''), confirmsAge: form.get('confirmsAge') === 'yes' };
	const check = validateBallot(rules, paper.items, marks);
	const status = checkEligibility(
		{ postcodePrefixes: gate.settings.postcodePrefixes, minimumAge: gate.settings.minimumAge, registerOnly: false },
		{
			verified: true,
			postcode: normalizePostcode(kept.postcode),
			// An unticked box is a question not yet answered ("confirm your age"), not a declared age.
			confirmsAge: gate.settings.minimumAge === null || !kept.confirmsAge ? null : true,
			onRegister: false,
			alreadyVoted: await hasVoted(db, cycle, voterKey({ kind: 'user', userId: voter.userId }))
		}
	);
	if (status === 'already_voted') return { ok: false, status, kept };
	const problems = [...formProblems, ...(check.ok ? [] : check.problems)];
	if (!check.ok || problems.length > 0 || status !== 'eligible') return { ok: false, status, problems, kept };
	return { ok: true, ballot: check.ballot, kept };
}
