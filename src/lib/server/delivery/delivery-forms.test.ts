import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../validation/fields';
import { readDayText, spendingForm, statusForm, todayIn } from './delivery-forms';

describe('delivery forms', () => {
	it('reads a day from a date field or as typed in the UK, and refuses days that do not exist', () => {
		expect(readDayText('2026-03-27')).toBe('2026-03-27');
		expect(readDayText('27/3/2026')).toBe('2026-03-27');
		expect(readDayText('31/2/2026')).toBeNull();
		expect(readDayText('3/27/2026')).toBeNull();
		expect(readDayText('next week')).toBeNull();
	});

	it('takes today where the place is, not where the server is', () => {
		expect(todayIn(new Date('2026-06-30T23:30:00Z'), 'Europe/London')).toBe('2026-07-01');
		expect(todayIn(new Date('2026-06-30T23:30:00Z'), 'UTC')).toBe('2026-06-30');
	});

	it('asks for a reason when a project is done or stopped, not before', () => {
		expect(fieldErrors(statusForm.safeParse({ status: 'stopped', reason: ' ' }).error!)).toEqual({ reason: 'delivery_reason_missing' });
		expect(statusForm.safeParse({ status: 'in_progress', reason: '' }).data).toEqual({ status: 'in_progress', reason: null });
		expect(fieldErrors(statusForm.safeParse({ status: 'finished' }).error!)).toEqual({ status: 'delivery_status_missing' });
	});

	it('reads spending as pence and refuses a bad amount or a day in the future', () => {
		const form = spendingForm('2026-03-10');
		expect(form.safeParse({ amount: '£1,250.50', note: 'Lights', spentOn: '2026-03-10' }).data).toEqual({ amount: 125_050, note: 'Lights', spentOn: '2026-03-10' });
		expect(fieldErrors(form.safeParse({ amount: 'twelve', note: '', spentOn: '2026-03-11' }).error!)).toEqual({
			amount: 'money_invalid',
			note: 'delivery_spending_note_missing',
			spentOn: 'delivery_date_in_future'
		});
	});
});
