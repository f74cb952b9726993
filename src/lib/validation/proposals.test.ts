import { describe, expect, it } from 'vitest';
import { fieldErrors } from './fields';
import { editProposalForm, submitProposalForm } from './proposals';

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
		expect(fieldErrors(submitProposalForm.safeParse({ ...good, estimatedCost: '' }).error!)).toEqual({ estimatedCost: 'proposal_cost_missing' });
		expect(submitProposalForm.parse({ ...good, estimatedCost: '£1,250.50' }).estimatedCost).toBe(125_050);
	});

	it('needs the version an edit started from', () => {
		expect(editProposalForm.parse({ ...good, baseVersion: '3' }).baseVersion).toBe(3);
		expect(fieldErrors(editProposalForm.safeParse({ ...good, baseVersion: 'x' }).error!)).toEqual({ baseVersion: 'proposal_edited_meanwhile' });
	});
});
