import { expect, test, type Page } from '@playwright/test';

const phone = { width: 360, height: 740 };

async function walkHomeToCycle(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Places taking part' })).toBeVisible();
	await page.getByRole('link', { name: 'Brookfield' }).click();
	await expect(page).toHaveURL(/\/places\/brookfield$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Brookfield' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'The team' })).toBeVisible();

	// The current cycle's timeline shows four phases and which one is open now.
	const timeline = page.getByRole('list').filter({ has: page.getByRole('heading', { name: 'Discover' }) });
	await expect(timeline.locator(':scope > li')).toHaveCount(4);
	const current = timeline.locator('[aria-current="step"]');
	await expect(current).toHaveCount(1);
	await expect(current).toContainText('Open now');
	await expect(current).toContainText('What you can do');

	// Past cycles are listed and reachable.
	await expect(page.getByRole('link', { name: 'Safer walks to school' })).toBeVisible();

	await page.getByRole('link', { name: 'Spaces to meet' }).first().click();
	await expect(page).toHaveURL(/\/places\/brookfield\/cycles\/2026-spaces-to-meet$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Spaces to meet' })).toBeVisible();
	await expect(page.getByText(/^Now: /)).toBeVisible();
}

async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('a resident on a 360 px phone', () => {
	test.use({ viewport: phone });

	test('goes from the places to a place to its cycle with JavaScript on', async ({ page }) => {
		await walkHomeToCycle(page);
		await expectNoSidewaysScroll(page);
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('goes from the places to a place to its cycle', async ({ page }) => {
			await walkHomeToCycle(page);
			await expectNoSidewaysScroll(page);
		});

		test('switches to Welsh with a plain link, and the choice sticks', async ({ page }) => {
			await page.goto('/places/st-elwyns');
			await page.getByRole('link', { name: /Cymraeg/ }).click();
			await expect(page).toHaveURL(/\/cy\/places\/st-elwyns$/);
			await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
			await expect(page.getByRole('heading', { level: 1, name: 'Llanelwyn' })).toBeVisible();

			// Links on a Welsh page stay Welsh…
			await page.getByRole('link', { name: 'Pob lle' }).click();
			await expect(page).toHaveURL(/\/cy\/?$/);
			// …and coming back to the front door later brings the Welsh home page.
			await page.goto('/');
			await expect(page).toHaveURL(/\/cy\/?$/);
			await expect(page.getByRole('heading', { level: 1, name: "Lleoedd sy'n cymryd rhan" })).toBeVisible();

			// Switching back to English is remembered too.
			await page.getByRole('link', { name: /English/ }).click();
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		});
	});
});

test('the Welsh pages are in Welsh, dates included', async ({ page }) => {
	await page.goto('/cy/places/st-elwyns');
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await expect(page.getByRole('heading', { name: 'Y pedwar cam' }).or(page.getByRole('heading', { name: "Beth rydyn ni'n gweithio arno nawr" }))).toBeVisible();
	await expect(page.getByText('Ar agor nawr')).toBeVisible();
	await expect(page.locator('.timeline-dates').first()).toHaveText(/Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr/);
});

test('English text on a Welsh page is marked as English for screen readers', async ({ page }) => {
	await page.goto('/cy/places/brookfield');
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
});

test('an unknown place gets a 404 page in the reader’s language', async ({ page }) => {
	const response = await page.goto('/cy/places/nowhere');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Heb ddod o hyd i'r dudalen");
});

test('the language switch never redirects to another site', async ({ request }) => {
	const response = await request.get('/language/cy?next=//evil.example/', { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toBe('/cy/');
});
