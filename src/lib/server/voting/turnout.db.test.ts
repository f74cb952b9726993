import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { pots } from '../budget/budget.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { castBallot } from './cast-ballot';
import { hashCode } from './hash-code';
import { enterPaperBallot } from './paper-ballots';
import { loadTurnout } from './turnout';
import { letterCodeBatches, letterCodes, registerEntries } from './voting.table';

const now = new Date('2026-06-10T14:37:00Z');

describe.each(testDatabases())('turnout on $name', ({ open }) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await open();
	});
	afterAll(() => handle.close());

	async function newCycle(slug: string) {
		const { db } = handle;
		const [place] = await db.insert(places).values({ slug, name: { en: 'P' }, summary: {}, areaDescription: {}, teamDescription: {} }).returning();
		const [cycle] = await db.insert(cycles).values({ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning({ id: cycles.id, placeId: cycles.placeId });
		return cycle;
	}

	it('counts ballots that count by channel, papers awaiting a check apart, the register and the letter codes — for a cycle without pots', async () => {
		const { db } = handle;
		const cycle = await newCycle('one');
		const proposal = randomUUID();
		const entries = await db
			.insert(registerEntries)
			.values(['A-1', 'A-2', 'A-3'].map((reference) => ({ placeId: cycle.placeId, cycleId: cycle.id, reference, referenceKey: reference, postcode: 'CF10 1AA' })))
			.returning({ id: registerEntries.id });
		const [live, revoked] = await db
			.insert(letterCodeBatches)
			.values([
				{ placeId: cycle.placeId, cycleId: cycle.id, label: 'Tower 3', codeCount: 2 },
				{ placeId: cycle.placeId, cycleId: cycle.id, label: 'Lost', codeCount: 1, revokedAt: now }
			])
			.returning();
		await db.insert(letterCodes).values([
			{ placeId: cycle.placeId, cycleId: cycle.id, batchId: live.id, codeHash: hashCode('AAAA-1') },
			{ placeId: cycle.placeId, cycleId: cycle.id, batchId: live.id, codeHash: hashCode('AAAA-2') },
			{ placeId: cycle.placeId, cycleId: cycle.id, batchId: revoked.id, codeHash: hashCode('AAAA-3') }
		]);
		const cast = (voter: Parameters<typeof castBallot>[1]['voter'], channel: 'online' | 'letter_code') =>
			castBallot({ db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter, channel, ballot: { choices: [proposal] } });
		await cast({ kind: 'register', entryId: entries[0].id }, 'online');
		await cast({ kind: 'user', userId: randomUUID() }, 'online');
		await cast({ kind: 'code', letterCodeId: randomUUID() }, 'letter_code');
		const [staff, checker] = await db
			.insert(users)
			.values([{ email: 'staff@example.org' }, { email: 'checker@example.org' }])
			.returning({ userId: users.id, email: users.email });
		const paper = (serial: string, voterReference: string, by: typeof staff) =>
			enterPaperBallot({ db, now }, { cycle, potId: null, serial, voterReference, ballotType: 'approval', ballot: { choices: [proposal] }, staff: by });
		// Paper 1 is entered twice and counts; paper 2 is entered once and waits for its check.
		await paper('1', 'A-2', staff);
		await paper('1', '', checker);
		await paper('2', 'A-3', staff);

		const turnout = await loadTurnout(db, cycle);
		expect(turnout).toEqual({
			pots: [{ potId: null, potName: null, byChannel: { online: 2, letter_code: 1, paper: 1, workshop: 0 }, total: 4, awaitingCheck: 1, discarded: 0 }],
			registerSize: 3,
			letterCodesIssued: 2
		});
		// The rows add up to the total; the waiting paper is beside it, not in it.
		const [pot] = turnout.pots;
		expect(Object.values(pot.byChannel).reduce((sum, n) => sum + n, 0)).toBe(pot.total);
	});

	it('counts each pot on its own, in the pots’ order', async () => {
		const { db } = handle;
		const cycle = await newCycle('two');
		const [north, south] = await db
			.insert(pots)
			.values([
				{ placeId: cycle.placeId, cycleId: cycle.id, name: { en: 'North' }, description: {}, position: 1 },
				{ placeId: cycle.placeId, cycleId: cycle.id, name: { en: 'South' }, description: {}, position: 2 }
			])
			.returning({ id: pots.id });
		const voter = { kind: 'user' as const, userId: randomUUID() };
		for (const potId of [north.id, south.id]) await castBallot({ db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId, voter, channel: 'online', ballot: { choices: [randomUUID()] } });
		await castBallot({ db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: south.id, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot: { choices: [randomUUID()] } });

		const turnout = await loadTurnout(db, cycle);
		expect(turnout.pots.map((pot) => [pot.potName, pot.total])).toEqual([
			[{ en: 'North' }, 1],
			[{ en: 'South' }, 2]
		]);
		expect(turnout.registerSize).toBe(0);
	});

	it('has no figure for any proposal: nothing in it says what anyone chose', async () => {
		const { db } = handle;
		const cycle = await newCycle('three');
		const [{ id: popular }] = await db
			.insert(proposals)
			.values({ placeId: cycle.placeId, cycleId: cycle.id, number: 1, title: 'Popular', summary: 's', estimatedCostMinor: 1000, status: 'feasible', reviewReason: 'ok' })
			.returning({ id: proposals.id });
		for (let i = 0; i < 7; i++) {
			await castBallot({ db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot: { choices: [popular] } });
		}
		const turnout = await loadTurnout(db, cycle);
		const text = JSON.stringify(turnout);
		expect(text).not.toContain(popular);
		expect(text).not.toMatch(/choice|proposal|point|rank/i);
		// Every number in it is one of the counts named here, and nothing else.
		expect(Object.keys(turnout).sort()).toEqual(['letterCodesIssued', 'pots', 'registerSize']);
		for (const pot of turnout.pots) expect(Object.keys(pot).sort()).toEqual(['awaitingCheck', 'byChannel', 'discarded', 'potId', 'potName', 'total']);
		expect(turnout.pots[0].byChannel).toEqual({ online: 7, letter_code: 0, paper: 0, workshop: 0 });
	});
});
