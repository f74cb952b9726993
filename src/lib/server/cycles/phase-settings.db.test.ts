import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { cycles, phases } from './cycles.table';
import { loadPhaseSettings, updatePhaseSettings, type SettingsPhaseKind } from './phase-settings';
import { insertPlace } from '../testing/places';

const now = new Date('2026-05-01T10:00:00Z');

describe.each(testDatabases())('phase settings on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let userId: string;
	let cycle: { id: string; placeId: string };
	let shortCycle: { id: string; placeId: string };
	const save = (kind: SettingsPhaseKind, settings: Record<string, unknown>, target = cycle) =>
		updatePhaseSettings({ db: handle.db, now }, { cycle: target, kind, settings, userId, actorLabel: 'lead@example.org' });
	const auditRows = () =>
		handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, cycle.placeId), eq(auditEvents.action, 'phase.settings_changed'))).orderBy(auditEvents.sequence);

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		[cycle, shortCycle] = await db
			.insert(cycles)
			.values(['c', 'short'].map((slug) => ({ placeId: place.id, slug, title: { en: slug }, challenge: {}, status: 'active' as const })))
			.returning({ id: cycles.id, placeId: cycles.placeId });
		await db.insert(phases).values([
			// Stored before photos could be switched off: it must still read, with photos allowed.
			{ placeId: place.id, cycleId: cycle.id, kind: 'discover', position: 1, settings: { postsOpen: true, assetsOpen: true, commentsOpen: true } },
			{ placeId: place.id, cycleId: cycle.id, kind: 'co_create', position: 2 },
			{ placeId: place.id, cycleId: cycle.id, kind: 'implement', position: 4, settings: { deliveryUpdates: true, outcomesShared: true } },
			// A place may leave a phase out: this cycle has no discover.
			{ placeId: place.id, cycleId: shortCycle.id, kind: 'co_create', position: 1 }
		]);
		[{ id: userId }] = await db.insert(users).values({ email: 'lead@example.org' }).returning({ id: users.id });
	});
	afterAll(() => handle.close());

	it('saves discover settings, and records the kind with what they were before and after', async () => {
		expect(await loadPhaseSettings(handle.db, cycle, 'discover')).toEqual({ postsOpen: true, assetsOpen: true, photosAllowed: true, commentsOpen: true });
		expect(await save('discover', { postsOpen: true, assetsOpen: false, photosAllowed: false, commentsOpen: true })).toMatchObject({ ok: true });
		expect(await loadPhaseSettings(handle.db, cycle, 'discover')).toEqual({ postsOpen: true, assetsOpen: false, photosAllowed: false, commentsOpen: true });
		const [event] = await auditRows();
		expect(event).toMatchObject({ actorUserId: userId, actorLabel: 'lead@example.org', subjectType: 'cycle', subjectId: cycle.id });
		expect(event.details).toEqual({
			cycleId: cycle.id,
			kind: 'discover',
			before: { postsOpen: true, assetsOpen: true, photosAllowed: true, commentsOpen: true },
			after: { postsOpen: true, assetsOpen: false, photosAllowed: false, commentsOpen: true }
		});
	});

	it('saves a co-create cap in pence, and takes it off again', async () => {
		expect(await save('co_create', { proposalsOpen: true, groupProposals: false, coAuthoring: true, commentsOpen: false, maxProposalCostMinor: 500_000 })).toMatchObject({ ok: true });
		expect(await loadPhaseSettings(handle.db, cycle, 'co_create')).toEqual({ proposalsOpen: true, groupProposals: false, coAuthoring: true, commentsOpen: false, maxProposalCostMinor: 500_000 });
		expect(await save('co_create', { maxProposalCostMinor: null })).toMatchObject({ ok: true, settings: { maxProposalCostMinor: null } });
	});

	it('saves who may follow a project and the promise of news', async () => {
		expect(await save('implement', { deliveryUpdates: true, outcomesShared: true, followers: 'nobody', updateEveryDays: 30 })).toMatchObject({ ok: true });
		expect(await loadPhaseSettings(handle.db, cycle, 'implement')).toEqual({ deliveryUpdates: true, outcomesShared: true, followers: 'nobody', updateEveryDays: 30 });
	});

	it('names each bad field with a code and its bound, and saves nothing', async () => {
		const before = await loadPhaseSettings(handle.db, cycle, 'implement');
		const audited = (await auditRows()).length;
		expect(await save('implement', { followers: 'everyone', updateEveryDays: 400 })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { followers: 'choice_invalid', updateEveryDays: 'too_big' },
			params: { updateEveryDays_max: 365 }
		});
		expect(await save('implement', { updateEveryDays: 'monthly' })).toMatchObject({ ok: false, fields: { updateEveryDays: 'whole_number' } });
		expect(await save('co_create', { maxProposalCostMinor: -5 })).toMatchObject({ ok: false, fields: { maxProposalCostMinor: 'too_small' } });
		// A setting of another phase is not smuggled in.
		expect(await save('discover', { ballotType: 'approval' })).toMatchObject({ ok: false, error: 'invalid' });
		expect(await loadPhaseSettings(handle.db, cycle, 'implement')).toEqual(before);
		expect(await auditRows()).toHaveLength(audited);
	});

	it('has nothing to set for a phase the cycle left out', async () => {
		expect(await loadPhaseSettings(handle.db, shortCycle, 'discover')).toBeNull();
		expect(await save('discover', {}, shortCycle)).toEqual({ ok: false, error: 'no_phase' });
	});
});
