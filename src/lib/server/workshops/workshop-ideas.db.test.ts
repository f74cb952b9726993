import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { addPerson, during, seedCoCreateCycle } from '../testing/proposals';
import { createWorkshop } from './create-workshop';
import { addPaperIdea, addTheme, moveIdeaToTheme } from './group-ideas';
import { hideIdea } from './hide-idea';
import { loadBoard } from './load-board';
import { recordAttendance } from './record-attendance';
import { stepWorkshop } from './run-workshop';
import { activityForm } from './workshop-setup-form';
import { workshopIdeas, workshops } from './workshops.table';

describe.each(testDatabases())('the room\'s ideas, themes and attendance on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let lead: Person;
	let cycle: { id: string; placeId: string; phases: { kind: 'discover' | 'co_create' | 'test' | 'implement' }[] };
	const deps = () => ({ db: handle.db, now: during });

	beforeAll(async () => {
		handle = await open();
		const seeded = await seedCoCreateCycle(handle.db, {}, 'ideas');
		cycle = await seeded.loadCycle();
		lead = await addPerson(handle.db, 'lead@ideas.example', { [seeded.place.id]: 'lead' });
	});
	afterAll(() => handle.close());

	async function liveWorkshop(start = true) {
		const created = await createWorkshop(deps(), lead, cycle, { title: 'Evenings', venue: 'Alder Road centre', startsAt: during, phaseKind: 'co_create', firstActivity: activityForm.parse({ kind: 'ideas', prompt: 'Ideas?' }) });
		if (!created.ok) throw new Error(created.error);
		const workshop = { id: created.workshopId, placeId: cycle.placeId };
		if (start) await stepWorkshop(deps(), lead, workshop, 'start');
		return workshop;
	}
	const idOf = (result: { ok: boolean; id?: string }) => {
		if (!result.ok || !result.id) throw new Error('refused');
		return result.id;
	};

	it('types in a paper idea as the team, audited, only while the workshop is live', async () => {
		const planned = await liveWorkshop(false);
		expect(await addPaperIdea(deps(), lead, planned, 'A bench by the shops')).toEqual({ ok: false, error: 'workshop_not_live' });
		const workshop = await liveWorkshop();
		const ideaId = idOf(await addPaperIdea(deps(), lead, workshop, 'A bench by the shops'));
		const board = await loadBoard(handle.db, workshop.id);
		expect(board!.ideas).toEqual([{ id: ideaId, body: 'A bench by the shops', themeId: null, fromPaper: true, authorName: null }]);
		const trail = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, workshop.id), eq(auditEvents.action, 'workshop.paper_idea_added')));
		expect(trail).toHaveLength(1);
	});

	it('groups ideas under themes, and back out; refuses an idea or theme of another workshop', async () => {
		const workshop = await liveWorkshop();
		const other = await liveWorkshop();
		const ideaId = idOf(await addPaperIdea(deps(), lead, workshop, 'Youth club on Fridays'));
		const theirIdea = idOf(await addPaperIdea(deps(), lead, other, 'Not this room'));
		const themeId = idOf(await addTheme(deps(), lead, workshop, 'Things to do'));
		const theirTheme = idOf(await addTheme(deps(), lead, other, 'Elsewhere'));
		expect(await moveIdeaToTheme(deps(), lead, workshop, ideaId, themeId)).toEqual({ ok: true, id: ideaId });
		expect((await loadBoard(handle.db, workshop.id))!.ideas[0].themeId).toBe(themeId);
		expect(await moveIdeaToTheme(deps(), lead, workshop, theirIdea, themeId)).toEqual({ ok: false, error: 'workshop_idea_unknown' });
		expect(await moveIdeaToTheme(deps(), lead, workshop, ideaId, theirTheme)).toEqual({ ok: false, error: 'workshop_theme_unknown' });
		expect(await moveIdeaToTheme(deps(), lead, workshop, ideaId, null)).toEqual({ ok: true, id: ideaId });
		expect((await loadBoard(handle.db, workshop.id))!.ideas[0].themeId).toBeNull();
		const board = await loadBoard(handle.db, workshop.id);
		expect(board!.themes.map((t) => t.name)).toEqual(['Things to do']);
	});

	it('refuses themes before the workshop has started', async () => {
		const planned = await liveWorkshop(false);
		expect(await addTheme(deps(), lead, planned, 'Early')).toEqual({ ok: false, error: 'workshop_not_started' });
	});

	it('hides an idea from the board without deleting it; refuses another workshop\'s idea', async () => {
		const workshop = await liveWorkshop();
		const other = await liveWorkshop();
		const ideaId = idOf(await addPaperIdea(deps(), lead, workshop, 'Something off-topic'));
		const theirIdea = idOf(await addPaperIdea(deps(), lead, other, 'Theirs'));
		expect(await hideIdea(deps(), lead, workshop, theirIdea, 'off_topic')).toEqual({ ok: false, error: 'workshop_idea_unknown' });
		expect(await hideIdea(deps(), lead, workshop, ideaId, 'personal_details')).toEqual({ ok: true });
		expect((await loadBoard(handle.db, workshop.id))!.ideas).toEqual([]);
		const [kept] = await handle.db.select().from(workshopIdeas).where(eq(workshopIdeas.id, ideaId));
		expect(kept).toMatchObject({ body: 'Something off-topic', hiddenAt: during, hiddenReason: 'personal_details' });
		// Hiding again changes nothing, not even the published reason.
		expect(await hideIdea(deps(), lead, workshop, ideaId, 'off_topic')).toEqual({ ok: true });
		expect((await handle.db.select().from(workshopIdeas).where(eq(workshopIdeas.id, ideaId)))[0].hiddenReason).toBe('personal_details');
		const trail = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, workshop.id), eq(auditEvents.action, 'workshop.idea_hidden')));
		expect(trail).toHaveLength(1);
	});

	it('records attendance as counts, replaces it, and answers a refusal of the table as an error, not a crash', async () => {
		const planned = await liveWorkshop(false);
		expect(await recordAttendance(deps(), lead, planned, { total: 10, under25: null, over65: null })).toEqual({ ok: false, error: 'workshop_not_started' });
		const workshop = await liveWorkshop();
		expect(await recordAttendance(deps(), lead, workshop, { total: 24, under25: 5, over65: 7 })).toEqual({ ok: true });
		expect(await recordAttendance(deps(), lead, workshop, { total: 26, under25: null, over65: 7 })).toEqual({ ok: true });
		// Past the form, straight to the table: its checks still have the last word.
		expect(await recordAttendance(deps(), lead, workshop, { total: 10, under25: 6, over65: 6 })).toEqual({ ok: false, error: 'workshop_attendance_bands_over_total' });
		expect(await recordAttendance(deps(), lead, workshop, { total: -1, under25: null, over65: null })).toEqual({ ok: false, error: 'workshop_attendance_invalid' });
		const [row] = await handle.db.select().from(workshops).where(eq(workshops.id, workshop.id));
		expect([row.attendanceTotal, row.attendanceUnder25, row.attendanceOver65]).toEqual([26, null, 7]);
	});
});
