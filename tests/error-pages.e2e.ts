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
