import { expect, test, type Page } from '@playwright/test';
import { signInAsStaff, signInByCode, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

// Other browser tests share the demo places: each test puts back what it changed before it ends.
const BROOKFIELD = '/places/brookfield/cycles/2026-spaces-to-meet';
const NORTHGATE = '/places/northgate/cycles/2026-the-green';
const phone = { width: 360, height: 740 };

// Two people (a lead and a resident) and axe scans on several pages: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function expectAxeClean(page: Page) {
	expect(await scanWithAxe(page)).toEqual([]);
}

// axe runs inside the page, so the pages are scanned in the tests with JavaScript on.
test.describe('on a phone without JavaScript', () => {
	test.use({ viewport: phone, javaScriptEnabled: false });

	test('the lead caps what a proposal may cost; money typed in words is refused with the text kept; residents see the cap', async ({ page, browser }, testInfo) => {
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(BROOKFIELD);
		const team = page.getByRole('navigation', { name: 'For the place team' });
		for (const phase of ['Discover', 'Co-create', 'Test and vote', 'Implement']) {
			await expect(team.getByRole('link', { name: `Settings for ${phase}` })).toBeVisible();
		}

		await team.getByRole('link', { name: 'Settings for Co-create' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Settings for Co-create' })).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath('co-create-settings-360.png'), fullPage: true });
		const cap = page.getByLabel('Most a proposal can cost');
		const savedCap = await cap.inputValue();

		await cap.fill('ten pounds');
		await page.getByRole('button', { name: 'Save settings' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('There is a problem');
		await expect(summary.getByRole('link', { name: /Enter the most a proposal can cost in pounds/ })).toHaveAttribute('href', '#maxProposalCost');
		await expect(cap).toHaveValue('ten pounds');
		await expect(page.locator('#maxProposalCost-error')).toContainText('for example 5,000');
		await page.screenshot({ path: testInfo.outputPath('co-create-settings-error-360.png'), fullPage: true });

		try {
			await cap.fill('£2,500');
			await page.getByRole('button', { name: 'Save settings' }).click();
			await expect(page.getByRole('status')).toHaveText('The settings are saved.');
			await expect(cap).toHaveValue('2500');

			// A resident writing a proposal is told the cap.
			const residentContext = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
			const resident = await residentContext.newPage();
			await signInByCode(resident, `cap-${Date.now()}@example.org`);
			await resident.goto(`${BROOKFIELD}/proposals/new`);
			await expect(resident.getByText('The most a proposal can ask for here is £2,500.')).toBeVisible();
			await residentContext.close();
		} finally {
			await page.goto(`${BROOKFIELD}/phases/co-create/settings`);
			await cap.fill(savedCap);
			await page.getByRole('button', { name: 'Save settings' }).click();
			await expect(page.getByRole('status')).toHaveText('The settings are saved.');
		}
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: phone });

	test('switching off photos and "what the area has" in discover takes them out of the residents’ form', async ({ page, browser }, testInfo) => {
		await signInAsStaff(page, staffEmail('northgate', 'lead'));
		await page.goto(NORTHGATE);
		await page.getByRole('link', { name: 'Settings for Discover' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Settings for Discover' })).toBeVisible();
		await expectAxeClean(page);
		await page.screenshot({ path: testInfo.outputPath('discover-settings-360.png'), fullPage: true });
		const photos = page.getByLabel('Add a photo to what they post');
		const assets = page.getByLabel('Say what the area already has');
		await expect(photos).toBeChecked();
		await expect(assets).toBeChecked();

		const residentContext = await browser.newContext({ viewport: phone });
		const resident = await residentContext.newPage();
		await signInByCode(resident, `photos-${Date.now()}@example.org`);
		try {
			await photos.uncheck();
			await assets.uncheck();
			await page.getByRole('button', { name: 'Save settings' }).click();
			await expect(page.getByRole('status')).toHaveText('The settings are saved.');

			await resident.goto(NORTHGATE);
			await expect(resident.getByLabel('Something that matters to me')).toBeVisible();
			await expect(resident.getByLabel('Something the area already has')).toHaveCount(0);
			await expect(resident.getByLabel('Photo (optional)')).toHaveCount(0);
			await expectAxeClean(resident);
		} finally {
			await page.reload();
			await photos.check();
			await assets.check();
			await page.getByRole('button', { name: 'Save settings' }).click();
			await expect(page.getByRole('status')).toHaveText('The settings are saved.');
		}
		await resident.goto(NORTHGATE);
		await expect(resident.getByLabel('Photo (optional)')).toBeVisible();
		await expect(resident.getByLabel('Something the area already has')).toBeVisible();
		await residentContext.close();

		// Northgate's ballot is empty (no proposals yet): its vote settings say the check is still to come.
		await page.goto(`${NORTHGATE}/vote/settings`);
		await expect(page.getByText('There are no proposals on the ballot yet, so we cannot check')).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath('vote-settings-unchecked-360.png'), fullPage: true });
	});

	test('the implement settings page refuses a promise of news beyond a year; a kept promise shows on the projects page; the vote’s settings have their own page', async ({ page }, testInfo) => {
		const FINISHED = '/places/brookfield/cycles/2025-safer-walks';
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(`${FINISHED}/phases/implement/settings`);
		await expect(page.getByRole('heading', { level: 1, name: 'Settings for Implement' })).toBeVisible();
		await expect(page.getByLabel('Anyone who is signed in')).toBeChecked();
		const every = page.getByLabel('How often you promise news on each project, in days');
		const saved = await every.inputValue();
		await every.fill('400');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByRole('alert')).toContainText('must be 365 or less');
		await expect(every).toHaveValue('400');
		await expectAxeClean(page);
		await page.screenshot({ path: testInfo.outputPath('implement-settings-360.png'), fullPage: true });

		try {
			await every.fill('30');
			await page.getByRole('button', { name: 'Save settings' }).click();
			await expect(page.getByRole('status')).toHaveText('The settings are saved.');
			await page.goto(`${FINISHED}/deliveries`);
			await expect(page.getByText('The team will post an update at least every 30 days.')).toBeVisible();
		} finally {
			await page.goto(`${FINISHED}/phases/implement/settings`);
			await every.fill(saved);
			await page.getByRole('button', { name: 'Save settings' }).click();
			await expect(page.getByRole('status')).toHaveText('The settings are saved.');
		}

		await page.goto(`${BROOKFIELD}/phases/test/settings`);
		await expect(page).toHaveURL(/\/vote\/settings$/);
		const missing = await page.goto(`${BROOKFIELD}/phases/lottery/settings`);
		expect(missing?.status()).toBe(404);
	});

	test('the team’s links and the co-create settings, with a refused amount, are axe-clean', async ({ page }, testInfo) => {
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(BROOKFIELD);
		await expect(page.getByRole('navigation', { name: 'For the place team' })).toBeVisible();
		await expectAxeClean(page);
		await page.getByRole('navigation', { name: 'For the place team' }).screenshot({ path: testInfo.outputPath('team-links-360.png') });
		await page.getByRole('link', { name: 'Settings for Co-create' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Settings for Co-create' })).toBeVisible();
		await expectAxeClean(page);
		// Nothing is saved: the amount is refused, and the page keeps it.
		await page.getByLabel('Most a proposal can cost').fill('ten pounds');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByRole('alert')).toContainText('Enter the most a proposal can cost in pounds');
		await expect(page.getByRole('alert')).toBeFocused();
		await expect(page.getByLabel('Most a proposal can cost')).toHaveValue('ten pounds');
		await expectAxeClean(page);
	});

	test('residents and other places’ teams see no team links and cannot open the settings', async ({ page }) => {
		await page.goto(BROOKFIELD);
		await expect(page.getByRole('navigation', { name: 'For the place team' })).toHaveCount(0);
		await signInAsStaff(page, staffEmail('northgate', 'lead'));
		await page.goto(BROOKFIELD);
		await expect(page.getByRole('navigation', { name: 'For the place team' })).toHaveCount(0);
		const refused = await page.goto(`${BROOKFIELD}/phases/discover/settings`);
		expect(refused?.status()).toBe(403);
	});
});
