import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getDatabase } from '$lib/server/platform/db';
import { listPlacesByIds } from '$lib/server/places/places.queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { actor } = locals;
	if (actor.kind !== 'person') redirect(303, localizeHref('/sign-in'));
	const places = await listPlacesByIds(await getDatabase(), Object.keys(actor.roles));
	return {
		email: actor.email,
		isSteward: actor.isSteward,
		hasPassword: Boolean(locals.user?.passwordHash) && locals.session?.signedInWith === 'password',
		hasTwoFactor: Boolean(locals.user?.totpKey),
		teams: places.map((place) => ({ slug: place.slug, name: place.name, languages: place.languages, role: actor.roles[place.id] }))
	};
};
