import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { learningReviews } from '../learning/learning.table';
import { renderAtomFeed } from './atom';
import { feedEntries } from './feed-entries';
import { FEED_LIMIT, listPlaceFeedEvents } from './place-feed.queries';
import { at, seedPublishedStory } from '../testing/publish-back';
import { parseWellFormedXml } from '../testing/xml-check';

describe.each(testDatabases())('a place’s Atom feed on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let story: Awaited<ReturnType<typeof seedPublishedStory>>;

	beforeAll(async () => {
		handle = await open();
		story = await seedPublishedStory(handle.db, 'pb');
		// A draft cycle's review, even marked published, is not public until the cycle is.
		await handle.db.insert(learningReviews).values({ placeId: story.place.id, cycleId: story.draft.id, publishedAt: at(150), updatedAt: at(150) });
	});
	afterAll(() => handle.close());

	it('has the place’s public events, newest first, and nothing from drafts or about hidden proposals', async () => {
		const events = await listPlaceFeedEvents(handle.db, story.place);
		const shown = events.map((e) => `${e.kind} ${e.at.toISOString().slice(0, 10)}`);
		expect(shown.slice(0, 4)).toEqual(['learning_published 2026-05-22', 'delivery_update 2026-05-11', 'delivery_update 2026-04-22', 'result_change 2026-04-12']);
		// Two events on the same day, in either order.
		expect(shown.slice(4, 6).sort()).toEqual(['delivery_finished 2026-04-11', 'result_change 2026-04-11']);
		// Each funded project's library entry, dated when its delivery began (the hidden one's is left out).
		expect(shown.slice(6)).toEqual(['library_entry 2026-04-06', 'library_entry 2026-04-06', 'decision_statement 2026-04-03', 'result_counted 2026-04-02', 'challenge_published 2026-01-29']);
		expect(events.filter((e) => e.kind === 'library_entry').map((e) => e.kind === 'library_entry' && e.proposalTitle).sort()).toEqual(['Bins', 'Lights']);
		expect(events.find((e) => e.kind === 'result_counted')).toMatchObject({ ballotCount: 90, funded: ['Lights', 'Bins'] });
		expect(events.find((e) => e.kind === 'delivery_finished')).toMatchObject({ status: 'stopped', reason: 'The company closed.', proposalTitle: 'Bins' });
		expect(events.find((e) => e.kind === 'learning_published')).toMatchObject({ publishedAt: at(140), cycleSlug: 'c' });
	});

	it('renders as well-formed Atom with a stable id, a title and a link for every entry', async () => {
		const events = await listPlaceFeedEvents(handle.db, story.place);
		const href = (path: string) => `https://example.org${path}`;
		const xml = renderAtomFeed({
			id: `urn:uuid:${story.place.id}`,
			title: 'Place',
			subtitle: 'News',
			selfUrl: href('/places/pb/feed.xml'),
			alternateUrl: href('/places/pb/you-said-we-did'),
			authorName: 'Team',
			lang: 'en',
			fallbackUpdated: at(0),
			entries: feedEntries(events, { slug: 'pb', languages: ['en'] }, 'en', href)
		});
		const feed = parseWellFormedXml(xml);
		const entries = feed.children.filter((c) => c.name === 'entry');
		const field = (entry: (typeof entries)[number], name: string) => entry.children.find((c) => c.name === name);
		expect(entries).toHaveLength(events.length);
		expect(entries.map((e) => field(e, 'id')!.text)).toEqual(events.map((e) => `urn:uuid:${e.id}`));
		expect(feed.children.find((c) => c.name === 'updated')!.text).toBe(at(141).toISOString());
		const counted = entries.find((e) => field(e, 'title')!.text === 'Votes counted: The cycle')!;
		expect(field(counted, 'summary')!.text).toBe('90 ballots counted. Funded: Lights, Bins.');
		expect(field(counted, 'link')!.attributes.href).toBe('https://example.org/places/pb/cycles/c/results');
		const statement = entries.find((e) => field(e, 'summary')!.text === 'We agree & will start in May.');
		expect(statement).toBeDefined();
		const welsh = entries.find((e) => field(e, 'summary')!.text === 'Mae’r goleuadau ymlaen.')!;
		expect(field(welsh, 'summary')!.attributes['xml:lang']).toBe('cy');
		expect(field(welsh, 'link')!.attributes.href).toBe('https://example.org/places/pb/cycles/c/deliveries/1');
		expect(entries.map((e) => field(e, 'title')!.text)).toContain('Stopped: Bins');
	});

	it('marks the language of place text a Welsh reader gets in English', async () => {
		const events = await listPlaceFeedEvents(handle.db, story.place);
		const entries = feedEntries(events, { slug: 'pb', languages: ['en'] }, 'cy', (path) => path);
		expect(entries.find((e) => e.summary === 'What we heard.')).toMatchObject({ summaryLang: 'en' });
		expect(feedEntries(events, { slug: 'pb', languages: ['en'] }, 'en', (path) => path).find((e) => e.summary === 'What we heard.')!.summaryLang).toBeUndefined();
	});

	it('stops at the newest 50 entries however much has happened', async () => {
		await handle.db.execute(sql`insert into delivery_updates (place_id, delivery_id, body, created_at)
			select ${story.place.id}, ${story.delivery.id}, 'Update ' || n, timestamptz '2026-09-01' + n * interval '1 hour' from generate_series(1, 60) n`);
		const events = await listPlaceFeedEvents(handle.db, story.place);
		expect(events).toHaveLength(FEED_LIMIT);
		expect(events[0]).toMatchObject({ kind: 'delivery_update', body: 'Update 60' });
		expect(events.every((e, i) => i === 0 || events[i - 1].at >= e.at)).toBe(true);
	});
});
