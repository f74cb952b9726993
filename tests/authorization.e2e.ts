import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { unusedTotp, DEMO_PASSWORD, postForm, signInAsStaff, STEWARD, staffEmail } from './support/accounts';
import { listFormMutations } from './support/route-guards';

/*
 * Every role of place A (Brookfield) — and a resident, and nobody at all — tries every staff form
 * action of place B (St Elwyn's) and of the steward area. Every one must be refused, and place B's
 * audit record (which every staff change writes to) and the list of places must be unchanged.
 * The list of actions is read from the route files, so a new action is tried as soon as it exists.
 */
const PLACE_A = 'brookfield';
const PLACE_B = 'st-elwyns';
const PLACE_B_CYCLE = '2026-a-place-for-young-people';
const GROUP = 'brookfield-youth-club'; // nobody below is in it: its admin actions are refused too
const routesDir = join(import.meta.dirname, '..', 'src', 'routes');

function routeFiles(dir: string): { path: string; source: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return routeFiles(path);
		return entry.name === '+page.server.ts' ? [{ path, source: readFileSync(path, 'utf8') }] : [];
	});
}

// Open to every signed-in person in any place (until places' eligibility rules cover them): tried by
// their own tests (discover, comments, proposals, vote), not here.
const OPEN_TO_RESIDENTS = new Set([
	'/places/[place]/cycles/[cycle] post',
	'/places/[place]/cycles/[cycle] support',
	'/places/[place]/cycles/[cycle] flag',
	'/places/[place]/cycles/[cycle]/posts/[post] comment',
	'/places/[place]/cycles/[cycle]/posts/[post] flag',
	'/places/[place]/cycles/[cycle]/proposals/new default',
	'/places/[place]/cycles/[cycle]/proposals/[number] flag',
	'/places/[place]/cycles/[cycle]/proposals/[number]/comments comment',
	'/places/[place]/cycles/[cycle]/proposals/[number]/comments flag',
	'/places/[place]/cycles/[cycle]/vote review',
	'/places/[place]/cycles/[cycle]/vote change',
	'/places/[place]/cycles/[cycle]/vote cast',
	'/places/[place]/cycles/[cycle]/deliveries/[number] follow', // anyone signed in may follow a project (tests/deliveries.e2e.ts)
	'/places/[place]/cycles/[cycle]/deliveries/[number] unfollow',
	'/places/[place]/cycles/[cycle]/conversation answer', // anyone signed in answers and suggests (tests/conversation.e2e.ts)
	'/places/[place]/cycles/[cycle]/conversation suggest',
	'/groups create' // anyone signed in may start a group (tests/groups.e2e.ts)
]);

const targets = listFormMutations(routesDir, routeFiles(routesDir))
	.filter((m) => !m.publicByDesign)
	.filter((m) => !/\[(?!place\]|group\]|cycle\]|number\]|post\]|challenge\]|workshop\]|kind\])/.test(m.route)) // routes with other params are public-by-link (invitations)
	.filter((m) => !OPEN_TO_RESIDENTS.has(`${m.route} ${m.action}`))
	.filter((m) => !m.route.startsWith('/account')); // one's own account: tests/accounts.e2e.ts

/** Place B's real things, so a refusal is about who asks and never about a missing page. */
let things: { post: string; challenge: string; workshop: string };
const urlOf = (m: (typeof targets)[number]) =>
	m.route
		.replace('[place]', PLACE_B)
		.replace('[cycle]', PLACE_B_CYCLE)
		.replace('[group]', GROUP)
		.replace('[number]', '1')
		.replace('[post]', things.post)
		.replace('[challenge]', things.challenge)
		.replace('[workshop]', things.workshop)
		.replace('[kind]', 'discover') + (m.action === 'default' ? '' : `?/${m.action}`);

