import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_LETTER_CODES } from '../src/lib/server/seed/demo-letter-codes';
import { DEMO_PASSWORD, STEWARD, unusedTotp, signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const ST_ELWYNS_PAPER = '/places/st-elwyns/cycles/2026-a-place-for-young-people/vote/paper';
// This test's own letter code: a code votes once, and other tests take others.
const VOTER_CODE = DEMO_LETTER_CODES[5];

/** A phone with JavaScript off, signed in afresh through the form: where does the sign-in land? */
async function signInOnPhone(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/staff/sign-in');
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	return page;
}

/** The page fits the phone, and axe (which needs JavaScript to run) finds nothing on the same page in the same session. */
async function expectFitsAndAxeClean(browser: Browser, page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, storageState: await page.context().storageState() });
	const scanned = await context.newPage();
	await scanned.goto(page.url());
	expect(await scanWithAxe(scanned)).toEqual([]);
	await context.close();
}

test('St Elwyn’s lead signs in without JavaScript and lands on the team home, where a paper waiting for its second entry leads to the paper page', async ({ browser }) => {
	test.slow(); // two sign-ins and a paper entry, on a machine shared with other test workers
	// A team member enters one paper: it now waits for a second person.
	const teamMember = await (await browser.newContext()).newPage();
	await signInAsStaff(teamMember, staffEmail('st-elwyns', 'team_member'));
	await teamMember.goto(ST_ELWYNS_PAPER);
	const pot = teamMember.getByLabel('Pot', { exact: true });
	if ((await pot.count()) > 0) {
		await pot.selectOption({ index: 0 });
		await teamMember.getByRole('button', { name: 'Show this pot’s ballot' }).click();
	}
	const serial = `HOME-${Date.now().toString(36).toUpperCase()}`;
	await teamMember.getByLabel('Serial number on the paper').fill(serial);
	await teamMember.getByLabel('Voter’s register reference or letter code').fill(VOTER_CODE);
	await teamMember.locator('#paper-marks input[type="checkbox"]').first().check();
	await teamMember.getByRole('button', { name: 'Enter this paper' }).click();
	await expect(teamMember.getByRole('status')).toContainText(`Paper ${serial} entered.`);

	const page = await signInOnPhone(browser, staffEmail('st-elwyns', 'lead'));
	await expect(page).toHaveURL(/\/places\/st-elwyns\/home$/);
	await expect(page.getByRole('heading', { level: 1, name: "St Elwyn's: team home" })).toBeVisible();
	await expect(page.getByText('You are in this place’s team as: Lead.')).toBeVisible();
	await expect(page.getByText('Nothing is waiting on you.')).toHaveCount(0);
	const papers = page.getByRole('link', { name: /^Paper ballots waiting for a second entry in A place for young people: \d+$/ });
	await expect(papers).toBeVisible();
	// St Elwyn's vote is open: nothing to count yet.
	await expect(page.getByRole('link', { name: /^Votes to count/ })).toHaveCount(0);
	// What is open now, from the cycle's own dates.
	const cycles = page.getByRole('region', { name: 'Your cycles now' });
	await expect(cycles.getByRole('link', { name: 'A place for young people' })).toBeVisible();
	await expect(cycles.getByText(/^Now: .+, until .+\.$/)).toBeVisible();
	// A lead's own links.
	for (const name of ['Start a new cycle', 'Edit the place’s page', 'The team', 'Record of team actions']) {
		await expect(page.getByRole('link', { name })).toBeVisible();
	}
	await expectFitsAndAxeClean(browser, page);

	await papers.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Enter paper ballots' })).toBeVisible();
	if ((await page.getByLabel('Pot', { exact: true }).count()) > 0) {
		await page.getByLabel('Pot', { exact: true }).selectOption({ index: 0 });
		await page.getByRole('button', { name: 'Show this pot’s ballot' }).click();
	}
	await expect(page.locator('.paper-awaiting')).toContainText(`Paper ${serial}`);

	await page.goto('/places/st-elwyns/home');
	await page.getByRole('link', { name: 'The team' }).click();
	await expect(page.getByRole('heading', { level: 1, name: "Team for St Elwyn's" })).toBeVisible();
	// The list of one's places (where someone on several teams lands) leads to each home.
	await page.goto('/staff/places');
	await page.getByRole('link', { name: "St Elwyn's" }).click();
	await expect(page).toHaveURL(/\/places\/st-elwyns\/home$/);
	await page.goto('/staff/places');
	await expectFitsAndAxeClean(browser, page);
	await teamMember.context().close();
	await page.context().close();
});

test('Brookfield’s lead is asked to review proposals; its facilitator, who cannot review, is not', async ({ browser }) => {
	test.slow(); // three sign-ins on a machine shared with other test workers
	const lead = await signInOnPhone(browser, staffEmail('brookfield', 'lead'));
	await expect(lead).toHaveURL(/\/places\/brookfield\/home$/);
	const review = lead.getByRole('link', { name: /^Proposals to review in .+: \d+$/ });
	await expect(review).toBeVisible();
	await review.click();
	await expect(lead).toHaveURL(/\/places\/brookfield\/cycles\/[^/]+\/proposals\?status=submitted$/);
	await expect(lead.getByRole('heading', { level: 1 })).toBeVisible();
	await lead.context().close();

	const facilitator = await signInOnPhone(browser, staffEmail('brookfield', 'facilitator'));
	await expect(facilitator).toHaveURL(/\/places\/brookfield\/home$/);
	await expect(facilitator.getByText('You are in this place’s team as: Facilitator.')).toBeVisible();
	await expect(facilitator.getByRole('link', { name: /^Proposals to review/ })).toHaveCount(0);
	await expect(facilitator.getByText('Nothing is waiting on you.')).toBeVisible();
	await expect(facilitator.getByRole('link', { name: 'Start a new cycle' })).toHaveCount(0);
	await expect(facilitator.getByRole('link', { name: 'Edit the place’s page' })).toHaveCount(0);
	await expect(facilitator.getByRole('link', { name: 'The team' })).toBeVisible();
	await expectFitsAndAxeClean(browser, facilitator);
	// Another place's home is not theirs.
	expect((await facilitator.goto('/places/st-elwyns/home'))?.status()).toBe(403);
	await facilitator.context().close();
});

test('a steward with no place of their own lands on the steward area after two steps; nobody signed out sees a team home', async ({ browser, page }) => {
	const steward = await signInOnPhone(browser, STEWARD.email);
	await steward.getByLabel('Code').fill(await unusedTotp());
	await steward.getByRole('button', { name: 'Continue' }).click();
	await expect(steward).toHaveURL(/\/steward$/);
	expect((await steward.goto('/places/brookfield/home'))?.status()).toBe(403);
	await steward.context().close();

	await page.goto('/places/brookfield/home');
	await expect(page).toHaveURL(/\/staff\/sign-in$/);
});
