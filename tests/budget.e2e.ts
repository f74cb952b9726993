import { expect, test } from '@playwright/test';
import { signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const BUDGET = '/places/northgate/cycles/2026-the-green/budget';

test('anyone can see the pot and who put in what', async ({ page }) => {
	// Brookfield's money: nobody changes it in these tests (the ones below change Northgate's).
	await page.goto('/places/brookfield/cycles/2026-spaces-to-meet');
	await page.getByRole('link', { name: 'The money: who put in what' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'The money for this cycle' })).toBeVisible();
	await expect(page.getByText('£50,000 in all, from 3 contributions.')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Brookfield Primary Care Network' })).toContainText('£5,000');
	await expect(page.getByText('For spaces that help people be less lonely')).toBeVisible();
	await expect(page.getByRole('button', { name: /Remove the contribution/ })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Record money from a funder' })).toHaveCount(0);
});

for (const javaScriptEnabled of [false, true]) {
	test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });

		test('the lead records a funder’s money, splits it into pots, is stopped from sharing out more than there is, and removes a pot', async ({ page }) => {
			await signInAsStaff(page, staffEmail('northgate', 'lead'));
			await page.goto(BUDGET);
			const funder = `Ward councillors’ fund ${javaScriptEnabled ? 'js' : 'nojs'}`;
			await page.getByLabel('Funder', { exact: true }).fill(funder);
			await page.getByLabel('Amount in pounds').fill('two thousand');
			await page.getByRole('button', { name: 'Record the money' }).click();
			await expect(page.getByRole('alert')).toContainText('Enter the amount as pounds and pence');
			await expect(page.getByLabel('Funder', { exact: true })).toHaveValue(funder);

			await page.getByLabel('Amount in pounds').fill('2,000');
			await page.getByRole('button', { name: 'Record the money' }).click();
			await expect(page.getByRole('status')).toContainText('The money is recorded.');
			await expect(page.getByRole('listitem').filter({ hasText: funder })).toContainText('£2,000');

			const pot = `Play area ${javaScriptEnabled ? 'js' : 'nojs'}`;
			await page.getByLabel('Name in English').fill(pot);
			await page.getByLabel(/Shared money for this pot/).fill('1,000,000');
			await page.getByRole('button', { name: 'Add the pot' }).click();
			await expect(page.getByRole('alert')).toContainText('more than the money not yet shared out');
			await expect(page.getByLabel('Name in English')).toHaveValue(pot);

			await page.getByLabel(/Shared money for this pot/).fill('500');
			await page.getByRole('button', { name: 'Add the pot' }).click();
			await expect(page.getByRole('status')).toContainText('The pot is added.');
			await expect(page.getByRole('heading', { name: pot })).toBeVisible();
			// axe runs as a script in the page, so only where scripts run; the HTML is the same either way.
			if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);

			// Nobody has voted in Northgate yet and no money is ring-fenced to it: the pot can go.
			await page.getByRole('button', { name: `Remove the pot “${pot}”` }).click();
			await expect(page.getByRole('status')).toContainText('The pot is removed');
			await expect(page.getByRole('heading', { name: pot })).toHaveCount(0);
		});
	});
}

test('a lead of another place cannot change this place’s money', async ({ page }) => {
	await signInAsStaff(page, staffEmail('brookfield', 'lead'));
	await page.goto(BUDGET);
	await expect(page.getByRole('heading', { name: 'Record money from a funder' })).toHaveCount(0);
	const response = await page.request.post(`${BUDGET}?/addContribution`, {
		form: { funderName: 'Takeover', amount: '5' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(response.status()).toBe(403);
	await page.reload();
	await expect(page.getByText('Takeover')).toHaveCount(0);
});
