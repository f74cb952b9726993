import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { keepBallotDraft, readBallotDraft } from './ballot-draft';

/** A browser's cookie jar, as far as the draft uses it. */
function jar() {
	const values = new Map<string, string>();
	return {
		get: (name: string) => values.get(name),
		set: (name: string, value: string) => void values.set(name, value),
		delete: (name: string) => void values.delete(name)
	} as unknown as Cookies & { get: (name: string) => string | undefined };
}

describe('a ballot marked before signing in', () => {
	it('comes back with its marks and answers, on the same pot of the same vote', () => {
		const cookies = jar();
		keepBallotDraft(cookies, 'cycle-1', [['ballotType', 'approval'], ['pot', 'pot-a'], ['choice', 'bus'], ['choice', 'park'], ['postcode', 'SA62 6AA']], false);
		expect(readBallotDraft(cookies, 'cycle-1', 'pot-a', 'approval')).toEqual({
			marks: { type: 'approval', selected: ['bus', 'park'] },
			postcode: 'SA62 6AA',
			confirmsAge: false
		});
	});

	it('is not offered on another vote, another pot, or a ballot of another kind', () => {
		const cookies = jar();
		keepBallotDraft(cookies, 'cycle-1', [['ballotType', 'ranked'], ['pot', 'pot-a'], ['rank.bus', '1']], false);
		expect(readBallotDraft(cookies, 'cycle-2', 'pot-a', 'ranked')).toBeNull();
		expect(readBallotDraft(cookies, 'cycle-1', 'pot-b', 'ranked')).toBeNull();
		expect(readBallotDraft(cookies, 'cycle-1', 'pot-a', 'cumulative')).toBeNull();
		expect(readBallotDraft(cookies, 'cycle-1', 'pot-a', 'ranked')?.marks).toEqual({ type: 'ranked', ranks: { bus: 1 } });
	});

	it('never keeps a receipt code, nor a draft too long for a cookie', () => {
		const cookies = jar();
		keepBallotDraft(cookies, 'cycle-1', [['ballotType', 'approval'], ['choice', 'bus'], ['receipt', 'AAAA-BBBB-CCCC']], false);
		expect(cookies.get('placecraft_ballot_draft')).not.toContain('AAAA');
		const many = Array.from({ length: 200 }, (_, i): [string, string] => ['choice', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`]);
		const fresh = jar();
		keepBallotDraft(fresh, 'cycle-1', [['ballotType', 'approval'], ...many], false);
		expect(fresh.get('placecraft_ballot_draft')).toBeUndefined();
	});
});
