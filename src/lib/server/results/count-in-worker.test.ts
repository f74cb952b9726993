import { isMainThread } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { tallyElection } from '../../tally';
import { ballotsToElection, tallyOptionsFor } from '../../results/ballots-to-election';
import { countInWorker } from './count-in-worker';

describe('counting on a worker thread', () => {
	it('gives exactly what the engine gives on the calling thread, without blocking it', async () => {
		const proposals = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, number: i + 1, title: `P${i}`, costMinor: 100_000 + i * 37_000 }));
		const ballots = Array.from({ length: 3000 }, (_, v) => ({ choices: proposals.filter((_, p) => (v * 7 + p * 3) % 5 < 2).map((p) => p.id) }));
		const election = ballotsToElection({
			description: 'd',
			unit: 'u',
			instance: 'i',
			currency: 'GBP',
			language: 'en',
			ballotType: 'approval',
			budgetMinor: 1_000_000,
			proposals,
			ballots,
			rule: 'mes'
		});
		let ticks = 0;
		const timer = setInterval(() => ticks++, 1);
		const result = await countInWorker(election, tallyOptionsFor('mes', 'approval'));
		clearInterval(timer);
		expect(isMainThread).toBe(true);
		expect(result.selected).toEqual(tallyElection(election, tallyOptionsFor('mes', 'approval')).selected);
		expect(result.spent).toBeTypeOf('bigint');
		// The calling thread kept running timers while the worker counted.
		expect(ticks).toBeGreaterThan(0);
	});
});
