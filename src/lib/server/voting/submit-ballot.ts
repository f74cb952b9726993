import type { BallotProblem } from '../../ballots/validate-ballot';
import type { BallotRefusal } from '../../voting/voting.errors';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { castBallot, replaceBallot } from './cast-ballot';
import { checkBallot, type FormFields, type KeptAnswers, type OnlineVoter } from './check-ballot';

export type SubmitOutcome =
	| { ok: true; receiptCode: string; potId: string | null }
	| { ok: true; changed: true; potId: string | null }
	| { ok: false; status: 'voting_closed' }
	| { ok: false; status: 'already_voted'; kept: KeptAnswers }
	| { ok: false; status: Exclude<BallotRefusal, 'voting_closed' | 'already_voted'> | 'eligible'; problems: BallotProblem[]; kept: KeptAnswers };

/**
 * Casts a ballot sent online, with a letter code or from a phone in a workshop room: the one check every channel makes (checkBallot:
 * the gate, the pot, the ballot's rules, the voter and their eligibility), then the participation
 * and the ballot recorded in one transaction (castBallot), or — where the place allows re-voting
 * and this voter has voted — their ballot replaced through its receipt code. Who may call it is
 * the route's question: it has authorised the signed-in person, or found the letter code.
 * Paper ballots go through the same check in enterPaperForm (paper-entry.ts).
 */
export async function submitBallot(
	deps: { db: Database; now: Date },
	who: OnlineVoter,
	cycle: CycleWithPhases,
	form: FormFields,
	alsoOnCast?: (tx: Database) => Promise<void>
): Promise<SubmitOutcome> {
	const check = await checkBallot(deps, who, cycle, form);
	if (!check.ok) return check;
	const { kept } = check;
	const target = { placeId: cycle.placeId, cycleId: cycle.id, potId: kept.potId, voter: check.voter, ballot: check.ballot };
	if (check.revote) {
		const replaced = await replaceBallot(deps, { ...target, keys: check.keys, receiptCode: kept.receipt });
		return replaced.ok ? { ok: true, changed: true, potId: kept.potId } : { ok: false, status: 'receipt_not_found', problems: [], kept };
	}
	const account = check.account ? { ...check.account, keys: check.keys } : undefined;
	const cast = await castBallot(deps, { ...target, channel: check.channel, account }, alsoOnCast);
	if (cast.ok) return { ok: true, receiptCode: cast.receiptCode, potId: kept.potId };
	return cast.error === 'already_voted' ? { ok: false, status: 'already_voted', kept } : { ok: false, status: cast.error, problems: [], kept };
}
