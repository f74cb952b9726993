import { expect, test } from '@playwright/test';
import { CHANGED_BY_ACCOUNT_TESTS, unusedTotp, readLatestEmail, signInAsStaff, staffEmail } from './support/accounts';

test.describe('on a phone without JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('a resident signs in with an emailed code', async ({ page }) => {
		const email = `resident-${Date.now()}@example.org`;
		await page.goto('/');
		await page.getByRole('link', { name: 'Sign in' }).click();
		await page.getByLabel('Email address').fill(email);
		await page.getByRole('button', { name: 'Email me a code' }).click();
		await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();

		const code = (await readLatestEmail(page, email)).match(/\b(\d{6})\b/)?.[1];
		expect(code).toMatch(/^\d{6}$/);
		await page.goBack();
		await page.getByLabel('Code').fill(code!);
		await page.getByRole('button', { name: 'Sign in' }).click();

		// Back on the page they signed in from (the home page), signed in.
		await expect(page.getByRole('heading', { level: 1, name: 'Places taking part' })).toBeVisible();
		await page.getByRole('link', { name: 'Your account' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
		await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
	});

	test('a wrong code is refused, says how many tries are left, and keeps what was typed', async ({ page }) => {
		const email = `typo-${Date.now()}@example.org`;
		await page.goto('/sign-in');
		await page.getByLabel('Email address').fill(email);
		await page.getByRole('button', { name: 'Email me a code' }).click();
		await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
		const code = (await readLatestEmail(page, email)).match(/\b(\d{6})\b/)![1];
		const wrong = code === '000000' ? '111111' : '000000';
		await page.goto('/sign-in/code');
		await page.getByLabel('Code').fill(wrong);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toContainText('That code is not right. You can try 4 more times.');
		await expect(page.getByLabel('Code')).toHaveValue(wrong);
	});

	test('bad input gets a clear message in Welsh, and the form keeps it', async ({ page }) => {
		await page.goto('/cy/sign-in');
		await page.getByLabel('Cyfeiriad e-bost').fill('<script>alert(1)</script>');
		await page.getByRole('button', { name: 'Anfon cod ataf' }).click();
		await expect(page.getByRole('alert')).toContainText('Rhowch gyfeiriad e-bost fel enw@enghraifft.com');
		await expect(page.getByLabel('Cyfeiriad e-bost')).toHaveValue('<script>alert(1)</script>');
	});

	test('a lead invites a team member, who accepts and joins', async ({ page, browser }) => {
		await signInAsStaff(page, staffEmail('northgate', 'lead'));
		await page.goto('/account');
		await page.getByRole('link', { name: 'Northgate Estate', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Team for Northgate Estate' })).toBeVisible();
		const invitee = `new-facilitator-${Date.now()}@example.org`;
		const name = `Rosa ${Date.now()}`;
		await page.getByLabel('Email address').fill(invitee);
		await page.getByLabel('Role', { exact: true }).selectOption('facilitator');
		await page.getByRole('button', { name: 'Send invitation' }).click();
		await expect(page.getByRole('status')).toContainText(`Invitation sent to ${invitee}`);

		const link = (await readLatestEmail(page, invitee)).match(/https?:\/\/\S+\/invitations\/\w+/)![0];
		const invited = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
		const theirPage = await invited.newPage();
		await theirPage.goto(new URL(link).pathname);
		await expect(theirPage.getByRole('heading', { name: 'Join the Northgate Estate team' })).toBeVisible();
		await theirPage.getByLabel('Your name').fill(name);
		await theirPage.getByLabel('Choose a password').fill('short');
		await theirPage.getByRole('button', { name: 'Accept and join' }).click();
		await expect(theirPage.getByRole('alert')).toContainText('Password must be 12 characters or more');
		await expect(theirPage.getByLabel('Your name')).toHaveValue(name);
		await theirPage.getByLabel('Choose a password').fill('a long enough password');
		await theirPage.getByRole('button', { name: 'Accept and join' }).click();
		await expect(theirPage.getByRole('heading', { level: 1, name: 'Northgate Estate: team home' })).toBeVisible();
		await theirPage.goto('/places/northgate/team');
		await expect(theirPage.getByText(name, { exact: true })).toBeVisible();
		await invited.close();

		// The lead sees the new member, and the audit record shows the invitation and acceptance.
		await page.goto('/places/northgate/team');
		await expect(page.getByText(name, { exact: true })).toBeVisible();
		await page.getByRole('link', { name: 'See the record of what the team has done' }).click();
		await expect(page.getByText('Joined the team')).toBeVisible();
		await expect(page.getByText(/The record is complete and unchanged/)).toBeVisible();
	});
});

test('a steward signs in with two steps and sets up a place, inviting its lead', async ({ page }) => {
	await signInAsStaff(page, 'steward@placecraft.example');
	await page.goto('/account');
	await page.getByRole('link', { name: 'Set up a place' }).click();
	const slug = `hillside-${Date.now()}`;
	await page.getByLabel('Web address').fill(slug);
	await page.getByLabel('Name in English').fill('Hillside');
	await page.getByLabel('Email address of the place lead').fill(`lead-${slug}@example.org`);
	await page.getByRole('button', { name: 'Create place and invite lead' }).click();
	await expect(page.getByRole('status')).toContainText('Place created and lead invited');
	expect(await readLatestEmail(page, `lead-${slug}@example.org`)).toContain('/invitations/');

	// Same address again: refused with a clear message, what was typed kept.
	await page.goto('/steward');
	await page.getByLabel('Web address').fill(slug);
	await page.getByLabel('Name in English').fill('Hillside again');
	await page.getByLabel('Email address of the place lead').fill('x@example.org');
	await page.getByRole('button', { name: 'Create place and invite lead' }).click();
	await expect(page.getByRole('alert')).toContainText('Another place already uses that web address');
	await expect(page.getByLabel('Name in English')).toHaveValue('Hillside again');
});

test('a team member resets a forgotten password; every other session ends', async ({ page, browser }) => {
	// An account no other test signs in as: the reset ends every session it has.
	const email = CHANGED_BY_ACCOUNT_TESTS.passwordReset;
	const elsewhere = await browser.newContext();
	const otherDevice = await elsewhere.newPage();
	await signInAsStaff(otherDevice, email, undefined, { changesTheAccount: true });

	await page.goto('/staff/sign-in');
	await page.getByRole('link', { name: 'Forgotten your password?' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
	await page.getByLabel('Email address').fill(email);
	await page.getByRole('button', { name: 'Email me a code' }).click();
	await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
	const code = (await readLatestEmail(page, email)).match(/\b(\d{6})\b/)![1];
	await page.goto('/staff/reset-password/code');
	await page.getByLabel('Code').fill(code);
	await page.getByLabel('Choose a password').fill('a brand new password');
	await page.getByRole('button', { name: 'Save new password' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();

	await otherDevice.goto('/account');
	await expect(otherDevice).toHaveURL(/\/sign-in$/);
	await elsewhere.close();

	// The old password no longer works; the new one does.
	await page.getByRole('button', { name: 'Sign out' }).click();
	await signInAsStaff(page, email, 'a brand new password', { changesTheAccount: true });
});

test('a reset request does not reveal whether an address has an account', async ({ page }) => {
	await page.goto('/staff/reset-password');
	await page.getByLabel('Email address').fill('nobody-here@example.org');
	await page.getByRole('button', { name: 'Email me a code' }).click();
	await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
	await page.goto('/dev/outbox?to=nobody-here@example.org');
	await expect(page.getByText('No emails yet.')).toBeVisible();
});

test('a lead changes their password and stays signed in', async ({ page }) => {
	await signInAsStaff(page, CHANGED_BY_ACCOUNT_TESTS.passwordChanged, undefined, { changesTheAccount: true });
	await page.goto('/account');
	await page.getByRole('link', { name: 'Change your password' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
	await page.getByLabel('Current password').fill('not the password');
	await page.getByLabel('Choose a password').fill('another long password');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('alert')).toContainText('Your current password is not right');
	await page.getByLabel('Current password').fill('placecraft-demo-password');
	await page.getByLabel('Choose a password').fill('another long password');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('status')).toContainText('Your password has been changed');
	await page.goto('/account');
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
});

test('a state-changing request must come from our own site', async ({ request, baseURL }) => {
	const foreign = await request.post('/places/brookfield/team?/invite', {
		data: { email: 'x@example.org', role: 'lead' },
		headers: { origin: 'https://evil.example' },
		failOnStatusCode: false
	});
	expect(foreign.status()).toBe(403);
	const noOrigin = await request.fetch('/sign-out', { method: 'DELETE', failOnStatusCode: false });
	expect(noOrigin.status()).toBe(403);
	// A phone that reached the server by another address of the same machine (a workshop laptop on
	// the room's Wi-Fi) posts forms fine: its Origin matches the host it asked for.
	const sameMachine = new URL(baseURL!.replace('127.0.0.1', 'localhost'));
	const viaOtherAddress = await request.post(`${sameMachine.origin}/sign-in`, {
		form: { email: 'laptop@example.org' },
		headers: { origin: sameMachine.origin, accept: 'text/html' },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	expect(viaOtherAddress.status()).toBe(303);
});

test('hostile or oversized form posts get a clear 4xx, never a server error', async ({ request, baseURL }) => {
	const post = (data: string, type = 'application/x-www-form-urlencoded') =>
		request.post('/sign-in', { data, headers: { origin: baseURL!, accept: 'text/html', 'content-type': type }, failOnStatusCode: false, maxRedirects: 0 });
	expect((await post(`email=${'a'.repeat(10 * 1024 * 1024)}`)).status()).toBe(400);
	expect((await post('garbage', 'multipart/form-data; boundary=xx')).status()).toBe(400);
	expect((await post(`email=${'a'.repeat(5000)}@x.org&isSteward=true`)).status()).toBe(400);
	const page = await (await post('email=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')).text();
	// What was typed comes back escaped, never as markup.
	expect(page).toContain('&lt;img src=x onerror=alert(1)');
	expect(page).not.toContain('<img src=x');
});

test('a team member turns on two-step sign-in, and then needs it to act for the place', async ({ page }) => {
	// An account no other browser test signs in as: after this test it needs the second step.
	const email = CHANGED_BY_ACCOUNT_TESTS.twoStepTurnedOn;
	await signInAsStaff(page, email, undefined, { changesTheAccount: true });
	await page.goto('/account');
	await page.getByRole('link', { name: 'Turn on two-step sign-in' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Set up two-step sign-in' })).toBeVisible();
	const key = (await page.getByTestId('totp-key').textContent())!.trim();
	const firstCode = await unusedTotp(key);
	await page.getByLabel('Code').fill(firstCode);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByText('Two-step sign-in is on.')).toBeVisible();

	// Next time, the password alone does not give back the place's team page.
	await page.getByRole('button', { name: 'Sign out' }).click();
	await page.goto('/staff/sign-in');
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill('placecraft-demo-password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' })).toBeVisible();
	expect((await page.goto('/places/st-elwyns/team'))?.status()).toBe(403);
	await page.goto('/staff/two-factor');
	// A code is spent once used: someone who saw it over a shoulder cannot sign in with it.
	await page.getByLabel('Code').fill(firstCode);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('alert')).toContainText('That code has already been used.');
	await page.getByLabel('Code').fill(await unusedTotp(key));
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.goto('/places/st-elwyns/team');
	await expect(page.getByRole('heading', { level: 1, name: "Team for St Elwyn's" })).toBeVisible();
});
