import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { pickText } from '$lib/localized-text';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { generateLetterCodes } from '$lib/server/voting/letter-codes';
import { parseLetterCodeBatchForm } from '$lib/server/voting/letter-codes-form';
import { renderLetterCodesPdf } from '$lib/server/voting/letter-codes-pdf';
import { canOnVoting } from '$lib/server/voting/voting.permissions';
import { hasRegister } from '$lib/server/voting/voting.queries';
import { generateFailureQuery } from '../generate-failure';
import type { RequestHandler } from './$types';

/**
 * Makes a batch and answers with its cards as a PDF download — the only time the codes exist in
 * clear. A refused form goes back to the page with what was typed (see generate-failure.ts).
 */
export const POST: RequestHandler = async (event) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, event.params);
	const actor = authorize(event.locals.actor, canOnVoting, 'letter_codes.generate', { placeId: place.id });
	const values = await readForm(event);
	const parsed = parseLetterCodeBatchForm(values, { fromRegister: await hasRegister(db, cycle) });
	const page = `/places/${place.slug}/cycles/${cycle.slug}/vote/letter-codes`;
	if (!parsed.ok) redirect(303, `${localizeHref(page)}?${generateFailureQuery(values, parsed.errors)}`);

	const { label, count, language } = parsed.batch;
	const made = await generateLetterCodes(
		{ db, now: new Date() },
		{ placeId: place.id, cycleId: cycle.id, label, count, userId: actor.userId, actorLabel: actor.email }
	);
	if (!made.ok) redirect(303, `${localizeHref(page)}?${generateFailureQuery(values, { count: made.error })}`);
	const { codes, addressees } = made;
	const pdf = await renderLetterCodesPdf({
		placeName: pickText(place.name, language, place.languages),
		cycleTitle: pickText(cycle.title, language, place.languages),
		codes,
		addressees: addressees?.map(({ name, reference, postcode }) => [name, reference, postcode].filter(Boolean).join(', ')),
		origin: event.url.origin,
		language
	});
	return new Response(Buffer.from(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${place.slug}-${cycle.slug}-${fileSafe(label)}.pdf"`,
			// Codes in clear: no cache, anywhere, may keep a copy.
			'cache-control': 'no-store'
		}
	});
};

/** The label as plain ASCII for a file name ("Tŵr 3, Mawrth" → "twr-3-mawrth"). */
function fileSafe(label: string): string {
	const ascii = label
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return ascii || 'letter-codes';
}
