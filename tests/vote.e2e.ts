import { expect, test, type Page } from '@playwright/test';
import { DEMO_LETTER_CODES } from '../src/lib/server/seed/demo-letter-codes';
import { signInByCode } from './support/accounts';
import { scanWithAxe } from './support/axe';

const VOTE = '/places/st-elwyns/cycles/2026-a-place-for-young-people/vote';
const SKATE = /Skate and scooter park on the old bowling green — £26,500/;
const JOBS = /Paid summer jobs in the cathedral gardens — £9,600/;
const BUS = /Late bus home from town on Saturday nights — £11,200/;

/** The address of a pot's ballot, as the pot list links it. */
async function potAddress(page: Page, name: string): Promise<string> {
	await page.goto(VOTE);
	return (await page.getByRole('link', { name, exact: true }).getAttribute('href'))!;
}

test('anyone sees the pots, what is on each ballot at the team’s checked costs, and is asked to sign in or use a letter code', async ({ page }) => {
	await page.goto('/places/st-elwyns/cycles/2026-a-place-for-young-people');
	await page.getByRole('link', { name: 'Vote', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Vote on how the money is spent' })).toBeVisible();
	await expect(page.getByText('This cycle’s money is split into 2 pots.')).toBeVisible();
	await expect(page.locator('.pot-list > li')).toHaveText([/^Evenings and getting about — £14,000/, /^Outdoors — £28,000/]);
	await page.getByRole('link', { name: 'Outdoors', exact: true }).click();
	await expect(page.getByText('£28,000 to spend in this pot, 3 proposals the team found feasible.')).toBeVisible();
	await expect(page.getByText(SKATE)).toBeVisible();
	await expect(page.getByText(BUS)).toHaveCount(0);
	// Anyone may mark the ballot; sending it asks them to sign in (their marks are kept) or use a letter.
	await expect(page.getByRole('button', { name: 'Sign in to vote' })).toBeVisible();
	await expect(page.getByRole('link', { name: /Type in your code/ })).toBeVisible();
});

for (const javaScriptEnabled of [false, true]) {
	test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });

		test('a resident votes in a pot: told in plain words what to change, reviews, changes their mind, sends, gets a receipt, and cannot vote twice', async ({ page }) => {
			test.slow(); // a whole vote, sign-in included, on a machine shared with other test workers
			await signInByCode(page, `voter-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}@example.org`);
			await page.goto(VOTE);
			await page.getByRole('link', { name: 'Outdoors', exact: true }).click();
			await expect(page.getByText('Tick every proposal you support.')).toBeVisible();

			await page.getByRole('button', { name: 'Check my vote' }).click();
			await expect(page.getByRole('alert')).toContainText('Choose at least one proposal.');

			await page.getByLabel(SKATE).check();
			await page.getByLabel(JOBS).check();
			if (javaScriptEnabled) await expect(page.locator('.ballot-meter')).toHaveText('2 of 3 chosen');
			await page.getByRole('button', { name: 'Check my vote' }).click();
			await expect(page.getByRole('heading', { name: 'Check your vote' })).toBeVisible();
			await expect(page.getByText('Pot: Outdoors')).toBeVisible();
			await expect(page.locator('.review-list li')).toHaveText([SKATE, JOBS]);

			// Back to the ballot with both choices still ticked; drop one.
			await page.getByRole('button', { name: 'Change my choices' }).click();
			await expect(page.getByLabel(SKATE)).toBeChecked();
			await expect(page.getByLabel(JOBS)).toBeChecked();
			await page.getByLabel(JOBS).uncheck();
			await page.getByRole('button', { name: 'Check my vote' }).click();
			await expect(page.locator('.review-list li')).toHaveText([SKATE]);
			if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);

			await page.getByRole('button', { name: 'Send my vote' }).click();
			await expect(page.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();
			await expect(page.locator('.receipt')).toHaveText(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
			// The other pot is still to vote in.
			await expect(page.getByRole('link', { name: 'Evenings and getting about' })).toBeVisible();
			if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);

			await page.goto(await potAddress(page, 'Outdoors'));
			await expect(page.getByText('You have already voted in this pot. Thank you for taking part.')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Check my vote' })).toHaveCount(0);
			await page.goto(VOTE);
			await expect(page.locator('.pot-list > li').nth(1)).toContainText('You have voted in this pot.');
		});
	});
}

