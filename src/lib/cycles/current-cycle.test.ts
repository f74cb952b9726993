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

	it('keeps a paused cycle as the current one, and a cancelled one among the others', () => {
		const cycles = [
			{ slug: 'paused', status: 'paused' as const },
			{ slug: 'cancelled', status: 'cancelled' as const },
			{ slug: 'older-active', status: 'active' as const }
		];
		const { current, past } = splitCycles(cycles);
		expect(current?.slug).toBe('paused');
		expect(past.map((c) => c.slug)).toEqual(['cancelled', 'older-active']);
	});

	it('has no current cycle when none is active', () => {
		expect(splitCycles([{ status: 'finished' as const }]).current).toBeNull();
	});
});
