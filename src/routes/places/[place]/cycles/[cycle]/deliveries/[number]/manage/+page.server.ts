import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { deliveryPageOr404 } from '$lib/server/delivery/delivery-page-or-404';
import { evidenceForm, milestoneDoneForm, milestoneForm, outcomeForm, spendingForm, statusForm, todayIn, updateForm } from '$lib/server/delivery/delivery-forms';
import { canOnDelivery } from '$lib/server/delivery/delivery.permissions';
import { loadDeliveryDetails } from '$lib/server/delivery/delivery.queries';
import { addMilestone, addOutcomeEvidence, completeMilestone, recordSpending, setDeliveryStatus, setOutcome } from '$lib/server/delivery/manage-delivery';
import { postDeliveryUpdate } from '$lib/server/delivery/post-delivery-update';
import { MAX_UPDATE_PHOTOS } from '$lib/server/delivery/update-photos';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readForm } from '$lib/server/platform/http/read-form';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { readFormWithFiles } from '$lib/server/platform/http/read-form-with-files';
import { readPhotoUpload } from '$lib/server/photos/read-photo-upload';
import { getMailer } from '$lib/server/platform/services';
import { fieldErrors } from '$lib/validation/fields';
import { photoAltForm } from '$lib/validation/photos';
import { PHOTO_MAX_MEGABYTES } from '$lib/photos/photo-limits';
import type { Actions, PageServerLoad } from './$types';

/** A refusal from the domain, on the field it is about; the delivery gone from under the form is a 404. */
function refused(result: { error: string }, field: string, form: string, values: Record<string, string>) {
	if (result.error === 'forbidden') error(403, { message: 'Forbidden', code: 'forbidden' });
	return failForm(result.error === 'delivery_unknown' ? 404 : 400, { [field]: result.error }, { values, form });
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, delivery, project, target } = await deliveryPageOr404(db, params);
	authorize(locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
	return { place, cycle, delivery, project, ...(await loadDeliveryDetails(db, target)), today: todayIn(new Date(), place.timeZone), maxPhotos: MAX_UPDATE_PHOTOS, locale: getLocale() };
};

export const actions = {
	status: async (event) => {
		const db = await getDatabase();
		const { place, target } = await deliveryPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
		const parsed = await parseForm(event, statusForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'status' });
		const { values } = parsed;
		const result = await setDeliveryStatus({ db, now: new Date() }, actor, target, parsed.data);
		return result.ok ? { done: 'status' } : refused(result, 'reason', 'status', values);
	},
	addMilestone: async (event) => {
		const db = await getDatabase();
		const { place, target } = await deliveryPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
		const parsed = await parseForm(event, milestoneForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'milestone' });
		const { values } = parsed;
		const result = await addMilestone({ db, now: new Date() }, actor, target, parsed.data);
		return result.ok ? { done: 'milestone_added' } : refused(result, 'title', 'milestone', values);
	},
	completeMilestone: async (event) => {
		const db = await getDatabase();
		const { place, target } = await deliveryPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
		const now = new Date();
		const values = await readForm(event);
		const parsed = milestoneDoneForm(todayIn(now, place.timeZone)).safeParse(values);
		const form = `done-${values.milestoneId ?? ''}`;
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values, form });
		const result = await completeMilestone({ db, now }, actor, target, parsed.data);
		return result.ok ? { done: 'milestone_done' } : refused(result, 'doneOn', form, values);
	},
	spend: async (event) => {
		const db = await getDatabase();
		const { place, target } = await deliveryPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
		const now = new Date();
		const parsed = await parseForm(event, spendingForm(todayIn(now, place.timeZone)));
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'spending' });
		const { values } = parsed;
		const { amount, ...rest } = parsed.data;
		const result = await recordSpending({ db, now }, actor, target, { amountMinor: amount, ...rest });
		return result.ok ? { done: 'spending' } : refused(result, 'amount', 'spending', values);
	},
	postUpdate: async (event) => {
		const db = await getDatabase();
		const { place, target } = await deliveryPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
		// Multipart: the optional first photo. Only the text fields are ever sent back to refill the form.
		const form = await readFormWithFiles(event);
		const params = { megabytes: PHOTO_MAX_MEGABYTES };
		if (!form.ok) return failForm(413, { photo: 'photo_upload_too_large' }, { params, form: 'update' });
		const { values, files } = form;
		const parsed = updateForm(place.languages).extend(photoAltForm.shape).safeParse(values);
		const now = new Date();
		const photo = await readPhotoUpload({ db, now }, actor, { file: files.photo, altText: parsed.data?.photoAlt ?? values.photoAlt?.trim() ?? '' });
		if (!parsed.success || !photo.ok) {
			const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(photo.ok ? {} : photo.errors) };
			// A browser cannot refill a file field: when anything is refused, the photo must be chosen again.
			if (files.photo && !errors.photo) errors.photo = 'photo_choose_again';
			return failForm(400, errors, { values, params: { ...params, ...(photo.ok ? {} : photo.params) }, form: 'update' });
		}
		const result = await postDeliveryUpdate({ db, now, mailer: await getMailer(), origin: event.url.origin }, actor, target, {
			body: parsed.data.body,
			language: parsed.data.language,
			upload: photo.upload
		});
		return result.ok ? { done: 'update', sent: result.notified.sent, failed: result.notified.failed } : refused(result, 'body', 'update', values);
	},
	setOutcome: async (event) => {
		const db = await getDatabase();
		const { place, target } = await deliveryPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
		const parsed = await parseForm(event, outcomeForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'outcome' });
		const { values } = parsed;
		const result = await setOutcome({ db, now: new Date() }, actor, target, parsed.data);
		return result.ok ? { done: 'outcome' } : refused(result, 'statement', 'outcome', values);
	},
	addEvidence: async (event) => {
		const db = await getDatabase();
		const { place, target } = await deliveryPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
		const now = new Date();
		const values = await readForm(event);
		const form = `evidence-${values.outcomeId ?? ''}`;
		const parsed = evidenceForm(todayIn(now, place.timeZone)).safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values, form });
		const result = await addOutcomeEvidence({ db, now }, actor, target, parsed.data);
		return result.ok ? { done: 'evidence' } : refused(result, 'body', form, values);
	}
} satisfies Actions;
