import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { allowAnonymous } from '$lib/server/auth/guard';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readForm } from '$lib/server/platform/http/read-form';
import { addIdea } from '$lib/server/workshops/add-idea';
import { announceBoardChange } from '$lib/server/workshops/announce-change';
import { answerPoll, findMyPollAnswer } from '$lib/server/workshops/answer-poll';
import { currentActivity, loadBoard } from '$lib/server/workshops/load-board';
import { joinWorkshop, setParticipantCookie } from '$lib/server/workshops/participant';
import { addDot, listMyDots, removeDot } from '$lib/server/workshops/spend-dots';
import { fieldErrors } from '$lib/validation/fields';
import { ideaForm, IDEA_MAX_LENGTH } from '$lib/validation/workshops';
import { ROOM_DONE as DONE, type RoomDone as Done } from '$lib/workshops/workshop-kinds';
import type { Actions, PageServerLoad } from './$types';
import { openRoom, publicWorkshopPath } from './room';
import { dotForm, joinForm, NAME_MAX_LENGTH } from './room-forms';

/**
 * After a change, back to the room's page with a GET (what was done in the address, and the dot's
 * place for a plain post): a phone without JavaScript can reload to see what the room is doing
 * without sending the form again.
 */
function backToRoom(joinCode: string, done: Done, anchor = ''): never {
	redirect(303, localizeHref(`/w/${joinCode}?done=${done}${anchor}`));
}

const PARTICIPANT = 'a participant action: the participant cookie proves this browser joined the workshop (no account, by design)';

export const load: PageServerLoad = async (event) => {
	const { db, workshop, participant } = await openRoom(event);
	// A QR code or a hand-typed address may say /w/brk-yth: show one address for the room.
	if (event.params.code !== workshop.joinCode) redirect(308, localizeHref(`/w/${workshop.joinCode}`));
	const done = DONE.find((d) => d === event.url.searchParams.get('done')) ?? null;
	const room = { title: workshop.title, venue: workshop.venue, status: workshop.status, joinCode: workshop.joinCode, publicPath: publicWorkshopPath(workshop) };
	if (!participant) return { room, joined: false as const, board: null, mine: null };
	const board = (await loadBoard(db, workshop.id))!;
	const activity = currentActivity(board);
	const mine = {
		name: participant.displayName,
		dots: activity?.kind === 'dots' ? await listMyDots(db, participant.id, activity.id) : {},
		answer: activity?.kind === 'poll' ? await findMyPollAnswer(db, participant.id, activity.id) : null
	};
	return { room, joined: true as const, board, mine, done, ideaMax: IDEA_MAX_LENGTH };
};

export const actions = {
	join: async (event) => {
		allowAnonymous('anyone in the room joins a workshop with the code on the screen; no account, by design');
		const values = await readForm(event);
		const { db, workshop, participant } = await openRoom(event);
		const back = localizeHref(`/w/${workshop.joinCode}`);
		if (participant) redirect(303, back);
		const parsed = joinForm.safeParse(values);
		const keep = { values: { name: values.name ?? '' }, params: { nameMax: NAME_MAX_LENGTH }, form: 'join' };
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), keep);
		if (workshop.status === 'ended') return failForm(409, { name: 'workshop_room_ended' }, keep);
		const { token } = await joinWorkshop(db, workshop, parsed.data.name);
		setParticipantCookie(event.cookies, workshop.joinCode, token, { secure: event.url.protocol === 'https:' });
		await announceBoardChange(db, workshop.id, 'participant');
		redirect(303, back);
	},

	idea: async (event) => {
		allowAnonymous(PARTICIPANT);
		const values = await readForm(event);
		const { db, workshop, actor } = await openRoom(event);
		const keep = { values: { body: values.body ?? '' }, params: { max: IDEA_MAX_LENGTH }, form: 'idea' };
		if (!actor) return failForm(403, { body: 'workshop_room_not_joined' }, keep);
		const parsed = ideaForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), keep);
		const result = await addIdea(db, workshop, { participantId: actor.participant.id }, parsed.data.body);
		if (!result.ok) return failForm(409, { body: 'workshop_room_not_live' }, keep);
		backToRoom(workshop.joinCode, 'idea');
	},

	addDot: async (event) => {
		allowAnonymous(PARTICIPANT);
		return spendDot(event, 'add');
	},
	removeDot: async (event) => {
		allowAnonymous(PARTICIPANT);
		return spendDot(event, 'remove');
	},

	poll: async (event) => {
		allowAnonymous(PARTICIPANT);
		const values = await readForm(event);
		const { db, workshop, actor } = await openRoom(event);
		const keep = { values: { option: values.option ?? '' }, form: 'poll' };
		if (!actor) return failForm(403, { option: 'workshop_room_not_joined' }, keep);
		if (!values.option) return failForm(400, { option: 'workshop_room_poll_option_missing' }, keep);
		const result = await answerPoll(db, actor, values.activity ?? '', values.option);
		if (!result.ok) return failForm(409, { option: result.error }, keep);
		backToRoom(workshop.joinCode, 'poll');
	}
} satisfies Actions;

/** Adds or takes back one dot; the caller has marked it a participant action. */
async function spendDot(event: Parameters<Actions['addDot']>[0], change: 'add' | 'remove') {
	const values = await readForm(event);
	const { db, workshop, actor } = await openRoom(event);
	if (!actor) return failForm(403, { dots: 'workshop_room_not_joined' }, { form: 'dots' });
	const { activity, target } = dotForm(values);
	const result = await (change === 'add' ? addDot : removeDot)(db, actor, activity, target);
	if (!result.ok) return failForm(409, { dots: result.error }, { form: 'dots' });
	const targetId = 'ideaId' in target ? target.ideaId : target.proposalId;
	backToRoom(workshop.joinCode, change === 'add' ? 'dot_added' : 'dot_removed', `#dot-${targetId}`);
}
