import sharp from 'sharp';

// Real files for tests, made on the spot. Each one stands for something a phone or a prankster sends.

/**
 * A phone photo as it leaves the camera: stored landscape (left half red, right half blue) with an
 * EXIF orientation that says "turn it a quarter clockwise to show it", a camera name and a GPS
 * position. Upright it is portrait with red on top.
 */
export function makePhoneJpeg(width = 400, height = 200): Promise<Buffer> {
	const half = Math.round(width / 2);
	return sharp({ create: { width, height, channels: 3, background: '#0000ff' } })
		.composite([{ input: { create: { width: half, height, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
		.jpeg({ quality: 90 })
		.withExif({ IFD0: { Make: 'PlacecraftTestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 29/1 0/1', GPSMapDatum: 'WGS-84' } })
		.withMetadata({ orientation: 6 })
		.toBuffer();
}

/** A screenshot-like PNG with transparency. */
export function makePng(width = 1600, height = 900): Promise<Buffer> {
	return sharp({ create: { width, height, channels: 4, background: { r: 40, g: 160, b: 90, alpha: 0.6 } } })
		.png()
		.toBuffer();
}

/** A small file that unpacks to 64 megapixels: a decompression bomb in miniature. */
export function makeHugePng(): Promise<Buffer> {
	return sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#000' } })
		.png({ compressionLevel: 9 })
		.toBuffer();
}

/** A text file named as if it were a photo. */
export function makeTextPretendingToBeJpeg(): Buffer {
	return Buffer.from('This is a shopping list, not a photo.\nMilk\nBread\n');
}
