import { expect, test, type Page } from '@playwright/test';
import { signInAsStaff, signInByCode, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const SPACES = '/places/brookfield/cycles/2026-spaces-to-meet';
const CONVERSATION = `${SPACES}/conversation`;
let unique = 0;
const freshEmail = (who: string) => `${who}-${Date.now()}-${process.pid}-${unique++}@example.org`;

/** axe runs inside the page, so it needs JavaScript: without it, the same server-rendered page is scanned in a context with it on. */
async function expectNoAxeViolations(page: Page, javaScriptEnabled: boolean) {
	if (javaScriptEnabled) {
		expect(await scanWithAxe(page)).toEqual([]);
		return;
	}
	const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, viewport: { width: 360, height: 740 }, storageState: await page.context().storageState() });
	const scanned = await context.newPage();
	await scanned.goto(page.url());
	expect(await scanWithAxe(scanned)).toEqual([]);
	await context.close();
}

const statement = (page: Page) => page.locator('#statement .statement');

for (const javaScriptEnabled of [true, false]) {
	test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
		test.describe.configure({ timeout: 120_000 });

		test('a resident answers Brookfield’s statements one by one, changes an answer and suggests one', async ({ page }) => {
			await page.goto(SPACES);
			await page.getByRole('link', { name: 'Have your say' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'What would make a good space to meet in Brookfield?' })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Sign in to take part' })).toBeVisible();

			await signInByCode(page, freshEmail('neighbour'));
			await page.goto(CONVERSATION);
			// 11 in the demo; the team's test below may publish one and hide another meanwhile.
			await expect(page.getByText(/^You have answered 0 of 1[012] statements\.$/)).toBeVisible();
			await expect(statement(page)).toHaveText('There should be somewhere to sit indoors that is free.');
			await page.getByRole('button', { name: 'Agree', exact: true }).click();
			await expect(statement(page)).toHaveText('The community centre should open at weekends.');
			await page.getByRole('button', { name: 'Disagree' }).click();
			await expect(statement(page)).toHaveText('Any new space should have toilets everyone can use.');
			await page.getByRole('button', { name: 'Pass' }).click();
			await expect(page.getByText(/^You have answered 3 of 1[012] statements\.$/)).toBeVisible();
			await expect(statement(page)).toHaveText('The space should close by 8 in the evening.');

			// Only they see their own answers, and they may change one.
			const own = page.getByRole('region', { name: 'Your answers' });
			await expect(own.getByRole('listitem')).toHaveCount(3);
			await expect(own.getByRole('listitem').filter({ hasText: 'open at weekends' })).toContainText('Disagree');
			await own.getByRole('link', { name: /^Change\W+The community centre should open at weekends/ }).click();
			await expect(statement(page)).toHaveText('The community centre should open at weekends.');
			await page.getByRole('button', { name: 'Agree', exact: true }).click();
			await expect(statement(page)).toHaveText('The space should close by 8 in the evening.');
			await expect(own.getByRole('listitem').filter({ hasText: 'open at weekends' })).toContainText('Agree');
			await expect(page.getByText(/^You have answered 3 of 1[012] statements\.$/)).toBeVisible();

			// A statement too long comes back with its words kept; a short one waits for the team.
			const tooLong = 'The space should have a kettle, a fridge, a microwave and a toaster, and somebody kind to keep them all clean and tidy every single day of the week, please, thank you.';
			await page.getByLabel('Your statement').fill(tooLong);
			await page.getByRole('button', { name: 'Send my statement' }).click();
			await expect(page.getByRole('alert')).toContainText('Write the statement in 140 characters or fewer');
			await expect(page.getByLabel('Your statement')).toHaveValue(tooLong);
			await page.getByLabel('Your statement').fill('There should be a kettle.');
			await page.getByRole('button', { name: 'Send my statement' }).click();
			await expect(page.getByRole('status')).toContainText('The team will read your statement soon');
			await expectNoAxeViolations(page, javaScriptEnabled);
		});

		test('the results show the groups and the common ground, in English and in Welsh, naming nobody', async ({ page }) => {
			await page.goto(`${CONVERSATION}/results`);
			await expect(page.getByRole('heading', { level: 1, name: 'What people agree on' })).toBeVisible();
			await expect(page.getByText(/^\d+ people took part\.$/)).toBeVisible();
			await expect(page.getByText('People who answered alike fall into 2 groups.')).toBeVisible();
			await expect(page.getByRole('img', { name: /A picture of everyone who was grouped/ })).toBeVisible();
			const common = page.locator('[data-list="bridging"]');
			await expect(common).toContainText('There should be somewhere to sit indoors that is free.');
			await expect(common.getByRole('listitem').first()).toContainText(/Group A: \d+% agree/);
			await expect(page.locator('[data-list="dividing"]')).toContainText('The space should stay open until 10 on Fridays.');
			await expect(page.getByText('@')).toHaveCount(0);
			await expectNoAxeViolations(page, javaScriptEnabled);

			await page.goto(`/cy${CONVERSATION}/results`);
			await expect(page.getByRole('heading', { level: 1, name: 'Beth mae pobl yn cytuno arno' })).toBeVisible();
			await expect(page.getByRole('heading', { name: 'Tir cyffredin' })).toBeVisible();
			await expect(page.getByText('Mae pobl a atebodd yn debyg mewn dau grŵp.')).toBeVisible();
			await expect(page.locator('[data-list="bridging"]').getByRole('listitem').first()).toContainText(/Grŵp A: \d+% yn cytuno/);
			await expectNoAxeViolations(page, javaScriptEnabled);
		});
	});
}

