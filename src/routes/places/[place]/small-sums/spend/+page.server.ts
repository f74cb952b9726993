import { error, redirect } from '@sveltejs/kit';
import { formatMoney } from '$lib/format';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { todayIn } from '$lib/server/delivery/delivery-forms';
import { readPhotoUpload } from '$lib/server/photos/read-photo-upload';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readFormWithFiles } from '$lib/server/platform/http/read-form-with-files';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { recordSpend } from '$lib/server/small-sums/record-spend';
import { spendForm } from '$lib/server/small-sums/small-sums-forms';
import { canOnSmallSums } from '$lib/server/small-sums/small-sums.permissions';
import { currentPot, listPots } from '$lib/server/small-sums/small-sums.queries';
import { PHOTO_MAX_MEGABYTES } from '$lib/photos/photo-limits';
import { fieldErrors } from '$lib/validation/fields';
import { photoAltForm } from '$lib/validation/photos';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	authorize(locals.actor, canOnSmallSums, 'small_sums.spend', { placeId: place.id }, '/staff/sign-in');
	return { place, pot: currentPot(await listPots(db, place.id), todayIn(new Date(), place.timeZone)) };
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnSmallSums, 'small_sums.spend', { placeId: place.id }, '/staff/sign-in');
		// Multipart for the optional receipt. Only the text fields are sent back to refill the form.
		const form = await readFormWithFiles(event);
		const sizeParams = { megabytes: PHOTO_MAX_MEGABYTES };
		if (!form.ok) return failForm(413, { photo: 'photo_upload_too_large' }, { params: sizeParams });
		const { values, files } = form;
		const parsed = spendForm.extend(photoAltForm.shape).safeParse(values);
		const now = new Date();
		// A receipt needs no description typed on a phone in a shop: what and where says it.
		const altText = values.photoAlt?.trim() || [values.item?.trim(), values.supplier?.trim()].filter(Boolean).join(' – ');
		const photo = await readPhotoUpload({ db, now }, actor, { file: files.photo, altText });
		if (!parsed.success || !photo.ok) {
			const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(photo.ok ? {} : photo.errors) };
			// A browser cannot refill a file field: when anything is refused, the photo must be chosen again.
			if (files.photo && !errors.photo) errors.photo = 'photo_choose_again';
			return failForm(400, errors, { values, params: { ...sizeParams, ...(photo.ok ? {} : photo.params) } });
		}
		const { amount, photoAlt: _alt, ...rest } = parsed.data;
		const result = await recordSpend({ db, now }, actor, place, { ...rest, amountMinor: amount, receipt: photo.upload });
		if (!result.ok) {
			if (result.error === 'forbidden') error(403, { message: 'Forbidden', code: 'forbidden' });
			const money = (minor = 0) => formatMoney(minor, place.currency, getLocale());
			const errors: Record<string, string> = { amount: result.error };
			if (files.photo) errors.photo = 'photo_choose_again';
			return failForm(400, errors, { values, params: { ...sizeParams, left: money(result.amounts?.left), limit: money(result.amounts?.limit) } });
		}
		redirect(303, `${localizeHref(`/places/${place.slug}/small-sums`)}?done=recorded`);
	}
} satisfies Actions;
