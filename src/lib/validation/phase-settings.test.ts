import { describe, expect, it } from 'vitest';
import { checkPhaseSettings, parsePhaseSettings } from './phase-settings';

describe('phase settings', () => {
	it('fill in defaults so a new phase is usable before the team tunes it', () => {
		expect(parsePhaseSettings('discover', {})).toEqual({ postsOpen: true, assetsOpen: true, photosAllowed: true, commentsOpen: true });
		expect(parsePhaseSettings('implement', {})).toEqual({ deliveryUpdates: true, outcomesShared: true, followers: 'anyone_signed_in', updateEveryDays: null });
		expect(parsePhaseSettings('test', undefined)).toMatchObject({ ballotType: 'approval', outcomeRule: 'mes' });
	});

	it('keep what the place chose', () => {
		const settings = parsePhaseSettings('co_create', { groupProposals: false, maxProposalCostMinor: 500_000 });
		expect(settings.groupProposals).toBe(false);
		expect(settings.maxProposalCostMinor).toBe(500_000);
	});

	it('refuse a setting that belongs to another kind of phase', () => {
		const result = checkPhaseSettings('discover', { ballotType: 'approval' });
		expect(result.success).toBe(false);
	});

	it('refuse a ballot type the product does not offer', () => {
		const result = checkPhaseSettings('test', { ballotType: 'plurality' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].path).toEqual(['ballotType']);
	});

	it('refuse money that is not a whole number of pence', () => {
		expect(checkPhaseSettings('co_create', { maxProposalCostMinor: 12.5 }).success).toBe(false);
		expect(checkPhaseSettings('co_create', { maxProposalCostMinor: -1 }).success).toBe(false);
	});

	it('refuse ballot limits that no ballot could meet', () => {
		expect(checkPhaseSettings('test', { approvalMinChoices: 3, approvalMaxChoices: 2 }).error?.issues[0]).toMatchObject({ path: ['approvalMaxChoices'], message: 'max_below_min' });
		expect(checkPhaseSettings('test', { cumulativePoints: 10, cumulativeMaxPerProject: 11 }).error?.issues[0]).toMatchObject({ path: ['cumulativeMaxPerProject'], message: 'max_above_total' });
		expect(checkPhaseSettings('test', { ballotType: 'knapsack', knapsackMinSpendPercent: 101 }).success).toBe(false);
	});

	it('offer Phragmén only where residents tick projects: it shares the cost of what they ticked', () => {
		expect(checkPhaseSettings('test', { ballotType: 'approval', outcomeRule: 'phragmen' }).success).toBe(true);
		expect(checkPhaseSettings('test', { ballotType: 'knapsack', outcomeRule: 'phragmen' }).success).toBe(true);
		for (const ballotType of ['cumulative', 'ranked']) {
			expect(checkPhaseSettings('test', { ballotType, outcomeRule: 'phragmen' }).error?.issues[0]).toMatchObject({ path: ['outcomeRule'], message: 'phragmen_needs_ticks' });
		}
	});

	it('read settings stored before photos, followers and update promises could be chosen', () => {
		expect(parsePhaseSettings('discover', { postsOpen: false, assetsOpen: true, commentsOpen: true }).photosAllowed).toBe(true);
		expect(parsePhaseSettings('implement', { deliveryUpdates: true, outcomesShared: false })).toMatchObject({ followers: 'anyone_signed_in', updateEveryDays: null });
	});

	it('keep an update promise between a day and a year, in whole days', () => {
		expect(parsePhaseSettings('implement', { updateEveryDays: 30 }).updateEveryDays).toBe(30);
		expect(checkPhaseSettings('implement', { updateEveryDays: 0 }).success).toBe(false);
		expect(checkPhaseSettings('implement', { updateEveryDays: 366 }).success).toBe(false);
		expect(checkPhaseSettings('implement', { updateEveryDays: 1.5 }).success).toBe(false);
		expect(checkPhaseSettings('implement', { followers: 'everyone' }).success).toBe(false);
	});
});
