import { describe, expect, it } from 'vitest';
import { splitCycles } from './current-cycle';

const now = new Date('2027-03-01T12:00:00Z');
const began = [{ kind: 'discover' as const, position: 0, opensAt: new Date('2027-02-01T00:00:00Z'), closesAt: new Date('2027-04-01T00:00:00Z') }];
const later = [{ kind: 'discover' as const, position: 0, opensAt: new Date('2027-09-01T00:00:00Z'), closesAt: null }];

describe('a place’s cycles', () => {
	it('puts the newest running cycle first and finished ones in the past', () => {
		const cycles = [
			{ slug: 'draft', status: 'draft' as const, phases: began },
			{ slug: 'now', status: 'active' as const, phases: began },
			{ slug: 'last-year', status: 'finished' as const, phases: began }
		];
		const { current, upcoming, past } = splitCycles(cycles, now);
		expect(current?.slug).toBe('now');
		expect(upcoming).toEqual([]);
		expect(past.map((c) => c.slug)).toEqual(['last-year']);
	});

	it('keeps the cycle residents are in as the current one when the team starts one for later', () => {
		const cycles = [
			{ slug: 'next-autumn', status: 'active' as const, phases: later },
			{ slug: 'now', status: 'active' as const, phases: began }
		];
		const { current, upcoming, past } = splitCycles(cycles, now);
		expect(current?.slug).toBe('now');
		expect(upcoming.map((c) => c.slug)).toEqual(['next-autumn']);
		expect(past).toEqual([]);
	});

	it('makes a cycle that has not begun the current one when nothing else runs', () => {
		const { current, upcoming } = splitCycles([{ slug: 'next-autumn', status: 'active' as const, phases: later }], now);
		expect(current?.slug).toBe('next-autumn');
		expect(upcoming).toEqual([]);
	});

	it('keeps a paused cycle as the current one, and a cancelled one in the past', () => {
		const cycles = [
			{ slug: 'paused', status: 'paused' as const, phases: began },
			{ slug: 'cancelled', status: 'cancelled' as const, phases: began },
			{ slug: 'older-active', status: 'active' as const, phases: began }
		];
		const { current, past } = splitCycles(cycles, now);
		expect(current?.slug).toBe('paused');
		expect(past.map((c) => c.slug)).toEqual(['cancelled', 'older-active']);
	});

	it('has no current cycle when none is running', () => {
		expect(splitCycles([{ status: 'finished' as const, phases: began }], now).current).toBeNull();
	});
});
