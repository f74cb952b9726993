import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseAnswerTimes } from '../../central-services/answer-times';
import { listAnswerDurations, listServiceRequests, listServices, listResponders } from '../central-services/central-services.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { seedDemoIfEmpty } from './seed-demo';

const now = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('the demo’s central services on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, now);
	});
	afterAll(() => handle.close());

	it('lists four services, each with someone who answers for it', async () => {
		const services = await listServices(handle.db);
		expect(services.map((s) => s.slug)).toEqual(['communications', 'finance', 'it-and-phones', 'repairs']);
		for (const service of services) expect(await listResponders(handle.db, service.id)).toHaveLength(1);
	});

	it('has requests from both places in every state, some rated, all in the past, with answer times to show', async () => {
		const all = (await Promise.all((await listServices(handle.db)).map((s) => listServiceRequests(handle.db, s.id)))).flat();
		expect(new Set(all.map((r) => r.placeSlug))).toEqual(new Set(['brookfield', 'st-elwyns']));
		expect(new Set(all.map((r) => r.status))).toEqual(new Set(['open', 'accepted', 'done', 'cannot_do']));
		expect(all.filter((r) => r.rating !== null).length).toBeGreaterThanOrEqual(3);
		expect(all.some((r) => (r.status === 'done' || r.status === 'cannot_do') && r.rating === null)).toBe(true);
		expect(all.every((r) => new Date(r.raisedAt) < now)).toBe(true);
		const [repairs] = (await listServices(handle.db)).filter((s) => s.slug === 'repairs');
		expect(summariseAnswerTimes(await listAnswerDurations(handle.db, repairs.id))?.count).toBe(2);
	});
});
