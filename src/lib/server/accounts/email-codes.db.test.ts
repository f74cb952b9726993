import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { checkEmailCode, EMAIL_CODE_TTL_MS, issueEmailCode } from './email-codes';

const now = new Date('2026-11-01T09:00:00Z');
const wrongFor = (code: string) => (code === '000000' ? '111111' : '000000');

describe.each(testDatabases())('emailed codes on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => (handle = await open()));
	afterAll(() => handle.close());

	it('are six digits and work once', async () => {
		const code = await issueEmailCode(handle.db, 'Once@Example.org ', 'sign_in', now);
		expect(code).toMatch(/^\d{6}$/);
		expect(await checkEmailCode(handle.db, 'once@example.org', 'sign_in', code, now)).toEqual({ outcome: 'accepted' });
		expect(await checkEmailCode(handle.db, 'once@example.org', 'sign_in', code, now)).toEqual({ outcome: 'missing' });
	});

	it('run out after ten minutes', async () => {
		const code = await issueEmailCode(handle.db, 'late@example.org', 'sign_in', now);
		const tooLate = new Date(now.getTime() + EMAIL_CODE_TTL_MS);
		expect(await checkEmailCode(handle.db, 'late@example.org', 'sign_in', code, tooLate)).toEqual({ outcome: 'expired' });
	});

	it('allow five tries, then a new code is needed even if the sixth is right', async () => {
		const code = await issueEmailCode(handle.db, 'guess@example.org', 'sign_in', now);
		const left = [];
		for (let i = 0; i < 4; i++) left.push(await checkEmailCode(handle.db, 'guess@example.org', 'sign_in', wrongFor(code), now));
		expect(left).toEqual([4, 3, 2, 1].map((attemptsLeft) => ({ outcome: 'wrong', attemptsLeft })));
		expect(await checkEmailCode(handle.db, 'guess@example.org', 'sign_in', wrongFor(code), now)).toEqual({ outcome: 'used_up' });
		expect(await checkEmailCode(handle.db, 'guess@example.org', 'sign_in', code, now)).toEqual({ outcome: 'missing' });
	});

	it('count parallel guesses too', async () => {
		const code = await issueEmailCode(handle.db, 'burst@example.org', 'sign_in', now);
		const results = await Promise.all(Array.from({ length: 20 }, () => checkEmailCode(handle.db, 'burst@example.org', 'sign_in', wrongFor(code), now)));
		expect(results.filter((r) => r.outcome === 'wrong')).toHaveLength(4);
		expect(await checkEmailCode(handle.db, 'burst@example.org', 'sign_in', code, now)).not.toEqual({ outcome: 'accepted' });
	});

	it('replace the earlier code when a new one is asked for', async () => {
		const first = await issueEmailCode(handle.db, 'again@example.org', 'sign_in', now);
		const second = await issueEmailCode(handle.db, 'again@example.org', 'sign_in', now);
		if (first !== second) expect(await checkEmailCode(handle.db, 'again@example.org', 'sign_in', first, now)).toMatchObject({ outcome: 'wrong' });
		expect(await checkEmailCode(handle.db, 'again@example.org', 'sign_in', second, now)).toEqual({ outcome: 'accepted' });
	});
});
