import { describe, expect, it } from 'vitest';
import { checkCommentGate } from './comment-gate';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cycle = (settings: { discover?: Record<string, unknown>; coCreate?: Record<string, unknown> } = {}, status: 'active' | 'finished' = 'active') => ({
	status,
	phases: [
		{ kind: 'discover' as const, position: 1, opensAt: d('2026-03-01'), closesAt: d('2026-04-01'), settings: settings.discover ?? {} },
		{ kind: 'co_create' as const, position: 2, opensAt: d('2026-04-01'), closesAt: d('2026-05-01'), settings: settings.coCreate ?? {} }
	]
});
const inDiscover = d('2026-03-10');
const inCoCreate = d('2026-04-10');

describe('commenting', () => {
	it('is open on posts while discover is open, and on proposals while co-create is open', () => {
		expect(checkCommentGate(cycle(), 'post', inDiscover)).toEqual({ open: true });
		expect(checkCommentGate(cycle(), 'proposal', inCoCreate)).toEqual({ open: true });
	});

	it('is closed on posts once discover is over, and on proposals before co-create opens', () => {
		expect(checkCommentGate(cycle(), 'post', inCoCreate)).toEqual({ open: false, reason: 'comments_phase_closed' });
		expect(checkCommentGate(cycle(), 'proposal', inDiscover)).toEqual({ open: false, reason: 'comments_phase_closed' });
		expect(checkCommentGate(cycle(), 'proposal', d('2026-05-01'))).toEqual({ open: false, reason: 'comments_phase_closed' });
	});

	it('follows the switch of the phase it belongs to, not the other one', () => {
		const quietDiscover = cycle({ discover: { commentsOpen: false } });
		expect(checkCommentGate(quietDiscover, 'post', inDiscover)).toEqual({ open: false, reason: 'comments_off' });
		expect(checkCommentGate(quietDiscover, 'proposal', inCoCreate)).toEqual({ open: true });
		const quietCoCreate = cycle({ coCreate: { commentsOpen: false } });
		expect(checkCommentGate(quietCoCreate, 'proposal', inCoCreate)).toEqual({ open: false, reason: 'comments_off' });
		expect(checkCommentGate(quietCoCreate, 'post', inDiscover)).toEqual({ open: true });
	});

	it('is closed in a finished cycle whatever the dates say', () => {
		expect(checkCommentGate(cycle({}, 'finished'), 'post', inDiscover)).toEqual({ open: false, reason: 'comments_phase_closed' });
	});
});
