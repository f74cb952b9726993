import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parsePabulib, tallyElection } from '../src/lib/tally';
import { scanWithAxe } from './support/axe';

const RESULTS = '/places/brookfield/cycles/2025-safer-walks/results';

for (const javaScriptEnabled of [false, true]) {
	test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });

		test('a resident reads what was funded, what was not, and why, in plain words', async ({ page }) => {
			await page.goto('/places/brookfield/cycles/2025-safer-walks');
			await page.getByRole('link', { name: 'Results', exact: true }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
			await expect(page.getByText('£30,000 to spend · 240 ballots counted')).toBeVisible();
			await expect(page.getByText(/How people voted: .*148 online/)).toBeVisible();
			await expect(page.getByText(/Counted with the Method of Equal Shares/)).toBeVisible();
			const funded = page.locator('ol.result-list > li');
			expect(await funded.count()).toBeGreaterThan(1);
			for (const item of await funded.all()) await expect(item).toContainText(/Funded in round \d+: \d+ supporters (each paid|paid between)/);
			await expect(page.locator('ul.result-list > li').first()).toContainText(/Not funded: /);
			await expect(page.getByText(/^Spent £[\d,]+ of £30,000; £[\d,]+ left\.$/)).toBeVisible();
			await expect(page.getByRole('figure', { name: 'Votes for each proposal' }).getByRole('listitem')).toHaveCount(6);
			// Nothing wider than the phone.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);
		});
	});
}

test('the ballots download as a pabulib file, and counting that file again funds the same proposals', async ({ page }) => {
	await page.goto(RESULTS);
	const fundedTitles = (await page.locator('ol.result-list > li strong').allTextContents()).map((t) => t.trim());
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /pabulib file/ }).click()]);
	const election = parsePabulib(await readFile((await download.path())!, 'utf8'));
	expect(election.voters).toHaveLength(240);
	const name = election.projectColumns.indexOf('name');
	const titleOf = new Map(election.projects.map((p) => [p.id, p.extra[name]]));
	const recount = tallyElection(election, { rule: 'mes', completion: 'add1', tieBreak: 'min-cost-then-votes' });
	expect(recount.selected.map((id) => titleOf.get(id))).toEqual(fundedTitles);

	const csv = await page.request.get(`${RESULTS}/all/ballots.csv`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect((await csv.text()).split('\r\n')[0]).toBe('ballot,proposal,title,rank,points');
	const json = await (await page.request.get(`${RESULTS}/all/result.json`)).json();
	expect(json.ballots).toBe(240);
	expect(json.projects).toHaveLength(6);
});

test('a vote still open has no results and no files yet', async ({ page }) => {
	await page.goto('/places/st-elwyns/cycles/2026-a-place-for-young-people/results');
	await expect(page.getByText(/The vote is open until/)).toBeVisible();
	expect((await page.request.get('/places/st-elwyns/cycles/2026-a-place-for-young-people/results/all/ballots.pb')).status()).toBe(404);
	expect((await page.request.get(`${RESULTS}/not-a-pot/ballots.pb`)).status()).toBe(404);
});
