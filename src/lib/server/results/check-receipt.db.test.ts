import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePabulib } from '../../tally';
import { ballotsToElection } from '../../results/ballots-to-election';
import { ballotsCsv } from '../../results/ballots-csv';
import { users } from '../accounts/accounts.table';
import { pots } from '../budget/budget.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import type { Database, DatabaseHandle } from '../platform/db/database';
import type { Place } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { testDatabases } from '../testing/databases';
import { insertPlace } from '../testing/places';
import { insertVotingCycle } from '../testing/voting';
import { castBallot } from '../voting/cast-ballot';
import { hashCode } from '../voting/hash-code';
import { checkReceipt } from './check-receipt';
import { countHere, startCount } from './count-pot';
import { loadReceiptHashes, openDataOr404 } from './open-data';

const during = new Date('2026-06-10T12:00:00Z');
const after = new Date('2026-07-02T12:00:00Z');

/** A published cycle with one pot and three proposals, its vote open in June 2026. */
async function votingCycle(db: Database, place: Place, slug: string) {
	const c = await insertVotingCycle(db, place.id, { slug, title: 'The green', settings: { ballotType: 'approval', outcomeRule: 'greedy' }, moneyMinor: 1_000_000 });
	const [{ id: potId }] = await db.insert(pots).values({ placeId: place.id, cycleId: c.id, name: { en: 'North end' }, description: {}, position: 1, allocatedMinor: 1_000_000 }).returning({ id: pots.id });
	const base = { placeId: place.id, cycleId: c.id, summary: 's', status: 'feasible' as const, reviewReason: 'ok', potId };
	const made = await db
		.insert(proposals)
		.values([
			{ ...base, number: 1, title: 'Benches', estimatedCostMinor: 200_000 },
			{ ...base, number: 2, title: 'Lights', estimatedCostMinor: 600_000 },
			{ ...base, number: 3, title: 'Pitch', estimatedCostMinor: 700_000 }
		])
		.returning({ id: proposals.id });
	const cycle = (await findPublishedCycle(db, place.id, slug))!;
	return { cycle, potId, ids: made.map((p) => p.id) };
}

