import { expect, test, type Page } from '@playwright/test';
import { makePhoneJpeg } from '../src/lib/server/testing/photos';
import { signInAsStaff, staffEmail, STEWARD } from './support/accounts';
import { scanWithAxe } from './support/axe';

// A photo decoded on the server and axe scans: more than the default 30 s on a busy two-core machine.
// Axe runs in the page, so the pages recorded without JavaScript are scanned again with it (last block).
test.describe.configure({ timeout: 120_000 });

const SMALL_SUMS = '/places/brookfield/small-sums';
const stamp = `${Date.now()}-${process.pid}`;
const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

test.describe('Brookfield’s team member on a phone without JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('records a spend with a receipt photo from the team home, and a visitor sees it on the place’s page and in the CSV', async ({ page, browser }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'team_member'));
		await page.goto('/places/brookfield/home');
		// The taps a spend takes on a phone, from the team's home: this link, then the form below.
		await page.getByRole('link', { name: 'Record a spend' }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: 'Record a spend' })).toBeVisible();
		await expect(page.getByText(/left; the most one spend can be is £150/)).toBeVisible();
		await fitsThePhone(page);

		const item = `Desk fan (${stamp})`;
		await page.getByLabel('What did you buy?').fill(item);
		await page.getByLabel('Who from?').fill('Argos, Brookfield');
		await page.getByLabel('How much?').fill('24.99');
		await page.getByLabel('Why, and who did it help?').fill('For an older resident’s top-floor flat in the heatwave.');
		await page.getByLabel('What kind of spend is it?').selectOption({ label: 'For someone’s home' });
		await page.getByLabel('Photo (optional)').setInputFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: await makePhoneJpeg() });
		await page.getByLabel('Show the receipt publicly').check();
		await page.getByRole('button', { name: 'Record the spend' }).click();

		await expect(page).toHaveURL(/\/places\/brookfield\/small-sums\?done=recorded$/);
		await expect(page.getByRole('status')).toHaveText('Done: the spend is recorded and shown below.');

		// A visitor, signed out, on the place's public page and in the CSV.
		const visitor = await browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
		await visitor.goto('/places/brookfield');
		await visitor.getByRole('link', { name: 'See every small spend' }).click();
		await expect(visitor.getByRole('heading', { level: 1, name: 'Small sums' })).toBeVisible();
		await expect(visitor.getByText(/left of £1,500/)).toBeVisible();
		const line = visitor.getByRole('article').filter({ has: visitor.getByRole('heading', { name: item }) });
		await expect(line).toContainText('£24.99');
		await expect(line).toContainText('from Argos, Brookfield');
		await expect(line).toContainText('Kind of spend: For someone’s home');
		const receipt = line.getByRole('img', { name: `${item} – Argos, Brookfield` });
		await expect(receipt).toBeVisible();
		const photo = await visitor.request.get((await receipt.getAttribute('src'))!);
		expect(photo.status()).toBe(200);
		expect(photo.headers()['content-type']).toBe('image/webp');
		await expect(visitor.getByRole('link', { name: /Correct this spend/ })).toHaveCount(0);
		await fitsThePhone(visitor);

		const csv = await visitor.request.get(`${SMALL_SUMS}/spends.csv`);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const rows = (await csv.text()).split('\r\n');
		expect(rows[0]).toBe('date,supplier,amount,purpose,category,place');
		expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^\\d{4}-\\d\\d-\\d\\d,"Argos, Brookfield",24\\.99,Desk fan \\(${stamp}\\): For an older resident’s top-floor flat in the heatwave\\.,household,Brookfield$`)));

		const feed = await (await visitor.request.get('/places/brookfield/feed.xml')).text();
		expect(feed).toContain(`Spent £24.99 on ${item}`);
		await visitor.close();
	});

	test('a spend over the limit is refused in plain words with what was typed kept', async ({ page }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'team_member'));
		await page.goto(`${SMALL_SUMS}/spend`);
		await page.getByLabel('What did you buy?').fill(`Garden bench (${stamp})`);
		await page.getByLabel('Who from?').fill('B&Q');
		await page.getByLabel('How much?').fill('£189.00');
		await page.getByLabel('Why, and who did it help?').fill('For the residents’ garden.');
		await page.getByLabel('What kind of spend is it?').selectOption({ label: 'Materials and supplies' });
		await page.getByRole('button', { name: 'Record the spend' }).click();

		const summary = page.getByRole('alert');
		await expect(summary).toContainText('That is more than one spend can be. The most is £150.');
		await expect(page.getByLabel('What did you buy?')).toHaveValue(`Garden bench (${stamp})`);
		await expect(page.getByLabel('How much?')).toHaveValue('£189.00');
		await expect(page.getByLabel('Why, and who did it help?')).toHaveValue('For the residents’ garden.');
		await expect(page.getByLabel('What kind of spend is it?')).toHaveValue('materials');
		await fitsThePhone(page);
		await page.goto(SMALL_SUMS);
		await expect(page.getByRole('heading', { name: `Garden bench (${stamp})` })).toHaveCount(0);
	});

	test('in Welsh: the form, its refusal and the public page speak Welsh', async ({ page }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'team_member'));
		await page.goto(`/cy${SMALL_SUMS}/spend`);
		await expect(page.getByRole('heading', { level: 1, name: 'Cofnodi gwariant' })).toBeVisible();
		await page.getByLabel('Beth brynoch chi?').fill(`Bara brith (${stamp})`);
		await page.getByRole('button', { name: "Cofnodi'r gwariant" }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('Dywedwch pwy a dalwyd gennych');
		await expect(summary).toContainText('Dewiswch pa fath o wariant yw e');
		await expect(page.getByLabel('Beth brynoch chi?')).toHaveValue(`Bara brith (${stamp})`);
		await fitsThePhone(page);

		await page.goto(`/cy${SMALL_SUMS}`);
		await expect(page.getByRole('heading', { level: 1, name: 'Symiau bach' })).toBeVisible();
		await expect(page.getByText(/ar ôl o £1,500/)).toBeVisible();
		await expect(page.getByRole('heading', { name: /Cywiriad i “Desk fan”/ })).toBeVisible();
		await fitsThePhone(page);
	});
});

test.describe('every small-sums page, scanned with axe on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the form and its refusal, the public page in both languages, a correction and the lead’s settings', async ({ page, browser }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'team_member'));
		await page.goto(`${SMALL_SUMS}/spend`);
		expect(await scanWithAxe(page)).toEqual([]);
		await page.getByLabel('What did you buy?').fill('Minibus hire');
		await page.getByLabel('How much?').fill('1,500');
		await page.getByRole('button', { name: 'Record the spend' }).click();
		await expect(page.getByRole('alert')).toContainText('Say who you paid');
		await expect(page.getByLabel('What did you buy?')).toHaveValue('Minibus hire');
		expect(await scanWithAxe(page)).toEqual([]);

		await page.goto(SMALL_SUMS);
		expect(await scanWithAxe(page)).toEqual([]);
		await page.goto(`/cy${SMALL_SUMS}`);
		expect(await scanWithAxe(page)).toEqual([]);

		// A correction is a new line with its reason; the spend it corrects stays as it was.
		await page.goto(SMALL_SUMS);
		await page.getByRole('link', { name: 'Correct this spend (Padlock for the tool store)' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Correct a spend' })).toBeVisible();
		expect(await scanWithAxe(page)).toEqual([]);
		await page.getByLabel('What should the spend have been?').fill('10.99');
		await page.getByLabel('Why?').fill(`The hardware shop gave £2 back (${stamp}).`);
		await page.getByRole('button', { name: 'Record the correction' }).click();
		await expect(page.getByRole('status')).toHaveText('Done: the correction is recorded and shown below.');
		const correction = page.getByRole('article').filter({ hasText: `The hardware shop gave £2 back (${stamp}).` });
		await expect(correction).toContainText('Correction to “Padlock for the tool store”');
		await expect(correction).toContainText('-£2');
		await expect(page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Padlock for the tool store', exact: true }) })).toContainText('£12.99');

		const lead = await browser.newPage({ viewport: { width: 360, height: 740 } });
		await signInAsStaff(lead, staffEmail('brookfield', 'lead'));
		await lead.goto(`${SMALL_SUMS}/settings`);
		await expect(lead.getByRole('heading', { level: 1, name: 'Small-sums pot' })).toBeVisible();
		await expect(lead.getByLabel('The most one spend can be').first()).toHaveValue('150.00');
		expect(await scanWithAxe(lead)).toEqual([]);
		await fitsThePhone(lead);
		await lead.close();
	});
});

test('the steward sees a place’s small-sums settings and has no way to change them', async ({ page }) => {
	await signInAsStaff(page, STEWARD.email);
	await page.goto(`${SMALL_SUMS}/settings`);
	await expect(page.getByText('These are the place’s own settings. Only its lead can change them.')).toBeVisible();
	await expect(page.getByText(/£1,500 from Brookfield Homes/)).toBeVisible();
	await expect(page.getByRole('button')).toHaveText(['Sign out']);
	await page.goto(SMALL_SUMS);
	await expect(page.getByRole('link', { name: 'Record a spend' })).toHaveCount(0);
});
