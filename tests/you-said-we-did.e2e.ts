import { expect, test } from '@playwright/test';
import { postForm, signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const YSWD = '/places/brookfield/you-said-we-did';
const SAFER_WALKS_LEARNING = '/places/brookfield/cycles/2025-safer-walks/learning';

test.describe('a resident on a phone without JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('reads what became of every reviewed idea, funded or not, and why', async ({ page }) => {
		const saferWalks = page.getByRole('region', { name: 'Safer walks to school' });
		const decision = saferWalks.getByRole('region', { name: 'What the team decided' });
		// The team's decision on the count, in its own words: the newest version the results page shows.
		// The decisions test publishes versions on the same demo database meanwhile, hence the retry.
		await expect(async () => {
			await page.goto('/places/brookfield/cycles/2025-safer-walks/results');
			const newest = (await page.locator('.decision-statement .decision-body').textContent())!.trim();
			expect(newest.length).toBeGreaterThan(20);
			await page.goto(YSWD);
			await expect(decision).toContainText(newest, { timeout: 1000 });
		}).toPass({ timeout: 15_000 });
		await expect(page.getByRole('heading', { level: 1, name: 'You said, we did' })).toBeVisible();
		await expect(decision.getByRole('link', { name: 'The full results and every version of the statement' })).toHaveAttribute('href', /\/results$/);
		const funded = saferWalks.locator('article').filter({ has: page.locator('.tag', { hasText: /^Funded$/ }) }).first();
		await expect(funded).toContainText('Sent in');
		await expect(funded).toContainText('by a resident');
		await expect(funded).toContainText('The team said: Checked with the school and the council; the cost is the quote we got.');
		await expect(funded).toContainText(/Funded in round \d+: \d+ supporters (each paid|paid between)/);
		const notFunded = saferWalks.locator('article').filter({ has: page.locator('.tag', { hasText: /^Not funded$/ }) }).first();
		await expect(notFunded).toContainText(/Not funded: /);
		await expect(notFunded.locator('h3 span[lang="en"]')).not.toBeEmpty();

		const spacesToMeet = page.getByRole('region', { name: 'Spaces to meet' });
		const benches = spacesToMeet.locator('article').filter({ hasText: 'Benches and a picnic table along the brook path' });
		await expect(benches).toContainText('Not feasible.');
		await expect(benches).toContainText('The team said: The brook path floods most winters');
		// Its story ends at the review: never on a ballot.
		await expect(benches).not.toContainText('On the ballot');
		// A proposal nobody has reviewed yet is not on the page.
		await expect(spacesToMeet).not.toContainText('Knit-and-natter kit');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

		await saferWalks.getByRole('link', { name: 'What the team learned from this cycle' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'What we learned' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'What worked' })).toContainText('61 paper votes');
		await expect(page.getByRole('region', { name: 'What it cost' })).toContainText('£4,900');
		await expect(page.getByRole('link', { name: 'Change the learning review' })).toHaveCount(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
});

