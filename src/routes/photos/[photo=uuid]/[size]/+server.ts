import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/platform/db';
import { findServablePhoto } from '$lib/server/photos/photos.queries';
import type { RequestHandler } from './$types';

/**
 * A photo's bytes, as stored (WebP). A photo never changes under its id, so browsers keep it for a
 * year without asking again; shared caches (a CDN, if one is ever put in front) only for an hour,
 * so a photo whose post or proposal is hidden stops being served from them soon after. Hidden is
 * a 404, the same as never existed.
 */
export const GET: RequestHandler = async ({ params, request }) => {
	const size = params.size;
	if (size !== 'small' && size !== 'large') error(404, { message: 'Photo not found', code: 'photo_not_found' });
	const etag = `"${params.photo.toLowerCase()}-${size}"`;
	const photo = await findServablePhoto(await getDatabase(), { photoId: params.photo, size });
	if (!photo) error(404, { message: 'Photo not found', code: 'photo_not_found' });
	const headers = {
		'Content-Type': photo.contentType,
		'Cache-Control': 'public, max-age=31536000, s-maxage=3600, immutable',
		ETag: etag,
		'X-Content-Type-Options': 'nosniff'
	};
	// Asked only after the hidden check: a hidden photo is never confirmed as "unchanged".
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(photo.bytes as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Length': String(photo.bytes.byteLength) } });
};