// Plausible input, so a refusal cannot be explained by a validation error.
const input = { title: 'Taken over', summary: 'Taken over', details: 'Taken over', cost: '100', estimatedCost: '100', reviewedCost: '100', status: 'feasible', body: 'Taken over', version: '1', 'question.cy': 'Sut gallem ni?', 'question.en': 'How might we?', 'summary.cy': 'x', 'summary.en': 'x', commentId: '00000000-0000-4000-8000-000000000001', email: 'intruder@example.org', role: 'lead', membershipId: '00000000-0000-4000-8000-000000000001', id: '00000000-0000-4000-8000-000000000001', postId: '00000000-0000-4000-8000-000000000001', reason: 'taken over', memberId: '00000000-0000-4000-8000-000000000001', name: 'Taken over', slug: 'taken-over', nameEn: 'Taken over', leadEmail: 'intruder@example.org', funderName: 'Taken over', amount: '5', 'name.en': 'Taken over', contributionId: '00000000-0000-4000-8000-000000000001', potId: '00000000-0000-4000-8000-000000000001' };

async function signIn(request: APIRequestContext, baseURL: string, email: string) {
	const response = await postForm(request, baseURL, '/staff/sign-in', { email, password: DEMO_PASSWORD });
	expect(response.status(), `sign in as ${email}`).toBe(303);
}

async function placeBRecord(request: APIRequestContext): Promise<string> {
	const audit = await (await request.get(`/places/${PLACE_B}/audit`)).text();
	const home = await (await request.get('/')).text();
	const entries = audit.match(/\((\d+) entries checked\)/)?.[1];
	expect(entries, 'place B lead can read its audit record').toBeDefined();
	return `${entries} entries; ${home.match(/class="card"/g)?.length} places`;
}

test('the list of staff actions to try is not empty', () => {
	expect(targets.map((t) => `${t.route} ${t.action}`)).toEqual(
		expect.arrayContaining(['/places/[place]/team invite', '/places/[place]/cycles/[cycle] hide', '/places/[place]/cycles/[cycle]/proposals/[number]/review default', '/places/[place]/cycles/[cycle]/workshops/[workshop]/run start', '/steward default', '/places/[place]/edit story', '/places/[place]/cycles/new default', '/places/[place]/cycles/[cycle]/dates default', '/places/[place]/cycles/[cycle]/status cancel', '/places/[place]/cycles/[cycle]/phases/[kind]/settings default', '/places/[place]/requests raise', '/services create'])
	);
});

// One observer per worker: place B's lead, signed in once (sign-ins are rate-limited per address).
let observer: APIRequestContext;
test.beforeAll(async ({ playwright, baseURL }) => {
	observer = await playwright.request.newContext({ baseURL });
	await signIn(observer, baseURL!, staffEmail(PLACE_B, 'lead'));
	const cyclePage = await (await observer.get(`/places/${PLACE_B}/cycles/${PLACE_B_CYCLE}`)).text();
	const challengesPage = await (await observer.get(`/places/${PLACE_B}/cycles/${PLACE_B_CYCLE}/challenges`)).text();
	const workshopsPage = await (await observer.get(`/places/${PLACE_B}/cycles/${PLACE_B_CYCLE}/workshops`)).text();
	things = {
		post: cyclePage.match(/\/posts\/([0-9a-f-]{36})/)?.[1] ?? 'no-post-in-place-b',
		challenge: challengesPage.match(/\/challenges\/([0-9a-f-]{36})/)?.[1] ?? 'no-challenge-in-place-b',
		workshop: workshopsPage.match(/\/workshops\/([0-9a-f-]{36})/)?.[1] ?? 'no-workshop-in-place-b'
	};
	expect(things.workshop, 'place B has a workshop to attack').not.toBe('no-workshop-in-place-b');
	expect(things, 'place B has a post and a challenge to attack').not.toMatchObject({ post: 'no-post-in-place-b' });
	expect(things.challenge).not.toBe('no-challenge-in-place-b');
});
test.afterAll(() => observer.dispose());

