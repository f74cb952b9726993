import { expect, test, type APIRequestContext } from '@playwright/test';
import { postForm, signInByCode } from './support/accounts';
import { scanWithAxe } from './support/axe';

const GROUP = '/groups/brookfield-youth-club';
const GROUP_ADMIN = 'youth-club@placecraft.example';

/** The same for a request context (no page): someone who has now signed in at least once. */
async function signInResident(request: APIRequestContext, baseURL: string, email: string) {
	await postForm(request, baseURL, '/sign-in', { email });
	const outbox = await (await request.get(`/dev/outbox?to=${encodeURIComponent(email)}`)).text();
	const code = outbox.match(/is (\d{6})\b/)![1];
	expect((await postForm(request, baseURL, '/sign-in/code?/verify', { code })).status()).toBe(303);
}

test.describe('on a phone without JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('a group admin edits the group and adds someone; other residents see no addresses and cannot act', async ({ page, playwright, baseURL }) => {
		const stamp = Date.now();
		const newcomer = `newcomer-${stamp}@example.org`;
		const outsider = `outsider-${stamp}@example.org`;
		const newcomerSession = await playwright.request.newContext({ baseURL });
		const outsiderSession = await playwright.request.newContext({ baseURL });
		await signInResident(newcomerSession, baseURL!, newcomer);
		await signInResident(outsiderSession, baseURL!, outsider);

		await signInByCode(page, GROUP_ADMIN);
		await page.getByRole('main').getByRole('link', { name: 'Community groups' }).click();
		await page.getByRole('link', { name: 'Brookfield Youth Club' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Brookfield Youth Club' })).toBeVisible();

		const description = `We meet on Tuesdays. Updated ${stamp}.`;
		await page.getByLabel('About the group').fill(description);
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByRole('status')).toContainText('Changes saved');
		await expect(page.getByRole('paragraph').filter({ hasText: description })).toBeVisible();

		// Someone who has never signed in cannot be added; the admin is told what to do, the form keeps the address.
		const stranger = `never-signed-in-${stamp}@example.org`;
		await page.getByLabel('Email address').fill(stranger);
		await page.getByRole('button', { name: 'Add to group' }).click();
		await expect(page.getByRole('alert')).toContainText('Ask them to sign in to Placecraft once, then add them');
		await expect(page.getByLabel('Email address')).toHaveValue(stranger);

		await page.getByLabel('Email address').fill(newcomer);
		await page.getByRole('button', { name: 'Add to group' }).click();
		await expect(page.getByRole('status')).toContainText(`${newcomer} added to the group`);
		const members = page.locator('#members + ul');
		await expect(members.getByText(`newcomer-${stamp}`, { exact: true })).toBeVisible();
		await expect(members).toContainText(newcomer);
		await expect(members).toContainText(GROUP_ADMIN);

		// The new member (not an admin) and someone outside the group: no addresses, and every admin action refused.
		for (const session of [newcomerSession, outsiderSession]) {
			const html = await (await session.get(GROUP)).text();
			expect(html).toContain(description);
			expect(html).not.toContain(GROUP_ADMIN);
			expect(html).not.toContain(newcomer);
			const tries = {
				edit: await postForm(session, baseURL!, `${GROUP}?/edit`, { name: 'Taken over', description: 'Taken over' }),
				addMember: await postForm(session, baseURL!, `${GROUP}?/addMember`, { email: outsider, role: 'admin' }),
				removeMember: await postForm(session, baseURL!, `${GROUP}?/removeMember`, { memberId: '00000000-0000-4000-8000-000000000001' })
			};
			expect(Object.fromEntries(Object.entries(tries).map(([action, response]) => [action, response.status()]))).toEqual({
				edit: 403,
				addMember: 403,
				removeMember: 403
			});
		}
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Brookfield Youth Club' })).toBeVisible();
		await expect(page.getByRole('paragraph').filter({ hasText: description })).toBeVisible();
		await expect(members).not.toContainText(outsider);
		await newcomerSession.dispose();
		await outsiderSession.dispose();
	});

	test('a resident starts a group: a taken web address is refused and what was typed is kept', async ({ page, request, baseURL }) => {
		const anonymous = await postForm(request, baseURL!, '/groups?/create', { name: 'Nobody', slug: 'nobody-group' });
		expect([anonymous.status(), anonymous.headers()['location']]).toEqual([303, '/sign-in']);

		await signInByCode(page, `founder-${Date.now()}@example.org`);
		await page.goto('/groups');
		await page.getByLabel('Name of the group').fill('Friends of the Park');
		await page.getByLabel('Web address').fill('brookfield-youth-club');
		await page.getByRole('button', { name: 'Create group' }).click();
		await expect(page.getByRole('alert')).toContainText('Another group already uses that web address');
		await expect(page.getByLabel('Name of the group')).toHaveValue('Friends of the Park');

		const slug = `friends-of-the-park-${Date.now()}`;
		await page.getByLabel('Web address').fill(slug);
		await page.getByRole('button', { name: 'Create group' }).click();
		await expect(page).toHaveURL(new RegExp(`/groups/${slug}$`));
		await expect(page.getByRole('heading', { level: 1, name: 'Friends of the Park' })).toBeVisible();
		await expect(page.getByText('You are in this group. Your role: Admin')).toBeVisible();
		await expect(page.getByText('Members: 1')).toBeVisible();
	});
});

test.describe('axe finds no violations on the group pages', () => {
	test.use({ bypassCSP: true, viewport: { width: 360, height: 740 } });

	test('as a visitor, in Welsh, and as an admin with a form error showing', async ({ page }) => {
		const found: Record<string, unknown> = {};
		const scan = async (name: string) => {
			const violations = await scanWithAxe(page);
			if (violations.length > 0) found[name] = violations;
		};
		for (const path of ['/groups', GROUP, '/cy/groups', `/cy${GROUP}`]) {
			await page.goto(path);
			await scan(path);
		}
		await expect(page.getByRole('heading', { level: 1, name: 'Brookfield Youth Club' })).toBeVisible();

		await signInByCode(page, `axe-founder-${Date.now()}@example.org`);
		await page.goto('/groups');
		const slug = `axe-group-${Date.now()}`;
		await page.getByLabel('Name of the group').fill('Axe group');
		await page.getByLabel('Web address').fill(slug);
		await page.getByRole('button', { name: 'Create group' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Axe group' })).toBeVisible();
		await scan('admin view');
		await page.getByLabel('Email address').fill('not-an-address');
		await page.getByRole('button', { name: 'Add to group' }).click();
		await expect(page.getByRole('alert')).toContainText('Enter an email address like name@example.com');
		await scan('admin view with an error');
		expect(found).toEqual({});
	});
});
