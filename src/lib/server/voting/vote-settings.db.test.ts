import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { hourOf } from './cast-ballot';
import { loadVoteSettings, updateVoteSettings } from './vote-settings';
import { ballots } from './voting.table';
import { insertPlace } from '../testing/places';

const now = new Date('2026-05-01T10:00:00Z');

describe.each(testDatabases())('vote settings on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let userId: string;
	let cycle: { id: string; placeId: string };
	let votedCycle: { id: string; placeId: string };
	let noVoteCycle: { id: string; placeId: string };
	const save = (target: { id: string; placeId: string }, settings: Record<string, unknown>) =>
		updateVoteSettings({ db: handle.db, now }, { cycle: target, settings, userId, actorLabel: 'lead@example.org' });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		[cycle, votedCycle, noVoteCycle] = await db
			.insert(cycles)
			.values(['c', 'd', 'e'].map((slug) => ({ placeId: place.id, slug, title: { en: slug }, challenge: {}, status: 'active' as const })))
			.returning({ id: cycles.id, placeId: cycles.placeId });
		await db.insert(phases).values([
			{ placeId: place.id, cycleId: cycle.id, kind: 'test', position: 3 },
			{ placeId: place.id, cycleId: votedCycle.id, kind: 'test', position: 3, settings: { ballotType: 'approval', approvalMaxChoices: 3 } },
			{ placeId: place.id, cycleId: noVoteCycle.id, kind: 'co_create', position: 2 }
		]);
		await db.insert(ballots).values({ placeId: place.id, cycleId: votedCycle.id, channel: 'online', choices: { choices: [] }, receiptHash: 'x', castHour: hourOf(now) });
		[{ id: userId }] = await db.insert(users).values({ email: 'lead@example.org' }).returning({ id: users.id });
	});
	afterAll(() => handle.close());

	it('saves the ballot the team chose into the test phase, and records before and after', async () => {
		const result = await save(cycle, { ballotType: 'cumulative', cumulativePoints: 10, cumulativeMaxPerProject: 4, postcodePrefixes: ['BF1', 'BF2 '], outcomeRule: 'greedy' });
		expect(result.ok).toBe(true);
		const loaded = await loadVoteSettings(handle.db, cycle);
		expect(loaded).toMatchObject({ locked: false, settings: { ballotType: 'cumulative', cumulativePoints: 10, cumulativeMaxPerProject: 4, postcodePrefixes: ['BF1', 'BF2'], outcomeRule: 'greedy', votingOpen: true } });
		const [event] = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, cycle.placeId), eq(auditEvents.action, 'vote.settings_changed')));
		expect(event).toMatchObject({ actorUserId: userId, subjectId: cycle.id });
		expect(event.details).toMatchObject({ before: { ballotType: 'approval' }, after: { ballotType: 'cumulative', cumulativePoints: 10 } });
	});

	it('names each bad field with a code and the bound it broke, and saves nothing', async () => {
		const before = await loadVoteSettings(handle.db, cycle);
		expect(await save(cycle, { ballotType: 'cumulative', cumulativePoints: 2000, rankedTop: 'five', minimumAge: -1, approvalMinChoices: null })).toEqual({
			ok: false,
			error: 'invalid',
			fields: { cumulativePoints: 'too_big', rankedTop: 'whole_number', minimumAge: 'too_small', approvalMinChoices: 'required' },
			params: { cumulativePoints_max: 1000, minimumAge_min: 0 }
		});
		expect(await save(cycle, { ballotType: 'cumulative', cumulativePoints: 10, cumulativeMaxPerProject: 11 })).toMatchObject({ ok: false, fields: { cumulativeMaxPerProject: 'max_above_total' } });
		expect(await save(cycle, { ballotType: 'lottery' })).toMatchObject({ ok: false, fields: { ballotType: 'choice_invalid' } });
		expect(await save(cycle, { ballotType: 'ranked', outcomeRule: 'phragmen' })).toMatchObject({ ok: false, fields: { outcomeRule: 'phragmen_needs_ticks' } });
		expect(await loadVoteSettings(handle.db, cycle)).toEqual(before);
	});

	it('once someone has voted, refuses to change the ballot or who may vote, but still pauses the vote', async () => {
		const stored = (await loadVoteSettings(handle.db, votedCycle))!;
		expect(stored.locked).toBe(true);
		expect(await save(votedCycle, { ...stored.settings, ballotType: 'ranked', minimumAge: 16, votingOpen: false })).toEqual({
			ok: false,
			error: 'locked',
			fields: { ballotType: 'locked', minimumAge: 'locked' }
		});
		expect((await loadVoteSettings(handle.db, votedCycle))!.settings).toEqual(stored.settings);

		const paused = await save(votedCycle, { ...stored.settings, votingOpen: false, outcomeRule: 'greedy', revoting: true, postcodePrefixes: [...stored.settings.postcodePrefixes].reverse() });
		expect(paused.ok).toBe(true);
		expect((await loadVoteSettings(handle.db, votedCycle))!.settings).toMatchObject({ votingOpen: false, outcomeRule: 'greedy', revoting: true, approvalMaxChoices: 3 });
	});

	it('has nothing to set in a cycle without a test phase', async () => {
		expect(await loadVoteSettings(handle.db, noVoteCycle)).toBeNull();
		expect(await save(noVoteCycle, {})).toEqual({ ok: false, error: 'no_test_phase' });
	});
});
