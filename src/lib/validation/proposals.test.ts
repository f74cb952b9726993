import { describe, expect, it } from 'vitest';
import { fieldErrors } from './accounts';
import { editProposalForm, parsePoundsToPence, submitProposalForm } from './proposals';

describe('a cost typed in pounds', () => {
	it('becomes whole pence, with or without £, commas and pence', () => {
		expect(parsePoundsToPence('£1,250.50')).toBe(125_050);
		expect(parsePoundsToPence('1250')).toBe(125_000);
		expect(parsePoundsToPence(' £ 75.5 ')).toBe(7_550);
		expect(parsePoundsToPence('12,000')).toBe(1_200_000);
		expect(parsePoundsToPence('0')).toBe(0);
	});

	it('is refused when it is not a plain amount', () => {
		for (const bad of ['', 'about £500', '12.345', '-40', '1,25', '£', '1e5', '12,50.00']) expect(parsePoundsToPence(bad)).toBeNull();
	});
});

describe('the proposal form', () => {
	const good = { title: 'Benches on the green', summary: 'Three benches.', details: '', estimatedCost: '£1,200', locationText: '', challengeId: '', submitAs: 'me' };

	it('reads what a resident typed into what the domain needs', () => {
		expect(submitProposalForm.parse(good)).toEqual({
			title: 'Benches on the green',
			summary: 'Three benches.',
			details: '',
			estimatedCost: 120_000,
			locationText: null,
			challengeId: null,
			language: 'en',
			submitAs: 'me'
		});
	});

	it('names each bad field with a code', () => {
		const result = submitProposalForm.safeParse({ ...good, title: ' ', estimatedCost: 'lots', submitAs: 'the council' });
		expect(result.success).toBe(false);
		expect(fieldErrors(result.error!)).toEqual({ title: 'proposal_title_missing', estimatedCost: 'proposal_cost_invalid', submitAs: 'proposal_group_unknown' });
		expect(fieldErrors(submitProposalForm.safeParse({ ...good, estimatedCost: '£20,000,000' }).error!)).toEqual({ estimatedCost: 'proposal_cost_too_large' });
	});

	it('needs the version an edit started from', () => {
		expect(editProposalForm.parse({ ...good, baseVersion: '3' }).baseVersion).toBe(3);
		expect(fieldErrors(editProposalForm.safeParse({ ...good, baseVersion: 'x' }).error!)).toEqual({ baseVersion: 'edited_meanwhile' });
	});
});
