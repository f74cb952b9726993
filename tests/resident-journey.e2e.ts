import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import postgres from 'postgres';
import { DEMO_LETTER_CODES } from '../src/lib/server/seed/demo-letter-codes';
import { useAppOfItsOwn } from './support/app-of-its-own';
import { postForm, readLatestEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

/*
 * The resident's way in, on a 360 px phone: from a letter's QR code, or from a link to the vote with
 * an email address, to the receipt — with JavaScript on and off, in English and Welsh. Each tap a
 * resident makes goes through `tap`/`type`, so the test counts them and reports the figures.
 * Ranked and points ballots are tapped on a database of this file's own (the demo vote is approval).
 */

const CYCLE = '/places/st-elwyns/cycles/2026-a-place-for-young-people';
const VOTE = `${CYCLE}/vote`;
const SKATE = /Skate and scooter park on the old bowling green — £26,500/;
const BUS = /Late bus home from town on Saturday nights — £11,200/;

test.use({ viewport: { width: 360, height: 740 } });

/** Counts a resident's taps: a tap on a link or button, or a tap into a field and a paste. */
function tapCounter() {
	let taps = 0;
	return {
		tap: async (target: Locator) => {
			taps += 1;
			await target.click();
		},
		type: async (target: Locator, text: string) => {
			taps += 1;
			await target.fill(text);
		},
		get count() {
			return taps;
		},
		report(journey: string) {
			test.info().annotations.push({ type: 'taps', description: `${journey}: ${taps}` });
			console.log(`taps — ${journey}: ${taps}`);
		}
	};
}

/** The card row of a proposal (its label), what a resident taps to choose it. */
const cardRow = (page: Page, title: RegExp) => page.locator('label.ballot-label').filter({ hasText: title });

async function expectNoSidewaysScroll(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('a resident scans the QR code on their letter and votes in four taps', async ({ page }) => {
			test.slow();
			const taps = tapCounter();
			// The scan opens /v/<code>: straight to the vote, no account, nothing to type.
			await page.goto(`/v/${DEMO_LETTER_CODES[javaScriptEnabled ? 3 : 4]}`);
			await expect(page).toHaveURL(new RegExp(`${VOTE}$`));
			await taps.tap(page.getByRole('link', { name: 'Outdoors', exact: true }));
			await expect(page.getByText('You are voting with the code from your letter.')).toBeVisible();

			// Each proposal is a card: photo, title and cost, two lines of summary that open in place.
			const skate = cardRow(page, SKATE);
			expect((await skate.boundingBox())!.height).toBeGreaterThanOrEqual(44);
			const more = page.locator('details.ballot-more').first();
			await more.locator('summary').click();
			await expect(more.getByRole('link', { name: 'See the whole proposal' })).toBeVisible();
			await taps.tap(skate);
			await expect(page.getByLabel(SKATE)).toBeChecked();
			if (javaScriptEnabled) {
				// The meter sits at the foot of the screen while the proposals scroll.
				const meter = page.locator('.ballot-meter');
				await expect(meter).toHaveText('1 of 3 chosen');
				const box = (await meter.boundingBox())!;
				expect(box.y + box.height).toBeLessThanOrEqual(740);
				expect(await scanWithAxe(page)).toEqual([]);
				await page.screenshot({ path: `test-results/journey-ballot-${process.env.E2E_PORT}.png` });
			}
			await expectNoSidewaysScroll(page);

			await taps.tap(page.getByRole('button', { name: 'Check my vote' }));
			await expect(page.getByRole('heading', { name: 'Check your vote' })).toBeVisible();
			await expect(page.locator('.review-list li')).toHaveText([SKATE]);
			await taps.tap(page.getByRole('button', { name: 'Send my vote' }));
			await expect(page.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();
			expect(taps.count).toBe(4);
			taps.report(`letter QR code to receipt, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
			if (javaScriptEnabled) expect(await scanWithAxe(page)).toEqual([]);
		});

		test('a resident with an email address chooses, signs in, and comes back to the vote with their choice kept', async ({ page, context }) => {
			test.slow();
			const email = `journey-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}@example.org`;
			const taps = tapCounter();
			// A link to the vote (a text, an email, a poster): the pots first.
			await page.goto(VOTE);
			await taps.tap(page.getByRole('link', { name: 'Evenings and getting about', exact: true }));
			await expect(page.getByText('Your choices are kept.', { exact: false })).toBeVisible();
			await taps.tap(cardRow(page, BUS));
			await taps.tap(page.getByRole('button', { name: 'Sign in to vote' }));

			await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
			await taps.type(page.getByLabel('Email address'), email);
			await taps.tap(page.getByRole('button', { name: 'Email me a code' }));
			await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
			// The code, read in the resident's email app (another tab: not a tap on our pages).
			const mail = await context.newPage();
			const code = (await readLatestEmail(mail, email)).match(/\b(\d{6})\b/)![1];
			await mail.close();
			// Pasted as some apps copy it, with a space in the middle.
			await taps.type(page.getByLabel('Code'), `${code.slice(0, 3)} ${code.slice(3)}`);
			await taps.tap(page.getByRole('button', { name: 'Sign in' }));

			// Back on the ballot they left, in the pot they chose, with the late bus still ticked.
			await expect(page).toHaveURL(new RegExp(`${VOTE}\\?pot=`));
			await expect(page.getByLabel(BUS)).toBeChecked();
			await taps.tap(page.getByRole('button', { name: 'Check my vote' }));
			await expect(page.locator('.review-list li')).toHaveText([BUS]);
			await taps.tap(page.getByRole('button', { name: 'Send my vote' }));
			await expect(page.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();
			expect(taps.count).toBeLessThanOrEqual(10);
			taps.report(`link to the vote to receipt with email sign-in, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
		});
	});
}

