import { describe, expect, it } from 'vitest';
import { decimalAmount, spendsCsv } from './spends-csv';
import type { SpendView } from './small-sums-view';

const fan: SpendView = { id: 'a', spentOn: '2026-07-18', item: 'Desk fan', supplier: 'Argos, High St', amountMinor: 2_499, purpose: 'For Mrs P’s flat in the heatwave', category: 'household', corrects: null, reason: null, receipt: null };

describe('the small-sums CSV', () => {
	it('has the council card-spend columns and one row per line, amounts exact', () => {
		const refund: SpendView = { ...fan, id: 'b', spentOn: '2026-07-20', amountMinor: -500, corrects: { id: 'a', spentOn: '2026-07-18', item: 'Desk fan' }, reason: 'Price matched' };
		expect(spendsCsv([refund, fan], 'Brookfield').split('\r\n')).toEqual([
			'date,supplier,amount,purpose,category,place',
			'2026-07-20,"Argos, High St",-5.00,correction of 2026-07-18 Desk fan: Price matched,household,Brookfield',
			'2026-07-18,"Argos, High St",24.99,Desk fan: For Mrs P’s flat in the heatwave,household,Brookfield',
			''
		]);
	});

	it('keeps a spreadsheet from running what someone typed', () => {
		expect(spendsCsv([{ ...fan, supplier: '=HYPERLINK("x")' }], 'B')).toContain(`"'=HYPERLINK(""x"")"`);
	});

	it('writes pence as pounds without a float', () => {
		expect([decimalAmount(5), decimalAmount(100), decimalAmount(-1), decimalAmount(123_456_789_012)]).toEqual(['0.05', '1.00', '-0.01', '1234567890.12']);
	});
});
