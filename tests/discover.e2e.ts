import { expect, test } from '@playwright/test';
import { readLatestEmail, signInAsStaff, signInByCode, staffEmail } from './support/accounts';

test.describe('on a phone without JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('a resident says what matters, keeps their words on an error, and adds "me too"', async ({ page }) => {
		await page.goto('/places/northgate/cycles/2026-the-green');
		await expect(page.getByRole('heading', { name: 'What matters to people' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'What the area already has' })).toBeVisible();
		await page.getByRole('link', { name: 'Sign in to add what matters to you' }).click();

		const email = `green-${Date.now()}@example.org`;
		await page.getByLabel('Email address').fill(email);
		await page.getByRole('button', { name: 'Email me a code' }).click();
		await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
		const code = (await readLatestEmail(page, email)).match(/\b(\d{6})\b/)![1];
		await page.goto('/sign-in/code');
		await page.getByLabel('Code').fill(code);
		await page.getByRole('button', { name: 'Sign in' }).click();

		await page.goto('/places/northgate/cycles/2026-the-green');
		const words = 'A covered bench by the bus stop. '.repeat(20);
		await page.getByLabel('Something that matters to me').check();
		await page.getByLabel('In your own words').fill(words);
		await page.getByLabel('Where (optional)').fill('Bus stop on Ring Road');
		await page.getByRole('button', { name: 'Post' }).click();
		await expect(page.getByRole('alert')).toContainText('Use 500 characters or fewer');
		expect((await page.getByLabel('In your own words').inputValue()).trim()).toBe(words.trim());
		await expect(page.getByLabel('Where (optional)')).toHaveValue('Bus stop on Ring Road');

		await page.getByLabel('In your own words').fill('A covered bench by the bus stop.');
		await page.getByRole('button', { name: 'Post' }).click();
		await expect(page.getByRole('status')).toContainText('Thank you');
		const mine = page.getByRole('listitem').filter({ hasText: 'A covered bench by the bus stop.' });
		await expect(mine).toContainText('0 said me too');

		// A NUL character (U+0000) pasted into a text field is dropped where forms are read, not an error page.
		// The page's own address, without the ?/post the no-JavaScript form left in it.
		const here = new URL(page.url());
		const withNul = await page.request.post(`${here.origin}${here.pathname}?/post`, {
			form: { kind: 'need', body: 'Shade for the\u0000 sandpit.', locationText: '' },
			headers: { origin: here.origin }
		});
		expect(withNul.status()).toBe(200);
		await page.reload();
		await expect(page.getByRole('listitem').filter({ hasText: 'Shade for the sandpit.' })).toBeVisible();

		// Five neighbours said it already in the demo; pressing adds one, once.
		const other = page.getByRole('listitem').filter({ hasText: 'Benches! My mum' });
		await expect(other).toContainText('5 said me too');
		await other.getByRole('button', { name: /Me too/ }).click();
		await expect(page.getByRole('listitem').filter({ hasText: 'Benches! My mum' })).toContainText('6 said me too · You said me too');
	});
});

test('a cycle whose discover phase is over refuses new posts, in plain words', async ({ page }) => {
	await page.goto('/places/brookfield/cycles/2026-spaces-to-meet');
	await expect(page.getByText('Posting is closed: the discover phase is not open.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Post' })).toHaveCount(0);
});

test('a resident reports a post; the lead sees the report, hides it with a public reason; the author is told', async ({ page, browser }) => {
	// A resident posts on Northgate's green.
	const resident = await browser.newContext();
	const theirs = await resident.newPage();
	const email = `hidden-${Date.now()}@example.org`;
	await signInByCode(theirs, email);
	await theirs.goto('/places/northgate/cycles/2026-the-green');
	const words = `The man at number 12 is a menace ${Date.now()}`;
	await theirs.getByLabel('In your own words').fill(words);
	await theirs.getByRole('button', { name: 'Post' }).click();
	await expect(theirs.getByRole('status')).toContainText('Thank you');
	await resident.close();

	// Another resident reports it; the report shows only to the place's moderators and lead.
	const reporter = await browser.newContext();
	const reporterPage = await reporter.newPage();
	const reporterEmail = `reporter-${Date.now()}@example.org`;
	await signInByCode(reporterPage, reporterEmail);
	await reporterPage.goto('/places/northgate/cycles/2026-the-green');
	await reporterPage.getByRole('listitem').filter({ hasText: words }).getByRole('button', { name: /Report to the moderators/ }).click();
	await expect(reporterPage.getByRole('status')).toContainText('moderators will look at it');
	await expect(reporterPage.getByRole('listitem').filter({ hasText: words })).toContainText('You reported this');
	await expect(reporterPage.getByText('Reported by')).toHaveCount(0);
	await reporter.close();

	await signInAsStaff(page, staffEmail('northgate', 'lead'));
	await page.goto('/places/northgate/cycles/2026-the-green');
	const post = page.getByRole('listitem').filter({ hasText: words });
	await expect(post).toContainText('Reported by 1');
	await post.getByRole('button', { name: /Hide/ }).click();
	await expect(page.getByRole('alert')).toContainText('Give a reason');
	await page.getByRole('listitem').filter({ hasText: words }).getByLabel('Reason for hiding').fill('it names a neighbour');
	await page.getByRole('listitem').filter({ hasText: words }).getByRole('button', { name: /Hide/ }).click();
	await expect(page.getByRole('status')).toContainText('Hidden.');
	await expect(page.getByText(words)).toHaveCount(0);
	await expect(page.getByText('Hidden because: it names a neighbour')).toBeVisible();
	expect(await readLatestEmail(page, email)).toContain('it names a neighbour');
});
