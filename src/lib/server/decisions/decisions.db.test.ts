import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import { pots } from '../budget/budget.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { proposals } from '../proposals/proposals.table';
import { decisionStatements, resultChanges } from './decisions.table';
import { publishDecisionStatement, recordResultChange, type DecisionTarget } from './decisions';
import { loadResultDecisions } from '../results/results.queries';
import { results } from '../results/results.table';
import { insertPlace } from '../testing/places';

const day = (n: number) => new Date(Date.UTC(2026, 2, n, 10));

describe.each(testDatabases())('decisions on a counted result on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let actor: Person;
	let counted: DecisionTarget;
	let counting: DecisionTarget;
	let ids: { lights: string; cushions: string; elsewhere: string };
	const everything = async () => ({
		statements: await handle.db.select().from(decisionStatements),
		changes: await handle.db.select().from(resultChanges),
		audit: await handle.db.select().from(auditEvents)
	});

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const [lead] = await db.insert(users).values({ email: 'lead@example.org' }).returning();
		actor = { kind: 'person', userId: lead.id, email: lead.email, displayName: null, isSteward: false, roles: {} };
		const place = await insertPlace(db, { slug: 'p', name: { en: 'Brookfield' }, languages: ['en', 'cy'] });
		const [cycle, other] = await db
			.insert(cycles)
			.values([
				{ placeId: place.id, slug: 'walks', title: { en: 'Walks' }, challenge: {}, status: 'active' },
				{ placeId: place.id, slug: 'other', title: { en: 'Other' }, challenge: {}, status: 'active' }
			])
			.returning();
		const [north, south] = await db
			.insert(pots)
			.values([
				{ placeId: place.id, cycleId: cycle.id, name: { en: 'North' }, description: {}, position: 1 },
				{ placeId: place.id, cycleId: cycle.id, name: { en: 'South' }, description: {}, position: 2 }
			])
			.returning({ id: pots.id });
		const base = { placeId: place.id, summary: 's', status: 'feasible' as const, reviewReason: 'ok', estimatedCostMinor: 100_000 };
		const [lights, cushions, elsewhere] = await db
			.insert(proposals)
			.values([
				{ ...base, cycleId: cycle.id, number: 1, title: 'Lights' },
				{ ...base, cycleId: cycle.id, number: 2, title: 'Speed cushions' },
				{ ...base, cycleId: other.id, number: 1, title: 'Another cycle’s idea' }
			])
			.returning({ id: proposals.id });
		ids = { lights: lights.id, cushions: cushions.id, elsewhere: elsewhere.id };
		const countedRow = { placeId: place.id, cycleId: cycle.id, rule: 'greedy', completion: 'none', tieBreak: 'min-cost-then-votes', budgetMinor: 200_000 };
		await db.insert(results).values([
			{ ...countedRow, potId: north.id, state: 'counted', selected: [lights.id], spentMinor: 100_000, countedAt: day(1) },
			{ ...countedRow, potId: south.id, state: 'counting' }
		]);
		counted = { place, cycle, potId: north.id };
		counting = { place, cycle, potId: south.id };
	});
	afterAll(() => handle.close());

	it('keeps every version of a statement, newest first, each dated and audited', async () => {
		const first = await publishDecisionStatement({ db: handle.db, now: day(2) }, actor, counted, { body: '  We will build the lights first.  ', language: 'en' });
		const second = await publishDecisionStatement({ db: handle.db, now: day(9) }, actor, counted, { body: 'Byddwn yn adeiladu’r goleuadau yn gyntaf.', language: 'cy' });
		expect(first).toMatchObject({ ok: true, version: 1 });
		expect(second).toMatchObject({ ok: true, version: 2 });
		const { statements } = await loadResultDecisions(handle.db, counted.cycle);
		expect(statements.map((s) => [s.body, s.language, s.createdAt.toISOString()])).toEqual([
			['Byddwn yn adeiladu’r goleuadau yn gyntaf.', 'cy', day(9).toISOString()],
			['We will build the lights first.', 'en', day(2).toISOString()]
		]);
		const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'results.decision_published')).orderBy(asc(auditEvents.sequence));
		expect(audit.map((event) => event.details)).toMatchObject([{ version: 1, language: 'en' }, { version: 2, language: 'cy' }]);
	});

	it('refuses an empty statement or a language the place does not use, writing nothing', async () => {
		const before = await everything();
		expect(await publishDecisionStatement({ db: handle.db, now: day(10) }, actor, counted, { body: '   ', language: 'fr' })).toEqual({
			ok: false,
			errors: { body: 'decision_body_missing', language: 'decision_language_invalid' }
		});
		expect(await everything()).toEqual(before);
	});

	it('records a change with its reason beside the count, which stays as it was', async () => {
		const recorded = await recordResultChange({ db: handle.db, now: day(22) }, actor, counted, {
			kind: 'project_dropped',
			proposalId: ids.cushions,
			toProposalId: ids.lights,
			amountMinor: 1_600_000,
			reason: 'The council will not allow them on a bus route.'
		});
		expect(recorded.ok).toBe(true);
		const { changes } = await loadResultDecisions(handle.db, counted.cycle);
		expect(changes).toEqual([
			expect.objectContaining({
				kind: 'project_dropped',
				proposal: { title: 'Speed cushions', language: 'en' },
				toProposal: { title: 'Lights', language: 'en' },
				amountMinor: 1_600_000,
				reason: 'The council will not allow them on a bus route.',
				createdAt: day(22)
			})
		]);
		const [row] = await handle.db.select().from(results).where(and(eq(results.potId, counted.potId!), eq(results.placeId, counted.place.id)));
		expect(row).toMatchObject({ selected: [ids.lights], spentMinor: 100_000 });
		const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'results.change_recorded'));
		expect(event.details).toMatchObject({ kind: 'project_dropped', amountMinor: 1_600_000, reason: 'The council will not allow them on a bus route.' });
	});

	it('refuses a change naming another cycle’s proposal, and writes nothing', async () => {
		const before = await everything();
		const change = { kind: 'money_moved', proposalId: ids.lights, toProposalId: ids.elsewhere, amountMinor: 500, reason: 'Moved on.' };
		expect(await recordResultChange({ db: handle.db, now: day(23) }, actor, counted, change)).toEqual({ ok: false, errors: { toProposalId: 'decision_to_proposal_unknown' } });
		expect(await everything()).toEqual(before);
	});

	it('needs a reason, and an amount that is whole money and not negative', async () => {
		const before = await everything();
		const change = { kind: 'money_moved', proposalId: null, toProposalId: ids.lights, amountMinor: 500, reason: ' ' };
		expect(await recordResultChange({ db: handle.db, now: day(23) }, actor, counted, change)).toEqual({ ok: false, errors: { reason: 'decision_reason_missing' } });
		for (const amountMinor of [-1, 10.5, null]) {
			const refused = await recordResultChange({ db: handle.db, now: day(23) }, actor, counted, { ...change, amountMinor, reason: 'Left over.' });
			expect(refused).toEqual({ ok: false, errors: { amount: amountMinor === null ? 'decision_amount_missing' : 'decision_amount_invalid' } });
		}
		expect(await everything()).toEqual(before);
	});

	it('takes statements and changes only for a counted result', async () => {
		const before = await everything();
		const notCounted = { ok: false, errors: { result: 'decision_result_not_counted' } };
		expect(await publishDecisionStatement({ db: handle.db, now: day(24) }, actor, counting, { body: 'Too soon.', language: 'en' })).toEqual(notCounted);
		expect(await recordResultChange({ db: handle.db, now: day(24) }, actor, counting, { kind: 'other', proposalId: null, toProposalId: null, amountMinor: null, reason: 'Too soon.' })).toEqual(
			notCounted
		);
		const noCount = { ...counted, potId: null };
		expect(await publishDecisionStatement({ db: handle.db, now: day(24) }, actor, noCount, { body: 'No vote.', language: 'en' })).toEqual({ ok: false, errors: { result: 'decision_result_unknown' } });
		expect(await everything()).toEqual(before);
	});
});
