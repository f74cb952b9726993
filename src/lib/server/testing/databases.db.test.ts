import { afterAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../audit/record-audit-event';
import { auditEvents } from '../audit/audit.table';
import type { DatabaseHandle } from '../platform/db/database';
import { places } from '../places/places.table';
import { testDatabases } from './databases';
import { insertPlace } from './places';

describe.each(testDatabases())('test databases on $name', ({ open }) => {
	const opened: DatabaseHandle[] = [];
	afterAll(async () => {
		for (const handle of opened) await handle.close();
	});

	it('give a test that opens after another has closed an empty database, its audit trail and numbering started afresh', async () => {
		const first = await open();
		const place = await insertPlace(first.db, { slug: 'left-behind' });
		const event = await first.db.transaction((tx) => recordAuditEvent(tx, { placeId: place.id, action: 'member.invited', occurredAt: new Date('2026-06-01T10:00:00Z') }));
		await first.close();

		const second = await open();
		opened.push(second);
		expect(await second.db.select().from(places)).toEqual([]);
		expect(await second.db.select().from(auditEvents)).toEqual([]);
		const again = await insertPlace(second.db, { slug: 'left-behind' });
		const eventAgain = await second.db.transaction((tx) => recordAuditEvent(tx, { placeId: again.id, action: 'member.invited', occurredAt: new Date('2026-06-01T10:00:00Z') }));
		expect(eventAgain.id).toBe(event.id);
	});

	it('give two handles open at once two separate databases', async () => {
		const [one, two] = [await open(), await open()];
		opened.push(one, two);
		await insertPlace(one.db, { slug: 'only-in-one' });
		expect(await two.db.select().from(places)).toEqual([]);
	});
});
