import { expect, test, type Page } from '@playwright/test';
import { makePhoneJpeg } from '../src/lib/server/testing/photos';
import { readLatestEmail, signInAsStaff, STEWARD, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

// A new place from the steward's page to a page its own lead has written, at 360 px, without JavaScript
// for the lead. The demo places' texts are left alone: other tests read them.
test.describe.configure({ timeout: 180_000 });
const phone = { viewport: { width: 360, height: 740 } };

async function expectAxeClean(page: Page) {
	expect(await scanWithAxe(page)).toEqual([]);
}

test('a new place says it is getting started; its lead writes its page in English and Welsh, with a photo', async ({ browser }) => {
	const slug = `riverside-${Date.now()}`;
	const leadEmail = `lead-${slug}@example.org`;

	// The steward sets the place up and invites its first lead (no reason needed for a first lead).
	const stewardContext = await browser.newContext(phone);
	const steward = await stewardContext.newPage();
	await signInAsStaff(steward, STEWARD.email);
	await steward.goto('/steward');
	await steward.getByLabel('Web address').fill(slug);
	await steward.getByLabel('Name in English').fill('Riverside');
	await steward.getByLabel('Email address of the place lead').fill(leadEmail);
	await steward.getByRole('button', { name: 'Create place and invite lead' }).click();
	await expect(steward.getByRole('status')).toContainText('Place created and lead invited');

	// Its public page says plainly that it is getting started, with no empty headings, and offers the steward no editing.
	await steward.goto(`/places/${slug}`);
	await expect(steward.getByRole('heading', { level: 1, name: 'Riverside' })).toBeVisible();
	await expect(steward.getByText('Riverside is getting started. Its team will share what they are working on here.')).toBeVisible();
	await expect(steward.locator('main').getByRole('heading', { level: 2 })).toHaveCount(0);
	await expect(steward.getByRole('link', { name: "Edit this place's page" })).toHaveCount(0);
	await expectAxeClean(steward);
	expect((await steward.request.get(`/places/${slug}/edit`, { maxRedirects: 0 })).status()).toBe(403);
	await stewardContext.close();

	// The lead accepts the invitation, without JavaScript, on a phone.
	const leadContext = await browser.newContext({ ...phone, javaScriptEnabled: false });
	const lead = await leadContext.newPage();
	const link = (await readLatestEmail(lead, leadEmail)).match(/https?:\/\/\S+\/invitations\/\w+/)![0];
	await lead.goto(new URL(link).pathname);
	await lead.getByLabel('Your name').fill('Ceri');
	await lead.getByLabel('Choose a password').fill('a long enough password');
	await lead.getByRole('button', { name: 'Accept and join' }).click();
	await expect(lead.getByRole('heading', { level: 1, name: 'Riverside: team home' })).toBeVisible();

	// axe runs in the page, so the scans use a second window of the same session with JavaScript on.
	const scanContext = await browser.newContext({ ...phone, storageState: await leadContext.storageState() });
	const scan = await scanContext.newPage();
	await scan.goto(`/places/${slug}/edit`);
	await expectAxeClean(scan);

	await lead.goto(`/places/${slug}`);
	await lead.getByRole('link', { name: "Edit this place's page" }).click();
	await expect(lead.getByRole('heading', { level: 1, name: 'Edit the page of Riverside' })).toBeVisible();

	// No language ticked: refused with a message at the top and beside the field, what was typed kept.
	for (const page of [lead, scan]) {
		await page.getByRole('checkbox', { name: 'English' }).uncheck();
		await page.getByLabel('Our story (English)').fill('Flats and houses by the river, and a lot of people who care.');
		await page.getByRole('button', { name: 'Save the page' }).click();
		await expect(page.getByRole('alert')).toContainText('Tick at least one language your place works in');
		await expect(page.locator('.error-message').first()).toHaveText('Tick at least one language your place works in');
		await expect(page.getByLabel('Our story (English)')).toHaveValue('Flats and houses by the river, and a lot of people who care.');
	}
	await expectAxeClean(scan);

	// English and Welsh, English the main language.
	await lead.getByRole('checkbox', { name: 'English' }).check();
	await lead.getByRole('checkbox', { name: 'Welsh' }).check();
	await lead.getByRole('radio', { name: 'English' }).check();
	await lead.getByLabel('Name of the place (Welsh)').fill('Glan yr Afon');
	await lead.getByLabel('Our story (Welsh)').fill("Fflatiau a thai ger yr afon, a llawer o bobl sy'n malio.");
	await lead.getByLabel('The area (English)').fill('Two streets of terraces, a park and the old boat club.');
	await lead.getByLabel('The team (English)').fill('Ceri and three neighbours. Find us at the boat club on Tuesdays.');
	await lead.getByRole('button', { name: 'Save the page' }).click();
	await expect(lead.getByRole('status')).toContainText("Saved. Your place's page shows it now.");

	// A photo of the place, with its description.
	await lead.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'river.jpg', mimeType: 'image/jpeg', buffer: await makePhoneJpeg() });
	await lead.getByLabel('Describe the photo').fill('The river path with the old boat club behind it');
	await lead.getByRole('button', { name: 'Put this photo on the page' }).click();
	await expect(lead.getByRole('status')).toContainText('The photo is on your page now.');

	await scan.reload();
	await expectAxeClean(scan);
	await scanContext.close();

	// The public page shows the story, in Welsh on the Welsh page, and the photo small with its description.
	const visitor = await browser.newPage(phone);
	await visitor.goto(`/places/${slug}`);
	await expect(visitor.getByText('Flats and houses by the river, and a lot of people who care.')).toBeVisible();
	await expect(visitor.getByRole('heading', { level: 2, name: 'The area' })).toBeVisible();
	await expect(visitor.getByText('Two streets of terraces, a park and the old boat club.')).toBeVisible();
	await expect(visitor.getByText('Ceri and three neighbours. Find us at the boat club on Tuesdays.')).toBeVisible();
	await expect(visitor.getByText('This place works in: English, Welsh')).toBeVisible();
	await expect(visitor.getByText(/is getting started/)).toHaveCount(0);
	const photo = visitor.getByRole('img', { name: 'The river path with the old boat club behind it' });
	await expect(photo).toBeVisible();
	expect(await photo.getAttribute('src')).toMatch(/\/small$/);
	await expectAxeClean(visitor);
	await visitor.goto(`/cy/places/${slug}`);
	await expect(visitor.getByRole('heading', { level: 1, name: 'Glan yr Afon' })).toBeVisible();
	await expect(visitor.getByText("Fflatiau a thai ger yr afon, a llawer o bobl sy'n malio.")).toBeVisible();
	await visitor.close();

	// The place's record says what changed.
	await lead.goto(`/places/${slug}/audit`);
	await expect(lead.getByText("Changed the place's page")).toBeVisible();
	await expect(lead.getByText('Added a photo of the place')).toBeVisible();
	await leadContext.close();
});

