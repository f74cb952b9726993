import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { readBallotForm } from '$lib/ballots/read-ballot-form';
import type { BallotMarks } from '$lib/ballots/validate-ballot';
import { localizeHref } from '$lib/paraglide/runtime';
import { allowAnonymous } from '$lib/server/auth/guard';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import type { Database } from '$lib/server/platform/db/database';
import { clientAddress } from '$lib/server/platform/http/client-address';
import { readFormEntries } from '$lib/server/platform/http/read-form';
import { consumeRateLimit } from '$lib/server/platform/rate-limit/consume-rate-limit';
import { hasReachedRateLimit } from '$lib/server/platform/rate-limit/has-reached-rate-limit';
import { loadPotBallot, potIdFrom } from '$lib/server/voting/check-ballot';
import { letterCodeLookupLimit } from '$lib/server/voting/letter-code-cookie';
import { hasRegister } from '$lib/server/voting/voting.queries';
import { castRoomBallot, reviewRoomBallot } from '$lib/server/workshops/cast-room-ballot';
import { currentActivity, loadBoard } from '$lib/server/workshops/load-board';
import type { Actions, PageServerLoad } from './$types';
import { openRoom } from '../room';

const BALLOT_TYPES: BallotMarks['type'][] = ['approval', 'knapsack', 'cumulative', 'ranked'];
const PARTICIPANT = 'a phone in the room: the participant cookie proves it joined; the voter names themselves with a letter code or register reference, checked as on every channel and rate-limited per address';

/** The room's workshop, its cycle and the vote it is on; a phone that has not joined goes to the room first. */
async function roomAndCycle(event: RequestEvent<{ code: string }>) {
	const room = await openRoom(event);
	if (!room.actor) redirect(303, localizeHref(`/w/${room.workshop.joinCode}`));
	const { place, cycle } = await placeAndCycleOr404(room.db, { place: room.workshop.placeSlug, cycle: room.workshop.cycleSlug });
	return { ...room, actor: room.actor, place, cycle };
}

export const load: PageServerLoad = async (event) => {
	const { db, workshop, place, cycle } = await roomAndCycle(event);
	const roomPath = localizeHref(`/w/${workshop.joinCode}`);
	const board = (await loadBoard(db, workshop.id))!;
	const activity = currentActivity(board);
	const room = { title: workshop.title, joinCode: workshop.joinCode, roomPath };
	if (activity?.kind !== 'vote' || !activity.vote) return { place, room, open: false as const };
	const ballot = await loadPotBallot(db, cycle, new Date(), activity.vote.potId);
	if (!ballot.open || !ballot.potKnown) return { place, room, open: false as const };
	return {
		place,
		room,
		open: true as const,
		cycleSlug: cycle.slug,
		activityId: activity.id,
		paper: ballot.paper,
		rules: ballot.rules,
		// A register reference is checked with the postcode it is registered at (as online).
		asks: { postcode: await hasRegister(db, cycle), minimumAge: ballot.settings.minimumAge, identity: true }
	};
};

/** Too many codes or references that were nobody's from this address: the same limit as typing a letter code at /v. */
function overLimit(db: Database, event: RequestEvent) {
	return hasReachedRateLimit(db, letterCodeLookupLimit(clientAddress(event)), new Date());
}

/** A refusal as the page shows it, every mark and answer kept; a guess that named nobody counts against the address. */
async function refuse(db: Database, event: RequestEvent, refused: { status: string; problems?: unknown[]; kept?: object }) {
	if (refused.status === 'voter_not_found' || refused.status === 'not_on_register') await consumeRateLimit(db, letterCodeLookupLimit(clientAddress(event)), new Date());
	const status = refused.status === 'already_voted' ? 409 : refused.status.startsWith('workshop_room_') ? 409 : 400;
	return fail(status, { status: refused.status, problems: refused.problems ?? [], ...(refused.kept ?? {}) });
}

export const actions = {
	review: async (event) => {
		allowAnonymous(PARTICIPANT);
		const { db, actor, cycle } = await roomAndCycle(event);
		if (await overLimit(db, event)) return fail(429, { status: 'rate_limited', problems: [] });
		const fields = await readFormEntries(event);
		const activityId = fields.find(([name]) => name === 'activity')?.[1] ?? '';
		const check = await reviewRoomBallot({ db, now: new Date() }, actor, cycle, activityId, fields);
		if (!check.ok) return refuse(db, event, check);
		return { reviewing: true as const, ...check.kept, chosen: check.ballot.choices };
	},
	change: async (event) => {
		allowAnonymous(PARTICIPANT);
		await roomAndCycle(event);
		// Back from the review to the ballot with every choice still marked (no JavaScript needed).
		const fields = await readFormEntries(event);
		const field = (name: string) => fields.find(([key]) => key === name)?.[1] ?? '';
		const type: BallotMarks['type'] = BALLOT_TYPES.find((t) => t === field('ballotType')) ?? 'approval';
		const { marks } = readBallotForm(type, fields);
		return { changing: true as const, marks, potId: potIdFrom(field('pot')), postcode: field('postcode'), confirmsAge: field('confirmsAge') === 'yes', identity: field('identity').slice(0, 100) };
	},
	cast: async (event) => {
		allowAnonymous(PARTICIPANT);
		const { db, actor, cycle } = await roomAndCycle(event);
		if (await overLimit(db, event)) return fail(429, { status: 'rate_limited', problems: [] });
		const fields = await readFormEntries(event);
		const activityId = fields.find(([name]) => name === 'activity')?.[1] ?? '';
		const outcome = await castRoomBallot({ db, now: new Date() }, actor, cycle, activityId, fields);
		if (!outcome.ok) return refuse(db, event, outcome);
		// The room never offers changing a ballot (that needs the receipt, online): a cast is a new ballot.
		return 'receiptCode' in outcome ? { receiptCode: outcome.receiptCode } : { receiptCode: null };
	}
} satisfies Actions;
