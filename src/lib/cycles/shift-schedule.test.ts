import { describe, expect, it } from 'vitest';
import { shiftSchedule } from './shift-schedule';

const london = 'Europe/London';

describe('a past cycle’s dates moved to a new start', () => {
	it('moves every phase by the same whole days, so the first opens on the day chosen', () => {
		const shifted = shiftSchedule(
			[
				{ kind: 'co_create', opensAt: new Date('2026-01-05T00:00:00Z'), closesAt: new Date('2026-02-01T00:00:00Z') },
				{ kind: 'test', opensAt: new Date('2026-02-01T09:00:00Z'), closesAt: new Date('2026-02-14T17:00:00Z') }
			],
			'2027-01-11',
			london
		);
		expect(shifted).toEqual([
			{ kind: 'co_create', opensAt: new Date('2027-01-11T00:00:00Z'), closesAt: new Date('2027-02-07T00:00:00Z') },
			{ kind: 'test', opensAt: new Date('2027-02-07T09:00:00Z'), closesAt: new Date('2027-02-20T17:00:00Z') }
		]);
	});

	it('keeps the time of day on the place’s clock across summer time', () => {
		// 17:00 in London in January is 17:00 UTC; in July it is 16:00 UTC.
		const [vote] = shiftSchedule([{ kind: 'test', opensAt: new Date('2026-01-10T00:00:00Z'), closesAt: new Date('2026-01-20T17:00:00Z') }], '2026-07-10', london);
		expect(vote.opensAt).toEqual(new Date('2026-07-09T23:00:00Z'));
		expect(vote.closesAt).toEqual(new Date('2026-07-20T16:00:00Z'));
	});

	it('gives a phase that ran for minutes (closed early with a reason) one whole day, to the minute, so the copy can be saved', () => {
		const copy = shiftSchedule(
			[
				{ kind: 'co_create', opensAt: new Date('2026-12-07T13:19:30Z'), closesAt: new Date('2026-12-07T13:21:10Z') },
				{ kind: 'test', opensAt: new Date('2026-12-07T13:21:10Z'), closesAt: new Date('2026-12-07T13:24:00Z') }
			],
			'2027-02-05',
			london
		);
		expect(copy).toEqual([
			{ kind: 'co_create', opensAt: new Date('2027-02-05T13:19:00Z'), closesAt: new Date('2027-02-06T13:19:00Z') },
			{ kind: 'test', opensAt: new Date('2027-02-05T13:21:00Z'), closesAt: new Date('2027-02-06T13:21:00Z') }
		]);
	});

	it('leaves phases without dates without dates', () => {
		expect(shiftSchedule([{ kind: 'implement', opensAt: null, closesAt: null }], '2027-01-01', london)).toEqual([{ kind: 'implement', opensAt: null, closesAt: null }]);
	});
});