test('in Welsh, a letter’s QR code leads to a Welsh ballot of cards and a Welsh receipt', async ({ page }) => {
	test.slow();
	await page.goto(`/cy/v/${DEMO_LETTER_CODES[6]}`);
	await expect(page).toHaveURL(new RegExp(`/cy${VOTE}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await page.locator('.pot-list a').nth(1).click();
	await page.locator('label.ballot-label').first().click();
	await expect(page.locator('.ballot-meter')).toHaveText('1 o 3 wedi’u dewis');
	await expect(page.locator('details.ballot-more summary').first()).toContainText('Darllen mwy');
	expect(await scanWithAxe(page)).toEqual([]);
	await expectNoSidewaysScroll(page);
	await page.screenshot({ path: `test-results/journey-ballot-cy-${process.env.E2E_PORT}.png`, fullPage: true });
	await page.getByRole('button', { name: 'Gwirio fy mhleidlais' }).click();
	await page.getByRole('button', { name: 'Anfon fy mhleidlais' }).click();
	await expect(page.getByRole('heading', { name: 'Diolch: mae eich pleidlais i mewn' })).toBeVisible();
	expect(await scanWithAxe(page)).toEqual([]);
});

test('whatever is open now leads the home, place and cycle pages as a big button with its deadline', async ({ page }) => {
	const vote = /^Vote on £[\d,]+ for St Elwyn.s — closes /;
	for (const path of ['/', '/places/st-elwyns', CYCLE]) {
		await page.goto(path);
		const button = page.getByRole('link', { name: vote });
		await expect(button).toBeVisible();
		expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await expectNoSidewaysScroll(page);
		expect(await scanWithAxe(page)).toEqual([]);
	}
	// Brookfield is in co-create: its call is to send in an idea.
	await page.goto('/places/brookfield');
	await expect(page.getByRole('link', { name: /^Send in your idea/ })).toHaveAttribute('href', /\/proposals\/new$/);
	await page.goto('/');
	await page.getByRole('link', { name: vote }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Vote on how the money is spent' })).toBeVisible();

	await page.goto('/cy/places/st-elwyns');
	await expect(page.getByRole('link', { name: /^Pleidleisiwch ar sut i wario £[\d,]+ yn / })).toBeVisible();
	await page.screenshot({ path: `test-results/journey-place-cy-${process.env.E2E_PORT}.png` });
	expect(await scanWithAxe(page)).toEqual([]);
});

test('sign-in never returns anyone to another site', async ({ page }) => {
	await page.goto(`/sign-in?next=${encodeURIComponent('//evil.example/phish')}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
	const origin = new URL(page.url()).origin;
	const response = await postForm(page.request, origin, `/sign-in?next=${encodeURIComponent('https://evil.example/')}`, { email: `next-${Date.now()}@example.org` });
	expect(response.status()).toBe(303);
	expect(response.headers().location).toBe('/sign-in/code');
});

/*
 * Ranked and points ballots, tapped. The demo vote is approval, and other tests vote in it at the same
 * time: so these run on a database of their own (Postgres: DATABASE_URL, else the local test
 * database; skipped where none answers) and the app the webServer built, with the vote's ballot
 * switched between them.
 */
test.describe.serial('ranked and points ballots by tapping', () => {
	const JOBS = /Paid summer jobs in the cathedral gardens — £9,600/;
	const app = useAppOfItsOwn('journey', VOTE, 'the ballot type is switched straight in the database, which an app on its embedded one keeps to itself');

	/** The place's team's choice of ballot for the vote (read afresh on every page). */
	const chooseBallot = (settings: Record<string, unknown>) =>
		app().sql`update phases set settings = settings || ${app().sql.json(settings as postgres.JSONValue)}
			where kind = 'test' and cycle_id = (select id from cycles where slug = '2026-a-place-for-young-people')`;
	const phone = (browser: Browser, javaScriptEnabled: boolean) => app().phone(browser, javaScriptEnabled);

	test('a ranked ballot is ordered by tapping, 1st then 2nd, with an undo; without JavaScript by choosing from lists', async ({ browser }) => {
		test.slow();
		await chooseBallot({ ballotType: 'ranked', rankedTop: 3 });
		const page = await phone(browser, true);
		const taps = tapCounter();
		await page.goto(`/v/${DEMO_LETTER_CODES[1]}`);
		await taps.tap(page.getByRole('link', { name: 'Outdoors', exact: true }));
		await expect(page.locator('select')).toHaveCount(0);
		const skate = page.getByRole('button', { name: SKATE });
		const jobs = page.getByRole('button', { name: JOBS });
		await taps.tap(jobs);
		await taps.tap(skate);
		await expect(jobs).toContainText('1st');
		await expect(skate).toContainText('2nd');
		await expect(skate).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.ballot-meter')).toContainText('2 of 3 chosen');
		await page.screenshot({ path: `test-results/journey-ranked-${process.env.E2E_PORT}.png` });
		expect((await skate.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		expect(await scanWithAxe(page)).toEqual([]);
		// Undo takes back the last tap; tapping a ranked one takes it off and moves the rest up.
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(skate).toContainText('Not ranked yet');
		await taps.tap(skate);
		await taps.tap(jobs);
		await expect(skate).toContainText('1st');
		await taps.tap(jobs);
		await taps.tap(page.getByRole('button', { name: 'Check my vote' }));
		await expect(page.locator('.review-list li')).toHaveText([SKATE, JOBS]);
		await taps.tap(page.getByRole('button', { name: 'Send my vote' }));
		await expect(page.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();
		taps.report('ranked, letter QR code to receipt (two ranked, one changed), JavaScript on');

		const plain = await phone(browser, false);
		await plain.goto(`/v/${DEMO_LETTER_CODES[3]}`);
		await plain.getByRole('link', { name: 'Outdoors', exact: true }).click();
		await plain.getByLabel(JOBS).selectOption({ label: '1st' });
		await plain.getByLabel(SKATE).selectOption({ label: '2nd' });
		await plain.getByRole('button', { name: 'Check my vote' }).click();
		await expect(plain.locator('.review-list li')).toHaveText([JOBS, SKATE]);
		await plain.getByRole('button', { name: 'Send my vote' }).click();
		await expect(plain.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();
	});

	test('points are given with − and + steppers; without JavaScript they are typed', async ({ browser }) => {
		test.slow();
		await chooseBallot({ ballotType: 'cumulative', cumulativePoints: 5, cumulativeMaxPerProject: 3 });
		const page = await phone(browser, true);
		await page.goto(`/v/${DEMO_LETTER_CODES[4]}`);
		await page.getByRole('link', { name: 'Outdoors', exact: true }).click();
		const more = page.getByRole('button', { name: /One point more for Skate and scooter park/ });
		await more.click();
		await more.click();
		await more.click();
		await more.click(); // at most 3 on one proposal: the stepper stops there
		await expect(page.getByLabel(SKATE)).toHaveValue('3');
		await expect(page.locator('.ballot-meter')).toHaveText('2 points left to give');
		await page.getByRole('button', { name: /One point less for Skate and scooter park/ }).click();
		await page.getByRole('button', { name: /One point more for Paid summer jobs/ }).click();
		await expect(page.locator('.ballot-meter')).toHaveText('2 points left to give');
		await page.screenshot({ path: `test-results/journey-points-${process.env.E2E_PORT}.png` });
		expect((await more.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		expect(await scanWithAxe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Check my vote' }).click();
		await expect(page.locator('.review-list li')).toHaveText([/Skate .* 2 points/, /Paid summer jobs .* 1 point/]);
		await page.getByRole('button', { name: 'Send my vote' }).click();
		await expect(page.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();

		const plain = await phone(browser, false);
		await plain.goto(`/v/${DEMO_LETTER_CODES[6]}`);
		await plain.getByRole('link', { name: 'Outdoors', exact: true }).click();
		await expect(plain.getByRole('button', { name: /One point more/ })).toHaveCount(0);
		await plain.getByLabel(SKATE).fill('4');
		await plain.getByRole('button', { name: 'Check my vote' }).click();
		await expect(plain.getByRole('alert')).toBeVisible();
		await expect(plain.getByLabel(SKATE)).toHaveValue('4');
		await plain.getByLabel(SKATE).fill('3');
		await plain.getByRole('button', { name: 'Check my vote' }).click();
		await plain.getByRole('button', { name: 'Send my vote' }).click();
		await expect(plain.getByRole('heading', { name: 'Thank you: your vote is in' })).toBeVisible();
	});
});
