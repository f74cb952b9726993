import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_LETTER_CODES } from '../src/lib/server/seed/demo-letter-codes';
import { signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const VOTE = '/places/st-elwyns/cycles/2026-a-place-for-young-people/vote';
const PAPER = `${VOTE}/paper`;
const TURNOUT = `${VOTE}/turnout`;
// This test's own letter code: a code votes once, and other tests take the others.
const VOTER_CODE = DEMO_LETTER_CODES[2];

/**
 * A signed-in staff member on a phone, with or without JavaScript. St Elwyn's lead and team member:
 * no other test changes their passwords or ends their sessions (its facilitator's password changes).
 */
async function staffOnPhone(browser: Browser, role: 'team_member' | 'lead', javaScriptEnabled: boolean): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
	const page = await context.newPage();
	await signInAsStaff(page, staffEmail('st-elwyns', role));
	return page;
}

/** The paper-entry page with a ballot showing: in a cycle with pots, the first pot's. */
async function openPaperBallot(page: Page) {
	await page.goto(PAPER);
	await expect(page.getByRole('heading', { level: 1, name: 'Enter paper ballots' })).toBeVisible();
	const pot = page.getByLabel('Pot', { exact: true });
	if ((await pot.count()) > 0) {
		await pot.selectOption({ index: 0 });
		await page.getByRole('button', { name: 'Show this pot’s ballot' }).click();
	}
	await expect(page.getByLabel('Serial number on the paper')).toBeVisible();
}

/** The number of paper voters in the first pot (or the whole vote) on the turnout page. */
async function paperTurnout(page: Page): Promise<number> {
	await page.goto(TURNOUT);
	const row = page.getByRole('table').first().getByRole('row', { name: /On paper/ });
	return Number(await row.getByRole('cell').textContent());
}

test('two staff enter the same paper: it waits after the first entry and counts after the second; turnout shows one more paper vote', async ({ browser }) => {
	test.slow(); // two sign-ins, two pages, two entries, on a machine shared with other test workers
	const first = await staffOnPhone(browser, 'team_member', false);
	const second = await staffOnPhone(browser, 'lead', true);
	const serial = `E2E-${Date.now().toString(36).toUpperCase()}`;

	const before = await paperTurnout(second);
	expect(await scanWithAxe(second)).toEqual([]);
	expect(await second.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	// Counts of people only: nothing on the page names a proposal.
	await expect(second.getByText(/Skate|bowling green|Late bus/)).toHaveCount(0);

	// First entry, without JavaScript: the paper's serial, who voted, and its marks.
	await openPaperBallot(first);
	await first.getByRole('button', { name: 'Enter this paper' }).click();
	await expect(first.getByRole('alert')).toContainText('Type the serial number printed on the paper');
	const choice = first.locator('#paper-marks input[type="checkbox"]').first();
	const proposalId = await choice.inputValue();
	await first.getByLabel('Serial number on the paper').fill(serial);
	await first.getByLabel('Voter’s register reference or letter code').fill(VOTER_CODE.toLowerCase());
	await choice.check();
	await first.getByRole('button', { name: 'Enter this paper' }).click();
	await expect(first.getByRole('status')).toHaveText(`Paper ${serial} entered. It counts once a second person enters it too.`);
	// The form is clear for the next paper, and this one waits for a second person.
	await expect(first.getByLabel('Serial number on the paper')).toHaveValue('');
	await expect(first.locator(`#paper-marks input[value="${proposalId}"]`)).not.toBeChecked();
	await expect(first.locator('.paper-awaiting')).toContainText(`Paper ${serial}`);

	// The same person cannot check their own entry; what they typed is kept.
	await first.getByLabel('Serial number on the paper').fill(serial);
	await first.locator(`#paper-marks input[value="${proposalId}"]`).check();
	await first.getByRole('button', { name: 'Enter this paper' }).click();
	await expect(first.getByRole('alert')).toContainText(`You entered paper ${serial} the first time. Someone else must enter it the second time.`);
	await expect(first.getByLabel('Serial number on the paper')).toHaveValue(serial);
	await expect(first.locator(`#paper-marks input[value="${proposalId}"]`)).toBeChecked();

	// Second entry, with JavaScript, by someone else: a different mark first (refused), then the paper as it is.
	await openPaperBallot(second);
	await expect(second.locator('.paper-awaiting')).toContainText(`Paper ${serial}`);
	expect(await scanWithAxe(second)).toEqual([]);
	expect(await second.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const others = second.locator(`#paper-marks input[type="checkbox"]:not([value="${proposalId}"])`);
	if ((await others.count()) > 0) {
		await second.getByLabel('Serial number on the paper').fill(serial.toLowerCase());
		await others.first().check();
		await second.getByRole('button', { name: 'Enter this paper' }).click();
		await expect(second.getByRole('alert')).toContainText(`The two entries of paper ${serial} differ.`);
		await others.first().uncheck();
	} else {
		await second.getByLabel('Serial number on the paper').fill(serial.toLowerCase());
	}
	await second.locator(`#paper-marks input[value="${proposalId}"]`).check();
	await second.getByRole('button', { name: 'Enter this paper' }).click();
	await expect(second.getByRole('status')).toHaveText(`Paper ${serial} checked and counted.`);
	await expect(second.getByLabel('Serial number on the paper')).toHaveValue('');
	await expect(second.getByRole('region', { name: 'Papers waiting for a second entry' })).not.toContainText(`Paper ${serial}`);

	expect(await paperTurnout(second)).toBe(before + 1);
});

test('turnout and paper entry are for the place’s team only', async ({ page }) => {
	await page.goto(TURNOUT);
	await expect(page).toHaveURL(/\/staff\/sign-in/);
	await signInAsStaff(page, staffEmail('brookfield', 'lead'));
	for (const path of [TURNOUT, PAPER]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
	}
});
