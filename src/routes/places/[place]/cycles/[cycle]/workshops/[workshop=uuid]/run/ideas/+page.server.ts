import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readForm } from '$lib/server/platform/http/read-form';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { addPaperIdea, addTheme, moveIdeaToTheme } from '$lib/server/workshops/group-ideas';
import { hideIdea } from '$lib/server/workshops/hide-idea';
import { loadBoard } from '$lib/server/workshops/load-board';
import { formLimits, hideIdeaForm, moveIdeaForm, themeForm } from '$lib/server/workshops/workshop-setup-form';
import { canOnWorkshop } from '$lib/server/workshops/workshops.permissions';
import { fieldErrors } from '$lib/validation/fields';
import { IDEA_MAX_LENGTH, ideaForm } from '$lib/validation/workshops';
import type { Actions, PageServerLoad } from './$types';
import { runTarget, workshopOr404 } from '../../workshop-or-404';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, workshop } = await workshopOr404(db, params);
	authorize(locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
	return { place, cycle, board: (await loadBoard(db, workshop.id))!, landed: workshop.landedAt !== null };
};

export const actions = {
	addIdea: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const values = await readForm(event);
		const parsed = ideaForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values, params: { max: IDEA_MAX_LENGTH }, form: 'idea' });
		const added = await addPaperIdea(deps, actor, ref, parsed.data.body);
		return added.ok ? { done: 'workshop_idea_added' as const } : failForm(409, { body: added.error }, { values, form: 'idea' });
	},
	addTheme: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const parsed = await parseForm(event, themeForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, params: formLimits, form: 'theme' });
		const { values } = parsed;
		const added = await addTheme(deps, actor, ref, parsed.data.name);
		return added.ok ? { done: 'workshop_theme_added' as const } : failForm(409, { name: added.error }, { values, form: 'theme' });
	},
	moveIdea: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const parsed = moveIdeaForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, { board: fieldErrors(parsed.error).ideaId ?? 'workshop_theme_unknown' }, { form: 'board' });
		const moved = await moveIdeaToTheme(deps, actor, ref, parsed.data.ideaId, parsed.data.themeId);
		return moved.ok ? { done: 'workshop_idea_moved' as const } : failForm(409, { board: moved.error }, { form: 'board' });
	},
	hideIdea: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const parsed = hideIdeaForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, { board: parsed.error.issues[0]?.message ?? 'workshop_idea_unknown' }, { form: 'board' });
		const hidden = await hideIdea(deps, actor, ref, parsed.data.ideaId, parsed.data.reason);
		return hidden.ok ? { done: 'workshop_idea_hidden' as const } : failForm(409, { board: hidden.error }, { form: 'board' });
	}
} satisfies Actions;
