import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { ballotRulesFor } from '$lib/ballots/ballot-rules';
import { readBallotForm } from '$lib/ballots/read-ballot-form';
import { validateBallot, type BallotMarks, type BallotProblem } from '$lib/ballots/validate-ballot';
import { checkVoteGate } from '$lib/cycles/vote-gate';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/db';
import { placeAndCycleOr404 } from '$lib/server/http/cycle-or-404';
import { loadBallotPaper } from '$lib/server/voting/ballot-paper';
import { discardPaperEntry, enterPaperBallot, listAwaitingPaperEntries, normalizeSerial, type PaperEntryRefusal } from '$lib/server/voting/paper-ballots';
import { canOnVoting } from '$lib/server/voting/voting.permissions';
import type { Actions, PageServerLoad } from './$types';

/** The pot a URL or form names; empty means none (a cycle without pots, or not chosen yet). */
const potParam = (value: FormDataEntryValue | null) => (typeof value === 'string' && value.trim() ? value.trim() : null);

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnVoting, 'paper.enter', { placeId: place.id }, '/staff/sign-in');
	const staff = { place, cycle, awaiting: await listAwaitingPaperEntries(db, cycle), canDiscard: canOnVoting(locals.actor, 'paper.discard', { placeId: place.id }) };
	const gate = checkVoteGate(cycle, new Date());
	if (!gate.open) return { ...staff, open: false as const };
	const paper = await loadBallotPaper(db, cycle, potParam(url.searchParams.get('pot')));
	// A cycle with pots shows its ballot only once the pot is chosen: each pot has its own paper.
	const ready = paper.pots.length === 0 || paper.pot !== null;
	return { ...staff, open: true as const, paper, ready, rules: ballotRulesFor(gate.settings, paper.budgetMinor) };
};

/** Which field a refusal belongs beside. */
const fieldOf: Record<PaperEntryRefusal, 'serial' | 'voterReference'> = {
	serial_invalid: 'serial',
	voter_not_found: 'voterReference',
	already_voted: 'voterReference',
	same_person: 'serial',
	entries_differ: 'serial',
	already_counted: 'serial'
};

/** A refused entry: the codes by field, the ballot's problems, and everything typed, kept. */
function refuse(
	status: number,
	errors: Record<string, string>,
	kept: { serial: string; voterReference: string; marks: BallotMarks | null; problems?: BallotProblem[] },
	params: Record<string, string> = {}
) {
	return fail(status, { form: 'enter' as const, errors, params, problems: kept.problems ?? [], serial: kept.serial, voterReference: kept.voterReference, marks: kept.marks });
}

async function formOf(event: RequestEvent): Promise<FormData> {
	try {
		return await event.request.formData();
	} catch {
		error(400, { message: 'Unreadable form', code: 'bad_form' });
	}
}

export const actions = {
	enter: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnVoting, 'paper.enter', { placeId: place.id });
		const data = await formOf(event);
		const typed = { serial: String(data.get('serial') ?? ''), voterReference: String(data.get('voterReference') ?? '') };
		const now = new Date();
		const gate = checkVoteGate(cycle, now);
		if (!gate.open) return refuse(400, { form: 'paper_voting_closed' }, { ...typed, marks: null });
		const paper = await loadBallotPaper(db, cycle, potParam(data.get('potId')));
		if (paper.pots.length > 0 && !paper.pot) return refuse(400, { pot: 'paper_pot_missing' }, { ...typed, marks: null });
		const rules = ballotRulesFor(gate.settings, paper.budgetMinor);
		const { marks, problems: formProblems } = readBallotForm(rules.type, data.entries());
		const check = validateBallot(rules, paper.items, marks);
		const problems = [...formProblems, ...(check.ok ? [] : check.problems)];
		const errors: Record<string, string> = {};
		if (!normalizeSerial(typed.serial)) errors.serial = 'paper_serial_invalid';
		if (problems.length > 0) errors.marks = 'paper_marks_problem';
		if (!check.ok || Object.keys(errors).length > 0) return refuse(400, errors, { ...typed, marks, problems });

		const result = await enterPaperBallot(
			{ db, now },
			{ cycle, potId: paper.pot?.id ?? null, serial: typed.serial, voterReference: typed.voterReference, ballotType: rules.type, ballot: check.ballot, staff: actor }
		);
		const serial = normalizeSerial(typed.serial) ?? typed.serial;
		if (!result.ok) {
			// A first entry with no voter named gets asked for one, rather than told it is wrong.
			const code = result.error === 'voter_not_found' && !typed.voterReference.trim() ? 'paper_voter_missing' : `paper_${result.error}`;
			return refuse(result.error === 'already_voted' || result.error === 'already_counted' ? 409 : 400, { [fieldOf[result.error]]: code }, { ...typed, marks }, { serial });
		}
		return { entered: { serial, stage: result.stage } };
	},
	discard: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnVoting, 'paper.discard', { placeId: place.id });
		const data = await formOf(event);
		const entryId = String(data.get('entryId') ?? '');
		const reason = String(data.get('reason') ?? '');
		const result = await discardPaperEntry({ db, now: new Date() }, actor, { cycle, entryId, reason });
		if (!result.ok) return fail(400, { form: `discard-${entryId}`, errors: { reason: result.error }, reason });
		return { discarded: result.serial };
	}
} satisfies Actions;