for (const who of ['lead', 'team_member', 'facilitator', 'moderator', 'resident', 'nobody', 'steward'] as const) {
	const title = who === 'steward' ? `a steward cannot change ${PLACE_B}: the centre serves places, it does not overrule them` : `a ${who} of ${PLACE_A} cannot change ${PLACE_B} or act as a steward`;
	test(title, async ({ playwright, baseURL }) => {
		const before = await placeBRecord(observer);

		const request = await playwright.request.newContext({ baseURL });
		if (who === 'resident') {
			// A resident session: signed in with an emailed code, no roles anywhere.
			const email = `resident-matrix-${Date.now()}@example.org`;
			await postForm(request, baseURL!, '/sign-in', { email });
			const outbox = await (await request.get(`/dev/outbox?to=${encodeURIComponent(email)}`)).text();
			const code = outbox.match(/is (\d{6})\b/)?.[1];
			expect(code).toBeDefined();
			expect((await postForm(request, baseURL!, '/sign-in/code?/verify', { code: code! })).status()).toBe(303);
			expect(await (await request.get('/account')).text()).toContain(`Signed in as ${email}`);
		} else if (who === 'steward') {
			// Password, then the two-step code: a steward's powers need both.
			await signIn(request, baseURL!, STEWARD.email);
			expect((await postForm(request, baseURL!, '/staff/two-factor', { code: await unusedTotp() })).status(), 'steward two-step').toBe(303);
		} else if (who !== 'nobody') {
			await signIn(request, baseURL!, staffEmail(PLACE_A, who));
		}
		const outcomes: Record<string, number | string> = {};
		// The steward area (creating places) and listing central services are the steward's own: every place B action is tried.
		const tried = who === 'steward' ? targets.filter((t) => !t.route.startsWith('/steward') && !t.route.startsWith('/services')) : targets;
		for (const target of tried.map((t) => ({ ...t, url: urlOf(t) }))) {
			const response = await postForm(request, baseURL!, target.url, input);
			const status = response.status();
			const refused = status === 403 || status === 404 || (who === 'nobody' && status === 303 && /sign-in/.test(response.headers()['location'] ?? ''));
			outcomes[target.url] = refused ? 'refused' : `${status} ${response.headers()['location'] ?? ''}`;
		}
		expect(outcomes).toEqual(Object.fromEntries(tried.map((t) => [urlOf(t), 'refused'])));
		// The steward test compares place B's record only: other tests (steward set-up) may add places meanwhile.
		expect(who === 'steward' ? (await placeBRecord(observer)).split(';')[0] : await placeBRecord(observer)).toBe(who === 'steward' ? before.split(';')[0] : before);
		await request.dispose();
	});
}

// A steward serves places but cannot overrule them: place B has a lead, so its team and its page are its own.
// Only place B's record is compared: other tests (steward set-up) may add places meanwhile.
test(`a steward cannot add a second lead to ${PLACE_B}, hand it over, or write its page`, async ({ page, baseURL }) => {
	const placeBAudit = async () => (await placeBRecord(observer)).split(';')[0];
	const before = await placeBAudit();
	await signInAsStaff(page, STEWARD.email);
	const attempts: Record<string, Record<string, string>> = {
		[`/places/${PLACE_B}/team?/invite`]: { email: 'second-lead@example.org', role: 'lead' },
		[`/places/${PLACE_B}/team?/handOver`]: { email: 'second-lead@example.org', reason: 'taken over' },
		[`/places/${PLACE_B}/edit?/story`]: { language_en: 'yes', name_en: 'Taken over', summary_en: 'Taken over', timeZone: 'Europe/London' },
		[`/places/${PLACE_B}/edit?/photo`]: { photoAlt: 'Taken over' }
	};
	const outcomes: Record<string, number> = {};
	for (const [url, form] of Object.entries(attempts)) outcomes[url] = (await postForm(page.request, baseURL!, url, form)).status();
	expect(outcomes).toEqual(Object.fromEntries(Object.keys(attempts).map((url) => [url, 403])));
	expect((await page.request.get(`/places/${PLACE_B}/edit`, { maxRedirects: 0 })).status()).toBe(403);

	// The team page shows the steward the team read-only, and says why.
	await page.goto(`/places/${PLACE_B}/team`);
	await expect(page.getByText(/has a lead\. Its team is the place's own business/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Send invitation' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Invite the new lead' })).toHaveCount(0);
	await page.goto(`/places/${PLACE_B}`);
	await expect(page.getByRole('link', { name: "Edit this place's page" })).toHaveCount(0);
	expect(await placeBAudit()).toBe(before);
});