test.describe('the place team', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
	test.describe.configure({ timeout: 120_000 });

	test('publishes a suggestion, hides one with a public reason, and says on the vote page how the conversation shaped the ballot', async ({ page }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(`${CONVERSATION}/manage`);
		await expect(page.getByRole('heading', { level: 1, name: 'Conversation' })).toBeVisible();
		const waiting = page.getByRole('listitem').filter({ hasText: 'Could the library stay open later one night a week?' });
		await waiting.getByRole('button', { name: /^Publish/ }).click();
		await expect(page.getByRole('status')).toHaveText('Done.');
		await expect(page.getByRole('listitem').filter({ hasText: 'Could the library stay open later' }).getByRole('button', { name: /^Publish/ })).toHaveCount(0);

		// Hiding needs a reason; without one the form says so.
		const shown = page.getByRole('listitem').filter({ hasText: 'Wi-Fi and phone charging matter.' });
		await shown.getByText('Hide this statement').click();
		await shown.getByRole('button', { name: /^Hide\W+Wi-Fi/ }).click();
		await expect(page.getByRole('alert')).toContainText('reason');
		await page.getByRole('listitem').filter({ hasText: 'Wi-Fi and phone charging matter.' }).getByLabel('Reason for hiding').fill('We asked this twice by mistake');
		await page.getByRole('listitem').filter({ hasText: 'Wi-Fi and phone charging matter.' }).getByRole('button', { name: /^Hide\W+Wi-Fi/ }).click();
		await expect(page.getByText('Hidden because: We asked this twice by mistake')).toBeVisible();
		await expectNoAxeViolations(page, false);

		const note = 'Residents agreed on a free indoor space open at weekends, so every project on the ballot offers one.';
		await page.getByLabel('In a sentence, how did the conversation shape the ballot?').fill(note);
		await page.getByRole('button', { name: 'Save' }).click();
		await page.goto(`${SPACES}/vote`);
		await expect(page.getByTestId('conversation-note')).toContainText(note);
		await page.goto(`${CONVERSATION}/results`);
		await expect(page.getByText('Hidden because: We asked this twice by mistake')).toBeVisible();
		await expect(page.getByText(note)).toBeVisible();
	});
});
