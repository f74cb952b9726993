import { describe, expect, it } from 'vitest';
import { createPlaceForm, enterCodeForm, inviteForm, requestCodeForm } from './accounts';
import { fieldErrors } from './fields';

const errorsOf = (result: { success: boolean; error?: import('zod').ZodError }) => (result.error ? fieldErrors(result.error) : {});

describe('account forms', () => {
	it('tell a missing email from a malformed one', () => {
		expect(errorsOf(requestCodeForm.safeParse({ email: '  ' }))).toEqual({ email: 'email_missing' });
		expect(errorsOf(requestCodeForm.safeParse({}))).toEqual({ email: 'email_missing' });
		expect(errorsOf(requestCodeForm.safeParse({ email: 'not-an-address' }))).toEqual({ email: 'email_invalid' });
		expect(errorsOf(requestCodeForm.safeParse({ email: `${'a'.repeat(250)}@x.org` }))).toEqual({ email: 'email_too_long' });
	});

	it('accept a code typed with spaces, refuse letters', () => {
		expect(enterCodeForm.parse({ code: ' 123 456 ' }).code).toBe('123456');
		expect(errorsOf(enterCodeForm.safeParse({ code: '12a456' }))).toEqual({ code: 'code_format' });
	});

	it('refuse a role that does not exist and ignore unknown fields', () => {
		expect(errorsOf(inviteForm.safeParse({ email: 'a@b.org', role: 'king' }))).toEqual({ role: 'role_invalid' });
		expect(inviteForm.parse({ email: 'a@b.org', role: 'moderator', isSteward: 'true' })).toEqual({ email: 'a@b.org', role: 'moderator' });
	});

	it('keep place addresses readable and stable', () => {
		const base = { nameEn: 'Hill', leadEmail: 'lead@x.org' };
		expect(createPlaceForm.parse({ ...base, slug: ' Upper-Hill ' }).slug).toBe('upper-hill');
		expect(errorsOf(createPlaceForm.safeParse({ ...base, slug: 'upper hill/../' }))).toEqual({ slug: 'slug_format' });
	});
});
