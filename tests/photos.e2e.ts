import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makePhoneJpeg, makeTextPretendingToBeJpeg } from '../src/lib/server/testing/photos';
import { signInByCode } from './support/accounts';
import { scanWithAxe } from './support/axe';

// Uploads of several megabytes, each decoded on the server, and axe scans: more than the default 30 s
// on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const GREEN = '/places/northgate/cycles/2026-the-green';
const MB = 1024 * 1024;

async function choosePhoto(page: Page, name: string, buffer: Buffer, mimeType = 'image/jpeg') {
	await page.getByLabel('Photo (optional)').setInputFiles({ name, mimeType, buffer });
}

/** A file of this many megabytes on disk: the browser streams it (a buffer that big crawls through the test protocol). */
function bigFile(name: string, megabytes: number): string {
	const path = test.info().outputPath(name);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, Buffer.alloc(megabytes * MB, 1));
	return path;
}

/** What the browser was sent for a photo, and the bytes. */
async function fetchPhoto(page: Page, src: string) {
	const response = await page.request.get(src);
	return { response, bytes: await response.body() };
}

/** A resident posts a need with a photo of the broken bench, shown small, served as WebP without GPS. */
async function postNeedWithPhoto(page: Page, words: string) {
	await page.goto(GREEN);
	await page.getByLabel('In your own words').fill(words);
	await choosePhoto(page, 'bench.jpg', await makePhoneJpeg(1600, 1200));
	await page.getByLabel('Describe the photo (if you add one)').fill('A bench with a broken slat');
	await page.getByRole('button', { name: 'Post' }).click();
	await expect(page.getByRole('status')).toContainText('Thank you');

	const photo = page.getByRole('listitem').filter({ hasText: words }).getByRole('img', { name: 'A bench with a broken slat' });
	await expect(photo).toBeVisible();
	const src = (await photo.getAttribute('src'))!;
	await photo.scrollIntoViewIfNeeded();
	await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	expect(src).toMatch(/^\/photos\/[0-9a-f-]{36}\/small$/);
	// Taken upright (1600×1200 stored sideways is portrait) and no wider than the small size.
	expect(await photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([300, 400]);
	expect(await photo.getAttribute('srcset')).toBeNull();
	expect(await photo.getAttribute('loading')).toBe('lazy');

	const { response, bytes } = await fetchPhoto(page, src);
	expect(response.headers()['content-type']).toBe('image/webp');
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['cache-control']).toContain('immutable');
	expect(bytes.subarray(0, 4).toString('latin1') + bytes.subarray(8, 12).toString('latin1')).toBe('RIFFWEBP');
	// The upload carried a GPS position and a camera name: neither reaches anyone.
	for (const secret of ['WGS-84', 'PlacecraftTestCam', 'EXIF', 'XMP ']) expect(bytes.includes(secret)).toBe(false);
	expect((await fetchPhoto(page, src.replace('/small', '/large'))).bytes.length).toBeGreaterThan(bytes.length);
}

/**
 * axe runs inside the page, so it needs JavaScript. Without it, the page as the server sent it
 * (an error on a form post cannot be fetched again) is scanned in a context with it on, its own
 * scripts taken out so nothing changes it.
 */
async function expectAxeClean(page: Page, javaScriptEnabled: boolean) {
	if (javaScriptEnabled) {
		expect(await scanWithAxe(page)).toEqual([]);
		return;
	}
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/g, '');
	const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 360, height: 740 } });
	const scanned = await context.newPage();
	await scanned.goto(page.url().split('?')[0]);
	await scanned.setContent(html, { waitUntil: 'load' });
	expect(await scanWithAxe(scanned)).toEqual([]);
	await context.close();
}

