import { and, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { recordAuditEvent } from './record-audit-event';
import { hashAuditEvent } from './hash-audit-event';
import { verifyAuditChain } from './verify-audit-chain';
import { places } from '../places/places.table';
import { auditEvents } from './audit.table';

const at = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('verifying an audit chain on $name', ({ open }) => {
	// One database for the file; each test tampers with an area chain of its own.
	let handle: DatabaseHandle;
	beforeAll(async () => (handle = await open()));
	afterAll(() => handle.close());

	/** Five events in one of the two area chains (no place needed). */
	async function recordFive(area: 'steward' | 'accounts') {
		await handle.db.transaction(async (tx) => {
			for (let n = 1; n <= 5; n++) {
				const details = { n, fields: ['name'] };
				await recordAuditEvent(tx, { area, actorLabel: 'steward@example.org', action: 'place.updated', details, occurredAt: at });
			}
		});
	}

	/** What an attacker with the owner's rights could do: switch the append-only trigger off, change rows, switch it back. */
	async function tamper(statement: SQL) {
		await handle.db.transaction(async (tx) => {
			await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
			await tx.execute(statement);
			await tx.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
		});
	}

	it('reports an empty chain as intact with nothing in it', async () => {
		expect(await verifyAuditChain(handle.db, 'no-such-chain')).toEqual({ ok: true, count: 0, headHash: '0'.repeat(64) });
	});

	it('finds a row whose details were edited in the database', async () => {
		await recordFive('steward');
		expect(await verifyAuditChain(handle.db, 'steward')).toMatchObject({ ok: true, count: 5 });
		await tamper(sql`update audit_events set details = '{"n": 3, "fields": ["budget"]}' where chain = 'steward' and sequence = 3`);
		expect(await verifyAuditChain(handle.db, 'steward')).toEqual({ ok: false, count: 2, firstBrokenSequence: 3, reason: 'hash_mismatch' });
	});

	it('finds a removed row in the middle of a chain', async () => {
		await recordFive('accounts');
		await tamper(sql`delete from audit_events where chain = 'accounts' and sequence = 2`);
		expect(await verifyAuditChain(handle.db, 'accounts')).toEqual({ ok: false, count: 1, firstBrokenSequence: 2, reason: 'sequence_gap' });
	});

	it('finds an edit whose hash was recomputed, at the row after it', async () => {
		const [{ id: placeId }] = await handle.db
			.insert(places)
			.values({ slug: 'verify-rehash', name: { en: 'x' }, summary: {}, areaDescription: {}, teamDescription: {} })
			.returning({ id: places.id });
		await handle.db.transaction(async (tx) => {
			for (let n = 1; n <= 3; n++) {
				await recordAuditEvent(tx, { placeId, action: 'member.role_changed', details: { to: 'team_member' }, occurredAt: at });
			}
		});
		const [row] = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.chain, placeId), eq(auditEvents.sequence, 2)));
		const forgedHash = hashAuditEvent(row.prevHash, { ...row, details: { to: 'lead' } });
		await tamper(sql`update audit_events set details = '{"to": "lead"}', hash = ${forgedHash} where id = ${row.id}`);
		expect(await verifyAuditChain(handle.db, placeId)).toEqual({ ok: false, count: 2, firstBrokenSequence: 3, reason: 'prev_hash_mismatch' });
	});
});