test('a newcomer with a letter code votes with no account, in each pot once', async ({ page }) => {
	test.slow();
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/v/${DEMO_LETTER_CODES[0]}`);
	await expect(page).toHaveURL(/\/places\/st-elwyns\/cycles\/2026-a-place-for-young-people\/vote/);
	await page.getByRole('link', { name: 'Evenings and getting about', exact: true }).click();
	await expect(page.getByText('You are voting with the code from your letter.')).toBeVisible();
	await page.getByLabel(BUS).check();
	await page.getByRole('button', { name: 'Check my vote' }).click();
	await page.getByRole('button', { name: 'Send my vote' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();
	expect(await scanWithAxe(page)).toEqual([]);

	await page.getByRole('link', { name: 'Outdoors' }).click();
	await page.getByLabel(SKATE).check();
	await page.getByRole('button', { name: 'Check my vote' }).click();
	await page.getByRole('button', { name: 'Send my vote' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();

	// The same code, from a new browser: the letter has been used in both pots.
	await page.context().clearCookies();
	await page.goto(`/v/${DEMO_LETTER_CODES[0]}`);
	await page.getByRole('link', { name: 'Outdoors', exact: true }).click();
	await expect(page.getByText('You have already voted in this pot. Thank you for taking part.')).toBeVisible();
});

test('a second send of the same vote (a double click, a resent form) is refused politely and counts once', async ({ page }) => {
	await signInByCode(page, `double-${Date.now()}@example.org`);
	const outdoors = await potAddress(page, 'Outdoors');
	await page.goto(outdoors);
	await page.getByLabel(SKATE).check();
	await page.getByRole('button', { name: 'Check my vote' }).click();
	const origin = new URL(page.url()).origin;
	const pot = new URL(outdoors, origin).searchParams.get('pot')!;
	const fields = { ballotType: 'approval', pot, choice: await page.locator('input[name="choice"]').first().inputValue() };
	const sends = await Promise.all([1, 2, 3].map(() => page.request.post(`${VOTE}?pot=${pot}&/cast`, { form: fields, headers: { origin, accept: 'application/json' } })));
	const bodies = await Promise.all(sends.map((r) => r.text()));
	expect(bodies.filter((b) => b.includes('receiptCode'))).toHaveLength(1);
	expect(bodies.filter((b) => b.includes('already_voted'))).toHaveLength(2);
});

test('a tampered ballot form gets a page, never a server error', async ({ page }) => {
	await signInByCode(page, `tamper-${Date.now()}@example.org`);
	await page.goto(VOTE);
	const origin = new URL(page.url()).origin;
	for (const [action, form] of [
		['change', { ballotType: 'bogus', 'rank.x': '1' }],
		['review', { ballotType: 'ranked', choice: 'not-a-proposal' }],
		['cast', { choice: '00000000-0000-4000-8000-000000000000' }],
		['review', { pot: 'not-a-pot', choice: 'x' }],
		['cast', { pot: '00000000-0000-4000-8000-000000000000', choice: 'x' }]
	] as const) {
		const response = await page.request.post(`${VOTE}?/${action}`, { form, headers: { origin } });
		expect(response.status(), action).toBeLessThan(500);
	}
	await page.goto(await potAddress(page, 'Outdoors'));
	await expect(page.getByRole('button', { name: 'Check my vote' })).toBeVisible();
});

test('a body that is no readable form gets a 400 from every vote action, never a server error', async ({ page }) => {
	await signInByCode(page, `broken-${Date.now()}@example.org`);
	await page.goto(VOTE);
	const origin = new URL(page.url()).origin;
	for (const action of ['review', 'change', 'cast']) {
		const response = await page.request.post(`${VOTE}?/${action}`, { data: 'garbage', headers: { origin, 'content-type': 'multipart/form-data; boundary=xx' }, failOnStatusCode: false });
		expect(response.status(), action).toBe(400);
	}
});
