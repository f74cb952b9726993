import { error } from '@sveltejs/kit';
import { locales } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { readAddedPhoto } from '$lib/server/photos/read-added-photo';
import { addPlacePhoto, findPlacePhoto } from '$lib/server/places/place-photo';
import { canOnPlace } from '$lib/server/places/places.permissions';
import { updatePlaceStory } from '$lib/server/places/update-place-story';
import { placeStoryForm, SUGGESTED_TIME_ZONES } from '$lib/validation/place-story';
import type { Actions, PageServerLoad } from './$types';

// Only the place's own lead writes its page; a steward cannot (they serve places, not speak for them).
export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	authorize(locals.actor, canOnPlace, 'place.edit_story', { placeId: place.id }, '/staff/sign-in');
	const timeZones: string[] = [...SUGGESTED_TIME_ZONES];
	if (!timeZones.includes(place.timeZone)) timeZones.unshift(place.timeZone);
	return { place, photo: await findPlacePhoto(db, place.id), offered: [...locales] as string[], timeZones };
};

export const actions = {
	story: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnPlace, 'place.edit_story', { placeId: place.id }, '/staff/sign-in');
		const parsed = await parseForm(event, placeStoryForm(locales));
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'story' });
		const result = await updatePlaceStory({ db, now: new Date() }, actor, { placeId: place.id, story: parsed.data });
		if (!result.ok) error(404, { message: 'Place not found', code: 'place_not_found' });
		return { form: 'story', done: result.changed.length > 0 ? 'saved' : 'unchanged' };
	},
	photo: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnPlace, 'place.edit_story', { placeId: place.id }, '/staff/sign-in');
		const now = new Date();
		const added = await readAddedPhoto(event, { db, now }, actor);
		if (!added.ok) return added.failure;
		await addPlacePhoto({ db, now }, actor, { placeId: place.id, upload: added.upload });
		return { form: 'photo', done: 'photo_added' };
	}
} satisfies Actions;
