import { expect, test, type Page } from '@playwright/test';
import { postForm, readLatestEmail, signInAsStaff, STEWARD, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

/*
 * One story, in order: Brookfield's team member asks Repairs for something on a phone without
 * JavaScript; Repairs answers; Brookfield's lead rates it in Welsh; the Repairs page shows it to
 * every place team. Nobody else may answer or rate it.
 */
test.describe.configure({ mode: 'serial' });

const REPAIRS = 'repairs@placecraft.example';
const need = `Mend the handrail on the community centre steps (${Date.now()})`;
let requestPath = '';

const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

test.describe('a place team member without JavaScript on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('asks Repairs for something, is told plainly what is missing with the words kept, and the service is emailed', async ({ page }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'team_member'));
		await page.goto('/places/brookfield/home');
		await page.getByRole('link', { name: 'Requests to central services' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Requests to central services' })).toBeVisible();
		// The demo's earlier requests are there, with where each stands.
		await expect(page.getByRole('listitem').filter({ hasText: 'Fix the broken lock on the community room door' })).toContainText('Done');
		await fitsThePhone(page);

		await page.getByLabel('Which service').selectOption({ label: 'Repairs' });
		await page.getByLabel('What you need').fill(need);
		await page.getByLabel('Needed by').fill('2020-01-01');
		await page.getByRole('button', { name: 'Send the request' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('The day you need it by cannot be in the past');
		await expect(summary).toContainText('Say why it matters here');
		await expect(page.getByLabel('What you need')).toHaveValue(need);
		await expect(page.getByLabel('Which service').locator('option:checked')).toHaveText('Repairs');
		await fitsThePhone(page);

		await page.getByLabel('Needed by').fill(inTwoWeeks());
		await page.getByLabel('Why it matters here').fill('Two residents with walking frames use those steps every day to reach the lunch club.');
		await page.getByRole('button', { name: 'Send the request' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Request to Repairs' })).toBeVisible();
		await expect(page.getByRole('status')).toHaveText('Request sent. The service’s people have been emailed.');
		await expect(page.getByText('Where it stands: Waiting for an answer')).toBeVisible();
		// The team member may not answer for the service.
		await expect(page.getByRole('button', { name: 'Send the answer' })).toHaveCount(0);
		await fitsThePhone(page);
		requestPath = new URL(page.url()).pathname;

		const email = await readLatestEmail(page, REPAIRS);
		expect(email).toContain(need);
		expect(email).toContain(requestPath);
	});
});

test.describe('the service and the place with JavaScript', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('Repairs accepts, then says it is done; the place team is emailed each time', async ({ page }) => {
		expect(requestPath).not.toBe('');
		await signInAsStaff(page, REPAIRS);
		await page.goto(requestPath);
		expect(await scanWithAxe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Send the answer' }).click();
		await expect(page.getByRole('alert')).toContainText('Choose your answer');
		await expect(page.getByRole('alert')).toContainText('Say something to the place with your answer');

		await page.getByLabel('Accepted').check();
		await page.getByLabel('What you say to the place').fill('We will fit a new handrail on Monday.');
		await page.getByRole('button', { name: 'Send the answer' }).click();
		await expect(page.getByRole('status')).toHaveText('Answer sent. The place team has been emailed.');
		await expect(page.getByText('Where it stands: Accepted')).toBeVisible();
		// Accepted work is then done or not: "Accepted" is no longer offered.
		await expect(page.getByLabel('Accepted')).toHaveCount(0);

		await page.getByLabel('Done').check();
		await page.getByLabel('What you say to the place').fill('New handrail fitted, both sides of the steps.');
		await page.getByRole('button', { name: 'Send the answer' }).click();
		await expect(page.getByText('Where it stands: Done')).toBeVisible();
		await expect(page.getByRole('region', { name: 'What happened' }).getByRole('listitem')).toHaveCount(3);
		await expect(page.getByRole('button', { name: 'Send the answer' })).toHaveCount(0);
		expect(await scanWithAxe(page)).toEqual([]);
		await fitsThePhone(page);

		const email = await readLatestEmail(page, staffEmail('brookfield', 'lead'));
		expect(email).toContain('New handrail fitted, both sides of the steps.');
		expect(email).toContain(requestPath);
	});

	test('nobody but Repairs answers, and nobody but Brookfield’s team rates', async ({ page, browser, baseURL }) => {
		const tries: Record<string, number> = {};
		const as = async (email: string, action: string, form: Record<string, string>) => {
			const context = await browser.newContext();
			const other = await context.newPage();
			await signInAsStaff(other, email);
			tries[`${email} ${action}`] = (await postForm(other.request, baseURL!, `${requestPath}?/${action}`, form)).status();
			await context.close();
		};
		await as('it@placecraft.example', 'answer', { answer: 'cannot_do', words: 'Not ours' });
		await as(STEWARD.email, 'answer', { answer: 'cannot_do', words: 'Overruled' });
		await as(staffEmail('brookfield', 'lead'), 'answer', { answer: 'cannot_do', words: 'Ourselves' });
		await as(staffEmail('st-elwyns', 'lead'), 'rate', { score: '1', words: 'Not our request' });
		await as(staffEmail('brookfield', 'facilitator'), 'rate', { score: '1', words: 'Not my role' });
		expect(Object.values(tries)).toEqual([403, 403, 403, 403, 403]);
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(requestPath);
		await expect(page.getByText('Where it stands: Done')).toBeVisible();
		await expect(page.getByRole('region', { name: 'The place’s rating' })).toHaveCount(0);
	});

	test('Brookfield’s lead rates it in Welsh, and the Repairs page shows the rating to every place team', async ({ page }) => {
		await signInAsStaff(page, staffEmail('brookfield', 'lead'));
		await page.goto(`/cy${requestPath}`);
		await expect(page.getByRole('heading', { level: 1, name: 'Cais i Atgyweirio' })).toBeVisible();
		await page.getByRole('button', { name: 'Anfon y sgôr' }).click();
		await expect(page.getByRole('alert')).toContainText('Dewiswch rif o 1 i 5');
		await page.getByLabel('4 – yn dda').check();
		await page.getByLabel('Mewn brawddeg: a wnaeth helpu, a oedd mewn pryd?').fill('Canllaw newydd o fewn wythnos. Diolch!');
		await page.getByRole('button', { name: 'Anfon y sgôr' }).click();
		await expect(page.getByRole('status')).toHaveText('Diolch. Mae eich sgôr ar dudalen y gwasanaeth.');
		await expect(page.getByRole('button', { name: 'Anfon y sgôr' })).toHaveCount(0);
		expect(await scanWithAxe(page)).toEqual([]);
		await fitsThePhone(page);

		// A moderator does not ask services: Brookfield's requests page, in Welsh, without the form.
		await signInAsStaff(page, staffEmail('brookfield', 'moderator'));
		await page.goto('/cy/places/brookfield/requests');
		await expect(page.getByRole('heading', { level: 1, name: 'Ceisiadau i wasanaethau canolog' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Anfon y cais' })).toHaveCount(0);
		expect(await scanWithAxe(page)).toEqual([]);

		// St Elwyn's team reads Repairs' page: Brookfield's words, the answer times, no scores of places.
		await signInAsStaff(page, staffEmail('st-elwyns', 'lead'));
		await page.goto('/cy/services/repairs');
		await expect(page.getByRole('heading', { level: 1, name: 'Atgyweirio' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Beth ddywedodd lleoedd' })).toContainText('4 allan o 5: Canllaw newydd o fewn wythnos. Diolch!');
		await expect(page.getByRole('region', { name: 'Faint o amser a gymerodd yr atebion' })).toContainText('Daeth hanner yr atebion o fewn');
		await expect(page.getByRole('region', { name: 'Ceisiadau' }).getByRole('link', { name: need })).toBeVisible();
		expect(await scanWithAxe(page)).toEqual([]);
		await fitsThePhone(page);

		await page.goto('/services/repairs');
		await expect(page.getByRole('region', { name: 'What places said' })).toContainText('4 out of 5: Canllaw newydd o fewn wythnos. Diolch!');
		await expect(page.getByRole('region', { name: 'How long answers took' })).toContainText(/Half the answers came within \d+ (hour|day)s?\./);
		expect(await scanWithAxe(page)).toEqual([]);
		await page.goto('/services');
		await expect(page.getByRole('link', { name: 'Repairs' })).toBeVisible();
		expect(await scanWithAxe(page)).toEqual([]);
		await fitsThePhone(page);
		// St Elwyn's own requests page, with its form to ask a service, in Welsh.
		await page.goto('/cy/places/st-elwyns/requests');
		await expect(page.getByRole('heading', { level: 1, name: 'Ceisiadau i wasanaethau canolog' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Anfon y cais' })).toBeVisible();
		expect(await scanWithAxe(page)).toEqual([]);
		await fitsThePhone(page);
	});
});

test('a steward lists a service in both languages and names who answers for it', async ({ page }) => {
	const stamp = Date.now();
	await page.setViewportSize({ width: 360, height: 740 });
	await signInAsStaff(page, STEWARD.email);
	await page.goto('/steward');
	await page.getByRole('link', { name: 'List the central services and name who answers for each' }).click();
	// The steward area has a "Name in English" of its own: wait for the services page before typing.
	await expect(page.getByRole('heading', { level: 1, name: 'Central services' })).toBeVisible();
	await page.getByLabel('Name in English').fill(`Housing advice ${stamp}`);
	await page.getByRole('button', { name: 'List the service' }).click();
	await expect(page.getByRole('alert')).toContainText('Give the service’s name');
	await expect(page.getByLabel('Name in English')).toHaveValue(`Housing advice ${stamp}`);
	expect(await scanWithAxe(page)).toEqual([]);
	await page.getByLabel('Name in Welsh').fill(`Cyngor tai ${stamp}`);
	await page.getByRole('button', { name: 'List the service' }).click();
	await page.getByRole('link', { name: `The Housing advice ${stamp} page` }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Housing advice ${stamp}` })).toBeVisible();

	await page.getByLabel('Email address of someone who will answer').fill('nobody-here@example.org');
	await page.getByRole('button', { name: 'Add this person' }).click();
	await expect(page.getByRole('alert')).toContainText('Nobody with this address signs in with a password');
	await page.getByLabel('Email address of someone who will answer').fill('lead.northgate@placecraft.example');
	await page.getByRole('button', { name: 'Add this person' }).click();
	await expect(page.getByRole('status')).toContainText('Added.');
	await expect(page.getByRole('button', { name: 'Remove lead.northgate@placecraft.example' })).toBeVisible();
	expect(await scanWithAxe(page)).toEqual([]);
	await fitsThePhone(page);
});

test('a resident and someone signed out cannot see the services’ pages', async ({ page, baseURL }) => {
	const response = await page.request.get('/services/repairs', { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toContain('/staff/sign-in');
	expect((await postForm(page.request, baseURL!, '/places/brookfield/requests?/raise', { serviceId: '00000000-0000-4000-8000-000000000001', need: 'x', neededBy: inTwoWeeks(), whyHere: 'x' })).status()).toBe(303);
});
