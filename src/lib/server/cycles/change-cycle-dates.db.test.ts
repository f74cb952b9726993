import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PhaseDates } from '../../cycles/phase-schedule';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { results } from '../results/results.table';
import { changeCycleDates } from './change-cycle-dates';
import { listCycleChanges } from './cycle-changes.queries';
import { cycleChanges, cycles, phases } from './cycles.table';
import { insertPlace } from '../testing/places';

const day = (n: number) => new Date(Date.UTC(2027, 0, 1 + n));
const now = new Date(Date.UTC(2027, 0, 21, 12)); // day 20, midday
const phase = (kind: PhaseDates['kind'], opens: number, closes: number | null): PhaseDates => ({ kind, opensAt: day(opens), closesAt: closes === null ? null : day(closes) });
// Discover finished, co-create open now, the vote and implement to come.
const original = [phase('discover', 0, 10), phase('co_create', 10, 30), phase('test', 30, 40), phase('implement', 40, null)];
const withDates = (from: PhaseDates[], ...changed: PhaseDates[]) => from.map((p) => changed.find((c) => c.kind === p.kind) ?? p);

describe.each(testDatabases())('changing a running cycle’s dates on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let placeId: string;
	let userId: string;
	let cycle: { id: string; placeId: string };
	let counter = 0;

	const change = (input: { proposed: PhaseDates[]; shown?: PhaseDates[]; reason?: string }, at = now) =>
		changeCycleDates({ db: handle.db, now: at }, { cycle, proposed: input.proposed, shown: input.shown, reason: input.reason ?? '', userId, actorLabel: 'lead@example.org' });
	const storedPhases = async () =>
		(await handle.db.select({ kind: phases.kind, opensAt: phases.opensAt, closesAt: phases.closesAt }).from(phases).where(eq(phases.cycleId, cycle.id)).orderBy(asc(phases.position))) as PhaseDates[];
	const changeRows = () => handle.db.select().from(cycleChanges).where(eq(cycleChanges.cycleId, cycle.id));
	const auditRows = () => handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, placeId), eq(auditEvents.action, 'cycle.dates_changed')));

	beforeAll(async () => {
		handle = await open();
		const place = await insertPlace(handle.db, { slug: 'p' });
		placeId = place.id;
		[{ id: userId }] = await handle.db.insert(users).values({ email: 'lead@example.org' }).returning({ id: users.id });
	});
	beforeEach(async () => {
		// A fresh running cycle for each test, so one test's changes never meet another's.
		[cycle] = await handle.db
			.insert(cycles)
			.values({ placeId, slug: `c${counter++}`, title: { en: 'C' }, challenge: {}, status: 'active' })
			.returning({ id: cycles.id, placeId: cycles.placeId });
		await handle.db.insert(phases).values(original.map((p, i) => ({ placeId, cycleId: cycle.id, kind: p.kind, position: i + 1, opensAt: p.opensAt, closesAt: p.closesAt })));
	});
	afterAll(() => handle.close());

	it('moves a phase that has not opened yet, with a public record and an audit event', async () => {
		const result = await change({ proposed: withDates(original, phase('test', 32, 42)), shown: original });
		expect(result).toMatchObject({ ok: true, changes: [{ kind: 'test', change: 'phase_moved' }] });
		expect((await storedPhases())[2]).toEqual(phase('test', 32, 42));
		const [row] = await changeRows();
		expect(row).toMatchObject({
			kind: 'phase_moved',
			phaseKind: 'test',
			before: { opensAt: day(30).toISOString(), closesAt: day(40).toISOString() },
			after: { opensAt: day(32).toISOString(), closesAt: day(42).toISOString() },
			madeByUserId: userId
		});
		expect((await auditRows()).filter((e) => e.subjectId === cycle.id)).toHaveLength(1);
	});

	it('extends the open phase and shows it in the public list', async () => {
		expect(await change({ proposed: withDates(original, phase('co_create', 10, 31)) })).toMatchObject({ ok: true });
		expect((await storedPhases())[1].closesAt).toEqual(day(31));
		expect(await listCycleChanges(handle.db, cycle)).toMatchObject([{ kind: 'phase_extended', phaseKind: 'co_create', reason: '' }]);
	});

	it('refuses to end the open phase early without a reason, and writes nothing', async () => {
		const auditBefore = (await auditRows()).length;
		expect(await change({ proposed: withDates(original, phase('co_create', 10, 25)) })).toEqual({
			ok: false,
			error: 'invalid',
			problems: [{ kind: 'co_create', field: 'reason', code: 'reason_required_shorten' }]
		});
		expect(await storedPhases()).toEqual(original);
		expect(await changeRows()).toEqual([]);
		expect(await auditRows()).toHaveLength(auditBefore);
	});

	it('ends the open phase early with a reason, and ends it now when the new end has passed', async () => {
		expect(await change({ proposed: withDates(original, phase('co_create', 10, 25)), reason: 'The hall closes for repairs.' })).toMatchObject({ ok: true });
		const later = new Date(now.getTime() + 60_000);
		expect(await change({ proposed: withDates(await storedPhases(), phase('co_create', 10, 15)), reason: 'We have enough ideas.' }, later)).toMatchObject({ ok: true });
		expect((await storedPhases())[1].closesAt).toEqual(later);
		expect((await listCycleChanges(handle.db, cycle)).map((c) => [c.kind, c.reason])).toEqual([
			['phase_shortened', 'We have enough ideas.'],
			['phase_shortened', 'The hall closes for repairs.']
		]);
	});

	it('refuses to open the vote again once its count has started', async () => {
		const afterVote = new Date(day(41).getTime());
		await handle.db.insert(results).values({ placeId, cycleId: cycle.id, rule: 'greedy', completion: 'none', tieBreak: 'cost', budgetMinor: 1000 });
		const result = await change({ proposed: withDates(original, phase('test', 30, 45)), reason: 'Late post.' }, afterVote);
		expect(result).toMatchObject({ ok: false, problems: [{ kind: 'test', code: 'vote_counted' }] });
		expect(await storedPhases()).toEqual(original);
	});

	it('refuses a cancelled cycle', async () => {
		await handle.db.update(cycles).set({ status: 'cancelled' }).where(eq(cycles.id, cycle.id));
		expect(await change({ proposed: withDates(original, phase('test', 32, 42)) })).toEqual({ ok: false, error: 'cycle_closed' });
	});

	it('two teams saving at once: both changes land, neither overwrites the other', async () => {
		const [first, second] = await Promise.all([
			change({ proposed: withDates(original, phase('co_create', 10, 31)), shown: original }),
			change({ proposed: withDates(original, phase('test', 32, 42)), shown: original })
		]);
		expect(first.ok && second.ok).toBe(true);
		expect(await storedPhases()).toEqual(withDates(original, phase('co_create', 10, 31), phase('test', 32, 42)));
		expect((await changeRows()).map((r) => r.phaseKind).sort()).toEqual(['co_create', 'test']);
	});

	it('two teams changing the same phase at once: the second is told, not silently overwritten', async () => {
		const results2 = await Promise.all([
			change({ proposed: withDates(original, phase('co_create', 10, 31)), shown: original }),
			change({ proposed: withDates(original, phase('co_create', 10, 33)), shown: original })
		]);
		expect(results2.filter((r) => r.ok)).toHaveLength(1);
		expect(results2.filter((r) => !r.ok)).toMatchObject([{ error: 'invalid', problems: [{ kind: 'co_create', code: 'changed_meanwhile' }] }]);
		expect(await changeRows()).toHaveLength(1);
	});
});