test.describe('on a phone without JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('a resident posts a need with a photo; a photo without its description is sent back, words kept', async ({ page, javaScriptEnabled }) => {
		await signInByCode(page, `photo-nojs-${Date.now()}@example.org`);
		await page.goto(GREEN);
		const words = `The bench by the pond is broken ${Date.now()}`;
		await page.getByLabel('In your own words').fill(words);
		await page.getByLabel('Where (optional)').fill('Pond path');
		await choosePhoto(page, 'bench.jpg', await makePhoneJpeg());
		await page.getByRole('button', { name: 'Post' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('Describe the photo for people who cannot see it');
		await expect(summary).toContainText('Please choose your photo again');
		await expect(page.getByLabel('In your own words')).toHaveValue(words);
		await expect(page.getByLabel('Where (optional)')).toHaveValue('Pond path');
		await expectAxeClean(page, javaScriptEnabled);

		await postNeedWithPhoto(page, words);
		await expectAxeClean(page, javaScriptEnabled);
	});

	test('a file that is not a photo, a photo over 10 MB and a request over the server limit are refused in plain words', async ({ page, javaScriptEnabled }) => {
		await signInByCode(page, `photo-bad-${Date.now()}@example.org`);
		await page.goto(GREEN);
		const words = `Please fix the lights on the path ${Date.now()}`;

		await page.getByLabel('In your own words').fill(words);
		await choosePhoto(page, 'holiday.jpg', makeTextPretendingToBeJpeg());
		await page.getByLabel('Describe the photo (if you add one)').fill('The dark path');
		await page.getByRole('button', { name: 'Post' }).click();
		await expect(page.getByRole('alert')).toContainText('This file is not a photo we can use');
		await expect(page.getByLabel('In your own words')).toHaveValue(words);
		await expect(page.getByLabel('Describe the photo (if you add one)')).toHaveValue('The dark path');

		await page.getByLabel('Photo (optional)').setInputFiles(bigFile('huge.jpg', 11));
		await page.getByRole('button', { name: 'Post' }).click();
		await expect(page.getByRole('alert')).toContainText('This photo is too big. Choose one smaller than 10 MB.');
		await expect(page.getByLabel('In your own words')).toHaveValue(words);
		await expectAxeClean(page, javaScriptEnabled);

		// Over BODY_SIZE_LIMIT the server reads nothing, not even the words: it says so, in the form.
		await page.getByLabel('Photo (optional)').setInputFiles(bigFile('enormous.jpg', 17));
		await page.getByRole('button', { name: 'Post' }).click();
		await expect(page.getByRole('alert')).toContainText('Your photo was too big to send. Choose one smaller than 10 MB.');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('green', { ignoreCase: true });
		await expect(page.getByText(words)).toHaveCount(0);
	});

	test('the author adds a photo to a post afterwards, on the post\'s own page', async ({ page, javaScriptEnabled }) => {
		await signInByCode(page, `photo-later-${Date.now()}@example.org`);
		await page.goto(GREEN);
		const words = `A community fridge would help ${Date.now()}`;
		await page.getByLabel('In your own words').fill(words);
		await page.getByRole('button', { name: 'Post' }).click();
		await expect(page.getByRole('status')).toContainText('Thank you');
		await page.getByRole('listitem').filter({ hasText: words }).getByRole('link', { name: /Comments/ }).click();
		await page.getByRole('link', { name: 'Add a photo' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Photo for your post' })).toBeVisible();
		await page.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'fridge.jpg', mimeType: 'image/jpeg', buffer: await makePhoneJpeg() });
		await page.getByLabel('Describe the photo').fill('An empty corner of the community hall');
		await page.getByRole('button', { name: 'Add photo' }).click();
		await expect(page.getByRole('status')).toContainText('Photo added');
		await expect(page.getByRole('img', { name: 'An empty corner of the community hall' })).toBeVisible();
		await expect(page.getByText('This has all the photos it can have.')).toBeVisible();
		await expectAxeClean(page, javaScriptEnabled);
	});
});

