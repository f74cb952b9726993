import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Cookie, type Page } from '@playwright/test';

// The demo people documented in the README (seeded with the demo places).
export const DEMO_PASSWORD = 'placecraft-demo-password';
export const STEWARD = { email: 'steward@placecraft.example', totpKey: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
export const staffEmail = (place: string, role: 'lead' | 'team_member' | 'facilitator' | 'moderator') =>
	`${role.replace('_', '-')}.${place}@placecraft.example`;

const STEP_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A two-step code the server has not seen yet. The server takes each 30-second step's code once and
 * only after the last one it took (a code is spent when used), and it allows one step of clock drift:
 * so tests in parallel workers that sign the same account in share a record of the last step handed
 * out (a file under .e2e/, changed under a lock directory), take the current step or the next one,
 * and wait for the clock only when both are taken.
 */
export async function unusedTotp(key = STEWARD.totpKey): Promise<string> {
	const dir = join('.e2e', `totp-${process.env.E2E_PORT ?? 'default'}`);
	await mkdir(dir, { recursive: true });
	const name = createHash('sha256').update(key).digest('hex').slice(0, 16);
	const lock = join(dir, `${name}.lock`);
	const record = join(dir, `${name}.step`);
	for (;;) {
		while (!(await mkdir(lock).then(() => true, () => false))) await sleep(20);
		let step: number;
		try {
			const last = Number(await readFile(record, 'utf8').catch(() => '-1'));
			const now = Math.floor(Date.now() / STEP_MS);
			step = Math.max(now, last + 1);
			if (step <= now + 1) {
				await writeFile(record, String(step));
				return generateHOTP(decodeBase32IgnorePadding(key), BigInt(step), 6);
			}
		} finally {
			await rmdir(lock);
		}
		await sleep((step - 1) * STEP_MS - Date.now() + 100);
	}
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

/*
 * Staff sign-ins are rate-limited per address (10 in 15 minutes) and per client address, as they
 * should be; the browser suite signs the same demo staff in from many tests at once. So a test
 * reuses the session an earlier test of this run made for the same account (cookies kept per
 * server, under .e2e/), and signs in afresh only when that session has ended (a sign-out, a
 * password change). Only sign-ins with the demo password are reused.
 */
const sessionDir = join('.e2e', `sessions-${process.env.E2E_PORT ?? 'default'}`);
const sessionFile = (email: string) => join(sessionDir, `${email.replace(/[^a-z0-9.-]/gi, '_')}.json`);

async function reuseSession(page: Page, email: string): Promise<boolean> {
	let cookies: Cookie[];
	try {
		cookies = JSON.parse(await readFile(sessionFile(email), 'utf8'));
	} catch {
		return false;
	}
	await page.context().addCookies(cookies);
	await page.goto('/account');
	if (new URL(page.url()).pathname === '/account' && (await page.getByRole('heading', { level: 1, name: 'Your account' }).isVisible())) return true;
	await page.context().clearCookies();
	return false;
}

async function keepSession(page: Page, email: string) {
	await mkdir(sessionDir, { recursive: true });
	const temporary = `${sessionFile(email)}.${process.pid}.${Date.now()}`;
	await writeFile(temporary, JSON.stringify(await page.context().cookies()));
	await rename(temporary, sessionFile(email));
}

/**
 * Demo accounts that tests/accounts.e2e.ts changes for the rest of a run (a new password, two-step
 * sign-in, a reset that ends every session). Any other test signing in as one of them would pass or
 * fail by which ran first, so signInAsStaff refuses them unless the caller says it is the one that
 * changes the account.
 */
export const CHANGED_BY_ACCOUNT_TESTS = {
	passwordChanged: staffEmail('st-elwyns', 'facilitator'),
	twoStepTurnedOn: staffEmail('st-elwyns', 'moderator'),
	passwordReset: staffEmail('northgate', 'team_member')
} as const;
const changedByAccountTests = new Set<string>(Object.values(CHANGED_BY_ACCOUNT_TESTS));

export async function signInAsStaff(page: Page, email: string, password = DEMO_PASSWORD, { changesTheAccount = false } = {}) {
	if (changedByAccountTests.has(email) && !changesTheAccount) {
		throw new Error(`${email} is changed by tests/accounts.e2e.ts during the run: sign in as another demo account`);
	}
	if (password === DEMO_PASSWORD && (await reuseSession(page, email))) return;
	await page.goto('/staff/sign-in');
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	if (email === STEWARD.email) {
		await page.getByLabel('Code').fill(await unusedTotp());
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	// Staff land where their work is: their place's home, a list of their places, the steward area, the
	// central services for a service's people (the account page only for someone on none of these). A reused session above is left on the account page.
	await expect(page).toHaveURL(/\/(places\/[^/]+\/home|staff\/places|steward|services|account)$/, { timeout: 15_000 });
	await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
	if (password === DEMO_PASSWORD) await keepSession(page, email);
}

/** Posts a form the way a browser without JavaScript would, same-origin (SvelteKit checks Origin). */
export function postForm(request: APIRequestContext, baseURL: string, path: string, form: Record<string, string>) {
	return request.post(path, { form, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0, failOnStatusCode: false });
}
