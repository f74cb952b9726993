import { z } from 'zod';
import { parseMoneyText } from '../../validation/fields';
import type { ResultChangeInput } from './decisions';
import { isUuid } from '../../validation/fields';

/** Empty is "none chosen"; the rules for what each kind needs are the domain's (checkChange). */
const optional = z
	.string()
	.default('')
	.transform((text) => (text.trim() === '' ? null : text.trim()));

/** The pot a form is about: empty is the cycle's single vote; anything but a uuid is no pot of ours. */
const potField = optional.refine((pot) => pot === null || isUuid(pot), 'decision_result_unknown');

export const statementForm = z.object({ pot: potField, body: z.string().default(''), language: z.string().default('') });

const changeForm = z.object({
	pot: potField,
	kind: z.string().default(''),
	proposalId: optional,
	toProposalId: optional,
	amount: optional,
	reason: z.string().default('')
});

/**
 * A change form read into the domain's input. Money typed by people is read the one way
 * (parseMoneyText); text that is not an amount is a field error here, the rest the domain checks.
 */
export function readChangeForm(values: Record<string, string>): { potId: string | null; input: ResultChangeInput; errors: Record<string, string> } {
	const parsed = changeForm.safeParse(values);
	if (!parsed.success) return { potId: null, input: { kind: '', proposalId: null, toProposalId: null, amountMinor: null, reason: '' }, errors: { result: 'decision_result_unknown' } };
	const { pot, amount, ...rest } = parsed.data;
	const amountMinor = amount === null ? null : parseMoneyText(amount);
	const errors: Record<string, string> = amount !== null && amountMinor === null ? { amount: 'decision_amount_invalid' } : {};
	return { potId: pot, input: { ...rest, amountMinor }, errors };
}
