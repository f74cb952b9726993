import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupOpinions } from '../../conversation/group-opinions';
import { findConversation, listShownStatements } from '../conversations/conversations.queries';
import { freshGrouping } from '../conversations/regroup-conversation';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { findPlaceBySlug } from '../places/places.queries';
import { testDatabases } from '../testing/databases';
import { seedDemoConversation } from './demo-conversation';
import { seedDemoIfEmpty } from './seed-demo';

const now = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('the demo’s conversation on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, now);
		// A second call adds nothing.
		await handle.db.transaction((tx) => seedDemoConversation(tx, now));
	});
	afterAll(() => handle.close());

	it('groups Brookfield’s 120 neighbours into about the two planted groups, with the three common-ground statements first', async () => {
		const place = (await findPlaceBySlug(handle.db, 'brookfield'))!;
		const conversation = (await findConversation(handle.db, (await findPublishedCycle(handle.db, place.id, '2026-spaces-to-meet'))!))!;
		const stored = (await freshGrouping({ db: handle.db, now, group: async (matrix) => groupOpinions(matrix) }, conversation))!;
		expect(stored.grouping.participants).toBe(120);
		// 72 and 48 were planted; people are ordered by their (random) ids, so a few may land either side.
		const [larger, smaller] = [...stored.grouping.groupSizes].sort((a, b) => b - a);
		expect(stored.grouping.groupSizes).toHaveLength(2);
		expect(Math.abs(larger - 72)).toBeLessThanOrEqual(6);
		expect(smaller).toBe(120 - larger);
		const statements = await listShownStatements(handle.db, conversation);
		expect(statements).toHaveLength(11);
		expect(stored.grouping.bridging.slice(0, 3).sort()).toEqual(statements.slice(0, 3).map((s) => s.id).sort());
	});
});