test.describe('on a phone with JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('a resident posts a need with a photo; a photo too big is refused before it is sent', async ({ page, javaScriptEnabled }) => {
		await signInByCode(page, `photo-js-${Date.now()}@example.org`);
		await page.goto(GREEN);
		const words = `Swings for the little ones ${Date.now()}`;
		await page.getByLabel('In your own words').fill(words);
		await page.getByLabel('Photo (optional)').setInputFiles(bigFile('huge.jpg', 11));
		await page.getByLabel('Describe the photo (if you add one)').fill('Big');
		let uploads = 0;
		page.on('request', (request) => {
			if (request.method() === 'POST') uploads++;
		});
		await page.getByRole('button', { name: 'Post' }).click();
		await expect(page.getByRole('alert')).toContainText('This photo is too big. Choose one smaller than 10 MB.');
		expect(uploads).toBe(0);
		await expect(page.getByLabel('In your own words')).toHaveValue(words);

		await choosePhoto(page, 'notes.jpg', makeTextPretendingToBeJpeg());
		await page.getByRole('button', { name: 'Post' }).click();
		await expect(page.getByRole('alert')).toContainText('This file is not a photo we can use');
		await expect(page.getByLabel('In your own words')).toHaveValue(words);
		await expectAxeClean(page, javaScriptEnabled);

		await postNeedWithPhoto(page, words);
		await expect(page.getByLabel('In your own words')).toHaveValue('');
		await expectAxeClean(page, javaScriptEnabled);
	});
});

test.describe('proposals, on a phone without JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('a community group\'s admin adds photos to its proposal; another resident cannot', async ({ page, browser, javaScriptEnabled }) => {
		// Proposal 3 in Brookfield is Brookfield Youth Club's, not yet reviewed; the club's admin edits it.
		const proposal = '/places/brookfield/cycles/2026-spaces-to-meet/proposals/3';
		await signInByCode(page, 'youth-club@placecraft.example');
		await page.goto(proposal);
		await page.getByRole('link', { name: 'Add photos' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Photos for proposal 3' })).toBeVisible();
		await page.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'ramp.jpg', mimeType: 'image/jpeg', buffer: await makePhoneJpeg(1200, 900) });
		await page.getByRole('button', { name: 'Add photo' }).click();
		await expect(page.getByRole('alert')).toContainText('Describe the photo for people who cannot see it');
		await expect(page.getByRole('alert')).toContainText('Please choose your photo again');
		await page.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'ramp.jpg', mimeType: 'image/jpeg', buffer: await makePhoneJpeg(1200, 900) });
		await page.getByLabel('Describe the photo').fill('The skate ramp in the rain, with nowhere to shelter');
		await page.getByRole('button', { name: 'Add photo' }).click();
		await expect(page.getByRole('status')).toContainText('Photo added');
		const added = page.getByRole('img', { name: 'The skate ramp in the rain, with nowhere to shelter' });
		await expect(added).toBeVisible();
		// Both sizes are offered; the browser picks by screen.
		expect(await added.getAttribute('srcset')).toMatch(/\/small 300w, \/photos\/[0-9a-f-]{36}\/large 900w$/);
		await expectAxeClean(page, javaScriptEnabled);

		const other = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
		const theirs = await other.newPage();
		await signInByCode(theirs, `not-an-author-${Date.now()}@example.org`);
		await theirs.goto(`${proposal}/photos`);
		await expect(theirs.getByRole('img', { name: 'The skate ramp in the rain, with nowhere to shelter' })).toBeVisible();
		await expect(theirs.getByText('Only the people writing this proposal can add photos to it.')).toBeVisible();
		await expect(theirs.getByRole('button', { name: 'Add photo' })).toHaveCount(0);
		await other.close();
	});
});

test('a photo of a post is a 404 at an unknown id or size', async ({ request }) => {
	expect((await request.get('/photos/00000000-0000-0000-0000-000000000000/small')).status()).toBe(404);
	expect((await request.get('/photos/not-a-photo/small')).status()).toBe(404);
	expect((await request.get('/photos/00000000-0000-0000-0000-000000000000/huge')).status()).toBe(404);
});
