import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { pots } from '../budget/budget.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { testDatabases } from '../testing/databases';
import { insertPlace } from '../testing/places';
import { castBallot, replaceBallot, type Voter } from './cast-ballot';
import { hashCode } from './hash-code';
import { mixBallots } from './mix-ballots';
import { enterPaperBallot } from './paper-ballots';
import { registerEntries } from './voting.table';

const now = new Date('2026-06-10T14:37:12.345Z');
const bench = '00000000-0000-4000-8000-0000000000b1';
const mural = '00000000-0000-4000-8000-0000000000b2';

/** Spearman's rank correlation of two equally long lists of distinct numbers. */
function spearman(xs: number[], ys: number[]): number {
	const ranks = (values: number[]) => {
		const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
		const rank = new Array<number>(values.length);
		order.forEach(({ index }, position) => (rank[index] = position));
		return rank;
	};
	const [rx, ry] = [ranks(xs), ranks(ys)];
	const n = xs.length;
	const d2 = rx.reduce((sum, r, i) => sum + (r - ry[i]) ** 2, 0);
	return 1 - (6 * d2) / (n * (n * n - 1));
}

/** A row's physical place, (page, line), as one number that sorts the way the table is laid out. */
const place = (ctid: string) => {
	const [page, line] = ctid.slice(1, -1).split(',').map(Number);
	return page * 10_000 + line;
};

/**
 * The administrator's attack on the secret of the ballot: someone with the database (a backup, a
 * read-only role, the host) who wants to know how a given voter voted. Ballots are cast on every
 * channel — online, letter code, paper entered twice, and re-votes — then mixed, as the app does
 * every hour, and the attack tries every path the database's own bookkeeping offers from a
 * participation (which names the voter) to a ballot (which holds the choices):
 * - the transaction id Postgres stamps on every row (`xmin`): equal stamps pair rows written
 *   together (a participation and its ballot; a paper participation and its `paper.entered` audit
 *   row, which names the serial, the staff member and the minute);
 * - the physical order of rows (`ctid`), which follows the order they were written in: the k-th
 *   participation against the k-th ballot, or either against the cast order (which the audit
 *   trail gives for paper: its rows are numbered);
 * - columns, sequences and times: ballots and participations share no column but the pot, the
 *   channel and the hour; everything here is cast in one hour, and mixing gives every ballot its
 *   pot's latest hour (mix-ballots.db.test.ts shows that with votes in different hours). The
 *   channel is left: a channel with one voter in a pot names their ballot (see the report of
 *   issue 15; removing `ballots.channel` needs a migration).
 * The exact properties (one stamp for the pot's rows) cannot fail by chance. The order ones are
 * rank correlations of N rows: for a random order Spearman's ρ is about normal with standard
 * deviation 1/√(N−1), so |ρ| < 0.4 with N = 200 (5.6 standard deviations) fails by chance about
 * once in 50 million runs, and |ρ| < 0.55 for the 80 paper rows (4.9) once in a million. Pairing by
 * physical rank hits, by chance, as many pairs as a random permutation has fixed points (about
 * Poisson(1)): 10 or more happens about once in 10 million runs.
 */
