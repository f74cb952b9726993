import { expect, test, type Page } from '@playwright/test';
import { signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

// Other tests share the demo database: every run starts cycles with titles and addresses of its own.
const run = Date.now().toString(36);
const TITLE = `Benches for the green ${run}`;
const SLUG = `benches-${run}`;
const COPY_TITLE = `Benches again ${run}`;

const phase = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

test.describe('on a phone, JavaScript off', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('the Northgate lead starts a cycle without discover, fixes a vote that closes before it opens, then copies it to a new start', async ({ page }) => {
		// Many pages: more than the default half-minute on a busy machine.
		test.setTimeout(180_000);
		await signInAsStaff(page, staffEmail('northgate', 'lead'));
		await page.goto('/places/northgate');
		await page.getByRole('link', { name: 'Start a new cycle' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Start a new cycle' })).toBeVisible();
		await expect(page.getByText('Times are in Europe/London time.')).toBeVisible();

		// A blank cycle that starts at co-create, with a vote that closes before it opens.
		await page.getByLabel('Title').fill(TITLE);
		await page.getByLabel('The question or challenge, in residents’ words').fill('Where would you sit on the green?');
		await page.getByLabel('Short web address (optional)').fill(SLUG);
		await phase(page, 'Discover').getByLabel('Include Discover').uncheck();
		await phase(page, 'Co-create').getByLabel('Opens on').fill('2027-03-01');
		await phase(page, 'Co-create').getByLabel('Closes on (optional)').fill('2027-03-20');
		await phase(page, 'Test and vote').getByLabel('Opens on').fill('2027-03-20');
		await phase(page, 'Test and vote').getByLabel('Closes on').fill('2027-03-02');
		await phase(page, 'Implement').getByLabel('Opens on').fill('2027-04-02');
		await page.getByRole('button', { name: 'Start the cycle' }).click();

		const problem = 'The vote closes before it opens. Choose a closing date on or after 20 March 2027.';
		await expect(page.getByRole('alert')).toContainText(problem);
		await expect(phase(page, 'Test and vote').getByText(problem)).toBeVisible();
		await expect(page.getByLabel('Title')).toHaveValue(TITLE);
		await expect(page.getByLabel('Short web address (optional)')).toHaveValue(SLUG);
		await expect(phase(page, 'Discover').getByLabel('Include Discover')).not.toBeChecked();
		await expect(phase(page, 'Test and vote').getByLabel('Closes on')).toHaveValue('2027-03-02');

		// Put right: the vote closes at five in the afternoon on 1 April.
		await phase(page, 'Test and vote').getByLabel('Closes on').fill('2027-04-01');
		await phase(page, 'Test and vote').getByLabel('Time (optional)').nth(1).fill('17:00');
		await page.getByRole('button', { name: 'Start the cycle' }).click();
		await expect(page).toHaveURL(new RegExp(`/places/northgate/cycles/${SLUG}$`));
		await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
		await expect(page.getByText('Starts 1 March 2027 with Co-create.')).toBeVisible();
		const timeline = page.locator('.timeline');
		await expect(timeline.getByRole('heading', { name: 'Discover' })).toHaveCount(0);
		await expect(timeline).toContainText('1 March 2027 to 20 March 2027');
		await expect(timeline).toContainText('20 March 2027 to 1 April 2027, 17:00');
		await expect(timeline).toContainText('From 2 April 2027');

		// Every page of the cycle opens, though it has no discover phase and nothing in it yet.
		for (const part of ['proposals', 'budget', 'vote', 'results', 'deliveries', 'challenges', 'workshops']) {
			const response = await page.goto(`/places/northgate/cycles/${SLUG}/${part}`);
			expect(response?.status(), part).toBe(200);
		}

		// A copy: choose the cycle and the day it now starts, then check the prefilled form and save.
		await page.goto('/places/northgate/cycles/new');
		await page.getByLabel(`Copy “${TITLE}”`).check();
		await page.getByLabel('The first phase opens on').fill('2028-01-10');
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByText(`You are copying “${TITLE}”.`)).toBeVisible();
		await expect(page.getByLabel('The question or challenge, in residents’ words')).toHaveValue('Where would you sit on the green?');
		await expect(phase(page, 'Discover').getByLabel('Include Discover')).not.toBeChecked();
		await expect(phase(page, 'Co-create').getByLabel('Opens on')).toHaveValue('2028-01-10');
		await expect(phase(page, 'Test and vote').getByLabel('Closes on')).toHaveValue('2028-02-10');
		await expect(phase(page, 'Test and vote').getByLabel('Time (optional)').nth(1)).toHaveValue('17:00');
		await page.getByLabel('Title').fill(COPY_TITLE);
		await page.getByRole('button', { name: 'Start the cycle' }).click();

		await expect(page).toHaveURL(new RegExp(`/places/northgate/cycles/benches-again-${run}$`));
		await expect(page.getByRole('heading', { level: 1, name: COPY_TITLE })).toBeVisible();
		await expect(page.locator('.timeline')).toContainText('10 January 2028 to 29 January 2028');
		await expect(page.locator('.timeline')).toContainText('29 January 2028 to 10 February 2028, 17:00');
	});

	test('a resident cannot open the page to start a cycle', async ({ page }) => {
		const response = await page.goto('/places/northgate/cycles/new');
		expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
		expect(response?.status()).toBe(200);
		await page.goto('/places/northgate');
		await expect(page.getByRole('link', { name: 'Start a new cycle' })).toHaveCount(0);
	});
});

// axe runs in the page, so these scans are made with JavaScript on, at the same width.
test.describe('on a phone, pages scanned with axe', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the start page, its errors, the copy step and a new cycle’s page are axe-clean', async ({ page }) => {
		test.setTimeout(180_000);
		await signInAsStaff(page, staffEmail('northgate', 'lead'));
		await page.goto('/places/northgate/cycles/new');
		expect(await scanWithAxe(page)).toEqual([]);

		// Nothing filled in: every problem is listed at the top and links to its field.
		await phase(page, 'Discover').getByLabel('Include Discover').uncheck();
		await phase(page, 'Co-create').getByLabel('Include Co-create').uncheck();
		await phase(page, 'Implement').getByLabel('Include Implement').uncheck();
		await page.getByRole('button', { name: 'Start the cycle' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('Enter a title');
		await expect(summary).toContainText('Enter the date the vote opens');
		await expect(summary).toContainText('Enter the date the vote closes');
		await expect(summary.getByRole('link', { name: 'Enter the date the vote closes' })).toHaveAttribute('href', '#test_closes_day');
		expect(await scanWithAxe(page)).toEqual([]);

		await page.getByLabel('Title').fill(`Axe check ${run}`);
		await page.getByLabel('The question or challenge, in residents’ words').fill('Is this page clear?');
		await page.getByLabel('Short web address (optional)').fill(`axe-${run}`);
		await phase(page, 'Test and vote').getByLabel('Opens on').fill('2029-05-01');
		await phase(page, 'Test and vote').getByLabel('Closes on').fill('2029-05-14');
		await page.getByRole('button', { name: 'Start the cycle' }).click();
		await expect(page.getByRole('heading', { level: 1, name: `Axe check ${run}` })).toBeVisible();
		await expect(page.locator('.timeline')).toContainText('1 May 2029 to 14 May 2029');
		expect(await scanWithAxe(page)).toEqual([]);
		// A cycle that is only a vote says so where proposals would be sent in.
		await page.goto(`/places/northgate/cycles/axe-${run}/proposals`);
		await expect(page.getByText('This cycle has no co-create phase, so proposals are not sent in here.')).toBeVisible();

		await page.goto('/places/northgate/cycles/new');
		await page.getByLabel(`Copy “Axe check ${run}”`).check();
		await page.getByLabel('The first phase opens on').fill('2030-05-01');
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByText(`You are copying “Axe check ${run}”.`)).toBeVisible();
		expect(await scanWithAxe(page)).toEqual([]);
	});
});
