import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { changeCycleStatus, type StatusChange } from './change-cycle-status';
import { listCycleChanges } from './cycle-changes.queries';
import { cycles, phases } from './cycles.table';
import { insertPlace } from '../testing/places';

const now = new Date(Date.UTC(2027, 0, 21, 12));
const minutesLater = (n: number) => new Date(now.getTime() + n * 60_000);

describe.each(testDatabases())('pausing and cancelling a cycle on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let placeId: string;
	let userId: string;
	let cycle: { id: string; placeId: string };
	let counter = 0;

	const act = (change: StatusChange, reason = '', at = now) =>
		changeCycleStatus({ db: handle.db, now: at }, { cycle, change, reason, userId, actorLabel: 'lead@example.org' });
	const status = async () => (await handle.db.select({ status: cycles.status }).from(cycles).where(eq(cycles.id, cycle.id)))[0].status;
	const audited = async () =>
		(await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, placeId), eq(auditEvents.subjectId, cycle.id)))).map((e) => e.action);

	beforeAll(async () => {
		handle = await open();
		const place = await insertPlace(handle.db, { slug: 'p' });
		placeId = place.id;
		[{ id: userId }] = await handle.db.insert(users).values({ email: 'lead@example.org' }).returning({ id: users.id });
	});
	beforeEach(async () => {
		[cycle] = await handle.db
			.insert(cycles)
			.values({ placeId, slug: `c${counter++}`, title: { en: 'C' }, challenge: {}, status: 'active' })
			.returning({ id: cycles.id, placeId: cycles.placeId });
		await handle.db.insert(phases).values({ placeId, cycleId: cycle.id, kind: 'co_create', position: 1, opensAt: new Date(Date.UTC(2027, 0, 1)), closesAt: new Date(Date.UTC(2027, 1, 1)) });
	});
	afterAll(() => handle.close());

	it('pauses with a public reason and resumes, leaving the dates alone', async () => {
		const [phaseBefore] = await handle.db.select().from(phases).where(eq(phases.cycleId, cycle.id));
		expect(await act('pause', '  Flooding at the hall.  ')).toEqual({ ok: true, status: 'paused' });
		expect(await status()).toBe('paused');
		expect(await act('resume', '', minutesLater(5))).toEqual({ ok: true, status: 'active' });
		expect(await status()).toBe('active');
		const [phaseAfter] = await handle.db.select().from(phases).where(eq(phases.cycleId, cycle.id));
		expect([phaseAfter.opensAt, phaseAfter.closesAt]).toEqual([phaseBefore.opensAt, phaseBefore.closesAt]);
		expect((await listCycleChanges(handle.db, cycle)).map((c) => [c.kind, c.reason])).toEqual([
			['resumed', ''],
			['paused', 'Flooding at the hall.']
		]);
		expect(await audited()).toEqual(['cycle.paused', 'cycle.resumed']);
	});

	it('refuses a pause or a cancellation with no reason, and writes nothing', async () => {
		expect(await act('pause', '   ')).toEqual({ ok: false, error: 'reason_required' });
		expect(await act('cancel')).toEqual({ ok: false, error: 'reason_required' });
		expect(await act('pause', 'x'.repeat(1001))).toEqual({ ok: false, error: 'reason_too_long' });
		expect(await status()).toBe('active');
		expect(await listCycleChanges(handle.db, cycle)).toEqual([]);
		expect(await audited()).toEqual([]);
	});

	it('cancels for good: nothing resumes or pauses a cancelled cycle', async () => {
		expect(await act('cancel', 'The funding was withdrawn.')).toEqual({ ok: true, status: 'cancelled' });
		expect(await act('resume', '', minutesLater(1))).toEqual({ ok: false, error: 'status_conflict', status: 'cancelled' });
		expect(await act('pause', 'again', minutesLater(2))).toEqual({ ok: false, error: 'status_conflict', status: 'cancelled' });
		expect(await act('cancel', 'again', minutesLater(3))).toEqual({ ok: false, error: 'status_conflict', status: 'cancelled' });
		expect((await listCycleChanges(handle.db, cycle)).map((c) => c.kind)).toEqual(['cancelled']);
	});

	it('cancels a paused cycle; resuming an active one is refused', async () => {
		expect(await act('resume')).toEqual({ ok: false, error: 'status_conflict', status: 'active' });
		await act('pause', 'Waiting for the council.');
		expect(await act('cancel', 'The council said no.', minutesLater(1))).toEqual({ ok: true, status: 'cancelled' });
	});

	it('two pauses at once: one lands, the other is told the cycle is already paused', async () => {
		const outcomes = await Promise.all([act('pause', 'One.'), act('pause', 'Two.')]);
		expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
		expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, error: 'status_conflict', status: 'paused' }]);
		expect(await listCycleChanges(handle.db, cycle)).toHaveLength(1);
	});
});
