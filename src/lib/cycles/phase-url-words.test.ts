import { describe, expect, it } from 'vitest';
import { PHASE_KINDS } from './phase-kinds';
import { kindFromUrlWord, phaseSettingsPath, urlWordOfKind } from './phase-url-words';

describe('phase words in URLs', () => {
	it('read back every phase kind they write', () => {
		for (const kind of PHASE_KINDS) expect(kindFromUrlWord(urlWordOfKind(kind))).toBe(kind);
		expect(urlWordOfKind('co_create')).toBe('co-create');
	});

	it('know no other word, not even the stored spelling or an object key', () => {
		expect(kindFromUrlWord('co_create')).toBeNull();
		expect(kindFromUrlWord('toString')).toBeNull();
	});

	it('send the vote to its own settings page', () => {
		expect(phaseSettingsPath('/places/p/cycles/c', 'test')).toBe('/places/p/cycles/c/vote/settings');
		expect(phaseSettingsPath('/places/p/cycles/c', 'co_create')).toBe('/places/p/cycles/c/phases/co-create/settings');
	});
});
