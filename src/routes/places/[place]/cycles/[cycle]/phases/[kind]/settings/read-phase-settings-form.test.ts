import { describe, expect, it } from 'vitest';
import { readPhaseSettingsForm } from './read-phase-settings-form';

describe('reading a phase settings form', () => {
	it('reads ticked boxes as on and missing ones as off', () => {
		expect(readPhaseSettingsForm('discover', { postsOpen: 'yes', commentsOpen: 'yes' })).toEqual({
			settings: { postsOpen: true, assetsOpen: false, photosAllowed: false, commentsOpen: true },
			problems: {}
		});
	});

	it('reads money as people type it into pence, and an empty box as no cap', () => {
		expect(readPhaseSettingsForm('co_create', { maxProposalCost: '£2,500.50' }).settings.maxProposalCostMinor).toBe(250_050);
		expect(readPhaseSettingsForm('co_create', { maxProposalCost: '  ' }).settings.maxProposalCostMinor).toBeNull();
	});

	it('refuses money it cannot read, or nothing at all, with a code of its own', () => {
		expect(readPhaseSettingsForm('co_create', { maxProposalCost: 'ten pounds' }).problems).toEqual({ maxProposalCost: 'money_invalid' });
		expect(readPhaseSettingsForm('co_create', { maxProposalCost: '0' }).problems).toEqual({ maxProposalCost: 'money_too_small' });
	});

	it('passes an unreadable number of days on as typed, so the schema names it', () => {
		expect(readPhaseSettingsForm('implement', { followers: 'nobody', updateEveryDays: '30' }).settings).toMatchObject({ followers: 'nobody', updateEveryDays: 30 });
		expect(readPhaseSettingsForm('implement', { updateEveryDays: 'monthly' }).settings).toMatchObject({ followers: null, updateEveryDays: 'monthly' });
		expect(readPhaseSettingsForm('implement', {}).settings.updateEveryDays).toBeNull();
	});
});
