import { expect, test, type Page } from '@playwright/test';
import { signInByCode } from './support/accounts';
import { scanWithAxe } from './support/axe';

const LIST = '/places/brookfield/cycles/2026-spaces-to-meet/proposals';

// Both runs sign in as the one demo group admin: one at a time, so one's code never replaces the other's.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

async function expectAxeClean(page: Page) {
	expect(await scanWithAxe(page)).toEqual([]);
}

/** The demo group admin submits a proposal as Brookfield Youth Club; a bad cost keeps what was typed. */
async function submitAsTheYouthClub(page: Page, title: string, javaScriptEnabled: boolean) {
	// axe runs as a script in the page, which hangs where scripts are off: it scans the same server markup in the JS-on run.
	const expectNoAxeViolations = javaScriptEnabled ? expectAxeClean : async () => {};
	await signInByCode(page, 'youth-club@placecraft.example');
	await page.goto(LIST);
	await expect(page.getByRole('heading', { level: 1, name: 'Proposals' })).toBeVisible();
	await expect(page.getByText('Saturday night teen room at the community centre')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Submit a proposal' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Submit a proposal' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Summary').fill('Ten sessions of cooking for 13 to 16 year olds, with the food taken home.');
	await page.getByLabel('Estimated cost in pounds').fill('about 500 quid');
	await page.getByLabel('Where (optional)').fill('Community centre kitchen');
	await page.getByLabel('Submit as').selectOption({ label: 'Brookfield Youth Club' });
	await page.getByRole('button', { name: 'Submit proposal' }).click();

	await expect(page.getByRole('alert')).toContainText('Enter the cost as an amount in pounds');
	await expect(page.getByLabel('Title')).toHaveValue(title);
	await expect(page.getByLabel('Estimated cost in pounds')).toHaveValue('about 500 quid');
	await expect(page.getByLabel('Where (optional)')).toHaveValue('Community centre kitchen');
	await expectNoAxeViolations(page);

	await page.getByLabel('Estimated cost in pounds').fill('£1,250.50');
	await page.getByLabel('Submit as').selectOption({ label: 'Brookfield Youth Club' });
	await page.getByRole('button', { name: 'Submit proposal' }).click();

	await expect(page.getByRole('status')).toContainText('Your proposal has been submitted');
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByText('From Brookfield Youth Club')).toBeVisible();
	await expect(page.getByText('Estimated cost: £1,250.50')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto(LIST);
	await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('From Brookfield Youth Club');
	await page.goto('/groups/brookfield-youth-club');
	await expect(page.getByRole('region', { name: 'Proposals from this group' })).toContainText(title);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });

		test('a community group submits a proposal as the group', async ({ page }) => {
			await submitAsTheYouthClub(page, `Cook-and-eat club ${javaScriptEnabled ? 'js' : 'nojs'} ${Date.now()}`, javaScriptEnabled);
		});
	});
}

test('a reviewed proposal shows its outcome and its public reason; a merged one points to where it went', async ({ page }) => {
	await page.goto(`${LIST}/5`);
	await expect(page.getByText('Merged into proposal 2: Free tea and chat mornings at the church hall')).toBeVisible();
	await page.getByRole('link', { name: /Merged into proposal 2/ }).click();
	await expect(page.getByText('Cost checked by the place team: £1,650')).toBeVisible();
	await expect(page.getByText(/Why: The hall’s heating is already paid for/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Edit this proposal' })).toHaveCount(0);
});
