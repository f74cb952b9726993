import type { PhaseKind } from './phase-kinds';

/** The words used in URLs for each phase kind (a hyphen reads better in an address than an underscore). */
const KIND_BY_URL_WORD: Record<string, PhaseKind> = { discover: 'discover', 'co-create': 'co_create', test: 'test', implement: 'implement' };

export function kindFromUrlWord(word: string): PhaseKind | null {
	return Object.hasOwn(KIND_BY_URL_WORD, word) ? KIND_BY_URL_WORD[word] : null;
}

export function urlWordOfKind(kind: PhaseKind): string {
	return kind === 'co_create' ? 'co-create' : kind;
}

/** Where the team sets a phase up: the vote has its own settings page, every other phase shares one. */
export function phaseSettingsPath(cycleHref: string, kind: PhaseKind): string {
	return kind === 'test' ? `${cycleHref}/vote/settings` : `${cycleHref}/phases/${urlWordOfKind(kind)}/settings`;
}
