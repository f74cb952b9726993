import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readForm } from '$lib/server/platform/http/read-form';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { addActivity, moveActivity, removeActivity } from '$lib/server/workshops/edit-agenda';
import { loadBoard } from '$lib/server/workshops/load-board';
import { listRoomVotePots, openRoomVote } from '$lib/server/workshops/open-room-vote';
import { potIdFrom } from '$lib/server/voting/check-ballot';
import { stepWorkshop } from '$lib/server/workshops/run-workshop';
import { activityForm, activityIdForm, formLimits } from '$lib/server/workshops/workshop-setup-form';
import { canOnWorkshop } from '$lib/server/workshops/workshops.permissions';
import type { Actions, PageServerLoad } from './$types';
import { runTarget, workshopOr404 } from '../workshop-or-404';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, workshop } = await workshopOr404(db, params);
	authorize(locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
	// The cycle's pots while its vote is open (null otherwise): the team may open one's vote in the room.
	return { place, cycle, board: (await loadBoard(db, workshop.id))!, votePots: await listRoomVotePots(db, cycle, new Date()) };
};

/** A refused step or agenda change comes back to the part of the console it came from. */
const refused = (form: 'run' | 'agenda', error: string, values: Record<string, string> = {}) => failForm(409, { [form]: error }, { values, form });

export const actions = {
	start: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const result = await stepWorkshop(deps, actor, ref, 'start');
		return result.ok ? { done: 'workshop_started' as const } : refused('run', result.error);
	},
	next: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const result = await stepWorkshop(deps, actor, ref, 'next');
		return result.ok ? { done: 'workshop_moved' as const } : refused('run', result.error);
	},
	previous: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const result = await stepWorkshop(deps, actor, ref, 'previous');
		return result.ok ? { done: 'workshop_moved' as const } : refused('run', result.error);
	},
	end: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const result = await stepWorkshop(deps, actor, ref, 'end');
		return result.ok ? { done: 'workshop_ended' as const } : refused('run', result.error);
	},
	openVote: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const values = await readForm(event);
		const result = await openRoomVote(deps, actor, ref, potIdFrom(values.pot));
		return result.ok ? { done: 'workshop_vote_opened' as const } : failForm(409, { pot: result.error }, { values: { pot: values.pot ?? '' }, form: 'vote' });
	},
	addActivity: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const parsed = await parseForm(event, activityForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, params: formLimits, form: 'add' });
		const { values } = parsed;
		const result = await addActivity(deps, actor, ref, parsed.data);
		return result.ok ? { done: 'workshop_activity_added' as const } : failForm(409, { kind: result.error }, { values, form: 'add' });
	},
	removeActivity: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const parsed = activityIdForm.safeParse(await readForm(event));
		if (!parsed.success) return refused('agenda', 'workshop_activity_unknown');
		const result = await removeActivity(deps, actor, ref, parsed.data.activityId);
		return result.ok ? { done: 'workshop_activity_removed' as const } : refused('agenda', result.error);
	},
	moveActivity: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const parsed = activityIdForm.safeParse(await readForm(event));
		if (!parsed.success || !parsed.data.direction) return refused('agenda', 'workshop_activity_unknown');
		const result = await moveActivity(deps, actor, ref, parsed.data.activityId, parsed.data.direction);
		return result.ok ? { done: 'workshop_activity_moved' as const } : refused('agenda', result.error);
	}
} satisfies Actions;
