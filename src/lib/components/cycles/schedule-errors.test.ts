import { describe, expect, it } from 'vitest';
import { checkPhaseSchedule } from '$lib/cycles/phase-schedule';
import { formErrorText } from '$lib/components/forms/form-errors';
import { scheduleFormErrors } from './schedule-errors';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('a schedule’s problems as form errors', () => {
	it('puts each problem beside its date, in the order of the page, in plain words with its date', () => {
		const phases = [
			{ kind: 'co_create' as const, opensAt: day('2027-03-01'), closesAt: null },
			{ kind: 'test' as const, opensAt: day('2027-03-20'), closesAt: day('2027-03-03') }
		];
		const { errors, params } = scheduleFormErrors(checkPhaseSchedule(phases), {}, phases, 'Europe/London', 'en');
		expect(Object.keys(errors)).toEqual(['co_create_closes', 'test_closes']);
		expect(formErrorText(errors.test_closes, params)).toBe('The vote closes before it opens. Choose a closing date on or after 20 March 2027.');
		expect(formErrorText(errors.co_create_closes, params)).toBe('Enter the date the co-create phase closes, because a later phase has a closing date');
	});

	it('names the earlier phase a date must follow', () => {
		const phases = [
			{ kind: 'discover' as const, opensAt: day('2027-03-01'), closesAt: day('2027-03-10') },
			{ kind: 'co_create' as const, opensAt: day('2027-02-01'), closesAt: day('2027-03-20') }
		];
		const { errors, params } = scheduleFormErrors(checkPhaseSchedule(phases), {}, phases, 'Europe/London', 'en');
		expect(formErrorText(errors.co_create_opens, params)).toBe('The co-create phase opens before the discover phase opens. Choose a date on or after 1 March 2027.');
	});

	it('keeps a field it could not read, and asks for a phase when none is ticked', () => {
		const { errors } = scheduleFormErrors(checkPhaseSchedule([]), { test_opens: 'date_invalid' }, [], 'Europe/London', 'en');
		expect(errors).toEqual({ phases: 'schedule.no_phases', test_opens: 'schedule.date_invalid' });
		expect(formErrorText(errors.test_opens)).toBe('Enter a real date, like 3 March 2027');
	});
});
