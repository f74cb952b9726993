import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { posts } from '../posts/posts.table';
import { isJoinCodeShape } from '../workshops/join-code';
import { currentActivity, loadBoard, type WorkshopBoard } from '../workshops/load-board';
import { workshopIdeas, workshops } from '../workshops/workshops.table';
import { seedDemoWorkshops } from './demo-workshops';
import { seedDemoIfEmpty } from './seed-demo';

const now = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('the demo’s workshops on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let live: WorkshopBoard;
	let ended: WorkshopBoard;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, now);
		// Twice: the second call adds nothing (the lead's seed may already call it).
		await handle.db.transaction((tx) => seedDemoWorkshops(tx, now));
		await handle.db.transaction((tx) => seedDemoWorkshops(tx, now));
		const byCode = async (code: string) => {
			const rows = await handle.db.select({ id: workshops.id }).from(workshops).where(eq(workshops.joinCode, code));
			expect(rows).toHaveLength(1);
			return (await loadBoard(handle.db, rows[0].id))!;
		};
		live = await byCode('BRKYTH');
		ended = await byCode('STEWYN');
	}, 120_000);
	afterAll(() => handle.close());

	it('has Brookfield’s youth space evening live on idea capture since an hour ago, with a dozen ideas, two from paper', () => {
		expect(live).toMatchObject({ title: 'Youth space evening', venue: 'Brookfield Youth Club hall', status: 'live', startsAt: '2026-11-24T09:00:00.000Z' });
		expect(live.activities.map((a) => a.kind)).toEqual(['ideas', 'grouping', 'dots', 'poll']);
		expect(currentActivity(live)?.prompt).toBe('What would make the youth space work for you?');
		expect(live.activities[2]).toMatchObject({ dotsPerPerson: 3, dotTarget: 'ideas' });
		expect(live.activities[3].options.map((o) => o.label)).toEqual(['Tuesday', 'Wednesday', 'Thursday']);
		expect(live.ideas).toHaveLength(12);
		expect(live.ideas.filter((i) => i.fromPaper)).toHaveLength(2);
		expect(live.ideas.some((i) => i.authorName === 'Leah')).toBe(true);
		expect(live.participants).toBeGreaterThanOrEqual(3);
	});

	it('has St Elwyn’s workshop ended, grouped in themes, with dots, poll answers and attendance counts', async () => {
		expect(ended.status).toBe('ended');
		expect(ended.themes).toHaveLength(3);
		expect(ended.ideas.every((i) => i.themeId !== null)).toBe(true);
		const dots = ended.activities.find((a) => a.kind === 'dots')!;
		// Eight participants, three dots each.
		expect(Object.values(dots.dots).reduce((a, b) => a + b, 0)).toBe(24);
		const poll = ended.activities.find((a) => a.kind === 'poll')!;
		expect(poll.options.reduce((a, o) => a + o.answers, 0)).toBe(8);
		const [row] = await handle.db.select().from(workshops).where(eq(workshops.id, ended.id));
		expect(row).toMatchObject({ attendanceTotal: 23, attendanceUnder25: 14, attendanceOver65: 3, phaseKind: 'discover' });
		expect(row.landedAt).not.toBeNull();
		expect(row.startsAt.getTime()).toBeLessThan(now.getTime());
	});

	it('landed St Elwyn’s ideas as discover posts of that cycle with no author account', async () => {
		const ideas = await handle.db.select().from(workshopIdeas).where(eq(workshopIdeas.workshopId, ended.id));
		expect(ideas.every((i) => i.landedPostId !== null)).toBe(true);
		for (const idea of ideas) {
			const [post] = await handle.db.select().from(posts).where(eq(posts.id, idea.landedPostId!));
			expect(post).toMatchObject({ body: idea.body, cycleId: ended.cycleId, placeId: ended.placeId, authorUserId: null });
		}
	});

	it('has join codes a phone can type (no look-alike letters)', () => {
		expect([live.joinCode, ended.joinCode].every(isJoinCodeShape)).toBe(true);
	});

	it('keeps every row in its own place', async () => {
		const ideas = await handle.db.select().from(workshopIdeas);
		for (const idea of ideas) expect(idea.placeId).toBe(idea.workshopId === live.id ? live.placeId : ended.placeId);
		expect(live.placeId).not.toBe(ended.placeId);
	});
});
