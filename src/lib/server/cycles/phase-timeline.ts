import { listPhaseAbilities, type TimelinePhase } from '../../cycles/phase-abilities';
import type { ScheduledPhase } from '../../cycles/timeline';
import { parsePhaseSettings } from '../../validation/phase-settings';

/**
 * A cycle's phases as the timeline draws them, with what residents can do in each. The settings are
 * read here, on the server, so the page that draws the timeline ships no settings schema.
 */
export function timelinePhases(phases: readonly (ScheduledPhase & { id: string; settings: unknown })[]): TimelinePhase[] {
	return phases.map(({ id, kind, position, opensAt, closesAt, settings }) => ({
		id,
		kind,
		position,
		opensAt,
		closesAt,
		abilities: listPhaseAbilities(kind, parsePhaseSettings(kind, settings))
	}));
}
