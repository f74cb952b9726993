import { describe, expect, it } from 'vitest';
import { timelinePhases } from './phase-timeline';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe('timelinePhases', () => {
	it('says what residents can do in each phase from its settings, with the defaults where nothing is stored', () => {
		const [discover, coCreate, test] = timelinePhases([
			{ id: 'a', kind: 'discover', position: 1, opensAt: at(1), closesAt: at(10), settings: {} },
			{ id: 'b', kind: 'co_create', position: 2, opensAt: at(11), closesAt: at(20), settings: { groupProposals: false, maxProposalCostMinor: 500_000 } },
			{ id: 'c', kind: 'test', position: 3, opensAt: null, closesAt: null, settings: { ballotType: 'knapsack', outcomeRule: 'greedy', votingOpen: false } }
		]);
		expect(discover).toEqual({ id: 'a', kind: 'discover', position: 1, opensAt: at(1), closesAt: at(10), abilities: [{ code: 'discover_posts' }, { code: 'discover_assets' }, { code: 'comments' }] });
		expect(coCreate.abilities).toEqual([{ code: 'co_create_proposals' }, { code: 'co_create_coauthoring' }, { code: 'co_create_max_cost', amountMinor: 500_000 }, { code: 'comments' }]);
		expect(test.abilities).toEqual([{ code: 'test_rule_greedy' }]);
	});

	it('sends no settings to the page, only what the timeline draws', () => {
		const [phase] = timelinePhases([{ id: 'a', kind: 'implement', position: 4, opensAt: null, closesAt: null, settings: { followers: 'nobody' } }]);
		expect(Object.keys(phase).sort()).toEqual(['abilities', 'closesAt', 'id', 'kind', 'opensAt', 'position']);
	});
});
