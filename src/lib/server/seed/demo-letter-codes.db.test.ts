import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { findLetterCodeCycle, isLetterCodeShape, listLetterCodeBatches } from '../voting/letter-codes';
import { findLetterCode } from '../voting/voting.queries';
import { DEMO_LETTER_CODES, seedDemoLetterCodes } from './demo-letter-codes';
import { insertPlace } from '../testing/places';

const now = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('demo letter codes on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: { id: string; placeId: string };
	beforeAll(async () => {
		handle = await open();
		const place = await insertPlace(handle.db, { slug: 'st-elwyns', name: { en: "St Elwyn's" } });
		[cycle] = await handle.db
			.insert(cycles)
			.values({ placeId: place.id, slug: '2026-a-place-for-young-people', title: { en: 'A place for young people' }, challenge: {}, status: 'active' })
			.returning({ id: cycles.id, placeId: cycles.placeId });
		await handle.db.transaction((tx) => seedDemoLetterCodes(tx, now));
	});
	afterAll(() => handle.close());

	it('gives St Elwyn’s vote a "Demo letters" batch whose every code works, however it is typed', async () => {
		expect(await listLetterCodeBatches(handle.db, cycle)).toMatchObject([{ label: 'Demo letters', codeCount: DEMO_LETTER_CODES.length, voted: 0, revokedAt: null }]);
		for (const code of DEMO_LETTER_CODES) {
			expect(isLetterCodeShape(code)).toBe(true);
			expect(await findLetterCode(handle.db, cycle, code.toLowerCase())).not.toBeNull();
			expect(await findLetterCodeCycle(handle.db, code)).toEqual({ placeSlug: 'st-elwyns', cycleSlug: '2026-a-place-for-young-people' });
		}
	});
});
