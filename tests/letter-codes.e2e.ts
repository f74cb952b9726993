import { expect, test, type Page } from '@playwright/test';
import { DEMO_LETTER_CODES } from '../src/lib/server/seed/demo-letter-codes';
import { signInAsStaff, staffEmail } from './support/accounts';
import { scanWithAxe } from './support/axe';

const CYCLE = '/places/st-elwyns/cycles/2026-a-place-for-young-people';
const LETTER_CODES = `${CYCLE}/vote/letter-codes`;
// The last demo codes are this file's: the vote test takes the first ones, and a code votes once.
const [TYPED_CODE, SCANNED_CODE] = DEMO_LETTER_CODES.slice(-2);

async function expectAtStElwynsVoteAsCodeHolder(page: Page) {
	await expect(page).toHaveURL(new RegExp(`${CYCLE}/vote$`));
	await expect(page.getByRole('heading', { level: 1, name: 'Vote on how the money is spent' })).toBeVisible();
	// The code is the credential: nobody is asked to sign in.
	await expect(page.getByText('Sign in to vote')).toHaveCount(0);
}

test('St Elwyn’s lead makes a batch of letter codes and gets its cards as a PDF; a batch with no name is explained, the number kept', async ({ page }) => {
	await signInAsStaff(page, staffEmail('st-elwyns', 'lead'));
	await page.goto(LETTER_CODES);
	await expect(page.getByRole('heading', { level: 1, name: 'Letter codes' })).toBeVisible();
	await expect(page.getByText('The codes are only in the PDF you download')).toBeVisible();
	await expect(page.getByRole('row', { name: /Demo letters/ })).toBeVisible();

	await page.getByLabel('How many codes').fill('24');
	await page.getByRole('button', { name: 'Make the codes and download the PDF' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter a name for the batch');
	await expect(page.getByLabel('How many codes')).toHaveValue('24');
	expect(await scanWithAxe(page)).toEqual([]);

	const label = 'Chapel Street, March';
	await page.getByLabel('Name of the batch').fill(label);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make the codes and download the PDF' }).click()]);
	expect(download.suggestedFilename()).toBe('st-elwyns-2026-a-place-for-young-people-chapel-street-march.pdf');
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	const pdf = Buffer.concat(chunks);
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	// 24 cards, 8 to a page.
	expect(pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3);

	await page.getByRole('link', { name: 'Refresh the list' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('row', { name: new RegExp(label) })).toContainText('24');
	await expect(page.getByRole('row', { name: new RegExp(label) })).toContainText('Yes');
	expect(await scanWithAxe(page)).toEqual([]);

	// A lost pile: revoking asks for a tick first, then stops the batch.
	await page.getByLabel('Which batch').selectOption({ label });
	await page.getByRole('button', { name: 'Revoke the batch' }).click();
	await expect(page.getByRole('alert')).toContainText('Tick the box to confirm');
	await page.getByLabel('Which batch').selectOption({ label });
	await page.getByLabel('Yes, stop the unused codes in this batch from working').check();
	await page.getByRole('button', { name: 'Revoke the batch' }).click();
	await expect(page.getByRole('status')).toContainText('The batch is revoked');
	await expect(page.getByRole('row', { name: new RegExp(label) })).toContainText('No: revoked on');
});

test('a resident who is not part of the team cannot open the letter codes page', async ({ page }) => {
	await page.goto(LETTER_CODES);
	await expect(page).toHaveURL(/\/staff\/sign-in$/);
});

test.describe('a resident with a letter, JavaScript off, on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

	test('a mistyped code is explained with what was typed kept; the right one goes straight to St Elwyn’s vote', async ({ page }) => {
		await page.goto('/v');
		await page.getByLabel('Type the code from your letter').fill('ELWN-CARD-2345');
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByRole('alert')).toContainText('We do not know that code');
		await expect(page.getByLabel('Type the code from your letter')).toHaveValue('ELWN-CARD-2345');

		await page.getByLabel('Type the code from your letter').fill('elwn card');
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByRole('alert')).toContainText('A code is 12 letters and numbers');

		await page.getByLabel('Type the code from your letter').fill(TYPED_CODE.toLowerCase().replaceAll('-', ' '));
		await page.getByRole('button', { name: 'Continue' }).click();
		await expectAtStElwynsVoteAsCodeHolder(page);
	});

	test('scanning the QR code on the letter (its /v/<code> address) goes straight to the vote too; a bad one shows the form', async ({ page }) => {
		await page.goto('/v/ABCD-EFGH-JKLM');
		await expect(page.getByRole('alert')).toContainText('We do not know that code');
		await expect(page.getByLabel('Type the code from your letter')).toHaveValue('ABCD-EFGH-JKLM');

		await page.goto(`/v/${SCANNED_CODE}`);
		await expectAtStElwynsVoteAsCodeHolder(page);
	});
});

test('the code page is accessible, in English and in Welsh', async ({ page }) => {
	await page.goto('/v');
	expect(await scanWithAxe(page)).toEqual([]);
	await page.goto('/cy/v');
	await expect(page.getByRole('heading', { level: 1, name: 'Pleidleisio gyda’r cod o’ch llythyr' })).toBeVisible();
	expect(await scanWithAxe(page)).toEqual([]);
});
