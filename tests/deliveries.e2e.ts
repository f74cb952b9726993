import { expect, test, type Page } from '@playwright/test';
import { postForm, readLatestEmail, signInAsStaff, signInByCode, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const DELIVERIES = '/places/brookfield/cycles/2025-safer-walks/deliveries';
// The residents' reading is of the lights (nobody here changes them); following, news and the
// team's changes are on the crossing patrol, so the two never race.
const PATROL = `${DELIVERIES}/2`;
const follower = `follower-${Date.now()}-${process.pid}@example.org`;

const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

// One story in order: a resident follows, the lead posts news, the email arrives, the link stops it.
test.describe.configure({ mode: 'serial' });

test.describe('a resident without JavaScript on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('reads how the Safer walks projects are going, then signs in and follows one', async ({ page }) => {
		await page.goto(DELIVERIES);
		await expect(page.getByRole('heading', { level: 1, name: 'How the projects are going' })).toBeVisible();
		const lights = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Lights along the brook path' }) });
		await expect(lights).toContainText('Status: In progress');
		await expect(lights).toContainText('£7,470.50 spent of £14,000');
		await expect(lights).toContainText('£6,529.50 left');
		await expect(lights).toContainText('1 of 3 steps done');
		await expect(lights).toContainText(/Next: First 20 lights up, footbridge to the bend, by \d+ \w+ \d{4}/);
		const bags = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Hi-vis bags and bike lights for every child' }) });
		await expect(bags).toContainText('Status: Done');
		await expect(bags).toContainText('Why: Every one of the school’s 310 children');
		await expect(page.getByRole('listitem').filter({ hasText: 'Walking bus' })).toContainText('Status: Stopped');
		await fitsThePhone(page);

		await page.getByRole('link', { name: 'Lights along the brook path' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Lights along the brook path' })).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Council permission for the lights' })).toContainText(/Done on \d+ \w+ \d{4}/);
		await expect(page.getByRole('listitem').filter({ hasText: 'All lights up to the school gate' })).toContainText(/Planned by/);
		const spending = page.getByRole('table', { name: 'What the money was spent on' });
		await expect(spending.getByRole('row').filter({ hasText: 'Council permission fee' })).toContainText('£420');
		await expect(spending.getByRole('row').filter({ hasText: 'Total' })).toContainText('£7,470.50');
		const news = page.getByRole('region', { name: 'News', exact: true });
		await expect(news.getByRole('article').first()).toContainText('The first lamp posts are in');
		await expect(news.getByRole('img', { name: /solar lamp posts lit/ })).toBeVisible();
		const outcome = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Children walk to school along the brook path in the dark months' }) });
		await expect(outcome).toContainText('Agreed with: Parents and children');
		await expect(outcome.getByRole('listitem')).toHaveText([/9 children on the brook path/, /23 children on the same stretch/]);
		await expect(page.getByRole('link', { name: 'Sign in to get news on this project by email' })).toBeVisible();
		await fitsThePhone(page);

		await signInByCode(page, follower);
		await page.goto(PATROL);
		await page.getByRole('button', { name: 'Email me updates on this project' }).click();
		await expect(page.getByRole('status')).toHaveText('Done: we will email you news on this project.');
		await expect(page.getByRole('button', { name: 'Stop emailing me updates' })).toBeVisible();
		await fitsThePhone(page);
	});
});

test.describe('Brookfield’s lead with JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('posts news the follower gets by email, marks a step done, and records spending after a bad amount', async ({ page, browser }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(DELIVERIES);
		expect(await scanWithAxe(page)).toEqual([]);
		await page.goto(PATROL);
		await page.getByRole('link', { name: 'Run this project (place team)' }).click();
		await expect(page.getByRole('heading', { level: 1, name: /Run the project/ })).toBeVisible();
		expect(await scanWithAxe(page)).toEqual([]);
		await fitsThePhone(page);

		const news = `The council has interviewed two people for the patrol (${Date.now()}).`;
		await page.getByLabel('What is new').fill(news);
		await page.getByRole('button', { name: 'Post news' }).click();
		await expect(page.getByRole('status')).toContainText('Emails sent to followers: 1.');
		const email = await readLatestEmail(page, follower);
		expect(email).toContain(news);
		expect(email).toContain(`${PATROL}\n`);
		const unsubscribe = email.match(/https?:\/\/\S+\/delivery-unsubscribe\/[a-z2-7]+/)![0];

		await page.goto(`${PATROL}/manage`);
		await page.getByRole('button', { name: 'Mark done: Council recruits a crossing patrol officer' }).click();
		await expect(page.getByRole('status')).toContainText('Step marked done.');
		await expect(page.getByRole('listitem').filter({ hasText: 'Council recruits a crossing patrol officer' })).toContainText('Done on');

		await page.getByLabel('Amount', { exact: true }).fill('twelve pounds');
		await page.getByLabel('What it was spent on').fill('Hi-vis coat and sign for the patrol');
		await page.getByRole('button', { name: 'Record spending' }).click();
		await expect(page.getByRole('alert')).toContainText('Enter the amount as pounds and pence');
		await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('twelve pounds');
		await expect(page.getByLabel('What it was spent on')).toHaveValue('Hi-vis coat and sign for the patrol');
		await page.getByLabel('Amount', { exact: true }).fill('84.99');
		await page.getByRole('button', { name: 'Record spending' }).click();
		await expect(page.getByRole('status')).toContainText('Spending recorded.');

		await page.goto(PATROL);
		await expect(page.getByText('£84.99 spent of £6,500')).toBeVisible();
		await expect(page.getByRole('row').filter({ hasText: 'Hi-vis coat and sign for the patrol' })).toContainText('£84.99');
		await expect(page.getByRole('region', { name: 'News', exact: true })).toContainText(news);
		expect(await scanWithAxe(page)).toEqual([]);

		// The follower stops the emails from the link, signed out and without JavaScript.
		const mailbox = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
		const reader = await mailbox.newPage();
		await reader.goto(unsubscribe);
		await expect(reader.getByText('Stop the emails about “Lollipop crossing patrol on Alder Road”?')).toBeVisible();
		await reader.getByRole('button', { name: 'Stop the emails' }).click();
		await expect(reader.getByRole('status')).toHaveText('Done: you will get no more emails about this project.');
		await mailbox.close();

		await page.goto(`${PATROL}/manage`);
		await page.getByLabel('What is new').fill('The patrol starts after half term.');
		await page.getByRole('button', { name: 'Post news' }).click();
		await expect(page.getByRole('status')).toContainText('Emails sent to followers: 0.');
	});
});

test('St Elwyn’s lead cannot run Brookfield’s projects', async ({ page, baseURL }) => {
	await signInAsStaff(page, staffEmail('st-elwyns', 'lead'));
	expect((await page.goto(`${PATROL}/manage`))?.status()).toBe(403);
	for (const [action, form] of [
		['spend', { amount: '10', note: 'Not ours', spentOn: '2026-01-01' }],
		['status', { status: 'stopped', reason: 'Not ours' }],
		['postUpdate', { body: 'Not ours', language: 'en' }]
	] as const) {
		const response = await postForm(page.request, baseURL!, `${PATROL}/manage?/${action}`, form);
		expect(response.status()).toBe(403);
	}
	await page.goto(PATROL);
	await expect(page.getByText('Status: Planned')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Run this project (place team)' })).toHaveCount(0);
});
