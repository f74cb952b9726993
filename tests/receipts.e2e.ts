import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parsePabulib } from '../src/lib/tally';
import { signInByCode } from './support/accounts';
import { scanWithAxe } from './support/axe';

const CYCLE = '/places/st-elwyns/cycles/2026-a-place-for-young-people';
const SKATE = /Skate and scooter park on the old bowling green — £26,500/;
const COUNTED = '/places/brookfield/cycles/2025-safer-walks';

/** A receipt's fingerprint as the open data lists it: SHA-256 of the code in capitals, no dashes. */
const fingerprint = (code: string) => createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest('hex');

for (const javaScriptEnabled of [false, true]) {
	test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });

		test('a resident votes, takes the receipt, and checks it: the ballot is in the pot, its choices never shown', async ({ page }) => {
			test.slow(); // a whole vote, sign-in included, on a machine shared with other test workers
			await signInByCode(page, `receipt-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}@example.org`);
			await page.goto(`${CYCLE}/vote`);
			await page.getByRole('link', { name: 'Outdoors', exact: true }).click();
			await page.getByLabel(SKATE).check();
			await page.getByRole('button', { name: 'Check my vote' }).click();
			await page.getByRole('button', { name: 'Send my vote' }).click();
			const receipt = (await page.locator('.receipt').textContent())!.trim();
			expect(receipt).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);

			await page.getByRole('link', { name: 'Check your receipt' }).click();
			await expect(page).toHaveURL(new RegExp(`${CYCLE}/receipt$`));
			await expect(page.getByRole('heading', { level: 1, name: 'Check your receipt' })).toBeVisible();

			// Nothing typed, then half a code: explained, and what was typed kept.
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(page.getByRole('alert')).toContainText('Type your receipt code.');
			await page.getByLabel('Your receipt code').fill('abcd-efgh');
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(page.getByRole('alert')).toContainText('A receipt code is 12 letters and numbers');
			await expect(page.getByLabel('Your receipt code')).toHaveValue('abcd-efgh');
			if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);

			// A code of the right shape that no ballot here has.
			await page.getByLabel('Your receipt code').fill('AAAA-BBBB-CCCC');
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(page.getByRole('alert')).toContainText('We found no ballot with that receipt code in this vote.');
			await expect(page.getByLabel('Your receipt code')).toHaveValue('AAAA-BBBB-CCCC');

			// Their own code, typed in small letters with spaces.
			const typed = receipt.toLowerCase().replace(/-/g, ' ');
			await page.getByLabel('Your receipt code').fill(typed);
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			const answer = page.getByRole('status');
			await expect(answer).toContainText('A ballot with this code is in the vote. It will be counted after the vote closes.');
			await expect(answer).toContainText('Pot: Outdoors');
			await expect(answer).toContainText(fingerprint(receipt));
			await expect(page.getByText(/Skate and scooter park/)).toHaveCount(0);
			await expect(page.getByLabel('Your receipt code')).toHaveValue(typed);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);
		});
	});
}

test('a counted pot lists one receipt fingerprint for each ballot in its file, and its results link to the check', async ({ page }) => {
	await page.goto(`${COUNTED}/results`);
	await expect(page.getByRole('link', { name: 'Check your receipt' })).toHaveAttribute('href', `${COUNTED}/receipt`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Receipt fingerprints/ }).click()]);
	const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
	expect(lines.every((line) => /^[0-9a-f]{64}$/.test(line))).toBe(true);
	expect([...lines].sort()).toEqual(lines);
	const election = parsePabulib(await (await page.request.get(`${COUNTED}/results/all/ballots.pb`)).text());
	expect(lines).toHaveLength(election.voters.length);
	// One file per count: a second download is the same file.
	expect(await (await page.request.get(`${COUNTED}/results/all/ballots.pb`)).text()).toBe(await (await page.request.get(`${COUNTED}/results/all/ballots.pb`)).text());
});
