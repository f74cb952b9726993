import { describe, expect, it } from 'vitest';
import { phaseDatesFormValues, readPhaseDatesForm } from './phase-dates-form';

const london = 'Europe/London';

describe('phase dates typed on the place’s clock', () => {
	it('reads only the phases ticked, a blank time as the start or the whole of that day', () => {
		const { phases, errors } = readPhaseDatesForm(
			{ test_included: 'on', test_opens_day: '2027-06-01', test_closes_day: '2027-06-14', discover_opens_day: '2027-01-01' },
			london
		);
		expect(errors).toEqual({});
		expect(phases).toEqual([
			// British Summer Time: midnight in London is 23:00 UTC the day before.
			{ kind: 'test', opensAt: new Date('2027-05-31T23:00:00Z'), closesAt: new Date('2027-06-14T23:00:00Z') }
		]);
	});

	it('reads a time when one is given', () => {
		const { phases } = readPhaseDatesForm({ test_opens_day: '2027-01-10', test_opens_time: '09:30', test_closes_day: '2027-01-20', test_closes_time: '17:00' }, london, { kinds: ['test'] });
		expect(phases[0]).toEqual({ kind: 'test', opensAt: new Date('2027-01-10T09:30:00Z'), closesAt: new Date('2027-01-20T17:00:00Z') });
	});

	it('names each field it cannot read, and leaves a blank date blank', () => {
		const { phases, errors } = readPhaseDatesForm(
			{ discover_included: 'on', discover_opens_day: '2027-02-30', discover_closes_time: '10:00', co_create_included: 'on', co_create_opens_day: '2027-03-01', co_create_opens_time: 'noon' },
			london
		);
		expect(errors).toEqual({ discover_opens: 'date_invalid', discover_closes: 'date_missing', co_create_opens: 'time_invalid' });
		expect(phases.map((p) => p.kind)).toEqual(['discover', 'co_create']);
		expect(phases[1].closesAt).toBeNull();
	});

	it('fills the form so that reading it back gives the same dates', () => {
		const phases = [
			{ kind: 'discover' as const, opensAt: new Date('2027-01-01T00:00:00Z'), closesAt: new Date('2027-02-01T00:00:00Z') },
			{ kind: 'test' as const, opensAt: new Date('2027-06-01T08:15:00Z'), closesAt: new Date('2027-06-14T16:00:00Z') },
			{ kind: 'implement' as const, opensAt: new Date('2027-06-14T16:00:00Z'), closesAt: null }
		];
		const values = phaseDatesFormValues(phases, london);
		expect(values.discover_closes_day).toBe('2027-01-31');
		expect(values.discover_closes_time).toBe('');
		expect(values.test_opens_time).toBe('09:15');
		expect(readPhaseDatesForm(values, london).phases).toEqual(phases);
	});
});
