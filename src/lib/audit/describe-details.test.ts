import { describe, expect, it } from 'vitest';
import { describeAuditDetails } from './describe-details';

describe('an audit entry’s details, as people read them', () => {
	it('shows a question written in two languages in the reader’s language', () => {
		const details = { question: { en: 'How might we light the path?', cy: 'Sut allen ni oleuo’r llwybr?' }, postIds: ['a1', 'b2'] };
		expect(describeAuditDetails(details, 'cy')).toBe('question: Sut allen ni oleuo’r llwybr?, postIds: [a1, b2]');
		expect(describeAuditDetails(details, 'en')).toContain('How might we light the path?');
	});

	it('spells out nested settings instead of [object Object]', () => {
		const text = describeAuditDetails({ pot: 'Main pot', settings: { ballotType: 'knapsack', minimumSpend: 25000, rule: { kind: 'greedy' } } }, 'en');
		expect(text).not.toContain('[object Object]');
		expect(text).toBe('pot: Main pot, settings: (ballotType: knapsack, minimumSpend: 25000, rule: (kind: greedy))');
	});

	it('keeps plain values as they are', () => {
		expect(describeAuditDetails({ method: 'password', count: 3, reset: false, note: null }, 'en')).toBe('method: password, count: 3, reset: false, note: –');
	});
});
