import { z } from 'zod';
import { isReviewOutcome, REVIEW_STATUSES } from '$lib/proposals/proposal-statuses';
import { moneyField } from './fields';

/**
 * The review form: a status, the reviewed cost (typed in pounds, kept in pence), the public reason
 * and, for a merge, the proposal it joins. An outcome needs its reason; feasible needs the cost
 * that goes to the vote; merged needs its target.
 */
export const reviewForm = z
	.object({
		status: z.enum(REVIEW_STATUSES, { error: 'review_status_missing' }),
		reviewedCost: z
			.string()
			.trim()
			.optional()
			.transform((s) => s || null)
			.pipe(moneyField().nullable()),
		reason: z
			.string()
			.trim()
			.max(1000, 'review_reason_too_long')
			.optional()
			.transform((s) => s || null),
		mergedInto: z
			.union([z.literal(''), z.uuid('review_merge_target_unknown')])
			.optional()
			.transform((s) => s || null)
	})
	.superRefine((form, ctx) => {
		if (isReviewOutcome(form.status) && !form.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'review_reason_missing' });
		if (form.status === 'feasible' && form.reviewedCost === null) ctx.addIssue({ code: 'custom', path: ['reviewedCost'], message: 'review_cost_missing' });
		if (form.status === 'merged' && !form.mergedInto) ctx.addIssue({ code: 'custom', path: ['mergedInto'], message: 'review_merge_target_missing' });
	})
	.transform(({ reviewedCost, mergedInto, ...form }) => ({
		...form,
		reviewedCostMinor: reviewedCost,
		mergedIntoProposalId: form.status === 'merged' ? mergedInto : null
	}));

export type ReviewInput = z.output<typeof reviewForm>;
