import { describe, expect, it } from 'vitest';
import { contributionForm, potForm } from './budget';

describe('budget forms', () => {
	it('read a contribution in pounds into pence, with an optional ring-fence', () => {
		expect(contributionForm.parse({ funderName: ' Council ', amount: '£12,500', note: '', potId: '' })).toEqual({ funderName: 'Council', amount: 1_250_000, note: null, potId: null });
		expect(contributionForm.safeParse({ funderName: '', amount: '0', potId: 'x' }).error?.issues.map((i) => i.message)).toEqual(['funder_missing', 'money_too_small', 'pot_unknown']);
	});

	it('need a pot name in the place’s first language and keep the others it offers', () => {
		const form = potForm(['cy', 'en']);
		expect(form.parse({ 'name.cy': 'Gogledd', 'name.en': 'North', amount: '' })).toEqual({ name: { cy: 'Gogledd', en: 'North' }, description: {}, allocatedMinor: 0 });
		expect(form.safeParse({ 'name.en': 'North' }).error?.issues[0]).toMatchObject({ path: ['name.cy'], message: 'pot_name_missing' });
	});
});
