import { describe, expect, it } from 'vitest';
import { isUpdateOverdue, promisedUpdateDays } from './update-promise';

describe('the promise of news about each project', () => {
	it('is the number of days the place chose for its implement phase', () => {
		expect(promisedUpdateDays({ deliveryUpdates: true, updateEveryDays: 30 })).toBe(30);
	});

	it('is no promise when the setting is missing, empty or nonsense', () => {
		for (const settings of [undefined, null, {}, { updateEveryDays: null }, { updateEveryDays: 0 }, { updateEveryDays: -7 }, { updateEveryDays: 2.5 }, { updateEveryDays: '30' }]) {
			expect(promisedUpdateDays(settings)).toBeNull();
		}
	});

	it('is broken only once more days than promised have gone by since the last news', () => {
		const lastNews = new Date('2026-03-01T09:00:00Z');
		expect(isUpdateOverdue(lastNews, 30, new Date('2026-03-31T09:00:00Z'))).toBe(false);
		expect(isUpdateOverdue(lastNews, 30, new Date('2026-03-31T09:00:01Z'))).toBe(true);
	});
});
