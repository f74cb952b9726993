/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in the matching components/<domain>/*-error-texts.ts, declared against it.
 */

/** What adding or removing a photo may refuse. */
export type PhotoErrorCode =
	| 'photo_too_large'
	| 'photo_upload_too_large'
	| 'photo_too_many_pixels'
	| 'photo_not_image'
	| 'photo_too_many'
	| 'photo_missing'
	| 'photo_alt_missing'
	| 'photo_alt_too_long'
	| 'photo_choose_again'
	| 'photo_not_allowed';
