import { z } from 'zod';
import { moneyField, uuid } from '../../validation/fields';
import { SPEND_CATEGORIES } from '../../small-sums/spend-categories';
import { readDayText } from '../delivery/delivery-forms';

const text = (max: number, missing: string, tooLong: string) => z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

const day = z
	.string({ error: 'small_sums_day_missing' })
	.trim()
	.min(1, 'small_sums_day_missing')
	.transform((typed, context) => {
		const read = readDayText(typed);
		if (!read) context.addIssue({ code: 'custom', message: 'small_sums_day_invalid' });
		return read ?? z.NEVER;
	});

/** The lead's settings for a period: how much, from whom, from when to when, and the most one spend may be. */
export const potForm = z
	.object({
		potId: uuid('small_sums_pot_unknown').optional().or(z.literal('').transform(() => undefined)),
		amount: moneyField({ min: 0 }),
		funderName: text(200, 'small_sums_funder_missing', 'small_sums_funder_too_long'),
		startsOn: day,
		endsOn: day,
		spendLimit: moneyField({ min: 1 })
	})
	.superRefine((form, context) => {
		if (form.endsOn < form.startsOn) context.addIssue({ code: 'custom', path: ['endsOn'], message: 'small_sums_period_backwards' });
		if (form.spendLimit > form.amount) context.addIssue({ code: 'custom', path: ['spendLimit'], message: 'small_sums_limit_over_pot' });
	});

/** A spend as typed on a phone; the receipt photo is read with the file, and its tick is "on" or absent. */
export const spendForm = z.object({
	item: text(200, 'small_sums_item_missing', 'small_sums_item_too_long'),
	supplier: text(200, 'small_sums_supplier_missing', 'small_sums_supplier_too_long'),
	amount: moneyField({ min: 1 }),
	purpose: text(500, 'small_sums_purpose_missing', 'small_sums_purpose_too_long'),
	category: z.enum(SPEND_CATEGORIES, { error: 'small_sums_category_missing' }),
	receiptPublic: z
		.string()
		.optional()
		.transform((tick) => tick === 'on')
});

/** A correction says what the spend should have been (0 when it was refunded in full) and why. */
export const correctionForm = z.object({
	spendId: uuid('small_sums_spend_unknown'),
	amount: moneyField({ min: 0 }),
	reason: text(500, 'small_sums_reason_missing', 'small_sums_reason_too_long')
});
