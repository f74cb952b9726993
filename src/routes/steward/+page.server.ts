import { getLocale } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { createPlace } from '$lib/server/places/create-place';
import { canOnPlace } from '$lib/server/places/places.permissions';
import { listPlaces } from '$lib/server/places/places.queries';
import { getMailer } from '$lib/server/platform/services';
import { inviteToTeam } from '$lib/server/teams/invite-to-team';
import { canOnTeam } from '$lib/server/teams/teams.permissions';
import { createPlaceForm } from '$lib/validation/accounts';
import { failForm } from '$lib/server/platform/http/form-failure';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals.actor, canOnPlace, 'place.create', { placeId: null }, '/staff/sign-in');
	const places = await listPlaces(await getDatabase());
	return { places: places.map((p) => ({ slug: p.slug, name: p.name, languages: p.languages })) };
};

export const actions = {
	default: async (event) => {
		const actor = authorize(event.locals.actor, canOnPlace, 'place.create', { placeId: null }, '/staff/sign-in');
		const parsed = await parseForm(event, createPlaceForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const db = await getDatabase();
		const now = new Date();
		const { leadEmail, ...placeInput } = parsed.data;
		const created = await createPlace({ db, now }, actor, placeInput);
		if (!created.ok) return failForm(400, { slug: created.error }, { values });
		// A place just created has no lead yet: inviting its first one is the steward's one team power.
		authorize(actor, canOnTeam, 'team.invite', { placeId: created.place.id, role: 'lead', placeHasLead: false });
		await inviteToTeam({ db, mailer: await getMailer(), now, origin: event.url.origin }, actor, {
			place: created.place,
			email: leadEmail,
			role: 'lead',
			locale: getLocale()
		});
		return { created: { slug: created.place.slug } };
	}
} satisfies Actions;
