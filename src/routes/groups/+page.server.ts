import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { createGroup } from '$lib/server/groups/create-group';
import { canOnGroup } from '$lib/server/groups/groups.permissions';
import { listGroups } from '$lib/server/groups/groups.queries';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { createGroupForm } from '$lib/validation/groups';
import type { Actions, PageServerLoad } from './$types';

const noGroupYet = { groupId: null, roleInGroup: null };

export const load: PageServerLoad = async ({ locals }) => ({
	groups: await listGroups(await getDatabase()),
	canCreate: canOnGroup(locals.actor, 'group.create', noGroupYet)
});

export const actions = {
	create: async (event) => {
		const actor = authorize(event.locals.actor, canOnGroup, 'group.create', noGroupYet);
		const parsed = await parseForm(event, createGroupForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const result = await createGroup({ db: await getDatabase(), now: new Date() }, actor, parsed.data);
		// The place's words for a taken address would be wrong here, so the field gets the group's code.
		if (!result.ok) return failForm(400, { slug: result.error === 'slug_taken' ? 'group_slug_taken' : result.error }, { values });
		redirect(303, localizeHref(`/groups/${result.group.slug}`));
	}
} satisfies Actions;
