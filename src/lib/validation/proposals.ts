import { z } from 'zod';
import { PROPOSAL_STATUSES } from '$lib/proposals/proposal-statuses';
import { emailField } from './accounts';
import { parseMoneyText } from './fields';

/*
 * Form schemas for proposals. Failures are stable codes (proposal_…) that the page turns into
 * words in the reader's language. Money arrives as typed ("£1,250.50") and leaves as pence,
 * read by the one money reader (money.ts); the codes here say what a proposal's cost should look like.
 */

/** The largest cost we accept at all (£10m): anything above is a typing slip, not a neighbourhood idea. */
const MAX_COST_MINOR = 10_000_000_00;

const costField = z
	.string({ error: 'proposal_cost_missing' })
	.trim()
	.min(1, 'proposal_cost_missing')
	.transform((text, ctx) => {
		const pence = parseMoneyText(text);
		if (pence === null) {
			ctx.addIssue({ code: 'custom', message: 'proposal_cost_invalid' });
			return z.NEVER;
		}
		if (pence > MAX_COST_MINOR) {
			ctx.addIssue({ code: 'custom', message: 'proposal_cost_too_large' });
			return z.NEVER;
		}
		return pence;
	});

const optionalText = (max: number, code: string) =>
	z
		.string()
		.trim()
		.max(max, code)
		.optional()
		.transform((s) => s || null);

export const proposalFields = z.object({
	title: z.string({ error: 'proposal_title_missing' }).trim().min(1, 'proposal_title_missing').max(120, 'proposal_title_too_long'),
	summary: z.string({ error: 'proposal_summary_missing' }).trim().min(1, 'proposal_summary_missing').max(400, 'proposal_summary_too_long'),
	details: z.string().trim().max(5000, 'proposal_details_too_long').default(''),
	estimatedCost: costField,
	locationText: optionalText(160, 'proposal_location_too_long'),
	/** Which published challenge it answers; empty means none in particular. */
	challengeId: z
		.union([z.literal(''), z.uuid('proposal_challenge_unknown')])
		.optional()
		.transform((s) => s || null),
	language: z.enum(['en', 'cy'], { error: 'proposal_language_invalid' }).default('en')
});

/** Submitting: as myself, or as one of my groups (its id). */
export const submitProposalForm = proposalFields.extend({
	submitAs: z.union([z.literal('me'), z.uuid('proposal_group_unknown')], { error: 'proposal_group_unknown' }).default('me')
});

/** Editing names the version the editor started from, so a co-author's edit in between is never overwritten. */
export const editProposalForm = proposalFields.extend({
	baseVersion: z.coerce.number({ error: 'proposal_edited_meanwhile' }).int('proposal_edited_meanwhile').min(1, 'proposal_edited_meanwhile')
});

export const inviteCoauthorForm = z.object({ email: emailField });

export const hideProposalForm = z.object({
	reason: z.string({ error: 'hide_reason_missing' }).trim().min(1, 'hide_reason_missing').max(300, 'hide_reason_too_long')
});

export const proposalStatusFilter = z.enum(PROPOSAL_STATUSES);
