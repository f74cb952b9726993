import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { addPerson, during, seedCoCreateCycle } from '../testing/proposals';
import { createWorkshop } from './create-workshop';
import { activityForm } from './workshop-setup-form';

// Join codes are random; here they come from a list, so a clash happens when the test says so.
const codes = vi.hoisted(() => ({ next: [] as string[] }));
vi.mock('./join-code', () => ({ newJoinCode: () => codes.next.shift() ?? 'ZZZZZZ' }));

describe.each(testDatabases())('a workshop join code on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
	});
	afterAll(() => handle.close());

	it('draws again when the code is already another workshop\'s', async () => {
		const seeded = await seedCoCreateCycle(handle.db, {}, 'codes');
		const cycle = await seeded.loadCycle();
		const lead = await addPerson(handle.db, 'lead@codes.example', { [seeded.place.id]: 'lead' });
		const input = { title: 'T', venue: 'V', startsAt: during, phaseKind: 'co_create' as const, firstActivity: activityForm.parse({ kind: 'ideas', prompt: 'Ideas?' }) };
		codes.next = ['AAAAAA'];
		expect(await createWorkshop({ db: handle.db, now: during }, lead, cycle, input)).toMatchObject({ ok: true, joinCode: 'AAAAAA' });
		codes.next = ['AAAAAA', 'AAAAAA', 'BBBBBB'];
		expect(await createWorkshop({ db: handle.db, now: during }, lead, cycle, input)).toMatchObject({ ok: true, joinCode: 'BBBBBB' });
	});
});
