import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { openSecondConnection } from '../testing/second-connection';
import { auditEvents, type AuditDetails } from './audit.table';
import { listAuditEvents } from './list-audit-events';
import { recordAuditEvent } from './record-audit-event';
import { verifyAuditChain } from './verify-audit-chain';
import { insertPlace } from '../testing/places';

const at = new Date('2026-11-24T10:00:00.123Z');
// drizzle wraps the driver's error; the trigger's words are in its cause.
const refusedAsAppendOnly = { cause: { message: expect.stringMatching(/append-only/) } };

describe.each(testDatabases())('recording audit events on $name', ({ name, open }) => {
	// One database for the file: every test writes to chains of its own.
	let handle: DatabaseHandle;
	beforeAll(async () => (handle = await open()));
	afterAll(() => handle.close());

	const newPlace = (slug: string) => insertPlace(handle.db, { slug, name: { en: 'x' } });
	const rowsOfChain = (chain: string) => handle.db.select().from(auditEvents).where(eq(auditEvents.chain, chain));

	it("numbers a place's events 1, 2, 3 in the place's own chain, starting from 64 zeros", async () => {
		const place = await newPlace('record-numbering');
		const other = await newPlace('record-numbering-other');
		await handle.db.transaction(async (tx) => {
			await recordAuditEvent(tx, { placeId: place.id, action: 'member.invited', details: { role: 'facilitator' }, occurredAt: at });
			await recordAuditEvent(tx, { placeId: other.id, action: 'member.invited', occurredAt: at });
			await recordAuditEvent(tx, {
				placeId: place.id,
				action: 'member.role_changed',
				subjectType: 'user',
				subjectId: 'u1',
				occurredAt: at
			});
		});
		const third = await handle.db.transaction((tx) =>
			recordAuditEvent(tx, { placeId: place.id, actorLabel: 'lead@example.org', action: 'cycle.published', occurredAt: at })
		);
		const rows = (await rowsOfChain(place.id)).sort((a, b) => a.sequence - b.sequence);
		expect(rows.map((r) => [r.sequence, r.action, r.placeId])).toEqual([
			[1, 'member.invited', place.id],
			[2, 'member.role_changed', place.id],
			[3, 'cycle.published', place.id]
		]);
		expect(rows[0].prevHash).toBe('0'.repeat(64));
		expect(rows[1].prevHash).toBe(rows[0].hash);
		expect(rows[2]).toEqual(third);
		expect(rows[0].occurredAt.toISOString()).toBe(at.toISOString());
		expect(await verifyAuditChain(handle.db, place.id)).toEqual({ ok: true, count: 3, headHash: third.hash });
		expect(await verifyAuditChain(handle.db, other.id)).toMatchObject({ ok: true, count: 1 });
	});

	it('is refused outside a transaction, and writes nothing', async () => {
		await expect(recordAuditEvent(handle.db, { area: 'steward', action: 'place.created', occurredAt: at })).rejects.toMatchObject({
			code: 'audit_requires_transaction'
		});
		expect(await rowsOfChain('steward')).toEqual([]);
	});

	it('rolls back with the change it records', async () => {
		const failing = handle.db.transaction(async (tx) => {
			await recordAuditEvent(tx, { area: 'accounts', action: 'session.signed_in', occurredAt: at });
			throw new Error('the change itself failed');
		});
		await expect(failing).rejects.toThrow('the change itself failed');
		expect(await rowsOfChain('accounts')).toEqual([]);
	});

	it('keeps one unbroken chain when many requests append at once', async () => {
		const place = await newPlace('record-concurrent');
		await Promise.all(
			Array.from({ length: 25 }, (_, i) =>
				handle.db.transaction((tx) =>
					recordAuditEvent(tx, { placeId: place.id, action: 'proposal.reviewed', details: { n: i }, occurredAt: at })
				)
			)
		);
		const sequences = (await rowsOfChain(place.id)).map((r) => r.sequence).sort((a, b) => a - b);
		expect(sequences).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
		expect(await verifyAuditChain(handle.db, place.id)).toMatchObject({ ok: true, count: 25 });
	});

	// PGlite is one process per database by design; two processes only exist on a server.
	it.runIf(name === 'postgres')('keeps one unbroken chain when two app processes append at once', async () => {
		const place = await newPlace('record-two-processes');
		const second = await openSecondConnection(handle.db, process.env.DATABASE_URL!);
		try {
			await Promise.all(
				Array.from({ length: 20 }, (_, n) =>
					(n % 2 ? second.db : handle.db).transaction((tx) =>
						recordAuditEvent(tx, { placeId: place.id, action: 'proposal.reviewed', details: { n }, occurredAt: at })
					)
				)
			);
		} finally {
			await second.close();
		}
		expect(await verifyAuditChain(handle.db, place.id)).toMatchObject({ ok: true, count: 20 });
	});

	it('refuses details that carry a secret, a code, an IP or anything about ballots', async () => {
		const tries: AuditDetails[] = [
			{ code: '123456' },
			{ password_hash: 'x' },
			{ invite: { token: 'abc' } },
			{ ipAddress: '1.2.3.4' },
			{ ballotId: 'b1' }
		];
		for (const details of tries) {
			const event = { area: 'accounts' as const, action: 'session.sign_in_failed', details, occurredAt: at };
			const attempt = handle.db.transaction((tx) => recordAuditEvent(tx, event));
			await expect(attempt).rejects.toMatchObject({ code: 'audit_invalid_event' });
		}
		expect(await rowsOfChain('accounts')).toEqual([]);
	});

	it('refuses an event that names both a place and an area, or an action that is not a code', async () => {
		const place = await newPlace('record-invalid');
		for (const event of [
			{ placeId: place.id, area: 'steward' as const, action: 'place.updated', occurredAt: at },
			{ area: 'steward' as const, action: 'Place updated!', occurredAt: at }
		]) {
			await expect(handle.db.transaction((tx) => recordAuditEvent(tx, event))).rejects.toMatchObject({ code: 'audit_invalid_event' });
		}
	});

	it('lists a chain newest first, a page at a time', async () => {
		const place = await newPlace('record-listing');
		await handle.db.transaction(async (tx) => {
			for (let n = 1; n <= 5; n++) {
				await recordAuditEvent(tx, { placeId: place.id, action: 'post.hidden', details: { n }, occurredAt: at });
			}
		});
		const first = await listAuditEvents(handle.db, { chain: place.id, limit: 2 });
		const second = await listAuditEvents(handle.db, { chain: place.id, limit: 2, before: first.at(-1)!.sequence });
		const last = await listAuditEvents(handle.db, { chain: place.id, limit: 2, before: second.at(-1)!.sequence });
		expect([first, second, last].map((page) => page.map((r) => r.sequence))).toEqual([[5, 4], [3, 2], [1]]);
	});

	it('cannot be changed or removed through ordinary SQL', async () => {
		const row = await handle.db.transaction((tx) =>
			recordAuditEvent(tx, { area: 'steward', action: 'place.created', occurredAt: at })
		);
		for (const statement of [
			sql`update audit_events set action = 'place.renamed' where id = ${row.id}`,
			sql`delete from audit_events where id = ${row.id}`,
			sql`truncate audit_events`
		]) {
			await expect(handle.db.execute(statement)).rejects.toMatchObject(refusedAsAppendOnly);
		}
		expect(await verifyAuditChain(handle.db, 'steward')).toMatchObject({ ok: true, count: 1 });
	});
});
