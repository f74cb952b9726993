import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMoneyText } from '../../validation/fields';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { seedCountedPlace } from '../testing/delivery';
import { listCycleDeliveries, loadDeliveryDetails } from './delivery.queries';
import { deliveries, deliveryMilestones, deliverySpending } from './delivery.table';
import { ensureDeliveries } from './ensure-deliveries';
import { addMilestone, addOutcomeEvidence, completeMilestone, recordSpending, setDeliveryStatus, setOutcome } from './manage-delivery';

const now = new Date('2026-03-10T12:00:00Z');

describe.each(testDatabases())('running a delivery on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let here: Awaited<ReturnType<typeof seedCountedPlace>>;
	let elsewhere: Awaited<ReturnType<typeof seedCountedPlace>>;
	const deliveryOf = async (cycle: { id: string }, proposalId: string) =>
		(await handle.db.select().from(deliveries).where(and(eq(deliveries.cycleId, cycle.id), eq(deliveries.proposalId, proposalId))))[0];

	beforeAll(async () => {
		handle = await open();
		here = await seedCountedPlace(handle.db, 'here');
		elsewhere = await seedCountedPlace(handle.db, 'elsewhere');
		await ensureDeliveries({ db: handle.db, now }, here.cycle);
		await ensureDeliveries({ db: handle.db, now }, elsewhere.cycle);
	});
	afterAll(() => handle.close());

	it('refuses done or stopped without a reason, and the database refuses it too', async () => {
		const delivery = await deliveryOf(here.cycle, here.proposalIds[0]);
		const target = { placeId: here.place.id, deliveryId: delivery.id };
		expect(await setDeliveryStatus({ db: handle.db, now }, here.lead, target, { status: 'done', reason: '  ' })).toEqual({ ok: false, error: 'delivery_reason_missing' });
		expect(await setDeliveryStatus({ db: handle.db, now }, here.lead, target, { status: 'stopped', reason: null })).toEqual({ ok: false, error: 'delivery_reason_missing' });
		expect((await deliveryOf(here.cycle, here.proposalIds[0])).status).toBe('planned');
		await expect(handle.db.update(deliveries).set({ status: 'stopped', statusReason: null }).where(eq(deliveries.id, delivery.id))).rejects.toThrow();

		expect((await setDeliveryStatus({ db: handle.db, now }, here.lead, target, { status: 'in_progress', reason: null })).ok).toBe(true);
		expect((await setDeliveryStatus({ db: handle.db, now }, here.lead, target, { status: 'stopped', reason: 'The council said no.' })).ok).toBe(true);
		expect(await deliveryOf(here.cycle, here.proposalIds[0])).toMatchObject({ status: 'stopped', statusReason: 'The council said no.' });
		const audited = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, here.place.id), eq(auditEvents.action, 'delivery.status_changed')));
		expect(audited.map((event) => event.details)).toEqual([
			expect.objectContaining({ from: 'planned', to: 'in_progress' }),
			expect.objectContaining({ from: 'in_progress', to: 'stopped', reason: 'The council said no.' })
		]);
	});

	it('adds up spending exactly in pence, however it was typed', async () => {
		const delivery = await deliveryOf(here.cycle, here.proposalIds[2]);
		const target = { placeId: here.place.id, deliveryId: delivery.id };
		// Ten lines of 10p and 20p: as floats 0.1 + 0.2 is not 0.3; as pence it is exact.
		const typed = ['0.10', '0.20', '£1,250.55', '0.1', '0.2', '0.10', '0.20', '0.10', '0.20', '999999.99'];
		for (const [index, text] of typed.entries()) {
			const result = await recordSpending({ db: handle.db, now }, here.lead, target, { amountMinor: parseMoneyText(text)!, note: `line ${index}`, spentOn: '2026-03-01' });
			expect(result.ok).toBe(true);
		}
		const expected = 10 + 20 + 125_055 + 10 + 20 + 10 + 20 + 10 + 20 + 99_999_999;
		const details = await loadDeliveryDetails(handle.db, target);
		expect(details.spending).toHaveLength(10);
		expect(details.spentMinor).toBe(expected);
		const listed = (await listCycleDeliveries(handle.db, here.cycle)).find((row) => row.id === delivery.id)!;
		expect(listed.spentMinor).toBe(expected);
		expect(listed.budgetMinor).toBe(240_000);
	});

	it('lists milestones with the next one to do, and outcomes with their evidence in date order', async () => {
		const delivery = await deliveryOf(here.cycle, here.proposalIds[2]);
		const target = { placeId: here.place.id, deliveryId: delivery.id };
		const deps = { db: handle.db, now };
		const first = await addMilestone(deps, here.lead, target, { title: 'Order bags', dueOn: '2026-02-01' });
		await addMilestone(deps, here.lead, target, { title: 'Hand them out', dueOn: null });
		expect(first.ok && (await completeMilestone(deps, here.lead, target, { milestoneId: first.subjectId, doneOn: '2026-02-03' })).ok).toBe(true);
		const outcome = await setOutcome(deps, here.lead, target, { statement: 'Children are seen on the road', agreedWith: 'Parents at the gate' });
		if (!outcome.ok) throw new Error('outcome refused');
		await addOutcomeEvidence(deps, here.lead, target, { outcomeId: outcome.subjectId, body: 'Later', observedOn: '2026-03-01' });
		await addOutcomeEvidence(deps, here.lead, target, { outcomeId: outcome.subjectId, body: 'Earlier', observedOn: '2026-02-10' });

		const listed = (await listCycleDeliveries(handle.db, here.cycle)).find((row) => row.id === delivery.id)!;
		expect(listed).toMatchObject({ milestonesDone: 1, milestonesTotal: 2, nextMilestone: { title: 'Hand them out' } });
		const details = await loadDeliveryDetails(handle.db, target);
		expect(details.milestones.map((m) => [m.title, m.doneOn])).toEqual([
			['Order bags', '2026-02-03'],
			['Hand them out', null]
		]);
		expect(details.outcomes[0].evidence.map((e) => e.body)).toEqual(['Earlier', 'Later']);
	});

	it('cannot change a delivery of another place by passing its id', async () => {
		const theirs = await deliveryOf(elsewhere.cycle, elsewhere.proposalIds[0]);
		const deps = { db: handle.db, now };
		// The URL's place is ours; the id is theirs.
		const asOurs = { placeId: here.place.id, deliveryId: theirs.id };
		expect(await setDeliveryStatus(deps, here.lead, asOurs, { status: 'stopped', reason: 'Not ours to stop' })).toEqual({ ok: false, error: 'delivery_unknown' });
		expect(await recordSpending(deps, here.lead, asOurs, { amountMinor: 100, note: 'x', spentOn: '2026-03-01' })).toEqual({ ok: false, error: 'delivery_unknown' });
		// Naming their place outright: our lead has no say there.
		expect(await setDeliveryStatus(deps, here.lead, { placeId: elsewhere.place.id, deliveryId: theirs.id }, { status: 'stopped', reason: 'x' })).toEqual({ ok: false, error: 'forbidden' });
		// Their milestone through our delivery.
		const theirMilestone = await addMilestone(deps, elsewhere.lead, { placeId: elsewhere.place.id, deliveryId: theirs.id }, { title: 'Theirs', dueOn: null });
		const ours = await deliveryOf(here.cycle, here.proposalIds[0]);
		expect(theirMilestone.ok).toBe(true);
		expect(await completeMilestone(deps, here.lead, { placeId: here.place.id, deliveryId: ours.id }, { milestoneId: theirMilestone.ok ? theirMilestone.subjectId : '', doneOn: '2026-03-01' })).toEqual({
			ok: false,
			error: 'delivery_milestone_unknown'
		});
		const untouched = await deliveryOf(elsewhere.cycle, elsewhere.proposalIds[0]);
		expect(untouched.status).toBe('planned');
		const [milestone] = await handle.db.select().from(deliveryMilestones).where(eq(deliveryMilestones.deliveryId, theirs.id));
		expect(milestone.doneOn).toBeNull();
		expect(await handle.db.select().from(deliverySpending).where(eq(deliverySpending.deliveryId, theirs.id))).toEqual([]);
	});

	it('refuses a resident with no role, and a facilitator, anything', async () => {
		const delivery = await deliveryOf(here.cycle, here.proposalIds[0]);
		const resident: Person = { ...here.lead, roles: {} };
		const facilitator: Person = { ...here.lead, roles: { [here.place.id]: 'facilitator' } };
		for (const actor of [resident, facilitator]) {
			expect(await setOutcome({ db: handle.db, now }, actor, { placeId: here.place.id, deliveryId: delivery.id }, { statement: 's', agreedWith: 'a' })).toEqual({ ok: false, error: 'forbidden' });
		}
	});
});
