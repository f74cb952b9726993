import { describe, expect, it } from 'vitest';
import { splitCycles } from './current-cycle';

describe('a place’s cycles', () => {
	it('puts the newest active cycle first and finished ones in the past', () => {
		const cycles = [
			{ slug: 'draft', status: 'draft' as const },
			{ slug: 'now', status: 'active' as const },
			{ slug: 'last-year', status: 'finished' as const }
		];
		const { current, past } = splitCycles(cycles);
		expect(current?.slug).toBe('now');
		expect(past.map((c) => c.slug)).toEqual(['last-year']);
	});

	it('has no current cycle when none is active', () => {
		expect(splitCycles([{ status: 'finished' as const }]).current).toBeNull();
	});
});
