import { expect, test, type Browser, type Page } from '@playwright/test';
import { postForm, signInAsStaff, signInByCode, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const CYCLE = '/places/brookfield/cycles/2026-spaces-to-meet';
const WORKSHOPS = `${CYCLE}/workshops`;
const PHONE = { width: 360, height: 740 };

async function facilitator(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
	const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
	const page = await context.newPage();
	await signInAsStaff(page, staffEmail('brookfield', 'facilitator'));
	return page;
}

async function fitsOnAPhone(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

// axe runs in the page, so only where JavaScript is on; the pages are the same HTML either way.
async function fitsAndIsAxeClean(page: Page) {
	await fitsOnAPhone(page);
	expect(await scanWithAxe(page)).toEqual([]);
}

/** Plans a workshop from the cycle's workshops page and lands on its run console. */
async function planWorkshop(page: Page, title: string) {
	await page.goto(WORKSHOPS);
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByLabel('Where', { exact: true }).fill('Alder Road community centre');
	await page.getByLabel('Date', { exact: true }).fill('2026-12-03');
	await page.getByLabel('Start time').fill('18:30');
	await expect(page.getByLabel('Phase', { exact: true }).locator('option:checked')).toHaveText('Co-create');
	await page.getByLabel('Activity', { exact: true }).selectOption({ label: 'Idea capture' });
	await page.getByLabel('Question or prompt').fill('What would make evenings better here?');
	await page.getByRole('button', { name: 'Plan the workshop' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Run: ${title}` })).toBeVisible();
}

async function addDotVoting(page: Page) {
	const add = page.locator('form[action="?/addActivity"]');
	await add.getByLabel('Activity', { exact: true }).selectOption({ label: 'Dot-voting' });
	await add.getByLabel('Question or prompt').fill('Which ideas matter most?');
	await add.getByLabel('Dots for each person').fill('3');
	await add.getByLabel('Vote on').selectOption({ label: "the room's ideas" });
	await page.getByRole('button', { name: 'Add to the agenda' }).click();
	await expect(page.getByRole('status')).toHaveText('The activity is on the agenda.');
}

// One story in order, each step reading what the one before wrote on the shared demo database.
test('a facilitator plans, runs and lands a workshop without JavaScript on a phone, and the idea shows up in the cycle', async ({ browser, baseURL }) => {
	test.setTimeout(180_000);
	const title = `Evenings ${Date.now().toString(36)}`;
	const idea = `A warm room open on Tuesday evenings ${Date.now().toString(36)}`;
	const page = await facilitator(browser, false);

	// A plan with no title comes back with the message and what was typed.
	await page.goto(WORKSHOPS);
	await page.getByLabel('Where', { exact: true }).fill('Alder Road community centre');
	await page.getByRole('button', { name: 'Plan the workshop' }).click();
	await expect(page.getByRole('alert')).toContainText('Give the workshop a title.');
	await expect(page.getByLabel('Where', { exact: true })).toHaveValue('Alder Road community centre');
	await fitsOnAPhone(page);

	await planWorkshop(page, title);
	await expect(page.locator('.join-code')).toHaveText(/^[A-Z2-9]{6}$/);
	await expect(page.getByRole('link', { name: 'Open the projector view' })).toHaveAttribute('href', /\/projector$/);
	await addDotVoting(page);
	await fitsOnAPhone(page);
	await page.getByRole('button', { name: 'Start the workshop' }).click();
	await expect(page.getByRole('status')).toHaveText('The workshop has started.');
	// The room is on idea capture: it cannot be removed any more, the dot-voting after it can.
	await expect(page.getByRole('button', { name: 'Remove: What would make evenings better here?' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Remove: Which ideas matter most?' })).toBeVisible();

	// A paper note, typed in, and grouped under a new theme with the select.
	await page.getByRole('link', { name: 'Ideas and themes' }).click();
	await page.getByRole('button', { name: 'Add the idea' }).click();
	await expect(page.getByRole('alert')).toContainText('Write your idea first.');
	await page.getByLabel('The idea, as written on the note').fill(idea);
	await page.getByRole('button', { name: 'Add the idea' }).click();
	await expect(page.getByRole('status')).toHaveText('The idea is on the board.');
	await page.getByLabel('Theme name').fill('Places to meet');
	await page.getByRole('button', { name: 'Add the theme' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Places to meet' })).toBeVisible();
	const ideaRow = page.locator('.idea-board li', { hasText: idea });
	await ideaRow.getByLabel('Theme', { exact: true }).selectOption({ label: 'Places to meet' });
	await ideaRow.getByRole('button', { name: `Move: ${idea}` }).click();
	await expect(page.getByRole('status')).toHaveText('The idea has moved.');
	await expect(page.getByRole('region', { name: 'Places to meet' })).toContainText(idea);
	await fitsOnAPhone(page);

	await page.getByRole('link', { name: 'Run the room' }).click();
	await page.getByRole('button', { name: 'End the workshop' }).click();
	await expect(page.getByRole('status')).toHaveText('The workshop has ended.');

	// Attendance: counts that do not add up are refused in plain words, with the numbers kept.
	await page.getByRole('link', { name: 'After the workshop' }).click();
	await page.getByLabel('How many people came').fill('12');
	await page.getByLabel('How many were under 25').fill('5');
	await page.getByLabel('How many were over 65').fill('9');
	await page.getByRole('button', { name: 'Save the numbers' }).click();
	await expect(page.getByRole('alert')).toContainText('add up to more than everyone who came');
	await expect(page.getByLabel('How many were over 65')).toHaveValue('9');
	await page.getByLabel('How many were over 65').fill('4');
	await page.getByRole('button', { name: 'Save the numbers' }).click();
	await expect(page.getByRole('status')).toHaveText('The numbers are saved.');
	await fitsOnAPhone(page);

	await page.getByLabel('Posts: things that matter').check();
	await page.getByRole('button', { name: 'Add the ideas to the cycle' }).click();
	await expect(page.getByRole('status')).toHaveText('The ideas are now in the cycle.');
	const landAgain = await postForm(page.request, baseURL!, `${new URL(page.url()).pathname}?/land`, { into: 'need' });
	expect(landAgain.status()).toBe(409);
	expect(await landAgain.text()).toContain('already in the cycle');

	// Anyone reads the outcome, and follows the idea to the post it became.
	const resident = await (await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })).newPage();
	await resident.goto(WORKSHOPS);
	await resident.getByRole('link', { name: title }).click();
	await expect(resident.getByRole('heading', { level: 3, name: 'Places to meet' })).toBeVisible();
	await expect(resident.getByText('12 people came.')).toBeVisible();
	await expect(resident.getByText('5 of them were under 25.')).toBeVisible();
	await expect(resident.getByRole('link', { name: 'Run this workshop' })).toHaveCount(0);
	await fitsOnAPhone(resident);
	await resident.locator('li', { hasText: idea }).getByRole('link', { name: 'now a post' }).click();
	await expect(resident.getByText(idea).first()).toBeVisible();
	await expect(resident.getByRole('link', { name: 'From the workshop at Alder Road community centre, 3 December 2026' })).toBeVisible();
	await resident.context().close();
	await page.context().close();
});

test('with JavaScript, a facilitator drags an idea onto a theme, hides another, and lands the ideas as proposals', async ({ browser }) => {
	test.setTimeout(180_000);
	const title = `Spaces ${Date.now().toString(36)}`;
	const kept = `Open the school hall at weekends ${Date.now().toString(36)}`;
	const offTopic = `Off-topic note ${Date.now().toString(36)}`;
	const page = await facilitator(browser, true);
	await page.goto(WORKSHOPS);
	await page.getByRole('button', { name: 'Plan the workshop' }).click();
	await expect(page.getByRole('alert')).toContainText('Give the workshop a title.');
	await fitsAndIsAxeClean(page);
	await planWorkshop(page, title);
	await fitsAndIsAxeClean(page);
	await page.getByRole('button', { name: 'Start the workshop' }).click();
	await expect(page.getByRole('status')).toHaveText('The workshop has started.');

	await page.getByRole('link', { name: 'Ideas and themes' }).click();
	for (const body of [kept, offTopic]) {
		await page.getByLabel('The idea, as written on the note').fill(body);
		await page.getByRole('button', { name: 'Add the idea' }).click();
		await expect(page.locator('.idea-board li', { hasText: body })).toBeVisible();
	}
	await page.getByLabel('Theme name').fill('Buildings');
	await page.getByRole('button', { name: 'Add the theme' }).click();
	const theme = page.getByRole('region', { name: 'Buildings' });
	await expect(theme).toBeVisible();
	// Grabbed by its words, as a hand would (not by its select or buttons).
	await page.locator('.idea-board li', { hasText: kept }).locator('.idea-body').dragTo(theme);
	await expect(theme).toContainText(kept);
	await page.locator('.idea-board li', { hasText: offTopic }).getByLabel(/^Why hide it/).selectOption({ label: 'Names someone or gives personal details' });
	await page.getByRole('button', { name: `Hide: ${offTopic}` }).click();
	await expect(page.locator('.idea-board')).not.toContainText(offTopic);
	await fitsAndIsAxeClean(page);

	await page.getByRole('link', { name: 'Run the room' }).click();
	await page.getByRole('button', { name: 'End the workshop' }).click();
	await expect(page.getByRole('status')).toHaveText('The workshop has ended.');
	await page.getByRole('link', { name: 'After the workshop' }).click();
	await page.getByRole('button', { name: 'Add the ideas to the cycle' }).click();
	await expect(page.getByRole('alert')).toContainText('Choose what the ideas become.');
	await fitsAndIsAxeClean(page);
	await page.getByLabel('Proposals', { exact: true }).check();
	await page.getByRole('button', { name: 'Add the ideas to the cycle' }).click();
	await expect(page.getByRole('status')).toHaveText('The ideas are now in the cycle.');
	await expect(page.getByRole('link', { name: 'See where each idea went' })).toBeVisible();

	await page.goto(WORKSHOPS);
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByText(offTopic)).toHaveCount(0);
	// Its words are gone from public view, its reason is not.
	await expect(page.getByRole('region', { name: 'Ideas the team took off the board' })).toHaveText(/One idea: Names someone or gives personal details/);
	await fitsAndIsAxeClean(page);
	await page.locator('li', { hasText: kept }).getByRole('link', { name: /^now proposal \d+$/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: kept })).toBeVisible();
	await expect(page.getByText('The cost is worked out when the team reviews it.')).toBeVisible();
	await page.getByRole('link', { name: 'From the workshop at Alder Road community centre, 3 December 2026' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page.context().close();
});

test('residents and another place\'s lead cannot plan or run Brookfield\'s workshops', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ viewport: PHONE });
	const resident = await context.newPage();
	await signInByCode(resident, `resident-workshops-${Date.now()}@example.org`);
	await resident.goto(WORKSHOPS);
	await expect(resident.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
	await expect(resident.getByRole('button', { name: 'Plan the workshop' })).toHaveCount(0);
	const planned = await postForm(resident.request, baseURL!, `${WORKSHOPS}?/create`, { title: 'Mine', venue: 'Here', day: '2026-12-01', time: '18:00', phaseKind: 'co_create', kind: 'ideas', prompt: 'P' });
	expect(planned.status()).toBe(403);
	// The console of the demo's live workshop is the team's: a resident may read the workshop, not run it.
	await resident.getByRole('link', { name: 'Youth space evening' }).click();
	await expect(resident.getByRole('heading', { level: 1, name: 'Youth space evening' })).toBeVisible();
	await expect(resident.getByRole('link', { name: 'Run this workshop' })).toHaveCount(0);
	// The join code is for the room: not in the pages (or their data) a visitor gets.
	expect(await resident.content()).not.toContain('BRKYTH');
	await resident.goto(WORKSHOPS);
	expect(await resident.content()).not.toContain('BRKYTH');
	await resident.goBack();
	const workshop = new URL(resident.url()).pathname;
	expect((await resident.goto(`${workshop}/run`))?.status()).toBe(403);
	expect((await postForm(resident.request, baseURL!, `${workshop}/run?/end`, {})).status()).toBe(403);
	expect((await postForm(resident.request, baseURL!, `${workshop}/run/ideas?/addIdea`, { body: 'Not mine to add' })).status()).toBe(403);
	// Addresses that name no workshop of this cycle are not found, never an error page.
	expect((await resident.goto(`${WORKSHOPS}/not-a-workshop`))?.status()).toBe(404);
	expect((await resident.goto(`${WORKSHOPS}/00000000-0000-4000-8000-000000000000/run`))?.status()).toBe(404);
	await context.close();

	const other = await browser.newContext({ viewport: PHONE });
	const otherLead = await other.newPage();
	await signInAsStaff(otherLead, staffEmail('st-elwyns', 'lead'));
	const asOtherLead = await postForm(otherLead.request, baseURL!, `${WORKSHOPS}?/create`, { title: 'Ours', venue: 'There', day: '2026-12-01', time: '18:00', phaseKind: 'co_create', kind: 'ideas', prompt: 'P' });
	expect(asOtherLead.status()).toBe(403);
	await other.close();
});

test("anyone reads what St Elwyn's ended workshop made, in English and in Welsh", async ({ browser }) => {
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	await page.goto('/places/st-elwyns/cycles/2026-a-place-for-young-people/workshops');
	await expect(page.getByRole('region', { name: 'Finished' })).toBeVisible();
	await page.getByRole('link', { name: 'What would keep you here? / Beth fyddai’n eich cadw chi yma?' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Getting about / Teithio' })).toBeVisible();
	// The late bus had the most dots in its theme (3 + 1 + 1 + 1 + 1 = 7), so it comes first.
	const gettingAbout = page.locator('.outcome-ideas').nth(1);
	await expect(gettingAbout.locator('li').first()).toContainText('A late bus back from town on Fridays and Saturdays, after 11.');
	await expect(gettingAbout.locator('li').first()).toContainText('7 dots');
	await expect(page.getByText('Friday / Nos Wener: 4 people')).toBeVisible();
	await expect(page.getByText('23 people came.')).toBeVisible();
	await expect(page.getByText('14 of them were under 25.')).toBeVisible();
	await expect(gettingAbout.locator('li').first().getByRole('link', { name: 'now a post' })).toBeVisible();
	await expect(page.locator('.join-code')).toHaveCount(0);
	await fitsAndIsAxeClean(page);

	await page.getByRole('link', { name: 'Change the language to Cymraeg' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Pwy ddaeth' })).toBeVisible();
	await expect(page.getByText('Daeth 23 o bobl.')).toBeVisible();
	await fitsAndIsAxeClean(page);
	await context.close();
});
