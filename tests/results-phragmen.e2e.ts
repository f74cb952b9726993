import { expect, test, type Browser, type Page } from '@playwright/test';
import { scanWithAxe } from './support/axe';
import { useAppOfItsOwn } from './support/app-of-its-own';
import { staffEmail } from './support/accounts';

/*
 * A vote counted with Phragmén: on a database of this test's own (the vote has to close before it
 * can be counted, and no form closes a vote within a day of opening it), St Elwyn's lead chooses
 * Phragmén for the open vote, a newcomer with a letter ticks the late bus, the vote closes and the
 * lead counts. Anyone then reads, in English and in Welsh, how it was counted and why each proposal
 * won or lost. Runs the build the webServer made, on Postgres (DATABASE_URL, else the local test database).
 */

const port = process.env.E2E_PORT!;
const CYCLE = '/places/st-elwyns/cycles/2026-a-place-for-young-people';
const POT = 'Evenings and getting about';
const BUS = /Late bus home from town on Saturday nights — £11,200/;
const DEMO_PASSWORD = 'placecraft-demo-password';

const app = useAppOfItsOwn('phragmen', `${CYCLE}/vote`, 'the vote is closed straight in the database, which an app on its embedded one keeps to itself');

const phone = (browser: Browser, javaScriptEnabled: boolean): Promise<Page> => app().phone(browser, javaScriptEnabled);
const closeTheVote = () => app().closeTheVote('2026-a-place-for-young-people');

/** A paper typed in once by the team and never checked: its voter has a participation, it has no ballot. */
test('the lead chooses Phragmén; the results say how it counted and why, in English and Welsh', async ({ browser }) => {
	test.setTimeout(240_000);
	// The lead chooses Phragmén while the vote runs (how to count stays the place's call until a result).
	const lead = await phone(browser, false);
	await lead.goto('/staff/sign-in');
	await lead.getByLabel('Email address').fill(staffEmail('st-elwyns', 'lead'));
	await lead.getByLabel('Password').fill(DEMO_PASSWORD);
	await lead.getByRole('button', { name: 'Sign in' }).click();
	await expect(lead.getByRole('button', { name: 'Sign out' })).toBeVisible();
	await lead.goto(`${CYCLE}/vote/settings`);
	await lead.getByLabel('Cost shared evenly (Phragmén’s method)').check();
	await lead.getByRole('button', { name: 'Save the vote settings' }).click();
	await expect(lead.getByRole('status')).toContainText('The vote settings are saved.');
	await lead.goto(`${CYCLE}/vote/settings`);
	await expect(lead.getByLabel('Cost shared evenly (Phragmén’s method)')).toBeChecked();

	// A newcomer with a letter ticks the late bus.
	const resident = await phone(browser, false);
	await resident.goto('/v/ELWN-CARD-3333');
	await resident.getByRole('link', { name: POT, exact: true }).click();
	await resident.getByLabel(BUS).check();
	await resident.getByRole('button', { name: 'Check my vote' }).click();
	await resident.getByRole('button', { name: 'Send my vote' }).click();
	await expect(resident.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();

	await closeTheVote();
	await lead.goto(`${CYCLE}/results`);
	const pot = lead.locator('section.pot-results').filter({ has: lead.getByRole('heading', { level: 2, name: POT }) });
	await pot.getByRole('button', { name: 'Count the votes' }).click();
	await expect
		.poll(
			async () => {
				await lead.goto(`${CYCLE}/results`);
				return pot.getByText(/\d+ ballots? counted/).count();
			},
			{ timeout: 60_000, intervals: [1000] }
		)
		.toBe(1);

	// Anyone reads it, with JavaScript: the rule in plain words, and a reason beside every proposal.
	const reader = await phone(browser, true);
	await reader.goto(`${CYCLE}/results`);
	const section = reader.locator('section.pot-results').filter({ has: reader.getByRole('heading', { level: 2, name: POT }) });
	await expect(section.getByText(/^Counted with Phragmén’s method: each proposal is paid for by the people who voted for it/)).toBeVisible();
	await expect(section.locator('ol.result-list > li').filter({ hasText: BUS })).toContainText('Funded in round 1: its one supporter paid £11,200.');
	for (const item of await section.locator('ul.result-list > li').all()) await expect(item).toContainText(/Not funded: /);
	await expect(section.getByText(/each voter had .* to spend/)).toHaveCount(0);
	expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	expect(await scanWithAxe(reader)).toEqual([]);
	await reader.screenshot({ path: `test-results/results-phragmen-${port}.png`, fullPage: true });

	// And in Welsh, without JavaScript.
	const welsh = await phone(browser, false);
	await welsh.goto(`/cy${CYCLE}/results`);
	await expect(welsh.getByText(/^Wedi’i gyfrif gyda dull Phragmén: mae pob cynnig yn cael ei dalu gan y bobl a bleidleisiodd drosto/).first()).toBeVisible();
	expect(await welsh.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await welsh.screenshot({ path: `test-results/results-phragmen-cy-${port}.png`, fullPage: true });
});
