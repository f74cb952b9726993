import { expect, test, type Page } from '@playwright/test';
import { signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

// Brookfield's cycle is in co-create, with its vote (test phase) still to come and no ballots, so
// its team can set the vote up here without touching St Elwyn's open vote, which other tests use.
const CYCLE = '/places/brookfield/cycles/2026-spaces-to-meet';
const SETTINGS = `${CYCLE}/vote/settings`;
const REGISTER = `${CYCLE}/vote/register`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082', 'hex');

const signInAsLead = (page: Page) => signInAsStaff(page, staffEmail('brookfield', 'lead'));

test.describe('on a phone, JavaScript off', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('the lead changes the ballot to points; a limit above the total is explained with everything typed kept', async ({ page }) => {
		await signInAsLead(page);
		await page.goto(SETTINGS);
		await expect(page.getByRole('heading', { level: 1, name: 'Set up the vote' })).toBeVisible();
		// Without JavaScript every kind of ballot's settings show, each under its heading.
		await expect(page.getByRole('heading', { level: 3, name: 'Put projects in order (ranked)' })).toBeVisible();

		await page.getByLabel('Share out points (cumulative)').check();
		await page.getByLabel('Points each resident shares out').fill('10');
		await page.getByLabel('Most points on one project (optional)').fill('12');
		await page.getByLabel('Most votes first').check();
		await page.getByRole('button', { name: 'Save the vote settings' }).click();
		await expect(page.getByRole('alert')).toContainText('The most points on one project cannot be more than the points each resident shares out');
		await expect(page.getByLabel('Points each resident shares out')).toHaveValue('10');
		await expect(page.getByLabel('Most points on one project (optional)')).toHaveValue('12');
		await expect(page.getByLabel('Share out points (cumulative)')).toBeChecked();
		await expect(page.getByLabel('Most votes first')).toBeChecked();

		await page.getByLabel('Most points on one project (optional)').fill('4');
		await page.getByRole('button', { name: 'Save the vote settings' }).click();
		await expect(page.getByRole('status')).toContainText('The vote settings are saved.');
		await page.goto(SETTINGS);
		await expect(page.getByLabel('Share out points (cumulative)')).toBeChecked();
		await expect(page.getByLabel('Points each resident shares out')).toHaveValue('10');
		await expect(page.getByLabel('Most points on one project (optional)')).toHaveValue('4');
		await expect(page.getByLabel('Most votes first')).toBeChecked();
	});

	test('Phragmén is offered, but not for a ranked ballot: the refusal says why, in English and Welsh, with the choices kept', async ({ page }) => {
		await signInAsLead(page);
		for (const [prefix, ranked, phragmen, reason] of [
			['', 'Put projects in order (ranked)', 'Cost shared evenly (Phragmén’s method)', 'Phragmén’s method counts ticked projects'],
			['/cy', 'Rhoi prosiectau mewn trefn (trefnol)', 'Rhannu’r gost yn wastad (dull Phragmén)', 'Mae dull Phragmén yn cyfrif prosiectau wedi’u ticio']
		]) {
			await page.goto(`${prefix}${SETTINGS}`);
			await page.getByLabel(ranked, { exact: true }).check();
			await page.getByLabel(phragmen).check();
			await page.getByRole('button', { name: prefix ? 'Cadw gosodiadau’r bleidlais' : 'Save the vote settings' }).click();
			await expect(page.getByRole('alert')).toContainText(reason);
			await expect(page.getByLabel(ranked, { exact: true })).toBeChecked();
			await expect(page.getByLabel(phragmen)).toBeChecked();
		}
	});

	test('the lead uploads the voter register: a picture imports nothing, a CSV imports its good rows and names the bad line', async ({ page }) => {
		await signInAsLead(page);
		await page.goto(SETTINGS);
		await page.getByRole('link', { name: 'Upload or check the voter register' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Voter register' })).toBeVisible();
		await expect(page.getByText('People on the register: 0')).toBeVisible();

		await page.getByLabel('CSV file').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: PNG });
		await page.getByRole('button', { name: 'Upload the register' }).click();
		await expect(page.getByRole('alert')).toContainText('Nothing was imported: this is not a CSV file');
		await expect(page.getByText('People on the register: 0')).toBeVisible();

		const csv = 'reference,postcode,name\nBK-001,BF1 2AA,Sam Jones\nBK-002,BF1 2AB,\nBK-003,not a postcode!,Ali\nBK-004,bf1 2ad,Pat Lee\n';
		await page.getByLabel('CSV file').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.getByRole('button', { name: 'Upload the register' }).click();
		const report = page.getByRole('status');
		await expect(report).toContainText('3 added, 0 updated');
		await expect(report).toContainText('Line 4: the postcode is missing or is not a postcode');
		await expect(page.getByText('People on the register: 3')).toBeVisible();
		await expect(page.getByText(/Last upload on .* by lead\.brookfield@placecraft\.example: 3 added, 0 updated, 1 rows not imported/)).toBeVisible();
		// No list of names on the page: one person is checked by their reference.
		await expect(page.getByText('Sam Jones')).toHaveCount(0);
		await page.getByLabel('Reference').fill('bk-004');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByText('BK-004 is on the register: Pat Lee, postcode BF1 2AD.')).toBeVisible();

		// Letters are now printed from the register: one for each person on it, each card saying who it is for.
		await page.goto(`${CYCLE}/vote/letter-codes`);
		await expect(page.getByText('3 people on the register have no letter yet')).toBeVisible();
		await expect(page.getByLabel('How many codes')).toHaveCount(0);
		await page.getByLabel('Name of the batch').fill('Register letters');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make the codes and download the PDF' }).click()]);
		expect(download.suggestedFilename()).toBe('brookfield-2026-spaces-to-meet-register-letters.pdf');
		// Everyone has one now: another batch is refused in words, with the label kept.
		await page.goto(`${CYCLE}/vote/letter-codes`);
		await page.getByLabel('Name of the batch').fill('Again');
		await page.getByRole('button', { name: 'Make the codes and download the PDF' }).click();
		await expect(page.getByRole('alert')).toContainText('Everyone on the voter register already has a letter.');
		await expect(page.getByLabel('Name of the batch')).toHaveValue('Again');
	});
});

