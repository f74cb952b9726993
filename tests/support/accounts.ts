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
