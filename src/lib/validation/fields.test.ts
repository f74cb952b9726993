import { describe, expect, it } from 'vitest';
import { moneyField, parseMoneyText } from './fields';

describe('money typed by people', () => {
	it('reads pounds and pence into whole pence, never through a float', () => {
		expect(parseMoneyText('£1,250.50')).toBe(125_050);
		expect(parseMoneyText('1250')).toBe(125_000);
		expect(parseMoneyText(' 0.1 ')).toBe(10);
		expect(parseMoneyText('£ 12,000,000')).toBe(1_200_000_000);
		// 0.29 * 100 is 28.999999999999996 in binary floating point; we never multiply a fraction.
		expect(parseMoneyText('0.29')).toBe(29);
	});

	it('refuses what it would have to guess', () => {
		for (const text of ['', 'abc', '1.234', '-5', '1,25', '12.5.0', '1e6', '£']) expect(parseMoneyText(text), text).toBeNull();
	});

	it('gives a form error code the page can phrase', () => {
		expect(moneyField().safeParse('').error?.issues[0].message).toBe('money_required');
		expect(moneyField().safeParse('lots').error?.issues[0].message).toBe('money_invalid');
		expect(moneyField({ min: 1 }).safeParse('0').error?.issues[0].message).toBe('money_too_small');
		expect(moneyField().parse('£20')).toBe(2000);
	});
});
