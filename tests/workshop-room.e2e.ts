import { expect, test, type Browser, type Page } from '@playwright/test';
import { postForm, signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

// The demo's live workshop: other tests use it too, so here it only ever gets ideas (never moved on).
const DEMO_CODE = 'BRKYTH';
const PHONE = { width: 360, height: 740 };
const WORKSHOPS = '/places/brookfield/cycles/2026-spaces-to-meet/workshops';

async function phone(browser: Browser, javaScriptEnabled = false): Promise<Page> {
	return (await browser.newContext({ viewport: PHONE, javaScriptEnabled })).newPage();
}

/**
 * Fits a 360 px screen, and axe finds nothing. axe runs inside the page, so it needs JavaScript:
 * a page without it is scanned as the exact HTML the server sent, served again to a page with it.
 */
async function fitsAndIsAxeClean(page: Page, javaScriptEnabled = false) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	if (javaScriptEnabled) {
		expect(await scanWithAxe(page)).toEqual([]);
		return;
	}
	const html = await page.content();
	const context = await page.context().browser()!.newContext({ viewport: PHONE, javaScriptEnabled: true });
	const scanned = await context.newPage();
	await scanned.route(page.url(), (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
	await scanned.goto(page.url());
	expect(await scanWithAxe(scanned)).toEqual([]);
	await context.close();
}

/** Types a join code at /w, as read off the projector, and joins with a name (or none). */
async function joinByCode(page: Page, typed: string, name: string | null) {
	await page.goto('/w');
	await page.getByLabel('Workshop code').fill(typed);
	await page.getByRole('button', { name: 'Continue' }).click();
	if (name) await page.getByLabel('Your first name (optional)').fill(name);
	await page.getByRole('button', { name: 'Join the workshop' }).click();
	await expect(page.getByText(name ? `You joined as ${name}.` : 'You joined without a name.')).toBeVisible();
}

test('a resident on a phone without JavaScript joins the demo workshop by its code, adds an idea, and a bad one is explained with nothing lost', async ({ browser }) => {
	test.setTimeout(120_000);
	const page = await phone(browser);
	const idea = `Film nights on the big wall, with popcorn ${Date.now().toString(36)}`;

	await page.goto('/w');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('alert')).toContainText('Type the workshop code.');
	await fitsAndIsAxeClean(page);
	await page.getByLabel('Workshop code').fill('BRK');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('alert')).toContainText('A workshop code has 6 letters and numbers.');
	await expect(page.getByLabel('Workshop code')).toHaveValue('BRK');
	await page.getByLabel('Workshop code').fill('ZZZ ZZZ');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('alert')).toContainText('We could not find a workshop with that code.');
	await expect(page.getByLabel('Workshop code')).toHaveValue('ZZZ ZZZ');

	// Case, spaces and dashes do not matter.
	await page.getByLabel('Workshop code').fill(' brk-yth ');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page).toHaveURL(new RegExp(`/w/${DEMO_CODE}$`));
	await expect(page.getByRole('heading', { level: 1, name: 'Youth space evening' })).toBeVisible();
	await expect(page.getByText('Brookfield Youth Club hall')).toBeVisible();
	await fitsAndIsAxeClean(page);
	await page.getByLabel('Your first name (optional)').fill('Nia');
	await page.getByRole('button', { name: 'Join the workshop' }).click();

	await expect(page.getByText('You joined as Nia.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'What would make the youth space work for you?' })).toBeVisible();
	await expect(page.getByText('Free wifi and phone charging points.')).toBeVisible();
	await expect(page.getByText('From a paper note').first()).toBeVisible();
	await fitsAndIsAxeClean(page);

	await page.getByRole('button', { name: 'Add my idea' }).click();
	await expect(page.getByRole('alert')).toContainText('Write your idea first.');
	const tooLong = `${idea} `.repeat(8);
	await page.getByLabel('Your idea').fill(tooLong);
	await page.getByRole('button', { name: 'Add my idea' }).click();
	await expect(page.getByRole('alert')).toContainText('Keep your idea to 280 characters or fewer.');
	await expect(page.getByLabel('Your idea')).toHaveValue(tooLong);
	await fitsAndIsAxeClean(page);

	await page.getByLabel('Your idea').fill(idea);
	await page.getByRole('button', { name: 'Add my idea' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Your idea is on the board.' })).toBeVisible();
	await expect(page.locator('li', { hasText: idea })).toContainText('Nia');
	await expect(page.getByLabel('Your idea')).toHaveValue('');

	// Coming back later, the phone is still joined: no second join form.
	await page.goto(`/w/${DEMO_CODE.toLowerCase()}`);
	await expect(page).toHaveURL(new RegExp(`/w/${DEMO_CODE}$`));
	await expect(page.getByText('You joined as Nia.')).toBeVisible();
});

test('the room speaks Welsh: errors in Welsh, and joining without a name', async ({ browser }) => {
	test.setTimeout(90_000);
	const page = await phone(browser);
	await page.goto('/cy/w');
	await expect(page.getByRole('heading', { level: 1, name: 'Ymuno â gweithdy' })).toBeVisible();
	await page.getByLabel('Cod y gweithdy').fill('ZZZZZZ');
	await page.getByRole('button', { name: 'Parhau' }).click();
	await expect(page.getByRole('alert')).toContainText('Allwn ni ddim dod o hyd i weithdy gyda’r cod yna.');
	await expect(page.getByLabel('Cod y gweithdy')).toHaveValue('ZZZZZZ');
	await fitsAndIsAxeClean(page);

	await page.getByLabel('Cod y gweithdy').fill(DEMO_CODE);
	await page.getByRole('button', { name: 'Parhau' }).click();
	await page.getByRole('button', { name: 'Ymuno â’r gweithdy' }).click();
	await expect(page.getByText('Rydych chi wedi ymuno heb enw.')).toBeVisible();
	await page.getByRole('button', { name: 'Ychwanegu fy syniad' }).click();
	await expect(page.getByRole('alert')).toContainText('Ysgrifennwch eich syniad yn gyntaf.');
	await fitsAndIsAxeClean(page);
});

test('nothing a phone sends gets a server error: unknown codes, other ids, not joined', async ({ browser, baseURL }) => {
	test.setTimeout(90_000);
	const page = await phone(browser);
	expect((await page.goto('/w/ZZZZZZ'))?.status()).toBe(404);
	// Not joined: refused in words, what was typed kept.
	const notJoined = await postForm(page.request, baseURL!, `/w/${DEMO_CODE}?/idea`, { body: 'Hello' });
	expect(notJoined.status()).toBe(403);
	expect(await notJoined.text()).toContain('Join the workshop first.');
	await joinByCode(page, DEMO_CODE, null);
	for (const [action, form] of [
		['addDot', { activity: 'not-an-id', idea: 'nope' }],
		['removeDot', { activity: crypto.randomUUID(), proposal: crypto.randomUUID() }],
		['poll', { activity: '', option: 'tuesday' }]
	] as const) {
		const response = await postForm(page.request, baseURL!, `/w/${DEMO_CODE}?/${action}`, form);
		expect(response.status(), action).toBe(409);
		expect(await response.text()).toContain('The room has moved on.');
	}
	expect((await postForm(page.request, baseURL!, `/w/ZZZZZZ?/idea`, { body: 'Hello' })).status()).toBe(404);
});

test('a room moves from ideas to dots to a poll: phones spend their dots and answer, with and without JavaScript', async ({ browser }) => {
	test.setTimeout(180_000);
	const title = `Room ${Date.now().toString(36)}`;
	const lead = await (await browser.newContext()).newPage();
	await signInAsStaff(lead, staffEmail('brookfield', 'lead'));
	await lead.goto(WORKSHOPS);
	await lead.getByLabel('Title', { exact: true }).fill(title);
	await lead.getByLabel('Where', { exact: true }).fill('Brookfield Youth Club hall');
	await lead.getByLabel('Date', { exact: true }).fill('2026-12-03');
	await lead.getByLabel('Start time').fill('18:30');
	await lead.getByLabel('Activity', { exact: true }).selectOption({ label: 'Idea capture' });
	await lead.getByLabel('Question or prompt').fill('What should the room have?');
	await lead.getByRole('button', { name: 'Plan the workshop' }).click();
	const add = lead.locator('form[action="?/addActivity"]');
	await add.getByLabel('Activity', { exact: true }).selectOption({ label: 'Dot-voting' });
	await add.getByLabel('Question or prompt').fill('Which ideas matter most?');
	await add.getByLabel('Dots for each person').fill('3');
	await add.getByLabel('Vote on').selectOption({ label: "the room's ideas" });
	await lead.getByRole('button', { name: 'Add to the agenda' }).click();
	await expect(lead.getByRole('status')).toHaveText('The activity is on the agenda.');
	await add.getByLabel('Activity', { exact: true }).selectOption({ label: 'Quick poll' });
	await add.getByLabel('Question or prompt').fill('Which evening suits you best?');
	await add.getByLabel('Only for a quick poll: the answers').fill('Tuesday\nWednesday');
	await lead.getByRole('button', { name: 'Add to the agenda' }).click();
	await expect(lead.getByRole('status')).toHaveText('The activity is on the agenda.');
	const code = (await lead.locator('.join-code').textContent())!.trim();

	// Before the start the phone waits (and, without JavaScript, looks again by itself).
	const plain = await phone(browser, false);
	await joinByCode(plain, code.toLowerCase(), 'Sam');
	await expect(plain.getByText('The workshop has not started yet.')).toBeVisible();
	await expect(plain.locator('noscript')).toHaveCount(1);
	await fitsAndIsAxeClean(plain);
	const live = await phone(browser, true);
	await joinByCode(live, code, 'Ola');

	await lead.getByRole('button', { name: 'Start the workshop' }).click();
	await expect(lead.getByRole('status')).toHaveText('The workshop has started.');
	// The phone with JavaScript follows the room without a reload.
	await expect(live.getByRole('heading', { level: 2, name: 'What should the room have?' })).toBeVisible();
	await plain.goto(`/w/${code}`);
	for (const idea of ['A pool table', 'Late opening on Fridays']) {
		await plain.getByLabel('Your idea').fill(idea);
		await plain.getByRole('button', { name: 'Add my idea' }).click();
		await expect(plain.getByRole('status').filter({ hasText: 'Your idea is on the board.' })).toBeVisible();
	}
	await expect(live.getByText('Late opening on Fridays')).toBeVisible();

	await lead.getByRole('button', { name: 'Go to the next activity' }).click();
	await expect(live.getByText('You have 3 of 3 dots left.')).toBeVisible();
	await live.getByRole('button', { name: 'Add a dot on: A pool table' }).click();
	await expect(live.getByText('You have 2 of 3 dots left.')).toBeVisible();
	await fitsAndIsAxeClean(live, true);

	await plain.goto(`/w/${code}`);
	await expect(plain.getByRole('heading', { level: 2, name: 'Which ideas matter most?' })).toBeVisible();
	const poolTable = plain.locator('li', { hasText: 'A pool table' });
	for (const left of [2, 1, 0]) {
		await poolTable.getByRole('button', { name: /^Add a dot/ }).click();
		await expect(plain.getByText(`You have ${left} of 3 dots left.`)).toBeVisible();
	}
	await expect(poolTable).toContainText('Your dots here: 3');
	await plain.locator('li', { hasText: 'Late opening on Fridays' }).getByRole('button', { name: /^Add a dot/ }).click();
	await expect(plain.getByRole('alert')).toContainText('You have used all your dots.');
	await poolTable.getByRole('button', { name: /^Take a dot back/ }).click();
	await expect(plain.getByText('You have 1 of 3 dots left.')).toBeVisible();
	await expect(plain.locator('li', { hasText: 'A pool table' })).toContainText('Your dots here: 2');
	await fitsAndIsAxeClean(plain);

	await lead.getByRole('button', { name: 'Go to the next activity' }).click();
	await expect(live.getByRole('group', { name: 'Which evening suits you best?' })).toBeVisible();
	// A dot sent from the page the room has left is refused in words.
	await plain.locator('li', { hasText: 'Late opening on Fridays' }).getByRole('button', { name: /^Add a dot/ }).click();
	await expect(plain.getByRole('alert')).toContainText('The room has moved on.');
	await plain.getByRole('button', { name: 'Send my answer' }).click();
	await expect(plain.getByRole('alert')).toContainText('Choose an answer.');
	await plain.getByLabel('Wednesday').check();
	await plain.getByRole('button', { name: 'Send my answer' }).click();
	await expect(plain.getByRole('status').filter({ hasText: 'Your answer is in.' })).toBeVisible();
	await expect(plain.getByLabel('Wednesday')).toBeChecked();
	await expect(plain.getByText('(your answer)')).toBeVisible();
	await fitsAndIsAxeClean(plain);

	await lead.getByRole('button', { name: 'End the workshop' }).click();
	await expect(live.getByRole('heading', { level: 2, name: 'This workshop has ended' })).toBeVisible();
	await plain.goto(`/w/${code}`);
	await plain.getByRole('link', { name: 'See what the room came up with' }).click();
	await expect(plain.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('the demo’s ended workshop: its code tells a phone the room has finished and leads to what it came up with', async ({ browser }) => {
	test.setTimeout(90_000);
	const page = await phone(browser);
	await page.goto('/w');
	await page.getByLabel('Workshop code').fill('stewyn');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'This workshop has ended' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Join the workshop' })).toHaveCount(0);
	await fitsAndIsAxeClean(page);
	await page.getByRole('link', { name: 'See what the room came up with' }).click();
	await expect(page).toHaveURL(/\/places\/st-elwyns\/cycles\/2026-a-place-for-young-people\/workshops\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 3, name: 'Somewhere to go / Rhywle i fynd' })).toBeVisible();
	await expect(page.getByText('23 people came.')).toBeVisible();
});
