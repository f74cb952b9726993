import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { minutesToWait } from '../platform/http/form-failure';
import { consumeRateLimit } from '../platform/rate-limit/consume-rate-limit';
import { PHOTO_MAX_BYTES } from '../../photos/photo-limits';
import { processPhoto, type ProcessedPhoto } from './process-photo';

/** Decoding photos costs the server real work: per person, plenty for a keen resident, not a flood. */
const PHOTOS_PER_HOUR = { limit: 30, windowSeconds: 60 * 60 };

export interface PhotoUpload {
	photo: ProcessedPhoto;
	altText: string;
}

export type PhotoUploadResult =
	| { ok: true; upload: PhotoUpload | null }
	| { ok: false; errors: { photo?: string; photoAlt?: string }; params: Record<string, number> };

/**
 * A form's photo and its description, checked and processed: errors by field (`photo`, `photoAlt`)
 * as codes. No file chosen is no photo (or an error when the form is for adding one). A photo
 * without a description for people who cannot see it is refused.
 */
export async function readPhotoUpload(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { file: File | undefined; altText: string; required?: boolean }
): Promise<PhotoUploadResult> {
	const { file } = input;
	if (!file) return input.required ? { ok: false, errors: { photo: 'photo_missing' }, params: {} } : { ok: true, upload: null };
	const errors: { photo?: string; photoAlt?: string } = {};
	if (!input.altText) errors.photoAlt = 'photo_alt_missing';
	if (file.size > PHOTO_MAX_BYTES) return { ok: false, errors: { ...errors, photo: 'photo_too_large' }, params: {} };
	const limit = await consumeRateLimit(db, { key: `photo:user:${actor.userId}`, ...PHOTOS_PER_HOUR }, now);
	if (!limit.allowed) return { ok: false, errors: { ...errors, photo: 'rate_limited' }, params: minutesToWait(limit.retryAfterSeconds) };
	const processed = await processPhoto(new Uint8Array(await file.arrayBuffer()));
	if (!processed.ok) errors.photo = processed.error;
	if (errors.photo || errors.photoAlt || !processed.ok) return { ok: false, errors, params: {} };
	return { ok: true, upload: { photo: processed.photo, altText: input.altText } };
}