test("Brookfield's lead finds the edit page from the place page, and it is axe-clean", async ({ browser }) => {
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	await signInAsStaff(page, staffEmail('brookfield', 'lead'));
	await page.goto('/places/brookfield');
	await page.getByRole('link', { name: "Edit this place's page" }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Edit the page of / })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'English' })).toBeChecked();
	await expectAxeClean(page);
	await context.close();
});

test('a steward hands a place with no lead to a new lead only with a reason, which the place record shows', async ({ browser }) => {
	const slug = `hand-over-${Date.now()}`;
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	await signInAsStaff(page, STEWARD.email);
	await page.goto('/steward');
	await page.getByLabel('Web address').fill(slug);
	await page.getByLabel('Name in English').fill('Millbrook');
	await page.getByLabel('Email address of the place lead').fill(`first-${slug}@example.org`);
	await page.getByRole('button', { name: 'Create place and invite lead' }).click();
	await expect(page.getByRole('status')).toContainText('Place created and lead invited');

	// Nobody has accepted: the place has no lead, so the steward may hand it over, saying why.
	await page.goto(`/places/${slug}/team`);
	await expect(page.getByRole('heading', { level: 2, name: 'Hand this place to a new lead' })).toBeVisible();
	await page.locator('#hand-over-email').fill(`second-${slug}@example.org`);
	await page.getByRole('button', { name: 'Invite the new lead' }).click();
	await expect(page.getByRole('alert')).toContainText('Say why you are handing this place to a new lead');
	await expect(page.locator('#hand-over-email')).toHaveValue(`second-${slug}@example.org`);
	await page.getByLabel('Why you are doing this').fill('The first lead never joined and the residents group asked us');
	await page.getByRole('button', { name: 'Invite the new lead' }).click();
	await expect(page.getByRole('status')).toContainText(`Invitation sent to second-${slug}@example.org`);
	await expectAxeClean(page);

	await page.goto(`/places/${slug}/audit`);
	await expect(page.getByText('Handed the place to a new lead')).toBeVisible();
	await expect(page.getByText(/reason: The first lead never joined and the residents group asked us/)).toBeVisible();
	await context.close();
});
