import { m } from '$lib/paraglide/messages';
import type { PhotoErrorCode } from '$lib/photos/photos.errors';

/** Words for the photo codes the server sends back (spread into form-errors' table). */
export const photoErrorTexts = {
	photo_too_large: (p) => m.photo_error_too_large({ megabytes: p.megabytes ?? 10 }),
	photo_upload_too_large: (p) => m.photo_error_upload_too_large({ megabytes: p.megabytes ?? 10 }),
	photo_too_many_pixels: () => m.photo_error_too_many_pixels(),
	photo_not_image: () => m.photo_error_not_image(),
	photo_too_many: () => m.photo_error_too_many(),
	photo_missing: () => m.photo_error_missing(),
	photo_alt_missing: () => m.photo_error_alt_missing(),
	photo_alt_too_long: () => m.photo_error_alt_too_long(),
	photo_choose_again: () => m.photo_error_choose_again(),
	photo_not_allowed: () => m.photo_error_not_allowed()
} satisfies Record<PhotoErrorCode, (params: Record<string, string | number>) => string>;
