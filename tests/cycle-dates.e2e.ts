import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

/*
 * Brookfield's lead changes the dates of the cycle running now and pauses it. Other tests use the
 * same cycle in co-create with proposals open, so this test leaves it as it found it: co-create is
 * extended and then shortened back to its first end (with a reason), and the pause lasts seconds.
 */
const CYCLE = '/places/brookfield/cycles/2026-spaces-to-meet';

const coCreateEnd = (page: Page) => page.locator('#co_create_closes_day');
const plusDays = (day: string, days: number) => {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** axe runs in the page, so it scans a copy of the page opened with JavaScript on, as the same person. */
async function expectNoAxeViolations(browser: Browser, page: Page, act?: (scanned: Page) => Promise<void>) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: true });
	await context.addCookies(await page.context().cookies());
	const scanned = await context.newPage();
	await scanned.goto(page.url());
	await act?.(scanned);
	expect(await scanWithAxe(scanned)).toEqual([]);
	await context.close();
}

test.describe('on a phone, JavaScript off', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('the lead extends co-create, is asked for a reason to shorten it, shortens it back, and residents see both changes', async ({ page, browser }) => {
		test.setTimeout(120_000);
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(CYCLE);
		await page.getByRole('navigation', { name: 'For the place team' }).getByRole('link', { name: 'Change dates' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Change the dates' })).toBeVisible();
		await expectNoAxeViolations(browser, page);

		// Co-create is open: its start is shown, not editable; its end can move.
		const coCreate = page.getByRole('group', { name: /Co-create/ });
		await expect(coCreate).toContainText('Open now');
		await expect(coCreate).toContainText('This cannot change now');
		const firstEnd = await coCreateEnd(page).inputValue();
		expect(firstEnd).toMatch(/^\d{4}-\d{2}-\d{2}$/);

		// Longer: no reason needed.
		await coCreateEnd(page).fill(plusDays(firstEnd, 3));
		await page.getByRole('button', { name: 'Save the new dates' }).click();
		await expect(page.getByRole('status')).toContainText('The new dates are saved');
		await expect(coCreateEnd(page)).toHaveValue(plusDays(firstEnd, 3));

		// Back to the first end: that is shorter than now, so residents are owed a reason.
		await coCreateEnd(page).fill(firstEnd);
		await page.getByRole('button', { name: 'Save the new dates' }).click();
		await expect(page.getByRole('alert')).toContainText('Give a reason for ending Co-create sooner');
		await expect(page.getByLabel('Reason (residents will see this)')).toHaveAccessibleDescription(/Give a reason for ending Co-create sooner/);
		await expect(coCreateEnd(page)).toHaveValue(firstEnd);
		// The same refusal with JavaScript on, scanned: error summary, message beside the field.
		await expectNoAxeViolations(browser, page, async (scanned) => {
			await coCreateEnd(scanned).fill(firstEnd);
			await scanned.getByRole('button', { name: 'Save the new dates' }).click();
			await expect(scanned.getByRole('alert')).toContainText('Give a reason for ending Co-create sooner');
		});

		await page.getByLabel('Reason (residents will see this)').fill('We went back to the date we first gave, because the hall is booked after it.');
		await page.getByRole('button', { name: 'Save the new dates' }).click();
		await expect(page.getByRole('status')).toContainText('The new dates are saved');
		await expect(coCreateEnd(page)).toHaveValue(firstEnd);

		// Signed out, a resident reads both changes on the cycle's page, newest first.
		await page.context().clearCookies();
		await page.goto(CYCLE);
		const changes = page.getByRole('region', { name: 'Changes to this cycle' });
		// Filtered by text, not position: the pause test may add its own entries to this cycle at the same time.
		const shortened = changes.getByRole('listitem').filter({ hasText: 'Co-create was made shorter. It now ends on' });
		await expect(shortened).toContainText('Why: We went back to the date we first gave, because the hall is booked after it.');
		await expect(changes.getByRole('listitem').filter({ hasText: 'Co-create was extended to' }).first()).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'For the place team' })).toHaveCount(0);
		await expectNoAxeViolations(browser, page);
	});

	test('the lead pauses the cycle with a reason, residents see why, and the lead starts it again', async ({ page, browser }) => {
		test.setTimeout(120_000);
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(CYCLE);
		await page.getByRole('link', { name: 'Pause or cancel' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Pause or cancel the cycle' })).toBeVisible();
		await expect(page.getByText('The cycle is running.')).toBeVisible();
		await expectNoAxeViolations(browser, page);

		// No reason: nothing happens, and the lead is told why.
		await page.getByRole('button', { name: 'Pause the cycle' }).click();
		await expect(page.getByRole('alert')).toContainText('Say why you are pausing the cycle');
		await expect(page.getByText('The cycle is running.')).toBeVisible();

		// Cancelling needs a reason and the box ticked; what was typed stays.
		await page.getByLabel('Why are you cancelling it?').fill('Only testing the form.');
		await page.getByRole('button', { name: 'Cancel the cycle' }).click();
		await expect(page.getByRole('alert')).toContainText('Tick the box to show you understand this cannot be undone');
		await expect(page.getByLabel('Why are you cancelling it?')).toHaveValue('Only testing the form.');
		await expect(page.getByText('The cycle is running.')).toBeVisible();

		// The pause itself: kept to seconds, since other tests use this cycle's open co-create.
		const resident = await browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
		await page.getByLabel('Why are you pausing it?').fill('The community centre is closed by a flood this week.');
		await page.getByRole('button', { name: 'Pause the cycle' }).click();
		try {
			await expect(page.getByRole('status')).toContainText('The cycle is paused');
			await resident.goto(CYCLE);
			await expect(resident.getByText('Paused: The community centre is closed by a flood this week.')).toBeVisible();
			await expect(resident.getByText('Nothing is open to residents while the cycle is paused.')).toBeVisible();
		} finally {
			await page.getByRole('button', { name: 'Start the cycle again' }).click();
		}
		await expect(page.getByRole('status')).toContainText('The cycle is running again');
		await expect(page.getByText('The cycle is running.')).toBeVisible();

		await resident.goto(CYCLE);
		await expect(resident.getByText(/^Paused:/)).toHaveCount(0);
		const changes = resident.getByRole('region', { name: 'Changes to this cycle' }).getByRole('listitem');
		await expect(changes.filter({ hasText: 'The cycle started again on' }).first()).toBeVisible();
		await expect(changes.filter({ hasText: 'The cycle was paused on' }).first()).toContainText('Why: The community centre is closed by a flood this week.');
		await resident.close();
	});
});