test.describe('on a phone, JavaScript on', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the settings and register pages are usable and axe-clean; only the chosen ballot’s settings show', async ({ page }) => {
		await signInAsLead(page);
		await page.goto(SETTINGS);
		// Nobody saves a ranked ballot in these tests: its settings hide once the page's script runs.
		await expect(page.getByLabel('Most projects a resident puts in order')).toBeHidden();
		await page.getByLabel('Tick the projects you like (approval)').check();
		await expect(page.getByLabel('Fewest projects to tick')).toBeVisible();
		await expect(page.getByLabel('Points each resident shares out')).toBeHidden();
		await page.getByLabel('Put projects in order (ranked)').check();
		await expect(page.getByLabel('Most projects a resident puts in order')).toBeVisible();
		await expect(page.getByLabel('Fewest projects to tick')).toBeHidden();
		expect(await scanWithAxe(page)).toEqual([]);

		await page.goto(REGISTER);
		await expect(page.getByRole('heading', { level: 1, name: 'Voter register' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Download a sample file with this first line' })).toBeVisible();
		expect(await scanWithAxe(page)).toEqual([]);
	});

	test('the lead adds a pot on the budget page and puts a feasible proposal on its ballot', async ({ page }) => {
		await signInAsLead(page);
		await page.goto(`${CYCLE}/budget`);
		await page.getByLabel('Name in English').fill('Young people');
		await page.getByRole('button', { name: 'Add the pot' }).click();
		await expect(page.getByRole('status')).toContainText('The pot is added.');

		await page.getByRole('link', { name: 'Which pot each proposal is in' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Which pot each proposal is in' })).toBeVisible();
		const teenRoom = page.getByLabel(/Saturday night teen room/);
		await expect(teenRoom).toHaveValue('');
		await teenRoom.selectOption({ label: 'Young people' });
		await page.getByRole('button', { name: 'Save the pots' }).click();
		await expect(page.getByRole('status')).toContainText('Saved. Proposals moved: 1.');
		await page.reload();
		await expect(page.getByLabel(/Saturday night teen room/).locator('option:checked')).toHaveText('Young people');
		// Not feasible, so not on any ballot: not listed.
		await expect(page.getByLabel(/Benches and a picnic table/)).toHaveCount(0);
		expect(await scanWithAxe(page)).toEqual([]);
	});
});

test('a facilitator can neither open the vote settings nor upload a register', async ({ page }) => {
	await signInAsStaff(page, staffEmail('brookfield', 'facilitator'));
	const response = await page.goto(SETTINGS);
	expect(response?.status()).toBe(403);
	const post = await page.request.post(`${REGISTER}?/upload`, { multipart: { file: { name: 'r.csv', mimeType: 'text/csv', buffer: Buffer.from('reference,postcode\nX-1,BF1 2AA\n') } }, headers: { origin: new URL(page.url()).origin } });
	expect(post.status()).toBe(403);
});
