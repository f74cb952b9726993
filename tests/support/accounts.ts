import { generateTOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

// The demo people documented in the README (seeded with the demo places).
export const DEMO_PASSWORD = 'placecraft-demo-password';
export const STEWARD = { email: 'steward@placecraft.example', totpKey: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
export const staffEmail = (place: string, role: 'lead' | 'team_member' | 'facilitator' | 'moderator') =>
	`${role.replace('_', '-')}.${place}@placecraft.example`;

export function currentTotp(key = STEWARD.totpKey): string {
	return generateTOTP(decodeBase32IgnorePadding(key), 30, 6);
}

/** The newest email to an address in the development outbox, as the page shows it. */
export async function readLatestEmail(page: Page, to: string): Promise<string> {
	await page.goto(`/dev/outbox?to=${encodeURIComponent(to)}`);
	const message = page.locator('.outbox-message').first();
	await expect(message).toBeVisible();
	return (await message.locator('.outbox-text').textContent()) ?? '';
}

/** Signs a browser in the way a resident does: an emailed code, read from the development outbox. */
export async function signInByCode(page: Page, email: string) {
	await page.goto('/sign-in');
	await page.getByLabel('Email address').fill(email);
	await page.getByRole('button', { name: 'Email me a code' }).click();
	// Wait for the next page: with JavaScript on, the form posts in the background, and leaving
	// for the outbox too early would cancel it.
	await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
	const code = (await readLatestEmail(page, email)).match(/\b(\d{6})\b/)![1];
	await page.goto('/sign-in/code');
	await page.getByLabel('Code').fill(code);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
}

export async function signInAsStaff(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/staff/sign-in');
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	if (email === STEWARD.email) {
		await page.getByLabel('Code').fill(currentTotp());
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
}

/** Posts a form the way a browser without JavaScript would, same-origin (SvelteKit checks Origin). */
export function postForm(request: APIRequestContext, baseURL: string, path: string, form: Record<string, string>) {
	return request.post(path, { form, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0, failOnStatusCode: false });
}
