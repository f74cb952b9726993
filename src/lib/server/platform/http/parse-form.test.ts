import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { requestCodeForm } from '$lib/validation/accounts';
import { parseForm } from './parse-form';

const posting = (fields: Record<string, string>) => {
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) body.set(key, value);
	return { request: new Request('http://localhost/form', { method: 'POST', body }) } as RequestEvent;
};

describe('parsing a submitted form', () => {
	it('gives the checked data and what was typed', async () => {
		expect(await parseForm(posting({ email: ' ann@example.org ' }), requestCodeForm)).toEqual({ ok: true, data: { email: 'ann@example.org' }, values: { email: ' ann@example.org ' } });
	});

	it('gives the problem codes by field and what was typed, to refill the form', async () => {
		expect(await parseForm(posting({ email: 'ann\u0000 at example' }), requestCodeForm)).toEqual({ ok: false, errors: { email: 'email_invalid' }, values: { email: 'ann at example' } });
	});
});
