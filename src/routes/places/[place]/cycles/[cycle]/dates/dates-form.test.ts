import { describe, expect, it } from 'vitest';
import { problemFields, readShown, shownFields } from './dates-form';

const opens = new Date('2027-01-10T00:00:00Z');

describe('the change-dates form', () => {
	it('carries what it showed and reads it back, an open end as empty', () => {
		const fields = shownFields([{ kind: 'co_create', opensAt: opens, closesAt: null }]);
		expect(fields).toEqual({ co_create_shown_opens: opens.toISOString(), co_create_shown_closes: '' });
		expect(readShown(fields, ['co_create'])).toEqual([{ kind: 'co_create', opensAt: opens, closesAt: null }]);
	});

	it('ignores what it showed when the hidden fields are missing or garbled', () => {
		expect(readShown({}, ['co_create'])).toBeUndefined();
		expect(readShown({ co_create_shown_opens: 'soon', co_create_shown_closes: '' }, ['co_create'])).toBeUndefined();
	});

	it('puts each problem on its field, naming the phases the message speaks of', () => {
		expect(
			problemFields([
				{ kind: 'co_create', field: 'reason', code: 'reason_required_shorten' },
				{ kind: 'test', field: 'opensAt', code: 'opens_before_previous', previous: 'co_create' },
				{ kind: 'discover', field: 'phases', code: 'changed_meanwhile' },
				{ kind: null, field: 'phases', code: 'no_change' }
			])
		).toEqual({
			errors: { reason: 'reason_required_shorten', test_opens: 'opens_before_previous', discover: 'changed_meanwhile', phases: 'no_change' },
			params: { reason_phase: 'co_create', test_opens_phase: 'test', test_opens_previous: 'co_create', discover_phase: 'discover' }
		});
	});
});
