import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../auth/actor';
import { challenges } from '../challenges/challenges.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { proposals, proposalVersions } from './proposals.table';
import { addGroup, addPerson, afterCoCreate, during, seedCoCreateCycle, someText } from '../testing/proposals';
import { submitProposal } from './submit-proposal';

describe.each(testDatabases())('submitting proposals on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let resident: Person;
	let admin: Person;
	let member: Person;
	let groupId: string;
	let setup: Awaited<ReturnType<typeof seedCoCreateCycle>>;

	beforeAll(async () => {
		handle = await open();
		setup = await seedCoCreateCycle(handle.db, { maxProposalCostMinor: 50_000_00 });
		resident = await addPerson(handle.db, 'resident@example.org');
		admin = await addPerson(handle.db, 'admin@example.org');
		member = await addPerson(handle.db, 'member@example.org');
		groupId = (await addGroup(handle.db, 'tenants', [admin], [member])).id;
	});
	afterAll(() => handle.close());
	const submit = async (who: Person, title: string, extra: { groupId?: string | null; cost?: number; now?: Date; challengeId?: string | null } = {}) =>
		submitProposal({ db: handle.db, now: extra.now ?? during }, who, {
			...someText(title, extra.cost),
			challengeId: extra.challengeId ?? null,
			cycle: await setup.loadCycle(),
			groupId: extra.groupId ?? null,
			language: 'en'
		});

	it('numbers proposals 1, 2, 3 … and keeps the submission as version 1', async () => {
		const first = await submit(resident, 'Benches by the brook');
		const second = await submit(resident, 'A table-tennis table');
		expect(first).toMatchObject({ ok: true, number: 1 });
		expect(second).toMatchObject({ ok: true, number: 2 });
		if (!first.ok) return;
		const versions = await handle.db.select().from(proposalVersions).where(eq(proposalVersions.proposalId, first.proposalId));
		expect(versions).toEqual([expect.objectContaining({ version: 1, title: 'Benches by the brook', editedByUserId: resident.userId, estimatedCostMinor: 1_200_00 })]);
	});

	it('gives every one of many submits at once its own number, with no gaps', async () => {
		const people = await Promise.all(Array.from({ length: 8 }, (_, i) => addPerson(handle.db, `rush-${i}@example.org`)));
		const results = await Promise.all(people.map((p, i) => submit(p, `Rush ${i}`)));
		expect(results.every((r) => r.ok)).toBe(true);
		const numbers = (await handle.db.select({ number: proposals.number }).from(proposals)).map((r) => r.number).sort((a, b) => a - b);
		expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
	});

	it('takes a proposal as a group only from the group’s admins', async () => {
		const asGroup = await submit(admin, 'Youth shelter', { groupId });
		expect(asGroup.ok).toBe(true);
		if (asGroup.ok) {
			const [row] = await handle.db.select().from(proposals).where(eq(proposals.id, asGroup.proposalId));
			expect(row).toMatchObject({ groupId, authorUserId: admin.userId });
		}
		expect(await submit(member, 'Not mine to send', { groupId })).toEqual({ ok: false, error: 'not_group_admin' });
		expect(await submit(resident, 'Not a member', { groupId })).toEqual({ ok: false, error: 'not_group_admin' });
	});

	it('refuses a cost above the place’s maximum, and anything once co-create has closed, writing nothing', async () => {
		const before = await handle.db.select().from(proposals);
		expect(await submit(resident, 'Too dear', { cost: 50_000_01 })).toEqual({ ok: false, error: 'over_max_cost', maxProposalCostMinor: 50_000_00 });
		expect(await submit(resident, 'Too late', { now: afterCoCreate })).toMatchObject({ ok: false, error: 'phase_closed' });
		expect(await handle.db.select().from(proposals)).toEqual(before);
	});

	it('answers only a challenge the team has published in this cycle', async () => {
		const cycle = await setup.loadCycle();
		const [draft] = await handle.db.insert(challenges).values({ placeId: cycle.placeId, cycleId: cycle.id, question: { en: 'Draft?' }, summary: {} }).returning();
		const [published] = await handle.db.insert(challenges).values({ placeId: cycle.placeId, cycleId: cycle.id, question: { en: 'How might we?' }, summary: {}, publishedAt: during }).returning();
		expect(await submit(resident, 'Answers a draft', { challengeId: draft.id })).toEqual({ ok: false, error: 'challenge_unknown' });
		const answered = await submit(resident, 'Answers the question', { challengeId: published.id });
		expect(answered.ok).toBe(true);
	});

	it('limits how many one person sends in an hour', async () => {
		const keen = await addPerson(handle.db, 'keen@example.org');
		const results = [];
		for (let i = 0; i < 11; i++) results.push(await submit(keen, `Idea ${i}`));
		expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
		expect(results[10]).toMatchObject({ ok: false, error: 'rate_limited' });
		const mine = await handle.db.select().from(proposals).where(and(eq(proposals.authorUserId, keen.userId)));
		expect(mine).toHaveLength(10);
	});
});
