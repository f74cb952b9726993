import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { testDatabases } from '../testing/databases';
import { openSecondConnection } from '../testing/second-connection';
import { castBallot, replaceBallot, type Voter } from './cast-ballot';
import { hashCode } from './hash-code';
import { mixBallots } from './mix-ballots';
import { enterPaperBallot } from './paper-ballots';
import { ballots, participations, registerEntries } from './voting.table';
import { insertPlace } from '../testing/places';

const now = new Date('2026-06-10T14:37:12.345Z');
const bench = '00000000-0000-4000-8000-0000000000b1';

describe.each(testDatabases())('mixing ballots on $name', ({ name, open }) => {
	let handle: DatabaseHandle;
	let cycle: { id: string; placeId: string };
	let staff: { userId: string; email: string };

	beforeAll(async () => {
		handle = await open();
		const place = await insertPlace(handle.db, { slug: 'm' });
		[cycle] = await handle.db.insert(cycles).values({ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning({ id: cycles.id, placeId: cycles.placeId });
		[staff] = await handle.db.insert(users).values({ email: 'ana@example.org', displayName: 'Ana' }).returning({ userId: users.id, email: users.email });
	});
	afterAll(() => handle.close());

	const cast = (voter: Voter = { kind: 'user', userId: randomUUID() }, db = handle.db) =>
		castBallot({ db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter, channel: 'online', ballot: { choices: [] } });
	/** Pairs of (participation, ballot) whose transaction stamp no other row of the cycle carries. */
	const linkedPairs = async () =>
		rowsOf<{ n: number }>(
			await handle.db.execute(sql`
				with stamps as (
					select xmin::text as stamp from ballots where cycle_id = ${cycle.id}
					union all select xmin::text from participations where cycle_id = ${cycle.id}
				)
				select count(*)::int as n from stamps group by stamp having count(*) = 2`)
		).length;
	const stampsOf = async (table: 'ballots' | 'participations') =>
		rowsOf<{ stamp: string }>(await handle.db.execute(sql`select distinct xmin::text as stamp from ${sql.identifier(table)} where cycle_id = ${cycle.id}`)).map((row) => row.stamp);
	const contents = async () => ({
		ballots: (await handle.db.select({ id: ballots.id, choices: ballots.choices, receiptHash: ballots.receiptHash, castHour: ballots.castHour }).from(ballots).where(eq(ballots.cycleId, cycle.id))).sort((a, b) => a.id.localeCompare(b.id)),
		participations: (await handle.db.select().from(participations).where(eq(participations.cycleId, cycle.id))).sort((a, b) => a.id.localeCompare(b.id))
	});

	it('leaves every ballot and participation of the pot with one stamp, and every row as it was', async () => {
		for (let i = 0; i < 5; i++) await cast();
		// Straight after casting, a database reader can pair each ballot with its voter.
		expect(await linkedPairs()).toBe(5);
		const before = await contents();
		expect(await mixBallots(handle.db)).toBe(5);
		expect(await linkedPairs()).toBe(0);
		// All ten rows now carry the pass's stamp: the pot, nothing finer.
		const [ballotStamps, participationStamps] = [await stampsOf('ballots'), await stampsOf('participations')];
		expect(ballotStamps).toHaveLength(1);
		expect(participationStamps).toEqual(ballotStamps);
		// Ids, choices, receipts, hours and voters are exactly as cast: nothing lost, nothing doubled.
		expect(await contents()).toEqual(before);
		expect(await mixBallots(handle.db)).toBe(0);
	});

	it('leaves no ballot an hour finer than its pot’s latest, so a lone voter’s hour names no ballot', async () => {
		const [other] = await handle.db.insert(cycles).values({ placeId: cycle.placeId, slug: 'h', title: { en: 'H' }, challenge: {}, status: 'active' }).returning({ id: cycles.id });
		const castAt = (at: string) =>
			castBallot({ db: handle.db, now: new Date(at) }, { placeId: cycle.placeId, cycleId: other.id, potId: null, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot: { choices: [] } });
		await castAt('2026-06-10T09:12:00Z');
		await castAt('2026-06-10T11:40:00Z');
		await castAt('2026-06-10T11:55:00Z');
		await mixBallots(handle.db);
		const hours = (await handle.db.select({ castHour: ballots.castHour }).from(ballots).where(eq(ballots.cycleId, other.id))).map((row) => row.castHour.toISOString());
		expect(hours).toEqual(Array(3).fill('2026-06-10T11:00:00.000Z'));
		// Who voted when stays with the participations, which name no ballot.
		const voted = (await handle.db.select({ votedHour: participations.votedHour }).from(participations).where(eq(participations.cycleId, other.id))).map((row) => row.votedHour.toISOString()).sort();
		expect(voted).toEqual(['2026-06-10T09:00:00.000Z', '2026-06-10T11:00:00.000Z', '2026-06-10T11:00:00.000Z']);
	});

	it('mixes a re-voted ballot again (a re-vote stamps it with its own transaction)', async () => {
		const voter: Voter = { kind: 'user', userId: randomUUID() };
		const cast1 = await cast(voter);
		if (!cast1.ok) throw new Error('not cast');
		await mixBallots(handle.db);
		expect(await replaceBallot({ db: handle.db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter, receiptCode: cast1.receiptCode, ballot: { choices: [bench] } })).toEqual({ ok: true });
		// The changed ballot stands apart from the rest of the pot, dated by its stamp…
		expect(await stampsOf('ballots')).toHaveLength(2);
		expect(await mixBallots(handle.db)).toBeGreaterThan(0);
		// …until the next pass.
		expect(await stampsOf('ballots')).toHaveLength(1);
		expect(await stampsOf('participations')).toEqual(await stampsOf('ballots'));
	});

	it('mixes a paper voter’s participation away from the audit row of its entry, before the check', async () => {
		await handle.db.insert(registerEntries).values({ placeId: cycle.placeId, cycleId: cycle.id, reference: 'R-1', referenceKey: 'R-1', postcode: 'CF10 1AA' });
		expect(await enterPaperBallot({ db: handle.db, now }, { cycle, potId: null, serial: 'S-1', voterReference: 'R-1', ballotType: 'approval', ballot: { choices: [bench] }, staff })).toEqual({
			ok: true,
			stage: 'awaiting_check'
		});
		// The first entry wrote the participation and the audit row naming the serial together.
		const linkedToAudit = async () =>
			rowsOf<{ n: number }>(
				await handle.db.execute(sql`select count(*)::int as n from participations p join audit_events a on a.xmin::text = p.xmin::text where p.cycle_id = ${cycle.id}`)
			)[0].n;
		expect(await linkedToAudit()).toBe(1);
		// No ballot is new in the pot, but the participation is.
		await mixBallots(handle.db);
		expect(await linkedToAudit()).toBe(0);
	});

	it('mixes a pot whose only rows are a paper entry waiting for its check', async () => {
		const [other] = await handle.db.insert(cycles).values({ placeId: cycle.placeId, slug: 'p', title: { en: 'P' }, challenge: {}, status: 'active' }).returning({ id: cycles.id, placeId: cycles.placeId });
		await handle.db.insert(registerEntries).values({ placeId: other.placeId, cycleId: other.id, reference: 'R-2', referenceKey: 'R-2', postcode: 'CF10 1AA' });
		await enterPaperBallot({ db: handle.db, now }, { cycle: other, potId: null, serial: 'S-2', voterReference: 'R-2', ballotType: 'approval', ballot: { choices: [bench] }, staff });
		await mixBallots(handle.db);
		const linked = rowsOf<{ n: number }>(
			await handle.db.execute(sql`select count(*)::int as n from participations p join audit_events a on a.xmin::text = p.xmin::text where p.cycle_id = ${other.id}`)
		)[0].n;
		expect(linked).toBe(0);
	});

	it.skipIf(name !== 'postgres')('keeps every ballot cast while another app process mixes, and no voter twice', async () => {
		const second = await openSecondConnection(handle.db, process.env.DATABASE_URL!);
		try {
			const earlier: { voter: Voter; receiptCode: string }[] = [];
			for (let i = 0; i < 200; i++) {
				const voter: Voter = { kind: 'user', userId: randomUUID() };
				const result = await cast(voter);
				if (result.ok) earlier.push({ voter, receiptCode: result.receiptCode });
			}
			const [pass, fresh, again] = await Promise.all([
				mixBallots(second.db),
				Promise.all(Array.from({ length: 100 }, () => cast())),
				Promise.all(earlier.slice(0, 100).map(({ voter }) => cast(voter)))
			]);
			expect(pass).toBeGreaterThanOrEqual(200);
			expect(fresh.every((result) => result.ok)).toBe(true);
			expect(again.every((result) => !result.ok && result.error === 'already_voted')).toBe(true);
			const receipts = [...earlier.map((e) => e.receiptCode), ...fresh.map((result) => (result.ok ? result.receiptCode : ''))].map(hashCode);
			const found = await handle.db.select({ receiptHash: ballots.receiptHash }).from(ballots).where(eq(ballots.cycleId, cycle.id));
			const kept = new Set(found.map((row) => row.receiptHash));
			expect(receipts.filter((receipt) => !kept.has(receipt))).toEqual([]);
			const counts = await contents();
			expect(counts.ballots.length).toBe(counts.participations.filter((p) => !p.voterKey.startsWith('register:')).length);
		} finally {
			await second.close();
		}
	});

	it.skipIf(name !== 'postgres')('loses no re-vote and lets no voter vote twice while a pass rewrites the pot', async () => {
		const second = await openSecondConnection(handle.db, process.env.DATABASE_URL!);
		try {
			const voter: Voter = { kind: 'user', userId: randomUUID() };
			const first = await cast(voter);
			if (!first.ok) throw new Error('not cast');
			await mixBallots(handle.db);
			// A pass caught half-way: the pot's rows deleted and written back, not yet committed.
			let commit!: () => void;
			const held = new Promise<void>((resolve) => (commit = resolve));
			let started!: () => void;
			const rewriting = new Promise<void>((resolve) => (started = resolve));
			const pass = second.db.transaction(async (tx) => {
				for (const table of ['ballots', 'participations']) {
					await tx.execute(sql`with gone as (delete from ${sql.identifier(table)} where cycle_id = ${cycle.id} returning *) insert into ${sql.identifier(table)} select * from gone order by random()`);
				}
				started();
				await held;
			});
			await rewriting;
			// Meanwhile the voter re-votes and tries to vote again; a new voter votes.
			const revote = replaceBallot({ db: handle.db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter, receiptCode: first.receiptCode, ballot: { choices: [bench] } });
			const again = cast(voter);
			const fresh = cast();
			await new Promise((resolve) => setTimeout(resolve, 200));
			commit();
			await pass;
			expect(await revote).toEqual({ ok: true });
			expect(await again).toEqual({ ok: false, error: 'already_voted' });
			expect((await fresh).ok).toBe(true);
			const [kept] = rowsOf<{ choices: { choices: string[] } }>(await handle.db.execute(sql`select choices from ballots where receipt_hash = ${hashCode(first.receiptCode)}`));
			expect(kept.choices).toEqual({ choices: [bench] });
			const counts = await contents();
			expect(counts.ballots.length).toBe(counts.participations.filter((p) => !p.voterKey.startsWith('register:')).length);
		} finally {
			await second.close();
		}
	});
});
