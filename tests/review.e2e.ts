import { expect, test, type Browser, type Page } from '@playwright/test';
import { scanWithAxe } from './support/axe';
import { readLatestEmail, signInAsStaff, signInByCode, staffEmail } from './support/accounts';

// axe runs in the page, so it checks the JavaScript-on run; without JavaScript the server sends the same HTML.
async function expectNoAxeViolations(page: Page, javaScriptEnabled: boolean) {
	if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);
}

const cycle = '/places/brookfield/cycles/2026-spaces-to-meet';

/**
 * A resident's proposal of our own for each test, so runs with JavaScript on and off (and other
 * tests reviewing the demo's proposals) never decide the same one.
 */
async function proposeAsResident(browser: Browser, title: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const email = `proposer-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
	await signInByCode(page, email);
	await page.goto(`${cycle}/proposals/new`);
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Summary').fill('Tables, chairs and a tea urn in the church hall on Saturday mornings, run by neighbours.');
	await page.getByLabel('Estimated cost in pounds').fill('1500');
	await page.getByRole('button', { name: 'Submit proposal' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const number = page.url().match(/\/proposals\/(\d+)/)![1];
	await context.close();
	return { number, email };
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`on a phone with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });

		test('the lead marks a proposal feasible with a checked cost and a reason; a missing reason is explained and typed text kept; the public page shows it', async ({ page, browser }) => {
			test.slow(); // two people sign in and a proposal is written first
			const title = `Saturday tea in the church hall ${Date.now()}`;
			const { number, email } = await proposeAsResident(browser, title);

			await signInAsStaff(page, staffEmail('brookfield', 'lead'));
			await page.goto(`${cycle}/proposals/${number}/review`);
			await expect(page.getByRole('heading', { level: 1, name: `Review proposal ${number}` })).toBeVisible();
			await expect(page.getByRole('heading', { name: title })).toBeVisible();
			await expect(page.getByText('Estimated cost: £1,500')).toBeVisible();
			await expectNoAxeViolations(page, javaScriptEnabled);

			await page.getByRole('radio', { name: 'Feasible: goes to the vote' }).check();
			await page.getByLabel('Checked cost in pounds').fill('£1,250.50');
			await page.getByRole('button', { name: 'Save review' }).click();
			await expect(page.getByRole('alert')).toContainText('Give a reason: residents will read it');
			await expect(page.getByLabel('Checked cost in pounds')).toHaveValue('£1,250.50');
			await expect(page.getByRole('radio', { name: 'Feasible: goes to the vote' })).toBeChecked();
			await expectNoAxeViolations(page, javaScriptEnabled);

			const reason = 'The church hall committee agreed, and the urn and insurance cost less than estimated.';
			await page.getByLabel('Reason (shown in public)').fill(reason);
			await page.getByRole('button', { name: 'Save review' }).click();
			await expect(page.getByRole('status')).toContainText('the author has been told by email');

			await page.getByRole('link', { name: 'See the proposal’s page' }).click();
			const review = page.getByRole('region', { name: "The place team's review" });
			await expect(review).toContainText('Feasible: goes to the vote');
			await expect(review).toContainText('£1,250.50');
			await expect(review).toContainText(reason);
			expect(await readLatestEmail(page, email)).toContain(reason);
		});
	});
}

test('the review page is refused to people who do not review, and asks others to sign in', async ({ page, browser }) => {
	test.slow();
	const { number } = await proposeAsResident(browser, `Refused review ${Date.now()}`);
	const anonymous = await page.goto(`${cycle}/proposals/${number}/review`);
	expect(anonymous?.url()).toContain('/staff/sign-in');
	await signInAsStaff(page, staffEmail('brookfield', 'moderator'));
	const refused = await page.goto(`${cycle}/proposals/${number}/review`);
	expect(refused?.status()).toBe(403);
});
