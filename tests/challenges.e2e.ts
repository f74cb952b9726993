import { expect, test } from '@playwright/test';
import { scanWithAxe } from './support/axe';
import { signInAsStaff, staffEmail } from './support/accounts';

const challenges = '/places/brookfield/cycles/2026-spaces-to-meet/challenges';

test.use({ viewport: { width: 360, height: 740 } });

test('a team member writes a challenge from two posts and publishes it; residents see it with the posts it came from', async ({ page, browser }) => {
	test.slow(); // a whole flow, with a second browser and three accessibility scans
	const question = `How might we lend out the church hall kitchen on Sundays? ${Date.now()}`;
	const firstPost = 'Since the café closed there is nowhere to sit';
	const secondPost = 'The church hall has a kitchen and 40 chairs';

	await signInAsStaff(page, staffEmail('brookfield', 'team_member'));
	await page.goto(challenges);
	await page.getByRole('link', { name: 'Write a new challenge' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'New challenge' })).toBeVisible();
	expect(await scanWithAxe(page)).toEqual([]);

	// Forgetting the question keeps the ticked posts ticked.
	await page.getByRole('checkbox', { name: new RegExp(firstPost) }).check();
	await page.getByRole('checkbox', { name: new RegExp(secondPost) }).check();
	await page.getByRole('button', { name: 'Save as a draft' }).click();
	await expect(page.getByRole('alert')).toContainText('Write the “How might we …?” question');
	await expect(page.getByRole('checkbox', { name: new RegExp(firstPost) })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: new RegExp(secondPost) })).toBeChecked();

	await page.getByLabel('How might we …?').fill(question);
	await page.getByLabel('What we heard (optional)').fill('Older neighbours want a cuppa; the church hall has a kitchen nobody uses on Sundays.');
	await page.getByRole('button', { name: 'Save as a draft' }).click();
	await expect(page.getByRole('status')).toContainText('Saved as a draft');
	expect(await scanWithAxe(page)).toEqual([]);

	// A resident does not see a draft.
	const resident = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
	const theirs = await resident.newPage();
	await theirs.goto(challenges);
	await expect(theirs.getByText(question)).toHaveCount(0);
	const draftUrl = page.url().replace(/\/edit.*$/, '');
	expect((await theirs.goto(draftUrl))?.status()).toBe(404);

	await page.getByRole('button', { name: 'Publish this challenge' }).click();
	await expect(page.getByRole('status')).toContainText('Published');

	// Without JavaScript, on a phone: the challenge, and the posts it came from in residents' words.
	await theirs.goto(challenges);
	await theirs.getByRole('link', { name: question }).click();
	await expect(theirs.getByRole('heading', { level: 1, name: question })).toBeVisible();
	const said = theirs.getByRole('region', { name: 'What you said' });
	await expect(said.getByRole('listitem')).toHaveCount(2);
	await expect(said).toContainText(firstPost);
	await expect(said).toContainText(secondPost);
	await expect(said).toContainText('said me too');
	await resident.close();
	// axe runs in the page, so the challenge's page is checked with JavaScript on.
	await page.goto(draftUrl);
	await expect(page.getByRole('region', { name: 'What you said' }).getByRole('listitem')).toHaveCount(2);
	expect(await scanWithAxe(page)).toEqual([]);
});

test('only the place team may write challenges', async ({ page }) => {
	await page.goto(challenges);
	await expect(page.getByRole('link', { name: 'Write a new challenge' })).toHaveCount(0);
	await signInAsStaff(page, staffEmail('brookfield', 'moderator'));
	expect((await page.goto(`${challenges}/new`))?.status()).toBe(403);
});
