import { expect, test, type Page } from '@playwright/test';
import { signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
const axeClean = async (page: Page) => expect(await scanWithAxe(page)).toEqual([]);

/** No control on a library page orders what it lists: no sort or order field, no "sort by" words. */
async function offersNoRanking(page: Page) {
	await expect(page.locator('[name*="sort" i], [name*="order" i], [name*="rank" i]')).toHaveCount(0);
	await expect(page.locator('main')).not.toContainText(/sort by|most (votes|spent)|ranked by|top places|league/i);
}

test.describe('a visitor without JavaScript on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('finds the stopped walking bus by searching, and reads why it stopped and what it cost', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Library', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Library of funded projects' })).toBeVisible();
		await offersNoRanking(page);
		await fitsThePhone(page);

		await page.getByLabel('Words to look for').fill('walking bus');
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/library\?q=walking\+bus/);
		const found = page.getByRole('list', { name: 'Projects found' }).getByRole('listitem');
		await expect(found).toHaveCount(1);
		await expect(found).toContainText('Walking bus with volunteer parents');
		await expect(found).toContainText('Brookfield · Safer walks to school');
		await expect(found).toContainText('Status: Stopped');
		await expect(found).toContainText('Why: Not enough parents could volunteer on weekday mornings.');
		await expect(found).toContainText('Expected to cost £1,800. Spent so far: £180.');
		await expect(page.getByLabel('Words to look for')).toHaveValue('walking bus');
		await offersNoRanking(page);
		await fitsThePhone(page);

		await found.getByRole('link', { name: 'Walking bus with volunteer parents' }).click();
		await expect(page).toHaveURL(/\/library\/brookfield\/2025-safer-walks\/3$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Walking bus with volunteer parents' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Where it is now' })).toContainText('Status: Stopped');
		await expect(page.getByRole('region', { name: 'Where it is now' })).toContainText('Why: Not enough parents could volunteer on weekday mornings.');
		const money = page.getByRole('region', { name: 'Money' });
		await expect(money).toContainText('Expected to cost £1,800 when residents voted.');
		await expect(money).toContainText('£180 spent of £1,800');
		await expect(money).toContainText('Volunteer training session – £180');
		await expect(page.getByRole('link', { name: 'What Brookfield learned from this round' })).toBeVisible();
		await fitsThePhone(page);
	});

	test('narrows by status and reads a theme’s page', async ({ page }) => {
		await page.goto('/library');
		await page.getByLabel('Where it is now').selectOption({ label: 'Done' });
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page.getByRole('list', { name: 'Projects found' }).getByRole('listitem')).toHaveText([/Hi-vis bags and bike lights for every child/]);

		await page.goto('/library/themes/young-people');
		await expect(page.getByRole('heading', { level: 1, name: 'Library: Young people' })).toBeVisible();
		// The demo funded both on the same day, so which comes first is not the test's business.
		await expect
			.poll(async () => (await page.getByRole('list', { name: 'Projects found' }).getByRole('link').allTextContents()).sort())
			.toEqual(['Hi-vis bags and bike lights for every child', 'Walking bus with volunteer parents']);
		await expect(page.getByLabel('Theme')).toHaveCount(0);
		await offersNoRanking(page);
		await fitsThePhone(page);
	});
});

// axe runs in the page, so it scans with JavaScript on (the pages are the same HTML either way).
test.describe('the English library pages on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('have no axe violations: the list, a search, an entry and a theme', async ({ page }) => {
		for (const path of ['/library', '/library?q=walking+bus&status=stopped', '/library?q=nothing+like+this', '/library/brookfield/2025-safer-walks/3', '/library/themes/young-people']) {
			await page.goto(path);
			await axeClean(page);
			await fitsThePhone(page);
		}
	});
});

test.describe('a Welsh reader with JavaScript on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('finds the stopped project in Welsh and reads why it stopped', async ({ page }) => {
		await page.goto('/cy/library');
		await expect(page.getByRole('heading', { level: 1, name: 'Llyfrgell y prosiectau a ariannwyd' })).toBeVisible();
		await page.getByLabel('Geiriau i chwilio amdanynt').fill('volunteer');
		await page.getByLabel('Ble mae arni nawr').selectOption({ label: 'Wedi’i atal' });
		await page.getByRole('button', { name: 'Chwilio' }).click();
		const found = page.getByRole('list', { name: 'Prosiectau a gafwyd' }).getByRole('listitem');
		await expect(found).toHaveCount(1);
		await expect(found).toContainText('Pam: Not enough parents could volunteer');
		await expect(found).toContainText('Disgwylid iddo gostio £1,800. Wedi\'i wario hyd yma: £180.');
		await offersNoRanking(page);
		await axeClean(page);
		await found.getByRole('link').click();
		await expect(page).toHaveURL(/\/cy\/library\/brookfield\/2025-safer-walks\/3$/);
		await expect(page.getByRole('region', { name: 'Arian' })).toContainText('£180 wedi’i wario o £1,800');
		await fitsThePhone(page);
		await axeClean(page);
	});
});

test('the whole library downloads as open data, one row per funded project', async ({ request }) => {
	const csv = await (await request.get('/library/library.csv')).text();
	const rows = csv.trimEnd().split('\r\n');
	expect(rows[0]).toMatch(/^url,place,place_slug,cycle,cycle_slug,proposal_number,title,/);
	expect(rows.filter((row) => row.includes('/library/brookfield/2025-safer-walks/'))).toHaveLength(rows.length - 1);
	expect(rows.find((row) => row.includes('Walking bus'))).toContain(',GBP,1800.00,1800.00,180.00,stopped,');
	const json = await (await request.get('/library/library.json')).json();
	expect(json.projects).toHaveLength(rows.length - 1);
	const grants = await (await request.get('/library/grants.csv')).text();
	expect(grants.split('\r\n')[0]).toMatch(/^Identifier,Title,Description,Currency,Amount Awarded,/);
});

test.describe('Brookfield’s team member with JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('tags a proposal with themes, one of the place’s own, and is told plainly when a theme has no letters', async ({ page }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'team_member'));
		await page.goto('/places/brookfield/cycles/2025-safer-walks/proposals/5');
		await page.getByRole('link', { name: 'Themes for the library' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Themes of proposal 5' })).toBeVisible();
		await expect(page.getByLabel('Feeling safe')).toBeChecked();
		await page.getByLabel('A theme of your own (optional)').fill('!!!');
		await page.getByRole('button', { name: 'Save themes' }).click();
		await expect(page.getByRole('alert')).toContainText('Write the theme in letters or numbers');
		await expect(page.getByLabel('A theme of your own (optional)')).toHaveValue('!!!');
		await axeClean(page);

		await page.getByLabel('Health and wellbeing').check();
		await page.getByLabel('A theme of your own (optional)').fill('Slow streets');
		await page.getByRole('button', { name: 'Save themes' }).click();
		await expect(page.getByRole('status')).toContainText('Themes saved.');
		await page.reload();
		await expect(page.getByLabel('Slow streets')).toBeChecked();
		await expect(page.getByLabel('Health and wellbeing')).toBeChecked();
		await fitsThePhone(page);
	});
});
