import { describe, expect, it } from 'vitest';
import { checkDiscoverGate, discoverPhotosAllowed } from './phase-gates';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const phases = (discoverSettings: Record<string, unknown> = {}) => [
	{ kind: 'discover' as const, position: 1, opensAt: d('2026-03-01'), closesAt: d('2026-04-01'), settings: discoverSettings },
	{ kind: 'co_create' as const, position: 2, opensAt: d('2026-04-01'), closesAt: d('2026-05-01'), settings: {} }
];

describe('posting in the discover phase', () => {
	it('is open while discover is open in an active cycle', () => {
		expect(checkDiscoverGate({ status: 'active', phases: phases() }, 'need', d('2026-03-10'))).toEqual({ open: true });
	});

	it('is closed before discover opens and once it has closed', () => {
		expect(checkDiscoverGate({ status: 'active', phases: phases() }, 'need', d('2026-02-10'))).toEqual({ open: false, reason: 'phase_closed' });
		expect(checkDiscoverGate({ status: 'active', phases: phases() }, 'asset', d('2026-04-01'))).toEqual({ open: false, reason: 'phase_closed' });
	});

	it('is closed in a finished cycle whatever the dates say', () => {
		expect(checkDiscoverGate({ status: 'finished', phases: phases() }, 'need', d('2026-03-10'))).toEqual({ open: false, reason: 'phase_closed' });
	});

	it('follows what the place switched off', () => {
		const onlyAssets = { status: 'active' as const, phases: phases({ postsOpen: false }) };
		expect(checkDiscoverGate(onlyAssets, 'need', d('2026-03-10'))).toEqual({ open: false, reason: 'kind_closed' });
		expect(checkDiscoverGate(onlyAssets, 'asset', d('2026-03-10'))).toEqual({ open: true });
	});
});

describe('photos on discover posts', () => {
	it('are taken while discover is open, unless the place switched them off', () => {
		expect(discoverPhotosAllowed({ status: 'active', phases: phases() }, d('2026-03-10'))).toBe(true);
		expect(discoverPhotosAllowed({ status: 'active', phases: phases({ photosAllowed: false }) }, d('2026-03-10'))).toBe(false);
	});

	it('are not taken when discover is not open', () => {
		expect(discoverPhotosAllowed({ status: 'active', phases: phases() }, d('2026-04-10'))).toBe(false);
		expect(discoverPhotosAllowed({ status: 'paused', phases: phases() }, d('2026-03-10'))).toBe(false);
	});
});