test('the place’s feed is well-formed Atom with an entry for the counted vote', async ({ page }) => {
	const response = await page.request.get('/places/brookfield/feed.xml');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/atom+xml');
	const xml = await response.text();
	await page.goto(YSWD);
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/places/brookfield/feed.xml');
	const feed = await page.evaluate((text) => {
		const ATOM = 'http://www.w3.org/2005/Atom';
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.getElementsByTagName('parsererror').length > 0) return { error: doc.getElementsByTagName('parsererror')[0].textContent };
		const child = (parent: Element, name: string) => [...parent.children].find((c) => c.namespaceURI === ATOM && c.localName === name);
		const root = doc.documentElement;
		return {
			root: `${root.namespaceURI} ${root.localName}`,
			id: child(root, 'id')?.textContent,
			updated: child(root, 'updated')?.textContent,
			self: [...root.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href'),
			entries: [...root.getElementsByTagNameNS(ATOM, 'entry')].map((entry) => ({
				id: child(entry, 'id')?.textContent ?? '',
				title: child(entry, 'title')?.textContent ?? '',
				updated: child(entry, 'updated')?.textContent ?? '',
				summary: child(entry, 'summary')?.textContent ?? '',
				link: child(entry, 'link')?.getAttribute('href') ?? ''
			}))
		};
	}, xml);
	expect(feed).toMatchObject({ root: 'http://www.w3.org/2005/Atom feed', id: expect.stringMatching(/^urn:uuid:/), updated: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
	expect(feed.self).toMatch(/\/places\/brookfield\/feed\.xml$/);
	const counted = feed.entries!.find((entry) => entry.title === 'Votes counted: Safer walks to school')!;
	expect(counted.summary).toMatch(/^240 ballots counted\. Funded: .+\.$/);
	expect(counted.link).toMatch(/\/places\/brookfield\/cycles\/2025-safer-walks\/results$/);
	expect(feed.entries!.map((entry) => entry.title)).toContain('What we learned: Safer walks to school');
	for (const entry of feed.entries!) expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
	expect(feed.entries!.length).toBeLessThanOrEqual(50);
});

test.describe('the place team, with JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('Brookfield’s lead changes the published review, which stays published with the new words', async ({ page }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(SAFER_WALKS_LEARNING);
		expect(await scanWithAxe(page)).toEqual([]);
		await page.getByRole('link', { name: 'Change the learning review' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Learning review' })).toBeVisible();
		await expect(page.getByLabel('What worked')).toHaveValue(/61 paper votes/);
		const change = 'Start the school gate table in the first week, and ask the highways team first.';
		await page.getByLabel('What we would change').fill(change);
		expect(await scanWithAxe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByRole('status')).toHaveText('Changes saved. Everyone now sees the new text.');
		await expect(page.getByRole('region', { name: 'What we would change' })).toHaveText(new RegExp(change));
		await expect(page.getByText(/^Published on /)).toBeVisible();

		// Anyone else reads the new words too.
		const visitor = await page.context().browser()!.newPage();
		await visitor.goto(SAFER_WALKS_LEARNING);
		await expect(visitor.getByRole('region', { name: 'What we would change' })).toContainText(change);
		await visitor.close();
	});

	test('a draft review is the team’s until it is published with all four parts', async ({ page, browser }) => {
		const learning = '/places/brookfield/cycles/2026-spaces-to-meet/learning';
		await signInAsStaff(page, staffEmail('brookfield', 'team_member'));
		await page.goto(learning);
		await page.getByRole('link', { name: 'Write the learning review' }).click();
		await page.getByLabel('What worked').fill('Saturday drop-ins at the centre.');
		await page.getByRole('button', { name: 'Save draft' }).click();
		await expect(page.getByRole('status')).toHaveText('Draft saved. Only the place team can see it.');
		await expect(page.getByText('This is a draft. Only the place team can see it until it is published.')).toBeVisible();
		expect(await scanWithAxe(page)).toEqual([]);

		const visitor = await browser.newPage();
		expect((await visitor.goto(learning))!.status()).toBe(404);

		await page.getByRole('link', { name: 'Change the learning review' }).click();
		await page.getByRole('button', { name: 'Publish' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('Write what did not work before you publish');
		await expect(summary).toContainText('Write what it cost before you publish');
		await expect(page.getByLabel('What worked')).toHaveValue('Saturday drop-ins at the centre.');
		expect(await scanWithAxe(page)).toEqual([]);
		expect((await visitor.goto(learning))!.status()).toBe(404);
		await visitor.close();
	});

	test('St Elwyn’s lead cannot open or send Brookfield’s review form', async ({ page, baseURL }) => {
		await signInAsStaff(page, staffEmail('st-elwyns', 'lead'));
		expect((await page.goto(`${SAFER_WALKS_LEARNING}/edit`))!.status()).toBe(403);
		const sent = await postForm(page.request, baseURL!, `${SAFER_WALKS_LEARNING}/edit?/save`, { worked: 'x', didNotWork: 'x', cost: 'x', wouldChange: 'x', language: 'en' });
		expect(sent.status()).toBe(403);
		await page.goto(SAFER_WALKS_LEARNING);
		await expect(page.getByRole('region', { name: 'What worked' })).toContainText('61 paper votes');
	});

	test('the “You said, we did” page passes an accessibility scan', async ({ page }) => {
		await page.goto(YSWD);
		await expect(page.getByRole('heading', { level: 1, name: 'You said, we did' })).toBeVisible();
		expect(await scanWithAxe(page)).toEqual([]);
	});
});
