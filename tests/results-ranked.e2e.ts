import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { scanWithAxe } from './support/axe';
import { useAppOfItsOwn } from './support/app-of-its-own';
import { staffEmail } from './support/accounts';

/*
 * A ranked vote, counted: St Elwyn's open vote made "rank your top 3" on a database of this test's
 * own (the vote has to close before it can be counted, and no form closes a vote within a day of
 * opening it). A newcomer with a letter ranks one proposal only; a paper is entered once and never
 * checked. The count gives the ranked proposal 3 points, not 0, says how points were given, and
 * its numbers add up: the ballots counted are the sum of the channels, the waiting paper apart.
 * Runs the build the webServer made, on Postgres (DATABASE_URL, else the local test database); skipped,
 * saying so, where no Postgres answers.
 */

const port = process.env.E2E_PORT!;
const CYCLE = '/places/st-elwyns/cycles/2026-a-place-for-young-people';
const POT = 'Evenings and getting about';
const BUS = /Late bus home from town on Saturday nights — £11,200/;
const DEMO_PASSWORD = 'placecraft-demo-password';

const app = useAppOfItsOwn('ranked', `${CYCLE}/vote`, 'the vote is closed straight in the database, which an app on its embedded one keeps to itself', async (started) => {
	// The place's team chose a ranked ballot: each voter ranks up to 3 proposals.
	await started.sql`update phases set settings = settings || ${started.sql.json({ ballotType: 'ranked', rankedTop: 3 })}
		where kind = 'test' and cycle_id = (select id from cycles where slug = '2026-a-place-for-young-people')`;
});

const phone = (browser: Browser, javaScriptEnabled: boolean): Promise<Page> => app().phone(browser, javaScriptEnabled);
const closeTheVote = () => app().closeTheVote('2026-a-place-for-young-people');

/** A paper typed in once by the team and never checked: its voter has a participation, it has no ballot. */
async function paperWaitingForItsCheck() {
	const sql = app().sql;
	const [pot] = await sql<{ id: string; place_id: string; cycle_id: string }[]>`
		select p.id, p.place_id, p.cycle_id from pots p join cycles c on c.id = p.cycle_id
		where c.slug = '2026-a-place-for-young-people' and p.name->>'en' = ${POT}`;
	const [proposal] = await sql<{ id: string }[]>`select id from proposals where pot_id = ${pot.id} order by number limit 1`;
	const hour = sql`date_trunc('hour', now(), 'UTC')`;
	await sql`insert into paper_entries (place_id, cycle_id, pot_id, serial, state, choices, entered_hour)
		values (${pot.place_id}, ${pot.cycle_id}, ${pot.id}, 'E2E-WAITING', 'awaiting_check', ${sql.json({ choices: [proposal.id] })}, ${hour})`;
	await sql`insert into participations (place_id, cycle_id, pot_id, voter_key, channel, voted_hour)
		values (${pot.place_id}, ${pot.cycle_id}, ${pot.id}, ${`code:${randomUUID()}`}, 'paper', ${hour})`;
}

test('a ballot ranking one proposal gives it the first choice’s points, and the results’ numbers add up', async ({ browser }) => {
	test.setTimeout(180_000);
	// A newcomer with a letter ranks the late bus first and nothing else.
	const resident = await phone(browser, false);
	await resident.goto('/v/ELWN-CARD-3333');
	await resident.getByRole('link', { name: POT, exact: true }).click();
	await expect(resident.getByText(/Rank up to 3 proposals/)).toBeVisible();
	await resident.getByLabel(BUS).selectOption('1');
	await resident.getByRole('button', { name: 'Check my vote' }).click();
	await resident.getByRole('button', { name: 'Send my vote' }).click();
	await expect(resident.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();

	await paperWaitingForItsCheck();
	await closeTheVote();

	// The lead counts the pot, without JavaScript.
	const lead = await phone(browser, false);
	await lead.goto('/staff/sign-in');
	await lead.getByLabel('Email address').fill(staffEmail('st-elwyns', 'lead'));
	await lead.getByLabel('Password').fill(DEMO_PASSWORD);
	await lead.getByRole('button', { name: 'Sign in' }).click();
	await expect(lead.getByRole('button', { name: 'Sign out' })).toBeVisible();
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

	// The team's turnout view adds up too: the paper waiting for its check is beside the total, not in it.
	await lead.goto(`${CYCLE}/vote/turnout`);
	const table = lead.getByRole('table', { name: `Voters in ${POT}, by how they voted` });
	const cells = await table.locator('tbody td').allTextContents();
	const total = Number(await table.locator('tfoot td').textContent());
	expect(cells.reduce((sum, cell) => sum + Number(cell), 0)).toBe(total);
	expect(total).toBe(1);
	await expect(lead.getByText('Paper ballots waiting for a second entry (not in the total until then): 1')).toBeVisible();

	// Anyone reads it: the late bus has 3 points (first of a top 3), never "nobody voted for it".
	const reader = await phone(browser, true);
	await reader.goto(`${CYCLE}/results`);
	const section = reader.locator('section.pot-results').filter({ has: reader.getByRole('heading', { level: 2, name: POT }) });
	await expect(section.getByText(/first choice got 3 points, the next one point less/)).toBeVisible();
	const chart = section.getByRole('figure', { name: 'Points for each proposal' });
	await expect(chart.getByRole('listitem').filter({ hasText: /Late bus home from town on Saturday nights: 3 points/ })).toHaveCount(1);
	await expect(section.getByText(/Late bus home from town on Saturday nights: 0 points/)).toHaveCount(0);

	// The numbers add up: ballots counted = the sum of the channels; the waiting paper stands apart.
	const summary = (await section.getByText(/\d+ ballots? counted/).textContent()) ?? '';
	const counted = Number(/(\d+) ballots? counted/.exec(summary)?.[1]);
	const channels = (await section.getByText(/^How people voted: /).textContent()) ?? '';
	const sum = [...channels.matchAll(/(\d+) (online|with a letter code|on paper|at a workshop)/g)].reduce((total, match) => total + Number(match[1]), 0);
	expect(counted).toBe(1);
	expect(sum).toBe(counted);
	await expect(section.getByText('1 paper ballot was still waiting for its second entry when the vote closed, so it is not counted.')).toBeVisible();

	expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	expect(await scanWithAxe(reader)).toEqual([]);
	await reader.screenshot({ path: `test-results/results-ranked-${port}.png`, fullPage: true });
});
