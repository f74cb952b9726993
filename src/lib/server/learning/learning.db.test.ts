import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.table';
import { anonymous, type Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { addPerson, seedCoCreateCycle } from '../testing/proposals';
import { learningReviewForm } from './learning-form';
import { canReadLearningReview, findLearningReview } from './learning.queries';
import { canOnLearning } from './learning.permissions';
import { learningReviews } from './learning.table';
import { saveLearningReview } from './save-learning-review';

const full = { worked: 'The table at the gate.', didNotWork: 'Few teenagers.', cost: '£4,900 and 60 volunteer hours.', wouldChange: 'Start earlier.', language: 'en' };
const day = (n: number) => new Date(Date.UTC(2026, 5, n));

describe.each(testDatabases())('learning reviews on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let lead: Person;
	let resident: Person;

	beforeAll(async () => {
		handle = await open();
	});
	afterAll(() => handle.close());

	async function newCycle(slug: string) {
		const { place, loadCycle } = await seedCoCreateCycle(handle.db, {}, slug);
		lead = await addPerson(handle.db, `lead@${slug}.example`, { [place.id]: 'lead' });
		resident = await addPerson(handle.db, `someone@${slug}.example`);
		return { place, cycle: await loadCycle() };
	}
	const readableBy = async (cycle: { id: string; placeId: string }, actor: Person | typeof anonymous) =>
		canReadLearningReview(await findLearningReview(handle.db, cycle), canOnLearning(actor, 'learning.write', { placeId: cycle.placeId }));
	const audited = async (placeId: string) =>
		(await handle.db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.placeId, placeId)).orderBy(asc(auditEvents.sequence)));

	it('keeps a draft for the team only, and shows it to everyone once published', async () => {
		const { place, cycle } = await newCycle('draft');
		const saved = await saveLearningReview({ db: handle.db, now: day(1) }, lead, cycle, { ...full, cost: '' }, 'save');
		expect(saved).toEqual({ ok: true, state: 'draft_saved' });
		expect([await readableBy(cycle, lead), await readableBy(cycle, resident), await readableBy(cycle, anonymous)]).toEqual([true, false, false]);

		const published = await saveLearningReview({ db: handle.db, now: day(2) }, lead, cycle, full, 'publish');
		expect(published).toEqual({ ok: true, state: 'published' });
		expect([await readableBy(cycle, resident), await readableBy(cycle, anonymous)]).toEqual([true, true]);
		expect(await findLearningReview(handle.db, cycle)).toMatchObject({ ...full, publishedAt: day(2), updatedByUserId: lead.userId });
		expect((await audited(place.id)).map((e) => e.action)).toEqual(['learning.draft_saved', 'learning.published']);
	});

	it('refuses to publish until all four parts are written, and saves nothing', async () => {
		const { place, cycle } = await newCycle('half');
		const refused = await saveLearningReview({ db: handle.db, now: day(1) }, lead, cycle, { ...full, didNotWork: '', wouldChange: '' }, 'publish');
		expect(refused).toEqual({ ok: false, error: 'parts_missing', missing: { didNotWork: 'learning_did_not_work_missing', wouldChange: 'learning_would_change_missing' } });
		expect(await findLearningReview(handle.db, cycle)).toBeNull();
		expect(await audited(place.id)).toEqual([]);
	});

	it('keeps a published review published when it is edited, with the new words, and never half-empty', async () => {
		const { place, cycle } = await newCycle('edit');
		await saveLearningReview({ db: handle.db, now: day(1) }, lead, cycle, full, 'publish');
		const edited = await saveLearningReview({ db: handle.db, now: day(5) }, lead, cycle, { ...full, worked: 'The table at the gate: 61 paper votes.' }, 'save');
		expect(edited).toEqual({ ok: true, state: 'edited' });
		expect(await findLearningReview(handle.db, cycle)).toMatchObject({ worked: 'The table at the gate: 61 paper votes.', publishedAt: day(1), updatedAt: day(5) });
		expect(await saveLearningReview({ db: handle.db, now: day(6) }, lead, cycle, { ...full, cost: '' }, 'save')).toMatchObject({ ok: false, missing: { cost: 'learning_cost_missing' } });
		expect(await saveLearningReview({ db: handle.db, now: day(7) }, lead, cycle, { ...full, worked: 'The table at the gate: 61 paper votes.' }, 'save')).toEqual({ ok: true, state: 'unchanged' });
		const trail = await audited(place.id);
		expect(trail.map((e) => e.action)).toEqual(['learning.published', 'learning.edited']);
		expect(trail[1].details).toMatchObject({ changed: ['worked'] });
	});

	it('writes one review per cycle when two people save at the same moment', async () => {
		const { cycle } = await newCycle('race');
		const results = await Promise.all([
			saveLearningReview({ db: handle.db, now: day(1) }, lead, cycle, { ...full, worked: 'First' }, 'save'),
			saveLearningReview({ db: handle.db, now: day(1) }, lead, cycle, { ...full, worked: 'Second' }, 'save')
		]);
		expect(results.every((r) => r.ok)).toBe(true);
		const rows = await handle.db.select().from(learningReviews).where(and(eq(learningReviews.cycleId, cycle.id), eq(learningReviews.placeId, cycle.placeId)));
		expect(rows).toHaveLength(1);
	});
});

describe('the learning review form', () => {
	it('accepts only the place’s languages, defaults to its first, and trims what was typed', () => {
		const form = learningReviewForm(['cy', 'en']);
		expect(form.parse({ worked: '  Y bwrdd wrth y giât \n' })).toEqual({ worked: 'Y bwrdd wrth y giât', didNotWork: '', cost: '', wouldChange: '', language: 'cy' });
		expect(form.safeParse({ language: 'fr' }).error?.issues[0]).toMatchObject({ path: ['language'], message: 'learning_language_unknown' });
		expect(form.safeParse({ cost: 'x'.repeat(4001) }).error?.issues[0]).toMatchObject({ path: ['cost'], message: 'learning_part_too_long' });
	});
});
