import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { posts } from '../posts/posts.table';
import { proposals } from '../proposals/proposals.table';
import { addPerson, during, seedCoCreateCycle, someText } from '../testing/proposals';
import { submitProposal } from '../proposals/submit-proposal';
import { createWorkshop } from './create-workshop';
import { addPaperIdea } from './group-ideas';
import { hideIdea } from './hide-idea';
import { landWorkshop, type LandingChoice } from './land-workshop';
import { stepWorkshop } from './run-workshop';
import { activityForm } from './workshop-setup-form';
import { findWorkshopCredit } from './workshops.queries';
import { workshopIdeas, workshops } from './workshops.table';

const asProposals: LandingChoice = { into: 'proposal', proposalDetails: 'From the workshop at Alder Road centre, 10 March 2026. The cost is worked out when the team reviews it.', language: 'en' };
const asNeeds: LandingChoice = { into: 'need', proposalDetails: '', language: 'en' };

describe.each(testDatabases())('landing a workshop in its cycle on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let lead: Person;
	let resident: Person;
	let cycle: Awaited<ReturnType<Awaited<ReturnType<typeof seedCoCreateCycle>>['loadCycle']>>;
	const deps = () => ({ db: handle.db, now: during });

	beforeAll(async () => {
		handle = await open();
		const seeded = await seedCoCreateCycle(handle.db, {}, 'land');
		cycle = await seeded.loadCycle();
		lead = await addPerson(handle.db, 'lead@land.example', { [seeded.place.id]: 'lead' });
		resident = await addPerson(handle.db, 'someone@land.example');
	});
	afterAll(() => handle.close());

	async function endedWorkshop(ideas: string[]) {
		const created = await createWorkshop(deps(), lead, cycle, { title: 'Evenings', venue: 'Alder Road centre', startsAt: during, phaseKind: 'co_create', firstActivity: activityForm.parse({ kind: 'ideas', prompt: 'Ideas?' }) });
		if (!created.ok) throw new Error(created.error);
		const workshop = { id: created.workshopId, placeId: cycle.placeId };
		await stepWorkshop(deps(), lead, workshop, 'start');
		const ids: string[] = [];
		for (const body of ideas) {
			const added = await addPaperIdea(deps(), lead, workshop, body);
			if (added.ok) ids.push(added.id);
		}
		await stepWorkshop(deps(), lead, workshop, 'end');
		return { workshop, ids };
	}

	it('turns the visible ideas into discover posts with no author, once, and the credit finds the workshop', async () => {
		const { workshop, ids } = await endedWorkshop(['A warm room on Tuesdays', 'Off-topic', 'Lights on the path']);
		await hideIdea(deps(), lead, workshop, ids[1], 'off_topic');
		expect(await landWorkshop(deps(), lead, workshop, asNeeds)).toEqual({ ok: true, posts: 2, proposals: 0 });
		const ideas = await handle.db.select().from(workshopIdeas).where(eq(workshopIdeas.workshopId, workshop.id)).orderBy(asc(workshopIdeas.createdAt));
		expect(ideas.map((i) => i.landedPostId !== null)).toEqual([true, false, true]);
		const [post] = await handle.db.select().from(posts).where(eq(posts.id, ideas[0].landedPostId!));
		expect(post).toMatchObject({ kind: 'need', body: 'A warm room on Tuesdays', authorUserId: null, cycleId: cycle.id });
		expect(await findWorkshopCredit(handle.db, { postId: post.id })).toMatchObject({ workshopTitle: 'Evenings', venue: 'Alder Road centre', startsAt: during, placeSlug: 'land', cycleSlug: 'c', workshopId: workshop.id });
		const [row] = await handle.db.select().from(workshops).where(eq(workshops.id, workshop.id));
		expect(row).toMatchObject({ landedAt: during, landedByUserId: lead.userId });

		expect(await landWorkshop(deps(), lead, workshop, asNeeds)).toEqual({ ok: false, error: 'workshop_already_landed' });
		expect(await hideIdea(deps(), lead, workshop, ids[0], 'off_topic')).toEqual({ ok: false, error: 'workshop_already_landed' });
		const trail = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, workshop.id), eq(auditEvents.action, 'workshop.landed')));
		expect(trail).toHaveLength(1);
	});

	it('turns ideas into submitted proposals numbered after the residents\' ones, costed at review, with their credit', async () => {
		const before = await submitProposal(deps(), resident, { ...someText('A resident\'s idea'), cycle, groupId: null, language: 'en' });
		expect(before.ok).toBe(true);
		const long = `A community fridge ${'and a sharing shelf '.repeat(8)}by the shops`;
		const { workshop } = await endedWorkshop(['A fridge', long]);
		expect(await landWorkshop(deps(), lead, workshop, asProposals)).toEqual({ ok: true, posts: 0, proposals: 2 });
		const made = await handle.db.select().from(proposals).where(eq(proposals.cycleId, cycle.id)).orderBy(asc(proposals.number));
		const fromRoom = made.filter((p) => p.authorUserId === null);
		expect(fromRoom.map((p) => p.number)).toEqual([made.length - 1, made.length]);
		expect(fromRoom[0]).toMatchObject({ title: 'A fridge', summary: 'A fridge', status: 'submitted', estimatedCostMinor: 0, details: asProposals.proposalDetails });
		expect(fromRoom[1].title.length).toBeLessThanOrEqual(120);
		expect(fromRoom[1].title.endsWith('…')).toBe(true);
		expect(fromRoom[1].summary).toBe(long);
		expect(await findWorkshopCredit(handle.db, { proposalId: fromRoom[0].id })).toMatchObject({ workshopId: workshop.id });
	});

	it('numbers proposals safely while a resident submits at the same moment', async () => {
		const { workshop } = await endedWorkshop(['One', 'Two', 'Three']);
		const [landed, submitted] = await Promise.all([
			landWorkshop(deps(), lead, workshop, asProposals),
			submitProposal(deps(), resident, { ...someText('At the same time'), cycle, groupId: null, language: 'en' })
		]);
		expect(landed.ok && submitted.ok).toBe(true);
		const numbers = (await handle.db.select({ n: proposals.number }).from(proposals).where(eq(proposals.cycleId, cycle.id))).map((p) => p.n);
		expect(new Set(numbers).size).toBe(numbers.length);
	});

	it('lands once when two people click at the same moment', async () => {
		const { workshop } = await endedWorkshop(['Only once']);
		const results = await Promise.all([landWorkshop(deps(), lead, workshop, asNeeds), landWorkshop(deps(), lead, workshop, asNeeds)]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: 'workshop_already_landed' });
	});

	it('refuses a workshop that has not ended, and one with nothing to land', async () => {
		const created = await createWorkshop(deps(), lead, cycle, { title: 'Not yet', venue: 'V', startsAt: during, phaseKind: 'co_create', firstActivity: activityForm.parse({ kind: 'ideas', prompt: 'Ideas?' }) });
		if (!created.ok) throw new Error(created.error);
		expect(await landWorkshop(deps(), lead, { id: created.workshopId, placeId: cycle.placeId }, asNeeds)).toEqual({ ok: false, error: 'workshop_not_ended' });
		const { workshop } = await endedWorkshop([]);
		expect(await landWorkshop(deps(), lead, workshop, asNeeds)).toEqual({ ok: false, error: 'workshop_nothing_to_land' });
	});

	it('finds no credit for a post or proposal that did not come from a workshop', async () => {
		const submitted = await submitProposal(deps(), resident, { ...someText('Mine'), cycle, groupId: null, language: 'en' });
		if (!submitted.ok) throw new Error('refused');
		expect(await findWorkshopCredit(handle.db, { proposalId: submitted.proposalId })).toBeNull();
	});
});
