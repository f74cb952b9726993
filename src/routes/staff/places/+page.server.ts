import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getDatabase } from '$lib/server/platform/db';
import { listPlacesByIds } from '$lib/server/places/places.queries';
import type { PageServerLoad } from './$types';

/** Someone on several places' teams chooses which place's home to open after signing in. */
export const load: PageServerLoad = async ({ locals }) => {
	const { actor } = locals;
	if (actor.kind !== 'person') redirect(303, localizeHref('/staff/sign-in'));
	const places = await listPlacesByIds(await getDatabase(), Object.keys(actor.roles));
	return { places: places.map((p) => ({ slug: p.slug, name: p.name, languages: p.languages, role: actor.roles[p.id] })) };
};
