import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { insertPlace } from '../testing/places';
import { auditEvents, auditHeads } from './audit.table';
import { hashAuditEvent } from './hash-audit-event';
import { listAuditHeads, publishAuditHeads } from './publish-audit-heads';
import { recordAuditEvent } from './record-audit-event';
import { verifyAuditChain } from './verify-audit-chain';

const at = new Date('2026-11-24T10:00:00Z');
const hoursLater = (hours: number) => new Date(at.getTime() + hours * 60 * 60 * 1000);

describe.each(testDatabases())('published heads of the audit record on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => (handle = await open()));
	afterAll(() => handle.close());

	let placeNumber = 0;
	/** A place of its own per test, with `count` events in its chain. */
	async function placeWithEvents(count: number): Promise<string> {
		placeNumber += 1;
		const { id: placeId } = await insertPlace(handle.db, { slug: `heads-${placeNumber}` });
		await recordEvents(placeId, count);
		return placeId;
	}
	async function recordEvents(placeId: string, count: number) {
		await handle.db.transaction(async (tx) => {
			for (let n = 1; n <= count; n++) await recordAuditEvent(tx, { placeId, action: 'member.role_changed', details: { n }, occurredAt: at });
		});
	}
	/** What someone with the owner's rights could do: switch the append-only trigger off, change rows, switch it back. */
	async function tamper(statement: SQL) {
		await handle.db.transaction(async (tx) => {
			await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
			await tx.execute(statement);
			await tx.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
		});
	}

	it('notices the last rows removed once a longer head was published', async () => {
		const placeId = await placeWithEvents(5);
		await publishAuditHeads(handle.db, at, { chain: placeId });
		await tamper(sql`delete from audit_events where chain = ${placeId} and sequence >= 4`);
		expect(await verifyAuditChain(handle.db, placeId)).toEqual({ ok: false, count: 3, firstBrokenSequence: 4, reason: 'shorter_than_published' });
	});

	it('notices an edit whose hash and every later hash were recomputed', async () => {
		const placeId = await placeWithEvents(5);
		await publishAuditHeads(handle.db, at, { chain: placeId });
		const rows = await handle.db.select().from(auditEvents).where(eq(auditEvents.chain, placeId)).orderBy(asc(auditEvents.sequence));
		let prevHash = rows[1].hash;
		for (const row of rows.slice(2)) {
			const details = row.sequence === 3 ? { n: 99 } : row.details;
			const hash = hashAuditEvent(prevHash, { ...row, details });
			await tamper(sql`update audit_events set details = ${JSON.stringify(details)}::jsonb, prev_hash = ${prevHash}, hash = ${hash} where id = ${row.id}`);
			prevHash = hash;
		}
		expect(await verifyAuditChain(handle.db, placeId)).toEqual({ ok: false, count: 4, firstBrokenSequence: 5, reason: 'published_head_mismatch' });
	});

	it('publishes a growing chain’s head once a day, and at once when a count asks', async () => {
		const placeId = await placeWithEvents(2);
		const mine = async () => (await listAuditHeads(handle.db, placeId)).map((head) => head.length);
		await publishAuditHeads(handle.db, at);
		expect(await mine()).toEqual([2]);
		await recordEvents(placeId, 1);
		await publishAuditHeads(handle.db, hoursLater(1));
		expect(await mine()).toEqual([2]);
		await publishAuditHeads(handle.db, hoursLater(25));
		expect(await mine()).toEqual([2, 3]);
		await recordEvents(placeId, 1);
		await publishAuditHeads(handle.db, hoursLater(26), { chain: placeId });
		expect(await mine()).toEqual([2, 3, 4]);
		// Nothing new: nothing published, however long it has been.
		await publishAuditHeads(handle.db, hoursLater(100));
		expect(await mine()).toEqual([2, 3, 4]);
		expect(await verifyAuditChain(handle.db, placeId)).toMatchObject({ ok: true, count: 4 });
	});

	it('refuses to change or remove a published head', async () => {
		const placeId = await placeWithEvents(1);
		await publishAuditHeads(handle.db, at, { chain: placeId });
		await expect(handle.db.update(auditHeads).set({ hash: 'f'.repeat(64) }).where(eq(auditHeads.chain, placeId))).rejects.toThrow();
		await expect(handle.db.delete(auditHeads).where(and(eq(auditHeads.chain, placeId), eq(auditHeads.length, 1)))).rejects.toThrow();
		expect(await listAuditHeads(handle.db, placeId)).toHaveLength(1);
	});
});