describe.each(testDatabases())('the secret of the ballot against the database on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: { id: string; placeId: string };
	let potId: string;
	let staff: { userId: string; email: string }[];

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const p = await insertPlace(db, { slug: 's' });
		[cycle] = await db.insert(cycles).values({ placeId: p.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning({ id: cycles.id, placeId: cycles.placeId });
		[{ id: potId }] = await db.insert(pots).values({ placeId: p.id, cycleId: cycle.id, name: { en: 'Pot' }, description: {}, position: 1 }).returning({ id: pots.id });
		staff = await db
			.insert(users)
			.values([
				{ email: 'ana@example.org', displayName: 'Ana' },
				{ email: 'bryn@example.org', displayName: 'Bryn' }
			])
			.returning({ userId: users.id, email: users.email });
	});
	afterAll(() => handle.close());

	const stats = async () => {
		const ballotRows = rowsOf<{ id: string; stamp: string; ctid: string; mixed: boolean }>(
			await handle.db.execute(sql`select id, xmin::text as stamp, ctid::text as ctid, mixed from ballots where cycle_id = ${cycle.id}`)
		);
		const participationRows = rowsOf<{ voter_key: string; stamp: string; ctid: string }>(
			await handle.db.execute(sql`select voter_key, xmin::text as stamp, ctid::text as ctid from participations where cycle_id = ${cycle.id}`)
		);
		return { ballotRows, participationRows };
	};

	it('gives nothing away after mixing: not by transaction ids, physical order or the audit trail, on every channel', { timeout: 120_000 }, async () => {
		const { db } = handle;
		const target = { placeId: cycle.placeId, cycleId: cycle.id, potId };
		/** Who voted, in the order they did, with their ballot's id: what the attack tries to find. */
		const truth: { voterKey: string; ballotId: string; channel: string }[] = [];
		const revoters: { voter: Voter; receiptCode: string }[] = [];
		const ballotIdOf = async (receiptHash: string) => rowsOf<{ id: string }>(await db.execute(sql`select id from ballots where receipt_hash = ${receiptHash}`))[0].id;
		const known = new Set<string>();

		for (let i = 0; i < 200; i++) {
			const kind = i % 5 === 0 ? 'letter' : i % 5 === 1 || i % 5 === 3 ? 'paper' : 'online';
			if (kind === 'paper') {
				const reference = `R-${i}`;
				const [entry] = await db.insert(registerEntries).values({ placeId: cycle.placeId, cycleId: cycle.id, reference, referenceKey: reference, postcode: 'CF10 1AA' }).returning({ id: registerEntries.id });
				const enter = (who: (typeof staff)[number]) =>
					enterPaperBallot({ db, now }, { cycle, potId, serial: `P-${i}`, voterReference: reference, ballotType: 'approval', ballot: { choices: [i % 2 ? bench : mural] }, staff: who });
				expect(await enter(staff[0])).toEqual({ ok: true, stage: 'awaiting_check' });
				expect(await enter(staff[1])).toEqual({ ok: true, stage: 'counted' });
				const paperIds = rowsOf<{ id: string }>(await db.execute(sql`select id from ballots where cycle_id = ${cycle.id} and channel = 'paper'`)).map((row) => row.id);
				const [ballotId] = paperIds.filter((id) => !known.has(id));
				known.add(ballotId);
				truth.push({ voterKey: `register:${entry.id}`, ballotId, channel: 'paper' });
			} else {
				const voter: Voter = kind === 'letter' ? { kind: 'code', letterCodeId: randomUUID() } : { kind: 'user', userId: randomUUID() };
				const cast = await castBallot({ db, now }, { ...target, voter, channel: kind === 'letter' ? 'letter_code' : 'online', ballot: { choices: [i % 2 ? bench : mural] } });
				if (!cast.ok) throw new Error('not cast');
				const ballotId = await ballotIdOf(hashCode(cast.receiptCode));
				known.add(ballotId);
				truth.push({ voterKey: `${voter.kind === 'code' ? 'code' : 'user'}:${voter.kind === 'code' ? voter.letterCodeId : voter.kind === 'user' ? voter.userId : ''}`, ballotId, channel: kind });
				if (i % 5 === 2) revoters.push({ voter, receiptCode: cast.receiptCode });
			}
		}
		// Before mixing, the stamps pair every ballot with its voter: the attack works.
		const before = await stats();
		const stampOf = new Map(before.ballotRows.map((row) => [row.id, row.stamp]));
		const participationStamp = new Map(before.participationRows.map((row) => [row.voter_key, row.stamp]));
		expect(truth.filter((t) => t.channel !== 'paper' && participationStamp.get(t.voterKey) === stampOf.get(t.ballotId)).length).toBe(120);

		await mixBallots(db);
		// Some voters change their minds after the first mix, and the app mixes again.
		for (const { voter, receiptCode } of revoters) {
			expect(await replaceBallot({ db, now }, { ...target, voter, receiptCode, ballot: { choices: [bench, mural] } })).toEqual({ ok: true });
		}
		await mixBallots(db);

		const { ballotRows, participationRows } = await stats();
		expect(ballotRows).toHaveLength(200);
		expect(participationRows).toHaveLength(200);

		// Transaction ids: every ballot and every participation of the pot carries one and the same
		// stamp (the last mixing pass's), so no stamp pairs anything — re-voted ballots included.
		const stamps = new Set([...ballotRows, ...participationRows].map((row) => row.stamp));
		expect(stamps.size).toBe(1);
		expect(ballotRows.every((row) => row.mixed)).toBe(true);
		// No participation shares a stamp with an audit row or a paper entry (which name the serial).
		const auditLinks = rowsOf<{ n: number }>(
			await db.execute(sql`
				select count(*)::int as n from participations p
				where p.cycle_id = ${cycle.id}
				and (exists (select 1 from audit_events a where a.xmin::text = p.xmin::text) or exists (select 1 from paper_entries e where e.xmin::text = p.xmin::text))`)
		)[0].n;
		expect(auditLinks).toBe(0);

		// Physical order.
		const ballotPlace = new Map(ballotRows.map((row) => [row.id, place(row.ctid)]));
		const participationPlace = new Map(participationRows.map((row) => [row.voter_key, place(row.ctid)]));
		const castOrder = truth.map((_, index) => index);
		const ballotsInPlace = truth.map((t) => ballotPlace.get(t.ballotId)!);
		const participationsInPlace = truth.map((t) => participationPlace.get(t.voterKey)!);
		// Neither table keeps the order ballots were cast in…
		expect(Math.abs(spearman(castOrder, ballotsInPlace))).toBeLessThan(0.4);
		expect(Math.abs(spearman(castOrder, participationsInPlace))).toBeLessThan(0.4);
		// …nor the other's order: the k-th participation is not the k-th ballot's voter.
		expect(Math.abs(spearman(participationsInPlace, ballotsInPlace))).toBeLessThan(0.4);
		const rankOf = (values: number[]) => {
			const sorted = [...values].sort((a, b) => a - b);
			return values.map((value) => sorted.indexOf(value));
		};
		const [participationRank, ballotRank] = [rankOf(participationsInPlace), rankOf(ballotsInPlace)];
		expect(participationRank.filter((rank, i) => rank === ballotRank[i]).length).toBeLessThan(10);

		// The audit trail numbers paper entries in the order they were typed: the paper participations'
		// physical order says nothing of it.
		const paperOrder = rowsOf<{ serial: string }>(
			await db.execute(sql`select details->>'serial' as serial from audit_events where action = 'paper.entered' and place_id = ${cycle.placeId} order by sequence`)
		).map((row) => Number(row.serial.slice(2)));
		const paperTruth = truth.map((t, index) => ({ ...t, index })).filter((t) => t.channel === 'paper');
		expect(paperOrder).toEqual(paperTruth.map((t) => t.index));
		expect(Math.abs(spearman(paperOrder, paperTruth.map((t) => participationPlace.get(t.voterKey)!)))).toBeLessThan(0.55);
	});
});
