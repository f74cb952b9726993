import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES } from '../../photos/photo-limits';
import { processPhoto } from './process-photo';
import { makeHugePng, makePhoneJpeg, makePng, makeTextPretendingToBeJpeg } from '../testing/photos';

async function processed(bytes: Uint8Array) {
	const result = await processPhoto(bytes);
	if (!result.ok) throw new Error(`refused: ${result.error}`);
	return result.photo;
}

describe('processing an uploaded photo', () => {
	it('turns a phone photo upright by its EXIF orientation and keeps no camera or GPS details', async () => {
		const upload = await makePhoneJpeg();
		// The test file really carries what we mean to remove.
		expect(upload.includes('WGS-84')).toBe(true);
		expect(upload.includes('PlacecraftTestCam')).toBe(true);
		expect((await sharp(upload).metadata()).orientation).toBe(6);

		const photo = await processed(upload);
		expect(photo.contentType).toBe('image/webp');
		expect([photo.large.width, photo.large.height]).toEqual([200, 400]);
		for (const size of [photo.large, photo.small]) {
			const meta = await sharp(size.bytes).metadata();
			expect(meta.format).toBe('webp');
			expect(meta.exif).toBeUndefined();
			expect(meta.xmp).toBeUndefined();
			expect(meta.orientation).toBeUndefined();
			expect(size.bytes.includes('WGS-84')).toBe(false);
			expect(size.bytes.includes('PlacecraftTestCam')).toBe(false);
		}
		// Upright means the left (red) half of the stored picture is now on top.
		const { data } = await sharp(photo.large.bytes).extract({ left: 100, top: 10, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
		expect(data[0]).toBeGreaterThan(200);
		expect(data[2]).toBeLessThan(60);
	});

	it('fits a big picture inside 1200 px and 400 px, never enlarging a small one', async () => {
		const photo = await processed(await makePng(1600, 900));
		expect([photo.large.width, photo.large.height]).toEqual([1200, 675]);
		expect([photo.small.width, photo.small.height]).toEqual([400, 225]);
		const tiny = await processed(await makePng(300, 100));
		expect([tiny.large.width, tiny.large.height, tiny.small.width]).toEqual([300, 100, 300]);
	});

	it('refuses a text file named like a photo, a cut-off photo and an SVG drawing', async () => {
		expect(await processPhoto(makeTextPretendingToBeJpeg())).toEqual({ ok: false, error: 'photo_not_image' });
		const jpeg = await makePhoneJpeg(800, 600);
		expect(await processPhoto(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toEqual({ ok: false, error: 'photo_not_image' });
		const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
		expect(await processPhoto(svg)).toEqual({ ok: false, error: 'photo_not_image' });
		expect(await processPhoto(new Uint8Array())).toEqual({ ok: false, error: 'photo_not_image' });
	});

	// The refusal comes from the header's size (no timing asserted here: speed lives in bench/).
	it('refuses a small file that would unpack to too many pixels', async () => {
		const bomb = await makeHugePng();
		expect(bomb.byteLength).toBeLessThan(PHOTO_MAX_BYTES);
		expect(await processPhoto(bomb)).toEqual({ ok: false, error: 'photo_too_many_pixels' });
	});

	it('refuses a file over the size limit before looking inside it', async () => {
		expect(await processPhoto(new Uint8Array(PHOTO_MAX_BYTES + 1))).toEqual({ ok: false, error: 'photo_too_large' });
	});
});
