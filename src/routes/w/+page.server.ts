import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { allowAnonymous } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readForm } from '$lib/server/platform/http/read-form';
import { findWorkshopByJoinCode } from '$lib/server/workshops/find-workshop';
import { isJoinCodeShape } from '$lib/server/workshops/join-code';
import type { Actions } from './$types';
import { countLookUp } from './look-up-workshop';

export const actions = {
	default: async (event) => {
		allowAnonymous('a join code is shown to everyone in the room; look-ups are rate-limited per client address');
		const typed = (await readForm(event)).code ?? '';
		const refuse = (code: string, params: Record<string, number> = {}) => failForm(code === 'rate_limited' ? 429 : 400, { code }, { values: { code: typed }, params });
		if (!typed.trim()) return refuse('workshop_room_code_missing');
		if (!isJoinCodeShape(typed)) return refuse('workshop_room_code_format');
		const db = await getDatabase();
		const wait = await countLookUp(db, event);
		if (wait) return refuse('rate_limited', wait);
		const workshop = await findWorkshopByJoinCode(db, typed);
		if (!workshop) return refuse('workshop_room_code_unknown');
		redirect(303, localizeHref(`/w/${workshop.joinCode}`));
	}
} satisfies Actions;
