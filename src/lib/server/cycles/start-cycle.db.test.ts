import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePhaseSettings } from '../../validation/phase-settings';
import { auditEvents } from '../audit/audit.table';
import { contributions, pots } from '../budget/budget.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { posts } from '../posts/posts.table';
import { addPerson } from '../testing/proposals';
import { proposals } from '../proposals/proposals.table';
import { copyCycle } from './copy-cycle';
import { cycles, phases } from './cycles.table';
import { startCycle } from './start-cycle';
import type { Person } from '../auth/actor';
import { insertPlace } from '../testing/places';

const now = new Date('2026-12-01T10:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each(testDatabases())('starting a cycle on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let placeId: string;
	let lead: Person;
	const words = { title: { en: 'The green', cy: 'Y lawnt' }, challenge: { en: 'Why do people walk across it?' } };
	const phasesOf = (cycleId: string) => handle.db.select().from(phases).where(eq(phases.cycleId, cycleId)).orderBy(asc(phases.position));
	const cyclesOfPlace = () => handle.db.select({ slug: cycles.slug }).from(cycles).where(eq(cycles.placeId, placeId));

	beforeAll(async () => {
		handle = await open();
		const place = await insertPlace(handle.db, { slug: 'p' });
		placeId = place.id;
		lead = await addPerson(handle.db, 'lead@example.org', { [placeId]: 'lead' });
	});
	afterAll(() => handle.close());

	it('starts an active cycle with the phases included, at their kind’s position, with default settings and an audit row', async () => {
		const result = await startCycle({ db: handle.db, now }, lead, {
			placeId,
			...words,
			slug: null,
			phases: [
				{ kind: 'co_create', opensAt: day('2027-01-04'), closesAt: day('2027-02-01') },
				{ kind: 'test', opensAt: day('2027-02-01'), closesAt: day('2027-02-15') }
			]
		});
		expect(result).toMatchObject({ ok: true, slug: 'the-green' });
		if (!result.ok) return;
		const [cycle] = await handle.db.select().from(cycles).where(eq(cycles.id, result.cycleId));
		expect(cycle).toMatchObject({ status: 'active', title: words.title, challenge: words.challenge });
		const stored = await phasesOf(result.cycleId);
		expect(stored.map((p) => [p.kind, p.position])).toEqual([['co_create', 1], ['test', 2]]);
		expect(stored[1].settings).toEqual(parsePhaseSettings('test', {}));
		expect(stored[1].closesAt).toEqual(day('2027-02-15'));
		const [event] = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, placeId), eq(auditEvents.action, 'cycle.started')));
		expect(event).toMatchObject({ actorUserId: lead.userId, subjectId: result.cycleId });
		expect(event.details).toMatchObject({ slug: 'the-green', phases: [{ kind: 'co_create' }, { kind: 'test', closesAt: '2027-02-15T00:00:00.000Z' }] });
	});

	it('refuses an address the place already uses, and numbers one made from a title already taken', async () => {
		const phasesToUse = [{ kind: 'discover' as const, opensAt: day('2027-03-01'), closesAt: null }];
		expect(await startCycle({ db: handle.db, now }, lead, { placeId, ...words, slug: 'the-green', phases: phasesToUse })).toEqual({ ok: false, error: 'cycle_slug_taken' });
		expect(await startCycle({ db: handle.db, now }, lead, { placeId, ...words, slug: null, phases: phasesToUse })).toMatchObject({ ok: true, slug: 'the-green-2' });
	});

	it('refuses a schedule with a vote that closes before it opens, and writes nothing', async () => {
		const before = await cyclesOfPlace();
		const result = await startCycle({ db: handle.db, now }, lead, {
			placeId,
			...words,
			slug: 'bad-dates',
			phases: [{ kind: 'test', opensAt: day('2027-03-03'), closesAt: day('2027-03-01') }]
		});
		expect(result).toEqual({ ok: false, error: 'schedule_invalid', problems: [{ kind: 'test', field: 'closesAt', code: 'closes_before_opens' }] });
		expect(await cyclesOfPlace()).toEqual(before);
		expect(await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'cycle.started'))).toHaveLength(2);
	});

	it('copies a cycle’s phase settings and pots with the new dates, and nothing residents wrote', async () => {
		const [source] = await handle.db.insert(cycles).values({ placeId, slug: 'old', title: { en: 'Old' }, challenge: { en: 'Old?' }, status: 'finished' }).returning();
		await handle.db.insert(phases).values([
			{ placeId, cycleId: source.id, kind: 'discover', position: 0, opensAt: day('2026-01-01'), closesAt: day('2026-02-01'), settings: { assetsOpen: false } },
			{ placeId, cycleId: source.id, kind: 'test', position: 2, opensAt: day('2026-03-01'), closesAt: day('2026-03-15'), settings: { ballotType: 'ranked', rankedTop: 3 } }
		]);
		const [pot] = await handle.db.insert(pots).values({ placeId, cycleId: source.id, name: { en: 'Youth' }, description: { en: 'For young people' }, allocatedMinor: 100_00, position: 1 }).returning();
		await handle.db.insert(contributions).values({ placeId, cycleId: source.id, funderName: 'Council', amountMinor: 500_00, potId: pot.id });
		await handle.db.insert(posts).values({ placeId, cycleId: source.id, kind: 'need', body: 'More benches', authorUserId: lead.userId });
		await handle.db.insert(proposals).values({ placeId, cycleId: source.id, number: 1, title: 'Benches', summary: 'Two benches', estimatedCostMinor: 900_00, authorUserId: lead.userId });

		const result = await copyCycle({ db: handle.db, now }, lead, {
			placeId,
			sourceCycleId: source.id,
			title: { en: 'Again' },
			challenge: { en: 'Old?' },
			slug: 'again',
			phases: [
				{ kind: 'discover', opensAt: day('2027-01-01'), closesAt: day('2027-02-01') },
				{ kind: 'test', opensAt: day('2027-03-01'), closesAt: day('2027-03-15') }
			]
		});
		expect(result).toMatchObject({ ok: true, slug: 'again' });
		if (!result.ok) return;
		const copied = await phasesOf(result.cycleId);
		expect(copied.map((p) => [p.kind, p.position, p.opensAt])).toEqual([['discover', 0, day('2027-01-01')], ['test', 2, day('2027-03-01')]]);
		expect(copied[0].settings).toEqual(parsePhaseSettings('discover', { assetsOpen: false }));
		expect(copied[1].settings).toMatchObject({ ballotType: 'ranked', rankedTop: 3 });
		const copiedPots = await handle.db.select().from(pots).where(eq(pots.cycleId, result.cycleId));
		expect(copiedPots).toMatchObject([{ name: { en: 'Youth' }, description: { en: 'For young people' }, allocatedMinor: 0, placeId }]);
		expect(await handle.db.select().from(contributions).where(eq(contributions.cycleId, result.cycleId))).toEqual([]);
		expect(await handle.db.select().from(posts).where(eq(posts.cycleId, result.cycleId))).toEqual([]);
		expect(await handle.db.select().from(proposals).where(eq(proposals.cycleId, result.cycleId))).toEqual([]);
		const [event] = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, placeId), eq(auditEvents.action, 'cycle.copied')));
		expect(event.details).toMatchObject({ sourceCycleId: source.id, potsCopied: 1, cycleId: result.cycleId });
	});

	it('will not copy another place’s cycle', async () => {
		const other = await insertPlace(handle.db, { slug: 'q' });
		const [theirs] = await handle.db.insert(cycles).values({ placeId: other.id, slug: 'theirs', title: { en: 'T' }, challenge: {}, status: 'active' }).returning();
		const result = await copyCycle({ db: handle.db, now }, lead, { placeId, sourceCycleId: theirs.id, ...words, slug: 'stolen', phases: [{ kind: 'discover', opensAt: day('2027-01-01'), closesAt: null }] });
		expect(result).toEqual({ ok: false, error: 'cycle_copy_unknown' });
		expect((await cyclesOfPlace()).map((c) => c.slug)).not.toContain('stolen');
	});
});
