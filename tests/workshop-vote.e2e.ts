import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_LETTER_CODES } from '../src/lib/server/seed/demo-letter-codes';
import { signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const CYCLE = '/places/st-elwyns/cycles/2026-a-place-for-young-people';
const PHONE = { width: 360, height: 740 };
const SKATE = /Skate and scooter park on the old bowling green — £26,500/;
// Two of the demo letters no other browser test uses: a code votes once in each pot.
const ROOM_CODE = DEMO_LETTER_CODES[7];
const WELSH_CODE = DEMO_LETTER_CODES[8];

async function phone(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
	return (await browser.newContext({ viewport: PHONE, javaScriptEnabled })).newPage();
}

async function fitsOnAPhone(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** A phone joins the room at /w/<code> and goes to the ballot the team opened. */
async function joinAndOpenBallot(page: Page, joinCode: string, words: { join: string; vote: string }, prefix = '') {
	await page.goto(`${prefix}/w/${joinCode}`);
	await page.getByRole('button', { name: words.join }).click();
	await page.getByRole('link', { name: words.vote }).click();
	await expect(page).toHaveURL(new RegExp(`/w/${joinCode}/vote$`));
}

test('a team member opens the vote in a workshop, a phone in the room votes with its letter code, and the same code cannot vote again online', async ({ browser }) => {
	test.setTimeout(240_000);
	const title = `Vote night ${Date.now().toString(36)}`;

	// A team member (St Elwyn's facilitator's password is changed by the accounts tests) plans a workshop
	// in the vote phase, starts it and opens the Outdoors pot's vote.
	const team = await phone(browser, false);
	await signInAsStaff(team, staffEmail('st-elwyns', 'team_member'));
	await team.goto(`${CYCLE}/workshops`);
	await team.getByLabel('Title', { exact: true }).fill(title);
	await team.getByLabel('Where', { exact: true }).fill('Chapel Street hall');
	await team.getByLabel('Date', { exact: true }).fill('2026-12-07');
	await team.getByLabel('Start time').fill('18:30');
	await team.getByLabel('Phase', { exact: true }).selectOption('test');
	await team.getByLabel('Activity', { exact: true }).selectOption({ label: 'Idea capture' });
	await team.getByLabel('Question or prompt').fill('What should the money do?');
	await team.getByRole('button', { name: 'Plan the workshop' }).click();
	await expect(team.getByRole('heading', { level: 1, name: `Run: ${title}` })).toBeVisible();
	const joinCode = (await team.locator('.join-code').textContent())!.trim();
	// Not live yet: nothing to open the vote in.
	await expect(team.getByRole('button', { name: 'Open the vote in the room' })).toHaveCount(0);
	await team.getByRole('button', { name: 'Start the workshop' }).click();
	await team.getByLabel('Which pot to vote on').selectOption({ label: 'Outdoors' });
	await team.getByRole('button', { name: 'Open the vote in the room' }).click();
	await expect(team.getByRole('status')).toHaveText('The vote is open in the room. Phones in the room now show the ballot.');
	await fitsOnAPhone(team);

	// A phone in the room, without JavaScript, votes with the code from its letter.
	const room = await phone(browser, false);
	await joinAndOpenBallot(room, joinCode, { join: 'Join the workshop', vote: 'Vote now' });
	await expect(room.getByText('Pot: Outdoors')).toBeVisible();
	await room.getByLabel(SKATE).check();
	await room.getByLabel('Your letter code').fill('ELWN-CARD-ZZZZ');
	await room.getByRole('button', { name: 'Check my vote' }).click();
	await expect(room.getByRole('alert')).toContainText('We cannot find that letter code or reference.');
	await expect(room.getByLabel(SKATE)).toBeChecked();
	await fitsOnAPhone(room);
	await room.getByLabel('Your letter code').fill(ROOM_CODE.toLowerCase());
	await room.getByRole('button', { name: 'Check my vote' }).click();
	await expect(room.locator('.review-list li')).toHaveText([SKATE]);
	await room.getByRole('button', { name: 'Send my vote' }).click();
	await expect(room.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();
	await expect(room.locator('.receipt')).toHaveText(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
	// Nothing on the page after the vote names the code it was cast with.
	expect(await room.content()).not.toContain(ROOM_CODE);
	await fitsOnAPhone(room);

	// Papers handed in at the workshop are entered from the console, as the room's.
	const runConsole = team.url();
	await team.getByRole('link', { name: 'Enter paper ballots handed in at this workshop' }).click();
	await expect(team.getByText(`Papers handed in at the workshop “${title}”: they count as votes in the room.`)).toBeVisible();
	await fitsOnAPhone(team);

	// The projector says how many voted in the room, never for what.
	await team.goto(`${runConsole.replace(/\/run.*$/, '')}/projector`);
	await expect(team.getByRole('heading', { level: 2, name: 'Vote: Outdoors' })).toBeVisible();
	await expect(team.getByText('1 person has voted in the room.')).toBeVisible();
	await expect(team.getByText(SKATE)).toHaveCount(0);

	// The same letter online: one person, one vote.
	const online = await phone(browser, false);
	await online.goto(`/v/${ROOM_CODE}`);
	await online.getByRole('link', { name: 'Outdoors', exact: true }).click();
	await expect(online.getByText('You have already voted in this pot. Thank you for taking part.')).toBeVisible();

	// In Welsh, with JavaScript (axe runs in the page): a second phone, another letter.
	const welsh = await phone(browser, true);
	await joinAndOpenBallot(welsh, joinCode, { join: 'Ymuno â’r gweithdy', vote: 'Pleidleisio nawr' }, '/cy');
	await expect(welsh.getByRole('heading', { level: 1, name: 'Pleidleisio' })).toBeVisible();
	expect(await scanWithAxe(welsh)).toEqual([]);
	await welsh.getByRole('button', { name: 'Gwirio fy mhleidlais' }).click();
	await expect(welsh.getByRole('alert')).toBeVisible();
	expect(await scanWithAxe(welsh)).toEqual([]);
	await welsh.getByLabel(SKATE).check();
	await welsh.getByLabel('Cod eich llythyr').fill(WELSH_CODE);
	await welsh.getByRole('button', { name: 'Gwirio fy mhleidlais' }).click();
	await welsh.getByRole('button', { name: 'Anfon fy mhleidlais' }).click();
	await expect(welsh.getByRole('heading', { name: 'Diolch: mae eich pleidlais i mewn' })).toBeVisible();
	expect(await scanWithAxe(welsh)).toEqual([]);
	await fitsOnAPhone(welsh);
	// The same letter again in the room is refused, in Welsh.
	await welsh.goto(`/cy/w/${joinCode}/vote`);
	await welsh.getByLabel(SKATE).check();
	await welsh.getByLabel('Cod eich llythyr').fill(WELSH_CODE);
	await welsh.getByRole('button', { name: 'Gwirio fy mhleidlais' }).click();
	await expect(welsh.getByText('Rydych chi eisoes wedi pleidleisio yn y pot hwn. Diolch am gymryd rhan.')).toBeVisible();
	await welsh.goto(`/cy/w/${joinCode}`);
	await expect(welsh.getByRole('heading', { level: 2, name: 'Pleidlais: Yn yr awyr agored' })).toBeVisible();
	await expect(welsh.getByText('Mae 2 berson wedi pleidleisio yn yr ystafell.')).toBeVisible();
	expect(await scanWithAxe(welsh)).toEqual([]);
});
