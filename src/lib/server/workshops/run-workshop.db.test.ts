import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveChannel } from '../platform/live/publish';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { addPerson, during, seedCoCreateCycle } from '../testing/proposals';
import { addIdea } from './add-idea';
import { createWorkshop } from './create-workshop';
import { addActivity, moveActivity, removeActivity } from './edit-agenda';
import { loadBoard } from './load-board';
import { stepWorkshop } from './run-workshop';
import { activityForm, createWorkshopForm, readPlaceTime } from './workshop-setup-form';
import { workshopActivities } from './workshops.table';

const ideas = activityForm.parse({ kind: 'ideas', prompt: 'What would make evenings better here?' });
const dots = activityForm.parse({ kind: 'dots', prompt: 'Spend your dots', dotsPerPerson: '3', dotTarget: 'ideas' });
const poll = activityForm.parse({ kind: 'poll', prompt: 'Best night?', pollOptions: 'Tuesday\nThursday\n' });

describe.each(testDatabases())('planning and running a workshop on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let facilitator: Person;
	let cycle: Awaited<ReturnType<Awaited<ReturnType<typeof seedCoCreateCycle>>['loadCycle']>>;
	const deps = () => ({ db: handle.db, now: during });

	beforeAll(async () => {
		handle = await open();
		const seeded = await seedCoCreateCycle(handle.db, {}, 'run');
		cycle = await seeded.loadCycle();
		facilitator = await addPerson(handle.db, 'facilitator@run.example', { [seeded.place.id]: 'facilitator' });
	});
	afterAll(() => handle.close());

	async function newWorkshop(first = ideas) {
		const created = await createWorkshop(deps(), facilitator, cycle, { title: 'Evenings', venue: 'Alder Road centre', startsAt: new Date('2026-03-20T18:30:00Z'), phaseKind: 'co_create', firstActivity: first });
		if (!created.ok) throw new Error(created.error);
		return { id: created.workshopId, placeId: cycle.placeId, joinCode: created.joinCode };
	}
	const positions = async (workshopId: string) =>
		(await handle.db.select({ prompt: workshopActivities.prompt, position: workshopActivities.position }).from(workshopActivities).where(eq(workshopActivities.workshopId, workshopId)).orderBy(asc(workshopActivities.position))).map((a) => a.prompt);

	it('creates a planned workshop with its first activity and a join code of its own, audited', async () => {
		const first = await newWorkshop();
		const second = await newWorkshop();
		expect(first.joinCode).toMatch(/^[A-Z2-9]{6}$/);
		expect(second.joinCode).not.toBe(first.joinCode);
		const board = await loadBoard(handle.db, first.id);
		expect(board).toMatchObject({ status: 'planned', currentPosition: null, title: 'Evenings', venue: 'Alder Road centre' });
		expect(board!.activities.map((a) => [a.position, a.kind, a.prompt])).toEqual([[1, 'ideas', 'What would make evenings better here?']]);
		const audit = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, first.id), eq(auditEvents.action, 'workshop.created')));
		expect(audit).toHaveLength(1);
	});

	it('refuses a phase the cycle does not have', async () => {
		const refused = await createWorkshop(deps(), facilitator, cycle, { title: 'T', venue: 'V', startsAt: during, phaseKind: 'implement', firstActivity: ideas });
		expect(refused).toEqual({ ok: false, error: 'workshop_phase_unknown' });
	});

	it('starts on the first activity, moves along and back, and ends; each step only from the right state', async () => {
		const workshop = await newWorkshop();
		await addActivity(deps(), facilitator, workshop, dots);
		expect(await stepWorkshop(deps(), facilitator, workshop, 'next')).toEqual({ ok: false, error: 'workshop_not_live' });
		expect(await stepWorkshop(deps(), facilitator, workshop, 'start')).toEqual({ ok: true, position: 1 });
		expect(await stepWorkshop(deps(), facilitator, workshop, 'start')).toEqual({ ok: false, error: 'workshop_not_planned' });
		expect(await stepWorkshop(deps(), facilitator, workshop, 'previous')).toEqual({ ok: false, error: 'workshop_no_previous_activity' });
		expect(await stepWorkshop(deps(), facilitator, workshop, 'next')).toEqual({ ok: true, position: 2 });
		expect(await stepWorkshop(deps(), facilitator, workshop, 'next')).toEqual({ ok: false, error: 'workshop_no_next_activity' });
		expect(await stepWorkshop(deps(), facilitator, workshop, 'previous')).toEqual({ ok: true, position: 1 });
		expect(await stepWorkshop(deps(), facilitator, workshop, 'end')).toMatchObject({ ok: true });
		expect(await stepWorkshop(deps(), facilitator, workshop, 'end')).toEqual({ ok: false, error: 'workshop_not_live' });
		expect(await addIdea(handle.db, workshop, { enteredByUserId: facilitator.userId }, 'Too late')).toEqual({ ok: false, error: 'workshop_not_live' });
		const actions = (await handle.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, workshop.id)).orderBy(asc(auditEvents.sequence))).map((e) => e.action);
		expect(actions).toEqual(['workshop.created', 'workshop.activity_added', 'workshop.started', 'workshop.moved_on', 'workshop.moved_on', 'workshop.ended']);
	});

	it('two "next" clicks at once move the room two steps, in order', async () => {
		const workshop = await newWorkshop();
		await addActivity(deps(), facilitator, workshop, dots);
		await addActivity(deps(), facilitator, workshop, poll);
		await stepWorkshop(deps(), facilitator, workshop, 'start');
		const results = await Promise.all([stepWorkshop(deps(), facilitator, workshop, 'next'), stepWorkshop(deps(), facilitator, workshop, 'next')]);
		expect(results.map((r) => (r.ok ? r.position : r.error)).sort()).toEqual([2, 3]);
	});

	it('refuses to start a workshop whose agenda is empty', async () => {
		const workshop = await newWorkshop();
		const [only] = await handle.db.select().from(workshopActivities).where(eq(workshopActivities.workshopId, workshop.id));
		expect(await removeActivity(deps(), facilitator, workshop, only.id)).toEqual({ ok: true });
		expect(await stepWorkshop(deps(), facilitator, workshop, 'start')).toEqual({ ok: false, error: 'workshop_agenda_empty' });
	});

	it('keeps a poll with its options, and reorders or removes only what the room has not reached', async () => {
		const workshop = await newWorkshop();
		await addActivity(deps(), facilitator, workshop, dots);
		await addActivity(deps(), facilitator, workshop, poll);
		const board = await loadBoard(handle.db, workshop.id);
		expect(board!.activities[2].options.map((o) => o.label)).toEqual(['Tuesday', 'Thursday']);
		const [first, second, third] = board!.activities;
		expect(await moveActivity(deps(), facilitator, workshop, third.id, 'earlier')).toEqual({ ok: true });
		expect(await positions(workshop.id)).toEqual(['What would make evenings better here?', 'Best night?', 'Spend your dots']);
		await stepWorkshop(deps(), facilitator, workshop, 'start');
		expect(await removeActivity(deps(), facilitator, workshop, first.id)).toEqual({ ok: false, error: 'workshop_activity_reached' });
		expect(await moveActivity(deps(), facilitator, workshop, third.id, 'earlier')).toEqual({ ok: false, error: 'workshop_activity_cannot_move' });
		expect(await moveActivity(deps(), facilitator, workshop, second.id, 'later')).toEqual({ ok: false, error: 'workshop_activity_cannot_move' });
		expect(await removeActivity(deps(), facilitator, workshop, third.id)).toEqual({ ok: true });
		expect(await positions(workshop.id)).toEqual(['What would make evenings better here?', 'Spend your dots']);
		await stepWorkshop(deps(), facilitator, workshop, 'end');
		expect(await addActivity(deps(), facilitator, workshop, ideas)).toEqual({ ok: false, error: 'workshop_ended' });
	});

	it("tells the board's listeners about each change it made, and nothing about a refused one", async () => {
		const workshop = await newWorkshop();
		const heard: string[] = [];
		const stop = await handle.listen(liveChannel('workshop', workshop.id), (hint) => heard.push(hint));
		await addActivity(deps(), facilitator, workshop, dots);
		await stepWorkshop(deps(), facilitator, workshop, 'start');
		expect(await stepWorkshop(deps(), facilitator, workshop, 'previous')).toMatchObject({ ok: false });
		await stepWorkshop(deps(), facilitator, workshop, 'next');
		await stepWorkshop(deps(), facilitator, workshop, 'end');
		await expect.poll(() => heard).toEqual(['agenda', 'status', 'activity', 'status']);
		await stop();
	});

	it("refuses another workshop's activity", async () => {
		const mine = await newWorkshop();
		const other = await newWorkshop();
		const [theirs] = await handle.db.select().from(workshopActivities).where(eq(workshopActivities.workshopId, other.id));
		expect(await removeActivity(deps(), facilitator, mine, theirs.id)).toEqual({ ok: false, error: 'workshop_activity_unknown' });
		expect(await moveActivity(deps(), facilitator, mine, theirs.id, 'later')).toEqual({ ok: false, error: 'workshop_activity_unknown' });
	});
});

