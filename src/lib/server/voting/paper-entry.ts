import type { BallotMarks, BallotProblem } from '../../ballots/validate-ballot';
import type { PaperEntryRefusal } from '../../voting/voting.errors';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { potIdFrom, readBallot, textFields, type FormFields } from './check-ballot';
import { enterPaperBallot, normalizeSerial, type PaperChannel, type PaperRecordRefusal } from './paper-ballots';

/** Which field of the paper form a refusal belongs beside. */
export type PaperField = 'form' | 'pot' | 'serial' | 'marks' | 'voterReference';

export type PaperFormOutcome =
	| { ok: true; serial: string; stage: 'awaiting_check' | 'counted' }
	| {
			ok: false;
			/** One refusal per field (the serial and the marks can both be wrong at once). */
			errors: Partial<Record<PaperField, PaperEntryRefusal>>;
			/** The marks as read (null when the ballot was never read: vote closed, pot missing). */
			marks: BallotMarks | null;
			problems: BallotProblem[];
			/** The serial as it is known (normalised when it could be), for the messages. */
			serial: string;
			/** A conflict with what is already recorded (already voted, already counted), not a typing mistake. */
			conflict: boolean;
	  };

const FIELD_OF: Record<PaperRecordRefusal, PaperField> = {
	serial_invalid: 'serial',
	voter_not_found: 'voterReference',
	already_voted: 'voterReference',
	same_person: 'serial',
	entries_differ: 'serial',
	already_counted: 'serial'
};

/**
 * One paper ballot typed in by the team: the same check as every channel (readBallot: the vote is
 * open, the pot is the cycle's, the marks follow its rules), the serial's shape, then the double
 * entry (enterPaperBallot), which resolves the voter as every channel does. The route has
 * authorised the staff member (paper.enter) and passes them in to be named on the entry.
 */
export async function enterPaperForm(
	deps: { db: Database; now: Date },
	input: { cycle: CycleWithPhases; staff: { userId: string; email: string }; form: FormFields; channel?: PaperChannel }
): Promise<PaperFormOutcome> {
	const fields = textFields(input.form);
	const field = (name: string) => fields.find(([key]) => key === name)?.[1] ?? '';
	const typed = { serial: field('serial'), voterReference: field('voterReference') };
	const refuse = (errors: Partial<Record<PaperField, PaperEntryRefusal>>, marks: BallotMarks | null, problems: BallotProblem[] = [], conflict = false): PaperFormOutcome => ({
		ok: false,
		errors,
		marks,
		problems,
		serial: normalizeSerial(typed.serial) ?? typed.serial,
		conflict
	});
	const read = await readBallot(deps.db, input.cycle, deps.now, potIdFrom(field('potId')), fields);
	if (!read.open) return refuse({ form: 'voting_closed' }, null);
	if (!read.potKnown) return refuse({ pot: 'pot_missing' }, null);
	const errors: Partial<Record<PaperField, PaperEntryRefusal>> = {};
	if (!normalizeSerial(typed.serial)) errors.serial = 'serial_invalid';
	if (read.problems.length > 0) errors.marks = 'marks_problem';
	if (!read.checked || Object.keys(errors).length > 0) return refuse(errors, read.marks, read.problems);

	const result = await enterPaperBallot(deps, {
		cycle: input.cycle,
		potId: read.paper.pot?.id ?? null,
		serial: typed.serial,
		voterReference: typed.voterReference,
		ballotType: read.rules.type,
		ballot: read.checked,
		staff: input.staff,
		channel: input.channel
	});
	if (result.ok) return { ok: true, serial: normalizeSerial(typed.serial) ?? typed.serial, stage: result.stage };
	// A first entry with no voter named gets asked for one, rather than told it is wrong.
	const error = result.error === 'voter_not_found' && !typed.voterReference.trim() ? 'voter_missing' : result.error;
	return refuse({ [FIELD_OF[result.error]]: error }, read.marks, [], result.error === 'already_voted' || result.error === 'already_counted');
}
