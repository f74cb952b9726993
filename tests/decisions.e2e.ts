import { expect, test, type Browser, type Page } from '@playwright/test';
import { postForm, signInAsStaff, signInByCode, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const RESULTS = '/places/brookfield/cycles/2025-safer-walks/results';
const PHONE = { width: 360, height: 740 };
const FIRST = 'We will build the four funded projects this school year, starting with the lights.';
const SECOND = 'We will build the funded projects this school year. The lights come first, before the dark evenings.';
const REASON = 'The school paid for the bike lights itself, so this money was not needed.';

async function signedIn(browser: Browser, javaScriptEnabled: boolean, signIn: (page: Page) => Promise<void>): Promise<Page> {
	const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
	const page = await context.newPage();
	await signIn(page);
	await page.goto(RESULTS);
	return page;
}

// One story in order, since each step reads what the one before wrote on the shared demo database.
test('the lead publishes a decision and records a change after the vote; residents read both, dated', async ({ browser, baseURL }) => {
	test.setTimeout(120_000);
	// Without JavaScript, on a phone: the first statement.
	const lead = await signedIn(browser, false, (page) => signInAsStaff(page, staffEmail('brookfield', 'lead')));
	// Counted from what is there, so a statement or change the demo may come with does not matter.
	const versionsBefore = (await lead.locator('.decision-statement').count()) + (await lead.locator('.decision-versions > li').count());
	const changesBefore = await lead.locator('.change-list > li').count();
	await expect(lead.getByRole('heading', { level: 3, name: /^(Publish a|Change the) decision statement$/ })).toBeVisible();
	await lead.getByLabel('What was agreed and why').fill(FIRST);
	await lead.getByRole('button', { name: /^Publish (the statement|as a new version)$/ }).click();
	await expect(lead.getByRole('status')).toHaveText('The decision statement is published.');
	const decided = lead.locator('.decision-statement');
	await expect(decided).toContainText(FIRST);
	await expect(decided).toContainText(/Published \d{1,2} \w+ \d{4}/);
	expect(await lead.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await lead.context().close();

	// With JavaScript: a second version; the first stays beneath it, dated.
	const leadJs = await signedIn(browser, true, (page) => signInAsStaff(page, staffEmail('brookfield', 'lead')));
	const statement = leadJs.getByLabel('What was agreed and why');
	await expect(statement).toHaveValue(FIRST);
	await statement.fill(SECOND);
	await leadJs.getByRole('button', { name: 'Publish as a new version' }).click();
	await expect(leadJs.locator('.decision-statement')).toContainText(SECOND);
	await expect(leadJs.getByRole('heading', { level: 4, name: 'Earlier versions' })).toBeVisible();
	const earlier = leadJs.locator('.decision-versions > li');
	await expect(earlier).toHaveCount(versionsBefore + 1);
	await expect(earlier.first()).toContainText(FIRST);
	await expect(earlier.first()).toContainText(/Published \d{1,2} \w+ \d{4}/);

	// A change with no reason comes back with the message and everything typed still there.
	await leadJs.getByLabel('What changed').selectOption({ label: 'Money moved' });
	await leadJs.getByLabel('Which project').selectOption({ label: '6. Hi-vis bags and bike lights for every child' });
	await leadJs.getByLabel('Where the money went').selectOption({ label: '3. Walking bus with volunteer parents' });
	await leadJs.getByLabel('Amount', { exact: true }).fill('400');
	await leadJs.getByRole('button', { name: 'Record the change' }).click();
	await expect(leadJs.getByRole('alert')).toContainText('There is a problem');
	await expect(leadJs.locator('#change-reason-all-error')).toHaveText('Say why it changed');
	await expect(leadJs.getByLabel('What changed')).toHaveValue('money_moved');
	await expect(leadJs.getByLabel('Amount', { exact: true })).toHaveValue('400');
	await expect(leadJs.getByLabel('Where the money went').locator('option:checked')).toHaveText('3. Walking bus with volunteer parents');
	await expect(leadJs.locator('.change-list > li')).toHaveCount(changesBefore);

	await leadJs.getByLabel('Why', { exact: true }).fill(REASON);
	await leadJs.getByRole('button', { name: 'Record the change' }).click();
	await expect(leadJs.getByRole('status')).toHaveText('The change is recorded and shown on this page.');
	await expect(leadJs.locator('.change-list > li')).toHaveCount(changesBefore + 1);
	expect(await scanWithAxe(leadJs)).toEqual([]);
	await leadJs.context().close();

	// A resident reads the statement, its earlier version and the change, and has no forms.
	const resident = await signedIn(browser, true, (page) => signInByCode(page, `resident-decisions-${Date.now()}@example.org`));
	await expect(resident.getByRole('heading', { level: 3, name: 'What the team decided' })).toBeVisible();
	await expect(resident.locator('.decision-statement')).toContainText(SECOND);
	await expect(resident.locator('.decision-versions > li').first()).toContainText(FIRST);
	await expect(resident.getByRole('heading', { level: 3, name: 'Changes since the vote' })).toBeVisible();
	const change = resident.locator('.change-list > li').last();
	await expect(change).toContainText(`£400 moved from Hi-vis bags and bike lights for every child to Walking bus with volunteer parents: ${REASON}`);
	await expect(change.locator('time')).toHaveText(/^\d{1,2} \w+ \d{4}$/);
	await expect(resident.getByRole('button', { name: /Publish|Record the change/ })).toHaveCount(0);
	const asResident = await postForm(resident.request, baseURL!, `${RESULTS}?/recordChange`, { pot: '', kind: 'other', reason: 'Not mine to say.' });
	expect(asResident.status()).toBe(403);
	expect((await postForm(resident.request, baseURL!, `${RESULTS}?/decide`, { pot: '', body: 'Not mine.', language: 'en' })).status()).toBe(403);
	await resident.context().close();

	// Another place's lead has no say here either.
	const otherLead = await signedIn(browser, false, (page) => signInAsStaff(page, staffEmail('st-elwyns', 'lead')));
	await expect(otherLead.getByRole('button', { name: /Publish|Record the change/ })).toHaveCount(0);
	expect((await postForm(otherLead.request, baseURL!, `${RESULTS}?/decide`, { pot: '', body: 'Not ours.', language: 'en' })).status()).toBe(403);
	expect((await postForm(otherLead.request, baseURL!, `${RESULTS}?/recordChange`, { pot: '', kind: 'other', reason: 'Not ours.' })).status()).toBe(403);
	await otherLead.context().close();

	// Nothing those two sent was written.
	const anyone = await browser.newPage();
	await anyone.goto(RESULTS);
	await expect(anyone.locator('.change-list > li')).toHaveCount(changesBefore + 1);
	await expect(anyone.locator('.decision-versions > li')).toHaveCount(versionsBefore + 1);
	await expect(anyone.locator('.decision-statement')).toContainText(SECOND);
	await anyone.close();
});
