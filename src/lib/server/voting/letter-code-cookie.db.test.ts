import type { Cookies } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { insertPlace } from '../testing/places';
import { generateLetterCodes } from './letter-codes';
import { LETTER_CODE_COOKIE, readLetterCodeVoter } from './letter-code-cookie';

const now = new Date('2026-11-24T10:00:00Z');
/** A browser that carries this letter-code cookie (set by whoever controls it: a resident, or a guesser). */
const carrying = (code: string) => ({ get: (name: string) => (name === LETTER_CODE_COOKIE ? code : undefined) }) as unknown as Cookies;

describe.each(testDatabases())('a letter code carried in a cookie on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: { id: string; placeId: string };
	let realCode: string;
	beforeAll(async () => {
		handle = await open();
		const place = await insertPlace(handle.db, { slug: 'cookie-hill' });
		[cycle] = await handle.db.insert(cycles).values({ placeId: place.id, slug: 'the-vote', title: { en: 'The vote' }, challenge: {}, status: 'active' }).returning({ id: cycles.id, placeId: cycles.placeId });
		const [{ id: userId }] = await handle.db.insert(users).values({ email: 'lead@example.org' }).returning({ id: users.id });
		const made = await generateLetterCodes({ db: handle.db, now }, { placeId: place.id, cycleId: cycle.id, label: 'Tower 3', count: 1, userId, actorLabel: 'lead@example.org' });
		if (!made.ok) throw new Error(made.error);
		[realCode] = made.codes;
	});
	afterAll(() => handle.close());

	const read = (code: string, ip: string) => readLetterCodeVoter(handle.db, carrying(code), cycle, { ip, now });

	it('lets the holder of a real code vote, however often the page is loaded', async () => {
		for (let i = 0; i < 40; i++) expect(await read(realCode, '198.51.100.1')).not.toBeNull();
	});

	it('does not count a real code of another vote as a guess', async () => {
		const elsewhere = { id: cycle.id, placeId: cycle.placeId };
		const [next] = await handle.db.insert(cycles).values({ placeId: cycle.placeId, slug: 'next-vote', title: { en: 'Next vote' }, challenge: {}, status: 'active' }).returning({ id: cycles.id, placeId: cycles.placeId });
		for (let i = 0; i < 35; i++) expect(await readLetterCodeVoter(handle.db, carrying(realCode), next, { ip: '192.0.2.44', now })).toBeNull();
		expect(await readLetterCodeVoter(handle.db, carrying(realCode), elsewhere, { ip: '192.0.2.44', now })).not.toBeNull();
	});

	it('is no way round the guessing limit: after 30 wrong cookies an address learns nothing, even from a real code', async () => {
		for (let i = 0; i < 30; i++) expect(await read(`ABCD-EFGH-${String(i).padStart(4, 'K')}`, '203.0.113.9')).toBeNull();
		expect(await read(realCode, '203.0.113.9')).toBeNull();
		// Residents elsewhere are not held up by one guesser.
		expect(await read(realCode, '198.51.100.2')).not.toBeNull();
	});
});
