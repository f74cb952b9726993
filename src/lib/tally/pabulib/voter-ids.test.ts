import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VoterIds } from './voter-ids';

describe('voter ids', () => {
	it('refuses a voter id seen before, whatever order and spelling the ids come in', () => {
		const id = fc.oneof(
			fc.nat({ max: 60 }).map(String),
			fc.constantFrom('007', '07', '+7', '7 ', '1e3', '1000', 'v7', '', '999999999999999', '9999999999999999', '12a')
		);
		fc.assert(
			fc.property(fc.array(id, { maxLength: 80 }), (ids) => {
				const voterIds = new VoterIds();
				const seen = new Set<string>();
				for (const one of ids) {
					expect(voterIds.add(one)).toBe(!seen.has(one));
					seen.add(one);
				}
			}),
			{ numRuns: 2000 }
		);
	});

	it('takes 1, 2, 3 … and then refuses 2', () => {
		const voterIds = new VoterIds();
		expect(['1', '2', '3'].map((id) => voterIds.add(id))).toEqual([true, true, true]);
		expect(voterIds.add('2')).toBe(false);
		expect(voterIds.add('02')).toBe(true);
	});
});