describe.each(testDatabases())('checking a receipt on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let place: Place;
	let green: { cycle: CycleWithPhases; potId: string; ids: string[] };
	let other: { cycle: CycleWithPhases; potId: string; ids: string[] };
	const receipts: string[] = [];
	let otherReceipt: string;
	const from = (ip: string, now = during) => ({ ip, now });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		place = await insertPlace(db, { slug: 'p', name: { en: 'Northgate' } });
		green = await votingCycle(db, place, '2026-green');
		other = await votingCycle(db, place, '2026-other');
		const [a, b, c] = green.ids;
		for (const choices of [[c], [c, a], [c], [b], [b, a]]) {
			const cast = await castBallot({ db, now: during }, { placeId: place.id, cycleId: green.cycle.id, potId: green.potId, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot: { choices } });
			if (!cast.ok) throw new Error(cast.error);
			receipts.push(cast.receiptCode);
		}
		const cast = await castBallot({ db, now: during }, { placeId: place.id, cycleId: other.cycle.id, potId: other.potId, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot: { choices: [other.ids[0]] } });
		if (!cast.ok) throw new Error(cast.error);
		otherReceipt = cast.receiptCode;
	});
	afterAll(() => handle.close());

	it('finds a ballot in its pot while the vote is open, however the code is typed, and says nothing of its choices', async () => {
		const typed = ` ${receipts[1].toLowerCase().replace(/-/g, ' ')} `;
		const check = await checkReceipt(handle.db, green.cycle, typed, from('10.0.0.1'));
		expect(check).toEqual({ ok: true, status: 'in_pot', pot: { id: green.potId, name: { en: 'North end' } }, countedAt: null, receiptHash: hashCode(receipts[1]) });
	});

	it('does not find a code of another cycle’s vote, nor a made-up one', async () => {
		expect(await checkReceipt(handle.db, green.cycle, otherReceipt, from('10.0.0.2'))).toEqual({ ok: false, error: 'receipt_check_not_found' });
		expect(await checkReceipt(handle.db, other.cycle, otherReceipt, from('10.0.0.2'))).toMatchObject({ ok: true, status: 'in_pot' });
		expect(await checkReceipt(handle.db, green.cycle, 'AAAA-BBBB-CCCC', from('10.0.0.2'))).toEqual({ ok: false, error: 'receipt_check_not_found' });
	});

	it('refuses what is not a receipt code before looking', async () => {
		expect(await checkReceipt(handle.db, green.cycle, '  ', from('10.0.0.3'))).toEqual({ ok: false, error: 'receipt_check_missing' });
		expect(await checkReceipt(handle.db, green.cycle, 'ABCD-EFGH', from('10.0.0.3'))).toEqual({ ok: false, error: 'receipt_check_format' });
		expect(await checkReceipt(handle.db, green.cycle, 'ABCD-EFGH-JKL1', from('10.0.0.3'))).toEqual({ ok: false, error: 'receipt_check_format' });
	});

	it('holds back an address after 30 codes that match nothing, real codes included, but real codes cost nothing before that', async () => {
		for (let i = 0; i < 10; i++) expect(await checkReceipt(handle.db, green.cycle, receipts[0], from('10.0.0.4'))).toMatchObject({ ok: true });
		for (let i = 0; i < 30; i++) {
			const guess = `AAAA-BBBB-${String.fromCharCode(65 + (i % 26))}${i < 26 ? 'A' : 'B'}CD`;
			expect(await checkReceipt(handle.db, green.cycle, guess, from('10.0.0.4'))).toEqual({ ok: false, error: 'receipt_check_not_found' });
		}
		expect(await checkReceipt(handle.db, green.cycle, receipts[0], from('10.0.0.4'))).toMatchObject({ ok: false, error: 'rate_limited', retryAfterSeconds: expect.any(Number) });
		// Another address, and the same one once the window has passed, are answered.
		expect(await checkReceipt(handle.db, green.cycle, receipts[0], from('10.0.0.5'))).toMatchObject({ ok: true });
		expect(await checkReceipt(handle.db, green.cycle, receipts[0], from('10.0.0.4', new Date(during.getTime() + 16 * 60_000)))).toMatchObject({ ok: true });
	});

	it('says a ballot was counted once its pot is counted, and the open data lists every receipt’s hash', async () => {
		const [lead] = await handle.db.insert(users).values({ email: 'lead@example.org' }).returning();
		const started = await startCount({ db: handle.db, now: after, count: countHere }, { place, cycle: green.cycle, potId: green.potId, actor: { userId: lead.id, email: lead.email } });
		if (!started.ok) throw new Error(started.error);
		await started.finished;
		const check = await checkReceipt(handle.db, green.cycle, receipts[2], from('10.0.0.6', after));
		expect(check).toMatchObject({ ok: true, status: 'counted', countedAt: expect.any(Date) });
		// The other cycle's pot is not counted: its ballot is still only in the pot.
		expect(await checkReceipt(handle.db, other.cycle, otherReceipt, from('10.0.0.6', after))).toMatchObject({ ok: true, status: 'in_pot' });
		const hashes = await loadReceiptHashes(handle.db, green.cycle, green.potId);
		expect(hashes).toEqual(receipts.map(hashCode).sort());
	});

	it('serves one file per count: two downloads of the ballots are the same, and number the ballots alike', async () => {
		const first = await openDataOr404(handle.db, place, green.cycle, green.potId);
		const second = await openDataOr404(handle.db, place, green.cycle, green.potId);
		expect(writePabulib(ballotsToElection(second.pot))).toBe(writePabulib(ballotsToElection(first.pot)));
		expect(ballotsCsv(second.pot)).toBe(ballotsCsv(first.pot));
		// The vote closed at midnight UTC, 1 a.m. on 1 July on the place's (London) clock: its last day is 1 July.
		expect(writePabulib(ballotsToElection(first.pot))).toMatch(/\r\ncountry;United Kingdom\r\n[\s\S]*\r\ndate_begin;01\.06\.2026\r\ndate_end;01\.07\.2026\r\n/);
		expect(writePabulib(ballotsToElection(first.pot))).toContain('PROJECTS\r\nproject_id;cost;votes;name;selected\r\n1;2000.00;2;Benches;1\r\n2;6000.00;2;Lights;0\r\n3;7000.00;3;Pitch;1\r\n');
	});
});
