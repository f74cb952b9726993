import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { readFormWithFiles } from './read-form-with-files';
import { readForm, readFormEntries } from './read-form';

const posting = (body: FormData | string, type?: string) =>
	({ request: new Request('http://localhost/form', { method: 'POST', body, headers: type ? { 'content-type': type } : {} }) }) as RequestEvent;

describe('reading a submitted form', () => {
	it('drops a NUL character from what was typed, so no text field can reach the database with one', async () => {
		const form = new FormData();
		form.set('body', 'Fix the\u0000 bench');
		form.set('title\u0000', '\u0000');
		expect(await readForm(posting(form))).toEqual({ body: 'Fix the bench', title: '' });
	});

	it('drops a NUL from the text fields of a form with files too', async () => {
		const form = new FormData();
		form.set('caption', 'A\u0000 bench');
		const read = await readFormWithFiles(posting(form));
		expect(read).toMatchObject({ ok: true, values: { caption: 'A bench' } });
	});

	it('answers a body that is no form with a 400, not an error page', async () => {
		await expect(readForm(posting('{"a":1}', 'application/json'))).rejects.toMatchObject({ status: 400, body: { code: 'bad_form' } });
	});

	it('drops a NUL from a ballot’s repeated choices too', async () => {
		const form = new FormData();
		form.append('choice', 'a\u0000');
		form.append('choice', 'b');
		expect(await readFormEntries(posting(form))).toEqual([
			['choice', 'a'],
			['choice', 'b']
		]);
	});

	it('answers a body over the size limit with a 413 that says the form was too large', async () => {
		const tooLarge = new ReadableStream({
			start(controller) {
				controller.error(Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT'), { status: 413 }));
			}
		});
		const request = new Request('http://localhost/form', { method: 'POST', body: tooLarge, headers: { 'content-type': 'application/x-www-form-urlencoded' }, duplex: 'half' } as RequestInit);
		await expect(readForm({ request } as RequestEvent)).rejects.toMatchObject({ status: 413, body: { code: 'form_too_large' } });
	});
});
