import { describe, expect, it } from 'vitest';
import { parsePhaseSettings } from '$lib/validation/phase-settings';
import { listPhaseAbilities } from './phase-abilities';

describe('what residents can do in a phase', () => {
	it('follows what the place switched on', () => {
		const settings = parsePhaseSettings('co_create', { groupProposals: false, maxProposalCostMinor: 250_000 });
		expect(listPhaseAbilities('co_create', settings).map((a) => a.code)).toEqual([
			'co_create_proposals',
			'co_create_coauthoring',
			'co_create_max_cost',
			'comments'
		]);
	});

	it('says nothing about proposals when the place has closed them', () => {
		const settings = parsePhaseSettings('co_create', { proposalsOpen: false, commentsOpen: false });
		expect(listPhaseAbilities('co_create', settings)).toEqual([]);
	});

	it('names the ballot and the counting rule the place chose', () => {
		const settings = parsePhaseSettings('test', { ballotType: 'ranked', outcomeRule: 'greedy' });
		expect(listPhaseAbilities('test', settings).map((a) => a.code)).toEqual(['test_ballot_ranked', 'test_rule_greedy']);
	});

	it('names Phragmén when the place chose it', () => {
		const settings = parsePhaseSettings('test', { ballotType: 'approval', outcomeRule: 'phragmen' });
		expect(listPhaseAbilities('test', settings).map((a) => a.code)).toEqual(['test_ballot_approval', 'test_rule_phragmen']);
	});
});