describe('the workshop forms', () => {
	it('reads a date and time on the place clock, across British summer time', () => {
		expect(readPlaceTime('2026-11-30', '18:30', 'Europe/London')?.toISOString()).toBe('2026-11-30T18:30:00.000Z');
		expect(readPlaceTime('2026-06-30', '18:30', 'Europe/London')?.toISOString()).toBe('2026-06-30T17:30:00.000Z');
		expect(readPlaceTime('2026-02-30', '18:30', 'Europe/London')).toBeNull();
		expect(readPlaceTime('2026-06-30', '25:00', 'Europe/London')).toBeNull();
	});

	it('asks for dots from 1 to 20 and a poll of 2 to 6 answers', () => {
		const issues = (input: Record<string, string>) => activityForm.safeParse(input).error?.issues.map((i) => [i.path[0], i.message]);
		expect(issues({ kind: 'dots', prompt: 'P', dotsPerPerson: '21', dotTarget: 'ideas' })).toEqual([['dotsPerPerson', 'workshop_dots_range']]);
		expect(issues({ kind: 'dots', prompt: 'P', dotsPerPerson: '0', dotTarget: 'nothing' })).toEqual([['dotsPerPerson', 'workshop_dots_range'], ['dotTarget', 'workshop_dot_target_missing']]);
		expect(issues({ kind: 'poll', prompt: 'P', pollOptions: 'Only one' })).toEqual([['pollOptions', 'workshop_poll_options_count']]);
		expect(issues({ kind: 'poll', prompt: 'P', pollOptions: '1\n2\n3\n4\n5\n6\n7' })).toEqual([['pollOptions', 'workshop_poll_options_count']]);
		expect(issues({ kind: 'ideas', prompt: ' ' })).toEqual([['prompt', 'workshop_prompt_missing']]);
		expect(createWorkshopForm('Europe/London').safeParse({ title: 'T', venue: 'V', day: '2026-13-01', time: '18:00', phaseKind: 'co_create' }).error?.issues[0].message).toBe('workshop_time_invalid');
	});
});
