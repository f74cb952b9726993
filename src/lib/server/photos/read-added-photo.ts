import type { RequestEvent } from '@sveltejs/kit';
import { photoAltForm } from '../../validation/photos';
import { PHOTO_MAX_MEGABYTES } from '../../photos/photo-limits';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { failForm } from '../platform/http/form-failure';
import { readFormWithFiles } from '../platform/http/read-form-with-files';
import { fieldErrors } from '../../validation/fields';
import { readPhotoUpload, type PhotoUpload } from './read-photo-upload';

/**
 * The form of a page that adds one photo (to a post or a proposal): the photo, required, and its
 * description. Either the processed upload or the failure the action returns as it is.
 */
export async function readAddedPhoto(
	event: RequestEvent,
	{ db, now }: { db: Database; now: Date },
	actor: Person
): Promise<{ ok: true; upload: PhotoUpload } | { ok: false; failure: ReturnType<typeof failForm> }> {
	const params = { megabytes: PHOTO_MAX_MEGABYTES };
	const form = await readFormWithFiles(event);
	if (!form.ok) return { ok: false, failure: failForm(413, { photo: 'photo_upload_too_large' }, { params, form: 'photo' }) };
	const parsed = photoAltForm.safeParse(form.values);
	const photo = await readPhotoUpload({ db, now }, actor, { file: form.files.photo, altText: parsed.data?.photoAlt ?? form.values.photoAlt?.trim() ?? '', required: true });
	if (parsed.success && photo.ok && photo.upload) return { ok: true, upload: photo.upload };
	const errors: Record<string, string> = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(photo.ok ? {} : photo.errors) };
	// A browser cannot refill a file field: when anything is refused, the photo must be chosen again.
	if (form.files.photo && !errors.photo) errors.photo = 'photo_choose_again';
	return { ok: false, failure: failForm(400, errors, { values: form.values, params: { ...params, ...(photo.ok ? {} : photo.params) }, form: 'photo' }) };
}
