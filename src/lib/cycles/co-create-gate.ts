import { parsePhaseSettings, type PhaseSettings } from '$lib/validation/phase-settings';
import type { CycleStatus, PhaseKind } from './phase-kinds';
import { findCycleMoment, type ScheduledPhase } from './timeline';

type PhaseWithSettings = ScheduledPhase & { settings: unknown };
type CoCreateSettings = PhaseSettings['co_create'];

export type CoCreateRefusal = 'phase_closed' | 'proposals_closed' | 'groups_closed' | 'coauthoring_closed' | 'over_max_cost';

export type CoCreateGate =
	| { open: true; settings: CoCreateSettings }
	| { open: false; reason: CoCreateRefusal; maxProposalCostMinor: number | null };

/** What someone is about to do with a proposal: submit or edit one (maybe as a group, at a cost), or bring in a co-author. */
export type CoCreateIntent =
	| { action: 'submit' | 'edit'; asGroup: boolean; estimatedCostMinor: number | null }
	| { action: 'invite_coauthor' | 'accept_coauthor' };

/** The co-create settings of the phase open now, or null when co-create is not open (or the cycle is not active). */
export function openCoCreateSettings(cycle: { status: CycleStatus; phases: PhaseWithSettings[] }, now: Date): CoCreateSettings | null {
	if (cycle.status !== 'active') return null;
	const moment = findCycleMoment(cycle.phases, now);
	if (moment.state !== 'open' || moment.current.kind !== ('co_create' satisfies PhaseKind)) return null;
	return parsePhaseSettings('co_create', moment.current.settings);
}

/**
 * Whether a proposal may be submitted, edited or given a co-author now: only in an active cycle
 * while its co-create phase is open, and only as far as the place's settings for that phase allow
 * (proposals at all, as a group, co-authoring, a maximum cost). The one place this is decided.
 */
export function checkCoCreateGate(cycle: { status: CycleStatus; phases: PhaseWithSettings[] }, intent: CoCreateIntent, now: Date): CoCreateGate {
	const settings = openCoCreateSettings(cycle, now);
	const refuse = (reason: CoCreateRefusal): CoCreateGate => ({ open: false, reason, maxProposalCostMinor: settings?.maxProposalCostMinor ?? null });
	if (!settings) return refuse('phase_closed');
	if (!settings.proposalsOpen) return refuse('proposals_closed');
	if (!('asGroup' in intent)) {
		return settings.coAuthoring ? { open: true, settings } : refuse('coauthoring_closed');
	}
	if (intent.asGroup && !settings.groupProposals) return refuse('groups_closed');
	const max = settings.maxProposalCostMinor;
	if (max !== null && intent.estimatedCostMinor !== null && intent.estimatedCostMinor > max) return refuse('over_max_cost');
	return { open: true, settings };
}
