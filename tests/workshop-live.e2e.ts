import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

/*
 * Issue 8's room, live: a facilitator plans a workshop and puts the projector view up; three
 * residents join on their phones (each its own browser, no account), add ideas and spend dots; the
 * projector shows every idea and every dot as it happens, without a reload. A workshop of its own,
 * so the demo room (BRKYTH) stays on idea capture for the other tests.
 */

const WORKSHOPS = '/places/brookfield/cycles/2026-spaces-to-meet/workshops';

async function phone(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	return context.newPage();
}

test('three phones add ideas and spend dots; the projector shows them as they come, without a reload', async ({ browser, page }) => {
	test.setTimeout(180_000);
	const tag = `${Date.now().toString(36)}`;
	const title = `Bus stop evening ${tag}`;

	// The facilitator plans the workshop: idea capture, then dot-voting on the room's ideas.
	await signInAsStaff(page, staffEmail('brookfield', 'facilitator'));
	await page.goto(WORKSHOPS);
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Where', { exact: true }).fill('Brookfield library, meeting room');
	await page.getByLabel('Date').fill('2026-11-24');
	await page.getByLabel('Start time').fill('18:30');
	await page.getByLabel('Activity', { exact: true }).selectOption({ label: 'Idea capture' });
	await page.getByLabel('Question or prompt').fill('What would make the bus stop better?');
	await page.getByRole('button', { name: 'Plan the workshop' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Run: ${title}` })).toBeVisible();
	const consoleUrl = page.url();

	await page.getByLabel('Activity', { exact: true }).selectOption({ label: 'Dot-voting' });
	await page.getByLabel('Question or prompt').fill('Which ideas matter most?');
	await page.getByLabel('Dots for each person').fill('3');
	await page.getByLabel('Vote on').selectOption({ label: "the room's ideas" });
	await page.getByRole('button', { name: 'Add to the agenda' }).click();
	await expect(page.getByText('Which ideas matter most?')).toBeVisible();
	await page.getByRole('button', { name: 'Start the workshop' }).click();
	await expect(page.getByRole('button', { name: 'Go to the next activity' })).toBeVisible();

	// The projector, on the laptop: the code, where to go, a QR code, and the (empty) board.
	const projector = await page.context().newPage();
	await projector.goto(`${consoleUrl.replace(/\/run$/, '')}/projector`);
	const code = (await projector.getByTestId('projector-join-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	await expect(projector.getByRole('heading', { name: 'What would make the bus stop better?' })).toBeVisible();
	await expect(projector.getByRole('img', { name: new RegExp(`QR code: scan it to open http://.+/w/${code}`) })).toBeVisible();
	await expect(projector.getByText('No ideas yet. Add yours on your phone.')).toBeVisible();
	expect(await scanWithAxe(projector)).toEqual([]);
	// Nothing below reloads it: every change has to arrive over the live stream.
	let reloads = 0;
	projector.on('framenavigated', (frame) => frame === projector.mainFrame() && reloads++);

	// Three residents join: one types the code at /w, two follow the QR code's link.
	const phones = await Promise.all([phone(browser), phone(browser), phone(browser)]);
	await phones[0].goto('/w');
	await phones[0].getByLabel('Workshop code').fill(code.toLowerCase());
	await phones[0].getByRole('button', { name: 'Continue' }).click();
	await phones[1].goto(`/w/${code}`);
	await phones[2].goto(`/w/${code}`);
	const names = ['Nia', 'Tomasz', ''];
	for (const [i, resident] of phones.entries()) {
		await resident.getByLabel('Your first name (optional)').fill(names[i]);
		await resident.getByRole('button', { name: 'Join the workshop' }).click();
		await expect(resident.getByLabel('Your idea')).toBeVisible();
	}
	await expect(projector.getByTestId('projector-participants')).toHaveText('People joined: 3');

	const ideas = [`A shelter with a roof that keeps the rain off ${tag}`, `Live bus times on a screen ${tag}`, `A bench low enough for children ${tag}`];
	for (const [i, resident] of phones.entries()) {
		await resident.getByLabel('Your idea').fill(ideas[i]);
		await resident.getByRole('button', { name: 'Add my idea' }).click();
		await expect(resident.getByText('Thank you. Your idea is on the board.')).toBeVisible();
	}
	await expect(projector.getByTestId('projector-idea')).toHaveText(ideas);

	// The facilitator moves the room on to dot-voting; the projector follows.
	await page.getByRole('button', { name: 'Go to the next activity' }).click();
	await expect(projector.getByRole('heading', { name: 'Which ideas matter most?' })).toBeVisible();
	await expect(projector.getByText('No dots yet. Spend yours on your phone.')).toBeVisible();

	// Dots: Nia 2 on live bus times and 1 on the shelter, Tomasz 2 on live bus times, the third 1 on the bench.
	for (const resident of phones) await resident.reload();
	const spend = async (resident: Page, idea: string, dots: number) => {
		const target = resident.getByRole('listitem').filter({ hasText: idea });
		for (let i = 1; i <= dots; i++) {
			await target.getByRole('button', { name: `Add a dot on: ${idea}` }).click();
			await expect(target.getByText(`Your dots here: ${i}`)).toBeVisible();
		}
	};
	await spend(phones[0], ideas[1], 2);
	await spend(phones[0], ideas[0], 1);
	await spend(phones[1], ideas[1], 2);
	await spend(phones[2], ideas[2], 1);

	const bars = projector.getByTestId('projector-bar');
	await expect(bars.first()).toContainText(ideas[1]);
	await expect(bars.first().getByTestId('projector-bar-value')).toHaveText('Dots: 4');
	await expect(bars.filter({ hasText: ideas[0] }).getByTestId('projector-bar-value')).toHaveText('Dots: 1');
	await expect(bars.filter({ hasText: ideas[2] }).getByTestId('projector-bar-value')).toHaveText('Dots: 1');
	expect(reloads).toBe(0);
	expect(await scanWithAxe(projector)).toEqual([]);

	// End the room so it does not stay live in the demo's list.
	await page.getByRole('button', { name: 'End the workshop' }).click();
	// The board's heading says so (the title is already the page's h1), and the page stays axe-clean.
	await expect(projector.getByRole('heading', { level: 2, name: 'This workshop has finished. Thank you for coming!' })).toBeVisible();
	expect(await scanWithAxe(projector)).toEqual([]);
	for (const resident of phones) await resident.context().close();
});

test('the projector and the live stream are the team’s: a phone that has not joined and a signed-out visitor are turned away', async ({ page, request }) => {
	// The demo room's stream: 403 without its participant cookie, 404 for a code that does not exist.
	expect((await request.get('/w/BRKYTH/live')).status()).toBe(403);
	expect((await request.get('/w/ZZZZZZ/live')).status()).toBe(404);
	await page.goto(WORKSHOPS);
	const demo = page.getByRole('link', { name: 'Youth space evening' });
	const href = await demo.getAttribute('href');
	const response = await page.goto(`${href}/projector`);
	// Signed out: sent to sign in, and the join code is nowhere on the way.
	expect(new URL(page.url()).pathname).toMatch(/sign-in/);
	expect(await response!.text()).not.toContain('BRKYTH');
});

test('without JavaScript the projector shows the board as it was when the page loaded', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signInAsStaff(page, staffEmail('brookfield', 'lead'));
	await page.goto(WORKSHOPS);
	const href = await page.getByRole('link', { name: 'Youth space evening' }).getAttribute('href');
	await page.goto(`${href}/projector`);
	await expect(page.getByTestId('projector-join-code')).toHaveText('BRKYTH');
	await expect(page.getByRole('heading', { name: 'What would make the youth space work for you?' })).toBeVisible();
	await expect(page.getByTestId('projector-idea').filter({ hasText: 'Free wifi and phone charging points.' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Full screen' })).toHaveCount(0);
	await context.close();
});
