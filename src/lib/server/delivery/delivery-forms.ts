import { z } from 'zod';
import { calendarDay } from '../../format';
import { moneyField } from '../../validation/fields';
import { DELIVERY_STATUSES } from '../../delivery/delivery-statuses';

/** Today's date (YYYY-MM-DD) where the place is: "not in the future" means the place's today. */
export function todayIn(now: Date, timeZone: string): string {
	const { year, month, day } = calendarDay(now, timeZone);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A day as a date field sends it (YYYY-MM-DD), or as a person types it where the browser shows a
 * plain text box (31/1/2026, the UK's order). Read into YYYY-MM-DD; a day that does not exist
 * (31/2/2026) is refused.
 */
export function readDayText(text: string): string | null {
	const iso = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
	const uk = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
	const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : uk ? [uk[3], uk[2], uk[1]].map(Number) : [];
	if (year === undefined) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (year < 2000 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return date.toISOString().slice(0, 10);
}

/** A day that may be left empty (a target not known yet). */
const optionalDay = z
	.string()
	.trim()
	.optional()
	.transform((text, context) => {
		if (!text) return null;
		const day = readDayText(text);
		if (!day) context.addIssue({ code: 'custom', message: 'delivery_date_invalid' });
		return day;
	});

/** A day something happened: required, and not after the place's today. */
const pastDay = (today: string) =>
	z
		.string({ error: 'delivery_date_missing' })
		.trim()
		.min(1, 'delivery_date_missing')
		.transform((text, context) => {
			const day = readDayText(text);
			if (!day) context.addIssue({ code: 'custom', message: 'delivery_date_invalid' });
			else if (day > today) context.addIssue({ code: 'custom', message: 'delivery_date_in_future' });
			return day ?? z.NEVER;
		});

const text = (max: number, missing: string, tooLong: string) => z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

export const statusForm = z
	.object({
		status: z.enum(DELIVERY_STATUSES, { error: 'delivery_status_missing' }),
		reason: z
			.string()
			.trim()
			.max(1000, 'delivery_reason_too_long')
			.optional()
			.transform((s) => s || null)
	})
	.superRefine((form, context) => {
		if ((form.status === 'done' || form.status === 'stopped') && !form.reason) {
			context.addIssue({ code: 'custom', path: ['reason'], message: 'delivery_reason_missing' });
		}
	});

export const milestoneForm = z.object({
	title: text(200, 'delivery_milestone_title_missing', 'delivery_milestone_title_too_long'),
	dueOn: optionalDay
});

export const milestoneDoneForm = (today: string) =>
	z.object({ milestoneId: z.uuid('delivery_milestone_unknown'), doneOn: pastDay(today) });

export const spendingForm = (today: string) =>
	z.object({
		amount: moneyField({ min: 1 }),
		note: text(300, 'delivery_spending_note_missing', 'delivery_spending_note_too_long'),
		spentOn: pastDay(today)
	});

export const updateForm = (languages: readonly string[]) =>
	z.object({
		body: text(4000, 'delivery_update_body_missing', 'delivery_update_body_too_long'),
		language: z.string().refine((lang) => languages.includes(lang), 'delivery_update_language_invalid')
	});

export const outcomeForm = z.object({
	statement: text(300, 'delivery_outcome_statement_missing', 'delivery_outcome_statement_too_long'),
	agreedWith: text(300, 'delivery_outcome_agreed_missing', 'delivery_outcome_agreed_too_long')
});

export const evidenceForm = (today: string) =>
	z.object({
		outcomeId: z.uuid('delivery_outcome_unknown'),
		body: text(1000, 'delivery_evidence_body_missing', 'delivery_evidence_body_too_long'),
		observedOn: pastDay(today)
	});
