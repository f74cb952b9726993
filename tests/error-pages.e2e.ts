import { expect, test } from '@playwright/test';
import { signInByCode } from './support/accounts';
import { scanWithAxe } from './support/axe';

test('a resident who opens a team page is told they cannot do that here, and how staff sign in', async ({ page }) => {
	await signInByCode(page, 'curious.resident@example.org');
	const response = await page.goto('/places/st-elwyns/team');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1, name: 'You cannot do that' })).toBeVisible();
	await expect(page.getByText('on our side')).toHaveCount(0);
	await expect(page.getByText('ask your place’s lead for the role you need')).toBeVisible();
	await page.getByRole('link', { name: 'Work for a place team? Sign in with your password' }).click();
	await expect(page).toHaveURL(/\/staff\/sign-in$/);

	await page.goto('/cy/places/st-elwyns/team');
	await expect(page.getByRole('heading', { level: 1, name: 'Ni allwch wneud hynny' })).toBeVisible();
	expect(await scanWithAxe(page)).toEqual([]);
});

test('a form too large to take is refused with words that say so, not as our failure', async ({ request, baseURL }) => {
	const response = await request.post('/sign-in', {
		data: `email=${'a'.repeat(20 * 1024 * 1024)}`,
		headers: { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		failOnStatusCode: false,
		maxRedirects: 0
	});
	expect(response.status()).toBe(413);
	const page = await response.text();
	expect(page).toContain('This form was too large');
	expect(page).not.toContain('on our side');
});
