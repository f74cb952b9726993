import sharp, { type Metadata, type ResizeOptions, type Sharp } from 'sharp';
import { PHOTO_MAX_BYTES } from '../../photos/photo-limits';

/**
 * 50 megapixels: above every phone camera's usual output (12–48 MP). A small file that claims more
 * is more likely a decompression bomb than a photo; it is refused before its pixels are decoded.
 */
export const PHOTO_MAX_PIXELS = 50_000_000;
/** Longest side of each stored size, in pixels. */
export const PHOTO_SIDES = { large: 1200, small: 400 } as const;

// Raster formats cameras and phones produce. Not SVG or PDF: those are documents a renderer runs,
// more to go wrong for nothing a photo needs.
const PHOTO_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'heif', 'tiff']);
// A 12-megapixel photo takes well under a second; a slow decode is a malformed file, not a photo.
const TIMEOUT_SECONDS = 20;
// Every upload is new: libvips' operation cache would only keep memory busy.
sharp.cache(false);

export type PhotoError = 'photo_too_large' | 'photo_too_many_pixels' | 'photo_not_image';

export interface PhotoSize {
	bytes: Buffer;
	width: number;
	height: number;
}

/** An upload made safe to show: upright, without metadata (camera, GPS), as WebP at two sizes. */
export interface ProcessedPhoto {
	contentType: 'image/webp';
	large: PhotoSize;
	small: PhotoSize;
}

export type ProcessPhotoResult = { ok: true; photo: ProcessedPhoto } | { ok: false; error: PhotoError };

/**
 * Turns uploaded bytes into the photo we keep. What a file is comes from decoding it, never from
 * its name or the type the browser claimed. The uploaded file itself is never stored.
 */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessPhotoResult> {
	if (bytes.byteLength > PHOTO_MAX_BYTES) return { ok: false, error: 'photo_too_large' };
	if (bytes.byteLength === 0) return { ok: false, error: 'photo_not_image' };
	let header: Metadata;
	try {
		// Reads the header only: size and format, no pixels yet.
		header = await sharp(bytes).metadata();
	} catch {
		return { ok: false, error: 'photo_not_image' };
	}
	if (!PHOTO_FORMATS.has(header.format ?? '') || !header.width || !header.height) return { ok: false, error: 'photo_not_image' };
	if (header.width * header.height > PHOTO_MAX_PIXELS) return { ok: false, error: 'photo_too_many_pixels' };
	return runLimited(async () => {
		try {
			// Decoded once, straight to the large size (JPEG shrinks while it loads), upright; both sizes
			// are made from those pixels. The pixel limit again at decode time, in case a header
			// under-reports; cut-off files are refused.
			const { data, info } = await sharp(bytes, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'truncated', autoOrient: true })
				.timeout({ seconds: TIMEOUT_SECONDS })
				.resize(fitInside(PHOTO_SIDES.large))
				.raw()
				.toBuffer({ resolveWithObject: true });
			const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
			const large = await encodeWebp(pixels(), 80);
			const small = await encodeWebp(pixels().resize(fitInside(PHOTO_SIDES.small)), 75);
			return { ok: true, photo: { contentType: 'image/webp', large, small } };
		} catch {
			return { ok: false, error: 'photo_not_image' };
		}
	});
}

function fitInside(side: number): ResizeOptions {
	return { width: side, height: side, fit: 'inside', withoutEnlargement: true };
}

/** sharp writes no metadata (camera, GPS) unless asked to. */
async function encodeWebp(image: Sharp, quality: number): Promise<PhotoSize> {
	const { data, info } = await image.webp({ quality, effort: 3 }).toBuffer({ resolveWithObject: true });
	return { bytes: data, width: info.width, height: info.height };
}

// At most two photos decode at once in this process: a burst of uploads queues instead of
// holding a dozen full-size images in memory on a small server.
const MAX_AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function runLimited<T>(work: () => Promise<T>): Promise<T> {
	// A finishing job hands its place straight to the next in the queue, so none can jump in between.
	if (running >= MAX_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
	else running++;
	try {
		return await work();
	} finally {
		const next = waiting.shift();
		if (next) next();
		else running--;
	}
}
