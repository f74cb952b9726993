import { parsePhaseSettings } from '$lib/validation/phase-settings';
import type { PostKind } from '$lib/discover/post-kinds';
import type { CycleStatus, PhaseKind } from './phase-kinds';
import { findCycleMoment, type ScheduledPhase } from './timeline';

type PhaseWithSettings = ScheduledPhase & { settings: unknown };

export type DiscoverGate = { open: true } | { open: false; reason: 'phase_closed' | 'kind_closed' };

/**
 * Whether residents may post a need or an asset now: only in an active cycle, while its discover
 * phase is open, and only for the kinds the place switched on. The one place this is decided.
 */
export function checkDiscoverGate(
	cycle: { status: CycleStatus; phases: PhaseWithSettings[] },
	kind: PostKind | 'support',
	now: Date
): DiscoverGate {
	if (cycle.status !== 'active') return { open: false, reason: 'phase_closed' };
	const moment = findCycleMoment(cycle.phases, now);
	if (moment.state !== 'open' || moment.current.kind !== ('discover' satisfies PhaseKind)) return { open: false, reason: 'phase_closed' };
	const settings = parsePhaseSettings('discover', moment.current.settings);
	if (kind === 'need' && !settings.postsOpen) return { open: false, reason: 'kind_closed' };
	if (kind === 'asset' && !settings.assetsOpen) return { open: false, reason: 'kind_closed' };
	return { open: true };
}

/** Whether residents may add a photo to a discover post now: the place's choice for its open discover phase. */
export function discoverPhotosAllowed(cycle: { status: CycleStatus; phases: PhaseWithSettings[] }, now: Date): boolean {
	if (cycle.status !== 'active') return false;
	const moment = findCycleMoment(cycle.phases, now);
	if (moment.state !== 'open' || moment.current.kind !== ('discover' satisfies PhaseKind)) return false;
	return parsePhaseSettings('discover', moment.current.settings).photosAllowed;
}
