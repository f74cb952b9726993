import { expect, test } from '@playwright/test';
import { scanWithAxe } from './support/axe';

test('anyone can see the published checks on a place team’s record, and find them in its news feed', async ({ page, request }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/places/st-elwyns');
	await page.getByRole('link', { name: 'Checks on the team’s record' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Checks on the record of St Elwyn/ })).toBeVisible();
	// The app publishes each chain's head when it starts: the demo team's record has one.
	const fingerprint = page.locator('code.fingerprint').first();
	await expect(fingerprint).toHaveText(/^[0-9a-f]{64}$/);
	const hash = (await fingerprint.textContent())!;
	expect(await scanWithAxe(page)).toEqual([]);
	// No sideways scrolling on a phone: the fingerprint wraps.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	const feed = await (await request.get('/places/st-elwyns/feed.xml')).text();
	expect(feed).toContain('Record check — entries so far:');
	expect(feed).toContain(hash);
});
