import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { canOnLibrary } from '$lib/server/library/library.permissions';
import { tagProposalThemes } from '$lib/server/library/tag-proposal-themes';
import { listPlaceThemes, listProposalThemes } from '$lib/server/library/themes.queries';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { proposalPageOr404 } from '$lib/server/proposals/proposal-page-or-404';
import { themeTagForm, tickedThemes } from '$lib/validation/library';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, proposal } = await proposalPageOr404(db, params);
	authorize(locals.actor, canOnLibrary, 'library.tag_themes', { placeId: place.id }, '/staff/sign-in');
	const ref = { placeId: place.id, proposalId: proposal.id };
	return { place, cycle, proposal, themes: await listPlaceThemes(db, place.id), tagged: await listProposalThemes(db, ref) };
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const { place, proposal } = await proposalPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnLibrary, 'library.tag_themes', { placeId: place.id });
		const parsed = await parseForm(event, themeTagForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const result = await tagProposalThemes({ db, now: new Date() }, actor, {
			placeId: place.id,
			proposalId: proposal.id,
			themes: tickedThemes(parsed.values),
			newTheme: parsed.data.newTheme,
			locale: getLocale()
		});
		if (!result.ok) {
			if (result.error === 'proposal_unknown') error(404, { message: 'Proposal not found', code: 'proposal_not_found' });
			if (result.error === 'forbidden') error(403, { message: 'Forbidden', code: 'forbidden' });
			return failForm(400, { [result.error === 'theme_name_no_letters' ? 'newTheme' : 'themes']: result.error }, { values: parsed.values });
		}
		return { saved: true };
	}
} satisfies Actions;
