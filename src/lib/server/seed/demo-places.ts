import type { LocalizedText } from '../../localized-text';
import type { CycleStatus, PhaseKind } from '../../cycles/phase-kinds';

/*
 * Demo places a newcomer sees on first start. Dates are given in days relative to the day the
 * database is seeded, so each cycle sits in a different phase whenever the demo is started.
 */

export interface DemoPhase {
	kind: PhaseKind;
	/** Days from seeding; null leaves the date for the team to set. */
	opens: number | null;
	closes: number | null;
	settings?: Record<string, unknown>;
}

export interface DemoCycle {
	slug: string;
	title: LocalizedText;
	challenge: LocalizedText;
	status: CycleStatus;
	phases: DemoPhase[];
	/** What residents said in discover (authors are not part of the demo). */
	posts?: { kind: 'need' | 'asset'; body: string; locationText?: string }[];
}

export interface DemoPlace {
	slug: string;
	name: LocalizedText;
	summary: LocalizedText;
	areaDescription: LocalizedText;
	teamDescription: LocalizedText;
	languages: string[];
	cycles: DemoCycle[];
}

/** Four phases back to back, starting `start` days from now, each `length` days long. */
export function consecutivePhases(start: number, lengths: [number, number, number, number]): DemoPhase[] {
	const kinds: PhaseKind[] = ['discover', 'co_create', 'test', 'implement'];
	let day = start;
	return kinds.map((kind, i) => {
		const opens = day;
		day += lengths[i];
		return { kind, opens, closes: day };
	});
}
