import { expect, test } from '@playwright/test';
import { signInByCode } from './support/accounts';
import { scanWithAxe } from './support/axe';

const VOTE = '/places/st-elwyns/cycles/2026-a-place-for-young-people/vote';
const SKATE = /Skate and scooter park on the old bowling green — £26,500/;
const BUS = /Late bus home from town on Saturday nights — £11,200/;

test('anyone sees what is on the ballot, at the team’s checked costs, and is asked to sign in to vote', async ({ page }) => {
	await page.goto('/places/st-elwyns/cycles/2026-a-place-for-young-people');
	await page.getByRole('link', { name: 'Vote', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Vote on how the money is spent' })).toBeVisible();
	await expect(page.getByText('£42,000 to spend, 7 proposals the team found feasible.')).toBeVisible();
	await expect(page.getByText(SKATE)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Sign in to vote' })).toBeVisible();
});

for (const javaScriptEnabled of [false, true]) {
	test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });

		test('a resident votes: told in plain words what to change, reviews, changes their mind, sends, gets a receipt, and cannot vote twice', async ({ page }) => {
			test.slow(); // a whole vote, sign-in included, on a machine shared with other test workers
			await signInByCode(page, `voter-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}@example.org`);
			await page.goto(VOTE);
			await expect(page.getByText('Tick every proposal you support.')).toBeVisible();

			await page.getByRole('button', { name: 'Check my vote' }).click();
			await expect(page.getByRole('alert')).toContainText('Choose at least one proposal.');

			await page.getByLabel(SKATE).check();
			await page.getByLabel(BUS).check();
			if (javaScriptEnabled) await expect(page.getByText('Chosen: 2.')).toBeVisible();
			await page.getByRole('button', { name: 'Check my vote' }).click();
			await expect(page.getByRole('heading', { name: 'Check your vote' })).toBeVisible();
			await expect(page.locator('.review-list li')).toHaveText([SKATE, BUS]);

			// Back to the ballot with both choices still ticked; drop one.
			await page.getByRole('button', { name: 'Change my choices' }).click();
			await expect(page.getByLabel(SKATE)).toBeChecked();
			await expect(page.getByLabel(BUS)).toBeChecked();
			await page.getByLabel(BUS).uncheck();
			await page.getByRole('button', { name: 'Check my vote' }).click();
			await expect(page.locator('.review-list li')).toHaveText([SKATE]);
			if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);

			await page.getByRole('button', { name: 'Send my vote' }).click();
			await expect(page.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();
			await expect(page.locator('.receipt')).toHaveText(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
			if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);

			await page.goto(VOTE);
			await expect(page.getByText('You have already voted in this cycle. Thank you for taking part.')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Check my vote' })).toHaveCount(0);
		});
	});
}

test('a second send of the same vote (a double click, a resent form) is refused politely and counts once', async ({ page }) => {
	await signInByCode(page, `double-${Date.now()}@example.org`);
	await page.goto(VOTE);
	await page.getByLabel(SKATE).check();
	await page.getByRole('button', { name: 'Check my vote' }).click();
	const origin = new URL(page.url()).origin;
	const fields = { ballotType: 'approval', choice: await page.locator('input[name="choice"]').first().inputValue() };
	const sends = await Promise.all([1, 2, 3].map(() => page.request.post(`${VOTE}?/cast`, { form: fields, headers: { origin, accept: 'application/json' } })));
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
		['cast', { choice: '00000000-0000-4000-8000-000000000000' }]
	] as const) {
		const response = await page.request.post(`${VOTE}?/${action}`, { form, headers: { origin } });
		expect(response.status(), action).toBeLessThan(500);
	}
	await page.goto(VOTE);
	await expect(page.getByRole('button', { name: 'Check my vote' })).toBeVisible();
});
