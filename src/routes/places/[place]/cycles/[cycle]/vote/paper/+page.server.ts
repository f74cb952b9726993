import { fail } from '@sveltejs/kit';
import { ballotRulesFor } from '$lib/ballots/ballot-rules';
import { checkVoteGate } from '$lib/cycles/vote-gate';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm, readFormEntries } from '$lib/server/platform/http/read-form';
import { potIdFrom } from '$lib/server/voting/check-ballot';
import { discardPaperEntry } from '$lib/server/voting/paper-ballots';
import { enterPaperForm } from '$lib/server/voting/paper-entry';
import { listAwaitingPaperEntries, loadBallotPaper } from '$lib/server/voting/voting.queries';
import { canOnVoting } from '$lib/server/voting/voting.permissions';
import type { Database } from '$lib/server/platform/db/database';
import { findVotingWorkshop } from '$lib/server/workshops/workshops.queries';
import type { Actions, PageServerLoad } from './$types';

/** Papers handed in at a workshop where the room voted (?workshop=…): null when the address names none. */
async function roomOf(db: Database, cycle: { id: string; placeId: string }, url: URL) {
	const id = url.searchParams.get('workshop');
	return id ? { asked: true, workshop: await findVotingWorkshop(db, cycle, id) } : { asked: false, workshop: null };
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnVoting, 'paper.enter', { placeId: place.id }, '/staff/sign-in');
	const room = await roomOf(db, cycle, url);
	const staff = { place, cycle, room, awaiting: await listAwaitingPaperEntries(db, cycle), canDiscard: canOnVoting(locals.actor, 'paper.discard', { placeId: place.id }) };
	const gate = checkVoteGate(cycle, new Date());
	if (!gate.open) return { ...staff, open: false as const };
	const paper = await loadBallotPaper(db, cycle, potIdFrom(url.searchParams.get('pot')));
	// A cycle with pots shows its ballot only once the pot is chosen: each pot has its own paper.
	const ready = paper.pots.length === 0 || paper.pot !== null;
	return { ...staff, open: true as const, paper, ready, rules: ballotRulesFor(gate.settings, paper.budgetMinor) };
};

export const actions = {
	enter: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const staff = authorize(event.locals.actor, canOnVoting, 'paper.enter', { placeId: place.id });
		const fields = await readFormEntries(event);
		const typed = (name: string) => fields.find(([key]) => key === name)?.[1] ?? '';
		const room = await roomOf(db, cycle, event.url);
		if (room.asked && !room.workshop) {
			return fail(400, { form: 'enter' as const, errors: { form: 'paper_workshop_no_vote' }, params: {}, problems: [], serial: typed('serial'), voterReference: typed('voterReference'), marks: null });
		}
		const channel = room.workshop ? 'workshop' : 'paper';
		const entered = await enterPaperForm({ db, now: new Date() }, { cycle, staff, form: fields, channel });
		if (entered.ok) return { entered: { serial: entered.serial, stage: entered.stage } };
		// Everything typed comes back, with the codes by field and the ballot's problems.
		const errors = Object.fromEntries(Object.entries(entered.errors).map(([field, code]) => [field, `paper_${code}`]));
		return fail(entered.conflict ? 409 : 400, {
			form: 'enter' as const,
			errors,
			params: { serial: entered.serial } as Record<string, string>,
			problems: entered.problems,
			serial: typed('serial'),
			voterReference: typed('voterReference'),
			marks: entered.marks
		});
	},
	discard: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnVoting, 'paper.discard', { placeId: place.id });
		const values = await readForm(event);
		const entryId = values.entryId ?? '';
		const reason = values.reason ?? '';
		const result = await discardPaperEntry({ db, now: new Date() }, actor, { cycle, entryId, reason });
		if (!result.ok) return fail(400, { form: `discard-${entryId}`, errors: { reason: result.error }, reason });
		return { discarded: result.serial };
	}
} satisfies Actions;
